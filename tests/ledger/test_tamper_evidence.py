from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction

from directcontracts.ledger.models import SealBlock, Transfer
from directcontracts.ledger.sealing import seal_ledger
from directcontracts.ledger.verify import verify_ledger
from tests.ledger.factories import AccountFactory
from tests.ledger.helpers import move

pytestmark = pytest.mark.django_db


@pytest.fixture
def some_transfers():
    source, target = AccountFactory(), AccountFactory()
    for n in range(5):
        move(f"t{n}", source, target, 10)


def _force(sql: str) -> None:
    """Run SQL with the journal triggers out of the way, as an attacker with DBA rights."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL session_replication_role = replica")
            cursor.execute(sql)
            cursor.execute("SET LOCAL session_replication_role = origin")
        else:
            cursor.execute("DROP TRIGGER ledger_transfer_append_only_update")
            cursor.execute(sql)


def test_update_of_a_journal_row_is_refused(some_transfers):
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE ledger_transfer SET amount = 1 WHERE key = 't1'")
    assert Transfer.objects.get(key="t1").amount == 10


@pytest.mark.postgres
def test_delete_of_a_journal_row_is_refused(some_transfers):
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM ledger_entry")


def test_sealing_chains_transfers_into_blocks(some_transfers):
    assert seal_ledger(block_size=2) == 5
    assert SealBlock.objects.count() == 3
    assert seal_ledger() == 0


def test_verify_command_prints_ok_on_a_sound_ledger(some_transfers, capsys):
    seal_ledger()
    call_command("verify_ledger")
    assert capsys.readouterr().out.strip() == "ok"


@pytest.mark.ledger_tampered
def test_forced_update_is_reported_by_verify(some_transfers):
    seal_ledger()
    _force("UPDATE ledger_transfer SET amount = 11 WHERE key = 't1'")
    problems = verify_ledger()
    assert any("hash mismatch" in p for p in problems)
    assert any("totals" in p for p in problems)


@pytest.mark.ledger_tampered
def test_verify_command_exits_non_zero_on_discrepancy(some_transfers, capsys):
    _force("UPDATE ledger_transfer SET amount = 11 WHERE key = 't1'")
    with pytest.raises(CommandError):
        call_command("verify_ledger")
    assert "account" in capsys.readouterr().out


@pytest.mark.ledger_tampered
def test_removed_entries_are_reported_as_version_gaps(some_transfers):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(
            "DELETE FROM ledger_entry WHERE transfer_id = "
            "(SELECT seq FROM ledger_transfer WHERE key = 't1')"
        )
    problems = verify_ledger()
    assert any("follows" in p for p in problems)
    assert any("entries do not match" in p for p in problems)


@pytest.mark.postgres
def test_unbalanced_entries_are_refused_at_commit(some_transfers):
    from directcontracts.ledger.models import Entry

    entry = Entry.objects.filter(side="D").first()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO ledger_entry (account_id, transfer_id, version, side, posted_delta, "
            "pending_delta, debits_pending, debits_posted, credits_pending, credits_posted, "
            "created_at) VALUES (%s, %s, 999, 'D', 1, 0, 0, 0, 0, 0, now())",
            [entry.account_id, entry.transfer_id],
        )
        with pytest.raises(DatabaseError):
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        transaction.set_rollback(True)


def _split_entries(cursor, credit_delta: int) -> None:
    """A new transfer whose D and C entries arrive in two statements (queued for commit)."""
    t = Transfer.objects.order_by("seq").first()
    cursor.execute(
        "INSERT INTO ledger_transfer (key, debit_account_id, credit_account_id, amount, "
        "currency, code, reference, metadata, kind, created_at) "
        "VALUES ('split', %s, %s, 1, %s, 'x', '', '{}', 'single', now()) RETURNING seq",
        [t.debit_account_id, t.credit_account_id, t.currency],
    )
    (seq,) = cursor.fetchone()
    for account, side, delta in (
        (t.debit_account_id, "D", 1),
        (t.credit_account_id, "C", credit_delta),
    ):
        cursor.execute(
            "INSERT INTO ledger_entry (account_id, transfer_id, version, side, posted_delta, "
            "pending_delta, debits_pending, debits_posted, credits_pending, credits_posted, "
            "created_at) VALUES (%s, %s, 999, %s, %s, 0, 0, 0, 0, 0, now())",
            [account, seq, side, delta],
        )


@pytest.mark.postgres
def test_entries_split_over_statements_are_checked_at_commit(some_transfers):
    # Balanced: the deferred check (migration 0012 finds the entries by account) passes.
    with transaction.atomic(), connection.cursor() as cursor:
        _split_entries(cursor, credit_delta=1)
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        transaction.set_rollback(True)
    # Unbalanced: refused, with the balance check's own message.
    with transaction.atomic(), connection.cursor() as cursor:
        _split_entries(cursor, credit_delta=2)
        with pytest.raises(DatabaseError, match="does not balance"):
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        transaction.set_rollback(True)


@pytest.mark.ledger_tampered
def test_closed_escrow_account_holding_money_is_reported(db):
    from directcontracts.ledger.models import Account, AccountCode
    from directcontracts.ledger.services import create_account

    source = AccountFactory()
    escrow = create_account(
        code=AccountCode.ESCROW, currency="USD", debits_must_not_exceed_credits=True
    )
    move("fund", source, escrow, 5)
    Account.objects.filter(pk=escrow.pk).update(closed=True)
    assert any("closed escrow" in p for p in verify_ledger())


def test_seal_task_seals_new_transfers(some_transfers):
    from directcontracts.ledger.tasks import seal_ledger_task

    assert seal_ledger_task.enqueue().return_value == 5
