"""Batch linkage for large populations: Splink on DuckDB finds the pairs, the matcher decides.

Design: Splink (the Fellegi-Sunter engine that scales out from DuckDB to Spark) generates
candidate pairs with the same blocking keys the real-time path uses; each pair is then scored
by matcher.compare with frequencies counted over all accounts, so a batch decision is exactly
the decision the real-time check would have made. Profiles are written to a temporary JSON
lines file and read by DuckDB, which keeps a million rows out of Python-side inserts.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from directcontracts.circumvention import normalize as n
from directcontracts.circumvention.matcher import MULTI_KEYS, Profile, block_limit

KEY_COLUMNS = (
    "email", "email_loose", "phone", "phone_tail", "card", "device", "name_country",
    "org_name_c", "org_name_d",
)  # fmt: skip


def _keys(profile: Profile) -> dict[str, str | None]:
    keys: dict[str, str | None] = dict.fromkeys(KEY_COLUMNS)
    for kind, value in profile.blocking_keys():
        if kind == "org_name":
            keys["org_name_c" if value.startswith("c:") else "org_name_d"] = value
        elif kind in keys:
            keys[kind] = value
    keys["phone_tail"] = n.phone_tail(profile.phone_national)
    return keys


def _write(path: Path, profiles: Iterable[Profile]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for profile in profiles:
            handle.write(json.dumps({"unique_id": profile.id, **_keys(profile)}) + "\n")


def _write_multi(path: Path, profiles: Iterable[Profile], *, lookup: bool) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for profile in profiles:
            keys = profile.lookup_keys() if lookup else profile.more_keys()
            for kind, value in keys:
                if kind in MULTI_KEYS:
                    row = {"unique_id": profile.id, "kind": kind, "key": f"{kind}={value}"}
                    handle.write(json.dumps(row) + "\n")


def multi_key_pairs(con: Any, folder: Path, clients: list[Profile], accounts: list[Profile]) -> dict[str, set[str]]:  # fmt: skip
    """Pairs sharing a multi-valued key (a phone deletion key, a name skeleton ...): each
    client holds several, so they are joined in DuckDB beside Splink's single-valued rules,
    with the same block-size limits as the index."""
    clients_path, accounts_path = folder / "client_keys.jsonl", folder / "account_keys.jsonl"
    _write_multi(clients_path, clients, lookup=True)
    _write_multi(accounts_path, accounts, lookup=False)
    columns = "{'unique_id': 'VARCHAR', 'kind': 'VARCHAR', 'key': 'VARCHAR'}"
    for table, path in (("client_keys", clients_path), ("account_keys", accounts_path)):
        con.execute(
            f"CREATE TABLE {table} AS SELECT * FROM read_json(?, "  # noqa: S608
            f"format='newline_delimited', columns={columns})",
            [str(path)],
        )
    limits = " ".join(f"WHEN '{kind}' THEN {block_limit(kind)}" for kind in sorted(MULTI_KEYS))
    rows = con.execute(
        "WITH sizes AS (SELECT key, count(*) AS n FROM account_keys GROUP BY key) "  # noqa: S608
        "SELECT DISTINCT c.unique_id, a.unique_id FROM client_keys c "
        "JOIN sizes s ON s.key = c.key JOIN account_keys a ON a.key = c.key "
        f"WHERE s.n <= CASE c.kind {limits} END"
    ).fetchall()
    pairs: dict[str, set[str]] = {}
    for client_id, account_id in rows:
        pairs.setdefault(str(client_id), set()).add(str(account_id))
    return pairs


def phone_near_counts(con: Any) -> dict[str, int]:
    """Client id -> accounts within one phone edit (the union of its phone_near blocks, each
    within the block limit), the count the phone's one-edit weight is reduced by."""
    rows = con.execute(
        "WITH sizes AS (SELECT key, count(*) AS n FROM account_keys GROUP BY key) "  # noqa: S608
        "SELECT c.unique_id, count(DISTINCT a.unique_id) FROM client_keys c "
        "JOIN sizes s ON s.key = c.key JOIN account_keys a ON a.key = c.key "
        f"WHERE c.kind = 'phone_near' AND s.n <= {block_limit('phone_near')} "
        "GROUP BY c.unique_id"
    ).fetchall()
    return {str(client_id): int(count) for client_id, count in rows}


def splink_candidate_pairs(
    clients: list[Profile], accounts: list[Profile], near: dict[str, int] | None = None
) -> dict[str, set[str]]:
    """Client id -> ids of accounts sharing at least one blocking key, found by Splink."""
    import duckdb
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    with tempfile.TemporaryDirectory(prefix="circumvention-") as folder:
        clients_path, accounts_path = (
            Path(folder) / "clients.jsonl",
            Path(folder) / "accounts.jsonl",
        )
        _write(clients_path, clients)
        _write(accounts_path, accounts)
        con = duckdb.connect()
        columns = "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in ("unique_id", *KEY_COLUMNS)) + "}"
        for table, path in (("clients", clients_path), ("accounts", accounts_path)):
            con.execute(
                f"CREATE TABLE {table} AS SELECT * FROM read_json(?, "  # noqa: S608
                "format='newline_delimited', "
                f"columns={columns})",
                [str(path)],
            )
        rules: list[Any] = [block_on(column) for column in KEY_COLUMNS]
        settings = SettingsCreator(
            link_type="link_only",
            blocking_rules_to_generate_predictions=rules,
            comparisons=[
                cl.ExactMatch(column).configure(
                    m_probabilities=[0.5, 0.5], u_probabilities=[0.001, 0.999]
                )
                for column in ("email", "phone", "card", "device")
            ],
        )
        api = DuckDBAPI(connection=con)
        linker = Linker(
            [
                api.register("clients", dataset_display_name="clients"),
                api.register("accounts", dataset_display_name="accounts"),
            ],
            settings,
            log_level="WARNING",
        )
        pairs: dict[str, set[str]] = {}
        for row in linker.inference.predict().as_record_list():
            if row["source_dataset_l"] == "clients":
                client_id, account_id = row["unique_id_l"], row["unique_id_r"]
            else:
                client_id, account_id = row["unique_id_r"], row["unique_id_l"]
            pairs.setdefault(str(client_id), set()).add(str(account_id))
        for client_id, found in multi_key_pairs(con, Path(folder), clients, accounts).items():
            pairs.setdefault(client_id, set()).update(found)
        if near is not None:
            near.update(phone_near_counts(con))
        con.close()
    return pairs
