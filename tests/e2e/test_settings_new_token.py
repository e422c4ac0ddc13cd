"""On a phone, a new API token (shown once) is where the page opens, not screens below."""

import pytest

from tests.e2e.conftest import check_accessibility
from tests.e2e.signing import sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_on_a_phone_a_new_token_is_in_view_when_the_page_comes_back(new_page, freelancer):
    page = new_page(width=390, height=844)
    sign_in(page, freelancer.email)
    page.goto("/settings/")
    page.get_by_label("Token name").fill("CI")
    page.get_by_role("button", name="Create token").click()
    token = page.get_by_test_id("new-token")
    token.wait_for()
    box = token.bounding_box()
    assert box is not None
    assert 0 <= box["y"] <= 844 - box["height"]
    check_accessibility(page, "settings-new-token-390")
