"""The staff home's Finance alerts and Refused refunds counts count what their lists show:
an alert about the member's own payment, or a refused refund of their own contract, is left
out of both (core/own_matter.py); another finance member counts it."""

from __future__ import annotations

import pytest

from directcontracts.core.staff_home import staff_links_for
from directcontracts.ledger.alerts import raise_alert
from directcontracts.ledger.models import FinanceAlertKind
from directcontracts.payments.gateway_models import Payment
from tests.accounts.factories import FreelancerProfileFactory, StaffFactory
from tests.contracts.factories import funded_milestone
from tests.payments.factories import refused_refund

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(db):
    person = StaffFactory(email="flo.finance@example.com", groups=["finance"], is_freelancer=True)
    FreelancerProfileFactory(user=person)
    return person


def _waiting(member, title: str) -> int:
    return next(link for link in staff_links_for(member) if link.title == title).waiting(member)


def test_the_alerts_count_leaves_out_an_alert_about_the_members_own_payment(
    member, monkeypatch, frozen_clock, finance_staff
):
    _, client, _ = funded_milestone(member, monkeypatch, frozen_clock)
    payment = Payment.objects.get(payer=client)
    raise_alert(
        kind=FinanceAlertKind.UNAPPLIED_SETTLEMENT,
        key=f"payment:{payment.pk}",
        detail={"payment": payment.pk, "reference": payment.reference, "why": "Settled late."},
    )

    assert _waiting(member, "Finance alerts") == 0
    assert _waiting(finance_staff, "Finance alerts") == 1


def test_the_refused_refunds_count_leaves_out_one_of_the_members_own_contract(
    member, monkeypatch, frozen_clock, finance_staff
):
    refused_refund(member, monkeypatch, frozen_clock)

    assert _waiting(member, "Refused refunds") == 0
    assert _waiting(finance_staff, "Refused refunds") == 1
