"""Payouts: a freelancer's available money withdrawn to a bank account through the gateway.

The request is written with its pending ledger entry in the caller's money transaction and
sent to the gateway once that has committed (`gateway_requests`: intent, call, record);
`payout_answered` records the gateway's answer.
"""

from __future__ import annotations

from django.conf import settings

from directcontracts.accounts.models import User
from directcontracts.core import clock
from directcontracts.core.errors import DomainError, NotFound
from directcontracts.core.money_text import money_text
from directcontracts.ledger import chart
from directcontracts.ledger.alerts import raise_alert
from directcontracts.ledger.composition import apply_linked
from directcontracts.ledger.locks import lock_accounts
from directcontracts.ledger.models import FinanceAlertKind
from directcontracts.ledger.selectors import balance
from directcontracts.payments import gateway_requests, hooks
from directcontracts.payments.charges import gateway_refusal
from directcontracts.payments.errors import PaymentErrorCode
from directcontracts.payments.gateway import GatewayError, MethodDetails, get_gateway
from directcontracts.payments.gateway_models import GatewayEvent
from directcontracts.payments.models import (
    GatewayRequest,
    GatewayRequestKind,
    GatewayRequestState,
    Payout,
    PayoutMethod,
    PayoutState,
)


def add_payout_method(
    *, owner: User, account_number: str, holder_name: str, currency: str
) -> PayoutMethod:
    if currency not in settings.SUPPORTED_CURRENCIES:
        raise DomainError(
            PaymentErrorCode.UNSUPPORTED_CURRENCY,
            f"Payouts are possible in {', '.join(settings.SUPPORTED_CURRENCIES)}.",
        )
    try:
        tokenised = get_gateway(settings.PAYMENT_GATEWAY).tokenise(
            MethodDetails("payout_account", account_number, holder_name)
        )
    except GatewayError as exc:
        raise gateway_refusal(exc) from None
    return PayoutMethod.objects.create(
        owner=owner,
        provider=settings.PAYMENT_GATEWAY,
        token=tokenised.token,
        fingerprint=tokenised.fingerprint,
        holder_name=holder_name.strip(),
        last4=tokenised.last4,
        currency=currency,
    )


def payout_method_for(owner: User, method_id: int) -> PayoutMethod:
    method = PayoutMethod.objects.filter(owner=owner, pk=method_id, removed_at__isnull=True).first()
    if method is None:
        raise NotFound(
            "No such payout method on your account.", code=PaymentErrorCode.METHOD_NOT_FOUND
        )
    return method


def available_balance(freelancer: User, currency: str) -> int:
    account = chart.freelancer_available(freelancer.pk, currency)
    return balance(account_id=account.pk).available


def lock_payout_accounts(freelancer: User, currency: str) -> None:
    """Lock the freelancer's available and pending-payout accounts in this currency, until
    the caller's transaction ends.

    What may be paid out is computed above the ledger (the security hold is not an account),
    so a payout must read it and debit it under one lock, or parallel requests each see the
    same withdrawable amount and all take it. Both accounts in one statement, in key order,
    as the transfer engine would take them: no deadlock with a payout settling or failing.
    """
    lock_accounts(
        [
            chart.freelancer_available(freelancer.pk, currency).pk,
            chart.freelancer_pending_payout(freelancer.pk, currency).pk,
        ]
    )


def request_payout(
    *, freelancer: User, method: PayoutMethod, amount_minor: int, idempotency_key: str
) -> Payout:
    """Move available money to pending payout and ask the gateway to pay it.
    Runs inside the caller's money transaction, which checks holds under
    `lock_payout_accounts` first; the gateway is asked once that has committed."""
    existing = Payout.objects.filter(idempotency_key=idempotency_key, freelancer=freelancer).first()
    if existing is not None:
        return existing
    if method.owner_id != freelancer.pk or method.removed_at is not None:
        raise NotFound(
            "No such payout method on your account.", code=PaymentErrorCode.METHOD_NOT_FOUND
        )
    if amount_minor < settings.MINIMUM_PAYOUT_MINOR:
        raise DomainError(
            PaymentErrorCode.BELOW_MINIMUM_PAYOUT,
            f"The smallest payout is {money_text(settings.MINIMUM_PAYOUT_MINOR, method.currency)}.",
            minimum_minor=settings.MINIMUM_PAYOUT_MINOR,
        )
    payout = Payout.objects.create(
        freelancer=freelancer,
        method=method,
        idempotency_key=idempotency_key,
        amount_minor=amount_minor,
        currency=method.currency,
    )
    apply_linked(
        chart.request_payout(
            payout_id=payout.pk,
            freelancer_id=freelancer.pk,
            amount=amount_minor,
            currency=method.currency,
        )
    )
    hooks.payout_outcome("requested", payout)
    gateway_requests.record_intent(
        kind=GatewayRequestKind.PAYOUT,
        provider=method.provider,
        idempotency_key=idempotency_key,
        subject=f"payout:{payout.pk}",
        arguments={
            "token": method.token,
            "amount_minor": amount_minor,
            "currency": method.currency,
            "reference": f"payout:{payout.pk}",
            "metadata": {
                "transfer": chart.payout_paid_transfer_id(payout.pk),
                # A bank that sends the paid payout back: the processor's line names this.
                "return_transfer": chart.payout_returned_transfer_id(payout.pk),
            },
        },
    )
    return payout


def payout_answered(request: GatewayRequest) -> None:
    """The gateway answered a payout request (inside the transaction recording it): keep its
    payout id, which its later webhook names; a refusal returns the money to available."""
    payout = Payout.objects.get(pk=int(request.subject.removeprefix("payout:")))
    if request.processor_id:
        Payout.objects.filter(pk=payout.pk).update(gateway_payout_id=request.processor_id)
    if request.state == GatewayRequestState.FAILED:
        finish_payout(
            payout=payout,
            paid=False,
            message=request.failure_message or request.failure_code,
        )


def finish_payout(
    *, payout: Payout, paid: bool, message: str = "", by_bank: bool = False, tell: bool = True
) -> bool:
    """A pending payout was paid or failed; False when it was no longer pending.

    `by_bank`: the failure is the freelancer's bank sending the payout back before the
    processor reported it paid (`payout_reported_failed`); it is recorded as a failure (the
    money never left pending payout in the books, so `payout:<id>:failed` moves it back to
    available) with `returned_at` and the bank's reason, so the freelancer is told the bank
    returned it and why. `tell`: False for a payment a return implies (`return_payout`),
    which the return's own notice covers."""
    target = PayoutState.PAID if paid else PayoutState.FAILED
    now = clock.now()
    claimed = Payout.objects.filter(pk=payout.pk, state=PayoutState.PENDING).update(
        state=target,
        finished_at=now,
        failure_message=message[:300],
        returned_at=now if by_bank and not paid else None,
    )
    if not claimed:
        return False
    payout.refresh_from_db()
    build = chart.payout_paid if paid else chart.payout_failed
    apply_linked(
        build(
            payout_id=payout.pk,
            freelancer_id=payout.freelancer_id,
            amount=payout.amount_minor,
            currency=payout.currency,
        )
    )
    if tell:
        hooks.payout_outcome("paid" if paid else "failed", payout)
    return True


def payout_reported_failed(*, payout: Payout, message: str = "") -> None:
    """The processor reports a payout failed, which is the freelancer's bank sending it back
    (with its reason): before it was paid, the payout failed (the money is available again,
    the freelancer told the bank returned it); after, the bank sent the paid money back
    (`return_payout`). Processors send the same event for both (Stripe's `payout.failed` can
    follow `payout.paid` days later). Each step claims the payout by its state, so a payment
    recorded at the same moment is seen by the second step, never lost between them."""
    if not finish_payout(payout=payout, paid=False, message=message, by_bank=True):
        return_payout(payout=payout, message=message)


def payout_reported_paid(*, payout: Payout) -> None:
    """The processor reports a payout paid. Pending, it is paid. Failed by the bank before
    this report came (`payout.failed` overtook `payout.paid`: processors do not promise an
    order), the report is the truth arriving late: a processor never pays a failed payout
    (a failure is final; `payout.failed` can only follow `payout.paid`), so the payout was
    paid and the bank sent it back. It becomes `returned` (claimed from failed once; a
    redelivery finds it returned) and the ledger books the processor's two lines, reversing
    the failure in between (`chart.payout_paid_after_its_failure`): every balance ends as in
    the other order, nothing moves twice, and the freelancer, told of the return already,
    is not told again.

    Cancelled before this report came (`payout.canceled`, then `payout.paid`), the same
    holds: the processor's `paid` is its payout line, and the cancellation is the money
    coming back to it, so the books take both lines and reverse the failure the
    cancellation was booked as, and the payout ends `returned` (`returned_at` the time the
    cancellation was booked). Before 7 December 2026 the late report changed nothing and the
    processor's payout line matched nothing in the books. A request the processor refused
    was never a payout: a report for it changes nothing."""
    if finish_payout(payout=payout, paid=True):
        return
    fresh = Payout.objects.get(pk=payout.pk)
    if fresh.state != PayoutState.FAILED:
        return
    if fresh.returned_at is None and not _reported_canceled(fresh):
        return  # refused by the processor: never paid
    claimed = Payout.objects.filter(pk=payout.pk, state=PayoutState.FAILED).update(
        state=PayoutState.RETURNED,
        returned_at=fresh.returned_at or fresh.finished_at,
        failure_message=fresh.failure_message or "canceled",
    )
    if not claimed:
        return
    payout.refresh_from_db()
    apply_linked(
        chart.payout_paid_after_its_failure(
            payout_id=payout.pk,
            freelancer_id=payout.freelancer_id,
            amount=payout.amount_minor,
            currency=payout.currency,
        )
    )
    if fresh.returned_at is None:  # the cancellation, not a bank's return, came first
        _alert_paid_after_cancel(payout)


def _alert_paid_after_cancel(payout: Payout) -> None:
    """One item on the day's `payout_paid_after_cancel` finance alert: the processor said
    the payout was canceled, then paid. The books follow the processor's two lines (the
    money is available to the freelancer again), but nobody was told of a payment, and if
    the money did reach the bank the freelancer could withdraw it twice: finance checks the
    processor's payout and resolves the alert with what they found. Runs in the
    transaction that books the late payment, once per payout (its key)."""
    raise_alert(
        kind=FinanceAlertKind.PAYOUT_PAID_AFTER_CANCEL,
        key=f"payout:{payout.pk}",
        detail={
            "payout": payout.pk,
            "gateway_payout_id": payout.gateway_payout_id,
            "amount_minor": payout.amount_minor,
            "currency": payout.currency,
            "why": f"The processor reported payout {payout.pk} ({payout.gateway_payout_id}, "
            f"{money_text(payout.amount_minor, payout.currency)}) canceled, then paid. The books "
            "take both lines, so the money is available to the freelancer again: check at the "
            "processor whether it reached their bank, and if it did, recover it or correct "
            "the books before it is withdrawn again.",
        },
    )


def _reported_canceled(payout: Payout) -> bool:
    """Whether the processor reported this payout canceled (its event, kept on receipt)."""
    return bool(payout.gateway_payout_id) and (
        GatewayEvent.objects.filter(
            type="payout.canceled", payload__object=payout.gateway_payout_id
        ).exists()
    )


def return_payout(*, payout: Payout, message: str = "") -> None:
    """The freelancer's bank sent a paid payout back: claim it from paid to returned once
    (a redelivery, or a second report of the return, finds it returned and changes
    nothing), move the money from processor clearing back to the freelancer's available
    balance, and tell the owner's handlers.

    A return reported while the payout is still pending (`payout.returned` overtook
    `payout.paid`: processors do not promise an order) says it was paid: the payment is
    recorded first (`payout:<id>:paid`, nobody told of it), then the return, so the books
    hold the processor's two lines whether or not its `payout.paid` still comes (it then
    changes nothing). Before 7 December 2026 such a return was refused until the payment
    was reported, and never recorded if that report did not come."""
    claimed = _claim_return(payout, message)
    if not claimed and finish_payout(payout=payout, paid=True, tell=False):
        claimed = _claim_return(payout, message)
    if not claimed:
        return  # failed or returned already: nothing moves
    payout.refresh_from_db()
    apply_linked(
        chart.payout_returned(
            payout_id=payout.pk,
            freelancer_id=payout.freelancer_id,
            amount=payout.amount_minor,
            currency=payout.currency,
        )
    )
    hooks.payout_outcome("returned", payout)


def _claim_return(payout: Payout, message: str) -> int:
    return Payout.objects.filter(pk=payout.pk, state=PayoutState.PAID).update(
        state=PayoutState.RETURNED,
        returned_at=clock.now(),
        failure_message=(message or "returned")[:300],
    )
