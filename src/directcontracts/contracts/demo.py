"""Demo contracts in each state reachable without money (later steps add funded ones)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from django.db import transaction

from directcontracts.accounts.demo import DEMO_PASSWORD, DIRECT_CLIENT_EMAIL
from directcontracts.accounts.models import User
from directcontracts.contracts import escrow, invitations, services
from directcontracts.contracts.deliverables import IncomingFile
from directcontracts.contracts.models import Contract, Invitation, Milestone, MilestoneState
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
                name="Carl Client",
                country="GB",
            )
    write(
        f"  {Contract.objects.filter(freelancer=freelancer).count()} demo contracts for freelancer@demo.test"
    )
