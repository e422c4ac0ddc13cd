"""The milestone and money pages, through the web (the services have their own tests)."""

import io
import re

import pytest
from django.urls import reverse

from directcontracts.contracts.models import MilestoneState
from directcontracts.payments.gateway_models import GatewayRequestKind
from directcontracts.payments.models import PaymentMethod
from directcontracts.payments.sandbox import CARD_DECLINED
from tests.contracts.factories import active_contract, card, funded_milestone, settle_gateway
from tests.payments.factories import out_of_reach_for

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_the_client_adds_a_card_and_funds_from_the_page(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    client.force_login(buyer)
    url = reverse("contracts:fund", args=[contract.pk, milestone.pk])
    client.post(url, {"kind": "card", "number": "4242 4242 4242 4242", "holder_name": "Nora"})
    method = PaymentMethod.objects.get(owner=buyer)
    response = client.post(url, {"payment_method": method.pk, "attempt": "a1"})
    assert response.status_code == 302
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDING_PENDING


def _pay_from_the_page(client, freelancer, monkeypatch):
    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    client.force_login(buyer)
    method = card(buyer)
    url = reverse("contracts:fund", args=[contract.pk, milestone.pk])
    return client.post(url, {"payment_method": method.pk, "attempt": "a1"}, follow=True)


def test_a_payment_the_processor_took_is_said_to_be_received(
    client, freelancer, monkeypatch, frozen_clock
):
    page = _pay_from_the_page(client, freelancer, monkeypatch).content.decode()
    assert "Payment received." in page


def test_a_payment_the_processor_has_not_answered_is_not_said_to_be_received(
    client, freelancer, monkeypatch, frozen_clock
):
    out_of_reach_for(GatewayRequestKind.CHARGE, monkeypatch)
    page = _pay_from_the_page(client, freelancer, monkeypatch).content.decode()
    assert "Payment received." not in page
    assert "the card processor has not answered yet" in page
    assert "can&#x27;t be charged twice" in page


def test_the_fund_page_of_a_contract_on_hold_says_why_and_offers_no_pay_button(
    client, freelancer, monkeypatch
):
    from directcontracts.contracts import freezes

    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    card(buyer)
    freezes.hold_contract(
        contract=contract, source="trust_safety", reference="case:7", reason="Checking a report."
    )
    client.force_login(buyer)
    response = client.get(reverse("contracts:fund", args=[contract.pk, milestone.pk]))
    cannot_pay = response.context["cannot_pay"]
    assert cannot_pay.startswith("You can't fund this milestone now.")
    assert "Checking a report." in cannot_pay
    assert b"Pay with" not in response.content


def test_a_double_click_on_pay_charges_once(client, freelancer, monkeypatch):
    from directcontracts.payments.models import Payment

    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    method = card(buyer)
    client.force_login(buyer)
    url = reverse("contracts:fund", args=[contract.pk, milestone.pk])
    client.post(url, {"payment_method": method.pk, "attempt": "same"})
    client.post(url, {"payment_method": method.pk, "attempt": "same"})
    assert Payment.objects.count() == 1


def test_a_declined_card_shows_the_reason_with_a_402(client, freelancer, monkeypatch):
    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    method = card(buyer, "4000000000000002")
    client.force_login(buyer)
    response = client.post(
        reverse("contracts:fund", args=[contract.pk, milestone.pk]),
        {"payment_method": method.pk, "attempt": "x"},
    )
    assert response.status_code == 402
    assert b"declined" in response.content


def test_the_freelancer_submits_files_and_the_client_sees_a_preview_not_the_file(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(freelancer)
    upload = io.BytesIO(b"first draft of the copy")
    upload.name = "draft.txt"
    response = client.post(
        reverse("contracts:submit", args=[contract.pk, milestone.pk]),
        {"message": "Draft", "attachments": [upload]},
    )
    assert response.status_code == 302
    record = milestone.deliverables.get().files.get()
    client.force_login(buyer)
    page = client.get(reverse("contracts:detail", args=[contract.pk]))
    assert b"first draft of the copy" in page.content
    assert b"unlocks at release" in page.content
    assert b"Auto-release in" in page.content
    assert client.get(reverse("contracts:file_download", args=[record.pk])).status_code == 403


def test_the_client_approves_from_the_page(client, freelancer, monkeypatch, frozen_clock):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(buyer)
    client.post(
        reverse("contracts:approve", args=[contract.pk, milestone.pk]),
        {"amount": "", "confirmed": "on"},
    )
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.RELEASED


def test_approving_more_than_escrow_is_refused_on_the_page(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(buyer)
    response = client.post(
        reverse("contracts:approve", args=[contract.pk, milestone.pk]),
        {"amount": "9999", "confirmed": "on"},
    )
    assert response.status_code == 400
    assert b'data-error-code="amount_too_large"' in response.content


def test_a_stranger_gets_404_on_every_money_page(
    client, freelancer, monkeypatch, frozen_clock, stranger_client
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(stranger_client)
    for name in ("fund", "submit"):
        assert (
            client.get(reverse(f"contracts:{name}", args=[contract.pk, milestone.pk])).status_code
            == 404
        )
    for name in ("approve", "refund", "request_changes", "extend"):
        assert (
            client.post(
                reverse(f"contracts:{name}", args=[contract.pk, milestone.pk]),
                {"message": "x", "days": 1},
            ).status_code
            == 404
        )


def test_the_earnings_page_shows_the_hold_and_pays_out_after_it(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    from directcontracts.contracts import escrow

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings"))
    assert b"Of which in security hold" in page.content
    client.post(
        reverse("contracts:payout_method_add"),
        {"account_number": "000123456789", "holder_name": "Fiona", "currency": "USD"},
    )
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    method = freelancer.payout_methods.get()
    response = client.post(
        reverse("contracts:payout_request"),
        {"payout_method": method.pk, "amount": "475.00", "attempt": "w1"},
    )
    assert response.status_code == 302
    settle_gateway(frozen_clock)
    assert freelancer.payouts.get().state == "paid"


def test_the_client_asks_for_a_refund_and_the_freelancer_accepts_on_the_page(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(buyer)
    client.post(
        reverse("contracts:refund_request", args=[contract.pk, milestone.pk]),
        {"reason": "Plans changed", "amount": ""},
    )
    request = milestone.refund_requests.get()
    client.force_login(freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk]))
    assert b"Refund requested" in page.content
    client.post(reverse("contracts:refund_request_answer", args=[request.pk, "accept"]))
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.REFUNDED


def test_releasing_more_on_the_page_charges_the_difference_to_the_chosen_method(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    method = buyer.payment_methods.first()
    client.force_login(buyer)
    response = client.post(
        reverse("contracts:approve", args=[contract.pk, milestone.pk]),
        {"amount": "550.00", "payment_method": method.pk, "confirmed": "on"},
    )
    assert response.status_code == 302
    assert contract.milestones.get(release_on_funding=True).amount_minor == 5_000


def test_the_earnings_page_says_when_held_money_can_be_withdrawn_and_lists_each_release(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    from directcontracts.contracts import escrow

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer)
    release = milestone.releases.get()
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    when = release.available_at.strftime("%-d %B %Y")
    assert "the next part can be withdrawn from <time datetime=" in page
    assert when in page
    assert 'data-testid="release-row"' in page
    for figure in ("$500.00", "$25.00", "$475.00"):  # gross, fee, net
        assert figure in page


def test_the_earnings_summary_splits_the_balance_into_held_and_withdrawable(
    client, freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts import escrow

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    figures = dict(re.findall(r"<dt>([^<]*)</dt><dd[^>]*>(\$[0-9.,]+)", page))
    assert figures == {
        "Earned (after fees)": "$475.00",
        "Balance (earned, not yet paid out)": "$475.00",
        "Of which in security hold": "$475.00",
        "Of which you can withdraw now": "$0.00",
        "Payouts on the way": "$0.00",
        "Paid out": "$0.00",
    }
    assert "<dt>Available</dt>" not in page


def test_the_freelancers_dashboard_shows_earnings(client, freelancer, monkeypatch, frozen_clock):
    from directcontracts.contracts import escrow

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer)
    client.force_login(freelancer)
    page = client.get("/")
    assert b"Your earnings" in page.content
    assert b"$475.00 in security hold" in page.content


def test_approving_first_shows_the_release_the_fee_and_that_it_cannot_be_undone(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(buyer)
    response = client.post(
        reverse("contracts:approve", args=[contract.pk, milestone.pk]), {"amount": ""}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "$500.00" in page  # released
    assert "$25.00" in page  # the 5% fee
    assert "$475.00" in page  # what the freelancer receives
    assert "cannot be undone" in page
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED


def test_only_the_client_is_asked_to_confirm_a_release(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, _, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(freelancer)
    response = client.post(reverse("contracts:approve", args=[contract.pk, milestone.pk]), {})
    assert response.status_code == 403


def test_the_activity_log_reads_in_words_not_event_codes(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(buyer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert "Funded: money in escrow" in page
    assert "Contract accepted" in page
    assert '<strong data-kind="contract.accepted">Contract accepted</strong>' in page


def test_the_fund_page_of_an_ended_contract_offers_no_pay_button(
    client, freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts.models import Contract

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    Contract.objects.filter(pk=contract.pk).update(state="ended")
    client.force_login(buyer)
    page = client.get(reverse("contracts:fund", args=[contract.pk, milestone.pk])).content.decode()
    assert 'data-testid="cannot-pay"' in page
    assert not re.search(r"<button[^>]*>Pay ", page)


def test_a_declined_card_can_be_removed(client, freelancer, monkeypatch, frozen_clock):
    from directcontracts.payments.sandbox import CARD_DECLINED
    from tests.contracts.factories import active_contract, card

    contract, buyer = active_contract(freelancer, monkeypatch)
    declined = card(buyer, number=CARD_DECLINED)
    client.force_login(buyer)
    assert f"Remove {declined.label}" in client.get(reverse("contracts:billing")).content.decode()
    client.post(
        reverse("contracts:billing_method_remove", args=[declined.pk]), {"confirm": "remove"}
    )
    declined.refresh_from_db()
    assert declined.removed_at is not None


def test_the_pay_page_offers_no_removal_next_to_pay_but_links_the_payment_methods(
    client, freelancer, monkeypatch, frozen_clock
):
    from tests.contracts.factories import active_contract, card

    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    saved = card(buyer)
    client.force_login(buyer)
    page = client.get(reverse("contracts:fund", args=[contract.pk, milestone.pk])).content.decode()
    assert re.search(r"<button[^>]*>Pay ", page)
    assert f"Remove {saved.label}" not in page
    assert f'href="{reverse("contracts:billing")}#methods-title"' in page


def _declined_once(web, contract, milestone, buyer):
    """The client tried a declined card once: that card's last payment was declined."""
    declined = card(buyer, number=CARD_DECLINED)
    web.force_login(buyer)
    web.post(
        reverse("contracts:fund", args=[contract.pk, milestone.pk]),
        {"payment_method": declined.pk, "attempt": "declined-once"},
    )
    return declined


def test_the_fund_page_lists_a_card_last_declined_after_the_others_and_says_so(
    client, freelancer, monkeypatch
):
    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    declined = _declined_once(client, contract, milestone, buyer)
    good = card(buyer)
    page = client.get(reverse("contracts:fund", args=[contract.pk, milestone.pk])).content.decode()
    assert page.index(good.label.capitalize()) < page.index(declined.label.capitalize())
    [note] = re.findall(r'data-testid="last-declined">([^<]*)<', page)
    assert note.startswith("Your last payment with this card was declined: nothing was taken.")
    # The declined card can still be chosen: a pay button each, named by its card.
    assert page.count('into escrow<span class="visually-hidden"> with ') == 2


def test_the_card_to_pay_a_release_difference_with_marks_one_last_declined(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    second = contract.milestones.order_by("position")[1]
    declined = _declined_once(client, contract, second, buyer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert (
        f'<option value="{declined.pk}">{declined.label} (last payment declined)</option>' in page
    )


def test_nobody_removes_another_persons_card(
    client, freelancer, stranger_client, monkeypatch, frozen_clock
):
    from tests.contracts.factories import card

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    theirs = card(stranger_client)
    client.force_login(buyer)
    client.post(
        reverse("contracts:payment_method_remove", args=[contract.pk, milestone.pk, theirs.pk]),
        {"confirm": "remove"},
    )
    theirs.refresh_from_db()
    assert theirs.removed_at is None


def test_a_client_only_account_is_refused_the_earnings_page_and_told_where_to_go(
    client, freelancer, monkeypatch
):
    _, buyer = active_contract(freelancer, monkeypatch)
    client.force_login(buyer)
    response = client.get(reverse("contracts:earnings"))
    page = response.content.decode()
    assert response.status_code == 403
    assert 'data-error-code="not_a_freelancer"' in page
    assert "Earnings and payouts are a freelancer&#x27;s" in page
    assert reverse("contracts:billing") in page
    assert "Add bank account" not in page


def test_a_client_only_account_posting_a_payout_method_is_refused_and_nothing_is_added(
    client, freelancer, monkeypatch
):
    _, buyer = active_contract(freelancer, monkeypatch)
    client.force_login(buyer)
    response = client.post(
        reverse("contracts:payout_method_add"),
        {"account_number": "000123456789", "holder_name": "Nora", "currency": "USD"},
    )
    assert response.status_code == 403
    assert not buyer.payout_methods.exists()


def test_the_dashboard_says_what_a_payout_hold_keeps_as_the_earnings_page_does(
    client, freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts import escrow, freezes

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer)
    frozen_clock.advance(days=30)  # past the security hold
    freezes.hold_payouts(
        freelancer=freelancer,
        currency="USD",
        amount_minor=20_000,
        source="chargeback",
        reference="chargeback:1",
        reason="A chargeback is being contested.",
    )
    client.force_login(freelancer)
    page = client.get("/").content.decode()
    assert "$275.00 to withdraw · $0.00 in security hold · $200.00 kept by a payout hold" in page


@pytest.mark.parametrize(
    ("posted", "reason"),
    [
        ({}, "Choose one of your payment methods."),
        ({"payment_method": "abc", "attempt": "a1"}, "Choose one of your payment methods."),
        ({"payment_method": "1", "attempt": "a" * 65}, "reload the page and pay again"),
    ],
    ids=["nothing", "not-a-number", "attempt-too-long"],
)
def test_a_malformed_payment_is_refused_with_400_and_the_reason_and_charges_nothing(
    client, freelancer, monkeypatch, posted, reason
):
    from directcontracts.payments.models import Payment

    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    card(buyer)
    client.force_login(buyer)
    response = client.post(reverse("contracts:fund", args=[contract.pk, milestone.pk]), posted)
    assert response.status_code == 400
    assert 'data-error-code="validation_error"' in response.content.decode()
    assert reason in response.content.decode()
    assert Payment.objects.count() == 0


def test_removing_another_persons_card_answers_404_as_if_it_did_not_exist(
    client, stranger_client, monkeypatch, freelancer
):
    contract, buyer = active_contract(freelancer, monkeypatch)
    theirs = card(stranger_client)
    client.force_login(buyer)
    response = client.post(
        reverse("contracts:billing_method_remove", args=[theirs.pk]), {"confirm": "remove"}
    )
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.removed_at is None


def test_removing_a_card_that_does_not_exist_answers_404(client, freelancer, monkeypatch):
    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    client.force_login(buyer)
    url = reverse("contracts:payment_method_remove", args=[contract.pk, milestone.pk, 999_999])
    assert client.post(url).status_code == 404


def test_withdrawing_without_a_payout_method_says_to_add_one_and_pays_nothing(client, freelancer):
    client.force_login(freelancer)
    response = client.post(
        reverse("contracts:payout_request"), {"payout_method": "1", "amount": "5", "attempt": "w1"}
    )
    assert response.status_code == 400
    assert "Add a bank account below before you withdraw." in response.content.decode()
    assert not freelancer.payouts.exists()


def test_a_payout_form_without_its_attempt_says_to_reload_and_pays_nothing(client, freelancer):
    from directcontracts.contracts import paying

    method = paying.add_payout_method(
        freelancer=freelancer, account_number="000123456789", holder_name="Fiona", currency="USD"
    )
    client.force_login(freelancer)
    response = client.post(
        reverse("contracts:payout_request"), {"payout_method": method.pk, "amount": "5"}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert 'id="error-summary"' in body
    assert "This payout form is incomplete: reload the page and try again." in body
    assert not freelancer.payouts.exists()


def test_with_two_cards_each_pay_button_is_named_by_the_card_it_pays_with(
    client, freelancer, monkeypatch
):
    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    card(buyer)
    card(buyer, "5555555555554444")
    client.force_login(buyer)
    page = client.get(reverse("contracts:fund", args=[contract.pk, milestone.pk])).content.decode()
    buttons = re.findall(r'<button type="submit" class="button button-money">(.*?)</button>', page)
    names = [re.sub(r"<[^>]+>", "", button) for button in buttons]
    assert sorted(names) == [
        "Pay $517.00 into escrow with Mastercard card ending 4444",
        "Pay $517.00 into escrow with Visa card ending 4242",
    ]


def test_the_withdraw_card_says_nothing_can_be_withdrawn_yet_and_when_the_next_part_can(
    client, freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts import escrow

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer)
    release = milestone.releases.get()
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    line = re.search(r'data-testid="withdraw-now-USD">(.*?)</p>', page).group(1)
    assert line.startswith(
        "Nothing in USD can be withdrawn yet: the next part becomes available on"
    )
    assert release.available_at.strftime("%-d %B %Y") in line
    assert line.endswith("The smallest payout is $10.00.")


def _released_to_a_bank_account(freelancer, monkeypatch, frozen_clock):
    """A $500 milestone approved just now (its release in its security hold), and the
    freelancer's bank account in USD, which is returned."""
    from directcontracts.contracts import escrow, paying

    _, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer)
    return paying.add_payout_method(
        freelancer=freelancer, account_number="000123456789", holder_name="Fiona", currency="USD"
    )


def test_the_withdraw_card_offers_no_payout_form_while_nothing_can_be_withdrawn(
    client, freelancer, monkeypatch, frozen_clock
):
    _released_to_a_bank_account(freelancer, monkeypatch, frozen_clock)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    assert "Nothing in USD can be withdrawn yet: the next part becomes available on" in page
    assert "Request payout" not in page


def test_the_withdraw_card_says_only_once_that_nothing_can_be_withdrawn_yet(
    client, freelancer, monkeypatch, frozen_clock
):
    _released_to_a_bank_account(freelancer, monkeypatch, frozen_clock)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    box = re.search(r'id="withdraw-title">Withdraw</h2>(.*?)</section>', page, re.S).group(1)
    assert box.count("can be withdrawn yet") == 1
    assert "once you can withdraw" not in box
    assert 'data-testid="withdraw-later"' not in box


def test_the_withdraw_card_without_a_bank_account_asks_for_one_without_repeating_itself(
    client, freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts import escrow

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    later = re.search(r'data-testid="withdraw-later">(.*?)</p>', page).group(1)
    assert later == "Add a bank account below to be ready."


def test_the_withdraw_card_says_when_the_form_appears_while_less_than_a_payout_is_ready(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    from directcontracts.contracts import escrow

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    settings.MINIMUM_PAYOUT_MINOR = 1_000_000
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    assert "Request payout" not in page
    assert "appears here once you can withdraw at least the smallest payout" in page


def test_the_withdraw_card_offers_the_payout_form_once_money_can_be_withdrawn(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    _released_to_a_bank_account(freelancer, monkeypatch, frozen_clock)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    assert "Request payout" in page
    assert 'data-testid="withdraw-later"' not in page


def test_a_payout_requested_from_a_stale_page_is_still_refused(
    client, freelancer, monkeypatch, frozen_clock
):
    method = _released_to_a_bank_account(freelancer, monkeypatch, frozen_clock)
    client.force_login(freelancer)
    response = client.post(
        reverse("contracts:payout_request"),
        {"payout_method": method.pk, "amount": "100", "attempt": "w1"},
    )
    assert response.status_code >= 400
    assert "Nothing in USD can be withdrawn yet" in response.content.decode()
    assert not freelancer.payouts.exists()


def test_the_withdraw_card_says_how_much_can_be_withdrawn_once_the_hold_is_over(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    from directcontracts.contracts import escrow

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    assert (
        '<p data-testid="withdraw-now-USD">You can withdraw up to <strong>$475.00</strong> now. '
        "The smallest payout is $10.00.</p>"
    ) in page


def test_a_payout_below_the_minimum_is_refused_in_money_not_minor_units(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    from directcontracts.contracts import escrow, paying

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    method = paying.add_payout_method(
        freelancer=freelancer, account_number="000123456789", holder_name="Fiona", currency="USD"
    )
    client.force_login(freelancer)
    response = client.post(
        reverse("contracts:payout_request"),
        {"payout_method": method.pk, "amount": "5", "attempt": "w1"},
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert "The smallest payout is $10.00." in body
    assert "minor units" not in body
    assert not freelancer.payouts.exists()


def test_the_bank_account_form_starts_with_the_freelancers_own_name_as_holder(client, freelancer):
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    holder = re.search(r'<input[^>]*name="holder_name"[^>]*>', page)
    assert holder is not None
    assert f'value="{freelancer.full_name}"' in holder.group(0)


def test_each_releases_withdrawable_time_is_marked_utc_like_the_summary_above_it(
    client, freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts import escrow

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    cell = re.search(r'<td data-label="Withdrawable">(.*?)</td>', page, re.S)
    assert cell is not None
    assert re.search(r"from <time [^>]*>[^<]* UTC</time>", cell.group(1))


def test_a_new_payout_account_is_offered_in_the_payout_currency_of_the_profile(client, freelancer):
    freelancer.freelancer_profile.payout_currency = "EUR"
    freelancer.freelancer_profile.save(update_fields=["payout_currency"])
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    assert '<option value="EUR" selected>EUR</option>' in page


def test_a_new_payout_account_is_offered_in_the_currency_of_money_waiting_without_one(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    from directcontracts.contracts import escrow

    settings.NEW_ACCOUNT_HOLD_DAYS = 0
    freelancer.freelancer_profile.payout_currency = "EUR"
    freelancer.freelancer_profile.save(update_fields=["payout_currency"])
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    assert contract.currency == "USD"
    assert '<option value="USD" selected>USD</option>' in page


def test_once_everything_is_in_a_payout_the_withdraw_card_says_it_is_on_its_way(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    from directcontracts.contracts import paying

    method = _released_to_a_bank_account(freelancer, monkeypatch, frozen_clock)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    everything = paying.withdrawable(freelancer, "USD")
    paying.withdraw(
        freelancer=freelancer, method=method, amount_minor=everything, idempotency_key="w-all"
    )
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    line = re.search(r'data-testid="withdraw-now-USD">(.*?)</p>', page).group(1)
    assert line.startswith("Nothing in USD is left to withdraw: $475.00 is on its way to you")
    assert "yet" not in line


def test_a_payment_received_says_the_freelancer_is_told_when_it_is_in_escrow(
    client, freelancer, monkeypatch, frozen_clock
):
    page = _pay_from_the_page(client, freelancer, monkeypatch).content.decode()
    assert f"we&#x27;ll tell you and {freelancer.display_name} when the money is in escrow" in page


def test_an_approval_says_by_name_whom_the_money_was_released_to(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(buyer)
    url = reverse("contracts:approve", args=[contract.pk, milestone.pk])
    page = client.post(url, {"confirmed": "on"}, follow=True).content.decode()
    assert f"Approved: the money was released to {freelancer.display_name}." in page


def test_asking_for_changes_says_the_automatic_release_waits_for_the_freelancer(
    client, freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts import escrow

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="Done.")
    client.force_login(buyer)
    url = reverse("contracts:request_changes", args=[contract.pk, milestone.pk])
    page = client.post(url, {"message": "Add the catering page."}, follow=True).content.decode()
    assert (
        "Changes requested: the automatic release is paused until "
        f"{freelancer.display_name} delivers again."
    ) in page


def test_the_earnings_page_starts_a_payout_methods_line_with_a_capital(
    client, freelancer, monkeypatch, frozen_clock
):
    _released_to_a_bank_account(freelancer, monkeypatch, frozen_clock)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    assert "<li>Bank account ending 6789 (USD) · Fiona</li>" in page


def _approve_with_a_bonus_from_the_page(
    client, freelancer, monkeypatch, frozen_clock, *, answered=True
):
    """The client confirms releasing $600 of a $500 escrow: a $100 bonus on their card (the
    processor out of reach for it unless `answered`)."""
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    if not answered:
        out_of_reach_for(GatewayRequestKind.CHARGE, monkeypatch)
    method = card(buyer)
    client.force_login(buyer)
    url = reverse("contracts:approve", args=[contract.pk, milestone.pk])
    data = {"amount": "600", "payment_method": method.pk, "confirmed": "on"}
    return milestone, client.post(url, {**data, "escrow_seen": "50000"}, follow=True)


def test_an_approval_whose_bonus_the_processor_took_says_it_was_released(
    client, freelancer, monkeypatch, frozen_clock
):
    milestone, answer = _approve_with_a_bonus_from_the_page(
        client, freelancer, monkeypatch, frozen_clock
    )
    assert "Approved: the money was released to" in answer.content.decode()
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.RELEASED


def test_an_approval_whose_bonus_the_processor_has_not_answered_says_it_is_on_its_way(
    client, freelancer, monkeypatch, frozen_clock
):
    milestone, answer = _approve_with_a_bonus_from_the_page(
        client, freelancer, monkeypatch, frozen_clock, answered=False
    )
    page = answer.content.decode()
    assert "Approved: the money was released" not in page
    assert "Your approval is on its way" in page
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED


def test_a_bonus_waiting_for_the_processor_is_said_to_be_on_its_way_with_no_fund_button(
    client, freelancer, monkeypatch, frozen_clock
):
    milestone, _ = _approve_with_a_bonus_from_the_page(
        client, freelancer, monkeypatch, frozen_clock, answered=False
    )
    contract = milestone.contract
    bonus = contract.milestones.get(bonus_for=milestone)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert "Bonus payment on its way" in page
    assert reverse("contracts:fund", args=[contract.pk, bonus.pk]) not in page


def test_the_payout_method_choices_start_with_a_capital_like_the_table(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    from directcontracts.contracts import escrow

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer)
    client.force_login(freelancer)
    client.post(
        reverse("contracts:payout_method_add"),
        {"account_number": "000123456789", "holder_name": "Fiona", "currency": "USD"},
    )
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    page = client.get(reverse("contracts:earnings")).content.decode()
    options = re.findall(r"<option value=\"\d+\"[^>]*>([^<]*)</option>", page)
    assert options == ["Bank account ending 6789 (USD)"]


def test_the_payout_form_starts_with_everything_that_can_be_withdrawn(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    _released_to_a_bank_account(freelancer, monkeypatch, frozen_clock)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    amount = re.search(r'<input[^>]*name="amount"[^>]*>', page).group(0)
    assert 'value="475.00"' in amount
