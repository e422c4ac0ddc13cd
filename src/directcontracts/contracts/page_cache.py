"""The contract page's body, cached per viewer and checked against the data on every hit.

The body (the page's `content` block) is the expensive part of the contract page: some twenty
queries and a template of thousands of nodes. It is kept in the `contract_pages` cache under a
key made of everything about the viewer and the request that changes it (the contract, the
viewer's id and side, staff flags, language, time zone, the current minute), with a
fingerprint of every row the body shows, read in one query. A hit whose fingerprint differs
from the stored one is a miss: no writer has to remember to invalidate anything, a write to
any row the page reads changes the fingerprint (docs/performance.md, twelfth round).

What is per request stays out of the stored body: the CSRF token of its forms is a slot
filled on every answer, and the header, flashes and notices count are in base.html, around it.
`CONTRACT_PAGE_CACHE=false` turns the cache off.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.db.models import Field, Model
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from directcontracts.accounts.models import FreelancerProfile, User
from directcontracts.circumvention.models import CircumventionCheck
from directcontracts.contracts.freeze_models import EscrowFreeze
from directcontracts.contracts.models import (
    ChangeProposal,
    Contract,
    ContractEvent,
    Deliverable,
    DeliverableFile,
    Feedback,
    Invitation,
    Message,
    MessageAttachment,
    Milestone,
    RefundRequest,
    Release,
    ThreadReadMark,
)
from directcontracts.core import clock
from directcontracts.core.prepared import prepared_cursor
from directcontracts.disputes.models import Dispute, DormancyCase, Proposal
from directcontracts.payments.models import GatewayRequest, Payment, PaymentMethod, Payout
from directcontracts.screening.models import ScreeningAttempt
from directcontracts.verification.models import SignedRequest

CACHE_ALIAS = "contract_pages"
KEY_VERSION = "1"

# The body is rendered with this in place of the CSRF token, and every answer puts the
# request's own token there. User text is always escaped, so no message can contain it.
CSRF_SLOT = '<input type="hidden" name="csrfmiddlewaretoken" value="csrf-token-slot">'
_CSRF_SLOT_VALUE = "csrf-token-slot"


def enabled() -> bool:
    return bool(getattr(settings, "CONTRACT_PAGE_CACHE", True))


def cacheable(request: HttpRequest) -> bool:
    """Only the plain page: "show earlier" cursors and forms coming back with their errors
    (other views) are rendered every time."""
    return enabled() and request.method == "GET" and not request.GET


def viewer_key(request: HttpRequest, contract: Contract) -> str:
    """Everything about the viewer and the moment that changes the body, besides the data.
    The minute: the page shows countdowns ("9 min"), expiring codes and deadlines to the
    minute, so a body is never served in a later minute than the one it was rendered in."""
    user = request.user
    parts = [
        KEY_VERSION,
        str(contract.pk),
        str(user.pk),
        str(contract.role_of(user)),
        f"staff={int(bool(getattr(user, 'is_staff', False)))}",
        f"super={int(bool(getattr(user, 'is_superuser', False)))}",
        translation.get_language() or "",
        timezone.get_current_timezone_name(),
        clock.now().strftime("%Y%m%d%H%M"),
        request.get_full_path(),
    ]
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=20).hexdigest()
    return f"contract-page:{digest}"


def body(request: HttpRequest, contract: Contract, render_body: Callable[[str], str]) -> SafeString:
    """The page's body for this viewer with this request's CSRF token: from the cache when
    the data it shows has not changed since it was stored, else from `render_body`, which
    renders it with the given CSRF placeholder (and may write, e.g. the read mark)."""
    if not cacheable(request):
        return mark_safe(render_body(_CSRF_SLOT_VALUE).replace(CSRF_SLOT, _csrf_input(request)))  # noqa: S308 - our own template's output
    cache = caches[CACHE_ALIAS]
    key = viewer_key(request, contract)
    current = fingerprint(contract, request.user)
    stored = cache.get(key)
    if stored is not None and stored[0] == current:
        html = str(stored[1])
    else:
        # The fingerprint is read before rendering: a write in between makes the stored
        # body newer than its fingerprint, so the next request renders again (never older).
        html = str(render_body(_CSRF_SLOT_VALUE))
        cache.set(key, (current, html), settings.CONTRACT_PAGE_CACHE_SECONDS)
    return mark_safe(html.replace(CSRF_SLOT, _csrf_input(request)))  # noqa: S308 - our own template's output


def _csrf_input(request: HttpRequest) -> str:
    return CSRF_SLOT.replace(_CSRF_SLOT_VALUE, get_token(request))


# --- The fingerprint ---------------------------------------------------------------------
#
# Each part: a model, the rows of it the page may show (a WHERE clause over its columns, with
# named parameters), hashed whole: every column of every row, so a column added later or a
# writer that forgets something is still seen. Read in one query, a scalar subquery a part.


def _q(name: str) -> str:
    return connection.ops.quote_name(name)


def _table(model: type[Model]) -> str:
    return _q(model._meta.db_table)


def _col(model: type[Model], name: str) -> str:
    field = model._meta.get_field(name)
    assert isinstance(field, Field)  # noqa: S101 - a column of the model, by its name
    return _q(field.column)


def _row_text(model: type[Model]) -> str:
    columns = [f.column for f in model._meta.concrete_fields]
    return " || '|' || ".join(f"COALESCE(CAST({_q(c)} AS TEXT), '~')" for c in columns)


def _hashed(model: type[Model], where: str) -> str:
    """All matching rows' text, in one value (an md5 on PostgreSQL, the text on SQLite)."""
    text, pk = _row_text(model), _q(model._meta.pk.column)
    if connection.vendor == "postgresql":
        agg = f"md5(string_agg({text}, ',' ORDER BY {pk}))"
    else:
        agg = f"group_concat({text}, ',')"
    return f"(SELECT {agg} FROM {_table(model)} WHERE {where})"  # noqa: S608 - names from the models; values are parameters


def _counted(model: type[Model], where: str) -> str:
    """How many rows and the newest id: for a person's rows that grow without bound
    (payouts), where only their number over time changes what the page says."""
    pk = _q(model._meta.pk.column)
    return (
        f"(SELECT CAST(COUNT(*) AS TEXT) || ':' || CAST(COALESCE(MAX({pk}), 0) AS TEXT)"  # noqa: S608 - names from the models; values are parameters
        f" FROM {_table(model)} WHERE {where})"
    )


def _in(model: type[Model], column: str, select: str) -> str:
    return f"{_col(model, column)} IN ({select})"


def _ids(model: type[Model], where: str, expression: str = "") -> str:
    pk = expression or _q(model._meta.pk.column)
    return f"SELECT {pk} FROM {_table(model)} WHERE {where}"  # noqa: S608 - names from the models; values are parameters


def _parts() -> list[str]:
    """The page's rows, each part named after what the page shows from it."""
    contract_is = f"{_col(Milestone, 'contract')} = %(contract)s"
    milestones = _ids(Milestone, contract_is)
    references = {  # "milestone:12", "refund:7", "invitation:3": payments' and codes' keys
        kind: _ids(model, where, f"'{kind}:' || CAST({_q(model._meta.pk.column)} AS TEXT)")
        for kind, model, where in (
            ("milestone", Milestone, contract_is),
            ("refund", RefundRequest, _in(RefundRequest, "milestone", milestones)),
            ("invitation", Invitation, f"{_col(Invitation, 'contract')} = %(contract)s"),
        )
    }
    people = "%(freelancer)s, %(client)s, %(viewer)s"
    actors = _ids(
        ContractEvent,
        f"{_col(ContractEvent, 'contract')} = %(contract)s",
        _col(ContractEvent, "actor"),
    )
    people_where = (
        f"{_q(User._meta.pk.column)} IN ({people}) OR {_q(User._meta.pk.column)} IN ({actors})"
    )
    gateway = _table(GatewayRequest)
    refused_firsts = (  # a refused refund's first request is keyed "refund:<milestone>:..."
        f"EXISTS (SELECT 1 FROM {_table(Milestone)} WHERE {contract_is} AND "  # noqa: S608 - names from the models; values are parameters
        f"{gateway}.{_col(GatewayRequest, 'idempotency_key')} LIKE "
        f"'refund:' || CAST({_table(Milestone)}.{_q('id')} AS TEXT) || ':%%')"
    )
    first_ids = _ids(GatewayRequest, refused_firsts)
    groups = User.groups.through
    disputes = _ids(Dispute, f"{_col(Dispute, 'contract')} = %(contract)s")
    by_contract: dict[type[Model], str] = {
        model: f"{_col(model, 'contract')} = %(contract)s"
        for model in (
            Milestone,
            Message,
            ContractEvent,
            EscrowFreeze,
            Feedback,
            Invitation,
            ChangeProposal,
            Dispute,
            DormancyCase,
        )
    }
    by_contract[Contract] = f"{_q(Contract._meta.pk.column)} = %(contract)s"
    return [
        *(_hashed(model, where) for model, where in by_contract.items()),
        _hashed(User, people_where),
        _hashed(FreelancerProfile, f"{_col(FreelancerProfile, 'user')} IN ({people})"),
        _hashed(groups, f"{_q('user_id')} = %(viewer)s"),
        _hashed(Deliverable, _in(Deliverable, "milestone", milestones)),
        _hashed(
            DeliverableFile,
            _in(
                DeliverableFile,
                "deliverable",
                _ids(Deliverable, _in(Deliverable, "milestone", milestones)),
            ),
        ),
        _hashed(
            MessageAttachment,
            _in(
                MessageAttachment,
                "message",
                _ids(Message, f"{_col(Message, 'contract')} = %(contract)s"),
            ),
        ),
        _hashed(RefundRequest, _in(RefundRequest, "milestone", milestones)),
        _hashed(Release, _in(Release, "milestone", milestones)),
        _hashed(
            ThreadReadMark,
            f"{_col(ThreadReadMark, 'contract')} = %(contract)s AND {_col(ThreadReadMark, 'user')} = %(viewer)s",
        ),
        _hashed(ScreeningAttempt, f"{_col(ScreeningAttempt, 'object_ref')} = %(screening_ref)s"),
        _hashed(CircumventionCheck, f"{_col(CircumventionCheck, 'subject')} = %(subject)s"),
        _hashed(Payment, _in(Payment, "reference", references["milestone"])),
        _hashed(PaymentMethod, f"{_col(PaymentMethod, 'owner')} = %(client)s"),
        # Each of the client's methods says whether its last payment was declined.
        _hashed(
            Payment,
            _in(
                Payment,
                "method",
                _ids(PaymentMethod, f"{_col(PaymentMethod, 'owner')} = %(client)s"),
            ),
        ),
        _counted(
            Payout,
            f"{_col(Payout, 'freelancer')} = %(freelancer)s AND {_col(Payout, 'state')} = 'paid'",
        ),
        _hashed(
            GatewayRequest,
            f"{_q('id')} IN ({first_ids}) OR {_col(GatewayRequest, 'retry_of')} IN ({first_ids})",
        ),
        _hashed(
            SignedRequest,
            " OR ".join(_in(SignedRequest, "reference", select) for select in references.values()),
        ),
        _hashed(Proposal, _in(Proposal, "dispute", disputes)),
    ]


_SQL: dict[str, str] = {}
_PARAMETER_TYPES = {
    "contract": "bigint",
    "freelancer": "bigint",
    "client": "bigint",
    "viewer": "bigint",
    "screening_ref": "text",
    "subject": "text",
}


def fingerprint_sql() -> str:
    """Built once per database vendor (the names come from the models)."""
    if connection.vendor not in _SQL:
        sql = "SELECT " + ",\n  ".join(_parts())
        if connection.vendor == "postgresql":
            # Typed in the text, the values sent as text (`fingerprint`).
            for name, kind in _PARAMETER_TYPES.items():
                sql = sql.replace(f"%({name})s", f"CAST(%({name})s AS {kind})")
        _SQL[connection.vendor] = sql
    return _SQL[connection.vendor]


def fingerprint_params(contract: Contract, viewer: Any) -> dict[str, Any]:
    return {
        "contract": contract.pk,
        "freelancer": contract.freelancer_id,
        "client": contract.client_id or 0,
        "viewer": getattr(viewer, "pk", None) or 0,
        "screening_ref": contract.screening_ref or "",
        "subject": f"contract:{contract.pk}",
    }


def fingerprint(contract: Contract, viewer: Any) -> str:
    """One query: a digest of every row the viewer's contract page shows."""
    params = fingerprint_params(contract, viewer)
    if connection.vendor == "postgresql":
        # As text, cast in the SQL: psycopg types an int by its size (7 smallint, 70000
        # integer), which would prepare one statement per combination of sizes.
        params = {name: str(value) for name, value in params.items()}
    with _cursor() as cursor:
        cursor.execute(fingerprint_sql(), params)
        row = cursor.fetchone()
    digest = hashlib.blake2b(digest_size=20)
    for value in row:
        digest.update(b"\x1e" + ("\x00" if value is None else str(value)).encode())
    return digest.hexdigest()


def _cursor() -> Any:
    """On PostgreSQL a cursor whose statements are prepared on the connection
    (`core.prepared`): the fingerprint's 27 subqueries are planned once per connection
    instead of on every view (docs/performance.md, fourteenth round)."""
    if connection.vendor != "postgresql":
        return connection.cursor()
    return prepared_cursor()
