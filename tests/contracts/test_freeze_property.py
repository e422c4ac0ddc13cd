"""Hypothesis: no release, refund or payout ever touches frozen money.

A state machine funds milestones, freezes and holds them (a milestone or the whole
contract), lifts freezes, approves, refunds, asks for refunds and accepts them, lets time
pass (auto-release, silent refund deadlines, settlements), holds payouts and withdraws, in
any order. After every step:

- no transfer that releases or refunds a milestone's escrow was written since an active
  `freeze_escrow` covering it began, and no release or new funding since an active `hold`
  began (every refusal is `escrow_frozen` or `contract_on_hold`);
- a payout never leaves the freelancer's available balance below what active payout holds
  keep, and never happens under a whole-balance hold;
- the ledger verifies.

The same machine also opens, answers, mediates, decides and withdraws disputes, funds some
milestones with a card the bank takes back, re-prices unfunded milestones by an accepted
change and tries to end the contract. After every step the books agree: escrow on the
ledger is what the milestones say they hold, no milestone gave out more than it got, a
dispute's own movement never ran past another freeze, and an ended contract holds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, Phase
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from directcontracts.contracts import changes, escrow, freezes, paying
from directcontracts.contracts.freeze_models import EscrowFreeze, PayoutHold
from directcontracts.contracts.models import (
    Contract,
    ContractState,
    Milestone,
    MilestoneState,
    ProposalKind,
)
from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from directcontracts.disputes import deadlines
from directcontracts.disputes import services as disputes
from directcontracts.disputes.models import Dispute
from directcontracts.ledger import chart
from directcontracts.ledger.models import Transfer
from directcontracts.ledger.selectors import balance
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments import payouts
from directcontracts.payments.sandbox import deliver_due
from tests.accounts.factories import ClientFactory, FreelancerFactory, StaffFactory
from tests.contracts.factories import card
from tests.disputes.factories import CHARGEBACK_CARD, STATEMENT

pytestmark = pytest.mark.django_db

RELEASE_CODES = {"milestone_release", "platform_fee", "dispute_award"}
REFUND_CODES = {"refund", "refund_paid", "dispute_refund"}
FUNDING_CODES = {"milestone_funding"}
FREEZE_REFUSALS = {"escrow_frozen", "contract_on_hold"}
# Refusals that are the state machine asking for something the milestone's state forbids.
ORDINARY_REFUSALS = {
    "invalid_transition",
    "amount_too_large",
    "amount_too_small",
    "refund_already_requested",
    "payouts_on_hold",
    "below_minimum_payout",
    # Disputes and changes asked at the wrong moment.
    "milestone_not_disputable",
    "dispute_already_open",
    "refund_request_pending",
    "wrong_party",
    "money_in_escrow",
    "split_mismatch",
    # Opening disputes on one milestone over and over (hostile review, 7 December, round F).
    "rate_limited",
}
AMOUNT = 10_000


@dataclass
class ActiveFreeze:
    pk: int
    kind: str
    milestone_ids: list[int]
    since_seq: int


def _last_seq() -> int:
    last = Transfer.objects.order_by("-seq").values_list("seq", flat=True).first()
    return int(last or 0)


class FrozenMoneyMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.freelancer = FreelancerFactory()
        self.client = ClientFactory()
        self.contract = Contract.objects.create(
            freelancer=self.freelancer,
            client=self.client,
            client_email=self.client.email,
            client_name="Prop Client",
            title="Property contract",
            description="Hypothesis drives it.",
            category_slug="web-development",
            currency="USD",
            review_period_days=3,
            state=ContractState.ACTIVE,
        )
        for position in (1, 2, 3, 4, 5, 6):
            Milestone.objects.create(
                contract=self.contract,
                position=position,
                title=f"Part {position}",
                amount_minor=AMOUNT,
                state=MilestoneState.AWAITING_FUNDING,
            )
        self.card = card(self.client)
        self.charged_back_card = card(self.client, CHARGEBACK_CARD)
        self.mediator = StaffFactory(groups=["trust_safety"])
        self.decider = StaffFactory(groups=["trust_safety"])
        self.bank = payouts.add_payout_method(
            owner=self.freelancer,
            account_number="000123456789",
            holder_name="Prop Freelancer",
            currency="USD",
        )
        self.ids = list(self.contract.milestones.order_by("position").values_list("pk", flat=True))
        for pk in self.ids[:4]:  # the last two wait for funding (a change may re-price them)
            escrow.fund_milestone(milestone=self.m(pk), by=self.client, method=self.card)
        clock.advance(seconds=60)
        deliver_due()
        # The last one released and past its security hold: money a payout could take.
        escrow.approve_milestone(milestone=self.m(self.ids[3]), by=self.client)
        clock.advance(days=3)
        self.freezes: list[ActiveFreeze] = []
        self.payout_holds: list[int] = []
        self.refs = 0
        self.keys = 0

    def m(self, pk: int) -> Milestone:
        return Milestone.objects.select_related("contract").get(pk=pk)

    def attempt(self, call, *args, **kwargs) -> str:
        try:
            call(*args, **kwargs)
        except DomainError as error:
            code = error.code
        else:
            return "ok"
        assert code in FREEZE_REFUSALS | ORDINARY_REFUSALS, code
        return code

    # --- Freezes ---------------------------------------------------------------------------

    @rule(which=st.integers(0, 6), kind=st.sampled_from(["freeze_escrow", "hold"]))
    def freeze(self, which, kind):
        self.refs += 1
        milestone = self.m(self.ids[which]) if which < 6 and kind != "hold" else None
        since = _last_seq()
        common = {
            "contract": self.contract,
            "source": "trust_safety",
            "reference": f"case:{self.refs}",
            "reason": "Property test",
        }
        if kind == "hold":
            made = freezes.hold_contract(**common)
        else:
            made = freezes.freeze_escrow(milestone=milestone, **common)
        covered = [milestone.pk] if milestone is not None else list(self.ids)
        self.freezes.append(ActiveFreeze(made.pk, kind, covered, since))

    @precondition(lambda self: self.freezes)
    @rule(index=st.integers(0, 10))
    def lift(self, index):
        active = self.freezes.pop(index % len(self.freezes))
        freezes.lift_freeze(freeze=EscrowFreeze.objects.get(pk=active.pk), reason="Lifted")

    # --- Money on milestones ---------------------------------------------------------------

    @rule(index=st.integers(0, 5), charged_back=st.booleans())
    def fund(self, index, charged_back):
        # The sandbox takes back a payment by `charged_back_card` a minute after it settles.
        self.attempt(
            escrow.fund_milestone,
            milestone=self.m(self.ids[index]),
            by=self.client,
            method=self.charged_back_card if charged_back else self.card,
        )

    @rule(index=st.integers(0, 5))
    def submit(self, index):
        self.attempt(
            escrow.submit_work,
            milestone=self.m(self.ids[index]),
            by=self.freelancer,
            message="done",
        )

    @rule(index=st.integers(0, 5), part=st.sampled_from([None, 2_500]))
    def approve(self, index, part):
        self.attempt(
            escrow.approve_milestone,
            milestone=self.m(self.ids[index]),
            by=self.client,
            amount_minor=part,
        )

    @rule(index=st.integers(0, 5), part=st.sampled_from([None, 1_000]))
    def refund(self, index, part):
        self.attempt(
            escrow.refund_milestone,
            milestone=self.m(self.ids[index]),
            by=self.freelancer,
            amount_minor=part,
        )

    @rule(index=st.integers(0, 5), accept=st.booleans())
    def refund_request(self, index, accept):
        milestone = self.m(self.ids[index])
        outcome = self.attempt(
            escrow.request_refund, milestone=milestone, by=self.client, reason="Please"
        )
        request = milestone.refund_requests.filter(state="pending").first()
        if outcome == "ok" and accept and request is not None:
            self.attempt(
                escrow.answer_refund_request, request=request, by=self.freelancer, accept=True
            )

    @rule(days=st.sampled_from([1, 4, 8]))
    def time_passes(self, days):
        clock.advance(days=days)
        deliver_due()
        escrow.release_due_milestones()
        escrow.settle_unanswered_refund_requests()
        deadlines.run_due_deadlines()

    # --- Disputes --------------------------------------------------------------------------

    def dispute(self, index: int) -> Dispute | None:
        """One of the open disputes (any milestone), or None."""
        open_ones = list(
            Dispute.objects.open()
            .filter(contract=self.contract)
            .select_related("contract", "milestone", "freeze")
            .order_by("pk")
        )
        return open_ones[index % len(open_ones)] if open_ones else None

    @rule(index=st.integers(0, 5), by_client=st.booleans(), claim=st.sampled_from([None, 4_000]))
    def open_dispute(self, index, by_client, claim):
        milestone = self.m(self.ids[index])
        self.attempt(
            disputes.open_dispute,
            milestone=milestone,
            by=self.client if by_client else self.freelancer,
            statement=STATEMENT,
            claim_minor=None if claim is None else min(claim, max(milestone.escrow_minor, 1)),
        )

    @rule(index=st.integers(0, 5), percent=st.sampled_from([0, 60, 100]))
    def mediate(self, index, percent):
        """The respondent answers (mediation starts), a mediator takes it and proposes."""
        if (dispute := self.dispute(index)) is None:
            return
        respondent = self.freelancer if dispute.opener_role == "client" else self.client
        self.attempt(disputes.add_statement, dispute=dispute, by=respondent, body="My side.")
        self.attempt(disputes.take_mediation, dispute=self.dispute(index), by=self.mediator)
        held = dispute.milestone.escrow_minor
        to_freelancer = held * percent // 100
        self.attempt(
            disputes.propose,
            dispute=self.dispute(index),
            by=self.mediator,
            to_freelancer_minor=to_freelancer,
            to_client_minor=held - to_freelancer,
            reason="Property test",
        )

    @rule(index=st.integers(0, 5), client_says=st.booleans(), freelancer_says=st.booleans())
    def answer(self, index, client_says, freelancer_says):
        if (dispute := self.dispute(index)) is None:
            return
        for person, accept in ((self.client, client_says), (self.freelancer, freelancer_says)):
            dispute.refresh_from_db()
            self.attempt(disputes.answer_proposal, dispute=dispute, by=person, accept=accept)

    @rule(index=st.integers(0, 5), percent=st.sampled_from([0, 30, 100]))
    def decide(self, index, percent):
        if (dispute := self.dispute(index)) is None:
            return
        held = self.m(dispute.milestone_id).escrow_minor
        to_freelancer = held * percent // 100
        self.attempt(
            disputes.decide,
            dispute=dispute,
            by=self.decider,
            to_freelancer_minor=to_freelancer,
            to_client_minor=held - to_freelancer,
            reason="Property test",
        )

    @rule(
        index=st.integers(0, 5),
        by_client=st.booleans(),
        percent=st.sampled_from([0, 60, 100]),
        accepted=st.booleans(),
    )
    def dispute_runs_its_course(self, index, by_client, percent, accepted):
        """Opened, answered, mediated, then accepted by both or rejected and decided, in one
        step (the rules above interleave the same steps with everything else)."""
        milestone = self.m(self.ids[index])
        opened = self.attempt(
            disputes.open_dispute,
            milestone=milestone,
            by=self.client if by_client else self.freelancer,
            statement=STATEMENT,
        )
        if opened != "ok":
            return
        here = len(Dispute.objects.open().filter(contract=self.contract)) - 1
        self.mediate(here, percent)
        if accepted:
            self.answer(here, client_says=True, freelancer_says=True)
        else:
            self.answer(here, client_says=False, freelancer_says=False)
            self.decide(here, 100 - percent)

    @rule(index=st.integers(0, 5))
    def withdraw_dispute(self, index):
        if (dispute := self.dispute(index)) is None:
            return
        opener = self.client if dispute.opener_role == "client" else self.freelancer
        self.attempt(disputes.withdraw_dispute, dispute=dispute, by=opener)

    # --- Changes and the end ---------------------------------------------------------------

    @rule(index=st.integers(0, 5), amount=st.sampled_from([2_000, 30_000]))
    def change_amount(self, index, amount):
        try:  # proposing is refused like the other steps, with the same codes
            proposal = changes.propose_change(
                contract=self.contract,
                by=self.freelancer,
                kind=ProposalKind.CHANGE_AMOUNT,
                milestone=self.m(self.ids[index]),
                amount_minor=amount,
            )
        except DomainError as error:
            assert error.code in FREEZE_REFUSALS | ORDINARY_REFUSALS, error.code  # noqa: PT017
            return
        self.attempt(changes.accept_change, proposal=proposal, by=self.client)

    @rule()
    def end_contract(self):
        self.attempt(changes.end_contract, contract=self.contract, by=self.client)

    # --- Payouts ---------------------------------------------------------------------------

    @rule(amount=st.sampled_from([None, 3_000, 40_000]))
    def hold_payouts(self, amount):
        self.refs += 1
        hold = freezes.hold_payouts(
            freelancer=self.freelancer,
            currency="USD",
            amount_minor=amount,
            source="chargeback",
            reference=f"chargeback:{self.refs}",
            reason="Property test",
        )
        self.payout_holds.append(hold.pk)

    @precondition(lambda self: self.payout_holds)
    @rule(index=st.integers(0, 10))
    def lift_payout_hold(self, index):
        pk = self.payout_holds.pop(index % len(self.payout_holds))
        freezes.lift_payout_hold(hold=PayoutHold.objects.get(pk=pk), reason="Lifted")

    @rule(amount=st.sampled_from([1_000, 5_000, 9_500, 20_000]))
    def withdraw(self, amount):
        self.keys += 1
        outcome = self.attempt(
            paying.withdraw,
            freelancer=self.freelancer,
            method=self.bank,
            amount_minor=amount,
            idempotency_key=f"w{self.freelancer.pk}-{self.keys}",
        )
        if outcome != "ok":
            return
        holds = PayoutHold.objects.active().filter(freelancer=self.freelancer)
        assert not holds.filter(amount_minor__isnull=True).exists()
        held = sum(h.amount_minor or 0 for h in holds)
        assert self.available() >= held

    def available(self) -> int:
        account = chart.freelancer_available(self.freelancer.pk, "USD")
        return balance(account_id=account.pk).available

    # --- The property ----------------------------------------------------------------------

    @invariant()
    def frozen_money_stays_put(self):
        for active in self.freezes:
            stopped = RELEASE_CODES | FUNDING_CODES
            if active.kind == "freeze_escrow":
                stopped |= REFUND_CODES
            disputed = Dispute.objects.filter(milestone_id__in=active.milestone_ids)
            moved = Transfer.objects.filter(
                seq__gt=active.since_seq,
                reference__in=[f"milestone:{pk}" for pk in active.milestone_ids]
                + [f"dispute:{pk}" for pk in disputed.values_list("pk", flat=True)],
                code__in=stopped,
            )
            assert not moved.exists(), list(moved.values_list("key", "code"))

    @invariant()
    def books_agree(self):
        parts = list(self.contract.milestones.all())
        for part in parts:
            assert part.escrow_minor >= 0, part
            assert (
                part.released_amount_minor + part.refunded_amount_minor <= part.funded_amount_minor
            ), part
        held = sum(p.escrow_minor for p in parts if p.in_escrow)
        on_books = balance(account_id=chart.escrow(self.contract.pk, "USD").pk).posted
        assert on_books == held, (on_books, held)
        self.contract.refresh_from_db(fields=["state"])
        if self.contract.state == ContractState.ENDED:
            assert held == 0

    def teardown(self):
        assert verify_ledger() == []


def test_no_release_refund_or_payout_touches_frozen_money(settings_for_property):
    run_state_machine_as_test(FrozenMoneyMachine, settings=settings_for_property)


@pytest.fixture
def settings_for_property(settings):
    settings.NEW_ACCOUNT_HOLD_DAYS = 0
    settings.RELEASE_SECURITY_HOLD_DAYS = 2
    settings.MINIMUM_PAYOUT_MINOR = 500
    clock.freeze(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    return hypothesis_settings(
        max_examples=12,
        stateful_step_count=20,
        derandomize=True,
        phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
