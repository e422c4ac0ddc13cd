"""The ledger's stable result and error codes (one enum, as DESIGN.md asks).

Transfer results follow TigerBeetle's names where they exist, so that people who
know one ledger can read the other.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from directcontracts.core.errors import DomainError


class ResultCode(StrEnum):
    OK = "ok"
    # Validation of the request itself.
    ID_MUST_NOT_BE_EMPTY = "id_must_not_be_empty"
    ID_TOO_LONG = "id_too_long"
    AMOUNT_MUST_BE_POSITIVE = "amount_must_be_positive"
    AMOUNT_TOO_LARGE = "amount_too_large"
    CURRENCY_INVALID = "currency_invalid"
    CURRENCY_NOT_SUPPORTED = "currency_not_supported"
    ACCOUNTS_MUST_BE_DIFFERENT = "accounts_must_be_different"
    CODE_MUST_NOT_BE_EMPTY = "code_must_not_be_empty"
    TIMEOUT_RESERVED_FOR_PENDING_TRANSFER = "timeout_reserved_for_pending_transfer"
    TIMEOUT_INVALID = "timeout_invalid"
    # Accounts.
    DEBIT_ACCOUNT_NOT_FOUND = "debit_account_not_found"
    CREDIT_ACCOUNT_NOT_FOUND = "credit_account_not_found"
    ACCOUNT_CLOSED = "account_closed"
    CURRENCY_MISMATCH = "currency_mismatch"
    EXCEEDS_CREDITS = "exceeds_credits"
    EXCEEDS_DEBITS = "exceeds_debits"
    # Two-phase transfers.
    PENDING_TRANSFER_NOT_FOUND = "pending_transfer_not_found"
    PENDING_TRANSFER_NOT_PENDING = "pending_transfer_not_pending"
    PENDING_TRANSFER_ALREADY_POSTED = "pending_transfer_already_posted"
    PENDING_TRANSFER_ALREADY_VOIDED = "pending_transfer_already_voided"
    PENDING_TRANSFER_EXPIRED = "pending_transfer_expired"
    PENDING_TRANSFER_HAS_DIFFERENT_ACCOUNTS = "pending_transfer_has_different_accounts"
    PENDING_TRANSFER_HAS_DIFFERENT_CURRENCY = "pending_transfer_has_different_currency"
    EXCEEDS_PENDING_TRANSFER_AMOUNT = "exceeds_pending_transfer_amount"
    # Idempotency: the id was used before.
    EXISTS_WITH_DIFFERENT_KIND = "exists_with_different_kind"
    EXISTS_WITH_DIFFERENT_ACCOUNTS = "exists_with_different_accounts"
    EXISTS_WITH_DIFFERENT_AMOUNT = "exists_with_different_amount"
    EXISTS_WITH_DIFFERENT_CURRENCY = "exists_with_different_currency"
    EXISTS_WITH_DIFFERENT_PENDING_ID = "exists_with_different_pending_id"
    EXISTS_WITH_DIFFERENT_TIMEOUT = "exists_with_different_timeout"
    EXISTS_WITH_DIFFERENT_CODE = "exists_with_different_code"
    EXISTS_WITH_DIFFERENT_REFERENCE = "exists_with_different_reference"
    EXISTS_WITH_DIFFERENT_METADATA = "exists_with_different_metadata"
    ID_ALREADY_FAILED = "id_already_failed"
    # Linked transfers: another transfer of the chain failed.
    LINKED_EVENT_FAILED = "linked_event_failed"
    # Batches.
    BATCH_TOO_LARGE = "batch_too_large"


class LedgerErrorCode(StrEnum):
    ACCOUNT_NOT_FOUND = "account_not_found"
    ACCOUNT_RULE_INVALID = "account_rule_invalid"
    ACCOUNT_NOT_EMPTY = "account_not_empty"
    BATCH_TOO_LARGE = "batch_too_large"
    LEDGER_BUSY = "ledger_busy"
    # Finance alerts (ledger.alerts).
    ALERT_ALREADY_RESOLVED = "alert_already_resolved"
    RESOLUTION_REQUIRED = "resolution_required"
    RESOLUTION_TOO_LONG = "resolution_too_long"


MESSAGES: dict[str, str] = {
    ResultCode.AMOUNT_MUST_BE_POSITIVE: "The amount must be a positive whole number of minor units.",
    ResultCode.AMOUNT_TOO_LARGE: "The amount is above the ledger's maximum.",
    ResultCode.CURRENCY_NOT_SUPPORTED: "This currency is not supported.",
    ResultCode.CURRENCY_INVALID: "The currency must be a three-letter ISO 4217 code.",
    ResultCode.CURRENCY_MISMATCH: "The accounts and the transfer are not in the same currency.",
    ResultCode.EXCEEDS_CREDITS: "The debit account does not hold enough funds.",
    ResultCode.EXCEEDS_DEBITS: "The credit account would exceed its debits.",
    ResultCode.ID_ALREADY_FAILED: "This transfer id was refused before; use a new id.",
    ResultCode.LINKED_EVENT_FAILED: "Another transfer of the same linked group was refused.",
}

# Refusals that are facts about the request, not about the moment: not recorded.
NOT_RECORDED: frozenset[str] = frozenset(
    {
        ResultCode.ID_MUST_NOT_BE_EMPTY,
        ResultCode.ID_TOO_LONG,
        ResultCode.ID_ALREADY_FAILED,
        ResultCode.BATCH_TOO_LARGE,
    }
    | {code for code in ResultCode if code.startswith("exists_with_different")}
)


def message_for(code: str) -> str:
    return MESSAGES.get(code, f"The ledger refused the transfer ({code}).")


class LedgerError(DomainError):
    """A refused ledger operation; `code` is a ResultCode or LedgerErrorCode value."""

    status = 409

    def __init__(self, code: str, message: str | None = None, **details: Any) -> None:
        super().__init__(code, message or message_for(code), **details)
