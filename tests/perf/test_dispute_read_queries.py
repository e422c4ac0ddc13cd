"""Disputes and chargebacks, through the API and on a dispute's page, make the same number of
queries for one row and for many (issue 19; see test_route_sweep.py)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.disputes import services
from tests.accounts.helpers import staff_session
from tests.contracts.factories import funded_milestone
from tests.querycount import assert_constant_queries

pytestmark = pytest.mark.django_db


def _disputes(freelancer, monkeypatch, frozen_clock, *, count: int, first: int = 0) -> list:
    """`count` open disputes, each on a contract with its own client."""
    made = []
    for number in range(first, first + count):
        _, buyer, part = funded_milestone(
            freelancer, monkeypatch, frozen_clock, client_email=f"d{number}@example.org"
        )
        made.append(services.open_dispute(milestone=part, by=buyer, statement="Not agreed."))
    return made


@pytest.mark.constant_queries("GET /api/v1/disputes", "GET /api/v1/staff/disputes")
def test_the_api_dispute_lists_make_the_same_queries_for_one_dispute_and_for_many(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    _disputes(freelancer, monkeypatch, frozen_clock, count=1)
    client.force_login(freelancer)
    assert_constant_queries(
        lambda: client.get("/api/v1/disputes"),
        lambda: _disputes(freelancer, monkeypatch, frozen_clock, count=3, first=1),
    )
    staff_session(client, trust_safety_staff)
    assert_constant_queries(
        lambda: client.get("/api/v1/staff/disputes"),
        lambda: _disputes(freelancer, monkeypatch, frozen_clock, count=3, first=4),
    )


def _exchange(dispute, freelancer, count: int) -> None:
    """`count` statements from each party (the freelancer's first starts mediation)."""
    for number in range(count):
        services.add_statement(dispute=dispute, by=freelancer, body=f"Delivered ({number}).")
        services.add_statement(dispute=dispute, by=dispute.opened_by, body=f"Not so ({number}).")


@pytest.mark.constant_queries("disputes:detail", "GET /api/v1/disputes/{dispute_id}")
def test_a_dispute_makes_the_same_queries_for_two_statements_and_for_many(
    client, freelancer, monkeypatch, frozen_clock
):
    [dispute] = _disputes(freelancer, monkeypatch, frozen_clock, count=1)
    _exchange(dispute, freelancer, 1)
    client.force_login(freelancer)
    for url in (reverse("disputes:detail", args=[dispute.pk]), f"/api/v1/disputes/{dispute.pk}"):
        assert_constant_queries(
            lambda url=url: client.get(url), lambda: _exchange(dispute, freelancer, 8)
        )


def _chargebacks(freelancer, monkeypatch, frozen_clock, *, count: int, first: int = 0) -> None:
    """`count` chargeback cases (the card's payment taken back before release)."""
    from directcontracts.contracts import escrow
    from tests.contracts.factories import active_contract, card, settle_gateway

    for number in range(first, first + count):
        contract, buyer = active_contract(
            freelancer, monkeypatch, client_email=f"cb{number}@example.org"
        )
        part = contract.milestones.order_by("position").first()
        escrow.fund_milestone(milestone=part, by=buyer, method=card(buyer, "4000000000000259"))
        settle_gateway(frozen_clock, seconds=120)


@pytest.mark.constant_queries("GET /api/v1/staff/chargebacks")
def test_the_api_chargeback_list_makes_the_same_queries_for_one_case_and_for_many(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    _chargebacks(freelancer, monkeypatch, frozen_clock, count=1)
    staff_session(client, trust_safety_staff)
    assert_constant_queries(
        lambda: client.get("/api/v1/staff/chargebacks"),
        lambda: _chargebacks(freelancer, monkeypatch, frozen_clock, count=3, first=1),
    )
    assert client.get("/api/v1/staff/chargebacks").json()["count"] == 4
