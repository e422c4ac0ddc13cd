"""Suspending and banning close an account: the case page's button asks again on a page of
its own, with the reason and a checkbox, and only that page's button, with the box ticked,
acts (and is audited); posted without the box, the page says so with its code and nothing
is done."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.trust.models import AuditEntry
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db

REASON = "Asked the client to pay outside escrow twice."


def _post(client, staff, case, action, **fields):
    return staff_session(client, staff).post(
        reverse("trust:case_action", args=[case.reference, action]), fields
    )


def _actions(case) -> list[str]:
    return list(AuditEntry.objects.filter(case=case).values_list("action", flat=True))


def test_the_first_press_of_suspend_asks_again_and_does_nothing(
    client, funded, trust_safety_staff, freelancer
):
    *_, case = funded
    response = _post(client, trust_safety_staff, case, "suspend", reason=REASON)

    page = response.content.decode()
    assert response.status_code == 200
    assert f"Suspend {freelancer.display_name}’s account?" in page
    assert 'type="checkbox" name="confirmed" value="on" required' in page
    freelancer.refresh_from_db()
    assert freelancer.is_active
    assert "suspend" not in _actions(case)


@pytest.mark.parametrize("action", ["suspend", "ban"])
def test_the_confirmation_posted_without_the_box_ticked_is_refused_with_its_code(
    client, funded, trust_safety_staff, freelancer, action
):
    *_, case = funded
    response = _post(client, trust_safety_staff, case, action, reason=REASON, step="confirm")

    assert response.status_code == 400
    assert 'data-error-code="action_not_confirmed"' in response.content.decode()
    freelancer.refresh_from_db()
    assert freelancer.is_active
    assert action not in _actions(case)
