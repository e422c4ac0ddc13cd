"""The back office's lists on a 390 px phone: each row is a card of named values, and
nothing scrolls sideways (admin-phone.css and admin-phone.js, in our admin base template)."""

from __future__ import annotations

import pytest

from tests.accounts.factories import StaffFactory
from tests.e2e.signing import sign_in_staff

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}


def test_a_change_list_on_a_phone_stacks_each_row_into_named_values(
    new_page, freelancer, client_user
):
    admin = StaffFactory(email="ada.admin@example.com", is_superuser=True)
    page = new_page(**PHONE)
    sign_in_staff(page, admin)
    page.goto("/admin/accounts/user/")
    region = page.locator("#changelist-form .results")
    assert region.evaluate("e => e.scrollWidth <= e.clientWidth")
    email = page.locator("#result_list tbody tr").first.locator(".field-email")
    assert email.get_attribute("data-label") == "Email"
    box = email.bounding_box()
    assert box is not None
    assert box["x"] + box["width"] <= PHONE["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
