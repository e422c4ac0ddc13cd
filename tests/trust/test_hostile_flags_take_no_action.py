"""Hostile review, 7 December 2026 (round F), held: flags against a victim act on nothing.

A group of people who each worked with a freelancer flag them at once (every reason, the
most urgent ones). A flag only raises the case's priority in the Trust & Safety queue: no
escrow is frozen, no payout held, the account stays open and its owner hears nothing until
a member acts.
"""

from __future__ import annotations

import pytest

from directcontracts.contracts.freeze_models import EscrowFreeze, PayoutHold
from directcontracts.notifications.models import Notice
from directcontracts.trust import flags
from directcontracts.trust.models import Case, FlagReason, FlagTarget
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db


def _flag(reporter, kind, target_id, reason, n):
    flags.flag(
        reporter=reporter,
        kind=kind,
        target_id=str(target_id),
        reason=reason,
        details="They asked me to pay by wire.",
        address=f"203.0.113.{n}",
    )


def test_many_flags_against_one_person_freeze_hold_and_suspend_nothing(freelancer, monkeypatch):
    contracts = [
        active_contract(freelancer, monkeypatch, client_email=f"reporter{n}@example.org")
        for n in range(3)
    ]
    notices_before = Notice.objects.filter(recipient=freelancer).count()
    for n, (contract, reporter) in enumerate(contracts):
        _flag(reporter, FlagTarget.USER, freelancer.pk, FlagReason.SCAM_FRAUD, n)
        _flag(reporter, FlagTarget.CONTRACT, contract.pk, FlagReason.OFF_PLATFORM_PAYMENT, n)
    assert Case.objects.filter(subject_user_id=freelancer.pk).exists()
    assert not EscrowFreeze.objects.exists()
    assert not PayoutHold.objects.exists()
    freelancer.refresh_from_db()
    assert freelancer.is_active
    assert Notice.objects.filter(recipient=freelancer).count() == notices_before
