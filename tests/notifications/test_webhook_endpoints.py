from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError
from directcontracts.notifications import webhooks
from directcontracts.notifications.models import WebhookEndpoint
from tests.notifications.factories import WebhookEndpointFactory

pytestmark = pytest.mark.django_db


def _create(owner, **overrides):
    fields = {"url": "https://hooks.example.com/dc", "enabled_events": ["*"]}
    return webhooks.create_endpoint(owner=owner, **{**fields, **overrides})


def test_a_new_endpoint_gets_a_signing_secret(freelancer):
    endpoint = _create(freelancer, description="Books")
    assert endpoint.secret.startswith("whsec_")
    assert len(endpoint.secret) > 40
    assert endpoint.active


def test_two_endpoints_never_share_a_secret(freelancer):
    assert _create(freelancer).secret != _create(freelancer).secret


@pytest.mark.parametrize(
    "url",
    [
        "ftp://hooks.example.com/dc",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "gopher://hooks.example.com/",
        "hooks.example.com/dc",
        "https://",
    ],
)
def test_only_http_and_https_urls_are_accepted(freelancer, url):
    with pytest.raises(DomainError) as excinfo:
        _create(freelancer, url=url)
    assert excinfo.value.code == "webhook_url_not_allowed"


def test_a_url_with_a_password_is_refused(freelancer):
    with pytest.raises(DomainError, match="no user name or password"):
        _create(freelancer, url="https://user:secret@hooks.example.com/")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/",
        "http://localhost/hooks",
        "http://10.1.2.3/",
        "http://[::1]/",
        "http://169.254.169.254/latest",
    ],
)
def test_private_addresses_are_refused_when_private_networks_are_off(freelancer, settings, url):
    settings.WEBHOOK_ALLOW_PRIVATE_NETWORKS = False
    with pytest.raises(DomainError, match="public internet address"):
        _create(freelancer, url=url)


def test_unknown_event_types_are_refused(freelancer):
    with pytest.raises(DomainError) as excinfo:
        _create(freelancer, enabled_events=["milestone.funded", "milestone.exploded"])
    assert excinfo.value.code == "unknown_event_type"
    assert "milestone.exploded" in excinfo.value.message


def test_all_events_wins_over_a_list(freelancer):
    assert _create(freelancer, enabled_events=["payout.paid", "*"]).enabled_events == ["*"]


def test_an_endpoint_can_subscribe_to_a_type_another_app_registered(freelancer, monkeypatch):
    from directcontracts.notifications import events

    monkeypatch.setattr(events, "_event_types", dict(events._event_types))
    events.register_event_type("dispute.opened", "A dispute was opened.")
    assert _create(freelancer, enabled_events=["dispute.opened"]).enabled_events == [
        "dispute.opened"
    ]


def test_there_is_a_limit_on_endpoints_per_person(freelancer, settings):
    settings.WEBHOOK_MAX_ENDPOINTS_PER_USER = 2
    _create(freelancer)
    _create(freelancer)
    with pytest.raises(DomainError) as excinfo:
        _create(freelancer)
    assert excinfo.value.status == 409


def test_the_owner_disables_and_enables_an_endpoint(freelancer):
    endpoint = WebhookEndpointFactory(owner=freelancer)
    webhooks.set_endpoint_active(user=freelancer, endpoint_id=endpoint.pk, active=False)
    endpoint.refresh_from_db()
    assert not endpoint.active


def test_the_owner_changes_the_url_and_events(freelancer):
    endpoint = WebhookEndpointFactory(owner=freelancer)
    webhooks.update_endpoint(
        user=freelancer,
        endpoint_id=endpoint.pk,
        url="https://new.example.com/h",
        enabled_events=["payout.failed"],
    )
    endpoint.refresh_from_db()
    assert (endpoint.url, endpoint.enabled_events) == (
        "https://new.example.com/h",
        ["payout.failed"],
    )


def test_the_owner_deletes_an_endpoint(freelancer):
    endpoint = WebhookEndpointFactory(owner=freelancer)
    webhooks.delete_endpoint(user=freelancer, endpoint_id=endpoint.pk)
    assert not WebhookEndpoint.objects.exists()


@pytest.mark.parametrize(
    "action",
    [
        lambda user, pk: webhooks.set_endpoint_active(user=user, endpoint_id=pk, active=False),
        lambda user, pk: webhooks.update_endpoint(user=user, endpoint_id=pk, url="https://x.io/"),
        lambda user, pk: webhooks.delete_endpoint(user=user, endpoint_id=pk),
    ],
    ids=["disable", "update", "delete"],
)
def test_a_stranger_cannot_touch_my_endpoint(freelancer, stranger_freelancer, action):
    endpoint = WebhookEndpointFactory(owner=freelancer)
    with pytest.raises(DomainError) as excinfo:
        action(stranger_freelancer, endpoint.pk)
    assert excinfo.value.status == 404
    endpoint.refresh_from_db()
    assert endpoint.active
    assert endpoint.url == "https://hooks.example.com/direct-contracts"


def test_a_plain_http_endpoint_is_refused_in_production(freelancer, settings):
    settings.WEBHOOK_ALLOW_PRIVATE_NETWORKS = False
    with pytest.raises(DomainError, match="must start with https://"):
        _create(freelancer, url="http://example.com/hook")


def test_an_https_endpoint_is_accepted_in_production(freelancer, settings):
    settings.WEBHOOK_ALLOW_PRIVATE_NETWORKS = False
    assert _create(freelancer, url="https://example.com/hook").url == "https://example.com/hook"
