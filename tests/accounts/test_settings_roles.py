"""Settings fit the person: their own role's profile first, the other role an explicit choice.

A client-only account used to see "Freelancer profile" first, and saving it silently made
them a freelancer (and the other way round)."""

import pytest
from django.urls import reverse

from directcontracts.accounts import services
from directcontracts.accounts.models import AccountEvent, ClientProfile, FreelancerProfile
from directcontracts.core.errors import DomainError
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db

FREELANCER_PROFILE = {"display_name": "Carl", "country": "DE", "payout_currency": "USD"}
CLIENT_PROFILE = {"name": "Fiona", "company": "", "country": "DE"}


def _settings(client, user) -> str:
    client.force_login(user)
    return client.get(reverse("accounts:settings")).content.decode()


def test_a_client_sees_their_client_profile_before_the_offer_to_work_as_a_freelancer(
    client, client_user
):
    page = _settings(client, client_user)
    assert page.index("Client profile") < page.index("Also work as a freelancer")
    assert "Freelancer profile" not in page
    assert "Save freelancer profile" not in page


def test_a_freelancer_sees_their_freelancer_profile_before_the_offer_to_hire(client, freelancer):
    page = _settings(client, freelancer)
    assert page.index("Freelancer profile") < page.index("Also hire freelancers")
    assert "Save client profile" not in page


def test_someone_with_both_roles_sees_both_profiles_and_no_offer(client, freelancer):
    freelancer.is_client = True
    freelancer.save(update_fields=["is_client"])
    page = _settings(client, freelancer)
    assert page.index("Freelancer profile") < page.index("Client profile")
    assert "Also hire freelancers" not in page
    assert "Also work as a freelancer" not in page


def test_the_offer_says_what_working_as_a_freelancer_means(client, client_user):
    page = _settings(client, client_user)
    offer = page[page.index('data-testid="role-offer-freelancer"') :].split("</section>", 1)[0]
    assert "create Direct Contracts" in offer
    assert "Earnings" in offer
    assert 'name="role" value="freelancer"' in offer


def test_saving_a_freelancer_profile_does_not_make_a_client_a_freelancer(client, client_user):
    client.force_login(client_user)
    response = client.post(reverse("accounts:save_freelancer_profile"), FREELANCER_PROFILE)
    assert response.status_code == 409
    assert 'data-error-code="role_not_on"' in response.content.decode()
    client_user.refresh_from_db()
    assert not client_user.is_freelancer
    assert not FreelancerProfile.objects.filter(user=client_user).exists()


def test_saving_a_client_profile_does_not_make_a_freelancer_a_client(client, freelancer):
    client.force_login(freelancer)
    response = client.post(reverse("accounts:save_client_profile"), CLIENT_PROFILE)
    assert response.status_code == 409
    freelancer.refresh_from_db()
    assert not freelancer.is_client
    assert not ClientProfile.objects.filter(user=freelancer).exists()


def test_the_explicit_choice_turns_freelancer_work_on_and_says_so(client, client_user):
    client.force_login(client_user)
    response = client.post(reverse("accounts:turn_on_role"), {"role": "freelancer"}, follow=True)
    page = response.content.decode()
    assert "Freelancer work is on: you can now create Direct Contracts" in page
    assert page.index("Freelancer profile") < page.index("Client profile")
    assert "Also work as a freelancer" not in page
    client_user.refresh_from_db()
    assert client_user.is_freelancer
    assert client_user.is_client


def test_the_explicit_choice_turns_hiring_on_and_says_so(client, freelancer):
    client.force_login(freelancer)
    response = client.post(reverse("accounts:turn_on_role"), {"role": "client"}, follow=True)
    assert "Hiring is on" in response.content.decode()
    freelancer.refresh_from_db()
    assert freelancer.is_client


def test_once_turned_on_the_profile_saves(client, client_user):
    client.force_login(client_user)
    client.post(reverse("accounts:turn_on_role"), {"role": "freelancer"})
    response = client.post(reverse("accounts:save_freelancer_profile"), FREELANCER_PROFILE)
    assert response.status_code == 302
    assert FreelancerProfile.objects.get(user=client_user).country == "DE"


def test_turning_a_role_on_is_recorded_once(client_user):
    assert services.turn_on_role(user=client_user, role="freelancer") is True
    assert services.turn_on_role(user=client_user, role="freelancer") is False
    events = AccountEvent.objects.filter(user=client_user, kind="role_turned_on")
    assert [e.detail for e in events] == [{"role": "freelancer"}]


def test_a_second_press_says_the_role_was_already_on(client, freelancer):
    client.force_login(freelancer)
    response = client.post(reverse("accounts:turn_on_role"), {"role": "freelancer"}, follow=True)
    assert "Freelancer work was already on" in response.content.decode()


def test_an_unknown_role_is_refused_on_the_page(client, client_user):
    client.force_login(client_user)
    response = client.post(reverse("accounts:turn_on_role"), {"role": "admin"})
    assert response.status_code == 400
    assert 'data-error-code="invalid_role"' in response.content.decode()


def test_the_service_turns_on_no_role_but_freelancer_and_client(client_user):
    with pytest.raises(DomainError) as refused:
        services.turn_on_role(user=client_user, role="staff")
    assert refused.value.code == "invalid_role"


def test_turning_a_role_on_needs_a_post(client, client_user):
    client.force_login(client_user)
    response = client.get(reverse("accounts:turn_on_role"), {"role": "freelancer"})
    assert response.status_code == 405
    client_user.refresh_from_db()
    assert not client_user.is_freelancer


def test_a_newly_turned_on_freelancer_profile_suggests_the_client_profiles_country(
    client, client_user
):
    country = client_user.client_profile.country
    client.force_login(client_user)
    client.post(reverse("accounts:turn_on_role"), {"role": "freelancer"})
    page = client.get(reverse("accounts:settings")).content.decode()
    fp = page[page.index('id="freelancer-profile"') :].split("</section>", 1)[0]
    assert f'<option value="{country}" selected>' in fp


def test_a_staff_member_without_a_role_is_offered_neither_role(client, support_staff):
    staff_session(client, support_staff)
    page = client.get(reverse("accounts:settings")).content.decode()
    assert "role-offer-" not in page
    assert 'action="/settings/roles/"' not in page
    assert 'data-testid="staff-no-roles"' in page


@pytest.mark.parametrize("role", ["freelancer", "client"])
def test_a_staff_member_is_refused_a_role_with_a_clear_code(client, support_staff, role):
    staff_session(client, support_staff)
    response = client.post(reverse("accounts:turn_on_role"), {"role": role})
    assert response.status_code == 403
    assert 'data-error-code="staff_cannot_take_role"' in response.content.decode()
    support_staff.refresh_from_db()
    assert not support_staff.is_freelancer
    assert not support_staff.is_client


def test_the_service_refuses_a_role_to_staff_and_records_nothing(support_staff):
    with pytest.raises(DomainError) as refused:
        services.turn_on_role(user=support_staff, role="client")
    assert (refused.value.code, refused.value.status) == ("staff_cannot_take_role", 403)
    assert not AccountEvent.objects.filter(
        user=support_staff, kind=AccountEvent.Kind.ROLE_TURNED_ON
    ).exists()
