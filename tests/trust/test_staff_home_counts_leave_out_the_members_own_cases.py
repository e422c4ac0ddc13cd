"""The staff home's Trust & Safety count and the queue's daily chart count what the queue
lists: a case about the member (their contract, or themselves) is left out of both, as it
is of the queue (core/own_matter.py); another member counts it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.trust import flags, selectors
from directcontracts.trust.stakes import cases_about
from tests.accounts.factories import FreelancerProfileFactory, StaffFactory
from tests.accounts.helpers import staff_session
from tests.contracts.factories import funded_milestone

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_freelancer(db):
    member = StaffFactory(
        email="tia.trust@example.com", groups=["trust_safety"], is_freelancer=True
    )
    FreelancerProfileFactory(user=member)
    return member


@pytest.fixture
def case_about_them(staff_freelancer, monkeypatch, frozen_clock):
    contract, client, _ = funded_milestone(staff_freelancer, monkeypatch, frozen_clock)
    return flags.flag(
        reporter=client,
        kind="contract",
        target_id=str(contract.pk),
        reason="scam_fraud",
        details="",
        address=None,
    ).case


def _queue_waiting(client, member) -> str:
    page = staff_session(client, member).get("/staff/").content.decode()
    line = next(card for card in page.split("<section") if reverse("trust:queue") in card)
    return line.split('data-waiting="')[1].split('"')[0]


def test_the_staff_home_leaves_the_members_own_case_out_of_the_queues_count(
    client, staff_freelancer, case_about_them
):
    assert _queue_waiting(client, staff_freelancer) == "0"


def test_another_member_counts_the_case_on_the_staff_home(
    client, case_about_them, trust_safety_staff
):
    assert _queue_waiting(client, trust_safety_staff) == "1"


def _opened_today(member) -> int:
    return selectors.daily_chart(about_them=cases_about(member))[-1]["opened"]


def test_the_daily_chart_leaves_the_members_own_case_out(staff_freelancer, case_about_them):
    assert _opened_today(staff_freelancer) == 0


def test_the_daily_chart_counts_the_case_for_another_member(case_about_them, trust_safety_staff):
    assert _opened_today(trust_safety_staff) == 1
