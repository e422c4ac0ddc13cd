"""Sending a flag redirects to its thank-you page (post/redirect/get): reloading that page
reads it again and sends no second flag; nobody else can open someone's thank-you page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.trust.models import Flag
from tests.accounts.helpers import staff_session
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db


@pytest.fixture
def contract(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    return contract


def _send_flag(client, contract):
    client.force_login(contract.client)
    url = reverse("trust:flag") + f"?kind=contract&id={contract.pk}"
    return client.post(url, {"reason": "scam_fraud", "details": "Asked me to pay by wire."})


def test_a_sent_flag_redirects_to_its_thank_you_page(client, contract):
    response = _send_flag(client, contract)
    made = Flag.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("trust:flag_received", args=[made.reference])


def test_reloading_the_thank_you_page_is_a_get_and_sends_no_second_flag(client, contract):
    thanks = _send_flag(client, contract)["Location"]
    first = client.get(thanks)
    again = client.get(thanks)
    assert first.status_code == again.status_code == 200
    reference = Flag.objects.get().reference
    assert f'flag <span class="nowrap">{reference}</span> received' in again.content.decode()
    assert "the contract “" in again.content.decode()
    assert Flag.objects.count() == 1


def test_someone_elses_thank_you_page_is_not_found(client, contract):
    thanks = _send_flag(client, contract)["Location"]
    client.force_login(contract.freelancer)
    assert client.get(thanks).status_code == 404


def test_a_case_action_that_worked_redirects_so_reloading_reads_the_case_again(
    client, funded, trust_safety_staff
):
    case = funded[3]
    staff = staff_session(client, trust_safety_staff)
    url = reverse("trust:case_action", args=[case.reference, "warn"])
    done = staff.post(url, {"reason": "Payments stay on the site."})
    assert done.status_code == 302
    assert done["Location"] == reverse("trust:case", args=[case.reference])
    staff.get(done["Location"])
    staff.get(done["Location"])
    assert case.audit.filter(action="warn").count() == 1


def test_a_refused_case_action_shows_its_error_with_the_words_typed(
    client, funded, trust_safety_staff
):
    case = funded[3]
    staff = staff_session(client, trust_safety_staff)
    url = reverse("trust:case_action", args=[case.reference, "warn"])
    refused = staff.post(url, {"reason": "  "})
    assert refused.status_code == 400
    assert 'role="alert"' in refused.content.decode()
    assert not case.audit.filter(action="warn").exists()
