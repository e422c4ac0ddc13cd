"""This platform's own marketplace accounts are the first ones invited clients are matched
against: each new one is filed when it is created, and `load_demo` files existing ones."""

from __future__ import annotations

from collections.abc import Callable

from directcontracts.accounts.models import AccountKind, User
from directcontracts.circumvention.services import register_local_account


def file_marketplace_account(user: User) -> None:
    # Lightweight Direct Contracts clients are exactly who we match; never file them.
    if user.account_kind == AccountKind.MARKETPLACE and not user.is_staff:
        register_local_account(user=user)


def file_existing_accounts(write: Callable[[str], None]) -> None:
    users = User.objects.filter(
        account_kind=AccountKind.MARKETPLACE, is_staff=False, is_active=True
    )
    for user in users.select_related("client_profile", "freelancer_profile"):
        register_local_account(user=user)
    write(f"  {users.count()} marketplace accounts filed for circumvention matching")
