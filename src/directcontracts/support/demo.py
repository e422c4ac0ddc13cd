"""Demo tickets: a visitor's phishing report, a client's payment question answered and
waiting, and a resolved account question, so the queue, the chart and the customer's
pages all show something."""

from __future__ import annotations

from collections.abc import Callable

from directcontracts.accounts.models import User
from directcontracts.contracts.models import Contract
from directcontracts.support import staff, tickets
from directcontracts.support.models import CannedReply, Status, Ticket


def _open(user: User | None, subject: str, **fields: object) -> Ticket:
    existing = Ticket.objects.filter(subject=subject).first()
    if existing is not None:
        return existing
    ticket = tickets.open_request(
        user=user,
        data=tickets.RequestInput(subject=subject, **fields),  # type: ignore[arg-type]
        address="192.0.2.20",
    )
    if not ticket.is_confirmed:
        # Visitors confirm by the emailed link; the demo follows it here.
        tickets.confirm_request(token=_confirm_token(ticket))
        ticket.refresh_from_db()
    return ticket


def _confirm_token(ticket: Ticket) -> str:
    from directcontracts.support.tokens import confirm_token

    return confirm_token(ticket.pk, ticket.requester_email)


def load_tickets(write: Callable[[str], None]) -> None:
    agent = User.objects.get_by_email("support@demo.test")
    client = User.objects.get_by_email("client@demo.test")
    if agent is None:
        return
    CannedReply.objects.get_or_create(
        title="Check a payment request",
        defaults={
            "body": (
                "Hello {name},\n\nThank you for checking with us first. Please paste the link or the "
                "code you received into our verification page (/verify/): it tells you at once "
                "whether the request is genuine. Never pay outside a contract page on this site.\n\n"
                "Your reference: {reference}"
            )
        },
    )
    _open(
        None,
        "Someone asked me to pay through Direct Contracts on another site",
        topic="trust_safety",
        description=(
            "A 'freelancer' on a forum sent me a link to pay 900 USD through Direct Contracts. "
            "The page looked like yours but the address was directcontracts-pay.example.net."
        ),
        email="wary.visitor@example.org",
        name="Wanda Wary",
    )
    if client is not None:
        contract = Contract.objects.visible_to(client).first()
        question = _open(
            client,
            "When does the card fee apply?",
            topic="payments",
            description="I funded a milestone by card; was the 3.4% fee added once or twice?",
            contract_id=contract.pk if contract else None,
        )
        if question.status == Status.NEW:
            staff.reply_to_customer(
                ticket=question,
                by=agent,
                body="Hello Carl, the card fee is added once, when you fund. Does that answer it?",
            )
        resolved = _open(
            client,
            "How do I turn on two-factor sign-in?",
            topic="account",
            description="I'd like to protect my account with a code from my phone.",
        )
        if resolved.status == Status.NEW:
            staff.reply_to_customer(
                ticket=resolved,
                by=agent,
                body="Go to Settings, then Two-factor sign-in, and scan the QR code.",
                status_after=Status.RESOLVED,
            )
    _make_lead(agent)
    write(
        "Support: demo tickets and a canned reply (support@demo.test works the queue and, "
        "as the support lead, sees the team's figures)."
    )


def _make_lead(agent: User) -> None:
    """Support leads see each member's figures (`support.view_team_figures`)."""
    from django.contrib.auth.models import Permission

    permission = Permission.objects.filter(
        content_type__app_label="support", codename="view_team_figures"
    ).first()
    if permission is not None:
        agent.user_permissions.add(permission)
