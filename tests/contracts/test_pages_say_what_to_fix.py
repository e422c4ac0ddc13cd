"""Refusals and empty states a person meets on the contract, delivery and earnings pages say
what to do next, in words that name the field or the account concerned."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.contracts.factories import funded_milestone

pytestmark = pytest.mark.django_db


def _submitted(freelancer, monkeypatch, frozen_clock):
    from directcontracts.contracts import escrow

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="Done", files=[])
    return contract, buyer, milestone


def test_asking_for_changes_with_an_empty_box_names_the_box_left_empty(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = _submitted(freelancer, monkeypatch, frozen_clock)
    client.force_login(buyer)
    response = client.post(
        reverse("contracts:request_changes", args=[contract.pk, milestone.pk]), {"message": ""}
    )
    assert response.status_code == 400
    assert "What should change? This field is required." in response.content.decode()


def test_a_payout_to_an_account_in_another_currency_says_which_account_to_add(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    from directcontracts.contracts import escrow

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    client.force_login(freelancer)
    client.post(
        reverse("contracts:payout_method_add"),
        {"account_number": "000123456789", "holder_name": "Fiona", "currency": "EUR"},
    )
    method = freelancer.payout_methods.get()
    response = client.post(
        reverse("contracts:payout_request"),
        {"payout_method": method.pk, "amount": "50", "attempt": "w1"},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "This bank account takes EUR, and you have nothing in EUR to withdraw" in page
    assert "add a bank account in USD" in page
    assert "€0.00" not in page


def test_the_withdraw_card_says_nothing_is_there_yet_when_a_bank_account_waits_for_earnings(
    client, freelancer
):
    client.force_login(freelancer)
    client.post(
        reverse("contracts:payout_method_add"),
        {"account_number": "000123456789", "holder_name": "Fiona", "currency": "USD"},
    )
    page = client.get(reverse("contracts:earnings")).content.decode()
    assert "Nothing to withdraw yet." in page


def test_the_delivery_form_says_how_large_a_file_may_be_before_the_upload(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    settings.DELIVERABLE_MAX_FILE_BYTES = 25 * 1024 * 1024
    contract, _buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:submit", args=[contract.pk, milestone.pk]))
    assert "of up to 25 MB each" in page.content.decode()


def test_a_file_too_large_is_refused_with_what_to_do_instead(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    settings.DELIVERABLE_MAX_FILE_BYTES = 2048
    contract, _buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(freelancer)
    response = client.post(
        reverse("contracts:submit", args=[contract.pk, milestone.pk]),
        {
            "message": "Here it is",
            "attachments": SimpleUploadedFile("big.txt", b"x" * 4096, "text/plain"),
        },
    )
    page = response.content.decode()
    assert response.status_code == 413
    assert "larger than 2 KB, the most one file can be" in page
    assert "split it into parts" in page


def test_a_new_contract_starts_in_the_freelancers_payout_currency(client, freelancer):
    freelancer.freelancer_profile.payout_currency = "EUR"
    freelancer.freelancer_profile.save()
    client.force_login(freelancer)
    page = client.get(reverse("contracts:create")).content.decode()
    assert '<option value="EUR" selected>' in page


def test_a_mistyped_card_number_is_refused_at_its_field_with_how_to_fix_it(
    client, freelancer, monkeypatch
):
    from tests.contracts.factories import active_contract

    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    client.force_login(buyer)
    response = client.post(
        reverse("contracts:fund", args=[contract.pk, milestone.pk]),
        {"kind": "card", "number": "4242 4242 4242 4241", "holder_name": "Carl"},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "That card number is not valid. Check the digits printed on the card" in page
    assert 'aria-invalid="true"' in page


def test_a_mistyped_payout_account_number_is_refused_at_its_field(client, freelancer):
    client.force_login(freelancer)
    response = client.post(
        reverse("contracts:payout_method_add"),
        {"account_number": "12-34", "holder_name": "Fiona", "currency": "USD"},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "That bank account number is not valid. Check it against a bank statement" in page
    assert 'aria-invalid="true"' in page


def test_a_broken_invitation_link_says_to_open_it_whole_from_the_email(client):
    response = client.get(reverse("contracts:invitation", args=["not-a-real-token"]))
    page = response.content.decode()
    assert response.status_code == 404
    assert "some email apps cut long links in two" in page
    assert "ask the freelancer to send the invitation again" in page
