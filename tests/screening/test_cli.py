"""The command-line contract: JSON lines in, JSON lines out, no database, exit 2 on bad input."""

import json
import os
import subprocess
import sys

import pytest

DIRECTCONTRACTS = [sys.executable, "-m", "directcontracts"]


def run(stdin: str, *args: str, tmp_path=None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    # A database that does not exist: the command must not need one.
    env["DATABASE_URL"] = "postgres://nobody@127.0.0.1:1/nothing"
    if tmp_path is not None:
        env["DIRECTCONTRACTS_VAR_DIR"] = str(tmp_path)
    return subprocess.run(
        [*DIRECTCONTRACTS, "screen_work", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def output(tmp_path_factory):
    lines = [
        {"id": "a", "title": "React dashboard", "description": "Charts from our REST API"},
        {
            "id": 2,
            "title": "Fake reviews",
            "description": "50 Google reviews from different accounts",
        },
        {"id": "c", "title": "Deep clean my flat", "description": "Saturday, 3 bedrooms"},
    ]
    result = run(
        "\n".join(json.dumps(x) for x in lines) + "\n", tmp_path=tmp_path_factory.mktemp("v")
    )
    return result


def test_screen_work_writes_one_line_per_input_in_order(output):
    assert output.returncode == 0, output.stderr
    rows = [json.loads(line) for line in output.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", 2, "c"]


def test_screen_work_output_has_the_contract_fields(output):
    row = json.loads(output.stdout.splitlines()[1])
    assert set(row) == {"id", "verdict", "policy", "score", "reasons"}
    assert row["verdict"] == "block"
    assert row["policy"] == "banned.misleading"
    assert 0 <= row["score"] <= 1
    assert row["reasons"]


def test_screen_work_reads_an_input_file(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": 1, "title": "Logo for a bakery", "description": "hand-drawn"}\n')
    result = run("", "--input", str(path), tmp_path=tmp_path)
    assert json.loads(result.stdout)["verdict"] == "allow"


def test_malformed_line_exits_2_naming_the_line_without_output_for_it(tmp_path):
    stdin = '{"id": 1, "title": "Logo"}\n{"id": 2, "title": \n{"id": 3, "title": "x"}\n'
    result = run(stdin, tmp_path=tmp_path)
    assert result.returncode == 2
    assert "line 2" in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [1]


def test_line_without_id_is_malformed(tmp_path):
    result = run('{"title": "Logo"}\n', tmp_path=tmp_path)
    assert result.returncode == 2
    assert "line 1" in result.stderr
    assert 'missing "id"' in result.stderr
    assert result.stdout == ""
