"""The Trust & Safety queue filters by a case's status (`?status=appealed`, `open`,
`assigned`, `closed`), and a status, priority or source not on its list is refused with a
400 and its code, as the support queue does, instead of being ignored in silence."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.core.concerns import Concern
from directcontracts.trust import actions, appeals, enforcement
from directcontracts.trust.cases import receive_concern
from directcontracts.trust.models import Case
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db


def _other_case(number: int) -> Case:
    receipt = receive_concern(
        Concern(
            source="velocity",
            target_kind="user",
            target_id=str(900_000 + number),
            reason="spam",
            summary=f"Velocity hit number {number}",
        )
    )
    return Case.objects.get(pk=receipt.case_id)


def _queue(client, staff, **query):
    return staff_session(client, staff).get(reverse("trust:queue"), query)


def _references(response) -> set[str]:
    text = response.content.decode()
    return {
        ref for ref in Case.objects.values_list("reference", flat=True) if f">{ref}</a>" in text
    }


def test_the_appealed_status_shows_only_the_cases_with_an_appeal_waiting(
    client, funded, trust_safety_staff, freelancer
):
    case = funded[3]
    quiet = _other_case(1)
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    appeals.appeal(reference=case.reference, by=freelancer, statement="I did not.")

    response = _queue(client, trust_safety_staff, status="appealed")

    assert response.status_code == 200
    assert _references(response) == {case.reference}
    assert quiet.reference not in response.content.decode()


def test_the_closed_status_shows_the_closed_cases_from_the_default_view(
    client, funded, trust_safety_staff
):
    case = funded[3]
    still_open = _other_case(2)
    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")

    response = _queue(client, trust_safety_staff, status="closed")

    assert _references(response) == {case.reference}
    assert still_open.reference not in response.content.decode()


def test_the_assigned_status_shows_only_the_cases_being_handled(client, funded, trust_safety_staff):
    case = funded[3]
    waiting = _other_case(3)
    actions.assign_to_me(case=case, by=trust_safety_staff)

    response = _queue(client, trust_safety_staff, status="assigned")

    assert _references(response) == {case.reference}
    assert waiting.reference not in response.content.decode()


@pytest.mark.parametrize(
    ("field", "code"),
    [
        ("status", "case_status_invalid"),
        ("priority", "case_priority_invalid"),
        ("source", "case_source_invalid"),
    ],
)
def test_an_unknown_filter_value_is_refused_with_its_code(
    client, funded, trust_safety_staff, field, code
):
    response = _queue(client, trust_safety_staff, **{field: "nonsense"})

    assert response.status_code == 400
    assert f'data-error-code="{code}"' in response.content.decode()
