from __future__ import annotations

import pytest

from directcontracts.ledger import selectors
from directcontracts.ledger.errors import LedgerError, LedgerErrorCode, ResultCode
from directcontracts.ledger.models import Transfer, TransferKind
from directcontracts.ledger.services import (
    MAX_BATCH_SIZE,
    TransferRequest,
    post_linked_transfers,
    post_transfers,
)
from tests.ledger.factories import AccountFactory, BoundedAccountFactory
from tests.ledger.helpers import move

pytestmark = pytest.mark.django_db


@pytest.fixture
def escrow():
    source, escrow = AccountFactory(), BoundedAccountFactory()
    move("fund", source, escrow, 100)
    return escrow


def leg(id, debit, credit, amount, **kw):
    return TransferRequest(
        id=id,
        debit_account_id=debit.pk,
        credit_account_id=credit.pk,
        amount=amount,
        currency="USD",
        code="release",
        **kw,
    )


def test_linked_transfers_apply_together(escrow):
    freelancer, fees = AccountFactory(), AccountFactory()
    post_linked_transfers([leg("r1", escrow, freelancer, 90), leg("r2", escrow, fees, 10)])
    assert selectors.balance(account_id=escrow.pk).posted == 0


def test_linked_transfers_with_invalid_last_leg_apply_nothing(escrow):
    freelancer, fees = AccountFactory(), AccountFactory()
    with pytest.raises(LedgerError) as info:
        post_linked_transfers([leg("r1", escrow, freelancer, 90), leg("r2", escrow, fees, 11)])
    assert info.value.code == ResultCode.EXCEEDS_CREDITS
    assert selectors.balance(account_id=freelancer.pk).posted == 0
    assert not Transfer.objects.filter(key__in=["r1", "r2"]).exists()


def test_failed_linked_group_names_the_failing_leg_and_refuses_the_rest(escrow):
    freelancer, fees = AccountFactory(), AccountFactory()
    results = post_transfers(
        [leg("r1", escrow, freelancer, 90), leg("r2", escrow, fees, 11)], linked=True
    )
    assert [r.code for r in results] == [ResultCode.LINKED_EVENT_FAILED, ResultCode.EXCEEDS_CREDITS]


def test_linked_retry_after_success_replays_every_leg(escrow):
    freelancer, fees = AccountFactory(), AccountFactory()
    legs = [leg("r1", escrow, freelancer, 90), leg("r2", escrow, fees, 10)]
    post_linked_transfers(legs)
    assert all(r.replayed for r in post_linked_transfers(legs))


def test_batch_returns_one_result_per_transfer(escrow):
    other = AccountFactory()
    results = post_transfers(
        [leg("b1", escrow, other, 60), leg("b2", escrow, other, 60), leg("b3", escrow, other, 40)]
    )
    assert [r.code for r in results] == [ResultCode.OK, ResultCode.EXCEEDS_CREDITS, ResultCode.OK]


def test_batch_with_duplicate_id_moves_once(escrow):
    other = AccountFactory()
    results = post_transfers([leg("b1", escrow, other, 10), leg("b1", escrow, other, 10)])
    assert [r.ok for r in results] == [True, True]
    assert results[1].replayed
    assert selectors.balance(account_id=other.pk).posted == 10


def test_batch_can_create_and_post_a_pending_transfer(escrow):
    other = AccountFactory()
    results = post_transfers(
        [
            leg("p1", escrow, other, 50, kind=TransferKind.PENDING),
            TransferRequest(id="p1-post", kind=TransferKind.POST_PENDING, pending_id="p1"),
        ]
    )
    assert [r.code for r in results] == [ResultCode.OK, ResultCode.OK]
    assert selectors.balance(account_id=other.pk).posted == 50


def test_batch_above_maximum_size_is_refused(db):
    with pytest.raises(LedgerError) as info:
        post_transfers([TransferRequest(id=str(n)) for n in range(MAX_BATCH_SIZE + 1)])
    assert info.value.code == LedgerErrorCode.BATCH_TOO_LARGE
