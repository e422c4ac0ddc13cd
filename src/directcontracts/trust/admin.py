from django.contrib import admin
from django.http import HttpRequest

from directcontracts.trust.models import AuditEntry, VelocityHit, VelocityRule


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    """Read-only: the audit trail is append-only."""

    list_display = ["created_at", "actor", "action", "case"]
    list_filter = ["action"]


@admin.register(VelocityRule)
class VelocityRuleAdmin(admin.ModelAdmin):
    """Trust & Safety tune the rules (threshold, window, payout hold) or switch them off."""

    list_display = ["name", "counts", "threshold", "window_hours", "hold_payouts", "enabled"]
    list_editable = ["threshold", "window_hours", "hold_payouts", "enabled"]
    readonly_fields = ["key", "counts", "updated_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # each kind of rule needs code; its numbers are data

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False  # switch a rule off instead: its hits keep pointing at it


@admin.register(VelocityHit)
class VelocityHitAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "rule", "subject_user_id", "case"]
    list_filter = ["rule"]
    readonly_fields = ["rule", "subject_user_id", "events", "case", "payout_hold_id", "created_at"]
