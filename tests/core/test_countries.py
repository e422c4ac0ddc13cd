"""Country is chosen from real countries, and checked on the server on every path."""

import pytest
from django.urls import reverse

from directcontracts.accounts.models import User
from directcontracts.core.countries import country_choices, is_country
from tests.contracts.factories import sent_invitation

pytestmark = pytest.mark.django_db


def test_the_list_holds_real_countries_and_no_regions():
    names = dict(country_choices())
    assert names["DE"] == "Germany"
    assert names["GE"] == "Georgia"
    assert not {"EU", "UN", "ZZ", "XA"} & set(names)
    assert len(names) > 240


@pytest.mark.parametrize("typed", ["Germany", "ZZ", "EU", "", "D"])
def test_a_profile_with_something_that_is_not_a_country_is_refused(client, freelancer, typed):
    client.force_login(freelancer)
    response = client.post(
        reverse("accounts:save_freelancer_profile"),
        {"display_name": "Fiona", "country": typed, "payout_currency": "USD"},
    )
    assert response.status_code == 400
    assert not is_country(typed.upper()) or typed == ""


def test_a_profile_saves_the_chosen_country(client, freelancer):
    client.force_login(freelancer)
    client.post(
        reverse("accounts:save_freelancer_profile"),
        {"display_name": "Fiona", "country": "DE", "payout_currency": "USD"},
    )
    freelancer.refresh_from_db()
    assert freelancer.freelancer_profile.country == "DE"


def test_the_settings_page_offers_a_select_of_countries(client, freelancer):
    client.force_login(freelancer)
    page = client.get(reverse("accounts:settings")).content.decode()
    assert '<option value="DE">Germany</option>' in page


def test_accepting_through_the_api_with_an_unknown_country_is_a_400_and_creates_nobody(
    client, freelancer, monkeypatch
):
    from directcontracts.contracts import invitations

    _, _, token = sent_invitation(freelancer)
    monkeypatch.setattr(invitations.secrets, "randbelow", lambda n: 123456)
    client.post(f"/api/v1/invitations/{token}/code")
    access = client.post(
        f"/api/v1/invitations/{token}/verify", {"code": "123456"}, content_type="application/json"
    ).json()["access_token"]
    response = client.post(
        f"/api/v1/invitations/{token}/accept",
        {"name": "Nora", "country": "ZZ", "password": "a-long-client-passphrase-7"},
        content_type="application/json",
        headers={"X-Invitation-Access": access},
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_country"
    assert not User.objects.filter(email="new.client@example.org").exists()
