"""Reopening a dismissed case tells each reporter whose report is under review again, in
the app and by email as their "Outcomes of your flags" preference says, in words that say
nothing of the person or content reported."""

from __future__ import annotations

import pytest

from directcontracts.notifications.email_preferences import set_email_frequencies
from directcontracts.trust import actions

pytestmark = pytest.mark.django_db

KIND = "trust.flag_reopened"


def _dismiss_and_reopen(case, staff, capture):
    actions.dismiss(case=case, by=staff, reason="No breach.")
    with capture(execute=True):
        actions.reopen(case=case, by=staff, reason="New evidence from the bank.")


def test_the_reporter_is_told_in_the_app_that_their_report_is_under_review_again(
    funded, trust_safety_staff, django_capture_on_commit_callbacks
):
    contract, client, _, case = funded
    _dismiss_and_reopen(case, trust_safety_staff, django_capture_on_commit_callbacks)

    (notice,) = client.notices.filter(kind=KIND)
    assert "under review again" in notice.title
    assert case.signals.get().reporter_user_id == client.pk


def test_the_reopening_notice_says_nothing_of_the_other_party_or_the_reason(
    funded, trust_safety_staff, freelancer, django_capture_on_commit_callbacks
):
    contract, client, _, case = funded
    _dismiss_and_reopen(case, trust_safety_staff, django_capture_on_commit_callbacks)

    notice = client.notices.get(kind=KIND)
    words = f"{notice.title} {notice.body}".lower()
    for private in (
        freelancer.email,
        freelancer.display_name,
        contract.title,
        "new evidence",
        case.reference,
    ):
        assert private.lower() not in words


def test_the_reporter_is_emailed_that_their_report_is_under_review_again(
    funded, trust_safety_staff, mailoutbox, django_capture_on_commit_callbacks
):
    contract, client, _, case = funded
    mailoutbox.clear()
    _dismiss_and_reopen(case, trust_safety_staff, django_capture_on_commit_callbacks)

    assert [m.to for m in mailoutbox if "under review again" in m.subject] == [[client.email]]


def test_a_reporter_who_turned_off_flag_outcome_emails_is_told_only_in_the_app(
    funded, trust_safety_staff, mailoutbox, django_capture_on_commit_callbacks
):
    contract, client, _, case = funded
    set_email_frequencies(user=client, choices={"report_outcomes": "off"})
    mailoutbox.clear()
    _dismiss_and_reopen(case, trust_safety_staff, django_capture_on_commit_callbacks)

    assert not [m for m in mailoutbox if "under review again" in m.subject]
    assert client.notices.filter(kind=KIND).count() == 1
