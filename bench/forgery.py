"""Forgery resistance of the payment-request verifier (issue 16): `make bench-forgery`.

Makes a few genuine signed requests, then asks the verifier service (`verify_text`, the
code behind /verify/ and POST /api/v1/verify, without the per-address rate limit) about
BENCH_TRIES inputs, a quarter each of: random short codes, genuine codes with one
character changed, random tokens, and genuine tokens with one character of the payload or
signature changed. Any answer other than forged, unknown or foreign_domain is a failure.

Last line: `tries=N accepted=0 per_s=N` (accepted counts forgeries answered genuine,
expired or revoked). Runs on its own in-memory SQLite database.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

TRIES = int(os.environ.get("BENCH_TRIES", "1000000"))
GENUINE = 20


def _setup(folder: str) -> None:
    os.environ.update(
        DATABASE_URL="sqlite:///:memory:",
        DIRECTCONTRACTS_VAR_DIR=folder,
        DJANGO_SETTINGS_MODULE="directcontracts.settings",
        LOG_LEVEL="ERROR",
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _genuine() -> list[tuple[str, str]]:
    from datetime import timedelta

    from directcontracts.core import clock
    from directcontracts.verification.signing import sign_request

    made = []
    for number in range(GENUINE):
        issued = sign_request(
            kind="invoice",
            reference=f"bench:{number}",
            contract_id=number + 1,
            milestone_id=None,
            amount_minor=10_000 + number,
            currency="USD",
            recipient=f"client{number}@example.org",
            expires_at=clock.now() + timedelta(days=30),
        )
        made.append((issued.request.code, issued.token))
    return made


def _mutate(text: str, alphabet: str, start: int) -> str:
    position = random.randrange(start, len(text))
    choices = [ch for ch in alphabet if ch != text[position]]
    return text[:position] + random.choice(choices) + text[position + 1 :]


def _worker(tries: int, seed: int, results: mp.Queue) -> None:
    random.seed(seed)
    with tempfile.TemporaryDirectory() as folder:
        _setup(folder)
        from directcontracts.verification import codes
        from directcontracts.verification.services import verify_text

        genuine = _genuine()
        b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        accepted = 0
        answers: dict[str, int] = {}
        started = time.perf_counter()
        for attempt in range(tries):
            code, token = random.choice(genuine)
            kind = attempt % 4
            if kind == 0:
                text = codes.display(codes.new_code())
            elif kind == 1:
                text = codes.display(_mutate(code, codes.ALPHABET, 0))
            elif kind == 2:
                text = f"dcv1.k1.{''.join(random.choices(b64, k=120))}.{''.join(random.choices(b64, k=43))}"
            else:
                text = _mutate(token, b64, len("dcv1.k1."))
            status = verify_text(text).status
            answers[status] = answers.get(status, 0) + 1
            if status not in {"forged", "unknown", "foreign_domain"}:
                accepted += 1
        results.put((accepted, answers, time.perf_counter() - started))


def main() -> None:
    processes = max(1, int(os.environ.get("BENCH_PROCESSES", str(os.cpu_count() or 1))))
    print(f"{TRIES} tries in {processes} processes (about 1,500 a second on 2 cores)", flush=True)
    results: mp.Queue = mp.Queue()
    share = TRIES // processes
    workers = [
        mp.Process(target=_worker, args=(share + (i < TRIES % processes), i, results))
        for i in range(processes)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get() for _ in workers]
    for worker in workers:
        worker.join()
    accepted = sum(o[0] for o in outcomes)
    answers: dict[str, int] = {}
    for _, counted, _ in outcomes:
        for status, n in counted.items():
            answers[status] = answers.get(status, 0) + n
    elapsed = max(o[2] for o in outcomes)
    print("answers: " + ", ".join(f"{k}={v}" for k, v in sorted(answers.items())))
    print(f"tries={TRIES} accepted={accepted} per_s={TRIES / elapsed:.0f}")


if __name__ == "__main__":
    main()
