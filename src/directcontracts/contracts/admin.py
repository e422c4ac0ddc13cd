from typing import Any

from django.contrib import admin

from directcontracts.contracts.models import Contract, ContractEvent, Invitation, Milestone
from directcontracts.core.admin_money import MoneyFieldsMixin


class MilestoneInline(MoneyFieldsMixin, admin.TabularInline[Milestone, Contract]):
    model = Milestone
    extra = 0
    can_delete = False
    readonly_fields = [f.name for f in Milestone._meta.fields]

    def money_currency(self, obj: Milestone) -> str:
        return obj.contract.currency

    def has_add_permission(self, request: Any, obj: Any = None) -> bool:
        return False


class EventInline(admin.TabularInline[ContractEvent, Contract]):
    model = ContractEvent
    extra = 0
    can_delete = False
    readonly_fields = fields = (
        "created_at",
        "kind",
        "from_state",
        "to_state",
        "actor",
        "actor_label",
        "milestone",
        "message",
    )

    def has_add_permission(self, request: Any, obj: Any = None) -> bool:
        return False


@admin.register(Contract)
class ContractAdmin(admin.ModelAdmin[Contract]):
    """Contracts change only through services (and their timeline), never by hand."""

    list_display = ["id", "title", "state", "freelancer", "client_email", "currency", "created_at"]
    list_filter = ["state", "currency"]
    search_fields = ["id", "title", "client_email", "client_name", "freelancer__email"]
    date_hierarchy = "created_at"
    inlines = [MilestoneInline, EventInline]

    def get_readonly_fields(self, request: Any, obj: Any = None) -> list[str]:
        return [f.name for f in Contract._meta.fields]

    def has_add_permission(self, request: Any) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False  # every field is read-only; a save would write the row outside a service

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin[Invitation]):
    list_display = [
        "contract",
        "email",
        "created_at",
        "expires_at",
        "revoked_at",
        "email_verified_at",
        "answered_at",
    ]
    search_fields = ["email", "contract__title"]
    exclude = ["nonce_digest", "code_digest"]

    def get_readonly_fields(self, request: Any, obj: Any = None) -> list[str]:
        return [
            f.name for f in Invitation._meta.fields if f.name not in ("nonce_digest", "code_digest")
        ]

    def has_add_permission(self, request: Any) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        # An invitation is revoked by its freelancer (and recorded on the contract's timeline).
        return False
