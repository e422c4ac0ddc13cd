"""Disputes, chargebacks and dormant escrow over HTTP: one operation per step.

Every operation is one scoped lookup (a dispute on another party's contract is 404) and
one service call (the service checks the party or the staff group, 403, and the state,
409 `invalid_transition`). POSTs that can move money (open, accept, decide, submit
chargeback evidence) need an `Idempotency-Key` header (core/idempotency.py).
"""

# No `from __future__ import annotations` here: @paginate's wrapper makes ninja resolve the
# parameter annotations in its own module, so they must be objects, not strings.
from datetime import datetime
from typing import Annotated, Any

from django.conf import settings
from django.http import FileResponse, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from ninja import Field, File, Form, Router, Schema, Status, UploadedFile
from ninja.pagination import LimitOffsetPagination, paginate
from pydantic import BeforeValidator

from directcontracts.accounts.models import User
from directcontracts.accounts.selectors import api_user
from directcontracts.contracts.access import get_contract_for_user, get_milestone_for_user
from directcontracts.contracts.deliverables import incoming_from_uploads
from directcontracts.contracts.models import RefundRequest
from directcontracts.contracts.money import AmountMinor, whole_minor_units
from directcontracts.core.errors import NotFound, PermissionDenied
from directcontracts.core.idempotency import HEADER as IDEMPOTENCY_HEADER
from directcontracts.core.idempotency import idempotent
from directcontracts.core.validation import MultiLineStr, SingleLineStr
from directcontracts.disputes import chargebacks, dormancy, selectors, services
from directcontracts.disputes.access import get_dispute_for_user, is_mediation_staff, mediates
from directcontracts.disputes.errors import DisputeErrorCode
from directcontracts.disputes.models import (
    OPEN_STATES,
    ChargebackCase,
    Dispute,
    DisputeState,
    Evidence,
    EvidenceKind,
    Statement,
)

router = Router(tags=["disputes"])
MAX_PAGE = 100
IDEMPOTENT_NOTE = (
    f"\n\nCan move money: send an `{IDEMPOTENCY_HEADER}` header. A retry with the same key "
    "and body returns the first answer (with `Idempotent-Replayed: true`)."
)


# --- Schemas ------------------------------------------------------------------------------


class ErrorDetail(Schema):
    code: str = Field(examples=["escrow_frozen"])
    message: str
    details: dict[str, Any] | None = None


class ErrorOut(Schema):
    error: ErrorDetail


def responses(ok: dict[int, Any], *extra: int) -> dict[int, Any]:
    return {**ok, **dict.fromkeys((400, 403, 404, 409, 422, *extra), ErrorOut)}


class EvidenceLinksIn(Schema):
    deliverable_file_ids: list[int] = Field(
        default_factory=list,
        max_length=20,
        description="Delivered files of this contract to point at.",
    )
    message_ids: list[int] = Field(
        default_factory=list, max_length=20, description="Thread messages to point at."
    )


class OpenDisputeIn(EvidenceLinksIn):
    statement: MultiLineStr = Field(
        min_length=1, max_length=5000, examples=["The contact form was never delivered."]
    )
    claim_minor: AmountMinor | None = Field(
        default=None,
        description="What you ask for yourself out of escrow (minor units); all of it if left "
        "out. It is the outcome if the other party does not respond in time.",
    )
    refund_request_id: int | None = Field(
        default=None, description="The declined refund request that led here, if any."
    )


class StatementIn(EvidenceLinksIn):
    body: MultiLineStr = Field(min_length=1, max_length=5000)


class NoteIn(Schema):
    note: MultiLineStr = Field(default="", max_length=2000)


class WithdrawIn(Schema):
    reason: MultiLineStr = Field(default="", max_length=2000)


# A share may be zero; like every API amount it is a whole number, never a boolean or a
# fraction (`money.whole_minor_units`).
ShareMinor = Annotated[
    int,
    Field(ge=0, le=settings.LEDGER_MAX_AMOUNT_MINOR),
    BeforeValidator(whole_minor_units),
]


class SharesIn(Schema):
    to_freelancer_minor: ShareMinor = Field(examples=[30000])
    to_client_minor: ShareMinor = Field(examples=[20000])
    reason: MultiLineStr = Field(min_length=1, max_length=2000)


class DecisionIn(SharesIn):
    escrow_seen_minor: ShareMinor = Field(
        examples=[50000],
        description="What the milestone's escrow held when you looked (the dispute's "
        "`in_escrow_minor`, minor units). Escrow holding another amount when the "
        "decision runs (a chargeback meanwhile) refuses it: 409 `escrow_changed` with "
        "`details.escrow_minor`, nothing moved.",
    )


class StaffNoteIn(Schema):
    body: MultiLineStr = Field(min_length=1, max_length=5000)


class EvidenceOut(Schema):
    id: int
    kind: str = Field(examples=["file"])
    name: str
    size: int
    content_type: str
    sha256: str
    deliverable_file_id: int | None
    message_id: int | None
    download_url: str | None


class StatementOut(Schema):
    id: int
    role: str = Field(examples=["client"])
    author: str
    body: str
    created_at: datetime
    evidence: list[EvidenceOut]


class ProposalOut(Schema):
    id: int
    to_freelancer_minor: int
    to_client_minor: int
    reason: str
    created_at: datetime
    client_answer: str
    freelancer_answer: str


class EventOut(Schema):
    kind: str
    at: datetime
    by: str
    message: str
    internal: bool


class DisputeOut(Schema):
    id: int
    contract_id: int
    milestone_id: int
    milestone_title: str
    state: str = Field(examples=["awaiting_response"])
    opener_role: str
    currency: str
    amount_minor: int
    in_escrow_minor: int = Field(
        description="What the milestone's escrow holds now: a decision sends it back as "
        "`escrow_seen_minor`."
    )
    claim_minor: int
    deadline_at: datetime | None
    deadline_kind: str
    time_left: str = Field(examples=["4 d 3 h"])
    resolution: str
    to_freelancer_minor: int | None
    to_client_minor: int | None
    fee_minor: int | None
    outcome_reason: str
    created_at: datetime
    closed_at: datetime | None


class StaffNoteOut(Schema):
    author: str
    body: str
    created_at: datetime


class DisputeDetailOut(DisputeOut):
    statements: list[StatementOut]
    proposal: ProposalOut | None
    events: list[EventOut]
    staff_notes: list[StaffNoteOut] | None = Field(
        default=None, description="Trust & Safety only; never shown to the parties."
    )
    mediator: str | None = Field(default=None, description="Trust & Safety only.")


class ChargebackOut(Schema):
    id: int
    state: str
    contract_id: int
    milestone_id: int
    currency: str
    amount_minor: int
    from_escrow_minor: int
    loss_minor: int
    at_risk_minor: int
    recovered_minor: int
    released_before: bool
    evidence_sha256: str
    gateway_evidence_id: str
    evidence_due_at: datetime | None = Field(
        description="The processor's deadline for answering with evidence (null when it gave none)."
    )
    submitted_at: datetime | None
    decided_at: datetime | None
    created_at: datetime


class DormancyOut(Schema):
    contract_id: int
    state: str
    client_deadline: datetime | None


# --- Rendering -----------------------------------------------------------------------------


def dispute_out(dispute: Dispute) -> DisputeOut:
    due = selectors.countdown_of(dispute)
    return DisputeOut(
        **selectors.public_dispute(dispute),
        milestone_title=dispute.milestone.title,
        in_escrow_minor=dispute.milestone.escrow_minor,
        time_left=due.left if due else "",
    )


def _by(event_actor: User | None, label: str, *, staff: bool) -> str:
    if event_actor is None:
        return label or "the platform"
    if staff or not event_actor.is_staff:
        return str(event_actor.display_name)
    return "Trust & Safety"


def _evidence_out(item: Evidence) -> EvidenceOut:
    return EvidenceOut(
        id=item.pk,
        kind=item.kind,
        name=item.name,
        size=item.size,
        content_type=item.content_type,
        sha256=item.sha256,
        deliverable_file_id=item.deliverable_file_id,
        message_id=item.message_id,
        download_url=f"/api/v1/dispute-evidence/{item.pk}"
        if item.kind == EvidenceKind.FILE
        else None,
    )


def _statement_out(statement: Statement) -> StatementOut:
    return StatementOut(
        id=statement.pk,
        role=statement.role,
        author=str(statement.author.display_name),
        body=statement.body,
        created_at=statement.created_at,
        evidence=[_evidence_out(e) for e in statement.evidence.all()],
    )


def detail_out(dispute: Dispute, viewer: Any) -> DisputeDetailOut:
    staff = mediates(viewer, dispute)
    proposal = selectors.latest_proposal(dispute)
    return DisputeDetailOut(
        **dispute_out(dispute).dict(),
        statements=[_statement_out(s) for s in selectors.statements_of(dispute)],
        proposal=ProposalOut(
            id=proposal.pk,
            to_freelancer_minor=proposal.to_freelancer_minor,
            to_client_minor=proposal.to_client_minor,
            reason=proposal.reason,
            created_at=proposal.created_at,
            client_answer=proposal.client_answer,
            freelancer_answer=proposal.freelancer_answer,
        )
        if proposal
        else None,
        events=[
            EventOut(
                kind=e.kind,
                at=e.created_at,
                by=_by(e.actor, e.actor_label, staff=staff),
                message=e.message,
                internal=e.internal,
            )
            for e in selectors.events_for(dispute, viewer)[:500]
        ],
        staff_notes=[
            StaffNoteOut(author=str(n.author.display_name), body=n.body, created_at=n.created_at)
            for n in selectors.staff_notes_for(dispute, viewer)
        ]
        if staff
        else None,
        mediator=str(dispute.mediator.display_name) if staff and dispute.mediator else None,
    )


def _dispute(request: HttpRequest, dispute_id: int) -> Dispute:
    return get_dispute_for_user(api_user(request), dispute_id)


def _fresh(request: HttpRequest, dispute_id: int) -> DisputeDetailOut:
    return detail_out(_dispute(request, dispute_id), api_user(request))


def _evidence(
    links: EvidenceLinksIn, files: list[UploadedFile] | None = None
) -> services.EvidenceInput:
    return services.EvidenceInput(
        files=incoming_from_uploads(list(files or [])),
        deliverable_file_ids=list(links.deliverable_file_ids),
        message_ids=list(links.message_ids),
    )


def _refund_request(
    request: HttpRequest, milestone_id: int, request_id: int | None
) -> RefundRequest | None:
    if request_id is None:
        return None
    found = RefundRequest.objects.filter(pk=request_id, milestone_id=milestone_id).first()
    if found is None:
        raise NotFound("No such refund request on this milestone.", code=DisputeErrorCode.NOT_FOUND)
    return found


# --- Parties --------------------------------------------------------------------------------


@router.post(
    "/contracts/{contract_id}/milestones/{milestone_id}/disputes",
    response=responses({201: DisputeDetailOut}),
    summary="Open a dispute on a milestone",
    description="Either party disputes a milestone whose money is in escrow: the escrow is "
    "frozen and the review clock stops; the other party has 5 days to respond." + IDEMPOTENT_NOTE,
)
@idempotent
def open_dispute(
    request: HttpRequest, contract_id: int, milestone_id: int, payload: OpenDisputeIn
) -> Status[DisputeDetailOut]:
    user = api_user(request)
    milestone = get_milestone_for_user(user, contract_id, milestone_id)
    dispute = services.open_dispute(
        milestone=milestone,
        by=user,
        statement=payload.statement,
        claim_minor=payload.claim_minor,
        evidence=_evidence(payload),
        refund_request=_refund_request(request, milestone.pk, payload.refund_request_id),
    )
    return Status(201, _fresh(request, dispute.pk))


@router.get("/disputes", response=list[DisputeOut], summary="My disputes")
@paginate(LimitOffsetPagination, max_limit=MAX_PAGE)
def list_disputes(request: HttpRequest, state: SingleLineStr = "") -> Any:
    state = state if state in (*DisputeState.values, "open") else ""
    return [dispute_out(d) for d in selectors.disputes_of(api_user(request), state=state)]


@router.get(
    "/disputes/{dispute_id}", response=responses({200: DisputeDetailOut}), summary="A dispute"
)
def get_dispute(request: HttpRequest, dispute_id: int) -> DisputeDetailOut:
    return _fresh(request, dispute_id)


@router.post(
    "/disputes/{dispute_id}/statements",
    response=responses({201: DisputeDetailOut}),
    summary="Add a statement and evidence links",
    description="The other party's first statement starts mediation.",
)
def add_statement(
    request: HttpRequest, dispute_id: int, payload: StatementIn
) -> Status[DisputeDetailOut]:
    services.add_statement(
        dispute=_dispute(request, dispute_id),
        by=api_user(request),
        body=payload.body,
        evidence=_evidence(payload),
    )
    return Status(201, _fresh(request, dispute_id))


@router.post(
    "/disputes/{dispute_id}/evidence",
    response=responses({201: DisputeDetailOut}, 413),
    summary="Add a statement with evidence files (multipart)",
)
def add_evidence_files(
    request: HttpRequest,
    dispute_id: int,
    body: Annotated[MultiLineStr, Form(min_length=1, max_length=5000)],
    files: Annotated[list[UploadedFile] | None, File()] = None,
) -> Status[DisputeDetailOut]:
    services.add_statement(
        dispute=_dispute(request, dispute_id),
        by=api_user(request),
        body=body,
        evidence=services.EvidenceInput(files=incoming_from_uploads(list(files or []))),
    )
    return Status(201, _fresh(request, dispute_id))


@router.get(
    "/dispute-evidence/{evidence_id}",
    response={200: None, 404: ErrorOut},
    summary="Download an evidence file",
)
def download_evidence(request: HttpRequest, evidence_id: int) -> HttpResponseBase:
    item = (
        Evidence.objects.select_related("statement")
        .filter(pk=evidence_id, kind=EvidenceKind.FILE)
        .first()
    )
    if item is None:
        raise NotFound("No such evidence.", code=DisputeErrorCode.NOT_FOUND)
    get_dispute_for_user(api_user(request), item.statement.dispute_id)
    return FileResponse(
        item.file.open("rb"), as_attachment=True, filename=item.name, content_type=item.content_type
    )


@router.post(
    "/disputes/{dispute_id}/accept",
    response=responses({200: DisputeDetailOut}),
    summary="Accept the mediator's proposal",
    description="The second acceptance executes the proposal." + IDEMPOTENT_NOTE,
)
@idempotent
def accept_proposal(request: HttpRequest, dispute_id: int, payload: NoteIn) -> DisputeDetailOut:
    services.answer_proposal(
        dispute=_dispute(request, dispute_id), by=api_user(request), accept=True, note=payload.note
    )
    return _fresh(request, dispute_id)


@router.post(
    "/disputes/{dispute_id}/reject",
    response=responses({200: DisputeDetailOut}),
    summary="Reject the mediator's proposal (a Trust & Safety member decides)",
)
def reject_proposal(request: HttpRequest, dispute_id: int, payload: NoteIn) -> DisputeDetailOut:
    services.answer_proposal(
        dispute=_dispute(request, dispute_id), by=api_user(request), accept=False, note=payload.note
    )
    return _fresh(request, dispute_id)


@router.post(
    "/disputes/{dispute_id}/withdraw",
    response=responses({200: DisputeDetailOut}),
    summary="Withdraw a dispute you opened",
)
def withdraw(request: HttpRequest, dispute_id: int, payload: WithdrawIn) -> DisputeDetailOut:
    services.withdraw_dispute(
        dispute=_dispute(request, dispute_id), by=api_user(request), reason=payload.reason
    )
    return _fresh(request, dispute_id)


@router.post(
    "/contracts/{contract_id}/dormant-escrow/release-request",
    response=responses({200: DormancyOut}),
    summary="Ask for dormant escrow to be released (freelancer)",
)
def request_dormant_release(request: HttpRequest, contract_id: int) -> DormancyOut:
    contract = get_contract_for_user(api_user(request), contract_id)
    case = dormancy.request_release(contract=contract, by=api_user(request))
    return DormancyOut(
        contract_id=contract.pk, state=case.state, client_deadline=case.client_deadline
    )


# --- Trust & Safety ---------------------------------------------------------------------------


def _require_staff(request: HttpRequest) -> User:
    user = api_user(request)
    if not is_mediation_staff(user):
        raise PermissionDenied("This is for Trust & Safety staff.", code=DisputeErrorCode.NOT_STAFF)
    return user


@router.get(
    "/staff/disputes",
    response={200: list[DisputeOut], 403: ErrorOut},
    summary="Open disputes by deadline (Trust & Safety)",
)
@paginate(LimitOffsetPagination, max_limit=MAX_PAGE)
def staff_queue(request: HttpRequest, state: SingleLineStr = "", mine: bool = False) -> Any:
    user = _require_staff(request)
    state = state if state in OPEN_STATES else ""
    return [
        dispute_out(d)
        for d in selectors.staff_queue(viewer=user, state=state, mine_of=user if mine else None)
    ]


@router.post(
    "/disputes/{dispute_id}/mediate",
    response=responses({200: DisputeDetailOut}),
    summary="Take a dispute to mediate (Trust & Safety)",
)
def mediate(request: HttpRequest, dispute_id: int) -> DisputeDetailOut:
    services.take_mediation(dispute=_dispute(request, dispute_id), by=api_user(request))
    return _fresh(request, dispute_id)


@router.post(
    "/disputes/{dispute_id}/proposal",
    response=responses({201: DisputeDetailOut}),
    summary="Propose release, refund or a split (the mediator)",
)
def propose(request: HttpRequest, dispute_id: int, payload: SharesIn) -> Status[DisputeDetailOut]:
    services.propose(dispute=_dispute(request, dispute_id), by=api_user(request), **payload.dict())
    return Status(201, _fresh(request, dispute_id))


@router.post(
    "/disputes/{dispute_id}/decision",
    response=responses({200: DisputeDetailOut}),
    summary="Decide a dispute (a Trust & Safety member other than the mediator)",
    description="Executed at once as one linked ledger movement. `escrow_seen_minor` "
    "(required) is the escrow you decided on: 409 `escrow_changed` if it moved since."
    + IDEMPOTENT_NOTE,
)
@idempotent
def decide(request: HttpRequest, dispute_id: int, payload: DecisionIn) -> DisputeDetailOut:
    services.decide(dispute=_dispute(request, dispute_id), by=api_user(request), **payload.dict())
    return _fresh(request, dispute_id)


@router.post(
    "/disputes/{dispute_id}/notes",
    response=responses({201: DisputeDetailOut}),
    summary="Add an internal note (Trust & Safety; never shown to the parties)",
)
def add_staff_note(
    request: HttpRequest, dispute_id: int, payload: StaffNoteIn
) -> Status[DisputeDetailOut]:
    services.add_staff_note(
        dispute=_dispute(request, dispute_id), by=api_user(request), body=payload.body
    )
    return Status(201, _fresh(request, dispute_id))


def _case_out(case: ChargebackCase) -> ChargebackOut:
    return ChargebackOut(
        id=case.pk,
        state=case.state,
        contract_id=case.contract_id,
        milestone_id=case.milestone_id,
        currency=case.currency,
        amount_minor=case.amount_minor,
        from_escrow_minor=case.from_escrow_minor,
        loss_minor=case.loss_minor,
        at_risk_minor=case.at_risk_minor,
        recovered_minor=case.recovered_minor,
        released_before=case.released_before,
        evidence_sha256=case.evidence_sha256,
        gateway_evidence_id=case.gateway_evidence_id,
        evidence_due_at=case.evidence_due_at,
        submitted_at=case.submitted_at,
        decided_at=case.decided_at,
        created_at=case.created_at,
    )


@router.get(
    "/staff/chargebacks",
    response={200: list[ChargebackOut], 403: ErrorOut},
    summary="Chargeback cases (Trust & Safety; finance read them)",
)
@paginate(LimitOffsetPagination, max_limit=MAX_PAGE)
def list_chargebacks(request: HttpRequest, state: SingleLineStr = "") -> Any:
    user = api_user(request)
    if not chargebacks.may_read_chargebacks(user):
        raise PermissionDenied(
            "This is for Trust & Safety and finance staff.", code=DisputeErrorCode.NOT_STAFF
        )
    return [_case_out(c) for c in selectors.chargebacks_for_staff(viewer=user, state=state)]


@router.get(
    "/staff/chargebacks/{case_id}",
    response={200: ChargebackOut, 404: ErrorOut},
    summary="A chargeback case (Trust & Safety; finance read it)",
)
def get_chargeback(request: HttpRequest, case_id: int) -> ChargebackOut:
    return _case_out(chargebacks.get_case_for_staff(api_user(request), case_id))


@router.get(
    "/staff/chargebacks/{case_id}/evidence.pdf",
    response={200: None, 403: ErrorOut, 404: ErrorOut},
    summary="The evidence pack as PDF (Trust & Safety only: it holds private messages)",
)
def evidence_pdf(request: HttpRequest, case_id: int) -> HttpResponseBase:
    case = chargebacks.open_evidence_pack(api_user(request), case_id, form="pdf")
    return FileResponse(
        case.evidence_pdf.open("rb"),
        as_attachment=True,
        filename=f"chargeback-{case.pk}-evidence.pdf",
        content_type="application/pdf",
    )


@router.get(
    "/staff/chargebacks/{case_id}/evidence.json",
    response={200: None, 403: ErrorOut, 404: ErrorOut},
    summary="The evidence pack as a JSON bundle (Trust & Safety only: it holds private messages)",
)
def evidence_json(request: HttpRequest, case_id: int) -> HttpResponse:
    case = chargebacks.open_evidence_pack(api_user(request), case_id, form="json")
    response = HttpResponse(chargebacks.evidence_json(case), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="chargeback-{case.pk}-evidence.json"'
    return response


@router.post(
    "/staff/chargebacks/{case_id}/submit",
    response=responses({200: ChargebackOut}),
    summary="Submit the evidence pack through the payment gateway (Trust & Safety)",
    description=IDEMPOTENT_NOTE.strip(),
)
@idempotent
def submit_chargeback_evidence(request: HttpRequest, case_id: int) -> ChargebackOut:
    user = api_user(request)
    case = chargebacks.submit_evidence(case=chargebacks.get_case_for_staff(user, case_id), by=user)
    return _case_out(case)
