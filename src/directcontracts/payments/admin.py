from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from directcontracts.payments.models import SandboxBalanceTransaction


@admin.register(SandboxBalanceTransaction)
class SandboxBalanceTransactionAdmin(admin.ModelAdmin[SandboxBalanceTransaction]):
    """The gateway's own record: read-only in the back office."""

    list_display = ["txn_id", "type", "amount_minor", "currency", "reference", "created_at"]
    list_filter = ["type", "currency"]
    search_fields = ["=txn_id", "reference", "source_id"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
