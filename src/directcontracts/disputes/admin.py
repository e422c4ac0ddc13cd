"""Read-only views in the back office: disputes, chargebacks and dormant escrow change only
through their services (the staff pages at /staff/disputes/ and /staff/chargebacks/)."""

from typing import Any

from django.contrib import admin

from directcontracts.core.admin_money import MoneyFieldsMixin
from directcontracts.core.admin_site import OwnMattersAdminMixin, ReadOnlyAdmin
from directcontracts.disputes.models import ChargebackCase, Dispute, DisputeEvent, DormancyCase


class EventInline(admin.TabularInline[DisputeEvent, Dispute]):
    model = DisputeEvent
    extra = 0
    can_delete = False
    readonly_fields = fields = (
        "created_at",
        "kind",
        "from_state",
        "to_state",
        "actor",
        "actor_label",
        "internal",
        "message",
    )

    def has_add_permission(self, request: Any, obj: Any = None) -> bool:
        return False


@admin.register(Dispute)
class DisputeAdmin(OwnMattersAdminMixin, MoneyFieldsMixin, ReadOnlyAdmin):
    # A party reads their dispute on its page, as a party (staff notes and internal events
    # are the mediators').
    party_lookups = ("contract__freelancer", "contract__client")
    party_what = "this contract"
    list_display = ("id", "contract", "milestone", "state", "deadline_at", "mediator", "created_at")
    list_filter = ("state",)
    search_fields = ("=id", "=contract__id")
    inlines = [EventInline]


@admin.register(ChargebackCase)
class ChargebackCaseAdmin(OwnMattersAdminMixin, MoneyFieldsMixin, ReadOnlyAdmin):
    party_lookups = ("contract__freelancer", "contract__client")
    party_what = "this contract"
    list_display = (
        "id",
        "contract",
        "state",
        "amount_minor",
        "at_risk_minor",
        "currency",
        "created_at",
    )
    list_filter = ("state",)
    # The pack (the parties' private messages and files) is for Trust & Safety, on its page.
    exclude = ("evidence", "evidence_pdf")


@admin.register(DormancyCase)
class DormancyCaseAdmin(OwnMattersAdminMixin, MoneyFieldsMixin, ReadOnlyAdmin):
    party_lookups = ("contract__freelancer", "contract__client")
    party_what = "this contract"
    list_display = ("id", "contract", "state", "basis_at", "first_notice_at", "closed_at")
    list_filter = ("state",)
