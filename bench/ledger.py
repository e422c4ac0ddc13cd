"""Ledger throughput on PostgreSQL: the Python service against a raw TPC-B-like baseline.

Runs in its own database (dc_bench_ledger, dropped and recreated), with CLIENTS worker
processes (not threads: the GIL would cap Python clients):

1. spread: each client calls `post_transfer(...)` COUNT times between random accounts
   of 10,000;
2. hot: the same between 10 hot (sharded) accounts;
3. raw: the same clients run pgbench's TPC-B-like transaction with plain psycopg
   (update two account rows, insert one history row, commit);
4. batch: `post_transfers([...])`, BATCHES batches of 1,000.

The development machine is shared, so its load changes from one second to the next. The
four phases therefore run in ROUNDS rounds, each in a rotated order, and each ratio is
taken within a round (phases seconds apart see about the same load); the figures printed
last are the medians over the rounds. Clients connect before the clock starts.

Prints figures; the last line is
`ledger_tps=N raw_tps=N ratio=R hot_ratio=R batch_tps=N p99_ms=N deadlocks=N`.
Environment: DATABASE_URL (server to use), BENCH_CLIENTS (8), BENCH_COUNT (per client and
round, 1000), BENCH_ROUNDS (5), BENCH_BATCHES (per round, 10).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import random
import sys
import time
from pathlib import Path
from statistics import median
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

BENCH_DB = "dc_bench_ledger"
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "8"))
COUNT = int(os.environ.get("BENCH_COUNT", "1000"))
ACCOUNTS = 10_000
HOT_ACCOUNTS = 10
BATCH = 1000
BATCHES = int(os.environ.get("BENCH_BATCHES", "10"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))


def _url(dbname: str) -> str:
    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/directcontracts")
    parts = urlsplit(base)
    if parts.scheme not in {"postgres", "postgresql"}:
        sys.exit("bench/ledger.py needs DATABASE_URL=postgres://...")
    return urlunsplit(parts._replace(path=f"/{dbname}"))


def _conninfo(dbname: str) -> str:
    return _url(dbname).replace("postgres://", "postgresql://", 1)


def _setup_django() -> None:
    os.environ["DATABASE_URL"] = _url(BENCH_DB)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directcontracts.settings")
    os.environ.setdefault("DEBUG", "true")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def _recreate_database() -> None:
    import psycopg

    with psycopg.connect(_conninfo("postgres"), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {BENCH_DB}")


def _prepare() -> dict[str, list[int]]:
    """Schema, 10,000 funded accounts, 10 hot accounts, and the raw baseline's tables."""
    from django.core.management import call_command

    from directcontracts.ledger.models import AccountCode
    from directcontracts.ledger.services import TransferRequest, create_account, post_transfers

    call_command("migrate", "ledger", verbosity=0)
    source = create_account(code=AccountCode.PROCESSOR_CLEARING, currency="USD", shards=16)
    from directcontracts.core import clock
    from directcontracts.ledger.models import Account

    now = clock.now()
    Account.objects.bulk_create(
        [
            Account(
                code=AccountCode.FREELANCER_AVAILABLE,
                currency="USD",
                owner_type="bench",
                owner_id=n,
                debits_must_not_exceed_credits=True,
                created_at=now,
            )
            for n in range(ACCOUNTS)
        ],
        batch_size=5000,
    )
    spread = list(
        Account.objects.filter(owner_type="bench").order_by("pk").values_list("pk", flat=True)
    )
    for start in range(0, len(spread), BATCH):
        post_transfers(
            [
                TransferRequest(
                    id=f"fund:{pk}",
                    debit_account_id=source.pk,
                    credit_account_id=pk,
                    amount=10**9,
                    currency="USD",
                    code="bench_funding",
                )
                for pk in spread[start : start + BATCH]
            ]
        )
    hot = [
        create_account(
            code=AccountCode.PLATFORM_FEES,
            currency="USD",
            owner_type="bench-hot",
            owner_id=n,
            shards=16,
        ).pk
        for n in range(HOT_ACCOUNTS)
    ]
    import psycopg

    with psycopg.connect(_conninfo(BENCH_DB), autocommit=True) as conn:
        conn.execute(
            "CREATE TABLE bench_accounts (aid int PRIMARY KEY, abalance bigint NOT NULL, "
            "filler char(84))"
        )
        conn.execute(
            "INSERT INTO bench_accounts SELECT g, 1000000000, '' FROM generate_series(0, %s) g",
            [ACCOUNTS - 1],
        )
        conn.execute(
            "CREATE TABLE bench_history (id bigserial PRIMARY KEY, aid_from int, aid_to int, "
            "delta bigint, mtime timestamptz)"
        )
        conn.execute("VACUUM ANALYZE")
    return {"spread": spread, "hot": hot}


def _ledger_client(
    args: tuple[int, list[int], str, mp.synchronize.Barrier],
) -> tuple[list[float], int]:
    client, accounts, tag, barrier = args
    _setup_django()
    from django.db import connection

    from directcontracts.ledger.services import post_transfer

    connection.ensure_connection()
    rng = random.Random(f"{tag}:{client}")
    latencies: list[float] = []
    errors = 0
    barrier.wait()
    for n in range(COUNT):
        debit, credit = rng.sample(accounts, 2)
        started = time.perf_counter()
        try:
            post_transfer(
                id=f"{tag}:{client}:{n}",
                debit_account_id=debit,
                credit_account_id=credit,
                amount=1,
                currency="USD",
                code="bench",
            )
        except Exception:  # noqa: BLE001 — every error a caller sees is counted
            errors += 1
        latencies.append(time.perf_counter() - started)
    return latencies, errors


def _raw_client(
    args: tuple[int, list[int], str, mp.synchronize.Barrier],
) -> tuple[list[float], int]:
    import psycopg

    client, _accounts, _tag, barrier = args
    rng = random.Random(client)
    latencies: list[float] = []
    errors = 0
    with psycopg.connect(_conninfo(BENCH_DB)) as conn:
        barrier.wait()
        for _ in range(COUNT):
            a, b = sorted(rng.sample(range(ACCOUNTS), 2))
            started = time.perf_counter()
            try:
                with conn.transaction():
                    conn.execute(
                        "UPDATE bench_accounts SET abalance = abalance - 1 WHERE aid = %s", [a]
                    )
                    conn.execute(
                        "UPDATE bench_accounts SET abalance = abalance + 1 WHERE aid = %s", [b]
                    )
                    conn.execute(
                        "INSERT INTO bench_history (aid_from, aid_to, delta, mtime) "
                        "VALUES (%s, %s, 1, now())",
                        [a, b],
                    )
            except Exception:  # noqa: BLE001
                errors += 1
            latencies.append(time.perf_counter() - started)
    return latencies, errors


def _run(worker, accounts: list[int], tag: str) -> tuple[float, list[float], int]:
    ctx = mp.get_context("spawn")
    manager = ctx.Manager()
    barrier = manager.Barrier(CLIENTS + 1)
    with ctx.Pool(CLIENTS) as pool:
        pending = pool.map_async(worker, [(c, accounts, tag, barrier) for c in range(CLIENTS)])
        barrier.wait()
        started = time.perf_counter()
        outcomes = pending.get()
        elapsed = time.perf_counter() - started
    manager.shutdown()
    latencies = [lat for lats, _ in outcomes for lat in lats]
    errors = sum(err for _, err in outcomes)
    return CLIENTS * COUNT / elapsed, latencies, errors


def _batch_tps(accounts: list[int], tag: str) -> float:
    from directcontracts.ledger.services import TransferRequest, post_transfers

    rng = random.Random(tag)
    batches = []
    for b in range(BATCHES):
        batch = []
        for n in range(BATCH):
            debit, credit = rng.sample(accounts, 2)
            batch.append(
                TransferRequest(
                    id=f"{tag}:{b}:{n}",
                    debit_account_id=debit,
                    credit_account_id=credit,
                    amount=1,
                    currency="USD",
                    code="bench_batch",
                )
            )
        batches.append(batch)
    from django.db import connection

    connection.ensure_connection()
    started = time.perf_counter()
    for batch in batches:
        results = post_transfers(batch)
        if not all(r.ok for r in results):
            print("batch refusals:", {str(r.code) for r in results if not r.ok})
    return BATCHES * BATCH / (time.perf_counter() - started)


def _p99(latencies: list[float]) -> float:
    ordered = sorted(latencies)
    return ordered[int(len(ordered) * 0.99) - 1] * 1000 if ordered else 0.0


def main() -> None:
    _recreate_database()
    _setup_django()
    started = time.perf_counter()
    accounts = _prepare()
    from django.db import connections

    connections.close_all()
    print(f"setup: {ACCOUNTS} accounts funded in {time.perf_counter() - started:.1f}s")
    print(f"clients={CLIENTS} transfers per client and round={COUNT} rounds={ROUNDS}")

    rounds: list[dict[str, float]] = []
    latencies: list[float] = []
    errors = 0
    for round_no in range(ROUNDS):
        figures: dict[str, float] = {}
        phases = ["spread", "hot", "raw", "batch"]
        shift = round_no % len(phases)
        for phase in phases[shift:] + phases[:shift]:
            tag = f"{phase}{round_no}"
            if phase == "batch":
                figures[phase] = _batch_tps(accounts["spread"], tag)
                continue
            worker = _raw_client if phase == "raw" else _ledger_client
            tps, lats, errs = _run(worker, accounts.get(phase, []), tag)
            figures[phase] = tps
            if phase != "raw":
                latencies += lats
                errors += errs
            elif errs:
                print(f"raw baseline errors: {errs}")
        rounds.append(figures)
        print(
            f"round {round_no + 1}: spread {figures['spread']:.0f} tps, "
            f"hot {figures['hot']:.0f} tps, raw {figures['raw']:.0f} tps, "
            f"batch {figures['batch']:.0f} transfers/s; "
            f"ratio {figures['spread'] / figures['raw']:.2f}, "
            f"hot_ratio {figures['hot'] / figures['spread']:.2f}"
        )
    ledger_tps = median(r["spread"] for r in rounds)
    raw_tps = median(r["raw"] for r in rounds)
    ratio = median(r["spread"] / r["raw"] for r in rounds)
    hot_ratio = median(r["hot"] / r["spread"] for r in rounds)
    batch_tps = median(r["batch"] for r in rounds)
    print(f"p99 over every ledger call: {_p99(latencies):.1f} ms, errors {errors}")

    from directcontracts.ledger.sealing import seal_ledger
    from directcontracts.ledger.verify import verify_ledger

    sealed_at = time.perf_counter()
    sealed = seal_ledger()
    print(f"sealed {sealed} transfers in {time.perf_counter() - sealed_at:.1f}s")
    problems = verify_ledger()
    print("verify_ledger:", "ok" if not problems else f"{len(problems)} problems: {problems[:5]}")
    print(f"total runtime {time.perf_counter() - started:.0f}s")
    print(
        f"ledger_tps={ledger_tps:.0f} raw_tps={raw_tps:.0f} ratio={ratio:.2f} "
        f"hot_ratio={hot_ratio:.2f} batch_tps={batch_tps:.0f} p99_ms={_p99(latencies):.0f} "
        f"deadlocks={errors}"
    )


if __name__ == "__main__":
    main()
