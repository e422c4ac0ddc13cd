"""Trust & Safety and support read, in the back office, records that a service wrote about a
contract: its circumvention checks and identity signals, the screener's attempts (a held
message never delivered), a sender's risk counters and the signed payment requests. A member
who is a party to the contract (or the person the record is about) does not read them there
(core/own_matter.py): left out of their list, `403 staff_is_a_party` on the page; another
member reads them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from directcontracts.circumvention.models import Checkpoint, CircumventionCheck, IdentitySignal
from directcontracts.core import clock
from directcontracts.screening.models import AttemptKind, ScreeningAttempt, SenderRisk
from directcontracts.verification.models import RequestKind, SignedRequest
from directcontracts.verification.signing import sign_request
from tests.accounts.factories import FreelancerProfileFactory, StaffFactory
from tests.accounts.helpers import staff_session
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db


def _member(group: str):
    person = StaffFactory(email=f"{group}.side@example.com", groups=[group], is_freelancer=True)
    FreelancerProfileFactory(user=person)
    return person


def _refused(client, user, name: str, pk: int) -> None:
    page = staff_session(client, user).get(reverse(f"admin:{name}_change", args=[pk]))
    assert page.status_code == 403
    assert 'data-error-code="staff_is_a_party"' in page.content.decode()


def _listed(client, user, name: str, pk: int) -> bool:
    page = staff_session(client, user).get(reverse(f"admin:{name}_changelist"))
    assert page.status_code == 200
    return reverse(f"admin:{name}_change", args=[pk]) in page.content.decode()


def _check(contract, customer) -> CircumventionCheck:
    return CircumventionCheck.objects.create(
        subject=f"contract:{contract.pk}",
        client=customer,
        checkpoint=Checkpoint.FUNDING,
        decision=CircumventionCheck.Decision.REVIEW,
        score=0.91,
        review_state=CircumventionCheck.ReviewState.HELD,
    )


def _held_message(contract, customer) -> ScreeningAttempt:
    return ScreeningAttempt.objects.create(
        created_at=clock.now(),
        kind=AttemptKind.MESSAGE,
        sender_id=customer.pk,
        context="message",
        object_ref=f"contract:{contract.pk}",
        verdict="review",
        excerpt="Pay me by wire instead",
    )


def test_the_circumvention_check_of_their_contract_is_refused_and_left_out(client, monkeypatch):
    member = _member("trust_safety")
    check = _check(*active_contract(member, monkeypatch))
    _refused(client, member, "circumvention_circumventioncheck", check.pk)
    assert not _listed(client, member, "circumvention_circumventioncheck", check.pk)


def test_another_member_reads_the_circumvention_check(client, monkeypatch, trust_safety_staff):
    check = _check(*active_contract(_member("trust_safety"), monkeypatch))
    page = staff_session(client, trust_safety_staff).get(
        reverse("admin:circumvention_circumventioncheck_change", args=[check.pk])
    )
    assert page.status_code == 200


def test_an_identity_signal_of_their_contract_is_refused(client, monkeypatch):
    member = _member("trust_safety")
    contract, customer = active_contract(member, monkeypatch)
    signal = IdentitySignal.objects.create(
        subject=f"contract:{contract.pk}",
        client=customer,
        checkpoint=Checkpoint.FUNDING,
        kind=IdentitySignal.Kind.PHONE,
        value="+44 20 7946 0000",
    )
    _refused(client, member, "circumvention_identitysignal", signal.pk)


@pytest.mark.parametrize("group", ["trust_safety", "support"])
def test_a_message_held_in_their_contract_is_refused_and_left_out(client, monkeypatch, group):
    member = _member(group)
    attempt = _held_message(*active_contract(member, monkeypatch))
    _refused(client, member, "screening_screeningattempt", attempt.pk)
    assert not _listed(client, member, "screening_screeningattempt", attempt.pk)


def test_another_member_reads_the_held_message(client, monkeypatch, support_staff):
    attempt = _held_message(*active_contract(_member("trust_safety"), monkeypatch))
    page = staff_session(client, support_staff).get(
        reverse("admin:screening_screeningattempt_change", args=[attempt.pk])
    )
    assert page.status_code == 200


def test_their_own_sender_risk_is_refused(client):
    member = _member("trust_safety")
    risk = SenderRisk.objects.create(sender_id=member.pk, held_messages=2)
    _refused(client, member, "screening_senderrisk", risk.pk)


def test_a_signed_payment_request_of_their_contract_is_refused_and_left_out(client, monkeypatch):
    member = _member("trust_safety")
    contract, customer = active_contract(member, monkeypatch)
    request = sign_request(
        kind=RequestKind.FUNDING_REQUEST,
        reference=f"milestone:{contract.milestones.first().pk}",
        contract_id=contract.pk,
        milestone_id=contract.milestones.first().pk,
        amount_minor=50_000,
        currency="USD",
        recipient=customer.email,
        expires_at=clock.now() + timedelta(days=7),
    ).request
    assert SignedRequest.objects.filter(pk=request.pk).exists()
    _refused(client, member, "verification_signedrequest", request.pk)
    assert not _listed(client, member, "verification_signedrequest", request.pk)
