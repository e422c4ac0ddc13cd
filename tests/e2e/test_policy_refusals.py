"""What people see when the work policy or the circumvention check refuses them."""

import re

import pytest

from directcontracts.accounts.services import sign_up
from tests.contracts.factories import sent_invitation
from tests.e2e.conftest import check_accessibility
from tests.e2e.signing import sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_blocked_contract_shows_its_reason_and_the_policy_link(page, freelancer):
    sign_in(page, freelancer.email)
    page.goto("/contracts/new/")
    page.get_by_label("Client's name").fill("Rex Restaurant")
    page.get_by_label("Client's email").fill("rex@example.org")
    page.get_by_label("Contract title").fill("Write 200 fake five-star reviews for my restaurant")
    page.get_by_label("Scope of work").fill(
        "Post fake customer reviews on Google and Yelp from different accounts so we outrank competitors."
    )
    page.get_by_label("Category").select_option("content-writing")
    page.get_by_role("group", name="Milestone 1").get_by_label("Milestone").fill(
        "First 100 reviews"
    )
    page.get_by_role("group", name="Milestone 1").get_by_label("Amount").fill("300")
    page.get_by_role("button", name="Save draft").click()

    alert = page.get_by_role("alert")
    alert.get_by_text("never allowed").wait_for()
    assert alert.get_attribute("data-error-code") == "policy_blocked"
    link = alert.get_by_role("link", name="Read what is never allowed")
    assert link.get_attribute("href") == "/categories/#never-allowed"
    check_accessibility(page, "contract-blocked")


def test_a_client_with_a_marketplace_account_is_refused_under_a_gmail_alias(
    new_page, live_server, mailoutbox, settings, freelancer, monkeypatch
):
    settings.BASE_URL = live_server.url
    sign_up(
        email="nora.smith@gmail.com",
        password="violet-harbour-1987",
        full_name="Nora Smith",
        as_client=True,
        as_freelancer=False,
    )
    _, _, token = sent_invitation(
        freelancer, client_email="nora.smith+studio@googlemail.com", client_name="Nora Smith"
    )

    client = new_page()
    client.goto(f"/invitations/{token}/")
    client.get_by_role("button", name="Email me a code").click()
    code = re.search(r"Your code: (\d{6})", mailoutbox[-1].subject).group(1)
    client.get_by_label("6-digit code").fill(code)
    client.get_by_role("button", name="Confirm code").click()
    client.get_by_label("Your name").fill("Nora Smith")
    client.get_by_label("Country").select_option("GB")
    client.get_by_label("Password").fill("a-long-client-passphrase-7")
    client.get_by_label("I accept the contract terms").check()
    client.get_by_role("button", name="Accept the contract").click()

    alert = client.get_by_role("alert")
    alert.get_by_text("must stay in the marketplace").wait_for()
    assert "sign in" in alert.inner_text().lower()
    client.get_by_role("link", name="Sign in to the marketplace").wait_for()
    check_accessibility(client, "invitation-circumvention-refused")
