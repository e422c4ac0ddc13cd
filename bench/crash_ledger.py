"""Crash test: SIGKILL a ledger worker at random moments; nothing acknowledged may be lost.

Against PostgreSQL, in its own database (dc_crash_ledger, dropped and recreated):

1. The driver streams transfer requests (JSON lines) to a worker process, which posts
   each through `post_transfer(...)` and acknowledges `id code` only after commit. Some
   lines are batches (a JSON list of 2-40 requests) that the worker posts with
   `post_transfers([...])`, one transaction, and acknowledges per transfer.
2. At a random moment (seeded) the driver kills the worker with SIGKILL, mid-stream,
   typically with requests in flight and one transaction about to commit.
3. A fresh worker receives every unacknowledged request again, unchanged (a batch with
   any unacknowledged transfer, whole).
4. Then: every id has exactly one answer; re-sending an acknowledged id gives the same
   answer again; the transfers in the database are exactly the ids answered `ok`
   (none lost, none twice); and `verify_ledger` is clean.

Repeated over SEEDS seeds (default 20). Then the same again, but SIGKILLing PostgreSQL
itself (the postmaster and every backend at once, like a power cut) instead of the
worker. That phase never touches the shared server: it runs a private, throwaway
cluster (initdb in CRASH_PG_DIR, port CRASH_PG_PORT, fsync and synchronous_commit on),
restarted after each kill so that crash recovery replays the WAL, and removed at the
end. It needs PostgreSQL's server binaries and root (to run them as `postgres`);
without them it prints SKIPPED.
The kill comes 0.02-0.35 s into a stream of CRASH_REQUESTS requests, long enough (about a
second at 1,000) that it lands mid-stream; the summary counts the seeds where it did
(`mid_stream`), since a seed that finished first tested nothing.
Environment: DATABASE_URL (server for phase 1), CRASH_SEEDS (20), CRASH_REQUESTS (1000),
CRASH_PG_BIN (/usr/lib/postgresql/15/bin), CRASH_PG_DIR (/tmp/dc_crash_pg),
CRASH_PG_PORT (5499), CRASH_SKIP_PG_KILL (unset).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

CRASH_DB = "dc_crash_ledger"
PG_BIN = Path(os.environ.get("CRASH_PG_BIN", "/usr/lib/postgresql/15/bin"))
PG_DIR = Path(os.environ.get("CRASH_PG_DIR", "/tmp/dc_crash_pg"))  # noqa: S108 — throwaway
PG_PORT = int(os.environ.get("CRASH_PG_PORT", "5499"))
SEEDS = int(os.environ.get("CRASH_SEEDS", "20"))
REQUESTS = int(os.environ.get("CRASH_REQUESTS", "1000"))
ACCOUNTS = 8


def _url(dbname: str) -> str:
    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/directcontracts")
    parts = urlsplit(base)
    if parts.scheme not in {"postgres", "postgresql"}:
        sys.exit("bench/crash_ledger.py needs DATABASE_URL=postgres://...")
    return urlunsplit(parts._replace(path=f"/{dbname}"))


def _setup_django() -> None:
    os.environ["DATABASE_URL"] = _url(CRASH_DB)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directcontracts.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


# --- Worker -----------------------------------------------------------------------------


def worker() -> None:
    """Read requests from stdin; answer `id code` on stdout after each commit."""
    _setup_django()
    from directcontracts.ledger.errors import LedgerError
    from directcontracts.ledger.services import TransferRequest, post_transfer, post_transfers

    print("ready", flush=True)
    for line in sys.stdin:
        unit = json.loads(line)
        try:
            if isinstance(unit, list):
                # A batch: one transaction, one answer per transfer.
                results = post_transfers([TransferRequest(**request) for request in unit])
                answers = [(r.id, _code(r)) for r in results]
            else:
                answers = [(unit["id"], _code(post_transfer(**unit)))]
        except LedgerError as exc:
            answers = [(unit["id"], exc.code)]
        except Exception as exc:  # noqa: BLE001 — the database went away: stop acknowledging
            sys.stderr.write(f"worker stopped: {exc.__class__.__name__}\n")
            return
        sys.stdout.write("".join(f"{key} {code}\n" for key, code in answers))
        sys.stdout.flush()


def _code(result: Any) -> str:
    # "ok+" marks a replay: committed earlier, its acknowledgement lost in the kill.
    return "ok+" if result.replayed else str(result.code)


# --- Driver -----------------------------------------------------------------------------


def _recreate_database() -> None:
    import psycopg

    conninfo = _url("postgres").replace("postgres://", "postgresql://", 1)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {CRASH_DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {CRASH_DB}")


def _prepare() -> list[int]:
    from django.core.management import call_command

    from directcontracts.ledger.models import AccountCode
    from directcontracts.ledger.services import create_account, post_transfer

    call_command("migrate", "ledger", verbosity=0)
    source = create_account(code=AccountCode.PROCESSOR_CLEARING, currency="USD", shards=4)
    accounts = []
    for n in range(ACCOUNTS):
        account = create_account(
            code=AccountCode.FREELANCER_AVAILABLE,
            currency="USD",
            owner_type="crash",
            owner_id=n,
            debits_must_not_exceed_credits=True,
        )
        post_transfer(
            id=f"fund:{n}",
            debit_account_id=source.pk,
            credit_account_id=account.pk,
            amount=2000,
            currency="USD",
            code="crash_funding",
        )
        accounts.append(account.pk)
    return accounts


class Worker:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
            env=os.environ.copy(),
        )
        assert self.proc.stdout is not None
        ready = self.proc.stdout.readline().strip()
        if ready != "ready":
            raise RuntimeError(f"worker did not start: {ready!r}")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


Unit = dict | list  # one request, or a batch of them


def _ids(units: list[Unit]) -> list[str]:
    return [r["id"] for unit in units for r in (unit if isinstance(unit, list) else [unit])]


def _stream(
    worker: Worker, units: list[Unit], kill_after: float | None, replays: list[str] | None = None
) -> dict[str, str]:
    """Send requests and batches; collect acks until all answered or the worker was killed."""
    acks: dict[str, str] = {}
    replays = replays if replays is not None else []
    expected = len(_ids(units))
    assert worker.proc.stdin is not None
    assert worker.proc.stdout is not None

    def send() -> None:
        try:
            for unit in units:
                worker.proc.stdin.write(json.dumps(unit) + "\n")  # type: ignore[union-attr]
                worker.proc.stdin.flush()  # type: ignore[union-attr]
        except (BrokenPipeError, ValueError, OSError):
            pass

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    timer = threading.Timer(kill_after, worker.kill) if kill_after is not None else None
    if timer:
        timer.start()
    for line in worker.proc.stdout:
        if len(line.split()) != 2:
            break
        key, code = line.split()
        acks[key] = code.rstrip("+")
        if code == "ok+":
            replays.append(key)
        if len(acks) == expected:
            break
    if timer:
        timer.cancel()
    sender.join(timeout=5)
    return acks


def _requests(seed: int, accounts: list[int]) -> list[Unit]:
    """REQUESTS transfers; about a quarter of them grouped into batches of 2-40."""
    rng = random.Random(seed)
    units: list[Unit] = []
    batch: list[dict] = []
    for n in range(REQUESTS):
        debit, credit = rng.sample(accounts, 2)
        request = {
            "id": f"s{seed}:{n}",
            "debit_account_id": debit,
            "credit_account_id": credit,
            "amount": rng.randint(1, 60),
            "currency": "USD",
            "code": "crash",
        }
        if batch or rng.random() < 0.04:
            batch.append(request)
            if len(batch) >= rng.randint(2, 40):
                units.append(batch)
                batch = []
        else:
            units.append(request)
    if batch:
        units.append(batch)
    return units


def run_seed(seed: int, accounts: list[int], kill_postgres: bool = False) -> tuple[int, int, int]:
    """One kill-and-retry round; returns (acked before kill, re-sent, committed unacked)."""
    from django.db import connections

    from directcontracts.ledger.models import IdempotencyRecord, Transfer

    rng = random.Random(seed * 7919)
    units = _requests(seed, accounts)
    ids = _ids(units)
    first = Worker()
    kill_after = rng.uniform(0.02, 0.35)
    if kill_postgres:
        timer = threading.Timer(kill_after, _kill_private_cluster)
        timer.start()
        acked = _stream(first, units, kill_after=None)
        timer.join()
        if first.proc.poll() is None:
            first.kill()
        connections.close_all()
        _start_private_cluster()
    else:
        acked = _stream(first, units, kill_after=kill_after)
    if first.proc.poll() is None:
        first.kill()
    # Every request or batch with an unacknowledged id goes again, unchanged (a batch
    # whole: the caller cannot know which of its answers were lost).
    unacked = [unit for unit in units if any(key not in acked for key in _ids([unit]))]
    second = Worker()
    replayed: list[str] = []
    retried = _stream(second, unacked, kill_after=None, replays=replayed) if unacked else {}
    # An acknowledged id sent again, alone, must give the same answer (ok, or
    # id_already_failed standing for the refusal it got).
    singles = [r for unit in units for r in (unit if isinstance(unit, list) else [unit])]
    sample = [r for r in singles if r["id"] in acked][:10]
    again = _stream(second, list(sample), kill_after=None) if sample else {}
    second.close()
    answers = {**acked, **retried}
    problems = []
    if set(answers) != set(ids):
        problems.append("some ids have no answer")
    for key, code in again.items():
        first_code = acked[key]
        if not (code == first_code == "ok" or (first_code != "ok" and code == "id_already_failed")):
            problems.append(f"{key}: answered {first_code}, then {code}")
    ok_ids = {k for k, c in answers.items() if c == "ok"}
    stored = set(Transfer.objects.filter(key__startswith=f"s{seed}:").values_list("key", flat=True))
    if stored != ok_ids:
        problems.append(
            f"transfers {len(stored)} != ok answers {len(ok_ids)}: "
            f"lost {sorted(ok_ids - stored)[:5]} extra {sorted(stored - ok_ids)[:5]}"
        )
    refused = {k for k, c in answers.items() if c != "ok"}
    recorded = dict(IdempotencyRecord.objects.filter(key__in=refused).values_list("key", "result"))
    for key in refused:
        if recorded.get(key) != answers[key]:
            problems.append(f"{key}: refusal {answers[key]} recorded as {recorded.get(key)}")
    if problems:
        raise SystemExit(f"seed {seed}: " + "; ".join(problems[:10]))
    return len(acked), len(_ids(unacked)), len(replayed)


# --- Phase 2: a private PostgreSQL cluster, killed and recovered ------------------------


def _as_postgres(*args: str) -> None:
    subprocess.run(["runuser", "-u", "postgres", "--", *args], check=True, capture_output=True)


def _start_private_cluster() -> None:
    if not (PG_DIR / "PG_VERSION").exists():
        PG_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(["chown", "postgres:postgres", str(PG_DIR)], check=True)
        _as_postgres(str(PG_BIN / "initdb"), "-D", str(PG_DIR), "-U", "postgres", "--auth=trust")
    options = (
        f"-p {PG_PORT} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=on "
        "-c synchronous_commit=on -c max_connections=20 -c shared_buffers=32MB"
    )
    _as_postgres(
        str(PG_BIN / "pg_ctl"),
        "-D",
        str(PG_DIR),
        "-o",
        options,
        "-l",
        str(PG_DIR / "log"),
        "-w",
        "-t",
        "60",
        "start",
    )


def _kill_private_cluster() -> None:
    """SIGKILL the postmaster and all its children at once (a power cut, not a shutdown)."""
    pid = int((PG_DIR / "postmaster.pid").read_text().split()[0])
    victims = [pid]
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            victims.append(int(stat.parent.name))
    for victim in victims:
        try:
            os.kill(victim, signal.SIGKILL)
        except ProcessLookupError:
            pass
    time.sleep(0.2)
    # In a container without an init that reaps orphans, the dead postmaster lingers as a
    # zombie and its lock files look live; after a real power cut its pid would simply be
    # gone. Remove them so the restart goes straight to crash recovery (WAL replay).
    socket_lock = Path(f"/tmp/.s.PGSQL.{PG_PORT}.lock")  # noqa: S108 — where -k /tmp puts it
    for lock in (PG_DIR / "postmaster.pid", socket_lock):
        lock.unlink(missing_ok=True)


def _stop_private_cluster() -> None:
    try:
        _as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(PG_DIR), "-m", "immediate", "stop")
    except subprocess.CalledProcessError:
        pass
    subprocess.run(["rm", "-rf", str(PG_DIR)], check=False)


def _postgres_kill_phase() -> int:
    """Run phase 2 in a child process whose DATABASE_URL is the private cluster."""
    if os.environ.get("CRASH_SKIP_PG_KILL") or not (PG_BIN / "pg_ctl").exists() or os.geteuid():
        print("SKIPPED: killing PostgreSQL needs its server binaries and root")
        return 0
    env = {**os.environ, "DATABASE_URL": f"postgres://postgres@127.0.0.1:{PG_PORT}/postgres"}
    _stop_private_cluster()
    try:
        _start_private_cluster()
        return subprocess.run([sys.executable, __file__, "--kill-postgres"], env=env).returncode
    finally:
        _stop_private_cluster()


def main() -> None:
    if "--worker" in sys.argv:
        worker()
        return
    kill_postgres = "--kill-postgres" in sys.argv
    started = time.perf_counter()
    _recreate_database()
    _setup_django()
    accounts = _prepare()
    from django.db import connections

    connections.close_all()
    total_acked = total_retried = total_lost_acks = mid_stream = 0
    for seed in range(1, SEEDS + 1):
        acked, retried, lost_acks = run_seed(seed, accounts, kill_postgres)
        mid_stream += acked < REQUESTS
        total_acked += acked
        total_retried += retried
        total_lost_acks += lost_acks
        print(
            f"seed {seed:2d}: {acked:4d} acked before SIGKILL "
            f"({'postgres' if kill_postgres else 'worker'}), {retried:3d} re-sent, "
            f"{lost_acks} of them had committed (replayed, not repeated)"
        )
    from directcontracts.ledger.sealing import seal_ledger
    from directcontracts.ledger.verify import verify_ledger

    seal_ledger()
    problems = verify_ledger()
    for problem in problems:
        print(problem)
    print(
        f"killed={'postgres' if kill_postgres else 'worker'} "
        f"crash_seeds={SEEDS} mid_stream={mid_stream} acked={total_acked} "
        f"resent={total_retried} "
        f"committed_unacked={total_lost_acks} "
        f"verify={'ok' if not problems else len(problems)} "
        f"seconds={time.perf_counter() - started:.0f}"
    )
    if problems:
        raise SystemExit(1)
    if not kill_postgres:
        connections.close_all()
        raise SystemExit(_postgres_kill_phase())


if __name__ == "__main__":
    main()
