from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from ninja import Router, Schema, Status
from pydantic import EmailStr, Field

from directcontracts.accounts import data_export, selectors, services
from directcontracts.accounts.errors import AccountErrorCode
from directcontracts.accounts.models import DataExport, User, normalize_email
from directcontracts.core.errors import DomainError
from directcontracts.core.validation import SingleLineStr

router = Router(tags=["accounts"])


class MeOut(Schema):
    id: int
    email: str
    full_name: str
    display_name: str
    roles: list[str]
    email_verified: bool


class SignUpIn(Schema):
    email: EmailStr = Field(max_length=254, examples=["ana@example.com"])
    password: SingleLineStr = Field(
        min_length=1, max_length=128, examples=["correct horse battery staple"]
    )
    full_name: SingleLineStr = Field(min_length=1, max_length=150, examples=["Ana Lima"])
    as_freelancer: bool = True
    as_client: bool = False


class TokenIn(Schema):
    name: SingleLineStr = Field(min_length=1, max_length=100, examples=["CI integration"])
    expires_in_days: int | None = Field(
        default=None,
        ge=1,
        le=3650,
        description="The token stops working after this many days; leave out for never.",
        examples=[90],
    )


class TokenOut(Schema):
    id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    revoked_at: datetime | None


class SignUpOut(Schema):
    email: str = Field(examples=["ana@example.com"])
    message: str = Field(
        description="The same answer whether or not the address already had an account: "
        "a new account gets a verification link by email, an existing one's owner a notice."
    )


class NewTokenOut(TokenOut):
    secret: str = Field(description="Shown once; only a hash is stored.")


def _me(user: User) -> MeOut:
    return MeOut(
        id=user.pk,
        email=user.email,
        full_name=user.full_name,
        display_name=user.display_name,
        roles=user.roles,
        email_verified=user.email_verified,
    )


@router.get("/me", response=MeOut, summary="Who am I")
def me(request: HttpRequest) -> MeOut:
    return _me(request.auth)  # type: ignore[attr-defined]


@router.post(
    "/accounts",
    response={202: SignUpOut},
    auth=None,
    summary="Sign up (a verification email follows)",
)
def sign_up(request: HttpRequest, payload: SignUpIn) -> Status[SignUpOut]:
    services.sign_up(**payload.dict(), ip_address=request.META.get("REMOTE_ADDR"))
    return Status(
        202,
        SignUpOut(
            email=normalize_email(payload.email),
            message="Check your email: we sent a link to finish signing up.",
        ),
    )


@router.get("/tokens", response=list[TokenOut], summary="My API tokens")
def list_tokens(request: HttpRequest) -> list[TokenOut]:
    return [TokenOut.from_orm(t) for t in selectors.api_tokens_of(request.auth)]  # type: ignore[attr-defined]


@router.post(
    "/tokens",
    response={201: NewTokenOut},
    summary="Create an API token",
    description="Only with the web session (and its CSRF token): a token cannot make "
    "tokens (`token_cannot_make_tokens`), or a leaked one would outlive its own revocation.",
)
def create_token(request: HttpRequest, payload: TokenIn) -> Status[NewTokenOut]:
    from directcontracts.api import authenticated_by_token  # the API module mounts this one

    if authenticated_by_token(request):
        raise DomainError(
            AccountErrorCode.TOKEN_CANNOT_MAKE_TOKENS,
            "An API token cannot make API tokens. Make one in Settings → API tokens "
            "while signed in.",
            status=403,
        )
    token, secret = services.create_api_token(
        user=request.auth,  # type: ignore[attr-defined]
        name=payload.name,
        expires_in_days=payload.expires_in_days,
    )
    return Status(201, NewTokenOut(**TokenOut.from_orm(token).dict(), secret=secret))


@router.delete("/tokens/{token_id}", response={204: None}, summary="Revoke an API token")
def revoke_token(request: HttpRequest, token_id: int) -> Status[None]:
    services.revoke_api_token(user=request.auth, token_id=token_id)  # type: ignore[attr-defined]
    return Status(204, None)


class DataExportOut(Schema):
    id: int
    state: str = Field(description="pending (being prepared), ready, failed or expired.")
    created_at: datetime
    ready_at: datetime | None
    expires_at: datetime | None
    size_bytes: int
    download_url: str | None = Field(
        description="When ready: a signed link that works for "
        "DATA_EXPORT_DAYS, in a browser signed in as you (the file is not served to API "
        "tokens)."
    )


def _export_out(export: DataExport) -> DataExportOut:
    return DataExportOut(
        id=export.pk,
        state=export.state,
        created_at=export.created_at,
        ready_at=export.ready_at,
        expires_at=export.expires_at,
        size_bytes=export.size_bytes,
        download_url=data_export.download_url(export) if export.state == "ready" else None,
    )


@router.post(
    "/me/export",
    response={202: DataExportOut},
    summary="Ask for a copy of your data (built in the background)",
    description="One export at a time (409 `export_in_progress`), DATA_EXPORTS_PER_DAY a day "
    "(429). Follow its state with `GET /me/export`; the ZIP downloads in a signed-in browser.",
    openapi_extra={"responses": {429: {"description": "`rate_limited`: too many exports today."}}},
)
def request_export(request: HttpRequest) -> Status[DataExportOut]:
    export = data_export.request_data_export(user=request.auth)  # type: ignore[attr-defined]
    return Status(202, _export_out(export))


@router.get(
    "/me/export",
    response=DataExportOut,
    summary="Your latest data export and its state",
    openapi_extra={
        "responses": {
            404: {"description": "`export_not_found`: no export asked for, or it expired."}
        }
    },
)
def export_status(request: HttpRequest) -> DataExportOut:
    export = data_export.current_export(request.auth)  # type: ignore[attr-defined]
    if export is None:
        raise data_export.no_export()
    return _export_out(export)
