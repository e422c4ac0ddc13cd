"""API: notices (cursor-paginated), webhook endpoints, deliveries and redelivery."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status
from pydantic import ConfigDict, Field, StrictBool, model_validator

from directcontracts.core.validation import SingleLineStr
from directcontracts.notifications import (
    access,
    email_preferences,
    events,
    notices,
    selectors,
    webhooks,
)
from directcontracts.notifications.email_groups import FREQUENCIES
from directcontracts.notifications.models import (
    Notice,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
)

router = Router(tags=["notifications"])
MAX_PAGE = 100


def _user(request: HttpRequest) -> Any:
    return request.auth  # type: ignore[attr-defined]


# --- Notices ---------------------------------------------------------------------------


class NoticeOut(Schema):
    id: int
    kind: str
    title: str
    about: str = Field(
        description='What the notice is about, e.g. "Contract #12: Logo design"; may be empty.'
    )
    body: str
    url: str
    link_text: str = Field(
        "",
        description='The words of the link to `url` ("Read the warning and appeal it"); '
        "empty when the title says where it goes.",
    )
    created_at: datetime
    read_at: datetime | None
    unread: bool


class NoticePage(Schema):
    items: list[NoticeOut]
    next_cursor: int | None = Field(
        description="Pass as `cursor` for the next (older) page; null on the last page."
    )
    unread_count: int


class NoticeFilter(Schema):
    unread: bool = False
    cursor: int | None = Field(None, ge=1, description="The `next_cursor` of the previous page.")
    limit: int = Field(20, ge=1, le=MAX_PAGE)


class MarkedOut(Schema):
    marked: int


def _notice(notice: Notice) -> NoticeOut:
    return NoticeOut(
        id=notice.pk,
        kind=notice.kind,
        title=notice.title,
        about=notice.about,
        body=notice.body,
        url=notice.url,
        link_text=notice.link_text,
        created_at=notice.created_at,
        read_at=notice.read_at,
        unread=notice.is_unread,
    )


@router.get("/notifications", response=NoticePage, summary="My notifications, newest first")
def list_notices(request: HttpRequest, filters: Query[NoticeFilter]) -> NoticePage:
    user = _user(request)
    rows = selectors.notices_for(user, unread_only=filters.unread).order_by("-id")
    if filters.cursor is not None:
        rows = rows.filter(pk__lt=filters.cursor)
    page = list(rows[: filters.limit + 1])
    more = len(page) > filters.limit
    page = page[: filters.limit]
    return NoticePage(
        items=[_notice(n) for n in page],
        next_cursor=page[-1].pk if more else None,
        unread_count=selectors.unread_count(user),
    )


@router.post("/notifications/read-all", response=MarkedOut, summary="Mark all as read")
def read_all(request: HttpRequest) -> MarkedOut:
    return MarkedOut(marked=notices.mark_all_read(user=_user(request)))


@router.post("/notifications/{notice_id}/read", response=NoticeOut, summary="Mark one as read")
def read_one(request: HttpRequest, notice_id: int) -> NoticeOut:
    return _notice(notices.mark_notice_read(user=_user(request), notice_id=notice_id))


# --- Webhook endpoints -----------------------------------------------------------------


class EndpointOut(Schema):
    id: int
    url: str
    description: str
    enabled_events: list[str]
    active: bool
    created_at: datetime
    secret_hint: str = Field(description="The start of the signing secret.")


class NewEndpointOut(EndpointOut):
    secret: str = Field(description="The signing secret: shown once, in this response only.")


class EndpointIn(Schema):
    url: SingleLineStr = Field(
        min_length=1, max_length=500, examples=["https://example.com/hooks/dc"]
    )
    description: SingleLineStr = Field("", max_length=200)
    enabled_events: list[SingleLineStr] = Field(
        default_factory=lambda: ["*"],
        min_length=1,
        max_length=50,
        examples=[["milestone.funded", "milestone.released"]],
    )


class EndpointPatch(Schema):
    url: SingleLineStr | None = Field(None, min_length=1, max_length=500)
    description: SingleLineStr | None = Field(None, max_length=200)
    enabled_events: list[SingleLineStr] | None = Field(None, min_length=1, max_length=50)
    active: bool | None = None


class EventTypeOut(Schema):
    type: str
    description: str


def _endpoint(endpoint: WebhookEndpoint) -> EndpointOut:
    return EndpointOut(
        id=endpoint.pk,
        url=endpoint.url,
        description=endpoint.description,
        enabled_events=endpoint.enabled_events,
        active=endpoint.active,
        created_at=endpoint.created_at,
        secret_hint=endpoint.secret_hint,
    )


@router.get("/webhook-event-types", response=list[EventTypeOut], summary="Event types")
def list_event_types(request: HttpRequest) -> list[EventTypeOut]:
    return [EventTypeOut(type=k, description=v) for k, v in events.event_types().items()]


@router.get("/webhook-endpoints", response=list[EndpointOut], summary="My webhook endpoints")
def list_endpoints(request: HttpRequest) -> list[EndpointOut]:
    return [_endpoint(e) for e in selectors.endpoints_of(_user(request))]


@router.post(
    "/webhook-endpoints", response={201: NewEndpointOut}, summary="Register a webhook endpoint"
)
def create_endpoint(request: HttpRequest, payload: EndpointIn) -> Status[NewEndpointOut]:
    endpoint = webhooks.create_endpoint(owner=_user(request), **payload.dict())
    return Status(201, NewEndpointOut(**_endpoint(endpoint).dict(), secret=endpoint.secret))


@router.get("/webhook-endpoints/{endpoint_id}", response=EndpointOut, summary="One endpoint")
def get_endpoint(request: HttpRequest, endpoint_id: int) -> EndpointOut:
    return _endpoint(access.get_endpoint_for_user(_user(request), endpoint_id))


@router.patch("/webhook-endpoints/{endpoint_id}", response=EndpointOut, summary="Change or disable")
def update_endpoint(request: HttpRequest, endpoint_id: int, payload: EndpointPatch) -> EndpointOut:
    changes = payload.dict(exclude_unset=True, exclude_none=True)
    return _endpoint(
        webhooks.update_endpoint(user=_user(request), endpoint_id=endpoint_id, **changes)
    )


@router.delete(
    "/webhook-endpoints/{endpoint_id}", response={204: None}, summary="Delete an endpoint"
)
def delete_endpoint(request: HttpRequest, endpoint_id: int) -> Status[None]:
    webhooks.delete_endpoint(user=_user(request), endpoint_id=endpoint_id)
    return Status(204, None)


# --- Deliveries ------------------------------------------------------------------------


class AttemptOut(Schema):
    number: int
    started_at: datetime
    duration_ms: int
    status_code: int | None
    error: str
    response_excerpt: str
    succeeded: bool
    manual: bool


class DeliveryOut(Schema):
    id: int
    event_id: str
    event_type: str
    endpoint_id: int
    status: Literal["pending", "succeeded", "failed"]
    attempts: int
    next_attempt_at: datetime | None
    last_status_code: int | None
    last_error: str
    created_at: datetime


class DeliveryDetailOut(DeliveryOut):
    payload: dict[str, Any]
    history: list[AttemptOut]


class DeliveryPage(Schema):
    items: list[DeliveryOut]
    next_cursor: int | None


class DeliveryFilter(Schema):
    status: Literal["pending", "succeeded", "failed"] | None = None
    cursor: int | None = Field(None, ge=1)
    limit: int = Field(20, ge=1, le=MAX_PAGE)


def _delivery(delivery: WebhookDelivery) -> DeliveryOut:
    return DeliveryOut(
        id=delivery.pk,
        event_id=delivery.event.public_id,
        event_type=delivery.event.type,
        endpoint_id=delivery.endpoint_id,
        status=delivery.status,  # type: ignore[arg-type]
        attempts=delivery.attempt,
        next_attempt_at=delivery.next_attempt_at,
        last_status_code=delivery.last_status_code,
        last_error=delivery.last_error,
        created_at=delivery.created_at,
    )


def _attempt(attempt: WebhookAttempt) -> AttemptOut:
    return AttemptOut.from_orm(attempt)


@router.get(
    "/webhook-endpoints/{endpoint_id}/deliveries",
    response=DeliveryPage,
    summary="An endpoint's delivery log, newest first",
)
def list_deliveries(
    request: HttpRequest, endpoint_id: int, filters: Query[DeliveryFilter]
) -> DeliveryPage:
    endpoint = access.get_endpoint_for_user(_user(request), endpoint_id)
    rows = selectors.deliveries_of(endpoint).order_by("-id")
    if filters.status:
        rows = rows.filter(status=filters.status)
    if filters.cursor is not None:
        rows = rows.filter(pk__lt=filters.cursor)
    page = list(rows[: filters.limit + 1])
    more = len(page) > filters.limit
    page = page[: filters.limit]
    return DeliveryPage(
        items=[_delivery(d) for d in page], next_cursor=page[-1].pk if more else None
    )


def _delivery_detail(delivery: WebhookDelivery) -> DeliveryDetailOut:
    return DeliveryDetailOut(
        **_delivery(delivery).dict(),
        payload=delivery.event.payload(),
        history=[_attempt(a) for a in selectors.attempts_of(delivery)],
    )


@router.get("/webhook-deliveries/{delivery_id}", response=DeliveryDetailOut, summary="One delivery")
def get_delivery(request: HttpRequest, delivery_id: int) -> DeliveryDetailOut:
    return _delivery_detail(access.get_delivery_for_user(_user(request), delivery_id))


@router.post(
    "/webhook-deliveries/{delivery_id}/redeliver",
    response={202: DeliveryDetailOut},
    summary="Send a delivery again now",
)
def redeliver(request: HttpRequest, delivery_id: int) -> Status[DeliveryDetailOut]:
    delivery = webhooks.redeliver(user=_user(request), delivery_id=delivery_id)
    return Status(202, _delivery_detail(delivery))


# --- Email preferences ----------------------------------------------------------------------


class EmailGroupOut(Schema):
    key: str = Field(examples=["messages"])
    label: str = Field(examples=["Messages from the other party"])
    description: str
    email: bool = Field(description="Notices of this group are also emailed.")
    required: bool = Field(description="Money and security: always emailed, cannot be off.")
    required_reason: str = Field(description="Why a required group is always emailed.")
    frequency: Literal["immediate", "daily", "off"] = Field(
        description='How its notices are emailed: "immediate" (each as it happens), "daily" '
        '(one digest a day, at EMAIL_DIGEST_HOUR_UTC, of those still unread) or "off". '
        '`email` is false exactly when this is "off".'
    )
    frequencies: list[Literal["immediate", "daily", "off"]] = Field(
        description='The choices this group offers: only "immediate" for a required group.',
        examples=[["immediate", "daily", "off"]],
    )


class EmailPreferencesOut(Schema):
    groups: list[EmailGroupOut]


# Documented as the three words; checked by the service, so another word is refused with its
# own code (`422 email_frequency_invalid`), not a generic validation error.
FrequencyWord = Annotated[SingleLineStr, Field(json_schema_extra={"enum": list(FREQUENCIES)})]


class EmailPreferencesIn(Schema):
    # Documented as "at least one of the two" (the validator below enforces it).
    model_config = ConfigDict(json_schema_extra={"minProperties": 1})

    email: dict[SingleLineStr, StrictBool] = Field(
        default_factory=dict,
        max_length=20,
        # A key with a control character is refused (422), so no other key is allowed.
        json_schema_extra={"additionalProperties": False},
        description="Group key → whether to email its notices: JSON `true` or `false` only "
        '(not "yes", "off", "0" or 0: `422 validation_error`). Groups left out keep their '
        "setting. An unknown group is `400 email_group_unknown`; turning off a required "
        "group is `400 email_required`. In-app notices are always kept.",
        examples=[{"messages": False, "contract_updates": True}],
    )
    frequency: dict[SingleLineStr, FrequencyWord] = Field(
        default_factory=dict,
        max_length=20,
        json_schema_extra={"additionalProperties": False},
        description='Group key → "immediate", "daily" or "off". Groups left out keep their '
        "setting; `email: true` leaves a daily group daily. Another word is "
        "`422 email_frequency_invalid` (as is a group named in both `email` and `frequency`); "
        'a choice the group does not offer ("daily" or "off" for money or account security) '
        "is `422 email_frequency_not_offered`. Either refusal changes nothing.",
        examples=[{"messages": "daily", "report_outcomes": "off"}],
    )

    @model_validator(mode="after")
    def _names_something(self) -> EmailPreferencesIn:
        # Both are optional, but a body naming neither (`{}`, or one the parser reads as
        # empty) is a mistake, refused as it was when `email` was required.
        if not self.model_fields_set & {"email", "frequency"}:
            raise ValueError("Give `email`, `frequency` or both.")
        return self


def _email_preferences(user: Any) -> EmailPreferencesOut:
    return EmailPreferencesOut(
        groups=[
            EmailGroupOut(
                key=choice.group.key,
                label=choice.group.label,
                description=choice.group.description,
                email=choice.email,
                required=choice.group.required,
                required_reason=choice.group.reason,
                frequency=choice.frequency,
                frequencies=list(choice.group.frequencies),
            )
            for choice in selectors.email_choices_of(user)
        ]
    )


@router.get(
    "/me/email-preferences",
    response=EmailPreferencesOut,
    summary="Which notices I also get by email",
)
def get_email_preferences(request: HttpRequest) -> EmailPreferencesOut:
    return _email_preferences(_user(request))


@router.put(
    "/me/email-preferences",
    response=EmailPreferencesOut,
    summary="Choose which notices I also get by email",
)
def put_email_preferences(request: HttpRequest, payload: EmailPreferencesIn) -> EmailPreferencesOut:
    user = _user(request)
    email_preferences.update_email_preferences(
        user=user, email=payload.email, frequency=payload.frequency
    )
    return _email_preferences(user)
