import pytest

from directcontracts.ledger.services import clear_shard_cache
from directcontracts.ledger.verify import verify_ledger
from tests.contracts.factories import CATEGORY, active_contract


@pytest.fixture
def category(db):
    """A subcategory of the default catalog that the first migration publishes."""
    return CATEGORY


@pytest.fixture(autouse=True)
def _established_freelancers(settings):
    """Test personas are brand-new accounts; the longer hold for new accounts has its own test."""
    settings.NEW_ACCOUNT_HOLD_DAYS = 0


@pytest.fixture(autouse=True)
def _ledger_verifies_after_each_scenario(request):
    """Every contract scenario leaves a ledger that verifies clean (balances, chain, rules)."""
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
def shared_contract(freelancer, monkeypatch):
    """One active contract for every example of a property test's run; each example funds a
    new milestone on it."""
    return active_contract(freelancer, monkeypatch)
