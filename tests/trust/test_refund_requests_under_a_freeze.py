"""A client's refund request on a contract Trust & Safety froze: refused, the same way on the
web and in the API (409 `escrow_frozen`, one message naming Trust & Safety and the case, never
the staff member), and nothing is asked; a hold lets it through (refunds are not stopped by a
hold), and so does the lifted freeze. The API's milestone says the freeze itself (`frozen`)."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse
from django.utils.html import escape

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts import escrow
from directcontracts.contracts.models import RefundRequest
from directcontracts.core.errors import DomainError
from directcontracts.trust import enforcement

pytestmark = pytest.mark.django_db

TYPED = "Reporter's screenshots show a second invoice; checking before anything moves."


def _api(client, user, method, path, body=None, key="k-1"):
    _, secret = create_api_token(user=user, name="test")
    headers = {"Authorization": f"Bearer {secret}", "Idempotency-Key": key}
    call = getattr(client, method)
    if body is None:
        return call(path, headers=headers)
    return call(path, data=body, content_type="application/json", headers=headers)


def _requests_path(contract, milestone):
    return f"/api/v1/contracts/{contract.pk}/milestones/{milestone.pk}/refund-requests"


def _milestone_path(contract, milestone):
    return f"/api/v1/contracts/{contract.pk}/milestones/{milestone.pk}"


@pytest.fixture
def frozen(funded, trust_safety_staff):
    contract, buyer, milestone, case = funded
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason=TYPED)
    return contract, buyer, milestone, case


@pytest.fixture
def held(funded, trust_safety_staff):
    contract, buyer, milestone, case = funded
    enforcement.hold_whole_contract(case=case, by=trust_safety_staff, reason=TYPED)
    return contract, buyer, milestone, case


def _refusal(milestone, buyer) -> DomainError:
    with pytest.raises(DomainError) as refused:
        escrow.request_refund(milestone=milestone, by=buyer, reason="Not needed any more")
    return refused.value


# --- Refund requests under a freeze -----------------------------------------------------------


def test_a_refund_request_under_a_trust_and_safety_freeze_is_refused_with_escrow_frozen(frozen):
    contract, buyer, milestone, _ = frozen
    error = _refusal(milestone, buyer)
    assert (error.code, error.status) == ("escrow_frozen", 409)
    assert not RefundRequest.objects.exists()
    milestone.refresh_from_db()
    assert milestone.escrow_minor == 50_000


def test_the_refusal_names_trust_and_safety_and_the_case_but_not_the_staff_member(
    frozen, trust_safety_staff
):
    _, buyer, milestone, case = frozen
    message = _refusal(milestone, buyer).message
    assert message.startswith("You can't refund this money now.")
    assert f"frozen by Trust & Safety ({case.reference})" in message
    assert trust_safety_staff.email not in message
    assert trust_safety_staff.display_name not in message
    assert TYPED not in message


def test_the_web_refuses_a_refund_request_under_a_freeze_with_409_and_the_same_message(
    client, frozen
):
    contract, buyer, milestone, _ = frozen
    expected = _refusal(milestone, buyer).message
    client.force_login(buyer)
    response = client.post(
        reverse("contracts:refund_request", args=[contract.pk, milestone.pk]),
        {"reason": "Not needed any more"},
    )
    assert response.status_code == 409
    assert escape(expected.split(" since ")[0]) in response.content.decode()
    assert not RefundRequest.objects.exists()


def test_the_contract_page_offers_no_refund_request_under_a_freeze(client, frozen):
    contract, buyer, _, _ = frozen
    client.force_login(buyer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert "Ask for a refund" not in page


def test_the_api_refuses_a_refund_request_under_a_freeze_with_the_same_code_and_message(
    client, frozen
):
    contract, buyer, milestone, _ = frozen
    expected = _refusal(milestone, buyer).message
    response = _api(
        client, buyer, "post", _requests_path(contract, milestone), {"reason": "Not needed"}
    )
    assert response.status_code == 409
    error = response.json()["error"]
    assert (error["code"], error["message"]) == ("escrow_frozen", expected)
    assert not RefundRequest.objects.exists()


def test_a_refund_request_under_a_hold_goes_through_on_the_web(client, held):
    contract, buyer, milestone, _ = held
    client.force_login(buyer)
    response = client.post(
        reverse("contracts:refund_request", args=[contract.pk, milestone.pk]),
        {"reason": "Not needed any more"},
    )
    assert response.status_code == 302
    assert RefundRequest.objects.filter(milestone=milestone).count() == 1


def test_a_refund_request_under_a_hold_goes_through_in_the_api(client, held):
    contract, buyer, milestone, _ = held
    response = _api(
        client, buyer, "post", _requests_path(contract, milestone), {"reason": "Not needed"}
    )
    assert response.status_code == 201
    assert response.json()["state"] == "pending"


def test_a_refund_request_goes_through_once_the_freeze_is_lifted(frozen, trust_safety_staff):
    _, buyer, milestone, case = frozen
    enforcement.unfreeze(case=case, by=trust_safety_staff, reason="Review finished.")
    request = escrow.request_refund(milestone=milestone, by=buyer, reason="Not needed any more")
    assert request.state == "pending"


# --- The API says the freeze ------------------------------------------------------------------


def test_the_api_milestone_is_not_frozen_without_a_freeze(client, funded):
    contract, buyer, milestone, _ = funded
    body = _api(client, buyer, "get", _milestone_path(contract, milestone)).json()
    assert body["frozen"] is None


def test_the_api_milestone_says_trust_and_safety_froze_it_and_refunds_wait(client, frozen):
    contract, buyer, milestone, case = frozen
    frozen_out = _api(client, buyer, "get", _milestone_path(contract, milestone)).json()["frozen"]
    assert frozen_out["kind"] == "freeze_escrow"
    assert frozen_out["source"] == "trust_safety"
    assert frozen_out["reference"] == case.reference
    assert frozen_out["scope"] == "contract"
    assert frozen_out["refunds_allowed"] is False
    assert frozen_out["reason"] == enforcement.FROZEN_FOR_REVIEW
    assert frozen_out["message"].startswith("This contract's escrow is frozen by Trust & Safety")


def test_the_api_freeze_names_no_staff_member_and_not_their_own_words(
    client, frozen, trust_safety_staff
):
    contract, buyer, milestone, _ = frozen
    for user in (buyer, contract.freelancer):
        raw = json.dumps(_api(client, user, "get", _milestone_path(contract, milestone)).json())
        assert trust_safety_staff.email not in raw
        assert trust_safety_staff.display_name not in raw
        assert TYPED not in raw
        assert "created_by" not in raw


def test_the_api_milestone_under_a_hold_says_refunds_go_ahead(client, held):
    contract, buyer, milestone, _ = held
    frozen_out = _api(client, buyer, "get", _milestone_path(contract, milestone)).json()["frozen"]
    assert (frozen_out["kind"], frozen_out["refunds_allowed"]) == ("hold", True)


def test_a_waiting_refund_request_says_it_waits_for_the_freeze(client, funded, trust_safety_staff):
    contract, buyer, milestone, case = funded
    escrow.request_refund(milestone=milestone, by=buyer, reason="Not needed any more")
    path = _milestone_path(contract, milestone)
    before = _api(client, buyer, "get", path).json()["pending_refund_request"]
    assert before["waiting_for_freeze"] is False
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason=TYPED)
    after = _api(client, buyer, "get", path, key="k-2").json()["pending_refund_request"]
    assert after["waiting_for_freeze"] is True


def test_the_api_milestone_is_not_frozen_once_the_freeze_is_lifted(
    client, frozen, trust_safety_staff
):
    contract, buyer, milestone, case = frozen
    enforcement.unfreeze(case=case, by=trust_safety_staff, reason="Review finished.")
    body = _api(client, buyer, "get", _milestone_path(contract, milestone)).json()
    assert body["frozen"] is None
