import pytest

from directcontracts.ledger.services import clear_shard_cache
from directcontracts.ledger.verify import verify_ledger
from tests.accounts.factories import StaffFactory
from tests.contracts.helpers import money_api_caller


@pytest.fixture(autouse=True)
def _established_freelancers(settings):
    settings.NEW_ACCOUNT_HOLD_DAYS = 0


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture(autouse=True)
def _ledger_verifies_after_each_scenario(request):
    """Every dispute scenario leaves a ledger that verifies clean."""
    clear_shard_cache()
    if "db" not in request.fixturenames and "transactional_db" not in request.fixturenames:
        yield
        return
    request.getfixturevalue(
        "transactional_db" if "transactional_db" in request.fixturenames else "db"
    )
    yield
    problems = verify_ledger()
    assert problems == [], "verify_ledger found:\n" + "\n".join(problems)


@pytest.fixture
def api(client):
    """The contracts tests' API caller (tokens, idempotency keys, uploads)."""
    return money_api_caller(client)


@pytest.fixture
def second_staff(db):
    """Another Trust & Safety member: the one who decides after someone else mediated."""
    return StaffFactory(email="dana.decider@example.com", groups=["trust_safety"])
