from __future__ import annotations

from enum import StrEnum


class PaymentsErrorCode(StrEnum):
    INVALID_BALANCE_TRANSACTION = "invalid_balance_transaction"


class PaymentErrorCode(StrEnum):
    INVALID_METHOD = "invalid_payment_method"
    METHOD_NOT_FOUND = "payment_method_not_found"
    UNSUPPORTED_CURRENCY = "unsupported_currency"
    NOT_REFUNDABLE = "payment_not_refundable"
    BELOW_MINIMUM_PAYOUT = "below_minimum_payout"
    INSUFFICIENT_BALANCE = "insufficient_balance"
    BAD_WEBHOOK = "bad_webhook"
    NOT_CHARGED_BACK = "payment_not_charged_back"
    WEBHOOK_OUT_OF_ORDER = "webhook_out_of_order"
    # Finance's retry of a refund the processor refused (payments.refused_refunds).
    REFUND_NOT_RETRYABLE = "refund_not_retryable"
