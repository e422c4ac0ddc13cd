"""HTTP load on the production stack: a realistic mix against a trivial endpoint, same run.

`make bench-http` (issue 19; named http_load.py because a bench/http.py would hide the
standard library's `http` package from every script in this folder). Steps:

1. a fresh PostgreSQL database (dc_bench_http) is migrated and filled (`--make-data`, in a
   child process): 10,000 contracts, one freelancer with 200 of them (40 active with funded,
   submitted milestones to approve), one contract with 300 messages and 100 events;
2. `scripts/serve.sh` (`make serve`'s stack: check, collectstatic, gunicorn and the task
   worker) starts on 127.0.0.1:BENCH_PORT with DEBUG off and the Redis cache (CACHE_URL);
3. this process drives it with USERS concurrent users (aiohttp, keep-alive), alternately on
   the baseline, `/healthz` with a signed-in session cookie, and on the mix: dashboard,
   contract list, contract page, earnings, API list and detail, posting a message, funding
   a milestone and approving a submitted one (API, with idempotency keys).

Prints per endpoint requests, p50 and p99, then the last line
`mix_rps=N trivial_rps=N ratio=R p50_ms=N p99_ms=N errors=N`.
Environment: DATABASE_URL (the server; the database name is replaced by BENCH_DATABASE,
dc_bench_http unless set), BENCH_USERS (64),
BENCH_SECONDS (per phase, 20), BENCH_SLICES (4: the
two phases alternate in slices of BENCH_SECONDS / BENCH_SLICES), BENCH_WARMUP (3 s of each
phase first, not recorded), BENCH_PORT (8797), WEB_CONCURRENCY (gunicorn workers).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

# BENCH_DATABASE: another name, so that two people on one machine do not drop each other's.
BENCH_DB = os.environ.get("BENCH_DATABASE", "dc_bench_http")
USERS = int(os.environ.get("BENCH_USERS", "64"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "20"))
PORT = int(os.environ.get("BENCH_PORT", "8797"))
SLICES = int(os.environ.get("BENCH_SLICES", "4"))
WARMUP = float(
    os.environ.get("BENCH_WARMUP", "3")
)  # seconds of each phase not recorded  # the phases alternate in this many slices
BIN = ROOT / ".venv" / "bin"

CONTRACTS = 10_000
HEAVY_CONTRACTS = 200
ACTIVE = 40
MILESTONES_EACH = 10
MESSAGES = 300

# The mix: (name, weight). Reads dominate, as on any site; a few money writes.
MIX = [
    ("dashboard", 20),
    ("contract_list", 15),
    ("contract_page", 20),
    ("earnings", 10),
    ("api_list", 10),
    ("api_detail", 10),
    ("post_message", 7),
    ("fund", 4),
    ("approve", 4),
]
# BENCH_ONLY=contract_page,earnings measures only those (to see one endpoint's cost).
if os.environ.get("BENCH_ONLY"):
    MIX = [(name, weight) for name, weight in MIX if name in os.environ["BENCH_ONLY"].split(",")]


NOTES = [
    "The header is done; the footer comes next.",
    "Please look at the colours when you have a moment.",
    "I moved the contact form to the second page as agreed.",
    "The product photos are in, thank you.",
]

# --- Set-up -------------------------------------------------------------------------------


def _database_url() -> str:
    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/directcontracts")
    parts = urlsplit(base)
    if parts.scheme not in {"postgres", "postgresql"}:
        sys.exit("bench/http.py needs DATABASE_URL=postgres://...")
    return urlunsplit(parts._replace(path=f"/{BENCH_DB}"))


def _recreate_database(url: str) -> None:
    import psycopg

    admin = urlunsplit(urlsplit(url)._replace(path="/postgres")).replace(
        "postgres://", "postgresql://", 1
    )
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{BENCH_DB}"')


def _analyze(url: str) -> None:
    """VACUUM ANALYZE the fresh data set, as a live database would be: otherwise autovacuum
    does it during the run (its CPU counted against the mix) and plans start from no
    statistics."""
    import psycopg

    with psycopg.connect(url.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def _server_environment(var_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=_database_url(),
        DIRECTCONTRACTS_VAR_DIR=var_dir,
        SECRET_KEY=secrets.token_urlsafe(50),
        DEBUG="false",
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        BASE_URL=f"http://127.0.0.1:{PORT}",
        CACHE_URL=os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/14"),
        CACHE_KEY_PREFIX=f"bench-{secrets.token_hex(4)}",
        PORT=str(PORT),
        LOG_LEVEL="WARNING",
        SANDBOX_CARD_SETTLE_SECONDS="0",
        NEW_ACCOUNT_HOLD_DAYS="0",
        INVITATION_EMAILS_PER_HOUR="1000",
        INVITATION_EMAILS_PER_DAY="1000",
        # One contract's 300 messages are set up, and every simulated user posts for 20 s.
        MESSAGES_PER_HOUR="1000000",
        EMAIL_URL="locmem://",
    )
    env.pop("DIRECTCONTRACTS_TESTING", None)
    return env


def make_data() -> dict[str, object]:
    """Runs in the child process with the server's environment; prints what the driver needs."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directcontracts.settings")
    django.setup()
    from tests.accounts.factories import ClientFactory, FreelancerFactory

    from directcontracts.contracts import escrow, invitations, messaging, services
    from directcontracts.contracts.models import Contract, Milestone
    from directcontracts.payments.charges import add_payment_method
    from directcontracts.payments.sandbox import deliver_due

    heavy = FreelancerFactory(email="heavy@bench.test", full_name="Heavy Freelancer")
    clients = []
    for number in range(ACTIVE):
        contract = services.create_contract(
            freelancer=heavy,
            client_email=f"client{number}@bench.test",
            client_name=f"Client {number}",
            title=f"Website part {number}",
            description="Design and build pages for the shop, with a contact form.",
            category_slug="web-development",
            currency="USD",
            milestones=[
                services.MilestoneInput(title=f"Part {m}", amount_minor=20_000, due_date=None)
                for m in range(MILESTONES_EACH)
            ],
        )
        invitation = invitations.send_invitation(contract=contract, by=heavy)
        invitations.secrets.randbelow = lambda n: 424242  # type: ignore[attr-defined]
        invitations.send_code(invitation=invitation)
        access = invitations.verify_code(invitation=invitation, code="424242")
        result = invitations.accept_invitation(
            invitation=invitation,
            access=access,
            password="a-long-client-passphrase-7",  # noqa: S106 - a bench account
            name=f"Client {number}",
            company="",
            country="GB",
        )
        client = result.client
        method = add_payment_method(
            owner=client, kind="card", number="4242424242424242", holder_name=client.full_name
        )
        parts = list(result.contract.milestones.order_by("position"))
        # Half the milestones funded and submitted (to approve), half left to fund.
        for part in parts[: MILESTONES_EACH // 2]:
            escrow.fund_milestone(milestone=part, by=client, method=method)
        clients.append((client, result.contract, method, parts))
    from datetime import timedelta

    from directcontracts.core import clock

    deliver_due(clock.now() + timedelta(minutes=5))
    for _client, _contract, _method, parts in clients:
        for part in parts[: MILESTONES_EACH // 2]:
            part.refresh_from_db()
            escrow.submit_work(milestone=part, by=heavy, message="Done, please review.", files=[])
    busy = clients[0][1]
    for number in range(MESSAGES):
        sender = heavy if number % 2 else clients[0][0]
        messaging.post_message(contract=busy, sender=sender, body=f"Progress note {number}.")

    # The rest: drafts of the heavy freelancer and of 980 others, made in bulk (reads only).
    others = [
        FreelancerFactory(email=f"f{number}@bench.test", full_name=f"Freelancer {number}")
        for number in range(98)
    ]
    drafts = []
    owners = [heavy] * (HEAVY_CONTRACTS - ACTIVE) + others * (
        (CONTRACTS - HEAVY_CONTRACTS) // len(others) + 1
    )
    for number, owner in enumerate(owners[: CONTRACTS - ACTIVE]):
        drafts.append(
            Contract(
                freelancer=owner,
                client_email=f"draft{number}@bench.test",
                client_name=f"Draft client {number}",
                title=f"Draft {number}",
                description="A draft contract.",
                category_slug="web-development",
                currency="USD",
                review_period_days=14,
            )
        )
    made = Contract.objects.bulk_create(drafts, batch_size=2000)
    Milestone.objects.bulk_create(
        [Milestone(contract=c, position=1, title="Only part", amount_minor=10_000) for c in made],
        batch_size=2000,
    )

    from directcontracts.accounts.services import create_api_token

    def session_of(user: object) -> str:
        from importlib import import_module

        from django.conf import settings
        from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

        store = import_module(settings.SESSION_ENGINE).SessionStore()
        store[SESSION_KEY] = str(user.pk)  # type: ignore[attr-defined]
        store[BACKEND_SESSION_KEY] = "directcontracts.accounts.backends.AccountBackend"
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()  # type: ignore[attr-defined]
        store.create()
        return store.session_key or ""

    ClientFactory  # noqa: B018 - imported for symmetry with the test personas
    return {
        "freelancer_session": session_of(heavy),
        "freelancer_token": create_api_token(user=heavy, name="bench")[1],
        "busy_contract": busy.pk,
        "contracts": [c.pk for _, c, _, _ in clients],
        "clients": [
            {
                "session": session_of(client),
                "token": create_api_token(user=client, name="bench")[1],
                "contract": contract.pk,
                "method": method.pk,
                "to_approve": [p.pk for p in parts[: MILESTONES_EACH // 2]],
                "to_fund": [p.pk for p in parts[MILESTONES_EACH // 2 :]],
            }
            for client, contract, method, parts in clients
        ],
    }


def _wait_for(url: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit(f"the server did not answer {url} within {seconds:.0f} s")


# --- The driver -----------------------------------------------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.times: dict[str, list[float]] = defaultdict(list)
        # Answers that came within the measured window (throughput counts only these, so the
        # drain after a slice's deadline neither adds requests nor idle time).
        self.in_window: dict[str, int] = defaultdict(int)
        self.errors: dict[str, int] = defaultdict(int)
        self.samples: dict[str, str] = {}

    def add(
        self, name: str, seconds: float, ok: bool, sample: str = "", in_window: bool = True
    ) -> None:
        self.times[name].append(seconds)
        self.in_window[name] += int(in_window)
        if not ok:
            self.errors[name] += 1
            self.samples.setdefault(name, sample)

    def all_times(self) -> list[float]:
        return sorted(t for values in self.times.values() for t in values)


def _cpu_seconds_by_group() -> dict[str, float]:
    """CPU time (user + system) so far of the web workers, the task worker, PostgreSQL, this
    driver and everything else on the machine (Linux /proc): where a phase's CPU went."""
    ticks = os.sysconf("SC_CLK_TCK")
    groups: dict[str, float] = defaultdict(float)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        seconds = (int(fields[11]) + int(fields[12])) / ticks
        if int(entry.name) == os.getpid():
            group = "driver"
        elif "gunicorn" in command:
            group = "web"
        elif "db_worker" in command or "rqworker" in command:
            group = "task worker"
        elif command.startswith("postgres"):
            group = "postgresql"
        else:
            group = "other"
            groups["other: " + (command.split() or ["?"])[0].rsplit("/", 1)[-1][:30]] += seconds
        groups[group] += seconds
    return groups


def _cpu_line(before: dict[str, float], after: dict[str, float], seconds: float) -> str:
    used = {name: after.get(name, 0.0) - before.get(name, 0.0) for name in after}
    shown = {
        name: value / seconds
        for name, value in used.items()
        if not name.startswith("other: ") or value / seconds >= 0.05
    }
    return "cpu cores used: " + ", ".join(
        f"{name} {value:.2f}" for name, value in sorted(shown.items())
    )


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def _run(phase: str, data: dict, recorder: Recorder, seconds: float) -> float:
    import aiohttp

    base = f"http://127.0.0.1:{PORT}"
    deadline = time.monotonic() + seconds
    names = [name for name, _ in MIX]
    weights = [weight for _, weight in MIX]
    clients = list(data["clients"])
    # What is left to fund and approve, shared by every slice (each milestone once).
    queues = data.setdefault(
        "queues",
        {
            "approve": [(c, m) for c in clients for m in c["to_approve"]],
            "fund": [(c, m) for c in clients for m in c["to_fund"]],
        },
    )

    def request_for(name: str) -> tuple[str, str, dict, dict | None, bool]:
        """(method, path, headers, json, as freelancer?)"""
        client = random.choice(clients)
        if name == "dashboard":
            return "GET", "/", {}, None, True
        if name == "contract_list":
            return "GET", "/contracts/", {}, None, True
        if name == "contract_page":
            pk = random.choice([data["busy_contract"], client["contract"]])
            return "GET", f"/contracts/{pk}/", {}, None, True
        if name == "earnings":
            return "GET", "/earnings/", {}, None, True
        if name == "api_list":
            return "GET", "/api/v1/contracts", {}, None, True
        if name == "api_detail":
            return "GET", f"/api/v1/contracts/{client['contract']}", {}, None, True
        if name == "post_message":
            body = {"body": random.choice(NOTES)}
            return "POST", f"/api/v1/contracts/{client['contract']}/messages", {}, body, True
        owner, milestone = queues[name].pop() if queues[name] else (client, None)
        if milestone is None:
            return "GET", "/api/v1/contracts", {}, None, True
        path = f"/api/v1/contracts/{owner['contract']}/milestones/{milestone}/{name}"
        headers = {
            "Idempotency-Key": secrets.token_hex(16),
            "Authorization": f"Bearer {owner['token']}",
        }
        body = {"payment_method_id": owner["method"]} if name == "fund" else {}
        return "POST", path, headers, body, False

    async def user(session: aiohttp.ClientSession) -> None:
        cookie = {"Cookie": f"sessionid={data['freelancer_session']}"}
        bearer = {"Authorization": f"Bearer {data['freelancer_token']}"}
        while time.monotonic() < deadline:
            if phase == "trivial":
                name, method, path, headers, body = "healthz", "GET", "/healthz", cookie, None
            else:
                name = random.choices(names, weights)[0]
                method, path, headers, body, as_freelancer = request_for(name)
                if as_freelancer:
                    headers = {**headers, **(bearer if path.startswith("/api/") else cookie)}
            started = time.perf_counter()
            ok, sample = False, ""
            try:
                async with session.request(
                    method, base + path, headers=headers, json=body, allow_redirects=False
                ) as response:
                    content = await response.read()
                    ok = response.status < 400
                    sample = f"{response.status} {content[:200]!r}"
            except aiohttp.ClientError as error:
                sample = repr(error)
            recorder.add(
                name, time.perf_counter() - started, ok, sample, time.monotonic() <= deadline
            )

    connector = aiohttp.TCPConnector(limit=USERS)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        started = time.monotonic()
        await asyncio.gather(*(user(session) for _ in range(USERS)))
        return min(time.monotonic(), deadline) - started


def _report(phase: str, recorder: Recorder, elapsed: float) -> tuple[float, list[float], int]:
    total = sum(recorder.in_window.values())
    errors = sum(recorder.errors.values())
    for name in sorted(recorder.times):
        values = recorder.times[name]
        print(
            f"{phase:8} {name:14} requests={len(values):6} "
            f"rps={recorder.in_window[name] / elapsed:8.1f} p50_ms={_percentile(values, 0.5) * 1000:7.0f} "
            f"p99_ms={_percentile(values, 0.99) * 1000:7.0f} errors={recorder.errors[name]}"
        )
        if name in recorder.samples:
            print(f"         first error: {recorder.samples[name]}")
    return total / elapsed, recorder.all_times(), errors


def main() -> None:
    if "--make-data" in sys.argv:
        print(json.dumps(make_data()))
        return
    url = _database_url()
    print(f"database {BENCH_DB}, {USERS} users, {SECONDS:.0f} s a phase, port {PORT}")
    _recreate_database(url)
    with tempfile.TemporaryDirectory() as var_dir:
        env = _server_environment(var_dir)
        subprocess.run(
            [BIN / "directcontracts", "migrate", "--no-input", "-v0"], env=env, check=True
        )  # noqa: S603
        print("making the data set (a few minutes)...", flush=True)
        made = subprocess.run(  # noqa: S603 - this file, fixed arguments
            [BIN / "python", __file__, "--make-data"],
            env={**env, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
        )
        if made.returncode != 0:
            sys.exit(f"making the data set failed:\n{made.stderr[-3000:]}")
        data = json.loads(made.stdout.strip().splitlines()[-1])
        _analyze(url)
        server = subprocess.Popen(  # noqa: S603
            [str(ROOT / "scripts" / "serve.sh")],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            _wait_for(f"http://127.0.0.1:{PORT}/healthz", 180)
            load_before = os.getloadavg()[0]
            trivial, mix = Recorder(), Recorder()
            trivial_seconds = mix_seconds = 0.0
            # Alternate short slices of each phase so that both see the same machine: anything
            # else running (another job, a cron) slows both, not just the one it overlaps.
            # Warm up (each worker's templates, caches and connections), not recorded.
            for phase in ("trivial", "mix"):
                asyncio.run(_run(phase, data, Recorder(), WARMUP))
            cpu: dict[str, dict[str, float]] = {"trivial": {}, "mix": {}}
            for _ in range(SLICES):
                for phase, recorder in (("trivial", trivial), ("mix", mix)):
                    before = _cpu_seconds_by_group()
                    spent = asyncio.run(_run(phase, data, recorder, SECONDS / SLICES))
                    after = _cpu_seconds_by_group()
                    for name in after:
                        cpu[phase][name] = (
                            cpu[phase].get(name, 0.0) + after[name] - before.get(name, 0.0)
                        )
                    if phase == "trivial":
                        trivial_seconds += spent
                    else:
                        mix_seconds += spent
            trivial_rps, _, trivial_errors = _report("trivial", trivial, trivial_seconds)
            print(_cpu_line({}, cpu["trivial"], trivial_seconds))
            mix_rps, times, mix_errors = _report("mix", mix, mix_seconds)
            print(_cpu_line({}, cpu["mix"], mix_seconds))
            print(f"load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
    print(
        f"mix_rps={mix_rps:.0f} trivial_rps={trivial_rps:.0f} "
        f"ratio={mix_rps / trivial_rps if trivial_rps else 0:.2f} "
        f"p50_ms={_percentile(times, 0.5) * 1000:.0f} p99_ms={_percentile(times, 0.99) * 1000:.0f} "
        f"errors={mix_errors + trivial_errors}"
    )


if __name__ == "__main__":
    main()
