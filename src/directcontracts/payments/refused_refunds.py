"""Finance's follow-up of a refund the processor refused: send it again under a new key.

A refused refund is an answer (`gateway_requests`), so the sweep never sends it again; its
ledger movement (escrow -> client refundable -> processor clearing) was posted with the
intent and says the money went back. Until finance act, the client's money sits at the
processor. This module is the finance console's way to finish it.

Design:

1. A retry is a NEW gateway request (kind `refund`, idempotency key `retry:<refused id>`,
   the refused request's arguments, so the processor's line names the same ledger transfer
   and reconciliation matches it), written through the same intent -> call after commit ->
   record path. It posts nothing in the ledger: the movement was booked once, with the
   first request, and a retry is the same refund asked again.
2. Only a refused refund, only by the finance group, with a reason (audited on the staff
   audit trail, `refund_retried`, and kept on the retry). Each refused request is retried at
   most once (a one-to-one `retry_of`, and its key is derived from the refused request):
   a second click, a replayed form or two clicks at once return the first retry and send
   nothing more. A retry the processor refuses again is a refused request like any other:
   a new item on the `gateway_request_refused` alert, and finance may retry that one.
3. A retry the processor takes closes the alert items of every refused request before it
   in the chain (`refund_answered` -> `close_refused_items`), and resolves an alert whose
   items are all closed, in the name of the finance member who asked for it.
4. "Settled outside the platform" is not offered: docs/ledger.md says why (no account for
   money paid from outside the processor; a correction in processor clearing would stay a
   reconciliation mismatch for ever).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from django.db.models import CharField, Q, QuerySet, Value
from django.db.models.functions import Cast, Concat

from directcontracts.core.errors import Conflict, NotFound, PermissionDenied
from directcontracts.core.locks import lock_row_or_none
from directcontracts.core.own_matter import contract_of_reference, refuse_a_party
from directcontracts.core.staff_audit import record_staff_edit
from directcontracts.ledger.alerts import clean_note, close_alert_items
from directcontracts.ledger.composition import money_transaction
from directcontracts.ledger.models import FinanceAlertKind
from directcontracts.ledger.staff import is_finance_staff
from directcontracts.payments import gateway_requests, whose
from directcontracts.payments.errors import PaymentErrorCode
from directcontracts.payments.gateway_models import (
    GatewayRequest,
    GatewayRequestKind,
    GatewayRequestState,
    Payment,
)

MAX_CHAIN = 50  # retries of one refund; a longer chain is a loop in the data, not finance's work


def retry_key(refused: GatewayRequest) -> str:
    return f"retry:{refused.pk}"


@dataclass(frozen=True)
class Retried:
    """What a retry did: the retry request (answered or not) and whether this call made it."""

    request: GatewayRequest
    created: bool


def retry_refused_refund(*, request_id: int, by: Any, reason: str) -> Retried:
    """Send a refused refund again under a new idempotency key (see the module's design).
    The gateway is called once the transaction has committed; the answer is read back
    before returning, as for every gateway request."""
    if not is_finance_staff(by):
        raise PermissionDenied("Only finance staff retry a refused refund.")
    refused_refund_for_staff(by, request_id)
    text = clean_note(reason)

    def work() -> Retried:
        refused = lock_row_or_none(GatewayRequest, request_id)
        if refused is None or refused.kind != GatewayRequestKind.REFUND:
            raise NotFound("No such refund request.", code=PaymentErrorCode.REFUND_NOT_RETRYABLE)
        earlier = GatewayRequest.objects.filter(retry_of=refused).first()
        if earlier is not None:
            return Retried(earlier, created=False)
        if refused.state != GatewayRequestState.FAILED:
            raise Conflict(
                PaymentErrorCode.REFUND_NOT_RETRYABLE,
                f"Refund request {refused.pk} is {refused.get_state_display().lower()}, not "
                "refused: only a refund the processor refused can be retried.",
                state=refused.state,
            )
        retry = gateway_requests.record_intent(
            kind=GatewayRequestKind.REFUND,
            provider=refused.provider,
            idempotency_key=retry_key(refused),
            subject=refused.subject,
            arguments=dict(refused.arguments),
        )
        GatewayRequest.objects.filter(pk=retry.pk).update(
            retry_of=refused, requested_by=by, reason=text
        )
        record_staff_edit(
            by=by,
            action="refund_retried",
            reason=text,
            data={
                "model": "payments.gatewayrequest",
                "id": refused.pk,
                "retry": retry.pk,
                "idempotency_key": retry.idempotency_key,
                "subject": refused.subject,
                "amount_minor": (refused.arguments or {}).get("amount_minor"),
                "currency": (refused.arguments or {}).get("currency"),
            },
        )
        return Retried(retry, created=True)

    done = money_transaction(work)
    done.request.refresh_from_db()
    return done


def chain(request: GatewayRequest) -> list[GatewayRequest]:
    """The refund as first asked, then each retry in order (`request` anywhere in it), with
    who asked for each. A retry copies the refused request's subject (`retry_refused_refund`),
    so the whole chain is among the refund requests of that subject: read in one query and
    linked here, however many times the refund was retried (a query a link, and one for each
    asker's name, cost a refund's page three queries more for each retry)."""
    same_subject = {
        found.pk: found
        for found in GatewayRequest.objects.filter(
            kind=GatewayRequestKind.REFUND, subject=request.subject
        ).select_related("requested_by__freelancer_profile")
    }
    same_subject.setdefault(request.pk, request)
    retry_by_refused = {
        found.retry_of_id: found for found in same_subject.values() if found.retry_of_id is not None
    }
    root = same_subject[request.pk]
    for _ in range(MAX_CHAIN):
        if root.retry_of_id not in same_subject:
            break
        root = same_subject[root.retry_of_id]
    found = [root]
    for _ in range(MAX_CHAIN):
        following = retry_by_refused.get(found[-1].pk)
        if following is None:
            break
        found.append(following)
    return found


def close_refused_items(request: GatewayRequest) -> None:
    """A retry the processor took: every refused request before it in the chain is done, so
    their alert items close (and an alert with nothing left open is resolved)."""
    refused = [r for r in chain(request) if r.state == GatewayRequestState.FAILED]
    if not refused:
        return
    close_alert_items(
        kind=FinanceAlertKind.GATEWAY_REQUEST_REFUSED,
        keys={f"gateway_request:{r.pk}" for r in refused},
        note=f"Refund sent again as gateway request {request.pk} ({request.idempotency_key}) "
        f"and taken by the processor ({request.processor_id}).",
        by_id=request.requested_by_id,
    )


@dataclass(frozen=True)
class RefusedRefund:
    """A refused refund as finance follow it: the first request, its retries, the latest."""

    first: GatewayRequest
    requests: list[GatewayRequest]
    # The card payment it gives back, when read with it (`refused_refund_for_staff` reads
    # it once for the party check, and the page shows the same row).
    payment: Payment | None = field(default=None, compare=False)

    @property
    def latest(self) -> GatewayRequest:
        return self.requests[-1]

    @property
    def open(self) -> bool:
        """Still the client's money at the processor with nobody's retry under way."""
        return self.latest.state == GatewayRequestState.FAILED

    @property
    def status(self) -> str:
        latest = self.latest
        if latest.state == GatewayRequestState.FAILED:
            return "refused" if latest is self.first else "refused_again"
        if latest.state == GatewayRequestState.PENDING:
            return "retrying"
        return "retried_and_taken" if latest is not self.first else "taken"


# A finance member who paid the refunded payment, or is a party to its contract, neither
# reads nor retries the refund: the money is theirs (core/own_matter.py).
PARTY_REFUSAL_WHAT = "this refund"
PARTY_REFUSAL_TEAM = "finance"


def refuse_a_party_to(refund: RefusedRefund, user: Any) -> None:
    """`403 staff_is_a_party` when `user` paid the refunded payment (`refund.payment`, read
    with it) or is a party to its contract."""
    payment = refund.payment
    if payment is None:
        return
    refuse_a_party(
        user,
        contract=contract_of_reference(payment.reference),
        people=(payment.payer_id,),
        what=PARTY_REFUSAL_WHAT,
        team=PARTY_REFUSAL_TEAM,
    )


def refused_refund_for_staff(user: Any, request_id: int) -> RefusedRefund | None:
    """`refused_refund` for a finance member, with its payment read once (the page shows the
    same row); refused one it is about (`refuse_a_party_to`)."""
    refund = refused_refund(request_id)
    if refund is None:
        return None
    refund = replace(refund, payment=payments_refunded([refund]).get(refund.first.pk))
    refuse_a_party_to(refund, user)
    return refund


def refused_refund(request_id: int) -> RefusedRefund | None:
    """The refund chain that `request_id` belongs to, if it is a refund refused at least once."""
    request = GatewayRequest.objects.filter(pk=request_id, kind=GatewayRequestKind.REFUND).first()
    if request is None:
        return None
    requests = chain(request)
    if not any(r.state == GatewayRequestState.FAILED for r in requests):
        return None
    return RefusedRefund(requests[0], requests)


PAGE_SIZE = 50
# The list's filters, by the value in the address (?show=): every refund refused at least once,
# or only those whose last request was refused and nobody has sent again.
SHOW = {"all": "Every refused refund", "waiting": "Waiting for finance"}
MAX_SEARCH = 80


def refunds_about(user: Any) -> Q:
    """The refunds `refuse_a_party_to` refuses `user`: of a payment they made or that pays
    into their contract, as one WHERE (one query, for their contracts' references). Left
    out of their list and its count."""
    key = Concat(Value("payment:"), Cast("pk", output_field=CharField()), output_field=CharField())
    theirs = Payment.objects.filter(whose.payments_about(user)).annotate(key=key).values("key")
    return Q(subject__in=theirs)


def refused_refunds_query(
    *, about_them: Q, show: str = "all", q: str = ""
) -> QuerySet[GatewayRequest]:
    """The first request of each refund the processor refused at least once, newest first,
    as the console lists them (paged by the view; `refund_chains` reads a page's retries);
    none of `about_them` (`refunds_about`, the member's own).
    `q` is a request number (`#12` or `12`) or part of what the refund was for (`payment:7`)."""
    firsts = GatewayRequest.objects.filter(
        kind=GatewayRequestKind.REFUND,
        retry_of__isnull=True,
        state=GatewayRequestState.FAILED,
    ).exclude(about_them)
    if show == "waiting":
        firsts = firsts.filter(pk__in=_waiting_roots())
    text = q.strip()[:MAX_SEARCH]
    if text:
        number = text.removeprefix("#")
        where = Q(subject__icontains=text)
        if number.isascii() and number.isdigit() and len(number) < 19:
            where |= Q(pk=int(number))
        firsts = firsts.filter(where)
    return firsts.order_by("-created_at", "-id")


def _waiting_roots() -> set[int]:
    """The first request of each chain whose last request was refused and not sent again,
    found from those last requests up (one query per retry level)."""
    parents = dict(
        GatewayRequest.objects.filter(
            kind=GatewayRequestKind.REFUND, state=GatewayRequestState.FAILED, retry__isnull=True
        ).values_list("pk", "retry_of_id")
    )
    roots: set[int] = set()
    for _ in range(MAX_CHAIN):
        roots |= {pk for pk, parent in parents.items() if parent is None}
        above = [parent for parent in parents.values() if parent is not None]
        if not above:
            break
        parents = dict(GatewayRequest.objects.filter(pk__in=above).values_list("pk", "retry_of_id"))
    return roots


def payments_refunded(refunds: list[RefusedRefund]) -> dict[int, Payment]:
    """The card payment each refund gives back (its subject `payment:<id>`), with who paid,
    by the refund's first request id: one query for a page of refunds."""
    payment_ids = {
        refund.first.pk: int(number)
        for refund in refunds
        for kind, _, number in [refund.first.subject.partition(":")]
        if kind == "payment" and number.isascii() and number.isdigit() and len(number) < 19
    }
    found = Payment.objects.select_related("payer").in_bulk(set(payment_ids.values()))
    return {first: found[pk] for first, pk in payment_ids.items() if pk in found}


def waiting_count(*, about_them: Q | None = None) -> int:
    """Refused refunds nobody has retried yet: each chain whose last request was refused;
    none of `about_them` (`refunds_about`) when given."""
    rows = GatewayRequest.objects.filter(
        kind=GatewayRequestKind.REFUND, state=GatewayRequestState.FAILED, retry__isnull=True
    )
    return (rows if about_them is None else rows.exclude(about_them)).count()


def refund_states(key_prefixes: list[str]) -> dict[str, RefusedRefund]:
    """For a page about refunds: each refused refund whose first idempotency key starts with
    one of `key_prefixes` (such as `refund:12:`), by that key. Empty list, no query."""
    if not key_prefixes:
        return {}
    where = Q()
    for prefix in key_prefixes:
        where |= Q(idempotency_key__startswith=prefix)
    firsts = GatewayRequest.objects.filter(
        where,
        kind=GatewayRequestKind.REFUND,
        retry_of__isnull=True,
        state=GatewayRequestState.FAILED,
    ).order_by("created_at", "id")
    return {found.first.idempotency_key: found for found in refund_chains(list(firsts))}


def refund_chains(firsts: list[GatewayRequest]) -> list[RefusedRefund]:
    """Each first request with its retries, read a generation at a time (one query per retry
    level, not per refund: a list page costs the same for one refund and for a hundred)."""
    chains: dict[int, list[GatewayRequest]] = {first.pk: [first] for first in firsts}
    first_of_tail = {first.pk: first.pk for first in firsts}
    for _ in range(MAX_CHAIN):
        if not first_of_tail:
            break
        following = GatewayRequest.objects.filter(retry_of_id__in=list(first_of_tail))
        next_tails: dict[int, int] = {}
        for request in following.order_by("id"):
            first_id = first_of_tail[request.retry_of_id or 0]
            chains[first_id].append(request)
            next_tails[request.pk] = first_id
        first_of_tail = next_tails
    return [RefusedRefund(first, chains[first.pk]) for first in firsts]
