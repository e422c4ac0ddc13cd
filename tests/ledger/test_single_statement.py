"""A lone new transfer on PostgreSQL is one statement; anything else is the engine's.

The single statement (`ledger_write_one`, migration 0018) writes a transfer only when every
check passes; otherwise it rolls back whole and the general path decides. These tests
pin down both halves: that ordinary transfers never reach the engine, and that every
refusal, reuse and unknown hot account still gets the engine's exact answer.
"""

from __future__ import annotations

import pytest
from django.db import connection

from directcontracts.ledger import services
from directcontracts.ledger.errors import ResultCode
from directcontracts.ledger.models import AccountCode, Entry, IdempotencyRecord, Transfer
from directcontracts.ledger.services import close_account, create_account, post_transfer
from tests.ledger.factories import AccountFactory, BoundedAccountFactory
from tests.ledger.helpers import move, refusal, transfer_table_reads

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the single statement is PostgreSQL's"
    ),
]


@pytest.fixture
def engine_calls(monkeypatch):
    """Ids of the transfers that reached the general path."""
    calls: list[str] = []
    apply = services._apply

    def spy(requests, *, linked):
        calls.extend(r.id for r in requests)
        return apply(requests, linked=linked)

    monkeypatch.setattr(services, "_apply", spy)
    return calls


def test_a_plain_transfer_is_written_without_the_engine(engine_calls):
    source, target = AccountFactory(), AccountFactory()
    result = move("one", source, target, 25)
    assert result.ok
    assert result.transfer_seq
    assert engine_calls == []
    transfer = Transfer.objects.get(key="one")
    assert (transfer.debit_account_id, transfer.credit_account_id, transfer.amount) == (
        source.pk,
        target.pk,
        25,
    )
    entries = Entry.objects.filter(transfer=transfer).order_by("id")
    assert [(e.side, e.account_id, e.version, e.posted_delta) for e in entries] == [
        ("D", source.pk, 1, 25),
        ("C", target.pk, 1, 25),
    ]
    assert IdempotencyRecord.objects.get(key="one").result == ResultCode.OK


def test_a_pending_transfer_reserves_without_the_engine(engine_calls):
    source, target = AccountFactory(), AccountFactory()
    move("hold", source, target, 7, pending=True, timeout_seconds=60)
    assert engine_calls == []
    source.refresh_from_db()
    assert (source.debits_pending, source.debits_posted) == (7, 0)
    assert Transfer.objects.get(key="hold").expires_at is not None


def test_an_overdraft_is_handed_to_the_engine_which_records_the_refusal(engine_calls):
    source, wallet, other = AccountFactory(), BoundedAccountFactory(), AccountFactory()
    move("fund", source, wallet, 10)
    assert refusal(move, "over", wallet, other, 11) == ResultCode.EXCEEDS_CREDITS
    assert engine_calls == ["over"]
    assert IdempotencyRecord.objects.get(key="over").result == ResultCode.EXCEEDS_CREDITS
    wallet.refresh_from_db()
    # The declined statement left nothing behind, not even the debit account's update.
    assert (wallet.debits_posted, wallet.credits_posted, wallet.version) == (0, 10, 1)
    assert refusal(move, "over", wallet, other, 11) == ResultCode.ID_ALREADY_FAILED


def test_a_bounded_credit_account_refuses_through_the_engine(engine_calls):
    source = create_account(
        code=AccountCode.TEST, currency="USD", credits_must_not_exceed_debits=True
    )
    target = AccountFactory()
    assert refusal(move, "credit-over", target, source, 1) == ResultCode.EXCEEDS_DEBITS
    assert engine_calls == ["credit-over"]


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ("missing_debit", ResultCode.DEBIT_ACCOUNT_NOT_FOUND),
        ("missing_credit", ResultCode.CREDIT_ACCOUNT_NOT_FOUND),
        ("closed", ResultCode.ACCOUNT_CLOSED),
        ("currency", ResultCode.CURRENCY_MISMATCH),
    ],
)
def test_each_account_problem_gets_the_engines_code(setup, expected, engine_calls):
    debit, credit = AccountFactory(), AccountFactory()
    debit_id, credit_id, currency = debit.pk, credit.pk, "USD"
    if setup == "missing_debit":
        debit_id = 10**12
    elif setup == "missing_credit":
        credit_id = 10**12
    elif setup == "closed":
        close_account(account_id=credit.pk)
    else:
        currency = "EUR"
    assert (
        refusal(
            post_transfer,
            id="x",
            debit_account_id=debit_id,
            credit_account_id=credit_id,
            amount=1,
            currency=currency,
            code="c",
        )
        == expected
    )
    assert engine_calls == ["x"]
    assert not Transfer.objects.filter(key="x").exists()


def test_a_total_that_would_overflow_is_refused_as_too_large(engine_calls, settings):
    settings.LEDGER_MAX_AMOUNT_MINOR = 2**62
    source, target = AccountFactory(), AccountFactory()
    move("big", source, target, 2**62)
    move("bigger", source, target, 2**62 - 1)
    assert refusal(move, "overflow", source, target, 2**62) == ResultCode.AMOUNT_TOO_LARGE
    assert engine_calls == ["overflow"]


def test_a_retry_is_answered_from_the_record_by_the_engine(engine_calls):
    source, target = AccountFactory(), AccountFactory()
    first = move("again", source, target, 5)
    second = move("again", source, target, 5)
    assert second.replayed
    assert second.transfer_seq == first.transfer_seq
    assert engine_calls == ["again"]
    assert refusal(move, "again", source, target, 6) == ResultCode.EXISTS_WITH_DIFFERENT_AMOUNT
    assert Transfer.objects.filter(key="again").count() == 1


def test_an_unknown_hot_account_is_learned_then_written_by_the_statement(engine_calls):
    hot = create_account(code=AccountCode.PLATFORM_FEES, currency="USD", shards=4)
    source = AccountFactory()
    services.clear_shard_cache()
    move("first", source, hot, 1)
    move("second", source, hot, 1)
    assert engine_calls == ["first"]
    second = Transfer.objects.get(key="second")
    assert second.credit_account_id == services._shard_for(hot.pk, "second")


def test_the_single_statement_is_not_checked_twice(engine_calls):
    source, target = AccountFactory(), AccountFactory()
    before = transfer_table_reads()
    assert move("trusted", source, target, 5).ok
    # The journal check would look the transfer up; ledger_write_one checked it itself.
    assert transfer_table_reads() == before
    assert engine_calls == []
