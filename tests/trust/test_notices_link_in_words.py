"""What a warned person, or a party to a frozen contract, reads on the notices page: links
with words, never a bare address."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.accounts.models import User
from directcontracts.trust import enforcement

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(settings):
    settings.BASE_URL = "https://dc.example"


def _notices_page(client, person) -> str:
    client.force_login(person)
    return client.get(reverse("notifications:list")).content.decode()


def test_a_warned_person_reads_the_warnings_links_in_words(
    client, funded, trust_safety_staff, site
):
    contract, _, _, case = funded
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    page = _notices_page(client, User.objects.get(pk=case.subject_user_id))
    assert f'<a href="/trust/appeals/{case.reference}/">Read the warning and appeal it</a>' in page
    assert f'<a href="/contracts/{contract.pk}/">Open it on the contract page</a>' in page
    assert "https://dc.example" not in page
