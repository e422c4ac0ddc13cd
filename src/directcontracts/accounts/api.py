from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from ninja import Router, Schema, Status
from pydantic import EmailStr, Field

from directcontracts.accounts import selectors, services
from directcontracts.accounts.models import User
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


class TokenOut(Schema):
    id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


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
    "/accounts", response={201: MeOut}, auth=None, summary="Sign up (a verification email follows)"
)
def sign_up(request: HttpRequest, payload: SignUpIn) -> Status[MeOut]:
    user = services.sign_up(**payload.dict(), ip_address=request.META.get("REMOTE_ADDR"))
    return Status(201, _me(user))


@router.get("/tokens", response=list[TokenOut], summary="My API tokens")
def list_tokens(request: HttpRequest) -> list[TokenOut]:
    return [TokenOut.from_orm(t) for t in selectors.api_tokens_of(request.auth)]  # type: ignore[attr-defined]


@router.post("/tokens", response={201: NewTokenOut}, summary="Create an API token")
def create_token(request: HttpRequest, payload: TokenIn) -> Status[NewTokenOut]:
    token, secret = services.create_api_token(user=request.auth, name=payload.name)  # type: ignore[attr-defined]
    return Status(201, NewTokenOut(**TokenOut.from_orm(token).dict(), secret=secret))


@router.delete("/tokens/{token_id}", response={204: None}, summary="Revoke an API token")
def revoke_token(request: HttpRequest, token_id: int) -> Status[None]:
    services.revoke_api_token(user=request.auth, token_id=token_id)  # type: ignore[attr-defined]
    return Status(204, None)
