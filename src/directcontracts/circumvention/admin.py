"""Back office: circumvention checks with their evidence side by side (read-only; held ones are
decided in the Trust & Safety queue) and the index."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Q
from django.http import HttpRequest
from django.utils.html import format_html, format_html_join

from directcontracts.circumvention.models import (
    CircumventionCheck,
    IdentitySignal,
    MarketplaceAccount,
)
from directcontracts.core.admin_site import OwnMattersAdminMixin, ReadOnlyAdmin
from directcontracts.core.own_matter import references_of_contracts_of


def about_their_contracts(user: Any) -> Q:
    """Checks and signals of an invitation or contract `user` is a party to, or of them as
    the client (core/own_matter.py): the member is the one being checked, or invited them."""
    return Q(client_id=user.pk) | Q(subject__in=references_of_contracts_of(user))


EVIDENCE_FIELDS = (
    "email",
    "name",
    "phone",
    "country",
    "company",
    "payment_fingerprint",
    "device_id",
    "ip",
)


@admin.register(MarketplaceAccount)
class MarketplaceAccountAdmin(ReadOnlyAdmin):
    list_display = ["external_id", "source", "email", "name", "country", "company", "is_active"]
    list_filter = ["source", "is_active"]
    search_fields = ["external_id", "email", "name", "company", "email_key", "phone_e164"]


@admin.register(IdentitySignal)
class IdentitySignalAdmin(OwnMattersAdminMixin, ReadOnlyAdmin):
    party_what = "this check"

    def rows_about(self, user: Any) -> Q:
        return about_their_contracts(user)

    list_display = ["subject", "checkpoint", "kind", "value", "normalised", "created_at"]
    list_filter = ["checkpoint", "kind"]
    search_fields = ["subject", "value", "normalised"]


class HeldFilter(admin.SimpleListFilter):
    title = "held list"
    parameter_name = "held"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("yes", "Held for review")]

    def queryset(self, request: HttpRequest, queryset: Any) -> Any:
        if self.value() == "yes":
            return queryset.filter(review_state=CircumventionCheck.ReviewState.HELD)
        return queryset


@admin.register(CircumventionCheck)
class CircumventionCheckAdmin(OwnMattersAdminMixin, ReadOnlyAdmin):
    party_what = "this check"

    def rows_about(self, user: Any) -> Q:
        return about_their_contracts(user)

    list_display = ["subject", "checkpoint", "decision", "score", "review_state", "created_at"]
    list_filter = [HeldFilter, "decision", "review_state", "checkpoint"]
    search_fields = ["subject"]
    readonly_fields = ("subject", "checkpoint", "decision", "score", "review_state", "side_by_side",
                       "deciding_signals", "reviewed_by", "reviewed_at", "review_note", "created_at")  # fmt: skip
    fields = readonly_fields
    # Reviews are decided in the Trust & Safety queue (/trust/, audited); here they are a
    # record, read with `view_circumventioncheck` (a save here would write the whole row,
    # unaudited, over a decision taken meanwhile in the queue).
    actions = None

    @admin.display(description="Evidence (client | existing account)")
    def side_by_side(self, obj: CircumventionCheck) -> str:
        rows = format_html_join(
            "",
            "<tr><th>{}</th><td>{}</td><td>{}</td></tr>",
            ((f, obj.candidate.get(f) or "—", obj.matched.get(f) or "—") for f in EVIDENCE_FIELDS),
        )
        return format_html(
            "<table><tr><th></th><th>client</th><th>existing account {}</th></tr>{}</table>",
            obj.matched.get("id", ""),
            rows,
        )

    @admin.display(description="Signals that decided")
    def deciding_signals(self, obj: CircumventionCheck) -> str:
        return format_html_join(
            "", "<div>{} {}: {}</div>", ((s["field"], s["level"], s["weight"]) for s in obj.signals)
        )
