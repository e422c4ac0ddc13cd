"""Reads: turning account rows into profiles and finding a client's candidates by index.

Design: one round trip fetches, for every blocking key of the client, up to
MAX_BLOCK_SIZE + 1 matching account ids, and for every value the weights need, how many
accounts hold it (counted up to FREQUENCY_CAP, enough for a weight); a second fetches the
candidate rows. Both use only the single-column indexes on MarketplaceAccount, so the cost
does not grow with the number of accounts.
"""

from __future__ import annotations

import time
from typing import Any

from django.db import connection

from directcontracts.circumvention import normalize as n
from directcontracts.circumvention.matcher import (
    FREQUENCY_CAP,
    MAX_BLOCK_SIZE,
    Frequencies,
    Profile,
    profile_from_record,
)
from directcontracts.circumvention.models import MarketplaceAccount

# Profile blocking-key kinds -> the column holding that key.
BLOCK_COLUMNS = {
    "email": "email_key",
    "email_loose": "email_loose",
    "phone": "phone_e164",
    "phone_tail": "phone_tail",
    "card": "card",
    "device": "device",
    "name_country": "name_country",
}
# Frequency fields (matcher.FREQUENCY_FIELDS) -> column; "org" is looked up per kind.
FREQUENCY_COLUMNS = {
    "email_key": "email_key",
    "email_local": "email_local",
    "phone": "phone_e164",
    "phone_national": "phone_national",
    "card": "card",
    "device": "device",
    "device_model": "device_model",
    "name_key": "name_key",
    "country": "country_code",
    "ip": "ip",
    "ip_network": "ip_network",
}
PROFILE_COLUMNS = (
    "id", "email_key", "email_loose", "email_local", "email_domain", "phone_e164",
    "phone_national", "card", "device", "device_model", "name_key", "name_phonetic",
    "country_code", "company_key", "org_domain", "ip", "ip_network",
)  # fmt: skip


def account_columns(profile: Profile) -> dict[str, Any]:
    """The normalised columns of a MarketplaceAccount for a profile."""
    org_name_company = (
        f"c:{profile.company}|{profile.name_key}" if profile.company and profile.name_key else None
    )
    org_name_domain = (
        f"d:{profile.org_domain}|{profile.name_key}"
        if profile.org_domain and profile.name_key
        else None
    )
    return {
        "email_key": profile.email_key,
        "email_loose": profile.email_loose,
        "email_local": profile.email_local,
        "email_domain": profile.email_domain,
        "phone_e164": profile.phone,
        "phone_national": profile.phone_national,
        "phone_tail": n.phone_tail(profile.phone_national),
        "card": profile.card,
        "device": profile.device,
        "device_model": profile.device_model,
        "name_key": profile.name_key,
        "name_phonetic": profile.name_phonetic,
        "name_country": f"{profile.country}|{profile.name_phonetic}"
        if profile.country and profile.name_phonetic
        else None,
        "country_code": profile.country,
        "company_key": profile.company,
        "org_domain": profile.org_domain,
        "org_name_company": org_name_company,
        "org_name_domain": org_name_domain,
        "ip": profile.ip,
        "ip_network": profile.ip_network,
    }


def profile_from_row(row: dict[str, Any]) -> Profile:
    tokens = tuple(row["name_key"].split()) if row["name_key"] else ()
    return Profile(
        id=str(row["id"]),
        email_key=row["email_key"],
        email_loose=row["email_loose"],
        email_local=row["email_local"],
        email_domain=row["email_domain"],
        phone=row["phone_e164"],
        phone_national=row["phone_national"],
        card=row["card"],
        device=row["device"],
        device_model=row["device_model"],
        name_tokens=tokens,
        name_key=row["name_key"],
        name_phonetic=row["name_phonetic"],
        country=row["country_code"],
        company=row["company_key"],
        org_domain=row["org_domain"],
        ip=row["ip"],
        ip_network=row["ip_network"],
    )


_total_cache: dict[str, tuple[float, int]] = {}


def account_total() -> int:
    """How many accounts there are; PostgreSQL's planner estimate, refreshed each minute."""
    cached = _total_cache.get(connection.alias)
    if cached and time.monotonic() - cached[0] < 60:
        return cached[1]
    table = MarketplaceAccount._meta.db_table
    total = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE relname = %s", [table])
            row = cursor.fetchone()
            total = int(row[0]) if row and row[0] and row[0] > 0 else 0
        if total <= 0:
            cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608 - table name from the model
            total = int(cursor.fetchone()[0])
    _total_cache[connection.alias] = (time.monotonic(), total)
    return total


def forget_account_total() -> None:
    _total_cache.clear()


def find_candidates(
    profile: Profile, *, exclude_user_id: int | None = None
) -> tuple[list[Profile], Frequencies]:
    """The accounts sharing a blocking key with the profile, and the value frequencies."""
    table = MarketplaceAccount._meta.db_table
    parts: list[str] = []
    params: list[Any] = []
    block_kinds: list[tuple[str, str]] = [
        (k, v) for k, v in profile.blocking_keys() if k in BLOCK_COLUMNS
    ]
    org_keys = [(f"org_name_{'company' if v.startswith('c:') else 'domain'}", v)
                for k, v in profile.blocking_keys() if k == "org_name"]  # fmt: skip
    for index, (kind, value) in enumerate(block_kinds + org_keys):
        column = BLOCK_COLUMNS.get(kind, kind)
        parts.append(
            f"SELECT * FROM (SELECT {index} AS k, id AS v FROM {table} "  # noqa: S608
            f"WHERE {column} = %s AND is_active LIMIT {MAX_BLOCK_SIZE + 1}) AS b{index}"
        )
        params.append(value)
    frequency_queries: list[tuple[str, str]] = []
    for field_name, column in FREQUENCY_COLUMNS.items():
        value = getattr(profile, field_name)
        if value:
            frequency_queries.append((field_name, value))
            parts.append(
                f"SELECT {-len(frequency_queries)} AS k, count(*) AS v FROM "  # noqa: S608
                f"(SELECT 1 FROM {table} WHERE {column} = %s LIMIT {FREQUENCY_CAP}) AS f{len(frequency_queries)}"
            )
            params.append(value)
    for org in profile.orgs:
        column, value = (
            ("company_key", org[2:]) if org.startswith("c:") else ("org_domain", org[2:])
        )
        frequency_queries.append(("org", org))
        parts.append(
            f"SELECT {-len(frequency_queries)} AS k, count(*) AS v FROM "  # noqa: S608
            f"(SELECT 1 FROM {table} WHERE {column} = %s LIMIT {FREQUENCY_CAP}) AS f{len(frequency_queries)}"
        )
        params.append(value)
    freq = Frequencies(total=max(account_total(), 1))
    if not parts:
        return [], freq
    blocks: dict[int, list[int]] = {}
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)  # noqa: S608 - columns from constants
        for key, value in cursor.fetchall():
            if key < 0:
                field_name, field_value = frequency_queries[-key - 1]
                freq.counts[(field_name, field_value)] = int(value)
            else:
                blocks.setdefault(key, []).append(int(value))
    ids: set[int] = set()
    for members in blocks.values():
        if len(members) <= MAX_BLOCK_SIZE:
            ids.update(members)
    if not ids:
        return [], freq
    rows = MarketplaceAccount.objects.filter(id__in=ids)
    if exclude_user_id is not None:
        rows = rows.exclude(user_id=exclude_user_id)
    profiles = [profile_from_row(row) for row in rows.values(*PROFILE_COLUMNS)]
    return profiles, freq


def profile_for_values(values: dict[str, Any], *, subject: str) -> Profile:
    return profile_from_record({**values, "id": subject})
