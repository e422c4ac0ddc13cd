"""A visitor (no account) pastes a forged link and is warned, then a genuine code and sees
the contract's summary; the page is accessible at 1280 and 390 px."""

from __future__ import annotations

import pytest

from tests.contracts.factories import sent_invitation
from tests.e2e.conftest import check_accessibility

pytestmark = pytest.mark.django_db(transaction=True)


def _at_both_widths(page, name: str) -> None:
    check_accessibility(page, f"{name}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    check_accessibility(page, f"{name}-390")
    page.set_viewport_size({"width": 1280, "height": 900})


def test_a_visitor_is_warned_about_a_forged_link_then_sees_a_genuine_summary(page, freelancer):
    _, invitation, _ = sent_invitation(freelancer, title="Bakery website")
    code = invitation.verification.code

    page.goto("/verify/")
    _at_both_widths(page, "verify-empty")
    field = page.get_by_label("What did you receive?")
    field.fill(
        "Dear client, please pay your invoice here: "
        "https://directcontracts-payments.example.net/invitations/pay-now/ Thanks!"
    )
    page.get_by_role("button", name="Check").click()
    page.get_by_role("heading", name="⚠ Not our website").wait_for()
    assert page.get_by_text("directcontracts-payments.example.net").count() >= 1
    # The check itself reported it: a visitor is told so, not sent to sign in to flag it.
    page.get_by_text("Already reported.").wait_for()
    assert page.get_by_role("link", name="as Inappropriate").count() == 0
    assert page.get_by_text("Bakery website").count() == 0
    _at_both_widths(page, "verify-foreign")

    page.get_by_label("What did you receive?").fill(code)
    page.get_by_role("button", name="Check").click()
    page.get_by_role("heading", name="✓ Genuine request").wait_for()
    assert page.get_by_text("Bakery website").count() == 1
    assert page.get_by_text(freelancer.display_name).count() >= 1
    _at_both_widths(page, "verify-genuine")
