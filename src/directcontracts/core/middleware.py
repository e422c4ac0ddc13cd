"""Cross-cutting HTTP concerns: the client's address, request ids, the
Content-Security-Policy, request body limits, forms that are not UTF-8, the pages' 405
answer."""

from __future__ import annotations

import ipaddress
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, BinaryIO, cast
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.template.loader import render_to_string

from directcontracts.core.errors import CoreErrorCode, DomainError, error_body
from directcontracts.core.logging import request_id_var

_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")

Handler = Callable[[HttpRequest], HttpResponse]

_API_SHAPED_ERRORS = {
    404: (CoreErrorCode.NOT_FOUND, "There is no such API endpoint. See /api/v1/docs."),
    405: (CoreErrorCode.METHOD_NOT_ALLOWED, "This endpoint does not accept that method."),
}


IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def _parse_ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _trusted(
    address: ipaddress.IPv4Address | ipaddress.IPv6Address, trusted: Sequence[IPNetwork]
) -> bool:
    return any(address.version == net.version and address in net for net in trusted)


def resolve_client_ip(remote_addr: str, forwarded_for: str, trusted: Sequence[IPNetwork]) -> str:
    """The client's address: the peer, unless the peer is a trusted proxy.

    Behind trusted proxies, X-Forwarded-For is read from the right (each proxy appends the
    address it saw); the first address that is not a trusted proxy is the client. Anything
    to its left was written by the client itself and is ignored.
    """
    peer = _parse_ip(remote_addr)
    if peer is None or not trusted or not _trusted(peer, trusted):
        return remote_addr
    client = peer
    for hop in reversed(forwarded_for.split(",")[:50]):
        address = _parse_ip(hop)
        if address is None:
            break
        client = address
        if not _trusted(address, trusted):
            break
    return str(client)


class TrustedProxyMiddleware:
    """REMOTE_ADDR becomes the client's address (see `resolve_client_ip`), so that rate
    limits, audit trails and logs all see the same client. Without TRUSTED_PROXIES (the
    default) no proxy header is believed. The peer's own address stays in PEER_ADDR."""

    def __init__(self, get_response: Handler):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        peer = request.META.get("REMOTE_ADDR", "")
        request.META["PEER_ADDR"] = peer
        if settings.TRUSTED_PROXIES:
            request.META["REMOTE_ADDR"] = resolve_client_ip(
                peer, request.META.get("HTTP_X_FORWARDED_FOR", ""), settings.TRUSTED_PROXIES
            )
        return self.get_response(request)


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


class BodyLimitMiddleware:
    """Refuse oversized request bodies before anything reads them, on every path: JSON and
    forms up to API_MAX_BODY_BYTES (API) or WEB_MAX_BODY_BYTES (pages), multipart uploads
    up to their own limit (API_MAX_UPLOAD_BYTES: every file of one submission). Also gives
    Django's own 404/405 answers under /api/ (unknown route, wrong method) the API's error
    shape instead of an HTML page."""

    def __init__(self, get_response: Handler):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        is_api = request.path.startswith("/api/")
        refusal = self._refuse_body(request, is_api)
        if refusal is not None:
            return refusal
        response = self.get_response(request)
        if is_api:
            return _api_shaped(response)
        return response

    @staticmethod
    def _refuse_body(request: HttpRequest, is_api: bool) -> HttpResponse | None:
        try:
            length = int(request.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            message = "Content-Length is not a number."
            if is_api:
                return JsonResponse(error_body(CoreErrorCode.VALIDATION_ERROR, message), status=400)
            return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
        # File uploads (multipart) may be as large as the deliverable limits allow; the rest may not.
        if request.content_type == "multipart/form-data":
            limit = settings.API_MAX_UPLOAD_BYTES
        else:
            limit = settings.API_MAX_BODY_BYTES if is_api else settings.WEB_MAX_BODY_BYTES
        if length <= limit:
            return None
        message = f"The request body is larger than {limit} bytes."
        if is_api:
            return JsonResponse(error_body(CoreErrorCode.PAYLOAD_TOO_LARGE, message), status=413)
        return HttpResponse(_TOO_LARGE_PAGE.format(limit=limit), status=413)


class FormEncodingMiddleware:
    """A page's form whose fields are not UTF-8 (urlencoded, or the text parts of a multipart
    form with files) is refused (400 invalid_encoding) before any view reads it: Django
    would read each bad byte as U+FFFD and save the garbled text.
    After the session and authentication middleware, so the refusal is the site's page."""

    def __init__(self, get_response: Handler):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/api/"):
            # Not parsed here: the API authenticates before it reads a form, so a request
            # without credentials is answered 401 and its files are never read or stored.
            # The watch refuses a bad header when the endpoint reads the form.
            _watch_part_headers(request, refuse=True)
        elif _part_header_is_not_utf8(request):
            return _refuse_encoding(request, _PART_HEADER_NOT_UTF8)
        if _form_is_not_utf8(request):
            return _refuse_encoding(request, _NOT_UTF8)
        return self.get_response(request)


def _refuse_encoding(request: HttpRequest, reason: str) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse(error_body(CoreErrorCode.INVALID_ENCODING, reason), status=400)
    context = {"code": CoreErrorCode.INVALID_ENCODING, "reason": reason}
    return HttpResponse(render_to_string("400.html", context, request=request), status=400)


_NOT_UTF8 = (
    "The form arrived with bytes that are not UTF-8 text, so nothing was done. Send it again "
    "from the page in your browser."
)


def _form_is_not_utf8(request: HttpRequest) -> bool:
    if request.method != "POST" or request.path.startswith("/api/"):
        return False
    if request.content_type not in _FORM_TYPES:
        return False  # JSON bodies are decoded where they are read
    charset = (request.content_params or {}).get("charset", "utf-8").lower()
    if charset.replace("-", "") != "utf8":
        return False  # a declared other charset is decoded as declared
    if request.content_type == "multipart/form-data":
        return _multipart_text_is_not_utf8(request)
    # Field by field, as Django splits them: one linear pass over a body already bounded by
    # WEB_MAX_BODY_BYTES.
    for pair in request.body.split(b"&"):
        try:
            unquote_to_bytes(pair.replace(b"+", b" ")).decode("utf-8")
        except UnicodeDecodeError:
            return True
    return False


_FORM_TYPES = frozenset({"application/x-www-form-urlencoded", "multipart/form-data"})

_PART_HEADER_NOT_UTF8 = (
    "A part of the form (a field or a file) arrived with a header that is not UTF-8 text, so "
    "nothing was done. Send it again with UTF-8 field and file names."
)


class PartHeaderNotUtf8(DomainError, MultiPartParserError):
    """Raised by the API's watched parse: a DomainError, so the API answers it in its own
    shape (400 invalid_encoding); a MultiPartParserError, so Django leaves the request with
    an empty form rather than a half-read one."""

    def __init__(self) -> None:
        super().__init__(CoreErrorCode.INVALID_ENCODING, _PART_HEADER_NOT_UTF8)


# Django's own refusals of a form it cannot read (raised when the form is first read), as
# the API answers them: JSON with a stable code, not the site's HTML 400 page.
FORM_REFUSALS: tuple[type[Exception], ...] = (
    RequestDataTooBig,
    TooManyFieldsSent,
    TooManyFilesSent,
    MultiPartParserError,
)


def form_refusal(exc: Exception) -> DomainError | None:
    """The API's refusal for one of Django's FORM_REFUSALS, or None for anything else."""
    if isinstance(exc, DomainError):
        return exc  # PartHeaderNotUtf8: already in the API's shape
    if isinstance(exc, RequestDataTooBig):
        return DomainError(
            CoreErrorCode.PAYLOAD_TOO_LARGE,
            f"The form's fields (not counting files) are larger than "
            f"{settings.DATA_UPLOAD_MAX_MEMORY_SIZE} bytes, so nothing was done.",
            status=413,
        )
    if isinstance(exc, TooManyFieldsSent):
        return DomainError(
            CoreErrorCode.TOO_MANY_FIELDS,
            f"The form has more than {settings.DATA_UPLOAD_MAX_NUMBER_FIELDS} fields, so nothing "
            "was done.",
        )
    if isinstance(exc, TooManyFilesSent):
        return DomainError(
            CoreErrorCode.TOO_MANY_FILES,
            f"The form has more than {settings.DATA_UPLOAD_MAX_NUMBER_FILES} files, so nothing "
            "was done.",
        )
    if isinstance(exc, MultiPartParserError):
        return DomainError(
            CoreErrorCode.MALFORMED_FORM,
            "The multipart form could not be read (a part header too long, or a broken "
            "boundary or part), so nothing was done.",
        )
    return None


def _watch_part_headers(request: HttpRequest, *, refuse: bool) -> PartHeaderWatch | None:
    """Wrap the body on its one way into Django's parser; nothing is read here. With
    `refuse`, the parse itself raises PartHeaderNotUtf8 when a part header is not UTF-8."""
    if request.method != "POST" or request.content_type != "multipart/form-data":
        return None
    boundary = (request.content_params or {}).get("boundary", "")
    try:
        watch = PartHeaderWatch(boundary.encode("ascii"))
    except (UnicodeEncodeError, ValueError):
        return None  # Django refuses a boundary it can't use when the form is read
    parse = request.parse_file_upload

    def parse_watched(meta: Mapping[str, Any], post_data: BinaryIO) -> Any:
        parsed = parse(meta, cast(BinaryIO, watch.wrap(post_data)))
        if refuse and watch.bad_header:
            raise PartHeaderNotUtf8
        return parsed

    request.parse_file_upload = parse_watched  # type: ignore[method-assign,assignment]
    return watch


def _part_header_is_not_utf8(request: HttpRequest) -> bool:
    """Django reads each header line of a multipart part as UTF-8 and skips a line that is
    not: a part whose Content-Disposition is skipped vanishes, one whose Content-Type is
    skipped loses it, and the view never knows. So the body is watched on its one way into
    Django's parser, and a bad header refuses the whole form. Pages: parsed here (the CSRF
    check reads the form anyway); the API: see FormEncodingMiddleware."""
    watch = _watch_part_headers(request, refuse=False)
    if watch is None:
        return False
    request.POST  # noqa: B018 -- parse now, once: the view and the CSRF check reuse it
    return watch.bad_header


_MAX_PART_HEADER_BYTES = 16_384  # past Django's own limit (1 KiB in 5.2)


class PartHeaderWatch:
    """Passes a multipart body through unchanged and notes whether the header block of any
    part (from a delimiter to the blank line) is not UTF-8. Linear: each byte is searched
    once; it keeps at most the tail that could start a delimiter, or one part's header block
    (bounded: Django refuses a form whose part header is longer than 1 KiB itself)."""

    def __init__(self, boundary: bytes):
        if not boundary:
            raise ValueError("no boundary")
        self._delimiter = b"--" + boundary
        self._pending = b""
        self._in_header = False
        self.bad_header = False

    def wrap(self, stream: Any) -> _WatchedStream:
        return _WatchedStream(stream, self)

    def feed(self, data: bytes) -> None:
        if self.bad_header:
            return
        pending = self._pending + data
        while True:
            if not self._in_header:
                index = pending.find(self._delimiter)
                if index < 0:
                    pending = pending[-(len(self._delimiter) - 1) :]
                    break
                pending = pending[index + len(self._delimiter) :]
                self._in_header = True
            if len(pending) < 2:
                break
            if pending.startswith(b"--"):  # the closing delimiter: what follows is no part
                self._in_header = False
                continue
            end = pending.find(b"\r\n\r\n")
            if end < 0:
                if len(pending) > _MAX_PART_HEADER_BYTES:
                    self._in_header = False  # Django refuses so long a header itself
                    pending = pending[-(len(self._delimiter) - 1) :]
                break
            try:
                pending[:end].decode("utf-8")
            except UnicodeDecodeError:
                self.bad_header = True
                pending = b""
                break
            pending = pending[end + 4 :]
            self._in_header = False
        self._pending = pending


class _WatchedStream:
    def __init__(self, stream: Any, watch: PartHeaderWatch):
        self._stream = stream
        self._watch = watch

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self._watch.feed(data)
        return data


def _multipart_text_is_not_utf8(request: HttpRequest) -> bool:
    """A form with files: its text is read from the form Django parses for the view (and the
    CSRF check), so each uploaded file still streams once to its upload handler (memory, or
    a temporary file past FILE_UPLOAD_MAX_MEMORY_SIZE) and is never read here. Django decodes
    every text part, field names and file names with errors="replace", so a byte that is not
    UTF-8 arrives as U+FFFD; the raw parts are gone by then, so U+FFFD itself is refused too
    (no form of ours asks for the replacement character, and storing it is the fault)."""
    for name, values in request.POST.lists():
        if _REPLACEMENT in name or any(_REPLACEMENT in value for value in values):
            return True
    for name, uploads in request.FILES.lists():
        if _REPLACEMENT in name or any(_REPLACEMENT in (f.name or "") for f in uploads):
            return True
    return False


_REPLACEMENT = "\ufffd"


class MethodNotAllowedPageMiddleware:
    """Django's 405 (`require_POST` and friends) is an empty body: a person who opens a
    form's address (a bookmark, a reload after signing in) gets the site's page saying why.
    Last in MIDDLEWARE, so the page is rendered before the session, CSRF and messages
    middleware finish the response. The API's 405 is shaped by BodyLimitMiddleware."""

    def __init__(self, get_response: Handler):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 405 or response.content or request.path.startswith("/api/"):
            return response
        allowed = response.get("Allow", "")
        context = {"code": CoreErrorCode.METHOD_NOT_ALLOWED, "method": request.method}
        page = HttpResponse(
            render_to_string("405.html", {**context, "allowed": allowed}, request=request),
            status=405,
        )
        page["Allow"] = allowed
        return page


_TOO_LARGE_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Request too large</title></head>
<body><main><h1>That request is too large</h1>
<p>The site accepts at most {limit} bytes in one request. Go back, send less (fewer or smaller
files, a shorter text) and try again.</p></main></body></html>"""


def _api_shaped(response: HttpResponse) -> HttpResponse:
    if response.status_code in _API_SHAPED_ERRORS and not response.get(
        "Content-Type", ""
    ).startswith("application/json"):
        code, message = _API_SHAPED_ERRORS[response.status_code]
        shaped = JsonResponse(error_body(code, message), status=response.status_code)
        if "Allow" in response:
            shaped["Allow"] = response["Allow"]
        return shaped
    return response
