"""The back office sees the ledger read-only: money moves only through services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db.models import OuterRef, Q, QuerySet, Subquery
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.http import urlencode

from directcontracts.core.admin_money import MoneyFieldsMixin
from directcontracts.core.admin_site import OwnMattersAdminMixin, ReadOnlyAdmin
from directcontracts.core.errors import DomainError
from directcontracts.core.money_text import money_text
from directcontracts.core.own_matter import contract_ids_of
from directcontracts.core.validation import NoControlCharactersValidator
from directcontracts.ledger import alerts, chart
from directcontracts.ledger.models import (
    Account,
    Entry,
    FinanceAlert,
    IdempotencyRecord,
    SealBlock,
    Transfer,
    TransferKind,
)


def accounts_about(user: Any) -> Q:
    """The member's own ledger accounts: theirs as a freelancer or client, and the escrow of
    each contract they are a party to (core/own_matter.py)."""
    return Q(owner_type__in=(chart.FREELANCER, chart.CLIENT), owner_id=user.pk) | Q(
        owner_type=chart.CONTRACT, owner_id__in=contract_ids_of(user)
    )


def _their_accounts(user: Any) -> QuerySet[Any]:
    return Account.objects.filter(accounts_about(user)).values("pk")


@admin.register(Account)
class AccountAdmin(OwnMattersAdminMixin, MoneyFieldsMixin, ReadOnlyAdmin[Account]):
    party_what = "this account"

    def rows_about(self, user: Any) -> Q:
        return accounts_about(user)

    extra_money_fields = ("debits_posted", "credits_posted", "debits_pending", "credits_pending")
    list_display = [
        "id",
        "code",
        "owner_type",
        "owner_id",
        "currency",
        "shard",
        "debits_posted",
        "credits_posted",
        "debits_pending",
        "credits_pending",
        "closed",
    ]
    list_filter = ["code", "currency", "closed"]
    search_fields = ["owner_type", "=owner_id"]


@admin.register(Transfer)
class TransferAdmin(OwnMattersAdminMixin, ReadOnlyAdmin[Transfer]):
    party_what = "this transfer"

    def rows_about(self, user: Any) -> Q:
        theirs = _their_accounts(user)
        return Q(debit_account__in=theirs) | Q(credit_account__in=theirs)

    # Read at 1366 px between the back office's two sidebars: one column per account with
    # a short name (the full one in its title), the outcome inside the kind, a compact time
    # that never wraps (the journal's "Debit → credit" took four or five lines).
    list_display = [
        "seq",
        "kind_text",
        "amount_text",
        "code_text",
        "debit",
        "credit",
        "created_text",
    ]
    list_filter = ["kind", "currency", "code"]
    list_select_related = ["debit_account", "credit_account"]
    search_fields = ["=key", "reference"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Transfer]:
        # The journal is append-only: a pending transfer stays "pending" and its post or
        # void is a later row naming it, read here in the same query.
        resolution = Transfer.objects.filter(pending=OuterRef("key")).values("kind")[:1]
        rows: QuerySet[Transfer] = super().get_queryset(request)
        return rows.annotate(resolution=Subquery(resolution))

    @admin.display(description="Amount", ordering="amount")
    def amount_text(self, obj: Transfer) -> str:
        return format_html('<span class="nowrap">{}</span>', money_text(obj.amount, obj.currency))

    @admin.display(description="Kind", ordering="kind")
    def kind_text(self, obj: Transfer) -> str:
        if obj.kind == TransferKind.PENDING:
            return f"Pending, {self._outcome(obj)}"
        return _SHORT_KINDS.get(obj.kind, obj.get_kind_display())

    @staticmethod
    def _outcome(obj: Transfer) -> str:
        resolution = getattr(obj, "resolution", None)
        if resolution == TransferKind.POST_PENDING:
            return "posted"
        if resolution == TransferKind.VOID_PENDING:
            return "voided"
        return "open"

    @admin.display(description="Code and reference", ordering="code")
    def code_text(self, obj: Transfer) -> str:
        # Spaces, not underscores, so a long code breaks between its words; the reference
        # under it rather than in a column of its own (the table then fits at 1366 px).
        code = obj.code.replace("_", " ")
        if not obj.reference:
            return code
        return format_html('{}<br><span class="quiet">{}</span>', code, obj.reference)

    @admin.display(description="Debit")
    def debit(self, obj: Transfer) -> str:
        return _account_cell(obj.debit_account)

    @admin.display(description="Credit")
    def credit(self, obj: Transfer) -> str:
        return _account_cell(obj.credit_account)

    @admin.display(description="Created at", ordering="created_at")
    def created_text(self, obj: Transfer) -> str:
        when = timezone.localtime(obj.created_at)
        return format_html(
            '<time class="nowrap" datetime="{}">{}</time>',
            when.isoformat(),
            when.strftime("%Y-%m-%d %H:%M"),
        )


_SHORT_KINDS: dict[str, str] = {
    TransferKind.POST_PENDING: "Posts a pending",
    TransferKind.VOID_PENDING: "Voids a pending",
}


def _account_text(account: Account) -> str:
    # The platform's own accounts (clearing, fees) have no owner worth naming.
    owner = f" ({account.owner_type} {account.owner_id})" if account.owner_id else ""
    return f"{account.get_code_display().split(' (')[0]}{owner}"


def _account_cell(account: Account) -> str:
    """ "Escrow #8", with "Escrow (contract 8)" in its title."""
    short = account.get_code_display().split(" (")[0]
    if account.owner_id:
        short = f"{short}\u00a0#{account.owner_id}"  # the number stays with its name
    return format_html('<span title="{}">{}</span>', _account_text(account), short)


@admin.register(Entry)
class EntryAdmin(OwnMattersAdminMixin, MoneyFieldsMixin, ReadOnlyAdmin[Entry]):
    party_what = "this entry"

    def rows_about(self, user: Any) -> Q:
        return Q(account__in=_their_accounts(user))

    extra_money_fields = ("posted_delta", "pending_delta")
    list_display = [
        "id",
        "account",
        "version",
        "side",
        "posted_delta",
        "pending_delta",
        "created_at",
    ]
    list_select_related = ["account"]

    def money_currency(self, obj: Entry) -> str:
        return obj.account.currency


@admin.register(IdempotencyRecord)
class IdempotencyRecordAdmin(ReadOnlyAdmin[IdempotencyRecord]):
    list_display = ["key", "result", "created_at"]
    list_filter = ["result"]
    search_fields = ["=key"]


@admin.register(SealBlock)
class SealBlockAdmin(ReadOnlyAdmin[SealBlock]):
    list_display = ["number", "first_seq", "last_seq", "transfer_count", "hash", "sealed_at"]


class FinanceAlertForm(forms.ModelForm):  # type: ignore[type-arg]
    resolution = forms.CharField(
        label="Resolution",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=alerts.MAX_NOTE,
        validators=[NoControlCharactersValidator(multiline=True)],
        help_text="What was found and done. Saving marks the alert resolved, with your name.",
        error_messages={"required": "Write what was found and done: it is kept with the alert."},
    )
    # Resolving is final (no one reopens an alert by hand): a deliberate tick, not a slip.
    confirm = forms.BooleanField(
        label="I have dealt with this",
        help_text="Resolving is final: the alert cannot be reopened or edited afterwards.",
        error_messages={"required": "Tick “I have dealt with this” to resolve the alert."},
    )

    class Meta:
        model = FinanceAlert
        fields: list[str] = []

    def clean_resolution(self) -> str:
        try:
            return alerts.clean_note(self.cleaned_data["resolution"])
        except DomainError as refused:
            raise forms.ValidationError(refused.message, code=refused.code) from None


@admin.register(FinanceAlert)
class FinanceAlertAdmin(OwnMattersAdminMixin, admin.ModelAdmin[FinanceAlert]):
    """Finance staff may only mark an alert resolved, once, with a note (`ledger.alerts`).
    An alert with an item about the member's own payment or payout is left out of their
    list and its page refused (`alerts.is_about`): another finance member handles it."""

    party_what = "this alert"

    def rows_about(self, user: Any) -> Q:
        return Q(pk__in=alerts.alerts_about(user, FinanceAlert.objects.all()))

    def is_about(self, row: Any, user: Any) -> bool:
        return alerts.is_about(row, user)

    form = FinanceAlertForm
    list_display = ["day", "kind", "mismatch_count", "resolved", "resolved_at", "updated_at"]
    list_filter = ["kind", "resolved"]
    readonly_fields = [
        "kind",
        "day",
        "mismatch_count",
        "details_text",
        "resolved",
        "resolved_by_text",
        "resolved_at",
        "resolution_note",
        "created_at",
        "updated_at",
    ]

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        shown = list(self.readonly_fields)
        return shown if obj is None or obj.resolved else [*shown, "resolution", "confirm"]

    @admin.display(description="Details")
    def details_text(self, obj: FinanceAlert) -> str:
        items = [_detail_rows(item) for item in obj.details or []]
        return render_to_string("ledger/admin/finance_alert_details.html", {"items": items})

    @admin.display(description="Resolved by")
    def resolved_by_text(self, obj: FinanceAlert) -> str:
        if obj.resolved_by_id is None:
            return "-"
        person = get_user_model().objects.filter(pk=obj.resolved_by_id).first()
        if person is None:
            return f"Staff member #{obj.resolved_by_id} (account gone)"
        name = getattr(person, "full_name", "") or ""
        email = getattr(person, "email", "")
        return f"{name} <{email}>" if name else email

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is not None and obj.resolved:
            return False  # read-only once resolved
        return super().has_change_permission(request, obj)

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        # Through the service (permission, note, once only), never obj.save().
        alerts.resolve_alert(alert=obj, by=request.user, note=form.cleaned_data["resolution"])

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


# What each key of an alert item means, in the order finance reads them; a key not named
# here (a newer kind of item) is shown after these under its own name.
_DETAIL_LABELS: dict[str, str] = {
    "why": "What happened",
    "kind": "Mismatch",
    "payment": "Payment",
    "reference": "Payment reference",
    "gateway_request": "Gateway request",
    "request_kind": "Request",
    "subject": "For",
    "idempotency_key": "Request key",
    "refund_request": "Refund request",
    "refund_state": "Refund state",
    "milestone_state": "Milestone state",
    "amount_minor": "Amount",
    "taken_minor": "Taken back by the bank",
    "expected_minor": "Expected by our refunds",
    "booked_minor": "Booked",
    "excess_minor": "Excess (platform loss)",
    "ledger_amount": "Ledger amount",
    "gateway_amount": "Gateway amount",
    "failure_code": "Failure code",
    "failure_message": "Failure message",
    "after_failure": "Settled after a reported failure",
    "closed_at": "Closed at",
    "closed_note": "Closed because",
    "key": "Item key",
}
# Money keys and the key holding their currency (the rest use "currency").
_MONEY_CURRENCY: dict[str, str] = {
    "amount_minor": "currency",
    "taken_minor": "currency",
    "expected_minor": "currency",
    "booked_minor": "currency",
    "excess_minor": "currency",
    "ledger_amount": "ledger_currency",
    "gateway_amount": "gateway_currency",
}
_SHOWN_WITH_MONEY = {"currency", "ledger_currency", "gateway_currency"}


def _detail_rows(item: Any) -> list[tuple[str, str]]:
    """One alert item as (label, HTML-safe value) rows; a plain-text item is one row."""
    if not isinstance(item, dict):
        return [("Item", format_html("{}", item))]
    order = [k for k in _DETAIL_LABELS if k in item]
    order += [k for k in item if k not in _DETAIL_LABELS and k not in _SHOWN_WITH_MONEY]
    return [
        (_DETAIL_LABELS.get(k, k.replace("_", " ").capitalize()), _value(k, item)) for k in order
    ]


def _value(key: str, item: dict[str, Any]) -> str:
    value = item[key]
    if value is None or value == "":
        return "-"
    if key in _MONEY_CURRENCY and isinstance(value, int):
        currency = item.get(_MONEY_CURRENCY[key]) or ""
        return format_html('<span class="nowrap">{}</span>', money_text(value, currency))
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if (search := _refused_refund_search(key, item)) is not None:
        return _refused_refunds_link(value, search)
    if key in {"reference", "idempotency_key", "refund_request", "key", "subject"}:
        return format_html("<code>{}</code>", value)
    return format_html("{}", value)


def _refused_refund_search(key: str, item: dict[str, Any]) -> str | None:
    """What to search the refused-refunds console for, where this value names a refused
    refund: the console finds a request by its number or by what it was for."""
    if key == "gateway_request" and item.get("request_kind") == "refund":
        return f"#{item[key]}"
    if key == "refund_request" and item.get("refund_state") == "refused" and item.get("payment"):
        return f"payment:{item['payment']}"
    return None


def _refused_refunds_link(value: Any, search: str) -> str:
    url = reverse("payments:refused_refunds")
    return format_html(
        '<a href="{}?{}">{} <span class="quiet">(refused refunds)</span></a>',
        url,
        urlencode({"q": search}),
        value,
    )
