"""A suspended or banned person cannot sign in, so what Trust & Safety decide about their
account is emailed to them; other notices are not. A closed account gets nothing, and neither
does one an administrator deactivated (inactive with no suspension or ban standing)."""

from __future__ import annotations

import pytest

from directcontracts.accounts.models import User
from directcontracts.core import clock
from directcontracts.trust.models import AuditEntry, Case
from tests.accounts.factories import StaffFactory
from tests.notifications.factories import notify_with_defaults as _notify

pytestmark = pytest.mark.django_db

ACCOUNT_AND_SECURITY = ["trust.appeal_decided", "trust.suspend", "trust.ban", "trust.warning"]


def _trust_safety_action(person, action, *, reference="TS-STOP0001"):
    case, _ = Case.objects.get_or_create(
        reference=reference,
        defaults={
            "target_kind": "user",
            "target_id": f"{person.pk}:{reference}",
            "summary": "A report about this person.",
            "subject_user_id": person.pk,
            "sla_due_at": clock.now(),
        },
    )
    staff = User.objects.filter(email="tess.stop@example.com").first() or StaffFactory(
        email="tess.stop@example.com", groups=["trust_safety"]
    )
    AuditEntry.objects.create(case=case, actor=staff, action=action, reason="Checked.")


def _suspend(person):
    """As Trust & Safety suspend: an audited action on a case, then the account stopped."""
    _trust_safety_action(person, "suspend")
    _deactivate(person)


def _deactivate(person):
    User.objects.filter(pk=person.pk).update(is_active=False)
    person.refresh_from_db()


def _close(person):
    User.objects.filter(pk=person.pk).update(
        is_active=False, closed_at=clock.now(), email=f"closed-{person.pk}@closed.invalid"
    )
    person.refresh_from_db()


@pytest.mark.parametrize("kind", ACCOUNT_AND_SECURITY)
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


@pytest.mark.parametrize("kind", ACCOUNT_AND_SECURITY)
def test_an_account_an_administrator_deactivated_is_not_emailed_account_and_security_notices(
    kind, client_user, mailoutbox, django_capture_on_commit_callbacks
):
    _deactivate(client_user)
    with django_capture_on_commit_callbacks(execute=True):
        notice = _notify(client_user, kind=kind, url="/trust/appeals/TS-1/")
    assert mailoutbox == []
    assert notice.recipient == client_user


def test_an_account_deactivated_after_its_suspension_was_lifted_is_not_emailed(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    _trust_safety_action(client_user, "suspend")
    _trust_safety_action(client_user, "reinstate")
    _deactivate(client_user)
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user, kind="trust.warning", url="/trust/appeals/TS-1/")
    assert mailoutbox == []


def test_a_suspension_lifted_in_one_case_leaves_another_cases_ban_standing(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    _trust_safety_action(client_user, "ban", reference="TS-BAN00001")
    _trust_safety_action(client_user, "suspend")
    _trust_safety_action(client_user, "reinstate")
    _deactivate(client_user)
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user, kind="trust.appeal_decided", url="/trust/appeals/TS-1/")
    assert len(mailoutbox) == 1


def test_a_suspended_persons_email_does_not_send_them_to_the_notifications_page(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    _suspend(client_user)
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user, kind="trust.suspend", url="/trust/appeals/TS-1/")
    (message,) = mailoutbox
    assert "/notifications/" not in message.body
    assert "its link works without signing in" in message.body


def test_an_active_persons_email_still_lists_the_notifications_page(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user, kind="trust.warning", url="/trust/appeals/TS-1/")
    (message,) = mailoutbox
    assert "/notifications/" in message.body


def test_a_suspended_persons_email_says_why_it_cannot_be_turned_off_in_words_that_fit_it(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    _suspend(client_user)
    with django_capture_on_commit_callbacks(execute=True):
        _notify(client_user, kind="trust.suspend", url="/trust/appeals/TS-1/")
    (message,) = mailoutbox
    assert "and of Trust & Safety decisions about it, which you can appeal." in message.body
