from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError
from directcontracts.payments.models import SandboxBalanceTransaction
from directcontracts.payments.services import record_balance_transaction

pytestmark = pytest.mark.django_db


def record(**kw):
    fields = {
        "txn_id": "txn_1",
        "source_id": "ch_1",
        "type": "charge",
        "amount_minor": 1000,
        "currency": "USD",
        "reference": "fund-settle:1",
    }
    return record_balance_transaction(**{**fields, **kw})


def test_recording_the_same_gateway_id_twice_keeps_one_row():
    record()
    record()
    assert SandboxBalanceTransaction.objects.count() == 1


def test_zero_amount_is_refused():
    with pytest.raises(DomainError):
        record(amount_minor=0)


def test_unknown_type_is_refused():
    with pytest.raises(DomainError):
        record(type="gift")


def test_unsupported_currency_is_refused():
    with pytest.raises(DomainError):
        record(currency="XXX")
