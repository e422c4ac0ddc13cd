"""Dormant escrow: notices on days 76 and 83, the freelancer's 7 days, the client's 14,
silence returning the money to the client; every step idempotent."""

from __future__ import annotations

from datetime import timedelta

import pytest

from directcontracts.contracts import escrow, freezes
from directcontracts.contracts.models import Message, MilestoneState
from directcontracts.core.errors import DomainError
from directcontracts.disputes import dormancy, services
from directcontracts.disputes.models import DormancyCase, DormancyState
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from directcontracts.notifications.models import Notice
from tests.disputes.factories import STATEMENT, on_dormancy_day

pytestmark = pytest.mark.django_db


def _case(contract) -> DormancyCase:
    return DormancyCase.objects.filter(contract=contract).latest("id")


def test_nothing_happens_before_day_76(dormant_funded, frozen_clock):
    contract, client, milestone, day_zero = dormant_funded
    on_dormancy_day(frozen_clock, day_zero, 75.9)
    assert dormancy.run_dormancy() == 0
    assert not DormancyCase.objects.exists()


def test_both_parties_are_told_on_days_76_and_83(dormant_funded, frozen_clock, freelancer):
    contract, client, milestone, day_zero = dormant_funded
    on_dormancy_day(frozen_clock, day_zero, 76)
    assert dormancy.run_dormancy() == 1
    assert _case(contract).state == DormancyState.NOTICED
    on_dormancy_day(frozen_clock, day_zero, 82.9)
    assert dormancy.run_dormancy() == 0
    on_dormancy_day(frozen_clock, day_zero, 83)
    assert dormancy.run_dormancy() == 1
    assert _case(contract).state == DormancyState.REMINDED
    for person in (client, freelancer):
        assert Notice.objects.filter(recipient=person, kind="escrow.dormancy_notice").count() == 2


def _to_dormant(contract, frozen_clock, day_zero) -> None:
    for day in (76, 83, 90):
        on_dormancy_day(frozen_clock, day_zero, day)
        dormancy.run_dormancy()


def test_on_day_90_the_escrow_is_dormant_and_the_freelancer_has_seven_days(
    dormant_funded, frozen_clock, freelancer
):
    contract, client, milestone, day_zero = dormant_funded
    _to_dormant(contract, frozen_clock, day_zero)
    case = _case(contract)
    assert case.state == DormancyState.FREELANCER_WINDOW
    assert case.freelancer_deadline == frozen_clock.now() + timedelta(days=7)
    assert Notice.objects.filter(recipient=freelancer, kind="escrow.dormant").exists()


def test_total_silence_returns_the_money_to_the_client(dormant_funded, frozen_clock):
    contract, client, milestone, day_zero = dormant_funded
    _to_dormant(contract, frozen_clock, day_zero)
    on_dormancy_day(frozen_clock, day_zero, 97)
    assert dormancy.run_dormancy() == 1
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.REFUNDED
    assert _case(contract).state == DormancyState.RETURNED
    assert balance(account_id=chart.escrow(contract.pk, "USD").pk).posted == 0
    assert contract.events.filter(kind="escrow.dormant_returned").exists()


def test_the_freelancers_request_then_the_clients_silence_releases(
    dormant_funded, frozen_clock, freelancer
):
    contract, client, milestone, day_zero = dormant_funded
    _to_dormant(contract, frozen_clock, day_zero)
    on_dormancy_day(frozen_clock, day_zero, 92)
    dormancy.request_release(contract=contract, by=freelancer)
    case = _case(contract)
    assert case.state == DormancyState.CLIENT_WINDOW
    assert case.client_deadline == frozen_clock.now() + timedelta(days=14)
    assert Notice.objects.filter(recipient=client, kind="escrow.dormant_release_requested").exists()
    on_dormancy_day(frozen_clock, day_zero, 97)  # the freelancer's window no longer matters
    assert dormancy.run_dormancy() == 0
    on_dormancy_day(frozen_clock, day_zero, 106)
    assert dormancy.run_dormancy() == 1
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.RELEASED
    assert _case(contract).state == DormancyState.RELEASED
    released = milestone.events.get(kind="milestone.auto_released")
    assert released.actor_label == "dormant escrow released"


def test_only_the_freelancer_requests_and_only_in_the_window(
    dormant_funded, frozen_clock, freelancer
):
    contract, client, milestone, day_zero = dormant_funded
    with pytest.raises(DomainError) as early:
        dormancy.request_release(contract=contract, by=freelancer)
    assert early.value.code == "dormant_release_not_open"
    _to_dormant(contract, frozen_clock, day_zero)
    with pytest.raises(DomainError) as wrong:
        dormancy.request_release(contract=contract, by=client)
    assert wrong.value.code == "wrong_party"


def test_the_client_approving_in_the_window_closes_the_case(
    dormant_funded, frozen_clock, freelancer
):
    contract, client, milestone, day_zero = dormant_funded
    _to_dormant(contract, frozen_clock, day_zero)
    dormancy.request_release(contract=contract, by=freelancer)
    escrow.approve_milestone(milestone=milestone, by=client)
    assert dormancy.run_dormancy() == 1
    assert _case(contract).state == DormancyState.CLOSED


def test_the_client_disputing_in_the_window_leaves_it_to_the_dispute(
    dormant_funded, frozen_clock, freelancer
):
    contract, client, milestone, day_zero = dormant_funded
    _to_dormant(contract, frozen_clock, day_zero)
    dormancy.request_release(contract=contract, by=freelancer)
    services.open_dispute(milestone=milestone, by=client, statement=STATEMENT)
    on_dormancy_day(frozen_clock, day_zero, 120)
    dormancy.run_dormancy()
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    assert _case(contract).state == DormancyState.CLIENT_WINDOW


def test_activity_before_day_90_cancels_the_case(dormant_funded, frozen_clock, freelancer):
    contract, client, milestone, day_zero = dormant_funded
    on_dormancy_day(frozen_clock, day_zero, 76)
    dormancy.run_dormancy()
    Message.objects.create(contract=contract, sender=freelancer, body="Still on it!")
    on_dormancy_day(frozen_clock, day_zero, 83)
    dormancy.run_dormancy()
    assert _case(contract).state == DormancyState.CANCELLED
    on_dormancy_day(frozen_clock, day_zero, 97)
    dormancy.run_dormancy()
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED


def test_running_the_sweep_twice_changes_nothing(dormant_funded, frozen_clock):
    contract, client, milestone, day_zero = dormant_funded
    for day in (76, 83, 90, 97):
        on_dormancy_day(frozen_clock, day_zero, day)
        assert dormancy.run_dormancy() == 1
        events = contract.events.count()
        notices = Notice.objects.count()
        assert dormancy.run_dormancy() == 0
        assert (contract.events.count(), Notice.objects.count()) == (events, notices)


def test_a_late_sweep_still_warns_twice_before_acting(dormant_funded, frozen_clock):
    contract, client, milestone, day_zero = dormant_funded
    on_dormancy_day(frozen_clock, day_zero, 200)
    assert dormancy.run_dormancy() == 1
    assert dormancy.run_dormancy() == 0  # the second notice waits a week
    frozen_clock.advance(days=7)
    dormancy.run_dormancy()
    assert _case(contract).state == DormancyState.REMINDED
    frozen_clock.advance(days=6)
    dormancy.run_dormancy()
    assert _case(contract).state == DormancyState.REMINDED
    frozen_clock.advance(days=1)
    dormancy.run_dormancy()
    assert _case(contract).state == DormancyState.FREELANCER_WINDOW


def test_a_frozen_contract_is_left_alone(dormant_funded, frozen_clock):
    contract, client, milestone, day_zero = dormant_funded
    freezes.freeze_escrow(
        contract=contract, source="trust_safety", reference="case:2", reason="Review"
    )
    on_dormancy_day(frozen_clock, day_zero, 120)
    assert dormancy.run_dormancy() == 0
    assert not DormancyCase.objects.exists()


def test_the_scheduled_step_task_runs_the_sweep(dormant_funded, frozen_clock):
    from directcontracts.disputes.tasks import run_dormancy_task

    contract, client, milestone, day_zero = dormant_funded
    on_dormancy_day(frozen_clock, day_zero, 76)
    run_dormancy_task.enqueue()
    assert _case(contract).state == DormancyState.NOTICED
