"""A visitor finds the dos-and-don'ts by search, votes No, is offered a pre-filled request,
sends it and confirms it; a support team member (not a superuser) answers from the queue."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from directcontracts.helpcenter.defaults import install_shipped_articles
from tests.accounts.factories import DEFAULT_PASSWORD
from tests.accounts.helpers import current_code, give_totp
from tests.e2e.conftest import check_accessibility

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def shipped_articles(seeded_defaults):
    install_shipped_articles()


def _at_both_widths(page, name: str) -> None:
    check_accessibility(page, f"{name}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    check_accessibility(page, f"{name}-390")
    page.set_viewport_size({"width": 1280, "height": 900})


def test_a_visitor_gets_help_from_an_article_and_support_answers(
    new_page, shipped_articles, support_staff
):
    visitor = new_page()
    visitor.goto("/help/")
    _at_both_widths(visitor, "help-index")
    visitor.get_by_label("Search the Help Center").fill("another website asks for payment")
    visitor.get_by_role("button", name="Search", exact=True).click()
    result = visitor.get_by_role("link", name=re.compile("Direct Contracts dos and don"))
    result.wait_for()
    _at_both_widths(visitor, "help-search")
    result.click()

    visitor.get_by_role("heading", name="Direct Contracts dos and don'ts", level=1).wait_for()
    assert visitor.locator('a[href="/verify/"]').count() >= 1
    visitor.get_by_role("button", name="No").click()
    visitor.get_by_label("What was missing?").fill("What if I already paid the fake site?")
    _at_both_widths(visitor, "help-article-no")
    visitor.get_by_role("button", name="Send").click()
    visitor.get_by_text("0 out of 1 found this helpful").wait_for()
    visitor.get_by_role("link", name="Get Help with this article").click()

    assert (
        "What was missing: What if I already paid the fake site?"
        in visitor.get_by_label("Describe what happened").input_value()
    )
    assert "Direct Contracts dos and don" in visitor.get_by_label("Subject").input_value()
    visitor.get_by_label("Topic").select_option("trust_safety")
    visitor.get_by_label("Your name").fill("Vera Visitor")
    visitor.get_by_label("Your email address").fill("vera.visitor@example.org")
    _at_both_widths(visitor, "support-new-prefilled")
    visitor.get_by_role("button", name="Send request").click()
    visitor.get_by_role("heading", name="Check your email").wait_for()

    confirm = re.search(r"https?://[^/\s]+(/support/confirm/\S+/)", mail.outbox[-1].body)
    assert confirm, mail.outbox[-1].body
    visitor.goto(confirm.group(1))
    visitor.get_by_role("heading", name="Confirm your request").wait_for()
    _at_both_widths(visitor, "support-confirm")
    visitor.get_by_role("button", name="Confirm my request").click()
    visitor.get_by_text("your address is confirmed").wait_for()
    reference = re.search(r"HLP-[0-9A-Z]{8}", visitor.content()).group(0)

    agent = new_page()
    give_totp(support_staff)  # staff sign in with two factors
    agent.goto("/accounts/sign-in/")
    agent.get_by_label("Email").fill(support_staff.email)
    agent.get_by_label("Password").fill(DEFAULT_PASSWORD)
    agent.get_by_role("button", name="Sign in").click()
    agent.get_by_label("Code from your authenticator app").fill(current_code(support_staff))
    agent.get_by_role("button", name="Verify and sign in").click()
    agent.get_by_role("link", name="Support queue").first.click()
    agent.get_by_role("link", name=reference).click()
    _at_both_widths(agent, "support-staff-ticket")
    agent.get_by_label("Reply to the customer").fill(
        "Hello Vera, if you already paid, call your bank now. We have blocked that site's link."
    )
    agent.get_by_role("button", name="Send reply").click()
    agent.get_by_text("Reply sent to the customer.").wait_for()
    agent.goto("/support/staff/")
    _at_both_widths(agent, "support-queue")

    assert reference in mail.outbox[-1].subject
    visitor.reload()
    visitor.get_by_text("call your bank now").wait_for()
    _at_both_widths(visitor, "support-visitor-ticket")


@pytest.mark.parametrize("width", [1280, 390])
def test_the_help_center_search_box_shows_its_whole_placeholder(new_page, shipped_articles, width):
    page = new_page(width, 844)
    page.goto("/help/")
    box = page.get_by_label("Search the Help Center")
    # The placeholder's width in the box's own font, against the room inside the box less the
    # 1em Chromium keeps at the right of a search box for its clear (x) button.
    room, needed = box.evaluate(
        """el => {
            const style = getComputedStyle(el);
            const context = document.createElement("canvas").getContext("2d");
            context.font = style.font;
            const inside = el.clientWidth - parseFloat(style.paddingLeft)
                - parseFloat(style.paddingRight) - parseFloat(style.fontSize);
            return [inside, context.measureText(el.placeholder).width];
        }"""
    )
    assert needed <= room
