"""A title written before titles were checked for long words (200 letters, no space) wraps
on the pages that show it instead of widening them."""

from __future__ import annotations

import pytest

from directcontracts.contracts.models import Contract
from tests.contracts.factories import draft_contract
from tests.e2e.signing import sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def _with_an_unbroken_title(freelancer) -> Contract:
    contract = draft_contract(freelancer)
    Contract.objects.filter(pk=contract.pk).update(title="x" * 200)
    return contract


def test_a_contract_page_with_an_unbroken_title_is_no_wider_than_the_screen(new_page, freelancer):
    contract = _with_an_unbroken_title(freelancer)
    page = new_page(width=1366, height=900)
    sign_in(page, freelancer.email)
    page.goto(f"/contracts/{contract.pk}/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1366


def test_on_a_phone_the_dashboard_listing_an_unbroken_title_is_no_wider_than_the_screen(
    new_page, freelancer
):
    _with_an_unbroken_title(freelancer)
    page = new_page(width=390, height=844)
    sign_in(page, freelancer.email)
    page.get_by_role("link", name="x" * 40, exact=False).first.wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_on_a_wide_screen_the_contracts_table_keeps_an_unbroken_title_inside_it(
    new_page, freelancer
):
    _with_an_unbroken_title(freelancer)
    page = new_page(width=1366, height=900)
    sign_in(page, freelancer.email)
    page.goto("/contracts/")
    region = page.get_by_role("region").filter(has=page.locator("table")).first
    assert region.evaluate("e => e.scrollWidth <= e.clientWidth")
