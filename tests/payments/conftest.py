"""Every payments test that touched the database leaves a ledger that verifies clean."""

from tests.ledger.conftest import _ledger_verifies_after_each_test  # noqa: F401 — autouse here too
