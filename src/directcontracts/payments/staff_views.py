"""The finance console's refused refunds: the list, one refund's requests, and "Retry the
refund" (`refused_refunds.retry_refused_refund`). Thin: anyone outside the finance group gets
404, as on the books overview; the service checks the group again."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from directcontracts.core.errors import DomainError
from directcontracts.core.money_text import money_text
from directcontracts.core.own_matter import says_why_not_theirs
from directcontracts.core.validation import NoControlCharactersValidator, TextGuardMixin
from directcontracts.ledger.alerts import MAX_NOTE, clean_note
from directcontracts.ledger.staff import finance_page_only
from directcontracts.payments import refused_refunds
from directcontracts.payments.gateway_models import GatewayRequest, GatewayRequestState, Payment

STATUS_WORDS = {
    "refused": "Refused by the processor; not retried yet",
    "refused_again": "Retried and refused again; not retried since",
    "retrying": "Retry sent, waiting for the processor's answer",
    "retried_and_taken": "Retried; the processor took it",
    "taken": "Taken by the processor",
}


class RetryForm(TextGuardMixin, forms.Form):
    reason = forms.CharField(
        label="Reason",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=MAX_NOTE,
        validators=[NoControlCharactersValidator(multiline=True)],
        help_text="Why it should go through now (kept on the staff audit trail with your name).",
        error_messages={"required": "Write why you retry it: the reason is audited."},
    )


def _amount(request: GatewayRequest) -> str:
    arguments = request.arguments or {}
    amount, currency = arguments.get("amount_minor"), arguments.get("currency")
    if isinstance(amount, int) and isinstance(currency, str):
        return money_text(amount, currency)
    return "—"


def _row(
    refund: refused_refunds.RefusedRefund, payments: dict[int, Payment] | None = None
) -> dict[str, Any]:
    return {
        "refund": refund,
        # One refund's page: the payment read with it (`refused_refund_for_staff`).
        "payment": refund.payment if payments is None else payments.get(refund.first.pk),
        "amount": _amount(refund.first),
        "status": refund.status,
        "status_words": STATUS_WORDS[refund.status],
    }


@login_required
@require_GET
def refused_refund_list(request: HttpRequest) -> HttpResponse:
    """Paged like the other staff lists: 50 a page, newest first, `show` and `q` kept in each
    page's link (`{% page_href %}`); a page reads its retries in a fixed number of queries."""
    finance_page_only(request.user)
    show = request.GET.get("show", "all")
    show = show if show in refused_refunds.SHOW else "all"
    q = request.GET.get("q", "")[: refused_refunds.MAX_SEARCH]
    # The member's own refunds are left out of their list and its count (their pages refuse
    # them): worked out once, one query (core/own_matter.py).
    about_them = refused_refunds.refunds_about(request.user)
    query = refused_refunds.refused_refunds_query(about_them=about_them, show=show, q=q)
    page = Paginator(query, refused_refunds.PAGE_SIZE).get_page(request.GET.get("page"))
    refunds = refused_refunds.refund_chains(list(page.object_list))
    payments = refused_refunds.payments_refunded(refunds)
    rows = [_row(refund, payments) for refund in refunds]
    return render(
        request,
        "payments/refused_refunds.html",
        {
            "page": page,
            "rows": rows,
            "show": show,
            "shows": refused_refunds.SHOW,
            "q": q,
            "filtered": show != "all" or bool(q.strip()),
            "open": refused_refunds.waiting_count(about_them=about_them),
        },
    )


def _detail(
    request: HttpRequest, request_id: int, *, form: RetryForm | None = None, status: int = 200
) -> HttpResponse:
    refund = refused_refunds.refused_refund_for_staff(request.user, request_id)
    if refund is None:
        raise Http404("No such refused refund.")
    return render(
        request,
        "payments/refused_refund.html",
        {
            **_row(refund),
            "requests": refund.requests,
            "form": form or RetryForm(),
            "can_retry": refund.latest.state == GatewayRequestState.FAILED,
        },
        status=status,
    )


@login_required
@require_GET
@says_why_not_theirs
def refused_refund_detail(request: HttpRequest, gateway_request_id: int) -> HttpResponse:
    finance_page_only(request.user)
    return _detail(request, gateway_request_id)


def _confirm_retry(request: HttpRequest, request_id: int, reason: str) -> HttpResponse | None:
    """Money leaves for the client's card and cannot be called back: the retry is asked again
    on a page of its own (what is sent, to whom, the reason as it will be kept), and sent when
    that page's button posts with `confirmed`. None when there is nothing left to retry (the
    service answers that: the first retry, or why not)."""
    refund = refused_refunds.refused_refund_for_staff(request.user, request_id)
    if refund is None:
        raise Http404("No such refused refund.")
    if refund.latest.state != GatewayRequestState.FAILED or refund.latest.pk != request_id:
        return None
    try:
        reason = clean_note(reason)
    except DomainError:
        return None  # the service refuses it, by the form
    return render(request, "payments/confirm_retry.html", {**_row(refund), "reason": reason})


@login_required
@require_POST
@says_why_not_theirs
def retry_refund(request: HttpRequest, gateway_request_id: int) -> HttpResponse:
    finance_page_only(request.user)
    form = RetryForm(request.POST)
    if not form.is_valid():
        return _detail(request, gateway_request_id, form=form, status=400)
    if request.POST.get("confirmed") != "on":
        confirm = _confirm_retry(request, gateway_request_id, form.cleaned_data["reason"])
        if confirm is not None:
            return confirm
    try:
        done = refused_refunds.retry_refused_refund(
            request_id=gateway_request_id, by=request.user, reason=form.cleaned_data["reason"]
        )
    except DomainError as refused:
        form.add_error(None, refused.message)
        return _detail(request, gateway_request_id, form=form, status=refused.status)
    retry = done.request
    if not done.created:
        messages.info(
            request,
            f"This refund was already retried as request {retry.pk}: nothing more was sent.",
        )
    elif retry.state == GatewayRequestState.SUCCEEDED:
        messages.success(request, f"Sent again as request {retry.pk}: the processor took it.")
    elif retry.state == GatewayRequestState.FAILED:
        messages.error(
            request,
            f"Sent again as request {retry.pk}: the processor refused it again "
            f"({retry.failure_code}). A new finance alert item names it.",
        )
    else:
        messages.info(
            request,
            f"Sent again as request {retry.pk}: no answer yet; the sweep sends it again "
            "with the same key.",
        )
    return redirect(reverse("payments:refused_refund", args=[retry.pk]))
