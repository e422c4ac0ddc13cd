"""The client's payment methods and funding, with the circumvention checks at both steps,
and the freelancer's payouts with the security hold on released money."""

from __future__ import annotations

from django.db.models import QuerySet

from directcontracts.accounts.models import User
from directcontracts.circumvention.models import Checkpoint
from directcontracts.contracts import escrow
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.freezes import (
    held_from_payouts,
    in_security_hold,
    require_payouts_allowed,
)
from directcontracts.contracts.identity import ClientContext, check_client_signals
from directcontracts.contracts.models import Contract, ContractState, Milestone
from directcontracts.contracts.money import display
from directcontracts.contracts.services import require_active, require_party
from directcontracts.core.errors import DomainError, PermissionDenied
from directcontracts.ledger.composition import money_transaction
from directcontracts.payments import charges, payouts
from directcontracts.payments.models import PaymentMethod, Payout, PayoutMethod


def add_payment_method(
    *,
    contract: Contract,
    client: User,
    kind: str,
    number: str,
    holder_name: str = "",
    context: ClientContext,
) -> PaymentMethod:
    """Add a card or bank account for paying this contract. The instrument's fingerprint is
    an identity signal: a card that belongs to a marketplace account holder stops here."""
    require_party(contract, client, "client")
    # Nothing more is paid into a contract that is not active: no method is added for it.
    require_active(contract, action="payment methods are added")
    return _add_checked_method(
        [contract],
        client=client,
        kind=kind,
        number=number,
        holder_name=holder_name,
        context=context,
    )


def add_payment_method_for_billing(
    *, client: User, kind: str, number: str, holder_name: str = "", context: ClientContext
) -> PaymentMethod:
    """Add a card or bank account from the billing page. It can pay any of the client's
    contracts, so the identity check runs for each active one, as it would on its fund page."""
    contracts = list(_active_contracts_of(client))
    if not contracts:
        raise PermissionDenied(why_no_payment_method(client), code=ContractErrorCode.WRONG_PARTY)
    return _add_checked_method(
        contracts,
        client=client,
        kind=kind,
        number=number,
        holder_name=holder_name,
        context=context,
    )


def can_add_payment_method_for_billing(client: User) -> bool:
    return _active_contracts_of(client).exists()


def why_no_payment_method(client: User) -> str:
    """Why the billing page takes no new method: a new one is checked against the contracts
    it can pay, so one must be active; a past client is told so, not to accept one first."""
    if Contract.objects.filter(client=client).exclude(state=ContractState.ACTIVE).exists():
        return (
            "None of your contracts is active, so there is nothing to pay: you can add a card "
            "or bank account when you have an active contract again."
        )
    return "You can add a card or bank account once you have accepted a contract."


def _active_contracts_of(client: User) -> QuerySet[Contract]:
    return Contract.objects.filter(client=client, state=ContractState.ACTIVE).order_by("pk")


def _add_checked_method(
    contracts: list[Contract],
    *,
    client: User,
    kind: str,
    number: str,
    holder_name: str,
    context: ClientContext,
) -> PaymentMethod:
    """Save the method, then run the identity check for each contract; a refused method is
    not kept."""
    method = charges.add_payment_method(
        owner=client, kind=kind, number=number, holder_name=holder_name
    )
    try:
        for contract in contracts:
            check_client_signals(
                contract=contract,
                client=client,
                checkpoint=Checkpoint.PAYMENT_METHOD_ADDED,
                payment_fingerprint=method.fingerprint,
                context=context,
            )
    except DomainError:
        charges.remove_payment_method(owner=client, method_id=method.pk)
        raise
    return method


def fund(
    *,
    milestone: Milestone,
    client: User,
    method: PaymentMethod,
    idempotency_key: str = "",
    context: ClientContext,
) -> Milestone:
    """Fund a milestone after the funding check point of the circumvention check."""
    require_party(milestone.contract, client, "client")
    check_client_signals(
        contract=milestone.contract,
        client=client,
        checkpoint=Checkpoint.FUNDING,
        payment_fingerprint=method.fingerprint,
        context=context,
    )
    return escrow.fund_milestone(
        milestone=milestone, by=client, method=method, idempotency_key=idempotency_key
    )


# --- Payouts ------------------------------------------------------------------------------


def require_freelancer_for_payouts(user: User) -> None:
    """Earnings, payout methods and payouts are a freelancer's: a client-only account is
    refused (403 `not_a_freelancer`), on the page and through the API alike."""
    if not user.is_freelancer:
        raise PermissionDenied(
            "Earnings and payouts are a freelancer's, and this account is not a freelancer "
            "account. Payments you made as a client are on your Billing page; to be paid "
            "through Direct Contracts, add a freelancer profile in your settings.",
            code=ContractErrorCode.NOT_A_FREELANCER,
        )


def add_payout_method(
    *, freelancer: User, account_number: str, holder_name: str, currency: str
) -> PayoutMethod:
    """Add a bank account for the freelancer's payouts (a client-only account has none)."""
    require_freelancer_for_payouts(freelancer)
    return payouts.add_payout_method(
        owner=freelancer, account_number=account_number, holder_name=holder_name, currency=currency
    )


def on_hold(freelancer: User, currency: str) -> int:
    """Released money still inside its security hold (less what a payout hold on the same
    milestone keeps anyway, or a lost chargeback took back: `freezes.in_security_hold`)."""
    return in_security_hold(freelancer.pk, currency).get(currency, 0)


def withdrawable(freelancer: User, currency: str) -> int:
    """What can be paid out now: the one place that decides it (payouts call it under
    `payouts.lock_payout_accounts`, so what it reads can't change before the debit).
    Active payout holds (chargebacks at risk, Trust & Safety) come off what is free."""
    free = max(0, payouts.available_balance(freelancer, currency) - on_hold(freelancer, currency))
    return free - held_from_payouts(freelancer, currency, free)


def withdraw(
    *, freelancer: User, method: PayoutMethod, amount_minor: int, idempotency_key: str
) -> Payout:
    """Pay out available money past its security hold; the same key returns the same payout."""
    require_freelancer_for_payouts(freelancer)
    if method.owner_id != freelancer.pk:
        method = payouts.payout_method_for(freelancer, method.pk)

    def work() -> Payout:
        # Serialise the check and the debit per freelancer and currency (issue 11): a
        # parallel payout waits here, then reads the balance this one leaves behind.
        payouts.lock_payout_accounts(freelancer, method.currency)
        existing = Payout.objects.filter(
            freelancer=freelancer, idempotency_key=idempotency_key
        ).first()
        if existing is not None:
            return existing
        can_take = withdrawable(freelancer, method.currency)
        require_payouts_allowed(
            freelancer=freelancer,
            currency=method.currency,
            amount_minor=amount_minor,
            withdrawable_minor=can_take,
        )
        if amount_minor > can_take:
            raise DomainError(
                ContractErrorCode.AMOUNT_TOO_LARGE,
                f"You can withdraw up to {display(can_take, method.currency)} now; "
                f"{display(on_hold(freelancer, method.currency), method.currency)} is still in its security hold.",
                withdrawable_minor=can_take,
            )
        return payouts.request_payout(
            freelancer=freelancer,
            method=method,
            amount_minor=amount_minor,
            idempotency_key=idempotency_key,
        )

    payout = money_transaction(work)
    payout.refresh_from_db()  # the gateway was asked once the payout committed
    return payout


def on_payout_finished(payout: Payout) -> None:
    """Tell the freelancer (notice, email, webhook) when a payout was paid or failed; a
    failure that is the bank sending the payout back before it was paid in (`returned_at`,
    `payouts.payout_reported_failed`) says so, with the bank's reason, not only "failed"."""
    from directcontracts.notifications.services import notify

    paid = payout.state == "paid"
    amount = display(payout.amount_minor, payout.currency)
    if paid:
        title, body = f"Your payout of {amount} was paid", f"It reached {payout.method}."
    elif payout.returned_at is not None:
        title = f"Your bank returned your payout of {amount}"
        body = (
            f"Your bank sent the payout of {amount} to {payout.method} back before it was paid "
            f"in ({payout.reason_text}). The {amount} is in your available balance again. "
            "Check the bank account's details, or add another bank account, before you "
            "withdraw it again."
        )
    else:
        why = f" ({payout.reason_text})" if payout.failure_message else ""
        title = f"Your payout of {amount} failed"
        body = f"The payout to {payout.method} was not made{why}. The money is available again; check your bank details."
    notify(
        recipient=payout.freelancer,
        kind="payout.paid" if paid else "payout.failed",
        title=title,
        body=body,
        url="/earnings/",
    )
    extra = (
        {"reason": payout.failure_message, "returned_by_bank": payout.returned_at is not None}
        if not paid
        else {}
    )
    _emit_payout_event(payout, "payout.paid" if paid else "payout.failed", **extra)


def on_payout_returned(payout: Payout) -> None:
    """Tell the freelancer (notice, email, webhook) that their bank sent a paid payout back:
    the money is theirs to withdraw again, once the bank details are right."""
    from directcontracts.notifications.services import notify

    amount = display(payout.amount_minor, payout.currency)
    reason = payout.reason_text
    notify(
        recipient=payout.freelancer,
        kind="payout.returned",
        title=f"Your bank returned your payout of {amount}",
        body=f"The payout of {amount} to {payout.method} was paid, then your bank sent it "
        f"back ({reason}). The {amount} is in your available balance again. Check the bank "
        "account's details, or add another bank account, before you withdraw it again.",
        url="/earnings/",
        link_text="See your earnings and payouts",
    )
    _emit_payout_event(payout, "payout.returned", state=payout.state, reason=payout.failure_message)


def _emit_payout_event(payout: Payout, event_type: str, **extra: object) -> None:
    """One webhook event about `payout` for its freelancer's endpoints, once per state."""
    from directcontracts.notifications.services import emit_event

    emit_event(
        event_type=event_type,
        owner_ids=[payout.freelancer_id],
        data={
            "payout": {
                "id": payout.pk,
                "amount_minor": payout.amount_minor,
                "currency": payout.currency,
                **extra,
            }
        },
        idempotency_key=f"payout:{payout.pk}:{payout.state}",
    )


def register_payout_handlers() -> None:
    from directcontracts.payments import hooks

    hooks.on_payout("paid", on_payout_finished)
    hooks.on_payout("failed", on_payout_finished)
    hooks.on_payout("returned", on_payout_returned)
