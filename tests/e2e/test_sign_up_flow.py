import re

import pytest

from directcontracts.core import clock
from tests.e2e.conftest import check_accessibility

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "violet-harbour-of-1987"


def _verification_link(mailoutbox) -> str:
    assert mailoutbox, "no email was sent"
    match = re.search(r"https?://\S+/accounts/verify/\S+/", mailoutbox[-1].body)
    assert match, mailoutbox[-1].body
    return match.group(0)


def test_a_visitor_signs_up_verifies_their_email_signs_in_and_sees_the_dashboard(
    page, live_server, mailoutbox, settings
):
    settings.BASE_URL = live_server.url

    page.goto("/")
    check_accessibility(page, "home")
    page.get_by_role("link", name="Create your free account").click()

    check_accessibility(page, "sign-up")
    page.get_by_label("Your name").fill("Ana Lima")
    page.get_by_label("Email").fill("ana.lima@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()

    page.get_by_role("heading", name="Check your email").wait_for()
    check_accessibility(page, "check-email")

    page.goto(_verification_link(mailoutbox))
    check_accessibility(page, "verify-email")
    page.get_by_role("button", name="Confirm my email address").click()
    page.get_by_text("Your email address is confirmed").wait_for()
    check_accessibility(page, "sign-in")

    page.get_by_label("Email").fill("ana.lima@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    page.get_by_role("heading", name="Welcome, Ana Lima").wait_for()
    check_accessibility(page, "dashboard")


def test_a_wrong_password_is_refused_with_a_clear_message(page, freelancer):
    page.goto("/accounts/sign-in/")
    page.get_by_label("Email").fill(freelancer.email)
    page.get_by_label("Password").fill("not-the-right-password")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("alert").get_by_text("don't match an account").wait_for()
    check_accessibility(page, "sign-in-refused")


def test_an_expired_verification_link_explains_itself(page, live_server, mailoutbox, settings):
    settings.BASE_URL = live_server.url
    page.goto("/accounts/sign-up/")
    page.get_by_label("Your name").fill("Late Larry")
    page.get_by_label("Email").fill("larry@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.get_by_role("heading", name="Check your email").wait_for()

    clock.advance(days=30)
    page.goto(_verification_link(mailoutbox))
    page.get_by_role("alert").get_by_text("has expired").wait_for()
    check_accessibility(page, "link-expired")


def test_settings_page_is_accessible_on_a_phone(new_page, freelancer):
    page = new_page(width=390, height=844)
    page.goto("/accounts/sign-in/")
    page.get_by_label("Email").fill(freelancer.email)
    page.get_by_label("Password").fill("a-long-and-unusual-passphrase-42")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name=re.compile("Welcome")).wait_for()
    page.goto("/settings/")
    page.get_by_role("heading", name="Settings", exact=True).wait_for()
    check_accessibility(page, "settings-phone")
