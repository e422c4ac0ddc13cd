"""The shared cache: CACHE_URL, sessions kept in it, and reads that are the same for everyone."""

from __future__ import annotations

import secrets

import pytest
import redis
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from directcontracts.accounts import services
from directcontracts.accounts.models import UserSession
from directcontracts.catalog import selectors as catalog
from directcontracts.core.config import parse_cache_url
from tests.redis_db import worker_redis_url

REDIS_URL = worker_redis_url()


def _redis_or_skip() -> None:
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        pytest.skip("needs Redis at 127.0.0.1:6379 for the shared-cache tests")


def test_a_redis_cache_url_gives_the_shared_redis_cache():
    cache = parse_cache_url("redis://cache.internal:6379/2", key_prefix="site")
    assert cache == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://cache.internal:6379/2",
        "KEY_PREFIX": "site",
    }


def test_no_cache_url_gives_the_memory_cache():
    assert parse_cache_url("", key_prefix="x")["BACKEND"].endswith("LocMemCache")


def test_an_unknown_cache_url_stops_start_up_with_a_clear_message():
    with pytest.raises(ImproperlyConfigured, match="CACHE_URL must start with"):
        parse_cache_url("memcached://127.0.0.1:11211", key_prefix="x")


@pytest.fixture
def redis_sessions(settings):
    _redis_or_skip()
    settings.CACHES = {
        "default": parse_cache_url(REDIS_URL, key_prefix=f"test-{secrets.token_hex(4)}")
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    yield settings
    caches["default"].clear()


@pytest.mark.django_db
def test_a_signed_in_page_reads_its_session_from_the_shared_cache(
    client, freelancer, redis_sessions
):
    client.force_login(freelancer)
    client.get(reverse("home"))
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("home")).status_code == 200
    assert not [q for q in captured.captured_queries if "django_session" in q["sql"]]


@pytest.mark.django_db
def test_ending_a_session_signs_the_browser_out_even_with_sessions_in_the_cache(
    client, freelancer, redis_sessions
):
    client.force_login(freelancer)
    key = client.session.session_key
    services.record_sign_in(user=freelancer, session_key=key, ip_address=None, user_agent="x")
    assert client.get(reverse("home")).status_code == 200
    services.end_other_sessions(user=freelancer, keep_session_key=None)
    response = client.get(reverse("contracts:list"))
    assert response.status_code == 302
    assert reverse("accounts:sign_in") in response["Location"]


@pytest.mark.django_db
def test_last_seen_is_written_at_most_once_a_minute_not_on_every_page(client, freelancer):
    client.force_login(freelancer)
    services.record_sign_in(
        user=freelancer, session_key=client.session.session_key, ip_address=None, user_agent="x"
    )
    client.get(reverse("home"))
    with CaptureQueriesContext(connection) as captured:
        client.get(reverse("home"))
    assert not [q for q in captured.captured_queries if "accounts_usersession" in q["sql"]]
    assert UserSession.objects.filter(user=freelancer).exists()


@pytest.mark.django_db
def test_the_published_catalog_tree_is_read_once_and_then_served_from_the_cache():
    version = catalog.current_version()
    assert version is not None
    first = catalog.category_tree(version)
    with CaptureQueriesContext(connection) as captured:
        again = catalog.category_tree(version)
    assert len(captured.captured_queries) == 0
    assert [c.slug for c in again] == [c.slug for c in first]
    assert [s.slug for s in again[0].subcategories.all()] == [
        s.slug for s in first[0].subcategories.all()
    ]
