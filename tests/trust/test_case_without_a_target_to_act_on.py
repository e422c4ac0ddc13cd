"""A case about a website names no contract and no person: its page offers no reason field
for actions it does not have, and says what closes it and where the website's checks are."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.core.concerns import Concern
from directcontracts.trust.cases import receive_concern
from directcontracts.trust.models import Case
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def website_case():
    receive_concern(
        Concern(
            source="verification",
            target_kind="domain",
            target_id="evil.test",
            reason="scam_fraud",
            summary="Phishing: 1 check of look-alike links on evil.test",
            evidence={"domain": "evil.test", "checks": 1},
        )
    )
    return Case.objects.get()


def _page(client, staff, case) -> str:
    response = staff_session(client, staff).get(reverse("trust:case", args=[case.reference]))
    assert response.status_code == 200
    return response.content.decode()


def test_a_website_case_shows_no_reason_field_for_actions_it_does_not_offer(
    client, trust_safety_staff, website_case
):
    page = _page(client, trust_safety_staff, website_case)
    assert 'id="enforce"' not in page
    assert "Reason for an action on" not in page


def test_a_website_case_says_how_to_close_it(client, trust_safety_staff, website_case):
    page = _page(client, trust_safety_staff, website_case)
    note = page.split('data-testid="nothing-to-enforce"', 1)[1].split("</p>", 1)[0]
    assert "nothing to freeze, warn or suspend" in note
    assert "uphold it if the report was right, dismiss it if not" in note


def test_a_website_case_links_the_websites_phishing_checks(
    client, trust_safety_staff, website_case
):
    page = _page(client, trust_safety_staff, website_case)
    link = reverse("admin:verification_suspiciousdomain_changelist") + "?q=evil.test"
    assert f'href="{link}"' in page


def test_a_case_about_a_contract_keeps_its_action_buttons(client, trust_safety_staff, funded):
    *_, case = funded
    page = _page(client, trust_safety_staff, case)
    assert 'id="enforce"' in page
    assert 'data-testid="nothing-to-enforce"' not in page
