"""An emailed appeal link is for a person who can't sign in: it opens the appeal while the
account stays closed by its case, shows a decided appeal read-only, and once the account is
reinstated or the case's stop lifted it opens nothing for whoever holds it, with a page
saying why and what to do (sign in; Get Help), never a 500 or a bare 404."""

from __future__ import annotations

import pytest

from directcontracts.accounts.models import User
from directcontracts.trust import appeal_links, appeals, enforcement, flags
from directcontracts.trust.models import Appeal

pytestmark = pytest.mark.django_db


@pytest.fixture
def suspended(funded, trust_safety_staff, django_capture_on_commit_callbacks):
    case = funded[3]
    with django_capture_on_commit_callbacks(execute=True):
        enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud report checked.")
    return case


def _person(case) -> User:
    return User.objects.get(pk=case.subject_user_id)


def _link(case) -> str:
    return appeal_links.appeal_url(case.reference, _person(case))


def test_a_suspended_persons_link_opens_the_appeal_form(client, suspended):
    page = client.get(_link(suspended))
    assert page.status_code == 200
    assert "Send appeal</button>" in page.content.decode()


def test_the_link_no_longer_applies_once_the_account_is_reinstated(
    client, suspended, trust_safety_staff
):
    link = _link(suspended)
    enforcement.reinstate_account(case=suspended, by=trust_safety_staff, reason="Checked again.")
    page = client.get(link)
    text = page.content.decode()
    assert page.status_code == 410
    assert 'data-why="reinstated"' in text
    assert "Fraud report checked." not in text
    assert "/accounts/sign-in/" in text
    assert "/support/new/" in text


def test_a_post_by_the_link_after_reinstatement_appeals_nothing(
    client, suspended, trust_safety_staff
):
    link = _link(suspended)
    enforcement.reinstate_account(case=suspended, by=trust_safety_staff, reason="Checked again.")
    assert client.post(link, {"statement": "Not me."}).status_code == 410
    assert not Appeal.objects.exists()


def test_the_link_no_longer_applies_when_its_cases_stop_was_lifted_but_another_stands(
    client, funded, suspended, trust_safety_staff
):
    person = _person(suspended)
    link = _link(suspended)
    enforcement.reinstate_account(case=suspended, by=trust_safety_staff, reason="Checked again.")
    other = flags.flag(
        reporter=funded[1],
        kind="user",
        target_id=str(person.pk),
        reason="scam_fraud",
        details="",
        address=None,
    ).case
    enforcement.ban(case=other, by=trust_safety_staff, reason="Repeated fraud.")
    page = client.get(link)
    assert page.status_code == 410
    assert 'data-why="stop_lifted"' in page.content.decode()
    assert "Fraud report checked." not in page.content.decode()


def test_a_decided_appeal_is_read_by_the_link_without_a_form(client, suspended, second_staff):
    person = _person(suspended)
    appeal = appeals.appeal(reference=suspended.reference, by=person, statement="Not me.")
    appeals.decide_appeal(appeal=appeal, by=second_staff, overturn=False, reason="It was you.")
    page = client.get(_link(suspended))
    text = page.content.decode()
    assert page.status_code == 200
    assert "It was you." in text
    assert "Send appeal</button>" not in text


def test_a_link_past_its_180_days_says_so_instead_of_a_bare_not_found(
    client, suspended, frozen_clock
):
    link = _link(suspended)
    frozen_clock.advance(appeal_links.VALID_FOR)
    frozen_clock.advance(appeal_links.VALID_FOR)
    page = client.get(link)
    assert page.status_code == 404
    assert 'data-why="not_valid"' in page.content.decode()
    assert "/support/new/" in page.content.decode()


def test_a_link_for_another_case_opens_nothing(client, suspended):
    token = _link(suspended).split("?token=", 1)[1]
    page = client.get(f"/trust/appeals/TS-OTHER123/?token={token}")
    assert page.status_code == 404
    assert 'data-why="not_valid"' in page.content.decode()


def test_the_reinstated_person_signed_in_is_taken_to_the_appeal_page_itself(
    client, suspended, trust_safety_staff
):
    link = _link(suspended)
    enforcement.reinstate_account(case=suspended, by=trust_safety_staff, reason="Checked again.")
    client.force_login(_person(suspended))
    response = client.get(link)
    assert response.status_code == 302
    assert response["Location"] == f"/trust/appeals/{suspended.reference}/"
