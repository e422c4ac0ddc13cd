import re

import pytest

from directcontracts.notifications.services import notify
from tests.accounts.factories import DEFAULT_PASSWORD
from tests.e2e.conftest import check_accessibility

pytestmark = pytest.mark.django_db(transaction=True)


def _sign_in(page, user) -> None:
    page.goto("/accounts/sign-in/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name=re.compile("Welcome")).wait_for()


def test_a_person_reads_a_notice_and_registers_a_webhook_endpoint(page, freelancer):
    notify(
        recipient=freelancer,
        kind="milestone.funded",
        title="Milestone “Logo design” is funded",
        body="USD 500.00 is held in escrow. You can start work.",
        url="/",
        about="Contract #12: Bakery website",
        email=False,
    )
    _sign_in(page, freelancer)

    page.goto("/notifications/")
    page.get_by_role("heading", name="Notifications", exact=True).wait_for()
    page.locator("#unread-summary").get_by_text("1 unread").wait_for()
    page.locator(".notice-list .notice-about").get_by_text(
        "Contract #12: Bakery website"
    ).wait_for()
    check_accessibility(page, "notifications-unread")
    page.get_by_role("button", name=re.compile("Mark as read")).click()
    page.get_by_text("You are all caught up.").wait_for()
    assert page.get_by_text("New:").count() == 0
    check_accessibility(page, "notifications-read")

    page.goto("/settings/webhooks/")
    page.get_by_role("heading", name="Webhooks", exact=True).wait_for()
    check_accessibility(page, "webhooks")
    page.get_by_label("Endpoint URL").fill("https://hooks.example.com/direct-contracts")
    page.get_by_label("Description").fill("Bookkeeping sync")
    page.get_by_role("button", name="Add endpoint").click()
    secret = page.get_by_test_id("new-secret").inner_text()
    assert secret.startswith("whsec_")
    check_accessibility(page, "webhooks-secret-shown")

    page.goto("/settings/webhooks/")
    page.get_by_role("link", name=re.compile("hooks.example.com")).wait_for()
    assert secret not in page.content()
    page.get_by_role("link", name=re.compile("hooks.example.com")).click()
    page.get_by_role("heading", name="Delivery log").wait_for()
    check_accessibility(page, "webhook-endpoint")
