from tests.contracts.conftest import (  # noqa: F401 - the contracts scenarios' fixtures
    _established_freelancers,
    _ledger_verifies_after_each_scenario,
    category,
)
