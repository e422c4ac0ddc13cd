"""The activity API names a party whose act it was (`actor_id`), never a staff member: the
page says "Trust & Safety" for a staff step, and the API gives no id to tell one staff
member from another across contracts."""

from __future__ import annotations

import pytest

from directcontracts.contracts import freezes
from tests.contracts.factories import funded_milestone
from tests.contracts.helpers import api_caller

pytestmark = pytest.mark.django_db


def _events(client, person, contract):
    answer = api_caller(client)(person, "get", f"/contracts/{contract.pk}/events?limit=100")
    assert answer.status_code == 200
    return answer.json()["items"]


@pytest.mark.parametrize("reader", ["freelancer", "client"])
def test_a_staff_members_freeze_reaches_the_parties_without_their_id(
    reader, client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    freeze = freezes.freeze_escrow(
        contract=contract,
        milestone=None,
        source="trust_safety",
        reference="case:7",
        reason="Reported as a possible scam; we are checking.",
        by=trust_safety_staff,
        url="/trust/",
    )
    freezes.lift_freeze(freeze=freeze, by=trust_safety_staff, reason="Checked: all fine.")
    person = freelancer if reader == "freelancer" else buyer
    events = _events(client, person, contract)
    staff_steps = [e for e in events if e["kind"] in ("escrow.frozen", "escrow.unfrozen")]
    assert len(staff_steps) == 2
    assert [e["actor_id"] for e in staff_steps] == [None, None]
    assert trust_safety_staff.pk not in [e["actor_id"] for e in events]


def test_a_partys_own_step_still_names_them_in_the_activity_api(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    events = _events(client, freelancer, contract)
    assert buyer.pk in [e["actor_id"] for e in events]
