"""What the staff tour of 7 December found on the chargeback and dispute pages: the evidence
goes to the bank only after a confirmation, every opening of a pack is audited, the lists count."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.core.staff_home import staff_links_for
from directcontracts.disputes.models import ChargebackCase
from directcontracts.payments.models import GatewayRequest
from directcontracts.trust.models import AuditEntry
from tests.accounts.helpers import sign_in_as
from tests.disputes.factories import charged_back_after_release, in_mediation

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(freelancer, monkeypatch, frozen_clock):
    return charged_back_after_release(freelancer, monkeypatch, frozen_clock)[3]


def _submit(client, case, **data):
    return client.post(reverse("disputes:chargeback_submit", args=[case.pk]), data)


def test_submitting_the_evidence_first_asks_for_confirmation(client, case, trust_safety_staff):
    sign_in_as(client, trust_safety_staff)
    response = _submit(client, case)
    assert response.status_code == 200
    page = response.content.decode()
    assert "This cannot be undone." in page
    assert 'data-testid="confirm-submit-evidence"' in page
    assert 'name="confirmed" value="on"' in page


def test_the_confirmation_page_sends_nothing_to_the_bank(client, case, trust_safety_staff):
    sign_in_as(client, trust_safety_staff)
    requests_before = GatewayRequest.objects.count()
    _submit(client, case)
    case.refresh_from_db()
    assert case.state == "open"
    assert case.submitted_at is None
    assert GatewayRequest.objects.count() == requests_before


def test_confirming_submits_the_evidence(client, case, trust_safety_staff):
    sign_in_as(client, trust_safety_staff)
    response = _submit(client, case, confirmed="on")
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.state == "evidence_submitted"


def test_a_pack_already_submitted_is_refused_before_any_confirmation(
    client, case, trust_safety_staff
):
    sign_in_as(client, trust_safety_staff)
    _submit(client, case, confirmed="on")
    response = _submit(client, case)
    assert response.status_code == 409
    assert "This cannot be undone." not in response.content.decode()


def test_finance_is_refused_the_confirmation_page_too(client, case, finance_staff):
    sign_in_as(client, finance_staff)
    response = _submit(client, case)
    assert response.status_code == 403
    assert "This cannot be undone." not in response.content.decode()


@pytest.mark.parametrize(
    ("url_name", "form"), [("chargeback_pdf", "pdf"), ("chargeback_json", "json")]
)
def test_opening_an_evidence_pack_writes_an_audit_entry(
    client, case, trust_safety_staff, url_name, form
):
    sign_in_as(client, trust_safety_staff)
    response = client.get(reverse(f"disputes:{url_name}", args=[case.pk]))
    assert response.status_code == 200
    entry = AuditEntry.objects.get(action="chargeback_pack_opened")
    assert entry.actor == trust_safety_staff
    assert entry.data["id"] == case.pk
    assert entry.data["form"] == form
    assert f"chargeback #{case.pk}" in entry.reason


def test_a_refused_pack_opening_writes_no_audit_entry(client, case, finance_staff):
    sign_in_as(client, finance_staff)
    response = client.get(reverse("disputes:chargeback_json", args=[case.pk]))
    assert response.status_code == 403
    assert not AuditEntry.objects.filter(action="chargeback_pack_opened").exists()


def test_the_chargebacks_link_on_the_staff_home_counts_those_awaiting_evidence(
    case, trust_safety_staff
):
    ChargebackCase.objects.filter(pk=case.pk).update(state="open")
    link = next(x for x in staff_links_for(trust_safety_staff) if x.title == "Chargebacks")
    assert link.waiting is not None
    assert link.waiting(trust_safety_staff) == 1


def test_the_chargeback_list_says_how_many_chargebacks_it_holds(client, case, finance_staff):
    sign_in_as(client, finance_staff)
    page = client.get(reverse("disputes:chargebacks")).content.decode()
    assert "1 chargeback, open ones first by the date to respond by, then newest first." in page


def test_the_chargeback_list_count_names_the_state_it_shows(client, case, finance_staff):
    sign_in_as(client, finance_staff)
    page = client.get(reverse("disputes:chargebacks"), {"state": "won"}).content.decode()
    assert "0 chargebacks under “Won: the bank returned the money”" in page


def test_the_dispute_queue_says_how_many_disputes_are_open(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    in_mediation(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, trust_safety_staff)
    page = client.get(reverse("disputes:queue")).content.decode()
    assert "1 dispute open: the nearest deadline first" in page


def test_the_dispute_queue_count_says_when_a_filter_narrows_it(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    in_mediation(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, trust_safety_staff)
    page = client.get(reverse("disputes:queue"), {"mine": "on"}).content.decode()
    assert "0 disputes matching the filter" in page
