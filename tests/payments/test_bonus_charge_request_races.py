"""Approvals with a bonus under real concurrent connections (PostgreSQL): two approvals at
once, with different keys or the same, charge the bonus once and release the milestone once."""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import Milestone, MilestoneState, Release
from directcontracts.core.errors import DomainError
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments.models import SandboxObject
from tests.concurrency import run_together
from tests.contracts.factories import card, funded_milestone, settle_gateway

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _approvals_at_once(freelancer, monkeypatch, frozen_clock, keys):
    """A $500 milestone approved for $600 ($100 bonus) by two requests at once, with `keys`:
    (the milestone, what each request got)."""
    _, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    method = card(client)

    def approve(key):
        return lambda: escrow.approve_milestone(
            milestone=milestone, by=client, amount_minor=60_000, method=method, request_key=key
        )

    return milestone, run_together([approve(key) for key in keys], workers=2)


def _bonus_charges(milestone) -> int:
    return SandboxObject.objects.filter(
        kind="charge", idempotency_key__startswith=f"charge:bonus:{milestone.pk}:"
    ).count()


def test_two_approvals_with_a_bonus_at_once_charge_once_and_release_once(
    freelancer, monkeypatch, frozen_clock, seeded_defaults
):
    milestone, answers = _approvals_at_once(freelancer, monkeypatch, frozen_clock, ["a", "b"])

    released = [a for a in answers if isinstance(a, Milestone)]
    refused = [a for a in answers if isinstance(a, DomainError)]
    assert len(released) == 1
    assert released[0].state == MilestoneState.RELEASED
    # The second waited for the milestone's lock: the bonus on its way, or escrow released.
    assert len(refused) == 1
    assert refused[0].code in {"payment_in_progress", "invalid_transition"}
    assert _bonus_charges(milestone) == 1
    assert Release.objects.filter(milestone=milestone).count() == 1
    settle_gateway(frozen_clock)
    assert Milestone.objects.get(bonus_for=milestone).state == MilestoneState.RELEASED
    assert verify_ledger() == []


def test_two_approvals_with_the_same_key_at_once_get_the_same_answer_with_one_charge(
    freelancer, monkeypatch, frozen_clock, seeded_defaults
):
    milestone, answers = _approvals_at_once(freelancer, monkeypatch, frozen_clock, ["same", "same"])

    assert [getattr(a, "state", a) for a in answers] == [MilestoneState.RELEASED] * 2
    assert _bonus_charges(milestone) == 1
    assert Release.objects.filter(milestone=milestone).count() == 1
    assert verify_ledger() == []
