"""Retrying a money request with the same `Idempotency-Key` after its first attempt failed
once the money had moved (the answer never reached the caller, a 5xx, or a process that
died before storing it): docs/api.md promises the retry completes the work once.

The key layer keeps no answer for a 5xx, so the retry runs the operation again; the money
services must then recognise the request themselves, as funding and payouts always did.
"""

from __future__ import annotations

import pytest

from directcontracts.contracts import api_money
from directcontracts.contracts.models import MilestoneState
from directcontracts.core import clock
from directcontracts.core.idempotency import IN_PROGRESS_TIMEOUT
from directcontracts.core.models import IdempotentRequest
from tests.accounts.factories import FreelancerFactory
from tests.contracts.factories import funded_milestone

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client):
    from directcontracts.accounts.services import create_api_token

    client.raise_request_exception = False  # a failure is the 500 a real caller gets

    def call(user, path, data, key):
        _, secret = create_api_token(user=user, name="test")
        return client.post(
            f"/api/v1{path}",
            data=data,
            content_type="application/json",
            headers={"Authorization": f"Bearer {secret}", "Idempotency-Key": key},
        )

    return call


@pytest.fixture
def answer_lost_once(monkeypatch):
    """The money service commits, then building the answer (its reads of the charges,
    refund requests and freezes) fails once (a dropped connection): the caller gets a 500
    and retries."""
    real = api_money.milestone_out
    failures = iter([True])

    def answer(milestone, viewer):
        if next(failures, False):
            raise ConnectionError("the database went away after the commit")
        return real(milestone, viewer)

    monkeypatch.setattr(api_money, "milestone_out", answer)


def _path(milestone, action: str) -> str:
    return f"/contracts/{milestone.contract_id}/milestones/{milestone.pk}/{action}"


def test_a_partial_approval_retried_after_a_500_releases_once(
    api, freelancer, monkeypatch, frozen_clock, answer_lost_once
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    first = api(client, _path(milestone, "approve"), {"amount_minor": 10_000}, key="approve-1")
    assert first.status_code == 500
    retried = api(client, _path(milestone, "approve"), {"amount_minor": 10_000}, key="approve-1")
    assert retried.status_code == 200
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.PARTIALLY_RELEASED
    assert milestone.released_amount_minor == 10_000
    assert milestone.releases.count() == 1


def test_a_partial_refund_retried_after_a_500_refunds_once(
    api, freelancer, monkeypatch, frozen_clock, answer_lost_once
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    body = {"amount_minor": 5_000, "reason": "Part of it was not needed."}
    first = api(freelancer, _path(milestone, "refund"), body, key="refund-1")
    assert first.status_code == 500
    retried = api(freelancer, _path(milestone, "refund"), body, key="refund-1")
    assert retried.status_code == 200
    milestone.refresh_from_db()
    assert milestone.refunded_amount_minor == 5_000


def test_a_partial_approval_taken_over_after_its_process_died_releases_once(
    api, freelancer, monkeypatch, frozen_clock
):
    """The first process committed the release and died before storing the answer: after
    IN_PROGRESS_TIMEOUT the same key takes the marker over and runs the request again."""
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    done = api(client, _path(milestone, "approve"), {"amount_minor": 10_000}, key="approve-2")
    assert done.status_code == 200
    IdempotentRequest.objects.filter(key="approve-2").update(status=None, response_body="")
    clock.advance(seconds=IN_PROGRESS_TIMEOUT.total_seconds() + 1)
    retried = api(client, _path(milestone, "approve"), {"amount_minor": 10_000}, key="approve-2")
    assert retried.status_code == 200
    milestone.refresh_from_db()
    assert milestone.released_amount_minor == 10_000


def test_the_same_key_a_day_later_is_a_new_request(api, freelancer, monkeypatch, frozen_clock):
    """Keys are kept 24 hours (docs/api.md); the service forgets them with the API."""
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    first = api(client, _path(milestone, "approve"), {"amount_minor": 10_000}, key="daily")
    assert first.status_code == 200
    clock.advance(days=1, seconds=1)
    again = api(client, _path(milestone, "approve"), {"amount_minor": 10_000}, key="daily")
    assert again.status_code == 200
    assert "Idempotent-Replayed" not in again
    milestone.refresh_from_db()
    assert milestone.released_amount_minor == 20_000


def test_the_same_key_on_another_milestone_is_a_new_request(
    api, freelancer, monkeypatch, frozen_clock
):
    _, client, first = funded_milestone(freelancer, monkeypatch, frozen_clock)
    other_freelancer = FreelancerFactory()
    _, other_client, second = funded_milestone(
        other_freelancer, monkeypatch, frozen_clock, client_email="olga.other@example.org"
    )
    assert other_client.pk != client.pk
    for who, part in ((client, first), (other_client, second)):
        response = api(who, _path(part, "approve"), {"amount_minor": 10_000}, key="shared")
        assert response.status_code == 200
        part.refresh_from_db()
        assert part.released_amount_minor == 10_000


def test_a_key_used_to_fund_is_refused_for_an_approval(api, freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    approve = api(client, _path(milestone, "approve"), {"amount_minor": 10_000}, key="one-key")
    assert approve.status_code == 200
    refund = api(freelancer, _path(milestone, "refund"), {"reason": "Rest back."}, key="one-key")
    assert refund.status_code == 200  # another user's key space
    again = api(client, _path(milestone, "fund"), {"payment_method_id": 1}, key="one-key")
    assert again.status_code == 422
    assert again.json()["error"]["code"] == "idempotency_key_reused"
    milestone.refresh_from_db()
    assert (milestone.released_amount_minor, milestone.refunded_amount_minor) == (10_000, 40_000)


# --- The web form -----------------------------------------------------------------------------


def _refund_form_fields(page: str) -> dict[str, str]:
    """The hidden fields of the card's refund form, as the browser would send them."""
    refund = next(part for part in page.split("<form") if "/refund/" in part.split(">")[0])
    seen = refund.split('name="escrow_seen" value="', 1)[1].split('"', 1)[0]
    return {"escrow_seen": seen}


def test_a_refund_form_sent_twice_refunds_once(client, freelancer, monkeypatch, frozen_clock):
    """A double click on "Refund" sends the same form twice: the second finds escrow changed."""
    contract, _, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(freelancer)
    page = client.get(f"/contracts/{contract.pk}/").content.decode()
    form = {**_refund_form_fields(page), "amount": "50", "reason": "Half was not needed."}
    url = f"/contracts/{contract.pk}/milestones/{milestone.pk}/refund/"
    first = client.post(url, form)
    second = client.post(url, form)
    assert first.status_code == 302
    assert second.status_code == 409
    assert "Nothing more was refunded" in second.content.decode()
    milestone.refresh_from_db()
    assert milestone.refunded_amount_minor == 5_000


def test_a_refund_form_sent_again_from_a_fresh_page_refunds_again(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, _, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(freelancer)
    url = f"/contracts/{contract.pk}/milestones/{milestone.pk}/refund/"
    for _ in range(2):
        page = client.get(f"/contracts/{contract.pk}/").content.decode()
        form = {**_refund_form_fields(page), "amount": "50", "reason": "A part back."}
        assert client.post(url, form).status_code == 302
    milestone.refresh_from_db()
    assert milestone.refunded_amount_minor == 10_000
