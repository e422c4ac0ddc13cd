"""The client's contract page says where a refund the processor refused really is: the books
say it went back, the card has not seen it; then that finance are retrying it, then that it is
on its way. Only the client reads it (their payment method)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.payments import refused_refunds
from tests.payments.factories import refused_refund, take_refunds

pytestmark = pytest.mark.django_db


@pytest.fixture
def refused(freelancer, monkeypatch, frozen_clock):
    return refused_refund(freelancer, monkeypatch, frozen_clock)


def _page(client, user, contract):
    client.force_login(user)
    return client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()


def test_the_client_reads_that_the_processor_refused_the_refund(client, refused):
    contract, buyer, _, _ = refused
    page = _page(client, buyer, contract)
    assert 'data-status="refused"' in page
    assert "The refund of $200.00 on “Design” was refused by the payment processor" in page
    assert "Our finance team has been told and will send it again" in page


def test_the_client_reads_that_finance_is_retrying_it(client, refused, finance_staff, monkeypatch):
    from directcontracts.payments.sandbox import SandboxGateway

    contract, buyer, _, request = refused

    def unreachable(self, **kwargs):
        raise ConnectionError("processor out of reach")

    monkeypatch.setattr(SandboxGateway, "refund", unreachable)
    refused_refunds.retry_refused_refund(request_id=request.pk, by=finance_staff, reason="Again.")
    page = _page(client, buyer, contract)
    assert 'data-status="retrying"' in page
    assert "Our finance team is retrying it" in page


def test_the_client_reads_that_a_retried_refund_is_on_its_way(
    client, refused, finance_staff, monkeypatch
):
    contract, buyer, _, request = refused
    take_refunds(monkeypatch)
    refused_refunds.retry_refused_refund(request_id=request.pk, by=finance_staff, reason="Again.")
    page = _page(client, buyer, contract)
    assert 'data-status="retried_and_taken"' in page
    assert "it is on its way to your payment method" in page


def test_the_freelancer_does_not_read_the_clients_refund_trouble(client, refused, freelancer):
    contract, *_ = refused
    assert 'data-testid="refund-problem"' not in _page(client, freelancer, contract)


def test_a_refund_the_processor_took_shows_no_trouble(
    client, freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts import escrow
    from tests.contracts.factories import funded_milestone

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=20_000)
    assert 'data-testid="refund-problem"' not in _page(client, buyer, contract)
