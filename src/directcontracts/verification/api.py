"""POST /api/v1/verify: anyone (no account) checks a payment request they received."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Field, Router, Schema

from directcontracts.core.validation import MultiLineStr
from directcontracts.verification import services
from directcontracts.verification.views import count_check

router = Router(tags=["verification"])


class VerifyIn(Schema):
    text: MultiLineStr = Field(
        description="Whatever was received: a link, a whole email or message, or the short code.",
        examples=["DC-7K3Q-9XWM-P2HD-4R"],
    )


class ContractSummaryOut(Schema):
    title: str
    freelancer: str
    amount_minor: int = Field(
        description="The amount agreed, in minor units; a payment fee (by card) comes on top."
    )
    currency: str


class VerifyOut(Schema):
    genuine: bool
    status: str = Field(description="genuine, expired, revoked, forged, unknown or foreign_domain")
    contract: ContractSummaryOut | None = Field(
        description="Only when genuine: the title, the freelancer's name, amount and currency."
    )
    advice: str


@router.post(
    "/verify",
    response=VerifyOut,
    auth=None,
    summary="Verify a payment request",
    description="Paste what you received (a link, a message with a link in it, or the short "
    "code). Rate limited per address (VERIFY_CHECKS_PER_HOUR).",
    openapi_extra={"responses": {429: {"description": "`rate_limited`: too many checks."}}},
)
def verify(request: HttpRequest, payload: VerifyIn) -> dict:
    count_check(request)
    return services.verify_text(payload.text).as_dict()
