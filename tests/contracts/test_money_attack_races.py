"""Red-team races on PostgreSQL (December 2026): pairs of money paths a client and a
freelancer, alone or together, can start at the same moment.

`test_money_races.py` covers payouts against payouts, fundings after a failed settlement and
a partial release against a refund; `test_freeze_races.py` a release against a freeze. Each
test here adds a pair that neither covers (or one request racing its own retries), and checks that escrow on the ledger equals what
the milestones say they hold (released plus refunded never more than funded).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from directcontracts.contracts import changes, escrow, paying
from directcontracts.contracts.models import ContractState, MilestoneState, ProposalKind
from directcontracts.core.errors import DomainError
from directcontracts.disputes import services as disputes
from directcontracts.disputes.models import Dispute, DisputeState
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from directcontracts.payments import payouts
from directcontracts.payments.models import Payment, Payout
from tests.accounts.factories import StaffFactory
from tests.concurrency import run_together
from tests.contracts.factories import active_contract, card, milestone, settle_gateway
from tests.disputes.factories import STATEMENT

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
ROUNDS = 3


@pytest.fixture(autouse=True)
def _established_freelancers(settings):
    settings.NEW_ACCOUNT_HOLD_DAYS = 0


@pytest.fixture
def second_staff(db):
    return StaffFactory(email="dana.decider@example.com", groups=["trust_safety"])


def _both(first: Callable[[], Any], second: Callable[[], Any]) -> tuple[Any, Any]:
    one, two = run_together([first, second], workers=2)
    return one, two


def _refused(outcome: Any) -> bool:
    return isinstance(outcome, DomainError)


def _books_agree(contract) -> None:
    """Escrow on the ledger is what the milestones hold; none gave out more than it got."""
    parts = list(contract.milestones.all())
    for part in parts:
        assert part.released_amount_minor + part.refunded_amount_minor <= part.funded_amount_minor
        assert part.escrow_minor >= 0
    held = sum(p.escrow_minor for p in parts if p.in_escrow)
    assert balance(account_id=chart.escrow(contract.pk, "USD").pk).posted == held


def _funded_parts(freelancer, monkeypatch, frozen_clock, amount=10_000):
    contract, client = active_contract(
        freelancer,
        monkeypatch,
        milestones=[milestone(f"Part {n}", amount) for n in range(ROUNDS)],
    )
    parts = list(contract.milestones.order_by("position"))
    method = card(client)
    for part in parts:
        escrow.fund_milestone(milestone=part, by=client, method=method)
    settle_gateway(frozen_clock)
    return contract, client, parts


def test_ending_a_contract_while_a_milestone_is_funded_never_leaves_money_on_an_ended_contract(
    seeded_defaults, freelancer, monkeypatch, frozen_clock
):
    """Found by this review: end_contract read the milestones without locking them, and the
    funding's lock read the contract as its statement first saw it, so both committed."""
    for n in range(ROUNDS):
        contract, client = active_contract(
            freelancer, monkeypatch, client_email=f"client{n}@example.org"
        )
        part = contract.milestones.order_by("position").first()
        method = card(client)
        funded, ended = _both(
            lambda part=part, client=client, method=method: escrow.fund_milestone(
                milestone=part, by=client, method=method
            ),
            lambda contract=contract: changes.end_contract(contract=contract, by=freelancer),
        )
        assert _refused(funded) != _refused(ended), (funded, ended)
        contract.refresh_from_db()
        part.refresh_from_db()
        if contract.state == ContractState.ENDED:
            assert part.state == MilestoneState.AWAITING_FUNDING
            assert not Payment.objects.filter(reference=f"milestone:{part.pk}").exists()
        else:
            assert part.state == MilestoneState.FUNDING_PENDING


def test_a_release_racing_the_end_of_the_contract_ends_it_only_once_escrow_is_empty(
    seeded_defaults, freelancer, monkeypatch, frozen_clock
):
    contract, client = active_contract(
        freelancer, monkeypatch, milestones=[milestone("Only part", 10_000)]
    )
    part = contract.milestones.get()
    escrow.fund_milestone(milestone=part, by=client, method=card(client))
    settle_gateway(frozen_clock)
    released, ended = _both(
        lambda: escrow.approve_milestone(milestone=part, by=client),
        lambda: changes.end_contract(contract=contract, by=freelancer),
    )
    assert not _refused(released)
    contract.refresh_from_db()
    assert _refused(ended) == (contract.state == ContractState.ACTIVE)
    _books_agree(contract)


def test_accepting_a_lower_amount_while_the_client_funds_charges_what_the_milestone_says(
    seeded_defaults, freelancer, monkeypatch, frozen_clock
):
    """A colluding freelancer lowers the amount while the client pays the old one: the
    charge and escrow always match the milestone's amount, whichever commits first."""
    contract, client = active_contract(
        freelancer,
        monkeypatch,
        milestones=[milestone(f"Part {n}", 50_000) for n in range(ROUNDS)],
    )
    method = card(client)
    for part in contract.milestones.order_by("position"):
        proposal = changes.propose_change(
            contract=contract,
            by=client,
            kind=ProposalKind.CHANGE_AMOUNT,
            milestone=part,
            amount_minor=1_000,
        )
        funded, changed = _both(
            lambda part=part: escrow.fund_milestone(milestone=part, by=client, method=method),
            lambda proposal=proposal: changes.accept_change(proposal=proposal, by=freelancer),
        )
        assert not _refused(funded), funded
        part.refresh_from_db()
        payment = Payment.objects.get(reference=f"milestone:{part.pk}")
        assert payment.amount_minor == part.amount_minor
        assert part.amount_minor == (50_000 if _refused(changed) else 1_000)
    settle_gateway(frozen_clock)
    _books_agree(contract)


def test_a_full_approval_racing_a_dispute_either_releases_or_freezes(
    seeded_defaults, freelancer, monkeypatch, frozen_clock
):
    contract, client, parts = _funded_parts(freelancer, monkeypatch, frozen_clock)
    for part in parts:
        released, disputed = _both(
            lambda part=part: escrow.approve_milestone(milestone=part, by=client),
            lambda part=part: disputes.open_dispute(
                milestone=part, by=freelancer, statement=STATEMENT
            ),
        )
        assert _refused(released) != _refused(disputed), (released, disputed)
        part.refresh_from_db()
        if _refused(released):
            assert released.code == "escrow_frozen"
            assert part.state == MilestoneState.FUNDED
        else:
            assert disputed.code == "milestone_not_disputable"
            assert part.state == MilestoneState.RELEASED
    _books_agree(contract)


def test_an_approval_racing_the_acceptance_of_a_refund_request_moves_the_escrow_once(
    seeded_defaults, freelancer, monkeypatch, frozen_clock
):
    contract, client, parts = _funded_parts(freelancer, monkeypatch, frozen_clock)
    for part in parts:
        request = escrow.request_refund(milestone=part, by=client, reason="Not needed any more")
        released, refunded = _both(
            lambda part=part: escrow.approve_milestone(milestone=part, by=client),
            lambda request=request: escrow.answer_refund_request(
                request=request, by=freelancer, accept=True
            ),
        )
        assert _refused(released) != _refused(refunded), (released, refunded)
        part.refresh_from_db()
        assert part.escrow_minor == 0
        assert part.released_amount_minor + part.refunded_amount_minor == 10_000
    _books_agree(contract)


def _proposed(freelancer, monkeypatch, frozen_clock, staff):
    contract, client, parts = _funded_parts(freelancer, monkeypatch, frozen_clock)
    opened = []
    for part in parts:
        dispute = disputes.open_dispute(milestone=part, by=client, statement=STATEMENT)
        disputes.add_statement(dispute=dispute, by=freelancer, body="I delivered the brief.")
        disputes.propose(
            dispute=dispute,
            by=staff,
            to_freelancer_minor=6_000,
            to_client_minor=4_000,
            reason="Most of it was delivered.",
        )
        opened.append(Dispute.objects.get(pk=dispute.pk))
    return contract, client, opened


def test_both_parties_accepting_a_proposal_at_once_execute_it_exactly_once(
    seeded_defaults, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, opened = _proposed(freelancer, monkeypatch, frozen_clock, trust_safety_staff)
    for dispute in opened:
        outcomes = _both(
            lambda d=dispute: disputes.answer_proposal(dispute=d, by=client, accept=True),
            lambda d=dispute: disputes.answer_proposal(dispute=d, by=freelancer, accept=True),
        )
        assert not any(_refused(o) for o in outcomes), outcomes
        dispute.refresh_from_db()
        assert dispute.state == DisputeState.RESOLVED_SPLIT
        part = dispute.milestone
        part.refresh_from_db()
        assert (part.released_amount_minor, part.refunded_amount_minor) == (6_000, 4_000)
        assert part.releases.count() == 1
    _books_agree(contract)


def test_a_staff_decision_racing_the_openers_withdrawal_has_one_outcome(
    seeded_defaults, freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    contract, client, opened = _proposed(freelancer, monkeypatch, frozen_clock, trust_safety_staff)
    for dispute in opened:
        disputes.answer_proposal(dispute=dispute, by=freelancer, accept=False)
        decided, withdrawn = _both(
            lambda d=dispute: disputes.decide(
                dispute=d,
                by=second_staff,
                to_freelancer_minor=10_000,
                to_client_minor=0,
                reason="The brief was met.",
            ),
            lambda d=dispute: disputes.withdraw_dispute(dispute=d, by=client),
        )
        assert _refused(decided) != _refused(withdrawn), (decided, withdrawn)
        dispute.refresh_from_db()
        part = dispute.milestone
        part.refresh_from_db()
        if _refused(decided):
            assert (dispute.state, part.state) == (DisputeState.WITHDRAWN, MilestoneState.FUNDED)
        else:
            assert (dispute.state, part.state) == (
                DisputeState.RESOLVED_RELEASE,
                MilestoneState.RELEASED,
            )
    _books_agree(contract)


def test_a_payout_racing_a_chargeback_never_leaves_the_balance_below_zero(
    seeded_defaults, freelancer, monkeypatch, frozen_clock, settings
):
    """The payout and the chargeback's payout hold take the same lock: the payout either
    went first (the hold then covers what is left) or meets the hold."""
    contract, client = active_contract(freelancer, monkeypatch)
    part = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=part, by=client, method=card(client, "4000000000000259"))
    settle_gateway(frozen_clock, seconds=10)
    settings.RELEASE_SECURITY_HOLD_DAYS = 0  # the released net is withdrawable at once
    escrow.approve_milestone(milestone=part, by=client)
    bank = payouts.add_payout_method(
        owner=freelancer, account_number="000123456789", holder_name="F", currency="USD"
    )
    frozen_clock.advance(seconds=120)  # the chargeback is due
    from directcontracts.payments.sandbox import deliver_due

    paid, charged_back = _both(
        lambda: paying.withdraw(
            freelancer=freelancer, method=bank, amount_minor=47_500, idempotency_key="race"
        ),
        deliver_due,
    )
    assert not isinstance(charged_back, Exception), charged_back
    assert isinstance(paid, Payout) or paid.code == "payouts_on_hold", paid
    available = payouts.available_balance(freelancer, "USD")
    assert available == (0 if isinstance(paid, Payout) else 47_500)
    assert paying.withdrawable(freelancer, "USD") == 0


def test_the_same_partial_approval_sent_four_times_at_once_with_one_key_releases_once(
    seeded_defaults, freelancer, monkeypatch, frozen_clock
):
    """Retries of one request (its answer was lost) racing each other: the request's key is
    recorded in the release's own transaction, under the milestone lock."""
    contract, client, parts = _funded_parts(freelancer, monkeypatch, frozen_clock)
    for part in parts:
        outcomes = run_together(
            [
                lambda part=part: escrow.approve_milestone(
                    milestone=part, by=client, amount_minor=2_500, request_key=f"k{part.pk}"
                )
            ]
            * 4,
            workers=4,
        )
        assert not any(_refused(o) for o in outcomes), outcomes
        part.refresh_from_db()
        assert part.released_amount_minor == 2_500
        assert part.releases.count() == 1
    _books_agree(contract)


def test_the_same_partial_refund_sent_four_times_at_once_with_one_key_refunds_once(
    seeded_defaults, freelancer, monkeypatch, frozen_clock
):
    contract, client, parts = _funded_parts(freelancer, monkeypatch, frozen_clock)
    for part in parts:
        outcomes = run_together(
            [
                lambda part=part: escrow.refund_milestone(
                    milestone=part, by=freelancer, amount_minor=1_000, request_key=f"k{part.pk}"
                )
            ]
            * 4,
            workers=4,
        )
        assert not any(_refused(o) for o in outcomes), outcomes
        part.refresh_from_db()
        assert part.refunded_amount_minor == 1_000
    _books_agree(contract)


def test_a_double_submitted_refund_form_racing_itself_refunds_once(
    seeded_defaults, freelancer, monkeypatch, frozen_clock
):
    contract, client, parts = _funded_parts(freelancer, monkeypatch, frozen_clock)
    for part in parts:
        outcomes = run_together(
            [
                lambda part=part: escrow.refund_milestone(
                    milestone=part, by=freelancer, amount_minor=1_000, escrow_seen=10_000
                )
            ]
            * 4,
            workers=4,
        )
        assert sum(not _refused(o) for o in outcomes) == 1, outcomes
        assert {o.code for o in outcomes if _refused(o)} == {"escrow_changed"}
        part.refresh_from_db()
        assert part.refunded_amount_minor == 1_000
    _books_agree(contract)


def test_one_approval_key_sent_four_times_at_once_through_the_api_releases_once(
    seeded_defaults, freelancer, monkeypatch, frozen_clock
):
    """Through the API (the key layer first, then the service): each caller gets the
    release, its replay or `409 idempotency_request_in_progress`; the money moves once."""
    from django.test import Client

    from directcontracts.accounts.services import create_api_token

    contract, client, parts = _funded_parts(freelancer, monkeypatch, frozen_clock)
    _, secret = create_api_token(user=client, name="race")
    headers = {"Authorization": f"Bearer {secret}", "Idempotency-Key": "one-approval"}
    part = parts[0]
    path = f"/api/v1/contracts/{contract.pk}/milestones/{part.pk}/approve"

    def approve():
        return Client().post(
            path, data={"amount_minor": 2_500}, content_type="application/json", headers=headers
        )

    answers = run_together([approve] * 4, workers=4)
    statuses = sorted(a.status_code for a in answers)
    assert set(statuses) <= {200, 409}, statuses
    assert 200 in statuses
    for answer in answers:
        if answer.status_code == 409:
            assert answer.json()["error"]["code"] == "idempotency_request_in_progress"
    part.refresh_from_db()
    assert part.released_amount_minor == 2_500
    _books_agree(contract)
