"""A partial release in Chromium (issue 11, High 2): the rest stays in escrow until the
freelancer says yes, the client sees what each charge was made of, files unlock after."""

import re

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.deliverables import IncomingFile
from tests.contracts.factories import active_contract, card
from tests.e2e.conftest import check_accessibility
from tests.e2e.helpers import CLIENT_PASSWORD, settle
from tests.e2e.signing import sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def _delivered(freelancer, monkeypatch, *, files):
    """A contract whose first milestone is funded, settled and delivered with `files`."""
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    settle()
    escrow.submit_work(milestone=milestone, by=freelancer, message="Designs attached.", files=files)
    return contract, client, milestone


@pytest.mark.parametrize("width", [1280, 390])
def test_a_partial_release_waits_for_the_freelancers_yes(
    new_page, freelancer, monkeypatch, settings, tmp_path, width
):
    settings.MEDIA_ROOT = tmp_path
    contract, client, milestone = _delivered(
        freelancer, monkeypatch, files=[IncomingFile("notes.txt", b"Design notes")]
    )

    cl = new_page(width=width)
    sign_in(cl, client.email, CLIENT_PASSWORD)
    cl.goto(f"/contracts/{contract.pk}/")
    cl.get_by_role("list", name="Your payments for this milestone").get_by_text(
        re.compile(r"Charged \$517\.00 to Visa card ending 4242")
    ).wait_for()
    cl.get_by_label(re.compile(r"Release \(leave empty for all \$500\.00\)")).fill("300")
    cl.get_by_role("button", name="Approve and release").click()
    cl.get_by_role("button", name="Confirm and release").click()
    cl.get_by_text(re.compile(r"The remaining \$200\.00 stays in escrow")).wait_for()
    cl.get_by_test_id("milestone-state-1").get_by_text("Partly released").wait_for()
    cl.get_by_text("The full file unlocks at release.").wait_for()
    check_accessibility(cl, f"partial-release-client-{width}")

    fl = new_page(width=width)
    sign_in(fl, freelancer.email)
    fl.goto(f"/contracts/{contract.pk}/")
    fl.get_by_text(re.compile("nothing is refunded without your yes")).wait_for()
    check_accessibility(fl, f"partial-release-freelancer-{width}")
    fl.get_by_role("button", name="Accept and refund").click()
    fl.get_by_test_id("milestone-state-1").get_by_text("Released").wait_for()

    cl.reload()
    cl.get_by_role("link", name="Download", exact=True).wait_for()


@pytest.mark.parametrize("width", [1280, 390])
def test_the_release_forms_help_sits_under_the_amount_and_the_button_on_its_own_line(
    new_page, freelancer, monkeypatch, settings, tmp_path, width
):
    settings.MEDIA_ROOT = tmp_path
    contract, client, milestone = _delivered(freelancer, monkeypatch, files=[])
    cl = new_page(width=width)
    sign_in(cl, client.email, CLIENT_PASSWORD)
    cl.goto(f"/contracts/{contract.pk}/")
    amount = _box(cl.locator(f"#approve-amount-{milestone.pk}"))
    help_text = _box(cl.locator(f"#approve-help-{milestone.pk}"))
    cl.get_by_text("Release more than escrow holds (a bonus)").click()  # folded away until asked
    method = _box(cl.locator(f"#approve-method-{milestone.pk}"))
    button = _box(cl.get_by_role("button", name="Approve and release"))
    # Not wrapped around the input: the help starts below it, at its left edge.
    assert help_text["y"] >= amount["y"] + amount["height"]
    assert abs(help_text["x"] - amount["x"]) < 2
    # The button is below the card select, not beside it as if it belonged to it.
    assert button["y"] >= method["y"] + method["height"]


def _box(locator) -> dict:
    box = locator.bounding_box()
    assert box is not None
    return dict(box)
