"""One of every object a URL can name, made through the services, for the access sweep.

The owner is the freelancer of the contract; the other party is its client. Everything a URL
names belongs to one of the two (or to the case and dispute between them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from directcontracts.contracts import changes, escrow, invitations, messaging
from directcontracts.contracts.deliverables import IncomingFile
from directcontracts.disputes import services as disputes
from directcontracts.disputes.models import ChargebackCase
from directcontracts.notifications.models import WebhookDelivery
from directcontracts.notifications.notices import notify
from directcontracts.notifications.webhooks import create_endpoint, emit_event
from directcontracts.payments.models import GatewayRequest, GatewayRequestKind, GatewayRequestState
from directcontracts.support import tickets
from directcontracts.support.attachments import IncomingFile as SupportFile
from directcontracts.trust import flags
from tests.contracts.factories import (
    active_contract,
    card,
    milestone,
    proven_access,
    sent_invitation,
    settle_gateway,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
CHARGEBACK_CARD = "4000000000000259"

# Words that belong to the two parties and must never reach anyone else's page.
SECRETS = (
    "Nora Newclient",
    "new.client@example.org",
    "Fiona Freelancer",
    "fiona.freelancer@example.com",
    "A website for the bakery",
    "Designs attached, see the zebra file",
    "Quartz-lantern message between the parties",
    "Card fee question from the tangerine client",
    "Owner's notice",
    "hooks.example.com",
)
# What belongs to one party alone (the client's Get Help request, the freelancer's notices and
# webhooks): not even the other party of the contract may see it.
PRIVATE = SECRETS[-3:]


@dataclass
class World:
    owner: Any
    other: Any
    ids: dict[str, Any] = field(default_factory=dict)


def build(freelancer, monkeypatch, frozen_clock) -> World:
    contract, client = active_contract(freelancer, monkeypatch)
    first, second = contract.milestones.order_by("position")
    method = card(client)
    escrow.fund_milestone(milestone=first, by=client, method=method)
    escrow.fund_milestone(milestone=second, by=client, method=method)
    settle_gateway(frozen_clock)
    first.refresh_from_db()
    second.refresh_from_db()
    escrow.submit_work(
        milestone=first,
        by=freelancer,
        message="Designs attached, see the zebra file",
        files=[IncomingFile(name="design.png", content=PNG)],
    )
    message = messaging.post_message(
        contract=contract,
        sender=client,
        body="Quartz-lantern message between the parties",
        files=[IncomingFile(name="brief.png", content=PNG)],
    )
    refund = escrow.request_refund(milestone=second, by=client, reason="Not needed any more")
    proposal = changes.propose_change(
        contract=contract,
        by=freelancer,
        kind="add_milestone",
        title="Extra page",
        amount_minor=20_000,
        due_date=None,
    )
    first.refresh_from_db()
    dispute = disputes.open_dispute(
        milestone=first,
        by=client,
        statement="The design does not match the brief.",
        evidence=disputes.EvidenceInput(files=[IncomingFile(name="proof.png", content=PNG)]),
    )
    evidence = dispute.statements.get().evidence.get()
    # A second contract of the same two, paid with a card that the bank charges back.
    charged, logo_invitation, _ = sent_invitation(freelancer, title="Logo work")
    invitations.accept_invitation(
        invitation=logo_invitation,
        access=proven_access(logo_invitation, monkeypatch),
        signed_in=client,
        password="",
        name="Nora Newclient",
        company="Nora's Bakery",
        country="GB",
    )
    charged_milestone = charged.milestones.order_by("position").first()
    escrow.fund_milestone(
        milestone=charged_milestone, by=client, method=card(client, CHARGEBACK_CARD)
    )
    settle_gateway(frozen_clock, seconds=120)
    chargeback = ChargebackCase.objects.get(milestone=charged_milestone)
    made = flags.flag(
        reporter=client,
        kind="contract",
        target_id=str(contract.pk),
        reason="scam_fraud",
        details="",
        address=None,
    )
    notice = notify(
        recipient=freelancer, kind="test.notice", title="Owner's notice", body="Just for you"
    )
    endpoint = create_endpoint(
        owner=freelancer, url="https://hooks.example.com/dc", enabled_events=["payout.paid"]
    )
    emit_event(event_type="payout.paid", owner_ids=[freelancer.pk], data={}, idempotency_key="w1")
    delivery = WebhookDelivery.objects.get(endpoint=endpoint)
    ticket = tickets.open_request(
        user=client,
        data=tickets.RequestInput(
            topic="payments",
            subject="Card fee question",
            description="Card fee question from the tangerine client",
            files=[SupportFile(name="screen.png", content=PNG)],
        ),
        address="198.51.100.1",
    )
    support_file = ticket.messages.get().attachments.get()
    from directcontracts.accounts import services as accounts

    token = accounts.create_api_token(user=freelancer, name="Books")
    draft, invitation, invitation_token = sent_invitation(
        freelancer, client_email="another.client@example.org", milestones=[milestone()]
    )
    session = accounts.record_sign_in(
        user=freelancer, session_key="owner-browser", ip_address=None, user_agent=""
    )
    # A refund the processor refused, for finance's console (no party's object: finance only).
    refused_refund = GatewayRequest.objects.create(
        provider="sandbox",
        kind=GatewayRequestKind.REFUND,
        idempotency_key=f"sweep-refund:{second.pk}",
        subject="payment:0",
        arguments={
            "charge_id": "ch_sweep",
            "amount_minor": 1_000,
            "currency": "USD",
            "reference": f"milestone:{second.pk}",
            "metadata": {"transfer": f"sweep-refund:{second.pk}:paid"},
        },
        state=GatewayRequestState.FAILED,
        failure_code="refund_refused",
    )
    world = World(owner=freelancer, other=client)
    world.ids.update(
        contract=contract.pk,
        milestone=first.pk,
        funded_milestone=second.pk,
        message_file=message.attachments.get().pk,
        deliverable_file=first.deliverables.get().files.get().pk,
        refund_request=refund.pk,
        proposal=proposal.pk,
        dispute=dispute.pk,
        evidence=evidence.pk,
        chargeback=chargeback.pk,
        case=made.case.reference,
        flag=made.reference,
        notice=notice.pk,
        endpoint=endpoint.pk,
        delivery=delivery.pk,
        ticket=ticket.reference,
        support_file=support_file.pk,
        token=token[0].pk,
        payment_method=method.pk,
        invitation=invitation_token,
        session=session.pk,
        gateway_request=refused_refund.pk,
    )
    return world
