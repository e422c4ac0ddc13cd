"""Staff words the actioned person reads (a warning's, a suspension's or ban's reason, the
reasons on their appeal page, the decision on their appeal) never name who reported them:
the service refuses them (`reason_names_reporter`) and nothing is done; every form whose
text the person reads says so beside its field."""

from __future__ import annotations

import html

import pytest
from django.urls import reverse

from directcontracts.accounts.models import User
from directcontracts.contracts.freeze_models import EscrowFreeze
from directcontracts.core.errors import DomainError
from directcontracts.notifications.models import Notice
from directcontracts.trust import actions, appeals, enforcement
from directcontracts.trust.models import AppealState, AuditEntry, CaseSignal
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db

CAUTION = "The person reads this; do not name or describe who flagged them."


@pytest.fixture
def reported(funded):
    """(case, reporter named Priya Okafor) from the funded contract's flag."""
    _contract, reporter, _milestone, case = funded
    User.objects.filter(pk=reporter.pk).update(full_name="Priya Okafor")
    reporter.refresh_from_db()
    return case, reporter


def _refused(call) -> DomainError:
    with pytest.raises(DomainError) as refused:
        call()
    return refused.value


ACTIONS_THEY_READ = [
    enforcement.warn,
    enforcement.freeze_contract_escrow,
    enforcement.hold_whole_contract,
    enforcement.refund_client,
    enforcement.suspend,
    enforcement.ban,
]


@pytest.mark.parametrize("act", ACTIONS_THEY_READ, ids=lambda f: f.__name__)
def test_an_action_whose_reason_names_the_reporter_is_refused_and_nothing_is_done(
    reported, trust_safety_staff, freelancer, act
):
    case, _reporter = reported
    refused = _refused(
        lambda: act(case=case, by=trust_safety_staff, reason="Priya says you asked for cash.")
    )
    assert (refused.code, refused.status) == ("reason_names_reporter", 400)
    assert not AuditEntry.objects.filter(case=case).exclude(action="assign").exists()
    assert not Notice.objects.filter(recipient=freelancer, kind__startswith="trust.").exists()
    assert not EscrowFreeze.objects.filter(reference=case.reference).exists()
    assert User.objects.get(pk=freelancer.pk).is_active


def test_the_reporters_email_address_is_refused_whatever_its_case(reported, trust_safety_staff):
    case, reporter = reported
    reason = f"Reported by {reporter.email.upper()}."
    refused = _refused(lambda: enforcement.warn(case=case, by=trust_safety_staff, reason=reason))
    assert refused.code == "reason_names_reporter"


def test_a_name_counts_as_a_whole_word_in_any_case(reported, trust_safety_staff):
    case, _reporter = reported
    refused = _refused(
        lambda: enforcement.warn(case=case, by=trust_safety_staff, reason="OKAFOR told us.")
    )
    assert refused.code == "reason_names_reporter"


def test_the_whole_name_counts_in_any_case(reported, trust_safety_staff):
    case, _reporter = reported
    refused = _refused(
        lambda: enforcement.warn(case=case, by=trust_safety_staff, reason="priya  okafor said so")
    )
    assert refused.code == "reason_names_reporter"


def test_a_word_of_a_name_that_is_also_a_word_counts_only_typed_as_a_name(
    reported, trust_safety_staff, freelancer
):
    case, reporter = reported
    User.objects.filter(pk=reporter.pk).update(full_name="Carl Client")
    enforcement.warn(case=case, by=trust_safety_staff, reason="Ask the client before you share.")
    assert freelancer.notices.filter(kind="trust.warning").exists()


def test_a_name_inside_a_longer_word_is_not_the_reporter(reported, trust_safety_staff, freelancer):
    case, _reporter = reported
    enforcement.warn(case=case, by=trust_safety_staff, reason="Priyanka-style pricing is banned.")
    assert freelancer.notices.filter(kind="trust.warning").exists()


def test_a_name_of_two_letters_does_not_count(reported, trust_safety_staff, freelancer):
    case, reporter = reported
    User.objects.filter(pk=reporter.pk).update(full_name="Li Okafor")
    enforcement.warn(case=case, by=trust_safety_staff, reason="Li-ion batteries: not here.")
    assert freelancer.notices.filter(kind="trust.warning").exists()


def test_the_reason_may_name_the_person_it_is_about(reported, trust_safety_staff, freelancer):
    case, _reporter = reported
    reason = f"{freelancer.full_name}, keep payments on the platform."
    enforcement.warn(case=case, by=trust_safety_staff, reason=reason)
    assert freelancer.notices.filter(kind="trust.warning").exists()


def test_a_reporter_whose_flag_adds_no_weight_is_still_protected(reported, trust_safety_staff):
    case, _reporter = reported
    CaseSignal.objects.filter(case=case).update(reporter_user_id=None)
    refused = _refused(
        lambda: enforcement.warn(case=case, by=trust_safety_staff, reason="Priya complained.")
    )
    assert refused.code == "reason_names_reporter"


def test_the_refusal_says_which_field_and_quotes_only_the_reviewers_words(
    reported, trust_safety_staff
):
    case, reporter = reported
    refused = _refused(
        lambda: enforcement.warn(case=case, by=trust_safety_staff, reason="Okafor told us.")
    )
    assert refused.message.startswith("The reason contains “Okafor”")
    assert reporter.email not in refused.message
    assert "Priya" not in refused.message


def _appeal(case, trust_safety_staff, freelancer):
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    return appeals.appeal(reference=case.reference, by=freelancer, statement="I did not.")


@pytest.mark.parametrize("overturn", [True, False], ids=["overturn", "refuse"])
def test_an_appeal_decision_naming_the_reporter_is_refused_and_the_appeal_waits(
    reported, trust_safety_staff, second_staff, freelancer, overturn
):
    case, _reporter = reported
    made = _appeal(case, trust_safety_staff, freelancer)
    refused = _refused(
        lambda: appeals.decide_appeal(
            appeal=made, by=second_staff, overturn=overturn, reason="Priya Okafor was wrong."
        )
    )
    assert refused.code == "reason_names_reporter"
    assert refused.message.startswith("The reason for the decision contains")
    made.refresh_from_db()
    assert made.state == AppealState.PENDING
    assert not freelancer.notices.filter(kind="trust.appeal_decided").exists()
    assert not AuditEntry.objects.filter(case=case, action__startswith="appeal_").exists()


def test_a_dismissal_reason_is_for_staff_only_and_may_name_the_reporter(
    reported, trust_safety_staff
):
    case, _reporter = reported
    actions.dismiss(case=case, by=trust_safety_staff, reason="Priya misread the contract.")
    assert AuditEntry.objects.filter(case=case, action="dismissed").exists()


# --- The case page -----------------------------------------------------------------------


def test_the_case_page_refuses_a_warning_naming_the_reporter_and_keeps_the_text(
    client, reported, trust_safety_staff
):
    case, _reporter = reported
    response = staff_session(client, trust_safety_staff).post(
        reverse("trust:case_action", args=[case.reference, "warn"]),
        {"reason": "Priya told us you asked for cash."},
    )
    page = html.unescape(response.content.decode())
    assert response.status_code == 400
    assert 'data-error-code="reason_names_reporter"' in page
    assert ">Priya told us you asked for cash.</textarea>" in page
    assert not AuditEntry.objects.filter(case=case, action="warn").exists()


def test_the_case_page_refuses_an_overturn_naming_the_reporter(
    client, reported, trust_safety_staff, second_staff, freelancer
):
    case, _reporter = reported
    _appeal(case, trust_safety_staff, freelancer)
    response = staff_session(client, second_staff).post(
        reverse("trust:case_action", args=[case.reference, "appeal_overturned"]),
        {"reason": "Okafor got it wrong."},
    )
    page = html.unescape(response.content.decode())
    assert response.status_code == 400
    assert 'data-error-code="reason_names_reporter"' in page
    assert ">Okafor got it wrong.</textarea>" in page


@pytest.mark.parametrize("field", ["enforce-reason", "overturn-reason", "appeal-uphold-reason"])
def test_every_field_the_person_reads_says_so_beside_it(
    client, reported, trust_safety_staff, second_staff, freelancer, field
):
    case, _reporter = reported
    _appeal(case, trust_safety_staff, freelancer)
    signed = staff_session(client, second_staff)
    page = html.unescape(signed.get(reverse("trust:case", args=[case.reference])).content.decode())
    assert f'aria-describedby="{field}-help"' in page
    help_start = page.index(f'id="{field}-help">')
    assert CAUTION in page[help_start : help_start + 300]


def test_the_refusal_quotes_the_first_place_the_reporter_is_named(reported, trust_safety_staff):
    case, _reporter = reported
    refused = _refused(
        lambda: enforcement.warn(
            case=case, by=trust_safety_staff, reason="Priya Okafor's report stands."
        )
    )
    assert refused.message.startswith("The reason contains “Priya Okafor”")
