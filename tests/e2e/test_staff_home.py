"""Each staff group signs in, finds its staff home and opens every console listed there."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import check_accessibility
from tests.e2e.signing import sign_in_staff_at_any_width

pytestmark = pytest.mark.django_db(transaction=True)

CONSOLES = {
    "trust_safety": ["Trust & Safety queue", "Disputes", "Velocity rules"],
    "support": ["Support queue", "Help Center feedback"],
    "finance": ["Finance alerts", "Refused refunds", "Payouts"],
}


@pytest.mark.parametrize("group", sorted(CONSOLES))
def test_a_staff_member_reaches_each_of_their_consoles_from_the_staff_home(
    new_page, group, trust_safety_staff, support_staff, finance_staff
):
    person = {"trust_safety": trust_safety_staff, "support": support_staff}.get(
        group, finance_staff
    )
    page = new_page()
    sign_in_staff_at_any_width(page, person)
    page.get_by_role("link", name="Staff home").first.click()
    check_accessibility(page, f"staff-home-{group}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    check_accessibility(page, f"staff-home-{group}-390")
    page.set_viewport_size({"width": 1280, "height": 900})
    for title in CONSOLES[group]:
        page.goto("/staff/")
        page.locator("main").get_by_role("link", name=title, exact=True).click()
        page.wait_for_url(lambda url: not url.endswith("/staff/") or "/support/" in url)
        text = page.content().lower()
        assert "403 forbidden" not in text
        assert "don't have permission" not in text
        assert "page not found" not in text
