"""Writes of payments. Today: the sandbox gateway's list of balance transactions."""

from __future__ import annotations

from datetime import datetime

from django.db import IntegrityError, transaction

from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from directcontracts.ledger.services import validate_currency
from directcontracts.payments.errors import PaymentsErrorCode
from directcontracts.payments.models import BalanceTransactionType, SandboxBalanceTransaction


def record_balance_transaction(
    *,
    txn_id: str,
    source_id: str,
    type: str,  # noqa: A002 — the processor's own word
    amount_minor: int,
    currency: str,
    reference: str = "",
    at: datetime | None = None,
) -> SandboxBalanceTransaction:
    """Append one movement to the gateway's list; the same `txn_id` again is a no-op.

    `amount_minor` is signed from the platform's view (a charge is positive, a refund,
    payout or fee negative); `reference` carries the ledger transfer id.
    """
    if not txn_id or len(txn_id) > 100 or len(source_id) > 100 or len(reference) > 100:
        raise DomainError(PaymentsErrorCode.INVALID_BALANCE_TRANSACTION, "An id is too long.")
    if type not in BalanceTransactionType.values:
        raise DomainError(PaymentsErrorCode.INVALID_BALANCE_TRANSACTION, f"Unknown type {type!r}.")
    if isinstance(amount_minor, bool) or amount_minor == 0:
        raise DomainError(PaymentsErrorCode.INVALID_BALANCE_TRANSACTION, "Amount must not be 0.")
    if validate_currency(currency) is not None:
        raise DomainError(PaymentsErrorCode.INVALID_BALANCE_TRANSACTION, "Bad currency.")
    existing = SandboxBalanceTransaction.objects.filter(txn_id=txn_id).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return SandboxBalanceTransaction.objects.create(
                txn_id=txn_id,
                source_id=source_id,
                type=type,
                amount_minor=amount_minor,
                currency=currency,
                reference=reference,
                created_at=at or clock.now(),
            )
    except IntegrityError:
        # A concurrent recorder of the same txn_id won.
        return SandboxBalanceTransaction.objects.get(txn_id=txn_id)
