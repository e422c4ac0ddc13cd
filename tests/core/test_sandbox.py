"""The sandbox runs a decoder in a child process that cannot outlive its limits."""

from __future__ import annotations

import pytest

from directcontracts.core import sandbox
from directcontracts.core.sandbox import Limits, SandboxFailure

TARGETS = "tests.core.sandbox_targets"
LIMITS = Limits(cpu_seconds=5, memory_bytes=512 * 1024**2, wall_seconds=30)


def test_the_child_answers_with_the_functions_bytes():
    answer = sandbox.run(f"{TARGETS}:echo_upper", b"abc", limits=LIMITS, options={"n": 1})
    assert answer == b"ABC[('n', 1)]"


def test_a_function_that_returns_none_answers_none():
    assert sandbox.run(f"{TARGETS}:nothing", b"abc", limits=LIMITS) is None


def test_a_child_that_spins_is_stopped_at_its_cpu_limit():
    with pytest.raises(SandboxFailure) as stopped:
        sandbox.run(f"{TARGETS}:spin", b"", limits=Limits(1, 512 * 1024**2, 30))
    assert stopped.value.reason == "cpu_time"


def test_a_child_that_allocates_gigabytes_is_refused_the_memory():
    with pytest.raises(SandboxFailure) as stopped:
        sandbox.run(f"{TARGETS}:hog", b"", limits=LIMITS)
    assert stopped.value.reason == "memory"


def test_a_child_that_blocks_is_killed_at_the_wall_clock_limit():
    with pytest.raises(SandboxFailure) as stopped:
        sandbox.run(f"{TARGETS}:sleep", b"", limits=Limits(5, 512 * 1024**2, 0.5))
    assert stopped.value.reason == "timeout"


def test_the_child_sees_no_secrets_from_the_environment(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "do-not-leak")
    monkeypatch.setenv("DATABASE_URL", "postgres://user:password@host/db")
    names = sandbox.run(f"{TARGETS}:environment", b"", limits=LIMITS).decode().split("\n")
    assert "SECRET_KEY" not in names
    assert "DATABASE_URL" not in names


def test_the_child_cannot_write_files(tmp_path):
    with pytest.raises(SandboxFailure) as stopped:
        sandbox.run(f"{TARGETS}:write_file", b"", limits=LIMITS)
    assert stopped.value.reason == "crashed"


def test_an_exception_in_the_child_is_a_crash_with_its_message():
    with pytest.raises(SandboxFailure) as stopped:
        sandbox.run(f"{TARGETS}:fail", b"", limits=LIMITS)
    assert stopped.value.reason == "crashed"
    assert "unreadable input" in stopped.value.detail
