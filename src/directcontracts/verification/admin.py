from django.contrib import admin
from django.http import HttpRequest

from directcontracts.core.admin_money import MoneyFieldsMixin
from directcontracts.verification.models import SignedRequest, SuspiciousDomain, VerificationKey


@admin.register(SuspiciousDomain)
class SuspiciousDomainAdmin(admin.ModelAdmin):
    list_display = ["domain", "forged_count", "foreign_count", "first_seen_at", "last_seen_at"]
    search_fields = ["domain"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(VerificationKey)
class VerificationKeyAdmin(admin.ModelAdmin):
    list_display = ["kid", "created_at", "retired_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # `directcontracts rotate_verification_keys`

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(SignedRequest)
class SignedRequestAdmin(MoneyFieldsMixin, admin.ModelAdmin):
    list_display = ["code", "kind", "reference", "amount_minor", "currency", "expires_at"]
    list_filter = ["kind"]
    search_fields = ["code", "reference"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
