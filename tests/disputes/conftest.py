from datetime import UTC, datetime, time

import pytest

from tests.accounts.factories import StaffFactory
from tests.contracts.conftest import (  # noqa: F401 - the contracts scenarios' fixtures
    _established_freelancers,
    _ledger_verifies_after_each_scenario,
    shared_contract,
)
from tests.contracts.factories import funded_milestone
from tests.contracts.helpers import money_api_caller


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def api(client):
    """The contracts tests' API caller (tokens, idempotency keys, uploads)."""
    return money_api_caller(client)


@pytest.fixture
def second_staff(db):
    """Another Trust & Safety member: the one who decides after someone else mediated."""
    return StaffFactory(email="dana.decider@example.com", groups=["trust_safety"])


@pytest.fixture
def dormant_funded(freelancer, monkeypatch, frozen_clock):
    """$500 in escrow; both milestones are due in 30 days, so day 0 (of the dormancy count)
    is the end of that day."""
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    last_due = max(m.due_date for m in contract.milestones.all())
    day_zero = datetime.combine(last_due, time.max, tzinfo=UTC)
    return contract, client, milestone, day_zero
