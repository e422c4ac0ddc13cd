"""The URL sweep's tables and tools: which object each URL parameter names, who is entitled
to each route, which routes are not swept and why, and how a refused caller's request is
made. `test_every_url_access.py` runs the sweep; `test_staff_audit_trail.py` walks the staff
routes. A new URL that takes an id or a reference gets its object and its entitled people
here."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from django.urls import URLPattern, URLResolver, get_resolver

from tests.accounts.factories import ClientFactory, FreelancerFactory, StaffFactory

PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")

# Each URL's parameters: the object of the world it names, or a fixed word.
PARAMETERS: dict[str, str] = {
    "contract_id": "contract",
    "milestone_id": "milestone",
    "method_id": "payment_method",
    "request_id": "refund_request",
    "proposal_id": "proposal",
    "file_id": "deliverable_file",
    "dispute_id": "dispute",
    "evidence_id": "evidence",
    "case_id": "chargeback",
    "notice_id": "notice",
    "endpoint_id": "endpoint",
    "delivery_id": "delivery",
    "token_id": "token",
    "session_id": "session",
    "gateway_request_id": "gateway_request",
}
FIXED_WORDS = {"answer": "accept", "decision": "accept", "action": "dismiss"}
# Parameters whose meaning depends on the URL.
BY_ROUTE = {
    "message-files/<int:attachment_id>/": {"attachment_id": "message_file"},
    "support/files/<int:attachment_id>/": {"attachment_id": "support_file"},
}
# A reference names a ticket under support/, one's own flag under trust/my-flags/ and a
# Trust & Safety case elsewhere.
REFERENCES = {"support/": "ticket", "trust/my-flags/": "flag", "trust/": "case"}

OWNER, OTHER, STRANGER, ANONYMOUS = "owner", "other party", "stranger", "anonymous"
# A client of nobody's contract here (the stranger above is a freelancer).
STRANGER_CLIENT = "stranger client"
SUPPORT, TRUST, FINANCE = "support", "trust_safety", "finance"
ROLES = (OWNER, OTHER, STRANGER, SUPPORT, TRUST, FINANCE, ANONYMOUS)
PARTIES = frozenset({OWNER, OTHER})

# Who may reach each URL (by its route's first words); everyone else is refused.
ENTITLED: list[tuple[str, frozenset[str]]] = [
    ("support/staff/", frozenset({SUPPORT})),
    ("support/files/", frozenset({OTHER, SUPPORT})),
    ("support/requests/", frozenset({OTHER})),
    # The evidence pack holds the parties' private messages and files: Trust & Safety only;
    # finance read the case's money (the rest of the case).
    ("staff/chargebacks/<int:case_id>/evidence.", frozenset({TRUST})),
    ("api/v1/staff/chargebacks/<case_id>/evidence.", frozenset({TRUST})),
    ("staff/chargebacks/", frozenset({TRUST, FINANCE})),
    ("api/v1/staff/chargebacks/", frozenset({TRUST, FINANCE})),
    ("staff/finance/", frozenset({FINANCE})),
    ("trust/cases/", frozenset({TRUST})),
    ("trust/my-flags/", frozenset({OTHER})),  # the client flagged the contract
    ("trust/appeals/", frozenset()),  # only someone acted against appeals, and no one was
    ("disputes/<int:dispute_id>/mediate/", frozenset({TRUST})),
    ("disputes/<int:dispute_id>/propose/", frozenset({TRUST})),
    ("disputes/<int:dispute_id>/decide/", frozenset({TRUST})),
    ("disputes/<int:dispute_id>/notes/", frozenset({TRUST})),
    ("api/v1/disputes/<dispute_id>/mediate", frozenset({TRUST})),
    ("api/v1/disputes/<dispute_id>/proposal", frozenset({TRUST})),
    ("api/v1/disputes/<dispute_id>/decision", frozenset({TRUST})),
    ("api/v1/disputes/<dispute_id>/notes", frozenset({TRUST})),
    ("disputes/", PARTIES | {TRUST}),
    ("api/v1/disputes/", PARTIES | {TRUST}),
    ("dispute-evidence/", PARTIES | {TRUST}),
    ("api/v1/dispute-evidence/", PARTIES | {TRUST}),
    ("notifications/", frozenset({OWNER})),
    ("api/v1/notifications/", frozenset({OWNER})),
    ("settings/", frozenset({OWNER})),
    ("api/v1/webhook-", frozenset({OWNER})),
    ("api/v1/tokens/", frozenset({OWNER})),
    ("billing/methods/", frozenset({OTHER})),
    # Removing a card from the fund page: the card is the client's own.
    ("contracts/<int:contract_id>/milestones/<int:milestone_id>/fund/methods/", frozenset({OTHER})),
    ("api/v1/payment-methods/", frozenset({OTHER})),
    ("", PARTIES),
]

# URLs whose parameter is a secret (the link is the permission) or names public things: their
# tampered, expired and used links are tested by their apps (tests/accounts/
# test_email_verification.py, test_password_reset.py, test_token_and_session_attacks.py,
# test_data_export.py, tests/contracts/test_invitations.py, tests/support/test_access.py,
# tests/notifications/test_unsubscribe.py).
NOT_SWEPT = {
    "settings/data-export/download/<str:token>/": "signed link",
    "accounts/verify/<str:uidb64>/<str:token>/": "signed link",
    "accounts/password/reset/<str:uidb64>/<str:token>/": "signed link",
    "support/confirm/<str:token>/": "signed link",
    "email/unsubscribe/<str:token>/": "signed link",
    "invitations/<str:token>/": "signed link",
    "invitations/<str:token>/code/": "signed link",
    "invitations/<str:token>/verify/": "signed link",
    "invitations/<str:token>/accept/": "signed link",
    "invitations/<str:token>/decline/": "signed link",
    "invitations/<str:token>/explain/": "signed link",
    "api/v1/invitations/<token>": "signed link",
    "api/v1/invitations/<token>/code": "signed link",
    "api/v1/invitations/<token>/verify": "signed link",
    "api/v1/invitations/<token>/accept": "signed link",
    "api/v1/invitations/<token>/decline": "signed link",
    "payments/webhooks/<slug:provider>/": "signed by the processor: tests/payments",
    "help/topics/<slug:slug>/": "public Help Center",
    "help/<slug:slug>/": "public Help Center",
    "help/<slug:slug>/vote/": "public Help Center",
    "help/<slug:slug>/feedback/": "public Help Center",
    "api/v1/help/articles/<slug>": "public Help Center",
    "api/v1/help/articles/<slug>/votes": "public Help Center",
}


def walk_routes(patterns, prefix: str = "") -> Iterator[str]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk_routes(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


def routes_with_parameters() -> list[str]:
    seen: list[str] = []
    for route in walk_routes(get_resolver().url_patterns):
        if route.startswith("admin/") or not PARAM.search(route) or route in seen:
            continue
        seen.append(route)
    return seen


def swept_routes() -> list[str]:
    return [route for route in routes_with_parameters() if route not in NOT_SWEPT]


def entitled_to(route: str) -> frozenset[str]:
    return next(roles for start, roles in ENTITLED if route.startswith(start))


def object_key(route: str, name: str) -> str | None:
    if name in FIXED_WORDS:
        return None
    if name == "reference":
        return next((key for start, key in REFERENCES.items() if route.startswith(start)), "")
    return BY_ROUTE.get(route, {}).get(name) or PARAMETERS.get(name) or ""


def url_of(route: str, ids: dict[str, object], *, missing: bool = False) -> str:
    def fill(match: re.Match[str]) -> str:
        name = match.group("name")
        key = object_key(route, name)
        if key is None:
            return FIXED_WORDS[name]
        value = ids[key]
        if missing:
            value = f"{value}9" if isinstance(value, str) else int(value) + 100_000  # type: ignore[call-overload]
        return str(value)

    return "/" + PARAM.sub(fill, route)


# A web form post that fills every field the project's forms ask for, so that a refusal
# comes from the permission check and not from an empty form.
FORM = {
    "body": "Hello there",
    "message": "Hello there",
    "note": "A note",
    "reason": "A reason that is long enough",
    "to_freelancer": "100.00",
    "to_client": "400.00",
    "amount": "10.00",
    "claim": "10.00",
    "days": "3",
    "rating": "5",
    "comment": "Fine",
    "confirmed": "on",
    "title": "Extra page",
    "kind": "add_milestone",
    "status": "resolved",
    "status_after": "waiting_on_customer",
    "summary": "The requester reports a payment request from another website.",
    "priority": "high",
    "active": "false",
    "to_me": "1",
}


_KEYS = (f"sweep-{n}" for n in itertools.count())


@functools.cache
def openapi_schema() -> dict:
    from directcontracts.api import api

    return api.get_openapi_schema()


def api_body(route: str, method: str) -> dict[str, object] | None:
    """A JSON body the API accepts for this operation: each required field's example."""
    path = "/" + PARAM.sub(lambda m: "{" + m.group("name") + "}", route)
    operation = openapi_schema()["paths"].get(path, {}).get(method)
    content = (operation or {}).get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    if schema is None:
        return None
    return _example_of(schema)


def _example_of(schema: dict) -> dict[str, object]:
    """An object for `schema`: each field's example, or a plain value of its type (a list of
    one example item for an array of objects)."""
    components = openapi_schema()["components"]["schemas"]
    if "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[-1]]
    body: dict[str, object] = {}
    for name, field in schema.get("properties", {}).items():
        if "examples" in field:
            body[name] = field["examples"][0]
        elif field.get("type") == "integer":
            body[name] = max(1, field.get("minimum", 1))
        elif field.get("type") == "string":
            body[name] = "A reason that is long enough"
        elif field.get("type") == "array" and "$ref" in field.get("items", {}):
            body[name] = [_example_of(field["items"])]
    return body


def sweep_request(client, method: str, route: str, url: str):
    if method == "get":
        return client.get(url)
    if route.startswith("api/"):
        key = {"HTTP_IDEMPOTENCY_KEY": next(_KEYS)}
        body = api_body(route, method)
        if body is not None:
            return client.post(url, body, content_type="application/json", **key)
        return client.post(url, {"body": "Hello", "message": "Hello", "reason": "A reason"}, **key)
    return client.post(url, FORM)


STAFF_GROUPS = frozenset({SUPPORT, TRUST, FINANCE})
# The staff pages that name no object (the sweep above covers those that do), and who opens
# them. A new URL with "staff" in it fails `test_every_staff_url_without_an_object_is_listed`
# until it is added here.
STAFF_PAGES: dict[str, frozenset[str]] = {
    "staff/": STAFF_GROUPS,
    "staff/finance/": frozenset({FINANCE}),
    "staff/finance/refused-refunds/": frozenset({FINANCE}),
    "staff/disputes/": frozenset({TRUST}),
    "staff/chargebacks/": frozenset({TRUST, FINANCE}),
    "trust/": frozenset({TRUST}),
    "support/staff/": frozenset({SUPPORT}),
    "support/staff/bulk/": frozenset({SUPPORT}),
    "support/staff/figures/": frozenset({SUPPORT}),
    "help/staff/feedback/": frozenset({SUPPORT}),
    "api/v1/staff/disputes": frozenset({TRUST}),
    "api/v1/staff/chargebacks": frozenset({TRUST, FINANCE}),
}


def staff_routes() -> list[tuple[str, frozenset[str]]]:
    """Every URL a staff group opens or posts to, with the groups entitled to it."""
    with_objects = [(route, entitled_to(route) & STAFF_GROUPS) for route in swept_routes()]
    return [(route, groups) for route, groups in with_objects if groups] + list(STAFF_PAGES.items())


def persona(role: str, world):
    """The person who plays `role` against the access world (None for anonymous)."""
    if role == OWNER:
        return world.owner
    if role == OTHER:
        return world.other
    if role == STRANGER:
        return FreelancerFactory(email="sam.stranger@example.com", full_name="Sam Stranger")
    if role == STRANGER_CLIENT:
        return ClientFactory(email="cleo.stranger@example.com", full_name="Cleo Stranger")
    if role == ANONYMOUS:
        return None
    return StaffFactory(email=f"{role}@example.com", full_name=f"Staff {role}", groups=[role])


def is_refusal(role: str, response) -> bool:
    if role == ANONYMOUS and response.status_code == 302:
        return response["Location"].startswith("/accounts/sign-in/")
    if role == ANONYMOUS and response.status_code == 401:
        return True
    return response.status_code in (403, 404, 405)


def code_of(response) -> str:
    """The stable error code of a refusal: JSON's `error.code`, or a page's data-error-code."""
    if response.get("Content-Type", "").startswith("application/json"):
        try:
            answer = response.json()
        except ValueError:  # an empty answer (204) or not JSON after all
            return ""
        if not isinstance(answer, dict):
            return ""
        return str(answer.get("error", {}).get("code", "") or answer.get("code", ""))
    found = re.search(rb'data-error-code="([a-z_]+)"', response.content)
    return found.group(1).decode() if found else ""
