"""Every page and API list answers with the same number of queries for 1 row and for many."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import messaging
from directcontracts.core import clock
from tests.contracts.factories import active_contract, draft_contract, milestone
from tests.notifications.factories import NoticeFactory
from tests.querycount import assert_constant_queries, queries_made

pytestmark = pytest.mark.django_db

MANY = 30


def _drafts(freelancer, count: int) -> None:
    for number in range(count):
        draft_contract(
            freelancer,
            client_email=f"client{number}@example.org",
            milestones=[milestone("Design", 40_000), milestone("Build", 60_000)],
        )


def _messages(contract, sender, count: int) -> None:
    for number in range(count):
        messaging.post_message(contract=contract, sender=sender, body=f"Progress note {number}.")


@pytest.mark.constant_queries("contracts:list")
def test_the_contract_list_makes_the_same_queries_for_one_contract_and_for_many(client, freelancer):
    client.force_login(freelancer)
    _drafts(freelancer, 1)
    assert_constant_queries(
        lambda: client.get(reverse("contracts:list")), lambda: _drafts(freelancer, MANY)
    )


@pytest.mark.constant_queries("home")
def test_the_dashboard_makes_the_same_queries_for_one_contract_and_for_many(client, freelancer):
    client.force_login(freelancer)
    _drafts(freelancer, 1)
    assert_constant_queries(lambda: client.get(reverse("home")), lambda: _drafts(freelancer, MANY))


def _notices(person, count: int) -> None:
    NoticeFactory.create_batch(count, recipient=person, about="Contract #12: Logo design")


@pytest.mark.constant_queries("notifications:list")
def test_the_notices_page_makes_the_same_queries_for_one_notice_and_for_many(client, freelancer):
    client.force_login(freelancer)
    _notices(freelancer, 1)
    assert_constant_queries(
        lambda: client.get(reverse("notifications:list")), lambda: _notices(freelancer, MANY)
    )


def test_the_dashboard_makes_the_same_queries_for_one_notice_and_for_many(client, freelancer):
    client.force_login(freelancer)
    _notices(freelancer, 1)
    assert_constant_queries(lambda: client.get(reverse("home")), lambda: _notices(freelancer, MANY))


@pytest.mark.constant_queries("GET /api/v1/contracts")
def test_the_api_contract_list_makes_the_same_queries_for_one_contract_and_for_many(
    client, freelancer
):
    client.force_login(freelancer)
    _drafts(freelancer, 1)
    assert_constant_queries(
        lambda: client.get("/api/v1/contracts"), lambda: _drafts(freelancer, MANY)
    )


@pytest.mark.constant_queries("contracts:detail")
def test_the_contract_page_makes_the_same_queries_for_one_message_and_for_many(
    client, freelancer, monkeypatch
):
    contract, client_user = active_contract(freelancer, monkeypatch)
    client.force_login(client_user)
    _messages(contract, freelancer, 1)
    url = reverse("contracts:detail", args=[contract.pk])

    def add_messages_and_read_them() -> None:
        # The first visit after new messages also moves the read mark (one UPDATE, once).
        _messages(contract, freelancer, MANY)
        client.get(url)

    assert_constant_queries(lambda: client.get(url), add_messages_and_read_them)


def test_the_contract_page_makes_the_same_queries_for_two_milestones_and_for_many(
    client, freelancer
):
    client.force_login(freelancer)
    few = draft_contract(freelancer, client_email="few@example.org")
    many = draft_contract(
        freelancer,
        client_email="many@example.org",
        milestones=[milestone(f"Part {n}", 10_000) for n in range(MANY)],
    )
    few_url = reverse("contracts:detail", args=[few.pk])
    many_url = reverse("contracts:detail", args=[many.pk])
    urls = iter([few_url, few_url, many_url])
    # "Adding rows" here is a first visit to the larger contract (its read marks are made).
    assert_constant_queries(lambda: client.get(next(urls)), lambda: client.get(many_url))


@pytest.mark.constant_queries("GET /api/v1/contracts/{contract_id}/messages")
def test_the_api_message_list_makes_the_same_queries_for_one_message_and_for_many(
    client, freelancer, monkeypatch
):
    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    _messages(contract, freelancer, 1)
    url = f"/api/v1/contracts/{contract.pk}/messages"
    assert_constant_queries(lambda: client.get(url), lambda: _messages(contract, freelancer, MANY))


@pytest.mark.constant_queries("GET /api/v1/contracts/{contract_id}/events")
def test_the_api_timeline_makes_the_same_queries_for_few_events_and_for_many(
    client, freelancer, monkeypatch
):
    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    url = f"/api/v1/contracts/{contract.pk}/events"
    assert_constant_queries(lambda: client.get(url), lambda: _messages(contract, freelancer, MANY))


def _funded_contract(freelancer, monkeypatch, frozen_clock, *, email: str, milestones: int):
    from directcontracts.contracts import escrow
    from tests.contracts.factories import card, settle_gateway

    contract, client_user = active_contract(
        freelancer,
        monkeypatch,
        client_email=email,
        milestones=[milestone(f"Part {n}", 10_000) for n in range(milestones)],
    )
    method = card(client_user)
    for part in contract.milestones.all():
        escrow.fund_milestone(milestone=part, by=client_user, method=method)
    settle_gateway(frozen_clock)
    return contract, client_user


@pytest.mark.parametrize("viewer", ["client", "freelancer"])
def test_the_contract_page_makes_the_same_queries_for_two_funded_milestones_and_for_many(
    client, freelancer, monkeypatch, frozen_clock, viewer
):
    few, few_client = _funded_contract(
        freelancer, monkeypatch, frozen_clock, email="few@example.org", milestones=2
    )
    many, many_client = _funded_contract(
        freelancer, monkeypatch, frozen_clock, email="many@example.org", milestones=12
    )
    few_url = reverse("contracts:detail", args=[few.pk])
    many_url = reverse("contracts:detail", args=[many.pk])
    if viewer == "freelancer":
        client.force_login(freelancer)
        urls = iter([few_url, few_url, many_url])
        assert_constant_queries(lambda: client.get(next(urls)), lambda: client.get(many_url))
        return
    # Each client sees only their own contract: the same person's page, before and after.
    client.force_login(few_client)
    first = assert_constant_queries(lambda: client.get(few_url), lambda: None)
    client.force_login(many_client)
    client.get(many_url)
    assert len(queries_made(lambda: client.get(many_url))) == first


@pytest.mark.constant_queries("contracts:billing")
def test_the_billing_page_makes_the_same_queries_for_one_payment_and_for_many(
    client, freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts import escrow
    from tests.contracts.factories import card, funded_milestone

    contract, buyer, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(buyer)

    def more_payments() -> None:
        method = card(buyer, number="5555555555554444")
        for rest in contract.milestones.filter(state="awaiting_funding"):
            escrow.fund_milestone(milestone=rest, by=buyer, method=method)

    assert_constant_queries(lambda: client.get(reverse("contracts:billing")), more_payments)


@pytest.mark.constant_queries("contracts:earnings")
def test_the_earnings_page_makes_the_same_queries_for_one_release_and_for_many(
    client, freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts import escrow
    from tests.contracts.factories import funded_milestone

    contract, buyer, first = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=first, by=buyer)
    client.force_login(freelancer)

    def more_releases() -> None:
        for number in range(3):
            other, other_buyer, ms = funded_milestone(
                freelancer, monkeypatch, frozen_clock, client_email=f"c{number}@example.org"
            )
            escrow.approve_milestone(milestone=ms, by=other_buyer)

    assert_constant_queries(lambda: client.get(reverse("contracts:earnings")), more_releases)


def test_the_earnings_page_reads_payout_holds_once_and_payouts_three_times_at_most(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    """After a payout and a lost chargeback (every part of the page in use): the holds banner,
    the summary and the release rows share one read of the payout holds, and payouts are read
    for the summary and the pager (one grouped query), the rows (the payouts overlapping them)
    and the payouts table. Before 7 December 2026: five reads of the holds and four of payouts
    (18 queries on the bench's data set, 11 now)."""
    from tests.disputes.factories import bank_decides, charged_back_after_payout

    case = charged_back_after_payout(freelancer, monkeypatch, frozen_clock, settings)
    bank_decides(case, frozen_clock, won=False)
    client.force_login(freelancer)
    sql = queries_made(lambda: client.get(reverse("contracts:earnings")))
    assert len([q for q in sql if 'FROM "contracts_payouthold"' in q]) == 1
    assert len([q for q in sql if 'FROM "payments_payout"' in q]) == 3
    assert len([q for q in sql if 'FROM "ledger_account"' in q]) == 1


def test_a_clients_contract_list_makes_the_same_queries_for_one_freelancer_and_for_many(
    client, freelancer, monkeypatch
):
    """A client's rows name each freelancer by the profile's display name: the profiles are
    joined, not read one a row (fifth round)."""
    from directcontracts.accounts.models import FreelancerProfile
    from directcontracts.contracts.models import Contract
    from tests.accounts.factories import FreelancerFactory

    contract, client_user = active_contract(freelancer, monkeypatch)
    client.force_login(client_user)
    names = []

    def contracts_with_other_freelancers() -> None:
        for number in range(MANY):
            other = FreelancerFactory(email=f"f{number}@example.com", full_name=f"F {number}")
            if number % 2:
                FreelancerProfile.objects.update_or_create(
                    user=other, defaults={"display_name": f"Studio {number} <&>"}
                )
            copy = Contract.objects.get(pk=contract.pk)
            copy.pk = None
            copy.freelancer = other
            copy.save()
            names.append(other.display_name)

    assert_constant_queries(
        lambda: client.get(reverse("contracts:list")), contracts_with_other_freelancers
    )
    page = client.get(reverse("contracts:list")).content.decode()
    assert "Studio 29 &lt;&amp;&gt; (freelancer)" in page
    assert "F 28 (freelancer)" in page


def _disputes(freelancer, monkeypatch, frozen_clock, *, count: int, first: int = 0) -> None:
    """`count` open disputes, each on a contract with its own client."""
    from directcontracts.disputes import services
    from tests.contracts.factories import funded_milestone

    for number in range(first, first + count):
        _, buyer, part = funded_milestone(
            freelancer, monkeypatch, frozen_clock, client_email=f"d{number}@example.org"
        )
        services.open_dispute(milestone=part, by=buyer, statement="Not what we agreed.")


@pytest.mark.constant_queries("disputes:list")
def test_a_partys_dispute_list_makes_the_same_queries_for_one_dispute_and_for_many(
    client, freelancer, monkeypatch, frozen_clock
):
    _disputes(freelancer, monkeypatch, frozen_clock, count=1)
    client.force_login(freelancer)
    assert_constant_queries(
        lambda: client.get(reverse("disputes:list")),
        lambda: _disputes(freelancer, monkeypatch, frozen_clock, count=3, first=1),
    )


@pytest.mark.constant_queries("disputes:queue")
def test_the_dispute_queue_makes_the_same_queries_for_one_dispute_and_for_many(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    from tests.accounts.helpers import sign_in_staff

    _disputes(freelancer, monkeypatch, frozen_clock, count=1)
    sign_in_staff(client, trust_safety_staff)
    assert_constant_queries(
        lambda: client.get(reverse("disputes:queue")),
        lambda: _disputes(freelancer, monkeypatch, frozen_clock, count=3, first=1),
    )


def _chargebacks(freelancer, monkeypatch, frozen_clock, *, count: int, first: int = 0) -> None:
    """`count` chargeback cases (the card's payment taken back before release)."""
    from directcontracts.contracts import escrow
    from tests.contracts.factories import card, settle_gateway

    for number in range(first, first + count):
        contract, buyer = active_contract(
            freelancer, monkeypatch, client_email=f"cb{number}@example.org"
        )
        part = contract.milestones.order_by("position").first()
        escrow.fund_milestone(milestone=part, by=buyer, method=card(buyer, "4000000000000259"))
        settle_gateway(frozen_clock, seconds=120)


@pytest.mark.constant_queries("disputes:chargebacks")
def test_the_chargeback_list_makes_the_same_queries_for_one_case_and_for_many(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    from directcontracts.disputes.models import ChargebackCase
    from tests.accounts.helpers import sign_in_staff

    _chargebacks(freelancer, monkeypatch, frozen_clock, count=1)
    sign_in_staff(client, trust_safety_staff)
    assert_constant_queries(
        lambda: client.get(reverse("disputes:chargebacks")),
        lambda: _chargebacks(freelancer, monkeypatch, frozen_clock, count=3, first=1),
    )
    assert ChargebackCase.objects.count() == 4


@pytest.mark.constant_queries("disputes:chargebacks")
def test_a_searched_chargeback_list_makes_the_same_queries_for_one_match_and_for_many(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    from tests.accounts.helpers import sign_in_staff

    _chargebacks(freelancer, monkeypatch, frozen_clock, count=1)
    sign_in_staff(client, trust_safety_staff)
    searched = {"q": "example.org", "state": "accepted"}
    assert_constant_queries(
        lambda: client.get(reverse("disputes:chargebacks"), searched),
        lambda: _chargebacks(freelancer, monkeypatch, frozen_clock, count=3, first=1),
    )
    page = client.get(reverse("disputes:chargebacks"), searched).content.decode()
    assert "4 chargebacks matching “example.org”" in page


@pytest.mark.parametrize("viewer", ["client", "freelancer"])
def test_the_contract_page_makes_the_same_queries_for_two_milestones_awaiting_funding_and_for_many(
    client, freelancer, monkeypatch, viewer
):
    # An active contract's unfunded milestones each have a funding code the page lists
    # only while it can be paid (no freeze stops it): that check is one read for all.
    few, few_client = active_contract(
        freelancer,
        monkeypatch,
        client_email="few@example.org",
        milestones=[milestone(f"Part {n}", 10_000) for n in range(2)],
    )
    many, many_client = active_contract(
        freelancer,
        monkeypatch,
        client_email="many@example.org",
        milestones=[milestone(f"Part {n}", 10_000) for n in range(12)],
    )
    few_url = reverse("contracts:detail", args=[few.pk])
    many_url = reverse("contracts:detail", args=[many.pk])
    if viewer == "freelancer":
        client.force_login(freelancer)
        urls = iter([few_url, few_url, many_url])
        assert_constant_queries(lambda: client.get(next(urls)), lambda: client.get(many_url))
        return
    client.force_login(few_client)
    first = assert_constant_queries(lambda: client.get(few_url), lambda: None)
    client.force_login(many_client)
    client.get(many_url)
    assert len(queries_made(lambda: client.get(many_url))) == first


def _amounts_changed(contract, client_user, freelancer) -> None:
    from directcontracts.contracts import changes
    from directcontracts.contracts.models import ProposalKind

    for part in contract.milestones.all():
        proposal = changes.propose_change(
            contract=contract,
            by=freelancer,
            kind=ProposalKind.CHANGE_AMOUNT,
            milestone=part,
            amount_minor=part.amount_minor + 1_000,
        )
        changes.accept_change(proposal=proposal, by=client_user)


def test_the_contract_page_makes_the_same_queries_for_two_replaced_funding_codes_and_for_many(
    client, freelancer, monkeypatch
):
    # Each agreed change of amount issues a new funding code: the page lists only the newest
    # of each milestone, still from one read of all the codes.
    few, few_client = active_contract(
        freelancer,
        monkeypatch,
        client_email="few@example.org",
        milestones=[milestone(f"Part {n}", 10_000) for n in range(2)],
    )
    many, many_client = active_contract(
        freelancer,
        monkeypatch,
        client_email="many@example.org",
        milestones=[milestone(f"Part {n}", 10_000) for n in range(12)],
    )
    _amounts_changed(few, few_client, freelancer)
    _amounts_changed(many, many_client, freelancer)
    client.force_login(freelancer)
    few_url = reverse("contracts:detail", args=[few.pk])
    many_url = reverse("contracts:detail", args=[many.pk])
    urls = iter([few_url, few_url, many_url])
    assert_constant_queries(lambda: client.get(next(urls)), lambda: client.get(many_url))


def _flags_of_every_kind(contract, count: int) -> None:
    """`count` reports of each kind by the client: the contract, the freelancer, messages."""
    from directcontracts.contracts.models import Message
    from directcontracts.trust.models import Flag

    start = Flag.objects.count()
    for number in range(start, start + count):
        message = Message.objects.create(
            contract=contract, sender=contract.freelancer, body=f"Pay me by wire, note {number}."
        )
        for kind, target in (
            ("contract", contract.pk),
            ("user", contract.freelancer_id),
            ("message", message.pk),
            ("invitation", contract.pk),
            ("domain", f"look-alike{number}.example"),
        ):
            Flag.objects.create(
                reference=f"FL-Q{number:03d}{kind[:3]}",
                reporter=contract.client,
                target_kind=kind,
                target_id=str(target),
                reason="spam",
                closed_at=clock.now(),
            )


@pytest.mark.constant_queries("trust:my_flags")
def test_a_persons_reports_page_makes_the_same_queries_for_one_report_and_for_many(
    client, freelancer, monkeypatch
):
    contract, buyer = active_contract(freelancer, monkeypatch)
    client.force_login(buyer)
    _flags_of_every_kind(contract, 1)
    assert_constant_queries(
        lambda: client.get(reverse("trust:my_flags")), lambda: _flags_of_every_kind(contract, 4)
    )


def _refused_refunds(milestone, freelancer, finance, count: int) -> None:
    """`count` more partial refunds of `milestone` the (refusing) processor refused, every
    other one retried by finance and refused again."""
    from directcontracts.contracts import escrow
    from directcontracts.payments import refused_refunds
    from directcontracts.payments.models import GatewayRequest

    for number in range(count):
        escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=100)
        if number % 2:
            refused = GatewayRequest.objects.order_by("-id").first()
            refused_refunds.retry_refused_refund(request_id=refused.pk, by=finance, reason="Again")


@pytest.mark.constant_queries("payments:refused_refunds")
def test_the_refused_refunds_list_makes_the_same_queries_for_one_refund_and_for_many(
    client, freelancer, monkeypatch, frozen_clock, finance_staff
):
    from tests.accounts.helpers import sign_in_as
    from tests.payments.factories import refused_refund

    *_, milestone, _ = refused_refund(freelancer, monkeypatch, frozen_clock)
    _refused_refunds(milestone, freelancer, finance_staff, 2)  # one of them retried
    sign_in_as(client, finance_staff)
    assert_constant_queries(
        lambda: client.get(reverse("payments:refused_refunds")),
        lambda: _refused_refunds(milestone, freelancer, finance_staff, 6),
    )
