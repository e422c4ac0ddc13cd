"""The whole product from scratch, as its first users meet it: a new freelancer signs up,
writes a Direct Contract and invites a client by email; the client accepts, funds, approves;
both message each other; the client flags the freelancer and comes back to the contract;
asks for help and rates a Help Center article. Before it all, the invitation's payment
request is checked on the public page.
Nothing is made by a factory: every step is a page, at 1280 px with a look at 390 px."""

from __future__ import annotations

import re

import pytest

from directcontracts.helpcenter.defaults import install_shipped_articles
from tests.e2e.helpers import CLIENT_PASSWORD, link_in, settle

pytestmark = pytest.mark.django_db(transaction=True)

FREELANCER_PASSWORD = "amber-lantern-over-1999"
PHONE = {"width": 390, "height": 844}


def _fits_a_phone(page) -> None:
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], page.url
    page.set_viewport_size({"width": 1280, "height": 900})


def test_a_new_freelancer_and_a_new_client_go_from_sign_up_to_earnings(
    new_page, live_server, mailoutbox, settings
):
    settings.BASE_URL = live_server.url
    install_shipped_articles()

    # 1. The freelancer signs up, confirms the address from the email and signs in.
    fl = new_page()
    fl.goto("/")
    fl.get_by_role("link", name="Create your free account").click()
    fl.get_by_label("Your name").fill("Iris Okafor")
    fl.get_by_label("Email").fill("iris.okafor@example.net")
    fl.get_by_label("Password").fill(FREELANCER_PASSWORD)
    fl.get_by_role("button", name="Create account").click()
    fl.get_by_role("heading", name="Check your email").wait_for()
    fl.goto(link_in(mailoutbox, r"https?://\S+/accounts/verify/\S+/"))
    fl.get_by_role("button", name="Confirm my email address").click()
    fl.get_by_label("Email").fill("iris.okafor@example.net")
    fl.get_by_label("Password").fill(FREELANCER_PASSWORD)
    fl.get_by_role("button", name="Sign in").click()
    fl.get_by_role("heading", name="Welcome, Iris Okafor").wait_for()

    # 2. A Direct Contract with two milestones, sent to a client with no account.
    fl.get_by_role("link", name="New Direct Contract").first.click()
    fl.get_by_label("Client's name").fill("Tomas Berg")
    fl.get_by_label("Client's email").fill("tomas.berg@example.org")
    fl.get_by_label("Contract title").fill("Shop website redesign")
    fl.get_by_label("Scope of work").fill("Redesign the five pages and add a contact form.")
    fl.get_by_label("Category").select_option("web-development")
    for number, (title, amount) in enumerate([("Design", "600"), ("Build", "900.50")], 1):
        group = fl.get_by_role("group", name=f"Milestone {number}")
        group.get_by_label("Milestone").fill(title)
        group.get_by_label("Amount").fill(amount)
    fl.get_by_role("button", name="Save draft").click()
    fl.get_by_role("button", name=re.compile("Send invitation")).click()
    fl.get_by_test_id("contract-state").get_by_text("Invited").wait_for()
    contract_path = re.sub(r"^https?://[^/]+|#.*$", "", fl.url)

    # 3. The client checks the request, opens the emailed link, proves the address and accepts.
    invitation_email = next(m for m in mailoutbox if "tomas.berg@example.org" in m.to)
    request_code = re.search(r"DC-[A-Z0-9]{4}(?:-[A-Z0-9]{2,4})+", invitation_email.body).group(0)
    # Before anything, the client checks the invitation's code on the public page.
    visitor = new_page()
    visitor.goto("/verify/")
    visitor.get_by_label("What did you receive?").fill(request_code)
    visitor.get_by_role("button", name="Check").click()
    visitor.get_by_role("heading", name="✓ Genuine request").wait_for()
    visitor.get_by_text("Shop website redesign").wait_for()
    _fits_a_phone(visitor)

    cl = new_page()
    cl.goto(link_in(mailoutbox, r"https?://\S+/invitations/\S+/"))
    cl.get_by_role("button", name="Email me a code").click()
    cl.get_by_label("6-digit code").fill(re.search(r"(\d{6})", mailoutbox[-1].subject).group(1))
    cl.get_by_role("button", name="Confirm code").click()
    cl.get_by_label("Your name").fill("Tomas Berg")
    cl.get_by_label("Country").select_option("SE")
    cl.get_by_label("Password").fill(CLIENT_PASSWORD)
    cl.get_by_label("I accept the contract terms").check()
    cl.get_by_role("button", name="Accept the contract").click()
    cl.get_by_test_id("contract-state").get_by_text("Active").wait_for()

    # 4. Fund, submit, approve: the freelancer's earnings show the release.
    cl.get_by_role("link", name="Fund this milestone").first.click()
    cl.get_by_label("Card or account number").fill("4242 4242 4242 4242")
    cl.get_by_role("button", name="Add payment method").click()
    cl.get_by_role("button", name=re.compile(r"Pay \$620\.40 into escrow")).click()
    cl.get_by_test_id("milestone-state-1").get_by_text("Funding pending").wait_for()
    settle()
    fl.goto(contract_path)
    fl.get_by_test_id("milestone-state-1").get_by_text("Funded").wait_for()
    fl.get_by_role("link", name="Submit work").click()
    fl.get_by_label("Message to the client").fill("First designs are ready.")
    fl.get_by_role("button", name="Submit for review").click()
    fl.get_by_test_id("milestone-state-1").get_by_text("Submitted").wait_for()

    # 5. They message each other on the contract.
    fl.get_by_label("Message:", exact=True).fill("Hi Tomas, tell me what you think.")
    fl.get_by_role("button", name="Send message").click()
    cl.goto(contract_path)
    cl.get_by_text("Hi Tomas, tell me what you think.").wait_for()
    cl.get_by_label("Message:", exact=True).fill("Looks great, thanks Iris!")
    cl.get_by_role("button", name="Send message").click()
    cl.get_by_role("button", name="Approve and release").click()
    cl.get_by_role("button", name="Confirm and release").click()
    cl.get_by_test_id("milestone-state-1").get_by_text("Released").wait_for()
    _fits_a_phone(cl)
    fl.goto(contract_path)
    fl.get_by_text("Looks great, thanks Iris!").wait_for()
    fl.goto("/earnings/")
    fl.get_by_text("$570.00").first.wait_for()  # $600.00 released less the 5% service fee
    _fits_a_phone(fl)

    # 6. The client flags the freelancer and the way back leads to this contract.
    cl.goto(contract_path)
    cl.get_by_role("link", name="Flag the freelancer as inappropriate").click()
    cl.get_by_label("What is wrong?").select_option("harassment")
    cl.get_by_role("button", name="Send flag").click()
    cl.get_by_role("heading", name=re.compile("Thank you: flag FL-")).wait_for()
    cl.get_by_role("link", name="Back to the contract “Shop website redesign”").click()
    assert cl.url.endswith(contract_path)

    # 7. Get Help, then a Help Center article: "Was this article helpful?"
    cl.goto("/support/new/")
    cl.get_by_label("Topic").select_option("payments")
    cl.get_by_label("Subject").fill("Paying the next milestone by bank debit")
    cl.get_by_label("Describe what happened").fill("Where do I add a bank account?")
    cl.get_by_role("button", name="Send request").click()
    cl.get_by_text(re.compile("We've received your request HLP-")).wait_for()
    cl.goto("/help/fees/")
    cl.get_by_role("heading", name="Was this article helpful?").wait_for()
    cl.get_by_role("button", name="Yes").click()
    cl.get_by_text("1 out of 1 found this helpful").wait_for()
