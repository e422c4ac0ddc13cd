"""A milestone's money, its deliverables, its funding form, its receipt and the contract's
statement make the same number of queries for one row and for many (issue 19; see
test_route_sweep.py)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow
from directcontracts.contracts.deliverables import IncomingFile, store_deliverable
from directcontracts.core.errors import DomainError
from directcontracts.payments.sandbox import CARD_DECLINED
from tests.contracts.factories import card, funded_milestone, new_funded_milestone
from tests.querycount import assert_constant_queries

pytestmark = pytest.mark.django_db

MANY = 30


def _declined_attempts(milestone, buyer, count: int) -> None:
    """`count` payments of `milestone` the card's bank declined (each a charge the client
    reads on the milestone)."""
    declined = card(buyer, CARD_DECLINED)
    for _ in range(count):
        with pytest.raises(DomainError):
            escrow.fund_milestone(milestone=milestone, by=buyer, method=declined)


@pytest.mark.constant_queries("GET /api/v1/contracts/{contract_id}/milestones/{milestone_id}")
def test_a_milestones_money_makes_the_same_queries_for_one_declined_charge_and_for_many(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    unfunded = contract.milestones.order_by("position").last()
    _declined_attempts(unfunded, buyer, 1)
    client.force_login(buyer)
    url = f"/api/v1/contracts/{contract.pk}/milestones/{unfunded.pk}"
    assert_constant_queries(
        lambda: client.get(url), lambda: _declined_attempts(unfunded, buyer, 10)
    )
    assert len(client.get(url).json()["charges"]) == 11


def _deliveries(milestone, freelancer, count: int, *, files: int = 3) -> None:
    """`count` more submissions of `milestone`, each with `files` text files."""
    for number in range(count):
        store_deliverable(
            milestone=milestone,
            by=freelancer,
            message=f"Delivery {number}",
            files=[
                IncomingFile(f"part-{number}-{n}.txt", b"Work, as agreed.") for n in range(files)
            ],
        )


@pytest.mark.parametrize("viewer", ["freelancer", "client"])
@pytest.mark.constant_queries(
    "GET /api/v1/contracts/{contract_id}/milestones/{milestone_id}/deliverables"
)
def test_the_deliverables_make_the_same_queries_for_one_file_and_for_many(
    client, freelancer, monkeypatch, frozen_clock, viewer
):
    contract, buyer, part = funded_milestone(freelancer, monkeypatch, frozen_clock)
    _deliveries(part, freelancer, 1, files=1)
    client.force_login(freelancer if viewer == "freelancer" else buyer)
    url = f"/api/v1/contracts/{contract.pk}/milestones/{part.pk}/deliverables"
    assert_constant_queries(lambda: client.get(url), lambda: _deliveries(part, freelancer, 10))
    assert sum(len(d["files"]) for d in client.get(url).json()) == 31


def _saved_cards(buyer, count: int) -> None:
    for _ in range(count):
        card(buyer)


@pytest.mark.constant_queries("contracts:fund")
def test_the_funding_form_makes_the_same_queries_for_one_saved_method_and_for_many(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    unfunded = contract.milestones.order_by("position").last()
    _saved_cards(buyer, 1)
    _declined_attempts(unfunded, buyer, 1)  # a declined method is listed after the others
    client.force_login(buyer)
    url = reverse("contracts:fund", args=[contract.pk, unfunded.pk])
    assert_constant_queries(lambda: client.get(url), lambda: _saved_cards(buyer, MANY))


def _partial_refunds(milestone, freelancer, count: int) -> None:
    """`count` more partial refunds of $1 (each a line of the receipt and its history)."""
    for _ in range(count):
        escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=100)


@pytest.mark.parametrize("viewer", ["freelancer", "client"])
@pytest.mark.constant_queries(
    "contracts:milestone_receipt_pdf",
    "GET /api/v1/contracts/{contract_id}/milestones/{milestone_id}/receipt.pdf",
)
def test_a_receipt_makes_the_same_queries_for_one_refund_and_for_many(
    client, freelancer, monkeypatch, frozen_clock, viewer
):
    contract, buyer, part = funded_milestone(freelancer, monkeypatch, frozen_clock)
    _partial_refunds(part, freelancer, 1)
    client.force_login(freelancer if viewer == "freelancer" else buyer)
    for url in (
        reverse("contracts:milestone_receipt_pdf", args=[contract.pk, part.pk]),
        f"/api/v1/contracts/{contract.pk}/milestones/{part.pk}/receipt.pdf",
    ):
        assert_constant_queries(
            lambda url=url: client.get(url), lambda: _partial_refunds(part, freelancer, 10)
        )


def _funded_and_released(contract, buyer, frozen_clock, count: int) -> None:
    """`count` more milestones, each funded, settled and released (a row of the milestone
    table, a release in the totals, their events in the activity)."""
    for _ in range(count):
        part = new_funded_milestone(contract, buyer, frozen_clock)
        escrow.approve_milestone(milestone=part, by=buyer)


@pytest.mark.parametrize("viewer", ["freelancer", "client"])
@pytest.mark.constant_queries(
    "contracts:statement_pdf", "GET /api/v1/contracts/{contract_id}/statement.pdf"
)
def test_a_statement_makes_the_same_queries_for_one_milestone_and_for_many(
    client, freelancer, monkeypatch, frozen_clock, viewer
):
    contract, buyer, part = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=part, by=buyer)
    client.force_login(freelancer if viewer == "freelancer" else buyer)
    for url in (
        reverse("contracts:statement_pdf", args=[contract.pk]),
        f"/api/v1/contracts/{contract.pk}/statement.pdf",
    ):
        assert_constant_queries(
            lambda url=url: client.get(url),
            lambda: _funded_and_released(contract, buyer, frozen_clock, 6),
        )
