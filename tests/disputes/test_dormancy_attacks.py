"""Dormant escrow moves only the money that was dormant (December 2026 money review).

The dormancy steps release (or return) what escrow held when the contract became dormant.
Found by the review: money paid in after that point (the client funding the next
milestone while the freelancer's request waited, or during the freelancer's window) was
swept along with it, so a client who kept working and paid for new work saw that payment
released to the freelancer with no work delivered and nobody's approval."""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import MilestoneState
from directcontracts.disputes import dormancy
from directcontracts.disputes.models import DormancyCase, DormancyState
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from tests.contracts.factories import card, settle_gateway
from tests.disputes.factories import on_dormancy_day

pytestmark = pytest.mark.django_db


def _dormant(contract, frozen_clock, day_zero) -> None:
    for day in (76, 83, 90):
        on_dormancy_day(frozen_clock, day_zero, day)
        dormancy.run_dormancy()
    assert DormancyCase.objects.get(contract=contract).state == DormancyState.FREELANCER_WINDOW


def _fund_the_next_milestone(contract, client, frozen_clock):
    later = contract.milestones.get(state=MilestoneState.AWAITING_FUNDING)
    escrow.fund_milestone(milestone=later, by=client, method=card(client))
    settle_gateway(frozen_clock, seconds=60)
    later.refresh_from_db()
    assert later.state == MilestoneState.FUNDED
    return later


def test_a_release_by_silence_takes_only_what_was_dormant_not_what_was_paid_in_since(
    dormant_funded, frozen_clock, freelancer
):
    contract, client, dormant_part, day_zero = dormant_funded
    _dormant(contract, frozen_clock, day_zero)
    on_dormancy_day(frozen_clock, day_zero, 92)
    dormancy.request_release(contract=contract, by=freelancer)
    on_dormancy_day(frozen_clock, day_zero, 95)
    new_part = _fund_the_next_milestone(contract, client, frozen_clock)
    on_dormancy_day(frozen_clock, day_zero, 107)
    assert dormancy.run_dormancy() == 1
    dormant_part.refresh_from_db()
    new_part.refresh_from_db()
    assert dormant_part.state == MilestoneState.RELEASED
    assert new_part.state == MilestoneState.FUNDED
    assert new_part.escrow_minor == 120_000
    case = DormancyCase.objects.get(contract=contract)
    assert (case.state, case.amount_minor) == (DormancyState.RELEASED, 50_000)
    assert balance(account_id=chart.escrow(contract.pk, "USD").pk).posted == 120_000


def test_a_return_by_silence_takes_only_what_was_dormant_not_what_was_paid_in_since(
    dormant_funded, frozen_clock
):
    contract, client, dormant_part, day_zero = dormant_funded
    _dormant(contract, frozen_clock, day_zero)
    on_dormancy_day(frozen_clock, day_zero, 92)
    new_part = _fund_the_next_milestone(contract, client, frozen_clock)
    on_dormancy_day(frozen_clock, day_zero, 98)
    assert dormancy.run_dormancy() == 1
    dormant_part.refresh_from_db()
    new_part.refresh_from_db()
    assert dormant_part.state == MilestoneState.REFUNDED
    assert new_part.state == MilestoneState.FUNDED
    case = DormancyCase.objects.get(contract=contract)
    assert (case.state, case.amount_minor) == (DormancyState.RETURNED, 50_000)
    assert balance(account_id=chart.escrow(contract.pk, "USD").pk).posted == 120_000


def test_once_the_dormant_money_is_approved_the_case_closes_and_new_money_stays(
    dormant_funded, frozen_clock, freelancer
):
    contract, client, dormant_part, day_zero = dormant_funded
    _dormant(contract, frozen_clock, day_zero)
    on_dormancy_day(frozen_clock, day_zero, 92)
    dormancy.request_release(contract=contract, by=freelancer)
    new_part = _fund_the_next_milestone(contract, client, frozen_clock)
    escrow.approve_milestone(milestone=dormant_part, by=client)
    assert dormancy.run_dormancy() == 1
    assert DormancyCase.objects.get(contract=contract).state == DormancyState.CLOSED
    on_dormancy_day(frozen_clock, day_zero, 107)
    dormancy.run_dormancy()
    new_part.refresh_from_db()
    assert new_part.state == MilestoneState.FUNDED


def test_the_dormant_page_names_only_the_dormant_money(
    client, dormant_funded, frozen_clock, freelancer
):
    contract, buyer, dormant_part, day_zero = dormant_funded
    _dormant(contract, frozen_clock, day_zero)
    on_dormancy_day(frozen_clock, day_zero, 92)
    _fund_the_next_milestone(contract, buyer, frozen_clock)
    client.force_login(freelancer)
    page = client.get(f"/contracts/{contract.pk}/dormant/").content.decode()
    assert "$500.00" in page
    assert "$1,700.00" not in page
