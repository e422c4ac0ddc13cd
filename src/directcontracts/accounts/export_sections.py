"""The parts of "Download your data" that accounts can read itself: the profile, the
account's security history, notices and ledger statement lines (notifications and ledger
sit below accounts). Each reads in a fixed number of queries."""

from __future__ import annotations

from typing import Any

from directcontracts.accounts.models import AccountEvent, ApiToken, User, UserSession
from directcontracts.ledger import chart
from directcontracts.ledger.models import Account, Entry
from directcontracts.notifications.models import Notice

MAX_ROWS = 100_000  # a bound on any one list; far above what a person accumulates


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


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
        "api_tokens": [
            {
                "name": t.name,
                "prefix": t.prefix,
                "created_at": _iso(t.created_at),
                "last_used_at": _iso(t.last_used_at),
                "expires_at": _iso(t.expires_at),
                "revoked_at": _iso(t.revoked_at),
            }
            for t in ApiToken.objects.filter(user=user).order_by("created_at", "id")[:MAX_ROWS]
        ],
        "sessions": [
            {
                "ip_address": s.ip_address,
                "user_agent": s.user_agent,
                "created_at": _iso(s.created_at),
                "last_seen_at": _iso(s.last_seen_at),
            }
            for s in UserSession.objects.filter(user=user).order_by("created_at", "id")[:MAX_ROWS]
        ],
    }


def account_history(user: User) -> list[dict[str, Any]]:
    return [
        {
            "kind": e.kind,
            "ip_address": e.ip_address,
            "detail": e.detail,
            "created_at": _iso(e.created_at),
        }
        for e in AccountEvent.objects.filter(user=user).order_by("created_at", "id")[:MAX_ROWS]
    ]


def notices(user: User) -> list[dict[str, Any]]:
    return [
        {
            "kind": n.kind,
            "title": n.title,
            "about": n.about,
            "body": n.body,
            "url": n.url,
            "created_at": _iso(n.created_at),
            "read_at": _iso(n.read_at),
        }
        for n in Notice.objects.filter(recipient=user).order_by("created_at", "id")[:MAX_ROWS]
    ]


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
