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

from directcontracts.contracts.freezes import Movement, stopping_freezes
from directcontracts.contracts.fundable import why_unfundable
from directcontracts.contracts.models import (
    Contract,
    ContractState,
    Invitation,
    Milestone,
    MilestoneState,
    RefundRequest,
)
from directcontracts.contracts.money import display, quote
from directcontracts.contracts.selectors import page_freezes_read
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
        amount_minor=milestone.amount_minor,  # what was agreed; the fee depends on the method
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


def how_to_verify(issued: Issued, *, what: str = "request") -> str:
    """The sentence every email asking for money carries (`what` it is: an invitation reads
    as one)."""
    return (
        f"Check that this {what} is genuine before you pay or agree to anything: open "
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
    `selectors.pending_refund_requests` of all those milestones), plus one for the freezes of
    an active contract with milestones awaiting funding (none when the page has read them,
    `selectors.page_freezes`): no code is listed that the verifier
    would call no longer valid (`why_unfundable`)."""
    wanted: dict[str, str] = {}
    invitation = (
        contract.invitations.filter(revoked_at__isnull=True, answered_at__isnull=True).first()
        if contract.state == ContractState.INVITED
        else None
    )
    # A funding request is listed only while it asks for the milestone's amount (as the
    # verifier answers: `_replaced_because`).
    agreed: dict[str, int] = {}
    if invitation is not None:
        wanted[f"invitation:{invitation.pk}"] = "Invitation"
    for payable in _payable_milestones(contract, milestones):
        wanted[f"milestone:{payable.pk}"] = f"Funding request: {payable.title}"
        agreed[f"milestone:{payable.pk}"] = payable.amount_minor
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
    return [
        (wanted[ref], Issued(req, "").code)
        for ref, req in newest.items()
        if agreed.get(ref, req.amount_minor) == req.amount_minor
    ]


def _payable_milestones(contract: Contract, milestones: list[Milestone] | None) -> list[Milestone]:
    awaiting = (
        [m for m in milestones if m.state == MilestoneState.AWAITING_FUNDING]
        if milestones is not None
        else list(contract.milestones.filter(state=MilestoneState.AWAITING_FUNDING))
    )
    # The contract's freezes are read once for all its milestones (the rule refuses an
    # inactive contract before it looks at freezes, so none are read for one).
    active = awaiting and contract.state == ContractState.ACTIVE
    freezes = (
        stopping_freezes(contract, Movement.FUND, among=page_freezes_read(contract))
        if active
        else []
    )
    payable = []
    for milestone in awaiting:
        milestone.contract = contract
        if why_unfundable(milestone, freezes=freezes) is None:
            payable.append(milestone)
    return payable


def _contract_total(contract: Contract) -> int:
    return sum(m.amount_minor for m in contract.milestones.all())


def client_fees_in_words(amount_minor: int, currency: str) -> str:
    """What each way of paying adds to an agreed amount, for the verifier: "paying by card
    adds a $34.00 fee; bank debit adds none"."""
    fees = quote(amount_minor, currency)

    def adds(fee: int) -> str:
        return f"adds a {display(fee, currency)} fee" if fee else "adds none"

    return f"paying by card {adds(fees.client_card_fee)}; bank debit {adds(fees.client_bank_fee)}"


def _pk(reference: str, prefix: str) -> int | None:
    head, _, tail = reference.partition(":")
    return int(tail) if head == prefix and tail.isdigit() and len(tail) < 19 else None


def _names(contract: Contract) -> tuple[str, str]:
    return contract.title, contract.freelancer.display_name


def invitation_now(signed: SignedRequest) -> registry.RequestNow | None:
    pk = _pk(signed.reference, "invitation")
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
    return _open(signed, title, freelancer)


def funding_request_now(signed: SignedRequest) -> registry.RequestNow | None:
    pk = _pk(signed.reference, "milestone")
    milestone = (
        Milestone.objects.select_related("contract__freelancer").filter(pk=pk).first()
        if pk
        else None
    )
    if milestone is None:
        return None
    title, freelancer = _names(milestone.contract)
    unfundable = why_unfundable(milestone)
    if unfundable is not None:
        return registry.RequestNow(False, title, freelancer, unfundable.publicly)
    replaced = _replaced_because(signed, milestone)
    if replaced:
        return registry.RequestNow(False, title, freelancer, replaced)
    return _open(signed, title, freelancer)


def _replaced_because(signed: SignedRequest, milestone: Milestone) -> str:
    """Why a funding request no longer stands for its milestone, or "": an agreed change of
    amount issues a new request (`changes.accept_change`), and only the newest is payable."""
    if signed.amount_minor != milestone.amount_minor:
        return "The amount of this milestone was changed: ask for the new request."
    newer = SignedRequest.objects.filter(reference=signed.reference, id__gt=signed.pk)
    if newer.exists():
        return "A newer request replaced this one: ask for the new request."
    return ""


def refund_request_now(signed: SignedRequest) -> registry.RequestNow | None:
    pk = _pk(signed.reference, "refund")
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


def _open(signed: SignedRequest, title: str, freelancer: str) -> registry.RequestNow:
    """An open request the client pays: the signed amount is the agreed one, fees apart."""
    fees = client_fees_in_words(signed.amount_minor, signed.currency)
    return registry.RequestNow(True, title, freelancer, fees=fees)


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
