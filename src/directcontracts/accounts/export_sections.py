"""The parts of "Download your data" that accounts can read itself: the profile, the
account's security history, notices and ledger statement lines (notifications and ledger
sit below accounts). Each reads in a fixed number of queries."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from directcontracts.accounts.models import AccountEvent, ApiToken, User, UserSession
from directcontracts.ledger import chart
from directcontracts.ledger.models import Account, Entry
from directcontracts.notifications.models import Notice

MAX_ROWS = 100_000  # a bound on any one list; far above what a person accumulates


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _own_rows(
    rows: QuerySet[Any], fields: tuple[str, ...], *, times: tuple[str, ...]
) -> list[dict[str, Any]]:
    """The person's own rows, oldest first, as dicts: `fields` as they are, then `times` as
    ISO text."""
    return [
        {name: getattr(row, name) for name in fields}
        | {name: _iso(getattr(row, name)) for name in times}
        for row in rows.order_by("created_at", "id")[:MAX_ROWS]
    ]


def profile(user: User) -> dict[str, Any]:
    freelancer = getattr(user, "freelancer_profile", None)
    client = getattr(user, "client_profile", None)
    return {
        "id": user.pk,
        "email": user.email,
        "full_name": user.full_name,
        "roles": [r for r in ("freelancer", "client") if getattr(user, f"is_{r}")],
        "account_kind": user.account_kind,
        "email_verified_at": _iso(user.email_verified_at),
        "date_joined": _iso(user.date_joined),
        "freelancer_profile": {
            "display_name": freelancer.display_name,
            "country": freelancer.country,
            "payout_currency": freelancer.payout_currency,
            "agency_name": freelancer.agency_name,
        }
        if freelancer
        else None,
        "client_profile": {
            "name": client.name,
            "company": client.company,
            "country": client.country,
        }
        if client
        else None,
        "two_factor_on": hasattr(user, "totp_device") and user.totp_device.confirmed,
        "api_tokens": _own_rows(
            ApiToken.objects.filter(user=user),
            ("name", "prefix"),
            times=("created_at", "last_used_at", "expires_at", "revoked_at"),
        ),
        "sessions": _own_rows(
            UserSession.objects.filter(user=user),
            ("ip_address", "user_agent"),
            times=("created_at", "last_seen_at"),
        ),
    }


def account_history(user: User) -> list[dict[str, Any]]:
    return _own_rows(
        AccountEvent.objects.filter(user=user),
        ("kind", "ip_address", "detail"),
        times=("created_at",),
    )


def notices(user: User) -> list[dict[str, Any]]:
    return _own_rows(
        Notice.objects.filter(recipient=user),
        ("kind", "title", "about", "body", "url"),
        times=("created_at", "read_at"),
    )


def ledger_statement(user: User) -> list[dict[str, Any]]:
    """Every entry on the person's own ledger accounts (freelancer balance, pending payout,
    client refundable): one query for the accounts, one for their entries."""
    accounts = {
        a.pk: a
        for a in Account.objects.filter(
            owner_type__in=[chart.FREELANCER, chart.CLIENT], owner_id=user.pk
        )
    }
    rows = (
        Entry.objects.filter(account_id__in=list(accounts))
        .order_by("created_at", "pk")
        .values_list(
            "account_id",
            "side",
            "posted_delta",
            "pending_delta",
            "created_at",
            "transfer__code",
            "transfer__reference",
        )[:MAX_ROWS]
    )
    lines = []
    for account_id, side, posted, pending, created_at, code, reference in rows:
        account = accounts[account_id]
        lines.append(
            {
                "account": account.code,
                "currency": account.currency,
                "side": side,
                "posted_minor": posted,
                "pending_minor": pending,
                "what": code,
                "reference": reference,
                "at": _iso(created_at),
            }
        )
    return lines


def register() -> None:
    from directcontracts.accounts.personal_data import register_export_section

    register_export_section("profile", profile)
    register_export_section("account_history", account_history)
    register_export_section("notices", notices)
    register_export_section("ledger_statement", ledger_statement)
