"""Settings, webhooks, notices, the catalogue and the Trust & Safety staff pages make the same
number of queries for one row and for many (issue 19; see test_route_sweep.py)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.accounts.services import create_api_token
from directcontracts.core.concerns import Concern
from directcontracts.notifications.models import WebhookAttempt, WebhookDelivery, WebhookEvent
from directcontracts.trust.cases import receive_concern
from directcontracts.trust.models import Case, Flag
from tests.accounts.factories import ClientFactory
from tests.accounts.helpers import staff_session
from tests.catalog.factories import CategoryFactory
from tests.notifications.factories import NoticeFactory, WebhookEndpointFactory
from tests.querycount import assert_constant_queries

pytestmark = pytest.mark.django_db

MANY = 50


def _events(endpoint, count: int) -> list[WebhookDelivery]:
    """`count` events delivered to `endpoint`, each with two attempts."""
    made = []
    start = WebhookEvent.objects.count()
    for number in range(start, start + count):
        event = WebhookEvent.objects.create(
            type="milestone.funded",
            owner=endpoint.owner,
            data={"n": number},
            idempotency_key=f"k{number}",
        )
        delivery = WebhookDelivery.objects.create(event=event, endpoint=endpoint, attempt=2)
        for attempt in (1, 2):
            WebhookAttempt.objects.create(delivery=delivery, number=attempt, status_code=500)
        made.append(delivery)
    return made


def _endpoints(owner, count: int) -> None:
    for _ in range(count):
        _events(WebhookEndpointFactory(owner=owner), 2)


@pytest.mark.constant_queries("notifications:webhooks", "GET /api/v1/webhook-endpoints")
def test_the_webhooks_page_and_api_list_make_the_same_queries_for_one_endpoint_and_for_many(
    client, freelancer
):
    _endpoints(freelancer, 1)
    client.force_login(freelancer)
    for url in (reverse("notifications:webhooks"), "/api/v1/webhook-endpoints"):
        assert_constant_queries(lambda url=url: client.get(url), lambda: _endpoints(freelancer, 10))


@pytest.mark.constant_queries(
    "notifications:endpoint_detail",
    "GET /api/v1/webhook-endpoints/{endpoint_id}",
    "GET /api/v1/webhook-endpoints/{endpoint_id}/deliveries",
)
def test_an_endpoint_makes_the_same_queries_for_one_delivery_and_for_many(client, freelancer):
    endpoint = WebhookEndpointFactory(owner=freelancer)
    _events(endpoint, 1)
    client.force_login(freelancer)
    for url in (
        reverse("notifications:endpoint_detail", args=[endpoint.pk]),
        f"/api/v1/webhook-endpoints/{endpoint.pk}",
        f"/api/v1/webhook-endpoints/{endpoint.pk}/deliveries",
    ):
        assert_constant_queries(lambda url=url: client.get(url), lambda: _events(endpoint, 20))


@pytest.mark.constant_queries(
    "notifications:delivery_detail", "GET /api/v1/webhook-deliveries/{delivery_id}"
)
def test_a_delivery_makes_the_same_queries_for_two_attempts_and_for_many(client, freelancer):
    [delivery] = _events(WebhookEndpointFactory(owner=freelancer), 1)
    client.force_login(freelancer)

    def more_attempts() -> None:
        top = delivery.attempts.count()
        for number in range(top + 1, top + 1 + 20):
            WebhookAttempt.objects.create(delivery=delivery, number=number, status_code=502)

    for url in (
        reverse("notifications:delivery_detail", args=[delivery.pk]),
        f"/api/v1/webhook-deliveries/{delivery.pk}",
    ):
        assert_constant_queries(lambda url=url: client.get(url), more_attempts)


@pytest.mark.constant_queries("GET /api/v1/notifications")
def test_the_api_notices_make_the_same_queries_for_one_notice_and_for_many(client, freelancer):
    NoticeFactory(recipient=freelancer)
    client.force_login(freelancer)
    assert_constant_queries(
        lambda: client.get("/api/v1/notifications"),
        lambda: NoticeFactory.create_batch(MANY, recipient=freelancer),
    )


def _tokens(person, count: int) -> None:
    start = person.api_tokens.count() if hasattr(person, "api_tokens") else 0
    for number in range(start, start + count):
        create_api_token(user=person, name=f"Script {number}")


@pytest.mark.constant_queries("accounts:settings", "GET /api/v1/tokens")
def test_the_settings_page_and_api_tokens_make_the_same_queries_for_one_token_and_for_many(
    client, freelancer
):
    _tokens(freelancer, 1)
    client.force_login(freelancer)
    for url in (reverse("accounts:settings"), "/api/v1/tokens"):
        assert_constant_queries(lambda url=url: client.get(url), lambda: _tokens(freelancer, 20))


@pytest.mark.constant_queries("catalog:category_list", "GET /api/v1/categories")
def test_the_categories_make_the_same_queries_for_the_catalogue_and_for_more(client):
    from directcontracts.catalog.models import Category

    version = Category.objects.order_by("-id").first().version

    def more_categories() -> None:
        start = Category.objects.count()
        for number in range(start, start + 20):
            CategoryFactory(version=version, slug=f"extra-{number}", name=f"Extra {number}")

    for url in (reverse("catalog:category_list"), "/api/v1/categories"):
        assert_constant_queries(lambda url=url: client.get(url), more_categories)


def _signals(count: int, *, first: int = 0) -> Case:
    """One case about the same person, joined by `count` concerns and reported by as many
    people (each a flag)."""
    receipt = None
    for number in range(first, first + count):
        receipt = receive_concern(
            Concern(
                source="velocity",
                target_kind="user",
                target_id="900001",
                reason="spam",
                summary=f"Velocity hit number {number}",
            )
        )
        case = Case.objects.get(pk=receipt.case_id)
        reporter = ClientFactory(email=f"reporter{number}@example.org")
        Flag.objects.create(
            reference=f"FL-S{number:05d}",
            reporter=reporter,
            target_kind="user",
            target_id="900001",
            reason="spam",
            case=case,
        )
    assert receipt is not None
    return Case.objects.get(pk=receipt.case_id)


@pytest.mark.constant_queries("trust:case")
def test_a_case_page_makes_the_same_queries_for_one_signal_and_for_many(client, trust_safety_staff):
    case = _signals(1)
    staff_session(client, trust_safety_staff)
    url = reverse("trust:case", args=[case.reference])
    assert_constant_queries(lambda: client.get(url), lambda: _signals(30, first=1))


@pytest.mark.constant_queries("staff_home")
def test_the_staff_home_makes_the_same_queries_for_one_case_and_for_many(
    client, trust_safety_staff
):
    def concerns(first: int, count: int) -> None:
        for number in range(first, first + count):
            receive_concern(
                Concern(
                    source="velocity",
                    target_kind="user",
                    target_id=str(800_000 + number),
                    reason="spam",
                    summary=f"Velocity hit {number}",
                )
            )

    concerns(0, 1)
    staff_session(client, trust_safety_staff)
    assert_constant_queries(lambda: client.get(reverse("staff_home")), lambda: concerns(1, 30))
