"""Production settings pass Django's deployment checklist."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _entry_point() -> str:
    found = shutil.which("directcontracts", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("the directcontracts console script is not installed in this environment")
    return found


def test_check_deploy_reports_no_issues_with_production_settings(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST", "DATABASE_URL", "DIRECTCONTRACTS_"))
    }
    env.update(
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="example.com",
        BASE_URL="https://example.com",
        DATABASE_URL=f"sqlite:///{tmp_path}/x.sqlite3",
        DIRECTCONTRACTS_VAR_DIR=str(tmp_path / "var"),
    )
    result = subprocess.run(  # noqa: S603 - our own console script, fixed arguments
        [_entry_point(), "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def _run(tmp_path, *args: str, **env_overrides: str) -> subprocess.CompletedProcess[str]:
    """The console script as an operator starts it: no test settings, no development mode."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST", "DATABASE_URL", "DIRECTCONTRACTS_"))
        and key not in {"SECRET_KEY", "DEBUG", "WEBHOOK_ALLOW_PRIVATE_NETWORKS"}
    }
    env.update(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path}/x.sqlite3",
            "DIRECTCONTRACTS_VAR_DIR": str(tmp_path / "var"),
            **env_overrides,
        }
    )
    return subprocess.run(  # noqa: S603 - our own console script, fixed arguments
        [_entry_point(), *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


_PRINT_SETTINGS = (
    "from django.conf import settings as s; "
    "print(s.DEBUG, s.WEBHOOK_ALLOW_PRIVATE_NETWORKS, s.SECRET_KEY)"
)


def test_a_server_started_without_settings_is_not_in_development_mode(tmp_path):
    """DEBUG was on and private-network webhooks allowed unless configured otherwise."""
    result = _run(tmp_path, "shell", "--no-imports", "-c", _PRINT_SETTINGS)
    assert result.returncode == 0, result.stderr
    debug, private_webhooks, _key = result.stdout.split()
    assert (debug, private_webhooks) == ("False", "False")


def test_without_a_secret_key_one_is_generated_once_and_kept_in_the_data_folder(tmp_path):
    """The fixed development key was public (it is in the source)."""
    first = _run(tmp_path, "shell", "--no-imports", "-c", _PRINT_SETTINGS)
    second = _run(tmp_path, "shell", "--no-imports", "-c", _PRINT_SETTINGS)
    key_file = tmp_path / "var" / "secret_key"
    key = first.stdout.split()[2]
    assert key == second.stdout.split()[2] == key_file.read_text().strip()
    assert len(key) >= 50
    assert "insecure" not in key
    assert key_file.stat().st_mode & 0o077 == 0


def test_check_deploy_passes_with_the_generated_key(tmp_path):
    result = _run(
        tmp_path,
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        ALLOWED_HOSTS="example.com",
        BASE_URL="https://example.com",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_without_a_secret_key_and_a_data_folder_it_can_write_it_refuses_to_start(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    result = _run(tmp_path, "check", DIRECTCONTRACTS_VAR_DIR=str(blocked))
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
