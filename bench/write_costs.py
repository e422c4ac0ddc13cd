"""What one request of each write in `make bench-http`'s mix costs, in process.

`bench/page_costs.py` measures the mix's reads; this measures its writes the same way (the
fastest CPU time of this process, the median, and the number of queries): posting a message
as the bench's busy freelancer, then funding and approving milestones as their clients, all
through the API with bearer tokens and idempotency keys, as `make bench-http` calls them.
Reads the data set bench/http_load.py made (database dc_bench_http; run `make bench-http`
once first) and changes it (messages posted, milestones funded and approved): run it after
the load bench, not before. The database's own work is not in the CPU figures (another
process).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dc_bench_http \\
        .venv/bin/python bench/write_costs.py [--tries 12]

`--instructions` counts instead the machine instructions of each write under valgrind's
callgrind, as `bench/page_costs.py --instructions` does for the reads (its C shim, the same
warm-up and the fewest of `--repeat` instrumented requests each), over the code of each
`--src` folder in turn. Each tree changes the data, so give each its own copy of the data
set (`BENCH_DATABASES=db1,db2`, one a tree, e.g. made with `CREATE DATABASE db1 TEMPLATE
dc_bench_http`) to compare trees on the same rows. `--keep DIR` keeps callgrind's dumps
(`callgrind_annotate --inclusive=yes DIR/run-0/cg.<n>` shows where a request's instructions
go):

    .venv/bin/python bench/write_costs.py --instructions --src /tmp/old/src --src src

Used to see where the mix's time goes (issue 19); it changes no code.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _setup(src: str = "") -> None:
    sys.path.insert(0, src or str(ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directcontracts.settings")
    os.environ.setdefault("DEBUG", "false")  # as served: templates and settings of production
    # As `make bench-http` serves them: every simulated user posts, cards settle at once.
    os.environ.setdefault("MESSAGES_PER_HOUR", "1000000")
    os.environ.setdefault("SANDBOX_CARD_SETTLE_SECONDS", "0")
    os.environ.setdefault("NEW_ACCOUNT_HOLD_DAYS", "0")
    import django

    django.setup()


class Writer:
    """Asks the API as the bench's users, one bearer token each (made on first use)."""

    def __init__(self) -> None:
        from django.test import Client

        self.client = Client()
        self.tokens: dict[int, str] = {}

    def token_of(self, user: Any) -> str:
        from directcontracts.accounts.services import create_api_token

        if user.pk not in self.tokens:
            self.tokens[user.pk] = create_api_token(user=user, name="write-costs")[1]
        return self.tokens[user.pk]

    def post(self, path: str, user: Any, body: dict[str, Any]) -> tuple[float, int, int]:
        """(CPU ms, queries, status) of one POST with a fresh idempotency key."""
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        headers = {
            "Authorization": f"Bearer {self.token_of(user)}",
            "Idempotency-Key": secrets.token_hex(16),
        }
        with CaptureQueriesContext(connection) as queries:
            started = time.process_time()
            response = self.client.post(
                path,
                json.dumps(body),
                content_type="application/json",
                secure=True,
                headers=headers,
            )
            spent = (time.process_time() - started) * 1000
        return spent, len(queries), response.status_code


def _writes(tries: int) -> dict[str, list[tuple[str, Any, dict[str, Any]]]]:
    """Per write, `tries` requests to make: (path, user, body), in the data set's order."""
    from directcontracts.accounts.models import User
    from directcontracts.contracts.models import Contract, Milestone, MilestoneState
    from directcontracts.payments.models import PaymentMethod

    heavy = User.objects.get(email="heavy@bench.test")
    contracts = Contract.objects.filter(freelancer=heavy, client__isnull=False).order_by("pk")
    writes: dict[str, list[tuple[str, Any, dict[str, Any]]]] = {
        "post_message": [
            (f"/api/v1/contracts/{c.pk}/messages", heavy, {"body": "The header is done."})
            for c in contracts[:tries]
        ],
        "fund": [],
        "approve": [],
    }
    ours = Milestone.objects.filter(
        contract__freelancer=heavy, contract__client__isnull=False
    ).order_by("contract_id", "position")
    for milestone in ours.filter(state=MilestoneState.AWAITING_FUNDING).select_related(
        "contract__client"
    )[:tries]:
        client = milestone.contract.client
        method = PaymentMethod.objects.filter(owner=client, removed_at__isnull=True).first()
        assert method is not None  # noqa: S101 - every bench client has a card
        path = f"/api/v1/contracts/{milestone.contract_id}/milestones/{milestone.pk}/fund"
        writes["fund"].append((path, client, {"payment_method_id": method.pk}))
    for milestone in ours.filter(state=MilestoneState.SUBMITTED).select_related("contract__client")[
        :tries
    ]:
        path = f"/api/v1/contracts/{milestone.contract_id}/milestones/{milestone.pk}/approve"
        writes["approve"].append((path, milestone.contract.client, {}))
    return writes


def _measure(tries: int) -> dict[str, list[tuple[float, int, int]]]:
    writer = Writer()
    return {name: [writer.post(*write) for write in rows] for name, rows in _writes(tries).items()}


def _instructions_child(args: argparse.Namespace) -> None:
    """Runs under callgrind (started with instrumentation off): prints one JSON line."""
    import ctypes

    shim = ctypes.CDLL(args.shim)
    _setup(args.src[0])
    writer = Writer()
    facts: dict[str, dict[str, Any]] = {}
    for name, rows in _writes(args.warmup + args.repeat).items():
        if len(rows) < args.warmup + args.repeat:
            sys.exit(f"{name}: not enough left in the data set (run make bench-http again)")
        for write in rows[: args.warmup]:
            writer.token_of(write[1])
            _, queries, status = writer.post(*write)
        facts[name] = {"queries": queries, "status": status}
        shim.dc_start()
        for number, write in enumerate(rows[args.warmup :]):
            writer.token_of(write[1])
            gc.collect()
            shim.dc_zero()
            _, queries, status = writer.post(*write)
            shim.dc_dump(f"{name}#{number}".encode())
            facts[name]["status"] = max(facts[name]["status"], status)
    print("WRITE-COSTS " + json.dumps(facts), flush=True)


def instructions(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from page_costs import _build_shim

    sources = args.src or [str(ROOT / "src")]
    databases = [d for d in os.environ.get("BENCH_DATABASES", "").split(",") if d]
    if databases and len(databases) != len(sources):
        sys.exit("BENCH_DATABASES names one database a --src")
    folder = args.keep or tempfile.mkdtemp()
    Path(folder).mkdir(parents=True, exist_ok=True)
    args.shim = _build_shim(folder)
    runs = {}
    for number, src in enumerate(sources):
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        if databases:
            base = env.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/dc_bench_http")
            env["DATABASE_URL"] = base.rsplit("/", 1)[0] + "/" + databases[number]
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
            str(Path(src).resolve()),
            "--repeat",
            str(args.repeat),
            "--warmup",
            str(args.warmup),
        ]
        done = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603
        lines = [line for line in done.stdout.splitlines() if line.startswith("WRITE-COSTS ")]
        if done.returncode != 0 or not lines:
            sys.exit(f"the callgrind run over {src} failed:\n{done.stderr[-3000:]}")
        facts: dict[str, dict[str, Any]] = json.loads(lines[-1].removeprefix("WRITE-COSTS "))
        for dump in sorted(out.glob("cg.*")):
            text = dump.read_text(errors="replace")
            trigger = re.search(r"^desc: Trigger: Client Request: (\S+)#\d+$", text, re.M)
            totals = re.search(r"^(?:totals|summary): (\d+)", text, re.M)
            if trigger and totals:
                facts[trigger.group(1)].setdefault("counts", []).append(int(totals.group(1)))
        runs[src] = facts
    print(f"instructions per request (fewest of {args.repeat}), queries, status")
    for name in next(iter(runs.values())):
        cells = []
        for facts in runs.values():
            counts = facts[name].get("counts", [0])
            cells.append(
                f"{min(counts):>12,} (max {max(counts):,}) q={facts[name]['queries']} "
                f"status={facts[name]['status']}"
            )
        first = min(runs[sources[0]][name].get("counts", [0]))
        last = min(runs[sources[-1]][name].get("counts", [0]))
        change = f"  {(last - first) / first:+.1%}" if len(sources) > 1 and first else ""
        print(f"{name:13} " + "  |  ".join(cells) + change)
    if len(sources) > 1:
        print("columns: " + "  |  ".join(sources))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tries", type=int, default=12)
    parser.add_argument("--instructions", action="store_true", help="count under callgrind")
    parser.add_argument("--repeat", type=int, default=3, help="instrumented requests each")
    parser.add_argument("--warmup", type=int, default=3, help="uninstrumented requests first")
    parser.add_argument("--src", action="append", help="the src folder of the code to measure")
    parser.add_argument("--keep", default="", help="keep callgrind's dumps in this folder")
    parser.add_argument("--instructions-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--shim", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.instructions:
        instructions(args)
        return 0
    if args.instructions_child:
        _instructions_child(args)
        return 0
    _setup()
    for name, rows in _measure(args.tries).items():
        if not rows:
            print(f"{name:13s} nothing left to do in the data set (run make bench-http again)")
            continue
        spent = [row[0] for row in rows]
        print(
            f"{name:13s} n={len(rows):3d} best_cpu_ms={min(spent):6.1f} "
            f"median_cpu_ms={statistics.median(spent):6.1f} "
            f"queries={statistics.median(row[1] for row in rows):.0f} "
            f"statuses={sorted({row[2] for row in rows})}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
