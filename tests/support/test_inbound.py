"""Replies by email land on the ticket their signed reply address names."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from django.core.management import call_command

from directcontracts.support import staff
from directcontracts.support.inbound import receive_email
from directcontracts.support.models import Status, Via
from directcontracts.support.tokens import reply_address, reply_token
from tests.support.helpers import PNG

pytestmark = pytest.mark.django_db

INBOUND = "help@inbound.example.com"


@pytest.fixture(autouse=True)
def _inbound(settings):
    settings.SUPPORT_INBOUND_ADDRESS = INBOUND


def _email(
    ticket, *, sender=None, to=None, body="Thanks, that answers it.", message_id="<m1@mail.example>"
):
    message = EmailMessage()
    message["From"] = f"Carl <{sender or ticket.requester_email}>"
    message["To"] = to or reply_address(ticket.pk)
    message["Subject"] = f"Re: [{ticket.reference}] {ticket.subject}"
    message["Message-ID"] = message_id
    message.set_content(
        f"{body}\n\nOn Mon, 2 Mar 2026, Direct Contracts wrote:\n> -- Reply above this line --\n> old text"
    )
    return message


def test_a_reply_by_email_lands_on_the_ticket_and_reopens_it(open_ticket, support_staff):
    staff.reply_to_customer(ticket=open_ticket, by=support_staff, body="Does this help?")
    result = receive_email(_email(open_ticket).as_bytes())
    assert result.accepted, result.reason
    open_ticket.refresh_from_db()
    assert open_ticket.status == Status.OPEN
    latest = open_ticket.messages.order_by("-id").first()
    assert (latest.body, latest.via) == ("Thanks, that answers it.", Via.EMAIL)


def test_the_same_email_delivered_twice_lands_once(open_ticket):
    raw = _email(open_ticket).as_bytes()
    receive_email(raw)
    assert receive_email(raw).reason == "already received"
    assert open_ticket.messages.count() == 2


def test_an_email_from_someone_else_is_refused(open_ticket):
    result = receive_email(_email(open_ticket, sender="mallory@example.net").as_bytes())
    assert not result.accepted
    assert open_ticket.messages.count() == 1


def test_a_forged_reply_token_names_no_ticket(open_ticket):
    forged = f"help+t{open_ticket.pk}-{'0' * 20}@inbound.example.com"
    assert not receive_email(_email(open_ticket, to=forged).as_bytes()).accepted


def test_a_token_for_one_ticket_cannot_be_pointed_at_another(open_ticket):
    other_id = open_ticket.pk + 1
    mac = reply_token(open_ticket.pk).split("-", 1)[1]
    address = f"help+t{other_id}-{mac}@inbound.example.com"
    assert not receive_email(_email(open_ticket, to=address).as_bytes()).accepted


def test_an_allowed_attachment_comes_along(open_ticket):
    message = _email(open_ticket)
    message.add_attachment(PNG, maintype="image", subtype="png", filename="proof.png")
    assert receive_email(message.as_bytes()).accepted
    latest = open_ticket.messages.order_by("-id").first()
    assert [a.name for a in latest.attachments.all()] == ["proof.png"]


def test_nothing_is_received_without_an_inbound_address(open_ticket, settings):
    raw = _email(open_ticket).as_bytes()
    settings.SUPPORT_INBOUND_ADDRESS = ""
    assert not receive_email(raw).accepted


def test_garbage_is_refused_without_an_error():
    assert not receive_email(b"\x00\xff not an email at all").accepted


def test_a_reply_to_a_closed_ticket_is_refused(open_ticket, support_staff):
    staff.change_status(ticket=open_ticket, by=support_staff, status=Status.CLOSED)
    result = receive_email(_email(open_ticket).as_bytes())
    assert not result.accepted
    assert "closed" in result.reason


def test_the_command_reads_a_message_from_a_file(open_ticket, tmp_path, capsys):
    path = tmp_path / "reply.eml"
    path.write_bytes(_email(open_ticket).as_bytes())
    call_command("receive_support_email", file=str(path))
    assert f"ok ({open_ticket.reference})" in capsys.readouterr().out
