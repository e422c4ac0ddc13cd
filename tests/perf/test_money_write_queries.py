"""The money path's writes read and write webhook events once per change: a change told to
each party in their own words (`announce_each`) emits its event once, not once per party.
`-s` prints each step's queries (docs/performance.md, ninth round)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directcontracts.accounts.services import create_api_token
from tests.contracts.factories import active_contract, card, settle_gateway

pytestmark = pytest.mark.django_db

EVENTS_TABLE = "notifications_webhookevent"


def _counted(step):
    """(all queries, queries on the webhook events table) of `step`."""
    with CaptureQueriesContext(connection) as captured:
        step()
    sqls = [query["sql"] for query in captured.captured_queries]
    return len(sqls), sum(EVENTS_TABLE in sql for sql in sqls)


def test_funding_settlement_and_approval_touch_the_webhook_events_once_each(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    method = card(buyer)
    _, secret = create_api_token(user=buyer, name="test")
    base = f"/api/v1/contracts/{contract.pk}/milestones/{milestone.pk}"

    def post(action, data, key):
        response = client.post(
            f"{base}/{action}",
            data,
            content_type="application/json",
            headers={"Authorization": f"Bearer {secret}", "Idempotency-Key": key},
        )
        assert response.status_code == 200, response.content

    # Funding tells the freelancer alone: its webhook event costs what one emit costs.
    fund = _counted(lambda: post("fund", {"payment_method_id": method.pk}, "fund-1"))
    settle = _counted(lambda: settle_gateway(frozen_clock))
    freelancer_token = create_api_token(user=freelancer, name="test")[1]
    submitted = client.post(
        f"{base}/submit",
        {"message": "Done."},
        headers={"Authorization": f"Bearer {freelancer_token}", "Idempotency-Key": "submit-1"},
    )
    assert submitted.status_code == 200, submitted.content
    approve = _counted(lambda: post("approve", {}, "approve-1"))
    print(f"\nqueries (all, on webhook events): fund {fund} settle {settle} approve {approve}")
    # Settling and approving tell both parties in their own words: one emit each, so no
    # more event queries than the funding's single-party announcement.
    assert settle[1] == fund[1]
    assert approve[1] == fund[1]
