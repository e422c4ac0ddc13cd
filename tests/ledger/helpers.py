from __future__ import annotations

import pytest

from directcontracts.ledger.errors import LedgerError
from directcontracts.ledger.services import post_transfer


def move(id, debit, credit, amount=10, **kw):
    """A posted USD transfer between two account objects."""
    return post_transfer(
        id=id,
        debit_account_id=debit.pk,
        credit_account_id=credit.pk,
        amount=amount,
        currency=kw.pop("currency", "USD"),
        code=kw.pop("code", "test"),
        **kw,
    )


def refusal(fn, *args, **kw) -> str:
    with pytest.raises(LedgerError) as info:
        fn(*args, **kw)
    return info.value.code
