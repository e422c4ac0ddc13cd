"""What one request of each endpoint in `make bench-http`'s mix costs, in process.

Reads the data set bench/http_load.py made (database dc_bench_http; run `make bench-http`
once first) and asks each endpoint through Django's test client, signed in as the bench's
busy freelancer, without a server. Prints per endpoint the fastest of N tries (ms), the
number of queries, the fastest CPU time of this process (steadier on a busy machine; the
database's work is not in it) and, with --profile NAME, the top functions by cumulative time.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dc_bench_http \
        .venv/bin/python bench/page_costs.py [--tries 15] [--profile contract_page]

Used to find where a page spends its time (issue 19); it changes nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
import traceback
from pathlib import Path
from typing import Any

WHERE = os.environ.get("PAGE_COSTS_WHERE", "")  # print the stack of queries containing it
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directcontracts.settings")
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("SECRET_KEY", "page-costs-" + "x" * 50)
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/dc_bench_http")
    import django

    django.setup()


def _endpoints() -> dict[str, str]:
    from directcontracts.accounts.models import User
    from directcontracts.contracts.models import Contract

    heavy = User.objects.get(email="heavy@bench.test")
    busy = Contract.objects.filter(freelancer=heavy).order_by("pk").first()
    assert busy is not None  # noqa: S101 - the bench data set is there
    return {
        "dashboard": "/",
        "contract_list": "/contracts/",
        "contract_page": f"/contracts/{busy.pk}/",
        "earnings": "/earnings/",
        "api_list": "/api/v1/contracts",
        "api_detail": f"/api/v1/contracts/{busy.pk}",
        "healthz": "/healthz",
    }


def _recording(queries: list[str]) -> Any:
    def record(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        queries.append(sql)
        if WHERE and WHERE in sql:
            traceback.print_stack(limit=int(os.environ.get("PAGE_COSTS_DEPTH", "14")))
        return execute(sql, params, many, context)

    return record


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tries", type=int, default=15)
    parser.add_argument("--profile", default="")
    parser.add_argument("--only", default="")
    parser.add_argument("--sql", action="store_true", help="print each query's text")
    args = parser.parse_args()
    _setup()
    from django.db import connection
    from django.test import Client

    from directcontracts.accounts.models import User
    from directcontracts.accounts.services import create_api_token

    heavy = User.objects.get(email="heavy@bench.test")
    client = Client()
    client.force_login(heavy)
    token = create_api_token(user=heavy, name="page-costs")[1]
    for name, path in _endpoints().items():
        if args.only and name != args.only:
            continue
        headers = {"Authorization": f"Bearer {token}"} if path.startswith("/api/") else {}
        best = best_cpu = float("inf")
        for _ in range(args.tries):
            started, cpu_started = time.perf_counter(), time.process_time()
            response = client.get(path, headers=headers)
            best = min(best, time.perf_counter() - started)
            best_cpu = min(best_cpu, time.process_time() - cpu_started)
        queries: list[str] = []
        with connection.execute_wrapper(_recording(queries)):
            client.get(path, headers=headers)
        print(
            f"{name:14} status={response.status_code} best_ms={best * 1000:6.1f} "
            f"cpu_ms={best_cpu * 1000:6.1f} "
            f"queries={len(queries)} bytes={len(response.content)}"
        )
        if args.sql:
            print("\n".join(f"    {sql[:220]}" for sql in queries))
        if args.profile == name:
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(args.tries):
                client.get(path, headers=headers)
            profile.disable()
            stats = pstats.Stats(profile).sort_stats(
                os.environ.get("PAGE_COSTS_SORT", "cumulative")
            )
            stats.print_stats(45)
            if os.environ.get("PAGE_COSTS_CALLERS"):
                stats.print_callers(os.environ["PAGE_COSTS_CALLERS"])


if __name__ == "__main__":
    main()
