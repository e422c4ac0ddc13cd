"""Someone signs up with an address that has an account: its owner is emailed only when the
account can act on it (an active one, or one Trust & Safety stopped); a closed account or one
an administrator deactivated is not emailed."""

from __future__ import annotations

import pytest
from django.core import mail

from directcontracts.accounts import services
from directcontracts.accounts.models import User
from directcontracts.core import clock
from directcontracts.trust.models import AuditEntry, Case
from tests.accounts.factories import DEFAULT_PASSWORD, StaffFactory, UserFactory

pytestmark = pytest.mark.django_db

EMAIL = "nina.new@example.com"


def _sign_up_with_the_taken_address(capture):
    with capture(execute=True):
        services.sign_up(
            email=EMAIL,
            password=DEFAULT_PASSWORD,
            full_name="Someone Else",
            as_freelancer=True,
            as_client=False,
        )


def _suspend_by_trust_and_safety(person):
    case = Case.objects.create(
        reference="TS-SIGNUP01",
        target_kind="user",
        target_id=f"{person.pk}:TS-SIGNUP01",
        summary="A report about this person.",
        subject_user_id=person.pk,
        sla_due_at=clock.now(),
    )
    staff = StaffFactory(email="tess.signup@example.com", groups=["trust_safety"])
    AuditEntry.objects.create(case=case, actor=staff, action="suspend", reason="Checked.")
    User.objects.filter(pk=person.pk).update(is_active=False)


def test_the_owner_of_an_account_an_administrator_deactivated_is_not_emailed(
    django_capture_on_commit_callbacks,
):
    person = UserFactory(email=EMAIL)
    User.objects.filter(pk=person.pk).update(is_active=False)
    _sign_up_with_the_taken_address(django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_the_owner_of_a_closed_account_is_not_emailed(django_capture_on_commit_callbacks):
    person = UserFactory(email=EMAIL)
    User.objects.filter(pk=person.pk).update(is_active=False, closed_at=clock.now())
    _sign_up_with_the_taken_address(django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_the_owner_of_an_account_trust_and_safety_suspended_is_emailed(
    django_capture_on_commit_callbacks,
):
    _suspend_by_trust_and_safety(UserFactory(email=EMAIL))
    _sign_up_with_the_taken_address(django_capture_on_commit_callbacks)
    (notice,) = mail.outbox
    assert notice.to == [EMAIL]
