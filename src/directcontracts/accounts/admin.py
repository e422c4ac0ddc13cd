"""Back office for people. A superuser's change to a person (roles, groups, name, email,
profiles) needs a reason and goes on the staff audit trail (`core.staff_audit`, an
`AuditEntry`) with the values before and after; deleting a person and setting their password
here are refused (closing is the person's own procedure, Trust & Safety suspend and ban
through their cases, a password is reset by its owner). Staff groups' permissions are set in
code (`accounts.demo.STAFF_GROUP_PERMISSIONS`), so the groups are read-only here."""

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.auth import admin as auth_admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import UserChangeForm
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from directcontracts.accounts.models import (
    AccountEvent,
    ApiToken,
    ClientProfile,
    FreelancerProfile,
    User,
    UserSession,
)
from directcontracts.core.admin_site import ReadOnlyAdmin, ReadOnlyMixin
from directcontracts.core.staff_audit import record_staff_edit
from directcontracts.core.validation import NoControlCharactersValidator

# What a change to a person records, before and after (never the password's hash).
AUDITED_USER_FIELDS = (
    "email",
    "full_name",
    "is_freelancer",
    "is_client",
    "is_active",
    "is_staff",
    "is_superuser",
)


def _reason_field() -> forms.CharField:
    return forms.CharField(
        label="Reason for this change",
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        validators=[NoControlCharactersValidator(multiline=True)],
        help_text="Required: the change and its reason go on the audit trail.",
        error_messages={
            "required": "Write the reason for this change: it goes on the audit trail."
        },
    )


class UserReasonForm(UserChangeForm):
    change_reason = _reason_field()


class UserAddReasonForm(DjangoUserAdmin.add_form):
    change_reason = _reason_field()


def _snapshot(user: User | None) -> dict[str, Any]:
    if user is None:
        return {}
    values: dict[str, Any] = {name: getattr(user, name) for name in AUDITED_USER_FIELDS}
    values["groups"] = sorted(user.groups.values_list("name", flat=True))
    return values


class FreelancerProfileInline(admin.StackedInline[FreelancerProfile, User]):
    model = FreelancerProfile
    extra = 0


class ClientProfileInline(admin.StackedInline[ClientProfile, User]):
    model = ClientProfile
    extra = 0


@admin.register(User)
class UserAdmin(DjangoUserAdmin):  # our User is not an AbstractUser, so no type argument
    ordering = ["email"]
    list_display = [
        "email",
        "full_name",
        "is_freelancer",
        "is_client",
        "is_staff",
        "email_verified_at",
        "date_joined",
    ]
    list_filter = ["is_freelancer", "is_client", "is_staff", "is_active", "groups"]
    search_fields = [
        "email",
        "full_name",
        "freelancer_profile__display_name",
        "client_profile__company",
    ]
    readonly_fields = ["date_joined", "last_login", "email_verified_at"]
    inlines = [FreelancerProfileInline, ClientProfileInline]
    form = UserReasonForm
    add_form = UserAddReasonForm
    fieldsets = (
        (None, {"fields": ("email", "password", "full_name")}),
        (
            "Roles",
            {
                "fields": (
                    "is_freelancer",
                    "is_client",
                    "is_active",
                    "is_staff",
                    "is_superuser",
                    "groups",
                )
            },
        ),
        ("Dates", {"fields": ("date_joined", "last_login", "email_verified_at")}),
        ("Audit", {"fields": ("change_reason",)}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("email", "password1", "password2", "change_reason"),
            },
        ),
    )
    filter_horizontal = ["groups"]

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        # The person as they were, read before this form's changes are saved.
        form.audit_before = _snapshot(User.objects.filter(pk=obj.pk).first() if change else None)
        super().save_model(request, obj, form, change)

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        # Groups and profiles are saved here, in the change view's transaction; the edit
        # goes on the audit trail before it commits.
        super().save_related(request, form, formsets, change)
        before, after = form.audit_before, _snapshot(form.instance)
        changed = [name for name in after if before.get(name) != after[name]]
        profiles = sorted(
            f"{type(inline_form.instance).__name__}.{name}"
            for formset in formsets
            for inline_form in formset.forms
            if inline_form.has_changed()
            for name in inline_form.changed_data
        )
        record_staff_edit(
            by=request.user,
            action="user_changed" if change else "user_added",
            reason=form.cleaned_data["change_reason"],
            data={
                "model": "accounts.user",
                "id": form.instance.pk,
                "from": {name: before[name] for name in changed} if change else {},
                "to": {name: after[name] for name in changed} if change else after,
                "profiles": profiles,
                "password_set": "password1" in form.changed_data,
            },
        )

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def user_change_password(
        self, request: HttpRequest, id: str, form_url: str = ""
    ) -> HttpResponse:
        raise PermissionDenied("A password is reset by its owner (the sign-in page's link).")


# Staff groups' permissions are code (accounts.demo.STAFF_GROUP_PERMISSIONS, granted by a
# migration): an edit here would change what a whole group may do, unaudited.
admin.site.unregister(Group)


@admin.register(Group)
class GroupAdmin(ReadOnlyMixin, auth_admin.GroupAdmin):
    pass


@admin.register(ApiToken)
class ApiTokenAdmin(ReadOnlyAdmin):
    list_display = ["name", "user", "prefix", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["name", "user__email", "prefix"]
    exclude = ["digest"]


@admin.register(UserSession)
class UserSessionAdmin(ReadOnlyAdmin):
    list_display = ["user", "ip_address", "user_agent", "created_at", "last_seen_at"]
    search_fields = ["user__email", "ip_address"]
    exclude = ["session_key"]


@admin.register(AccountEvent)
class AccountEventAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "kind", "user", "ip_address"]
    list_filter = ["kind"]
    search_fields = ["user__email", "ip_address"]
    date_hierarchy = "created_at"
