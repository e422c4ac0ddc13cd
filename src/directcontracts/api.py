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
from ninja.parser import Parser
from ninja.security import APIKeyCookie, HttpBearer

from directcontracts.core.errors import CoreErrorCode, DomainError, RateLimited, error_body
from directcontracts.core.middleware import FORM_REFUSALS, form_refusal
from directcontracts.core.validation import CONTROL_CHARACTER_ERRORS

logger = logging.getLogger(__name__)


# The request attribute saying how the API authenticated it ("token" for a bearer token).
AUTHENTICATED_BY = "_directcontracts_authenticated_by"


def authenticated_by_token(request: HttpRequest) -> bool:
    """Whether the caller proved who they are with an API token rather than the session."""
    return getattr(request, AUTHENTICATED_BY, None) == "token"


class TokenAuth(HttpBearer):
    openapi_description = (
        "A personal API token from your settings page: `Authorization: Bearer dc_...`"
    )

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        from directcontracts.accounts.services import authenticate_api_token

        user = authenticate_api_token(token)
        if user is not None:
            request.user = user
            setattr(request, AUTHENTICATED_BY, "token")
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


# --- Error answers in the OpenAPI document ----------------------------------------------------
#
# Every operation can refuse in ways its own decorator rarely lists (a wrong type is 422, an
# unknown or foreign id 404, no token 401 ...). They follow from the operation's shape, so
# they are added here, for every router mounted now or later; an operation's own
# `response=`/`openapi_extra` descriptions are kept. The test suite fuzzes the document with
# schemathesis (tests/api/test_schemathesis.py) so that it stays true.

ERROR_SCHEMA_NAME = "Error"
ERROR_SCHEMA: dict[str, Any] = {
    "title": ERROR_SCHEMA_NAME,
    "description": "Every refusal: a stable machine-readable code and a message for people.",
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {
                    "type": "string",
                    "description": "Stable; the table in docs/api.md lists every code.",
                    "examples": ["invalid_transition"],
                },
                "message": {"type": "string", "description": "For people; the web shows it too."},
                "details": {
                    "anyOf": [{"type": "object", "additionalProperties": True}, {"type": "null"}],
                    "description": "More to say: the current state, the fields that failed ...",
                },
            },
        }
    },
}
ERROR_DESCRIPTIONS = {
    400: "A rule of the service refused the request (`code` says which, e.g. `amount_too_small`), "
    "or the body is not valid JSON (`malformed_json`).",
    401: "`not_authenticated`: no valid API token or session (or a wrong invitation access token).",
    403: "You may not do this: `permission_denied`, `wrong_party` or the app's own code (or, "
    "signed in with the web session, the CSRF token is missing).",
    404: "It does not exist or is not yours: another party's object is never acknowledged "
    "(`not_found`, `contract_not_found`, `milestone_not_found` ...).",
    409: "The current state does not allow it: `invalid_transition` (with "
    "`details.current_state`) or the app's own code.",
    410: "The link has expired, was revoked or was already used.",
    413: "Too large: `payload_too_large` (the whole body) or `file_too_large`.",
    422: "`validation_error`: a parameter or the body does not match this document "
    "(`details.fields` names each), or a rule on the content refused it.",
    429: "`rate_limited`: too many attempts; retry after `Retry-After` seconds.",
}
UNSAFE_METHODS = {"post", "put", "patch", "delete"}


def possible_errors(method: str, operation: dict[str, Any]) -> set[int]:
    """The error statuses an operation can answer, from its shape."""
    parameters = operation.get("parameters", [])
    statuses = set()
    if parameters or "requestBody" in operation:
        # 422 for a malformed value, 400 for a well-formed one a domain rule refuses
        # (a quote below the smallest milestone).
        statuses |= {400, 422}
    if operation.get("security"):
        statuses |= {401, 403}
    if any(p.get("in") == "path" for p in parameters):
        statuses.add(404)
    if "requestBody" in operation:
        statuses |= {400, 413}
    if method in UNSAFE_METHODS:
        statuses |= {400, 403, 409}
    return statuses


def document_errors(schema: dict[str, Any]) -> dict[str, Any]:
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.setdefault(ERROR_SCHEMA_NAME, ERROR_SCHEMA)
    reference = {"$ref": f"#/components/schemas/{ERROR_SCHEMA_NAME}"}
    for operations in schema["paths"].values():
        for method, operation in operations.items():
            # One spelling of each status (ninja mixes int and str keys from openapi_extra).
            responses: dict[str, Any] = {}
            for status, answer in operation.get("responses", {}).items():
                responses.setdefault(str(status), {}).update(answer)
            for status in possible_errors(method, operation):
                responses.setdefault(str(status), {})
            for status, answer in responses.items():
                code = int(status) if status.isdigit() else 0
                if code < 400:
                    continue
                answer.setdefault("description", ERROR_DESCRIPTIONS.get(code, "Refused."))
                answer.setdefault("content", {"application/json": {"schema": reference}})
            operation["responses"] = dict(sorted(responses.items()))
    return schema


class BodyNotJson(Exception):
    """A JSON body sent as another media type (not a ValueError: not "malformed JSON")."""


class JsonOnlyParser(Parser):
    """A JSON body is read only when the request says it is JSON (`application/json`, or a
    `+json` type). A page on another site can make a visitor's browser send text/plain,
    urlencoded or multipart bodies without asking (no CORS preflight), and with no
    credential at all, so the endpoints any visitor may use (Help Center votes, Check a
    request) would take them from every visitor's own address; a JSON type needs the
    preflight, which this API never grants. Forms and files are read by their own parser."""

    def parse_body(self, request: HttpRequest) -> Any:
        media = (request.content_type or "").lower()
        if media != "application/json" and not (
            media.startswith("application/") and media.endswith("+json")
        ):
            raise BodyNotJson(media)
        return super().parse_body(request)


class DirectContractsAPI(NinjaAPI):
    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        return document_errors(super().get_openapi_schema(*args, **kwargs))


api = DirectContractsAPI(
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
    parser=JsonOnlyParser(),
)


def _respond(request: HttpRequest, body: dict[str, Any], status: int) -> HttpResponse:
    return api.create_response(request, body, status=status)


@api.exception_handler(DomainError)
def on_domain_error(request: HttpRequest, exc: DomainError) -> HttpResponse:
    response = _respond(request, exc.as_dict(), exc.status)
    if isinstance(exc, RateLimited):
        response["Retry-After"] = str(exc.retry_after)
    return response


def on_form_refusal(request: HttpRequest, exc: Exception | type[Exception]) -> HttpResponse:
    """A form Django refused to read (too many fields or files, its fields too large, a
    part header over Django's limit): the API's JSON error, not the site's HTML 400 page."""
    refusal = form_refusal(exc) if isinstance(exc, Exception) else None
    if refusal is None:  # pragma: no cover - registered only for FORM_REFUSALS
        raise exc
    return _respond(request, refusal.as_dict(), refusal.status)


for _refusal in FORM_REFUSALS:
    api.add_exception_handler(_refusal, on_form_refusal)


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
    if exc.status_code == 400 and isinstance(exc.__cause__, BodyNotJson):
        return _respond(
            request,
            error_body(
                CoreErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "Send the body as JSON, with the header Content-Type: application/json.",
            ),
            415,
        )
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
