from __future__ import annotations

import io
import json
import logging

import pytest

from directcontracts.core.logging import JsonFormatter, RequestIdFilter, request_id_var


@pytest.fixture
def json_log():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("tests.json_log")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    yield logger, stream
    logger.removeHandler(handler)


def _lines(stream: io.StringIO) -> list[str]:
    return stream.getvalue().splitlines()


def test_the_json_formatter_writes_one_json_object_per_line(json_log):
    logger, stream = json_log
    logger.info("first\nsecond line of the same message")
    lines = _lines(stream)
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["message"] == "first\nsecond line of the same message"
    assert record["level"] == "INFO"
    assert record["logger"] == "tests.json_log"


def test_a_log_line_carries_the_current_request_id(json_log):
    logger, stream = json_log
    token = request_id_var.set("req-123")
    try:
        logger.info("hello")
    finally:
        request_id_var.reset(token)
    assert json.loads(_lines(stream)[0])["request_id"] == "req-123"


def test_a_log_line_outside_a_request_has_a_placeholder_request_id(json_log):
    logger, stream = json_log
    logger.info("hello")
    assert json.loads(_lines(stream)[0])["request_id"] == "-"


def test_extra_fields_are_included_and_non_json_values_are_repr(json_log):
    logger, stream = json_log
    logger.info("paid", extra={"amount_minor": 1500, "obj": object()})
    record = json.loads(_lines(stream)[0])
    assert record["amount_minor"] == 1500
    assert record["obj"].startswith("<object")


def test_an_exception_is_logged_inside_the_same_json_line(json_log):
    logger, stream = json_log
    try:
        raise ValueError("boom")
    except ValueError:
        logger.exception("failed")
    lines = _lines(stream)
    assert len(lines) == 1
    assert "ValueError: boom" in json.loads(lines[0])["exception"]


@pytest.mark.django_db
def test_a_request_logs_with_its_request_id(client, monkeypatch):
    from directcontracts.core import health

    seen: list[str] = []

    def probe() -> str:
        seen.append(request_id_var.get())
        return "ok"

    monkeypatch.setattr(health, "_check_tasks", probe)
    client.get("/healthz", headers={"X-Request-ID": "trace-me"})
    assert seen == ["trace-me"]
