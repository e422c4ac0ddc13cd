from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction

from directcontracts.ledger import selectors
from directcontracts.ledger.errors import LedgerError, LedgerErrorCode, ResultCode
from directcontracts.ledger.models import Account, AccountCode
from directcontracts.ledger.services import close_account, create_account, get_or_create_account
from tests.ledger.factories import AccountFactory, BoundedAccountFactory
from tests.ledger.helpers import move, refusal

pytestmark = pytest.mark.django_db


def hot(shards=4):
    return create_account(code=AccountCode.PLATFORM_FEES, currency="USD", shards=shards)


def test_hot_account_is_created_with_its_shards():
    fees = hot()
    assert Account.objects.filter(parent=fees).count() == 3


def test_hot_account_cannot_have_a_balance_limit():
    with pytest.raises(LedgerError) as info:
        create_account(
            code=AccountCode.PLATFORM_FEES,
            currency="USD",
            shards=4,
            debits_must_not_exceed_credits=True,
        )
    assert info.value.code == LedgerErrorCode.ACCOUNT_RULE_INVALID


def test_account_cannot_have_both_balance_rules():
    with pytest.raises(LedgerError):
        create_account(
            code=AccountCode.TEST,
            currency="USD",
            debits_must_not_exceed_credits=True,
            credits_must_not_exceed_debits=True,
        )


def test_account_currency_must_be_supported():
    with pytest.raises(LedgerError) as info:
        create_account(code=AccountCode.TEST, currency="ZZZ")
    assert info.value.code == ResultCode.CURRENCY_NOT_SUPPORTED


def test_transfers_to_hot_account_spread_over_shards_and_sum_up():
    source, fees = AccountFactory(), hot()
    for n in range(20):
        move(f"fee{n}", source, fees, 1)
    touched = Account.objects.filter(pk__in=[fees.pk, *fees.shards.values_list("pk", flat=True)])
    assert touched.filter(credits_posted__gt=0).count() > 1
    assert selectors.balance(account_id=fees.pk).posted == 20


def test_get_or_create_account_returns_the_same_account():
    first = get_or_create_account(
        code=AccountCode.ESCROW, currency="USD", owner_type="c", owner_id=1
    )
    again = get_or_create_account(
        code=AccountCode.ESCROW, currency="USD", owner_type="c", owner_id=1
    )
    assert first.pk == again.pk


def test_closed_account_refuses_transfers():
    source, target = AccountFactory(), AccountFactory()
    close_account(account_id=target.pk)
    assert refusal(move, "t1", source, target, 1) == ResultCode.ACCOUNT_CLOSED


def test_escrow_account_closes_only_when_empty():
    source = AccountFactory()
    escrow = create_account(
        code=AccountCode.ESCROW, currency="USD", debits_must_not_exceed_credits=True
    )
    move("fund", source, escrow, 5)
    with pytest.raises(LedgerError) as info:
        close_account(account_id=escrow.pk)
    assert info.value.code == LedgerErrorCode.ACCOUNT_NOT_EMPTY


def test_history_pages_newest_first_with_cursor():
    source, target = AccountFactory(), AccountFactory()
    for n in range(5):
        move(f"t{n}", source, target, n + 1)
    first = selectors.account_history(account_id=target.pk, limit=3)
    second = selectors.account_history(account_id=target.pk, cursor=first.next_cursor, limit=3)
    keys = [line.transfer_key for line in first.lines + second.lines]
    assert keys == ["t4", "t3", "t2", "t1", "t0"]
    assert second.next_cursor is None


def test_balance_as_of_reads_the_past(frozen_clock):
    source, target = AccountFactory(), BoundedAccountFactory()
    move("t1", source, target, 10)
    before = frozen_clock.now()
    frozen_clock.advance(hours=1)
    move("t2", source, target, 5)
    assert selectors.balance_as_of(account_id=target.pk, at=before).posted == 10
    assert selectors.balance(account_id=target.pk).posted == 15


def test_balance_of_unknown_account_is_an_error():
    with pytest.raises(LedgerError) as info:
        selectors.balance(account_id=123456789)
    assert info.value.code == LedgerErrorCode.ACCOUNT_NOT_FOUND


@pytest.mark.parametrize(
    ("column", "value", "constraint"),
    [
        ("currency", "usd", "ledger_account_currency_iso_shape"),
        ("credits_must_not_exceed_debits", True, "ledger_account_one_balance_rule"),
        ("shard", 3, "ledger_account_shard_in_range"),
        ("shard_count", 0, "ledger_account_shard_in_range"),
    ],
)
def test_an_accounts_fixed_properties_are_checked_whenever_written(column, value, constraint):
    account = BoundedAccountFactory()
    sql = f"UPDATE ledger_account SET {column} = %s WHERE id = %s"  # noqa: S608 — names above
    with (
        pytest.raises(IntegrityError, match=constraint),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql, [value, account.pk])


def test_an_owners_balances_sum_a_hot_accounts_shards_like_balance_does():
    source, fees = AccountFactory(), hot()
    for n in range(20):
        move(f"owner-fee{n}", source, fees, 3)

    found = selectors.owner_balances(
        owner_type=fees.owner_type, owner_id=fees.owner_id, codes=[AccountCode.PLATFORM_FEES]
    )

    assert found == {(AccountCode.PLATFORM_FEES, "USD"): selectors.balance(account_id=fees.pk)}


def test_an_owners_balances_are_one_query_per_owner_however_many_currencies(
    django_assert_num_queries,
):
    source_usd, source_eur = AccountFactory(), AccountFactory(currency="EUR")
    usd = BoundedAccountFactory(owner_type="freelancer", owner_id=7)
    eur = BoundedAccountFactory(owner_type="freelancer", owner_id=7, currency="EUR")
    move("usd-in", source_usd, usd, 500)
    move("eur-in", source_eur, eur, 200, currency="EUR")

    with django_assert_num_queries(1):
        found = selectors.owner_balances(
            owner_type="freelancer", owner_id=7, codes=[AccountCode.TEST]
        )

    assert {key: value.available for key, value in found.items()} == {
        (AccountCode.TEST, "USD"): 500,
        (AccountCode.TEST, "EUR"): 200,
    }


def test_an_owner_without_accounts_has_no_balances():
    assert selectors.owner_balances(owner_type="freelancer", owner_id=404, codes=["test"]) == {}
