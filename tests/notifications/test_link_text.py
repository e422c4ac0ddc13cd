"""A notice's email link says where it goes when the caller names it (`link_text`)."""

from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError
from tests.notifications.factories import notify_with_defaults as _notify

pytestmark = pytest.mark.django_db


def test_the_email_link_reads_the_link_text_given(
    client_user, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.BASE_URL = "https://dc.example"
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user, link_text="Review the delivery")
    (message,) = mailoutbox
    assert "Review the delivery: https://dc.example/contracts/7/" in message.body
    assert "Open it here" not in message.body


def test_without_link_text_the_email_link_reads_open_it_here(
    client_user, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.BASE_URL = "https://dc.example"
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user)
    (message,) = mailoutbox
    assert "Open it here: https://dc.example/contracts/7/" in message.body


def test_a_link_text_of_more_than_one_line_is_refused(client_user):
    with pytest.raises(DomainError) as refused:
        _notify(client_user, link_text="Open\nit")
    assert refused.value.code == "notice_invalid"
