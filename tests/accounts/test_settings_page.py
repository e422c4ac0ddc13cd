"""The settings page: every id once, so each label points at its own field."""

import collections
import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_settings_page_has_no_duplicate_ids(client, freelancer):
    freelancer.is_client = True
    freelancer.save(update_fields=["is_client"])
    client.force_login(freelancer)
    page = client.get(reverse("accounts:settings")).content.decode()
    ids = collections.Counter(re.findall(r'\bid="([^"]+)"', page))
    assert [name for name, count in ids.items() if count > 1] == []


def test_each_country_label_points_at_its_own_select(client, freelancer):
    freelancer.is_client = True
    freelancer.save(update_fields=["is_client"])
    client.force_login(freelancer)
    page = client.get(reverse("accounts:settings")).content.decode()
    assert 'for="freelancer-country"' in page
    assert 'for="client-country"' in page


def test_a_wrong_current_password_is_shown_at_its_field(client, freelancer):
    client.force_login(freelancer)
    response = client.post(
        reverse("accounts:change_password"),
        {"current_password": "not-my-password", "new_password": "another-long-passphrase-9"},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert 'aria-describedby="id_current_password_error"' in page
    assert "Your current password is not correct." in page


def test_a_refused_password_change_is_summed_up_at_the_top_with_a_link_to_its_field(
    client, freelancer
):
    client.force_login(freelancer)
    response = client.post(
        reverse("accounts:change_password"),
        {"current_password": "not-my-password", "new_password": "another-long-passphrase-9"},
    )
    page = response.content.decode()
    summary = page.index('id="error-summary"')
    assert summary < page.index("Freelancer profile")
    assert (
        '<a href="#id_current_password">Current password: Your current password is not correct.</a>'
        in page
    )


def test_a_new_freelancer_finds_the_display_name_prefilled_from_sign_up(client):
    from directcontracts.accounts.models import FreelancerProfile
    from tests.accounts.factories import UserFactory

    person = UserFactory(full_name="Nina New", is_freelancer=True)
    client.force_login(person)
    page = client.get(reverse("accounts:settings")).content.decode()
    assert re.search(r'<input[^>]*name="display_name"[^>]*value="Nina New"', page)
    assert not FreelancerProfile.objects.filter(user=person).exists()
