"""Two Trust & Safety members acting on the same case at the same instant, under real
concurrent connections on PostgreSQL: one action wins, the other is refused with a stable
code, and the audit trail, the freezes, the account and the ledger say what happened."""

from __future__ import annotations

import pytest

from directcontracts.accounts.models import User
from directcontracts.contracts import escrow
from directcontracts.contracts.freeze_models import EscrowFreeze
from directcontracts.contracts.models import MilestoneState
from directcontracts.core.errors import DomainError
from directcontracts.ledger.verify import verify_ledger
from directcontracts.trust import actions, appeals, enforcement, flags
from directcontracts.trust.models import AuditEntry, Case, CaseSignal
from directcontracts.trust.stakes import case_freezes
from tests.accounts.factories import StaffFactory, UserFactory
from tests.concurrency import run_together

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("seeded_defaults"),
]


def _split(outcomes: list[object]) -> tuple[list[object], list[DomainError]]:
    """(what succeeded, what was refused); anything else fails the test."""
    done = [o for o in outcomes if not isinstance(o, Exception)]
    refused = [o for o in outcomes if isinstance(o, DomainError)]
    assert len(done) + len(refused) == len(outcomes), outcomes
    return done, refused


def _actions_of(case: Case) -> list[str]:
    return list(
        AuditEntry.objects.filter(case=case).order_by("pk").values_list("action", flat=True)
    )


def test_two_members_freezing_the_case_at_once_freeze_it_once(
    funded, trust_safety_staff, second_staff
):
    case = funded[3]

    def freeze(by):
        return lambda: enforcement.freeze_contract_escrow(case=case, by=by, reason="Checking.")

    done, refused = _split(run_together([freeze(trust_safety_staff), freeze(second_staff)], 2))

    assert len(done) == 1
    assert [r.code for r in refused] == ["case_escrow_already_frozen"]
    assert _actions_of(case).count("freeze_escrow") == 1
    assert EscrowFreeze.objects.active().count() == 1


def test_a_freeze_racing_the_dismissal_never_lands_on_the_closed_case(
    funded, trust_safety_staff, second_staff
):
    case = funded[3]

    def freeze():
        return enforcement.freeze_contract_escrow(
            case=case, by=trust_safety_staff, reason="Checking."
        )

    def dismiss():
        return actions.dismiss(case=case, by=second_staff, reason="No breach.")

    frozen, dismissed = run_together([freeze, dismiss], 2)

    assert not isinstance(dismissed, Exception), dismissed
    done = _actions_of(case)
    if isinstance(frozen, DomainError):
        assert frozen.code == "case_closed"
        assert "freeze_escrow" not in done
        assert not case_freezes(case).exists()
    else:  # the freeze came first: the dismissal closed the case after it
        assert done.index("freeze_escrow") < done.index("dismissed")


def test_two_members_suspending_the_person_at_once_suspend_them_once(
    funded, trust_safety_staff, second_staff, freelancer
):
    case = funded[3]

    def suspend(by):
        return lambda: enforcement.suspend(case=case, by=by, reason="Fraud report checked.")

    done, refused = _split(run_together([suspend(trust_safety_staff), suspend(second_staff)], 2))

    assert len(done) == 1
    assert [r.code for r in refused] == ["account_already_closed"]
    assert _actions_of(case).count("suspend") == 1
    assert freelancer.notices.filter(kind="trust.suspend").count() == 1
    assert User.objects.get(pk=freelancer.pk).is_active is False


def test_a_suspension_and_a_ban_at_once_close_the_account_once(
    funded, trust_safety_staff, second_staff, freelancer
):
    case = funded[3]

    def suspend():
        return enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud checked.")

    def ban():
        return enforcement.ban(case=case, by=second_staff, reason="Fraud checked.")

    done, refused = _split(run_together([suspend, ban], 2))

    assert len(done) == 1
    assert [r.code for r in refused] == ["account_already_closed"]
    stops = [a for a in _actions_of(case) if a in ("suspend", "ban")]
    assert len(stops) == 1
    assert freelancer.notices.filter(kind=f"trust.{stops[0]}").count() == 1


def test_two_refunds_at_once_refund_the_client_once(funded, trust_safety_staff, second_staff):
    case, milestone = funded[3], funded[2]

    def refund(by):
        return lambda: enforcement.refund_client(case=case, by=by, reason="Fraud confirmed.")

    done, refused = _split(run_together([refund(trust_safety_staff), refund(second_staff)], 2))

    assert done == [milestone.amount_minor]
    assert [r.code for r in refused] == ["nothing_in_escrow"]
    assert _actions_of(case).count("refund_client") == 1
    assert verify_ledger() == []


def test_a_refund_racing_the_clients_release_moves_the_money_once(funded, trust_safety_staff):
    contract, client, milestone, case = funded

    def release():
        return escrow.approve_milestone(milestone=milestone, by=client)

    def refund():
        return enforcement.refund_client(case=case, by=trust_safety_staff, reason="Fraud.")

    released, refunded = run_together([release, refund], 2)

    milestone.refresh_from_db()
    if isinstance(refunded, DomainError):  # the release came first
        assert refunded.code == "nothing_in_escrow"
        assert milestone.state == MilestoneState.RELEASED
        assert "refund_client" not in _actions_of(case)
    else:
        assert isinstance(released, DomainError), released
        assert milestone.state == MilestoneState.REFUNDED
        assert _actions_of(case).count("refund_client") == 1
    assert verify_ledger() == []


@pytest.fixture
def appealed(funded, trust_safety_staff, freelancer):
    """A warning in the case, and the freelancer's appeal of it."""
    case = funded[3]
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments here.")
    return appeals.appeal(reference=case.reference, by=freelancer, statement="I did not.")


def test_two_members_deciding_one_appeal_at_once_decide_it_once(appealed, second_staff):
    third = StaffFactory(email="theo.trust@example.com", groups=["trust_safety"])

    def decide(by, overturn):
        return lambda: appeals.decide_appeal(
            appeal=appealed, by=by, overturn=overturn, reason="Read the messages again."
        )

    done, refused = _split(run_together([decide(second_staff, True), decide(third, False)], 2))

    assert len(done) == 1
    assert [r.code for r in refused] == ["appeal_decided"]
    decisions = [a for a in _actions_of(appealed.case) if a.startswith("appeal_")]
    assert decisions == [f"appeal_{done[0].state}"]


def test_a_freeze_landing_while_the_appeal_is_accepted_is_either_undone_or_stands(
    appealed, trust_safety_staff, second_staff
):
    case = appealed.case

    def freeze():
        return enforcement.freeze_contract_escrow(
            case=case, by=trust_safety_staff, reason="Money still at risk."
        )

    def overturn():
        return appeals.decide_appeal(
            appeal=appealed, by=second_staff, overturn=True, reason="Not them."
        )

    frozen, decided = run_together([freeze, overturn], 2)

    assert not isinstance(frozen, Exception), frozen
    assert not isinstance(decided, Exception), decided
    done = _actions_of(case)
    froze_first = done.index("freeze_escrow") < done.index("appeal_overturned")
    # Undone with the rest when it came first; a new action standing when it came after.
    assert case_freezes(case).exists() is not froze_first
    decision = AuditEntry.objects.get(case=case, action="appeal_overturned")
    assert ("freeze_escrow" in decision.data["undone"]) is froze_first


def test_two_people_flagging_the_same_website_at_once_share_one_case(db):
    reporters = [UserFactory(), UserFactory()]

    def report(person):
        return lambda: flags.flag(
            reporter=person,
            kind="domain",
            target_id="escrow-direct-pay.example",
            reason="scam_fraud",
            details="",
            address=None,
        )

    done, refused = _split(run_together([report(p) for p in reporters], 2))

    assert (len(done), refused) == (2, [])
    case = Case.objects.get()
    assert CaseSignal.objects.filter(case=case).count() == 2
    assert {made.case_id for made in done} == {case.pk}
