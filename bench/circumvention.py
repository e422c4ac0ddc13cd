"""Real-time circumvention check latency with a million accounts in PostgreSQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/directcontracts python bench/circumvention.py
        [--accounts 1000000] [--checks 2000]

Creates (and afterwards drops) its own database, dc_bench_circumvention, on the server that
DATABASE_URL names; loads synthetic accounts with COPY (indexes built after the load), then
times `check_client` (signals, index lookups, scoring and the recorded decision) for a mix
of returning account holders in disguise and new clients. Prints
`accounts=N p50_ms=N p99_ms=N`.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
BENCH_DB = "dc_bench_circumvention"
FIRST = ("james mary robert patricia john jennifer michael linda david elizabeth maria jose anna "
         "luca sofia hiroshi yuki rahul priya olga ivan pierre camille hans greta").split()  # fmt: skip
SYLLABLES = "ka ri mo to na se lu vi do ra pe zo ha mi fe gu bo ti ne sa".split()
DOMAINS = (
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.co.uk",
    "gmx.de",
    "icloud.com",
    "mail.ru",
)
COUNTRIES = (
    ("US", "+1415"),
    ("GB", "+4420"),
    ("DE", "+4930"),
    ("FR", "+331"),
    ("BR", "+5511"),
    ("IN", "+9180"),
)
MODELS = ("iPhone15,2", "Pixel8", "SM-S911B", "Win11-Chrome", "MacBookPro18,3")


def person(i: int) -> dict[str, str | None]:
    rng = random.Random(i)
    first = rng.choice(FIRST)
    last = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
    country, prefix = rng.choice(COUNTRIES)
    company = (
        f"{rng.choice(SYLLABLES)}{rng.choice(SYLLABLES)} {rng.choice(('Ltd', 'GmbH', 'Inc', 'SA'))}"
    )
    with_company = rng.random() < 0.3
    return {
        "id": f"acc_{i:07d}",
        "email": f"{first}.{last}{i}@{rng.choice(DOMAINS)}",
        "name": f"{first.title()} {last.title()}",
        "phone": f"{prefix}{i:07d}" if rng.random() < 0.7 else None,
        "country": country,
        "company": company if with_company else None,
        "payment_fingerprint": f"pf_{i:024x}" if rng.random() < 0.6 else None,
        "device_id": f"{rng.choice(MODELS)}:{i:016x}" if rng.random() < 0.8 else None,
        "ip": f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
    }


def _escape(values: list) -> str:
    return (
        "\t".join(
            "\\N" if v is None else str(v).replace("\\", "\\\\").replace("\t", " ") for v in values
        )
        + "\n"
    )


def _copy_line(i: int) -> tuple[str, str]:
    """The account's row (with id i + 1) and its MatchKey rows (multi-valued keys)."""
    from directcontracts.circumvention.matcher import profile_from_record
    from directcontracts.circumvention.selectors import match_key_strings
    from directcontracts.circumvention.services import account_fields

    record = person(i)
    fields = account_fields(record)
    values = [
        i + 1,
        "imported",
        f"acc_{i:07d}",
        *(fields[c] for c in COLUMNS[3:-2]),
        "t",
        "2026-01-01T00:00:00Z",
    ]
    keys = match_key_strings(profile_from_record(record))
    return _escape(values), "".join(_escape([i + 1, key]) for key in keys)


COLUMNS: list[str] = []


def _init_worker(columns: list[str]) -> None:
    import django

    COLUMNS[:] = columns
    django.setup()


def database_url(base: str, name: str) -> str:
    parts = urlsplit(base)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=1_000_000)
    parser.add_argument("--checks", type=int, default=2000)
    parser.add_argument("--keep", action="store_true", help="keep the bench database afterwards")
    args = parser.parse_args()
    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/directcontracts")
    if not base.startswith("postgres"):
        print("bench/circumvention.py needs DATABASE_URL=postgres://...", file=sys.stderr)
        return 2
    import psycopg

    admin_url = database_url(base, "postgres")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}"')
        conn.execute(f'CREATE DATABASE "{BENCH_DB}"')
    os.environ["DATABASE_URL"] = database_url(base, BENCH_DB)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directcontracts.settings")
    os.environ.setdefault("DIRECTCONTRACTS_VAR_DIR", tempfile.mkdtemp(prefix="dc-bench-"))
    # As production runs (DEBUG on logs every query; on a quiet machine that made no
    # measurable difference: p50 5.5-5.8 ms either way, 5 December 2026).
    os.environ["DEBUG"] = "false"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from directcontracts.circumvention.models import Checkpoint, MarketplaceAccount, MatchKey
    from directcontracts.circumvention.selectors import forget_account_total
    from directcontracts.circumvention.services import account_fields, check_client

    call_command("migrate", verbosity=0)
    table = MarketplaceAccount._meta.db_table
    columns = [
        "id",
        "source",
        "external_id",
        *account_fields({}).keys(),
        "is_active",
        "imported_at",
    ]
    keys_table = MatchKey._meta.db_table
    # 1. Load: indexes off, COPY, indexes back on, statistics.
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN (%s, %s) AND (indexname LIKE %s OR indexname LIKE %s)",
                       [table, keys_table, "mpacc_%", "mpkey_%"])  # fmt: skip
        index_defs = cursor.fetchall()
        for name, _ in index_defs:
            cursor.execute(f'DROP INDEX "{name}"')
    key_lines: list[str] = []
    with (
        Pool(2, initializer=_init_worker, initargs=(columns,)) as pool,
        connection.cursor() as cursor,
    ):
        copy_sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        with cursor.cursor.copy(copy_sql) as copy:
            buffer = io.StringIO()
            for n, (line, keys) in enumerate(
                pool.imap(_copy_line, range(args.accounts), chunksize=2000), start=1
            ):
                buffer.write(line)
                key_lines.append(keys)
                if n % 20000 == 0:
                    copy.write(buffer.getvalue())
                    buffer = io.StringIO()
            copy.write(buffer.getvalue())
        with cursor.cursor.copy(f"COPY {keys_table} (account_id, key) FROM STDIN") as copy:
            for start in range(0, len(key_lines), 20000):
                copy.write("".join(key_lines[start : start + 20000]))
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {args.accounts + 1})"
        )
    loaded = time.perf_counter()
    with connection.cursor() as cursor:
        for _, definition in index_defs:
            cursor.execute(definition)
    # VACUUM sets the visibility map, so counts are index-only scans (autovacuum does it live).
    connection.ensure_connection()
    connection.connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"VACUUM ANALYZE {table}")
        cursor.execute(f"VACUUM ANALYZE {keys_table}")
    indexed = time.perf_counter()
    forget_account_total()
    print(f"load: copy_s={loaded - started:.1f} index_s={indexed - loaded:.1f}", file=sys.stderr)
    # 2. Checks: half returning holders in disguise, half new people.
    rng = random.Random(7)
    timings = []
    decisions: dict[str, int] = {}
    for k in range(args.checks):
        if k % 4 == 2:
            # Issue 14's families: a phone digit dropped, the name in another order.
            holder = person(rng.randrange(args.accounts))
            phone = holder["phone"] or "+14150000000"
            values = {"email": f"x{k}@proton.me", "phone": phone[:-3] + phone[-2:],  # type: ignore[index]
                      "name": " ".join(reversed(str(holder["name"]).split())),
                      "country": holder["country"]}  # fmt: skip
        elif k % 2 == 0:
            holder = person(rng.randrange(args.accounts))
            local, domain = holder["email"].split("@")  # type: ignore[union-attr]
            values = {"email": f"{local.replace('.', '')}+dc@{domain}", "name": holder["name"],
                      "country": holder["country"], "payment_fingerprint": holder["payment_fingerprint"]}  # fmt: skip
        else:
            fresh = person(args.accounts + 10_000_000 + k)
            values = {
                key: fresh[key] for key in ("email", "name", "phone", "country", "company", "ip")
            }
        t0 = time.perf_counter()
        check = check_client(
            subject=f"bench:{k}", checkpoint=Checkpoint.INVITATION_ACCEPTED, **values
        )
        timings.append((time.perf_counter() - t0) * 1000)
        decisions[check.decision] = decisions.get(check.decision, 0) + 1
    timings.sort()
    p50 = statistics.median(timings)
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    print(f"decisions: {decisions}", file=sys.stderr)
    print(f"accounts={args.accounts} p50_ms={p50:.1f} p99_ms={p99:.1f}")
    connection.close()
    if not args.keep:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}"')
    return 0


if __name__ == "__main__":
    sys.exit(main())
