"""Flag as Inappropriate over HTTP: report a contract, message, person or invitation."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate

from directcontracts.core.validation import MultiLineStr, SingleLineStr
from directcontracts.trust import flags
from directcontracts.trust.models import Flag, FlagReason, FlagTarget

router = Router(tags=["trust & safety"])


class FlagIn(Schema):
    target_kind: FlagTarget
    target_id: SingleLineStr = Field(
        max_length=253, examples=["42"], description="A row id, or a host name for a website."
    )
    reason: FlagReason
    details: MultiLineStr = Field(default="", max_length=flags.MAX_DETAILS)


class FlagOut(Schema):
    reference: str
    target_kind: str
    target_id: str
    reason: str
    created_at: datetime
    outcome: str = Field(
        description="Empty while under review; then `upheld` (action taken: a breach was "
        "found and acted on; what was done is not shared) or `dismissed` (no action taken: "
        "no breach found)."
    )


def _out(made: Flag) -> FlagOut:
    return FlagOut(
        reference=made.reference,
        target_kind=made.target_kind,
        target_id=made.target_id,
        reason=made.reason,
        created_at=made.created_at,
        outcome=made.outcome,
    )


@router.post(
    "/flags",
    response={201: FlagOut},
    summary="Flag as Inappropriate",
    description="Report something you can see (otherwise 404). One open flag per target "
    "(409), FLAGS_PER_HOUR an hour (429). You learn the outcome, not the other party's details.",
    openapi_extra={
        "responses": {
            404: {"description": "`flag_target_not_found`: nothing there, or you cannot see it."},
            429: {"description": "`rate_limited`: too many flags this hour."},
        }
    },
)
def create_flag(request: HttpRequest, payload: FlagIn) -> Status:
    made = flags.flag(
        reporter=request.auth,  # type: ignore[attr-defined]
        kind=payload.target_kind,
        target_id=payload.target_id,
        reason=payload.reason,
        details=payload.details,
        address=request.META.get("REMOTE_ADDR") or None,
    )
    return Status(201, _out(made))


@router.get("/flags", response=list[FlagOut], summary="My flags and their outcomes")
@paginate
def list_flags(request: HttpRequest) -> list[FlagOut]:
    return [_out(f) for f in flags.flags_of(request.auth)]  # type: ignore[attr-defined]
