"""A record may leave its request to its transfer; replays answer exactly as before.

On PostgreSQL the set-based writers (`ledger_write_one`, `ledger_write_batch`) store no
copy of the request in the idempotency record of a new transfer on the accounts its
caller named: the transfer row holds every field, and `locks.py` rebuilds the request
from it. These tests pin down that the rebuilt request is the original one, field by
field, through both writers (and through the engine on SQLite).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from django.db import connection

from directcontracts.ledger.errors import ResultCode
from directcontracts.ledger.models import AccountCode, IdempotencyRecord, TransferKind
from directcontracts.ledger.services import (
    TransferRequest,
    create_account,
    post_transfers,
)
from tests.ledger.factories import AccountFactory

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the set-based writers are PostgreSQL's"
)


def _request(tag: str, debit, credit, **fields) -> TransferRequest:
    return TransferRequest(
        id=tag,
        debit_account_id=debit.pk,
        credit_account_id=credit.pk,
        amount=fields.pop("amount", 40),
        currency="USD",
        code=fields.pop("code", "fund"),
        reference=fields.pop("reference", "m-1"),
        metadata=fields.pop("metadata", {"milestone": 7}),
        **fields,
    )


def _post(requests: list[TransferRequest], batch: bool):
    # A lone request takes the single writer; two or more the batch writer.
    if batch:
        filler = _request(f"{requests[0].id}:filler", *_two_accounts())
        return post_transfers([*requests, filler])[: len(requests)]
    return post_transfers(requests)


def _two_accounts():
    return AccountFactory(), AccountFactory()


@on_postgresql
@pytest.mark.parametrize("batch", [False, True], ids=["single", "batch"])
def test_a_transfer_on_the_named_accounts_keeps_no_copy_of_its_request(batch):
    source, target = _two_accounts()
    assert _post([_request("plain", source, target)], batch)[0].ok
    record = IdempotencyRecord.objects.get(key="plain")
    assert record.request is None
    assert record.request_hash  # the hash and outcome are always kept


@on_postgresql
@pytest.mark.parametrize("batch", [False, True], ids=["single", "batch"])
def test_a_transfer_mapped_to_a_hot_accounts_shard_keeps_its_request(batch):
    source = AccountFactory()
    fees = create_account(code=AccountCode.PLATFORM_FEES, currency="USD", shards=4)
    request = _request("fee", source, fees)
    # Twice: the first call learns the shards (the engine), the second maps to one.
    assert _post([request], batch)[0].ok
    assert _post([replace(request, id="fee2")], batch)[0].ok
    record = IdempotencyRecord.objects.get(key="fee2")
    assert record.request is not None
    assert record.request["credit_account_id"] == fees.pk


@pytest.mark.parametrize("batch", [False, True], ids=["single", "batch"])
@pytest.mark.parametrize("pending", [False, True], ids=["posted", "pending"])
def test_an_identical_retry_is_answered_from_the_transfer(batch, pending):
    source, target = _two_accounts()
    kind = TransferKind.PENDING if pending else TransferKind.SINGLE
    request = _request("again", source, target, kind=kind, timeout_seconds=90 if pending else 0)
    first = _post([request], batch)[0]
    retry = _post([request], batch)[0]
    assert (retry.code, retry.replayed, retry.transfer_seq) == (
        ResultCode.OK,
        True,
        first.transfer_seq,
    )


@pytest.mark.parametrize("batch", [False, True], ids=["single", "batch"])
@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"amount": 41}, ResultCode.EXISTS_WITH_DIFFERENT_AMOUNT),
        ({"code": "other"}, ResultCode.EXISTS_WITH_DIFFERENT_CODE),
        ({"reference": "m-2"}, ResultCode.EXISTS_WITH_DIFFERENT_REFERENCE),
        ({"metadata": {"milestone": 8}}, ResultCode.EXISTS_WITH_DIFFERENT_METADATA),
        ({"kind": TransferKind.PENDING}, ResultCode.EXISTS_WITH_DIFFERENT_KIND),
        (
            {"kind": TransferKind.PENDING, "timeout_seconds": 60},
            ResultCode.EXISTS_WITH_DIFFERENT_KIND,
        ),
    ],
)
def test_an_altered_retry_is_refused_with_the_field_that_differs(batch, change, code):
    source, target = _two_accounts()
    request = _request("altered", source, target)
    assert _post([request], batch)[0].ok
    assert _post([replace(request, **change)], batch)[0].code == code


@pytest.mark.parametrize("batch", [False, True], ids=["single", "batch"])
def test_a_retry_with_another_timeout_is_refused(batch):
    source, target = _two_accounts()
    request = _request("held", source, target, kind=TransferKind.PENDING, timeout_seconds=90)
    assert _post([request], batch)[0].ok
    retry = _post([replace(request, timeout_seconds=91)], batch)[0]
    assert retry.code == ResultCode.EXISTS_WITH_DIFFERENT_TIMEOUT


@pytest.mark.parametrize("batch", [False, True], ids=["single", "batch"])
def test_a_retry_naming_other_accounts_is_refused(batch):
    source, target = _two_accounts()
    request = _request("moved", source, target)
    assert _post([request], batch)[0].ok
    other = AccountFactory()
    retry = _post([replace(request, credit_account_id=other.pk)], batch)[0]
    assert retry.code == ResultCode.EXISTS_WITH_DIFFERENT_ACCOUNTS
