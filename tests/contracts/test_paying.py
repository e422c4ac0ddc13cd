"""Payment methods and funding with circumvention checks; payouts with the security hold."""

import pytest

from directcontracts.accounts.services import sign_up
from directcontracts.circumvention.models import CircumventionCheck
from directcontracts.contracts import escrow, paying
from directcontracts.contracts.identity import ClientContext
from directcontracts.core.errors import DomainError
from directcontracts.payments import payouts
from directcontracts.payments.models import PaymentMethod, Payout, PayoutState
from tests.contracts.factories import active_contract, card, funded_milestone, settle_gateway

pytestmark = pytest.mark.django_db
CTX = ClientContext(ip="198.51.100.20", user_agent="pytest", device_id="device-1")


def test_adding_a_card_records_its_fingerprint_as_a_signal(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    method = paying.add_payment_method(
        contract=contract, client=client, kind="card", number="4242 4242 4242 4242", context=CTX
    )
    check = CircumventionCheck.objects.get(
        subject=f"contract:{contract.pk}", checkpoint="payment_method_added"
    )
    assert check.candidate["payment_fingerprint"] == method.fingerprint


def test_a_card_of_a_marketplace_account_holder_stops_the_contract(freelancer, monkeypatch):
    from directcontracts.circumvention.services import register_local_account
    from directcontracts.payments.charges import add_payment_method

    holder = sign_up(
        email="mara.holder@example.com",
        password="violet-harbour-1987",
        full_name="Mara Holder",
        as_client=True,
        as_freelancer=False,
    )
    holders_card = add_payment_method(owner=holder, kind="card", number="4242424242424242")
    register_local_account(
        user=holder,
        extra={"payment_fingerprint": holders_card.fingerprint, "device_id": "device-1"},
    )

    contract, client = active_contract(freelancer, monkeypatch)
    with pytest.raises(DomainError) as refused:
        paying.add_payment_method(
            contract=contract, client=client, kind="card", number="4242424242424242", context=CTX
        )
    assert refused.value.code.startswith("circumvention_")
    assert not PaymentMethod.objects.filter(owner=client, removed_at__isnull=True).exists()


def test_funding_runs_the_funding_check_point(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    paying.fund(milestone=milestone, client=client, method=card(client), context=CTX)
    assert CircumventionCheck.objects.filter(
        subject=f"contract:{contract.pk}", checkpoint="funding"
    ).exists()


def _released(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client)
    return contract


def _bank(freelancer, number="000123456789"):
    return payouts.add_payout_method(
        owner=freelancer, account_number=number, holder_name="Fiona F", currency="USD"
    )


def _withdrawn_after_the_hold(
    freelancer, monkeypatch, frozen_clock, settings, number="000123456789"
):
    """Released money, the security hold passed, all of it withdrawn (not yet settled)."""
    _released(freelancer, monkeypatch, frozen_clock)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    return paying.withdraw(
        freelancer=freelancer,
        method=_bank(freelancer, number),
        amount_minor=47_500,
        idempotency_key="p1",
    )


def test_released_money_is_on_hold_before_it_can_be_withdrawn(
    freelancer, monkeypatch, frozen_clock
):
    _released(freelancer, monkeypatch, frozen_clock)
    assert paying.withdrawable(freelancer, "USD") == 0
    with pytest.raises(DomainError) as refused:
        paying.withdraw(
            freelancer=freelancer,
            method=_bank(freelancer),
            amount_minor=10_000,
            idempotency_key="p1",
        )
    assert refused.value.code == "amount_too_large"


def test_a_payout_after_the_hold_is_pending_then_paid(
    freelancer, monkeypatch, frozen_clock, settings
):
    payout = _withdrawn_after_the_hold(freelancer, monkeypatch, frozen_clock, settings)
    assert payout.state == PayoutState.PENDING
    assert paying.withdrawable(freelancer, "USD") == 0
    settle_gateway(frozen_clock)
    payout.refresh_from_db()
    assert payout.state == PayoutState.PAID


def test_a_failed_payout_returns_the_money_to_available(
    freelancer, monkeypatch, frozen_clock, settings
):
    payout = _withdrawn_after_the_hold(
        freelancer, monkeypatch, frozen_clock, settings, number="000111111116"
    )
    settle_gateway(frozen_clock)
    payout.refresh_from_db()
    assert payout.state == PayoutState.FAILED
    assert paying.withdrawable(freelancer, "USD") == 47_500


def test_a_replayed_payout_request_pays_once(freelancer, monkeypatch, frozen_clock, settings):
    _released(freelancer, monkeypatch, frozen_clock)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    bank = _bank(freelancer)
    first = paying.withdraw(
        freelancer=freelancer, method=bank, amount_minor=20_000, idempotency_key="same"
    )
    again = paying.withdraw(
        freelancer=freelancer, method=bank, amount_minor=20_000, idempotency_key="same"
    )
    assert first.pk == again.pk
    assert Payout.objects.count() == 1


def test_reconciliation_of_a_day_with_funding_release_and_payout_finds_no_mismatch(
    freelancer, monkeypatch, frozen_clock, settings
):
    from directcontracts.payments.reconciliation import reconcile

    _withdrawn_after_the_hold(freelancer, monkeypatch, frozen_clock, settings)
    settle_gateway(frozen_clock)
    from directcontracts.payments.models import SandboxBalanceTransaction

    days = {txn.created_at.date() for txn in SandboxBalanceTransaction.objects.all()}
    reports = [reconcile(day=day) for day in days]
    assert [m.describe() for r in reports for m in r.mismatches] == []
    # the settlement, the client's fee, the processor's fee and the payout
    assert sum(r.matched for r in reports) == 4


def test_a_new_freelancer_account_waits_the_longer_hold(
    freelancer, monkeypatch, frozen_clock, settings
):
    settings.NEW_ACCOUNT_DAYS = 30
    settings.NEW_ACCOUNT_HOLD_DAYS = 10
    type(freelancer).objects.filter(pk=freelancer.pk).update(date_joined=frozen_clock.now())
    freelancer.refresh_from_db()
    _released(freelancer, monkeypatch, frozen_clock)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    assert paying.withdrawable(freelancer, "USD") == 0
    frozen_clock.advance(days=10)
    assert paying.withdrawable(freelancer, "USD") == 47_500


def test_a_paid_payout_is_a_notice_for_the_freelancer(
    freelancer, monkeypatch, frozen_clock, settings
):
    from directcontracts.notifications.models import Notice

    _withdrawn_after_the_hold(freelancer, monkeypatch, frozen_clock, settings)
    settle_gateway(frozen_clock)
    assert Notice.objects.filter(recipient=freelancer, kind="payout.paid").exists()


def test_a_client_only_account_cannot_add_a_payout_method(freelancer, monkeypatch):
    _, client = active_contract(freelancer, monkeypatch)
    assert (client.is_client, client.is_freelancer) == (True, False)
    with pytest.raises(DomainError) as refused:
        paying.add_payout_method(
            freelancer=client, account_number="000123456789", holder_name="Nora", currency="USD"
        )
    assert (refused.value.code, refused.value.status) == ("not_a_freelancer", 403)
    assert not client.payout_methods.exists()
