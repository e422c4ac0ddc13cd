"""Bad input and refusals that say what to do (issue 11, "bad input and contract gaps"):
the client's email is validated by the API as by the web form, and an illegal transition
names the state in words and what the person can do instead."""

from __future__ import annotations

import pytest

from directcontracts.contracts.models import (
    Contract,
    ContractState,
    Invitation,
    Milestone,
    MilestoneState,
)
from directcontracts.contracts.states import NEXT_STEPS, InvalidTransition
from tests.contracts.factories import active_contract, draft_contract
from tests.contracts.helpers import PAYLOAD, api_caller

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client):
    return api_caller(client)


@pytest.mark.parametrize("email", ["not-an-email", "", "   ", "a@b", "two@at@example.com"])
def test_the_api_refuses_a_client_email_that_is_not_an_address(api, freelancer, email):
    response = api(freelancer, "post", "/contracts", data={**PAYLOAD, "client_email": email})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert "client's email" in error["message"]
    assert not Contract.objects.exists()


def test_editing_a_draft_through_the_api_refuses_a_bad_client_email(api, freelancer):
    contract = draft_contract(freelancer)
    response = api(
        freelancer, "put", f"/contracts/{contract.pk}", data={**PAYLOAD, "client_email": "nope"}
    )
    assert response.status_code == 422
    contract.refresh_from_db()
    assert contract.client_email == "new.client@example.org"


def test_the_api_refuses_a_title_that_is_one_long_word_naming_the_title(api, freelancer):
    response = api(freelancer, "post", "/contracts", data={**PAYLOAD, "title": "x" * 200})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert error["details"]["fields"][0]["field"] == "title"
    assert not Contract.objects.exists()


def test_a_draft_with_a_bad_email_from_before_is_not_sent(api, freelancer):
    contract = draft_contract(freelancer)
    Contract.objects.filter(pk=contract.pk).update(client_email="not-an-email")
    response = api(freelancer, "post", f"/contracts/{contract.pk}/send")
    assert response.status_code == 422
    assert "client's email" in response.json()["error"]["message"]
    contract.refresh_from_db()
    assert contract.state == ContractState.DRAFT
    assert not Invitation.objects.exists()


def test_withdrawing_a_draft_says_what_to_do_instead(api, freelancer):
    contract = draft_contract(freelancer)
    response = api(freelancer, "post", f"/contracts/{contract.pk}/revoke")
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "invalid_transition"
    assert error["message"] == (
        "This contract is already a draft: there is no invitation to withdraw. "
        "Edit it, then send the invitation, or cancel it."
    )
    assert error["details"] == {"current_state": "draft", "requested_state": "draft"}


def test_delivering_on_an_unfunded_milestone_says_the_client_funds_it_first(
    freelancer, monkeypatch
):
    from directcontracts.contracts import escrow
    from directcontracts.core.errors import DomainError

    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    with pytest.raises(DomainError) as refused:
        escrow.submit_work(milestone=milestone, by=freelancer, message="early")
    assert refused.value.message == (
        "This milestone is awaiting funding, so work can't be submitted on it. "
        "The client funds it first; start work once it is funded."
    )


@pytest.mark.parametrize(
    ("model", "state"),
    [(Contract, s) for s in ContractState.values] + [(Milestone, s) for s in MilestoneState.values],
)
def test_every_refused_transition_names_the_state_in_words_and_a_next_step(model, state):
    obj = model(state=state)
    for target in model.ALLOWED_TRANSITIONS:
        message = InvalidTransition(obj, target).message
        assert "can't become" not in message
        assert "_" not in message
        assert message.endswith(NEXT_STEPS[model.__name__.lower()][state])


def test_the_api_refuses_a_milestone_named_with_one_long_word_naming_the_milestone(api, freelancer):
    milestones = [{"title": "z" * 70, "amount_minor": 60000}]
    response = api(freelancer, "post", "/contracts", data={**PAYLOAD, "milestones": milestones})
    assert response.status_code == 422
    assert response.json()["error"]["details"]["fields"][0]["field"] == "milestones.0.title"
    assert not Contract.objects.exists()
