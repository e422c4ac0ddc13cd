"""A dispute decision moves money, so Trust & Safety confirm it on a page that states what
moves before anything does; the confirmation's values are checked again when it executes."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.disputes import services
from directcontracts.disputes.models import Dispute, DisputeState
from tests.accounts.helpers import sign_in_as
from tests.disputes.factories import with_proposal

pytestmark = pytest.mark.django_db

REASON = "The contact form was never delivered."


def _awaiting_decision(freelancer, monkeypatch, frozen_clock, mediator):
    """$500 in escrow; the mediator proposed $300 / $200 and the freelancer rejected it."""
    contract, buyer, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, mediator
    )
    services.answer_proposal(dispute=dispute, by=freelancer, accept=False)
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.AWAITING_DECISION
    return milestone, dispute


def _decide(client, dispute, **extra):
    data = {"to_freelancer": "350", "to_client": "150", "reason": REASON, **extra}
    return client.post(reverse("disputes:decide", args=[dispute.pk]), data)


def _nothing_moved(milestone, dispute):
    milestone.refresh_from_db()
    dispute.refresh_from_db()
    return dispute.state == DisputeState.AWAITING_DECISION and milestone.escrow_minor == 50_000


def test_deciding_first_shows_what_moves_and_moves_nothing(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    milestone, dispute = _awaiting_decision(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    sign_in_as(client, second_staff)
    response = _decide(client, dispute)
    page = response.content.decode()
    assert response.status_code == 200
    assert "$350.00" in page
    assert "$150.00" in page
    assert REASON in page
    assert "Confirm and execute" in page
    assert 'name="escrow_seen" value="50000"' in page
    assert _nothing_moved(milestone, dispute)


def test_the_confirmation_executes_the_decision(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    milestone, dispute = _awaiting_decision(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    sign_in_as(client, second_staff)
    response = _decide(client, dispute, confirmed="on", escrow_seen="50000")
    assert response.status_code == 302
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.RESOLVED_SPLIT
    assert (dispute.to_freelancer_minor, dispute.to_client_minor) == (35_000, 15_000)


def test_a_forged_confirmation_for_another_amount_is_refused(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    milestone, dispute = _awaiting_decision(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    sign_in_as(client, second_staff)
    response = _decide(client, dispute, to_freelancer="500", confirmed="on", escrow_seen="50000")
    assert response.status_code == 400
    assert "must add up to what escrow holds" in response.content.decode()
    assert _nothing_moved(milestone, dispute)


def test_a_confirmation_after_escrow_changed_is_refused_and_says_so(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    milestone, dispute = _awaiting_decision(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    sign_in_as(client, second_staff)
    response = _decide(client, dispute, confirmed="on", escrow_seen="60000")
    page = response.content.decode()
    assert response.status_code == 409
    assert "Escrow held $600.00 when you confirmed this decision and holds $500.00 now" in page
    assert _nothing_moved(milestone, dispute)


def test_the_mediator_gets_no_confirmation_page(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    milestone, dispute = _awaiting_decision(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    sign_in_as(client, trust_safety_staff)
    response = _decide(client, dispute)
    assert response.status_code == 403
    assert "Confirm and execute" not in response.content.decode()
    assert _nothing_moved(milestone, dispute)


def test_shares_that_do_not_add_up_are_refused_at_the_field_before_the_confirmation(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    milestone, dispute = _awaiting_decision(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    sign_in_as(client, second_staff)
    response = _decide(client, dispute, to_client="100")
    page = response.content.decode()
    assert response.status_code == 400
    assert "must add up to what escrow holds" in page
    assert "Confirm and execute" not in page
    assert Dispute.objects.get(pk=dispute.pk).state == DisputeState.AWAITING_DECISION
