"""Where a contract stands and what to do next, as seen in Chromium: the progress steps
tell done, current and not-yet apart, and the next step leads to the action it names."""

from __future__ import annotations

import pytest

from tests.contracts.factories import active_contract
from tests.e2e.helpers import CLIENT_PASSWORD
from tests.e2e.signing import sign_in

pytestmark = pytest.mark.django_db(transaction=True)

BRAND = "rgb(11, 92, 173)"


def _look(item) -> dict[str, str]:
    return item.evaluate(
        "e => ({bg: getComputedStyle(e).backgroundColor, color: getComputedStyle(e).color,"
        " border: getComputedStyle(e).borderTopStyle})"
    )


def test_the_current_progress_step_does_not_look_done(new_page, freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    page = new_page()
    sign_in(page, freelancer.email)
    page.goto(f"/contracts/{contract.pk}/")
    progress = page.get_by_role("navigation", name="Progress")
    current = progress.locator("[aria-current=step]")
    assert current.text_content() == "Funded (current: not funded yet)"
    done, now, todo = (
        _look(progress.locator("li.done").first),
        _look(current),
        _look(progress.locator("li.todo").first),
    )
    assert now["bg"] != BRAND  # not a solid fill, which reads as done
    assert now["bg"] != done["bg"]
    assert now["color"] != done["color"]
    assert todo["border"] == "dashed"


def test_on_a_phone_the_next_step_link_brings_the_fund_button_into_view(
    new_page, freelancer, monkeypatch
):
    contract, client = active_contract(freelancer, monkeypatch)
    page = new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, client.email, CLIENT_PASSWORD)
    page.goto(f"/contracts/{contract.pk}/")
    fund = page.get_by_role("link", name="Fund this milestone").first
    assert not _in_view(page, fund)
    page.get_by_test_id("next-step").get_by_role("link", name="Go to “Design” to fund it").click()
    page.wait_for_function("location.hash.startsWith('#milestone-')")
    assert _in_view(page, fund)


def _in_view(page, locator) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and 0 <= box["y"] and box["y"] + box["height"] <= height
