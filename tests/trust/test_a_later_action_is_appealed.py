"""The appeal follows the case's latest action: once a suspension is lifted, a warning given
later in the same case is appealed like any other (the page, the emailed link and the service
agree). An appeal is possible once per case: when the case's appeal was already decided, a
later action is not appealed again, and the page and the refusal say what to do instead."""

from __future__ import annotations

import pytest

from directcontracts.accounts.models import User
from directcontracts.core.errors import Conflict
from directcontracts.trust import appeal_links, appeals, enforcement, flags
from directcontracts.trust.errors import TrustErrorCode
from directcontracts.trust.models import Appeal, AppealState

pytestmark = pytest.mark.django_db


def _person(case) -> User:
    return User.objects.get(pk=case.subject_user_id)


def _suspend(case, staff, capture) -> None:
    with capture(execute=True):
        enforcement.suspend(case=case, by=staff, reason="Fraud report checked.")


@pytest.fixture
def warned_after_lifting(funded, trust_safety_staff, django_capture_on_commit_callbacks):
    """A case whose suspension staff lifted, then a warning in the same case."""
    case = funded[3]
    _suspend(case, trust_safety_staff, django_capture_on_commit_callbacks)
    enforcement.reinstate_account(case=case, by=trust_safety_staff, reason="Checked again.")
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    return case


def test_a_warning_after_the_lifting_is_appealed_by_the_service(warned_after_lifting):
    made = appeals.appeal(
        reference=warned_after_lifting.reference,
        by=_person(warned_after_lifting),
        statement="I never asked for that.",
    )
    assert made.state == AppealState.PENDING


def test_the_appeal_page_offers_the_form_for_a_warning_after_the_lifting(
    client, warned_after_lifting
):
    client.force_login(_person(warned_after_lifting))
    page = client.get(f"/trust/appeals/{warned_after_lifting.reference}/")
    assert page.status_code == 200
    assert "Send appeal</button>" in page.content.decode()


def test_the_appeal_page_takes_the_appeal_of_a_warning_after_the_lifting(
    client, warned_after_lifting
):
    client.force_login(_person(warned_after_lifting))
    client.post(f"/trust/appeals/{warned_after_lifting.reference}/", {"statement": "Not me."})
    assert Appeal.objects.filter(case=warned_after_lifting).count() == 1


def test_the_emailed_link_opens_the_appeal_of_a_later_warning_while_another_case_stops_them(
    client, funded, trust_safety_staff, django_capture_on_commit_callbacks
):
    case = funded[3]
    person = _person(case)
    _suspend(case, trust_safety_staff, django_capture_on_commit_callbacks)
    enforcement.reinstate_account(case=case, by=trust_safety_staff, reason="Checked again.")
    other = flags.flag(
        reporter=funded[1],
        kind="user",
        target_id=str(person.pk),
        reason="scam_fraud",
        details="",
        address=None,
    ).case
    enforcement.ban(case=other, by=trust_safety_staff, reason="Repeated fraud.")
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    page = client.get(appeal_links.appeal_url(case.reference, _person(case)))
    assert page.status_code == 200
    assert "Send appeal</button>" in page.content.decode()


@pytest.fixture
def warned_after_accepted_appeal(
    funded, trust_safety_staff, second_staff, django_capture_on_commit_callbacks
):
    """A case whose suspension was undone by its appeal, then a warning in the same case."""
    case = funded[3]
    _suspend(case, trust_safety_staff, django_capture_on_commit_callbacks)
    made = appeals.appeal(reference=case.reference, by=_person(case), statement="Not me.")
    appeals.decide_appeal(appeal=made, by=second_staff, overturn=True, reason="Not them.")
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    return case


def test_a_second_appeal_in_the_case_is_refused_saying_what_to_do(warned_after_accepted_appeal):
    with pytest.raises(Conflict) as refused:
        appeals.appeal(
            reference=warned_after_accepted_appeal.reference,
            by=_person(warned_after_accepted_appeal),
            statement="Not me either.",
        )
    assert refused.value.code == TrustErrorCode.APPEAL_NOT_ALLOWED
    assert "once per case" in refused.value.message
    assert "Get Help" in refused.value.message


def test_the_appeal_page_names_the_later_action_and_sends_to_get_help(
    client, warned_after_accepted_appeal
):
    client.force_login(_person(warned_after_accepted_appeal))
    page = client.get(f"/trust/appeals/{warned_after_accepted_appeal.reference}/")
    text = page.content.decode()
    assert page.status_code == 200
    assert 'data-testid="appeal-later-actions"' in text
    assert "/support/new/" in text
    assert "Send appeal</button>" not in text
