from __future__ import annotations

import pytest
from django.test import RequestFactory

from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from directcontracts.notifications import selectors
from directcontracts.notifications.context_processors import unread
from directcontracts.notifications.dashboard import unread_notices_panel
from directcontracts.notifications.models import Notice
from directcontracts.notifications.services import mark_all_read, mark_notice_read
from tests.notifications.factories import NoticeFactory
from tests.notifications.factories import notify_with_defaults as _notify

pytestmark = pytest.mark.django_db


def test_notify_creates_an_unread_notice_for_the_recipient(client_user):
    notice = _notify(client_user)
    assert notice.recipient == client_user
    assert notice.kind == "milestone.submitted"
    assert notice.read_at is None


def test_notify_emails_the_recipient_after_commit(
    client_user, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.BASE_URL = "https://dc.example"
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user)
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [client_user.email]
    assert message.subject == "Fiona submitted “Logo design” · Direct Contracts"
    assert "Review it within 14 days." in message.body
    assert "https://dc.example/contracts/7/" in message.body


def test_the_notice_email_is_not_html_escaped(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user, title="Tom & Jerry's <contract>")
    assert mailoutbox[0].subject.startswith("Tom & Jerry's <contract>")


def test_the_notice_email_subject_names_what_it_is_about(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user, about="Contract #7: Brand refresh")
    assert mailoutbox[0].subject == (
        "Fiona submitted “Logo design” · Contract #7: Brand refresh · Direct Contracts"
    )


def test_a_subject_whose_title_already_names_the_contract_adds_only_its_number(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _notify(
            client_user,
            title="Oscar accepted “Bakery website redesign”",
            about="Contract #9: Bakery website redesign",
        )
    assert mailoutbox[0].subject == (
        "Oscar accepted “Bakery website redesign” · Contract #9 · Direct Contracts"
    )


def test_a_notice_about_no_contract_says_it_is_sent_for_the_account(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user, title="Your payout of $100.00 was paid", about="")
    body = mailoutbox[0].body
    assert "You receive this because you have an account on Direct Contracts." in body
    assert "take part in a contract" not in body


def test_the_notice_email_names_what_it_is_about_above_its_title(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user, about="Contract #7: Brand refresh")
    assert "Contract #7: Brand refresh\nFiona submitted “Logo design”\n" in mailoutbox[0].body


def test_the_email_of_a_contract_notice_says_the_reader_takes_part_in_the_contract(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user, about="Contract #7: Brand refresh")
    assert "You receive this because you take part in this contract on" in mailoutbox[0].body


def test_the_email_of_a_notice_about_no_contract_does_not_claim_one(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user, kind="payout.paid", title="Your payout of $100.00 was paid", url="")
    assert "contract" not in mailoutbox[0].body
    assert "You receive this because you have an account on Direct Contracts." in (
        mailoutbox[0].body
    )


def test_notify_keeps_what_the_notice_is_about(client_user):
    assert _notify(client_user, about="Contract #7: Brand refresh").about == (
        "Contract #7: Brand refresh"
    )


@pytest.mark.parametrize("about", ["Contract #7:\nBrand refresh", "x" * 251])
def test_what_a_notice_is_about_is_one_short_line(client_user, about):
    with pytest.raises(DomainError) as excinfo:
        _notify(client_user, about=about)
    assert excinfo.value.code == "notice_invalid"


def test_notify_without_email_sends_none(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user, email=False)
    assert mailoutbox == []


def test_a_rolled_back_notify_sends_no_email(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    from django.db import transaction

    def failing_state_change():
        with transaction.atomic():
            _notify(client_user)
            raise RuntimeError("the state change failed")

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        failing_state_change()
    assert mailoutbox == []
    assert not Notice.objects.exists()


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/",
        "//evil.example/x",
        "javascript:alert(1)",
        # Browsers read a backslash as a slash, and drop tabs and line breaks: all "//".
        "/\\evil.example/x",
        "/\t/evil.example/x",
        "/\n/evil.example/x",
    ],
)
def test_a_notice_links_only_into_this_site(client_user, url):
    with pytest.raises(DomainError) as excinfo:
        _notify(client_user, url=url)
    assert excinfo.value.code == "notice_invalid"


def test_a_notice_needs_a_title(client_user):
    with pytest.raises(DomainError):
        _notify(client_user, title="  ")


def test_listing_shows_only_my_notices(freelancer, stranger_freelancer):
    mine = NoticeFactory(recipient=freelancer)
    NoticeFactory(recipient=stranger_freelancer)
    assert list(selectors.notices_for(freelancer)) == [mine]


def test_unread_notices_come_first_on_the_web_list(freelancer, frozen_clock):
    old_unread = NoticeFactory(recipient=freelancer)
    clock.advance(hours=1)
    new_read = NoticeFactory(recipient=freelancer, read_at=clock.now())
    assert list(selectors.notices_unread_first(freelancer)) == [old_unread, new_read]


def test_marking_a_notice_read_records_when(freelancer, frozen_clock):
    notice = NoticeFactory(recipient=freelancer)
    marked = mark_notice_read(user=freelancer, notice_id=notice.pk)
    assert marked.read_at == frozen_clock.now()


def test_marking_a_read_notice_again_keeps_the_first_time(freelancer, frozen_clock):
    notice = NoticeFactory(recipient=freelancer)
    first = mark_notice_read(user=freelancer, notice_id=notice.pk).read_at
    clock.advance(hours=2)
    assert mark_notice_read(user=freelancer, notice_id=notice.pk).read_at == first


def test_a_stranger_cannot_mark_my_notice_read(freelancer, stranger_freelancer):
    notice = NoticeFactory(recipient=freelancer)
    with pytest.raises(DomainError) as excinfo:
        mark_notice_read(user=stranger_freelancer, notice_id=notice.pk)
    assert excinfo.value.status == 404
    notice.refresh_from_db()
    assert notice.read_at is None


def test_mark_all_read_touches_only_my_unread_notices(freelancer, stranger_freelancer):
    NoticeFactory.create_batch(3, recipient=freelancer)
    theirs = NoticeFactory(recipient=stranger_freelancer)
    assert mark_all_read(user=freelancer) == 3
    assert selectors.unread_count(freelancer) == 0
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_the_context_processor_counts_my_unread_notices(freelancer, stranger_freelancer):
    NoticeFactory.create_batch(2, recipient=freelancer)
    NoticeFactory(recipient=stranger_freelancer)
    request = RequestFactory().get("/")
    request.user = freelancer
    assert unread(request) == {"unread_notifications_count": 2}


def test_the_context_processor_gives_visitors_nothing():
    from django.contrib.auth.models import AnonymousUser

    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    assert unread(request) == {}


def test_the_dashboard_panel_shows_the_latest_unread_notices(freelancer):
    notices = NoticeFactory.create_batch(7, recipient=freelancer)
    request = RequestFactory().get("/")
    request.user = freelancer
    panel = unread_notices_panel(request)
    assert panel is not None
    assert panel["unread_count"] == 7
    assert [n.pk for n in panel["notices"]] == [n.pk for n in reversed(notices)][:5]


def test_the_dashboard_panel_is_absent_when_nothing_is_unread(freelancer):
    request = RequestFactory().get("/")
    request.user = freelancer
    assert unread_notices_panel(request) is None
