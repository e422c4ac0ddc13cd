"""The screener's back office: the attempts record, the rule sets, the senders' risk records.

Held items are decided in the Trust & Safety queue (trust/), not here. Who may do what
is decided per staff group (screening sits below accounts, so the groups are named, not
imported): Trust & Safety edit and publish rules; support may read the attempts and the
rules (to answer tickets) and change nothing; other staff see none of it. Django's model permissions can grant reading too;
deciding needs Trust & Safety (or the model's change permission). Every action checks its
permission again when it runs, not only when the page lists it.
"""

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import HttpRequest

from directcontracts.core.admin_site import OwnMattersAdminMixin
from directcontracts.core.errors import DomainError
from directcontracts.core.own_matter import references_of_contracts_of
from directcontracts.core.validation import NoControlCharactersValidator
from directcontracts.screening import services
from directcontracts.screening.models import (
    PolicyRule,
    PolicyRuleSet,
    RuleSetStatus,
    ScreeningAttempt,
    SenderRisk,
)

TRUST_SAFETY = "trust_safety"
SUPPORT = "support"


def _in_group(request: HttpRequest, *groups: str) -> bool:
    user: Any = request.user
    check = getattr(user, "in_staff_group", None)
    return bool(user.is_active and check is not None and check(*groups))


def _may_decide(request: HttpRequest, model: str) -> bool:
    return _in_group(request, TRUST_SAFETY) or request.user.has_perm(f"screening.change_{model}")


def _may_read(request: HttpRequest, model: str) -> bool:
    return (
        _in_group(request, TRUST_SAFETY, SUPPORT)
        or request.user.has_perm(f"screening.view_{model}")
        or _may_decide(request, model)
    )


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied("Only Trust & Safety may do this.")


class StaffGroupPermissions:
    """Reading for Trust & Safety and support, writing for Trust & Safety (see above)."""

    model_name: str

    def has_module_permission(self, request: HttpRequest) -> bool:
        return _may_read(request, "screeningattempt")

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return _may_read(request, self.model_name)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return _may_decide(request, self.model_name)

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return _may_decide(request, self.model_name)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class PolicyRuleInline(admin.StackedInline):
    model = PolicyRule
    extra = 0
    fields = ["position", "name", "code", "action", "enabled", "reason", "patterns", "exceptions"]

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return _may_read(request, "policyruleset")

    def has_change_permission(self, request: HttpRequest, obj: PolicyRuleSet | None = None) -> bool:
        # Published rule sets are the record of what applied; edit a draft copy instead.
        return _may_decide(request, "policyruleset") and (
            obj is None or obj.status == RuleSetStatus.DRAFT
        )

    has_add_permission = has_change_permission
    has_delete_permission = has_change_permission


class PolicyRuleSetForm(forms.ModelForm):
    """Every save needs a reason: the values before and after go on the staff audit trail."""

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

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The rule set and its rules as they were before this form's changes.
        self.before = services.ruleset_snapshot(self.instance.pk)


class RuleSetActionForm(ActionForm):
    """The list's actions (draft copy, publish) go on the audit trail with this reason. Not
    required here: Django would answer a blank one with "No action selected"; the action
    itself refuses a blank reason in words."""

    reason = forms.CharField(
        label="Reason",
        required=False,
        max_length=2000,
        widget=forms.TextInput(
            # The admin's phone layout does not narrow this box by itself.
            attrs={"placeholder": "Why (goes on the audit trail)", "style": "max-width: 100%"}
        ),
    )


@admin.register(PolicyRuleSet)
class PolicyRuleSetAdmin(StaffGroupPermissions, admin.ModelAdmin):
    """Drafts are edited here; a published rule set is read-only (the record of what
    applied): its page says so and a save of it is refused (403 here, and again in
    `services.record_ruleset_edit`)."""

    model_name = "policyruleset"
    form = PolicyRuleSetForm
    action_form = RuleSetActionForm
    list_display = ["version", "status", "effective_at", "published_at", "published_by_id"]
    list_filter = ["status"]
    readonly_fields = ["version", "status", "published_at", "published_by_id", "created_at"]
    fields = [
        "version",
        "notes",
        "block_threshold",
        "review_threshold",
        "review_risk_threshold",
        "effective_at",
        *readonly_fields[1:],
        "change_reason",
    ]
    inlines = [PolicyRuleInline]
    actions = ["make_draft_copy", "publish"]

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        # The rule set and its rules are saved (one transaction: the admin's change view);
        # the edit goes on the audit trail before it commits.
        super().save_related(request, form, formsets, change)
        services.record_ruleset_edit(
            ruleset=form.instance,
            by=request.user,
            reason=form.cleaned_data["change_reason"],
            before=form.before,
        )

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Published rule sets are read-only: edits go through "Create a draft copy".
        return super().has_change_permission(request, obj) and (
            obj is None or obj.status == RuleSetStatus.DRAFT
        )

    def has_publish_permission(self, request: HttpRequest) -> bool:
        return _may_decide(request, "policyruleset")

    def _run(self, request: HttpRequest, work: Any) -> Any:
        """Run one audited action; a refusal (a blank reason, a broken rule) is told in words."""
        try:
            return work(request.POST.get("reason", ""))
        except DomainError as exc:
            self.message_user(request, f"{exc.message} Nothing was changed.", messages.ERROR)
            return None

    @admin.action(
        description="Create a draft copy of the rules in effect (with a reason)",
        permissions=["publish"],
    )
    def make_draft_copy(self, request: HttpRequest, queryset: QuerySet[PolicyRuleSet]) -> None:
        _require(self.has_publish_permission(request))
        draft = self._run(
            request,
            lambda reason: services.create_draft_ruleset(
                by=request.user, reason=reason, notes=f"Draft by {request.user}"
            ),
        )
        if draft is not None:
            self.message_user(request, f"Created draft rules v{draft.version}.")

    @admin.action(
        description="Publish selected drafts (with a reason; effective date as set, else now)",
        permissions=["publish"],
    )
    def publish(self, request: HttpRequest, queryset: QuerySet[PolicyRuleSet]) -> None:
        _require(self.has_publish_permission(request))
        for ruleset in queryset:
            published = self._run(
                request,
                lambda reason, ruleset=ruleset: services.publish_ruleset(
                    ruleset=ruleset,
                    by=request.user,
                    reason=reason,
                    effective_at=ruleset.effective_at,
                ),
            )
            if published is not None:
                self.message_user(request, f"Published rules v{ruleset.version}.")


@admin.register(ScreeningAttempt)
class ScreeningAttemptAdmin(OwnMattersAdminMixin, StaffGroupPermissions, admin.ModelAdmin):
    """Refused and held attempts, read-only; held ones are decided in the Trust & Safety queue.
    A member does not read the attempts they made, nor those on a contract they are a party
    to (a held message never delivered to them): core/own_matter.py."""

    party_what = "this screened text"

    def rows_about(self, user: Any) -> Q:
        return Q(sender_id=user.pk) | Q(object_ref__in=references_of_contracts_of(user))

    model_name = "screeningattempt"
    list_display = [
        "created_at",
        "kind",
        "verdict",
        "policy",
        "score",
        "sender_id",
        "context",
        "review_state",
    ]
    list_filter = ["review_state", "kind", "verdict", "policy"]
    search_fields = ["excerpt", "object_ref"]
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in ScreeningAttempt._meta.fields]
    # Held attempts are decided in the Trust & Safety queue (/trust/), where the case
    # gathers every signal about the same target; here they are a read-only record.
    actions = None

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # attempts are a record; held ones are decided in the trust queue


@admin.register(SenderRisk)
class SenderRiskAdmin(OwnMattersAdminMixin, StaffGroupPermissions, admin.ModelAdmin):
    party_lookups = ("sender_id",)
    party_what = "this record"
    model_name = "senderrisk"

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    list_display = ["sender_id", "held_messages", "blocked_work", "reviewed_work", "last_event_at"]
    search_fields = ["sender_id"]
    readonly_fields = [
        "sender_id",
        "held_messages",
        "blocked_work",
        "reviewed_work",
        "last_event_at",
    ]
