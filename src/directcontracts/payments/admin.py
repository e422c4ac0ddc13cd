from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Q

from directcontracts.core.admin_money import MoneyFieldsMixin
from directcontracts.core.admin_site import OwnMattersAdminMixin, ReadOnlyAdmin
from directcontracts.core.money_text import money_text
from directcontracts.payments import whose
from directcontracts.payments.models import (
    GatewayEvent,
    Payment,
    PaymentMethod,
    Payout,
    PayoutMethod,
    SandboxBalanceTransaction,
)


@admin.register(SandboxBalanceTransaction)
class SandboxBalanceTransactionAdmin(MoneyFieldsMixin, ReadOnlyAdmin[SandboxBalanceTransaction]):
    """The gateway's own record: read-only in the back office."""

    list_display = ["txn_id", "type", "amount_minor", "currency", "reference", "created_at"]
    list_filter = ["type", "currency"]
    search_fields = ["=txn_id", "reference", "source_id"]


class ReadOnly(MoneyFieldsMixin, ReadOnlyAdmin[Any]):
    """Money records change only through services and gateway webhooks."""


@admin.register(Payment)
class PaymentAdmin(OwnMattersAdminMixin, ReadOnly):
    # The member paid it, or it pays into a contract they are a party to (`whose`).
    party_what = "this payment"

    def rows_about(self, user: Any) -> Q:
        return whose.payments_about(user)

    list_display = [
        "id",
        "reference",
        "payer",
        "amount",
        "fee",
        "state",
        "created_at",
    ]
    list_filter = ["state", "currency"]
    search_fields = ["=id", "reference", "gateway_charge_id", "payer__email"]
    date_hierarchy = "created_at"

    @admin.display(description="Into escrow", ordering="amount_minor")
    def amount(self, obj: Payment) -> str:
        return money_text(obj.amount_minor, obj.currency)

    @admin.display(description="Processing fee", ordering="fee_minor")
    def fee(self, obj: Payment) -> str:
        return money_text(obj.fee_minor, obj.currency)


@admin.register(Payout)
class PayoutAdmin(OwnMattersAdminMixin, ReadOnly):
    party_lookups = ("freelancer",)
    party_what = "this payout"
    list_display = [
        "id",
        "freelancer",
        "amount",
        "state",
        "created_at",
        "finished_at",
    ]
    list_filter = ["state", "currency"]
    search_fields = ["=id", "freelancer__email", "gateway_payout_id"]
    date_hierarchy = "created_at"

    @admin.display(description="Amount", ordering="amount_minor")
    def amount(self, obj: Payout) -> str:
        return money_text(obj.amount_minor, obj.currency)


@admin.register(PaymentMethod)
class PaymentMethodAdmin(ReadOnly):
    list_display = ["id", "owner", "kind", "brand", "last4", "created_at", "removed_at"]
    list_filter = ["kind", "provider"]
    search_fields = ["owner__email", "fingerprint", "last4"]
    exclude = ["token"]


@admin.register(PayoutMethod)
class PayoutMethodAdmin(ReadOnly):
    list_display = ["id", "owner", "holder_name", "last4", "currency", "created_at", "removed_at"]
    search_fields = ["owner__email", "holder_name", "last4"]
    exclude = ["token"]


@admin.register(GatewayEvent)
class GatewayEventAdmin(ReadOnly):
    list_display = ["event_id", "provider", "type", "received_at", "processed_at"]
    list_filter = ["provider", "type"]
    search_fields = ["event_id"]
