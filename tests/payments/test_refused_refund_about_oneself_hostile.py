"""A finance member who also works as a freelancer or client (staff may) neither reads nor
retries a refused refund of their own contract: the money is theirs (core/own_matter.py,
`403 staff_is_a_party`, as for disputes and chargebacks). Another finance member does."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from directcontracts.core.errors import DomainError
from directcontracts.payments import refused_refunds
from directcontracts.payments.models import GatewayRequest
from tests.accounts.factories import FreelancerProfileFactory, StaffFactory
from tests.accounts.helpers import sign_in_as
from tests.payments.factories import refused_refund

pytestmark = pytest.mark.django_db

CONFIRMED = {"reason": "Issuer outage over.", "confirmed": "on"}


@pytest.fixture
def finance_freelancer(db):
    member = StaffFactory(email="fin.freelance@example.com", groups=["finance"], is_freelancer=True)
    FreelancerProfileFactory(user=member)
    return member


@pytest.fixture
def own_refund(finance_freelancer, monkeypatch, frozen_clock) -> GatewayRequest:
    *_, request = refused_refund(finance_freelancer, monkeypatch, frozen_clock)
    return request


def test_a_finance_member_cannot_open_the_refused_refund_of_their_own_contract(
    client, finance_freelancer, own_refund
):
    sign_in_as(client, finance_freelancer)
    page = client.get(reverse("payments:refused_refund", args=[own_refund.pk]))
    text = page.content.decode()
    assert page.status_code == 403
    assert 'data-error-code="staff_is_a_party"' in text
    assert "another finance member must handle it" in text
    assert "$200.00" not in text


def test_a_finance_member_cannot_retry_the_refused_refund_of_their_own_contract(
    client, finance_freelancer, own_refund
):
    sign_in_as(client, finance_freelancer)
    answer = client.post(reverse("payments:retry_refund", args=[own_refund.pk]), CONFIRMED)
    assert answer.status_code == 403
    assert not GatewayRequest.objects.filter(retry_of__isnull=False).exists()


def test_a_finance_member_who_paid_cannot_retry_the_refund_to_their_own_card(
    freelancer, monkeypatch, frozen_clock
):
    _, payer, _, request = refused_refund(freelancer, monkeypatch, frozen_clock)
    payer.is_staff = True
    payer.save()
    payer.groups.add(Group.objects.get_or_create(name="finance")[0])
    with pytest.raises(DomainError) as refused:
        refused_refunds.retry_refused_refund(request_id=request.pk, by=payer, reason="Mine.")
    assert (refused.value.status, refused.value.code) == (403, "staff_is_a_party")
    assert not GatewayRequest.objects.filter(retry_of__isnull=False).exists()


def test_another_finance_member_opens_it(client, finance_staff, own_refund):
    sign_in_as(client, finance_staff)
    page = client.get(reverse("payments:refused_refund", args=[own_refund.pk]))
    assert page.status_code == 200


def _listed(client, member) -> tuple[int, int]:
    sign_in_as(client, member)
    page = client.get(reverse("payments:refused_refunds"))
    assert page.status_code == 200
    return page.context["page"].paginator.count, page.context["open"]


def test_the_list_leaves_out_the_refused_refund_of_their_own_contract(
    client, finance_freelancer, own_refund
):
    assert _listed(client, finance_freelancer) == (0, 0)


def test_another_finance_member_lists_it(client, finance_staff, own_refund):
    assert _listed(client, finance_staff) == (1, 1)
