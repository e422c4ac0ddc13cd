from __future__ import annotations

import factory

from directcontracts.notifications.models import Notice, WebhookEndpoint
from directcontracts.notifications.services import notify
from tests.accounts.factories import UserFactory


class NoticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Notice

    recipient = factory.SubFactory(UserFactory)
    kind = "milestone.funded"
    title = factory.Sequence(lambda n: f"Milestone {n} is funded")
    body = "The money is held in escrow."
    url = "/contracts/1/"


class WebhookEndpointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WebhookEndpoint

    owner = factory.SubFactory(UserFactory)
    url = "https://hooks.example.com/direct-contracts"
    description = "Accounting sync"
    enabled_events = factory.LazyFunction(lambda: ["*"])


def notify_with_defaults(recipient, **overrides):
    """`notify()` with a milestone notice's fields, any of them overridden."""
    fields = {
        "recipient": recipient,
        "kind": "milestone.submitted",
        "title": "Fiona submitted “Logo design”",
        "body": "Review it within 14 days.",
        "url": "/contracts/7/",
    }
    return notify(**{**fields, **overrides})


def notify_message(
    recipient, *, contract=7, title="New message from Fiona Freelancer", **overrides
):
    """A notice of an optional group (messages) about contract #`contract`, through notify()."""
    from directcontracts.notifications.services import notify

    fields = {
        "recipient": recipient,
        "kind": "contract.message_posted",
        "title": title,
        "body": "The first draft is ready.",
        "url": f"/contracts/{contract}/",
        "about": f"Contract #{contract}: Bakery website" if contract else "",
    }
    return notify(**{**fields, **overrides})
