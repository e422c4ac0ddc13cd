"""After every ledger test that touched the database, the ledger must verify clean."""

from __future__ import annotations

import pytest

from directcontracts.ledger.services import clear_shard_cache
from directcontracts.ledger.verify import verify_ledger


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "ledger_tampered: the test corrupts the ledger on purpose; skip the check"
    )


@pytest.fixture(autouse=True)
def _ledger_verifies_after_each_test(request):
    uses_db = any(
        name in request.fixturenames for name in ("db", "transactional_db", "django_db_setup")
    ) or request.node.get_closest_marker("django_db")
    clear_shard_cache()
    if not uses_db or request.node.get_closest_marker("ledger_tampered"):
        yield
        return
    # Resolve the database fixture first so this check runs before its rollback.
    if "transactional_db" in request.fixturenames:
        request.getfixturevalue("transactional_db")
    else:
        request.getfixturevalue("db")
    yield
    problems = verify_ledger()
    assert problems == [], "verify_ledger found:\n" + "\n".join(problems)
