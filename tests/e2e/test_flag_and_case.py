"""A client flags a contract; Trust & Safety staff (not a superuser) find it in the queue,
take it and uphold it; the client sees the outcome under their flags."""

from __future__ import annotations

import pytest

from tests.accounts.factories import DEFAULT_PASSWORD
from tests.accounts.helpers import current_code, give_totp
from tests.contracts.factories import active_contract
from tests.e2e.conftest import check_accessibility
from tests.e2e.signing import sign_in_staff_at_any_width

pytestmark = pytest.mark.django_db(transaction=True)


def _at_both_widths(page, name: str) -> None:
    check_accessibility(page, f"{name}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    check_accessibility(page, f"{name}-390")
    page.set_viewport_size({"width": 1280, "height": 900})


def _sign_in(page, email: str, password: str) -> None:
    page.goto("/accounts/sign-in/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_a_client_flags_a_contract_and_trust_and_safety_uphold_it(
    new_page, freelancer, trust_safety_staff, monkeypatch
):
    contract, client = active_contract(freelancer, monkeypatch)

    reporter = new_page()
    _sign_in(reporter, client.email, "a-long-client-passphrase-7")
    reporter.goto(f"/contracts/{contract.pk}/")
    reporter.get_by_role("link", name="Flag this contract as inappropriate").click()
    reporter.get_by_label("What is wrong?").select_option("off_platform_payment")
    reporter.get_by_label("Details (optional)").fill("He asked me to pay by bank wire instead.")
    _at_both_widths(reporter, "flag-form")
    reporter.get_by_role("button", name="Send flag").click()
    reporter.get_by_role("heading", name="flag FL-", exact=False).wait_for()

    staff = new_page()
    give_totp(trust_safety_staff)
    _sign_in(staff, trust_safety_staff.email, DEFAULT_PASSWORD)
    staff.get_by_label("Code from your authenticator app").fill(current_code(trust_safety_staff))
    staff.get_by_role("button", name="Verify and sign in").click()
    staff.goto("/trust/")
    _at_both_widths(staff, "trust-queue")
    staff.get_by_role("link", name="TS-", exact=False).first.click()
    staff.get_by_text("He asked me to pay by bank wire instead.").wait_for()
    staff.get_by_role("button", name="Assign to me").click()
    staff.get_by_label("Reason for upholding (held items stay refused)").fill(
        "Asked the client to pay outside the platform."
    )
    _at_both_widths(staff, "trust-case")
    staff.get_by_role("button", name="Uphold").click()
    staff.get_by_text("Upheld: action taken").first.wait_for()

    reporter.goto("/trust/my-flags/")
    reporter.get_by_test_id("report-outcome").get_by_text("Action taken", exact=True).wait_for()
    _at_both_widths(reporter, "my-flags")


def test_staff_freeze_escrow_the_freelancer_appeals_and_another_member_overturns(
    new_page, freelancer, trust_safety_staff, monkeypatch
):
    from tests.accounts.factories import StaffFactory

    second = StaffFactory(email="tina.trust@example.com", groups=["trust_safety"])
    contract, client = active_contract(freelancer, monkeypatch)

    reporter = new_page()
    _sign_in(reporter, client.email, "a-long-client-passphrase-7")
    reporter.goto(f"/trust/flag/?kind=contract&id={contract.pk}")
    reporter.get_by_label("What is wrong?").select_option("scam_fraud")
    reporter.get_by_role("button", name="Send flag").click()
    reporter.get_by_role("heading", name="flag FL-", exact=False).wait_for()

    staff = new_page()
    sign_in_staff_at_any_width(staff, trust_safety_staff)
    staff.goto("/trust/")
    staff.get_by_role("link", name="TS-", exact=False).first.click()
    reference = staff.get_by_role("heading", level=1).inner_text().split()[-1]
    staff.get_by_label("Reason for an action", exact=False).fill("Fraud report under review.")
    staff.get_by_role("button", name="Freeze escrow").click()
    staff.get_by_text("Escrow frozen: both parties see why.").wait_for()

    reporter.goto(f"/contracts/{contract.pk}/")
    reporter.get_by_test_id("contract-freeze").wait_for()
    _at_both_widths(reporter, "contract-frozen-client")

    worker = new_page()
    _sign_in(worker, freelancer.email, DEFAULT_PASSWORD)
    worker.goto(f"/contracts/{contract.pk}/")
    worker.get_by_test_id("contract-freeze").wait_for()
    worker.goto(f"/trust/appeals/{reference}/")
    worker.get_by_label("Why was the action wrong?").fill("I never asked for money elsewhere.")
    _at_both_widths(worker, "appeal-form")
    worker.get_by_role("button", name="Send appeal").click()
    worker.get_by_text("Your appeal: Waiting for a decision").wait_for()

    other = new_page()
    sign_in_staff_at_any_width(other, second)
    other.goto(f"/trust/cases/{reference}/")
    other.get_by_label("Reason for accepting the appeal (the action is undone)").fill(
        "The messages show no request to pay elsewhere."
    )
    _at_both_widths(other, "trust-case-appeal")
    other.get_by_role("button", name="Accept the appeal").click()
    other.get_by_text("Appeal accepted: the action was undone.").wait_for()

    worker.goto(f"/contracts/{contract.pk}/")
    assert worker.get_by_test_id("contract-freeze").count() == 0


def test_on_a_phone_a_circumvention_case_stacks_both_records_within_the_screen(
    new_page, trust_safety_staff
):
    from directcontracts.core.concerns import Concern, raise_concern
    from directcontracts.trust.models import Case

    raise_concern(
        Concern(
            source="circumvention",
            target_kind="circumvention_check",
            target_id="91",
            reason="circumvention",
            summary="Possible existing account (score 9.50) at invitation_accepted",
            evidence={
                "check": 91,
                "invited": {"email": "mia.m@northwind-bakery.example", "name": "Mia Marketplace"},
                "existing_account": {
                    "email": "marketplace.client.with.a.long.address@demo.test",
                    "name": "Mia Marketplace",
                },
                "signals": [{"field": "name", "level": "exact", "weight": 6.0}],
            },
        )
    )
    page = new_page(width=390, height=844)
    sign_in_staff_at_any_width(page, trust_safety_staff)
    page.goto(f"/trust/cases/{Case.objects.get(target_id='91').reference}/")
    cells = page.locator('[data-testid="side-by-side"] td')
    boxes = [cells.nth(i).bounding_box() for i in range(cells.count())]
    assert all(box["x"] + box["width"] <= 390 for box in boxes)  # nothing runs off the screen
    # Each cell holds its own two-line label: the next one starts below it.
    labels = page.evaluate(
        """[...document.querySelectorAll('[data-testid="side-by-side"] td')].map(td => {
            const cell = td.getBoundingClientRect();
            const label = parseFloat(getComputedStyle(td, '::before').height);
            return [cell.height, label];
        })"""
    )
    assert all(cell >= label for cell, label in labels)
    check_accessibility(page, "circumvention-case-390")
