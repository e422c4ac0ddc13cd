from datetime import timedelta

import pytest
from django.urls import reverse

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts import changes
from directcontracts.contracts.models import ContractState, MilestoneState, ProposalKind
from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from tests.contracts.factories import active_contract, agreed_change, proposed_change

pytestmark = pytest.mark.django_db


@pytest.fixture
def active(freelancer, monkeypatch):
    return active_contract(freelancer, monkeypatch)


def test_a_new_milestone_is_added_when_the_other_party_accepts(active, freelancer):
    contract, client = active
    proposal = changes.propose_change(
        contract=contract,
        by=freelancer,
        kind=ProposalKind.ADD_MILESTONE,
        title="Extra landing page",
        amount_minor=30_000,
    )
    assert contract.milestones.count() == 2
    changes.accept_change(proposal=proposal, by=client)
    added = contract.milestones.order_by("-position").first()
    assert (added.title, added.amount_minor, added.state) == (
        "Extra landing page",
        30_000,
        MilestoneState.AWAITING_FUNDING,
    )


def test_the_author_cannot_accept_their_own_proposal(active, freelancer):
    contract, _ = active
    proposal = changes.propose_change(
        contract=contract,
        by=freelancer,
        kind=ProposalKind.ADD_MILESTONE,
        title="More",
        amount_minor=30_000,
    )
    with pytest.raises(DomainError) as refused:
        changes.accept_change(proposal=proposal, by=freelancer)
    assert refused.value.code == "wrong_party"


def test_the_client_can_propose_a_new_due_date(active, freelancer):
    contract, client = active
    milestone = contract.milestones.order_by("position").first()
    new_date = clock.now().date() + timedelta(days=60)
    agreed_change(
        contract,
        client,
        freelancer,
        kind=ProposalKind.CHANGE_DUE_DATE,
        milestone=milestone,
        due_date=new_date,
    )
    milestone.refresh_from_db()
    assert milestone.due_date == new_date


def test_an_unfunded_milestones_amount_changes_by_agreement(active, freelancer):
    contract, client = active
    milestone = contract.milestones.order_by("position").first()
    agreed_change(
        contract,
        freelancer,
        client,
        kind=ProposalKind.CHANGE_AMOUNT,
        milestone=milestone,
        amount_minor=65_000,
    )
    milestone.refresh_from_db()
    assert milestone.amount_minor == 65_000


def test_a_declined_proposal_changes_nothing_and_cannot_be_accepted_later(active, freelancer):
    contract, client = active
    proposal = changes.propose_change(
        contract=contract,
        by=freelancer,
        kind=ProposalKind.ADD_MILESTONE,
        title="More",
        amount_minor=30_000,
    )
    changes.decline_change(proposal=proposal, by=client)
    with pytest.raises(DomainError) as refused:
        changes.accept_change(proposal=proposal, by=client)
    assert refused.value.code == "invalid_transition"
    assert contract.milestones.count() == 2


def test_a_banned_new_milestone_is_refused(active, freelancer):
    contract, _ = active
    with pytest.raises(DomainError) as refused:
        changes.propose_change(
            contract=contract,
            by=freelancer,
            kind=ProposalKind.ADD_MILESTONE,
            title="Buy 500 fake five-star reviews for the Amazon listing",
            amount_minor=30_000,
        )
    assert refused.value.code == "policy_blocked"


def test_a_stranger_cannot_propose(active, stranger_freelancer):
    contract, _ = active
    with pytest.raises(DomainError) as refused:
        changes.propose_change(
            contract=contract,
            by=stranger_freelancer,
            kind=ProposalKind.ADD_MILESTONE,
            title="x",
            amount_minor=30_000,
        )
    assert refused.value.code == "wrong_party"


def test_ending_is_refused_while_money_is_in_escrow(active, freelancer):
    contract, _ = active
    contract.milestones.filter(position=1).update(state=MilestoneState.FUNDED)
    with pytest.raises(DomainError) as refused:
        changes.end_contract(contract=contract, by=freelancer)
    assert refused.value.code == "money_in_escrow"


def test_either_party_ends_the_contract_and_both_leave_feedback_once(active, freelancer):
    contract, client = active
    changes.end_contract(contract=contract, by=client, reason="All done")
    contract.refresh_from_db()
    assert contract.state == ContractState.ENDED
    changes.leave_feedback(contract=contract, by=client, rating=5, comment="Great work")
    changes.leave_feedback(contract=contract, by=freelancer, rating=4)
    with pytest.raises(DomainError) as refused:
        changes.leave_feedback(contract=contract, by=client, rating=1)
    assert refused.value.code == "feedback_already_given"


def test_feedback_is_refused_before_the_end_and_out_of_range(active, freelancer):
    contract, client = active
    with pytest.raises(DomainError):
        changes.leave_feedback(contract=contract, by=client, rating=5)
    changes.end_contract(contract=contract, by=client)
    contract.refresh_from_db()
    with pytest.raises(DomainError) as refused:
        changes.leave_feedback(contract=contract, by=client, rating=6)
    assert refused.value.code == "invalid_rating"


def _notice(person, kind):
    from directcontracts.notifications.models import Notice

    return Notice.objects.get(recipient=person, kind=kind)


def _proposal_on_the_first_milestone(contract, by, **change):
    milestone = contract.milestones.order_by("position").first()
    return milestone, proposed_change(contract, by, milestone=milestone, **change)


def _propose_new_amount(contract, by, amount_minor=65_000, note=""):
    return _proposal_on_the_first_milestone(
        contract, by, kind=ProposalKind.CHANGE_AMOUNT, amount_minor=amount_minor, note=note
    )


def test_a_proposed_amount_tells_the_other_party_from_what_to_what_their_note_and_where_to_answer(
    active, freelancer
):
    contract, client = active
    milestone, _ = _propose_new_amount(contract, client, note="The menu page needs ordering too.")
    body = _notice(freelancer, "contract.change_proposed").body
    assert body.startswith(f"Change “{milestone.title}” from $500.00 to $650.00.")
    assert "Their note: “The menu page needs ordering too.”" in body
    assert "Accept or decline it in the contract's Changes section" in body


def test_an_accepted_amount_tells_the_proposer_the_old_and_the_new_amount(active, freelancer):
    contract, client = active
    milestone, proposal = _propose_new_amount(contract, client)
    changes.accept_change(proposal=proposal, by=freelancer)
    body = _notice(client, "contract.change_accepted").body
    assert body.startswith(
        f"Agreed: change “{milestone.title}” from $500.00 to $650.00. The contract now says so."
    )


def test_the_contract_page_shows_a_pending_amount_change_from_the_old_amount_to_the_new(
    active, freelancer, client
):
    from django.urls import reverse

    contract, buyer = active
    _propose_new_amount(contract, buyer)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert "· from $500.00 to $650.00</p>" in page


# --- A proposed due date that passed while the proposal waited ---------------------------------


def _due_date_proposal_that_passed(contract, by, frozen_clock):
    milestone, proposal = _proposal_on_the_first_milestone(
        contract,
        by,
        kind=ProposalKind.CHANGE_DUE_DATE,
        due_date=clock.now().date() + timedelta(days=2),
    )
    frozen_clock.advance(days=5)
    return proposal, milestone


def test_accepting_a_due_date_that_has_passed_is_refused_and_changes_nothing(
    freelancer, monkeypatch, frozen_clock
):
    contract, client = active_contract(freelancer, monkeypatch)
    proposal, milestone = _due_date_proposal_that_passed(contract, client, frozen_clock)
    agreed_before = milestone.due_date
    with pytest.raises(DomainError) as refused:
        changes.accept_change(proposal=proposal, by=freelancer)
    assert (refused.value.code, refused.value.status) == ("proposal_due_date_passed", 409)
    assert "propose a new due date" in refused.value.message
    milestone.refresh_from_db()
    proposal.refresh_from_db()
    assert (milestone.due_date, proposal.state) == (agreed_before, "pending")


def test_accepting_a_new_milestone_whose_due_date_has_passed_is_refused(
    freelancer, monkeypatch, frozen_clock
):
    contract, client = active_contract(freelancer, monkeypatch)
    milestones_before = contract.milestones.count()
    proposal = changes.propose_change(
        contract=contract,
        by=freelancer,
        kind=ProposalKind.ADD_MILESTONE,
        title="Extra page",
        amount_minor=30_000,
        due_date=clock.now().date() + timedelta(days=1),
    )
    frozen_clock.advance(days=3)
    with pytest.raises(DomainError) as refused:
        changes.accept_change(proposal=proposal, by=client)
    assert refused.value.code == "proposal_due_date_passed"
    assert contract.milestones.count() == milestones_before


def test_the_contract_page_says_in_words_that_the_proposed_date_has_passed(
    freelancer, monkeypatch, frozen_clock, client
):
    contract, contract_client = active_contract(freelancer, monkeypatch)
    proposal, _ = _due_date_proposal_that_passed(contract, contract_client, frozen_clock)
    client.force_login(freelancer)
    response = client.post(reverse("contracts:proposal_answer", args=[proposal.pk, "accept"]))
    page = response.content.decode()
    assert response.status_code == 409
    assert 'data-error-code="proposal_due_date_passed"' in page
    assert "a day that has passed, so it can&#x27;t be accepted" in page


def test_the_api_refuses_a_passed_due_date_with_its_code(
    freelancer, monkeypatch, frozen_clock, client
):
    contract, contract_client = active_contract(freelancer, monkeypatch)
    proposal, _ = _due_date_proposal_that_passed(contract, contract_client, frozen_clock)
    _, secret = create_api_token(user=freelancer, name="test")
    response = client.post(
        f"/api/v1/proposals/{proposal.pk}/accept", headers={"Authorization": f"Bearer {secret}"}
    )
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "proposal_due_date_passed"
