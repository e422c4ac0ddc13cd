"""Actions on the target: freeze, hold, unfreeze, warn, suspend; appeals decided by another."""

from __future__ import annotations

import pytest

from directcontracts.accounts.models import ApiToken, User
from directcontracts.accounts.services import create_api_token
from directcontracts.contracts import escrow
from directcontracts.contracts.freeze_models import EscrowFreeze
from directcontracts.core.errors import DomainError
from directcontracts.trust import appeals, enforcement
from directcontracts.trust.models import AppealState, AuditEntry

pytestmark = pytest.mark.django_db


def test_freezing_escrow_stops_a_release_and_both_parties_see_why(funded, trust_safety_staff):
    contract, client, milestone, case = funded
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Fraud report.")
    with pytest.raises(DomainError) as refused:
        escrow.approve_milestone(milestone=milestone, by=client, amount_minor=None, method=None)
    assert "frozen" in refused.value.message.lower()
    assert case.reference in refused.value.message  # the case to ask about
    assert EscrowFreeze.objects.filter(reference=case.reference).exists()
    assert AuditEntry.objects.filter(action="freeze_escrow").exists()


def test_unfreezing_lets_money_move_again(funded, trust_safety_staff):
    contract, client, milestone, case = funded
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Check.")
    assert enforcement.unfreeze(case=case, by=trust_safety_staff, reason="All fine.") == 1
    escrow.approve_milestone(milestone=milestone, by=client, amount_minor=None, method=None)
    milestone.refresh_from_db()
    assert milestone.state == "released"


def test_unfreezing_with_nothing_frozen_is_refused(funded, trust_safety_staff):
    with pytest.raises(DomainError) as refused:
        enforcement.unfreeze(case=funded[3], by=trust_safety_staff, reason="x")
    assert refused.value.code == "nothing_frozen"


def test_a_warning_reaches_the_person_the_case_is_about(funded, trust_safety_staff, freelancer):
    enforcement.warn(case=funded[3], by=trust_safety_staff, reason="Keep payments on the platform.")
    assert "Keep payments on the platform." in freelancer.notices.get(kind="trust.warning").body


def test_a_warning_tells_the_person_they_can_appeal_through_its_link(
    funded, trust_safety_staff, freelancer
):
    case = funded[3]
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    notice = freelancer.notices.get(kind="trust.warning")
    assert notice.body.endswith(
        f"Reference {case.reference}. If you think this is wrong, you can appeal within 180 "
        "days on the appeal page this notice links to."
    )
    assert notice.url == f"/trust/appeals/{case.reference}/"


def test_the_same_warning_sent_twice_warns_the_person_once(funded, trust_safety_staff, freelancer):
    for _ in range(2):
        enforcement.warn(case=funded[3], by=trust_safety_staff, reason="Keep payments here.")
    assert freelancer.notices.filter(kind="trust.warning").count() == 1
    assert AuditEntry.objects.filter(action="warn").count() == 1


def test_a_warning_in_other_words_or_later_is_a_new_warning(
    funded, trust_safety_staff, freelancer, frozen_clock
):
    enforcement.warn(case=funded[3], by=trust_safety_staff, reason="Keep payments here.")
    enforcement.warn(case=funded[3], by=trust_safety_staff, reason="Second warning.")
    frozen_clock.advance(seconds=enforcement.WARNING_REPEAT_WINDOW.total_seconds() + 1)
    enforcement.warn(case=funded[3], by=trust_safety_staff, reason="Keep payments here.")
    assert freelancer.notices.filter(kind="trust.warning").count() == 3


def test_suspending_signs_out_revokes_tokens_and_holds_open_contracts(
    funded, trust_safety_staff, freelancer
):
    create_api_token(user=freelancer, name="cli")
    held = enforcement.suspend(case=funded[3], by=trust_safety_staff, reason="Confirmed fraud.")
    freelancer.refresh_from_db()
    assert freelancer.is_active is False
    assert not ApiToken.objects.filter(user=freelancer, revoked_at__isnull=True).exists()
    assert held == 1


def test_enforcement_needs_trust_and_safety_staff(funded, support_staff):
    from directcontracts.core.errors import NotFound

    with pytest.raises(NotFound):
        enforcement.freeze_contract_escrow(case=funded[3], by=support_staff, reason="x")


def test_the_person_actioned_appeals_once_and_another_staff_member_overturns(
    funded, trust_safety_staff, second_staff, freelancer
):
    contract, client, milestone, case = funded
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Fraud report.")
    made = appeals.appeal(reference=case.reference, by=freelancer, statement="I did nothing wrong.")
    with pytest.raises(DomainError) as again:
        appeals.appeal(reference=case.reference, by=freelancer, statement="Again.")
    assert again.value.code == "appeal_not_allowed"
    with pytest.raises(DomainError) as same:
        appeals.decide_appeal(appeal=made, by=trust_safety_staff, overturn=True, reason="x")
    assert same.value.code == "appeal_needs_other_staff"
    decided = appeals.decide_appeal(
        appeal=made, by=second_staff, overturn=True, reason="The report was mistaken."
    )
    assert decided.state == AppealState.OVERTURNED
    assert not EscrowFreeze.objects.filter(reference=case.reference, lifted_at__isnull=True)
    assert freelancer.notices.filter(kind="trust.appeal_decided").exists()


def test_an_upheld_appeal_keeps_the_action(funded, trust_safety_staff, second_staff, freelancer):
    case = funded[3]
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Fraud.")
    made = appeals.appeal(reference=case.reference, by=freelancer, statement="Please.")
    appeals.decide_appeal(appeal=made, by=second_staff, overturn=False, reason="It stands.")
    assert EscrowFreeze.objects.filter(reference=case.reference, lifted_at__isnull=True).exists()


def test_an_overturned_suspension_reinstates_the_account(
    funded, trust_safety_staff, second_staff, freelancer
):
    case = funded[3]
    enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud.")
    made = appeals.appeal(reference=case.reference, by=freelancer, statement="Mistaken identity.")
    appeals.decide_appeal(appeal=made, by=second_staff, overturn=True, reason="Right.")
    assert User.objects.get(pk=freelancer.pk).is_active is True


def test_only_the_person_actioned_can_appeal(funded, trust_safety_staff, client_user):
    from directcontracts.core.errors import NotFound

    case = funded[3]
    enforcement.warn(case=case, by=trust_safety_staff, reason="x")
    with pytest.raises(NotFound):
        appeals.appeal(reference=case.reference, by=funded[1], statement="Not mine.")


def test_an_appeal_after_180_days_is_refused(funded, trust_safety_staff, freelancer, frozen_clock):
    case = funded[3]
    enforcement.warn(case=case, by=trust_safety_staff, reason="x")
    frozen_clock.advance(days=181)
    with pytest.raises(DomainError) as late:
        appeals.appeal(reference=case.reference, by=freelancer, statement="Late.")
    assert late.value.code == "appeal_not_allowed"


def test_the_appeal_page_says_which_action_is_appealed_and_why_it_was_taken(
    client, funded, trust_safety_staff, freelancer
):
    case = funded[3]
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    client.force_login(freelancer)
    page = client.get(f"/trust/appeals/{case.reference}/").content.decode()
    assert "What Trust &amp; Safety did" in page
    assert "<strong>Warning</strong>" in page
    assert "Keep payments on the platform." in page


def test_the_case_audit_trail_names_each_action_in_words(
    client, funded, trust_safety_staff, freelancer
):
    from tests.accounts.helpers import staff_session

    case = funded[3]
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Fraud report.")
    page = staff_session(client, trust_safety_staff).get(f"/trust/cases/{case.reference}/")
    text = page.content.decode()
    assert "<strong>Escrow frozen</strong> by" in text
    assert "<strong>freeze_escrow</strong>" not in text


def test_a_refused_appeal_of_a_suspension_is_emailed_to_the_suspended_person(
    funded,
    trust_safety_staff,
    second_staff,
    freelancer,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    case = funded[3]
    enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud.")
    made = appeals.appeal(reference=case.reference, by=freelancer, statement="Not me.")
    with django_capture_on_commit_callbacks(execute=True):
        appeals.decide_appeal(appeal=made, by=second_staff, overturn=False, reason="It stands.")
    (message,) = mailoutbox
    assert message.to == [freelancer.email]
    assert f"Your appeal of {case.reference} was refused" in message.subject


def test_the_appeal_decision_notice_names_what_it_is_about_like_the_warning(
    funded, trust_safety_staff, second_staff, freelancer
):
    contract, _client, _milestone, case = funded
    enforcement.warn(case=case, by=trust_safety_staff, reason="Paying outside the platform.")
    made = appeals.appeal(reference=case.reference, by=freelancer, statement="I did not.")
    appeals.decide_appeal(appeal=made, by=second_staff, overturn=False, reason="It stands.")
    notice = freelancer.notices.get(kind="trust.appeal_decided")
    assert notice.about == f"Contract #{contract.pk}: {contract.title}"


def test_the_other_party_reads_that_an_account_was_suspended_not_closed(funded, trust_safety_staff):
    contract, client, milestone, case = funded
    enforcement.suspend(case=case, by=trust_safety_staff, reason="Confirmed fraud.")
    body = client.notices.get(kind="contract.held").body
    assert "A party's account was suspended; the contract is on hold" in body
    assert "closed" not in body
