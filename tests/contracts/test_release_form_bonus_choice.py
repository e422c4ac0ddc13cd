"""The release form offers paying a difference only where it applies: a release above escrow
(a bonus) needs a payment method, so the ordinary approval keeps that choice folded away, and
a client without a method is told where to add one, not shown an empty "—" list."""

from __future__ import annotations

import pytest
from django.utils import timezone

from directcontracts.contracts import escrow
from directcontracts.contracts.deliverables import IncomingFile
from tests.contracts.factories import funded_milestone

pytestmark = pytest.mark.django_db


def _under_review(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(
        milestone=milestone, by=freelancer, message="v1", files=[IncomingFile("a.txt", b"hi")]
    )
    return contract, client, milestone


def _page(client, contract, user) -> str:
    client.force_login(user)
    return client.get(f"/contracts/{contract.pk}/").content.decode()


def test_an_ordinary_approval_keeps_the_bonus_payment_folded_away(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = _under_review(freelancer, monkeypatch, frozen_clock)
    page = _page(client, contract, buyer)
    assert "If you release more than escrow holds, pay the difference with" not in page
    assert '<option value="">—</option>' not in page
    assert (
        '<details class="release-more"><summary>Release more than escrow holds (a bonus)'
        "</summary>" in page
    )
    assert f'<label for="approve-method-{milestone.pk}">Pay the difference with</label>' in page


def test_a_client_without_a_payment_method_is_told_where_to_add_one(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = _under_review(freelancer, monkeypatch, frozen_clock)
    buyer.payment_methods.update(removed_at=timezone.now())
    page = _page(client, contract, buyer)
    assert f'id="approve-method-{milestone.pk}"' not in page
    assert "release-more" not in page
    assert (
        'To release more than escrow holds, <a href="/billing/">add a payment method</a> first.'
        in page
    )


def test_a_refused_bonus_opens_the_payment_choice_at_its_error(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = _under_review(freelancer, monkeypatch, frozen_clock)
    client.force_login(buyer)
    response = client.post(
        f"/contracts/{contract.pk}/milestones/{milestone.pk}/approve/", {"amount": "600"}
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert '<details class="release-more" open>' in page


def test_the_freelancer_sees_no_release_form(client, freelancer, monkeypatch, frozen_clock):
    contract, _, milestone = _under_review(freelancer, monkeypatch, frozen_clock)
    page = _page(client, contract, freelancer)
    assert "release-more" not in page
    assert f'id="approve-more-{milestone.pk}"' not in page
