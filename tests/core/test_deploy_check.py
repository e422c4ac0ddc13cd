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


def test_production_settings_refuse_to_start_without_a_secret_key(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DATABASE_URL"}}
    env.update(DEBUG="false", DATABASE_URL=f"sqlite:///{tmp_path}/x.sqlite3")
    result = subprocess.run(  # noqa: S603
        [_entry_point(), "check"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
