"""The payout currencies behind the earnings summary are read once each, unsorted (issue 19)."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from directcontracts.contracts.earnings import currencies_of, summary


def _payout_currency_queries(call, user) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        call(user)
    return [q["sql"] for q in captured.captured_queries if '"payments_payout"' in q["sql"]]


def test_payout_currencies_are_distinct_and_unordered(freelancer):
    for call in (summary, currencies_of):
        (sql,) = _payout_currency_queries(call, freelancer)
        # One row a currency: DISTINCT, or the summary's payouts grouped per currency.
        assert "DISTINCT" in sql or "GROUP BY" in sql
        assert "ORDER BY" not in sql


def test_currencies_of_a_freelancer_without_history_is_empty(freelancer):
    assert currencies_of(freelancer) == []
    assert summary(freelancer) == []
