from __future__ import annotations

import pytest

from directcontracts.ledger import selectors
from directcontracts.ledger.errors import LedgerError, ResultCode
from directcontracts.ledger.models import Entry, IdempotencyRecord, Transfer
from directcontracts.ledger.services import post_transfer
from tests.ledger.factories import AccountFactory, BoundedAccountFactory
from tests.ledger.helpers import move, refusal

pytestmark = pytest.mark.django_db


@pytest.fixture
def source():
    return AccountFactory()


@pytest.fixture
def wallet(source):
    account = BoundedAccountFactory()
    post_transfer(
        id="topup",
        debit_account_id=source.pk,
        credit_account_id=account.pk,
        amount=100,
        currency="USD",
        code="topup",
    )
    return account


def test_transfer_moves_amount_between_accounts(source, wallet):
    other = AccountFactory()
    move("t1", wallet, other, 30)
    assert selectors.balance(account_id=wallet.pk).posted == 70
    assert selectors.balance(account_id=other.pk).posted == 30


def test_transfer_writes_one_entry_per_side_with_next_version(source, wallet):
    other = AccountFactory()
    result = move("t1", wallet, other, 30)
    entries = Entry.objects.filter(transfer_id=result.transfer_seq).order_by("side")
    assert [(e.side, e.version) for e in entries] == [("C", 1), ("D", 2)]


def test_identical_retry_returns_original_result_without_second_movement(source, wallet):
    other = AccountFactory()
    first = move("t1", wallet, other, 30)
    again = move("t1", wallet, other, 30)
    assert again.replayed
    assert again.transfer_seq == first.transfer_seq
    assert Transfer.objects.filter(key="t1").count() == 1
    assert selectors.balance(account_id=other.pk).posted == 30


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"amount": 31}, ResultCode.EXISTS_WITH_DIFFERENT_AMOUNT),
        ({"code": "other"}, ResultCode.EXISTS_WITH_DIFFERENT_CODE),
        ({"reference": "x"}, ResultCode.EXISTS_WITH_DIFFERENT_REFERENCE),
        ({"metadata": {"a": 1}}, ResultCode.EXISTS_WITH_DIFFERENT_METADATA),
        ({"pending": True}, ResultCode.EXISTS_WITH_DIFFERENT_KIND),
    ],
)
def test_retry_with_altered_field_is_refused_with_field_code(source, wallet, change, code):
    other = AccountFactory()
    move("t1", wallet, other, 30)
    kwargs = {"amount": 30, **change}
    amount = kwargs.pop("amount")
    assert refusal(move, "t1", wallet, other, amount, **kwargs) == code


def test_retry_with_other_accounts_is_refused(source, wallet):
    other = AccountFactory()
    move("t1", wallet, other, 30)
    assert refusal(move, "t1", wallet, source, 30) == ResultCode.EXISTS_WITH_DIFFERENT_ACCOUNTS


def test_overdraft_of_bounded_account_is_refused(source, wallet):
    assert refusal(move, "t1", wallet, source, 101) == ResultCode.EXCEEDS_CREDITS


def test_refused_id_stays_refused_after_top_up(source, wallet):
    other = AccountFactory()
    assert refusal(move, "big", wallet, other, 150) == ResultCode.EXCEEDS_CREDITS
    move("topup2", source, wallet, 100)
    assert refusal(move, "big", wallet, other, 150) == ResultCode.ID_ALREADY_FAILED
    assert IdempotencyRecord.objects.get(key="big").result == ResultCode.EXCEEDS_CREDITS


def test_credit_bound_account_refuses_credits_beyond_debits(source):
    receivable = AccountFactory(credits_must_not_exceed_debits=True)
    assert refusal(move, "t1", source, receivable, 5) == ResultCode.EXCEEDS_DEBITS


def test_amount_must_be_positive(source, wallet):
    assert refusal(move, "t1", wallet, source, 0) == ResultCode.AMOUNT_MUST_BE_POSITIVE


@pytest.mark.parametrize("amount", [2.5, 5.0, "5", True])
def test_an_amount_that_is_not_a_whole_number_of_minor_units_is_refused(source, wallet, amount):
    assert refusal(move, "t1", source, wallet, amount) == ResultCode.AMOUNT_MUST_BE_POSITIVE


@pytest.mark.parametrize("account_id", ["5", 5.0, True, '1,2],["injected"'])
def test_an_account_id_that_is_not_a_whole_number_names_no_account(wallet, account_id):
    with pytest.raises(LedgerError) as info:
        post_transfer(
            id="t1",
            debit_account_id=account_id,
            credit_account_id=wallet.pk,
            amount=5,
            currency="USD",
            code="c",
        )
    assert info.value.code == ResultCode.DEBIT_ACCOUNT_NOT_FOUND


def test_a_timeout_that_is_not_whole_seconds_is_refused(source, wallet):
    assert refusal(move, "t1", source, wallet, 5, pending=True, timeout_seconds=1.5) == (
        ResultCode.TIMEOUT_INVALID
    )


def test_amount_above_configured_maximum_is_refused(source, wallet, settings):
    settings.LEDGER_MAX_AMOUNT_MINOR = 50
    assert refusal(move, "t1", source, wallet, 51) == ResultCode.AMOUNT_TOO_LARGE


def test_unsupported_currency_is_refused(source, wallet):
    assert refusal(move, "t1", source, wallet, 5, currency="XTS") == (
        ResultCode.CURRENCY_NOT_SUPPORTED
    )


def test_malformed_currency_is_refused(source, wallet):
    assert refusal(move, "t1", source, wallet, 5, currency="usd") == ResultCode.CURRENCY_INVALID


def test_currency_must_match_both_accounts(source):
    euros = AccountFactory(currency="EUR")
    assert refusal(move, "t1", source, euros, 5) == ResultCode.CURRENCY_MISMATCH


def test_missing_debit_account_is_refused(source):
    ghost = AccountFactory.build(pk=999_999)
    assert refusal(move, "t1", ghost, source, 5) == ResultCode.DEBIT_ACCOUNT_NOT_FOUND


def test_missing_credit_account_is_refused(source):
    ghost = AccountFactory.build(pk=999_999)
    assert refusal(move, "t1", source, ghost, 5) == ResultCode.CREDIT_ACCOUNT_NOT_FOUND


def test_accounts_must_be_different(source):
    assert refusal(move, "t1", source, source, 5) == ResultCode.ACCOUNTS_MUST_BE_DIFFERENT


def test_empty_id_is_refused(source, wallet):
    assert refusal(move, "", source, wallet, 5) == ResultCode.ID_MUST_NOT_BE_EMPTY


def test_overlong_id_is_refused(source, wallet):
    assert refusal(move, "x" * 101, source, wallet, 5) == ResultCode.ID_TOO_LONG


def test_empty_code_is_refused(source, wallet):
    assert refusal(move, "t1", source, wallet, 5, code="") == ResultCode.CODE_MUST_NOT_BE_EMPTY


def test_timeout_is_reserved_for_pending_transfers(source, wallet):
    assert refusal(move, "t1", source, wallet, 5, timeout_seconds=60) == (
        ResultCode.TIMEOUT_RESERVED_FOR_PENDING_TRANSFER
    )
