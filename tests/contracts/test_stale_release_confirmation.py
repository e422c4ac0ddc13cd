"""A release confirmed on a page that has gone stale (red team, December 2026).

The confirmation page shows what a release will do: what leaves escrow and, above escrow,
the bonus charged to the client's card. If the freelancer refunds part of the escrow
between that page and the client's "Confirm", the same typed amount would charge a bigger
bonus than the page showed. The page now posts what escrow held (`escrow_seen`); a release
whose escrow changed since moves nothing (409 `escrow_changed`).
"""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow
from directcontracts.contracts.models import Milestone, MilestoneState
from directcontracts.core.errors import DomainError
from directcontracts.payments.models import Payment
from tests.contracts.factories import funded_milestone

pytestmark = pytest.mark.django_db


def _confirmation(web, contract, milestone, **data) -> dict[str, str]:
    """The first step's page, read back as the fields its Confirm button posts."""
    url = reverse("contracts:approve", args=[contract.pk, milestone.pk])
    page = web.post(url, data).content.decode()
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', page))


def _confirm(web, contract, milestone, fields):
    url = reverse("contracts:approve", args=[contract.pk, milestone.pk])
    return web.post(url, {k: v for k, v in fields.items() if k != "csrfmiddlewaretoken"})


def test_a_refund_after_the_confirmation_stops_a_release_that_would_charge_a_bigger_bonus(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    method = buyer.payment_methods.get()
    client.force_login(buyer)
    fields = _confirmation(client, contract, milestone, amount="600", payment_method=str(method.pk))
    # The page showed $500 from escrow and $100 charged; the freelancer now refunds $400,
    # so the same $600 would take $100 from escrow and charge $500.
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=40_000)
    payments_before = Payment.objects.count()
    response = _confirm(client, contract, milestone, fields)
    assert response.status_code == 409
    assert "Nothing was released or charged" in response.content.decode()
    milestone.refresh_from_db()
    assert (milestone.released_amount_minor, milestone.escrow_minor) == (0, 10_000)
    assert Payment.objects.count() == payments_before
    assert not Milestone.objects.filter(contract=contract, release_on_funding=True).exists()


def test_a_confirmation_whose_escrow_is_unchanged_releases_what_it_showed(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(buyer)
    fields = _confirmation(client, contract, milestone, amount="300")
    response = _confirm(client, contract, milestone, fields)
    assert response.status_code == 302
    milestone.refresh_from_db()
    assert (milestone.state, milestone.released_amount_minor) == (
        MilestoneState.PARTIALLY_RELEASED,
        30_000,
    )


def test_the_release_service_refuses_when_escrow_differs_from_what_was_seen(
    freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    with pytest.raises(DomainError) as refused:
        escrow.approve_milestone(milestone=milestone, by=buyer, escrow_seen=60_000)
    assert (refused.value.code, refused.value.status) == ("escrow_changed", 409)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
