"""A visitor's misspelt search still finds the article; a client rates a resolved request
and is thanked, once, with the rating kept for the team."""

from __future__ import annotations

import pytest

from directcontracts.helpcenter.defaults import install_shipped_articles
from directcontracts.support import staff, tickets
from directcontracts.support.models import Status
from tests.e2e.conftest import check_accessibility
from tests.e2e.signing import sign_in
from tests.support.helpers import request_input

pytestmark = pytest.mark.django_db(transaction=True)


def _at_both_widths(page, name: str) -> None:
    check_accessibility(page, f"{name}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    check_accessibility(page, f"{name}-390")
    page.set_viewport_size({"width": 1280, "height": 900})


def test_a_misspelt_search_says_what_it_searched_and_finds_the_article(new_page, seeded_defaults):
    install_shipped_articles()
    visitor = new_page()
    visitor.goto("/help/")
    visitor.get_by_label("Search the Help Center").fill("escrw refnd")
    visitor.get_by_role("button", name="Search", exact=True).click()
    visitor.get_by_text("Showing results for “escrow refund”").wait_for()
    visitor.get_by_role("link", name="Refunds and disputes").wait_for()
    _at_both_widths(visitor, "help-search-typo")


def test_a_client_rates_a_resolved_request_and_can_change_the_rating(
    new_page, client_user, support_staff
):
    ticket = tickets.open_request(user=client_user, data=request_input(), address="198.51.100.9")
    staff.change_status(ticket=ticket, by=support_staff, status=Status.RESOLVED)
    page = new_page()
    sign_in(page, client_user.email)
    page.goto(f"/support/requests/{ticket.reference}/")
    page.get_by_role("heading", name="How did we do?").wait_for()
    _at_both_widths(page, "support-rating")
    page.get_by_label("Good, I'm satisfied").check()
    page.get_by_label("Anything we could have done better? (optional)").fill("Nothing, thanks.")
    page.get_by_role("button", name="Send my rating").click()
    page.get_by_text("Thank you: you rated our help").wait_for()
    _at_both_widths(page, "support-rated")
    page.get_by_label("Bad, I'm not satisfied").check()
    page.get_by_role("button", name="Change my rating").click()
    page.get_by_text("Thank you: you rated our help Bad").wait_for()
    ticket.refresh_from_db()
    assert (ticket.satisfaction, ticket.events.filter(kind="rated").count()) == ("bad", 2)
