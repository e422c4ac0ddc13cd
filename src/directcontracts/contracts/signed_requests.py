"""Every request for money the contracts app sends is signed (issue 16), so anyone can check
it at /verify/: invitations, funding requests (a milestone waiting for the client's money)
and refund requests. This module signs them and tells the verifier what each is now
(registered in ContractsConfig.ready(); verification sits below contracts)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.urls import Resolver404, resolve

from directcontracts.contracts.models import (
    Contract,
    ContractState,
    Invitation,
    Milestone,
    MilestoneState,
    RefundRequest,
)
from directcontracts.contracts.money import quote
from directcontracts.core import clock
from directcontracts.verification import registry
from directcontracts.verification.models import RequestKind, SignedRequest
from directcontracts.verification.signing import Issued, sign_request


def sign_invitation(invitation: Invitation) -> Issued:
    contract = invitation.contract
    return sign_request(
        kind=RequestKind.INVITATION,
        reference=f"invitation:{invitation.pk}",
        contract_id=contract.pk,
        milestone_id=None,
        amount_minor=_contract_total(contract),
        currency=contract.currency,
        recipient=invitation.email,
        expires_at=invitation.expires_at,
    )


def sign_funding_request(milestone: Milestone) -> Issued:
    contract = milestone.contract
    return sign_request(
        kind=RequestKind.FUNDING_REQUEST,
        reference=f"milestone:{milestone.pk}",
        contract_id=contract.pk,
        milestone_id=milestone.pk,
        amount_minor=quote(milestone.amount_minor, contract.currency).client_pays_by_card,
        currency=contract.currency,
        recipient=contract.client_email,
        expires_at=clock.now() + timedelta(days=settings.FUNDING_REQUEST_VALID_DAYS),
    )


def sign_refund_request(request: RefundRequest) -> Issued:
    contract = request.milestone.contract
    return sign_request(
        kind=RequestKind.REFUND_REQUEST,
        reference=f"refund:{request.pk}",
        contract_id=contract.pk,
        milestone_id=request.milestone_id,
        amount_minor=request.amount_minor,
        currency=contract.currency,
        recipient=contract.freelancer.email,
        expires_at=max(request.answer_by, clock.now() + timedelta(days=1)),
    )


def how_to_verify(issued: Issued) -> str:
    """The sentence every email asking for money carries."""
    return (
        f"Check that this request is genuine before you pay or agree to anything: open "
        f"{settings.BASE_URL}/verify/ "
        f"(type the address yourself) and enter the code {issued.code}."
    )


def open_codes_of(
    contract: Contract,
    milestones: list[Milestone] | None = None,
    pending_refunds: list[RefundRequest] | None = None,
) -> list[tuple[str, str]]:
    """(what, code) of this contract's requests for money still open, for its page: in a
    fixed number of queries however many milestones it has (one fewer when the page passes
    the milestones it read, one more fewer when it also passes their waiting refund requests,
    `selectors.pending_refund_requests` of all those milestones)."""
    wanted: dict[str, str] = {}
    invitation = (
        contract.invitations.filter(revoked_at__isnull=True, answered_at__isnull=True).first()
        if contract.state == ContractState.INVITED
        else None
    )
    if invitation is not None:
        wanted[f"invitation:{invitation.pk}"] = "Invitation"
    # Only an active contract asks for funding: an ended one's unfunded milestones closed with it.
    awaiting: Iterable[tuple[int, str]] = (
        []
        if contract.state != ContractState.ACTIVE
        else [(m.pk, m.title) for m in milestones if m.state == MilestoneState.AWAITING_FUNDING]
        if milestones is not None
        else contract.milestones.filter(state=MilestoneState.AWAITING_FUNDING).values_list(
            "pk", "title"
        )
    )
    for pk, title in awaiting:
        wanted[f"milestone:{pk}"] = f"Funding request: {title}"
    refunds: Iterable[tuple[int, str]]
    if milestones is not None and pending_refunds is not None:
        titles = {m.pk: m.title for m in milestones}
        refunds = [(r.pk, titles[r.milestone_id]) for r in pending_refunds]
    else:
        refunds = RefundRequest.objects.filter(
            milestone__contract=contract, state="pending"
        ).values_list("pk", "milestone__title")
    for pk, title in refunds:
        wanted[f"refund:{pk}"] = f"Refund request: {title}"
    newest: dict[str, SignedRequest] = {}
    for request in SignedRequest.objects.filter(
        reference__in=list(wanted), expires_at__gt=clock.now()
    ).order_by("id"):
        newest[request.reference] = request
    return [(wanted[ref], Issued(req, "").code) for ref, req in newest.items()]


def _contract_total(contract: Contract) -> int:
    total = sum(m.amount_minor for m in contract.milestones.all())
    return quote(total, contract.currency).client_pays_by_card


def _pk(reference: str, prefix: str) -> int | None:
    head, _, tail = reference.partition(":")
    return int(tail) if head == prefix and tail.isdigit() and len(tail) < 19 else None


def _names(contract: Contract) -> tuple[str, str]:
    return contract.title, contract.freelancer.display_name


def invitation_now(reference: str) -> registry.RequestNow | None:
    pk = _pk(reference, "invitation")
    invitation = (
        Invitation.objects.select_related("contract__freelancer").filter(pk=pk).first()
        if pk
        else None
    )
    if invitation is None:
        return None
    title, freelancer = _names(invitation.contract)
    if invitation.revoked_at is not None or invitation.contract.state == ContractState.CANCELLED:
        return registry.RequestNow(
            False, title, freelancer, "The freelancer withdrew or replaced this invitation."
        )
    if invitation.answered_at is not None or invitation.contract.state != ContractState.INVITED:
        return registry.RequestNow(
            False, title, freelancer, "This invitation was already answered."
        )
    return registry.RequestNow(True, title, freelancer)


def funding_request_now(reference: str) -> registry.RequestNow | None:
    pk = _pk(reference, "milestone")
    milestone = (
        Milestone.objects.select_related("contract__freelancer").filter(pk=pk).first()
        if pk
        else None
    )
    if milestone is None:
        return None
    title, freelancer = _names(milestone.contract)
    if milestone.contract.state != ContractState.ACTIVE:
        return registry.RequestNow(
            False,
            title,
            freelancer,
            f"The contract is {milestone.contract.get_state_display().lower()}: this milestone "
            "no longer asks for payment. Don't pay it.",
        )
    if milestone.state != MilestoneState.AWAITING_FUNDING:
        return registry.RequestNow(
            False,
            title,
            freelancer,
            "This milestone is already funded or no longer asks for payment.",
        )
    return registry.RequestNow(True, title, freelancer)


def refund_request_now(reference: str) -> registry.RequestNow | None:
    pk = _pk(reference, "refund")
    request = (
        RefundRequest.objects.select_related("milestone__contract__freelancer")
        .filter(pk=pk)
        .first()
        if pk
        else None
    )
    if request is None:
        return None
    title, freelancer = _names(request.milestone.contract)
    if request.state != "pending":
        return registry.RequestNow(False, title, freelancer, "This refund request was answered.")
    return registry.RequestNow(True, title, freelancer)


def invitation_link_reference(path: str) -> str | None:
    """An invitation link of ours is itself a request: which one (or forged)."""
    from directcontracts.contracts.invitations import LINK_SALT

    try:
        match = resolve(path)
    except Resolver404:
        return None
    if match.url_name != "invitation" or match.namespace != "contracts":
        return None
    try:
        payload = signing.loads(match.kwargs["token"], salt=LINK_SALT)
        return f"invitation:{int(payload['i'])}"
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return registry.FORGED


def register() -> None:
    registry.register_resolver(RequestKind.INVITATION, invitation_now)
    registry.register_resolver(RequestKind.FUNDING_REQUEST, funding_request_now)
    registry.register_resolver(RequestKind.REFUND_REQUEST, refund_request_now)
    registry.register_path_reader(invitation_link_reference)
