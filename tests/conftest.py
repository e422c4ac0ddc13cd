"""Shared by the whole suite: the clock, the personas, the PostgreSQL-only marker."""

from __future__ import annotations

import pytest
from django.db import connection

from directcontracts.core import clock
from tests.accounts.factories import (
    ClientFactory,
    FreelancerFactory,
    StaffFactory,
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(
        reason="needs PostgreSQL: `make test` runs these with DATABASE_URL=postgres://... in its second pass"
    )
    for item in items:
        if item.get_closest_marker("postgres"):
            item.add_marker(skip)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    """A test marked `constant_queries(route, ...)` counts as covering those routes in the
    route sweep (tests/perf/test_route_sweep.py) only if it measured each of them with
    `assert_constant_queries`: a marker naming a route the test never loaded fails it."""
    from tests import querycount

    querycount.MEASURED.clear()
    result = yield
    marker = item.get_closest_marker("constant_queries")
    missing = sorted(set(marker.args) - querycount.MEASURED) if marker else []
    if missing:
        raise AssertionError(
            f"marked constant_queries{tuple(missing)} but measured only "
            f"{sorted(querycount.MEASURED)} with assert_constant_queries"
        )
    return result


@pytest.fixture
def seeded_defaults(transactional_db):
    """What the data migrations install, again: transactional tests flush the database."""
    from directcontracts.accounts.demo import ensure_staff_groups
    from directcontracts.catalog.defaults import install as install_catalog
    from directcontracts.catalog.models import CatalogVersion, Category
    from directcontracts.screening.services import install_default_rules

    install_catalog(CatalogVersion, Category)
    install_default_rules()
    ensure_staff_groups()


@pytest.fixture(autouse=True)
def _empty_cache_after_each_test():
    """The memory cache outlives a test (rate-limit counters, cached reads): start clean."""
    from django.conf import settings
    from django.core.cache import caches

    yield
    for alias in settings.CACHES:  # a test may swap the caches for others (test_cache.py)
        caches[alias].clear()


@pytest.fixture(autouse=True)
def _real_clock_after_each_test():
    yield
    clock.reset()


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    """Tasks run in-process in tests unless a test asks for the database backend."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def _card_testing_limits_out_of_reach(settings):
    """Tests that add many cards or see many declines (and Hypothesis examples, which share one
    test's cache) test something else; the limits' own tests set them low
    (tests/payments/test_hostile_round_g_card_testing.py)."""
    settings.PAYMENT_METHODS_PER_DAY = 10_000
    settings.DECLINED_PAYMENTS_PER_DAY = 10_000


@pytest.fixture(autouse=True)
def _data_exports_in_tmp(settings, tmp_path_factory):
    """Files of "Download your data" never land in the project's data folder."""
    settings.DATA_EXPORT_DIR = tmp_path_factory.getbasetemp() / "data-exports"


@pytest.fixture
def frozen_clock():
    """The clock stopped at a fixed moment; advance it with `clock.advance(days=...)`."""
    from datetime import UTC, datetime

    clock.freeze(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    return clock


# --- Personas (DESIGN.md, convention 7) -------------------------------------------------


@pytest.fixture
def freelancer(db):
    return FreelancerFactory(email="fiona.freelancer@example.com", full_name="Fiona Freelancer")


@pytest.fixture
def client_user(db):
    return ClientFactory(email="carl.client@example.com", full_name="Carl Client")


@pytest.fixture
def stranger_freelancer(db):
    return FreelancerFactory(email="sam.stranger@example.com", full_name="Sam Stranger")


@pytest.fixture
def stranger_client(db):
    return ClientFactory(email="stella.stranger@example.com", full_name="Stella Stranger")


@pytest.fixture
def support_staff(db):
    return StaffFactory(email="sue.support@example.com", groups=["support"])


@pytest.fixture
def trust_safety_staff(db):
    return StaffFactory(email="tom.trust@example.com", groups=["trust_safety"])


@pytest.fixture
def finance_staff(db):
    return StaffFactory(email="fay.finance@example.com", groups=["finance"])
