"""Notices read well: each names its contract once (on its own line, not again in the title),
addresses its reader ("you") and names the other party, whatever step of a contract's life
told them. Contract-only steps are here too: disputes sit above contracts, so one life can
go through both."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from directcontracts.contracts import changes, escrow, freezes, messaging
from directcontracts.contracts.models import Contract, ProposalKind
from directcontracts.disputes import dormancy, services
from directcontracts.notifications.models import Notice
from tests.contracts.factories import card, funded_milestone, settle_gateway
from tests.disputes.factories import STATEMENT, accepted_by_both, with_proposal

pytestmark = pytest.mark.django_db


def _fund(milestone, client, frozen_clock) -> None:
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    settle_gateway(frozen_clock)
    milestone.refresh_from_db()


@pytest.fixture
def a_contracts_life(freelancer, monkeypatch, frozen_clock, trust_safety_staff):
    """One contract through most of what notifies its parties: messages, changes accepted and
    declined, funding, review, release, a refund request declined, a dispute to its end, a
    Trust & Safety hold, and the end of the contract."""
    contract, client, design = funded_milestone(freelancer, monkeypatch, frozen_clock)
    build = contract.milestones.get(title="Build")
    messaging.post_message(contract=contract, sender=client, body="Can we talk on Monday?")
    messaging.post_message(contract=contract, sender=freelancer, body="Monday works.")
    proposal = changes.propose_change(
        contract=contract, by=freelancer, kind=ProposalKind.CHANGE_AMOUNT, milestone=build,
        amount_minor=110_000,
    )  # fmt: skip
    changes.accept_change(proposal=proposal, by=client)
    proposal = changes.propose_change(
        contract=contract, by=client, kind=ProposalKind.CHANGE_DUE_DATE, milestone=build,
        due_date=frozen_clock.now().date() + timedelta(days=60),
    )  # fmt: skip
    changes.decline_change(proposal=proposal, by=freelancer)
    escrow.submit_work(milestone=design, by=freelancer, message="Designs attached")
    escrow.request_changes(milestone=design, by=client, message="A bigger logo, please.")
    escrow.submit_work(milestone=design, by=freelancer, message="Bigger logo")
    escrow.approve_milestone(milestone=design, by=client)
    _fund(build, client, frozen_clock)
    request = escrow.request_refund(milestone=build, by=client, reason="Plans changed")
    escrow.answer_refund_request(request=request, by=freelancer, accept=False, note="Work done")
    escrow.submit_work(milestone=build, by=freelancer, message="The site is built")
    dispute = services.open_dispute(milestone=build, by=client, statement=STATEMENT)
    services.add_statement(dispute=dispute, by=freelancer, body="I built what was agreed.")
    services.propose(
        dispute=dispute, by=trust_safety_staff, to_freelancer_minor=80_000,
        to_client_minor=30_000, reason="The contact form is missing.",
    )  # fmt: skip
    accepted_by_both(dispute, client, freelancer)
    hold = freezes.hold_contract(
        contract=contract, source="trust_safety", reference="case:7", reason="A routine check."
    )
    freezes.lift_freeze(freeze=hold, reason="The check is done.")
    changes.end_contract(contract=contract, by=client, reason="All done, thank you.")
    return contract, client


def test_no_notice_of_a_contract_names_it_in_its_title_too(a_contracts_life):
    contract, _ = a_contracts_life
    told = Notice.objects.filter(about=f"Contract #{contract.pk}: {contract.title}")
    assert told.values("kind").distinct().count() >= 15  # the life above reached most kinds
    assert [n.title for n in told if contract.title in n.title] == []


def test_no_notice_to_a_party_describes_them_or_the_other_party_by_role(
    a_contracts_life, freelancer
):
    contract, client = a_contracts_life
    told = Notice.objects.filter(recipient__in=[freelancer, client])
    by_role = [
        (n.kind, n.title, n.body)
        for n in told
        for role in ("the client", "the freelancer", "your client")
        if role in f"{n.title} {n.body}".lower()
    ]
    assert by_role == []


def test_a_message_notice_says_who_wrote_and_leaves_the_contract_to_its_line(
    a_contracts_life, freelancer
):
    contract, client = a_contracts_life
    notice = Notice.objects.get(recipient=freelancer, kind="contract.message_posted")
    assert (notice.title, notice.about) == (
        f"New message from {client.display_name}",
        f"Contract #{contract.pk}: A website for the bakery",
    )


def test_a_proposed_change_says_what_to_do_and_links_the_changes_section(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, design = funded_milestone(freelancer, monkeypatch, frozen_clock)
    changes.propose_change(
        contract=contract, by=client, kind=ProposalKind.CHANGE_DUE_DATE, milestone=design,
        due_date=frozen_clock.now().date() + timedelta(days=60),
    )  # fmt: skip
    notice = Notice.objects.get(recipient=freelancer, kind="contract.change_proposed")
    assert notice.title == f"{client.display_name} proposes a change"
    assert "Accept or decline it in the contract's Changes section" in notice.body
    assert notice.url == f"/contracts/{contract.pk}/#changes"


def test_the_end_of_a_contract_says_who_ended_it_and_why(a_contracts_life, freelancer):
    _, client = a_contracts_life
    notice = Notice.objects.get(recipient=freelancer, kind="contract.ended")
    assert notice.title == f"{client.display_name} ended the contract"
    assert notice.body.startswith("Their reason: “All done, thank you.”")


def test_a_hold_and_its_lifting_are_titled_without_the_contract(a_contracts_life, freelancer):
    titles = set(
        Notice.objects.filter(
            recipient=freelancer, kind__in=["contract.held", "contract.hold_lifted"]
        ).values_list("title", flat=True)
    )
    assert titles == {"This contract is on hold", "The hold on this contract was lifted"}


def test_the_lifted_hold_says_who_lifted_it_and_what_can_happen_again(a_contracts_life, freelancer):
    notice = Notice.objects.get(recipient=freelancer, kind="contract.hold_lifted")
    assert notice.body == (
        "Trust & Safety lifted it: The check is done. Funding and releases on this contract "
        "can go ahead again."
    )


def test_requested_changes_tell_the_freelancer_what_to_do_next(a_contracts_life, freelancer):
    notice = Notice.objects.get(recipient=freelancer, kind="milestone.changes_requested")
    assert notice.body == (
        "Their message: A bigger logo, please.\n\n"
        "Make the changes and submit the milestone again; the review starts anew."
    )


def test_a_declined_refund_request_tells_the_client_what_they_can_still_do(a_contracts_life):
    _, client = a_contracts_life
    notice = Notice.objects.get(recipient=client, kind="milestone.refund_declined")
    assert notice.body == (
        "Their note: Work done\n\nThe money stays in escrow. You can still approve, ask for "
        "changes, or open a dispute."
    )


# --- The dispute's outcome, in each party's words ------------------------------------------


@pytest.fixture
def resolved(freelancer, monkeypatch, frozen_clock, trust_safety_staff):
    """$300.00 to the freelancer and $200.00 back to the client, agreed by both."""
    contract, client, _, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    accepted_by_both(dispute, client, freelancer)
    return contract, client


def test_the_resolved_notice_tells_the_freelancer_their_share_first(resolved, freelancer):
    _, client = resolved
    body = Notice.objects.get(recipient=freelancer, kind="dispute.resolved").body
    assert body.startswith(
        f"The dispute is settled: $300.00 goes to you and $200.00 back to {client.display_name}."
    )


def test_the_resolved_notice_tells_the_client_their_share_first(resolved, freelancer):
    _, client = resolved
    body = Notice.objects.get(recipient=client, kind="dispute.resolved").body
    assert body.startswith(
        "The dispute is settled: $200.00 goes back to you and $300.00 to "
        f"{freelancer.display_name}."
    )


def test_the_mediators_proposal_is_told_to_each_party_as_their_share(resolved, freelancer):
    _, client = resolved
    body = Notice.objects.get(recipient=freelancer, kind="dispute.proposal_made").body
    assert body.startswith(
        f"The mediator proposes: $300.00 goes to you and $200.00 back to {client.display_name}."
    )


# --- Dormant escrow, in each party's words -------------------------------------------------


@pytest.fixture
def dormant(freelancer, monkeypatch, frozen_clock):
    """A contract whose $500 in escrow became dormant (days 76, 83 and 90 after the last due
    date)."""
    contract, client, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    last_due = max(m.due_date for m in contract.milestones.all())
    day_zero = datetime.combine(last_due, time.max, tzinfo=UTC)
    for day in (76, 83, 90):
        frozen_clock.freeze(day_zero + timedelta(days=day))
        dormancy.run_dormancy()
    return contract, client, day_zero


def test_the_dormant_notice_tells_the_freelancer_where_to_ask_for_the_money(
    dormant, freelancer, settings
):
    contract, client, _ = dormant
    notice = Notice.objects.get(recipient=freelancer, kind="escrow.dormant")
    assert notice.title == "Escrow is dormant"
    assert "Request its release by " in notice.body
    assert f"{settings.BASE_URL}/contracts/{contract.pk}/dormant/" in notice.body
    assert notice.body.endswith(f"without a request it returns to {client.display_name}.")
    assert notice.url == f"/contracts/{contract.pk}/dormant/"


def test_money_returned_after_silence_is_told_to_each_party_as_theirs(
    dormant, freelancer, frozen_clock
):
    contract, client, day_zero = dormant
    frozen_clock.freeze(day_zero + timedelta(days=97))
    dormancy.run_dormancy()
    returned = Notice.objects.filter(kind="escrow.dormant_returned")
    assert returned.get(recipient=client).title == "Dormant escrow was returned to you"
    assert returned.get(recipient=freelancer).title == (
        f"Dormant escrow went back to {client.display_name}"
    )


def test_no_dormant_escrow_notice_names_the_contract_in_its_title(dormant, freelancer):
    contract, client, _ = dormant
    dormancy.request_release(contract=Contract.objects.get(pk=contract.pk), by=freelancer)
    titles = list(Notice.objects.filter(kind__startswith="escrow.").values_list("title", flat=True))
    assert len(titles) >= 8
    assert [title for title in titles if contract.title in title] == []


def test_the_respondent_silent_on_a_proposal_is_told_they_would_lose_all_of_the_escrow(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    body = freelancer.notices.get(kind="dispute.proposal_made").body
    assert "you lose by default and all $" in body
    assert "gets what they asked for" not in body


def test_the_respondent_asked_to_accept_too_is_told_silence_loses_all_of_the_escrow(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    services.answer_proposal(dispute=dispute, by=client, accept=True)
    body = freelancer.notices.get(kind="dispute.proposal_accepted").body
    assert "you lose by default and all $" in body
    assert "gets what they asked for" not in body
