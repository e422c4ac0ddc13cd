import pytest

from tests.contracts.factories import CATEGORY


@pytest.fixture
def category(db):
    """A subcategory of the default catalog that the first migration publishes."""
    return CATEGORY
