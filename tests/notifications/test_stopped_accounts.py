"""A suspended or banned person cannot sign in, so what Trust & Safety decide about their
account is emailed to them; other notices are not, and a closed account gets nothing."""

from __future__ import annotations

import pytest

from directcontracts.accounts.models import User
from directcontracts.core import clock
from tests.notifications.test_notices import _notify

pytestmark = pytest.mark.django_db


def _suspend(person):
    User.objects.filter(pk=person.pk).update(is_active=False)
    person.refresh_from_db()


def _close(person):
    User.objects.filter(pk=person.pk).update(
        is_active=False, closed_at=clock.now(), email=f"closed-{person.pk}@closed.invalid"
    )
    person.refresh_from_db()


@pytest.mark.parametrize(
    "kind", ["trust.appeal_decided", "trust.suspend", "trust.ban", "trust.warning"]
)
def test_a_suspended_person_is_emailed_account_and_security_notices(
    kind, client_user, mailoutbox, django_capture_on_commit_callbacks
):
    _suspend(client_user)
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user, kind=kind, url="/trust/appeals/TS-1/")
    (message,) = mailoutbox
    assert message.to == [client_user.email]


def test_a_suspended_person_is_not_emailed_other_notices(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    _suspend(client_user)
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user, kind="milestone.submitted")
    assert mailoutbox == []


def test_a_closed_account_is_not_emailed_an_appeal_decision(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    _close(client_user)
    with django_capture_on_commit_callbacks(execute=True):
        notice = _notify(client_user, kind="trust.appeal_decided", url="/trust/appeals/TS-1/")
    assert mailoutbox == []
    assert notice.recipient == client_user  # the in-app record is kept all the same
