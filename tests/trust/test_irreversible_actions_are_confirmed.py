"""Refunding the client and banning the account cannot be undone: the case page's button
asks again on a page of its own, saying what will happen, and only that page's button acts."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts.models import Milestone
from directcontracts.trust.models import AuditEntry
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db

REASON = "Asked the client to pay outside escrow twice."


def _post(client, staff, case, action, **fields):
    return staff_session(client, staff).post(
        reverse("trust:case_action", args=[case.reference, action]), fields
    )


@pytest.mark.parametrize("action", ["refund", "ban"])
def test_the_first_press_asks_again_and_does_nothing(
    client, funded, trust_safety_staff, freelancer, action
):
    _, _, milestone, case = funded
    response = _post(client, trust_safety_staff, case, action, reason=REASON)
    assert response.status_code == 200
    assert "This cannot be undone" in response.content.decode()
    assert not AuditEntry.objects.filter(case=case).exclude(action="assign").exists()
    freelancer.refresh_from_db()
    assert freelancer.is_active
    assert Milestone.objects.get(pk=milestone.pk).escrow_minor == milestone.escrow_minor


def test_the_refund_confirmation_names_the_amount_and_carries_the_reason(
    client, funded, trust_safety_staff
):
    *_, case = funded
    page = _post(client, trust_safety_staff, case, "refund", reason=REASON).content.decode()
    assert "Refund the client $500.00?" in page
    assert 'name="confirmed" value="on"' in page
    assert f'name="reason" value="{REASON}"' in page


def test_the_ban_confirmation_names_the_person(client, funded, trust_safety_staff, freelancer):
    *_, case = funded
    page = _post(client, trust_safety_staff, case, "ban", reason=REASON).content.decode()
    assert f"Ban {freelancer.display_name}’s account?" in page


def test_the_confirmed_ban_closes_the_account(client, funded, trust_safety_staff, freelancer):
    *_, case = funded
    response = _post(client, trust_safety_staff, case, "ban", reason=REASON, confirmed="on")
    assert response.status_code == 302
    freelancer.refresh_from_db()
    assert not freelancer.is_active


def test_an_empty_reason_is_refused_before_anything_is_asked(client, funded, trust_safety_staff):
    *_, case = funded
    response = _post(client, trust_safety_staff, case, "ban", reason="  ")
    page = response.content.decode()
    assert response.status_code == 400
    assert "Write the reason for this action" in page
    assert "This cannot be undone" not in page
