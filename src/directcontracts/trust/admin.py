from typing import Any

from django import forms
from django.contrib import admin
from django.db.models import Q
from django.http import HttpRequest

from directcontracts.contracts.models import Contract
from directcontracts.core.admin_site import OwnMattersAdminMixin, ReadOnlyAdmin
from directcontracts.core.validation import NoControlCharactersValidator
from directcontracts.disputes.models import ChargebackCase
from directcontracts.ledger import alerts
from directcontracts.ledger.models import FinanceAlert
from directcontracts.payments import refused_refunds
from directcontracts.payments.gateway_models import GatewayRequest
from directcontracts.trust import actions, stakes, velocity
from directcontracts.trust.models import AuditEntry, Case, VelocityHit, VelocityRule


def edits_about(user: Any) -> Q:
    """The staff edits (audit entries without a case, `core.staff_audit`) about `user`'s own
    account or contract: another member changing their account, their contract's chargeback
    case, a refund of their payment, a finance alert naming their money. A few queries (the
    ids each kind names), once per page (`OwnMattersAdminMixin`)."""
    contracts = Contract.objects.filter(Q(freelancer_id=user.pk) | Q(client_id=user.pk))
    chargebacks = ChargebackCase.objects.filter(contract__in=contracts)
    refunds = GatewayRequest.objects.filter(refused_refunds.refunds_about(user))
    named = {
        "accounts.user": [user.pk],
        "contracts.contract": list(contracts.values_list("pk", flat=True)),
        "disputes.chargebackcase": list(chargebacks.values_list("pk", flat=True)),
        "payments.gatewayrequest": list(refunds.values_list("pk", flat=True)),
        "ledger.financealert": alerts.alerts_about(user, FinanceAlert.objects.all()),
    }
    theirs = Q(pk__in=[])
    for model, ids in named.items():
        if ids:
            theirs |= Q(data__model=model, data__id__in=ids)
    return theirs


@admin.register(AuditEntry)
class AuditEntryAdmin(OwnMattersAdminMixin, ReadOnlyAdmin):
    """Read-only: the audit trail is append-only. A member does not read the trail of a case
    about themselves (its subject, its reporter, or a party to the contract behind it), nor
    a staff edit without a case about their own account or contract (`edits_about`):
    left out of their list and refused by its page (`actions.is_party_to` for a case's)."""

    party_what = "this entry"

    def rows_about(self, user: Any) -> Q:
        return Q(case__in=Case.objects.filter(stakes.cases_about(user))) | Q(
            case__isnull=True
        ) & edits_about(user)

    def is_about(self, row: Any, user: Any) -> bool:
        if row.case is not None:
            return actions.is_party_to(row.case, user)
        return super().is_about(row, user)

    list_display = ["created_at", "actor", "action", "case"]
    list_filter = ["action"]


class VelocityRuleForm(forms.ModelForm):
    change_reason = forms.CharField(
        label="Reason for this change",
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        validators=[NoControlCharactersValidator(multiline=True)],
        help_text="Required: the change and its reason go on the audit trail.",
        error_messages={
            "required": "Write the reason for this change: it goes on the audit trail."
        },
    )

    class Meta:
        model = VelocityRule
        fields = list(velocity.TUNABLE_FIELDS)

    def clean_change_reason(self) -> str:
        from directcontracts.core.errors import DomainError
        from directcontracts.trust.actions import _reason

        try:
            return _reason(self.cleaned_data["change_reason"])
        except DomainError as refused:
            raise forms.ValidationError(refused.message, code=refused.code) from None


@admin.register(VelocityRule)
class VelocityRuleAdmin(admin.ModelAdmin):
    """Trust & Safety tune the rules (threshold, window, payout hold) or switch them off,
    one at a time with a reason (no editing in the list: that would skip the reason)."""

    form = VelocityRuleForm
    list_display = ["name", "counts", "threshold", "window_hours", "hold_payouts", "enabled"]
    readonly_fields = ["key", "counts", "updated_at"]

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        # The change goes through the service (reason, audit entry), not obj.save().
        changes = {
            name: form.cleaned_data[name]
            for name in form.changed_data
            if name in velocity.TUNABLE_FIELDS
        }
        velocity.change_rule(
            rule=obj,
            by=request.user,  # type: ignore[arg-type]
            changes=changes,
            reason=form.cleaned_data["change_reason"],
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # each kind of rule needs code; its numbers are data

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False  # switch a rule off instead: its hits keep pointing at it


@admin.register(VelocityHit)
class VelocityHitAdmin(OwnMattersAdminMixin, ReadOnlyAdmin):
    party_lookups = ("subject_user_id",)
    party_what = "this velocity hit"
    list_display = ["created_at", "rule", "subject_user_id", "case"]
    list_filter = ["rule"]
    readonly_fields = ["rule", "subject_user_id", "events", "case", "payout_hold_id", "created_at"]
