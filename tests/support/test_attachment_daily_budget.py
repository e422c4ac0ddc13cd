"""Round I: Get Help attachments had no budget beyond five 5 MB files a message (30 replies
an hour made up to 750 MB an hour on one request). Now SUPPORT_ATTACHMENT_BYTES_PER_DAY per
person over a sliding day, requests and replies together (`429 attachment_budget_spent`)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.core.errors import DomainError
from directcontracts.support import tickets
from directcontracts.support.attachments import IncomingFile
from directcontracts.support.models import TicketAttachment
from tests.support.helpers import PNG, request_input

pytestmark = pytest.mark.django_db

KIB = 1024


@pytest.fixture
def budget(settings):
    settings.SUPPORT_ATTACHMENT_BYTES_PER_DAY = 10 * KIB
    return 10 * KIB


def _png(kib: int) -> IncomingFile:
    return IncomingFile(name="screen.png", content=PNG + b"\0" * (kib * KIB - len(PNG)))


def _reply(ticket, kib: int, n: int = 0):
    return tickets.reply_as_customer(
        ticket=ticket, user=ticket.requester, body=f"See the screenshot {n}.", files=[_png(kib)]
    )


def test_replies_past_the_days_attachment_budget_are_refused_with_their_own_code(
    open_ticket, budget, frozen_clock
):
    _reply(open_ticket, 6)
    with pytest.raises(DomainError) as refused:
        _reply(open_ticket, 6, 1)
    assert (refused.value.code, refused.value.status) == ("attachment_budget_spent", 429)
    assert "of files a day" in refused.value.message
    assert TicketAttachment.objects.filter(message__ticket=open_ticket).count() == 1


def test_a_refused_upload_spends_nothing_of_the_budget(open_ticket, budget, frozen_clock):
    _reply(open_ticket, 6)
    with pytest.raises(DomainError):
        _reply(open_ticket, 6, 1)
    _reply(open_ticket, 4, 2)  # 6 + 4 fits: the refused 6 was given back
    assert TicketAttachment.objects.filter(message__ticket=open_ticket).count() == 2


def test_new_requests_and_replies_share_the_persons_budget(client_user, budget, frozen_clock):
    first = tickets.open_request(
        user=client_user, data=request_input(files=[_png(8)]), address="198.51.100.1"
    )
    with pytest.raises(DomainError) as refused:
        tickets.open_request(
            user=client_user,
            data=request_input(subject="Another question", files=[_png(4)]),
            address="198.51.100.1",
        )
    assert refused.value.code == "attachment_budget_spent"
    with pytest.raises(DomainError):
        _reply(first, 4)


def test_the_budget_comes_back_a_day_later(open_ticket, budget, frozen_clock):
    _reply(open_ticket, 8)
    frozen_clock.advance(days=2)
    _reply(open_ticket, 8, 1)
    assert TicketAttachment.objects.filter(message__ticket=open_ticket).count() == 2


def test_the_request_page_answers_past_the_budget_429_with_retry_after(
    client, open_ticket, budget, frozen_clock
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    _reply(open_ticket, 8)
    client.force_login(open_ticket.requester)
    upload = SimpleUploadedFile("more.png", _png(4).content, content_type="image/png")
    response = client.post(
        reverse("support:request_reply", args=[open_ticket.reference]),
        {"body": "One more screenshot.", "attachments": [upload]},
    )
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert b"of files a day" in response.content
