"""The staff home's Disputes and Chargebacks counts (and the chargebacks' deadline warning)
count what their lists show: a dispute or chargeback on the member's own contract is left
out of both (core/own_matter.py); another member counts it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from directcontracts.core import clock
from directcontracts.core.staff_home import staff_links_for
from directcontracts.disputes.models import ChargebackCase
from tests.accounts.factories import FreelancerProfileFactory, StaffFactory
from tests.disputes.factories import charged_back_after_release, opened_by_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_freelancer(db):
    member = StaffFactory(
        email="tess.trust@example.com", groups=["trust_safety"], is_freelancer=True
    )
    FreelancerProfileFactory(user=member)
    return member


def _link(member, title: str):
    return next(link for link in staff_links_for(member) if link.title == title)


def test_the_disputes_count_leaves_out_a_dispute_on_the_members_contract(
    staff_freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    opened_by_client(staff_freelancer, monkeypatch, frozen_clock)

    assert _link(staff_freelancer, "Disputes").waiting(staff_freelancer) == 0
    assert _link(trust_safety_staff, "Disputes").waiting(trust_safety_staff) == 1


def test_the_chargebacks_count_and_warning_leave_out_one_on_the_members_contract(
    staff_freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    *_, case = charged_back_after_release(staff_freelancer, monkeypatch, frozen_clock)
    ChargebackCase.objects.filter(pk=case.pk).update(
        evidence_due_at=clock.now() + timedelta(days=1)
    )
    theirs, others = (
        _link(staff_freelancer, "Chargebacks"),
        _link(trust_safety_staff, "Chargebacks"),
    )

    assert (theirs.waiting(staff_freelancer), theirs.warning(staff_freelancer)) == (0, "")
    assert others.waiting(trust_safety_staff) == 1
    assert others.warning(trust_safety_staff).startswith("1 chargeback to answer")
