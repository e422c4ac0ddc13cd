"""Hostile amounts at every money post that takes one (red team, December 2026).

`test_amounts.py` feeds malformed amounts to contract creation, the quote and payouts, and
`test_api_money.py` a negative approval. These send the whole set (negative, zero, a
fraction, an exponent too large for any number, past the ledger's largest amount, a word,
a boolean) to approval, refund, refund request and dispute claims, as both parties would,
and check that each is refused at the door and that escrow is untouched afterwards; and
fund the largest milestone the ledger allows.
"""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import MilestoneState
from directcontracts.core.errors import DomainError
from directcontracts.disputes.models import Dispute
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from directcontracts.payments.charges import add_payment_method
from directcontracts.payments.models import Payment
from tests.contracts.factories import active_contract, card, funded_milestone, milestone
from tests.contracts.helpers import api_caller

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client):
    return api_caller(client)


HOSTILE = ["-1", "0", "0.5", "4750.25", "1E+999999", "10000000000001", '"abc"', "true"]
UNREADABLE = "null1"  # not JSON at all: 400, like any unreadable body


def _escrow(contract) -> int:
    return balance(account_id=chart.escrow(contract.pk, "USD").pk).posted


def _post_each(call, user, path, field, extra="") -> list[int]:
    return [
        call(
            user,
            "post",
            path,
            data=f'{{"{field}": {raw}{extra}}}',
            key=f"hostile-{n}",
        ).status_code
        for n, raw in enumerate(HOSTILE)
    ]


@pytest.mark.parametrize(
    ("who", "action", "extra"),
    [
        ("client", "approve", ""),
        ("freelancer", "refund", ""),
        ("client", "refund-requests", ', "reason": "Not needed"'),
    ],
)
def test_hostile_amounts_are_refused_and_leave_escrow_untouched(
    api, freelancer, monkeypatch, frozen_clock, who, action, extra
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    user = client if who == "client" else freelancer
    path = f"/contracts/{contract.pk}/milestones/{milestone.pk}/{action}"
    assert _post_each(api, user, path, "amount_minor", extra) == [422] * len(HOSTILE)
    body = f'{{"amount_minor": {UNREADABLE}{extra}}}'
    assert api(user, "post", path, data=body, key="unreadable").status_code == 400
    milestone.refresh_from_db()
    assert (milestone.released_amount_minor, milestone.refunded_amount_minor) == (0, 0)
    assert not milestone.refund_requests.exists()
    assert _escrow(contract) == 50_000


def test_hostile_dispute_claims_are_refused_and_open_nothing(
    api, freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    path = f"/contracts/{contract.pk}/milestones/{milestone.pk}/disputes"
    extra = ', "statement": "The design does not match the brief."'
    statuses = _post_each(api, client, path, "claim_minor", extra)
    # `true` was read as a claim of 1 cent (pydantic's lax int) and opened a dispute.
    assert statuses == [422] * len(HOSTILE)
    assert not Dispute.objects.exists()
    assert _escrow(contract) == 50_000


# --- Amounts at the maximum ---------------------------------------------------------------------


def _largest_milestone(freelancer, monkeypatch, settings):
    contract, client = active_contract(
        freelancer,
        monkeypatch,
        milestones=[milestone("Everything", settings.LEDGER_MAX_AMOUNT_MINOR)],
    )
    return contract, client, contract.milestones.get()


def test_a_card_payment_whose_fee_takes_it_past_the_ledgers_largest_amount_is_refused(
    freelancer, monkeypatch, frozen_clock, settings
):
    """A chargeback takes the whole payment (principal and fee) back in one movement: a
    total above the ledger's largest amount was charged, then its chargeback failed to
    record, with nothing held from the freelancer."""
    contract, client, part = _largest_milestone(freelancer, monkeypatch, settings)
    with pytest.raises(DomainError) as refused:
        escrow.fund_milestone(milestone=part, by=client, method=card(client))
    assert refused.value.code == "amount_too_large"
    assert "Pay by bank debit" in refused.value.message
    assert not Payment.objects.exists()
    part.refresh_from_db()
    assert part.state == MilestoneState.AWAITING_FUNDING


def test_the_largest_milestone_is_funded_by_bank_debit_without_a_fee(
    freelancer, monkeypatch, frozen_clock, settings
):
    contract, client, part = _largest_milestone(freelancer, monkeypatch, settings)
    bank = add_payment_method(owner=client, kind="bank_debit", number="000123456789")
    escrow.fund_milestone(milestone=part, by=client, method=bank)
    assert Payment.objects.get().total_minor == settings.LEDGER_MAX_AMOUNT_MINOR
