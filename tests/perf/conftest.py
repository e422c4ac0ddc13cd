import pytest

from tests.contracts.conftest import (  # noqa: F401 - the contracts scenarios' fixtures
    _established_freelancers,
    _ledger_verifies_after_each_scenario,
    category,
)


@pytest.fixture(autouse=True)
def _contract_page_rendered_every_time(settings):
    """The counts guard the contract page as rendered (a cache miss); the cache hit's own
    count is tests/perf/test_contract_page_cache_queries.py's."""
    settings.CONTRACT_PAGE_CACHE = False
