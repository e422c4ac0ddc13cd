"""Demo disputes: one open (waiting for a mediator), one resolved by a split both parties
accepted, and a chargeback after release with its evidence pack. Idempotent: each contract
is found by its title and each step runs only from the state before it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from directcontracts.accounts.demo import DEMO_PASSWORD, DIRECT_CLIENT_EMAIL
from directcontracts.accounts.models import User
from directcontracts.contracts import escrow, invitations
from directcontracts.contracts.deliverables import IncomingFile
from directcontracts.contracts.demo import _draft, _prove
from directcontracts.contracts.models import Contract, Milestone, MilestoneState
from directcontracts.core import clock
from directcontracts.disputes import chargebacks, services
from directcontracts.disputes.models import ChargebackCase, Dispute, DisputeState
from directcontracts.payments.charges import add_payment_method
from directcontracts.payments.models import PaymentMethod
from directcontracts.payments.sandbox import CARD_CHARGEBACK, CARD_SUCCESS, deliver_due


def load_disputes(write: Callable[[str], None]) -> None:
    freelancer = User.objects.get_by_email("freelancer@demo.test")
    staff = User.objects.get_by_email("trust@demo.test")
    if freelancer is None or staff is None:
        return
    _open_dispute(freelancer)
    _resolved_split(freelancer, staff)
    _chargeback(freelancer)
    write(
        f"  {Dispute.objects.filter(contract__freelancer=freelancer).count()} demo disputes and "
        f"{ChargebackCase.objects.filter(contract__freelancer=freelancer).count()} chargeback "
        "(trust@demo.test sees them at /staff/disputes/)"
    )


def _active(freelancer: User, title: str, amount: int) -> tuple[Contract, Milestone, User] | None:
    contract = _draft(freelancer, title, DIRECT_CLIENT_EMAIL, "Carl Client", amount)
    if contract.state == "draft":
        invitation = invitations.send_invitation(contract=contract, by=freelancer)
        invitations.accept_invitation(
            invitation=invitation,
            access=_prove(invitation),
            password=DEMO_PASSWORD,
            signed_in=User.objects.filter(email__iexact=DIRECT_CLIENT_EMAIL).first(),
            name="Carl Client",
            country="GB",
        )
        contract.refresh_from_db()
    milestone = contract.milestones.order_by("position").first()
    if contract.client is None or milestone is None:
        return None
    return contract, milestone, contract.client


def _funded_and_submitted(
    milestone: Milestone, client: User, freelancer: User, *, card: str
) -> None:
    if milestone.state == MilestoneState.AWAITING_FUNDING:
        # The client's saved card when it is the same one, as a person would pay.
        method = PaymentMethod.objects.filter(
            owner=client, removed_at__isnull=True, kind="card", last4=card[-4:]
        ).first() or add_payment_method(
            owner=client, kind="card", number=card, holder_name=client.full_name
        )
        escrow.fund_milestone(
            milestone=milestone, by=client, method=method, idempotency_key=f"demo:{milestone.pk}"
        )
        # Only the settlement (a few seconds); a chargeback card's reversal comes a minute later.
        deliver_due(clock.now() + timedelta(seconds=30))
        milestone.refresh_from_db()
    if milestone.state == MilestoneState.FUNDED:
        escrow.submit_work(
            milestone=milestone,
            by=freelancer,
            message="All the files, as agreed.",
            files=[IncomingFile("handover.txt", b"Final files and the licence notes.\n")],
        )
        milestone.refresh_from_db()


def _open_dispute(freelancer: User) -> None:
    found = _active(freelancer, "Menu photography", 90_000)
    if found is None:
        return
    contract, milestone, client = found
    _funded_and_submitted(milestone, client, freelancer, card=CARD_SUCCESS)
    if milestone.in_escrow and not Dispute.objects.filter(milestone=milestone).exists():
        dispute = services.open_dispute(
            milestone=milestone,
            by=client,
            statement="Half of the photos are out of focus and the dessert shots are missing.",
            claim_minor=45_000,
        )
        services.add_statement(
            dispute=dispute,
            by=freelancer,
            body="The dessert shots were dropped by email on the shoot day; the focus is a "
            "deliberate shallow depth of field.",
        )


def _resolved_split(freelancer: User, staff: User) -> None:
    found = _active(freelancer, "Event poster design", 40_000)
    if found is None:
        return
    contract, milestone, client = found
    _funded_and_submitted(milestone, client, freelancer, card=CARD_SUCCESS)
    dispute = Dispute.objects.filter(milestone=milestone).first()
    if dispute is None and milestone.in_escrow:
        dispute = services.open_dispute(
            milestone=milestone,
            by=client,
            statement="The flyers came a week late, after the event had been promoted.",
        )
        services.add_statement(
            dispute=dispute,
            by=freelancer,
            body="The brief changed twice; the final files are complete.",
        )
        services.propose(
            dispute=dispute,
            by=staff,
            to_freelancer_minor=24_000,
            to_client_minor=16_000,
            reason="The work is complete but was late for the event: 60 % to the freelancer.",
        )
        dispute.refresh_from_db()
    if dispute is not None and dispute.state == DisputeState.PROPOSAL_MADE:
        proposal = services.latest_proposal(dispute)
        if proposal is not None and not proposal.client_answer:
            services.answer_proposal(dispute=dispute, by=client, accept=True)
        services.answer_proposal(dispute=dispute, by=freelancer, accept=True)


def _chargeback(freelancer: User) -> None:
    found = _active(freelancer, "Recipe blog theme", 70_000)
    if found is None:
        return
    contract, milestone, client = found
    _funded_and_submitted(milestone, client, freelancer, card=CARD_CHARGEBACK)
    if milestone.state == MilestoneState.SUBMITTED:
        escrow.approve_milestone(milestone=milestone, by=client)
    deliver_due(clock.now() + timedelta(days=1))  # the card's chargeback arrives
    case = ChargebackCase.objects.filter(milestone=milestone).first()
    if case is not None:
        chargebacks.ensure_evidence_pack(case)
