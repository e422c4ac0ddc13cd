from __future__ import annotations

from datetime import timedelta

import pytest

from directcontracts.ledger import selectors
from directcontracts.ledger.errors import ResultCode
from directcontracts.ledger.models import Transfer, TransferKind
from directcontracts.ledger.services import (
    expire_pending_transfer,
    expire_pending_transfers,
    post_pending_transfer,
    void_pending_transfer,
)
from tests.ledger.factories import AccountFactory, BoundedAccountFactory
from tests.ledger.helpers import move, refusal

pytestmark = pytest.mark.django_db


@pytest.fixture
def accounts():
    source, wallet, shop = AccountFactory(), BoundedAccountFactory(), AccountFactory()
    move("topup", source, wallet, 100)
    return wallet, shop


@pytest.fixture
def reservation(accounts):
    wallet, shop = accounts
    move("hold", wallet, shop, 60, pending=True)
    return wallet, shop


def test_pending_transfer_reserves_without_posting(reservation):
    wallet, _shop = reservation
    balance = selectors.balance(account_id=wallet.pk)
    assert (balance.posted, balance.available) == (100, 40)


def test_pending_reservation_counts_against_limit(reservation):
    wallet, shop = reservation
    assert refusal(move, "more", wallet, shop, 41) == ResultCode.EXCEEDS_CREDITS


def test_post_pending_in_full_moves_reserved_amount(reservation):
    wallet, shop = reservation
    post_pending_transfer(id="settle", pending_id="hold")
    assert selectors.balance(account_id=shop.pk).posted == 60
    assert selectors.balance(account_id=wallet.pk).available == 40


def test_post_pending_of_smaller_amount_releases_the_rest(reservation):
    wallet, _shop = reservation
    post_pending_transfer(id="settle", pending_id="hold", amount=25)
    balance = selectors.balance(account_id=wallet.pk)
    assert (balance.posted, balance.available) == (75, 75)


def test_post_of_more_than_pending_is_refused(reservation):
    code = refusal(post_pending_transfer, id="settle", pending_id="hold", amount=61)
    assert code == ResultCode.EXCEEDS_PENDING_TRANSFER_AMOUNT


def test_void_restores_available_balance(reservation):
    wallet, _shop = reservation
    void_pending_transfer(id="cancel", pending_id="hold")
    assert selectors.balance(account_id=wallet.pk).available == 100


def test_post_after_void_is_refused(reservation):
    void_pending_transfer(id="cancel", pending_id="hold")
    code = refusal(post_pending_transfer, id="settle", pending_id="hold")
    assert code == ResultCode.PENDING_TRANSFER_ALREADY_VOIDED


def test_void_after_post_is_refused(reservation):
    post_pending_transfer(id="settle", pending_id="hold")
    code = refusal(void_pending_transfer, id="cancel", pending_id="hold")
    assert code == ResultCode.PENDING_TRANSFER_ALREADY_POSTED


def test_unknown_pending_transfer_is_refused(db):
    code = refusal(post_pending_transfer, id="settle", pending_id="nope")
    assert code == ResultCode.PENDING_TRANSFER_NOT_FOUND


def test_only_pending_transfers_can_be_posted(accounts):
    wallet, shop = accounts
    move("plain", wallet, shop, 5)
    code = refusal(post_pending_transfer, id="settle", pending_id="plain")
    assert code == ResultCode.PENDING_TRANSFER_NOT_PENDING


def test_post_naming_other_accounts_is_refused(reservation):
    from directcontracts.ledger.services import TransferRequest, post_transfers

    [result] = post_transfers(
        [
            TransferRequest(
                id="settle",
                kind=TransferKind.POST_PENDING,
                pending_id="hold",
                debit_account_id=AccountFactory().pk,
            )
        ]
    )
    assert result.code == ResultCode.PENDING_TRANSFER_HAS_DIFFERENT_ACCOUNTS


def test_post_in_other_currency_is_refused(reservation):
    from directcontracts.ledger.services import TransferRequest, post_transfers

    [result] = post_transfers(
        [
            TransferRequest(
                id="settle", kind=TransferKind.POST_PENDING, pending_id="hold", currency="EUR"
            )
        ]
    )
    assert result.code == ResultCode.PENDING_TRANSFER_HAS_DIFFERENT_CURRENCY


def test_post_after_timeout_is_refused_as_expired(accounts, frozen_clock):
    wallet, shop = accounts
    move("hold", wallet, shop, 60, pending=True, timeout_seconds=60)
    frozen_clock.advance(seconds=61)
    code = refusal(post_pending_transfer, id="settle", pending_id="hold")
    assert code == ResultCode.PENDING_TRANSFER_EXPIRED


def test_expiry_task_voids_overdue_pending_transfer(accounts, frozen_clock):
    wallet, shop = accounts
    move("hold", wallet, shop, 60, pending=True, timeout_seconds=60)
    frozen_clock.advance(seconds=61)
    assert expire_pending_transfers() == 1
    assert selectors.balance(account_id=wallet.pk).available == 100
    code = refusal(post_pending_transfer, id="settle", pending_id="hold")
    assert code == ResultCode.PENDING_TRANSFER_EXPIRED


def test_expiry_leaves_pending_transfer_alone_before_its_timeout(accounts, frozen_clock):
    wallet, shop = accounts
    move("hold", wallet, shop, 60, pending=True, timeout_seconds=60)
    frozen_clock.advance(seconds=59)
    assert expire_pending_transfer(pending_id="hold") is None
    assert expire_pending_transfers() == 0


def test_expiry_is_idempotent(accounts, frozen_clock):
    wallet, shop = accounts
    move("hold", wallet, shop, 60, pending=True, timeout_seconds=60)
    frozen_clock.advance(seconds=61)
    expire_pending_transfer(pending_id="hold")
    again = expire_pending_transfer(pending_id="hold")
    assert again is not None
    assert again.replayed
    assert Transfer.objects.filter(pending_id="hold").count() == 1


def test_pending_transfer_records_expiry_time(accounts, frozen_clock):
    wallet, shop = accounts
    move("hold", wallet, shop, 60, pending=True, timeout_seconds=60)
    hold = Transfer.objects.get(key="hold")
    assert hold.expires_at == frozen_clock.now() + timedelta(seconds=60)


def test_expiry_sweep_task_voids_overdue_pending_transfers(accounts, frozen_clock):
    from directcontracts.ledger.tasks import expire_pending_transfers_task

    wallet, shop = accounts
    move("hold", wallet, shop, 60, pending=True, timeout_seconds=60)
    frozen_clock.advance(seconds=61)
    assert expire_pending_transfers_task.enqueue().return_value == 1
