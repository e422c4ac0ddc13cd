"""A warning, a refund, a suspension or a ban acts on what was reported: every report of the
case reads "Action taken" at once and its reporter is told, once, as when the case is upheld.
A freeze or a hold (money stopped while the review goes on) does not answer a report, and an
appeal that later overturns the action leaves the report's outcome as it is, as it does for
an upheld case."""

from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError
from directcontracts.trust import actions, appeals, enforcement, flags
from directcontracts.trust.models import Flag, Outcome

pytestmark = pytest.mark.django_db


def _outcome(reporter) -> str:
    (made,) = Flag.objects.filter(reporter=reporter)
    return flags.outcome_for_reporter(made)[0]


def _told(reporter) -> int:
    return reporter.notices.filter(kind="trust.flag_outcome").count()


ANSWERING = {
    "warn": enforcement.warn,
    "refund_client": enforcement.refund_client,
    "suspend": enforcement.suspend,
    "ban": enforcement.ban,
}


@pytest.mark.parametrize("act", ANSWERING.values(), ids=ANSWERING.keys())
def test_an_action_on_the_person_or_content_gives_the_report_action_taken(
    funded, trust_safety_staff, act
):
    _contract, reporter, _milestone, case = funded
    act(case=case, by=trust_safety_staff, reason="Payments stay on the platform.")
    assert _outcome(reporter) == "Action taken"
    assert Flag.objects.get(reporter=reporter).outcome == Outcome.UPHELD


def test_a_warning_tells_the_reporter_as_an_upheld_case_does(funded, trust_safety_staff):
    _contract, reporter, _milestone, case = funded
    enforcement.warn(case=case, by=trust_safety_staff, reason="Payments stay on the platform.")
    (notice,) = reporter.notices.filter(kind="trust.flag_outcome")
    assert notice.body == "Thank you. We reviewed it and took action under our policies."


def test_a_warning_leaves_the_case_open_for_staff(funded, trust_safety_staff):
    case = funded[3]
    enforcement.warn(case=case, by=trust_safety_staff, reason="Payments stay on the platform.")
    case.refresh_from_db()
    assert (case.state, case.outcome) != ("closed", Outcome.UPHELD)
    assert case.closed_at is None


def test_every_report_of_the_case_is_answered(funded, trust_safety_staff, client_user):
    contract, reporter, _milestone, case = funded
    other = Flag.objects.create(
        reference="FL-OTHER", reporter=client_user, target_kind="contract",
        target_id=str(contract.pk), reason="spam", case=case,
    )  # fmt: skip
    enforcement.warn(case=case, by=trust_safety_staff, reason="Payments stay on the platform.")
    other.refresh_from_db()
    assert (_outcome(reporter), other.outcome) == ("Action taken", Outcome.UPHELD)
    assert _told(client_user) == 1


def test_a_retried_warning_tells_the_reporter_once(funded, trust_safety_staff):
    _contract, reporter, _milestone, case = funded
    for _ in range(2):
        enforcement.warn(case=case, by=trust_safety_staff, reason="Payments stay here.")
    assert _told(reporter) == 1


def test_a_second_action_and_the_case_closing_tell_the_reporter_nothing_more(
    funded, trust_safety_staff
):
    _contract, reporter, _milestone, case = funded
    enforcement.warn(case=case, by=trust_safety_staff, reason="Payments stay here.")
    enforcement.suspend(case=case, by=trust_safety_staff, reason="Again after the warning.")
    actions.uphold(case=case, by=trust_safety_staff, reason="Breach confirmed.")
    assert _told(reporter) == 1


def test_dismissing_the_case_after_a_warning_keeps_action_taken(funded, trust_safety_staff):
    _contract, reporter, _milestone, case = funded
    enforcement.warn(case=case, by=trust_safety_staff, reason="Payments stay here.")
    actions.dismiss(case=case, by=trust_safety_staff, reason="Nothing more to do.")
    assert (_outcome(reporter), _told(reporter)) == ("Action taken", 1)


@pytest.mark.parametrize(
    "act", [enforcement.freeze_contract_escrow, enforcement.hold_whole_contract],
    ids=["freeze", "hold"],
)  # fmt: skip
def test_stopping_money_while_the_review_goes_on_leaves_the_report_under_review(
    funded, trust_safety_staff, act
):
    _contract, reporter, _milestone, case = funded
    act(case=case, by=trust_safety_staff, reason="Checking the payments.")
    assert (_outcome(reporter), _told(reporter)) == ("Under review", 0)


def test_a_refused_action_answers_no_report(funded, trust_safety_staff):
    _contract, reporter, _milestone, case = funded
    enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud.")
    Flag.objects.filter(reporter=reporter).update(closed_at=None, outcome="")
    with pytest.raises(DomainError):
        enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud.")
    assert _outcome(reporter) == "Under review"


def test_an_overturned_warning_leaves_the_reports_outcome_as_an_overturned_uphold_does(
    funded, trust_safety_staff, second_staff, freelancer
):
    _contract, reporter, _milestone, case = funded
    enforcement.warn(case=case, by=trust_safety_staff, reason="Payments stay here.")
    made = appeals.appeal(reference=case.reference, by=freelancer, statement="I did not.")
    appeals.decide_appeal(appeal=made, by=second_staff, overturn=True, reason="Misread.")
    assert (_outcome(reporter), _told(reporter)) == ("Action taken", 1)
