"""What the database spends on each statement of `make bench-http`'s mix: planning and execution.

`bench/page_costs.py` and `bench/write_costs.py` count what the web process spends; this
counts the other half, PostgreSQL's. Each endpoint of the mix is asked once in process
(reads as the bench's busy freelancer, writes as `write_costs.py` makes them) with its
statements recorded; then each statement, as it was sent, is run again `--repeat` times
under `EXPLAIN (ANALYZE, BUFFERS, SUMMARY, FORMAT JSON)` on a connection of its own, in a
transaction rolled back, and the median planning and execution times are kept. The contract
page is asked twice: a hit of its cache (the fingerprint query) and a miss (its cache
emptied first: the rendering's statements).

Single client; the times depend on the machine's load (printed). The fingerprint as the
application runs it (a prepared statement since the fourteenth round) is timed apart:
`EXPLAIN (ANALYZE, SUMMARY) EXECUTE` of the statement psycopg prepared.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dc_bench_http \\
        .venv/bin/python bench/db_costs.py [--repeat 7] [--top 3] [--src DIR]

Writes change the data set (a message posted, a milestone funded and one approved a run).
Used to find where the database's time goes (issue 19); it changes nothing else.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SKIP = ("SAVEPOINT", "RELEASE", "ROLLBACK", "BEGIN", "COMMIT", "SET ", "DEALLOCATE")


def _explain(conn: Any, sql: str, repeat: int) -> tuple[float, float] | None:
    """Median (planning ms, execution ms) of `repeat` EXPLAIN ANALYZE runs, each rolled back."""
    planning, execution = [], []
    for _ in range(repeat):
        try:
            with conn.transaction(force_rollback=True), conn.cursor() as cursor:
                cursor.execute(
                    "EXPLAIN (ANALYZE, BUFFERS, SUMMARY, FORMAT JSON) " + sql.replace("%", "%%")
                )
                plan = cursor.fetchone()[0][0]
        except Exception:  # noqa: BLE001 - e.g. an INSERT whose row the request already made
            return None
        planning.append(plan["Planning Time"])
        execution.append(plan["Execution Time"])
    return statistics.median(planning), statistics.median(execution)


def _recording(statements: list[str]) -> Any:
    """An execute wrapper keeping each statement with its parameters inlined (also those
    the fingerprint sends prepared, whose text psycopg does not keep)."""
    from django.db import connection

    def record(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        statements.append(connection.ops.compose_sql(sql, params) if params else sql)
        return execute(sql, params, many, context)

    return record


def _prepared_fingerprint(repeat: int) -> tuple[float, float] | None:
    """The fingerprint as the application runs it, prepared (fourteenth round): the median
    (planning ms, execution ms) of EXPLAIN ANALYZE EXECUTE of psycopg's statement, after
    eight executions (PostgreSQL plans the first five for their parameters)."""
    from django.db import connection

    from directcontracts.accounts.models import User
    from directcontracts.contracts import page_cache
    from directcontracts.contracts.models import Contract

    if not hasattr(page_cache, "fingerprint_params"):
        return None
    heavy = User.objects.get(email="heavy@bench.test")
    busy = Contract.objects.filter(freelancer=heavy).order_by("pk").first()
    params = page_cache.fingerprint_params(busy, heavy)
    for _ in range(8):
        page_cache.fingerprint(busy, heavy)
    names: list[str] = []  # psycopg numbers the parameters in their first appearance's order
    for piece in page_cache.fingerprint_sql().split("%(")[1:]:
        key = piece.split(")s", 1)[0]
        if key not in names:
            names.append(key)
    values = ", ".join(connection.ops.compose_sql("%s", [str(params[key])]) for key in names)
    planning, execution = [], []
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM pg_prepared_statements WHERE statement LIKE '%md5(%'")
        found = cursor.fetchone()
        if found is None:
            return None
        for _ in range(repeat):
            cursor.execute(f"EXPLAIN (ANALYZE, SUMMARY, FORMAT JSON) EXECUTE {found[0]}({values})")
            plan = cursor.fetchone()[0]
            plan = (json.loads(plan) if isinstance(plan, str) else plan)[0]
            planning.append(plan["Planning Time"])
            execution.append(plan["Execution Time"])
    return statistics.median(planning), statistics.median(execution)


def _recorded() -> dict[str, list[str]]:
    """Per endpoint, the SQL of each statement one request sent (parameters inlined)."""
    from django.core.cache import caches
    from django.db import connection
    from page_costs import Clients, _endpoints
    from write_costs import Writer, _writes

    clients = Clients()
    endpoints = _endpoints()
    reads = [
        ("dashboard", "dashboard"),
        ("contract_list", "contract_list"),
        ("contract_page", "contract_page"),
        ("contract_page_miss", "contract_page"),
        ("earnings", "earnings"),
        ("api_list", "api_list_token"),
        ("api_detail", "api_detail_token"),
    ]
    recorded: dict[str, list[str]] = {}
    for name, endpoint in reads:
        for _ in range(2):  # warm: caches filled, the read mark written
            clients.get(endpoint, endpoints[endpoint])
        if name.endswith("_miss"):
            caches["contract_pages"].clear()
        recorded[name] = []
        with connection.execute_wrapper(_recording(recorded[name])):
            response = clients.get(endpoint, endpoints[endpoint])
        assert response.status_code == 200, (name, response.status_code)  # noqa: S101
    writer = Writer()
    for name, rows in _writes(1).items():
        path, user, body = rows[0]
        writer.post(path, user, body)  # the token made, the first request's one-offs done
        path, user, body = _writes(1)[name][0]
        if "body" in body:  # the same message twice would be refused as a double submit
            body = {**body, "body": body["body"] + " And the footer."}
        recorded[name] = []
        with connection.execute_wrapper(_recording(recorded[name])):
            status = writer.post(path, user, body)[2]
        assert status in (200, 201), (name, status)  # noqa: S101
    return recorded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--top", type=int, default=3, help="statements shown per endpoint")
    parser.add_argument("--src", default=str(ROOT / "src"), help="the src folder to measure")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(args.src).resolve()))
    sys.path.insert(0, str(ROOT / "bench"))
    from write_costs import _setup

    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")

    _setup(str(Path(args.src).resolve()))
    import psycopg
    from django.db import connection

    recorded = _recorded()
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    params["prepare_threshold"] = None
    print(f"load average {os.getloadavg()[0]:.2f}; median of {args.repeat} EXPLAIN ANALYZE each")
    totals = {}
    with psycopg.connect(**params) as conn:
        for name, statements in recorded.items():
            timed = []
            skipped = 0
            for sql in statements:
                if sql.lstrip().upper().startswith(SKIP):
                    continue
                result = _explain(conn, sql, args.repeat)
                if result is None:
                    skipped += 1
                    continue
                timed.append((result[0], result[1], sql))
            plan = sum(t[0] for t in timed)
            run = sum(t[1] for t in timed)
            totals[name] = (len(statements), plan, run)
            print(
                f"{name:19s} queries={len(statements):3d} explained={len(timed):3d} "
                f"skipped={skipped} planning_ms={plan:7.2f} execution_ms={run:7.2f}"
            )
            for p, e, sql in sorted(timed, key=lambda t: -(t[0] + t[1]))[: args.top]:
                print(f"    plan {p:6.2f} exec {e:6.2f}  {' '.join(sql.split())[:110]}")
    prepared = _prepared_fingerprint(args.repeat)
    if prepared is not None:
        print(
            f"fingerprint as run, prepared: planning_ms={prepared[0]:.2f} "
            f"execution_ms={prepared[1]:.2f}"
        )
    print(json.dumps({"totals": totals}))


if __name__ == "__main__":
    main()
