"""The client's payment instrument and declined attempts are the client's business (browser
tour E): the freelancer reads that a milestone was paid for and funded, not the card and not a
decline, wherever they read the contract (contracts/payment_privacy.py). The client still reads
everything."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts import escrow, selectors
from directcontracts.contracts.states import record_event
from directcontracts.core.errors import DomainError
from directcontracts.payments.sandbox import CARD_DECLINED
from tests.contracts.factories import active_contract, card, settle_gateway
from tests.contracts.helpers import text_of

pytestmark = pytest.mark.django_db

CARD = "ending 4242"
DECLINE = "The card was declined."


@pytest.fixture
def paid(freelancer, monkeypatch, frozen_clock):
    """The client's first card was declined; the second paid the milestone, now funded."""
    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    with pytest.raises(DomainError):
        escrow.fund_milestone(milestone=milestone, by=buyer, method=card(buyer, CARD_DECLINED))
    escrow.fund_milestone(milestone=milestone, by=buyer, method=card(buyer))
    settle_gateway(frozen_clock)
    milestone.refresh_from_db()
    return contract, buyer, milestone


def _people(paid, freelancer):
    contract, buyer, _ = paid
    return {"freelancer": freelancer, "client": buyer}


def _activity(client, user, contract) -> str:
    client.force_login(user)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    return page.split('id="activity"', 1)[1]


def test_the_freelancers_activity_shows_the_funding_without_the_card_or_the_decline(
    client, freelancer, paid
):
    contract, _, _ = paid
    activity = _activity(client, freelancer, contract)
    assert "Funded: money in escrow" in activity
    assert "The client paid; the money is in escrow once the payment settles." in activity
    assert CARD not in activity
    assert "Payment declined" not in activity
    assert DECLINE not in activity


def test_the_clients_activity_shows_their_card_and_their_declined_payment(client, freelancer, paid):
    contract, buyer, _ = paid
    activity = _activity(client, buyer, contract)
    assert f"Charged $517.00 to Visa card {CARD}" in activity
    assert "Payment declined" in activity
    assert DECLINE in activity


@pytest.mark.parametrize("viewer", ["freelancer", "client"])
def test_the_show_earlier_fragment_keeps_the_same_rule(client, freelancer, paid, viewer):
    contract, buyer, milestone = paid
    for n in range(selectors.TIMELINE_PAGE_SIZE):
        record_event(contract=contract, milestone=milestone, kind=f"test.event_{n}")
    user = _people(paid, freelancer)[viewer]
    earlier = selectors.timeline_page(contract, role=viewer).earlier
    client.force_login(user)
    url = reverse("contracts:activity", args=[contract.pk])
    body = client.get(url, {"before": earlier}).content.decode()
    assert "Payment on the way" in body
    assert (CARD in body, DECLINE in body) == (
        (False, False) if viewer == "freelancer" else (True, True)
    )


@pytest.mark.parametrize("viewer", ["freelancer", "client"])
def test_the_statement_pdf_shows_the_card_and_the_decline_to_the_client_only(
    client, freelancer, paid, viewer
):
    contract, _, _ = paid
    client.force_login(_people(paid, freelancer)[viewer])
    pdf = client.get(reverse("contracts:statement_pdf", args=[contract.pk])).content
    text = text_of(pdf)
    assert "Milestone funded" in text
    assert (CARD in text, DECLINE in text) == (
        (False, False) if viewer == "freelancer" else (True, True)
    )


@pytest.mark.parametrize("viewer", ["freelancer", "client"])
def test_the_receipt_pdf_shows_the_charge_to_the_client_only(client, freelancer, paid, viewer):
    contract, _, milestone = paid
    client.force_login(_people(paid, freelancer)[viewer])
    url = reverse("contracts:milestone_receipt_pdf", args=[contract.pk, milestone.pk])
    text = text_of(client.get(url).content)
    assert "Paid into escrow" in text
    shows_charge = ("Charged to Visa card ending 4242" in text, "processing fee (paid" in text)
    assert shows_charge == ((False, False) if viewer == "freelancer" else (True, True))
    assert (CARD in text) == (viewer == "client")


def _api(client, user, path):
    _, secret = create_api_token(user=user, name="test")
    return client.get(f"/api/v1{path}", headers={"Authorization": f"Bearer {secret}"}).json()


@pytest.mark.parametrize("viewer", ["freelancer", "client"])
def test_the_api_timeline_keeps_the_same_rule(client, freelancer, paid, viewer):
    contract, _, _ = paid
    body = _api(client, _people(paid, freelancer)[viewer], f"/contracts/{contract.pk}/events")
    kinds = [event["kind"] for event in body["items"]]
    words = " ".join(event["message"] for event in body["items"])
    assert "milestone.funded" in kinds
    assert ("milestone.funding_declined" in kinds) == (viewer == "client")
    assert (CARD in words, DECLINE in words) == (
        (False, False) if viewer == "freelancer" else (True, True)
    )


@pytest.mark.parametrize("viewer", ["freelancer", "client"])
def test_the_api_lists_a_milestones_charges_to_the_client_only(client, freelancer, paid, viewer):
    contract, _, milestone = paid
    body = _api(
        client,
        _people(paid, freelancer)[viewer],
        f"/contracts/{contract.pk}/milestones/{milestone.pk}",
    )
    assert body["funded_amount_minor"] == 50_000
    assert len(body["charges"]) == (2 if viewer == "client" else 0)
