"""What the velocity rules cost the money path (issue 15): `make bench-velocity`.

Builds BENCH_CONTRACTS active contracts (each with a client, a card and sessions, so every
rule has rows to count), then:

1. times `velocity.evaluate()` for each kind of event, BENCH_EVENTS times each;
2. per contract (tasks enqueued in the database, as `make serve` runs them: the request
   pays the enqueue, the worker the evaluation), the client adds a card (the shared-card rule listens) and funds a
   milestone with it, alternating with the rules connected and disconnected
   (`velocity.disconnect()`), so both halves see the same database: the same money path
   without the rules is the baseline, measured in the same run (median milliseconds).

Last line: `fund_ms_with=… fund_ms_without=… overhead_ms=… evaluate_us_max=…`.
Runs on its own in-memory SQLite database (DATABASE_URL=postgres://… to use PostgreSQL).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

CONTRACTS = int(os.environ.get("BENCH_CONTRACTS", "200"))
EVENTS = int(os.environ.get("BENCH_EVENTS", "500"))


class _Patch:
    """The one monkeypatch the contract factories need (a known email code)."""

    @staticmethod
    def setattr(target: object, name: str, value: object) -> None:
        setattr(target, name, value)


def _setup(folder: str) -> None:
    os.environ.setdefault("DATABASE_URL", "sqlite:///:memory:")
    os.environ.update(
        DIRECTCONTRACTS_VAR_DIR=folder,
        DJANGO_SETTINGS_MODULE="directcontracts.settings",
        LOG_LEVEL="ERROR",
        TASKS_BACKEND="db",  # as served: the request enqueues, the worker evaluates
        EMAIL_URL="locmem://",
        INVITATION_EMAILS_PER_HOUR="100000",  # one freelancer invites every bench client
        INVITATION_EMAILS_PER_DAY="100000",
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _build() -> list:
    from tests.accounts.factories import FreelancerFactory
    from tests.contracts.factories import active_contract, card

    from directcontracts.accounts.models import UserSession

    freelancer = FreelancerFactory(email="bench.freelancer@example.com")
    made = []
    for n in range(CONTRACTS):
        contract, client = active_contract(
            freelancer, _Patch(), client_email=f"bench.client{n}@example.org"
        )
        method = card(client)
        UserSession.objects.create(
            user=client, session_key=f"c{n}", ip_address=f"10.0.{n // 250}.{n % 250}"
        )
        made.append((contract, client, method))
    UserSession.objects.create(user=freelancer, session_key="f", ip_address="10.9.9.9")
    return made


def _time_events(made: list) -> dict[str, float]:
    from directcontracts.core import clock
    from directcontracts.trust import velocity
    from directcontracts.trust.velocity import Event

    contract, client, method = made[0]
    freelancer_id = contract.freelancer_id
    now = clock.now()
    events = {
        "contract_invited": Event(
            "contract_invited", freelancer_id, now, {"contract": contract.pk}
        ),
        "contract_accepted": Event(
            "contract_accepted", freelancer_id, now, {"contract": contract.pk}
        ),
        "payment_method_added": Event(
            "payment_method_added", client.pk, now, {"fingerprint": method.fingerprint}
        ),
        "payment_succeeded": Event("payment_succeeded", client.pk, now, {"payment": 1}),
        "payout_requested": Event(
            "payout_requested", freelancer_id, now, {"payout": 1, "currency": "USD"}
        ),
        "milestone_funded (no rule listens)": Event("milestone_funded", freelancer_id, now),
    }
    timings = {}
    for name, event in events.items():
        start = time.perf_counter()
        for _ in range(EVENTS):
            velocity.evaluate(event)
        timings[name] = (time.perf_counter() - start) / EVENTS * 1e6
    return timings


def _time_money_path(made: list) -> tuple[list[float], list[float]]:
    """A client adds a card (a rule listens) and funds a milestone with it, per contract."""
    from tests.contracts.factories import card

    from directcontracts.contracts import escrow
    from directcontracts.trust import velocity

    with_rules, without = [], []
    for number, (contract, client, _) in enumerate(made):
        milestone = contract.milestones.order_by("position").first()
        connected = number % 2 == 0
        if connected:
            velocity.connect()
        else:
            velocity.disconnect()
        start = time.perf_counter()
        escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
        (with_rules if connected else without).append((time.perf_counter() - start) * 1000)
    velocity.connect()
    return with_rules, without


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        _setup(folder)
        print(f"building {CONTRACTS} active contracts ...", flush=True)
        made = _build()
        for name, micros in _time_events(made).items():
            print(f"evaluate {name}: {micros:.0f} us per event")
        worst = max(_time_events(made).values())
        with_rules, without = _time_money_path(made)
        fund_with, fund_without = statistics.median(with_rules), statistics.median(without)
        print(
            f"fund_ms_with={fund_with:.2f} fund_ms_without={fund_without:.2f} "
            f"overhead_ms={fund_with - fund_without:.2f} evaluate_us_max={worst:.0f}"
        )


if __name__ == "__main__":
    main()
