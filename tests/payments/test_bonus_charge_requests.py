"""A bonus charged on a release (an approval above what escrow holds) in the three steps of a
charge: the bonus's payment and charge request commit first, the processor is asked with no
transaction open, and only once it took the charge are escrow released and the bonus
reserved, in the transaction that records the answer. A declined bonus releases nothing; an
unanswered one leaves the milestone as it is until the recovery sweep answers it, and a crash
at any step ends with one charge at the processor, one release and a ledger that verifies.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directcontracts.contracts import escrow
from directcontracts.contracts.models import Milestone, MilestoneState, Release
from directcontracts.core.errors import DomainError
from directcontracts.ledger.verify import verify_ledger
from directcontracts.notifications.models import Notice
from directcontracts.payments import gateway_requests
from directcontracts.payments.models import (
    GatewayRequest,
    GatewayRequestKind,
    GatewayRequestState,
    Payment,
    PaymentState,
    SandboxObject,
)
from directcontracts.payments.sandbox import SandboxGateway
from tests.accounts.factories import FreelancerFactory
from tests.contracts.factories import card, funded_milestone, settle_gateway
from tests.payments.factories import CRASH_POINTS, process_dies, unapplied_refunds_at_gateway

pytestmark = pytest.mark.django_db
SWEEP_AFTER = gateway_requests.STALE_AFTER + timedelta(seconds=1)
TAKEN_CARD, DECLINED_CARD = "4242424242424242", "4000000000000002"
CHARGE = GatewayRequestKind.CHARGE
ESCROW, WITH_BONUS, BONUS = 50_000, 60_000, 10_000


def _submitted(freelancer, monkeypatch, frozen_clock, **contract):
    """A milestone with $500 in escrow, submitted for review: (client, milestone)."""
    _, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock, **contract)
    escrow.submit_work(milestone=milestone, by=freelancer, message="Done.")
    milestone.refresh_from_db()
    return client, milestone


def _approve(milestone, client, number: str = TAKEN_CARD, key: str = "approve-1"):
    """The client releases $600: the $500 in escrow and a $100 bonus charged to a card."""
    return escrow.approve_milestone(
        milestone=milestone,
        by=client,
        amount_minor=WITH_BONUS,
        method=card(client, number),
        request_key=key,
    )


def _sweep(frozen_clock) -> int:
    frozen_clock.advance(seconds=SWEEP_AFTER.total_seconds())
    return gateway_requests.resend_stale()


def _charges_at_the_processor() -> int:
    return SandboxObject.objects.filter(kind="charge", reference__startswith="milestone:").count()


def _releases_of(milestone) -> int:
    return Release.objects.filter(milestone=milestone).count()


def _bonus() -> Milestone | None:
    return Milestone.objects.filter(release_on_funding=True).first()


@pytest.fixture
def charges_checked_for_transactions(monkeypatch) -> list[bool]:
    """The sandbox's charge, noting for each call whether a transaction of ours was open."""
    seen: list[bool] = []
    real = SandboxGateway.charge

    def charge(self, **kwargs):
        seen.append(gateway_requests.in_transaction())
        return real(self, **kwargs)

    monkeypatch.setattr(SandboxGateway, "charge", charge)
    return seen


def test_a_bonus_is_charged_with_no_transaction_open(
    freelancer, monkeypatch, frozen_clock, charges_checked_for_transactions
):
    client, milestone = _submitted(freelancer, monkeypatch, frozen_clock)
    charges_checked_for_transactions.clear()  # the funding's own charge
    approved = _approve(milestone, client)
    assert charges_checked_for_transactions == [False]
    assert approved.state == MilestoneState.RELEASED


def test_a_declined_bonus_is_charged_with_no_transaction_open(
    freelancer, monkeypatch, frozen_clock, charges_checked_for_transactions
):
    client, milestone = _submitted(freelancer, monkeypatch, frozen_clock)
    charges_checked_for_transactions.clear()
    with pytest.raises(DomainError):
        _approve(milestone, client, DECLINED_CARD)
    assert charges_checked_for_transactions == [False]


def test_the_bonus_is_a_charge_request_for_the_bonus_milestone(
    freelancer, monkeypatch, frozen_clock
):
    client, milestone = _submitted(freelancer, monkeypatch, frozen_clock)
    _approve(milestone, client)
    bonus = _bonus()
    assert (bonus.state, bonus.bonus_for, bonus.amount_minor) == (
        MilestoneState.FUNDING_PENDING,
        milestone,
        BONUS,
    )
    payment = Payment.objects.get(reference=f"milestone:{bonus.pk}")
    request = GatewayRequest.objects.get(kind=CHARGE, idempotency_key=payment.idempotency_key)
    assert request.state == GatewayRequestState.SUCCEEDED
    assert payment.gateway_charge_id == request.processor_id


def test_a_declined_bonus_releases_nothing_and_says_why(freelancer, monkeypatch, frozen_clock):
    client, milestone = _submitted(freelancer, monkeypatch, frozen_clock)
    with pytest.raises(DomainError) as refused:
        _approve(milestone, client, DECLINED_CARD)
    assert (refused.value.code, refused.value.status) == ("payment_declined", 402)
    assert refused.value.message == (
        "The card was declined. Nothing was released or charged; try another payment method."
    )
    milestone.refresh_from_db()
    assert (milestone.state, milestone.escrow_minor) == (MilestoneState.SUBMITTED, ESCROW)
    assert _bonus() is None
    declined = milestone.events.get(kind="milestone.funding_declined")
    assert "Nothing was released" in declined.message


def test_an_approval_whose_bonus_was_declined_can_be_retried_with_another_card(
    freelancer, monkeypatch, frozen_clock
):
    client, milestone = _submitted(freelancer, monkeypatch, frozen_clock)
    with pytest.raises(DomainError):
        _approve(milestone, client, DECLINED_CARD)
    approved = _approve(milestone, client, TAKEN_CARD, key="approve-2")
    assert approved.state == MilestoneState.RELEASED
    settle_gateway(frozen_clock)
    assert _bonus().state == MilestoneState.RELEASED
    assert verify_ledger() == []


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_an_approval_interrupted_by_a_crash_releases_once_with_one_charge_after_the_sweep(
    point, freelancer, monkeypatch, frozen_clock
):
    client, milestone = _submitted(freelancer, monkeypatch, frozen_clock)
    with process_dies(point, CHARGE, monkeypatch):
        _approve(milestone, client)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.SUBMITTED  # nothing released before the answer

    assert _sweep(frozen_clock) == 1
    settle_gateway(frozen_clock)

    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.RELEASED
    assert _releases_of(milestone) == 1
    assert _bonus().state == MilestoneState.RELEASED
    assert _charges_at_the_processor() == 2  # the funding's and the bonus's
    assert verify_ledger() == []


def test_a_crash_before_the_call_charges_and_releases_nothing(
    freelancer, monkeypatch, frozen_clock
):
    client, milestone = _submitted(freelancer, monkeypatch, frozen_clock)
    with process_dies("after the intent", CHARGE, monkeypatch):
        _approve(milestone, client)
    milestone.refresh_from_db()
    assert (milestone.state, milestone.escrow_minor) == (MilestoneState.SUBMITTED, ESCROW)
    assert _charges_at_the_processor() == 1
    assert not Notice.objects.filter(kind="milestone.released").exists()


def test_another_approval_while_the_bonus_is_unanswered_is_refused_with_nothing_moved(
    freelancer, monkeypatch, frozen_clock
):
    client, milestone = _submitted(freelancer, monkeypatch, frozen_clock)
    with process_dies("after the intent", CHARGE, monkeypatch):
        _approve(milestone, client)
    with pytest.raises(DomainError) as refused:
        escrow.approve_milestone(milestone=milestone, by=client, request_key="approve-2")
    assert (refused.value.code, refused.value.status) == ("payment_in_progress", 409)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.SUBMITTED
    assert Payment.objects.filter(reference__startswith="milestone:").count() == 2


def test_a_replay_of_an_unanswered_bonus_gets_its_answer_with_one_charge(
    freelancer, monkeypatch, frozen_clock
):
    client, milestone = _submitted(freelancer, monkeypatch, frozen_clock)
    with process_dies("after the call", CHARGE, monkeypatch):
        _approve(milestone, client)

    replayed = _approve(milestone, client)

    assert replayed.state == MilestoneState.RELEASED
    assert _releases_of(milestone) == 1
    assert _charges_at_the_processor() == 2
    assert _sweep(frozen_clock) == 0


def test_a_replay_of_a_declined_bonus_answers_the_same_without_a_second_charge(
    freelancer, monkeypatch, frozen_clock
):
    client, milestone = _submitted(freelancer, monkeypatch, frozen_clock)
    answers = []
    for _ in range(2):
        with pytest.raises(DomainError) as refused:
            _approve(milestone, client, DECLINED_CARD)
        answers.append((refused.value.code, refused.value.message))
    assert answers[0] == answers[1]
    assert _charges_at_the_processor() == 2


def test_a_bonus_declined_by_the_sweep_releases_nothing_and_tells_the_client(
    freelancer, monkeypatch, frozen_clock
):
    client, milestone = _submitted(freelancer, monkeypatch, frozen_clock)
    with process_dies("after the intent", CHARGE, monkeypatch):
        _approve(milestone, client, DECLINED_CARD)

    assert _sweep(frozen_clock) == 1

    milestone.refresh_from_db()
    assert (milestone.state, milestone.escrow_minor) == (MilestoneState.SUBMITTED, ESCROW)
    assert _bonus() is None
    told = Notice.objects.get(kind="milestone.funding_failed")
    assert told.recipient == client
    assert told.title == f"The bonus on “{milestone.title}” was not released"


def test_a_bonus_taken_after_escrow_changed_releases_nothing_and_is_paid_back(
    freelancer, monkeypatch, frozen_clock
):
    client, milestone = _submitted(freelancer, monkeypatch, frozen_clock)
    with process_dies("after the intent", CHARGE, monkeypatch):
        _approve(milestone, client)
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=10_000)

    assert _sweep(frozen_clock) == 1
    settle_gateway(frozen_clock)

    milestone.refresh_from_db()
    assert (milestone.state, milestone.escrow_minor) == (MilestoneState.SUBMITTED, 40_000)
    assert _bonus() is None
    payment = Payment.objects.filter(reference__startswith="milestone:").latest("id")
    assert payment.state == PaymentState.SUCCEEDED
    assert unapplied_refunds_at_gateway(payment) == [-payment.total_minor]
    assert Notice.objects.filter(recipient=client, kind="milestone.funding_failed").exists()
    assert verify_ledger() == []


def test_the_review_period_running_out_waits_for_a_bonus_on_its_way(
    freelancer, monkeypatch, frozen_clock
):
    client, milestone = _submitted(freelancer, monkeypatch, frozen_clock)
    with process_dies("after the intent", CHARGE, monkeypatch):
        _approve(milestone, client)
    frozen_clock.advance(days=30)

    assert escrow.release_due_milestones() == 0

    assert _sweep(frozen_clock) == 1
    milestone.refresh_from_db()
    assert (milestone.state, _releases_of(milestone)) == (MilestoneState.RELEASED, 1)


def test_the_amount_of_a_bonus_whose_charge_is_unanswered_does_not_change(
    freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts import changes
    from directcontracts.contracts.models import ProposalKind

    client, milestone = _submitted(freelancer, monkeypatch, frozen_clock)
    with process_dies("after the intent", CHARGE, monkeypatch):
        _approve(milestone, client)
    with pytest.raises(DomainError) as refused:
        changes.propose_change(
            contract=milestone.contract,
            by=freelancer,
            kind=ProposalKind.CHANGE_AMOUNT,
            milestone=_bonus(),
            amount_minor=20_000,
        )
    assert (refused.value.code, refused.value.status) == ("payment_in_progress", 409)


# Whatever befalls the approval (a crash at any step, or none), then any retries of it with
# its key and runs of the sweep: at most one bonus charge, at most one release, released
# exactly when the charge was taken and answered, and a ledger that verifies.
FOLLOW_UPS = ["replay", "sweep", "settle"]


@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    taken=st.booleans(),
    point=st.sampled_from([None, *CRASH_POINTS]),
    follow_ups=st.lists(st.sampled_from(FOLLOW_UPS), max_size=4),
)
def test_no_crash_or_retry_of_an_approval_charges_or_releases_twice(
    monkeypatch, frozen_clock, taken, point, follow_ups
):
    freelancer = FreelancerFactory()
    client, milestone = _submitted(
        freelancer, monkeypatch, frozen_clock, client_email=f"c{freelancer.pk}@example.org"
    )
    number = TAKEN_CARD if taken else DECLINED_CARD

    refusals: list[str] = []

    def approve():
        try:
            _approve(milestone, client, number)
        except DomainError as refused:
            refusals.append(refused.code)

    if point is None:
        approve()
    else:
        with process_dies(point, CHARGE, monkeypatch):
            approve()
    for step in follow_ups:
        {"replay": approve, "sweep": lambda: _sweep(frozen_clock)}.get(
            step, lambda: settle_gateway(frozen_clock)
        )()

    bonus_charges = SandboxObject.objects.filter(
        kind="charge", idempotency_key__startswith=f"charge:bonus:{milestone.pk}:"
    )
    # Answered by the approval, a replay or the sweep; or, once the processor made the
    # charge, by its settlement arriving first.
    answered = (
        point is None
        or bool({"replay", "sweep"} & set(follow_ups))
        or (point != "after the intent" and "settle" in follow_ups)
    )
    milestone.refresh_from_db()
    assert set(refusals) <= ({"payment_declined"} if not taken else set())
    assert bonus_charges.count() == (0 if point == "after the intent" and not answered else 1)
    assert _releases_of(milestone) == (1 if taken and answered else 0)
    assert milestone.state == (
        MilestoneState.RELEASED if taken and answered else MilestoneState.SUBMITTED
    )
    assert verify_ledger() == []


def test_a_bonus_whose_payment_fails_to_settle_after_the_release_can_be_funded_again(
    freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts.selectors import milestone_cards

    client, milestone = _submitted(freelancer, monkeypatch, frozen_clock)
    _approve(milestone, client, "4000000000000341")  # taken, then fails at settlement
    settle_gateway(frozen_clock)

    bonus = _bonus()
    assert bonus.state == MilestoneState.AWAITING_FUNDING
    assert escrow.bonus_in_flight(milestone) is None  # the approval is done
    card_of = {c["obj"].pk: c for c in milestone_cards(milestone.contract, client)}
    assert card_of[bonus.pk]["can_fund"]
