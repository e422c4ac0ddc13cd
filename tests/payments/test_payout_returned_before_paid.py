"""A payout the freelancer's bank sends back before the processor reported it paid: the
processor reports `payout.failed` with the bank's reason while the payout is pending.

The money effect was right (pending payout -> available, `payout:<id>:failed`); before
7 December 2026 the words were not: the freelancer read "Your payout failed" with no reason,
the page "Failed · account_closed". Now the payout stays `failed` (one state machine: the
money never left pending payout in the books) with `returned_at` and the bank's reason, and
the freelancer is told their bank returned it and why."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from directcontracts.ledger import chart
from directcontracts.ledger.models import Transfer
from directcontracts.notifications.models import Notice, WebhookEvent
from directcontracts.payments import payouts
from directcontracts.payments.models import Payout, PayoutState
from tests.payments.factories import WITHDRAWABLE, delivered, money_to_withdraw, withdraw

pytestmark = pytest.mark.django_db


def _returned_before_paid(freelancer, monkeypatch, frozen_clock, settings) -> Payout:
    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    payout = withdraw(freelancer, bank)
    delivered("evt_back", "payout.failed", payout.gateway_payout_id, failure_code="account_closed")
    payout.refresh_from_db()
    return payout


def test_the_payout_stays_failed_with_the_banks_reason_and_when_it_came_back(
    freelancer, monkeypatch, frozen_clock, settings
):
    payout = _returned_before_paid(freelancer, monkeypatch, frozen_clock, settings)
    assert payout.state == PayoutState.FAILED
    assert payout.failure_message == "account_closed"
    assert payout.returned_at == frozen_clock.now()
    assert Transfer.objects.filter(key=f"payout:{payout.pk}:failed").exists()
    assert payouts.available_balance(freelancer, "USD") == WITHDRAWABLE


def test_the_freelancer_is_told_the_bank_returned_it_and_why(
    freelancer, monkeypatch, frozen_clock, settings
):
    _returned_before_paid(freelancer, monkeypatch, frozen_clock, settings)
    notice = Notice.objects.get(recipient=freelancer, kind="payout.failed")
    assert notice.title == "Your bank returned your payout of $475.00"
    assert "account closed" in notice.body
    assert "before it was paid in" in notice.body
    assert "in your available balance again" in notice.body


def test_the_freelancers_endpoints_get_the_banks_reason(
    freelancer, monkeypatch, frozen_clock, settings
):
    payout = _returned_before_paid(freelancer, monkeypatch, frozen_clock, settings)
    event = WebhookEvent.objects.get(owner=freelancer, type="payout.failed")
    assert event.data["payout"] == {
        "id": payout.pk,
        "amount_minor": WITHDRAWABLE,
        "currency": "USD",
        "reason": "account_closed",
        "returned_by_bank": True,
    }


def test_a_payment_reported_after_the_banks_return_books_the_payment_and_the_return(
    freelancer, monkeypatch, frozen_clock, settings
):
    """Since the second December 2026 review (tests/payments/test_payout_failed_before_paid.py):
    a processor never pays a failed payout, so the late `payout.paid` says it was paid first."""
    payout = _returned_before_paid(freelancer, monkeypatch, frozen_clock, settings)
    delivered("evt_paid", "payout.paid", payout.gateway_payout_id)
    delivered("evt_back_again", "payout.failed", payout.gateway_payout_id)
    payout.refresh_from_db()
    assert payout.state == PayoutState.RETURNED
    assert Transfer.objects.filter(key=chart.payout_paid_transfer_id(payout.pk)).exists()
    assert Transfer.objects.filter(key=chart.payout_returned_transfer_id(payout.pk)).exists()
    assert payouts.available_balance(freelancer, "USD") == WITHDRAWABLE


def test_a_canceled_payout_still_reads_failed(freelancer, monkeypatch, frozen_clock, settings):
    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    payout = withdraw(freelancer, bank)
    delivered("evt_cancel", "payout.canceled", payout.gateway_payout_id)
    payout.refresh_from_db()
    assert payout.state == PayoutState.FAILED
    assert payout.returned_at is None
    assert Notice.objects.get(recipient=freelancer, kind="payout.failed").title == (
        "Your payout of $475.00 failed"
    )


def test_the_payouts_table_says_the_bank_returned_it_before_it_was_paid_in(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    _returned_before_paid(freelancer, monkeypatch, frozen_clock, settings)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    state = re.search(r'<td data-label="State">(.*?)</td>', page, re.S)
    assert state is not None
    assert "Returned by the bank" in state.group(1)
    assert "(account closed), before it was paid in" in state.group(1)
    assert "Failed" not in state.group(1)
