from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from directcontracts.core import clock
from directcontracts.ledger import chart
from directcontracts.ledger.models import FinanceAlert
from directcontracts.payments.reconciliation import MismatchKind, reconcile, reconcile_day_task
from directcontracts.payments.services import record_balance_transaction

pytestmark = pytest.mark.django_db

DAY = date(2026, 3, 2)


@pytest.fixture
def settled_funding(frozen_clock):
    """A milestone of 1000 USD funded and settled on DAY: clearing is debited 1000."""
    chart.apply(
        chart.fund_milestone(
            milestone_id=1, payment_id=5, contract_id=1, amount=1000, currency="USD"
        )
    )
    chart.apply(chart.settle_funding(milestone_id=1, payment_id=5))
    return "fund-settle:1:5"


def gateway(key: str, amount: int, currency: str = "USD", txn: str = "txn_1") -> None:
    record_balance_transaction(
        txn_id=txn,
        source_id="ch_1",
        type="charge" if amount > 0 else "fee",
        amount_minor=amount,
        currency=currency,
        reference=key,
    )


def kinds(report) -> list[str]:
    return [m.kind for m in report.mismatches]


def test_matching_sides_reconcile_clean(settled_funding):
    gateway(settled_funding, 1000)
    report = reconcile(day=DAY)
    assert (report.ok, report.matched) == (True, 1)
    assert not FinanceAlert.objects.exists()


def test_pending_funding_is_not_a_movement(frozen_clock):
    chart.apply(
        chart.fund_milestone(
            milestone_id=1, payment_id=5, contract_id=1, amount=1000, currency="USD"
        )
    )
    assert reconcile(day=DAY).ok


def test_movement_missing_at_gateway_is_reported(settled_funding):
    assert kinds(reconcile(day=DAY)) == [MismatchKind.MISSING_AT_GATEWAY]


def test_movement_missing_in_ledger_is_reported(frozen_clock):
    gateway("fund-settle:99", 500)
    assert kinds(reconcile(day=DAY)) == [MismatchKind.MISSING_IN_LEDGER]


def test_different_amount_is_reported(settled_funding):
    gateway(settled_funding, 999)
    assert kinds(reconcile(day=DAY)) == [MismatchKind.AMOUNT_DIFFERS]


def test_different_currency_is_reported(settled_funding):
    gateway(settled_funding, 1000, currency="EUR")
    assert kinds(reconcile(day=DAY)) == [MismatchKind.CURRENCY_DIFFERS]


def test_money_leaving_the_processor_is_negative_on_both_sides(settled_funding):
    gateway(settled_funding, 1000)
    chart.apply(chart.processor_fee(fee_id="ch_1", amount=30, currency="USD"))
    gateway("processor-fee:ch_1", -30, txn="txn_fee")
    assert reconcile(day=DAY).matched == 2


def test_other_days_are_not_compared(settled_funding):
    assert reconcile(day=date(2026, 3, 3)).ok


def test_mismatch_opens_one_finance_alert_per_day(settled_funding):
    reconcile(day=DAY)
    reconcile(day=DAY)
    alert = FinanceAlert.objects.get()
    assert (alert.day, alert.mismatch_count, alert.resolved) == (DAY, 1, False)
    assert alert.details[0]["kind"] == MismatchKind.MISSING_AT_GATEWAY


def test_command_prints_ok_when_clean(settled_funding, capsys):
    gateway(settled_funding, 1000)
    call_command("reconcile", "--date", "2026-03-02")
    assert capsys.readouterr().out.startswith("ok: 1 movements matched")


def test_command_lists_mismatches_and_fails(settled_funding, capsys):
    with pytest.raises(CommandError):
        call_command("reconcile", "--date", "2026-03-02")
    assert "missing_at_gateway: fund-settle:1:5" in capsys.readouterr().out


def test_command_refuses_a_malformed_date(db):
    with pytest.raises(CommandError):
        call_command("reconcile", "--date", "02/03/2026")


def test_daily_task_reconciles_yesterday(settled_funding):
    clock.freeze(datetime(2026, 3, 3, 1, 0, tzinfo=UTC))
    assert reconcile_day_task.enqueue().return_value == 1
