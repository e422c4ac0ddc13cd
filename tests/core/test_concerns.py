from directcontracts.core import concerns
from directcontracts.core.concerns import Concern, ConcernReceipt


def _concern() -> Concern:
    return Concern(
        source="screening",
        target_kind="contract",
        target_id="7",
        reason="prohibited_work",
        summary="Held for review",
    )


def test_a_concern_without_a_handler_is_dropped(monkeypatch):
    monkeypatch.setattr(concerns, "_handlers", [])
    assert concerns.raise_concern(_concern()) is None


def test_the_first_handlers_receipt_is_returned_and_every_handler_hears_it(monkeypatch):
    heard = []
    monkeypatch.setattr(concerns, "_handlers", [])
    concerns.register_concern_handler(lambda c: heard.append(c) or ConcernReceipt(1, "TS-1"))
    concerns.register_concern_handler(lambda c: heard.append(c) or None)
    assert concerns.raise_concern(_concern()) == ConcernReceipt(1, "TS-1")
    assert len(heard) == 2


def test_a_resolution_reaches_only_the_handlers_of_the_concerns_source(monkeypatch):
    heard = []
    monkeypatch.setattr(concerns, "_resolution_handlers", {})
    concerns.register_resolution_handler("screening", lambda c, o, by: heard.append(("s", o, by)))
    concerns.register_resolution_handler("velocity", lambda c, o, by: heard.append(("v", o, by)))
    concerns.report_resolution(_concern(), "cleared", by_user_id=9)
    assert heard == [("s", "cleared", 9)]


def test_an_unknown_outcome_is_refused(monkeypatch):
    import pytest

    monkeypatch.setattr(concerns, "_resolution_handlers", {})
    with pytest.raises(ValueError, match="unknown outcome"):
        concerns.report_resolution(_concern(), "maybe")
