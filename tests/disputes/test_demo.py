"""`load_demo` adds an open dispute, a resolved split and a chargeback with its evidence pack;
running it twice adds nothing."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from directcontracts.disputes.models import ChargebackCase, ChargebackState, Dispute, DisputeState

pytestmark = pytest.mark.django_db


def test_the_demo_has_an_open_dispute_a_resolved_split_and_a_chargeback(frozen_clock, settings):
    settings.NEW_ACCOUNT_HOLD_DAYS = 0
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115 - quiet
    states = set(Dispute.objects.values_list("state", flat=True))
    assert DisputeState.IN_MEDIATION in states
    assert DisputeState.RESOLVED_SPLIT in states
    case = ChargebackCase.objects.get()
    assert case.state == ChargebackState.OPEN
    assert case.evidence_sha256
    assert case.payout_hold is not None

    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115 - quiet
    assert Dispute.objects.count() == 2
    assert ChargebackCase.objects.count() == 1
