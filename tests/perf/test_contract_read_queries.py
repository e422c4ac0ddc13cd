"""A contract's other pages and API reads make the same number of queries for few rows and
for many (issue 19; see test_route_sweep.py)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import messaging
from directcontracts.payments import payouts
from directcontracts.trust.models import Flag
from tests.contracts.factories import active_contract, draft_contract, milestone, sent_invitation
from tests.querycount import assert_constant_queries

pytestmark = pytest.mark.django_db

MANY = 30


def _parts(count: int) -> list:
    return [milestone(f"Part {n}", 10_000) for n in range(count)]


def _messages(contract, sender, count: int) -> None:
    for number in range(count):
        messaging.post_message(contract=contract, sender=sender, body=f"Progress note {number}.")


@pytest.mark.constant_queries("contracts:thread", "contracts:activity")
def test_the_thread_and_activity_make_the_same_queries_for_one_message_and_for_many(
    client, freelancer, monkeypatch
):
    contract, buyer = active_contract(freelancer, monkeypatch)
    _messages(contract, buyer, 1)
    client.force_login(freelancer)
    for name in ("contracts:thread", "contracts:activity"):
        url = reverse(name, args=[contract.pk])

        def more_and_read(url=url) -> None:
            # The first visit after new messages moves the read mark (one UPDATE, once).
            _messages(contract, buyer, MANY)
            client.get(url)

        assert_constant_queries(lambda url=url: client.get(url), more_and_read)


def _few_then_many(client, few_url: str, many_url: str) -> None:
    """The few-rows address twice (warm-up, count), then the many-rows one after a first visit."""
    urls = iter([few_url, few_url, many_url])
    assert_constant_queries(lambda: client.get(next(urls)), lambda: client.get(many_url))


@pytest.mark.constant_queries("contracts:edit", "GET /api/v1/contracts/{contract_id}")
def test_a_drafts_edit_page_and_api_detail_make_the_same_queries_for_two_milestones_and_many(
    client, freelancer
):
    few = draft_contract(freelancer, client_email="few@example.org", milestones=_parts(2))
    many = draft_contract(freelancer, client_email="many@example.org", milestones=_parts(MANY))
    client.force_login(freelancer)
    _few_then_many(
        client,
        reverse("contracts:edit", args=[few.pk]),
        reverse("contracts:edit", args=[many.pk]),
    )
    _few_then_many(client, f"/api/v1/contracts/{few.pk}", f"/api/v1/contracts/{many.pk}")


def _more_milestones(contract, count: int) -> None:
    """Milestones written straight to a sent contract (as an agreed change would add them)."""
    from directcontracts.contracts.models import Milestone

    top = contract.milestones.count()
    for position in range(top + 1, top + 1 + count):
        Milestone.objects.create(
            contract=contract, position=position, title=f"Part {position}", amount_minor=10_000
        )


@pytest.mark.constant_queries("contracts:invitation", "GET /api/v1/invitations/{token}")
def test_an_invitation_makes_the_same_queries_for_two_milestones_and_for_many(client, freelancer):
    contract, _, token = sent_invitation(freelancer, milestones=_parts(2))
    for url in (reverse("contracts:invitation", args=[token]), f"/api/v1/invitations/{token}"):
        assert_constant_queries(
            lambda url=url: client.get(url), lambda: _more_milestones(contract, MANY)
        )


def _payout_methods(person, count: int) -> None:
    for number in range(count):
        payouts.add_payout_method(
            owner=person,
            account_number=f"GB{number:02d}BARC2000000{number:07d}",
            holder_name=person.full_name,
            currency="USD",
        )


@pytest.mark.constant_queries("GET /api/v1/payout-methods")
def test_the_api_payout_methods_make_the_same_queries_for_one_and_for_many(client, freelancer):
    _payout_methods(freelancer, 1)
    client.force_login(freelancer)
    assert_constant_queries(
        lambda: client.get("/api/v1/payout-methods"), lambda: _payout_methods(freelancer, 10)
    )


def _flags(contract, count: int) -> None:
    """`count` reports of each kind by the client: the contract, the freelancer, messages."""
    from directcontracts.contracts.models import Message
    from directcontracts.core import clock

    start = Flag.objects.count()
    for number in range(start, start + count):
        message = Message.objects.create(
            contract=contract, sender=contract.freelancer, body=f"Pay me by wire, note {number}."
        )
        for kind, target in (
            ("contract", contract.pk),
            ("user", contract.freelancer_id),
            ("message", message.pk),
            ("domain", f"look-alike{number}.example"),
        ):
            Flag.objects.create(
                reference=f"FL-A{number:03d}{kind[:3]}",
                reporter=contract.client,
                target_kind=kind,
                target_id=str(target),
                reason="spam",
                closed_at=clock.now(),
            )


@pytest.mark.constant_queries("GET /api/v1/flags")
def test_the_api_flags_make_the_same_queries_for_one_report_and_for_many(
    client, freelancer, monkeypatch
):
    contract, buyer = active_contract(freelancer, monkeypatch)
    _flags(contract, 1)
    client.force_login(buyer)
    assert_constant_queries(lambda: client.get("/api/v1/flags"), lambda: _flags(contract, 8))


def _amounts_changed(contract, client_user, freelancer, parts) -> None:
    """An agreed change of amount on each of `parts` (a proposal each, accepted)."""
    from directcontracts.contracts import changes
    from directcontracts.contracts.models import ProposalKind

    for part in parts:
        proposal = changes.propose_change(
            contract=contract,
            by=freelancer,
            kind=ProposalKind.CHANGE_AMOUNT,
            milestone=part,
            amount_minor=part.amount_minor + 1_000,
        )
        changes.accept_change(proposal=proposal, by=client_user)


@pytest.mark.constant_queries("GET /api/v1/contracts/{contract_id}/proposals")
def test_the_api_proposals_make_the_same_queries_for_one_proposal_and_for_many(
    client, freelancer, monkeypatch
):
    contract, buyer = active_contract(freelancer, monkeypatch, milestones=_parts(12))
    parts = list(contract.milestones.order_by("position"))
    _amounts_changed(contract, buyer, freelancer, parts[:1])
    client.force_login(freelancer)
    url = f"/api/v1/contracts/{contract.pk}/proposals"
    assert_constant_queries(
        lambda: client.get(url), lambda: _amounts_changed(contract, buyer, freelancer, parts[1:])
    )


CARDS = ["5555555555554444", "4000056655665556", "378282246310005", "6011111111111117"]


@pytest.mark.constant_queries("GET /api/v1/payment-methods")
def test_the_api_payment_methods_make_the_same_queries_for_one_card_and_for_many(
    client, freelancer, monkeypatch
):
    from tests.contracts.factories import card

    _, buyer = active_contract(freelancer, monkeypatch)
    card(buyer)
    client.force_login(buyer)
    assert_constant_queries(
        lambda: client.get("/api/v1/payment-methods"),
        lambda: [card(buyer, number) for number in CARDS],
    )
    assert len(client.get("/api/v1/payment-methods").json()) == 1 + len(CARDS)
