"""Under an escrow freeze a client's refund request on the contract page says what is true:
nothing is refunded until the freeze is lifted, the freelancer can decline but not accept
(accepting would be refused), and silence refunds only once it is lifted; a submission's
review clock is stopped, so the client is not offered to extend it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow
from directcontracts.trust import enforcement

pytestmark = pytest.mark.django_db

SILENCE_REFUNDS = "without an answer the money is refunded"
FROZEN = "The escrow is frozen: nothing is refunded until the freeze is lifted."


def _page(client, user, contract):
    client.force_login(user)
    return client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()


@pytest.fixture
def asked(funded):
    """The funded milestone, with the client's refund request waiting for an answer."""
    contract, client_user, milestone, case = funded
    escrow.request_refund(milestone=milestone, by=client_user, reason="Changed my mind")
    return contract, client_user, milestone, case


def test_an_unfrozen_refund_request_offers_the_freelancer_to_accept_it(client, asked):
    contract, _, _, _ = asked
    page = _page(client, contract.freelancer, contract)
    assert SILENCE_REFUNDS in page
    assert "Accept and refund" in page


def test_a_frozen_refund_request_tells_the_freelancer_nothing_is_refunded_until_it_is_lifted(
    client, asked, trust_safety_staff
):
    contract, _, _, case = asked
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    page = _page(client, contract.freelancer, contract)
    assert SILENCE_REFUNDS not in page
    assert FROZEN in page
    assert "You can decline now, or accept once the freeze is lifted." in page


def test_a_frozen_refund_request_offers_the_freelancer_decline_but_not_accept(
    client, asked, trust_safety_staff
):
    contract, _, _, case = asked
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    page = _page(client, contract.freelancer, contract)
    assert "Accept and refund" not in page
    assert ">Decline</button>" in page


def test_a_frozen_refund_request_tells_the_client_the_refund_waits_for_the_freeze(
    client, asked, trust_safety_staff
):
    contract, client_user, _, case = asked
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    page = _page(client, client_user, contract)
    assert FROZEN in page
    assert "it is refunded to you when the freeze is lifted" in page


def test_a_submission_under_review_offers_the_client_to_extend_it(client, funded):
    contract, client_user, milestone, _ = funded
    escrow.submit_work(milestone=milestone, by=contract.freelancer, message="Done", files=[])
    assert "Extend the review once" in _page(client, client_user, contract)


def test_a_frozen_submission_does_not_offer_to_extend_its_stopped_review_clock(
    client, funded, trust_safety_staff
):
    contract, client_user, milestone, case = funded
    escrow.submit_work(milestone=milestone, by=contract.freelancer, message="Done", files=[])
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    page = _page(client, client_user, contract)
    assert "Review clock stopped" in page
    assert "Extend the review once" not in page
