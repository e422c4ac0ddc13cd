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
from directcontracts.circumvention.matcher import Profile

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


def splink_candidate_pairs(
    clients: list[Profile], accounts: Iterable[Profile]
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
        con.close()
    return pairs
