"""Back office: canned replies are edited here (each save with a reason, audited); tickets are worked in the support console
(/support/staff/), so the admin shows them read-only."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Q
from django.http import HttpRequest

from directcontracts.core import clock
from directcontracts.core.admin_site import OwnMattersAdminMixin
from directcontracts.core.validation import TextGuardMixin
from directcontracts.helpcenter.text import validate_multiline, validate_single_line
from directcontracts.support.models import CannedReply, Ticket, TicketEvent
from directcontracts.support.staff import tickets_about
from directcontracts.trust.staff_edits import AuditedAdmin, ReasonForm


class CannedReplyForm(TextGuardMixin, ReasonForm):
    class Meta:
        model = CannedReply
        fields = ["title", "body", "is_active"]
        help_texts = {
            "body": "{name} and {reference} are replaced by the customer's name and the ticket reference."
        }

    def clean_title(self) -> str:
        value = self.cleaned_data["title"]
        validate_single_line(value)
        return value

    def clean_body(self) -> str:
        value = self.cleaned_data["body"]
        validate_multiline(value)
        return value


@admin.register(CannedReply)
class CannedReplyAdmin(AuditedAdmin):
    """Saved with a reason on the audit trail; a reply no longer used is made inactive."""

    form = CannedReplyForm
    list_display = ["title", "is_active", "updated_at"]
    list_filter = ["is_active"]
    search_fields = ["title", "body"]

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        obj.updated_at = clock.now()
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)  # with the reason, audited


class EventInline(admin.TabularInline):
    model = TicketEvent
    extra = 0
    can_delete = False
    fields = ["created_at", "kind", "from_status", "to_status", "actor", "actor_label", "data"]
    readonly_fields = fields  # type: ignore[assignment]

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Ticket)
class TicketAdmin(OwnMattersAdminMixin, admin.ModelAdmin):
    """Read-only: changes go through the console's services, which audit them. A member who
    filed a request or is a party to its contract does not read it here either."""

    party_what = "this request"

    def rows_about(self, user: Any) -> Q | None:
        # As the console's queue: a request filed signed out with the member's own address
        # is theirs too (`staff.tickets_about`).
        return tickets_about(user)

    list_display = ["reference", "subject", "status", "priority", "assignee", "created_at"]
    list_filter = ["status", "priority", "topic"]
    search_fields = ["reference", "requester_email", "subject"]
    inlines = [EventInline]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return [f.name for f in Ticket._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
