"""A dispute decision is taken on the escrow the deciding member saw: the check runs in the
service under the milestone's lock (December 2026: the web view checked it before the lock,
the API not at all), so escrow that moved since the member looked refuses the decision with
409 `escrow_changed`, and nothing moves."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.core.errors import Conflict
from directcontracts.disputes import services
from directcontracts.disputes.models import DisputeState
from tests.accounts.helpers import sign_in_as
from tests.disputes.factories import with_proposal

pytestmark = pytest.mark.django_db

DECISION = {"to_freelancer_minor": 30_000, "to_client_minor": 20_000, "reason": "Most was done."}


def _awaiting_decision(freelancer, monkeypatch, frozen_clock, mediator):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, mediator
    )
    services.answer_proposal(dispute=dispute, by=freelancer, accept=False)
    dispute.refresh_from_db()
    return milestone, dispute


def test_the_service_refuses_a_decision_on_escrow_the_member_did_not_see(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    milestone, dispute = _awaiting_decision(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    with pytest.raises(Conflict) as refused:
        services.decide(dispute=dispute, by=second_staff, escrow_seen_minor=60_000, **DECISION)
    assert refused.value.code == "escrow_changed"
    assert refused.value.status == 409
    assert refused.value.details["escrow_minor"] == 50_000
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.AWAITING_DECISION


def test_the_api_requires_the_escrow_the_member_saw(
    api, freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    milestone, dispute = _awaiting_decision(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    response = api(
        second_staff, "post", f"/disputes/{dispute.pk}/decision", DECISION, key="no-seen"
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_error"
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.AWAITING_DECISION


def test_the_api_refuses_a_decision_after_escrow_changed_with_409_escrow_changed(
    api, freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    milestone, dispute = _awaiting_decision(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    response = api(
        second_staff,
        "post",
        f"/disputes/{dispute.pk}/decision",
        {**DECISION, "escrow_seen_minor": 60_000},
        key="stale",
    )
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "escrow_changed"
    assert error["details"]["escrow_minor"] == 50_000
    assert "held $600.00 when you confirmed this decision and holds $500.00 now" in error["message"]
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.AWAITING_DECISION


def test_the_api_tells_staff_what_escrow_holds_to_decide_on(
    api, freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    milestone, dispute = _awaiting_decision(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    body = api(second_staff, "get", f"/disputes/{dispute.pk}").json()
    assert body["in_escrow_minor"] == 50_000


def test_a_web_confirmation_without_the_escrow_it_showed_asks_again_and_moves_nothing(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    milestone, dispute = _awaiting_decision(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    sign_in_as(client, second_staff)
    response = client.post(
        reverse("disputes:decide", args=[dispute.pk]),
        {"to_freelancer": "300", "to_client": "200", "reason": "Most was done.", "confirmed": "on"},
    )
    assert response.status_code == 200
    assert "Confirm and execute" in response.content.decode()
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.AWAITING_DECISION
