import re

import pytest

from tests.e2e.conftest import check_accessibility
from tests.e2e.helpers import link_in
from tests.e2e.signing import sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_freelancer_invites_a_new_client_who_proves_the_address_and_accepts(
    new_page, live_server, mailoutbox, settings, freelancer
):
    settings.BASE_URL = live_server.url
    fl = new_page()
    sign_in(fl, freelancer.email)
    fl.get_by_role("link", name="New Direct Contract").first.click()
    check_accessibility(fl, "contract-new")
    fl.get_by_label("Client's name").fill("Nora Newclient")
    fl.get_by_label("Client's email").fill("nora@example.org")
    fl.get_by_label("Contract title").fill("Bakery website")
    fl.get_by_label("Scope of work").fill("Five pages and a contact form.")
    fl.get_by_label("Category").select_option("web-development")
    fl.get_by_role("group", name="Milestone 1").get_by_label("Milestone").fill("Design")
    fl.get_by_role("group", name="Milestone 1").get_by_label("Amount").fill("500")
    fl.get_by_role("button", name="Save draft").click()

    fl.get_by_test_id("freelancer-receives").get_by_text("$475.00").wait_for()
    fl.get_by_role("region", name="Milestones", exact=True).get_by_text("Design").wait_for()
    check_accessibility(fl, "contract-draft")
    fl.get_by_role("button", name=re.compile("Send invitation")).click()
    fl.get_by_test_id("contract-state").get_by_text("Invited").wait_for()

    client = new_page()
    client.goto(link_in(mailoutbox, r"https?://\S+/invitations/\S+/"))
    check_accessibility(client, "invitation-code")
    client.get_by_role("button", name="Email me a code").click()
    code = re.search(r"Your code: (\d{6})", mailoutbox[-1].subject).group(1)
    client.get_by_label("6-digit code").fill(code)
    client.get_by_role("button", name="Confirm code").click()

    client.get_by_role("heading", name="Money and fees").wait_for()
    # The whole offer is on the page before accepting: who, and every milestone.
    client.get_by_test_id("freelancer-card").get_by_text("Completed Direct Contracts").wait_for()
    milestones = client.get_by_role("region", name="Milestones", exact=True)
    milestones.get_by_text("Design").wait_for()
    milestones.get_by_text("$500.00").wait_for()
    check_accessibility(client, "invitation-terms")
    client.set_viewport_size({"width": 390, "height": 844})
    check_accessibility(client, "invitation-terms-390")
    client.set_viewport_size({"width": 1280, "height": 900})
    client.get_by_label("Your name").fill("Nora Newclient")
    client.get_by_label("Country").select_option("GB")
    client.get_by_label("Password").fill("a-long-client-passphrase-7")
    client.get_by_label("I accept the contract terms").check()
    client.get_by_role("button", name="Accept the contract").click()

    client.get_by_test_id("contract-state").get_by_text("Active").wait_for()
    check_accessibility(client, "contract-active-client")

    fl.reload()
    fl.get_by_test_id("contract-state").get_by_text("Active").wait_for()


def test_the_draft_form_adds_milestones_and_shows_the_fees_as_the_freelancer_types(
    new_page, freelancer
):
    fl = new_page()
    sign_in(fl, freelancer.email)
    fl.goto("/contracts/new/")
    fl.get_by_role("group", name="Milestone 1").get_by_label("Amount").fill("1,000")
    calculator = fl.locator("#fee-calculator")
    calculator.get_by_text(
        "You receive $950.00 after the $50.00 service fee", exact=False
    ).wait_for()
    fl.get_by_role("button", name="Add milestone").click()
    fl.get_by_role("button", name="Add milestone").click()
    added = fl.get_by_role("group", name="Milestone 5")
    added.get_by_label("Milestone").fill("Launch")
    added.get_by_label("Amount").fill("$200")
    calculator.get_by_text("Contract total $1,200.00", exact=False).wait_for()
    check_accessibility(fl, "contract-new-calculator-1280")
    fl.set_viewport_size({"width": 390, "height": 844})
    check_accessibility(fl, "contract-new-calculator-390")
    fl.set_viewport_size({"width": 1280, "height": 900})
    fl.get_by_label("Client's name").fill("Nora Newclient")
    fl.get_by_label("Client's email").fill("nora@example.org")
    fl.get_by_label("Contract title").fill("Bakery website")
    fl.get_by_label("Scope of work").fill("Five pages and a contact form.")
    fl.get_by_label("Category").select_option("web-development")
    fl.get_by_role("group", name="Milestone 1").get_by_label("Milestone").fill("Design")
    fl.get_by_role("button", name="Save draft").click()
    fl.get_by_role("region", name="Milestones", exact=True).get_by_text("Launch").wait_for()


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("-50", "Milestone 1: Enter an amount such as 250, 250.00 or 1,100.00."),
        ("1e5", "Milestone 1: Enter an amount such as 250, 250.00 or 1,100.00."),
        ("1", "Milestone 1: Each milestone must be at least $5.00."),
        ("99999999999999", "Milestone 1: A milestone can be at most $10,000,000,000.00."),
        ("12.345", "Milestone 1: USD amounts have at most 2 decimals."),
    ],
)
def test_the_fee_line_prices_no_amount_the_server_would_refuse(new_page, freelancer, typed, hint):
    fl = new_page()
    sign_in(fl, freelancer.email)
    fl.goto("/contracts/new/")
    calculator = fl.locator("#fee-calculator")
    amount = fl.get_by_role("group", name="Milestone 1").get_by_label("Amount")
    amount.fill("500")
    calculator.get_by_text("Contract total $500.00", exact=False).wait_for()
    amount.fill(typed)
    calculator.get_by_text(hint, exact=False).wait_for()
    assert calculator.text_content().startswith("Contract total —.")


def test_the_fee_line_reads_amounts_as_the_server_does(new_page, freelancer):
    from directcontracts.contracts.money import display, to_minor
    from directcontracts.contracts.services import check_milestone_amount
    from directcontracts.core.errors import DomainError

    fl = new_page()
    sign_in(fl, freelancer.email)
    fl.goto("/contracts/new/")
    calculator = fl.locator("#fee-calculator")
    amount = fl.get_by_role("group", name="Milestone 1").get_by_label("Amount")
    for typed in [
        "250", "1,100.00", "$400", "400 USD", "US$12", "10 000", ".5", "5", "4.99", "0",
        "1,00", "12,34.5", "1.2.3", "$", "€400", "+5", "5.", "0005.000", "10000000000",
        "10000000000.01",
    ]:  # fmt: skip
        amount.fill(typed)
        try:
            minor = to_minor(typed, "USD")
            check_milestone_amount(minor, "USD")
            expected = f"Contract total {display(minor, 'USD')}."
        except (ValueError, DomainError):
            expected = "Contract total —."
        fl.wait_for_function(
            "e => document.getElementById('fee-calculator').textContent.startsWith(e)",
            arg=expected,
        )
        assert calculator.text_content().startswith(expected), typed
