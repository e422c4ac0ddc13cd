"""Refund the client, ban, reinstate, signed appeal links, and what is at stake in a case."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.urls import reverse

from directcontracts.accounts.models import User
from directcontracts.contracts.freeze_models import EscrowFreeze
from directcontracts.core.errors import DomainError
from directcontracts.trust import appeals, enforcement, stakes
from directcontracts.trust.cases import score_parts
from directcontracts.trust.models import Appeal, AuditEntry, Case

pytestmark = pytest.mark.django_db

LINK = re.compile(r"(/trust/appeals/[^\s?]+/\?token=\S+)")


def test_refunding_the_client_empties_the_contracts_escrow(funded, trust_safety_staff):
    contract, _, milestone, case = funded
    held = stakes.escrow_held(contract)
    assert held == milestone.funded_amount_minor > 0
    refunded = enforcement.refund_client(case=case, by=trust_safety_staff, reason="Scam.")
    assert refunded == held
    assert stakes.escrow_held(contract) == 0
    milestone.refresh_from_db()
    assert milestone.state == "refunded"
    assert AuditEntry.objects.get(action="refund_client").data["refunded_minor"] == held


def test_refunding_lifts_the_cases_own_freeze_in_the_same_step(funded, trust_safety_staff):
    case = funded[3]
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Hold first.")
    enforcement.refund_client(case=case, by=trust_safety_staff, reason="Scam confirmed.")
    assert not EscrowFreeze.objects.filter(reference=case.reference, lifted_at__isnull=True)


def test_refunding_twice_is_refused_and_moves_nothing(funded, trust_safety_staff):
    contract, _, _, case = funded
    enforcement.refund_client(case=case, by=trust_safety_staff, reason="Scam.")
    with pytest.raises(DomainError) as again:
        enforcement.refund_client(case=case, by=trust_safety_staff, reason="Again.")
    assert again.value.code == "nothing_in_escrow"
    assert AuditEntry.objects.filter(action="refund_client").count() == 1


def test_a_refund_needs_a_reason(funded, trust_safety_staff):
    with pytest.raises(DomainError) as refused:
        enforcement.refund_client(case=funded[3], by=trust_safety_staff, reason="  ")
    assert refused.value.code == "action_reason_required"
    assert stakes.escrow_held(funded[0]) > 0


def test_a_ban_closes_the_account_and_staff_cannot_simply_reinstate_it(
    funded, trust_safety_staff, freelancer
):
    case = funded[3]
    enforcement.ban(case=case, by=trust_safety_staff, reason="Repeated fraud.")
    assert User.objects.get(pk=freelancer.pk).is_active is False
    with pytest.raises(DomainError) as refused:
        enforcement.reinstate_account(case=case, by=trust_safety_staff, reason="Changed mind.")
    assert refused.value.code == "account_banned"


def test_an_accepted_appeal_lifts_a_ban(funded, trust_safety_staff, second_staff, freelancer):
    case = funded[3]
    enforcement.ban(case=case, by=trust_safety_staff, reason="Fraud.")
    made = appeals.appeal(reference=case.reference, by=freelancer, statement="Not me.")
    appeals.decide_appeal(appeal=made, by=second_staff, overturn=True, reason="Stolen identity.")
    assert User.objects.get(pk=freelancer.pk).is_active is True


def test_staff_can_lift_a_suspension_with_a_reason(funded, trust_safety_staff, freelancer):
    case = funded[3]
    enforcement.suspend(case=case, by=trust_safety_staff, reason="Checking.")
    enforcement.reinstate_account(case=case, by=trust_safety_staff, reason="Documents checked.")
    assert User.objects.get(pk=freelancer.pk).is_active is True
    assert not EscrowFreeze.objects.filter(reference=case.reference, lifted_at__isnull=True)
    assert AuditEntry.objects.filter(action="reinstate").exists()


def test_closing_an_account_twice_is_refused(funded, trust_safety_staff):
    enforcement.suspend(case=funded[3], by=trust_safety_staff, reason="Fraud.")
    with pytest.raises(DomainError) as again:
        enforcement.ban(case=funded[3], by=trust_safety_staff, reason="Fraud.")
    assert again.value.code == "account_already_closed"


def _emailed_appeal_link(case, staff, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        enforcement.suspend(case=case, by=staff, reason="Fraud report.")
    found = [
        LINK.search(m.body)
        for m in mail.outbox
        if m.to == [User.objects.get(pk=case.subject_user_id).email]
    ]
    return found[0].group(1)


def test_a_suspended_person_appeals_through_the_emailed_link_without_signing_in(
    client, funded, trust_safety_staff, freelancer, django_capture_on_commit_callbacks
):
    link = _emailed_appeal_link(funded[3], trust_safety_staff, django_capture_on_commit_callbacks)
    assert client.get(link).status_code == 200
    client.post(link, {"statement": "I am a real freelancer; here is my portfolio."})
    assert Appeal.objects.get(appellant=freelancer).statement.startswith("I am a real")


def test_a_tampered_appeal_link_opens_nothing(
    client, funded, trust_safety_staff, django_capture_on_commit_callbacks
):
    link = _emailed_appeal_link(funded[3], trust_safety_staff, django_capture_on_commit_callbacks)
    assert client.get(link[:-3] + "abc").status_code == 404


def test_an_appeal_link_for_another_case_opens_nothing(
    client, funded, trust_safety_staff, django_capture_on_commit_callbacks
):
    link = _emailed_appeal_link(funded[3], trust_safety_staff, django_capture_on_commit_callbacks)
    other = link.replace(funded[3].reference, "TS-00000000")
    assert client.get(other).status_code == 404


def test_without_a_link_or_a_session_the_appeal_page_asks_to_sign_in(client, funded):
    response = client.get(reverse("trust:appeal", args=[funded[3].reference]))
    assert response.status_code == 302
    assert "sign-in" in response["Location"] or "login" in response["Location"]


def test_money_in_escrow_raises_a_cases_priority(funded):
    case = funded[3]
    signals = list(case.signals.all())
    with_money = dict(score_parts(signals, stakes.stakes_of(case, stakes.contract_of(case))))
    assert with_money["money at stake in escrow"] > 0


def test_a_new_account_and_earlier_actions_raise_a_cases_priority(
    funded, trust_safety_staff, freelancer, frozen_clock
):
    contract, client, _, case = funded
    enforcement.warn(case=case, by=trust_safety_staff, reason="First warning.")
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Check.")
    later = Case.objects.create(
        reference="TS-LATER001",
        target_kind="user",
        target_id=str(freelancer.pk),
        summary="x",
        subject_user_id=freelancer.pk,
        sla_due_at=case.sla_due_at,
    )
    at_stake = stakes.stakes_of(later, None)
    assert at_stake.prior_actions == 2
    parts = dict(score_parts(list(case.signals.all()), at_stake))
    assert parts["earlier actions against this person"] == 20
    assert parts["a new account"] == 10


def test_the_case_page_shows_money_at_stake_the_timeline_and_why_of_the_priority(
    client, funded, trust_safety_staff
):
    from tests.accounts.helpers import staff_session

    staff_session(client, trust_safety_staff)
    page = client.get(reverse("trust:case", args=[funded[3].reference])).content.decode()
    assert f'data-escrow-minor="{funded[2].funded_amount_minor}"' in page
    assert "Contract timeline" in page
    assert "money at stake in escrow +" in page
    assert "Refund the client" in page


def test_the_case_page_shows_the_contract_timeline_a_page_at_a_time(
    client, funded, trust_safety_staff, monkeypatch
):
    from tests.accounts.helpers import staff_session

    contract = funded[0]
    monkeypatch.setattr(stakes, "TIMELINE_LENGTH", 2)
    staff_session(client, trust_safety_staff)
    url = reverse("trust:case", args=[funded[3].reference])
    newest = client.get(url).content.decode()
    assert newest.split("timeline-title")[2].count("data-kind=") == 2
    cursor = re.search(r'\?events_before=(\d+)#timeline-title" data-testid="older-events"', newest)
    pages = [newest]
    while cursor:
        pages.append(client.get(url, {"events_before": cursor.group(1)}).content.decode())
        cursor = re.search(
            r'\?events_before=(\d+)#timeline-title" data-testid="older-events"', pages[-1]
        )
    shown = sum(page.split("timeline-title")[2].count("data-kind=") for page in pages)
    assert shown == contract.events.count()
