"""Hostile amounts at every money post that takes one (red team, December 2026).

`test_amounts.py` feeds malformed amounts to contract creation, the quote and payouts, and
`test_api_money.py` a negative approval. These send the whole set (negative, zero, a
fraction, an exponent too large for any number, past the ledger's largest amount, a word,
a boolean) to approval, refund, refund request and dispute claims, as both parties would,
and check that each is refused at the door and that escrow is untouched afterwards.
"""

from __future__ import annotations

import pytest

from directcontracts.disputes.models import Dispute
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from tests.contracts.factories import funded_milestone

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client):
    from tests.contracts.test_api import api as api_fixture

    return api_fixture.__wrapped__(client)


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
