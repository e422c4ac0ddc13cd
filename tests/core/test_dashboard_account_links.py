"""The dashboard's "Your account" card links only what applies to the person: a profile for
each role they have (payout currency for a freelancer), none for staff without a role."""

import pytest

from tests.accounts.factories import ClientFactory, FreelancerProfileFactory, StaffFactory
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db

GROUPS = ["trust_safety", "support", "finance"]
PAYOUT_LINK = "Profile and payout currency"


def _dashboard(client, person):
    staff_session(client, person)
    return client.get("/").content.decode()


@pytest.mark.parametrize("group", GROUPS)
def test_a_staff_member_without_a_profile_sees_no_profile_or_payout_link(client, group):
    member = StaffFactory(email=f"{group}@example.com", groups=[group])
    page = _dashboard(client, member)
    assert PAYOUT_LINK not in page
    assert "Client profile" not in page


@pytest.mark.parametrize("group", GROUPS)
def test_a_staff_member_still_sees_their_sign_in_and_email_settings(client, group):
    member = StaffFactory(email=f"{group}@example.com", groups=[group])
    page = _dashboard(client, member)
    assert "Password, sessions and two-factor sign-in" in page
    assert "Which emails you get" in page


def test_a_staff_member_who_is_also_a_freelancer_sees_their_profile_and_payout_link(client):
    member = StaffFactory(email="both@example.com", groups=["support"], is_freelancer=True)
    FreelancerProfileFactory(user=member)
    page = _dashboard(client, member)
    assert f'<a href="/settings/#freelancer-profile">{PAYOUT_LINK}</a>' in page


def test_a_client_sees_their_client_profile_not_a_payout_currency(client):
    page = _dashboard(client, ClientFactory(email="carla@example.com"))
    assert '<a href="/settings/#client-profile">Client profile</a>' in page
    assert PAYOUT_LINK not in page
