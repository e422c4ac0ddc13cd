"""The progress steps of a contract and the one next step for the person looking."""

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow, invitations, progress, services
from directcontracts.contracts.models import MilestoneState
from tests.contracts.factories import (
    active_contract,
    card,
    draft_contract,
    funded_milestone,
    milestone,
    proven_access,
    sent_invitation,
    settle_gateway,
)
from tests.contracts.helpers import progress_items

pytestmark = pytest.mark.django_db


def _next(contract, role):
    return progress.next_step(contract, list(contract.milestones.order_by("position")), role)


def _paid_not_settled(freelancer, monkeypatch, **overrides):
    """The client paid the first milestone; the gateway has not settled it yet."""
    contract, client = active_contract(freelancer, monkeypatch, **overrides)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDING_PENDING
    return contract


def _current_on_page(client, contract):
    """The current progress step of the contract page, as the signed-in person sees it."""
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    return [item for item in progress_items(page) if item[0] == "current"]


def _current(contract):
    return [
        s["label"]
        for s in progress.steps(contract, list(contract.milestones.order_by("position")))
        if s["current"]
    ]


def test_a_funded_milestone_makes_submitted_the_current_step(freelancer, monkeypatch, frozen_clock):
    contract, _, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    assert _current(contract) == ["Submitted"]


def test_a_new_contract_waits_for_funding(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    assert _current(contract) == ["Funded"]


def test_the_client_is_told_to_fund_and_the_freelancer_to_wait(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    ordered = list(contract.milestones.order_by("position"))
    for_client = progress.next_step(contract, ordered, "client")
    for_freelancer = progress.next_step(contract, ordered, "freelancer")
    assert for_client.yours
    assert for_client.text.startswith("Fund “Design”")
    assert for_client.when.startswith("due ")
    assert not for_freelancer.yours
    assert "don't start work" in for_freelancer.text


def test_in_review_the_client_sees_the_auto_release_deadline(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="Done.", files=[])
    client.force_login(buyer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert (
        'aria-current="step">In review<span class="visually-hidden"> (current)</span></li>' in page
    )
    assert "Your next step:</strong> Review “Design”" in page
    assert "UTC)" in page


def test_a_draft_asks_the_freelancer_to_send_it(client, freelancer):
    contract = draft_contract(freelancer)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert 'data-testid="next-step"' in page
    assert 'aria-current="step">Draft<span class="visually-hidden"> (current)</span></li>' in page


def test_on_a_draft_nothing_is_marked_done_and_the_draft_is_the_current_step(client, freelancer):
    contract = draft_contract(freelancer)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    items = progress_items(page)
    assert items[0] == ("current", "Draft", "current")
    assert items[1] == ("todo", "Invited", "not yet")
    assert all(item == ("todo", item[1], "not yet") for item in items[1:])


def test_awaiting_funding_marks_funded_current_not_done(client, freelancer, monkeypatch):
    contract, buyer = active_contract(freelancer, monkeypatch)
    client.force_login(buyer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    items = progress_items(page)
    assert items[:4] == [
        ("done", "Invited", "done"),
        ("done", "Accepted", "done"),
        ("current", "Funded", "current: not funded yet"),
        ("todo", "Submitted", "not yet"),
    ]


def test_while_a_payment_settles_the_funded_step_says_it_is_settling(
    client, freelancer, monkeypatch
):
    contract = _paid_not_settled(freelancer, monkeypatch)
    client.force_login(contract.client)
    assert _current_on_page(client, contract) == [
        ("current", "Funded", "current: paid; the payment is settling, not in escrow yet")
    ]


def test_the_freelancer_reads_the_work_underway_as_their_own(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, _, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(freelancer)
    assert _current_on_page(client, contract) == [
        ("current", "Submitted", "current: you are working on it; nothing is submitted yet")
    ]


def test_a_funded_milestone_does_not_tell_the_client_it_is_submitted(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(buyer)
    assert _current_on_page(client, contract) == [
        (
            "current",
            "Submitted",
            "current: the freelancer is working on it; nothing is submitted yet",
        )
    ]


def test_while_a_payment_settles_the_client_is_told_to_wait_not_that_everything_is_finished(
    freelancer, monkeypatch
):
    only_one = [milestone("Design", 50_000)]  # nothing else the client could do meanwhile
    step = _next(_paid_not_settled(freelancer, monkeypatch, milestones=only_one), "client")
    assert not step.yours
    assert step.text.startswith("Your payment for “Design” is settling")
    assert "finished" not in step.text


def test_while_a_payment_settles_the_freelancer_is_told_not_to_start_work_yet(
    freelancer, monkeypatch
):
    step = _next(_paid_not_settled(freelancer, monkeypatch), "freelancer")
    assert not step.yours
    assert "settling" in step.text
    assert "Don't start work until it is funded" in step.text


def test_while_a_payment_settles_the_client_is_told_to_fund_the_next_milestone(
    freelancer, monkeypatch
):
    contract = _paid_not_settled(freelancer, monkeypatch)
    build = contract.milestones.get(position=2)
    step = _next(contract, "client")
    assert step.yours
    assert step.text == "Fund “Build” so that work on it can start."
    assert step.href == f"#milestone-{build.pk}"


def test_while_the_client_reviews_the_freelancer_is_told_to_submit_a_later_funded_milestone(
    freelancer, monkeypatch, frozen_clock
):
    contract, buyer, design = funded_milestone(freelancer, monkeypatch, frozen_clock)
    build = contract.milestones.get(position=2)
    escrow.fund_milestone(milestone=build, by=buyer, method=card(buyer))
    settle_gateway(frozen_clock)
    escrow.submit_work(milestone=design, by=freelancer, message="Done.", files=[])
    step = _next(contract, "freelancer")
    assert step.yours
    assert step.text == "Submit the work for “Build”."


def test_when_every_milestone_is_finished_the_client_is_told_feedback_follows_the_end(
    freelancer, monkeypatch
):
    contract, _ = active_contract(freelancer, monkeypatch)
    contract.milestones.update(state=MilestoneState.RELEASED)
    step = _next(contract, "client")
    assert step.yours
    assert step.text.endswith("end the contract and leave feedback.")


def test_when_every_milestone_was_refunded_the_freelancer_is_not_told_to_withdraw_earnings(
    freelancer, monkeypatch
):
    contract, _ = active_contract(freelancer, monkeypatch)
    contract.milestones.update(state=MilestoneState.REFUNDED)
    step = _next(contract, "freelancer")
    assert "earnings" not in step.text
    assert "refunded to the client" in step.text


def test_when_a_milestone_was_released_the_freelancer_is_told_to_withdraw_earnings(
    freelancer, monkeypatch
):
    contract, _ = active_contract(freelancer, monkeypatch)
    contract.milestones.update(state=MilestoneState.REFUNDED)
    contract.milestones.filter(position=1).update(state=MilestoneState.RELEASED)
    step = _next(contract, "freelancer")
    assert step.text.startswith("Every milestone is finished: withdraw your earnings")


@pytest.mark.parametrize("role", ["client", "freelancer"])
def test_every_open_milestone_state_has_its_own_next_step_never_the_finished_one(
    freelancer, monkeypatch, role
):
    contract, _ = active_contract(freelancer, monkeypatch)
    open_states = [s for s in MilestoneState if s not in progress.FINISHED]
    for state in open_states:
        contract.milestones.update(state=state)
        step = _next(contract, role)
        assert step is None or "finished" not in step.text, state


def test_the_clients_next_step_links_to_the_card_of_the_milestone_to_fund(
    client, freelancer, monkeypatch
):
    contract, buyer = active_contract(freelancer, monkeypatch)
    first = contract.milestones.order_by("position").first()
    client.force_login(buyer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    box = page.split('data-testid="next-step"', 1)[1].split("</p>", 1)[0]
    assert f'href="#milestone-{first.pk}">Go to “Design” to fund it</a>' in box
    assert f'id="milestone-{first.pk}"' in page


def test_the_freelancers_next_step_links_to_the_card_to_submit_work_on(
    freelancer, monkeypatch, frozen_clock
):
    contract, _, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    step = _next(contract, "freelancer")
    assert (step.href, step.link) == (
        f"#milestone-{milestone.pk}",
        "Go to “Design” to submit the work",
    )


def test_a_step_someone_else_takes_has_no_link(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    assert _next(contract, "freelancer").href == ""


def test_a_contract_refunded_in_full_has_no_current_step(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    contract.milestones.update(state=MilestoneState.REFUNDED)
    assert _current(contract) == []


def test_a_contract_refunded_in_full_ends_its_steps_at_the_refund(client, freelancer, monkeypatch):
    contract, buyer = active_contract(freelancer, monkeypatch)
    contract.milestones.update(state=MilestoneState.REFUNDED)
    client.force_login(buyer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert progress_items(page) == [
        ("done", "Invited", "done"),
        ("done", "Accepted", "done"),
        ("done", "Funded", "done"),
        (
            "done",
            "Refunded",
            "done: every milestone was refunded to the client; nothing further happens to them",
        ),
    ]


def test_when_the_last_milestone_was_refunded_the_steps_follow_the_last_one_released(
    freelancer, monkeypatch
):
    contract, _ = active_contract(freelancer, monkeypatch)
    contract.milestones.filter(position=1).update(state=MilestoneState.RELEASED)
    contract.milestones.filter(position=2).update(state=MilestoneState.REFUNDED)
    assert _current(contract) == ["Paid out"]


# --- An invitation that did not lead to a contract stops the steps where it stopped ------------


def _freelancers_steps(client, freelancer, contract):
    client.force_login(freelancer)
    return progress_items(
        client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    )


def test_a_declined_contracts_steps_stop_at_declined_and_never_mark_accepted(
    client, freelancer, monkeypatch
):
    contract, invitation, _ = sent_invitation(freelancer)
    invitations.decline_invitation(
        invitation=invitation, access=proven_access(invitation, monkeypatch), reason="Later"
    )
    assert _freelancers_steps(client, freelancer, contract) == [
        ("done", "Invited", "done"),
        (
            "stopped",
            "Declined",
            "stopped: the client declined the invitation; the contract was not accepted",
        ),
    ]


def test_an_expired_invitations_steps_stop_at_the_expiry(
    client, freelancer, frozen_clock, settings
):
    contract, _invitation, _ = sent_invitation(freelancer)
    frozen_clock.advance(days=settings.INVITATION_EXPIRY_DAYS, seconds=1)
    items = _freelancers_steps(client, freelancer, contract)
    assert [label for _, label, _ in items] == ["Invited", "Invitation expired"]
    assert items[1][0] == "stopped"


def test_a_withdrawn_invitations_cancelled_contract_stops_at_withdrawn(client, freelancer):
    contract, _invitation, _ = sent_invitation(freelancer)
    services.cancel_contract(contract=contract, by=freelancer)
    items = _freelancers_steps(client, freelancer, contract)
    assert [(state, label) for state, label, _ in items] == [
        ("done", "Invited"),
        ("stopped", "Withdrawn"),
    ]


def test_a_draft_cancelled_unsent_shows_it_was_never_invited(client, freelancer):
    contract = draft_contract(freelancer)
    services.cancel_contract(contract=contract, by=freelancer)
    assert [label for _, label, _ in _freelancers_steps(client, freelancer, contract)] == [
        "Cancelled"
    ]


def test_an_invitation_still_open_keeps_accepted_as_the_current_step(client, freelancer):
    contract, _invitation, _ = sent_invitation(freelancer)
    items = _freelancers_steps(client, freelancer, contract)
    assert items[1][:2] == ("current", "Accepted")
