"""The client's billing page: payments, refunds and payment methods, only their own."""

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow
from tests.contracts.factories import card, funded_milestone

pytestmark = pytest.mark.django_db


def test_billing_lists_each_payment_with_its_fee_and_total(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(buyer)
    page = client.get(reverse("contracts:billing")).content.decode()
    assert page.count('data-testid="payment-row"') == 1
    for figure in ("$500.00", "$17.00", "$517.00"):
        assert figure in page
    assert "Paid" in page


def test_billing_lists_refunds(client, freelancer, monkeypatch, frozen_clock):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=None)
    client.force_login(buyer)
    page = client.get(reverse("contracts:billing")).content.decode()
    assert 'data-testid="refund-row"' in page


def test_billing_shows_nobody_elses_payments(
    client, freelancer, stranger_client, monkeypatch, frozen_clock
):
    funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(stranger_client)
    page = client.get(reverse("contracts:billing")).content.decode()
    assert 'data-testid="payment-row"' not in page


def test_a_client_removes_a_payment_method_from_billing(
    client, freelancer, monkeypatch, frozen_clock
):
    _, buyer, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    extra = card(buyer, number="5555555555554444")
    client.force_login(buyer)
    client.post(reverse("contracts:billing_method_remove", args=[extra.pk]))
    extra.refresh_from_db()
    assert extra.removed_at is not None
