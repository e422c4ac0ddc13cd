"""The sign-in backend that sessions name: the user and the profile every page shows, at once."""

from __future__ import annotations

import pytest

from directcontracts.accounts.backends import AccountBackend

pytestmark = pytest.mark.django_db


def test_a_freelancers_name_on_every_page_costs_no_query_of_its_own(
    freelancer, django_assert_num_queries
):
    with django_assert_num_queries(1):
        user = AccountBackend().get_user(freelancer.pk)
        assert user is not None
        assert user.display_name


def test_a_client_without_a_profile_is_named_without_a_query_too(
    client_user, django_assert_num_queries
):
    with django_assert_num_queries(1):
        user = AccountBackend().get_user(client_user.pk)
        assert user is not None
        assert user.display_name


def test_a_deactivated_account_has_no_session_user(freelancer):
    freelancer.is_active = False
    freelancer.save(update_fields=["is_active"])
    assert AccountBackend().get_user(freelancer.pk) is None


@pytest.mark.parametrize("user_id", [987654, "not-a-number"])
def test_an_unknown_or_malformed_id_has_no_session_user(user_id):
    assert AccountBackend().get_user(user_id) is None


def test_signing_in_records_this_backend_in_the_session(client, freelancer):
    client.force_login(freelancer)
    assert (
        client.session["_auth_user_backend"] == "directcontracts.accounts.backends.AccountBackend"
    )
