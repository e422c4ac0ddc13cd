"""Concerns open or join one case per target; priority and SLA come from the signals."""

from __future__ import annotations

from datetime import timedelta

import pytest

from directcontracts.core import clock
from directcontracts.core.concerns import Concern, raise_concern
from directcontracts.trust.models import Case, CaseSignal, Priority

pytestmark = pytest.mark.django_db


def _concern(**overrides) -> Concern:
    fields = {
        "source": "flag",
        "target_kind": "contract",
        "target_id": "7",
        "reason": "spam",
        "summary": "Looks like spam",
        "reporter_user_id": 1,
    }
    fields.update(overrides)
    return Concern(**fields)


def test_a_concern_opens_a_case_and_answers_with_its_reference():
    receipt = raise_concern(_concern())
    case = Case.objects.get()
    assert receipt is not None
    assert receipt.case_reference == case.reference
    assert case.reference.startswith("TS-")


def test_concerns_about_the_same_target_join_one_case():
    raise_concern(_concern())
    raise_concern(_concern(source="screening", reason="prohibited_work", reporter_user_id=None))
    assert Case.objects.count() == 1
    assert CaseSignal.objects.count() == 2


def test_concerns_about_different_targets_open_different_cases():
    raise_concern(_concern(target_id="7"))
    raise_concern(_concern(target_id="8"))
    assert Case.objects.count() == 2


def test_a_fraud_flag_is_high_priority_and_a_spam_flag_low():
    raise_concern(_concern(target_id="1", reason="scam_fraud"))
    raise_concern(_concern(target_id="2", reason="spam"))
    priorities = dict(Case.objects.values_list("target_id", "priority"))
    assert priorities == {"1": Priority.HIGH, "2": Priority.LOW}


def test_independent_reporters_raise_the_priority_but_one_person_twice_does_not(frozen_clock):
    for reporter in (1, 1, 1):
        raise_concern(
            _concern(target_id="same-person", reason="scam_fraud", reporter_user_id=reporter)
        )
    assert Case.objects.get(target_id="same-person").priority == Priority.HIGH
    for reporter in (1, 2, 3):
        raise_concern(_concern(target_id="crowd", reason="scam_fraud", reporter_user_id=reporter))
    assert Case.objects.get(target_id="crowd").priority == Priority.URGENT


def test_an_urgent_case_must_be_triaged_within_an_hour(frozen_clock):
    for reporter in (1, 2, 3):
        raise_concern(_concern(reason="scam_fraud", reporter_user_id=reporter))
    case = Case.objects.get()
    assert case.sla_due_at - case.opened_at == timedelta(hours=1)


def test_every_flag_is_triaged_within_a_day_even_at_low_priority(frozen_clock):
    raise_concern(_concern(reason="spam"))
    case = Case.objects.get()
    assert case.priority == Priority.LOW
    assert case.sla_due_at - case.opened_at == timedelta(hours=24)


def test_a_low_priority_case_without_a_flag_has_three_days(frozen_clock):
    raise_concern(_concern(source="screening", reason="spam", reporter_user_id=None))
    case = Case.objects.get()
    assert case.sla_due_at - case.opened_at == timedelta(hours=72)


def test_a_phishing_domain_checked_many_times_becomes_urgent():
    raise_concern(
        _concern(
            source="verification",
            target_kind="domain",
            target_id="evil.test",
            reason="scam_fraud",
            reporter_user_id=None,
            evidence={"checks": 10},
        )
    )
    assert Case.objects.get().priority == Priority.URGENT


def test_a_support_escalation_opens_a_case_through_the_compatible_entry_point(support_staff):
    from directcontracts.trust.cases import open_or_join_case

    case = open_or_join_case(
        target_kind="support_ticket",
        target_id=12,
        source="support",
        severity="high",
        summary="Reported a fake invoice",
        evidence={"ticket": "GH-1"},
        reporter=support_staff,
        dedupe_key="support_ticket:12",
    )
    assert case.signals.get().reason == "scam_fraud"


def test_a_held_draft_waits_in_the_queue_and_a_dismissal_clears_it(freelancer, trust_safety_staff):
    from directcontracts.contracts.policy import hold_state
    from directcontracts.screening.models import ScreeningAttempt
    from directcontracts.screening.services import _raise_held
    from directcontracts.trust import actions

    attempt = ScreeningAttempt.objects.create(
        created_at=clock.now(),
        kind="work",
        sender_id=freelancer.pk,
        context="contract",
        object_ref="contract-text:ab",
        verdict="review",
        policy="prohibited",
        score=0.6,
        reasons=[],
        rules=[],
        excerpt="Write reviews for my shop",
        review_state="held",
    )
    _raise_held(attempt)
    case = Case.objects.get(target_kind="held_item")
    assert case.signals.get().evidence["text"] == "Write reviews for my shop"
    actions.dismiss(case=case, by=trust_safety_staff, reason="Reviews of their own tool.")
    assert hold_state("contract-text:ab") == "cleared"


def test_an_upheld_held_item_stays_refused(freelancer, trust_safety_staff):
    from directcontracts.contracts.policy import hold_state
    from directcontracts.screening.models import ScreeningAttempt
    from directcontracts.screening.services import _raise_held
    from directcontracts.trust import actions

    attempt = ScreeningAttempt.objects.create(
        created_at=clock.now(),
        kind="work",
        sender_id=freelancer.pk,
        context="contract",
        object_ref="contract-text:cd",
        verdict="review",
        policy="prohibited",
        score=0.6,
        reasons=[],
        rules=[],
        excerpt="Fake reviews",
        review_state="held",
    )
    _raise_held(attempt)
    actions.uphold(case=Case.objects.get(), by=trust_safety_staff, reason="Fake reviews.")
    assert hold_state("contract-text:cd") == "confirmed"


def test_a_circumvention_review_is_decided_in_the_queue(client_user, trust_safety_staff):
    from directcontracts.circumvention.models import CircumventionCheck
    from directcontracts.circumvention.services import raise_review
    from directcontracts.trust import actions

    check = CircumventionCheck.objects.create(
        subject="invitation:1",
        client=client_user,
        checkpoint="invitation_accepted",
        decision="review",
        score=0.7,
        candidate={"email": "j.smith@example.org"},
        matched={"email": "jsmith@example.org"},
        signals=[{"field": "email", "level": "similar"}],
        review_state="held",
        created_at=clock.now(),
    )
    raise_review(check)
    case = Case.objects.get(target_kind="circumvention_check")
    assert case.signals.get().evidence["existing_account"] == {"email": "jsmith@example.org"}
    actions.dismiss(case=case, by=trust_safety_staff, reason="A different person.")
    check.refresh_from_db()
    assert check.review_state == "cleared"
    assert check.reviewed_by == trust_safety_staff


def test_the_demo_fills_the_queue_with_a_case_of_each_kind(seeded_defaults):
    from directcontracts.trust.demo import load_cases

    load_cases(lambda line: None)
    assert {c.target_kind for c in Case.objects.all()} >= {"domain", "held_item"}


def test_a_circumvention_review_is_titled_with_its_checkpoint_in_words(client_user):
    from directcontracts.circumvention.models import CircumventionCheck
    from directcontracts.circumvention.services import raise_review

    check = CircumventionCheck.objects.create(
        subject="invitation:1",
        client=client_user,
        checkpoint="invitation_accepted",
        decision="review",
        score=0.7,
        candidate={},
        matched={},
        signals=[],
        review_state="held",
        created_at=clock.now(),
    )
    raise_review(check)
    assert Case.objects.get().summary == (
        "Possible existing account (score 0.70) when the client accepted the invitation"
    )


def test_a_held_message_is_titled_with_why_it_was_held_in_words(freelancer, monkeypatch):
    from directcontracts.contracts import messaging
    from directcontracts.core.errors import DomainError
    from tests.contracts.factories import active_contract

    contract, _ = active_contract(freelancer, monkeypatch)
    with pytest.raises(DomainError):
        messaging.post_message(
            contract=contract, sender=freelancer, body="Pay me by PayPal to fiona at gmail dot com"
        )
    summary = Case.objects.get(target_kind="held_item").summary
    assert summary.startswith("Message held before delivery: asks to pay outside Direct Contracts")
    assert "off_platform_payment" not in summary


def _held_message_case(freelancer, monkeypatch, body: str) -> Case:
    from directcontracts.contracts import messaging
    from directcontracts.core.errors import DomainError
    from tests.contracts.factories import active_contract

    contract, _ = active_contract(freelancer, monkeypatch)
    with pytest.raises(DomainError):
        messaging.post_message(contract=contract, sender=freelancer, body=body)
    return Case.objects.get(target_kind="held_item")


def test_a_message_held_for_asking_to_pay_elsewhere_is_filed_as_off_platform_payment(
    freelancer, monkeypatch
):
    case = _held_message_case(freelancer, monkeypatch, "Pay me by PayPal to fiona at gmail dot com")
    assert case.signals.get().reason == "off_platform_payment"


def test_a_message_held_for_contact_details_only_is_filed_as_circumvention(freelancer, monkeypatch):
    case = _held_message_case(freelancer, monkeypatch, "Let us talk there: fiona at gmail dot com")
    assert case.signals.get().reason == "circumvention"
