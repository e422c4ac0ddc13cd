from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from directcontracts.accounts.models import (
    AccountEvent,
    ApiToken,
    ClientProfile,
    FreelancerProfile,
    User,
    UserSession,
)
from directcontracts.core.admin_site import ReadOnlyAdmin


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
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)
    filter_horizontal = ["groups"]


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
