"""Contracts over HTTP: the same services as the web pages, one operation per action."""

# No `from __future__ import annotations` here: @paginate's wrapper makes ninja resolve the
# parameter annotations in its own module, so they must be objects, not strings.
from datetime import date, datetime
from typing import Annotated, Any

from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, File, Form, Query, Router, Schema, Status, UploadedFile
from ninja.pagination import paginate
from pydantic import BaseModel
from pydantic import Field as PydanticField

from directcontracts.accounts.models import User
from directcontracts.accounts.selectors import api_user
from directcontracts.accounts.services import authenticate_api_token
from directcontracts.contracts import (
    deliverables,
    invitations,
    messaging,
    payment_privacy,
    selectors,
    services,
)
from directcontracts.contracts.access import get_contract_for_user
from directcontracts.contracts.api_money import FreezeOut, freeze_out
from directcontracts.contracts.freeze_models import EscrowFreeze
from directcontracts.contracts.freezes import STOPPED_BY, Movement
from directcontracts.contracts.identity import ClientContext
from directcontracts.contracts.models import (
    Contract,
    ContractState,
    Message,
    Milestone,
)
from directcontracts.contracts.money import AmountMinor, quote
from directcontracts.core.pagination import Mapped
from directcontracts.core.validation import MultiLineStr, SingleLineStr

router = Router(tags=["contracts"])

# The document lists the supported currencies; any other is refused `unsupported_currency`.
CURRENCY_ENUM: dict[str, Any] = {"enum": list(settings.SUPPORTED_CURRENCIES)}
Currency = Annotated[SingleLineStr, Field(json_schema_extra=CURRENCY_ENUM)]


class MilestoneIn(Schema):
    title: SingleLineStr = Field(min_length=1, max_length=200, examples=["Wireframes"])
    amount_minor: AmountMinor = Field(examples=[50000])
    due_date: date | None = Field(default=None, examples=["2026-12-20"])
    description: MultiLineStr = Field(default="", max_length=5000)


class ContractIn(Schema):
    client_email: SingleLineStr = Field(max_length=254, examples=["client@example.com"])
    client_name: SingleLineStr = Field(min_length=1, max_length=150, examples=["Northwind Bakery"])
    title: SingleLineStr = Field(
        min_length=1, max_length=200, examples=["New website for the bakery"]
    )
    description: MultiLineStr = Field(
        min_length=1, max_length=10_000, examples=["Design and build a five-page website."]
    )
    category_slug: SingleLineStr = Field(min_length=1, max_length=100, examples=["web-development"])
    currency: SingleLineStr = Field(
        min_length=3, max_length=3, examples=["USD"], json_schema_extra=CURRENCY_ENUM
    )
    review_period_days: int | None = Field(default=None, ge=1, le=60, examples=[14])
    milestones: list[MilestoneIn] = Field(min_length=1, max_length=50)


# The two answers below are plain pydantic models, not ninja `Schema`s: a `Schema` runs a
# Python validator around every instance (it reads each field through ninja's DjangoGetter),
# even one already built, so a list page validated each contract and milestone twice in
# Python. `contract_out` builds the answer once, from plain values, in pydantic's core; ninja
# then takes the instances as they are (issue 19, fifth round;
# tests/contracts/test_api_output.py pins the bytes).
class MilestoneOut(BaseModel):
    id: int
    position: int
    title: str
    amount_minor: int
    due_date: date | None
    state: str
    review_deadline: datetime | None
    # Added after the recorded answers: the same object as GET .../milestones/{id}'s.
    frozen: FreezeOut | None = PydanticField(
        default=None,
        description="The active freeze or hold that stops this milestone's release (an escrow "
        "freeze before a hold, oldest first), or null: the same object as "
        "`GET /contracts/{id}/milestones/{milestone_id}`'s `frozen`.",
    )


class ContractOut(BaseModel):
    id: int
    state: str
    title: str
    description: str
    category_slug: str
    currency: str
    review_period_days: int
    client_name: str
    client_email: str
    freelancer_id: int
    client_id: int | None
    role: str | None
    created_at: datetime
    milestones: list[MilestoneOut]
    quote: dict[str, Any]
    frozen_milestones: int = PydanticField(
        default=0,
        description="How many of its milestones a freeze or hold stops from being released "
        "(those whose `frozen` is not null).",
    )


class EventOut(Schema):
    id: int
    kind: str
    from_state: str
    to_state: str
    message: str
    milestone_id: int | None
    actor_id: int | None
    created_at: datetime


class QuoteOut(Schema):
    currency: str
    amount: int
    freelancer_fee: int
    freelancer_receives: int
    client_card_fee: int
    client_pays_by_card: int
    client_bank_fee: int
    client_pays_by_bank_debit: int


class CodeIn(Schema):
    code: SingleLineStr = Field(min_length=6, max_length=12, examples=["123456"])


class AccessOut(Schema):
    access_token: str = Field(
        description="Send as `X-Invitation-Access` to accept or decline, within an hour."
    )


class AcceptIn(Schema):
    name: SingleLineStr = Field(min_length=1, max_length=150)
    company: SingleLineStr = Field(default="", max_length=150)
    country: SingleLineStr = Field(min_length=2, max_length=2, examples=["GB"])
    password: SingleLineStr = Field(
        default="",
        max_length=128,
        description="The password of the new client account. An address that already has "
        "an account sends no password: it accepts with that account's API token "
        "(`Authorization: Bearer ...`).",
    )


class DeclineIn(Schema):
    reason: MultiLineStr = Field(min_length=1, max_length=2000)


class InvitationOut(Schema):
    contract_id: int
    title: str
    freelancer: str
    email: str
    expires_at: datetime
    email_verified: bool


# What the answers read: the list asks for these columns only (not the parties' rows the web
# list joins) and the milestones as plain values, in one query for the whole page.
CONTRACT_OUT_FIELDS = (
    "id",
    "state",
    "title",
    "description",
    "category_slug",
    "currency",
    "review_period_days",
    "client_name",
    "client_email",
    "freelancer_id",
    "client_id",
    "created_at",
)
MILESTONE_OUT_FIELDS = (
    "id",
    "position",
    "title",
    "amount_minor",
    "due_date",
    "state",
    "review_deadline",
)


def _release_freezes(contract_ids: list[int]) -> dict[int, list[EscrowFreeze]]:
    """The active freezes that stop a release, per contract, in `blocking_freeze`'s order:
    one query for a whole page of contracts, and four more (what `freeze_out` words them
    with: the milestone, the contract, its client and their profile) only when there are
    freezes. Most contracts have none: joining those rows into the one query cost more to
    build than the query itself (issue 19)."""
    found: dict[int, list[EscrowFreeze]] = {pk: [] for pk in contract_ids}
    if contract_ids:
        rows = (
            EscrowFreeze.objects.active()
            .filter(contract_id__in=contract_ids, kind__in=STOPPED_BY[Movement.RELEASE])
            .prefetch_related("milestone", "contract__client__freelancer_profile")
            .order_by("kind", "created_at", "id")
        )
        for freeze in rows:
            found[freeze.contract_id].append(freeze)
    return found


def _with_frozen(
    milestones: list[dict[str, Any]], stopping: list[EscrowFreeze], role: str | None
) -> list[dict[str, Any]]:
    """Each milestone's `frozen` (`freezes.first_covering` over the contract's freezes)."""
    for row in milestones:
        found = next((f for f in stopping if f.milestone_id in (None, row["id"])), None)
        row["frozen"] = None if found is None else freeze_out(found, role)
    return milestones


def contract_out(
    contract: Contract,
    user: Any,
    milestones: list[dict[str, Any]] | None = None,
    stopping: list[EscrowFreeze] | None = None,
) -> ContractOut:
    """`milestones`: the contract's milestones as `MILESTONE_OUT_FIELDS` values, in order;
    `stopping`: its freezes that stop a release (`_release_freezes`); both read here when
    not given."""
    if milestones is None:
        milestones = list(selectors.milestones_of(contract).values(*MILESTONE_OUT_FIELDS))
    if stopping is None:
        stopping = _release_freezes([contract.pk])[contract.pk]
    role = contract.role_of(user)
    milestones = _with_frozen(milestones, stopping, role)
    q = quote(sum(m["amount_minor"] for m in milestones), contract.currency)
    return ContractOut.model_validate(
        {
            "id": contract.pk,
            "state": contract.state,
            "title": contract.title,
            "description": contract.description,
            "category_slug": contract.category_slug,
            "currency": contract.currency,
            "review_period_days": contract.review_period_days,
            "client_name": contract.client_name,
            "client_email": contract.client_email,
            "freelancer_id": contract.freelancer_id,
            "client_id": contract.client_id,
            "role": role,
            "created_at": contract.created_at,
            "milestones": milestones,
            "quote": {**q.__dict__, "formatted": q.formatted()},
            "frozen_milestones": sum(m["frozen"] is not None for m in milestones),
        }
    )


def contracts_out(contracts: list[Contract], user: Any) -> list[ContractOut]:
    """A page of contracts, their milestones and their freezes each read in one query for
    all of them."""
    by_contract: dict[int, list[dict[str, Any]]] = {c.pk: [] for c in contracts}
    if by_contract:
        rows = (
            Milestone.objects.filter(contract_id__in=list(by_contract))
            .order_by("position", "id")
            .values("contract_id", *MILESTONE_OUT_FIELDS)
        )
        for row in rows:
            by_contract[row.pop("contract_id")].append(row)
    stopping = _release_freezes(list(by_contract))
    return [contract_out(c, user, by_contract[c.pk], stopping[c.pk]) for c in contracts]


def _inputs(payload: ContractIn) -> dict[str, Any]:
    data = payload.dict()
    data["milestones"] = [services.MilestoneInput(**m) for m in data["milestones"]]
    return data


@router.get("/contracts", response=list[ContractOut], summary="My contracts")
@paginate
def list_contracts(
    request: HttpRequest,
    state: SingleLineStr = "",
    q: SingleLineStr = Query("", max_length=100),  # noqa: B008
) -> Mapped:
    user = api_user(request)
    state = state if state in ContractState.values else ""
    found = (
        selectors.contracts_of(user, state=state, search=q)
        .select_related(None)
        .only(*CONTRACT_OUT_FIELDS)
    )
    return Mapped(found, page=lambda contracts: contracts_out(contracts, user))


DRAFT_LIMIT = "`rate_limited`: too many drafts created or edited this hour."


@router.post(
    "/contracts",
    response={201: ContractOut},
    summary="Create a draft contract",
    description="Its texts are screened against the work policy. At most DRAFT_SAVES_PER_HOUR "
    "drafts created or edited an hour (`429 rate_limited`, with `Retry-After`).",
    openapi_extra={"responses": {429: {"description": DRAFT_LIMIT}}},
)
def create_contract(request: HttpRequest, payload: ContractIn) -> Status[ContractOut]:
    contract = services.create_contract(freelancer=api_user(request), **_inputs(payload))
    return Status(201, contract_out(contract, api_user(request)))


@router.get(
    "/contracts/quote",
    response=QuoteOut,
    summary="What the client pays and the freelancer receives",
)
def get_quote(
    request: HttpRequest,
    amount_minor: Annotated[AmountMinor, Query(...)],
    currency: Currency = Query(..., min_length=3, max_length=3),  # noqa: B008
) -> QuoteOut:
    services.check_currency(currency)
    # The bounds contract creation applies, so a quote is never given for a refused amount.
    services.check_milestone_amount(amount_minor, currency)
    return QuoteOut(**quote(amount_minor, currency).__dict__)


@router.get("/contracts/{contract_id}", response=ContractOut, summary="One contract")
def get_contract(request: HttpRequest, contract_id: int) -> ContractOut:
    user = api_user(request)
    return contract_out(get_contract_for_user(user, contract_id, only=CONTRACT_OUT_FIELDS), user)


@router.put(
    "/contracts/{contract_id}",
    response=ContractOut,
    summary="Edit a draft",
    description="Screened again; counts against DRAFT_SAVES_PER_HOUR with creating one "
    "(`429 rate_limited`).",
    openapi_extra={"responses": {429: {"description": DRAFT_LIMIT}}},
)
def update_contract(request: HttpRequest, contract_id: int, payload: ContractIn) -> ContractOut:
    contract = get_contract_for_user(api_user(request), contract_id)
    data = _inputs(payload)
    data["review_period_days"] = data["review_period_days"] or contract.review_period_days
    contract = services.update_draft(contract=contract, by=api_user(request), **data)
    return contract_out(contract, api_user(request))


@router.get(
    "/contracts/{contract_id}/events", response=list[EventOut], summary="The activity timeline"
)
@paginate
def list_events(request: HttpRequest, contract_id: int) -> Mapped:
    """Oldest first, like a statement; page with `limit` and `offset`. The client's card and
    declined payments are the client's: the freelancer reads them as the page does."""
    user = api_user(request)
    contract = get_contract_for_user(user, contract_id)
    role = contract.role_of(user)
    parties = {contract.freelancer_id, contract.client_id}
    return Mapped(
        selectors.timeline_of(contract, role=role),
        page=lambda events: _staff_unnamed(payment_privacy.for_viewer(events, role), parties),
    )


def _staff_unnamed(events: list[Any], parties: set[int | None]) -> list[Any]:
    """`actor_id` names a party; a staff member's step (a freeze, a decision) reads as no
    one's, as the page says "Trust & Safety" (in memory only: the rows keep their actor)."""
    for event in events:
        if event.actor_id not in parties:
            event.actor_id = None
    return events


def _freelancer_action(request: HttpRequest, contract_id: int, action: Any) -> ContractOut:
    contract = get_contract_for_user(api_user(request), contract_id)
    action(contract=contract, by=api_user(request))
    contract.refresh_from_db()
    return contract_out(contract, api_user(request))


@router.post(
    "/contracts/{contract_id}/send",
    response=ContractOut,
    summary="Send the invitation to the client",
)
def send(request: HttpRequest, contract_id: int) -> ContractOut:
    return _freelancer_action(request, contract_id, invitations.send_invitation)


@router.post(
    "/contracts/{contract_id}/resend",
    response=ContractOut,
    summary="Re-send the invitation (a new link)",
)
def resend(request: HttpRequest, contract_id: int) -> ContractOut:
    return _freelancer_action(request, contract_id, invitations.resend_invitation)


@router.post(
    "/contracts/{contract_id}/revoke", response=ContractOut, summary="Withdraw the invitation"
)
def revoke(request: HttpRequest, contract_id: int) -> ContractOut:
    return _freelancer_action(request, contract_id, invitations.revoke_invitation)


@router.post(
    "/contracts/{contract_id}/cancel",
    response=ContractOut,
    summary="Cancel a contract that is not active",
)
def cancel(request: HttpRequest, contract_id: int) -> ContractOut:
    return _freelancer_action(request, contract_id, services.cancel_contract)


# --- The client's side of an invitation (no account yet: the link and the code authorise) ---


def _bearer_user(request: HttpRequest) -> User | None:
    """The account of an API token sent along, if any (these operations need none)."""
    scheme, _, secret = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not secret:
        return None
    return authenticate_api_token(secret.strip())


@router.get(
    "/invitations/{token}",
    response=InvitationOut,
    auth=None,
    summary="What an invitation link is for",
)
def get_invitation(request: HttpRequest, token: SingleLineStr) -> InvitationOut:
    found = invitations.open_invitation(token)
    return InvitationOut(
        contract_id=found.contract_id,
        title=found.contract.title,
        freelancer=found.contract.freelancer.display_name,
        email=found.email,
        expires_at=found.expires_at,
        email_verified=found.email_verified_at is not None,
    )


@router.post(
    "/invitations/{token}/code", response={202: None}, auth=None, summary="Email the 6-digit code"
)
def send_code(request: HttpRequest, token: SingleLineStr) -> Status[None]:
    invitations.send_code(invitation=invitations.open_invitation(token))
    return Status(202, None)


@router.post(
    "/invitations/{token}/verify",
    response=AccessOut,
    auth=None,
    summary="Check the code; get an access token",
)
def verify(request: HttpRequest, token: SingleLineStr, payload: CodeIn) -> AccessOut:
    access = invitations.verify_code(
        invitation=invitations.open_invitation(token), code=payload.code
    )
    return AccessOut(access_token=access)


@router.post(
    "/invitations/{token}/accept",
    response=ContractOut,
    auth=None,
    summary="Accept (creates the client account)",
)
def accept(request: HttpRequest, token: SingleLineStr, payload: AcceptIn) -> ContractOut:
    result = invitations.accept_invitation(
        invitation=invitations.open_invitation(token),
        access=request.headers.get("X-Invitation-Access"),
        signed_in=_bearer_user(request),
        context=ClientContext(
            ip=request.META.get("REMOTE_ADDR") or None,
            user_agent=request.headers.get("User-Agent", "")[:300],
            device_id=request.headers.get("X-Device-Id", "")[:64],
        ),
        **payload.dict(),
    )
    return contract_out(result.contract, result.client)


@router.post(
    "/invitations/{token}/decline", response={204: None}, auth=None, summary="Decline with a reason"
)
def decline(request: HttpRequest, token: SingleLineStr, payload: DeclineIn) -> Status[None]:
    invitations.decline_invitation(
        invitation=invitations.open_invitation(token),
        access=request.headers.get("X-Invitation-Access"),
        reason=payload.reason,
    )
    return Status(204, None)


class MessageIn(Schema):
    body: MultiLineStr = Field(
        min_length=1, max_length=10_000, examples=["Here are the brand colours."]
    )


class MessageOut(Schema):
    id: int
    sender_id: int
    body: str
    created_at: datetime


@router.get(
    "/contracts/{contract_id}/messages", response=list[MessageOut], summary="The message thread"
)
@paginate
def list_messages(request: HttpRequest, contract_id: int) -> QuerySet[Message]:
    user = api_user(request)
    contract = get_contract_for_user(user, contract_id)
    messaging.mark_read_when_needed(contract=contract, user=user)
    return selectors.messages_of(contract)


MESSAGE_LIMIT = "`rate_limited`: too many messages and proposed changes on this contract this hour."


@router.post(
    "/contracts/{contract_id}/messages",
    response={201: MessageOut},
    summary="Send a message (screened)",
    description="Held when it asks to pay outside the platform or carries contact details "
    "(`422 message_held`). At most MESSAGES_PER_HOUR messages and proposed changes an hour per "
    "person and contract (`429 rate_limited`, with `Retry-After`).",
    openapi_extra={"responses": {429: {"description": MESSAGE_LIMIT}}},
)
def post_message(request: HttpRequest, contract_id: int, payload: MessageIn) -> Status[Message]:
    user = api_user(request)
    contract = get_contract_for_user(user, contract_id)
    return Status(201, messaging.post_message(contract=contract, sender=user, body=payload.body))


router.add_router("", "directcontracts.contracts.api_money.router")


@router.post(
    "/contracts/{contract_id}/messages/with-files",
    response={201: MessageOut},
    summary="Send a message with files (multipart, screened)",
    description="Held when it asks to pay outside the platform or carries contact details "
    "(`422 message_held`). At most MESSAGES_PER_HOUR messages and proposed changes an hour per "
    "person and contract (`429 rate_limited`, with `Retry-After`).",
    openapi_extra={"responses": {429: {"description": MESSAGE_LIMIT}}},
)
def post_message_with_files(
    request: HttpRequest,
    contract_id: int,
    body: Annotated[MultiLineStr, Form(min_length=1, max_length=10_000)],
    files: Annotated[list[UploadedFile] | None, File()] = None,
) -> Status[Message]:
    user = api_user(request)
    contract = get_contract_for_user(user, contract_id)
    incoming = deliverables.incoming_from_uploads(list(files or []))
    return Status(
        201, messaging.post_message(contract=contract, sender=user, body=body, files=incoming)
    )
