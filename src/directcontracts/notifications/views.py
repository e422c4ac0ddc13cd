"""Web pages: the notification list and the webhook settings. Thin: parse, call, render."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from directcontracts.core.errors import DomainError, NotFound
from directcontracts.notifications import access, email_preferences, notices, selectors, webhooks
from directcontracts.notifications.forms import EndpointActiveForm, EndpointForm

NOTICES_PER_PAGE = 20
DELIVERIES_PER_PAGE = 25


def _not_found(error: NotFound) -> Http404:
    return Http404(error.message)


def _back_to_list(request: HttpRequest) -> HttpResponse:
    page = request.POST.get("page", "")
    suffix = f"?page={page}" if page.isdigit() else ""
    return redirect(reverse("notifications:list") + suffix)


# --- Notices ---------------------------------------------------------------------------


@login_required
def notice_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.notices_unread_first(request.user), NOTICES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "notifications/list.html",
        {"page_obj": page, "unread_count": selectors.unread_count(request.user)},
    )


@login_required
@require_POST
def mark_read(request: HttpRequest, notice_id: int) -> HttpResponse:
    try:
        notices.mark_notice_read(user=request.user, notice_id=notice_id)
    except NotFound as error:
        raise _not_found(error) from None
    return _back_to_list(request)


@login_required
@require_POST
def mark_all_read(request: HttpRequest) -> HttpResponse:
    marked = notices.mark_all_read(user=request.user)
    messages.success(request, f"Marked {marked} notification{'s' if marked != 1 else ''} as read.")
    return _back_to_list(request)


# --- Webhook endpoints -----------------------------------------------------------------


def _endpoints_context(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    return {
        "endpoints": selectors.endpoints_of(request.user),
        "form": EndpointForm(),
        **extra,
    }


@login_required
@require_http_methods(["GET", "POST"])
def endpoint_list(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "notifications/webhooks.html", _endpoints_context(request))
    form = EndpointForm(request.POST)
    if not form.is_valid():
        context = _endpoints_context(request, form=form)
        return render(request, "notifications/webhooks.html", context, status=400)
    try:
        endpoint = webhooks.create_endpoint(owner=request.user, **form.cleaned_data)
    except DomainError as error:
        context = _endpoints_context(request, form=form, error=error)
        return render(request, "notifications/webhooks.html", context, status=error.status)
    # Rendered, not redirected: the secret is shown on this response only.
    context = _endpoints_context(request, new_endpoint=endpoint)
    return render(request, "notifications/webhooks.html", context)


def _endpoint_or_404(request: HttpRequest, endpoint_id: int) -> Any:
    try:
        return access.get_endpoint_for_user(request.user, endpoint_id)
    except NotFound as error:
        raise _not_found(error) from None


def _endpoint_page(
    request: HttpRequest, endpoint: Any, *, status: int = 200, **extra: Any
) -> HttpResponse:
    page = Paginator(selectors.deliveries_of(endpoint), DELIVERIES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    context = {"endpoint": endpoint, "page_obj": page, **extra}
    return render(request, "notifications/endpoint_detail.html", context, status=status)


@login_required
def endpoint_detail(request: HttpRequest, endpoint_id: int) -> HttpResponse:
    return _endpoint_page(request, _endpoint_or_404(request, endpoint_id))


@login_required
@require_POST
def endpoint_set_active(request: HttpRequest, endpoint_id: int) -> HttpResponse:
    form = EndpointActiveForm(request.POST)
    if not form.is_valid():
        # Anything but "true" or "false" is refused, not read as "disable".
        endpoint = _endpoint_or_404(request, endpoint_id)
        error = DomainError("validation_error", str(form.errors["active"][0]), status=400)
        return _endpoint_page(request, endpoint, status=400, error=error)
    active = form.cleaned_data["active"]
    try:
        webhooks.set_endpoint_active(user=request.user, endpoint_id=endpoint_id, active=active)
    except NotFound as error:
        raise _not_found(error) from None
    messages.success(request, "The endpoint is enabled." if active else "The endpoint is disabled.")
    return redirect("notifications:endpoint_detail", endpoint_id=endpoint_id)


@login_required
@require_POST
def endpoint_delete(request: HttpRequest, endpoint_id: int) -> HttpResponse:
    try:
        webhooks.delete_endpoint(user=request.user, endpoint_id=endpoint_id)
    except NotFound as error:
        raise _not_found(error) from None
    messages.success(request, "The endpoint is deleted; it receives no more events.")
    return redirect("notifications:webhooks")


@login_required
def delivery_detail(request: HttpRequest, delivery_id: int) -> HttpResponse:
    try:
        delivery = access.get_delivery_for_user(request.user, delivery_id)
    except NotFound as error:
        raise _not_found(error) from None
    return render(
        request,
        "notifications/delivery_detail.html",
        {
            "delivery": delivery,
            "attempts": selectors.attempts_of(delivery),
            "payload": json.dumps(delivery.event.payload(), indent=2),
        },
    )


@login_required
@require_POST
def delivery_redeliver(request: HttpRequest, delivery_id: int) -> HttpResponse:
    try:
        webhooks.redeliver(user=request.user, delivery_id=delivery_id)
    except NotFound as error:
        raise _not_found(error) from None
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "A new attempt is on its way.")
    return redirect("notifications:delivery_detail", delivery_id=delivery_id)


# --- "Turn off emails like this" ----------------------------------------------------------


def _masked(email: str) -> str:
    """Enough of the address for its owner to recognise it, not all of it (links get
    forwarded): ana.lima@example.com → an…@example.com."""
    local, _, domain = email.partition("@")
    return f"{local[:2]}…@{domain}" if domain else "your address"


# The link is the credential (signed for one person and one group): a mail client's
# one-click POST (RFC 8058) carries no session and no CSRF token, and needs neither.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows what the link turns off and a button (mail scanners open links, so opening
    changes nothing); POST turns it off, idempotently."""
    try:
        if request.method == "POST":
            link = email_preferences.turn_off_by_link(token=token)
            done = True
        else:
            link = email_preferences.read_unsubscribe_link(token)
            done = False
    except DomainError as error:
        # `problem`, not `error`: the page says it once, not also in the site's banner.
        return render(
            request, "notifications/unsubscribe_problem.html", {"problem": error}, status=400
        )
    context = {
        "link": link,
        "group": link.group,
        "done": done,
        "address": _masked(link.user.email),
    }
    return render(request, "notifications/unsubscribe.html", context)
