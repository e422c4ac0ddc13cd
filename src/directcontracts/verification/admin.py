"""The verifier's records in the back office, read only.

A key is retired (`directcontracts rotate_verification_keys --retire KID`), never deleted:
what it signed then answers "forged" and the row stays as the record of when it stopped. Like
every other record here that a service or a command writes (core/admin_site.py's
`ReadOnlyAdmin`), none of these is added, changed or deleted by hand, where nothing would
audit it.
"""

from django.contrib import admin

from directcontracts.core.admin_money import MoneyFieldsMixin
from directcontracts.core.admin_site import ReadOnlyAdmin
from directcontracts.verification.models import SignedRequest, SuspiciousDomain, VerificationKey


@admin.register(SuspiciousDomain)
class SuspiciousDomainAdmin(ReadOnlyAdmin):
    list_display = ["domain", "forged_count", "foreign_count", "first_seen_at", "last_seen_at"]
    search_fields = ["domain"]


@admin.register(VerificationKey)
class VerificationKeyAdmin(ReadOnlyAdmin):
    list_display = ["kid", "created_at", "retired_at"]


@admin.register(SignedRequest)
class SignedRequestAdmin(MoneyFieldsMixin, ReadOnlyAdmin):
    list_display = ["code", "kind", "reference", "amount_minor", "currency", "expires_at"]
    list_filter = ["kind"]
    search_fields = ["code", "reference"]
