"""A new API token is shown once, where the person is looking, and kept nowhere else."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _create(client):
    return client.post(
        reverse("accounts:create_api_token"), {"name": "CI", "expires_in_days": "30"}
    )


def test_a_new_token_is_announced_at_the_top_with_a_link_down_to_it(client, freelancer):
    client.force_login(freelancer)
    page = _create(client).content.decode()
    notice = page[page.index('data-testid="new-token-notice"') :].split("</p>", 1)[0]
    assert "shown only once" in notice
    assert 'href="#new-token"' in notice
    assert 'id="new-token" tabindex="-1"' in page


def test_the_token_form_opens_its_answer_at_the_new_token(client, freelancer):
    client.force_login(freelancer)
    page = client.get(reverse("accounts:settings")).content.decode()
    assert f'action="{reverse("accounts:create_api_token")}#new-token"' in page


def test_the_page_showing_a_new_token_is_not_stored_by_any_cache(client, freelancer):
    client.force_login(freelancer)
    assert _create(client)["Cache-Control"] == "private, no-store"


def test_the_new_token_is_not_kept_in_the_session(client, freelancer):
    client.force_login(freelancer)
    page = _create(client).content.decode()
    secret = page.split('data-testid="new-token">', 1)[1].split("<", 1)[0]
    assert secret not in str(dict(client.session))
    assert secret not in client.get(reverse("accounts:settings")).content.decode()
