"""The space under the site header: a page that opens with breadcrumbs (the Help Center, a
Get Help request) or with an error box (a link that doesn't work) keeps its distance from
the header like a page that opens with its heading, at a desk's width and on a phone."""

from __future__ import annotations

import pytest

from directcontracts.helpcenter.defaults import install_shipped_articles
from directcontracts.support import tickets
from directcontracts.support.emails import customer_url
from tests.e2e.signing import sign_in
from tests.support.helpers import request_input

pytestmark = pytest.mark.django_db(transaction=True)

# A page that opens with its h1 has the h1's top margin (.5rem) under the header.
HEADING_MARGIN_PX = 8

_FIRST_THING_BELOW_HEADER = """() => {
  const header = document.querySelector('header.site-header').getBoundingClientRect();
  const first = document.querySelector('main').firstElementChild.getBoundingClientRect();
  return first.top - header.bottom;
}"""


def _distance_at_both_widths(page) -> list[float]:
    wide = page.evaluate(_FIRST_THING_BELOW_HEADER)
    page.set_viewport_size({"width": 390, "height": 844})
    phone = page.evaluate(_FIRST_THING_BELOW_HEADER)
    return [wide, phone]


@pytest.fixture
def visitors_request_url(seeded_defaults):
    ticket = tickets.open_request(
        user=None, data=request_input(email="vera@example.org"), address=None
    )
    return customer_url(ticket).split("/support/", 1)[1]


def test_a_help_center_article_keeps_its_breadcrumbs_off_the_header(new_page, seeded_defaults):
    install_shipped_articles()
    page = new_page()
    page.goto("/help/security/")
    assert min(_distance_at_both_widths(page)) >= HEADING_MARGIN_PX


def test_a_get_help_request_keeps_its_breadcrumbs_off_the_header(new_page, visitors_request_url):
    page = new_page()
    page.goto(f"/support/{visitors_request_url}")
    page.get_by_role("navigation", name="Breadcrumb").wait_for()
    assert min(_distance_at_both_widths(page)) >= HEADING_MARGIN_PX


def test_a_link_that_does_not_work_keeps_its_error_box_off_the_header(new_page, seeded_defaults):
    page = new_page()
    page.goto("/support/confirm/not-a-real-token/")
    page.get_by_role("alert").wait_for()
    assert min(_distance_at_both_widths(page)) >= HEADING_MARGIN_PX


def test_a_page_that_opens_with_its_heading_keeps_the_same_distance(new_page, seeded_defaults):
    page = new_page()
    page.goto("/categories/")
    assert _distance_at_both_widths(page) == [HEADING_MARGIN_PX, HEADING_MARGIN_PX]


def test_a_page_that_ends_with_a_forms_button_keeps_it_off_the_footer(new_page, freelancer):
    """The button of New Direct Contract touched the footer: `.container`'s padding outranked
    `main`'s padding-bottom."""
    page = new_page()
    sign_in(page, freelancer.email)
    page.goto("/contracts/new/")
    gaps = []
    for width, height in ((1280, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        button = page.get_by_role("button", name="Save draft").bounding_box()
        footer = page.locator("footer.site-footer").bounding_box()
        assert button is not None
        assert footer is not None
        gaps.append(footer["y"] - (button["y"] + button["height"]))
    assert min(gaps) >= HEADING_MARGIN_PX * 2
