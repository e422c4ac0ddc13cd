"""Reads: turning account rows into profiles and finding a client's candidates by index.

Design: one round trip fetches, for every blocking key of the client, up to
MAX_BLOCK_SIZE + 1 matching account ids, and for every value the weights need, how many
accounts hold it (counted up to FREQUENCY_CAP, enough for a weight); a second fetches the
candidate rows. Both use only the single-column indexes on MarketplaceAccount, so the cost
does not grow with the number of accounts.
"""

from __future__ import annotations

import time
from functools import lru_cache
from typing import Any

from django.db import connection

from directcontracts.circumvention import normalize as n
from directcontracts.circumvention.matcher import (
    COUNTED_KEYS,
    FREQUENCY_CAP,
    MAX_BLOCK_SIZE,
    MULTI_KEYS,
    Frequencies,
    Profile,
    block_limit,
    name_fields,
    profile_from_record,
)
from directcontracts.circumvention.models import MarketplaceAccount, MatchKey
from directcontracts.core.prepared import fetch_prepared

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


# Normalised columns, plus the values as given that issue 14's comparisons read (name,
# email, company): rebuilding a row's profile from its columns costs a few microseconds,
# where parsing its phone number again would cost a hundred.
PROFILE_COLUMNS = (
    "id", "email", "name", "company", "email_key", "email_loose", "email_local", "email_domain",
    "phone_e164", "phone_national", "card", "device", "device_model", "name_key",
    "name_phonetic", "country_code", "company_key", "org_domain", "ip", "ip_network",
)  # fmt: skip


def profile_from_row(row: dict[str, Any]) -> Profile:
    return Profile(
        id=str(row["id"]),
        email_key=row["email_key"],
        email_loose=row["email_loose"],
        email_local=row["email_local"],
        email_domain=row["email_domain"],
        email_local_typed=n.email_local_typed(row["email"] or None),
        phone=row["phone_e164"],
        phone_national=row["phone_national"],
        card=row["card"],
        device=row["device"],
        device_model=row["device_model"],
        name_key=row["name_key"],
        name_phonetic=row["name_phonetic"],
        country=row["country_code"],
        company=row["company_key"],
        org_domain=row["org_domain"],
        ip=row["ip"],
        ip_network=row["ip_network"],
        email_forms=n.email_local_forms(row["email"] or None),
        company_acronyms=n.company_acronyms(row["company"] or None),
        **name_fields(row["name"] or None, row["email"] or None),
    )


def match_key_strings(profile: Profile) -> list[str]:
    """The MatchKey rows of a profile, `kind=value`."""
    return list(dict.fromkeys(f"{kind}={value}"[:300] for kind, value in profile.more_keys()))


def file_match_keys(accounts: list[tuple[int, Profile]]) -> None:
    """Replace the multi-valued blocking keys of these accounts."""
    MatchKey.objects.filter(account_id__in=[pk for pk, _ in accounts]).delete()
    MatchKey.objects.bulk_create(
        [
            MatchKey(account_id=pk, key=key)
            for pk, profile in accounts
            for key in match_key_strings(profile)
        ],
        batch_size=5000,
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


_country_cache: dict[str, tuple[float, dict[str, int]]] = {}


def country_people() -> dict[str, int]:
    """Accounts per country, from PostgreSQL's statistics (the most common values' shares
    of the row estimate), refreshed each minute: the frequency counts stop at FREQUENCY_CAP,
    and a name's or an employer's share is taken among its country's accounts. Empty
    elsewhere, or before the table is analysed (the capped counts are used then)."""
    cached = _country_cache.get(connection.alias)
    if cached and time.monotonic() - cached[0] < 60:
        return cached[1]
    people: dict[str, int] = {}
    if connection.vendor == "postgresql":
        total = account_total()
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT unnest(most_common_vals::text::text[]), unnest(most_common_freqs) "
                "FROM pg_stats WHERE tablename = %s AND attname = 'country_code'",
                [MarketplaceAccount._meta.db_table],
            )
            people = {str(value): int(share * total) for value, share in cursor.fetchall()}
    _country_cache[connection.alias] = (time.monotonic(), people)
    return people


def forget_account_total() -> None:
    _total_cache.clear()
    _common_counts.clear()
    _country_cache.clear()


BLOCK_SLOTS = (
    *BLOCK_COLUMNS.items(),
    ("org_name_c", "org_name_company"),
    ("org_name_d", "org_name_domain"),
)
FREQUENCY_SLOTS = (*FREQUENCY_COLUMNS.items(), ("org_c", "company_key"), ("org_d", "org_domain"))


@lru_cache(maxsize=1)
def _lookup_sql() -> str:
    """One statement of constant text (so the driver prepares it once per connection).

    Missing values are passed as NULL, which matches nothing and costs an index probe.
    """
    table = MarketplaceAccount._meta.db_table
    parts = [
        f"SELECT * FROM (SELECT {i} AS k, id AS v FROM {table} "  # noqa: S608
        f"WHERE {column} = %s AND is_active LIMIT {MAX_BLOCK_SIZE + 1}) AS b{i}"
        for i, (_, column) in enumerate(BLOCK_SLOTS)
    ]
    parts += [
        f"SELECT {-1 - i} AS k, count(*) AS v FROM "  # noqa: S608
        f"(SELECT 1 FROM {table} WHERE {column} = %s LIMIT {FREQUENCY_CAP}) AS f{i}"
        for i, (_, column) in enumerate(FREQUENCY_SLOTS)
    ]
    return " UNION ALL ".join(parts)


def _slot_values(
    profile: Profile,
) -> tuple[list[str | None], list[tuple[str, str | None, str | None]]]:
    """Parameters for _lookup_sql and, per frequency slot, (field, frequency key, parameter)."""
    keys = dict(profile.blocking_keys())
    org_names = [v for k, v in profile.blocking_keys() if k == "org_name"]
    blocks: list[str | None] = [keys.get(kind) for kind in BLOCK_COLUMNS]
    blocks.append(next((v for v in org_names if v.startswith("c:")), None))
    blocks.append(next((v for v in org_names if v.startswith("d:")), None))
    frequencies = [(f, getattr(profile, f), getattr(profile, f)) for f in FREQUENCY_COLUMNS]
    frequencies.append(("org", profile.company and f"c:{profile.company}", profile.company))
    frequencies.append(
        ("org", profile.org_domain and f"d:{profile.org_domain}", profile.org_domain)
    )
    return blocks, frequencies


def _run_lookup(params: list[str | None]) -> list[tuple[int, int]]:
    """Run the lookup; on PostgreSQL as a prepared statement, which saves its planning."""
    if connection.vendor == "postgresql":
        return [(int(k), int(v)) for k, v in fetch_prepared(_lookup_sql(), params)]
    with connection.cursor() as cursor:
        cursor.execute(_lookup_sql(), params)
        return [(int(k), int(v)) for k, v in cursor.fetchall()]


# Counts of common values (a country, a phone model, a big company's domain) barely move, and
# counting them reads up to FREQUENCY_CAP index entries; they are remembered for a while.
COMMON_COUNT = 100
COMMON_COUNT_SECONDS = 600.0
_common_counts: dict[tuple[str, str], tuple[float, int]] = {}


def _remembered(field_name: str, key: str | None, now: float) -> int | None:
    if not key:
        return None
    cached = _common_counts.get((field_name, key))
    if cached and now - cached[0] < COMMON_COUNT_SECONDS:
        return cached[1]
    return None


@lru_cache(maxsize=1)
def _keys_sql() -> str:
    table = MatchKey._meta.db_table
    return (
        "SELECT k.key, m.account_id FROM unnest(%s::text[]) AS k(key) CROSS JOIN LATERAL "  # noqa: S608
        f"(SELECT account_id FROM {table} WHERE key = k.key LIMIT {MAX_BLOCK_SIZE + 1}) AS m"
    )


def _run_keys_lookup(keys: list[str]) -> list[tuple[str, int]]:
    if not keys:
        return []
    if connection.vendor == "postgresql":
        return [(str(k), int(v)) for k, v in fetch_prepared(_keys_sql(), [keys])]
    table = MatchKey._meta.db_table
    rows: list[tuple[str, int]] = []
    with connection.cursor() as cursor:
        for key in keys:
            cursor.execute(
                f"SELECT account_id FROM {table} WHERE key = %s LIMIT {MAX_BLOCK_SIZE + 1}",  # noqa: S608
                [key],
            )
            rows.extend((key, int(r[0])) for r in cursor.fetchall())
    return rows


def _multi_key_candidates(profile: Profile, freq: Frequencies) -> set[int]:
    """Accounts sharing a multi-valued key (MatchKey rows), and the counts the weights need:
    a counted key's holders, and how many accounts are one phone edit away."""
    wanted = {
        f"{kind}={value}"[:300]: (kind, value)
        for kind, value in profile.lookup_keys()
        if kind in MULTI_KEYS
    }
    blocks: dict[str, list[int]] = {}
    for key, account_id in _run_keys_lookup(list(wanted)):
        blocks.setdefault(key, []).append(account_id)
    ids: set[int] = set()
    near: set[int] = set()
    for key, block in blocks.items():
        kind, value = wanted[key]
        if kind in COUNTED_KEYS:
            freq.counts[(kind, value)] = len(block)
        if len(block) <= block_limit(kind):
            ids.update(block)
            if kind == "phone_near":
                near.update(block)
    if profile.phone_national:
        freq.counts[("phone_near", profile.phone_national)] = len(near)
    return ids


def find_candidates(
    profile: Profile, *, exclude_user_id: int | None = None
) -> tuple[list[Profile], Frequencies]:
    """The accounts sharing a blocking key with the profile, and the value frequencies."""
    blocks, frequencies = _slot_values(profile)
    freq = Frequencies(total=max(account_total(), 1))
    if profile.country and (people := country_people().get(profile.country)):
        freq.counts[("country_people", profile.country)] = people
    multi = any(kind in MULTI_KEYS for kind, _ in profile.lookup_keys())
    if not any(blocks) and not multi:
        return [], freq
    now = time.monotonic()
    params: list[str | None] = list(blocks)
    for field_name, field_key, param in frequencies:
        remembered = _remembered(field_name, field_key, now)
        if remembered is not None and field_key:
            freq.counts[(field_name, field_key)] = remembered
            param = None
        params.append(param)
    members: dict[int, list[int]] = {}
    for key, value in _run_lookup(params):
        if key < 0:
            field_name, field_key, _ = frequencies[-key - 1]
            if field_key and (field_name, field_key) not in freq.counts:
                freq.counts[(field_name, field_key)] = int(value)
                if value >= COMMON_COUNT:
                    _common_counts[(field_name, field_key)] = (now, int(value))
        else:
            members.setdefault(key, []).append(int(value))
    ids: set[int] = set()
    for block in members.values():
        if len(block) <= MAX_BLOCK_SIZE:
            ids.update(block)
    ids |= _multi_key_candidates(profile, freq)
    if not ids:
        return [], freq
    rows = MarketplaceAccount.objects.filter(id__in=ids, is_active=True)
    if exclude_user_id is not None:
        rows = rows.exclude(user_id=exclude_user_id)
    profiles = [profile_from_row(row) for row in rows.values(*PROFILE_COLUMNS)]
    return profiles, freq


def profile_for_values(values: dict[str, Any], *, subject: str) -> Profile:
    return profile_from_record({**values, "id": subject})
