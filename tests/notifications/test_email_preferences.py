"""Email preferences: notify() respects them, money and security are always emailed, and
each email's footer and headers say how to turn it off (or why it cannot be)."""

from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError
from directcontracts.notifications.email_preferences import set_email_preferences
from directcontracts.notifications.models import EmailPreferences, Notice
from directcontracts.notifications.selectors import email_choices_of, groups_off_for
from directcontracts.notifications.services import notify

pytestmark = pytest.mark.django_db


def _notify(recipient, kind="contract.message_posted", **overrides):
    fields = {
        "recipient": recipient,
        "kind": kind,
        "title": "New message from Fiona Freelancer",
        "body": "The first draft is ready.",
        "url": "/contracts/7/",
        "about": "Contract #7: Bakery website",
    }
    return notify(**{**fields, **overrides})


def _sent(django_capture_on_commit_callbacks, recipient, kind="contract.message_posted"):
    with django_capture_on_commit_callbacks(execute=True):
        return _notify(recipient, kind)


def test_everything_is_emailed_until_the_person_chooses(client_user):
    assert groups_off_for(client_user) == frozenset()
    assert all(choice.email for choice in email_choices_of(client_user))
    assert not EmailPreferences.objects.exists()


def test_a_group_turned_off_gets_no_email_but_the_notice_is_still_made(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    set_email_preferences(user=client_user, choices={"messages": False})
    notice = _sent(django_capture_on_commit_callbacks, client_user)
    assert mailoutbox == []
    assert Notice.objects.get() == notice
    assert notice.is_unread


def test_turning_off_one_group_keeps_the_others_emailed(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    set_email_preferences(user=client_user, choices={"messages": False})
    _sent(django_capture_on_commit_callbacks, client_user, "milestone.submitted")
    assert len(mailoutbox) == 1


def test_a_group_turned_back_on_is_emailed_again(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    set_email_preferences(user=client_user, choices={"messages": False})
    set_email_preferences(user=client_user, choices={"messages": True})
    _sent(django_capture_on_commit_callbacks, client_user)
    assert len(mailoutbox) == 1
    assert groups_off_for(client_user) == frozenset()


def test_one_persons_choice_does_not_change_another_persons_emails(
    client_user, stranger_client, mailoutbox, django_capture_on_commit_callbacks
):
    set_email_preferences(user=stranger_client, choices={"messages": False})
    _sent(django_capture_on_commit_callbacks, client_user)
    assert [m.to for m in mailoutbox] == [[client_user.email]]


@pytest.mark.parametrize(
    "kind", ["milestone.funded", "milestone.released", "payout.paid", "trust.warning"]
)
def test_money_and_security_notices_are_emailed_even_with_every_optional_group_off(
    client_user, mailoutbox, django_capture_on_commit_callbacks, kind
):
    optional = {c.group.key: False for c in email_choices_of(client_user) if not c.group.required}
    set_email_preferences(user=client_user, choices=optional)
    _sent(django_capture_on_commit_callbacks, client_user, kind)
    assert len(mailoutbox) == 1


@pytest.mark.parametrize("group", ["money", "account_security"])
def test_a_required_group_cannot_be_turned_off(client_user, group):
    with pytest.raises(DomainError) as refused:
        set_email_preferences(user=client_user, choices={group: False})
    assert refused.value.code == "email_required"
    assert refused.value.status == 400


def test_a_refused_change_changes_nothing_at_all(client_user):
    with pytest.raises(DomainError):
        set_email_preferences(user=client_user, choices={"messages": False, "money": False})
    assert groups_off_for(client_user) == frozenset()


def test_an_unknown_group_is_refused_with_its_code(client_user):
    with pytest.raises(DomainError) as refused:
        set_email_preferences(user=client_user, choices={"newsletter": False})
    assert refused.value.code == "email_group_unknown"


def test_the_support_staff_group_is_offered_to_staff_only(client_user, support_staff):
    assert "support_assignments" not in {c.group.key for c in email_choices_of(client_user)}
    assert "support_assignments" in {c.group.key for c in email_choices_of(support_staff)}
    with pytest.raises(DomainError) as refused:
        set_email_preferences(user=client_user, choices={"support_assignments": False})
    assert refused.value.code == "email_group_unknown"


def test_an_optional_email_has_a_footer_link_and_one_click_unsubscribe_headers(
    client_user, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.BASE_URL = "https://dc.example"
    _sent(django_capture_on_commit_callbacks, client_user)
    message = mailoutbox[0]
    link = message.extra_headers["List-Unsubscribe"]
    assert link.startswith("<https://dc.example/email/unsubscribe/")
    assert link.endswith("/>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert (
        f"Turn off emails like this (Messages from the other party): {link[1:-1]}" in message.body
    )
    assert "https://dc.example/settings/#email" in message.body


def test_a_money_email_has_no_unsubscribe_link_and_says_why(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    _sent(django_capture_on_commit_callbacks, client_user, "milestone.released")
    message = mailoutbox[0]
    assert "List-Unsubscribe" not in message.extra_headers
    assert "List-Unsubscribe-Post" not in message.extra_headers
    assert "/email/unsubscribe/" not in message.body
    assert "Turn off emails like this" not in message.body
    assert "This email can't be turned off. Emails about money are always sent" in message.body


def test_a_security_email_says_why_it_cannot_be_turned_off(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    _sent(django_capture_on_commit_callbacks, client_user, "trust.warning")
    assert "Emails about your account's security are always sent" in mailoutbox[0].body
    assert "List-Unsubscribe" not in mailoutbox[0].extra_headers


def test_notify_with_email_false_still_sends_nothing(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user, "milestone.released", email=False)
    assert mailoutbox == []


# Each of these tells someone that money moves by default at a deadline unless they act:
# a submission released automatically, a mediator's proposal lost by not answering.
@pytest.mark.parametrize(
    "kind", ["milestone.submitted", "milestone.review_reminder", "dispute.proposal_made"]
)
def test_an_email_whose_deadline_moves_money_is_sent_even_with_every_optional_group_off(
    client_user, mailoutbox, django_capture_on_commit_callbacks, kind
):
    optional = {c.group.key: False for c in email_choices_of(client_user) if not c.group.required}
    set_email_preferences(user=client_user, choices=optional)
    _sent(django_capture_on_commit_callbacks, client_user, kind)
    assert len(mailoutbox) == 1
    assert "List-Unsubscribe" not in mailoutbox[0].extra_headers
