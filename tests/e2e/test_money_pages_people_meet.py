"""What a client and a freelancer see around money, in Chromium at 1280 px and 390 px:
the progress of an active contract, styled inputs, the earnings' release rows and dates,
an ended contract's fund page, removing a declined card, and a held acceptance."""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import Contract
from directcontracts.payments.sandbox import CARD_DECLINED
from tests.contracts.factories import active_contract, card, sent_invitation
from tests.e2e.helpers import CLIENT_PASSWORD, both_widths, settle
from tests.e2e.signing import sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def _funded(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    settle()
    milestone.refresh_from_db()
    return contract, client, milestone


def test_the_freelancer_sees_where_an_active_contract_stands(new_page, freelancer, monkeypatch):
    contract, _, _ = _funded(freelancer, monkeypatch)
    page = new_page()
    sign_in(page, freelancer.email)
    page.goto(f"/contracts/{contract.pk}/")
    progress = page.get_by_role("navigation", name="Progress")
    assert progress.locator("[aria-current=step]").inner_text() != ""
    page.get_by_test_id("next-step").get_by_text("Your next step", exact=False).wait_for()
    both_widths(page, "active-contract-freelancer")


def test_number_and_date_inputs_are_styled_like_the_other_fields(new_page, freelancer):
    page = new_page()
    sign_in(page, freelancer.email)
    page.goto("/contracts/new/")
    text_border = page.get_by_label("Client's name").evaluate(
        "e => getComputedStyle(e).borderTopWidth + getComputedStyle(e).borderTopStyle + getComputedStyle(e).paddingTop"
    )
    for field in ("input[type=date]", "input[type=number]"):
        inputs = page.locator(field)
        if inputs.count():
            style = inputs.first.evaluate(
                "e => getComputedStyle(e).borderTopWidth + getComputedStyle(e).borderTopStyle + getComputedStyle(e).paddingTop"
            )
            assert style == text_border, field


def test_the_earnings_page_lists_each_release_and_when_held_money_is_free(
    new_page, freelancer, monkeypatch
):
    contract, client, milestone = _funded(freelancer, monkeypatch)
    escrow.approve_milestone(milestone=milestone, by=client)
    release = milestone.releases.get()
    page = new_page()
    sign_in(page, freelancer.email)
    page.goto("/earnings/")
    row = page.get_by_test_id("release-row").first
    for figure in ("$500.00", "$25.00", "$475.00"):
        row.get_by_text(figure, exact=False).first.wait_for()
    page.get_by_text(release.available_at.strftime("%-d %B %Y")).first.wait_for()
    both_widths(page, "earnings-releases")
    page.set_viewport_size({"width": 390, "height": 844})
    for label in ("Gross", "Fee", "You receive", "Withdrawable"):
        cell = row.locator(f'td[data-label="{label}"]').bounding_box()
        assert cell["x"] + cell["width"] <= 390, f"{label} is off a phone's screen"


def test_an_ended_contract_offers_no_pay_button(new_page, freelancer, monkeypatch):
    contract, client, milestone = _funded(freelancer, monkeypatch)
    Contract.objects.filter(pk=contract.pk).update(state="ended")
    page = new_page()
    sign_in(page, client.email, CLIENT_PASSWORD)
    page.goto(f"/contracts/{contract.pk}/milestones/{milestone.pk}/fund/")
    page.get_by_test_id("cannot-pay").wait_for()
    assert page.get_by_role("button", name="into escrow").count() == 0
    both_widths(page, "fund-ended")


def test_a_client_removes_a_declined_card(new_page, freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    declined = card(client, number=CARD_DECLINED)
    page = new_page()
    sign_in(page, client.email, CLIENT_PASSWORD)
    page.goto(f"/contracts/{contract.pk}/milestones/{milestone.pk}/fund/")
    page.get_by_role("button", name="Pay ").first.click()
    page.get_by_text("declined", exact=False).first.wait_for()
    assert page.get_by_role("button", name=f"Remove {declined.label}").count() == 0
    page.get_by_test_id("manage-methods").get_by_role("link").click()
    # Billing links to a page that asks first; its button removes the card.
    page.get_by_role("link", name=f"Remove {declined.label}").click()
    page.get_by_role("heading", name=f"Remove your {declined.label}?").wait_for()
    page.get_by_role("button", name=f"Remove {declined.label}").click()
    page.get_by_text(f"{declined.label[:1].upper()}{declined.label[1:]} removed.").wait_for()
    assert page.get_by_role("link", name=f"Remove {declined.label}").count() == 0


def test_the_freelancer_is_told_an_acceptance_waits_for_a_routine_check(new_page, freelancer):
    from directcontracts.circumvention.models import CircumventionCheck
    from directcontracts.contracts.identity import subject_of

    contract, _, _ = sent_invitation(freelancer)
    CircumventionCheck.objects.create(
        subject=subject_of(contract),
        checkpoint="invitation_accepted",
        decision=CircumventionCheck.Decision.REVIEW,
        score=0.7,
        review_state=CircumventionCheck.ReviewState.HELD,
    )
    page = new_page()
    sign_in(page, freelancer.email)
    page.goto(f"/contracts/{contract.pk}/")
    page.get_by_test_id("identity-review").get_by_text("routine check", exact=False).wait_for()
    assert page.get_by_text("Waiting for", exact=False).count() == 0
    both_widths(page, "identity-review")
