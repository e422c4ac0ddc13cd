"""The freeze contracts offers to disputes and Trust & Safety: escrow freezes, contract holds,
payout holds, and the guards in every money path."""

from __future__ import annotations

import re
import warnings
from datetime import timedelta

import pytest

from directcontracts.contracts import earnings, escrow, freezes, paying
from directcontracts.contracts.freeze_models import EscrowFreeze, PayoutHold
from directcontracts.contracts.models import MilestoneState, RefundRequestState
from directcontracts.core.errors import DomainError
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from directcontracts.notifications.models import Notice
from directcontracts.payments import payouts
from tests.contracts.factories import active_contract, card, funded_milestone, settle_gateway

pytestmark = pytest.mark.django_db


def _escrow_of(contract):
    return balance(account_id=chart.escrow(contract.pk, contract.currency).pk)


def _freeze(contract, milestone=None, **overrides):
    fields = {
        "source": "dispute",
        "reference": "dispute:12",
        "reason": "The client says the design was not delivered.",
        "url": "/disputes/12/",
    }
    fields.update(overrides)
    return freezes.freeze_escrow(contract=contract, milestone=milestone, **fields)


def _hold(contract, **overrides):
    fields = {
        "source": "trust_safety",
        "reference": "case:7",
        "reason": "Reported as a possible scam; we are checking.",
    }
    fields.update(overrides)
    return freezes.hold_contract(contract=contract, **fields)


def _refused(call, *args, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as refused:
        call(*args, **kwargs)
    return refused.value


@pytest.fixture
def funded(freelancer, monkeypatch, frozen_clock):
    return funded_milestone(freelancer, monkeypatch, frozen_clock)


@pytest.fixture
def submitted(funded, freelancer):
    contract, client, milestone = funded
    escrow.submit_work(milestone=milestone, by=freelancer, message="Designs attached")
    milestone.refresh_from_db()
    return contract, client, milestone


# --- Escrow freezes ---------------------------------------------------------------------------


def test_a_frozen_milestone_cannot_be_released(submitted):
    contract, client, milestone = submitted
    _freeze(contract, milestone)
    error = _refused(escrow.approve_milestone, milestone=milestone, by=client)
    assert error.code == "escrow_frozen"
    assert error.status == 409
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.SUBMITTED
    assert _escrow_of(contract).posted == 50_000


def test_the_refusal_says_who_froze_it_and_what_to_do(submitted):
    contract, client, milestone = submitted
    _freeze(contract, milestone)
    error = _refused(escrow.approve_milestone, milestone=milestone, by=client)
    assert "frozen by a dispute (dispute #12)" in error.message
    assert "The client says the design was not delivered." in error.message
    assert "/disputes/12/" in error.message
    assert error.details["source"] == "dispute"
    assert error.details["reference"] == "dispute:12"


def test_a_frozen_milestone_cannot_be_refunded_by_the_freelancer(funded, freelancer):
    contract, client, milestone = funded
    _freeze(contract, milestone)
    error = _refused(escrow.refund_milestone, milestone=milestone, by=freelancer)
    assert error.code == "escrow_frozen"
    assert _escrow_of(contract).posted == 50_000


def test_a_frozen_milestone_takes_no_refund_request(funded):
    contract, client, milestone = funded
    _freeze(contract, milestone)
    error = _refused(escrow.request_refund, milestone=milestone, by=client, reason="Not needed")
    assert error.code == "escrow_frozen"


def test_a_waiting_refund_request_cannot_be_accepted_while_frozen(funded, freelancer):
    contract, client, milestone = funded
    request = escrow.request_refund(milestone=milestone, by=client, reason="Not needed")
    _freeze(contract, milestone)
    error = _refused(escrow.answer_refund_request, request=request, by=freelancer, accept=True)
    assert error.code == "escrow_frozen"
    request.refresh_from_db()
    assert request.state == RefundRequestState.PENDING


def test_a_refund_requests_silent_deadline_waits_for_the_freeze_to_be_lifted(
    funded, frozen_clock, settings
):
    contract, client, milestone = funded
    escrow.request_refund(milestone=milestone, by=client, reason="Not needed")
    freeze = _freeze(contract, milestone)
    frozen_clock.advance(days=settings.REFUND_ANSWER_DAYS, seconds=1)
    assert escrow.settle_unanswered_refund_requests() == 0
    assert _escrow_of(contract).posted == 50_000

    freezes.lift_freeze(freeze=freeze, reason="Dispute withdrawn.")
    assert escrow.settle_unanswered_refund_requests() == 1
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.REFUNDED


def test_a_freeze_on_the_whole_contract_stops_every_milestone(submitted):
    contract, client, milestone = submitted
    _freeze(contract, source="trust_safety", reference="case:7", url="")
    error = _refused(escrow.approve_milestone, milestone=milestone, by=client)
    assert error.code == "escrow_frozen"
    assert "This contract's escrow is frozen by Trust & Safety (case #7)" in error.message
    second = contract.milestones.order_by("position").last()
    error = _refused(escrow.fund_milestone, milestone=second, by=client, method=card(client))
    assert error.code == "escrow_frozen"
    assert not second.events.filter(kind="milestone.funding_pending").exists()


def test_settlement_of_a_funding_under_way_completes_into_frozen_escrow(
    freelancer, monkeypatch, frozen_clock
):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    _freeze(contract, source="trust_safety", reference="case:7")
    settle_gateway(frozen_clock)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    assert _escrow_of(contract).posted == 50_000


def test_a_bonus_that_settles_while_frozen_waits_for_approval(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    method = card(client)
    escrow.approve_milestone(milestone=milestone, by=client, amount_minor=60_000, method=method)
    bonus = contract.milestones.get(release_on_funding=True)
    _freeze(contract, source="trust_safety", reference="case:7")
    settle_gateway(frozen_clock)
    bonus.refresh_from_db()
    assert bonus.state == MilestoneState.FUNDED
    assert _escrow_of(contract).posted == 10_000


def test_auto_release_skips_a_frozen_milestone(submitted, frozen_clock):
    contract, client, milestone = submitted
    _freeze(contract, milestone)
    frozen_clock.advance(days=contract.review_period_days + 30)
    assert escrow.release_due_milestones() == 0
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.SUBMITTED


def test_the_review_clock_stops_and_resumes_with_the_time_that_was_left(submitted, frozen_clock):
    contract, client, milestone = submitted
    frozen_clock.advance(days=4)
    freeze = _freeze(contract, milestone)
    milestone.refresh_from_db()
    assert milestone.review_deadline is None
    assert milestone.review_time_left == timedelta(days=contract.review_period_days - 4)

    frozen_clock.advance(days=20)
    freezes.lift_freeze(freeze=freeze, reason="Resolved by agreement.")
    milestone.refresh_from_db()
    assert milestone.review_time_left is None
    assert milestone.review_deadline == frozen_clock.now() + timedelta(
        days=contract.review_period_days - 4
    )
    assert milestone.events.filter(kind="milestone.review_clock_resumed").exists()


def test_the_clock_resumes_only_when_the_last_freeze_is_lifted(submitted):
    contract, client, milestone = submitted
    first = _freeze(contract, milestone)
    second = _hold(contract)
    freezes.lift_freeze(freeze=first, reason="Dispute withdrawn.")
    milestone.refresh_from_db()
    assert milestone.review_deadline is None
    freezes.lift_freeze(freeze=second, reason="Checked: all fine.")
    milestone.refresh_from_db()
    assert milestone.review_deadline is not None


def test_a_submission_while_frozen_keeps_its_clock_stopped(funded, freelancer):
    contract, client, milestone = funded
    _freeze(contract, milestone)
    escrow.submit_work(milestone=milestone, by=freelancer, message="Here it is")
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.SUBMITTED
    assert milestone.review_deadline is None
    assert milestone.review_time_left == timedelta(days=contract.review_period_days)


def test_a_lifted_freeze_lets_money_move_again(submitted):
    contract, client, milestone = submitted
    freeze = _freeze(contract, milestone)
    freezes.lift_freeze(freeze=freeze, reason="Dispute withdrawn.")
    escrow.approve_milestone(milestone=milestone, by=client)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.RELEASED


# --- Holds ------------------------------------------------------------------------------------


def test_a_hold_refuses_release_with_contract_on_hold(submitted):
    contract, client, milestone = submitted
    _hold(contract)
    error = _refused(escrow.approve_milestone, milestone=milestone, by=client)
    assert error.code == "contract_on_hold"
    assert "on hold" in error.message


def test_a_hold_refuses_new_funding(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    _hold(contract)
    milestone = contract.milestones.order_by("position").first()
    error = _refused(escrow.fund_milestone, milestone=milestone, by=client, method=card(client))
    assert error.code == "contract_on_hold"


def test_a_hold_lets_refunds_to_the_client_through(funded, freelancer):
    contract, client, milestone = funded
    _hold(contract)
    escrow.refund_milestone(milestone=milestone, by=freelancer, reason="Cancelled")
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.REFUNDED


# --- Idempotency, record, validation ------------------------------------------------------------


def test_freezing_again_with_the_same_reference_returns_the_first_freeze(submitted):
    contract, client, milestone = submitted
    first = _freeze(contract, milestone)
    again = _freeze(contract, milestone, reason="Another wording")
    assert again.pk == first.pk
    assert EscrowFreeze.objects.count() == 1
    assert contract.events.filter(kind="escrow.frozen").count() == 1


def test_a_lifted_freeze_stays_on_record_and_cannot_be_lifted_twice(submitted, trust_safety_staff):
    contract, client, milestone = submitted
    freeze = _freeze(contract, milestone)
    lifted = freezes.lift_freeze(freeze=freeze, by=trust_safety_staff, reason="Withdrawn.")
    assert lifted.lifted_by == trust_safety_staff
    assert lifted.lift_reason == "Withdrawn."
    error = _refused(freezes.lift_freeze, freeze=freeze, reason="Again")
    assert error.code == "freeze_already_lifted"
    assert EscrowFreeze.objects.filter(pk=freeze.pk).exists()


def test_the_same_reference_can_freeze_again_after_a_lift(submitted):
    contract, client, milestone = submitted
    first = _freeze(contract, milestone)
    freezes.lift_freeze(freeze=first, reason="Lifted")
    second = _freeze(contract, milestone)
    assert second.pk != first.pk


def test_freeze_and_lift_are_on_the_timeline_and_told_to_both_parties(submitted, freelancer):
    contract, client, milestone = submitted
    freeze = _freeze(contract, milestone)
    freezes.lift_freeze(freeze=freeze, reason="Resolved.")
    kinds = list(contract.events.values_list("kind", flat=True))
    assert "escrow.frozen" in kinds
    assert "milestone.review_clock_stopped" in kinds
    assert "escrow.unfrozen" in kinds
    for person in (freelancer, client):
        assert Notice.objects.filter(recipient=person, kind="escrow.frozen").exists()
        assert Notice.objects.filter(recipient=person, kind="escrow.unfrozen").exists()


def test_a_caller_that_tells_the_parties_itself_can_freeze_silently(submitted):
    contract, client, milestone = submitted
    _freeze(contract, milestone, notify_parties=False)
    assert not Notice.objects.filter(kind="escrow.frozen").exists()
    assert contract.events.filter(kind="escrow.frozen").exists()


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"source": "aliens"}, "source"),
        ({"reason": "   "}, "reason"),
        ({"reason": "x" * 2001}, "reason"),
        ({"reason": "bad\x00byte"}, "reason"),
        ({"reference": ""}, "reference"),
        ({"url": "https://elsewhere.example/"}, "url"),
    ],
)
def test_bad_freeze_input_is_refused_with_its_field(submitted, overrides, field):
    contract, client, milestone = submitted
    error = _refused(_freeze, contract, milestone, **overrides)
    assert error.code == "freeze_invalid"
    assert error.details["field"] == field
    assert not EscrowFreeze.objects.exists()


def test_a_milestone_of_another_contract_cannot_be_frozen(submitted, freelancer, monkeypatch):
    contract, client, milestone = submitted
    other, _ = active_contract(freelancer, monkeypatch, client_email="other.client@example.org")
    error = _refused(_freeze, other, milestone)
    assert error.code == "freeze_invalid"


def test_a_chargeback_still_takes_money_from_frozen_escrow(freelancer, monkeypatch, frozen_clock):
    """The bank's decision is a fact the ledger records; the freeze stops us, not the bank."""
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client, "4000000000000259"))
    settle_gateway(frozen_clock, seconds=10)
    _freeze(contract, milestone)
    settle_gateway(frozen_clock, seconds=3600)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.REFUNDED
    assert _escrow_of(contract).posted == 0


# --- Payout holds -------------------------------------------------------------------------------


def _released_and_past_the_hold(submitted, frozen_clock, settings):
    contract, client, milestone = submitted
    escrow.approve_milestone(milestone=milestone, by=client)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    return contract


def _bank(freelancer):
    return payouts.add_payout_method(
        owner=freelancer, account_number="000123456789", holder_name="Fiona F", currency="USD"
    )


def _hold_payouts(freelancer, amount_minor=20_000, **overrides):
    fields = {
        "source": "chargeback",
        "reference": "chargeback:3",
        "reason": "The client's bank is reviewing a chargeback of $200.00.",
    }
    fields.update(overrides)
    return freezes.hold_payouts(
        freelancer=freelancer, currency="USD", amount_minor=amount_minor, **fields
    )


def test_a_payout_hold_reduces_what_can_be_withdrawn(submitted, freelancer, frozen_clock, settings):
    _released_and_past_the_hold(submitted, frozen_clock, settings)
    assert paying.withdrawable(freelancer, "USD") == 47_500
    _hold_payouts(freelancer)
    assert paying.withdrawable(freelancer, "USD") == 27_500


def test_a_payout_hold_for_a_contract_names_it_in_the_notice(submitted, freelancer):
    contract, _, _ = submitted
    _hold_payouts(freelancer, contract=contract)
    notice = Notice.objects.get(recipient=freelancer, kind="payouts.held")
    assert notice.about == f"Contract #{contract.pk}: {contract.title}"


def test_a_payout_hold_for_no_contract_names_none(freelancer):
    _hold_payouts(freelancer, source="trust_safety", reference="case:9")
    assert Notice.objects.get(recipient=freelancer, kind="payouts.held").about == ""


def test_the_earnings_page_says_what_a_payout_hold_leaves_to_withdraw(
    submitted, freelancer, frozen_clock, settings
):
    _released_and_past_the_hold(submitted, frozen_clock, settings)
    _hold_payouts(freelancer)
    (row,) = earnings.summary(freelancer)
    assert row["withdrawable_minor"] == paying.withdrawable(freelancer, "USD") == 27_500
    assert row["withdrawable"] == "$275.00"


def test_the_earnings_page_says_nothing_can_be_withdrawn_under_a_whole_balance_hold(
    submitted, freelancer, frozen_clock, settings
):
    _released_and_past_the_hold(submitted, frozen_clock, settings)
    _hold_payouts(freelancer, amount_minor=None, source="trust_safety", reference="case:9")
    (row,) = earnings.summary(freelancer)
    assert row["withdrawable_minor"] == 0


def test_a_payout_above_the_unheld_balance_is_refused_with_the_reason(
    submitted, freelancer, frozen_clock, settings
):
    _released_and_past_the_hold(submitted, frozen_clock, settings)
    _hold_payouts(freelancer)
    error = _refused(
        paying.withdraw,
        freelancer=freelancer,
        method=_bank(freelancer),
        amount_minor=30_000,
        idempotency_key="p1",
    )
    assert error.code == "payouts_on_hold"
    assert error.status == 409
    assert "$275.00" in error.message
    assert "chargeback #3" in error.message
    assert "reviewing a chargeback" in error.message


def test_a_payout_within_the_unheld_balance_goes_through(
    submitted, freelancer, frozen_clock, settings
):
    _released_and_past_the_hold(submitted, frozen_clock, settings)
    _hold_payouts(freelancer)
    payout = paying.withdraw(
        freelancer=freelancer, method=_bank(freelancer), amount_minor=27_500, idempotency_key="p1"
    )
    assert payout.amount_minor == 27_500


def test_a_whole_balance_hold_refuses_every_payout(submitted, freelancer, frozen_clock, settings):
    _released_and_past_the_hold(submitted, frozen_clock, settings)
    _hold_payouts(freelancer, amount_minor=None, source="trust_safety", reference="case:9")
    assert paying.withdrawable(freelancer, "USD") == 0
    error = _refused(
        paying.withdraw,
        freelancer=freelancer,
        method=_bank(freelancer),
        amount_minor=1_000,
        idempotency_key="p1",
    )
    assert error.code == "payouts_on_hold"
    assert "Your whole balance" in error.message


def test_lifting_a_payout_hold_lets_payouts_through(submitted, freelancer, frozen_clock, settings):
    _released_and_past_the_hold(submitted, frozen_clock, settings)
    hold = _hold_payouts(freelancer)
    freezes.lift_payout_hold(hold=hold, reason="The bank decided for us.")
    assert paying.withdrawable(freelancer, "USD") == 47_500
    assert Notice.objects.filter(recipient=freelancer, kind="payouts.hold_lifted").exists()


def test_holding_payouts_again_with_the_same_reference_returns_the_first_hold(freelancer):
    first = _hold_payouts(freelancer)
    again = _hold_payouts(freelancer, amount_minor=99_999)
    assert again.pk == first.pk
    assert PayoutHold.objects.count() == 1


def test_a_payout_hold_tells_the_freelancer_why(freelancer):
    _hold_payouts(freelancer)
    notice = Notice.objects.get(recipient=freelancer, kind="payouts.held")
    assert "reviewing a chargeback" in notice.body


def test_a_payout_hold_for_a_contract_is_on_its_timeline(submitted, freelancer):
    contract, client, milestone = submitted
    _hold_payouts(freelancer, contract=contract)
    assert contract.events.filter(kind="payouts.held").exists()


@pytest.mark.parametrize("amount", [0, -5, True])
def test_a_payout_hold_needs_a_positive_amount(freelancer, amount):
    error = _refused(_hold_payouts, freelancer, amount_minor=amount)
    assert error.code == "freeze_invalid"


def test_a_lifted_payout_hold_cannot_be_lifted_twice(freelancer):
    hold = _hold_payouts(freelancer)
    freezes.lift_payout_hold(hold=hold, reason="Done")
    error = _refused(freezes.lift_payout_hold, hold=hold, reason="Again")
    assert error.code == "freeze_already_lifted"


# --- Pages and API: the same words everywhere ----------------------------------------------------


def test_both_parties_see_the_freeze_and_the_stopped_clock_on_the_contract_page(
    client, submitted, freelancer
):
    from django.urls import reverse

    contract, buyer, milestone = submitted
    _freeze(contract, milestone)
    for person in (freelancer, buyer):
        client.force_login(person)
        page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
        assert 'data-testid="milestone-freeze-1"' in page
        assert "frozen by a dispute (dispute #12)" in page
        assert "Review clock stopped with" in page


def test_a_refused_approval_on_the_page_shows_the_freeze(client, submitted):
    from django.urls import reverse

    contract, buyer, milestone = submitted
    _hold(contract)
    client.force_login(buyer)
    response = client.post(
        reverse("contracts:approve", args=[contract.pk, milestone.pk]), {"confirmed": "on"}
    )
    assert response.status_code == 409
    assert "on hold" in response.content.decode()


def test_a_refused_approval_through_the_api_is_409_with_the_same_message(client, submitted):
    from directcontracts.accounts.services import create_api_token

    contract, buyer, milestone = submitted
    _freeze(contract, milestone)
    expected = _refused(escrow.approve_milestone, milestone=milestone, by=buyer).message
    _, secret = create_api_token(user=buyer, name="test")
    response = client.post(
        f"/api/v1/contracts/{contract.pk}/milestones/{milestone.pk}/approve",
        data={},
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}", "Idempotency-Key": "a-1"},
    )
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "escrow_frozen"
    assert response.json()["error"]["message"] == expected


def test_the_earnings_page_shows_a_payout_hold_with_its_reason(client, freelancer):
    from django.urls import reverse

    _hold_payouts(freelancer)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    assert 'data-testid="payout-hold"' in page
    assert "reviewing a chargeback" in page


def test_the_earnings_page_names_a_payout_hold_in_words_without_pointing_to_itself(
    client, submitted, freelancer, frozen_clock, settings
):
    _released_and_past_the_hold(submitted, frozen_clock, settings)
    _hold_payouts(freelancer, url="/earnings/")
    client.force_login(freelancer)
    page = client.get("/earnings/").content.decode()
    notice = page[page.index('data-testid="payout-hold"') :].split("</div>", 1)[0]
    assert "(chargeback #3)" in notice
    assert "chargeback:3" not in notice
    assert "/earnings/" not in notice


def test_a_payout_refused_by_a_hold_on_the_earnings_page_says_what_to_enter_instead(
    client, submitted, freelancer, frozen_clock, settings
):
    _released_and_past_the_hold(submitted, frozen_clock, settings)
    _hold_payouts(freelancer, url="/earnings/")
    method = _bank(freelancer)
    client.force_login(freelancer)
    response = client.post(
        "/earnings/payouts/", {"payout_method": method.pk, "amount": "400", "attempt": "h1"}
    )
    page = response.content.decode()
    assert response.status_code == 409
    assert (
        "You can withdraw up to $275.00 now: the rest of your balance is held from payouts, "
        "as the notice below explains. Enter $275.00 or less." in page
    )
    # Neither the refusal nor the hold's notice sends the freelancer to the page they are on.
    assert "Go to chargeback #3" not in page
    notice = page.split('data-testid="payout-hold"', 1)[1].split("</div>")[0]
    assert 'href="/earnings/"' not in notice


def test_a_frozen_milestone_links_to_its_dispute_instead_of_printing_the_address(
    client, submitted, freelancer, frozen_clock
):
    contract, _, milestone = submitted
    _freeze(contract, milestone)
    client.force_login(freelancer)
    page = client.get(f"/contracts/{contract.pk}/").content.decode()
    notice = page[page.index('data-testid="milestone-freeze-') :].split("</p>", 1)[0]
    assert '<a href="/disputes/12/">Go to dispute #12</a>' in notice
    assert "See /disputes/12/" not in notice


def test_the_activity_entry_of_a_freeze_does_not_print_an_address(submitted):
    contract, _, milestone = submitted
    _freeze(contract, milestone)
    entry = contract.events.get(kind="escrow.frozen")
    assert "dispute #12" in entry.message
    assert "/disputes/12/" not in entry.message


def test_a_payout_hold_notice_links_the_page_with_the_sites_address_not_a_bare_path(
    freelancer, settings
):
    settings.BASE_URL = "https://escrow.example.org"
    _hold_payouts(freelancer, source="trust_safety", reference="case:9", url="/earnings/")
    body = Notice.objects.get(recipient=freelancer, kind="payouts.held").body
    assert body.endswith("Go to Trust & Safety case #9: https://escrow.example.org/earnings/")


def test_lifting_a_freeze_names_its_reference_in_words_on_the_timeline(funded):
    contract, _, milestone = funded
    freezes.lift_freeze(freeze=_freeze(contract, milestone), reason="Dispute withdrawn.")
    event = contract.events.get(kind="escrow.unfrozen")
    assert event.message == "Lifted (dispute #12): Dispute withdrawn."


def test_a_frozen_contracts_note_links_with_words_naming_where_it_goes(
    client, submitted, freelancer, frozen_clock
):
    contract, _, _ = submitted
    _hold(contract, url="/trust/appeals/TS-2026-7/", reference="TS-2026-7")
    client.force_login(freelancer)
    page = client.get(f"/contracts/{contract.pk}/").content.decode()
    notice = page[page.index('data-testid="contract-freeze"') :].split("</div>", 1)[0]
    assert '<a href="/trust/appeals/TS-2026-7/">Go to Trust &amp; Safety case TS-2026-7</a>' in (
        notice
    )
    assert "Open it" not in notice


def test_a_payout_holds_note_links_with_words_naming_where_it_goes(client, freelancer):
    _hold_payouts(freelancer, url="/disputes/chargebacks/3/")
    client.force_login(freelancer)
    page = client.get("/earnings/").content.decode()
    notice = page[page.index('data-testid="payout-hold"') :].split("</div>", 1)[0]
    assert '<a href="/disputes/chargebacks/3/">Go to chargeback #3</a>' in notice
    assert "Open it" not in notice


def test_the_notices_page_links_where_a_freeze_is_explained_in_words(
    client, submitted, freelancer, frozen_clock, settings
):
    settings.BASE_URL = "https://escrow.example.org"
    contract, _, milestone = submitted
    _freeze(contract, milestone)
    client.force_login(freelancer)
    page = client.get("/notifications/").content.decode()
    assert '<a href="/disputes/12/">Go to dispute #12</a>' in page
    assert "https://escrow.example.org" not in page


def test_a_link_meant_for_one_party_is_shown_to_that_party_only(submitted, freelancer):
    contract, _, _ = submitted
    freeze = _hold(
        contract, url="/trust/appeals/TS-2026-7/", url_for=freelancer, link_text="Read why"
    )
    assert freezes.link_for(freeze, "freelancer") == ("/trust/appeals/TS-2026-7/", "Read why")
    assert freezes.link_for(freeze, "client") is None
    assert freezes.link_for(freeze, None) is None


def test_a_milestone_freeze_with_no_link_renders_without_a_deprecation_warning(funded):
    """A freeze with no link for the reader adds nothing after its words, without calling
    `format_html` with no arguments (deprecated since Django 5.0)."""
    from directcontracts.contracts.templatetags import freezes as freeze_tags

    contract, _, milestone = funded
    _freeze(contract, milestone, url="")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        html = freeze_tags.milestone_freeze(milestone, "client")
    assert "<strong>Frozen.</strong>" in html
    assert "<a " not in html


def test_a_held_contracts_notice_is_headed_on_hold_not_frozen(client, funded, freelancer):
    from django.urls import reverse

    contract, buyer, milestone = funded
    _hold(contract)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    notice = re.search(r'data-testid="contract-freeze">(.*?)</div>', page, re.S).group(1)
    assert notice.startswith("<p><strong>On hold.</strong>")
    assert "The “On hold” notice on this page says why" in page
