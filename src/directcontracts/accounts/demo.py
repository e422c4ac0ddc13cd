"""Demo people: one per persona, all with the same password, printed by `make run`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyotp
from django.contrib.auth.models import Group, Permission

from directcontracts.accounts.models import (
    AccountKind,
    ClientProfile,
    FreelancerProfile,
    StaffGroup,
    TotpDevice,
    User,
)
from directcontracts.core import clock

DEMO_PASSWORD = "demo-escrow-2026"  # noqa: S105 - demo data, printed on purpose
DIRECT_CLIENT_EMAIL = "client@demo.test"

DEMO_PEOPLE = [
    # email, name, freelancer, client, staff groups, superuser
    ("freelancer@demo.test", "Fiona Freelancer", True, False, [], False),
    ("agency@demo.test", "Arun Agency", True, False, [], False),
    # A client who came through a Direct Contract invitation (a lightweight account).
    ("client@demo.test", "Carl Client", False, True, [], False),
    # A marketplace client: inviting this address to a Direct Contract is refused.
    ("marketplace.client@demo.test", "Mia Marketplace", False, True, [], False),
    ("both@demo.test", "Bea Both", True, True, [], False),
    ("trust@demo.test", "Tom Trust", False, False, [StaffGroup.TRUST_SAFETY], False),
    # A second Trust & Safety member: an appeal is decided by someone who took no action in
    # the case (trust/appeals.py), so one member alone could never try the appeal flow.
    ("appeals@demo.test", "Ana Appeals", False, False, [StaffGroup.TRUST_SAFETY], False),
    ("support@demo.test", "Sue Support", False, False, [StaffGroup.SUPPORT], False),
    ("finance@demo.test", "Fay Finance", False, False, [StaffGroup.FINANCE], False),
    ("admin@demo.test", "Ada Admin", False, False, [], True),
]


# What each staff group may do, as "app_label.codename" (apps grant theirs here; a
# permission whose app is not installed yet is skipped).
STAFF_GROUP_PERMISSIONS: dict[str, list[str]] = {
    # Trust & Safety work the case queue (trust/) and mediate disputes; the rest they read.
    StaffGroup.TRUST_SAFETY: [
        "trust.handle_case",
        "trust.view_case",
        "trust.view_auditentry",
        "trust.view_velocityrule",
        "trust.change_velocityrule",
        "trust.view_velocityhit",
        "disputes.view_dispute",
        "disputes.view_chargebackcase",
        "circumvention.view_circumventioncheck",
        "screening.view_screeningattempt",
        "verification.view_suspiciousdomain",
        "verification.view_signedrequest",
        "catalog.view_catalogversion",
    ],
    # Finance watch the books: reconciliation alerts, payouts, dormant escrow; read-only.
    StaffGroup.FINANCE: [
        "ledger.view_financealert",
        "ledger.change_financealert",
        "ledger.view_account",
        "ledger.view_transfer",
        "ledger.view_entry",
        "payments.view_payment",
        "payments.view_payout",
        "disputes.view_dormancycase",
        "disputes.view_chargebackcase",
        "catalog.view_catalogversion",
    ],
    # Support works the Get Help queue and looks after the Help Center's articles.
    StaffGroup.SUPPORT: [
        "support.handle_ticket",
        "support.view_ticket",
        "support.add_cannedreply",
        "support.change_cannedreply",
        "support.delete_cannedreply",
        "support.view_cannedreply",
        "helpcenter.add_article",
        "helpcenter.change_article",
        "helpcenter.view_article",
        "helpcenter.publish_article",
        "helpcenter.view_articleversion",
        "helpcenter.view_articlevote",
        "helpcenter.add_section",
        "helpcenter.change_section",
        "helpcenter.view_section",
        "helpcenter.view_category",
    ],
}


def grant_staff_permissions(group_model: Any, permission_model: Any) -> None:
    """Give each staff group its permissions (works with a migration's historical models)."""
    for name, wanted in STAFF_GROUP_PERMISSIONS.items():
        group, _ = group_model.objects.get_or_create(name=name)
        for label in wanted:
            app_label, _, codename = label.partition(".")
            permission = permission_model.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)


def ensure_staff_groups() -> None:
    for group in StaffGroup:
        Group.objects.get_or_create(name=group.value)
    grant_staff_permissions(Group, Permission)


def load_people(write: Callable[[str], None]) -> None:
    ensure_staff_groups()
    for email, name, is_freelancer, is_client, groups, superuser in DEMO_PEOPLE:
        user = User.objects.get_by_email(email)
        if user is None:
            user = User.objects.create_user(
                email,
                DEMO_PASSWORD,
                full_name=name,
                is_freelancer=is_freelancer,
                is_client=is_client,
                is_staff=bool(groups) or superuser,
                is_superuser=superuser,
                email_verified_at=clock.now(),
                account_kind=AccountKind.DIRECT_CLIENT
                if email == DIRECT_CLIENT_EMAIL
                else AccountKind.MARKETPLACE,
            )
        for group in groups:
            user.groups.add(Group.objects.get(name=group))
        if is_freelancer:
            FreelancerProfile.objects.get_or_create(
                user=user,
                defaults={
                    "display_name": name,
                    "country": "PT",
                    "payout_currency": "EUR",
                    "agency_name": "Arun & Co. Studio" if email.startswith("agency") else "",
                },
            )
        if is_client:
            ClientProfile.objects.get_or_create(
                user=user,
                defaults={"name": name, "company": "Northwind Bakery Ltd", "country": "GB"},
            )
    write(f"Demo sign-ins (password for all: {DEMO_PASSWORD}):")
    for email, name, *_ in DEMO_PEOPLE:
        user = User.objects.get_by_email(email)
        secret = _staff_totp_secret(user) if user is not None else None
        key = f"  two-factor key: {secret}" if secret else ""
        write(f"  {email:<30} {name}{key}")
    write(
        "Staff sign in with a code from an authenticator app set up with their two-factor key, "
        "or: .venv/bin/python -c \"import pyotp; print(pyotp.TOTP('KEY').now())\""
    )


def _staff_totp_secret(user: User) -> str | None:
    """Staff must use two-factor sign-in: each demo staff account gets a key (kept once made)."""
    if not (user.is_staff or user.is_superuser):
        return None
    device, _ = TotpDevice.objects.get_or_create(
        user=user, defaults={"secret": pyotp.random_base32(), "confirmed_at": clock.now()}
    )
    if device.confirmed_at is None:
        TotpDevice.objects.filter(pk=device.pk).update(confirmed_at=clock.now())
    return device.secret
