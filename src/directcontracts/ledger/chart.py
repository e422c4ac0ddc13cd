"""The escrow chart of accounts: every account kind and every money event, in one place.

Higher layers (payments, contracts, trust) never pick accounts or directions themselves;
they call a builder here and hand its transfers to `post_transfers(..., linked=True)`
(or use `apply`). Transfer ids are derived from the caller's own ids (milestone,
payout, dispute, ...), so a retried event is an idempotent replay, never a second
movement.

Conventions (the platform's books, TigerBeetle-style debit/credit totals):

- processor clearing: an asset, what the processor holds for us; debited when money
  comes in, credited when it goes out. Hot (sharded), no limit.
- escrow (per contract), freelancer available, freelancer pending payout, client
  refundable: liabilities to a person; credited when they gain, never debited below
  zero (`debits_must_not_exceed_credits`).
- platform fees: revenue, credited; hot, no limit.
- processor fees, dispute reserve and platform losses: expenses/losses, debited; no limit.

| event | debit | credit |
|---|---|---|
| fund milestone (pending until settled) | processor clearing | escrow |
| settlement after the reservation expired (void it, then posted) | processor clearing | escrow |
| settlement for nothing awaiting funding, refunded (linked) | processor clearing, platform fees (the client's fee), then client refundable | client refundable, then processor clearing |
| release on approval (linked) | escrow | freelancer available (net) + platform fees (fee) |
| refund to client (linked) | escrow, then client refundable | client refundable, then processor clearing |
| dispute split (linked) | escrow | freelancer available + platform fees + client refundable -> processor clearing |
| chargeback | escrow (what is still there), dispute reserve (the loss) | processor clearing |
| payout requested / paid / failed | available / pending payout / pending payout | pending payout / processor clearing / available |
| payout returned by the bank after it was paid | processor clearing | freelancer available |
| processor fee | processor fees | processor clearing |
| client processing fee (at settlement) | processor clearing | platform fees |
| chargeback of a whole payment (linked) | escrow (what it still holds), platform losses (beyond what was left of the payment), then dispute reserve (all taken) | dispute reserve, then processor clearing |
| chargeback of a payment already refunded in full (linked) | platform losses, then dispute reserve | dispute reserve, then processor clearing |
| chargeback won (the bank returns what it took) | processor clearing, then dispute reserve (the excess) | dispute reserve, then platform losses |
| chargeback lost after release (recovery) | freelancer available (what was held) | dispute reserve |
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from directcontracts.ledger.errors import LedgerError, ResultCode
from directcontracts.ledger.models import Account, AccountCode, TransferKind
from directcontracts.ledger.services import (
    TransferRequest,
    TransferResult,
    get_or_create_account,
    post_linked_transfers,
)

HOT_SHARDS = 16
PLATFORM = "platform"
CONTRACT = "contract"
FREELANCER = "freelancer"
CLIENT = "client"
# Card and bank-debit funding is reserved until the gateway settles it, at most this long.
FUNDING_TIMEOUT_SECONDS = 14 * 86400


# --- Accounts: one per (kind, owner, currency), created on first use --------------------


def processor_clearing(currency: str) -> Account:
    return get_or_create_account(
        code=AccountCode.PROCESSOR_CLEARING,
        currency=currency,
        owner_type=PLATFORM,
        shards=HOT_SHARDS,
    )


def platform_fees(currency: str) -> Account:
    return get_or_create_account(
        code=AccountCode.PLATFORM_FEES, currency=currency, owner_type=PLATFORM, shards=HOT_SHARDS
    )


def processor_fees(currency: str) -> Account:
    return get_or_create_account(
        code=AccountCode.PROCESSOR_FEES, currency=currency, owner_type=PLATFORM, shards=HOT_SHARDS
    )


def dispute_reserve(currency: str) -> Account:
    return get_or_create_account(
        code=AccountCode.DISPUTE_RESERVE, currency=currency, owner_type=PLATFORM
    )


def platform_losses(currency: str) -> Account:
    """Money the processor took that no payment owed: a chargeback beyond what was left of
    the payment, or of a payment already refunded in full. An expense of the platform, kept
    apart from the dispute reserve (which nets to a payment's own loss)."""
    return get_or_create_account(
        code=AccountCode.PLATFORM_LOSSES, currency=currency, owner_type=PLATFORM
    )


def _liability(code: AccountCode, owner_type: str, owner_id: int, currency: str) -> Account:
    return get_or_create_account(
        code=code,
        currency=currency,
        owner_type=owner_type,
        owner_id=owner_id,
        debits_must_not_exceed_credits=True,
    )


def escrow(contract_id: int, currency: str) -> Account:
    return _liability(AccountCode.ESCROW, CONTRACT, contract_id, currency)


def freelancer_available(freelancer_id: int, currency: str) -> Account:
    return _liability(AccountCode.FREELANCER_AVAILABLE, FREELANCER, freelancer_id, currency)


def freelancer_pending_payout(freelancer_id: int, currency: str) -> Account:
    return _liability(AccountCode.FREELANCER_PENDING_PAYOUT, FREELANCER, freelancer_id, currency)


def client_refundable(client_id: int, currency: str) -> Account:
    return _liability(AccountCode.CLIENT_REFUNDABLE, CLIENT, client_id, currency)


# --- Events ------------------------------------------------------------------------------


def _leg(
    id: str,  # noqa: A002
    debit: Account,
    credit: Account,
    amount: int,
    currency: str,
    code: str,
    reference: str,
    *,
    kind: TransferKind = TransferKind.SINGLE,
    timeout_seconds: int = 0,
    metadata: Mapping[str, Any] | None = None,
) -> TransferRequest:
    return TransferRequest(
        id=id,
        debit_account_id=debit.pk,
        credit_account_id=credit.pk,
        amount=amount,
        currency=currency,
        code=code,
        reference=reference,
        kind=kind,
        timeout_seconds=timeout_seconds,
        metadata=metadata or {},
    )


def _non_negative(**amounts: int) -> None:
    for name, value in amounts.items():
        if value < 0:
            raise LedgerError(ResultCode.AMOUNT_MUST_BE_POSITIVE, f"{name} must not be negative.")


def fund_milestone(
    *,
    milestone_id: int,
    payment_id: int,
    contract_id: int,
    amount: int,
    currency: str,
    method: str = "card",
) -> list[TransferRequest]:
    """Reserve the client's payment in escrow; pending until the gateway settles it.

    Each payment is its own funding attempt with its own ids: after a failed settlement
    voids one attempt, the next payment reserves, settles or fails under new ids.
    """
    return [
        _leg(
            funding_transfer_id(milestone_id, payment_id),
            processor_clearing(currency),
            escrow(contract_id, currency),
            amount,
            currency,
            "milestone_funding",
            f"milestone:{milestone_id}",
            kind=TransferKind.PENDING,
            timeout_seconds=FUNDING_TIMEOUT_SECONDS,
            metadata={"method": method, "payment": payment_id},
        )
    ]


def settle_funding(*, milestone_id: int, payment_id: int) -> list[TransferRequest]:
    """The gateway settled the payment: the reserved amount becomes escrow."""
    return [
        TransferRequest(
            id=settlement_transfer_id(milestone_id, payment_id),
            kind=TransferKind.POST_PENDING,
            pending_id=funding_transfer_id(milestone_id, payment_id),
            code="milestone_funding_settled",
            reference=f"milestone:{milestone_id}",
        )
    ]


def settle_expired_funding(
    *,
    milestone_id: int,
    payment_id: int,
    contract_id: int,
    amount: int,
    currency: str,
    void_reservation: bool,
) -> list[TransferRequest]:
    """The gateway settled a payment after its reservation expired (`FUNDING_TIMEOUT_SECONDS`):
    the money is at the processor all the same, so it becomes escrow in one posted transfer
    under the settlement's own id (the one the gateway's balance line names, so
    reconciliation matches it). The expired reservation is voided first unless the expiry
    sweep already did (linked: both or neither)."""
    ref = f"milestone:{milestone_id}"
    void = TransferRequest(
        id=f"fund-expired:{milestone_id}:{payment_id}",
        kind=TransferKind.VOID_PENDING,
        pending_id=funding_transfer_id(milestone_id, payment_id),
        code="milestone_funding_expired",
        reference=ref,
    )
    settle = _leg(
        settlement_transfer_id(milestone_id, payment_id),
        processor_clearing(currency),
        escrow(contract_id, currency),
        amount,
        currency,
        "milestone_funding_settled_late",
        ref,
        metadata={
            "payment": payment_id,
            "reservation": funding_transfer_id(milestone_id, payment_id),
        },
    )
    return [void, settle] if void_reservation else [settle]


def fail_funding(*, milestone_id: int, payment_id: int) -> list[TransferRequest]:
    """The payment failed or was cancelled: release the reservation."""
    return [
        TransferRequest(
            id=f"fund-void:{milestone_id}:{payment_id}",
            kind=TransferKind.VOID_PENDING,
            pending_id=funding_transfer_id(milestone_id, payment_id),
            code="milestone_funding_failed",
            reference=f"milestone:{milestone_id}",
        )
    ]


def unapplied_settlement(
    *,
    milestone_id: int,
    payment_id: int,
    client_id: int,
    amount: int,
    fee: int,
    currency: str,
    void_reservation: bool,
) -> list[TransferRequest]:
    """The gateway settled a milestone's payment when the milestone no longer waited for it
    (funded by another payment, its contract over): the money is the client's, so it is
    recorded under the settlement's own id (the one the gateway's balance line names) to the
    client's refundable account, the client's fee comes back from platform fees, and the
    whole charge is paid back through the gateway (linked: all or nothing). A reservation
    still pending for the payment is voided first."""
    _non_negative(amount=amount, fee=fee)
    ref = f"milestone:{milestone_id}"
    refundable = client_refundable(client_id, currency)
    meta = {"payment": payment_id}
    void = TransferRequest(
        id=f"fund-void:{milestone_id}:{payment_id}",
        kind=TransferKind.VOID_PENDING,
        pending_id=funding_transfer_id(milestone_id, payment_id),
        code="milestone_funding_failed",
        reference=ref,
    )
    legs = [
        _leg(
            settlement_transfer_id(milestone_id, payment_id),
            processor_clearing(currency),
            refundable,
            amount,
            currency,
            "unapplied_settlement",
            ref,
            metadata=meta,
        ),
        _leg(
            unapplied_fee_transfer_id(payment_id),
            platform_fees(currency),
            refundable,
            fee,
            currency,
            "unapplied_settlement_fee",
            ref,
            metadata=meta,
        ),
        _leg(
            unapplied_refund_transfer_id(payment_id),
            refundable,
            processor_clearing(currency),
            amount + fee,
            currency,
            "refund_paid",
            ref,
            metadata=meta,
        ),
    ]
    return ([void] if void_reservation else []) + [leg for leg in legs if leg.amount]


def unapplied_fee_transfer_id(payment_id: int) -> str:
    return f"unapplied-fee:{payment_id}"


def unapplied_refund_transfer_id(payment_id: int) -> str:
    return f"unapplied-refund:{payment_id}"


def funding_transfer_id(milestone_id: int, payment_id: int) -> str:
    return f"fund:{milestone_id}:{payment_id}"


def release(
    *,
    milestone_id: int,
    contract_id: int,
    freelancer_id: int,
    amount: int,
    fee: int,
    currency: str,
    release_no: int = 1,
) -> list[TransferRequest]:
    """Release `amount` of escrow on approval: amount - fee to the freelancer, fee to us.

    A partial release is the same with a smaller amount and the next `release_no`.
    """
    _non_negative(fee=fee)
    if fee > amount:
        raise LedgerError(ResultCode.EXCEEDS_CREDITS, "The fee cannot exceed the release.")
    pot = escrow(contract_id, currency)
    ref = f"milestone:{milestone_id}"
    legs = [
        _leg(
            f"release:{milestone_id}:{release_no}:net",
            pot,
            freelancer_available(freelancer_id, currency),
            amount - fee,
            currency,
            "milestone_release",
            ref,
        ),
        _leg(
            f"release:{milestone_id}:{release_no}:fee",
            pot,
            platform_fees(currency),
            fee,
            currency,
            "platform_fee",
            ref,
        ),
    ]
    return [leg for leg in legs if leg.amount]


def refund_to_client(
    *,
    milestone_id: int,
    contract_id: int,
    client_id: int,
    amount: int,
    currency: str,
    refund_no: int = 1,
) -> list[TransferRequest]:
    """Return escrow to the client, paid back out through the processor."""
    ref = f"milestone:{milestone_id}"
    refundable = client_refundable(client_id, currency)
    return [
        _leg(
            f"refund:{milestone_id}:{refund_no}",
            escrow(contract_id, currency),
            refundable,
            amount,
            currency,
            "refund",
            ref,
        ),
        _leg(
            f"refund:{milestone_id}:{refund_no}:paid",
            refundable,
            processor_clearing(currency),
            amount,
            currency,
            "refund_paid",
            ref,
        ),
    ]


def dispute_split(
    *,
    dispute_id: int,
    contract_id: int,
    freelancer_id: int,
    client_id: int,
    to_freelancer: int,
    to_client: int,
    fee: int,
    currency: str,
) -> list[TransferRequest]:
    """Settle a dispute: the freelancer's share (less the fee) and the client's refund."""
    _non_negative(to_freelancer=to_freelancer, to_client=to_client, fee=fee)
    if fee > to_freelancer:
        raise LedgerError(
            ResultCode.EXCEEDS_CREDITS, "The fee cannot exceed the freelancer's share."
        )
    pot = escrow(contract_id, currency)
    ref = f"dispute:{dispute_id}"
    refundable = client_refundable(client_id, currency)
    legs = [
        _leg(
            f"dispute:{dispute_id}:freelancer",
            pot,
            freelancer_available(freelancer_id, currency),
            to_freelancer - fee,
            currency,
            "dispute_award",
            ref,
        ),
        _leg(
            f"dispute:{dispute_id}:fee",
            pot,
            platform_fees(currency),
            fee,
            currency,
            "platform_fee",
            ref,
        ),
        _leg(
            f"dispute:{dispute_id}:client",
            pot,
            refundable,
            to_client,
            currency,
            "dispute_refund",
            ref,
        ),
        _leg(
            f"dispute:{dispute_id}:client:paid",
            refundable,
            processor_clearing(currency),
            to_client,
            currency,
            "refund_paid",
            ref,
        ),
    ]
    return [leg for leg in legs if leg.amount]


def chargeback(
    *, chargeback_id: int, contract_id: int, amount: int, from_escrow: int, currency: str
) -> list[TransferRequest]:
    """The processor takes a payment back: from escrow while it lasts, the rest is our loss."""
    _non_negative(amount=amount, from_escrow=from_escrow)
    covered = min(amount, from_escrow)
    clearing = processor_clearing(currency)
    ref = f"chargeback:{chargeback_id}"
    legs = [
        _leg(
            f"chargeback:{chargeback_id}:escrow",
            escrow(contract_id, currency),
            clearing,
            covered,
            currency,
            "chargeback",
            ref,
        ),
        _leg(
            f"chargeback:{chargeback_id}:loss",
            dispute_reserve(currency),
            clearing,
            amount - covered,
            currency,
            "chargeback_loss",
            ref,
        ),
    ]
    return [leg for leg in legs if leg.amount]


def request_payout(
    *, payout_id: int, freelancer_id: int, amount: int, currency: str
) -> list[TransferRequest]:
    """Set aside the freelancer's available money for a payout."""
    return [
        _leg(
            f"payout:{payout_id}",
            freelancer_available(freelancer_id, currency),
            freelancer_pending_payout(freelancer_id, currency),
            amount,
            currency,
            "payout_requested",
            f"payout:{payout_id}",
        )
    ]


def payout_paid(
    *, payout_id: int, freelancer_id: int, amount: int, currency: str
) -> list[TransferRequest]:
    """The processor paid the freelancer out."""
    return [
        _leg(
            f"payout:{payout_id}:paid",
            freelancer_pending_payout(freelancer_id, currency),
            processor_clearing(currency),
            amount,
            currency,
            "payout_paid",
            f"payout:{payout_id}",
        )
    ]


def payout_failed(
    *, payout_id: int, freelancer_id: int, amount: int, currency: str
) -> list[TransferRequest]:
    """The payout bounced: the money is available again."""
    return [
        _leg(
            f"payout:{payout_id}:failed",
            freelancer_pending_payout(freelancer_id, currency),
            freelancer_available(freelancer_id, currency),
            amount,
            currency,
            "payout_failed",
            f"payout:{payout_id}",
        )
    ]


def payout_returned(
    *, payout_id: int, freelancer_id: int, amount: int, currency: str
) -> list[TransferRequest]:
    """The bank sent a paid payout back: the money is at the processor again and the
    freelancer's to withdraw (the reverse of `payout_paid`, to available rather than to
    pending payout, where nothing waits for it any more)."""
    return [
        _leg(
            payout_returned_transfer_id(payout_id),
            processor_clearing(currency),
            freelancer_available(freelancer_id, currency),
            amount,
            currency,
            "payout_returned",
            f"payout:{payout_id}",
        )
    ]


def payout_paid_after_its_failure(
    *, payout_id: int, freelancer_id: int, amount: int, currency: str
) -> list[TransferRequest]:
    """`payout.paid` delivered after the bank's `payout.failed` (already booked as
    `payout_failed`: pending payout -> available): a processor never pays a failed payout,
    so the payment came first and the failure is the bank sending it back. The processor's
    two lines are booked as `payout_paid` and `payout_returned` (the keys its metadata
    names), and the `payout_failed` movement is reversed in between, so every balance ends
    as it was and as the other order leaves it; legs in this order so no liability account
    dips below zero on the way (the freelancer may have withdrawn the returned money)."""
    pending = freelancer_pending_payout(freelancer_id, currency)
    available = freelancer_available(freelancer_id, currency)
    reference = f"payout:{payout_id}"
    return [
        *payout_returned(
            payout_id=payout_id, freelancer_id=freelancer_id, amount=amount, currency=currency
        ),
        _leg(
            f"payout:{payout_id}:failed:reversed",
            available,
            pending,
            amount,
            currency,
            "payout_failed_reversed",
            reference,
        ),
        *payout_paid(
            payout_id=payout_id, freelancer_id=freelancer_id, amount=amount, currency=currency
        ),
    ]


def processor_fee(
    *, fee_id: str, amount: int, currency: str, reference: str = ""
) -> list[TransferRequest]:
    """A fee the processor kept from a payment."""
    return [
        _leg(
            f"processor-fee:{fee_id}",
            processor_fees(currency),
            processor_clearing(currency),
            amount,
            currency,
            "processor_fee",
            reference,
        )
    ]


def client_processing_fee(
    *, payment_id: int, amount: int, currency: str, reference: str = ""
) -> list[TransferRequest]:
    """The processing fee a client paid on top of a funding: platform revenue."""
    return (
        [
            _leg(
                client_fee_transfer_id(payment_id),
                processor_clearing(currency),
                platform_fees(currency),
                amount,
                currency,
                "client_processing_fee",
                reference,
            )
        ]
        if amount
        else []
    )


def client_fee_transfer_id(payment_id: int) -> str:
    return f"client-fee:{payment_id}"


def chargeback_escrow_transfer_id(payment_id: int) -> str:
    return f"chargeback-escrow:{payment_id}"


def chargeback_transfer_id(payment_id: int) -> str:
    return f"chargeback-gross:{payment_id}"


def payout_paid_transfer_id(payout_id: int) -> str:
    return f"payout:{payout_id}:paid"


def payout_returned_transfer_id(payout_id: int) -> str:
    return f"payout:{payout_id}:returned"


def settlement_transfer_id(milestone_id: int, payment_id: int) -> str:
    return f"fund-settle:{milestone_id}:{payment_id}"


def chargeback_excess_transfer_id(payment_id: int) -> str:
    return f"chargeback-excess:{payment_id}"


def chargeback_gross(
    *,
    payment_id: int,
    contract_id: int,
    gross: int,
    from_escrow: int,
    currency: str,
    excess: int = 0,
) -> list[TransferRequest]:
    """The processor takes a payment back (principal and the client's fee) in one movement
    on processor clearing, as its balance shows it (`gross + excess`); escrow covers what it
    still holds of `gross` (what was left of the payment), the dispute reserve the rest, and
    `excess` (what the processor took beyond what was left of the payment) is the platform's
    loss (`platform_losses`), never escrow's or the freelancer's (linked)."""
    _non_negative(gross=gross, from_escrow=from_escrow, excess=excess)
    covered = min(gross, from_escrow)
    reserve = dispute_reserve(currency)
    ref = f"chargeback:{payment_id}"
    legs = []
    if covered:
        legs.append(
            _leg(
                chargeback_escrow_transfer_id(payment_id),
                escrow(contract_id, currency),
                reserve,
                covered,
                currency,
                "chargeback",
                ref,
            )
        )
    if excess:
        legs.append(
            _leg(
                chargeback_excess_transfer_id(payment_id),
                platform_losses(currency),
                reserve,
                excess,
                currency,
                "chargeback_excess",
                ref,
            )
        )
    if gross + excess:
        legs.append(
            _leg(
                chargeback_transfer_id(payment_id),
                reserve,
                processor_clearing(currency),
                gross + excess,
                currency,
                "chargeback",
                ref,
            )
        )
    return legs


def chargeback_won_transfer_id(payment_id: int) -> str:
    return f"chargeback-won:{payment_id}"


def chargeback_won(
    *, payment_id: int, gross: int, currency: str, excess: int = 0
) -> list[TransferRequest]:
    """The bank decided a contested chargeback for us: the processor pays back what it took
    (`gross + excess`) and the dispute reserve is made whole; what it had taken beyond what
    was left of the payment goes back to platform losses (linked)."""
    _non_negative(gross=gross, excess=excess)
    ref = f"chargeback:{payment_id}"
    legs = [
        _leg(
            chargeback_won_transfer_id(payment_id),
            processor_clearing(currency),
            dispute_reserve(currency),
            gross + excess,
            currency,
            "chargeback_won",
            ref,
        )
    ]
    if excess:
        legs.append(
            _leg(
                f"chargeback-won-excess:{payment_id}",
                dispute_reserve(currency),
                platform_losses(currency),
                excess,
                currency,
                "chargeback_excess_won",
                ref,
            )
        )
    return [leg for leg in legs if leg.amount]


def chargeback_won_return_transfer_id(payment_id: int) -> str:
    return f"chargeback-won:{payment_id}:client:paid"


def chargeback_won_return(
    *, payment_id: int, client_id: int, amount: int, currency: str
) -> list[TransferRequest]:
    """A won chargeback whose bank had taken escrow too: the client pays the gross again, so
    what escrow covered (the milestone already counts it refunded) goes back to the client
    from the reserve, paid out through the processor (linked)."""
    _non_negative(amount=amount)
    refundable = client_refundable(client_id, currency)
    ref = f"chargeback:{payment_id}"
    legs = [
        _leg(
            f"chargeback-won:{payment_id}:client",
            dispute_reserve(currency),
            refundable,
            amount,
            currency,
            "chargeback_won_refund",
            ref,
        ),
        _leg(
            chargeback_won_return_transfer_id(payment_id),
            refundable,
            processor_clearing(currency),
            amount,
            currency,
            "refund_paid",
            ref,
        ),
    ]
    return [leg for leg in legs if leg.amount]


def chargeback_recovery(
    *, case_id: int, payment_id: int, freelancer_id: int, amount: int, currency: str
) -> list[TransferRequest]:
    """A lost chargeback on released money: what the freelancer was paid from it (held from
    payouts since the chargeback) covers the reserve's loss."""
    return (
        [
            _leg(
                f"chargeback-recovery:{case_id}",
                freelancer_available(freelancer_id, currency),
                dispute_reserve(currency),
                amount,
                currency,
                "chargeback_recovery",
                f"chargeback:{payment_id}",
            )
        ]
        if amount
        else []
    )


def apply(requests: Sequence[TransferRequest]) -> list[TransferResult]:
    """Post an event's transfers all-or-nothing; raises LedgerError naming the failed leg."""
    return post_linked_transfers(requests)
