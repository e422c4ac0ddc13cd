"""A thread's read mark under real concurrent first visits on PostgreSQL (two tabs at once)."""

from __future__ import annotations

import pytest

from directcontracts.contracts import messaging
from directcontracts.contracts.models import ThreadReadMark
from tests.contracts.factories import active_contract
from tests.ledger.helpers import run_together

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("seeded_defaults"),
]


def test_first_visits_at_once_make_one_mark_and_no_error(freelancer, monkeypatch):
    contract, _client = active_contract(freelancer, monkeypatch)
    ThreadReadMark.objects.filter(contract=contract, user=freelancer).delete()

    seen = run_together(
        [lambda: messaging.mark_read(contract=contract, user=freelancer) for _ in range(8)],
        workers=8,
    )

    assert [r for r in seen if isinstance(r, Exception)] == []
    assert ThreadReadMark.objects.filter(contract=contract, user=freelancer).count() == 1
