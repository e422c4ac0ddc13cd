"""A Trust & Safety member who also works as a freelancer (staff may) must not decide a case
about themselves or their own contract: a party never mediates its own dispute
(`disputes.services._require_staff`, `staff_is_a_party`), nor contests its own chargeback.

Every step on a case (`trust.actions.require_case_handler`) refuses a member the case is
about: `403 staff_is_a_party`, as for disputes."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.core.concerns import Concern, raise_concern
from directcontracts.core.errors import DomainError
from directcontracts.trust import actions, appeals, enforcement, flags
from directcontracts.trust.models import Appeal, AuditEntry, Case, CaseState
from tests.accounts.factories import FreelancerProfileFactory, StaffFactory, UserFactory
from tests.accounts.helpers import staff_session
from tests.contracts.factories import funded_milestone

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_freelancer(db):
    member = StaffFactory(
        email="trudy.trust@example.com", groups=["trust_safety"], is_freelancer=True
    )
    FreelancerProfileFactory(user=member)
    return member


@pytest.fixture
def case_about_them(staff_freelancer, monkeypatch, frozen_clock):
    contract, client, _ = funded_milestone(staff_freelancer, monkeypatch, frozen_clock)
    return flags.flag(
        reporter=client,
        kind="contract",
        target_id=str(contract.pk),
        reason="scam_fraud",
        details="They asked me to pay outside the platform.",
        address=None,
    ).case


def test_a_trust_and_safety_member_cannot_dismiss_a_report_about_their_own_contract(
    staff_freelancer, case_about_them
):
    with pytest.raises(DomainError):
        actions.dismiss(case=case_about_them, by=staff_freelancer, reason="Nothing wrong here.")
    case_about_them.refresh_from_db()
    assert case_about_them.state != CaseState.CLOSED


def test_another_trust_and_safety_member_decides_it(case_about_them, trust_safety_staff):
    actions.dismiss(case=case_about_them, by=trust_safety_staff, reason="Checked the thread.")
    case_about_them.refresh_from_db()
    assert case_about_them.state == CaseState.CLOSED


def _decide_appeal(*, case, by, reason):
    appellant = UserFactory(email="appellant@example.com")
    appeal = Appeal(case=case, appellant=appellant, statement="Please look again.")
    return appeals.decide_appeal(appeal=appeal, by=by, overturn=True, reason=reason)


# Every step a member takes on a case: the case page's actions (views._ACTIONS), taking it,
# and deciding its appeal.
EVERY_CASE_ACTION = {
    "assign": lambda *, case, by, reason: actions.assign_to_me(case=case, by=by),
    "dismiss": actions.dismiss,
    "uphold": actions.uphold,
    "reopen": actions.reopen,
    "warn": enforcement.warn,
    "freeze": enforcement.freeze_contract_escrow,
    "hold": enforcement.hold_whole_contract,
    "unfreeze": enforcement.unfreeze,
    "suspend": enforcement.suspend,
    "ban": enforcement.ban,
    "reinstate": enforcement.reinstate_account,
    "refund": enforcement.refund_client,
    "decide_appeal": _decide_appeal,
}


@pytest.mark.parametrize("action", sorted(EVERY_CASE_ACTION))
def test_every_case_action_refuses_a_member_who_is_a_party_to_the_contract(
    staff_freelancer, case_about_them, action
):
    with pytest.raises(DomainError) as refused:
        EVERY_CASE_ACTION[action](case=case_about_them, by=staff_freelancer, reason="Mine.")
    assert (refused.value.status, refused.value.code) == (403, "staff_is_a_party")
    assert not AuditEntry.objects.filter(case=case_about_them, actor=staff_freelancer).exists()


def test_a_member_cannot_act_on_a_case_about_their_own_account(staff_freelancer):
    raise_concern(
        Concern(
            source="verification",
            target_kind="user",
            target_id=str(staff_freelancer.pk),
            reason="scam_fraud",
            summary="Look-alike links in the profile",
            evidence={"checks": 1},
            subject_user_id=staff_freelancer.pk,
        )
    )
    case = Case.objects.get(subject_user_id=staff_freelancer.pk)
    with pytest.raises(DomainError) as refused:
        actions.dismiss(case=case, by=staff_freelancer, reason="Nothing wrong here.")
    assert refused.value.code == "staff_is_a_party"


def test_the_case_page_offers_a_party_no_action_and_says_why(
    client, staff_freelancer, case_about_them
):
    page = staff_session(client, staff_freelancer).get(
        reverse("trust:case", args=[case_about_them.reference])
    )
    text = page.content.decode()
    assert "You are a party to this case; another Trust &amp; Safety member must handle it." in text
    assert reverse("trust:case_action", args=[case_about_them.reference, "dismiss"]) not in text


def test_the_case_page_names_nothing_of_the_case_to_a_party(
    client, staff_freelancer, case_about_them
):
    page = staff_session(client, staff_freelancer).get(
        reverse("trust:case", args=[case_about_them.reference])
    )
    text = page.content.decode()
    assert page.status_code == 403
    assert 'data-error-code="staff_is_a_party"' in text
    client_of_the_contract = case_about_them.flags.get().reporter
    assert client_of_the_contract.full_name not in text
    assert "pay outside the platform" not in text


def test_a_party_posting_an_action_anyway_is_refused_on_the_page(
    client, staff_freelancer, case_about_them
):
    answer = staff_session(client, staff_freelancer).post(
        reverse("trust:case_action", args=[case_about_them.reference, "unfreeze"]),
        {"reason": "Let my money go."},
    )
    assert answer.status_code == 403
    assert "another Trust &amp; Safety member must handle it" in answer.content.decode()


def test_another_member_is_offered_the_actions(client, trust_safety_staff, case_about_them):
    page = staff_session(client, trust_safety_staff).get(
        reverse("trust:case", args=[case_about_them.reference])
    )
    assert reverse("trust:case_action", args=[case_about_them.reference, "dismiss"]) in (
        page.content.decode()
    )


def _queue_count(client, member, **params) -> int:
    page = staff_session(client, member).get(reverse("trust:queue"), params)
    assert page.status_code == 200
    return page.context["page"].paginator.count


def test_the_queue_leaves_out_a_case_about_the_members_own_contract(
    client, staff_freelancer, case_about_them
):
    assert _queue_count(client, staff_freelancer) == 0


def test_another_member_finds_the_case_in_the_queue(client, trust_safety_staff, case_about_them):
    assert _queue_count(client, trust_safety_staff) == 1


def test_the_queue_counts_no_appeal_of_a_case_about_the_member(
    client, staff_freelancer, trust_safety_staff, case_about_them
):
    Appeal.objects.create(
        case=case_about_them, appellant=staff_freelancer, statement="Please look again."
    )
    page = staff_session(client, staff_freelancer).get(reverse("trust:queue"))
    assert page.context["appeals_waiting"] == 0
    page = staff_session(client, trust_safety_staff).get(reverse("trust:queue"))
    assert page.context["appeals_waiting"] == 1
