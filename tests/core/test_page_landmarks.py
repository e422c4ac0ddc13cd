"""Pages whose landmarks a screen reader can tell apart (no two with one role and name)."""

import pytest
from django.urls import reverse

from tests.contracts.factories import draft_contract, funded_milestone
from tests.landmarks import duplicate_landmarks, landmarks

pytestmark = pytest.mark.django_db


def test_the_landmark_reader_names_a_section_by_its_heading():
    html = '<section aria-labelledby="t"><h2 id="t">Releases <span>(3)</span></h2></section>'
    assert landmarks(html) == [("region", "Releases (3)")]


def test_the_landmark_reader_finds_a_table_region_named_like_its_section():
    html = (
        '<section aria-labelledby="t"><h2 id="t">Payouts</h2>'
        '<div role="region" aria-label="Payouts"><table></table></div></section>'
    )
    assert duplicate_landmarks(html) == [("region", "Payouts")]


@pytest.fixture
def funded(freelancer, monkeypatch, frozen_clock):
    return funded_milestone(freelancer, monkeypatch, frozen_clock)


def test_a_draft_contract_page_has_no_two_landmarks_alike(client, freelancer):
    draft = draft_contract(freelancer, client_email="new@example.org")
    client.force_login(freelancer)
    page = client.get(reverse("contracts:detail", args=[draft.pk])).content.decode()
    assert duplicate_landmarks(page) == []


def test_an_active_contract_page_has_no_two_landmarks_alike(client, freelancer, funded):
    contract, buyer, _ = funded
    for viewer in (freelancer, buyer):
        client.force_login(viewer)
        page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
        assert duplicate_landmarks(page) == []


def test_the_earnings_page_has_no_two_landmarks_alike(client, freelancer, funded):
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    assert duplicate_landmarks(page) == []


def test_the_billing_page_has_no_two_landmarks_alike(client, funded):
    _, buyer, _ = funded
    client.force_login(buyer)
    page = client.get(reverse("contracts:billing")).content.decode()
    assert duplicate_landmarks(page) == []
