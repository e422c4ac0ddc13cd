"""A Trust & Safety member is refused a case they raised (a flag of theirs), and a case about
a contract they are a party to that names the contract only indirectly: a held message, a
circumvention check, a Get Help request escalated to Trust & Safety (core/own_matter.py,
`403 staff_is_a_party`). `trust.actions.require_case_handler` used to look at the case's
subject and `stakes.contract_of` only (contracts, invitations and messages).

The audit trail of such a case is left out of the member's back-office list too; another
member still reads it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.circumvention.models import Checkpoint, CircumventionCheck
from directcontracts.core.concerns import Concern, raise_concern
from directcontracts.core.errors import DomainError
from directcontracts.support import tickets, trust_cases
from directcontracts.trust import actions, flags, selectors
from directcontracts.trust.models import AuditEntry, Case
from tests.accounts.factories import FreelancerProfileFactory, StaffFactory
from tests.accounts.helpers import staff_session
from tests.contracts.factories import active_contract
from tests.support.helpers import request_input

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(db):
    person = StaffFactory(
        email="tess.trust@example.com", groups=["trust_safety"], is_freelancer=True
    )
    FreelancerProfileFactory(user=person)
    return person


@pytest.fixture
def their_contract(member, monkeypatch):
    return active_contract(member, monkeypatch)


def _refused_to_read(member, case) -> None:
    with pytest.raises(DomainError) as refused:
        selectors.case_for_staff(member, case.reference)
    assert (refused.value.status, refused.value.code) == (403, "staff_is_a_party")


def _held_message_case(contract, client) -> Case:
    raise_concern(
        Concern(
            source="screening",
            target_kind="held_item",
            target_id=f"contract:{contract.pk}",
            reason="circumvention",
            summary="Message held: contact details",
            evidence={"text": "Write to me at nora@example.com instead"},
            subject_user_id=client.pk,
        )
    )
    return Case.objects.get(target_kind="held_item", target_id=f"contract:{contract.pk}")


def _circumvention_case(contract, client) -> Case:
    check = CircumventionCheck.objects.create(
        subject=f"contract:{contract.pk}",
        client=client,
        checkpoint=Checkpoint.FUNDING,
        decision=CircumventionCheck.Decision.REVIEW,
        score=0.91,
        review_state=CircumventionCheck.ReviewState.HELD,
    )
    raise_concern(
        Concern(
            source="circumvention",
            target_kind="circumvention_check",
            target_id=str(check.pk),
            reason="circumvention",
            summary="Possible existing account",
            evidence={"check": check.pk},
            subject_user_id=client.pk,
        )
    )
    return Case.objects.get(target_kind="circumvention_check", target_id=str(check.pk))


def _escalated_request_case(contract, client, support_staff) -> Case:
    ticket = tickets.open_request(
        user=client,
        data=request_input(
            subject="My freelancer", description="Asked me to pay by wire.", contract_id=contract.pk
        ),
        address=None,
    )
    trust_cases.escalate_to_trust_safety(
        ticket=ticket, by=support_staff, summary="Client says the freelancer asked for a wire."
    )
    ticket.refresh_from_db()
    return Case.objects.get(pk=ticket.trust_case_id)


def test_a_member_cannot_dismiss_a_case_they_raised_with_their_own_flag(member, their_contract):
    # A case about a person (not a contract): only the flag says whose matter it is.
    _, customer = their_contract
    case = flags.flag(
        reporter=member,
        kind="user",
        target_id=str(customer.pk),
        reason="spam",
        details="Sends the same pitch to everyone.",
        address=None,
    ).case
    with pytest.raises(DomainError) as refused:
        actions.dismiss(case=case, by=member, reason="My own report, closing it.")
    assert refused.value.code == "staff_is_a_party"


def test_a_member_cannot_read_the_held_message_case_of_their_own_contract(member, their_contract):
    contract, client = their_contract
    _refused_to_read(member, _held_message_case(contract, client))


def test_a_member_cannot_clear_the_circumvention_case_of_their_own_contract(member, their_contract):
    contract, client = their_contract
    case = _circumvention_case(contract, client)
    with pytest.raises(DomainError) as refused:
        actions.dismiss(case=case, by=member, reason="A new client, let it go.")
    assert refused.value.code == "staff_is_a_party"


def test_a_member_cannot_read_an_escalated_request_about_their_own_contract(
    member, their_contract, support_staff
):
    contract, client = their_contract
    _refused_to_read(member, _escalated_request_case(contract, client, support_staff))


def test_another_member_reads_the_circumvention_case(their_contract, trust_safety_staff):
    contract, client = their_contract
    case = _circumvention_case(contract, client)
    assert selectors.case_for_staff(trust_safety_staff, case.reference) == case


def _listed_entries(client, user) -> str:
    page = staff_session(client, user).get(reverse("admin:trust_auditentry_changelist"))
    assert page.status_code == 200
    return page.content.decode()


def test_the_audit_list_leaves_out_entries_of_a_case_about_the_members_contract(
    client, member, their_contract, trust_safety_staff
):
    # About the contract only: nobody is its subject (the list left out only those).
    contract, _ = their_contract
    raise_concern(
        Concern(
            source="verification",
            target_kind="contract",
            target_id=str(contract.pk),
            reason="scam_fraud",
            summary="A look-alike payment request names this contract",
            evidence={"checks": 1},
        )
    )
    case = Case.objects.get(target_kind="contract", target_id=str(contract.pk))
    assert case.subject_user_id is None
    actions.assign_to_me(case=case, by=trust_safety_staff)
    entry = AuditEntry.objects.get(case=case)
    assert reverse("admin:trust_auditentry_change", args=[entry.pk]) not in _listed_entries(
        client, member
    )


def test_the_audit_list_leaves_out_entries_of_a_circumvention_case_about_their_contract(
    client, member, their_contract, trust_safety_staff
):
    contract, customer = their_contract
    case = _circumvention_case(contract, customer)
    actions.assign_to_me(case=case, by=trust_safety_staff)
    entry = AuditEntry.objects.get(case=case)
    assert reverse("admin:trust_auditentry_change", args=[entry.pk]) not in _listed_entries(
        client, member
    )


def test_another_member_still_lists_the_entries(client, their_contract, trust_safety_staff):
    contract, reporter = their_contract
    case = flags.flag(
        reporter=reporter,
        kind="contract",
        target_id=str(contract.pk),
        reason="scam_fraud",
        details="They asked me to pay outside the platform.",
        address=None,
    ).case
    actions.assign_to_me(case=case, by=trust_safety_staff)
    entry = AuditEntry.objects.get(case=case)
    other = StaffFactory(email="otto.other@example.com", groups=["trust_safety"])
    assert reverse("admin:trust_auditentry_change", args=[entry.pk]) in _listed_entries(
        client, other
    )
