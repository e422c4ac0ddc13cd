"""Real concurrent connections on PostgreSQL: each thread has its own Django connection."""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

import pytest
from django.db import connection, transaction

from directcontracts.ledger import selectors, services
from directcontracts.ledger.errors import LedgerError, ResultCode
from directcontracts.ledger.models import Transfer
from directcontracts.ledger.services import (
    TransferRequest,
    post_linked_transfers,
    post_pending_transfer,
    post_transfers,
    void_pending_transfer,
)
from tests.ledger.factories import AccountFactory, BoundedAccountFactory
from tests.ledger.helpers import move, record_set_based_writes, run_together

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def code_of(outcome: Any) -> str:
    return (
        outcome.code
        if isinstance(outcome, LedgerError)
        else ("ok" if getattr(outcome, "ok", False) else repr(outcome))
    )


def test_opposite_transfers_both_complete_without_deadlock():
    source, a, b = AccountFactory(), BoundedAccountFactory(), BoundedAccountFactory()
    move("fund-a", source, a, 1000)
    move("fund-b", source, b, 1000)

    def worker(debit, credit, tag):
        def run():
            for n in range(60):
                move(f"{tag}{n}", debit, credit, 1)
            return "done"

        return run

    outcomes = run_together([worker(a, b, "ab"), worker(b, a, "ba")], workers=2)
    assert outcomes == ["done", "done"]
    assert selectors.balance(account_id=a.pk).posted == 1000
    assert selectors.balance(account_id=b.pk).posted == 1000


def test_overdraft_race_lets_exactly_ten_of_fifty_withdrawals_through():
    source, wallet, sink = AccountFactory(), BoundedAccountFactory(), AccountFactory()
    move("fund", source, wallet, 100)
    calls = [lambda n=n: move(f"w{n}", wallet, sink, 10) for n in range(50)]
    outcomes = run_together(calls, workers=25)
    counts = Counter(code_of(o) for o in outcomes)
    assert counts == {"ok": 10, ResultCode.EXCEEDS_CREDITS: 40}
    assert selectors.balance(account_id=wallet.pk).posted == 0


def test_same_id_submitted_a_hundred_times_moves_once_with_identical_answers():
    source, target = AccountFactory(), AccountFactory()
    calls = [lambda: move("once", source, target, 7) for _ in range(100)]
    outcomes = run_together(calls, workers=25)
    assert {(o.code, o.transfer_seq) for o in outcomes} == {
        (ResultCode.OK, Transfer.objects.get(key="once").seq)
    }
    assert selectors.balance(account_id=target.pk).posted == 7


def test_post_and_void_of_one_pending_transfer_have_exactly_one_winner():
    source, wallet, shop = AccountFactory(), BoundedAccountFactory(), AccountFactory()
    move("fund", source, wallet, 1000)
    for n in range(8):
        move(f"hold{n}", wallet, shop, 10, pending=True)
        outcomes = run_together(
            [
                lambda n=n: post_pending_transfer(id=f"post{n}", pending_id=f"hold{n}"),
                lambda n=n: void_pending_transfer(id=f"void{n}", pending_id=f"hold{n}"),
            ],
            workers=2,
        )
        codes = sorted(code_of(o) for o in outcomes)
        assert codes in (
            ["ok", ResultCode.PENDING_TRANSFER_ALREADY_POSTED],
            ["ok", ResultCode.PENDING_TRANSFER_ALREADY_VOIDED],
        )
    assert Transfer.objects.filter(pending__isnull=False).count() == 8


def test_linked_release_with_invalid_last_leg_applies_nothing_under_concurrency():
    source, escrow = AccountFactory(), BoundedAccountFactory()
    canary_net, canary_fee = AccountFactory(), AccountFactory()
    move("fund", source, escrow, 100)

    def bad_release(n: int) -> Any:
        return post_linked_transfers(
            [
                TransferRequest(
                    id=f"bad{n}:net",
                    debit_account_id=escrow.pk,
                    credit_account_id=canary_net.pk,
                    amount=50,
                    currency="USD",
                    code="release",
                ),
                TransferRequest(
                    id=f"bad{n}:fee",
                    debit_account_id=escrow.pk,
                    credit_account_id=canary_fee.pk,
                    amount=51,
                    currency="USD",
                    code="fee",
                ),
            ]
        )

    outcomes = run_together([lambda n=n: bad_release(n) for n in range(10)], workers=10)
    assert {code_of(o) for o in outcomes} == {ResultCode.EXCEEDS_CREDITS}
    assert selectors.balance(account_id=canary_net.pk).posted == 0
    assert selectors.balance(account_id=canary_fee.pk).posted == 0
    assert selectors.balance(account_id=escrow.pk).posted == 100


def _batch_between(tag: str, accounts: list, count: int, seed: int) -> list[TransferRequest]:
    rng = random.Random(seed)
    return [
        TransferRequest(
            id=f"{tag}:{n}",
            debit_account_id=debit.pk,
            credit_account_id=credit.pk,
            amount=rng.randint(1, 5),
            currency="USD",
            code="batch",
        )
        for n in range(count)
        for debit, credit in [rng.sample(accounts, 2)]
    ]


def test_a_set_based_batch_holds_its_accounts_locked_until_it_commits(monkeypatch):
    source, wallet, shop = AccountFactory(), BoundedAccountFactory(), AccountFactory()
    move("fund", source, wallet, 100)
    probes = []
    write_batch = services._post_batch

    def probe_from_another_connection(requests, now):
        written = write_batch(requests, now)
        # Still inside the batch's transaction: another writer must find the rows locked.
        probes.extend(run_together([lambda: _lock_now(wallet.pk), lambda: _lock_now(shop.pk)]))
        return written

    monkeypatch.setattr(services, "_post_batch", probe_from_another_connection)
    results = post_transfers(_batch_between("locked", [wallet, shop], count=2, seed=1))
    assert [r.ok for r in results] == [True, True]
    assert [type(p).__name__ for p in probes] == ["OperationalError", "OperationalError"]
    assert all("could not obtain lock" in str(p) for p in probes)


def _lock_now(account_id: int) -> str:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM ledger_account WHERE id = %s FOR NO KEY UPDATE NOWAIT", [account_id]
        )
    return "locked"


def test_concurrent_batches_over_shared_accounts_all_apply_and_balance(monkeypatch):
    source = AccountFactory()
    wallets = [BoundedAccountFactory() for _ in range(8)]
    for n, wallet in enumerate(wallets):
        move(f"fund{n}", source, wallet, 10_000)
    set_based = record_set_based_writes(monkeypatch)
    calls = [
        lambda w=w, b=b: post_transfers(_batch_between(f"w{w}b{b}", wallets, 40, seed=w * 10 + b))
        for w in range(8)
        for b in range(4)
    ]
    outcomes = run_together(calls, workers=8)
    assert [type(o).__name__ for o in outcomes] == ["list"] * len(calls)
    assert all(r.ok for results in outcomes for r in results)
    # The batches went through the set-based path, each in one attempt or more.
    assert set(set_based) == {True}
    total = sum(selectors.balance(account_id=w.pk).posted for w in wallets)
    assert total == 80_000
