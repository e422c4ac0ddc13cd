"""A chargeback case and its evidence pack, on staff pages and through the API, make the
same number of queries for a contract with one delivered file, message and client view as
for one with many (issue 19; see test_route_sweep.py)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow
from directcontracts.contracts.deliverables import IncomingFile, open_full_file, store_deliverable
from directcontracts.contracts.models import DeliverableFile, Message
from directcontracts.disputes.evidence_pack import assemble
from tests.accounts.helpers import staff_session
from tests.contracts.factories import active_contract, card, settle_gateway
from tests.disputes.factories import CHARGEBACK_CARD, charged_back
from tests.querycount import assert_constant_queries

pytestmark = pytest.mark.django_db

MANY = 30


def _evidence(contract, milestone, count: int, *, first: int = 0) -> None:
    """`count` more delivered files, messages of the client and the client's views of the
    files (what the evidence pack lists)."""
    for number in range(first, first + count):
        store_deliverable(
            milestone=milestone,
            by=contract.freelancer,
            message=f"Delivery {number}",
            files=[IncomingFile(f"page-{number}.txt", b"The finished page.")],
        )
        Message.objects.create(contract=contract, sender=contract.client, body=f"Thanks {number}")


def _client_views(contract) -> None:
    for record in DeliverableFile.objects.filter(deliverable__milestone__contract=contract):
        open_full_file(user=contract.client, file_id=record.pk)


def _case_with_evidence(freelancer, monkeypatch, frozen_clock, *, rows: int, email: str):
    """A released milestone the bank took back (the case is contested, its pack built from
    `rows` delivered files, messages and client views)."""
    contract, buyer = active_contract(freelancer, monkeypatch, client_email=email)
    part = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=part, by=buyer, method=card(buyer, CHARGEBACK_CARD))
    settle_gateway(frozen_clock, seconds=10)  # settled; the chargeback comes 60 s later
    _evidence(contract, part, rows)
    escrow.approve_milestone(milestone=part, by=buyer)
    _client_views(contract)
    return charged_back(part, frozen_clock)


def _few_then_many(client, few_url: str, many_url: str) -> None:
    """The page of the case with one row of each kind, then of the one with many (each
    warmed up first: the pack is built on the first opening)."""
    urls = iter([few_url, few_url, many_url])
    assert_constant_queries(lambda: client.get(next(urls)), lambda: client.get(many_url))


@pytest.mark.constant_queries(
    "disputes:chargeback",
    "GET /api/v1/staff/chargebacks/{case_id}",
    "disputes:chargeback_json",
    "GET /api/v1/staff/chargebacks/{case_id}/evidence.json",
    "disputes:chargeback_pdf",
    "GET /api/v1/staff/chargebacks/{case_id}/evidence.pdf",
)
def test_a_chargeback_and_its_pack_make_the_same_queries_for_one_file_and_for_many(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    few = _case_with_evidence(freelancer, monkeypatch, frozen_clock, rows=1, email="a@example.org")
    many = _case_with_evidence(
        freelancer, monkeypatch, frozen_clock, rows=MANY, email="b@example.org"
    )
    staff_session(client, trust_safety_staff)
    for page in ("disputes:chargeback", "disputes:chargeback_json", "disputes:chargeback_pdf"):
        _few_then_many(client, reverse(page, args=[few.pk]), reverse(page, args=[many.pk]))
    for tail in ("", "/evidence.json", "/evidence.pdf"):
        _few_then_many(
            client,
            f"/api/v1/staff/chargebacks/{few.pk}{tail}",
            f"/api/v1/staff/chargebacks/{many.pk}{tail}",
        )
    many.refresh_from_db()
    assert len(many.evidence["deliverables"]) == MANY
    assert len(many.evidence["client_file_views"]) == MANY
    assert len(many.evidence["messages"]) == MANY


def test_assembling_a_pack_makes_the_same_queries_for_one_file_and_for_many(
    freelancer, monkeypatch, frozen_clock
):
    # The pages read the stored pack; building it reads every row of the contract once.
    case = _case_with_evidence(freelancer, monkeypatch, frozen_clock, rows=1, email="a@x.org")

    def more_evidence() -> None:
        _evidence(case.contract, case.milestone, MANY, first=1)
        _client_views(case.contract)

    assert_constant_queries(lambda: assemble(case), more_evidence)
    assert len(assemble(case)["deliverables"]) == MANY + 1
