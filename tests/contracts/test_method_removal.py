"""Removing a saved card asks first: which card, what happens to the payments in progress
with it, and a Remove button; only its owner reaches the question."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from directcontracts.contracts import escrow
from directcontracts.contracts.models import MilestoneState
from tests.contracts.factories import active_contract, card, settle_gateway

pytestmark = pytest.mark.django_db


def _url(method) -> str:
    return reverse("contracts:billing_method_remove", args=[method.pk])


@pytest.fixture
def buyer_with_card(client, freelancer, monkeypatch):
    contract, buyer = active_contract(freelancer, monkeypatch)
    method = card(buyer)
    client.force_login(buyer)
    return contract, buyer, method


def test_the_billing_page_links_to_the_question_rather_than_removing_in_one_click(
    client, buyer_with_card
):
    _, _, method = buyer_with_card
    page = client.get(reverse("contracts:billing")).content.decode()
    assert f'href="{_url(method)}"' in page
    assert f'action="{_url(method)}"' not in page


def test_the_question_names_the_card_and_removes_nothing(client, buyer_with_card):
    _, _, method = buyer_with_card
    page = client.get(_url(method)).content.decode()
    assert f"Remove your {method.label}?" in page
    assert "csrfmiddlewaretoken" in page
    assert (
        f'<button type="submit" class="button button-danger">Remove {method.label}</button>' in page
    )
    method.refresh_from_db()
    assert method.removed_at is None


def test_a_post_without_the_questions_answer_asks_and_removes_nothing(client, buyer_with_card):
    _, _, method = buyer_with_card
    response = client.post(_url(method))
    assert response.status_code == 200
    assert f"Remove your {method.label}?" in response.content.decode()
    method.refresh_from_db()
    assert method.removed_at is None


def test_answering_remove_removes_the_card_and_says_so(client, buyer_with_card):
    _, _, method = buyer_with_card
    response = client.post(_url(method), {"confirm": "remove"}, follow=True)
    method.refresh_from_db()
    assert method.removed_at is not None
    assert f"{method.label[:1].upper()}{method.label[1:]} removed." in response.content.decode()


def test_the_answer_needs_the_csrf_token(buyer_with_card):
    _, buyer, method = buyer_with_card
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(buyer)
    assert browser.post(_url(method), {"confirm": "remove"}).status_code == 403
    method.refresh_from_db()
    assert method.removed_at is None


def test_another_persons_card_is_not_found_with_the_stable_code(
    client, buyer_with_card, stranger_client
):
    theirs = card(stranger_client)
    for response in (client.get(_url(theirs)), client.post(_url(theirs), {"confirm": "remove"})):
        assert response.status_code == 404
        assert 'data-error-code="payment_method_not_found"' in response.content.decode()
    theirs.refresh_from_db()
    assert theirs.removed_at is None


def test_the_question_names_a_payment_still_in_progress_with_the_card(client, buyer_with_card):
    contract, buyer, method = buyer_with_card
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=buyer, method=method)
    page = client.get(_url(method)).content.decode()
    assert 'data-testid="pending-payments"' in page
    assert f"for “{milestone.title}”" in page


def test_a_payment_in_progress_still_funds_the_milestone_after_its_card_is_removed(
    client, buyer_with_card, frozen_clock
):
    contract, buyer, method = buyer_with_card
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=buyer, method=method)
    client.post(_url(method), {"confirm": "remove"})
    settle_gateway(frozen_clock)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
