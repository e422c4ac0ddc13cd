"""A dispute in Chromium: the client disputes, both parties give their side, a Trust & Safety
mediator proposes a split, both accept; balances and the timeline show it (1280 and 390 px)."""

import re

import pytest

from directcontracts.contracts import escrow
from directcontracts.core import clock
from directcontracts.disputes import services
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments.sandbox import deliver_due
from tests.accounts.factories import StaffFactory
from tests.contracts.factories import active_contract, card
from tests.e2e.conftest import check_accessibility
from tests.e2e.helpers import CLIENT_PASSWORD
from tests.e2e.signing import sign_in, sign_in_staff

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_client_disputes_and_both_accept_the_mediators_split(new_page, freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    clock.advance(seconds=60)
    deliver_due()
    escrow.submit_work(milestone=milestone, by=freelancer, message="The design, as agreed.")
    staff = StaffFactory(email="tom.trust@example.com", groups=["trust_safety"])

    # The client disputes from the contract page (desktop).
    cl = new_page(1280)
    sign_in(cl, client.email, CLIENT_PASSWORD)
    cl.goto(f"/contracts/{contract.pk}/")
    cl.get_by_role("link", name="Open a dispute").click()
    check_accessibility(cl, "dispute-open-1280")
    cl.get_by_label("Your side").fill("The design ignores the brand colours we agreed on.")
    cl.get_by_label("What you ask for").fill("250.00")
    cl.get_by_role("button", name="Open the dispute").click()
    cl.get_by_test_id("dispute-state").get_by_text(
        f"Waiting for {freelancer.display_name}'s response"
    ).wait_for()
    cl.get_by_test_id("dispute-countdown").get_by_text(
        re.compile(r"Response due in\s+(5 d 0 h|4 d 23 h)")
    ).wait_for()
    dispute_url = cl.url

    # The freelancer answers on a phone.
    fl = new_page(390, 844)
    sign_in(fl, freelancer.email)
    fl.goto(f"/contracts/{contract.pk}/")
    fl.get_by_test_id("milestone-freeze-1").wait_for()
    check_accessibility(fl, "contract-frozen-390")
    fl.goto(dispute_url)
    fl.get_by_text("you lose by default").wait_for()
    check_accessibility(fl, "dispute-respond-390")
    fl.get_by_label("Your side").fill("The colours follow the style guide the client sent.")
    fl.get_by_role("button", name="Send your statement").click()
    fl.get_by_test_id("dispute-state").get_by_text("In mediation").wait_for()
    assert fl.get_by_test_id("statement").count() == 2

    # A Trust & Safety member takes it from the queue and proposes a split.
    st = new_page(1280)
    sign_in_staff(st, staff)
    st.goto("/staff/disputes/")
    check_accessibility(st, "dispute-queue-1280")
    st.get_by_role("link", name=re.compile(r"“Design”")).click()
    st.get_by_role("button", name="Assign to me").click()
    st.get_by_label("To the freelancer (before the service fee)").fill("300.00")
    st.get_by_label("Back to the client").fill("200.00")
    st.get_by_label("Reason (both parties read it)").fill(
        "The design is complete; the colours need one more round."
    )
    check_accessibility(st, "dispute-staff-1280")
    st.get_by_role("button", name="Send the proposal").click()
    st.get_by_test_id("dispute-state").get_by_text("Proposal made").wait_for()

    # Both accept; the split is executed at once.
    cl.goto(dispute_url)
    cl.get_by_test_id("proposal-shares").get_by_text(
        "$300.00 to the freelancer and $200.00 back to the client"
    ).wait_for()
    check_accessibility(cl, "dispute-proposal-1280")
    cl.get_by_role("button", name="Accept the proposal").click()
    # The confirmation (the history says the same in its own entry).
    cl.get_by_role("status").get_by_text("You accepted the proposal.").wait_for()
    cl.get_by_role("listitem").filter(has_text="You accepted the proposal.").wait_for()
    fl.goto(dispute_url)
    fl.get_by_role("button", name="Accept the proposal").click()
    fl.get_by_test_id("dispute-state").get_by_text("Resolved: split").wait_for()
    fl.get_by_test_id("dispute-outcome").get_by_text(
        re.compile(r"service fee of \$15\.00")
    ).wait_for()
    check_accessibility(fl, "dispute-resolved-390")

    # Balances: the freelancer's $300 less the 5 % fee; nothing left in escrow.
    fl.goto("/earnings/")
    fl.get_by_test_id("available-USD").get_by_text("$285.00").wait_for()
    check_accessibility(fl, "dispute-earnings-390")
    cl.goto(f"/contracts/{contract.pk}/")
    cl.get_by_test_id("milestone-state-1").get_by_text("Released").wait_for()
    timeline = cl.get_by_role("region", name="Activity")
    for kind in ("dispute.opened", "dispute.proposal_made", "dispute.resolved", "milestone.split"):
        timeline.locator(f'[data-kind="{kind}"]').first.wait_for()
    check_accessibility(cl, "dispute-contract-timeline-1280")
    assert verify_ledger() == []


def test_a_decision_asks_for_confirmation_before_the_money_moves(new_page, freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    clock.advance(seconds=60)
    deliver_due()
    escrow.submit_work(milestone=milestone, by=freelancer, message="The design, as agreed.")
    mediator = StaffFactory(email="tom.trust@example.com", groups=["trust_safety"])
    decider = StaffFactory(email="dana.decider@example.com", groups=["trust_safety"])
    dispute = services.open_dispute(milestone=milestone, by=client, statement="Wrong colours.")
    services.add_statement(dispute=dispute, by=freelancer, body="The style guide's colours.")
    services.propose(
        dispute=dispute,
        by=mediator,
        to_freelancer_minor=30_000,
        to_client_minor=20_000,
        reason="The design is complete; the colours need one more round.",
    )
    services.answer_proposal(dispute=dispute, by=client, accept=False)

    # Another Trust & Safety member decides on a phone; the first step only shows what moves.
    st = new_page(390, 844)
    sign_in_staff(st, decider)
    st.goto(f"/disputes/{dispute.pk}/")
    st.get_by_label("To the freelancer (before the service fee)").fill("350")
    st.get_by_label("Back to the client").fill("150")
    st.get_by_label("Reason (both parties read it)").fill("The brief named no colours.")
    st.get_by_role("button", name="Decide and execute").click()
    summary = st.get_by_test_id("decision-summary")
    summary.get_by_text("$350.00").wait_for()
    summary.get_by_text("$150.00").wait_for()
    summary.get_by_text("The brief named no colours.").wait_for()
    check_accessibility(st, "dispute-decide-confirm-390")
    milestone.refresh_from_db()
    assert milestone.escrow_minor == 50_000

    # "Back" leads to the dispute, with nothing moved; confirming executes the decision.
    back = st.get_by_role("link", name="Back", exact=True)
    assert back.get_attribute("href") == f"/disputes/{dispute.pk}/#staff"
    st.get_by_role("button", name="Confirm and execute").click()
    st.get_by_role("status").get_by_text("The decision was executed.").wait_for()
    st.get_by_test_id("dispute-state").get_by_text("Resolved: split").wait_for()
    assert verify_ledger() == []
