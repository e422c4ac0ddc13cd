"""Demo contracts in each state reachable without money (later steps add funded ones)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from django.db import transaction

from directcontracts.accounts.demo import DEMO_PASSWORD, DIRECT_CLIENT_EMAIL
from directcontracts.accounts.models import User
from directcontracts.contracts import escrow, invitations, services
from directcontracts.contracts.deliverables import IncomingFile
from directcontracts.contracts.models import (
    Contract,
    Invitation,
    Milestone,
    MilestoneState,
    Release,
)
from directcontracts.core import clock
from directcontracts.payments.charges import add_payment_method
from directcontracts.payments.models import PaymentMethod
from directcontracts.payments.sandbox import deliver_due

CATEGORY = "web-development"


def _milestones(*amounts: int) -> list[services.MilestoneInput]:
    today = clock.now().date()
    names = ["Discovery and wireframes", "Design", "Build", "Launch and handover"]
    return [
        services.MilestoneInput(
            title=names[i % len(names)],
            amount_minor=amount,
            due_date=today + timedelta(days=14 * (i + 1)),
        )
        for i, amount in enumerate(amounts)
    ]


def _draft(
    freelancer: User,
    title: str,
    client_email: str,
    client_name: str,
    *amounts: int,
    currency: str = "USD",
) -> Contract:
    existing = Contract.objects.filter(freelancer=freelancer, title=title).first()
    if existing is not None:
        return existing
    return services.create_contract(
        freelancer=freelancer,
        client_email=client_email,
        client_name=client_name,
        title=title,
        description=f"{title}: scope agreed by email; see the milestones for deliverables and dates.",
        category_slug=CATEGORY,
        currency=currency,
        milestones=_milestones(*amounts),
    )


def _prove(invitation: Invitation) -> str:
    Invitation.objects.filter(pk=invitation.pk).update(email_verified_at=clock.now())
    invitation.refresh_from_db()
    return invitations.access_token(invitation)


def load_contracts(write: Callable[[str], None]) -> None:
    freelancer = User.objects.get_by_email("freelancer@demo.test")
    if freelancer is None:
        return
    _draft(
        freelancer,
        "Brand refresh for Lumen Yoga",
        "owner@lumen-yoga.example",
        "Lina Lumen",
        45_000,
        80_000,
    )

    invited = _draft(
        freelancer,
        "Shop migration for Oak & Ivy",
        "hello@oakivy.example",
        "Olivia Oak",
        150_000,
        currency="GBP",
    )
    if invited.state == "draft":
        invitations.send_invitation(contract=invited, by=freelancer)

    declined = _draft(
        freelancer,
        "Newsletter templates",
        "team@quillpress.example",
        "Quentin Quill",
        30_000,
        currency="EUR",
    )
    if declined.state == "draft":
        invitation = invitations.send_invitation(contract=declined, by=freelancer)
        invitations.decline_invitation(
            invitation=invitation, access=_prove(invitation), reason="We chose to do it in-house."
        )

    active = _draft(
        freelancer, "Bakery website", DIRECT_CLIENT_EMAIL, "Carl Client", 60_000, 120_000, 40_000
    )
    if active.state == "draft":
        invitation = invitations.send_invitation(contract=active, by=freelancer)
        with transaction.atomic():
            invitations.accept_invitation(
                invitation=invitation,
                access=_prove(invitation),
                password=DEMO_PASSWORD,
                signed_in=User.objects.get_by_email(DIRECT_CLIENT_EMAIL),
                name="Carl Client",
                country="GB",
            )
    _money_on(active, freelancer)
    refunded = _draft(freelancer, "Logo refresh", DIRECT_CLIENT_EMAIL, "Carl Client", 25_000)
    if refunded.state == "draft":
        invitation = invitations.send_invitation(contract=refunded, by=freelancer)
        invitations.accept_invitation(
            invitation=invitation,
            access=_prove(invitation),
            password=DEMO_PASSWORD,
            signed_in=User.objects.get_by_email(DIRECT_CLIENT_EMAIL),
            name="Carl Client",
            country="GB",
        )
    refunded.refresh_from_db()
    _refund_first(refunded, freelancer)
    count = Contract.objects.filter(freelancer=freelancer).count()
    write(f"  {count} demo contracts for freelancer@demo.test")


def _settle_now() -> None:
    """Let the sandbox's pending outcomes happen at once, so the demo starts populated."""
    deliver_due(clock.now() + timedelta(days=1))


def _fund(milestone: Milestone, client: User) -> None:
    if milestone.state != MilestoneState.AWAITING_FUNDING:
        return
    method = PaymentMethod.objects.filter(
        owner=client, removed_at__isnull=True
    ).first() or add_payment_method(
        owner=client, kind="card", number="4242424242424242", holder_name=client.full_name
    )
    escrow.fund_milestone(
        milestone=milestone, by=client, method=method, idempotency_key=f"demo:{milestone.pk}"
    )
    _settle_now()
    milestone.refresh_from_db()


def _money_on(contract: Contract, freelancer: User) -> None:
    """Bakery website: the first milestone released, the second submitted, the third unfunded."""
    contract.refresh_from_db()
    client = contract.client
    if client is None or contract.state != "active":
        return
    first, second = list(contract.milestones.order_by("position"))[:2]
    _fund(first, client)
    if first.state == MilestoneState.FUNDED:
        escrow.submit_work(milestone=first, by=freelancer, message="Wireframes for all five pages.")
        escrow.approve_milestone(milestone=first, by=client)
    _fund(second, client)
    if second.state == MilestoneState.FUNDED:
        escrow.submit_work(
            milestone=second,
            by=freelancer,
            message="The design, ready for your review.",
            files=[
                IncomingFile(
                    "design-notes.md",
                    b"# Design notes\n\nWarm colours, hand-drawn icons, large photos.\n",
                )
            ],
        )


def _refund_first(contract: Contract, freelancer: User) -> None:
    milestone = contract.milestones.order_by("position").first()
    if milestone is None or contract.client is None or contract.state != "active":
        return
    _fund(milestone, contract.client)
    if milestone.state == MilestoneState.FUNDED:
        escrow.refund_milestone(
            milestone=milestone,
            by=freelancer,
            reason="The client's plans changed; nothing was started.",
        )


def end_demo_security_holds(write: Callable[[str], None]) -> None:
    """Run last: the demo freelancer's releases are past their security hold, so a payout
    can be tried at once (add a sandbox bank account on /earnings/)."""
    freelancer = User.objects.get_by_email("freelancer@demo.test")
    if freelancer is None:
        return
    Release.objects.filter(freelancer=freelancer, available_at__gt=clock.now()).update(
        available_at=clock.now()
    )
    write("  freelancer@demo.test can withdraw now (demo releases are past their hold)")
