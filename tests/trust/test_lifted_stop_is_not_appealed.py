"""Once a case's suspension is lifted there is nothing left to appeal: the appeal service
refuses it with its own code, and the signed-in person's appeal page says so (the page an
emailed link shows then), with no form, instead of taking an appeal that undoes nothing."""

from __future__ import annotations

import pytest

from directcontracts.accounts.models import User
from directcontracts.core.errors import Conflict
from directcontracts.trust import appeals, enforcement
from directcontracts.trust.errors import TrustErrorCode
from directcontracts.trust.models import Appeal

pytestmark = pytest.mark.django_db


@pytest.fixture
def lifted(funded, trust_safety_staff, django_capture_on_commit_callbacks):
    """A case whose suspension staff lifted again."""
    case = funded[3]
    with django_capture_on_commit_callbacks(execute=True):
        enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud report checked.")
    enforcement.reinstate_account(case=case, by=trust_safety_staff, reason="Checked again.")
    return case


def _person(case) -> User:
    return User.objects.get(pk=case.subject_user_id)


def test_the_service_refuses_to_appeal_a_lifted_suspension(lifted):
    with pytest.raises(Conflict) as refused:
        appeals.appeal(reference=lifted.reference, by=_person(lifted), statement="Not me.")
    assert refused.value.code == TrustErrorCode.APPEAL_ACTION_LIFTED
    assert "This suspension was lifted on " in refused.value.message
    assert "there is nothing to appeal" in refused.value.message
    assert not Appeal.objects.exists()


def test_the_signed_in_appeal_page_says_there_is_nothing_to_appeal(client, lifted):
    client.force_login(_person(lifted))
    page = client.get(f"/trust/appeals/{lifted.reference}/")
    text = page.content.decode()
    assert page.status_code == 410
    assert 'data-why="action_lifted"' in text
    assert "This suspension was lifted on " in text
    assert "Send appeal</button>" not in text


def test_a_signed_in_post_after_the_lift_appeals_nothing(client, lifted):
    client.force_login(_person(lifted))
    response = client.post(f"/trust/appeals/{lifted.reference}/", {"statement": "Not me."})
    assert response.status_code == 410
    assert not Appeal.objects.exists()


def test_a_standing_suspension_is_still_appealed(
    funded, trust_safety_staff, django_capture_on_commit_callbacks
):
    case = funded[3]
    with django_capture_on_commit_callbacks(execute=True):
        enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud report checked.")
    made = appeals.appeal(reference=case.reference, by=_person(case), statement="Not me.")
    assert made.pk is not None
