from __future__ import annotations

from enum import StrEnum


class PaymentsErrorCode(StrEnum):
    INVALID_BALANCE_TRANSACTION = "invalid_balance_transaction"
