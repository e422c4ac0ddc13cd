"""The whole fixed-price path in Chromium, freelancer and client in two browser contexts."""

import re

import pytest

from directcontracts.core import clock
from tests.contracts.factories import active_contract
from tests.e2e.conftest import check_accessibility
from tests.e2e.helpers import CLIENT_PASSWORD, link_in, settle
from tests.e2e.signing import sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_creation_to_payout_with_changes_requested_then_approval(
    new_page, live_server, mailoutbox, settings, freelancer, tmp_path
):
    settings.BASE_URL = live_server.url
    settings.MEDIA_ROOT = tmp_path
    fl = new_page()
    sign_in(fl, freelancer.email)
    fl.goto("/contracts/new/")
    fl.get_by_label("Client's name").fill("Nora Newclient")
    fl.get_by_label("Client's email").fill("nora@example.org")
    fl.get_by_label("Contract title").fill("Bakery website")
    fl.get_by_label("Scope of work").fill("Five pages and a contact form.")
    fl.get_by_label("Category").select_option("web-development")
    fl.get_by_role("group", name="Milestone 1").get_by_label("Milestone").fill("Design")
    fl.get_by_role("group", name="Milestone 1").get_by_label("Amount").fill("500")
    fl.get_by_role("button", name="Save draft").click()
    fl.get_by_role("button", name=re.compile("Send invitation")).click()

    cl = new_page()
    cl.goto(link_in(mailoutbox, r"https?://\S+/invitations/\S+/"))
    cl.get_by_role("button", name="Email me a code").click()
    cl.get_by_label("6-digit code").fill(re.search(r"(\d{6})", mailoutbox[-1].subject).group(1))
    cl.get_by_role("button", name="Confirm code").click()
    cl.get_by_label("Your name").fill("Nora Newclient")
    cl.get_by_label("Country").select_option("GB")
    cl.get_by_label("Password").fill(CLIENT_PASSWORD)
    cl.get_by_label("I accept the contract terms").check()
    cl.get_by_role("button", name="Accept the contract").click()

    # Fund with the sandbox's succeeding test card.
    cl.get_by_role("link", name="Fund this milestone").click()
    cl.get_by_label("Card or account number").fill("4242 4242 4242 4242")
    cl.get_by_role("button", name="Add payment method").click()
    check_accessibility(cl, "fund")
    cl.get_by_role("button", name=re.compile(r"Pay \$517\.00 into escrow")).click()
    cl.get_by_test_id("milestone-state-1").get_by_text("Funding pending").wait_for()
    settle()

    fl.goto(fl.url)
    fl.get_by_test_id("milestone-state-1").get_by_text("Funded").wait_for()
    fl.get_by_role("link", name="Submit work").click()
    fl.get_by_label("Message to the client").fill("First designs attached.")
    drafts = tmp_path / "homepage.txt"
    drafts.write_text("Homepage copy, first draft.")
    fl.get_by_label("Files").set_input_files(str(drafts))
    check_accessibility(fl, "submit")
    fl.get_by_role("button", name="Submit for review").click()
    fl.get_by_test_id("milestone-state-1").get_by_text("Submitted").wait_for()

    cl.reload()
    cl.get_by_text("Homepage copy, first draft.").wait_for()
    cl.get_by_text("The full file unlocks at release.").wait_for()
    cl.get_by_label("Ask for changes").fill("Warmer colours, please.")
    cl.get_by_role("button", name="Request changes").click()
    cl.get_by_test_id("milestone-state-1").get_by_text("Changes requested").wait_for()
    cl.get_by_test_id("change-request-1").get_by_text("Warmer colours, please.").wait_for()

    fl.reload()
    # The freelancer sees the request on the milestone, not only in the activity log.
    fl.get_by_test_id("change-request-1").get_by_text("Warmer colours, please.").wait_for()
    check_accessibility(fl, "change-request-freelancer")
    fl.get_by_role("link", name="Submit work").click()
    fl.get_by_label("Message to the client").fill("Warmer colours done.")
    fl.get_by_role("button", name="Submit for review").click()

    cl.reload()
    # The money action, the secondary ones and the destructive one each look different.
    looks = {
        name: cl.get_by_role("button", name=name).evaluate(
            "b => getComputedStyle(b).backgroundColor + getComputedStyle(b).color"
        )
        for name in ("Approve and release", "Request changes", "Extend the review once")
    }
    assert looks["Approve and release"] != looks["Request changes"]
    assert looks["Request changes"] == looks["Extend the review once"]
    cl.get_by_role("button", name="Approve and release").click()
    summary = cl.get_by_test_id("release-summary")
    for figure in ("$500.00", "$25.00", "$475.00"):  # released, fee, the freelancer receives
        summary.get_by_text(figure).wait_for()
    cl.get_by_text("This cannot be undone.").wait_for()
    check_accessibility(cl, "release-confirm-1280")
    cl.set_viewport_size({"width": 390, "height": 844})
    check_accessibility(cl, "release-confirm-390")
    cl.set_viewport_size({"width": 1280, "height": 900})
    cl.get_by_role("button", name="Confirm and release").click()
    cl.get_by_test_id("milestone-state-1").get_by_text("Released").wait_for()
    check_accessibility(cl, "milestone-released-client")

    # After the security hold, the freelancer withdraws to a sandbox bank account.
    clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    fl.goto("/earnings/")
    fl.get_by_label("Account number").fill("000123456789")
    fl.get_by_label("Account holder").fill("Fiona Freelancer")
    fl.get_by_role("button", name="Add bank account").click()
    fl.get_by_test_id("withdrawable-USD").get_by_text("$475.00").wait_for()
    fl.get_by_label("Amount").fill("475.00")
    fl.get_by_role("button", name="Request payout").click()
    fl.get_by_text("Payout requested").wait_for()
    settle()
    fl.reload()
    fl.get_by_role("cell", name="Paid", exact=True).wait_for()
    # The release it paid out says so instead of "Withdrawable: now".
    fl.get_by_role("cell", name="Paid out").wait_for()
    check_accessibility(fl, "earnings")
    fl.set_viewport_size({"width": 390, "height": 844})
    check_accessibility(fl, "earnings-390")
    # Nothing, the 12-month chart included, is wider than the phone's screen.
    sizes = fl.locator(".bars").evaluate("e => [e.scrollWidth, e.clientWidth]")
    assert sizes[0] <= sizes[1], sizes
    assert fl.evaluate("document.documentElement.scrollWidth") <= 390


def test_auto_release_with_the_countdown_and_the_one_time_extension(
    new_page, freelancer, monkeypatch, settings
):
    from directcontracts.contracts import escrow
    from tests.contracts.factories import card

    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    settle()
    escrow.submit_work(milestone=milestone, by=freelancer, message="Done")

    cl = new_page()
    sign_in(cl, client.email, "a-long-client-passphrase-7")
    cl.goto(f"/contracts/{contract.pk}/")
    cl.get_by_test_id("countdown-1").get_by_text(
        re.compile(r"Auto-release in\s+13 d 23 h")
    ).wait_for()
    check_accessibility(cl, "countdown")

    cl.get_by_label("Need more time?").select_option("7")
    cl.get_by_role("button", name="Extend the review once").click()
    cl.get_by_test_id("countdown-1").get_by_text(re.compile(r"20 d 23 h")).wait_for()
    assert cl.get_by_role("button", name="Extend the review once").count() == 0

    clock.advance(days=21)
    assert escrow.release_due_milestones() == 1
    cl.reload()
    cl.get_by_test_id("milestone-state-1").get_by_text("Released").wait_for()
