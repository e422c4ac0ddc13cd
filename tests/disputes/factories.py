from __future__ import annotations

from datetime import timedelta

from directcontracts.contracts import escrow, paying
from directcontracts.contracts.models import Milestone
from directcontracts.disputes import services
from directcontracts.disputes.models import ChargebackCase
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from directcontracts.payments import payouts
from directcontracts.payments.sandbox import decide_chargeback
from tests.contracts.factories import (
    active_contract,
    card,
    funded_milestone,
    new_funded_milestone,
    settle_gateway,
)

STATEMENT = "The delivered design does not match the brief we agreed on."
CHARGEBACK_CARD = "4000000000000259"  # the sandbox takes a payment by it back 60 s after settling
GROSS = 51_700  # a $500 milestone and the 3.4 % card fee: what the bank takes back
NET = 47_500  # $500 less the 5 % service fee: what the freelancer received


def submitted_milestone(freelancer, monkeypatch, frozen_clock, **overrides):
    """An active contract whose first milestone ($500) is funded and submitted for review."""
    contract, client, milestone = funded_milestone(
        freelancer, monkeypatch, frozen_clock, **overrides
    )
    escrow.submit_work(milestone=milestone, by=freelancer, message="Designs attached")
    milestone.refresh_from_db()
    return contract, client, milestone


def opened_by_client(freelancer, monkeypatch, frozen_clock, **kwargs):
    contract, client, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    dispute = services.open_dispute(milestone=milestone, by=client, statement=STATEMENT, **kwargs)
    return contract, client, milestone, dispute


def in_mediation(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    services.add_statement(dispute=dispute, by=freelancer, body="I delivered what the brief asked.")
    dispute.refresh_from_db()
    return contract, client, milestone, dispute


def with_proposal(freelancer, monkeypatch, frozen_clock, staff, to_freelancer=30_000):
    contract, client, milestone, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    services.propose(
        dispute=dispute,
        by=staff,
        to_freelancer_minor=to_freelancer,
        to_client_minor=milestone.escrow_minor - to_freelancer,
        reason="Most of the work was delivered; the contact form is missing.",
    )
    dispute.refresh_from_db()
    return contract, client, milestone, dispute


def accepted_by_both(dispute, client, freelancer):
    """Both parties accept the proposal: the second acceptance executes it."""
    services.answer_proposal(dispute=dispute, by=client, accept=True)
    services.answer_proposal(dispute=dispute, by=freelancer, accept=True)
    dispute.refresh_from_db()
    return dispute


def decided_after_rejection(
    dispute, rejecting_party, decider, *, to_freelancer: int, to_client: int, reason: str
):
    """A party rejects the proposal; a staff member who did not mediate decides."""
    services.answer_proposal(dispute=dispute, by=rejecting_party, accept=False)
    services.decide(
        dispute=dispute,
        by=decider,
        to_freelancer_minor=to_freelancer,
        to_client_minor=to_client,
        reason=reason,
    )
    dispute.refresh_from_db()
    return dispute


# --- Chargebacks ------------------------------------------------------------------------------


def freelancer_available(user) -> int:
    """The freelancer's posted USD balance (before any hold)."""
    return balance(account_id=chart.freelancer_available(user.pk, "USD").pk).posted


def bank_account(freelancer):
    return payouts.add_payout_method(
        owner=freelancer, account_number="000123456789", holder_name="F", currency="USD"
    )


def funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock):
    """An active contract whose first milestone ($500) is funded, and settled, by a card the
    bank takes back a minute later."""
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client, CHARGEBACK_CARD))
    settle_gateway(frozen_clock, seconds=10)  # settled; the chargeback comes 60 s later
    milestone.refresh_from_db()
    return contract, client, milestone


def new_milestone_funded_by_chargeback_card(contract, client, frozen_clock) -> Milestone:
    """A new $500 milestone on `contract`, funded and settled by a card the bank takes back a
    minute later (for property tests that share one contract across their examples)."""
    # settled 10 s after funding; the bank takes it back 60 s later
    return new_funded_milestone(
        contract, client, frozen_clock, card_number=CHARGEBACK_CARD, settle=10
    )


def charged_back(milestone, frozen_clock) -> ChargebackCase:
    """The bank takes the milestone's payment back (the sandbox's chargeback arrives)."""
    settle_gateway(frozen_clock, seconds=120)
    milestone.refresh_from_db()
    return ChargebackCase.objects.get(milestone=milestone)


def charged_back_after_release(freelancer, monkeypatch, frozen_clock, *, released=None):
    """The client approves the milestone (all of it, or `released` minor units of it), then
    the bank takes the payment back, inside the release's security hold."""
    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client, amount_minor=released)
    return contract, client, milestone, charged_back(milestone, frozen_clock)


def charged_back_after_payout(freelancer, monkeypatch, frozen_clock, settings) -> ChargebackCase:
    """The whole release is paid out past its security hold before the bank takes it back."""
    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    paying.withdraw(
        freelancer=freelancer,
        method=bank_account(freelancer),
        amount_minor=NET,
        idempotency_key="k",
    )
    return charged_back(milestone, frozen_clock)


def bank_decides(case, frozen_clock, *, won: bool) -> None:
    decide_chargeback(charge_id=case.payment.gateway_charge_id, won=won)
    settle_gateway(frozen_clock, seconds=1)
    case.refresh_from_db()


def on_dormancy_day(clock, day_zero, day: float) -> None:
    """Freeze the clock `day` days after the dormancy count's day 0."""
    clock.freeze(day_zero + timedelta(days=day))


# --- Chargebacks the processor books its own way ----------------------------------------------


def deliver(event_id: str, event_type: str, payment, **data) -> None:
    """A signed sandbox webhook about `payment` with `data` as the processor sends it."""
    from tests.payments.factories import delivered

    delivered(event_id, event_type, payment.gateway_charge_id, **data)


def bank_takes_back(payment, amount_minor: int, *, event_id: str = "evt_chargeback") -> None:
    """The processor reports a chargeback of `payment` that took `amount_minor`."""
    deliver(event_id, "charge.disputed", payment, disputed_minor=amount_minor)


def returned_payment_of_a_funded_milestone(freelancer, monkeypatch, frozen_clock):
    """A milestone's first payment is reported failed, the client funds the milestone with a
    second one, then the processor settles the first after all: it funds nothing and is
    refunded to the client in full (an unapplied settlement). Returns the contract, the
    milestone (funded by the second payment) and the returned payment."""
    from directcontracts.contracts.models import Milestone
    from directcontracts.payments.models import Payment

    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    returned = Payment.objects.get(reference=f"milestone:{milestone.pk}")
    deliver("evt_failed", "charge.failed", returned, failure_code="settlement_failed")
    escrow.fund_milestone(
        milestone=Milestone.objects.get(pk=milestone.pk), by=client, method=card(client)
    )
    settle_gateway(frozen_clock)
    returned.refresh_from_db()
    milestone.refresh_from_db()
    return contract, milestone, returned
