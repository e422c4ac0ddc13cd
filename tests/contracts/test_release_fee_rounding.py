"""The service fee over many partial releases (red team, December 2026).

Each release's fee rounds half up to the cent, so a release of 9 cents paid no fee at all
(5 % of 9 is 0.45): a client and a freelancer acting together could cut a milestone into
9-cent releases and pay the platform nothing. The fee of each release is now the fee on
all the milestone has released less what its earlier releases paid (`escrow.release_fee`),
so however the milestone is cut, its fees add up to the fee on the total.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow
from directcontracts.contracts.money import fee_of
from directcontracts.disputes import services as disputes
from tests.accounts.factories import StaffFactory
from tests.contracts.factories import funded_milestone
from tests.disputes.factories import STATEMENT

pytestmark = pytest.mark.django_db
FEE_BPS = 500


def _fees(milestone) -> tuple[int, int]:
    released = list(milestone.releases.values_list("amount_minor", "fee_minor"))
    return sum(a for a, _ in released), sum(f for _, f in released)


def test_nine_cent_releases_pay_the_same_fee_as_one_release_of_the_total(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    for _ in range(12):
        escrow.approve_milestone(milestone=milestone, by=client, amount_minor=9)
    escrow.approve_milestone(milestone=milestone, by=client)
    released, fees = _fees(milestone)
    assert released == 50_000
    assert fees == fee_of(50_000, FEE_BPS) == 2_500


def test_after_each_small_release_the_fees_so_far_are_the_fee_on_what_was_released(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    for amount in (9, 9, 1, 29, 10, 9):
        escrow.approve_milestone(milestone=milestone, by=client, amount_minor=amount)
        released, fees = _fees(milestone)
        assert fees == fee_of(released, FEE_BPS)


def test_a_dispute_share_after_small_releases_pays_the_rest_of_the_fee_on_the_total(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    for _ in range(5):
        escrow.approve_milestone(milestone=milestone, by=client, amount_minor=9)
    milestone.refresh_from_db()
    request = milestone.refund_requests.get(state="pending")
    escrow.answer_refund_request(request=request, by=freelancer, accept=False)
    dispute = disputes.open_dispute(milestone=milestone, by=client, statement=STATEMENT)
    held = 50_000 - 45
    disputes.add_statement(dispute=dispute, by=freelancer, body="I delivered the brief.")
    dispute.refresh_from_db()
    mediator = StaffFactory(email="m@example.com", groups=["trust_safety"])
    decider = StaffFactory(email="d@example.com", groups=["trust_safety"])
    disputes.propose(
        dispute=dispute, by=mediator, to_freelancer_minor=held, to_client_minor=0, reason="Done."
    )
    disputes.answer_proposal(dispute=dispute, by=client, accept=False)
    disputes.decide(
        dispute=dispute,
        by=decider,
        to_freelancer_minor=20_009,
        to_client_minor=held - 20_009,
        reason="Half of it was delivered.",
    )
    released, fees = _fees(milestone)
    assert released == 45 + 20_009
    assert fees == fee_of(released, FEE_BPS)


def test_the_release_confirmation_shows_the_fee_that_release_will_pay(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer, amount_minor=9)  # fee 0.45: none
    client.force_login(buyer)
    response = client.post(
        reverse("contracts:approve", args=[contract.pk, milestone.pk]), {"amount": "0.09"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    # 18 cents released in all pay 1 cent; the first 9 paid nothing, so this one pays it.
    assert "<dt>Direct Contracts fee (paid by the freelancer)</dt><dd>$0.01</dd>" in page
