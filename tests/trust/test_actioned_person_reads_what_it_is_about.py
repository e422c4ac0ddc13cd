"""A person warned (or whose account is closed) after a Flag as Inappropriate case reads which
of their own things it is about, with a link that says where it goes, and never who reported
it, what the reporter wrote or the case's notes; the appeal page says the same."""

from __future__ import annotations

import html

import pytest
from django.conf import settings
from django.core import mail

from directcontracts.contracts import messaging
from directcontracts.notifications.models import Notice
from directcontracts.trust import appeals, enforcement, flags
from directcontracts.trust.models import Case
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db

REPORT = "He keeps sending me abuse at night, please ban him."
MESSAGE = "You are useless, answer me now or I will post your address everywhere."


@pytest.fixture
def message_case(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    message = messaging.post_message(contract=contract, sender=freelancer, body=MESSAGE)
    flags.flag(
        reporter=client,
        kind="message",
        target_id=str(message.pk),
        reason="harassment",
        details=REPORT,
        address=None,
    )
    return Case.objects.get(target_kind="message"), contract, client, message


def _warn(case, staff, captured):
    with captured(execute=True):
        enforcement.warn(case=case, by=staff, reason="Threats are against our policies.")
    return Notice.objects.get(kind="trust.warning")


def test_a_warning_quotes_the_warned_persons_own_message_and_names_its_contract(
    message_case, trust_safety_staff, django_capture_on_commit_callbacks
):
    case, contract, _client, message = message_case
    notice = _warn(case, trust_safety_staff, django_capture_on_commit_callbacks)
    assert notice.about == f"Contract #{contract.pk}: {contract.title}"
    assert "your message of" in notice.body
    assert "“You are useless, answer me now or I will post your address" in notice.body
    assert f"/contracts/{contract.pk}/#message-{message.pk}" in notice.body


def test_a_warning_never_names_the_reporter_or_repeats_their_report(
    message_case, trust_safety_staff, django_capture_on_commit_callbacks
):
    case, _contract, client, _message = message_case
    _warn(case, trust_safety_staff, django_capture_on_commit_callbacks)
    (email,) = [m for m in mail.outbox if "warning" in m.subject.lower()]
    for text in (email.subject, email.body):
        assert REPORT not in text
        assert client.email not in text
        assert client.display_name not in text
        assert case.summary not in text


def test_the_warning_email_link_says_where_it_goes(
    message_case, trust_safety_staff, django_capture_on_commit_callbacks
):
    case, *_ = message_case
    _warn(case, trust_safety_staff, django_capture_on_commit_callbacks)
    (email,) = [m for m in mail.outbox if "warning" in m.subject.lower()]
    assert "Open it here" not in email.body
    link = f"{settings.BASE_URL}/trust/appeals/{case.reference}/"
    assert f"Read the warning and appeal it: {link}" in email.body


def test_a_warning_about_a_contract_names_the_persons_own_contract(
    funded, trust_safety_staff, django_capture_on_commit_callbacks
):
    contract, *_rest, case = funded
    notice = _warn(case, trust_safety_staff, django_capture_on_commit_callbacks)
    assert f"This is about your contract #{contract.pk} “{contract.title}”." in notice.body


def test_a_suspension_email_names_the_content_and_its_appeal_link_says_where_it_goes(
    message_case, trust_safety_staff, freelancer, django_capture_on_commit_callbacks
):
    case, contract, *_ = message_case
    with django_capture_on_commit_callbacks(execute=True):
        enforcement.suspend(case=case, by=trust_safety_staff, reason="Repeated threats.")
    (email,) = [m for m in mail.outbox if m.to == [freelancer.email]]
    assert "“You are useless, answer me now" in email.body
    assert "Appeal this decision (no sign-in needed): " in email.body
    assert REPORT not in email.body


def test_the_appeal_page_shows_the_persons_own_message_with_a_link_to_it(
    client, message_case, trust_safety_staff, freelancer, django_capture_on_commit_callbacks
):
    case, contract, _client, message = message_case
    _warn(case, trust_safety_staff, django_capture_on_commit_callbacks)
    client.force_login(freelancer)
    page = html.unescape(client.get(f"/trust/appeals/{case.reference}/").content.decode())
    assert "What it is about" in page
    assert "Your message of" in page
    assert f'href="/contracts/{contract.pk}/#message-{message.pk}"' in page
    assert "You can appeal once, until" in page
    assert REPORT not in page


def test_a_refused_appeal_reads_refused_and_final_not_upheld(
    client, funded, trust_safety_staff, second_staff, freelancer
):
    case = funded[3]
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    made = appeals.appeal(reference=case.reference, by=freelancer, statement="I did not.")
    appeals.decide_appeal(appeal=made, by=second_staff, overturn=False, reason="It stands.")
    client.force_login(freelancer)
    page = client.get(f"/trust/appeals/{case.reference}/").content.decode()
    assert "Your appeal: Refused: the action stands" in page
    assert "this decision is final" in page
    assert "Upheld" not in page


def test_after_the_appeal_window_the_page_says_so_instead_of_offering_the_form(
    client, funded, trust_safety_staff, freelancer, frozen_clock
):
    case = funded[3]
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    frozen_clock.advance(days=181)
    client.force_login(freelancer)
    page = client.get(f"/trust/appeals/{case.reference}/").content.decode()
    assert "can no longer be appealed" in page
    assert "Send appeal" not in page
