"""A suspended or banned person can't sign in, yet can read why and appeal: the sign-in page
says why after the right password (and emails the appeal link again), every link emailed to
them works without a sign-in, and a wrong password reads as it always does."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from directcontracts.accounts.models import User
from directcontracts.trust import appeals, enforcement
from tests.accounts.factories import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db

LINK = re.compile(r"(https?://\S+?(/trust/appeals/[^\s?]+/\?token=\S+))")


def _person(case) -> User:
    return User.objects.get(pk=case.subject_user_id)


def _sign_in(client, person, password=DEFAULT_PASSWORD):
    return client.post(reverse("accounts:sign_in"), {"email": person.email, "password": password})


def _links_to(person, mailoutbox) -> list[str]:
    return [
        m.group(2)
        for mail in mailoutbox
        if mail.to == [person.email]
        for m in [LINK.search(mail.body)]
        if m
    ]


@pytest.fixture
def suspended(funded, trust_safety_staff, django_capture_on_commit_callbacks):
    case = funded[3]
    with django_capture_on_commit_callbacks(execute=True):
        enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud report checked.")
    return case


def test_the_right_password_of_a_suspended_account_says_why_it_cannot_sign_in(
    client, suspended, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _sign_in(client, _person(suspended))
    page = response.content.decode()
    assert response.status_code == 403
    assert 'data-error-code="account_disabled"' in page
    assert "suspended" in page
    assert suspended.reference in page


def test_the_right_password_of_a_suspended_account_emails_a_working_appeal_link(
    client, suspended, mailoutbox, django_capture_on_commit_callbacks
):
    person = _person(suspended)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _sign_in(client, person)
    (link,) = _links_to(person, mailoutbox)
    page = client.get(link)
    assert page.status_code == 200
    assert "Fraud report checked." in page.content.decode()


def test_signing_in_again_soon_does_not_email_the_link_again(
    client, suspended, mailoutbox, django_capture_on_commit_callbacks
):
    person = _person(suspended)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _sign_in(client, person)
        second = _sign_in(client, person)
    assert len(_links_to(person, mailoutbox)) == 1
    assert "not sent again yet" in second.content.decode()


def test_a_wrong_password_of_a_suspended_account_reads_like_any_wrong_password(
    client, suspended, mailoutbox, django_capture_on_commit_callbacks
):
    person = _person(suspended)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = _sign_in(client, person, password="not-the-password-at-all")
    page = response.content.decode()
    assert response.status_code == 401
    assert 'data-error-code="invalid_credentials"' in page
    assert "suspended" not in page
    assert mailoutbox == []


def test_the_right_password_of_a_banned_account_says_it_is_closed_for_good(
    client, funded, trust_safety_staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        enforcement.ban(case=funded[3], by=trust_safety_staff, reason="Repeated fraud.")
        response = _sign_in(client, _person(funded[3]))
    assert response.status_code == 403
    assert "closed for good" in response.content.decode()


def test_the_right_password_of_an_account_an_administrator_deactivated_is_refused_generically(
    client, freelancer, mailoutbox
):
    User.objects.filter(pk=freelancer.pk).update(is_active=False)
    response = _sign_in(client, freelancer)
    assert response.status_code == 401
    assert 'data-error-code="invalid_credentials"' in response.content.decode()
    assert mailoutbox == []


def test_the_suspension_email_does_not_send_a_suspended_person_to_a_page_needing_sign_in(
    suspended, mailoutbox
):
    person = _person(suspended)
    (email,) = [m for m in mailoutbox if m.to == [person.email]]
    assert "/contracts/" not in email.body
    assert "?token=" in email.body


def test_a_refused_appeals_decision_opens_without_signing_in(
    client, suspended, second_staff, mailoutbox, django_capture_on_commit_callbacks
):
    person = _person(suspended)
    appeal = appeals.appeal(reference=suspended.reference, by=person, statement="Not me.")
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        appeals.decide_appeal(appeal=appeal, by=second_staff, overturn=False, reason="It was you.")
    (link,) = _links_to(person, mailoutbox)
    page = client.get(link)
    assert page.status_code == 200
    assert "It was you." in page.content.decode()
