"""Staff may also work as freelancers or clients; the back office's read-only pages were a
way round the consoles' refusal (core/own_matter.py): a member read the rows about their own
matter there. Each such page now answers them `403 staff_is_a_party` and leaves the row out
of their list (`core.admin_site.OwnMattersAdminMixin`); another member still reads it."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from directcontracts.payments.models import Payment, Payout
from directcontracts.support import tickets
from directcontracts.trust import actions, flags
from directcontracts.trust.models import AuditEntry, VelocityHit, VelocityRule
from tests.accounts.factories import FreelancerProfileFactory, StaffFactory
from tests.accounts.helpers import staff_session
from tests.contracts.factories import active_contract, funded_milestone
from tests.disputes.factories import charged_back_after_release, opened_by_client
from tests.payments.factories import money_to_withdraw, withdraw
from tests.support.helpers import request_input

pytestmark = pytest.mark.django_db


def _member(group: str):
    member = StaffFactory(
        email=f"{group}.freelance@example.com", groups=[group], is_freelancer=True
    )
    FreelancerProfileFactory(user=member)
    return member


def _refused(client, member, name: str, pk: int) -> None:
    page = staff_session(client, member).get(reverse(f"admin:{name}_change", args=[pk]))
    assert page.status_code == 403
    assert 'data-error-code="staff_is_a_party"' in page.content.decode()


def _listed(client, member, name: str, pk: int) -> bool:
    page = staff_session(client, member).get(reverse(f"admin:{name}_changelist"))
    assert page.status_code == 200
    return reverse(f"admin:{name}_change", args=[pk]) in page.content.decode()


def test_a_support_member_cannot_read_a_request_about_their_contract_in_the_back_office(
    client, monkeypatch
):
    member = _member("support")
    contract, customer = active_contract(member, monkeypatch)
    ticket = tickets.open_request(
        user=customer,
        data=request_input(
            subject="My freelancer", description="They are slow to answer.", contract_id=contract.pk
        ),
        address=None,
    )
    _refused(client, member, "support_ticket", ticket.pk)
    assert not _listed(client, member, "support_ticket", ticket.pk)


def test_another_support_member_reads_it_in_the_back_office(client, monkeypatch, support_staff):
    member = _member("support")
    contract, customer = active_contract(member, monkeypatch)
    ticket = tickets.open_request(
        user=customer,
        data=request_input(
            subject="My freelancer", description="They are slow to answer.", contract_id=contract.pk
        ),
        address=None,
    )
    page = staff_session(client, support_staff).get(
        reverse("admin:support_ticket_change", args=[ticket.pk])
    )
    assert page.status_code == 200


def test_a_trust_and_safety_member_cannot_read_their_own_dispute_in_the_back_office(
    client, monkeypatch, frozen_clock
):
    member = _member("trust_safety")
    *_, dispute = opened_by_client(member, monkeypatch, frozen_clock)
    _refused(client, member, "disputes_dispute", dispute.pk)
    assert not _listed(client, member, "disputes_dispute", dispute.pk)


def test_a_finance_member_cannot_read_their_own_chargeback_in_the_back_office(
    client, monkeypatch, frozen_clock
):
    member = _member("finance")
    *_, case = charged_back_after_release(member, monkeypatch, frozen_clock)
    _refused(client, member, "disputes_chargebackcase", case.pk)


def test_a_finance_member_cannot_read_a_payment_they_made_in_the_back_office(
    client, freelancer, monkeypatch, frozen_clock
):
    _, payer, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    payer.is_staff = True
    payer.save()
    payer.groups.add(Group.objects.get_or_create(name="finance")[0])
    payment = Payment.objects.get(payer=payer)
    _refused(client, payer, "payments_payment", payment.pk)
    assert not _listed(client, payer, "payments_payment", payment.pk)


def test_a_finance_member_cannot_read_their_own_payout_in_the_back_office(
    client, monkeypatch, frozen_clock, settings
):
    member = _member("finance")
    withdraw(member, money_to_withdraw(member, monkeypatch, frozen_clock, settings))
    payout = Payout.objects.get(freelancer=member)
    _refused(client, member, "payments_payout", payout.pk)


def test_a_trust_and_safety_member_cannot_read_the_audit_trail_of_a_case_about_their_contract(
    client, monkeypatch, frozen_clock, trust_safety_staff
):
    member = _member("trust_safety")
    contract, reporter, _ = funded_milestone(member, monkeypatch, frozen_clock)
    case = flags.flag(
        reporter=reporter,
        kind="contract",
        target_id=str(contract.pk),
        reason="scam_fraud",
        details="They asked me to pay outside the platform.",
        address=None,
    ).case
    actions.assign_to_me(case=case, by=trust_safety_staff)
    entry = AuditEntry.objects.filter(case=case).first()
    assert entry is not None
    _refused(client, member, "trust_auditentry", entry.pk)


def test_a_trust_and_safety_member_cannot_read_a_velocity_hit_about_themselves(client):
    member = _member("trust_safety")
    rule = VelocityRule.objects.first() or VelocityRule.objects.create(
        key="fast-cashout", name="Fast cash-out", counts="fast_cashout", threshold=3
    )
    hit = VelocityHit.objects.create(rule=rule, subject_user_id=member.pk, events=[])
    _refused(client, member, "trust_velocityhit", hit.pk)
    assert not _listed(client, member, "trust_velocityhit", hit.pk)


def _staff_edit(by, model: str, pk: int) -> AuditEntry:
    return AuditEntry.objects.create(
        case=None,
        actor=by,
        action="user_changed" if model == "accounts.user" else "chargeback_pack_opened",
        reason="Checked with the member.",
        data={"model": model, "id": pk, "from": {}, "to": {}},
    )


def test_the_audit_trail_leaves_out_another_members_edit_of_the_members_account(
    client, trust_safety_staff
):
    member = _member("trust_safety")
    entry = _staff_edit(trust_safety_staff, "accounts.user", member.pk)
    assert not _listed(client, member, "trust_auditentry", entry.pk)
    _refused(client, member, "trust_auditentry", entry.pk)


def test_another_member_reads_the_edit_of_that_account(client, trust_safety_staff):
    member = _member("trust_safety")
    entry = _staff_edit(member, "accounts.user", member.pk)
    assert _listed(client, trust_safety_staff, "trust_auditentry", entry.pk)


def test_the_audit_trail_leaves_out_a_staff_step_on_the_chargeback_of_their_contract(
    client, monkeypatch, frozen_clock, trust_safety_staff
):
    member = _member("trust_safety")
    *_, case = charged_back_after_release(member, monkeypatch, frozen_clock)
    entry = _staff_edit(trust_safety_staff, "disputes.chargebackcase", case.pk)
    assert not _listed(client, member, "trust_auditentry", entry.pk)
    assert _listed(client, trust_safety_staff, "trust_auditentry", entry.pk)
