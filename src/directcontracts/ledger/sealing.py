"""Tamper evidence: transfers sealed into a hash chain, in blocks, after the fact.

Why asynchronous: hashing inside every transfer would need the previous hash, i.e.
one global lock that serialises all writers. Instead a sealer periodically hashes the
transfers committed since the last block.

Why the advisory lock: sequence numbers are handed out at INSERT but become visible at
COMMIT, so a slow writer could commit seq 10 after seq 11 was sealed. On PostgreSQL
every ledger writer holds a shared advisory lock from before its INSERT until its
commit (`locks.lock_accounts`); the sealer briefly takes it exclusively to read the
highest seq, which is then a horizon below which every transfer has committed (or
rolled back). On SQLite writers are serialised, so the highest visible seq is already
a horizon.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from django.db import IntegrityError, connection, transaction
from django.db.models import Max

from directcontracts.core import clock
from directcontracts.ledger.locks import SEAL_LOCK_KEY
from directcontracts.ledger.models import SealBlock, Transfer

BLOCK_SIZE = 1000
GENESIS_HASH = "0" * 64

TRANSFER_FIELDS = (
    "seq",
    "key",
    "debit_account_id",
    "credit_account_id",
    "amount",
    "currency",
    "code",
    "reference",
    "metadata",
    "kind",
    "pending_id",
    "expires_at",
    "created_at",
)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def transfer_digest(row: tuple[Any, ...]) -> str:
    """The hash of one transfer row (values in TRANSFER_FIELDS order)."""
    values = dict(zip(TRANSFER_FIELDS, row, strict=True))
    values["expires_at"] = _iso(values["expires_at"])
    values["created_at"] = _iso(values["created_at"])
    body = json.dumps(values, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(body.encode()).hexdigest()


def block_hash(
    *, prev_hash: str, number: int, first_seq: int, last_seq: int, digests: Iterable[str]
) -> str:
    h = hashlib.sha256(f"{prev_hash}|{number}|{first_seq}|{last_seq}".encode())
    for digest in digests:
        h.update(digest.encode())
    return h.hexdigest()


def iter_transfer_rows(
    after_seq: int = 0, upto_seq: int | None = None
) -> Iterator[tuple[Any, ...]]:
    rows = Transfer.objects.filter(seq__gt=after_seq).order_by("seq")
    if upto_seq is not None:
        rows = rows.filter(seq__lte=upto_seq)
    yield from rows.values_list(*TRANSFER_FIELDS).iterator(chunk_size=5000)


def _horizon() -> int:
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [SEAL_LOCK_KEY])
        top = Transfer.objects.aggregate(top=Max("seq"))["top"]
    return int(top or 0)


def seal_ledger(*, block_size: int = BLOCK_SIZE) -> int:
    """Seal every committed, unsealed transfer into blocks; returns how many were sealed."""
    horizon = _horizon()
    last = SealBlock.objects.order_by("-number").first()
    number = 0 if last is None else last.number + 1
    prev_hash = GENESIS_HASH if last is None else last.hash
    after = 0 if last is None else last.last_seq
    sealed = 0
    chunk: list[tuple[int, str]] = []
    for row in iter_transfer_rows(after, horizon):
        chunk.append((row[0], transfer_digest(row)))
        if len(chunk) == block_size:
            prev_hash = _write_block(number, prev_hash, chunk)
            if not prev_hash:
                return sealed
            number, sealed, chunk = number + 1, sealed + len(chunk), []
    if chunk and _write_block(number, prev_hash, chunk):
        sealed += len(chunk)
    return sealed


def _write_block(number: int, prev_hash: str, chunk: list[tuple[int, str]]) -> str:
    """Insert one block; returns its hash, or "" if another sealer wrote it first."""
    first_seq, last_seq = chunk[0][0], chunk[-1][0]
    digest = block_hash(
        prev_hash=prev_hash,
        number=number,
        first_seq=first_seq,
        last_seq=last_seq,
        digests=(d for _, d in chunk),
    )
    try:
        with transaction.atomic():
            SealBlock.objects.create(
                number=number,
                first_seq=first_seq,
                last_seq=last_seq,
                transfer_count=len(chunk),
                prev_hash=prev_hash,
                hash=digest,
                sealed_at=clock.now(),
            )
    except IntegrityError:
        return ""
    return digest
