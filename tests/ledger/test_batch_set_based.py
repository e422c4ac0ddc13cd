"""The set-based batch path (`ledger_post_batch`) gives exactly the engine's results.

On PostgreSQL a batch of new posted or pending transfers is decided and written by one
SQL function; any refusal or reused id hands the batch to the Python engine. These tests
run the same batches through both paths and compare everything the ledger stores.
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from django.db import DatabaseError, connection, transaction

from directcontracts.core import clock
from directcontracts.ledger import services
from directcontracts.ledger.errors import ResultCode
from directcontracts.ledger.models import AccountCode, Entry, IdempotencyRecord, Transfer
from directcontracts.ledger.services import TransferRequest, create_account, post_transfers
from directcontracts.ledger.verify import verify_ledger
from tests.ledger.factories import AccountFactory, BoundedAccountFactory
from tests.ledger.helpers import move, record_set_based_writes, transfer_table_reads

pytestmark = pytest.mark.django_db


def _world(tag: str):
    source = AccountFactory(owner_type=tag)
    wallets = [BoundedAccountFactory(owner_type=tag) for _ in range(6)]
    for n, wallet in enumerate(wallets):
        move(f"{tag}:fund:{n}", source, wallet, 1000)
    return source, wallets


def _batch(tag: str, source, wallets, seed: int, count: int = 60) -> list[TransferRequest]:
    rng = random.Random(seed)
    accounts = [source, *wallets]
    requests = []
    for n in range(count):
        debit, credit = rng.sample(accounts, 2)
        pending = rng.random() < 0.3
        requests.append(
            TransferRequest(
                id=f"{tag}:{n}",
                debit_account_id=debit.pk,
                credit_account_id=credit.pk,
                amount=rng.randint(1, 40),
                currency="USD",
                code="c",
                reference=f"r{n}",
                metadata={"n": n},
                kind=services.TransferKind.PENDING if pending else services.TransferKind.SINGLE,
                timeout_seconds=60 if pending and n % 2 else 0,
            )
        )
    return requests


def _stored(tag: str, accounts) -> dict:
    """Everything the batch wrote, with account ids replaced by their position."""
    position = {a.pk: i for i, a in enumerate(accounts)}
    transfers = [
        (t.key.split(":", 1)[1], position[t.debit_account_id], position[t.credit_account_id])
        + (t.amount, t.kind, t.code, t.reference, t.metadata, t.expires_at)
        for t in Transfer.objects.filter(key__startswith=f"{tag}:").order_by("seq")
    ]
    entries = sorted(
        (e.transfer.key.split(":", 1)[1], position[e.account_id], e.version, e.side)
        + (e.posted_delta, e.pending_delta)
        + (e.debits_pending, e.debits_posted, e.credits_pending, e.credits_posted)
        for e in Entry.objects.filter(account_id__in=position).select_related("transfer")
    )
    records = [
        (r.key.split(":", 1)[1], r.result, r.transfer_id is not None)
        for r in IdempotencyRecord.objects.filter(key__startswith=f"{tag}:").order_by("key")
    ]
    return {"transfers": transfers, "entries": entries, "records": records}


def _normalise(requests: list[TransferRequest], source, wallets, tag: str, other) -> list:
    """The same requests with `other`'s accounts and id prefix."""
    mapping = {a.pk: b.pk for a, b in zip([source, *wallets], other, strict=True)}
    return [
        TransferRequest(
            id=f"{tag}:{r.id.split(':', 1)[1]}",
            debit_account_id=mapping[r.debit_account_id],
            credit_account_id=mapping[r.credit_account_id],
            amount=r.amount,
            currency=r.currency,
            code=r.code,
            reference=r.reference,
            metadata=r.metadata,
            kind=r.kind,
            timeout_seconds=r.timeout_seconds,
        )
        for r in requests
    ]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_set_based_batch_stores_exactly_what_the_engine_stores(seed, monkeypatch):
    clock.freeze(clock.now())
    written = record_set_based_writes(monkeypatch)
    try:
        fast_world = _world("fast")
        slow_world = _world("slow")
        requests = _batch("fast", *fast_world, seed=seed)
        fast = post_transfers(requests)
        monkeypatch.setattr(services, "_batch_eligible", lambda requests: False)
        slow = post_transfers(
            _normalise(requests, *fast_world, "slow", [slow_world[0], *slow_world[1]])
        )
    finally:
        clock.reset()
    # On PostgreSQL the set-based path wrote the batch; elsewhere both ran the engine.
    assert written == ([True] if connection.vendor == "postgresql" else [])
    assert [r.code for r in fast] == [r.code for r in slow]
    # Both paths number transfers in batch order.
    assert [r.transfer_seq for r in fast] == sorted(r.transfer_seq for r in fast)
    stored_fast = _stored("fast", [fast_world[0], *fast_world[1]])
    stored_slow = _stored("slow", [slow_world[0], *slow_world[1]])
    assert stored_fast == stored_slow


def test_a_refusal_in_the_batch_gives_the_engines_codes_and_records_it(db):
    source, wallet, other = AccountFactory(), BoundedAccountFactory(), AccountFactory()
    move("fund", source, wallet, 100)
    leg = dict(credit_account_id=other.pk, currency="USD", code="c")
    results = post_transfers(
        [
            TransferRequest(id="a", debit_account_id=wallet.pk, amount=60, **leg),
            TransferRequest(id="b", debit_account_id=wallet.pk, amount=60, **leg),
            TransferRequest(id="c", debit_account_id=wallet.pk, amount=40, **leg),
        ]
    )
    assert [r.code for r in results] == [ResultCode.OK, ResultCode.EXCEEDS_CREDITS, ResultCode.OK]
    assert IdempotencyRecord.objects.get(key="b").result == ResultCode.EXCEEDS_CREDITS


def test_a_replayed_batch_answers_from_the_records(db):
    source, target = AccountFactory(), AccountFactory()
    requests = [
        TransferRequest(
            id=f"t{n}",
            debit_account_id=source.pk,
            credit_account_id=target.pk,
            amount=5,
            currency="USD",
            code="c",
        )
        for n in range(3)
    ]
    first = post_transfers(requests)
    again = post_transfers(requests)
    assert all(r.ok and not r.replayed for r in first)
    assert all(r.ok and r.replayed for r in again)
    assert [r.transfer_seq for r in again] == [r.transfer_seq for r in first]
    assert Transfer.objects.count() == 3


def test_a_batch_on_an_unknown_hot_account_uses_its_shards(db):
    hot = create_account(code=AccountCode.PLATFORM_FEES, currency="USD", shards=4)
    source = AccountFactory()
    requests = [
        TransferRequest(
            id=f"h{n}",
            debit_account_id=source.pk,
            credit_account_id=hot.pk,
            amount=1,
            currency="USD",
            code="c",
        )
        for n in range(40)
    ]
    services.clear_shard_cache()
    post_transfers(requests[:20])  # unknown here: the engine learns the shards
    post_transfers(requests[20:])  # known: the set-based path
    credited = set(
        Transfer.objects.filter(key__startswith="h").values_list("credit_account_id", flat=True)
    )
    assert len(credited) > 1
    assert all(services._shard_for(hot.pk, f"h{n}") in credited for n in range(40))


def test_pending_transfers_of_a_batch_get_their_timeout(db):
    source, target = AccountFactory(), AccountFactory()
    requests = [
        TransferRequest(
            id=f"p{n}",
            debit_account_id=source.pk,
            credit_account_id=target.pk,
            amount=5,
            currency="USD",
            code="c",
            kind=services.TransferKind.PENDING,
            timeout_seconds=30,
        )
        for n in range(2)
    ]
    before = clock.now()
    post_transfers(requests)
    for transfer in Transfer.objects.filter(key__in=["p0", "p1"]):
        assert transfer.expires_at is not None
        assert transfer.expires_at - transfer.created_at == timedelta(seconds=30)
        assert transfer.created_at >= before


@pytest.mark.postgres
def test_an_entry_naming_an_account_other_than_its_transfers_is_refused(db):
    source, target, stranger = AccountFactory(), AccountFactory(), AccountFactory()
    move("t", source, target, 10)
    transfer = Transfer.objects.get(key="t")
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO ledger_entry (account_id, transfer_id, version, side, posted_delta, "
            "pending_delta, debits_pending, debits_posted, credits_pending, credits_posted, "
            "created_at) VALUES (%s, %s, 1, 'D', 1, 0, 0, 1, 0, 0, now())",
            [stranger.pk, transfer.seq],
        )


@pytest.mark.postgres
def test_an_account_named_by_the_journal_cannot_be_deleted(db):
    source, target = AccountFactory(), AccountFactory()
    move("t", source, target, 10)
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM ledger_account WHERE id = %s", [source.pk])


# A transfer and its two entries in one statement, as the ledger's own paths write them.
_TRANSFER_WITH_ENTRIES = """
WITH t AS (
    INSERT INTO ledger_transfer (key, debit_account_id, credit_account_id, amount, currency,
        code, reference, metadata, kind, pending_key, created_at)
    VALUES ('x', %(debit)s, %(credit)s, 1, %(currency)s, 'c', '', '{}', %(kind)s, %(pending)s,
        now())
    RETURNING seq
)
INSERT INTO ledger_entry (account_id, transfer_id, version, side, posted_delta, pending_delta,
    debits_pending, debits_posted, credits_pending, credits_posted, created_at)
SELECT %(debit)s, t.seq, 1, 'D', 1, 0, 0, 1, 0, 0, now() FROM t
UNION ALL
SELECT %(credit)s, t.seq, 1, 'C', 1, 0, 0, 0, 0, 1, now() FROM t
"""


@pytest.mark.postgres
def test_a_transfer_naming_a_missing_account_is_refused(db):
    source = AccountFactory()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            _TRANSFER_WITH_ENTRIES,
            {
                "debit": source.pk,
                "credit": source.pk + 10_000,
                "currency": "USD",
                "kind": "single",
                "pending": None,
            },
        )


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("missing_account", "names a missing account"),
        ("other_currency", "moves money between currencies"),
        ("missing_pending", "resolves a missing transfer"),
    ],
)
def test_the_journal_check_names_each_problem(db, case, message):
    source, target = AccountFactory(), AccountFactory()
    credit = source.pk + 10_000 if case == "missing_account" else target.pk
    currency = "EUR" if case == "other_currency" else "USD"
    kind, pending = ("post_pending", "nope") if case == "missing_pending" else ("single", None)
    with (
        pytest.raises(DatabaseError, match=message),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(
            _TRANSFER_WITH_ENTRIES,
            {
                "debit": source.pk,
                "credit": credit,
                "currency": currency,
                "kind": kind,
                "pending": pending,
            },
        )


class _RolledBack(Exception):
    pass


def _problems_seen_with(sql: str, params: list) -> list[str]:
    """What verify_ledger reports with `sql` applied; the write is rolled back after."""
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
            raise _RolledBack(verify_ledger())
    except _RolledBack as rolled_back:
        return rolled_back.args[0]


@pytest.mark.postgres
@pytest.mark.ledger_tampered
def test_a_transfer_written_without_entries_is_reported_by_verify_ledger(db):
    source, target = AccountFactory(), AccountFactory()
    problems = _problems_seen_with(
        "INSERT INTO ledger_transfer (key, debit_account_id, credit_account_id, amount, "
        "currency, code, reference, metadata, kind, created_at) "
        "VALUES ('bare', %s, %s, 1, 'USD', 'c', '', '{}', 'single', now())",
        [source.pk, target.pk + 10_000],
    )
    assert any("missing" in problem for problem in problems)
    assert any("entries do not match the transfer" in problem for problem in problems)


@pytest.mark.postgres
def test_the_journal_check_still_runs_for_entries_written_from_other_plpgsql(db):
    source = AccountFactory()
    # Only ledger_write_batch's own statement is trusted; any other function is checked.
    params = {"debit": source.pk, "credit": source.pk + 10_000}
    body = _TRANSFER_WITH_ENTRIES % {
        "debit": params["debit"],
        "credit": params["credit"],
        "currency": "'USD'",
        "kind": "'single'",
        "pending": "NULL",
    }
    with (
        pytest.raises(DatabaseError, match="names a missing account"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(f"DO $$ BEGIN {body}; END $$")


@pytest.mark.postgres
def test_the_set_based_batch_is_not_checked_twice(db):
    source, wallets = _world("twice")
    before = transfer_table_reads()
    results = post_transfers(_batch("twice", source, wallets, seed=4, count=40))
    assert all(r.ok for r in results)
    # The journal check would look each transfer up; the batch's statement checked itself.
    assert transfer_table_reads() == before


def test_text_fields_that_look_like_json_are_stored_exactly_as_given(db):
    source, target = AccountFactory(), AccountFactory()
    sneaky = '"],["injected",1,2,null,1,"USD","c","",{},"single","h",false,null],["'
    requests = [
        TransferRequest(
            id=f"{sneaky}{n}",
            debit_account_id=source.pk,
            credit_account_id=target.pk,
            amount=5,
            currency="USD",
            code=sneaky[:40],
            reference=sneaky,
            metadata={sneaky: sneaky},
        )
        for n in range(2)
    ]
    assert all(r.ok for r in post_transfers(requests))
    stored = Transfer.objects.order_by("seq")
    assert [(t.key, t.code, t.reference, t.metadata) for t in stored] == [
        (f"{sneaky}{n}", sneaky[:40], sneaky, {sneaky: sneaky}) for n in range(2)
    ]
