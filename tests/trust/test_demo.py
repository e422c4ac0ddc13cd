"""`load_demo` fills the Trust & Safety queue with a case of each kind."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from directcontracts.accounts.models import StaffGroup, TotpDevice, User
from directcontracts.trust.models import CaseSignal, VelocityHit

pytestmark = pytest.mark.django_db


def test_the_demo_queue_holds_a_flag_a_phishing_domain_a_held_item_a_review_and_a_velocity_hit(
    frozen_clock, settings
):
    settings.NEW_ACCOUNT_HOLD_DAYS = 0
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115 - quiet
    sources = set(CaseSignal.objects.values_list("source", flat=True))
    assert {"flag", "verification", "screening", "velocity", "circumvention"} <= sources
    assert VelocityHit.objects.get().rule.key == "shared-address"


def test_the_demo_has_a_second_trust_and_safety_member_to_decide_appeals(frozen_clock, settings):
    settings.NEW_ACCOUNT_HOLD_DAYS = 0
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115 - quiet
    members = User.objects.filter(groups__name=StaffGroup.TRUST_SAFETY)
    assert members.count() >= 2
    assert all(TotpDevice.objects.filter(user=member).exists() for member in members)
