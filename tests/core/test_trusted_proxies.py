"""The client's address: only a configured proxy's X-Forwarded-For is believed."""

from __future__ import annotations

import ipaddress

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from directcontracts.core.config import env_networks
from directcontracts.core.middleware import resolve_client_ip

PROXIES = [ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_network("fd00::/8")]


def test_without_trusted_proxies_the_header_is_ignored():
    assert resolve_client_ip("10.0.0.5", "198.51.100.7", []) == "10.0.0.5"


def test_a_peer_that_is_not_a_trusted_proxy_cannot_choose_its_address():
    assert resolve_client_ip("203.0.113.9", "198.51.100.7", PROXIES) == "203.0.113.9"


def test_behind_a_trusted_proxy_the_client_is_the_address_it_saw():
    assert resolve_client_ip("10.0.0.5", "198.51.100.7", PROXIES) == "198.51.100.7"


def test_addresses_the_client_wrote_itself_are_skipped():
    forged = "1.2.3.4, 198.51.100.7, 10.0.0.6"
    assert resolve_client_ip("10.0.0.5", forged, PROXIES) == "198.51.100.7"


def test_a_chain_of_trusted_proxies_is_walked_from_the_right():
    assert resolve_client_ip("fd00::1", "2001:db8::7, 10.1.2.3", PROXIES) == "2001:db8::7"


def test_garbage_in_the_header_stops_at_the_last_good_hop():
    assert resolve_client_ip("10.0.0.5", "not-an-ip", PROXIES) == "10.0.0.5"


def test_malformed_trusted_proxies_setting_fails_loudly(monkeypatch):
    monkeypatch.setenv("TRUSTED_PROXIES", "10.0.0.0/8, proxy.example.com")
    with pytest.raises(ImproperlyConfigured, match="TRUSTED_PROXIES"):
        env_networks("TRUSTED_PROXIES", [])


def _fail_sign_in(client, email, *, peer, forwarded=""):
    return client.post(
        reverse("accounts:sign_in"),
        {"email": email, "password": "not-the-password-at-all"},
        REMOTE_ADDR=peer,
        HTTP_X_FORWARDED_FOR=forwarded,
    )


@pytest.mark.django_db
def test_behind_the_proxy_one_clients_burst_does_not_lock_out_everybody(client, settings):
    settings.TRUSTED_PROXIES = PROXIES
    settings.SIGN_IN_LIMIT_PER_ADDRESS = 3
    for n in range(3):
        _fail_sign_in(client, f"a{n}@example.com", peer="10.0.0.5", forwarded="198.51.100.7")
    assert (
        _fail_sign_in(
            client, "b@example.com", peer="10.0.0.5", forwarded="198.51.100.7"
        ).status_code
        == 429
    )
    assert (
        _fail_sign_in(
            client, "c@example.com", peer="10.0.0.5", forwarded="198.51.100.8"
        ).status_code
        == 401
    )


@pytest.mark.django_db
def test_by_default_a_forged_header_does_not_dodge_the_address_limit(client, settings):
    settings.SIGN_IN_LIMIT_PER_ADDRESS = 3
    for n in range(3):
        _fail_sign_in(client, f"a{n}@example.com", peer="203.0.113.9", forwarded=f"192.0.2.{n}")
    assert (
        _fail_sign_in(
            client, "b@example.com", peer="203.0.113.9", forwarded="192.0.2.99"
        ).status_code
        == 429
    )
