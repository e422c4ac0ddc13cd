"""What one request of each endpoint in `make bench-http`'s mix costs, in process.

Reads the data set bench/http_load.py made (database dc_bench_http; run `make bench-http`
once first) and asks each endpoint through Django's test client, signed in as the bench's
busy freelancer, without a server. The API list and detail are asked twice: signed in (the
session cookie, and the bearer token too) and, as `api_list_token` and `api_detail_token`,
with only the bearer token, as an API client calls them. Prints per endpoint the fastest of
N tries (ms), the number of queries, the fastest CPU time of this process (steadier on a
busy machine; the database's work is not in it) and, with --profile NAME, the top functions
by cumulative time.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dc_bench_http \\
        .venv/bin/python bench/page_costs.py [--tries 15] [--profile contract_page]

`--instructions` counts instead the machine instructions this process executes for one
request of each endpoint, under valgrind's callgrind: the same count whatever else the
machine is doing, where any time moves by 2x on a shared machine. Each endpoint is asked
`--warmup` times uninstrumented (templates compiled, caches and the interpreter warm), then
`--repeat` times instrumented, each request alone between CALLGRIND_ZERO_STATS and
CALLGRIND_DUMP_STATS_AT (a C shim of three functions, compiled on the fly with callgrind.h
and called through ctypes); the fewest of the repeats is printed, since a once-a-minute
write ("last seen") can land in one of them. PYTHONHASHSEED is fixed and the garbage
collector emptied before each request. `--src DIR` (repeatable) measures the code of other
checkouts' src folders with this same driver and data, one after the other in one run:

    .venv/bin/python bench/page_costs.py --instructions --src /tmp/old/src --src src

Needs valgrind, /usr/include/valgrind/callgrind.h and cc. The database's own work is not
counted (another process). A few minutes a source tree.

Used to find where a page spends its time (issue 19); it changes nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

WHERE = os.environ.get("PAGE_COSTS_WHERE", "")  # print the stack of queries containing it
ROOT = Path(__file__).resolve().parent.parent

SHIM = r"""
#include <valgrind/callgrind.h>
void dc_start(void) { CALLGRIND_START_INSTRUMENTATION; }
void dc_zero(void) { CALLGRIND_ZERO_STATS; }
void dc_dump(const char *name) { CALLGRIND_DUMP_STATS_AT(name); }
"""


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
        # The same two with only the bearer token, as an API client sends them: no session
        # cookie, so no session and no user for StaffTwoFactorMiddleware to load first.
        "api_list_token": "/api/v1/contracts",
        "api_detail_token": f"/api/v1/contracts/{busy.pk}",
        "healthz": "/healthz",
    }


def _recording(queries: list[str]) -> Any:
    def record(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        queries.append(sql)
        if WHERE and WHERE in sql:
            traceback.print_stack(limit=int(os.environ.get("PAGE_COSTS_DEPTH", "14")))
        return execute(sql, params, many, context)

    return record


class Clients:
    """The bench freelancer's two clients: `signed_in` has the session cookie (force_login)
    and also sends the API token on /api/ paths, like a browser with a token would; `token`
    has no cookie and sends only the token (the endpoints named *_token)."""

    def __init__(self) -> None:
        from django.test import Client

        from directcontracts.accounts.models import User
        from directcontracts.accounts.services import create_api_token

        heavy = User.objects.get(email="heavy@bench.test")
        self.signed_in = Client()
        self.signed_in.force_login(heavy)
        self.token_only = Client()
        self.token = create_api_token(user=heavy, name="page-costs")[1]

    def get(self, name: str, path: str) -> Any:
        headers = {"Authorization": f"Bearer {self.token}"} if path.startswith("/api/") else {}
        client = self.token_only if name.endswith("_token") else self.signed_in
        return client.get(path, headers=headers)


def _instructions_child(args: argparse.Namespace) -> None:
    """Runs under callgrind (started with instrumentation off): prints one JSON line."""
    import ctypes

    shim = ctypes.CDLL(args.shim)
    _setup()
    from django.db import connection

    clients = Clients()
    endpoints = {n: p for n, p in _endpoints().items() if not args.only or n == args.only}
    facts: dict[str, dict[str, Any]] = {}
    for name, path in endpoints.items():
        for _ in range(args.warmup):
            response = clients.get(name, path)
        queries: list[str] = []
        with connection.execute_wrapper(_recording(queries)):
            response = clients.get(name, path)
        facts[name] = {
            "status": response.status_code,
            "queries": len(queries),
            "bytes": len(response.content),
        }
    shim.dc_start()
    for name, path in endpoints.items():
        for number in range(args.repeat):
            gc.collect()
            shim.dc_zero()
            clients.get(name, path)
            shim.dc_dump(f"{name}#{number}".encode())
    print("PAGE-COSTS " + json.dumps(facts), flush=True)


def _build_shim(folder: str) -> str:
    if shutil.which("valgrind") is None:
        sys.exit("--instructions needs valgrind (apt-get install valgrind)")
    source, library = Path(folder) / "shim.c", Path(folder) / "shim.so"
    source.write_text(SHIM)
    subprocess.run(  # noqa: S603 - fixed arguments
        ["cc", "-shared", "-fPIC", "-O1", "-o", str(library), str(source)],  # noqa: S607
        check=True,
    )
    return str(library)


def _count(
    src: str, args: argparse.Namespace, folder: str, number: int
) -> dict[str, dict[str, Any]]:
    """One callgrind run of this script over the code in `src`: per endpoint its facts and
    the instructions of each instrumented request."""
    out = Path(folder) / f"run-{number}"
    out.mkdir()
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        f"--callgrind-out-file={out}/cg",
        sys.executable,
        __file__,
        "--instructions-child",
        "--shim",
        args.shim,
        "--src",
        src,
        "--repeat",
        str(args.repeat),
        "--warmup",
        str(args.warmup),
    ] + (["--only", args.only] if args.only else [])
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603
    lines = [line for line in done.stdout.splitlines() if line.startswith("PAGE-COSTS ")]
    if done.returncode != 0 or not lines:
        sys.exit(f"the callgrind run over {src} failed:\n{done.stderr[-3000:]}")
    facts: dict[str, dict[str, Any]] = json.loads(lines[-1].removeprefix("PAGE-COSTS "))
    for dump in sorted(out.glob("cg.*")):
        text = dump.read_text(errors="replace")
        trigger = re.search(r"^desc: Trigger: Client Request: (\S+)#\d+$", text, re.M)
        totals = re.search(r"^(?:totals|summary): (\d+)", text, re.M)
        if trigger and totals:
            facts[trigger.group(1)].setdefault("counts", []).append(int(totals.group(1)))
    return facts


def instructions(args: argparse.Namespace) -> None:
    sources = args.src or [str(ROOT / "src")]
    with tempfile.TemporaryDirectory() as folder:
        args.shim = _build_shim(folder)
        runs = {
            src: _count(str(Path(src).resolve()), args, folder, number)
            for number, src in enumerate(sources)
        }
    print(f"instructions per request (fewest of {args.repeat}), queries, bytes")
    names = list(next(iter(runs.values())))
    for name in names:
        cells = []
        for facts in runs.values():
            f = facts[name]
            counts = f.get("counts", [0])
            cells.append(
                f"{min(counts):>12,} (max {max(counts):,}) q={f['queries']} b={f['bytes']}"
                + ("" if f["status"] == 200 else f" status={f['status']}")
            )
        first = min(runs[sources[0]][name].get("counts", [0]))
        last = min(runs[sources[-1]][name].get("counts", [0]))
        change = f"  {(last - first) / first:+.1%}" if len(sources) > 1 and first else ""
        print(f"{name:14} " + "  |  ".join(cells) + change)
    if len(sources) > 1:
        print("columns: " + "  |  ".join(sources))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tries", type=int, default=15)
    parser.add_argument("--profile", default="")
    parser.add_argument("--only", default="")
    parser.add_argument("--sql", action="store_true", help="print each query's text")
    parser.add_argument("--instructions", action="store_true", help="count under callgrind")
    parser.add_argument("--repeat", type=int, default=3, help="instrumented requests each")
    parser.add_argument("--warmup", type=int, default=3, help="uninstrumented requests first")
    parser.add_argument("--src", action="append", help="the src folder of the code to measure")
    parser.add_argument("--instructions-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--shim", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.instructions:
        instructions(args)
        return
    sys.path.insert(0, str(Path(args.src[-1]).resolve() if args.src else ROOT / "src"))
    if args.instructions_child:
        _instructions_child(args)
        return
    _setup()
    from django.db import connection

    clients = Clients()
    for name, path in _endpoints().items():
        if args.only and name != args.only:
            continue
        best = best_cpu = float("inf")
        for _ in range(args.tries):
            started, cpu_started = time.perf_counter(), time.process_time()
            response = clients.get(name, path)
            best = min(best, time.perf_counter() - started)
            best_cpu = min(best_cpu, time.process_time() - cpu_started)
        queries: list[str] = []
        with connection.execute_wrapper(_recording(queries)):
            clients.get(name, path)
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
                clients.get(name, path)
            profile.disable()
            stats = pstats.Stats(profile).sort_stats(
                os.environ.get("PAGE_COSTS_SORT", "cumulative")
            )
            stats.print_stats(45)
            if os.environ.get("PAGE_COSTS_CALLERS"):
                stats.print_callers(os.environ["PAGE_COSTS_CALLERS"])


if __name__ == "__main__":
    main()
