import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

ROOT = Path(__file__).resolve().parents[2]


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path):
    accounts = write_jsonl(
        tmp_path / "accounts.jsonl",
        [
            {"id": "acc_1", "email": "ana.silva@gmail.com", "name": "Ana Silva", "phone": None, "country": "BR",
             "company": None, "payment_fingerprint": "pf_1", "device_id": None, "ip": None},
            {"id": "acc_2", "email": "li@corp.example", "name": "Li Wei", "phone": "+86 10 1234 5678", "country": "CN",
             "company": "Corp", "payment_fingerprint": None, "device_id": "Pixel8:ff00", "ip": "192.0.2.4"},
        ],
    )  # fmt: skip
    candidates = write_jsonl(
        tmp_path / "candidates.jsonl",
        [
            {"id": "c_2", "email": "anasilva+dc@googlemail.com", "name": None, "phone": None, "country": None,
             "company": None, "payment_fingerprint": None, "device_id": None, "ip": None},
            {"id": "c_1", "email": "someone@new.example", "name": "New Person", "phone": None, "country": "US",
             "company": None, "payment_fingerprint": None, "device_id": None, "ip": None},
        ],
    )  # fmt: skip
    return accounts, candidates


def test_match_accounts_writes_one_line_per_candidate_in_input_order(files, capsys):
    accounts, candidates = files
    call_command("match_accounts", accounts=accounts, candidates=candidates)
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == ["c_2", "c_1"]
    assert set(lines[0]) == {"id", "match", "score", "decision", "signals"}


def test_match_is_set_exactly_when_the_decision_is_not_allow(files, capsys):
    accounts, candidates = files
    call_command("match_accounts", accounts=accounts, candidates=candidates)
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (lines[0]["match"], lines[0]["decision"]) == ("acc_1", "block")
    assert (lines[1]["match"], lines[1]["decision"]) == (None, "allow")
    assert all((line["match"] is None) == (line["decision"] == "allow") for line in lines)


def test_match_accounts_refuses_a_missing_file(tmp_path, files):
    with pytest.raises(CommandError):
        call_command("match_accounts", accounts=tmp_path / "nope.jsonl", candidates=files[1])


def test_match_accounts_runs_without_a_database(files, tmp_path):
    """Before migrate, with a database URL that could never connect."""
    accounts, candidates = files
    env = {
        **os.environ,
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
        "DIRECTCONTRACTS_VAR_DIR": str(tmp_path),
    }
    completed = subprocess.run(
        [sys.executable, "-m", "directcontracts", "match_accounts", "--accounts", str(accounts), "--candidates", str(candidates)],
        capture_output=True, text=True, env=env, cwd=ROOT, check=False, timeout=120,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    assert len(completed.stdout.splitlines()) == 2
