"""A page whose action is no longer possible (an ended contract, a milestone past that step)
answers the same page with the reason and no form, with a 4xx status that says so: 409 when
the contract or milestone is no longer in a state for it, 403 for the other party."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from directcontracts.contracts.models import Contract, ContractState
from tests.contracts.factories import (
    active_contract,
    ended_contract,
    funded_milestone,
    funding_pending,
    sent_invitation,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def ended(freelancer, monkeypatch, frozen_clock):
    """(contract, client, its released first milestone, its never funded second one)."""
    contract, buyer = ended_contract(freelancer, monkeypatch, frozen_clock)
    return contract, buyer, contract.milestones.get(position=1), contract.milestones.get(position=2)


def _url(name, milestone):
    return reverse(f"contracts:{name}", args=[milestone.contract_id, milestone.pk])


def test_an_ended_contracts_fund_page_answers_409_with_the_reason_and_no_forms(client, ended):
    _contract, buyer, _released, unfunded = ended
    client.force_login(buyer)
    response = client.get(_url("fund", unfunded))
    assert response.status_code == 409
    page = response.content.decode()
    assert "nothing more is paid into it" in page
    assert 'name="payment_method"' not in page
    assert 'name="number"' not in page


def test_the_fund_page_of_a_milestone_already_funded_answers_409_with_the_reason(
    client, freelancer, monkeypatch, frozen_clock
):
    _contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(buyer)
    response = client.get(_url("fund", milestone))
    assert response.status_code == 409
    assert "already funded: its money is in escrow" in response.content.decode()


def test_the_fund_page_reopened_after_paying_says_the_payment_is_settling_and_nothing_is_owed(
    client, freelancer, monkeypatch
):
    """The browser's Back button after Pay: the page says what happened to the money."""
    _contract, buyer, milestone, _payment = funding_pending(freelancer, monkeypatch)
    client.force_login(buyer)
    response = client.get(_url("fund", milestone))
    page = response.content.decode()
    assert response.status_code == 409
    assert "already paid for: the payment is settling" in page
    assert "is funding pending" not in page


def test_the_fund_page_answers_the_freelancer_403_saying_the_client_pays(
    client, freelancer, monkeypatch
):
    contract, _buyer = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    response = client.get(_url("fund", contract.milestones.order_by("position").first()))
    assert response.status_code == 403
    assert "Only the client pays milestones into escrow." in response.content.decode()


def test_the_fund_page_of_a_milestone_awaiting_funding_answers_200(client, freelancer, monkeypatch):
    contract, buyer = active_contract(freelancer, monkeypatch)
    client.force_login(buyer)
    response = client.get(_url("fund", contract.milestones.order_by("position").first()))
    assert response.status_code == 200


def test_an_ended_contracts_submit_page_answers_409_with_the_reason_and_no_form(
    client, freelancer, ended
):
    client.force_login(freelancer)
    response = client.get(_url("submit", ended[3]))
    assert response.status_code == 409
    page = response.content.decode()
    assert 'data-error-code="invalid_transition"' in page
    assert '<form method="post" enctype' not in page


def test_approving_on_an_ended_contract_answers_409_with_the_reason(client, ended):
    _contract, buyer, released, _unfunded = ended
    client.force_login(buyer)
    response = client.post(_url("approve", released), {"confirmed": "on"})
    assert response.status_code == 409
    assert 'data-error-code="invalid_transition"' in response.content.decode()


def test_asking_for_changes_on_an_ended_contract_answers_409_with_the_reason(client, ended):
    _contract, buyer, released, _unfunded = ended
    client.force_login(buyer)
    response = client.post(_url("request_changes", released), {"message": "One more thing."})
    assert response.status_code == 409
    assert 'data-error-code="invalid_transition"' in response.content.decode()


# --- A form with a mistake on an ended contract: the state answers first ------------------------

# (form, who posts, which milestone, a form with a mistake in it)
MISTYPED_FORMS_OF_AN_ENDED_CONTRACT = [
    ("propose", "freelancer", None, {"kind": "no_such_change"}),
    ("fund", "client", "unfunded", {}),
    ("fund", "client", "unfunded", {"number": "not a card"}),
    ("submit", "freelancer", "unfunded", {}),
    ("approve", "client", "released", {"amount": "abc"}),
    ("approve", "client", "released", {"confirmed": "on", "amount": "abc"}),
    ("request_changes", "client", "released", {}),
    ("extend", "client", "released", {"days": 99}),
    ("refund", "freelancer", "released", {"amount": "abc"}),
    ("refund_request", "client", "released", {}),
    ("end", "freelancer", None, {}),
]


@pytest.mark.parametrize(("name", "who", "which", "data"), MISTYPED_FORMS_OF_AN_ENDED_CONTRACT)
def test_a_mistyped_form_on_an_ended_contract_is_refused_for_the_contracts_state_not_the_form(
    client, freelancer, ended, name, who, which, data
):
    contract, buyer, released, unfunded = ended
    client.force_login(freelancer if who == "freelancer" else buyer)
    milestone = {"released": released, "unfunded": unfunded}.get(which or "")
    url = _url(name, milestone) if milestone else reverse(f"contracts:{name}", args=[contract.pk])
    response = client.post(url, data)
    page = response.content.decode()
    assert response.status_code == 409
    assert 'data-error-code="invalid_transition"' in page
    assert re.search(r"This contract is (already )?ended", page)


def test_a_mistyped_feedback_on_an_active_contract_says_feedback_opens_at_the_end(
    client, freelancer, monkeypatch
):
    contract, _buyer = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    response = client.post(reverse("contracts:feedback", args=[contract.pk]), {"rating": "9"})
    assert response.status_code == 409
    assert "Feedback opens once the contract has ended." in response.content.decode()


def test_an_empty_message_on_an_ended_contract_is_still_a_form_error_as_messages_stay_open(
    client, freelancer, ended
):
    client.force_login(freelancer)
    response = client.post(reverse("contracts:message", args=[ended[0].pk]), {"body": ""})
    assert response.status_code == 400


def test_an_empty_message_on_a_declined_contract_is_refused_for_its_state(
    client, freelancer, monkeypatch
):
    contract, invitation, _token = sent_invitation(freelancer)
    Contract.objects.filter(pk=contract.pk).update(state=ContractState.DECLINED)
    client.force_login(freelancer)
    response = client.post(reverse("contracts:message", args=[contract.pk]), {"body": ""})
    assert response.status_code == 409
    assert "Messages open once the client has accepted the contract." in response.content.decode()
