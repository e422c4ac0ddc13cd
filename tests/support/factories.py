from __future__ import annotations

import factory

from directcontracts.support.models import Ticket


class TicketFactory(factory.django.DjangoModelFactory):
    """A Get Help request on the books as it stands, with no confirmation step or messages
    (add those with `TicketMessage`): pass the `requester`."""

    class Meta:
        model = Ticket

    reference = factory.Sequence(lambda n: f"HELP-T{n:05d}")
    requester = factory.SubFactory("tests.accounts.factories.ClientFactory")
    requester_email = factory.LazyAttribute(lambda o: o.requester.email)
    topic = "account"
    subject = "A question about my account"
    description = "A question"
