"""The chargeback list names each case in its link ("Chargeback #1"), not a bare "#1"
that says nothing when a screen reader lists the page's links."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.accounts.helpers import sign_in_as
from tests.disputes.factories import charged_back_after_release

pytestmark = pytest.mark.django_db


def test_the_chargeback_list_links_each_case_by_its_name(
    client, freelancer, monkeypatch, frozen_clock, finance_staff
):
    _, _, _, case = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, finance_staff)
    page = client.get(reverse("disputes:chargebacks")).content.decode()
    link = reverse("disputes:chargeback", args=[case.pk])
    assert f'<a href="{link}">Chargeback #{case.pk}</a>' in page
