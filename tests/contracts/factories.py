from __future__ import annotations

from datetime import timedelta

from directcontracts.contracts import invitations, services
from directcontracts.contracts.models import Contract, Invitation
from directcontracts.core import clock

CATEGORY = "web-development"


def milestone(
    title: str = "Design", amount_minor: int = 50_000, days: int | None = 30
) -> services.MilestoneInput:
    due = clock.now().date() + timedelta(days=days) if days is not None else None
    return services.MilestoneInput(title=title, amount_minor=amount_minor, due_date=due)


def draft_contract(freelancer, **overrides) -> Contract:
    fields = {
        "client_email": "new.client@example.org",
        "client_name": "Nora Newclient",
        "title": "A website for the bakery",
        "description": "Design and build a five-page website with a contact form.",
        "category_slug": CATEGORY,
        "currency": "USD",
        "milestones": [milestone("Design", 50_000), milestone("Build", 120_000)],
    }
    fields.update(overrides)
    return services.create_contract(freelancer=freelancer, **fields)


def token_of(invitation: Invitation) -> str:
    return invitation.link.rstrip("/").split("/")[-1]  # type: ignore[attr-defined]


def sent_invitation(freelancer, **overrides) -> tuple[Contract, Invitation, str]:
    contract = draft_contract(freelancer, **overrides)
    invitation = invitations.send_invitation(contract=contract, by=freelancer)
    contract.refresh_from_db()
    return contract, invitation, token_of(invitation)


def proven_access(invitation: Invitation, monkeypatch) -> str:
    """Send the code and enter it, as the client would from the email."""
    codes: list[str] = []
    monkeypatch.setattr(invitations.secrets, "randbelow", lambda n: 424242)
    invitations.send_code(invitation=invitation)
    codes.append("424242")
    return invitations.verify_code(invitation=invitation, code=codes[0])


def active_contract(freelancer, monkeypatch, **overrides):
    contract, invitation, _ = sent_invitation(freelancer, **overrides)
    access = proven_access(invitation, monkeypatch)
    result = invitations.accept_invitation(
        invitation=invitation,
        access=access,
        password="a-long-client-passphrase-7",
        name="Nora Newclient",
        company="Nora's Bakery",
        country="GB",
    )
    return result.contract, result.client


def settle_gateway(clock_module, seconds: int = 3600) -> int:
    """Let the sandbox processor's due outcomes happen (settlements, payouts)."""
    from directcontracts.payments.sandbox import deliver_due

    clock_module.advance(seconds=seconds)
    return deliver_due()


def card(client, number: str = "4242424242424242"):
    from directcontracts.payments.charges import add_payment_method

    return add_payment_method(
        owner=client, kind="card", number=number, holder_name=client.full_name
    )


def funded_milestone(freelancer, monkeypatch, frozen_clock, **overrides):
    """An active contract whose first milestone is funded and settled in escrow."""
    from directcontracts.contracts import escrow

    contract, client = active_contract(freelancer, monkeypatch, **overrides)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    settle_gateway(frozen_clock)
    milestone.refresh_from_db()
    return contract, client, milestone


def proposed_change(contract, by, **change):
    """A change to the contract proposed by one party, waiting for the other: the proposal."""
    from directcontracts.contracts import changes

    return changes.propose_change(contract=contract, by=by, **change)


def agreed_change(contract, by, accepter, **change) -> None:
    """A change to the contract proposed by one party and accepted by the other."""
    from directcontracts.contracts import changes

    changes.accept_change(proposal=proposed_change(contract, by, **change), by=accepter)


def milestone_added_by_change(
    contract, freelancer, client, *, title: str = "Extra landing page", amount_minor: int = 30_000
):
    """The freelancer proposes a new milestone, the client accepts: the added milestone."""
    from directcontracts.contracts.models import ProposalKind

    agreed_change(
        contract,
        freelancer,
        client,
        kind=ProposalKind.ADD_MILESTONE,
        title=title,
        amount_minor=amount_minor,
    )
    return contract.milestones.order_by("-position").first()


def partly_refunded_contract(freelancer, monkeypatch, frozen_clock):
    """$400 funded, $250 released, the freelancer accepted refunding the other $150; a second
    milestone of $600 was never funded."""
    from directcontracts.contracts import escrow
    from directcontracts.contracts.models import RefundRequestState

    contract, buyer, first = funded_milestone(
        freelancer,
        monkeypatch,
        frozen_clock,
        milestones=[milestone("Design", 40_000), milestone("Build", 60_000)],
    )
    escrow.submit_work(milestone=first, by=freelancer, message="Done", files=[])
    first.refresh_from_db()
    escrow.approve_milestone(milestone=first, by=buyer, amount_minor=25_000)
    request = first.refund_requests.get(state=RefundRequestState.PENDING)
    escrow.answer_refund_request(request=request, by=freelancer, accept=True)
    return contract, buyer


def ended_contract(freelancer, monkeypatch, frozen_clock):
    """The partly refunded contract above, ended by the freelancer."""
    from directcontracts.contracts import changes

    contract, buyer = partly_refunded_contract(freelancer, monkeypatch, frozen_clock)
    changes.end_contract(contract=contract, by=freelancer)
    return contract, buyer


def funding_pending(freelancer, monkeypatch, **overrides):
    """An active contract whose first milestone the client paid for by card; the payment is
    pending at the processor (not settled yet). Returns contract, client, milestone, payment."""
    from directcontracts.contracts import escrow
    from directcontracts.payments.models import Payment

    contract, client = active_contract(freelancer, monkeypatch, **overrides)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    payment = Payment.objects.get(reference=f"milestone:{milestone.pk}")
    return contract, client, milestone, payment


def new_funded_milestone(
    contract, client, frozen_clock, *, card_number: str = "4242424242424242", settle: int = 3600
):
    """A new $500 milestone at the end of `contract`, funded by the client's card and settled
    (`settle` seconds pass at the processor): for property tests that share one contract
    across their examples."""
    from django.db.models import Max

    from directcontracts.contracts import escrow
    from directcontracts.contracts.models import Milestone, MilestoneState

    position = (contract.milestones.aggregate(top=Max("position"))["top"] or 0) + 1
    milestone = Milestone.objects.create(
        contract=contract,
        position=position,
        title=f"Part {position}",
        amount_minor=50_000,
        state=MilestoneState.AWAITING_FUNDING,
    )
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client, card_number))
    settle_gateway(frozen_clock, seconds=settle)
    milestone.refresh_from_db()
    return milestone
