"""A reporter reads their report's outcome in their own terms ("Action taken", "No action
taken", "Under review") with what it means for them; staff pages and the API keep the stable
outcome codes and staff's words."""

from __future__ import annotations

import html
import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from directcontracts.accounts.services import create_api_token
from directcontracts.trust import actions

pytestmark = pytest.mark.django_db


def _outcome_cell(client, user) -> str:
    client.force_login(user)
    page = client.get(reverse("trust:my_flags")).content.decode()
    cell = re.search(r'<td data-label="Outcome">(.*?)</td>', page, re.S)
    assert cell is not None
    return html.unescape(" ".join(cell.group(1).split()))


def test_an_open_report_reads_under_review(client, funded):
    _contract, reporter, *_ = funded
    assert "Under review" in _outcome_cell(client, reporter)


def test_an_upheld_report_reads_action_taken_to_its_reporter(client, funded, trust_safety_staff):
    _contract, reporter, _milestone, case = funded
    actions.uphold(case=case, by=trust_safety_staff, reason="Asked for payment elsewhere.")
    cell = _outcome_cell(client, reporter)
    assert "Action taken" in cell
    assert "we don't say what we did" in cell
    assert "Upheld" not in cell


def test_a_dismissed_report_reads_no_action_taken_to_its_reporter(
    client, funded, trust_safety_staff
):
    _contract, reporter, _milestone, case = funded
    actions.dismiss(case=case, by=trust_safety_staff, reason="Nothing wrong.")
    cell = _outcome_cell(client, reporter)
    assert "No action taken" in cell
    assert "Dismissed" not in cell


def test_the_api_keeps_the_stable_outcome_code(funded, trust_safety_staff):
    _contract, reporter, _milestone, case = funded
    actions.uphold(case=case, by=trust_safety_staff, reason="Asked for payment elsewhere.")
    _, secret = create_api_token(user=reporter, name="t")
    response = Client(HTTP_AUTHORIZATION=f"Bearer {secret}").get("/api/v1/flags")
    assert [f["outcome"] for f in response.json()["items"]] == ["upheld"]


def test_the_outcome_email_link_says_it_leads_to_the_reports(
    funded, trust_safety_staff, django_capture_on_commit_callbacks
):
    _contract, reporter, _milestone, case = funded
    with django_capture_on_commit_callbacks(execute=True):
        actions.uphold(case=case, by=trust_safety_staff, reason="Asked for payment elsewhere.")
    (email,) = [m for m in mail.outbox if m.to == [reporter.email]]
    assert "See your flags: " in email.body
    assert "Open it here" not in email.body
