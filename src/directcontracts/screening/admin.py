from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from directcontracts.core.errors import DomainError
from directcontracts.screening import services
from directcontracts.screening.models import (
    PolicyRule,
    PolicyRuleSet,
    ReviewState,
    RuleSetStatus,
    ScreeningAttempt,
    SenderRisk,
)


def _staff_id(request: HttpRequest) -> int:
    # The admin only serves signed-in staff, so there is always a primary key.
    return int(request.user.pk or 0)


class PolicyRuleInline(admin.StackedInline):
    model = PolicyRule
    extra = 0
    fields = ["position", "name", "code", "action", "enabled", "reason", "patterns", "exceptions"]

    def has_change_permission(self, request: HttpRequest, obj: PolicyRuleSet | None = None) -> bool:
        # Published rule sets are the record of what applied; edit a draft copy instead.
        return obj is None or obj.status == RuleSetStatus.DRAFT

    has_add_permission = has_change_permission
    has_delete_permission = has_change_permission


@admin.register(PolicyRuleSet)
class PolicyRuleSetAdmin(admin.ModelAdmin):
    list_display = ["version", "status", "effective_at", "published_at", "published_by_id"]
    list_filter = ["status"]
    readonly_fields = ["version", "status", "published_at", "published_by_id", "created_at"]
    fields = [
        "version",
        "notes",
        "block_threshold",
        "review_threshold",
        "effective_at",
        *readonly_fields[1:],
    ]
    inlines = [PolicyRuleInline]
    actions = ["make_draft_copy", "publish"]

    @admin.action(description="Create a draft copy of the rules in effect")
    def make_draft_copy(self, request: HttpRequest, queryset: QuerySet[PolicyRuleSet]) -> None:
        draft = services.create_draft_ruleset(notes=f"Draft by {request.user}")
        self.message_user(request, f"Created draft rules v{draft.version}.")

    @admin.action(description="Publish selected drafts (effective date as set, else now)")
    def publish(self, request: HttpRequest, queryset: QuerySet[PolicyRuleSet]) -> None:
        for ruleset in queryset:
            try:
                services.publish_ruleset(
                    ruleset=ruleset,
                    by_user_id=_staff_id(request),
                    effective_at=ruleset.effective_at,
                )
            except DomainError as exc:
                self.message_user(request, exc.message, messages.ERROR)
            else:
                self.message_user(request, f"Published rules v{ruleset.version}.")


@admin.register(ScreeningAttempt)
class ScreeningAttemptAdmin(admin.ModelAdmin):
    """Refused and held attempts; filter on "Held for review" for the held list."""

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
    actions = ["clear", "confirm"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(
        self, request: HttpRequest, obj: ScreeningAttempt | None = None
    ) -> bool:
        return False

    def _resolve(
        self, request: HttpRequest, queryset: QuerySet[ScreeningAttempt], confirmed: bool
    ) -> None:
        done = 0
        for attempt in queryset.filter(review_state=ReviewState.HELD):
            services.resolve_attempt(
                attempt=attempt, by_user_id=_staff_id(request), confirmed=confirmed
            )
            done += 1
        self.message_user(request, f"{done} held item(s) resolved.")

    @admin.action(description="Clear: allowed after review")
    def clear(self, request: HttpRequest, queryset: QuerySet[ScreeningAttempt]) -> None:
        self._resolve(request, queryset, confirmed=False)

    @admin.action(description="Confirm: breaks the work policy")
    def confirm(self, request: HttpRequest, queryset: QuerySet[ScreeningAttempt]) -> None:
        self._resolve(request, queryset, confirmed=True)


@admin.register(SenderRisk)
class SenderRiskAdmin(admin.ModelAdmin):
    list_display = ["sender_id", "held_messages", "blocked_work", "reviewed_work", "last_event_at"]
    search_fields = ["sender_id"]
    readonly_fields = [
        "sender_id",
        "held_messages",
        "blocked_work",
        "reviewed_work",
        "last_event_at",
    ]
