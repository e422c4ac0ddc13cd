"""Opening a Get Help request: signed-in people at once, visitors after confirming."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core import mail

from directcontracts.core import ratelimit
from directcontracts.core.errors import DomainError, NotFound, RateLimited
from directcontracts.support import tickets
from directcontracts.support.attachments import IncomingFile, sniff
from directcontracts.support.models import Priority, Status, Ticket
from tests.contracts.factories import draft_contract
from tests.support.helpers import PNG, request_input

pytestmark = pytest.mark.django_db

_CONFIRM = re.compile(r"https?://\S+/support/confirm/(?P<token>[^/\s]+)/")


def test_a_signed_in_persons_request_is_tied_to_them_and_enters_the_queue(
    client_user, frozen_clock
):
    ticket = tickets.open_request(user=client_user, data=request_input(), address=None)
    assert ticket.requester == client_user
    assert ticket.requester_email == client_user.email
    assert ticket.is_confirmed
    assert ticket.status == Status.NEW
    assert ticket.reference.startswith("HLP-")
    assert len(ticket.reference) == 12
    assert ticket.first_response_due_at == frozen_clock.now() + timedelta(hours=24)


def test_a_fraud_report_starts_with_high_priority(client_user):
    ticket = tickets.open_request(
        user=client_user, data=request_input(topic="trust_safety"), address=None
    )
    assert ticket.priority == Priority.HIGH


def test_the_requester_is_emailed_the_reference(client_user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ticket = tickets.open_request(user=client_user, data=request_input(), address=None)
    assert len(mail.outbox) == 1
    assert ticket.reference in mail.outbox[0].subject
    assert mail.outbox[0].to == [client_user.email]


def test_the_same_request_sent_twice_opens_one_ticket_and_sends_one_email(
    client, client_user, django_capture_on_commit_callbacks
):
    from django.urls import reverse

    client.force_login(client_user)
    posted = {"topic": "payments", "subject": "Card fee", "description": "Charged twice, why?"}
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(reverse("support:new"), posted)
        second = client.post(reverse("support:new"), posted)
    ticket = Ticket.objects.get()
    assert first["Location"] == second["Location"] == f"/support/requests/{ticket.reference}/"
    assert len(mail.outbox) == 1


def test_a_visitors_double_submit_sends_one_confirmation(django_capture_on_commit_callbacks):
    data = request_input(email="vic@example.org", name="Vic")
    with django_capture_on_commit_callbacks(execute=True):
        first = tickets.open_request(user=None, data=data, address="198.51.100.9")
        second = tickets.open_request(user=None, data=data, address="198.51.100.9")
    assert first == second
    assert len(mail.outbox) == 1


def _found_only_behind_the_lock(monkeypatch):
    """The twin commits between the first look (before the rate limit) and the look behind
    the submission lock: the first look finds nothing, the second finds the twin."""
    real = tickets._same_request_just_sent
    looks: list[str] = []

    def look(*args):
        looks.append("looked")
        return None if len(looks) == 1 else real(*args)

    monkeypatch.setattr(tickets, "_same_request_just_sent", look)


def test_a_twin_found_behind_the_lock_gives_its_rate_limit_slot_back(client_user, monkeypatch):
    key = f"support.request:user:{client_user.pk}"
    first = tickets.open_request(user=client_user, data=request_input(), address=None)
    before = ratelimit.count(key, window_seconds=tickets.REQUEST_WINDOW_SECONDS)
    _found_only_behind_the_lock(monkeypatch)

    second = tickets.open_request(user=client_user, data=request_input(), address=None)

    assert second == first
    assert before == 1
    assert ratelimit.count(key, window_seconds=tickets.REQUEST_WINDOW_SECONDS) == 1


def test_a_visitors_twin_found_behind_the_lock_gives_its_address_slot_back(monkeypatch):
    key = "support.request:address:198.51.100.9"
    data = request_input(email="vic@example.org", name="Vic")
    first = tickets.open_request(user=None, data=data, address="198.51.100.9")
    _found_only_behind_the_lock(monkeypatch)

    second = tickets.open_request(user=None, data=data, address="198.51.100.9")

    assert second == first
    assert ratelimit.count(key, window_seconds=tickets.REQUEST_WINDOW_SECONDS) == 1


def test_the_same_request_later_is_a_new_ticket(client_user, frozen_clock):
    first = tickets.open_request(user=client_user, data=request_input(), address=None)
    frozen_clock.advance(seconds=tickets.DUPLICATE_WINDOW.total_seconds() + 1)
    second = tickets.open_request(user=client_user, data=request_input(), address=None)
    assert first != second


def test_a_different_request_right_after_is_its_own_ticket(client_user):
    first = tickets.open_request(user=client_user, data=request_input(), address=None)
    second = tickets.open_request(
        user=client_user, data=request_input(subject="Another question"), address=None
    )
    assert first != second


def _visitor_request(capture, **overrides) -> tuple[Ticket, str]:
    with capture(execute=True):
        ticket = tickets.open_request(
            user=None,
            data=request_input(email="Vic.Visitor@Example.org", name="Vic", **overrides),
            address="198.51.100.2",
        )
    match = _CONFIRM.search(mail.outbox[-1].body)
    assert match, mail.outbox[-1].body
    return ticket, match["token"]


def test_a_visitors_request_waits_for_the_emailed_confirmation(django_capture_on_commit_callbacks):
    ticket, token = _visitor_request(django_capture_on_commit_callbacks)
    assert ticket.requester is None
    assert ticket.requester_email == "vic.visitor@example.org"
    assert not ticket.is_confirmed
    assert not Ticket.objects.confirmed().filter(pk=ticket.pk).exists()
    confirmed = tickets.confirm_request(token=token).ticket
    assert confirmed.is_confirmed
    assert confirmed.first_response_due_at is not None


def test_confirming_twice_is_harmless(django_capture_on_commit_callbacks):
    ticket, token = _visitor_request(django_capture_on_commit_callbacks)
    first = tickets.confirm_request(token=token)
    again = tickets.confirm_request(token=token)
    assert again.ticket.email_confirmed_at == first.ticket.email_confirmed_at
    assert (first.already_confirmed, again.already_confirmed) == (False, True)


def test_an_expired_confirmation_link_is_refused_as_expired(
    django_capture_on_commit_callbacks, frozen_clock, settings
):
    _, token = _visitor_request(django_capture_on_commit_callbacks)
    frozen_clock.advance(hours=settings.SUPPORT_CONFIRM_LINK_HOURS, seconds=1)
    with pytest.raises(DomainError) as excinfo:
        tickets.confirm_request(token=token)
    assert (excinfo.value.code, excinfo.value.status) == ("link_expired", 410)


def test_a_tampered_confirmation_link_is_refused_as_invalid(django_capture_on_commit_callbacks):
    _, token = _visitor_request(django_capture_on_commit_callbacks)
    with pytest.raises(DomainError) as excinfo:
        tickets.confirm_request(token=token[:-2] + ("aa" if not token.endswith("aa") else "bb"))
    assert excinfo.value.code == "link_invalid"


def test_a_visitor_must_give_an_email():
    with pytest.raises(DomainError) as excinfo:
        tickets.open_request(user=None, data=request_input(), address=None)
    assert excinfo.value.code == "email_required"


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"topic": "gossip"}, "topic_invalid"),
        ({"subject": ""}, "text_invalid"),
        ({"subject": "line\nbreak"}, "text_invalid"),
        ({"description": "short"}, "text_invalid"),
        ({"description": "nul \x00 byte in the text here"}, "text_invalid"),
        ({"description": "y" * 10_001}, "text_invalid"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(client_user, overrides, code):
    with pytest.raises(DomainError) as excinfo:
        tickets.open_request(user=client_user, data=request_input(**overrides), address=None)
    assert excinfo.value.code == code
    assert not Ticket.objects.exists()


def test_a_request_can_name_the_persons_own_contract(freelancer):
    contract = draft_contract(freelancer)
    ticket = tickets.open_request(
        user=freelancer, data=request_input(contract_id=contract.pk), address=None
    )
    assert ticket.contract == contract


def test_another_persons_contract_is_not_found(freelancer, stranger_freelancer):
    contract = draft_contract(freelancer)
    with pytest.raises(NotFound):
        tickets.open_request(
            user=stranger_freelancer, data=request_input(contract_id=contract.pk), address=None
        )
    assert not Ticket.objects.exists()


def test_requests_are_rate_limited_by_address(settings):
    settings.SUPPORT_REQUEST_LIMIT_PER_ADDRESS = 2
    for n in range(2):
        tickets.open_request(
            user=None, data=request_input(email=f"v{n}@example.org"), address="203.0.113.5"
        )
    with pytest.raises(RateLimited):
        tickets.open_request(
            user=None, data=request_input(email="v9@example.org"), address="203.0.113.5"
        )


# --- Attachments -------------------------------------------------------------------------


def test_an_allowed_file_is_kept_with_its_sniffed_type_and_hash(client_user, png):
    ticket = tickets.open_request(user=client_user, data=request_input(files=[png]), address=None)
    attachment = ticket.messages.get().attachments.get()
    assert (attachment.name, attachment.content_type, attachment.size) == (
        "screen.png",
        "image/png",
        len(PNG),
    )
    assert len(attachment.sha256) == 64


def test_a_file_is_typed_by_its_content_not_its_name(client_user):
    pdf = IncomingFile(name="invoice.png", content=b"%PDF-1.7 fake")
    ticket = tickets.open_request(user=client_user, data=request_input(files=[pdf]), address=None)
    attachment = ticket.messages.get().attachments.get()
    assert (attachment.name, attachment.content_type) == ("invoice.pdf", "application/pdf")


@pytest.mark.parametrize(
    "content",
    [
        b"MZ\x90\x00\x03 an executable",
        b"<html><script>alert(1)</script>",  # text, but HTML is served as a download only
        b"PK\x03\x04 a zip",
        b"\xff\xfe\x00\x00 binary",
    ],
)
def test_files_off_the_allow_list_are_refused(client_user, content):
    incoming = IncomingFile(name="notes.txt", content=content)
    if sniff(content) == "text/plain":
        ticket = tickets.open_request(
            user=client_user, data=request_input(files=[incoming]), address=None
        )
        assert ticket.messages.get().attachments.get().content_type == "text/plain"
        return
    with pytest.raises(DomainError) as excinfo:
        tickets.open_request(user=client_user, data=request_input(files=[incoming]), address=None)
    assert excinfo.value.code == "file_type_not_allowed"
    assert not Ticket.objects.exists()


def test_a_file_over_the_size_limit_is_refused(client_user, settings):
    settings.SUPPORT_MAX_ATTACHMENT_BYTES = 1024
    big = IncomingFile(name="big.png", content=PNG + b"\x00" * 2048)
    with pytest.raises(DomainError) as excinfo:
        tickets.open_request(user=client_user, data=request_input(files=[big]), address=None)
    assert (excinfo.value.code, excinfo.value.status) == ("file_too_large", 413)


def test_too_many_files_are_refused(client_user, settings, png):
    settings.SUPPORT_MAX_ATTACHMENTS = 2
    with pytest.raises(DomainError) as excinfo:
        tickets.open_request(
            user=client_user, data=request_input(files=[png, png, png]), address=None
        )
    assert excinfo.value.code == "too_many_files"


# --- The form --------------------------------------------------------------------------


def test_the_form_is_prefilled_from_a_help_article_no_answer(client):
    page = client.get(
        "/support/new/", {"article": "fees", "details": "Card fee on bonuses?"}
    ).content.decode()
    assert "Question about the article: Fees" in page
    assert "What was missing: Card fee on bonuses?" in page
    assert 'name="article" value="fees"' in page


def test_a_visitor_sends_the_form_and_is_told_to_check_their_email(client):
    response = client.post(
        "/support/new/",
        {
            "topic": "other",
            "subject": "Hello",
            "description": "A question about how this works.",
            "email": "walk.in@example.org",
        },
    )
    assert response.status_code == 200
    assert b"Check your email" in response.content
    assert Ticket.objects.get().requester_email == "walk.in@example.org"


def test_the_form_only_offers_the_persons_own_contracts(client, freelancer, stranger_freelancer):
    mine = draft_contract(freelancer, title="Mine to ask about")
    draft_contract(stranger_freelancer, title="Someone else's work")
    client.force_login(freelancer)
    page = client.get("/support/new/").content.decode()
    assert "Mine to ask about" in page
    assert "Someone else" not in page
    assert f'value="{mine.pk}"' in page


def _summary(page: str) -> str:
    return page[page.index('id="error-summary"') : page.index('<div class="field">')]


def test_an_empty_form_from_a_visitor_lists_its_four_errors_at_the_top_linking_each_field(client):
    response = client.post("/support/new/", {})
    summary = _summary(response.content.decode())
    assert response.status_code == 400
    assert "4 things to fix:" in summary
    for field_id, label, needed in [
        ("id_topic", "Topic", "Choose the topic closest to your question."),
        ("id_subject", "Subject", "Give your request a subject, in a few words."),
        (
            "id_description",
            "Describe what happened",
            "Say what went wrong: what you did, and what happened.",
        ),
        ("id_email", "Your email address", "Enter your email address, so that we can answer you."),
    ]:
        assert f'<a href="#{field_id}">{label}: {needed}</a>' in summary
    assert "This field is required." not in summary


def test_an_empty_form_from_a_signed_in_person_lists_its_errors_at_the_top(client, client_user):
    client.force_login(client_user)
    response = client.post("/support/new/", {})
    summary = _summary(response.content.decode())
    assert response.status_code == 400
    assert "3 things to fix:" in summary
    assert '<a href="#id_topic">Topic: Choose the topic closest to your question.</a>' in summary
    assert "Your email address" not in summary


def test_a_form_with_errors_still_shows_each_error_at_its_field(client):
    page = client.post("/support/new/", {"email": "not-an-address"}).content.decode()
    assert '<ul class="errorlist" id="id_email_error"><li>Enter a valid email address.' in page
    assert 'aria-describedby="id_email_helptext id_email_error"' in page


def test_the_customers_conversation_says_its_times_are_utc(client, client_user):
    from django.urls import reverse

    client.force_login(client_user)
    posted = {"topic": "payments", "subject": "Card fee", "description": "Charged twice, why?"}
    client.post(reverse("support:new"), posted)
    ticket = Ticket.objects.get()
    page = client.get(f"/support/requests/{ticket.reference}/").content.decode()
    conversation = page[page.index('id="conversation"') :]
    assert " UTC</time>" in conversation
