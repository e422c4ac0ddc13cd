"""The finance console's refused refunds: finance read them and retry one with a reason;
everyone else gets 404, and the retry is sent once however often the form is posted."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.payments.models import GatewayRequest, GatewayRequestState, Payment
from tests.accounts.helpers import sign_in_as
from tests.payments.factories import refused_refund, take_refunds

pytestmark = pytest.mark.django_db

# The retry as the confirmation page posts it (the first post only asks again).
CONFIRMED = {"reason": "Issuer outage over.", "confirmed": "on"}


@pytest.fixture
def refused(freelancer, monkeypatch, frozen_clock):
    *_, request = refused_refund(freelancer, monkeypatch, frozen_clock)
    return request


def _list():
    return reverse("payments:refused_refunds")


def _detail(request):
    return reverse("payments:refused_refund", args=[request.pk])


def _retry_url(request):
    return reverse("payments:retry_refund", args=[request.pk])


def test_finance_see_the_refused_refund_listed(client, refused, finance_staff):
    sign_in_as(client, finance_staff)
    page = client.get(_list()).content.decode()
    assert f"#{refused.pk}" in page
    assert "$200.00" in page
    assert "1 refund waiting for finance." in page


def test_the_refused_refunds_page_offers_both_actions_with_their_words(
    client, refused, finance_staff
):
    sign_in_as(client, finance_staff)
    page = client.get(_detail(refused)).content.decode()
    assert "Retry the refund" in page
    assert 'data-testid="retry-form"' in page
    assert "Why there is no “Mark as settled outside the platform”" in page
    assert "refund_refused" in page


@pytest.mark.parametrize(
    "persona",
    ["support_staff", "trust_safety_staff", "freelancer", "client_user", "stranger_client"],
)
def test_anyone_outside_finance_gets_404_on_every_page(client, refused, persona, request):
    sign_in_as(client, request.getfixturevalue(persona))
    assert client.get(_list()).status_code == 404
    assert client.get(_detail(refused)).status_code == 404
    response = client.post(_retry_url(refused), {"reason": "Let me in."})
    assert response.status_code == 404
    assert not GatewayRequest.objects.filter(retry_of=refused).exists()


def test_a_visitor_is_sent_to_sign_in(client, refused):
    response = client.get(_list())
    assert response.status_code == 302
    assert "login" in response["Location"] or "sign-in" in response["Location"]


def test_retrying_from_the_console_sends_it_and_shows_the_answer(
    client, refused, finance_staff, monkeypatch
):
    take_refunds(monkeypatch)
    sign_in_as(client, finance_staff)
    response = client.post(_retry_url(refused), CONFIRMED, follow=True)
    retry = GatewayRequest.objects.get(retry_of=refused)
    assert retry.state == GatewayRequestState.SUCCEEDED
    page = response.content.decode()
    assert f"Sent again as request {retry.pk}: the processor took it." in page
    assert "Retried; the processor took it" in page


def test_posting_the_retry_form_twice_sends_one_retry(client, refused, finance_staff, monkeypatch):
    taken = take_refunds(monkeypatch)
    sign_in_as(client, finance_staff)
    client.post(_retry_url(refused), CONFIRMED)
    response = client.post(_retry_url(refused), CONFIRMED, follow=True)
    assert len(taken) == 1
    assert GatewayRequest.objects.filter(retry_of=refused).count() == 1
    assert "already retried" in response.content.decode()


def test_a_retry_without_a_reason_is_refused_with_400_and_sends_nothing(
    client, refused, finance_staff
):
    sign_in_as(client, finance_staff)
    response = client.post(_retry_url(refused), {"reason": ""})
    assert response.status_code == 400
    assert "the reason is audited" in response.content.decode()
    assert not GatewayRequest.objects.filter(retry_of=refused).exists()


def test_retrying_asks_again_on_a_page_of_its_own_and_sends_nothing_yet(
    client, refused, finance_staff, monkeypatch
):
    taken = take_refunds(monkeypatch)
    sign_in_as(client, finance_staff)
    response = client.post(_retry_url(refused), {"reason": "Issuer outage over."})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Send the refund of $200.00 again?" in page
    assert "This cannot be undone" in page
    assert '<dd data-testid="confirm-reason">Issuer outage over.</dd>' in page
    assert '<input type="hidden" name="confirmed" value="on">' in page
    assert taken == []
    assert not GatewayRequest.objects.filter(retry_of=refused).exists()


def _payer_words(refused) -> str:
    payer = Payment.objects.get(pk=int(refused.subject.split(":")[1])).payer
    return f"from {payer.full_name} ({payer.email})"


def test_the_confirmation_names_whose_card_gets_the_money(client, refused, finance_staff):
    sign_in_as(client, finance_staff)
    page = client.post(_retry_url(refused), {"reason": "Issuer outage over."}).content.decode()
    assert _payer_words(refused) in page


def test_the_list_says_whose_payment_each_refund_gives_back(client, refused, finance_staff):
    sign_in_as(client, finance_staff)
    page = client.get(_list()).content.decode()
    assert f"Payment #{refused.subject.split(':')[1]} {_payer_words(refused)}" in page


def test_the_refund_page_heading_says_the_retry_was_taken_once_it_was(
    client, refused, finance_staff, monkeypatch
):
    take_refunds(monkeypatch)
    sign_in_as(client, finance_staff)
    page = client.post(_retry_url(refused), CONFIRMED, follow=True).content.decode()
    assert "Refund of $200.00 refused, then taken by the processor on a retry</h1>" in page
    assert "Refund of $200.00 refused by the processor</h1>" not in page
