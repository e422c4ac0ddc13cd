"""Milestones and money over HTTP: payment methods, funding, delivery, review, release,
refunds, change proposals, ending, feedback, earnings and payouts.

Every operation is one scoped lookup (a stranger gets 404) and one service call (the service
checks the party, 403, and the state, 409 `invalid_transition`). POSTs that move money
(fund, approve, refund, payouts) need an `Idempotency-Key` header (core/idempotency.py).
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Annotated, Any, Literal

from django.conf import settings
from django.http import FileResponse, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.urls import NoReverseMatch, reverse
from ninja import Field, File, Form, Router, Schema, Status, UploadedFile
from ninja.pagination import LimitOffsetPagination, paginate
from pydantic import BeforeValidator

from directcontracts.accounts.models import User
from directcontracts.accounts.selectors import api_user
from directcontracts.contracts import (
    changes,
    deliverables,
    escrow,
    freezes,
    paying,
    payment_privacy,
    selectors,
    statements,
)
from directcontracts.contracts import earnings as earnings_reads
from directcontracts.contracts.access import get_contract_for_user, get_milestone_for_user
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.freeze_models import EscrowFreeze
from directcontracts.contracts.identity import ClientContext
from directcontracts.contracts.models import (
    ChangeProposal,
    Contract,
    Deliverable,
    DeliverableFile,
    Feedback,
    Milestone,
    MilestoneState,
    RefundRequest,
    RefundRequestState,
)
from directcontracts.contracts.money import AmountMinor, whole_minor_units
from directcontracts.contracts.services import require_party
from directcontracts.core.errors import DomainError, NotFound
from directcontracts.core.idempotency import HEADER as IDEMPOTENCY_HEADER
from directcontracts.core.idempotency import idempotent
from directcontracts.core.pagination import Mapped
from directcontracts.core.validation import MultiLineStr, SingleLineStr
from directcontracts.payments import charges, payouts
from directcontracts.payments.models import (
    Payment,
    PaymentMethod,
    Payout,
    PayoutMethod,
)

router = Router(tags=["milestones and money"])

MILESTONE = "/contracts/{contract_id}/milestones/{milestone_id}"
IDEMPOTENT_NOTE = (
    f"\n\nMoves money: send an `{IDEMPOTENCY_HEADER}` header. A retry with the same key and "
    "body returns the first answer (with `Idempotent-Replayed: true`) and moves nothing."
)


# --- Schemas ------------------------------------------------------------------------------


class ErrorDetail(Schema):
    code: str = Field(examples=["invalid_transition"])
    message: str = Field(
        examples=[
            "This milestone is released, so work can't be submitted on it. It is finished: "
            "the money went to the freelancer."
        ]
    )
    details: dict[str, Any] | None = Field(default=None, examples=[{"current_state": "released"}])


class ErrorOut(Schema):
    """Every refusal: a stable machine-readable code and a message for people."""

    error: ErrorDetail


ERRORS: dict[int, Any] = {
    400: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
}


def responses(ok: dict[int, Any], *extra: int) -> dict[int, Any]:
    return {**ok, **ERRORS, **dict.fromkeys(extra, ErrorOut)}


class PaymentMethodIn(Schema):
    kind: Literal["card", "bank_debit"] = Field(examples=["card"])
    number: SingleLineStr = Field(
        min_length=4,
        max_length=34,
        description="Card number or bank account number (sandbox: 4242 4242 4242 4242 settles, "
        "4000 0000 0000 0002 is declined).",
        examples=["4242 4242 4242 4242"],
    )
    holder_name: SingleLineStr = Field(default="", max_length=150, examples=["Nora Newclient"])


class PaymentMethodOut(Schema):
    id: int = Field(examples=[7])
    kind: str = Field(examples=["card"])
    brand: str = Field(examples=["Visa"])
    last4: str = Field(examples=["4242"])
    label: str = Field(examples=["Visa card ending 4242"])
    created_at: datetime


class FundIn(Schema):
    payment_method_id: int = Field(gt=0, examples=[7])


# What escrow held, as the client saw it: like `AmountMinor`, but an empty escrow is 0.
EscrowSeenMinor = Annotated[
    int,
    Field(ge=0, le=settings.LEDGER_MAX_AMOUNT_MINOR),
    BeforeValidator(whole_minor_units),
]


class ApproveIn(Schema):
    amount_minor: AmountMinor | None = Field(
        default=None,
        description="Release less than what is in escrow (the rest stays there until the "
        "freelancer agrees to refund it to you), or more (the difference is charged to "
        "`payment_method_id` and released once it settles); leave out to release it all.",
        examples=[50000],
    )
    payment_method_id: int | None = Field(
        default=None,
        description="Pays the difference when releasing more than escrow holds.",
        examples=[3],
    )
    escrow_seen_minor: EscrowSeenMinor | None = Field(
        default=None,
        description="What escrow held when the client decided (the milestone's "
        "`in_escrow_minor` as last read). Given and different from what escrow holds now (a "
        "refund meanwhile), nothing moves: 409 `escrow_changed`, whose "
        "`details.escrow_minor` is what it holds now. Leave out to release whatever escrow "
        "holds.",
        examples=[50000],
    )


class ChangesIn(Schema):
    message: MultiLineStr = Field(
        min_length=1, max_length=5000, examples=["Please use the darker blue from the logo."]
    )


class ExtendIn(Schema):
    days: int = Field(
        ge=1,
        le=settings.REVIEW_EXTENSION_MAX_DAYS,
        description=f"At most REVIEW_EXTENSION_MAX_DAYS ({settings.REVIEW_EXTENSION_MAX_DAYS}).",
        examples=[7],
    )


class RefundIn(Schema):
    amount_minor: AmountMinor | None = Field(
        default=None,
        description="Refund part of what is in escrow; leave out to refund it all.",
        examples=[20000],
    )
    reason: MultiLineStr = Field(
        default="", max_length=2000, examples=["We agreed to drop the second page."]
    )


class RefundRequestOut(Schema):
    id: int = Field(examples=[6])
    milestone_id: int = Field(examples=[12])
    amount_minor: int = Field(examples=[20000])
    reason: str = Field(examples=["Nora released $300.00 and asks for the remaining $200.00 back."])
    state: str = Field(
        description="`pending`, `accepted`, `declined`, `refunded_by_default` or `closed` "
        "(the money moved otherwise first).",
        examples=["pending"],
    )
    answer_by: datetime = Field(
        description="Silence past this date refunds, except on a `partially_released` "
        "milestone: its rest is refunded only with the freelancer's yes."
    )
    answered_at: datetime | None
    waiting_for_freeze: bool = Field(
        default=False,
        description="True while it waits and an escrow freeze stops refunds on its milestone: "
        "accepting it is refused (409 `escrow_frozen`) and silence refunds only once the "
        "freeze is lifted. The milestone's `frozen` says which freeze and why.",
        examples=[False],
    )


class FreezeOut(Schema):
    """A stop on the milestone's escrow, in the words and codes both parties may read: never
    who at Trust & Safety made it, their own reason or the case's notes."""

    kind: str = Field(
        description="`freeze_escrow` (no release, refund or new funding) or `hold` (no new "
        "funding and no release; refunds to the client go ahead).",
        examples=["freeze_escrow"],
    )
    source: str = Field(
        description="Who stopped it: `dispute`, `trust_safety` or `chargeback`.",
        examples=["trust_safety"],
    )
    reference: str = Field(
        description="The source's own reference, such as `dispute:12` or `case:7`.",
        examples=["case:7"],
    )
    scope: str = Field(
        description="`milestone` (this milestone only) or `contract` (every milestone).",
        examples=["contract"],
    )
    since: datetime
    reason: str = Field(
        description="The reason the parties read (as on the contract page).",
        examples=["The contract is under review; the freeze is lifted when the review ends."],
    )
    refunds_allowed: bool = Field(
        description="Whether a refund, or a refund request, can go ahead under it.",
        examples=[False],
    )
    message: str = Field(
        description="One sentence for the reader: what is stopped, by whom, since when, why and "
        "what to do (the same words as a refusal's message).",
    )


class ChargeOut(Schema):
    """A charge the client made to fund the milestone, and what it was made of."""

    id: int = Field(examples=[41])
    method: str = Field(examples=["Visa card ending 4242"])
    method_kind: str = Field(examples=["card"])
    amount_minor: int = Field(description="What went into escrow.", examples=[50000])
    fee_minor: int = Field(
        description="The client's processing fee on top (CLIENT_CARD_FEE_BPS for cards); "
        "platform revenue, not held in escrow.",
        examples=[1700],
    )
    total_minor: int = Field(description="What was charged: amount + fee.", examples=[51700])
    state: str = Field(
        description="`pending`, `succeeded`, `failed` (nothing was taken) or `charged_back`.",
        examples=["succeeded"],
    )
    summary: str = Field(
        examples=[
            "Charged $517.00 to Visa card ending 4242: $500.00 into escrow + $17.00 card "
            "processing fee."
        ]
    )
    created_at: datetime
    settled_at: datetime | None = None


class MilestoneMoneyOut(Schema):
    id: int = Field(examples=[12])
    contract_id: int = Field(examples=[5])
    position: int = Field(examples=[1])
    title: str = Field(examples=["Design"])
    currency: str = Field(examples=["USD"])
    amount_minor: int = Field(examples=[50000])
    state: str = Field(examples=["funded"])
    funded_amount_minor: int = Field(examples=[50000])
    released_amount_minor: int = Field(examples=[0])
    refunded_amount_minor: int = Field(examples=[0])
    in_escrow_minor: int = Field(description="What escrow holds for it now.", examples=[50000])
    due_date: date | None = None
    submitted_at: datetime | None = None
    review_deadline: datetime | None = Field(
        default=None, description="When it is released automatically unless the client acts."
    )
    auto_release_in: str = Field(examples=["13 d 4 h"])
    review_extended: bool = Field(examples=[False])
    released_at: datetime | None = None
    charges: list[ChargeOut] = Field(
        default_factory=list, description="Every charge made to fund it, oldest first."
    )
    pending_refund_request: RefundRequestOut | None = Field(
        default=None,
        description="The refund request waiting for the freelancer's answer, if any (after a "
        "partial release: the rest, which stays in escrow until they answer).",
    )
    frozen: FreezeOut | None = Field(
        default=None,
        description="The active freeze or hold on this milestone's escrow (an escrow freeze "
        "before a hold, oldest first), or null. While `frozen.refunds_allowed` is false, "
        "refunds and refund requests are refused with 409 `escrow_frozen`.",
    )


class DeliverableFileOut(Schema):
    id: int = Field(examples=[31])
    name: str = Field(examples=["homepage.png"])
    size: int = Field(description="Bytes.", examples=[482113])
    content_type: str = Field(examples=["image/png"])
    sha256: str = Field(
        examples=["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]
    )
    preview_url: str | None = Field(
        description="A watermarked picture preview, when there is one.",
        examples=["/api/v1/deliverable-files/31/preview"],
    )
    preview_text: str = Field(description="The start of a text file.", examples=[""])
    download_url: str | None = Field(
        description="The full file: for the freelancer always, for the client once released.",
        examples=[None],
    )
    locked: bool = Field(examples=[True])


class DeliverableOut(Schema):
    id: int = Field(examples=[9])
    number: int = Field(description="1 for the first submission, 2 after changes...", examples=[1])
    message: str = Field(examples=["The homepage design, desktop and mobile."])
    submitted_by_id: int = Field(examples=[3])
    created_at: datetime
    files: list[DeliverableFileOut]


ProposalKindIn = Literal["add_milestone", "change_amount", "change_due_date"]


class ProposalIn(Schema):
    kind: ProposalKindIn = Field(examples=["add_milestone"])
    milestone_id: int | None = Field(
        default=None, gt=0, description="For change_amount and change_due_date.", examples=[None]
    )
    title: SingleLineStr = Field(default="", max_length=200, examples=["Logo variations"])
    amount_minor: AmountMinor | None = Field(default=None, examples=[30000])
    due_date: date | None = Field(default=None, examples=["2026-12-20"])
    note: MultiLineStr = Field(default="", max_length=2000, examples=["Three extra logo options."])


class ProposalOut(Schema):
    id: int = Field(examples=[4])
    contract_id: int = Field(examples=[5])
    kind: str = Field(examples=["add_milestone"])
    state: str = Field(examples=["pending"])
    proposed_by_id: int = Field(examples=[3])
    milestone_id: int | None = Field(examples=[None])
    title: str = Field(examples=["Logo variations"])
    amount_minor: int | None = Field(examples=[30000])
    due_date: date | None = None
    note: str = Field(examples=["Three extra logo options."])
    description: str = Field(examples=["Add a milestone “Logo variations” of $300.00."])
    created_at: datetime
    answered_at: datetime | None = None


class EndIn(Schema):
    reason: MultiLineStr = Field(default="", max_length=2000, examples=["All work delivered."])
    # The call itself is the explicit act (clients written before this field keep working);
    # a client that shows its own confirmation step may send `false` to have the end refused.
    confirm: bool = Field(
        default=True,
        description="Ending cannot be undone. Omitted or `true`: the call is the confirmation. "
        "`false`: refused with 400 `end_not_confirmed`, as the page's unticked box.",
        examples=[True],
    )


class ContractStateOut(Schema):
    id: int = Field(examples=[5])
    state: str = Field(examples=["ended"])
    ended_at: datetime | None = None


class FeedbackIn(Schema):
    rating: int = Field(ge=1, le=5, examples=[5])
    comment: MultiLineStr = Field(
        default="", max_length=2000, examples=["Clear brief, paid on time."]
    )


class FeedbackOut(Schema):
    id: int = Field(examples=[2])
    contract_id: int = Field(examples=[5])
    author_id: int = Field(examples=[3])
    rating: int = Field(examples=[5])
    comment: str = Field(examples=["Clear brief, paid on time."])
    created_at: datetime


class EarningsOut(Schema):
    currency: str = Field(examples=["USD"])
    available_minor: int = Field(
        description="Released to you, net of the service fee, not yet paid out (holds included).",
        examples=[47500],
    )
    on_hold_minor: int = Field(
        description="Of the available money, what is still in its security hold.",
        examples=[0],
    )
    withdrawable_minor: int = Field(
        description="What is free of every hold. A payout needs at least "
        "`minimum_payout_minor`: below it nothing can be paid out yet (`can_request_payout` "
        "is false).",
        examples=[47500],
    )
    minimum_payout_minor: int = Field(description="The smallest payout.", examples=[1000])
    can_request_payout: bool = Field(
        description="Whether a payout can be requested now: `withdrawable_minor` reaches "
        "`minimum_payout_minor`. A payout of up to `withdrawable_minor` is then accepted.",
        examples=[True],
    )
    pending_payouts_minor: int = Field(description="Payouts on their way.", examples=[0])
    released_total_minor: int = Field(
        description="Everything ever released to you, net of fees.", examples=[47500]
    )
    paid_out_minor: int = Field(
        default=0,
        description="Paid out to your bank and not sent back. `available_minor` + "
        "`pending_payouts_minor` + `paid_out_minor` = `released_total_minor` - "
        "`taken_back_minor`.",
        examples=[0],
    )
    taken_back_minor: int = Field(
        default=0,
        description="Taken from your balance to cover chargebacks the bank decided for the client.",
        examples=[0],
    )
    next_available_at: datetime | None = Field(
        default=None, description="When the next held amount becomes withdrawable."
    )


class PayoutMethodIn(Schema):
    account_number: SingleLineStr = Field(
        min_length=4,
        max_length=34,
        description="Sandbox: 000123456789 is paid, 000111111116 fails, "
        "000333333335 is paid, then returned by the bank.",
        examples=["000123456789"],
    )
    holder_name: SingleLineStr = Field(min_length=1, max_length=150, examples=["Fiona Freelancer"])
    currency: SingleLineStr = Field(
        min_length=3,
        max_length=3,
        examples=["USD"],
        json_schema_extra={"enum": list(settings.SUPPORTED_CURRENCIES)},
    )


class PayoutMethodOut(Schema):
    id: int = Field(examples=[2])
    holder_name: str = Field(examples=["Fiona Freelancer"])
    last4: str = Field(examples=["6789"])
    currency: str = Field(examples=["USD"])
    created_at: datetime


class PayoutIn(Schema):
    payout_method_id: int = Field(gt=0, examples=[2])
    amount_minor: AmountMinor = Field(examples=[47500])


class PayoutOut(Schema):
    id: int = Field(examples=[8])
    payout_method_id: int = Field(examples=[2])
    amount_minor: int = Field(examples=[47500])
    currency: str = Field(examples=["USD"])
    state: str = Field(
        description="`pending`, `paid`, `failed` (the money is available again) or "
        "`returned` (paid, then sent back by the bank: the money is available again).",
        examples=["pending"],
    )
    failure_message: str = Field(
        description="Why it failed or why the bank returned it.", examples=[""]
    )
    created_at: datetime
    finished_at: datetime | None = None
    returned_at: datetime | None = Field(
        default=None,
        description="When the bank sent the payout back: after it was paid (`returned`) or "
        "before (`failed`, the bank's reason in `failure_message`).",
    )


# --- Helpers ------------------------------------------------------------------------------


def _client_context(request: HttpRequest) -> ClientContext:
    return ClientContext(
        ip=request.META.get("REMOTE_ADDR") or None,
        user_agent=request.headers.get("User-Agent", "")[:300],
        device_id=request.headers.get("X-Device-Id", "")[:64],
    )


def _service_key(request: HttpRequest, scope: str) -> str:
    """The money service's own idempotency key, derived from the client's header.

    Hashed so that any 200-character key fits the services' columns, and scoped to the user
    (payout keys are unique across all users)."""
    raw = request.headers.get(IDEMPOTENCY_HEADER, "")
    digest = hashlib.sha256(raw.encode()).hexdigest()[:40]
    return f"api:{scope}:{digest}"


def milestone_out(milestone: Milestone, viewer: User) -> MilestoneMoneyOut:
    contract = milestone.contract
    # The client's charges (card, fee, declines) are the client's (payment_privacy).
    charges = (
        selectors.charges_of([milestone.pk])[milestone.pk]
        if payment_privacy.sees_client_payments(contract.role_of(viewer))
        else []
    )
    return MilestoneMoneyOut(
        id=milestone.pk,
        contract_id=contract.pk,
        position=milestone.position,
        title=milestone.title,
        currency=contract.currency,
        amount_minor=milestone.amount_minor,
        state=milestone.state,
        funded_amount_minor=milestone.funded_amount_minor,
        released_amount_minor=milestone.released_amount_minor,
        refunded_amount_minor=milestone.refunded_amount_minor,
        in_escrow_minor=milestone.escrow_minor if milestone.in_escrow else 0,
        due_date=milestone.due_date,
        submitted_at=milestone.submitted_at,
        review_deadline=milestone.review_deadline,
        auto_release_in=selectors.countdown(milestone.review_deadline)
        if milestone.state == MilestoneState.SUBMITTED
        else "",
        review_extended=milestone.review_extended,
        released_at=milestone.released_at,
        charges=[_charge_out(p) for p in charges],
        pending_refund_request=_pending_refund_request(milestone),
        frozen=_frozen(milestone, contract.role_of(viewer)),
    )


def _frozen(milestone: Milestone, role: str | None) -> FreezeOut | None:
    found = freezes.blocking_freeze(milestone, freezes.Movement.RELEASE)
    return None if found is None else freeze_out(found, role)


def freeze_out(found: EscrowFreeze, role: str | None) -> FreezeOut:
    """The `frozen` object of a milestone (here and in the contract list and detail)."""
    return FreezeOut(
        kind=found.kind,
        source=found.source,
        reference=found.reference,
        scope="contract" if found.milestone_id is None else "milestone",
        since=found.created_at,
        reason=found.reason,
        refunds_allowed=freezes.Movement.REFUND not in _stopped_by(found.kind),
        message=freezes.describe(found, role=role),
    )


def _stopped_by(kind: str) -> set[str]:
    return {movement for movement, kinds in freezes.STOPPED_BY.items() if kind in kinds}


def _charge_out(payment: Payment) -> ChargeOut:
    return ChargeOut(
        id=payment.pk,
        method=payment.method.label,
        method_kind=payment.method.kind,
        amount_minor=payment.amount_minor,
        fee_minor=payment.fee_minor,
        total_minor=payment.total_minor,
        state=payment.state,
        summary=selectors.charge_line(payment)["summary"],
        created_at=payment.created_at,
        settled_at=payment.settled_at,
    )


def _pending_refund_request(milestone: Milestone) -> RefundRequestOut | None:
    found = milestone.refund_requests.filter(state=RefundRequestState.PENDING).first()
    if found is None:
        return None
    waiting = freezes.stops(milestone, freezes.Movement.REFUND)
    return RefundRequestOut.from_orm(found).model_copy(update={"waiting_for_freeze": waiting})


def _answer(after: Milestone, contract: Contract, viewer: User) -> MilestoneMoneyOut:
    """The answer of a money write from the milestone its service read again once its
    transactions committed (`after`), with the contract this request read first: the
    answer uses the contract's number, currency and parties only, which no money write
    changes, and the service's read left `after` without it (issue 19, thirteenth round)."""
    after.contract = contract
    return milestone_out(after, viewer)


def _fresh(milestone: Milestone, viewer: User) -> MilestoneMoneyOut:
    milestone.refresh_from_db()
    return milestone_out(milestone, viewer)


def _url(request: HttpRequest, name: str, **kwargs: Any) -> str:
    namespace = getattr(request.resolver_match, "namespace", "") or "api-v1"
    try:
        return reverse(f"{namespace}:{name}", kwargs=kwargs)
    except NoReverseMatch:
        return reverse(f"api-v1:{name}", kwargs=kwargs)


def _file_out(request: HttpRequest, user: User, record: DeliverableFile) -> DeliverableFileOut:
    unlocked = deliverables.can_download(user, record)
    return DeliverableFileOut(
        id=record.pk,
        name=record.name,
        size=record.size,
        content_type=record.content_type,
        sha256=record.sha256,
        preview_url=_url(request, "deliverable_file_preview", file_id=record.pk)
        if record.preview
        else None,
        preview_text=record.preview_text,
        download_url=_url(request, "deliverable_file_download", file_id=record.pk)
        if unlocked
        else None,
        locked=not unlocked,
    )


def _proposal_out(proposal: ChangeProposal) -> ProposalOut:
    return ProposalOut(
        id=proposal.pk,
        contract_id=proposal.contract_id,
        kind=proposal.kind,
        state=proposal.state,
        proposed_by_id=proposal.proposed_by_id,
        milestone_id=proposal.milestone_id,
        title=proposal.title,
        amount_minor=proposal.amount_minor,
        due_date=proposal.due_date,
        note=proposal.note,
        description=changes.describe(proposal),
        created_at=proposal.created_at,
        answered_at=proposal.answered_at,
    )


def _proposal_for(user: User, proposal_id: int) -> ChangeProposal:
    proposal = (
        ChangeProposal.objects.select_related("contract", "milestone", "proposed_by")
        .filter(pk=proposal_id, contract__in=Contract.objects.visible_to(user))
        .first()
    )
    if proposal is None:
        raise NotFound("No proposal with this number is visible to you.", code="proposal_not_found")
    return proposal


def _require_freelancer(user: User) -> None:
    paying.require_freelancer_for_payouts(user)


# --- Payment methods (client) -------------------------------------------------------------


@router.get(
    "/payment-methods",
    response=list[PaymentMethodOut],
    summary="My payment methods",
    description="The cards and bank accounts you (a client) added, newest first.",
)
def list_payment_methods(request: HttpRequest) -> list[PaymentMethod]:
    return list(PaymentMethod.objects.filter(owner=api_user(request), removed_at__isnull=True))


@router.post(
    "/contracts/{contract_id}/payment-methods",
    response=responses({201: PaymentMethodOut}, 429),
    summary="Add a payment method for a contract",
    description="The client adds a card or a bank debit through the payment gateway (only a "
    "token is kept). The instrument is checked against existing marketplace accounts for this "
    "contract: a match refuses it with the reason (`circumvention_...`). At most "
    "PAYMENT_METHODS_PER_DAY numbers a day, refused ones included (`429 rate_limited`).",
)
def add_payment_method(
    request: HttpRequest, contract_id: int, payload: PaymentMethodIn
) -> Status[PaymentMethod]:
    user = api_user(request)
    contract = get_contract_for_user(user, contract_id)
    method = paying.add_payment_method(
        contract=contract,
        client=user,
        kind=payload.kind,
        number=payload.number,
        holder_name=payload.holder_name,
        context=_client_context(request),
    )
    return Status(201, method)


@router.delete(
    "/payment-methods/{method_id}",
    response=responses({204: None}),
    summary="Remove a payment method",
    description="It can no longer fund milestones; payments already made are unaffected.",
)
def remove_payment_method(request: HttpRequest, method_id: int) -> Status[None]:
    charges.remove_payment_method(owner=api_user(request), method_id=method_id)
    return Status(204, None)


# --- A milestone's money --------------------------------------------------------------------


@router.get(
    MILESTONE,
    response=responses({200: MilestoneMoneyOut}),
    summary="One milestone's money",
    description="What was funded, released and refunded, what escrow holds now and the "
    "countdown to automatic release.",
)
def get_milestone(request: HttpRequest, contract_id: int, milestone_id: int) -> MilestoneMoneyOut:
    user = api_user(request)
    return milestone_out(get_milestone_for_user(user, contract_id, milestone_id), user)


@router.post(
    f"{MILESTONE}/fund",
    response=responses({200: MilestoneMoneyOut}, 402, 429),
    summary="Fund a milestone into escrow",
    description="The client pays the milestone with one of their payment methods. The "
    "milestone is `funding_pending` until the gateway settles the payment, then `funded` (the "
    "freelancer may start). A declined card is `402 payment_declined` and nothing is charged. "
    "While an earlier payment for the milestone waits for the processor's answer, funding "
    "again under another key is `409 payment_in_progress`. After DECLINED_PAYMENTS_PER_DAY "
    "declined payments in 24 hours no further charge is tried (`429 rate_limited`, with "
    "`Retry-After`; a 429 is not kept as the key's answer)." + IDEMPOTENT_NOTE,
)
@idempotent
def fund_milestone(
    request: HttpRequest, contract_id: int, milestone_id: int, payload: FundIn
) -> MilestoneMoneyOut:
    user = api_user(request)
    milestone = get_milestone_for_user(user, contract_id, milestone_id)
    require_party(milestone.contract, user, "client")
    method = charges.payment_method_for(user, payload.payment_method_id)
    funded = paying.fund(
        milestone=milestone,
        client=user,
        method=method,
        idempotency_key=_service_key(request, "fund"),
        context=_client_context(request),
    )
    return _answer(funded, milestone.contract, user)


@router.post(
    f"{MILESTONE}/submit",
    response=responses({200: MilestoneMoneyOut}, 413),
    summary="Submit work (multipart)",
    description="The freelancer delivers a funded milestone: a message and up to "
    "DELIVERABLE_MAX_FILES files (`files`, allow-listed types, each at most "
    "DELIVERABLE_MAX_FILE_BYTES). Files are held in escrow too: the client sees previews "
    "until release. Starts the client's review period.",
)
def submit_work(
    request: HttpRequest,
    contract_id: int,
    milestone_id: int,
    message: Annotated[MultiLineStr, Form(min_length=1, max_length=5000)],
    files: Annotated[list[UploadedFile] | None, File()] = None,
) -> MilestoneMoneyOut:
    user = api_user(request)
    milestone = get_milestone_for_user(user, contract_id, milestone_id)
    require_party(milestone.contract, user, "freelancer")
    escrow.submit_work(
        milestone=milestone,
        by=user,
        message=message,
        files=deliverables.incoming_from_uploads(list(files or [])),
    )
    return _fresh(milestone, user)


@router.post(
    f"{MILESTONE}/approve",
    response=responses({200: MilestoneMoneyOut}, 429),
    summary="Approve and release escrow",
    description="The client releases escrow to the freelancer (minus the service fee) in one "
    "ledger movement. `amount_minor` may be less than what is in escrow: the milestone becomes "
    "`partially_released`, the rest stays in escrow and a refund request for it waits for the "
    "freelancer (`pending_refund_request`): accepted, the rest is refunded and the full files "
    "unlock; declined, it stays in escrow, where the client may still release it. Nothing is "
    "refunded without the freelancer's yes, and silence refunds nothing. `amount_minor` may "
    "also be more than escrow: the difference is charged to `payment_method_id` as a bonus "
    "(between the smallest milestone and LEDGER_MAX_AMOUNT_MINOR) first, and escrow is released "
    "only once the processor takes it (the bonus itself once it settles); a refused bonus (out "
    "of bounds 400, declined 402 `payment_declined`) releases nothing. A bonus the processor "
    "has not answered (out of reach) leaves the milestone as it is in the answer: it is "
    "released once the processor takes the bonus (sent again with the same key, never charged "
    "twice), and another approval meanwhile is 409 `payment_in_progress`. `escrow_seen_minor` "
    "(optional) is the escrow the client saw: if escrow holds another amount now, nothing "
    "moves (409 `escrow_changed`)." + IDEMPOTENT_NOTE,
)
@idempotent
def approve_milestone(
    request: HttpRequest, contract_id: int, milestone_id: int, payload: ApproveIn
) -> MilestoneMoneyOut:
    user = api_user(request)
    milestone = get_milestone_for_user(user, contract_id, milestone_id)
    method = (
        None
        if payload.payment_method_id is None
        else charges.payment_method_for(user, payload.payment_method_id)
    )
    contract = milestone.contract  # before the service's read of the milestone drops it
    approved = escrow.approve_milestone(
        milestone=milestone,
        by=user,
        amount_minor=payload.amount_minor,
        method=method,
        escrow_seen=payload.escrow_seen_minor,
        request_key=_service_key(request, f"approve:{user.pk}"),
    )
    return _answer(approved, contract, user)


@router.post(
    f"{MILESTONE}/request-changes",
    response=responses({200: MilestoneMoneyOut}),
    summary="Ask for changes",
    description="The client sends a submission back with a message; the review clock stops "
    "until the freelancer submits again.",
)
def request_changes(
    request: HttpRequest, contract_id: int, milestone_id: int, payload: ChangesIn
) -> MilestoneMoneyOut:
    user = api_user(request)
    milestone = get_milestone_for_user(user, contract_id, milestone_id)
    escrow.request_changes(milestone=milestone, by=user, message=payload.message)
    return _fresh(milestone, user)


@router.post(
    f"{MILESTONE}/extend",
    response=responses({200: MilestoneMoneyOut}),
    summary="Extend the review period (once)",
    description="The client moves the automatic release back, once, by 1 to "
    "REVIEW_EXTENSION_MAX_DAYS days.",
)
def extend_review(
    request: HttpRequest, contract_id: int, milestone_id: int, payload: ExtendIn
) -> MilestoneMoneyOut:
    user = api_user(request)
    milestone = get_milestone_for_user(user, contract_id, milestone_id)
    escrow.extend_review(milestone=milestone, by=user, days=payload.days)
    return _fresh(milestone, user)


@router.post(
    f"{MILESTONE}/refund",
    response=responses({200: MilestoneMoneyOut}),
    summary="Refund escrow to the client",
    description="The freelancer refunds what escrow holds for the milestone, in full or in "
    "part, at any time before release." + IDEMPOTENT_NOTE,
)
@idempotent
def refund_milestone(
    request: HttpRequest, contract_id: int, milestone_id: int, payload: RefundIn
) -> MilestoneMoneyOut:
    user = api_user(request)
    milestone = get_milestone_for_user(user, contract_id, milestone_id)
    escrow.refund_milestone(
        milestone=milestone,
        by=user,
        amount_minor=payload.amount_minor,
        reason=payload.reason,
        request_key=_service_key(request, f"refund:{user.pk}"),
    )
    return _fresh(milestone, user)


class RefundRequestIn(Schema):
    reason: MultiLineStr = Field(
        min_length=1, max_length=2000, examples=["Nothing was delivered by the due date."]
    )
    amount_minor: AmountMinor | None = Field(default=None, examples=[20000])


class RefundAnswerIn(Schema):
    note: MultiLineStr = Field(
        default="", max_length=2000, examples=["Half of the work is done; let's talk."]
    )


@router.post(
    f"{MILESTONE}/refund-requests",
    response=responses({201: RefundRequestOut}),
    summary="Ask for a refund (client)",
    description="The freelancer has REFUND_ANSWER_DAYS (7) to accept or decline; silence means "
    "refund, except on a `partially_released` milestone, whose rest is refunded only with the "
    "freelancer's yes. While an escrow freeze stops refunds (the milestone's `frozen` with "
    "`refunds_allowed` false) nothing is asked: 409 `escrow_frozen`, with the same message as "
    "the contract page; a hold lets the request through.",
)
def create_refund_request(
    request: HttpRequest, contract_id: int, milestone_id: int, payload: RefundRequestIn
) -> Status[RefundRequest]:
    user = api_user(request)
    milestone = get_milestone_for_user(user, contract_id, milestone_id)
    return Status(
        201,
        escrow.request_refund(
            milestone=milestone, by=user, reason=payload.reason, amount_minor=payload.amount_minor
        ),
    )


def _refund_request_for(user: Any, request_id: int) -> RefundRequest:
    found = (
        RefundRequest.objects.select_related("milestone__contract").filter(pk=request_id).first()
    )
    if found is None or not found.milestone.contract.is_party(user):
        raise NotFound("No such refund request.", code="refund_request_not_found")
    return found


@router.post(
    "/refund-requests/{request_id}/accept",
    response=responses({200: RefundRequestOut}),
    summary="Accept a refund request (freelancer)",
    description="The requested amount goes from escrow back to the client's payment method.",
)
def accept_refund_request(
    request: HttpRequest, request_id: int, payload: RefundAnswerIn
) -> RefundRequest:
    user = api_user(request)
    return escrow.answer_refund_request(
        request=_refund_request_for(user, request_id), by=user, accept=True, note=payload.note
    )


@router.post(
    "/refund-requests/{request_id}/decline",
    response=responses({200: RefundRequestOut}),
    summary="Decline a refund request (freelancer)",
    description="The money stays in escrow; the client can still approve or ask for changes.",
)
def decline_refund_request(
    request: HttpRequest, request_id: int, payload: RefundAnswerIn
) -> RefundRequest:
    user = api_user(request)
    return escrow.answer_refund_request(
        request=_refund_request_for(user, request_id), by=user, accept=False, note=payload.note
    )


# --- Deliverables ---------------------------------------------------------------------------


@router.get(
    f"{MILESTONE}/deliverables",
    response=responses({200: list[DeliverableOut]}),
    summary="What was delivered",
    description="Each submission with its files: name, size, SHA-256, a preview link and, once "
    "unlocked (for the client: at release), a download link.",
)
def list_deliverables(
    request: HttpRequest, contract_id: int, milestone_id: int
) -> list[DeliverableOut]:
    user = api_user(request)
    milestone = get_milestone_for_user(user, contract_id, milestone_id)
    found: list[Deliverable] = list(
        milestone.deliverables.prefetch_related("files").order_by("number")
    )
    result = []
    for deliverable in found:
        files = []
        for record in deliverable.files.all():
            record.deliverable = deliverable
            deliverable.milestone = milestone
            files.append(_file_out(request, user, record))
        result.append(
            DeliverableOut(
                id=deliverable.pk,
                number=deliverable.number,
                message=deliverable.message,
                submitted_by_id=deliverable.submitted_by_id,
                created_at=deliverable.created_at,
                files=files,
            )
        )
    return result


BINARY = {"schema": {"type": "string", "format": "binary"}}


@router.get(
    "/deliverable-files/{file_id}/preview",
    url_name="deliverable_file_preview",
    response=responses({200: None}),
    summary="A delivered file's preview (JPEG)",
    description="The watermarked, downscaled picture preview; each view is recorded.",
    openapi_extra={
        "responses": {200: {"description": "JPEG image", "content": {"image/jpeg": BINARY}}}
    },
)
def preview_file(request: HttpRequest, file_id: int) -> HttpResponseBase:
    record = deliverables.open_preview(user=api_user(request), file_id=file_id)
    response = FileResponse(record.preview.open("rb"), content_type="image/jpeg")
    response["Cache-Control"] = "private, no-store"
    return response


@router.get(
    "/deliverable-files/{file_id}/download",
    url_name="deliverable_file_download",
    response=responses({200: None}),
    summary="Download a delivered file",
    description="The full file: the freelancer always, the client once the milestone is "
    "released (before that, 403 `file_locked_until_release`). Each download is recorded.",
    openapi_extra={
        "responses": {
            200: {"description": "The file", "content": {"application/octet-stream": BINARY}}
        }
    },
)
def download_file(request: HttpRequest, file_id: int) -> HttpResponseBase:
    record = deliverables.open_full_file(user=api_user(request), file_id=file_id)
    response = FileResponse(
        record.file.open("rb"),
        as_attachment=True,
        filename=record.name,
        content_type=record.content_type,
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-SHA256"] = record.sha256
    return response


# --- Receipts and statements ----------------------------------------------------------------

PDF = {"responses": {200: {"description": "PDF", "content": {"application/pdf": BINARY}}}}


@router.get(
    f"{MILESTONE}/receipt.pdf",
    response=responses({200: None}),
    summary="A milestone's receipt (PDF)",
    description="What was paid into escrow and where it went (released, fee, refunded). 409 "
    "`receipt_not_available` before any money moved.",
    openapi_extra=PDF,
)
def milestone_receipt(request: HttpRequest, contract_id: int, milestone_id: int) -> HttpResponse:
    user = api_user(request)
    milestone = get_milestone_for_user(user, contract_id, milestone_id)
    pdf = statements.build_receipt(milestone, role=milestone.contract.role_of(user))
    return statements.pdf_response(pdf, statements.receipt_filename(milestone))


@router.get(
    "/contracts/{contract_id}/statement.pdf",
    response=responses({200: None}),
    summary="The contract statement (PDF)",
    description="The parties, every milestone with its money, totals and the timeline.",
    openapi_extra=PDF,
)
def contract_statement(request: HttpRequest, contract_id: int) -> HttpResponse:
    user = api_user(request)
    contract = get_contract_for_user(user, contract_id)
    pdf = statements.build_statement(contract, role=contract.role_of(user))
    return statements.pdf_response(pdf, statements.statement_filename(contract))


# --- Change proposals ---------------------------------------------------------------------------


@router.post(
    "/contracts/{contract_id}/proposals",
    response=responses({201: ProposalOut}, 429),
    summary="Propose a change",
    description="Either party proposes a new milestone (`add_milestone`: title, amount_minor), a "
    "new amount for an unfunded milestone (`change_amount`) or a new due date "
    "(`change_due_date`); the other party accepts or declines. New work is screened against "
    "the work policy, and the note as a message is (`422 message_held`). Proposed changes "
    "count with messages against MESSAGES_PER_HOUR (`429 rate_limited`); at most "
    "OPEN_PROPOSALS_PER_PARTY of yours wait at once (`409 too_many_open_proposals`), and a "
    "new milestone past MAX_MILESTONES_PER_CONTRACT is `400 too_many_milestones`.",
)
def propose_change(
    request: HttpRequest, contract_id: int, payload: ProposalIn
) -> Status[ProposalOut]:
    user = api_user(request)
    contract = get_contract_for_user(user, contract_id)
    milestone = None
    if payload.milestone_id is not None:
        milestone = contract.milestones.filter(pk=payload.milestone_id).first()
        if milestone is None:
            raise NotFound(
                "No milestone with this number in this contract.", code="milestone_not_found"
            )
    proposal = changes.propose_change(
        contract=contract,
        by=user,
        kind=payload.kind,
        milestone=milestone,
        title=payload.title,
        amount_minor=payload.amount_minor,
        due_date=payload.due_date,
        note=payload.note,
    )
    return Status(201, _proposal_out(proposal))


@router.get(
    "/contracts/{contract_id}/proposals",
    response=list[ProposalOut],
    summary="Proposed changes",
    description="The contract's proposals, newest first, with their state; page with `limit` "
    "and `offset` (`{items, count}`, as the other lists: a party proposing and withdrawing "
    "grows the list without end).",
)
@paginate
def list_proposals(request: HttpRequest, contract_id: int) -> Mapped:
    contract = get_contract_for_user(api_user(request), contract_id)
    found = contract.proposals.select_related("contract", "milestone")
    return Mapped(found, _proposal_out)


@router.post(
    "/proposals/{proposal_id}/accept",
    response=responses({200: ProposalOut}),
    summary="Accept a proposed change",
    description="The other party (not the author) accepts; the change applies at once.",
)
def accept_proposal(request: HttpRequest, proposal_id: int) -> ProposalOut:
    user = api_user(request)
    proposal = changes.accept_change(proposal=_proposal_for(user, proposal_id), by=user)
    return _proposal_out(proposal)


@router.post(
    "/proposals/{proposal_id}/decline",
    response=responses({200: ProposalOut}),
    summary="Decline (or withdraw) a proposed change",
    description="The other party declines; the author withdraws their own proposal.",
)
def decline_proposal(request: HttpRequest, proposal_id: int) -> ProposalOut:
    user = api_user(request)
    proposal = changes.decline_change(proposal=_proposal_for(user, proposal_id), by=user)
    return _proposal_out(proposal)


# --- Ending and feedback ------------------------------------------------------------------------


@router.post(
    "/contracts/{contract_id}/end",
    response=responses({200: ContractStateOut}),
    summary="End the contract",
    description="Either party ends an active contract once no money is pending or held in "
    "escrow (409 `money_in_escrow` otherwise). Ending cannot be undone: the call is the "
    'confirmation (`"confirm": false` is refused with 400 `end_not_confirmed`; a contract no '
    "longer active is 409 `invalid_transition` first). Feedback opens then.",
)
def end_contract(request: HttpRequest, contract_id: int, payload: EndIn) -> ContractStateOut:
    user = api_user(request)
    contract = get_contract_for_user(user, contract_id)
    changes.check_can_end(contract)  # what the state refuses comes before the confirmation
    if not payload.confirm:
        message = 'Ending cannot be undone: send "confirm": true (or leave it out) to end it.'
        raise DomainError(
            ContractErrorCode.END_NOT_CONFIRMED,
            message,
            fields=[{"field": "confirm", "message": message}],
        )
    contract = changes.end_contract(contract=contract, by=user, reason=payload.reason)
    return ContractStateOut(id=contract.pk, state=contract.state, ended_at=contract.ended_at)


@router.post(
    "/contracts/{contract_id}/feedback",
    response=responses({201: FeedbackOut}),
    summary="Leave feedback",
    description="Once the contract has ended, each party rates the other once (1 to 5) with an "
    "optional comment, within `FEEDBACK_WINDOW_DAYS` (14) of the end (409 `feedback_closed` "
    "after). Feedback is blind: the other party sees it once both have left theirs or the "
    "window has closed.",
)
def leave_feedback(request: HttpRequest, contract_id: int, payload: FeedbackIn) -> Status[Feedback]:
    user = api_user(request)
    feedback = changes.leave_feedback(
        contract=get_contract_for_user(user, contract_id),
        by=user,
        rating=payload.rating,
        comment=payload.comment,
    )
    return Status(201, feedback)


# --- Earnings and payouts (freelancer) ----------------------------------------------------------


@router.get(
    "/earnings",
    response=responses({200: list[EarningsOut]}),
    summary="My earnings, per currency",
    description="For each currency you were paid in: what is available, what is still in its "
    "security hold, what you can withdraw now, payouts on their way, paid out, taken back "
    "after lost chargebacks and everything released.",
)
def earnings(request: HttpRequest) -> list[EarningsOut]:
    # The page's reads (`earnings.summary`): the same queries for one currency and for many
    # (before 7 December 2026, 15 more for each currency).
    user = api_user(request)
    _require_freelancer(user)
    facts = earnings_reads.facts_of(user)
    return [
        EarningsOut(
            currency=row["currency"],
            available_minor=row["balance_minor"],
            on_hold_minor=row["security_held_minor"],
            withdrawable_minor=row["withdrawable_minor"],
            minimum_payout_minor=settings.MINIMUM_PAYOUT_MINOR,
            can_request_payout=row["payable"],
            pending_payouts_minor=int(
                facts.payouts.get(row["currency"], {}).get("pending_minor", 0)
            ),
            released_total_minor=row["earned_minor"],
            paid_out_minor=row["paid_out_minor"],
            taken_back_minor=row["taken_back_minor"],
            next_available_at=row["next_release_available"],
        )
        for row in earnings_reads.summary(user, facts)
    ]


@router.get(
    "/payout-methods",
    response=list[PayoutMethodOut],
    summary="My payout methods",
    description="The bank accounts you (a freelancer) are paid out to.",
)
def list_payout_methods(request: HttpRequest) -> list[PayoutMethod]:
    return list(PayoutMethod.objects.filter(owner=api_user(request), removed_at__isnull=True))


@router.post(
    "/payout-methods",
    response=responses({201: PayoutMethodOut}),
    summary="Add a payout method",
    description="A bank account in one of the supported currencies, tokenised by the gateway.",
)
def add_payout_method(request: HttpRequest, payload: PayoutMethodIn) -> Status[PayoutMethod]:
    user = api_user(request)
    method = paying.add_payout_method(
        freelancer=user,
        account_number=payload.account_number,
        holder_name=payload.holder_name,
        currency=payload.currency.upper(),
    )
    return Status(201, method)


@router.post(
    "/payouts",
    response=responses({201: PayoutOut}),
    summary="Withdraw to a payout method",
    description="Pays out available money past its security hold (at least MINIMUM_PAYOUT_MINOR) "
    "in the payout method's currency. The payout is `pending`, then `paid` or `failed` (failed "
    "money returns to available); a paid payout the bank sends back becomes `returned` (the "
    "money returns to available)." + IDEMPOTENT_NOTE,
)
@idempotent
def create_payout(request: HttpRequest, payload: PayoutIn) -> Status[PayoutOut]:
    user = api_user(request)
    _require_freelancer(user)
    payout = paying.withdraw(
        freelancer=user,
        method=payouts.payout_method_for(user, payload.payout_method_id),
        amount_minor=payload.amount_minor,
        idempotency_key=_service_key(request, f"payout:{user.pk}"),
    )
    return Status(201, _payout_out(payout))


def _payout_out(payout: Payout) -> PayoutOut:
    return PayoutOut(
        id=payout.pk,
        payout_method_id=payout.method_id,
        amount_minor=payout.amount_minor,
        currency=payout.currency,
        state=payout.state,
        failure_message=payout.failure_message,
        created_at=payout.created_at,
        finished_at=payout.finished_at,
        returned_at=payout.returned_at,
    )


@router.get(
    "/payouts",
    response=list[PayoutOut],
    summary="My payouts",
    description="Newest first, with their state (`pending`, `paid`, `failed`, `returned`).",
)
@paginate(LimitOffsetPagination)
def list_payouts(request: HttpRequest) -> list[PayoutOut]:
    return [_payout_out(p) for p in Payout.objects.filter(freelancer=api_user(request))]
