"""A chargeback's freeze tells each reader what is going on in words addressed to them: the
client reads "your bank", the freelancer the client's name, wherever it is shown (the contract
page, the timeline, notices, refusals on the page and through the API)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts import escrow, freezes
from directcontracts.core.errors import DomainError
from directcontracts.notifications.models import Notice
from tests.contracts.factories import funded_milestone

pytestmark = pytest.mark.django_db

THIRD_PERSON = "The client's bank is deciding a chargeback"
FOR_THE_CLIENT = "Your bank is deciding a chargeback; it is lifted when your bank has decided."


@pytest.fixture
def submitted(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="Designs attached")
    milestone.refresh_from_db()
    return contract, client, milestone


def for_the_freelancer(client_user) -> str:
    return f"{client_user.display_name}'s bank is deciding a chargeback"


def _chargeback_freeze(contract, milestone=None):
    return freezes.freeze_escrow(
        contract=contract,
        milestone=milestone,
        source="chargeback",
        reference="chargeback:3",
        reason="A payment for this contract is contested at the bank.",
    )


def _chargeback_hold(contract):
    return freezes.hold_contract(
        contract=contract,
        source="chargeback",
        reference="chargeback:3",
        reason="A payment for this contract is contested at the bank.",
    )


def _page(client, person, contract) -> str:
    client.force_login(person)
    return client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()


def _refused(call, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as refused:
        call(**kwargs)
    return refused.value


def test_the_client_reads_your_bank_on_a_frozen_milestone(client, submitted):
    contract, buyer, milestone = submitted
    _chargeback_freeze(contract, milestone)
    page = _page(client, buyer, contract)
    assert FOR_THE_CLIENT in page
    assert THIRD_PERSON not in page
    assert "The client&#x27;s bank" not in page


def test_the_freelancer_reads_the_clients_name_on_a_frozen_milestone(client, submitted, freelancer):
    contract, buyer, milestone = submitted
    _chargeback_freeze(contract, milestone)
    page = _page(client, freelancer, contract)
    assert for_the_freelancer(buyer).replace("'", "&#x27;") in page
    assert "The client&#x27;s bank" not in page


def test_the_client_reads_your_bank_on_a_contract_on_hold(client, submitted):
    contract, buyer, _ = submitted
    _chargeback_hold(contract)
    page = _page(client, buyer, contract)
    assert FOR_THE_CLIENT in page
    assert "The client&#x27;s bank" not in page


def test_each_partys_notice_of_the_freeze_is_addressed_to_them(submitted, freelancer):
    contract, buyer, milestone = submitted
    _chargeback_freeze(contract, milestone)
    to_client = Notice.objects.get(recipient=buyer, kind="escrow.frozen")
    to_freelancer = Notice.objects.get(recipient=freelancer, kind="escrow.frozen")
    assert FOR_THE_CLIENT in to_client.body
    assert for_the_freelancer(buyer) in to_freelancer.body
    assert THIRD_PERSON not in to_client.body + to_freelancer.body


def test_the_clients_refused_approval_says_your_bank(submitted):
    contract, buyer, milestone = submitted
    _chargeback_freeze(contract, milestone)
    error = _refused(escrow.approve_milestone, milestone=milestone, by=buyer)
    assert error.code == "escrow_frozen"
    assert FOR_THE_CLIENT in error.message
    assert THIRD_PERSON not in error.message


def test_the_freelancers_refused_refund_names_the_clients_bank(submitted, freelancer):
    contract, buyer, milestone = submitted
    _chargeback_freeze(contract, milestone)
    error = _refused(escrow.refund_milestone, milestone=milestone, by=freelancer, reason="Sorry")
    assert for_the_freelancer(buyer) in error.message
    assert THIRD_PERSON not in error.message


def test_the_clients_refused_approval_through_the_api_says_your_bank(client, submitted):
    contract, buyer, milestone = submitted
    _chargeback_freeze(contract, milestone)
    _, secret = create_api_token(user=buyer, name="test")
    response = client.post(
        f"/api/v1/contracts/{contract.pk}/milestones/{milestone.pk}/approve",
        data={},
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}", "Idempotency-Key": "a-1"},
    )
    assert response.status_code == 409
    assert FOR_THE_CLIENT in response.json()["error"]["message"]


def test_each_party_reads_the_timeline_event_addressed_to_them(client, submitted, freelancer):
    contract, buyer, milestone = submitted
    _chargeback_freeze(contract, milestone)
    for person, words in ((buyer, FOR_THE_CLIENT), (freelancer, for_the_freelancer(buyer))):
        _, secret = create_api_token(user=person, name="test")
        response = client.get(
            f"/api/v1/contracts/{contract.pk}/events",
            headers={"Authorization": f"Bearer {secret}"},
        )
        (frozen,) = [e for e in _items(response.json()) if e["kind"] == "escrow.frozen"]
        assert words in frozen["message"]


def test_the_stored_timeline_event_stays_in_the_third_person(submitted):
    contract, _, milestone = submitted
    _chargeback_freeze(contract, milestone)
    assert THIRD_PERSON in contract.events.get(kind="escrow.frozen").message


def _items(body):
    return body["items"] if isinstance(body, dict) else body
