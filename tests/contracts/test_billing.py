"""The client's billing page: payments, refunds and payment methods, only their own."""

import re

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow
from directcontracts.core.errors import DomainError
from directcontracts.payments.models import PaymentMethod
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
    client.post(reverse("contracts:billing_method_remove", args=[extra.pk]), {"confirm": "remove"})
    extra.refresh_from_db()
    assert extra.removed_at is not None


def test_a_client_adds_a_card_on_the_billing_page(client, freelancer, monkeypatch):
    from tests.contracts.factories import active_contract

    _, buyer = active_contract(freelancer, monkeypatch)
    client.force_login(buyer)
    response = client.post(
        reverse("contracts:billing"),
        {"kind": "card", "number": "4242 4242 4242 4242", "holder_name": "Nora"},
    )
    assert response.status_code == 302
    assert PaymentMethod.objects.filter(owner=buyer, removed_at__isnull=True, last4="4242").exists()


def test_a_card_added_on_billing_is_checked_against_each_active_contract(
    client, freelancer, monkeypatch
):
    from directcontracts.contracts import paying
    from tests.contracts.factories import active_contract

    _, buyer = active_contract(freelancer, monkeypatch)
    checked = []
    monkeypatch.setattr(
        paying, "check_client_signals", lambda **kwargs: checked.append(kwargs["checkpoint"])
    )
    client.force_login(buyer)
    client.post(
        reverse("contracts:billing"),
        {"kind": "card", "number": "4242424242424242", "holder_name": "Nora"},
    )
    assert checked == ["payment_method_added"]


def test_a_card_refused_by_the_identity_check_is_not_kept(client, freelancer, monkeypatch):
    from directcontracts.contracts import paying
    from directcontracts.core.errors import PermissionDenied
    from tests.contracts.factories import active_contract

    _, buyer = active_contract(freelancer, monkeypatch)

    def refuse(**kwargs):
        raise PermissionDenied("Refused.", code="client_has_marketplace_account")

    monkeypatch.setattr(paying, "check_client_signals", refuse)
    client.force_login(buyer)
    response = client.post(
        reverse("contracts:billing"),
        {"kind": "card", "number": "4242424242424242", "holder_name": "Nora"},
    )
    assert response.status_code == 403
    assert not PaymentMethod.objects.filter(owner=buyer, removed_at__isnull=True).exists()


def test_a_client_without_an_active_contract_cannot_add_a_card(client, stranger_client):
    client.force_login(stranger_client)
    response = client.post(
        reverse("contracts:billing"),
        {"kind": "card", "number": "4242424242424242", "holder_name": "Nora"},
    )
    assert response.status_code == 403
    assert b"once you have accepted a contract" in response.content


def test_billing_shows_payments_a_page_at_a_time_with_a_link_to_older_ones(
    client, freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts import billing

    monkeypatch.setattr(billing, "PAGE_SIZE", 1)
    contract, buyer, first = funded_milestone(freelancer, monkeypatch, frozen_clock)
    second = contract.milestones.order_by("position").last()
    escrow.fund_milestone(milestone=second, by=buyer, method=card(buyer))
    client.force_login(buyer)
    newest = client.get(reverse("contracts:billing")).content.decode()
    assert newest.count('data-testid="payment-row"') == 1
    assert second.title in newest
    older_url = re.search(r'href="([^"]+)" data-testid="older-payments"', newest).group(1)
    older = client.get(older_url.replace("&amp;", "&")).content.decode()
    assert first.title in older.split("<tbody>")[1].split("</tbody>")[0]
    assert 'data-testid="older-payments"' not in older


def test_a_malformed_billing_cursor_shows_the_newest_payments(
    client, freelancer, monkeypatch, frozen_clock
):
    _, buyer, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(buyer)
    response = client.get(reverse("contracts:billing"), {"before": "-3x"})
    assert response.status_code == 200
    assert 'data-testid="payment-row"' in response.content.decode()


def _declined_payment(freelancer, monkeypatch):
    from tests.contracts.factories import active_contract

    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    with pytest.raises(DomainError):
        escrow.fund_milestone(
            milestone=milestone, by=buyer, method=card(buyer, number="4000000000000002")
        )
    return buyer


def test_a_declined_payment_is_listed_as_taking_nothing_and_without_a_receipt(
    client, freelancer, monkeypatch
):
    buyer = _declined_payment(freelancer, monkeypatch)
    client.force_login(buyer)
    page = client.get(reverse("contracts:billing")).content.decode()
    row = page[page.index('data-testid="payment-row"') :].split("</tr>", 1)[0]
    assert '<td data-label="Charged"><strong>Nothing</strong></td>' in row
    assert "Declined: nothing was taken" in row
    assert "receipt.pdf" not in row


def test_billing_marks_a_card_whose_last_payment_was_declined(client, freelancer, monkeypatch):
    buyer = _declined_payment(freelancer, monkeypatch)
    client.force_login(buyer)
    page = client.get(reverse("contracts:billing")).content.decode()
    assert 'data-testid="last-declined"' in page


def test_a_past_client_is_told_a_card_is_added_with_an_active_contract_not_after_accepting_one(
    client, freelancer, monkeypatch
):
    from directcontracts.contracts import changes
    from tests.contracts.factories import active_contract

    contract, buyer = active_contract(freelancer, monkeypatch)
    changes.end_contract(contract=contract, by=freelancer)
    client.force_login(buyer)
    page = client.get(reverse("contracts:billing")).content.decode()
    assert "once you have accepted a contract" not in page
    assert "None of your contracts is active, so there is nothing to pay" in page
