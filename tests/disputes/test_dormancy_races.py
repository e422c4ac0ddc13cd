"""Dormant escrow's steps racing the parties, on PostgreSQL with real concurrent callers
(December 2026 money review): the money moves once, and only the dormant money moves."""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import MilestoneState
from directcontracts.core.errors import DomainError
from directcontracts.disputes import dormancy
from directcontracts.disputes.models import DormancyCase, DormancyState
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from tests.concurrency import run_together
from tests.contracts.factories import card, settle_gateway
from tests.disputes.factories import on_dormancy_day

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _catalog(seeded_defaults):
    """Transactional tests flush the database: the catalog and rules go back first."""


def _requested(contract, freelancer, frozen_clock, day_zero) -> None:
    for day in (76, 83, 90):
        on_dormancy_day(frozen_clock, day_zero, day)
        dormancy.run_dormancy()
    on_dormancy_day(frozen_clock, day_zero, 92)
    dormancy.request_release(contract=contract, by=freelancer)


def _books_agree(contract) -> None:
    parts = list(contract.milestones.all())
    for part in parts:
        assert part.released_amount_minor + part.refunded_amount_minor <= part.funded_amount_minor
    held = sum(p.escrow_minor for p in parts if p.in_escrow)
    assert balance(account_id=chart.escrow(contract.pk, "USD").pk).posted == held


def test_the_silent_release_racing_the_clients_approval_moves_the_money_once(
    dormant_funded, frozen_clock, freelancer
):
    contract, client, part, day_zero = dormant_funded
    _requested(contract, freelancer, frozen_clock, day_zero)
    on_dormancy_day(frozen_clock, day_zero, 107)
    swept, approved = run_together(
        [dormancy.run_dormancy, lambda: escrow.approve_milestone(milestone=part, by=client)],
        workers=2,
    )
    assert swept == 1, swept  # released it, or closed the case after the approval
    part.refresh_from_db()
    assert part.state == MilestoneState.RELEASED
    assert part.released_amount_minor == 50_000
    assert part.releases.count() == 1
    case = DormancyCase.objects.get(contract=contract)
    if isinstance(approved, DomainError):
        assert case.state == DormancyState.RELEASED
    else:
        assert case.state == DormancyState.CLOSED
    _books_agree(contract)


def test_two_sweeps_at_once_take_the_step_once(dormant_funded, frozen_clock, freelancer):
    contract, client, part, day_zero = dormant_funded
    _requested(contract, freelancer, frozen_clock, day_zero)
    on_dormancy_day(frozen_clock, day_zero, 107)
    run_together([dormancy.run_dormancy] * 4, workers=4)
    part.refresh_from_db()
    assert part.releases.count() == 1
    assert DormancyCase.objects.get(contract=contract).state == DormancyState.RELEASED
    _books_agree(contract)


def test_the_silent_release_racing_the_funding_of_new_work_never_releases_the_new_money(
    dormant_funded, frozen_clock, freelancer
):
    contract, client, part, day_zero = dormant_funded
    _requested(contract, freelancer, frozen_clock, day_zero)
    later = contract.milestones.get(state=MilestoneState.AWAITING_FUNDING)
    method = card(client)
    on_dormancy_day(frozen_clock, day_zero, 107)
    run_together(
        [
            dormancy.run_dormancy,
            lambda: escrow.fund_milestone(milestone=later, by=client, method=method),
        ],
        workers=2,
    )
    settle_gateway(frozen_clock, seconds=60)
    dormancy.run_dormancy()
    later.refresh_from_db()
    assert later.state == MilestoneState.FUNDED
    assert later.escrow_minor == 120_000
    _books_agree(contract)
