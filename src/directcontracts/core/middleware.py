"""Cross-cutting HTTP concerns: request ids, the Content-Security-Policy, API body limits."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

from directcontracts.core.errors import CoreErrorCode, error_body
from directcontracts.core.logging import request_id_var

_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")

Handler = Callable[[HttpRequest], HttpResponse]

_API_SHAPED_ERRORS = {
    404: (CoreErrorCode.NOT_FOUND, "There is no such API endpoint. See /api/v1/docs."),
    405: (CoreErrorCode.METHOD_NOT_ALLOWED, "This endpoint does not accept that method."),
}


class RequestIdMiddleware:
    """Take a proxy's X-Request-ID when it is well-formed, else make one; echo it back."""

    def __init__(self, get_response: Handler):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if _SAFE_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id  # type: ignore[attr-defined]
        token = request_id_var.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        response["X-Request-ID"] = request_id
        return response


class ContentSecurityPolicyMiddleware:
    """No inline scripts anywhere; the API docs page alone may use inline styles."""

    def __init__(self, get_response: Handler):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            policy = (
                settings.CONTENT_SECURITY_POLICY_API_DOCS
                if request.path.startswith("/api/") and request.path.endswith("/docs")
                else settings.CONTENT_SECURITY_POLICY
            )
            response["Content-Security-Policy"] = policy
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response


class ApiBodyLimitMiddleware:
    """The edge of the API: refuse oversized bodies before anything reads them, and give
    Django's own 404/405 answers under /api/ (unknown route, wrong method) the API's error
    shape instead of an HTML page."""

    def __init__(self, get_response: Handler):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/api/"):
            try:
                length = int(request.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if length < 0:
                return JsonResponse(
                    error_body(CoreErrorCode.VALIDATION_ERROR, "Content-Length is not a number."),
                    status=400,
                )
            # File uploads (multipart) may be as large as the deliverable limits allow; JSON may not.
            multipart = request.content_type == "multipart/form-data"
            limit = settings.API_MAX_UPLOAD_BYTES if multipart else settings.API_MAX_BODY_BYTES
            if length > limit:
                return JsonResponse(
                    error_body(
                        CoreErrorCode.PAYLOAD_TOO_LARGE,
                        f"The request body is larger than {limit} bytes.",
                    ),
                    status=413,
                )
            response = self.get_response(request)
            if response.status_code in _API_SHAPED_ERRORS and not response.get(
                "Content-Type", ""
            ).startswith("application/json"):
                code, message = _API_SHAPED_ERRORS[response.status_code]
                shaped = JsonResponse(error_body(code, message), status=response.status_code)
                if "Allow" in response:
                    shaped["Allow"] = response["Allow"]
                return shaped
            return response
        return self.get_response(request)
