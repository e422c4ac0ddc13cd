"""The HTTP API at /api/v1/: one NinjaAPI that mounts each app's router.

Authentication is a personal API token (`Authorization: Bearer dc_...`) or the web
session (with CSRF on unsafe methods). Every error has one shape:
`{"error": {"code": "...", "message": "..."}}`.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import logging
from typing import Any

from django.apps import apps
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, ValidationError
from ninja.security import APIKeyCookie, HttpBearer

from directcontracts.core.errors import CoreErrorCode, DomainError, RateLimited, error_body
from directcontracts.core.validation import CONTROL_CHARACTER_ERRORS

logger = logging.getLogger(__name__)


class TokenAuth(HttpBearer):
    openapi_description = (
        "A personal API token from your settings page: `Authorization: Bearer dc_...`"
    )

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        from directcontracts.accounts.services import authenticate_api_token

        user = authenticate_api_token(token)
        if user is not None:
            request.user = user
        return user


class SessionAuth(APIKeyCookie):
    """The browser's session cookie; unsafe methods also need the CSRF token."""

    param_name = settings.SESSION_COOKIE_NAME
    openapi_description = "The web session (browser), with the CSRF token on unsafe methods."

    def __call__(self, request: HttpRequest) -> Any:
        # No signed-in session: nothing to protect, so no CSRF check; the caller gets 401
        # (not a CSRF 403) when no other credential worked either.
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        return super().__call__(request)  # checks CSRF on unsafe methods, then authenticates

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return user
        return None


api = NinjaAPI(
    title="Direct Contracts API",
    version="1",
    description=(
        "Escrow-protected direct contracts. Authenticate with a personal API token "
        "(`Authorization: Bearer dc_...`). Every error is "
        '`{"error": {"code": "...", "message": "..."}}` with a stable code.'
    ),
    urls_namespace="api-v1",
    docs_url="/docs",
    openapi_url="/openapi.json",
    auth=[TokenAuth(), SessionAuth()],
)


def _respond(request: HttpRequest, body: dict[str, Any], status: int) -> HttpResponse:
    return api.create_response(request, body, status=status)


@api.exception_handler(DomainError)
def on_domain_error(request: HttpRequest, exc: DomainError) -> HttpResponse:
    response = _respond(request, exc.as_dict(), exc.status)
    if isinstance(exc, RateLimited):
        response["Retry-After"] = str(exc.retry_after)
    return response


@api.exception_handler(ValidationError)
def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    if any(err.get("type") == "json_invalid" for err in exc.errors):
        return _respond(
            request,
            error_body(CoreErrorCode.MALFORMED_JSON, "The request body is not valid JSON."),
            400,
        )
    fields = [
        {
            "field": ".".join(str(p) for p in err.get("loc", ())[1:]) or "body",
            "message": err.get("msg", ""),
        }
        for err in exc.errors
    ]
    summary = "; ".join(f"{f['field']}: {f['message']}" for f in fields[:5])
    # Control characters have their own code (when they are the only problem), so a client
    # can tell "clean the text" from "fix the request".
    code = (
        CoreErrorCode.CONTROL_CHARACTERS
        if all(err.get("type") in CONTROL_CHARACTER_ERRORS for err in exc.errors)
        else CoreErrorCode.VALIDATION_ERROR
    )
    return _respond(
        request,
        error_body(code, f"Some fields are not valid ({summary}).", fields=fields),
        422,
    )


@api.exception_handler(json.JSONDecodeError)
def on_malformed_json(request: HttpRequest, exc: Exception) -> HttpResponse:
    return _respond(
        request,
        error_body(CoreErrorCode.MALFORMED_JSON, "The request body is not valid JSON."),
        400,
    )


@api.exception_handler(AuthenticationError)
def on_authentication_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    return _respond(
        request,
        error_body(
            CoreErrorCode.NOT_AUTHENTICATED,
            "Sign in, or send a valid API token as 'Authorization: Bearer ...'.",
        ),
        401,
    )


@api.exception_handler(AuthorizationError)
def on_authorization_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    return _respond(
        request, error_body(CoreErrorCode.PERMISSION_DENIED, "You may not do this."), 403
    )


@api.exception_handler(HttpError)
def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    # Ninja reports a body it cannot parse as HttpError(400) caused by the JSON decoder
    # (JSONDecodeError and UnicodeDecodeError are both ValueErrors).
    if exc.status_code == 400 and isinstance(exc.__cause__, ValueError):
        return _respond(
            request,
            error_body(CoreErrorCode.MALFORMED_JSON, "The request body is not valid JSON."),
            400,
        )
    if exc.status_code == 403 and str(exc) == "CSRF check Failed":
        return _respond(
            request,
            error_body(
                CoreErrorCode.PERMISSION_DENIED,
                "Requests signed in with the web session need the CSRF token "
                "(the X-CSRFToken header); scripts should use an API token instead.",
            ),
            403,
        )
    code = {
        400: CoreErrorCode.VALIDATION_ERROR,
        401: CoreErrorCode.NOT_AUTHENTICATED,
        403: CoreErrorCode.PERMISSION_DENIED,
        404: CoreErrorCode.NOT_FOUND,
        409: CoreErrorCode.CONFLICT,
        429: CoreErrorCode.RATE_LIMITED,
    }.get(
        exc.status_code,
        CoreErrorCode.VALIDATION_ERROR if exc.status_code < 500 else CoreErrorCode.SERVER_ERROR,
    )
    return _respond(request, error_body(code, str(exc)), exc.status_code)


@api.exception_handler(Http404)
def on_not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return _respond(request, error_body(CoreErrorCode.NOT_FOUND, "Not found."), 404)


@api.exception_handler(Exception)
def on_unexpected_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.exception("unhandled API error")
    return _respond(
        request,
        error_body(
            CoreErrorCode.SERVER_ERROR, "Something went wrong on our side. It has been logged."
        ),
        500,
    )


def _mount_app_routers() -> None:
    """Each app that has an `api.py` with a `router` is mounted; apps own their paths."""
    for app in (config.name for config in apps.get_app_configs()):
        if not app.startswith("directcontracts."):
            continue
        module_name = f"{app}.api"
        if importlib.util.find_spec(module_name) is None:
            continue
        router = getattr(importlib.import_module(module_name), "router", None)
        if router is not None:
            api.add_router("", router)


_mount_app_routers()
