"""The verifier's records in the back office, read only.

A key is retired (`directcontracts rotate_verification_keys --retire KID`), never deleted:
what it signed then answers "forged" and the row stays as the record of when it stopped. Like
every other record here that a service or a command writes (core/admin_site.py's
`ReadOnlyAdmin`), none of these is added, changed or deleted by hand, where nothing would
audit it.
"""

from typing import Any

from django.contrib import admin
from django.db.models import Q

from directcontracts.core.admin_money import MoneyFieldsMixin
from directcontracts.core.admin_site import OwnMattersAdminMixin, ReadOnlyAdmin
from directcontracts.core.own_matter import contract_ids_of
from directcontracts.verification.models import SignedRequest, SuspiciousDomain, VerificationKey


@admin.register(SuspiciousDomain)
class SuspiciousDomainAdmin(ReadOnlyAdmin):
    list_display = ["domain", "forged_count", "foreign_count", "first_seen_at", "last_seen_at"]
    search_fields = ["domain"]


@admin.register(VerificationKey)
class VerificationKeyAdmin(ReadOnlyAdmin):
    list_display = ["kid", "created_at", "retired_at"]


@admin.register(SignedRequest)
class SignedRequestAdmin(OwnMattersAdminMixin, MoneyFieldsMixin, ReadOnlyAdmin):
    # A request to pay into a contract the member is a party to (core/own_matter.py).
    party_what = "this payment request"

    def rows_about(self, user: Any) -> Q:
        return Q(contract_id__in=contract_ids_of(user))

    list_display = ["code", "kind", "reference", "amount_minor", "currency", "expires_at"]
    list_filter = ["kind"]
    search_fields = ["code", "reference"]
