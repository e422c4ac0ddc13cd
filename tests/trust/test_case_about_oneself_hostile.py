"""A Trust & Safety member who also works as a freelancer (staff may) must not decide a case
about themselves or their own contract: a party never mediates its own dispute
(`disputes.services._require_staff`, `staff_is_a_party`), nor contests its own chargeback.

Trust & Safety's case actions are helper C's files in this review: the hole is written down
here, failing, for them to close (`trust/actions.py` `_close`, `assign_to_me` and
`trust/enforcement.py` check only `require_trust_staff(by)`, never who the case is about)."""

from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError
from directcontracts.trust import actions, flags
from directcontracts.trust.models import CaseState
from tests.accounts.factories import FreelancerProfileFactory, StaffFactory
from tests.contracts.factories import funded_milestone

pytestmark = pytest.mark.django_db

HOLE = (
    "trust/actions.py _close (dismiss/uphold) checks only require_trust_staff(by): a "
    "Trust & Safety member dismisses a fraud report about their own contract"
)


@pytest.fixture
def staff_freelancer(db):
    member = StaffFactory(
        email="trudy.trust@example.com", groups=["trust_safety"], is_freelancer=True
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
        details="They asked me to pay outside the platform.",
        address=None,
    ).case


@pytest.mark.xfail(strict=True, reason=HOLE)
def test_a_trust_and_safety_member_cannot_dismiss_a_report_about_their_own_contract(
    staff_freelancer, case_about_them
):
    with pytest.raises(DomainError):
        actions.dismiss(case=case_about_them, by=staff_freelancer, reason="Nothing wrong here.")
    case_about_them.refresh_from_db()
    assert case_about_them.state != CaseState.CLOSED


def test_another_trust_and_safety_member_decides_it(case_about_them, trust_safety_staff):
    actions.dismiss(case=case_about_them, by=trust_safety_staff, reason="Checked the thread.")
    case_about_them.refresh_from_db()
    assert case_about_them.state == CaseState.CLOSED
