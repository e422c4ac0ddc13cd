"""Where a contract stands and what to do next, as seen in Chromium: the progress steps
tell done, current and not-yet apart, and the next step leads to the action it names."""

from __future__ import annotations

import pytest

from tests.contracts.factories import active_contract
from tests.e2e.test_contract_invitation import _sign_in

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
    _sign_in(page, freelancer.email)
    page.goto(f"/contracts/{contract.pk}/")
    progress = page.get_by_role("navigation", name="Progress")
    current = progress.locator("[aria-current=step]")
    assert current.text_content() == "Funded (current)"
    done, now, todo = (
        _look(progress.locator("li.done").first),
        _look(current),
        _look(progress.locator("li.todo").first),
    )
    assert now["bg"] != BRAND  # not a solid fill, which reads as done
    assert now["bg"] != done["bg"]
    assert now["color"] != done["color"]
    assert todo["border"] == "dashed"
