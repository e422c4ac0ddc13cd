"""The message-set builders share one writer (tests/screening/data/message_sets.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

DATA = Path(__file__).with_name("data")


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def builders_path(monkeypatch: pytest.MonkeyPatch) -> None:
    # The builders run as scripts from the data directory and import the writer by name.
    monkeypatch.syspath_prepend(str(DATA))


def test_the_writer_numbers_messages_per_field_under_the_sets_prefix() -> None:
    raw = "# shops\nok|c|hello\nF|f|fake receipt pls\n# legal\nok|f|draft attached\n"

    rows = load("message_sets").rows(raw, "msg-x")

    assert [(r["id"], r["kind"], r["policy"], r["sender"]) for r in rows] == [
        ("msg-x-shops-001", "shops", "ok", "client"),
        ("msg-x-shops-002", "shops", "banned.fraudulent", "freelancer"),
        ("msg-x-legal-001", "legal", "ok", "freelancer"),
    ]


def test_the_writer_writes_one_json_line_per_message_keeping_other_scripts(tmp_path) -> None:
    path = tmp_path / "set.jsonl"

    load("message_sets").write_set("# talk\nok|c|merci, à demain\n", "msg-x", path)

    assert json.loads(path.read_text(encoding="utf-8"))["description"] == "merci, à demain"
    assert "à demain" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("builder", "prefix", "jsonl"),
    [
        ("build_messages_dev_v8", "msg-dev8", "messages_dev_v8.jsonl"),
        ("build_messages_heldout_v12", "msg-ho12", "messages_heldout_v12.jsonl"),
        ("build_messages_dev_v9", "msg-dev9", "messages_dev_v9.jsonl"),
        ("build_messages_heldout_v13", "msg-ho13", "messages_heldout_v13.jsonl"),
        ("build_messages_heldout_v14", "msg-ho14", "messages_heldout_v14.jsonl"),
        ("build_messages_dev_v10", "msg-dev10", "messages_dev_v10.jsonl"),
        ("build_messages_heldout_v15", "msg-ho15", "messages_heldout_v15.jsonl"),
    ],
)
def test_builders_use_the_shared_writer_and_still_write_their_sets(
    builders_path, builder, prefix, jsonl
) -> None:
    module = load(builder)
    writer = load("message_sets")

    assert module.write_set.__module__ == "message_sets"
    written = [json.dumps(r, ensure_ascii=False) for r in writer.rows(module.RAW, prefix)]
    assert "\n".join(written) + "\n" == (DATA / jsonl).read_text(encoding="utf-8")
