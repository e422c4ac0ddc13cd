"""A circumvention check is a record in the back office: Trust & Safety read it there and
decide its review in their queue (audited), never by saving the row."""

from __future__ import annotations

import pytest

from directcontracts.circumvention.models import CircumventionCheck
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db


def test_trust_and_safety_read_a_check_in_the_back_office_but_cannot_save_it(
    client, trust_safety_staff
):
    check = CircumventionCheck.objects.create(
        subject="client:1", checkpoint="invite", decision="review", score=0.7
    )
    staff_session(client, trust_safety_staff)
    url = f"/admin/circumvention/circumventioncheck/{check.pk}/change/"
    assert client.get(url).status_code == 200
    assert client.post(url, {}).status_code == 403
