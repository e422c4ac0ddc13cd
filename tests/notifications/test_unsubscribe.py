"""The signed "Turn off emails like this" link (and List-Unsubscribe one-click, RFC 8058)."""

from __future__ import annotations

import pytest
from django.test import Client

from directcontracts.notifications.email_groups import BY_KEY
from directcontracts.notifications.email_preferences import (
    set_email_preferences,
    unsubscribe_token,
)
from directcontracts.notifications.selectors import groups_off_for

pytestmark = pytest.mark.django_db

MESSAGES = BY_KEY["messages"]


def _path(token: str) -> str:
    return f"/email/unsubscribe/{token}/"


def _link(user, group=MESSAGES) -> str:
    return _path(unsubscribe_token(user=user, group=group))


def test_opening_the_link_asks_first_and_changes_nothing(client, client_user):
    response = client.get(_link(client_user))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Turn off these emails?" in page
    assert "Messages from the other party" in page
    assert 'method="post"' in page
    assert groups_off_for(client_user) == frozenset()


def test_the_page_shows_only_part_of_the_address(client, client_user):
    page = client.get(_link(client_user)).content.decode()
    assert "ca…@example.com" in page
    assert client_user.email not in page


@pytest.mark.parametrize("method", ["get", "post"])
def test_the_masked_address_is_kept_on_one_line_on_narrow_screens(client, client_user, method):
    page = getattr(client, method)(_link(client_user)).content.decode()
    assert '<span class="nowrap">ca…@example.com</span>' in page


def test_pressing_the_button_turns_the_group_off(client, client_user):
    response = client.post(_link(client_user))
    assert response.status_code == 200
    assert "Emails turned off" in response.content.decode()
    assert groups_off_for(client_user) == {"messages"}


def test_a_mail_clients_one_click_post_works_without_a_session_or_csrf_token(client_user):
    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(
        _link(client_user),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert groups_off_for(client_user) == {"messages"}


def test_using_the_link_again_changes_nothing_more_and_says_so(client, client_user):
    link = _link(client_user)
    client.post(link)
    again = client.post(link)
    assert again.status_code == 200
    assert "already off" in again.content.decode()
    assert groups_off_for(client_user) == {"messages"}


def test_the_link_turns_off_only_its_own_group(client, client_user):
    client.post(_link(client_user, BY_KEY["contract_updates"]))
    assert groups_off_for(client_user) == {"contract_updates"}


def test_the_link_keeps_other_groups_the_person_turned_off(client, client_user):
    set_email_preferences(user=client_user, choices={"report_outcomes": False})
    client.post(_link(client_user))
    assert groups_off_for(client_user) == {"messages", "report_outcomes"}


def test_an_expired_link_is_a_400_page_with_its_code_and_changes_nothing(
    client, client_user, frozen_clock, settings
):
    link = _link(client_user)
    frozen_clock.advance(days=settings.EMAIL_UNSUBSCRIBE_LINK_DAYS, seconds=1)
    for response in (client.get(link), client.post(link)):
        assert response.status_code == 400
        page = response.content.decode()
        assert 'data-error-code="unsubscribe_link_expired"' in page
        assert "This link has expired" in page
        assert page.count("data-error-code=") == 1
    assert groups_off_for(client_user) == frozenset()


def test_a_link_on_its_last_day_still_works(client, client_user, frozen_clock, settings):
    link = _link(client_user)
    frozen_clock.advance(days=settings.EMAIL_UNSUBSCRIBE_LINK_DAYS - 1)
    assert client.post(link).status_code == 200
    assert groups_off_for(client_user) == {"messages"}


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        lambda token: token.replace(token.split(":")[0], token.split(":")[0][::-1]),
        lambda token: "nonsense",
        lambda token: "x" * 400,
    ],
)
def test_a_tampered_link_is_a_400_page_with_its_code_and_changes_nothing(
    client, client_user, tamper
):
    token = tamper(unsubscribe_token(user=client_user, group=MESSAGES))
    for response in (client.get(_path(token)), client.post(_path(token))):
        assert response.status_code == 400
        assert 'data-error-code="unsubscribe_link_invalid"' in response.content.decode()
    assert groups_off_for(client_user) == frozenset()


def test_a_link_signed_for_another_purpose_is_refused(client, client_user):
    from django.core import signing

    token = signing.dumps({"u": client_user.pk, "g": "messages", "iat": 1}, salt="other")
    assert client.post(_path(token)).status_code == 400
    assert groups_off_for(client_user) == frozenset()


def test_a_link_naming_a_required_group_is_refused(client, client_user):
    assert client.post(_link(client_user, BY_KEY["money"])).status_code == 400
    assert groups_off_for(client_user) == frozenset()


def test_a_link_changes_only_the_person_it_was_sent_to(client, client_user, stranger_client):
    client.force_login(stranger_client)
    client.post(_link(client_user))
    assert groups_off_for(client_user) == {"messages"}
    assert groups_off_for(stranger_client) == frozenset()


def test_the_link_from_a_real_email_works(
    client, client_user, mailoutbox, django_capture_on_commit_callbacks
):
    from directcontracts.notifications.services import notify

    with django_capture_on_commit_callbacks(execute=True):
        notify(recipient=client_user, kind="contract.message_posted", title="Hi", body="")
    link = mailoutbox[0].extra_headers["List-Unsubscribe"][1:-1]
    path = link.removeprefix("http://127.0.0.1:8000")
    assert client.post(path).status_code == 200
    assert groups_off_for(client_user) == {"messages"}


def test_a_link_sent_to_an_address_the_account_no_longer_uses_changes_nothing(client, client_user):
    link = _link(client_user)  # sent to carl.client@example.com
    client_user.email = "carl.new@example.com"
    client_user.save(update_fields=["email"])
    for response in (client.get(link), client.post(link)):
        assert response.status_code == 400
        page = response.content.decode()
        assert 'data-error-code="unsubscribe_link_stale"' in page
        assert "settings page" in page
        assert "carl.new" not in page
    assert groups_off_for(client_user) == frozenset()


def test_a_link_still_works_after_a_password_change(client, client_user):
    link = _link(client_user)
    client_user.set_password("a-brand-new-passphrase-2026")
    client_user.save()
    assert client.post(link).status_code == 200
    assert groups_off_for(client_user) == {"messages"}


def test_a_staff_only_group_link_is_refused_once_the_person_is_no_longer_staff(
    client, support_staff
):
    link = _link(support_staff, BY_KEY["support_assignments"])
    support_staff.is_staff = False
    support_staff.save(update_fields=["is_staff"])
    assert client.post(link).status_code == 400
    assert groups_off_for(support_staff) == frozenset()
