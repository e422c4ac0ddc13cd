"""Run a function on untrusted bytes in a child process with CPU, memory and time limits.

Decoders of uploaded files (image and PDF libraries written in C) are where a hostile file
does its damage: a decompression bomb exhausts memory, a crafted file spins for ever. So the
decoding runs in a fresh Python process that limits itself before it reads a single byte:

1. The parent starts `python -m directcontracts.core.sandbox` with an environment holding
   nothing but the module path (no secrets, no database settings) and writes the bytes to
   its standard input.
2. The child sets `RLIMIT_AS` (address space), `RLIMIT_CPU` (CPU seconds; the kernel stops
   it), no core files and no file writes, then reads the input, imports the target function
   (a fixed dotted name from our own code, never from the request) and writes its answer.
3. The parent waits at most `wall_seconds` (for a child that sleeps or blocks) and kills it
   after that. Any way the child fails becomes `SandboxFailure` with a short reason.

This module imports nothing from Django, so the child starts in a fraction of a second.
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import subprocess  # noqa: S404 - the child is our own interpreter with a fixed argument list
import sys
import tempfile
from dataclasses import dataclass
from typing import Any

_ANSWER = b"\x01"
_NOTHING = b"\x00"
_EXIT_MEMORY = 3
_EXIT_ERROR = 4


@dataclass(frozen=True)
class Limits:
    cpu_seconds: int
    memory_bytes: int
    wall_seconds: float


class SandboxFailure(Exception):
    """The child was stopped or failed: `reason` is cpu_time, memory, timeout or crashed."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def run(
    target: str, data: bytes, *, limits: Limits, options: dict[str, Any] | None = None
) -> bytes | None:
    """Call `target` ("package.module:function") on `data` in a limited child process.

    The function takes the bytes and keyword `options` and returns bytes or None."""
    spec = json.dumps(
        {
            "target": target,
            "options": options or {},
            "cpu_seconds": limits.cpu_seconds,
            "memory_bytes": limits.memory_bytes,
        }
    )
    # An empty folder of its own, removed afterwards, is the child's working directory.
    with tempfile.TemporaryDirectory(prefix="sandbox-") as folder:
        try:
            finished = subprocess.run(  # noqa: S603 - fixed argv, our own module
                [sys.executable, "-m", "directcontracts.core.sandbox", spec],
                input=data,
                capture_output=True,
                timeout=limits.wall_seconds,
                env=_child_environment(),
                cwd=folder,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise SandboxFailure(
                "timeout", f"still running after {limits.wall_seconds} s"
            ) from None
    return _answer_of(finished)


def _child_environment() -> dict[str, str]:
    # The parent's module path only: the child needs no secret, setting or credential.
    return {"PYTHONPATH": os.pathsep.join(p for p in sys.path if p), "LC_ALL": "C.UTF-8"}


def _answer_of(finished: subprocess.CompletedProcess[bytes]) -> bytes | None:
    code = finished.returncode
    detail = finished.stderr.decode("utf-8", "replace").strip()[-500:]
    if code == 0 and finished.stdout[:1] == _ANSWER:
        return finished.stdout[1:]
    if code == 0 and finished.stdout == _NOTHING:
        return None
    if code == _EXIT_MEMORY:
        raise SandboxFailure("memory", detail)
    if code in (-signal.SIGXCPU, -signal.SIGKILL):
        raise SandboxFailure("cpu_time", detail)
    raise SandboxFailure("crashed", f"exit {code}: {detail}")


# --- The child ------------------------------------------------------------------------------


def _limit_self(cpu_seconds: int, memory_bytes: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


def _child(spec_text: str) -> int:
    spec = json.loads(spec_text)
    _limit_self(int(spec["cpu_seconds"]), int(spec["memory_bytes"]))
    data = sys.stdin.buffer.read()
    module_name, _, function_name = spec["target"].partition(":")
    function = getattr(importlib.import_module(module_name), function_name)
    try:
        result = function(data, **spec["options"])
    except MemoryError:
        return _EXIT_MEMORY
    out = sys.stdout.buffer
    out.write(_NOTHING if result is None else _ANSWER + bytes(result))
    out.flush()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(_child(sys.argv[1]))
    except MemoryError:
        sys.exit(_EXIT_MEMORY)
