"""Money on a milestone: funding, settlement, release, changes, auto-release, refunds.

Design:

1. Every service here runs in one money transaction (`ledger.composition`): it locks the
   milestone row, checks the state and the party, moves money through the ledger chart
   (transfer ids derived from the milestone, so a retry replays instead of repeating),
   changes the milestone with the transition table and writes the timeline event — all
   or nothing, retried on deadlocks.
2. Card and bank-debit funding is pending until the gateway settles it; the settlement
   arrives as a webhook and is handled by `on_payment_*`, registered with payments.
3. The review clock: a submission starts it, a change request stops it, the client may
   extend it once; when it runs out the milestone is released by a scheduled task
   (`release_due_milestones`), with reminders before the deadline.
4. Released money is held for a security period before it can be paid out
   (`Release.available_at`); payouts only take what is past its hold.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Max, QuerySet, Sum

from directcontracts.accounts.models import User
from directcontracts.contracts import policy
from directcontracts.contracts.announce import (
    Note,
    announce,
    announce_each,
    client_name,
    contract_path,
)
from directcontracts.contracts.deliverables import IncomingFile, store_deliverable
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.freeze_models import EscrowFreeze, PayoutHold
from directcontracts.contracts.freezes import (
    Movement,
    require_movement_allowed,
    stop_review_clock_if_frozen,
    stops,
)
from directcontracts.contracts.fundable import require_fundable
from directcontracts.contracts.hooks import refund_request_declined
from directcontracts.contracts.models import (
    Contract,
    ContractEvent,
    Milestone,
    MilestoneState,
    MoneyRequest,
    RefundRequest,
    RefundRequestState,
    Release,
)
from directcontracts.contracts.money import (
    describe_charge,
    display,
    fee_name,
    fee_of,
    minimum_milestone,
)
from directcontracts.contracts.services import require_active, require_party
from directcontracts.contracts.signed_requests import how_to_verify, sign_refund_request
from directcontracts.contracts.states import (
    InvalidTransition,
    next_step,
    record_event,
    state_in_words,
    transition,
)
from directcontracts.contracts.tasks import schedule_refund_deadline, schedule_review_timers
from directcontracts.core import clock
from directcontracts.core.dates import day_in_words, moment_in_words
from directcontracts.core.errors import Conflict, DomainError
from directcontracts.core.idempotency import KEY_TTL
from directcontracts.core.locks import for_update
from directcontracts.ledger import chart
from directcontracts.ledger.alerts import raise_alert
from directcontracts.ledger.composition import apply_linked, money_transaction
from directcontracts.ledger.models import FinanceAlertKind, Transfer
from directcontracts.ledger.selectors import transfer_amount
from directcontracts.ledger.services import TransferRequest
from directcontracts.notifications.services import notify
from directcontracts.payments import charges as payments
from directcontracts.payments import gateway_requests
from directcontracts.payments.models import (
    GatewayRequest,
    GatewayRequestKind,
    GatewayRequestState,
    MethodKind,
    Payment,
    PaymentMethod,
    PaymentState,
)

logger = logging.getLogger(__name__)
REMINDER_DAYS = (3, 1)


def _locked_milestones() -> QuerySet[Milestone]:
    # FOR NO KEY UPDATE of the milestone row only: events and releases that reference it
    # can still be inserted by others (DESIGN.md, convention 2).
    return for_update(
        Milestone.objects.select_related("contract", "contract__freelancer", "contract__client")
    )


def _lock(milestone: Milestone) -> Milestone:
    return _locked_milestones().get(pk=milestone.pk)


def _require_active(contract: Contract) -> None:
    require_active(contract, action="money moves")


def client_fee_bps(method: PaymentMethod) -> int:
    return (
        settings.CLIENT_CARD_FEE_BPS
        if method.kind == MethodKind.CARD
        else settings.CLIENT_BANK_DEBIT_FEE_BPS
    )


def client_fee_for(method: PaymentMethod, amount_minor: int) -> int:
    return fee_of(amount_minor, client_fee_bps(method))


# --- Requests by key ---------------------------------------------------------------------


def _already_done(locked: Milestone, action: str, key: str) -> bool:
    """A request with this key already moved this milestone's money (checked under the
    milestone's lock, so a concurrent twin waits and then finds it). Keys live as long as
    the API keeps them (`KEY_TTL`): after that the same key is a new request (docs/api.md)."""
    if not key:
        return False
    return MoneyRequest.objects.filter(
        milestone=locked, action=action, key=key[:120], created_at__gt=clock.now() - KEY_TTL
    ).exists()


def _remember(locked: Milestone, action: str, key: str) -> None:
    if key:  # a row left from the same key more than KEY_TTL ago is this request's now
        MoneyRequest.objects.update_or_create(
            milestone=locked, action=action, key=key[:120], defaults={"created_at": clock.now()}
        )


def _screen_words(milestone: Milestone, by: User, role: str, text: str, *, what: str) -> None:
    """Words to the other party (a submission's message, a refund's reason or note) are
    screened as a thread message is, before the money transaction (`policy`); the party is
    checked first, so only the party whose words they would be is screened."""
    require_party(milestone.contract, by, role)
    policy.screen_words_to_the_other_party(
        text=text, sender=by, contract=milestone.contract, what=what
    )


# --- Funding ---------------------------------------------------------------------------


def fund_milestone(
    *, milestone: Milestone, by: User, method: PaymentMethod, idempotency_key: str = ""
) -> Milestone:
    """The client pays the milestone into escrow (pending until the gateway settles).

    Three steps (`payments.gateway_requests`): the payment and its charge request commit
    first, the gateway is asked once they have (never inside the transaction), and its
    answer is recorded (`on_charge_accepted`, `on_charge_declined`) before this returns, so
    the client still gets the answer at once. The same idempotency key returns the first
    answer: the same pending milestone, or the same decline. Without a key, each call is a
    new attempt. A processor out of reach leaves the charge to the recovery sweep.
    """
    key = (
        idempotency_key
        or f"attempt:{Payment.objects.filter(reference=f'milestone:{milestone.pk}').count() + 1}"
    )

    def work() -> tuple[Milestone, Payment, bool]:
        locked = _lock(milestone)
        contract = locked.contract
        require_party(contract, by, "client")
        existing = Payment.objects.filter(idempotency_key=f"milestone:{locked.pk}:{key}").first()
        if existing is not None:
            return locked, existing, True  # a replayed request: the first answer stands
        # The contract as committed now, not as the lock's statement first read it: a
        # contract ended while this waited for the milestone lock takes no more money.
        contract.refresh_from_db(fields=["state"])
        require_fundable(locked)
        _require_no_charge_unanswered(locked)
        charge = _request_funding(
            locked, by=by, method=method, payment_key=f"milestone:{locked.pk}:{key}"
        )
        return locked, charge, False

    funded, payment, replayed = money_transaction(work)
    if replayed:
        _answer_replayed(payment)
    payment.refresh_from_db()
    if payment.state == "failed":
        # Committed (the decline is on the timeline), then refused to the caller.
        raise _declined(payment)
    funded.refresh_from_db()
    return funded


def _require_no_charge_unanswered(locked: Milestone) -> None:
    """A second attempt while the gateway has not answered a first charge (the milestone is
    still awaiting funding) would charge the client twice: refused until it answers."""
    if payments.charge_unanswered(f"milestone:{locked.pk}"):
        raise Conflict(
            ContractErrorCode.PAYMENT_IN_PROGRESS,
            f"A payment for “{locked.title}” is waiting for the payment processor's answer. "
            "Nothing more was charged; look at the milestone again in a few minutes.",
        )


def _answer_replayed(payment: Payment) -> None:
    """A replay of a request whose charge is still unanswered (the first is between its
    steps, or the processor was out of reach): ask again with the same key, which the
    processor answers with the same charge, so the replay gets the first request's answer."""
    request = payments.charge_request_of(payment)
    if request is not None and request.state == GatewayRequestState.PENDING:
        gateway_requests.send(request.pk)


def _declined(payment: Payment, *, nothing: str = "Nothing was charged") -> DomainError:
    return DomainError(
        ContractErrorCode.PAYMENT_DECLINED,
        f"{payment.failure_message or 'The payment was declined.'} {nothing}; try another payment method.",
        status=402,
        gateway_code=payment.failure_code,
    )


def _require_chargeable(method: PaymentMethod, *, amount: int, currency: str) -> None:
    """The charge (the amount and the client's payment fee) fits one ledger movement: a
    chargeback takes the whole payment back in one, so a total above the ledger's largest
    amount could be charged but never charged back on the books. Funding checks it, and so
    does a bonus on the release's first step, so its confirmation never offers a refusal."""
    total = amount + client_fee_for(method, amount)
    if total > settings.LEDGER_MAX_AMOUNT_MINOR:
        largest = display(settings.LEDGER_MAX_AMOUNT_MINOR, currency)
        raise DomainError(
            ContractErrorCode.AMOUNT_TOO_LARGE,
            f"With the {fee_name(method.kind)} this payment would come to "
            f"{display(total, currency)}, more than the largest "
            f"single payment ({largest}). Pay by bank debit, or split the milestone by a change.",
        )


def _request_funding(
    locked: Milestone, *, by: User, method: PaymentMethod, payment_key: str
) -> Payment:
    """Step 1 of funding a locked milestone awaiting it (a bonus too): the payment (its
    idempotency key `payment_key`) and its charge request, sent once the transaction has
    committed. The milestone waits for the answer as it is: no reservation and no "payment
    on the way" notice until the charge is taken."""
    contract = locked.contract
    _require_chargeable(method, amount=locked.amount_minor, currency=contract.currency)
    return payments.request_charge(
        payer=by,
        method=method,
        amount_minor=locked.amount_minor,
        fee_minor=client_fee_for(method, locked.amount_minor),
        currency=contract.currency,
        reference=f"milestone:{locked.pk}",
        idempotency_key=payment_key,
        settlement_transfer_id=partial(chart.settlement_transfer_id, locked.pk),
    )


def on_charge_accepted(payment: Payment) -> None:
    """The gateway took a milestone's charge (step 3): the amount is reserved in escrow until
    it settles and the freelancer hears the payment is on the way. A milestone no longer
    awaiting funding (its contract ended meanwhile) takes nothing: the settlement that
    follows is paid back (`_return_unapplied`). A bonus's charge releases its approval
    (`_release_with_bonus`)."""
    if (approval := _approval_waiting_for(payment)) is not None:
        _release_with_bonus(*approval, payment=payment)
        return
    milestone = _milestone_of(payment)
    if milestone is None or milestone.state != MilestoneState.AWAITING_FUNDING:
        return
    _reserve_funding(milestone, payment, by=payment.payer, method=payment.method)


def on_charge_declined(payment: Payment) -> None:
    """The gateway refused a milestone's charge (step 3): the decline goes on the timeline and
    the milestone still awaits funding (the client is answered `402 payment_declined`). A
    refusal recorded after the client stopped waiting (by the recovery sweep) is told to
    the client as a failed payment is. A bonus's refusal ends its approval (`_drop_bonus`)."""
    if (approval := _approval_waiting_for(payment)) is not None:
        _drop_bonus(*approval, payment=payment)
        return
    milestone = _milestone_of(payment)
    if milestone is None:
        return
    contract = milestone.contract
    record_event(
        contract=contract,
        milestone=milestone,
        actor=payment.payer,
        kind="milestone.funding_declined",
        message=payment.failure_message,
        data={"payment_id": payment.pk, "code": payment.failure_code},
    )
    if payment.answered_late:
        announce_each(
            contract,
            kind="milestone.funding_failed",
            milestone=milestone,
            key=f"milestone:{milestone.pk}:failed:{payment.pk}",
            url=contract_path(contract, f"milestone-{milestone.pk}"),
            notes=[
                Note(
                    contract.client,
                    f"The payment for “{milestone.title}” did not go through",
                    "The milestone is not funded. Fund it again with another payment method on "
                    "the contract page.",
                )
            ],
            # A declined attempt is the client's (`payment_privacy`): the freelancer was never
            # told a payment was on its way, so their webhook hears nothing of it either.
            only_the_told_hear=True,
        )


def _reserve_funding(
    locked: Milestone, payment: Payment, *, by: User, method: PaymentMethod
) -> None:
    """A taken charge: the amount reserved in escrow until the gateway settles it, the
    milestone pending, the freelancer told."""
    contract = locked.contract
    apply_linked(
        chart.fund_milestone(
            milestone_id=locked.pk,
            payment_id=payment.pk,
            contract_id=contract.pk,
            amount=locked.amount_minor,
            currency=contract.currency,
            method=method.kind,
        )
    )
    # What the charge was made of, recorded where both parties see it (issue 11).
    charged = describe_charge(
        currency=contract.currency,
        amount=payment.amount_minor,
        fee=payment.fee_minor,
        paid_with=method.label,
        method_kind=method.kind,
        fee_bps=client_fee_bps(method),
    )
    transition(
        locked,
        MilestoneState.FUNDING_PENDING,
        actor=by,
        kind="milestone.funding_pending",
        data={
            "payment_id": payment.pk,
            "amount_minor": payment.amount_minor,
            "fee_minor": payment.fee_minor,
            "total_minor": payment.total_minor,
            "fee_bps": client_fee_bps(method),
        },
        message=f"{charged} Waiting for the payment to settle.",
    )
    announce(
        contract,
        kind="milestone.funding_pending",
        milestone=locked,
        key=f"milestone:{locked.pk}:pending:{payment.pk}",
        title=f"Payment on the way for “{locked.title}”",
        body=f"{client_name(contract)} paid; the money is in escrow once the payment settles. "
        "Start work only then: you'll be told.",
        to=[contract.freelancer],
    )


def _milestone_of(payment: Payment) -> Milestone | None:
    kind, _, pk = payment.reference.partition(":")
    if kind != "milestone" or not pk.isdigit():
        return None
    return _locked_milestones().filter(pk=int(pk)).first()


def _settlement(milestone: Milestone, payment: Payment) -> list[TransferRequest]:
    """The ledger transfers that record a settlement: post the reservation while it runs;
    once it expired (or the sweep voided it) the money is at the processor all the same,
    so void what is left of the reservation and post the settlement directly (before
    December 2026 a settlement after 14 days was refused on every delivery and the money
    reached no account)."""
    funding_id = chart.funding_transfer_id(milestone.pk, payment.pk)
    reservation = Transfer.objects.filter(key=funding_id).only("key", "expires_at").first()
    if reservation is None:
        return chart.settle_funding(milestone_id=milestone.pk, payment_id=payment.pk)
    voided = Transfer.objects.filter(pending__key=funding_id).exists()
    expired = reservation.expires_at is not None and reservation.expires_at <= clock.now()
    if not (voided or expired):
        return chart.settle_funding(milestone_id=milestone.pk, payment_id=payment.pk)
    logger.warning(
        "payment %s settled after its funding reservation %s expired; recorded directly",
        payment.pk,
        funding_id,
    )
    return chart.settle_expired_funding(
        milestone_id=milestone.pk,
        payment_id=payment.pk,
        contract_id=milestone.contract_id,
        amount=payment.amount_minor,
        currency=payment.currency,
        void_reservation=not voided,
    )


def on_payment_succeeded(payment: Payment) -> None:
    """Settlement: the reserved amount becomes escrow and the freelancer may start. A
    settlement for a milestone that no longer waits for it is paid back (`_return_unapplied`)."""
    milestone = _milestone_of(payment)
    if milestone is None or milestone.state != MilestoneState.FUNDING_PENDING:
        _return_unapplied(payment, milestone)
        return
    contract = milestone.contract
    apply_linked(_settlement(milestone, payment))
    transition(
        milestone,
        MilestoneState.FUNDED,
        actor_label="payment gateway",
        kind="milestone.funded",
        funded_amount_minor=milestone.amount_minor,
    )
    if milestone.release_on_funding and not stops(milestone, Movement.RELEASE):
        _release(milestone, actor=None, amount=milestone.amount_minor, automatic=False)
        return
    amount = display(milestone.amount_minor, contract.currency)
    title = f"“{milestone.title}” is funded: {amount} is in escrow"
    safe = "The money is held safely in escrow."
    announce_each(
        contract,
        kind="milestone.funded",
        milestone=milestone,
        key=f"milestone:{milestone.pk}:funded",
        notes=[
            Note(contract.freelancer, title, f"{safe} You can start work on this milestone now."),
            Note(
                contract.client,
                title,
                f"{safe} {contract.freelancer.display_name} can start work on it now.",
            ),
        ],
    )


def on_payment_settled_after_failure(payment: Payment) -> None:
    """The processor settled a payment it had reported failed (`charges.settle_payment`).
    The milestone was told the payment failed and waits for funding again, perhaps by a new
    payment: this one funds nothing and is paid back in full like any unapplied settlement."""
    _return_unapplied(payment, _milestone_of(payment), after_failure=True)


def _return_unapplied(
    payment: Payment, milestone: Milestone | None, *, after_failure: bool = False
) -> None:
    """The gateway settled a milestone's payment, but the milestone no longer waits for it
    (funded by another payment, charged back, its contract ended) or is gone. The money is
    at the processor and is the client's: it is recorded and refunded to the client in full
    through the gateway (`chart.unapplied_settlement`, the refund under its transfer's id for
    reconciliation), and finance are told (`unapplied_settlement` alert). Before December
    2026 such a settlement was ignored and the money sat at the processor in no account.
    `after_failure`: the processor had reported the payment failed before it settled (the
    milestone was told so and may wait for a new payment); the same, said as such.
    A redelivery changes nothing: the payment is claimed once (`charges.settle_payment`),
    the handler called again finds the settlement's transfer (this payment's funding, or its
    refund), and the ledger ids and the gateway's idempotency key derive from the payment."""
    kind, _, pk = payment.reference.partition(":")
    if kind != "milestone" or not pk.isdigit():
        return  # not a milestone's payment: its owner handles it
    milestone_id = int(pk)
    if Transfer.objects.filter(key=chart.settlement_transfer_id(milestone_id, payment.pk)).exists():
        return  # this payment funded the milestone, or was paid back already: a replay
    funding_id = chart.funding_transfer_id(milestone_id, payment.pk)
    reserved = Transfer.objects.filter(key=funding_id).exists()
    resolved = Transfer.objects.filter(pending__key=funding_id).exists()
    apply_linked(
        chart.unapplied_settlement(
            milestone_id=milestone_id,
            payment_id=payment.pk,
            client_id=payment.payer_id,
            amount=payment.amount_minor,
            fee=payment.fee_minor,
            currency=payment.currency,
            void_reservation=reserved and not resolved,
        )
    )
    refund = payments.refund_payment(
        payment=payment,
        amount_minor=payment.total_minor,
        idempotency_key=f"unapplied:{payment.pk}",
        transfer_id=chart.unapplied_refund_transfer_id(payment.pk),
    )
    state = milestone.state if milestone is not None else "gone"
    total = display(payment.total_minor, payment.currency)
    raise_alert(
        kind=FinanceAlertKind.UNAPPLIED_SETTLEMENT,
        key=f"payment:{payment.pk}",
        detail={
            "payment": payment.pk,
            "reference": payment.reference,
            "milestone_state": state,
            "amount_minor": payment.total_minor,
            "currency": payment.currency,
            "refund_request": refund.idempotency_key,
            "after_failure": after_failure,
            "why": f"Payment {payment.pk} of {total} settled for milestone {milestone_id}"
            + (
                f" after the processor had reported it failed ({payment.failure_code}); "
                if after_failure
                else f", which was {state} and no longer waiting for funding; "
            )
            + "refunded to the client in full.",
        },
    )
    logger.warning("payment %s settled for %s (%s): refunded", payment.pk, payment.reference, state)
    if milestone is None:
        return
    contract = milestone.contract
    record_event(
        contract=contract,
        milestone=milestone,
        actor_label="payment gateway",
        kind="milestone.payment_returned",
        message=f"A payment of {total} "
        + (
            "reported as failed settled after all"
            if after_failure
            else "settled after the milestone stopped waiting for it"
        )
        + "; it was refunded to the client in full.",
        data={"payment_id": payment.pk, "amount_minor": payment.total_minor},
    )
    # The client's alone (a money notice, always emailed); the freelancer's milestone did not
    # change, and the webhook event types name no such event.
    notify(
        recipient=payment.payer,
        kind="milestone.refunded",
        title=f"Your payment of {total} for “{milestone.title}” was refunded",
        body=(
            "The processor reported it failed, then settled it after all"
            if after_failure
            else "It settled after the milestone no longer waited for it"
        )
        + ", so all of it, the fee included, is on its way back to your payment method.",
        url=contract_path(contract, f"milestone-{milestone.pk}"),
    )


def on_payment_failed(payment: Payment) -> None:
    """The payment did not settle: the milestone waits for funding again; both are told."""
    milestone = _milestone_of(payment)
    if milestone is None or milestone.state != MilestoneState.FUNDING_PENDING:
        return
    contract = milestone.contract
    apply_linked(chart.fail_funding(milestone_id=milestone.pk, payment_id=payment.pk))
    transition(
        milestone,
        MilestoneState.AWAITING_FUNDING,
        actor_label="payment gateway",
        kind="milestone.funding_failed",
        message=payment.failure_code,
    )
    title = f"The payment for “{milestone.title}” did not go through"
    announce_each(
        contract,
        kind="milestone.funding_failed",
        milestone=milestone,
        key=f"milestone:{milestone.pk}:failed:{payment.pk}",
        # The notices link the milestone's card (the email's "Open it here").
        url=contract_path(contract, f"milestone-{milestone.pk}"),
        notes=[
            Note(
                contract.freelancer,
                title,
                f"The milestone is not funded. Don't start work on it yet; {client_name(contract)} "
                "can fund it again with another method.",
            ),
            Note(
                contract.client,
                title,
                "The milestone is not funded. Fund it again with another payment method on the "
                "contract page.",
            ),
        ],
    )


def disputed_minor(payment: Payment, milestone: Milestone) -> int:
    """What a chargeback of `payment` takes back: the gross less what was refunded of it
    through the gateway before (every refund of the milestone went to its one settled
    payment), as processors dispute only what the payer has not been refunded. Read before
    the chargeback counts what escrow covers as refunded. A payment refunded in full as an
    unapplied settlement owes nothing back."""
    if returned_unapplied(payment):
        return 0
    return max(0, payment.total_minor - milestone.refunded_amount_minor)


def _taken_by_the_bank(payment: Payment, milestone: Milestone) -> tuple[int, int]:
    """What to book for a chargeback, as (against the payment, beyond it): the amount the
    processor's message says it took, since that is what left our balance at the processor.
    At most what was left of the payment (the gross less our refunds, `disputed_minor`) is
    booked against it (escrow, the dispute reserve, the freelancer's hold); anything the
    processor took beyond that is the platform's loss (`chart.platform_losses`), never taken
    from escrow or the freelancer. When the amounts differ (a refund the processor never
    made, or one we did not record), finance are told with both figures
    (`chargeback_amount_differs` alert). A message without an amount books ours. Before
    December 2026 ours was always booked, and a difference surfaced only as a
    reconciliation mismatch the next day; before 7 December 2026 an amount beyond what was
    left was booked against the payment uncapped."""
    ours = disputed_minor(payment, milestone)
    taken = payment.chargeback_taken_minor
    if taken is None:
        return ours, 0
    booked = min(taken, ours)
    excess = taken - booked
    if taken != ours:
        currency = payment.currency
        raise_alert(
            kind=FinanceAlertKind.CHARGEBACK_AMOUNT_DIFFERS,
            key=f"payment:{payment.pk}",
            detail={
                "payment": payment.pk,
                "reference": payment.reference,
                "taken_minor": taken,
                "expected_minor": ours,
                "booked_minor": booked,
                "excess_minor": excess,
                "currency": currency,
                "why": f"The processor took {display(taken, currency)} back for payment "
                f"{payment.pk} ({payment.reference}); by our refunds it should have taken "
                f"{display(ours, currency)} ({display(payment.total_minor, currency)} paid, "
                f"{display(milestone.refunded_amount_minor, currency)} refunded). "
                + (
                    f"{display(booked, currency)}, all that was left of the payment, was "
                    f"booked against it; the other {display(excess, currency)} is booked as "
                    "a platform loss (platform losses), not taken from escrow or the "
                    "freelancer. Ask the processor why it took more than was left."
                    if excess
                    else "The processor's amount was booked."
                ),
            },
        )
        logger.warning("payment %s: chargeback took %s, expected %s", payment.pk, taken, ours)
    return booked, excess


def returned_unapplied(payment: Payment) -> bool:
    """The payment's settlement funded nothing and was refunded to the client in full
    (`_return_unapplied`): none of it is in escrow or was released from it."""
    return Transfer.objects.filter(key=chart.unapplied_refund_transfer_id(payment.pk)).exists()


def _refund_state_in_words(payment: Payment) -> tuple[str, str]:
    """The state of the full refund of an unapplied payment at the processor, and a sentence
    for finance about what it means now that the bank took the payment back too."""
    request = (
        GatewayRequest.objects.filter(
            kind=GatewayRequestKind.REFUND, idempotency_key=f"unapplied:{payment.pk}"
        )
        .only("state", "processor_id")
        .first()
    )
    total = display(payment.total_minor, payment.currency)
    if request is None or request.state == GatewayRequestState.PENDING:
        return (
            "pending",
            f"The refund of {total} (request unapplied:{payment.pk}) is still pending at the "
            "processor: ask the processor to cancel it, or the client is paid twice.",
        )
    if request.state == GatewayRequestState.FAILED:
        return (
            "refused",
            f"The processor refused the refund of {total} (request unapplied:{payment.pk}): "
            "the chargeback returned the money instead, so reverse the refund's booking by "
            "hand.",
        )
    return (
        "settled",
        f"The refund of {total} had gone through (processor refund {request.processor_id}): "
        "the client got the money back twice; the processor may recover it from them.",
    )


def _charged_back_after_return(payment: Payment, milestone: Milestone | None) -> None:
    """The bank took back a payment whose settlement funded nothing and was already refunded
    to the client in full (`_return_unapplied`). Nothing of it is in escrow or was released,
    so no milestone, case or freelancer is touched: what the processor took is booked as the
    platform's loss (`chart.chargeback_gross` with everything beyond the payment, from
    platform losses through the dispute reserve to processor clearing, under the id the
    processor's line names), and finance are told, with the refund's state at the processor
    (`chargeback_after_refund` alert). Before 7 December 2026 the chargeback went down the
    normal path: it took the milestone's escrow (funded by another payment), refunded the
    milestone and held the freelancer's balance."""
    taken = payment.chargeback_taken_minor
    currency = payment.currency
    if taken:
        apply_linked(
            chart.chargeback_gross(
                payment_id=payment.pk,
                contract_id=0,
                gross=0,
                from_escrow=0,
                currency=currency,
                excess=taken,
            )
        )
    refund_state, refund_words = _refund_state_in_words(payment)
    raise_alert(
        kind=FinanceAlertKind.CHARGEBACK_AFTER_REFUND,
        key=f"payment:{payment.pk}",
        detail={
            "payment": payment.pk,
            "reference": payment.reference,
            "taken_minor": taken,
            "currency": currency,
            "refund_request": f"unapplied:{payment.pk}",
            "refund_state": refund_state,
            "milestone_state": milestone.state if milestone is not None else "gone",
            "why": f"The bank took back payment {payment.pk} ({payment.reference}), which "
            "had settled after its milestone stopped waiting for it and was refunded to the "
            "client in full. "
            + (
                f"{display(taken, currency)} taken is booked as a platform loss; no milestone "
                "or freelancer was touched. "
                if taken
                else "The processor took nothing back (its message says 0), so nothing was booked. "
                if taken == 0
                else "The processor's message named no amount, so nothing was booked: check "
                "what left the processor balance. "
            )
            + refund_words,
        },
    )
    logger.warning(
        "payment %s (%s) charged back after its full refund (refund %s): a platform loss",
        payment.pk,
        payment.reference,
        refund_state,
    )


def on_payment_charged_back(payment: Payment) -> None:
    """The payer's bank took the payment back: from escrow while the money is still there.

    The bank takes at most what the payer was not refunded already (`disputed_minor`):
    escrow covers what it still holds of that, the dispute reserve the rest. What is booked
    is what the processor's message says it took (`_taken_by_the_bank`); beyond what was
    left of the payment it is the platform's loss. A payment refunded in full because it
    funded nothing is only a platform loss (`_charged_back_after_return`)."""
    milestone = _milestone_of(payment)
    if returned_unapplied(payment):
        _charged_back_after_return(payment, milestone)
        return
    if milestone is None:
        return
    contract = milestone.contract
    in_escrow = milestone.in_escrow
    booked, excess = _taken_by_the_bank(payment, milestone)
    apply_linked(
        chart.chargeback_gross(
            payment_id=payment.pk,
            contract_id=contract.pk,
            gross=booked,
            from_escrow=milestone.escrow_minor if in_escrow else 0,
            currency=payment.currency,
            excess=excess,
        )
    )
    if in_escrow:
        _close_refund_requests(milestone, why="The payment was charged back.")
        transition(
            milestone,
            MilestoneState.REFUNDED,
            actor_label="payment gateway",
            kind="milestone.charged_back",
            # What escrow still held went back; a part released (or refunded) before stays
            # counted as such: released + refunded never exceeds what was funded.
            refunded_amount_minor=milestone.refunded_amount_minor + milestone.escrow_minor,
            review_deadline=None,
        )
    else:
        record_event(
            contract=contract,
            milestone=milestone,
            actor_label="payment gateway",
            kind="milestone.charged_back",
        )
    title = f"The payment for “{milestone.title}” was charged back"
    announce_each(
        contract,
        kind="milestone.refunded",
        milestone=milestone,
        key=f"milestone:{milestone.pk}:chargeback:{payment.pk}",
        notes=[
            Note(
                person,
                title,
                f"{whose} bank reversed the payment. Trust & Safety will look into it.",
            )
            for person, whose in (
                (contract.freelancer, f"{client_name(contract)}'s"),
                (contract.client, "Your"),
            )
        ],
    )


def on_returned_payment_chargeback_won(payment: Payment) -> None:
    """The bank decided for us a chargeback of a payment already refunded in full
    (`_charged_back_after_return`): the processor pays back what it took, which goes back to
    platform losses. Other payments' decisions are their chargeback case's (disputes). A
    redelivery replays the same transfer ids."""
    if not returned_unapplied(payment):
        return
    excess = transfer_amount(chart.chargeback_excess_transfer_id(payment.pk))
    if excess:
        apply_linked(
            chart.chargeback_won(
                payment_id=payment.pk, gross=0, currency=payment.currency, excess=excess
            )
        )


# --- Delivery and review --------------------------------------------------------------


def check_submit(*, milestone: Milestone, by: User) -> None:
    """What submit_work refuses, moving nothing: the submit page asks it before offering
    its form (submit_work asks again under the milestone's row lock)."""
    require_party(milestone.contract, by, "freelancer")
    _require_active(milestone.contract)
    if milestone.state not in (MilestoneState.FUNDED, MilestoneState.CHANGES_REQUESTED):
        raise InvalidTransition(milestone, MilestoneState.SUBMITTED)


def submit_work(
    *, milestone: Milestone, by: User, message: str, files: list[IncomingFile] | None = None
) -> Milestone:
    """Deliver work (a message and files, held in escrow too) and start the review clock."""
    _screen_words(milestone, by, "freelancer", message, what="message")

    def work() -> Milestone:
        locked = _lock(milestone)
        contract = locked.contract
        check_submit(milestone=locked, by=by)
        store_deliverable(milestone=locked, by=by, message=message, files=files or [])
        deadline = clock.now() + timedelta(days=contract.review_period_days)
        transaction.on_commit(partial(schedule_review_timers, deadline))
        transition(
            locked,
            MilestoneState.SUBMITTED,
            actor=by,
            kind="milestone.submitted",
            message=message.strip()[:5000],
            submitted_at=clock.now(),
            review_deadline=deadline,
            reminders_sent=[],
        )
        stop_review_clock_if_frozen(locked)
        announce(
            contract,
            kind="milestone.submitted",
            milestone=locked,
            key=f"milestone:{locked.pk}:submitted:{locked.events.filter(kind='milestone.submitted').count()}",
            title=f"{contract.freelancer.display_name} submitted “{locked.title}”",
            body=f"Review it by {day_in_words(deadline)}: approve it or ask for changes. "
            "If you do neither, it is released automatically then.",
            to=[contract.client],
        )
        return locked

    return money_transaction(work)


def request_changes(*, milestone: Milestone, by: User, message: str) -> Milestone:
    if not message.strip():
        raise DomainError(ContractErrorCode.REASON_REQUIRED, "Tell the freelancer what to change.")
    _screen_words(milestone, by, "client", message, what="message")

    def work() -> Milestone:
        locked = _lock(milestone)
        contract = locked.contract
        require_party(contract, by, "client")
        transition(
            locked,
            MilestoneState.CHANGES_REQUESTED,
            actor=by,
            kind="milestone.changes_requested",
            message=message.strip()[:5000],
            review_deadline=None,
        )
        announce(
            contract,
            kind="milestone.changes_requested",
            milestone=locked,
            key=f"milestone:{locked.pk}:changes:{locked.events.filter(kind='milestone.changes_requested').count()}",
            title=f"Changes requested on “{locked.title}”",
            body=f"Their message: {message.strip()[:2000]}\n\nMake the changes and submit "
            "the milestone again; the review starts anew.",
            to=[contract.freelancer],
        )
        return locked

    return money_transaction(work)


def extend_review(*, milestone: Milestone, by: User, days: int) -> Milestone:
    if not 1 <= days <= settings.REVIEW_EXTENSION_MAX_DAYS:
        raise DomainError(
            ContractErrorCode.INVALID_REVIEW_PERIOD,
            f"The review can be extended by 1 to {settings.REVIEW_EXTENSION_MAX_DAYS} days.",
        )

    def work() -> Milestone:
        locked = _lock(milestone)
        require_party(locked.contract, by, "client")
        if locked.state != MilestoneState.SUBMITTED or locked.review_deadline is None:
            raise Conflict(
                ContractErrorCode.INVALID_TRANSITION,
                "Only a submission under review can be extended; this milestone is "
                f"{state_in_words(locked)}. {next_step(locked)}",
                current_state=locked.state,
            )
        if locked.review_extended:
            raise Conflict(
                ContractErrorCode.ALREADY_EXTENDED, "The review period can be extended only once."
            )
        locked.review_deadline = locked.review_deadline + timedelta(days=days)
        locked.review_extended = True
        locked.save(update_fields=["review_deadline", "review_extended"])
        transaction.on_commit(partial(schedule_review_timers, locked.review_deadline))
        record_event(
            contract=locked.contract,
            milestone=locked,
            actor=by,
            kind="milestone.review_extended",
            message=f"Review extended by {days} days, to {moment_in_words(locked.review_deadline)} UTC.",
        )
        return locked

    return money_transaction(work)


# --- Release ---------------------------------------------------------------------------


def _release(
    locked: Milestone, *, actor: User | None, amount: int, automatic: bool, actor_label: str = ""
) -> None:
    """Release `amount` of what escrow holds for a locked milestone: the amount less the
    fee to the freelancer (after the security hold), the fee to the platform.

    All of it releases the milestone (its files unlock for the client). Less keeps the
    rest in escrow and asks the freelancer to agree to refund it (`_hold_the_rest`):
    releasing never sends money back to the client on the client's word alone.
    `actor_label` names who released without a person (a dispute timer, dormant escrow).
    """
    contract = locked.contract
    held = locked.escrow_minor
    if amount < held and actor is None:
        raise RuntimeError("Only the client releases part of a milestone.")
    fee = release_fee(locked, amount)
    number = locked.releases.count() + 1
    apply_linked(
        chart.release(
            milestone_id=locked.pk,
            contract_id=contract.pk,
            freelancer_id=contract.freelancer_id,
            amount=amount,
            fee=fee,
            currency=contract.currency,
            release_no=number,
        )
    )
    now = clock.now()
    hold_days = hold_days_for(contract.freelancer)
    Release.objects.create(
        milestone=locked,
        number=number,
        freelancer_id=contract.freelancer_id,
        currency=contract.currency,
        amount_minor=amount,
        fee_minor=fee,
        net_minor=amount - fee,
        released_at=now,
        available_at=now + timedelta(days=hold_days),
        automatic=automatic,
    )
    _close_refund_requests(locked, why="The client released the money instead.")
    fields: dict[str, Any] = {
        "released_amount_minor": locked.released_amount_minor + amount,
        "released_at": locked.released_at or now,
        "review_deadline": None,
    }
    data = {"amount_minor": amount, "fee_minor": fee}
    if amount < held and actor is not None:
        _hold_the_rest(locked, by=actor, amount=amount, rest=held - amount, fields=fields)
    else:
        transition(
            locked,
            MilestoneState.RELEASED,
            actor=actor,
            actor_label=actor_label or ("" if actor else "review period ended"),
            kind="milestone.auto_released" if automatic else "milestone.released",
            data=data,
            **fields,
        )
    net = display(amount - fee, contract.currency)
    how = "released automatically" if automatic else "approved"
    left = display(amount, contract.currency)
    name = contract.freelancer.display_name
    # Each party is told in their own words: the freelancer is addressed, not described, and
    # reads what they receive; the client reads what they released (what left escrow).
    announce_each(
        contract,
        kind="milestone.released",
        milestone=locked,
        key=f"milestone:{locked.pk}:released:{number}",
        notes=[
            Note(
                contract.freelancer,
                f"“{locked.title}” was {how}: {net} to you",
                f"{left} left escrow; after the service fee you receive {net}, "
                f"for you to withdraw after a {hold_days}-day security hold.",
            ),
            Note(
                contract.client,
                f"“{locked.title}” was {how}: {left} released to {name}",
                f"{left} left escrow; after the service fee {name} receives {net}, "
                f"available for payout after a {hold_days}-day security hold.",
            ),
        ],
    )


def _hold_the_rest(
    locked: Milestone, *, by: User, amount: int, rest: int, fields: dict[str, Any]
) -> None:
    """After a partial release: the rest stays in escrow, and a refund request for it waits
    for the freelancer's answer. Yes refunds it (and the client gets the files); no keeps
    it in escrow, where the client may still release it or a dispute decides. Silence
    refunds nothing here (`settle_unanswered_refund_requests` skips these)."""
    contract = locked.contract
    currency = contract.currency
    client = client_name(contract)
    data = {"amount_minor": amount, "remaining_minor": rest}
    if locked.state == MilestoneState.PARTIALLY_RELEASED:
        for name, value in fields.items():
            setattr(locked, name, value)
        locked.save(update_fields=list(fields))
        record_event(
            contract=contract,
            milestone=locked,
            actor=by,
            kind="milestone.partially_released",
            data=data,
        )
    else:
        transition(
            locked,
            MilestoneState.PARTIALLY_RELEASED,
            actor=by,
            kind="milestone.partially_released",
            data=data,
            **fields,
        )
    request = RefundRequest.objects.create(
        milestone=locked,
        requested_by=by,
        amount_minor=rest,
        reason=f"{contract.client_name} released {display(amount, currency)} and asks for the "
        f"remaining {display(rest, currency)} back",
        answer_by=clock.now() + timedelta(days=settings.REFUND_ANSWER_DAYS),
    )
    announce(
        contract,
        kind="milestone.refund_requested",
        milestone=locked,
        key=f"refund-request:{request.pk}",
        title=f"{contract.client_name} released {display(amount, currency)} of “{locked.title}” "
        f"and asks for the remaining {display(rest, currency)} back",
        body=f"The rest stays in escrow until you answer. Accept to refund it to {client} (they "
        f"then get the full files), or decline to keep it in escrow: {client} can still release "
        "it, and either of you can open a dispute for Trust & Safety to decide.\n\n"
        + how_to_verify(sign_refund_request(request)),
        to=[contract.freelancer],
    )


def _close_refund_requests(locked: Milestone, *, why: str) -> None:
    """Waiting refund requests end when the money they ask for moves another way."""
    locked.refund_requests.filter(state=RefundRequestState.PENDING).update(
        state=RefundRequestState.CLOSED, answered_at=clock.now(), answer_note=why[:2000]
    )


def release_fee(milestone: Milestone, amount: int) -> int:
    """The service fee on releasing `amount` more of a milestone: the fee on all it will have
    released, less the fees its earlier releases paid. Each fee rounds half up, so one cent
    of fee rounding is at stake per release: cut into 9-cent releases, a milestone would pay
    no fee at all. Counted over the whole, the fees add up to the fee on the total."""
    before = milestone.releases.aggregate(amount=Sum("amount_minor"), fee=Sum("fee_minor"))
    released, paid = before["amount"] or 0, before["fee"] or 0
    return max(0, fee_of(released + amount, settings.FREELANCER_FEE_BPS) - paid)


def hold_days_for(freelancer: User) -> int:
    """Released money waits RELEASE_SECURITY_HOLD_DAYS; a new freelancer account (younger
    than NEW_ACCOUNT_DAYS) waits NEW_ACCOUNT_HOLD_DAYS, if that is longer."""
    days = settings.RELEASE_SECURITY_HOLD_DAYS
    if clock.now() - freelancer.date_joined < timedelta(days=settings.NEW_ACCOUNT_DAYS):
        days = max(days, settings.NEW_ACCOUNT_HOLD_DAYS)
    return days


def approve_milestone(
    *,
    milestone: Milestone,
    by: User,
    amount_minor: int | None = None,
    method: PaymentMethod | None = None,
    escrow_seen: int | None = None,
    request_key: str = "",
) -> Milestone:
    """The client approves: escrow goes to the freelancer minus the fee, in one linked movement.

    Releasing less than what is in escrow keeps the rest there and asks the freelancer to
    agree to refund it (`_hold_the_rest`). Releasing more charges the difference to `method`
    as a bonus milestone first, in the three steps of a charge (`_request_bonus`): only once
    the processor takes it is escrow released and the bonus reserved, in the transaction
    that records the answer (`_release_with_bonus`), the bonus released by itself once it
    settles. All or nothing: a refused bonus (out of bounds, declined) releases nothing. A
    bonus the processor has not answered leaves the milestone as it is until it does (the
    recovery sweep), and another approval meanwhile is `409 payment_in_progress`.
    `escrow_seen` is what escrow held when the client confirmed (the confirmation page):
    if it holds another amount now (a refund meanwhile), nothing moves (`409
    escrow_changed`), since the same amount would now charge a different bonus.
    `request_key` (the API's idempotency key) makes a retried request move nothing again
    (and a retried bonus get its first answer, with one charge).
    """

    def work() -> tuple[Payment | None, bool]:
        locked = _lock(milestone)
        if request_key:
            require_party(locked.contract, by, "client")
            if _already_done(locked, "approve", request_key):
                return None, False
            replayed = Payment.objects.filter(
                idempotency_key=_bonus_key(locked, request_key)
            ).first()
            if replayed is not None:
                return replayed, True  # the first answer stands
        _require_escrow_seen(locked, escrow_seen)
        amount = _checked_release(locked, by=by, amount_minor=amount_minor, method=method)
        _require_no_bonus_in_flight(locked)
        held = locked.escrow_minor
        if amount > held and method is not None:
            bonus = amount - held
            return _request_bonus(locked, by=by, method=method, bonus=bonus, key=request_key), False
        _release(locked, actor=by, amount=amount, automatic=False)
        _remember(locked, "approve", request_key)
        return None, False

    payment, replayed = money_transaction(work)
    if payment is not None:
        _bonus_answer(payment, replayed=replayed)
    milestone.refresh_from_db()
    return milestone


def _require_escrow_seen(locked: Milestone, escrow_seen: int | None) -> None:
    if escrow_seen is not None and locked.escrow_minor != escrow_seen:
        currency = locked.contract.currency
        raise Conflict(
            ContractErrorCode.ESCROW_CHANGED,
            f"Escrow for “{locked.title}” held {display(escrow_seen, currency)} when you "
            f"confirmed and holds {display(locked.escrow_minor, currency)} now. Nothing was "
            "released or charged: look at the release again.",
            escrow_minor=locked.escrow_minor,
        )


def _bonus_key(locked: Milestone, key: str) -> str:
    """The bonus payment's idempotency key: the approval's key, or (the web form has none)
    the next attempt on this milestone, counted under its lock."""
    if not key:
        attempts = Payment.objects.filter(idempotency_key__startswith=f"bonus:{locked.pk}:")
        key = f"attempt:{attempts.count() + 1}"
    return f"bonus:{locked.pk}:{key}"


def bonus_in_flight(milestone: Milestone) -> Milestone | None:
    """The bonus of an approval of `milestone` whose charge the processor has not answered
    yet (the approval waits for it: `approve_milestone`)."""
    return Milestone.objects.filter(bonus_for=milestone, bonus_releases_minor__isnull=False).first()


def _require_no_bonus_in_flight(locked: Milestone) -> None:
    """Another approval while a bonus's charge is unanswered would release the escrow that
    approval is to release, or charge a second bonus: refused until the processor answers."""
    if (bonus := bonus_in_flight(locked)) is not None:
        raise Conflict(
            ContractErrorCode.PAYMENT_IN_PROGRESS,
            f"The bonus of {display(bonus.amount_minor, locked.contract.currency)} on "
            f"“{locked.title}” is waiting for the payment processor's answer; the milestone is "
            "released with it once it is taken. Nothing more was charged or released; look "
            "at the milestone again in a few minutes.",
        )


def _request_bonus(
    locked: Milestone, *, by: User, method: PaymentMethod, bonus: int, key: str
) -> Payment:
    """Step 1 of an approval with a bonus: the bonus milestone (awaiting funding, noting the
    approval: `bonus_for` and the escrow it releases), its payment and charge request, sent
    once the transaction has committed. Nothing is released yet."""
    contract = locked.contract
    position = (contract.milestones.aggregate(top=Max("position"))["top"] or 0) + 1
    bonus_milestone = Milestone.objects.create(
        contract=contract,
        position=position,
        title=f"Bonus on “{locked.title}”"[:200],
        amount_minor=bonus,
        state=MilestoneState.AWAITING_FUNDING,
        release_on_funding=True,
        bonus_for=locked,
        bonus_releases_minor=locked.escrow_minor,
    )
    return _request_funding(
        bonus_milestone, by=by, method=method, payment_key=_bonus_key(locked, key)
    )


def _bonus_answer(payment: Payment, *, replayed: bool) -> None:
    """After the bonus's charge was sent (or, for a replay, sent again with its key): a
    refusal is the client's answer (`402 payment_declined`); taken, escrow was released with
    it; unanswered, the approval waits for the recovery sweep."""
    if replayed:
        _answer_replayed(payment)
    payment.refresh_from_db()
    if payment.state == PaymentState.FAILED:
        raise _declined(payment, nothing="Nothing was released or charged")


def _approval_waiting_for(payment: Payment) -> tuple[Milestone, Milestone] | None:
    """For a bonus's payment whose approval waits for the charge's answer: the milestone
    approved and the bonus, locked in that order (as the approval's first step locks them)."""
    kind, _, pk = payment.reference.partition(":")
    if kind != "milestone" or not pk.isdigit():
        return None
    waiting = Milestone.objects.filter(pk=int(pk), bonus_releases_minor__isnull=False)
    approved_id = waiting.values_list("bonus_for_id", flat=True).first()
    if approved_id is None:
        return None
    approved = _locked_milestones().get(pk=approved_id)
    bonus = _locked_milestones().filter(pk=int(pk), bonus_releases_minor__isnull=False).first()
    return None if bonus is None else (approved, bonus)


def _release_with_bonus(approved: Milestone, bonus: Milestone, *, payment: Payment) -> None:
    """The processor took a bonus's charge (step 3, recorded once): the approval happens
    now, in this transaction. Escrow is released, the bonus reserved until its payment
    settles (then released by itself). If the approval no longer stands (escrow changed or
    frozen while the answer was outstanding), nothing is released (`_drop_bonus`)."""
    if (lapsed := _approval_lapsed(approved, bonus)) is not None:
        _drop_bonus(approved, bonus, payment=payment, lapsed=lapsed)
        return
    contract = approved.contract
    _release(approved, actor=payment.payer, amount=approved.escrow_minor, automatic=False)
    bonus.bonus_releases_minor = None  # the approval is done: no longer waiting
    Milestone.objects.filter(pk=bonus.pk).update(bonus_releases_minor=None)
    record_event(
        contract=contract,
        milestone=bonus,
        actor=payment.payer,
        kind="milestone.bonus_added",
        message=f"{display(bonus.amount_minor, contract.currency)} more than “{approved.title}” "
        "held; released once paid.",
    )
    _reserve_funding(bonus, payment, by=payment.payer, method=payment.method)


def _approval_lapsed(approved: Milestone, bonus: Milestone) -> str | None:
    """Why an approval whose bonus was taken can no longer release, or None."""
    if not approved.in_escrow or approved.escrow_minor != bonus.bonus_releases_minor:
        return "escrow changed while the payment was on its way"
    if stops(approved, Movement.RELEASE):
        return "the escrow was frozen while the payment was on its way"
    return None


def _drop_bonus(
    approved: Milestone, bonus: Milestone, *, payment: Payment, lapsed: str = ""
) -> None:
    """A bonus's approval ends without a release: the bonus milestone goes (it never held
    money) and the approved milestone stays as it was, with a client-only timeline line.
    Declined, the client hears it from the approval (`402 payment_declined`) or, answered
    late, from a notice. Taken after the approval lapsed, the charge settles for a milestone
    that is gone and is paid back in full (`_return_unapplied`); the client is told now."""
    contract = approved.contract
    bonus_amount = display(bonus.amount_minor, contract.currency)
    _delete_bonus(approved, bonus, said=f"the bonus of {bonus_amount} did not go through")
    if lapsed:
        said = (
            f"The bonus of {bonus_amount} was charged, but {lapsed}: nothing was released "
            "and the charge is refunded in full once it settles."
        )
    else:
        said = (
            f"The bonus of {bonus_amount} was declined: "
            f"{payment.failure_message or 'the payment was declined.'} Nothing was released."
        )
    record_event(
        contract=contract,
        milestone=approved,
        actor=payment.payer,
        kind="milestone.payment_returned" if lapsed else "milestone.funding_declined",
        message=said,
        data={"payment_id": payment.pk, "code": payment.failure_code, "bonus": True},
    )
    if lapsed or payment.answered_late:
        notify(
            recipient=payment.payer,
            kind="milestone.funding_failed",
            title=f"The bonus on “{approved.title}” was not released",
            body=f"{said} “{approved.title}” is as it was: approve it again when you are ready.",
            url=contract_path(contract, f"milestone-{approved.pk}"),
        )


# What happened on the bonus's own timeline and must outlive it: its freezes.
_FREEZE_EVENT_KINDS = ("escrow.frozen", "escrow.unfrozen", "contract.held", "contract.hold_lifted")


def _delete_bonus(approved: Milestone, bonus: Milestone, *, said: str) -> None:
    """Delete a bonus that never held money, in the caller's transaction (both locked).
    Rows that point at it and must outlive it (PROTECT: a freeze Trust & Safety put on it,
    a payout hold) are moved to the approved milestone first, the approval the bonus was
    part of: a freeze on the bonus stopped that approval's money, and now stops the escrow
    the approval would have released (an active twin of it already there: this one is
    lifted, the twin stands). Its freeze events go with it, and the move is on the timeline.
    Before December 2026 the delete raised (PROTECT) and the charge's answer could not be
    recorded at all."""
    moved = 0
    for freeze in EscrowFreeze.objects.filter(milestone=bonus).order_by("pk"):
        if freeze.lifted_at is None and (
            EscrowFreeze.objects.filter(
                milestone=approved,
                kind=freeze.kind,
                source=freeze.source,
                reference=freeze.reference,
                lifted_at__isnull=True,
            ).exists()
        ):
            EscrowFreeze.objects.filter(pk=freeze.pk).update(
                lifted_at=clock.now(),
                lift_reason=f"The same freeze stands on “{approved.title}”; {said}.",
            )
        elif freeze.lifted_at is None:
            moved += 1
        EscrowFreeze.objects.filter(pk=freeze.pk).update(milestone=approved)
    PayoutHold.objects.filter(milestone=bonus).update(milestone=approved)
    ContractEvent.objects.filter(milestone=bonus, kind__in=_FREEZE_EVENT_KINDS).update(
        milestone=approved
    )
    if moved:
        record_event(
            contract=approved.contract,
            milestone=approved,
            actor_label="escrow freeze",
            kind="escrow.freeze_moved",
            message=f"The freeze on the bonus now covers “{approved.title}”: {said}, so the "
            "escrow the approval would have released stays frozen until the freeze is lifted.",
            data={"moved_from_bonus": bonus.pk},
        )
        stop_review_clock_if_frozen(approved)  # frozen now: its review clock waits too
    bonus.delete()


def check_release(
    *,
    milestone: Milestone,
    by: User,
    amount_minor: int | None = None,
    method: PaymentMethod | None = None,
) -> int:
    """The amount approving would release (escrow plus any bonus), or the refusal
    `approve_milestone` would give, without moving money: the confirmation page shows only
    what the release will do, and refuses on its first step what the release would refuse."""
    current = Milestone.objects.select_related(
        "contract", "contract__freelancer", "contract__client"
    ).get(pk=milestone.pk)  # read fresh; nothing is locked, nothing moves
    return _checked_release(current, by=by, amount_minor=amount_minor, method=method)


def _checked_release(
    locked: Milestone, *, by: User, amount_minor: int | None, method: PaymentMethod | None
) -> int:
    require_party(locked.contract, by, "client")
    if not locked.in_escrow:
        raise InvalidTransition(locked, MilestoneState.RELEASED)
    require_movement_allowed(locked, Movement.RELEASE, role="client")
    held = locked.escrow_minor
    amount = held if amount_minor is None else amount_minor
    if amount <= 0:
        raise DomainError(ContractErrorCode.AMOUNT_TOO_SMALL, "Release a positive amount.")
    if amount > held:
        _check_bonus(locked, amount=amount, method=method)
    return amount


def _check_bonus(locked: Milestone, *, amount: int, method: PaymentMethod | None) -> None:
    """A release above escrow charges the difference as a milestone, within its bounds."""
    currency = locked.contract.currency
    held = locked.escrow_minor
    bonus = amount - held
    if method is None:
        raise DomainError(
            ContractErrorCode.AMOUNT_TOO_LARGE,
            f"{display(held, currency)} is in escrow for this milestone. To release more, "
            "choose a payment method for the difference.",
            escrow_minor=held,
        )
    smallest, largest = minimum_milestone(currency), settings.LEDGER_MAX_AMOUNT_MINOR
    if not smallest <= bonus <= largest:
        raise DomainError(
            ContractErrorCode.AMOUNT_TOO_SMALL
            if bonus < smallest
            else ContractErrorCode.AMOUNT_TOO_LARGE,
            f"{display(held, currency)} is in escrow, so releasing {display(amount, currency)} adds a "
            f"bonus of {display(bonus, currency)}. A bonus is charged like a milestone: between "
            f"{display(smallest, currency)} and {display(largest, currency)}. Nothing was released.",
            escrow_minor=held,
            bonus_minor=bonus,
        )
    _require_chargeable(method, amount=bonus, currency=currency)


def release_due_milestones() -> int:
    """Auto-release every submission whose review period ran out; returns how many."""
    due = list(
        Milestone.objects.filter(
            state=MilestoneState.SUBMITTED, review_deadline__lte=clock.now()
        ).values_list("pk", flat=True)
    )
    released = 0
    for pk in due:

        def work(pk: int = pk) -> bool:
            locked = _locked_milestones().get(pk=pk)
            if (
                locked.state != MilestoneState.SUBMITTED
                or locked.review_deadline is None
                or locked.review_deadline > clock.now()
                or stops(locked, Movement.RELEASE)
                or bonus_in_flight(locked) is not None
            ):
                # The client acted (or approved with a bonus on its way: released with it),
                # another worker got here first, or frozen.
                return False
            _release(
                locked,
                actor=None,
                amount=locked.escrow_minor,
                automatic=True,
            )
            return True

        released += int(money_transaction(work))
    return released


def send_review_reminders() -> int:
    """Email the client 3 days and 1 day before a submission is released automatically."""
    sent = 0
    now = clock.now()
    for milestone in Milestone.objects.filter(
        state=MilestoneState.SUBMITTED, review_deadline__gt=now
    ).select_related("contract", "contract__client"):
        assert milestone.review_deadline is not None  # noqa: S101 - filtered above
        left = milestone.review_deadline - now
        for days in REMINDER_DAYS:
            if left <= timedelta(days=days) and days not in milestone.reminders_sent:
                with transaction.atomic():
                    claimed = Milestone.objects.filter(
                        pk=milestone.pk, reminders_sent=milestone.reminders_sent
                    ).update(reminders_sent=[*milestone.reminders_sent, days])
                    if not claimed:
                        break
                    milestone.reminders_sent = [*milestone.reminders_sent, days]
                    announce(
                        milestone.contract,
                        kind="milestone.review_reminder",
                        milestone=milestone,
                        key=f"milestone:{milestone.pk}:reminder:{days}:{milestone.review_deadline:%Y%m%d%H%M}",
                        title=f"“{milestone.title}” will be released automatically in {days} day{'s' if days > 1 else ''}",
                        body="Approve it, ask for changes, or extend the review once by up to "
                        f"{settings.REVIEW_EXTENSION_MAX_DAYS} days before {moment_in_words(milestone.review_deadline)} UTC.",
                        to=[milestone.contract.client],
                    )
                    sent += 1
                break
    return sent


# --- Refunds ---------------------------------------------------------------------------

REFUND_EVENTS = (
    "milestone.refunded",
    "milestone.partially_refunded",
    "milestone.difference_refunded",
)


def _next_refund_no(milestone: Milestone) -> int:
    return milestone.events.filter(kind__in=REFUND_EVENTS).count() + 1


def funding_payment(milestone_id: int) -> Payment | None:
    """The settled payment whose money is in this milestone's escrow, the charge its refunds go
    back to: the latest settled payment for it that the platform did not already refund in
    full as unapplied (a settlement that came after another payment funded the milestone,
    `_return_unapplied`), which would otherwise be taken for it and refunded twice."""
    settled = Payment.objects.filter(
        reference=f"milestone:{milestone_id}", state=PaymentState.SUCCEEDED
    ).order_by("-id")
    for payment in settled:
        if not returned_unapplied(payment):
            return payment
    return None


def _refund_through_gateway(milestone: Milestone, amount: int, *, refund_no: int) -> None:
    payment = funding_payment(milestone.pk)
    if payment is not None:
        payments.refund_payment(
            payment=payment,
            amount_minor=amount,
            idempotency_key=f"refund:{milestone.pk}:{refund_no}",
            transfer_id=f"refund:{milestone.pk}:{refund_no}:paid",
        )


def refund_milestone(
    *,
    milestone: Milestone,
    by: User,
    amount_minor: int | None = None,
    reason: str = "",
    request_key: str = "",
    escrow_seen: int | None = None,
) -> Milestone:
    """The freelancer refunds escrow to the client, in full or in part, at any time.
    `request_key` (the API's idempotency key) makes a retried request move nothing again.
    `escrow_seen` is what escrow held on the page the refund was sent from: a second submit
    of the same form (a double click) finds escrow changed and refunds nothing again."""
    _screen_words(milestone, by, "freelancer", reason, what="reason")

    def work() -> Milestone:
        locked = _lock(milestone)
        require_party(locked.contract, by, "freelancer")
        if _already_done(locked, "refund", request_key):
            return locked
        if escrow_seen is not None and locked.escrow_minor != escrow_seen:
            currency = locked.contract.currency
            raise Conflict(
                ContractErrorCode.ESCROW_CHANGED,
                f"Escrow for “{locked.title}” held {display(escrow_seen, currency)} when you "
                f"sent the refund and holds {display(locked.escrow_minor, currency)} now. "
                "Nothing more was refunded: look at the milestone again.",
                escrow_minor=locked.escrow_minor,
            )
        _refund_locked(locked, actor=by, amount_minor=amount_minor, reason=reason)
        _remember(locked, "refund", request_key)
        return locked

    return money_transaction(work)


def _refund_locked(
    locked: Milestone,
    *,
    actor: User | None,
    amount_minor: int | None,
    reason: str,
    actor_label: str = "",
) -> int:
    """Refund escrow of a locked milestone (all of it when amount_minor is None); returns the amount.

    1. check the amount against what is held, 2. move it in the ledger (escrow to the
    client, paid out through the processor), 3. record the milestone's new state or
    amount, 4. ask the gateway to refund the card or account, 5. tell the client.
    """
    contract = locked.contract
    if not locked.in_escrow:
        raise InvalidTransition(locked, MilestoneState.REFUNDED)
    require_movement_allowed(locked, Movement.REFUND, role=contract.role_of(actor))
    held = locked.escrow_minor
    amount = held if amount_minor is None else amount_minor
    if not 0 < amount <= held:
        raise DomainError(
            ContractErrorCode.AMOUNT_TOO_LARGE,
            f"You can refund between {display(1, contract.currency)} and {display(held, contract.currency)}.",
        )
    number = _next_refund_no(locked)
    apply_linked(
        chart.refund_to_client(
            milestone_id=locked.pk,
            contract_id=contract.pk,
            client_id=contract.client_id or 0,
            amount=amount,
            currency=contract.currency,
            refund_no=number,
        )
    )
    actor_label = actor_label or ("" if actor else "refund request unanswered")
    if amount == held:
        _close_refund_requests(locked, why="The money in escrow was refunded.")
        # After a partial release the work was accepted: refunding the rest (the
        # freelancer's yes) completes the release, and the client gets the files.
        released_before = locked.released_amount_minor > 0
        transition(
            locked,
            MilestoneState.RELEASED if released_before else MilestoneState.REFUNDED,
            actor=actor,
            actor_label=actor_label,
            kind="milestone.partially_refunded" if released_before else "milestone.refunded",
            message=reason[:2000],
            data={"amount_minor": amount},
            refunded_amount_minor=locked.refunded_amount_minor + amount,
            review_deadline=None,
        )
    else:
        locked.refunded_amount_minor += amount
        locked.save(update_fields=["refunded_amount_minor"])
        record_event(
            contract=contract,
            milestone=locked,
            actor=actor,
            actor_label=actor_label,
            kind="milestone.partially_refunded",
            message=reason[:2000],
            data={"amount_minor": amount},
        )
    _refund_through_gateway(locked, amount, refund_no=number)
    # What was said (the freelancer's reason, or who agreed to the client's request) and
    # where the money went.
    title = f"{display(amount, contract.currency)} of “{locked.title}” was refunded"
    said = f"{reason.strip()[:2000]}\n\n" if reason.strip() else ""
    announce_each(
        contract,
        kind="milestone.refunded",
        milestone=locked,
        key=f"milestone:{locked.pk}:refund:{number}",
        notes=[
            Note(
                person, title, f"{said}This amount went from escrow back to {whose} payment method."
            )
            for person, whose in (
                (contract.client, "your"),
                (contract.freelancer, f"{client_name(contract)}'s"),
            )
        ],
    )
    return amount


# --- The client asks for a refund ---------------------------------------------------------


def request_refund(
    *, milestone: Milestone, by: User, reason: str, amount_minor: int | None = None
) -> RefundRequest:
    """The client asks for escrow back; the freelancer has REFUND_ANSWER_DAYS to answer,
    and silence means refund (`settle_unanswered_refund_requests`)."""
    if not reason.strip():
        raise DomainError(
            ContractErrorCode.REASON_REQUIRED, "Tell the freelancer why you ask for a refund."
        )
    _screen_words(milestone, by, "client", reason, what="reason")

    def work() -> RefundRequest:
        locked = _lock(milestone)
        contract = locked.contract
        require_party(contract, by, "client")
        if not locked.in_escrow:
            raise InvalidTransition(locked, MilestoneState.REFUNDED)
        require_movement_allowed(locked, Movement.REFUND, role="client")
        if locked.refund_requests.filter(state=RefundRequestState.PENDING).exists():
            raise Conflict(
                ContractErrorCode.REFUND_ALREADY_REQUESTED,
                "A refund request for this milestone is already waiting.",
            )
        held = locked.escrow_minor
        amount = held if amount_minor is None else amount_minor
        if not 0 < amount <= held:
            raise DomainError(
                ContractErrorCode.AMOUNT_TOO_LARGE,
                f"You can ask for between {display(1, contract.currency)} and {display(held, contract.currency)}.",
            )
        deadline = clock.now() + timedelta(days=settings.REFUND_ANSWER_DAYS)
        request = RefundRequest.objects.create(
            milestone=locked,
            requested_by=by,
            amount_minor=amount,
            reason=reason.strip()[:2000],
            answer_by=deadline,
        )
        record_event(
            contract=contract,
            milestone=locked,
            actor=by,
            kind="milestone.refund_requested",
            message=reason.strip()[:2000],
            data={"amount_minor": amount},
        )
        announce(
            contract,
            kind="milestone.refund_requested",
            milestone=locked,
            key=f"refund-request:{request.pk}",
            title=f"{contract.client_name} asks for a refund of {display(amount, contract.currency)} on “{locked.title}”",
            body=f"Their reason: {reason.strip()[:1000]}\n\n"
            f"{_what_silence_means(locked, deadline)}\n\n"
            + how_to_verify(sign_refund_request(request)),
            to=[contract.freelancer],
        )
        transaction.on_commit(partial(schedule_refund_deadline, deadline))
        return request

    return money_transaction(work)


def _what_silence_means(milestone: Milestone, deadline: datetime) -> str:
    if milestone.state == MilestoneState.PARTIALLY_RELEASED:
        return (
            f"Please accept or decline by {day_in_words(deadline)}. Part of this milestone was released, "
            "so the rest stays in escrow until you answer: nothing is refunded without your yes."
        )
    return f"Accept or decline by {day_in_words(deadline)}; if you don't answer, the money is refunded."


def answer_refund_request(
    *, request: RefundRequest, by: User, accept: bool, note: str = ""
) -> RefundRequest:
    _screen_words(request.milestone, by, "freelancer", note, what="note")

    def work() -> RefundRequest:
        locked = _lock(request.milestone)
        contract = locked.contract
        require_party(contract, by, "freelancer")
        claimed = RefundRequest.objects.filter(
            pk=request.pk, state=RefundRequestState.PENDING
        ).update(
            state=RefundRequestState.ACCEPTED if accept else RefundRequestState.DECLINED,
            answered_at=clock.now(),
            answer_note=note.strip()[:2000],
        )
        if not claimed:
            request.refresh_from_db(fields=["state"])
            raise Conflict(
                ContractErrorCode.INVALID_TRANSITION,
                f"This refund request is already {request.get_state_display().lower()}: "
                "there is nothing left to answer.",
                current_state=request.state,
            )
        if accept:
            # Escrow may hold less by now (a partial refund meanwhile): refund what is left.
            _refund_locked(
                locked,
                actor=by,
                amount_minor=min(request.amount_minor, locked.escrow_minor),
                reason=f"{contract.freelancer.display_name} accepted the refund request: "
                f"“{request.reason.strip()}”",
            )
        else:
            record_event(
                contract=contract,
                milestone=locked,
                actor=by,
                kind="milestone.refund_declined",
                message=note[:2000],
            )
            announce(
                contract,
                kind="milestone.refund_declined",
                milestone=locked,
                key=f"refund-request:{request.pk}:declined",
                title=f"{contract.freelancer.display_name} declined your refund request on “{locked.title}”",
                body=(f"Their note: {note.strip()[:2000]}\n\n" if note.strip() else "")
                + "The money stays in escrow. You can still approve, ask for changes, or open a "
                "dispute.",
                to=[contract.client],
            )
            refund_request_declined(RefundRequest.objects.get(pk=request.pk))
        request.refresh_from_db()
        return request

    return money_transaction(work)


def settle_unanswered_refund_requests() -> int:
    """Silence means refund: every request past its answer date is refunded, except on a
    partially released milestone, whose rest is refunded only with the freelancer's yes."""
    due = list(
        RefundRequest.objects.filter(state=RefundRequestState.PENDING, answer_by__lte=clock.now())
        .exclude(milestone__state=MilestoneState.PARTIALLY_RELEASED)
        .values_list("pk", flat=True)
    )
    settled = 0
    for pk in due:

        def work(pk: int = pk) -> bool:
            request = RefundRequest.objects.get(pk=pk)
            locked = _lock(request.milestone)
            if locked.state == MilestoneState.PARTIALLY_RELEASED:
                return False  # partly released since it was listed: no refund by silence
            if locked.in_escrow and stops(locked, Movement.REFUND):
                return False  # waits for the freeze to be lifted (freezes.lift_freeze)
            claimed = RefundRequest.objects.filter(
                pk=pk, state=RefundRequestState.PENDING, answer_by__lte=clock.now()
            ).update(state=RefundRequestState.REFUNDED_BY_DEFAULT, answered_at=clock.now())
            if not claimed:
                return False
            if locked.in_escrow:
                held = locked.escrow_minor
                _refund_locked(
                    locked,
                    actor=None,
                    amount_minor=min(request.amount_minor, held),
                    reason=request.reason,
                )
            return True

        settled += int(money_transaction(work))
    return settled


def register_payment_handlers() -> None:
    from directcontracts.payments import hooks

    hooks.on_payment("charge_accepted", on_charge_accepted)
    hooks.on_payment("declined", on_charge_declined)
    hooks.on_payment("succeeded", on_payment_succeeded)
    hooks.on_payment("failed", on_payment_failed)
    hooks.on_payment("settled_after_failure", on_payment_settled_after_failure)
    hooks.on_payment("charged_back", on_payment_charged_back)
    hooks.on_payment("chargeback_won", on_returned_payment_chargeback_won)
