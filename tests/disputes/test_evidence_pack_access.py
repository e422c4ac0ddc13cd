"""A chargeback's evidence pack holds the parties' private messages and files: Trust &
Safety (who handle disputes and chargebacks) and superusers open it; finance read the case's
money but not the pack, on the pages and through the API."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import sign_in_as
from tests.disputes.factories import charged_back_after_release

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(freelancer, monkeypatch, frozen_clock):
    return charged_back_after_release(freelancer, monkeypatch, frozen_clock)[3]


def _download(client, user, name, case_id):
    sign_in_as(client, user)
    return client.get(reverse(f"disputes:chargeback_{name}", args=[case_id]))


@pytest.mark.parametrize("name", ["pdf", "json"])
def test_finance_cannot_download_a_chargebacks_evidence_pack(client, case, finance_staff, name):
    response = _download(client, finance_staff, name, case.pk)
    assert response.status_code == 403
    assert "only Trust &amp; Safety" in response.content.decode()


@pytest.mark.parametrize("name", ["pdf", "json"])
def test_finance_are_refused_the_same_way_for_a_case_that_does_not_exist(
    client, case, finance_staff, name
):
    assert _download(client, finance_staff, name, case.pk + 1000).status_code == 403


@pytest.mark.parametrize("name", ["pdf", "json"])
def test_trust_and_safety_download_the_evidence_pack(client, case, trust_safety_staff, name):
    assert _download(client, trust_safety_staff, name, case.pk).status_code == 200


def test_a_superuser_downloads_the_evidence_pack(client, case):
    boss = StaffFactory(email="root@example.com", is_superuser=True)
    assert _download(client, boss, "pdf", case.pk).status_code == 200


def test_the_case_page_tells_finance_why_the_pack_is_not_theirs_and_shows_none_of_it(
    client, case, finance_staff
):
    sign_in_as(client, finance_staff)
    page = client.get(reverse("disputes:chargeback", args=[case.pk])).content.decode()
    assert "Taken back by the bank" in page
    assert reverse("disputes:chargeback_pdf", args=[case.pk]) not in page
    assert reverse("disputes:chargeback_json", args=[case.pk]) not in page
    assert "Delivered files" not in page
    assert "only Trust &amp; Safety" in page


@pytest.mark.parametrize("name", ["pdf", "json"])
def test_finance_cannot_fetch_the_evidence_pack_through_the_api(api, case, finance_staff, name):
    response = api(finance_staff, "get", f"/staff/chargebacks/{case.pk}/evidence.{name}")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "evidence_pack_trust_safety_only"


def test_the_case_page_tells_finance_where_its_money_is_in_words_that_fit_that_page(
    client, case, finance_staff
):
    sign_in_as(client, finance_staff)
    page = client.get(reverse("disputes:chargeback", args=[case.pk])).content.decode()
    assert "The money the chargeback moved is under Money on the chargeback&#x27;s page." in page
    assert "is on its page" not in page
