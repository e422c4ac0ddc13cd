"""Reopening a dismissed case puts back under review what its dismissal cleared in the
screening and circumvention reviews: a held contract text is held again (the contract
can't be sent), a circumvention check is held again; what already went out (a contract
sent meanwhile, an acceptance) is said to the staff member and audited, as for money that
moved."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from directcontracts.circumvention.models import CircumventionCheck
from directcontracts.circumvention.services import raise_review
from directcontracts.contracts.models import Contract, ContractState
from directcontracts.contracts.policy import hold_state
from directcontracts.core import clock
from directcontracts.screening.models import ScreeningAttempt
from directcontracts.screening.services import _raise_held
from directcontracts.trust import actions
from directcontracts.trust.models import AuditEntry, Case
from tests.accounts.helpers import staff_session
from tests.contracts.factories import draft_contract

pytestmark = pytest.mark.django_db

REF = "contract-text:reopened"


def _held_text_case(freelancer) -> tuple[Contract, Case]:
    contract = draft_contract(freelancer)
    Contract.objects.filter(pk=contract.pk).update(screening_ref=REF)
    attempt = ScreeningAttempt.objects.create(
        created_at=clock.now(),
        kind="work",
        sender_id=freelancer.pk,
        context="contract",
        object_ref=REF,
        verdict="review",
        policy="prohibited",
        score=0.6,
        reasons=[],
        rules=[],
        excerpt="Write reviews for my shop",
        review_state="held",
    )
    _raise_held(attempt)
    return contract, Case.objects.get(target_kind="held_item")


def _check_case(contract, client_user, checkpoint="invitation_accepted") -> tuple:
    check = CircumventionCheck.objects.create(
        subject=f"contract:{contract.pk}",
        client=client_user,
        checkpoint=checkpoint,
        decision="review",
        score=0.7,
        candidate={},
        matched={},
        signals=[],
        review_state="held",
        created_at=clock.now(),
    )
    raise_review(check)
    return check, Case.objects.get(target_kind="circumvention_check")


def _dismiss_then_reopen(case, staff, between=None):
    actions.dismiss(case=case, by=staff, reason="Nothing wrong.")
    if between is not None:
        between()
    actions.reopen(case=case, by=staff, reason="The bank sent new evidence.")


def _last_entry(case) -> AuditEntry:
    return AuditEntry.objects.filter(case=case).order_by("pk").last()


def test_reopening_holds_a_cleared_contract_text_again(freelancer, trust_safety_staff):
    contract, case = _held_text_case(freelancer)

    _dismiss_then_reopen(case, trust_safety_staff)

    assert hold_state(REF) == "held"
    assert _last_entry(case).action == "reapply_on_reopen"


def test_a_contract_text_sent_while_it_was_cleared_is_not_held_and_staff_are_told(
    freelancer, trust_safety_staff
):
    contract, case = _held_text_case(freelancer)

    def sent():
        Contract.objects.filter(pk=contract.pk).update(state=ContractState.INVITED)

    _dismiss_then_reopen(case, trust_safety_staff, between=sent)

    assert hold_state(REF) == "cleared"
    entry = _last_entry(case)
    assert entry.action == "not_reapplied_on_reopen"
    assert "was sent to the client" in entry.reason


def test_reopening_holds_a_cleared_circumvention_check_again(
    freelancer, client_user, trust_safety_staff
):
    check, case = _check_case(draft_contract(freelancer), client_user)

    _dismiss_then_reopen(case, trust_safety_staff)

    check.refresh_from_db()
    assert (check.review_state, check.reviewed_by) == ("held", None)


def test_an_acceptance_made_while_the_check_was_cleared_is_named_on_reopening(
    freelancer, client_user, trust_safety_staff
):
    contract = draft_contract(freelancer)
    check, case = _check_case(contract, client_user)

    def accepted():
        Contract.objects.filter(pk=contract.pk).update(state=ContractState.ACTIVE)

    _dismiss_then_reopen(case, trust_safety_staff, between=accepted)

    check.refresh_from_db()
    assert check.review_state == "held"
    assert "The client accepted while it was cleared" in _last_entry(case).reason


def test_a_check_of_a_cancelled_contract_is_not_put_back(
    freelancer, client_user, trust_safety_staff
):
    contract = draft_contract(freelancer)
    check, case = _check_case(contract, client_user)

    def cancelled():
        Contract.objects.filter(pk=contract.pk).update(state=ContractState.CANCELLED)

    _dismiss_then_reopen(case, trust_safety_staff, between=cancelled)

    check.refresh_from_db()
    assert check.review_state == "cleared"
    assert _last_entry(case).action == "not_reapplied_on_reopen"


def test_the_staff_member_who_reopens_reads_what_went_out(client, freelancer, trust_safety_staff):
    contract, case = _held_text_case(freelancer)
    actions.dismiss(case=case, by=trust_safety_staff, reason="Nothing wrong.")
    Contract.objects.filter(pk=contract.pk).update(state=ContractState.INVITED)

    response = staff_session(client, trust_safety_staff).post(
        reverse("trust:case_action", args=[case.reference, "reopen"]),
        {"reason": "The bank sent new evidence."},
    )

    said = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("was sent to the client" in words for words in said)
