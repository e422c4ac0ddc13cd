from __future__ import annotations

import factory

from directcontracts.core import clock
from directcontracts.ledger.models import Account, AccountCode


class AccountFactory(factory.django.DjangoModelFactory):
    """A plain account; balances only ever change through the services."""

    class Meta:
        model = Account

    code = AccountCode.TEST
    currency = "USD"
    owner_type = "test"
    owner_id = factory.Sequence(lambda n: n + 1)
    created_at = factory.LazyFunction(clock.now)


class BoundedAccountFactory(AccountFactory):
    """Cannot spend more than it was credited (a customer-style liability account)."""

    debits_must_not_exceed_credits = True
