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

Used to see where the mix's time goes (issue 19); it changes no code.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _setup() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directcontracts.settings")
    os.environ.setdefault("DEBUG", "false")  # as served: templates and settings of production
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


def _measure(tries: int) -> dict[str, list[tuple[float, int, int]]]:
    from directcontracts.accounts.models import User
    from directcontracts.contracts.models import Contract, Milestone, MilestoneState
    from directcontracts.payments.models import PaymentMethod

    heavy = User.objects.get(email="heavy@bench.test")
    writer = Writer()
    contracts = list(Contract.objects.filter(freelancer=heavy, client__isnull=False)[:tries])
    results: dict[str, list[tuple[float, int, int]]] = {
        "post_message": [],
        "fund": [],
        "approve": [],
    }
    for contract in contracts:
        path = f"/api/v1/contracts/{contract.pk}/messages"
        results["post_message"].append(writer.post(path, heavy, {"body": "The header is done."}))
    ours = Milestone.objects.filter(contract__freelancer=heavy, contract__client__isnull=False)
    for milestone in ours.filter(state=MilestoneState.AWAITING_FUNDING).select_related(
        "contract__client"
    )[:tries]:
        client = milestone.contract.client
        method = PaymentMethod.objects.filter(owner=client, removed_at__isnull=True).first()
        assert method is not None  # noqa: S101 - every bench client has a card
        path = f"/api/v1/contracts/{milestone.contract_id}/milestones/{milestone.pk}/fund"
        results["fund"].append(writer.post(path, client, {"payment_method_id": method.pk}))
    for milestone in ours.filter(state=MilestoneState.SUBMITTED).select_related("contract__client")[
        :tries
    ]:
        path = f"/api/v1/contracts/{milestone.contract_id}/milestones/{milestone.pk}/approve"
        results["approve"].append(writer.post(path, milestone.contract.client, {}))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tries", type=int, default=12)
    args = parser.parse_args()
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
