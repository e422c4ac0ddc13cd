"""Get Help pages (customers and visitors) and the support console (the support team).

Thin views: parse a form, call one service, render. Anyone who may not see a ticket gets
404, whether the reference exists or not: a requester's page says how to reach their own
request (the link in our emails, or signing in), and the same words for every reference.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.forms import Form
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from directcontracts.accounts.models import User
from directcontracts.contracts.models import Contract
from directcontracts.core import clock, ratelimit
from directcontracts.core.errors import DomainError, NotFound
from directcontracts.core.own_matter import says_why_not_theirs
from directcontracts.helpcenter.models import Article
from directcontracts.support import access, bulk, ratings, selectors, staff, tickets, trust_cases
from directcontracts.support.attachments import from_uploads
from directcontracts.support.errors import SupportErrorCode
from directcontracts.support.forms import (
    AssignForm,
    BulkForm,
    EscalateForm,
    NoteForm,
    PriorityForm,
    QueueFilterForm,
    ReplyForm,
    RequestForm,
    StaffReplyForm,
    StatusForm,
)
from directcontracts.support.models import (
    CannedReply,
    Priority,
    Satisfaction,
    Status,
    Ticket,
    TicketAttachment,
    Topic,
)
from directcontracts.support.states import can_transition

FIGURES_PERMISSION = "support.view_team_figures"
GRANTED_KEY = "support_tickets"
MAX_GRANTS = 20


def _signed_in(request: HttpRequest) -> User | None:
    return request.user if isinstance(request.user, User) else None


def _address(request: HttpRequest) -> str | None:
    return request.META.get("REMOTE_ADDR") or None


def _404(exc: NotFound) -> Http404:
    return Http404(exc.message)


# --- Opening a request -------------------------------------------------------------------


def _initial(request: HttpRequest) -> dict[str, Any]:
    initial: dict[str, Any] = {}
    slug = request.GET.get("article", "")[:100]
    article = Article.objects.published().filter(slug=slug).first() if slug else None
    details = request.GET.get("details", "")[:1000].strip()
    if article is not None:
        initial["article"] = article.slug
        # No quotes of its own: the confirmation email quotes the subject.
        initial["subject"] = f"Question about the article: {article.title}"[:200]
        initial["description"] = (
            f"I read the Help Center article “{article.title}” and it did not answer my question."
            + (f"\n\nWhat was missing: {details}" if details else "")
        )
    topic = request.GET.get("topic", "")
    if topic in Topic.values:
        initial["topic"] = topic
    contract = request.GET.get("contract", "")
    if contract.isdigit() and len(contract) < 12:
        initial["contract"] = int(contract)
    return initial


def _request_form(request: HttpRequest, data: Any = None, files: Any = None) -> RequestForm:
    user = _signed_in(request)
    contracts = (
        list(Contract.objects.visible_to(user).order_by("-created_at")[:100]) if user else []
    )
    return RequestForm(data, files, user=user, contracts=contracts, initial=_initial(request))


def new_request(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        form = _request_form(request)
        return render(request, "support/new.html", _new_context(request, form))
    form = _request_form(request, request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "support/new.html", _new_context(request, form), status=400)
    user = _signed_in(request)
    data = form.cleaned_data
    try:
        ticket = tickets.open_request(
            user=user,
            data=tickets.RequestInput(
                topic=data["topic"],
                subject=data["subject"],
                description=data["description"],
                email=data.get("email") or "",
                name=data.get("name") or "",
                contract_id=data.get("contract"),
                article_slug=data.get("article") or "",
                files=from_uploads(data["attachments"]),
            ),
            address=_address(request),
        )
    except DomainError as error:
        context = _new_context(request, form, error=error)
        response = render(request, "support/new.html", context, status=error.status)
        return ratelimit.with_retry_after(response, error)
    if user is None:
        return render(request, "support/check_email.html", {"ticket": ticket})
    messages.success(
        request, f"We've received your request {ticket.reference}. We'll answer here and by email."
    )
    return redirect("support:request_detail", reference=ticket.reference)


def _new_context(request: HttpRequest, form: RequestForm, **extra: Any) -> dict[str, Any]:
    slug = form["article"].value() if "article" in form.fields else ""
    article = Article.objects.published().filter(slug=slug).first() if slug else None
    return {"form": form, "article": article, **extra}


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows what is being confirmed and a button (mail scanners open links, so opening
    changes nothing); POST confirms."""
    try:
        if request.method == "GET":
            return _confirm_page(request, tickets.check_confirmation_link(token=token))
        confirmation = tickets.confirm_request(token=token)
    except DomainError as error:
        return _link_problem(request, error)
    ticket = confirmation.ticket
    # The signed link proves the address, in whichever browser it is opened.
    _grant(request, ticket)
    if confirmation.already_confirmed:
        messages.info(
            request, f"Your address was already confirmed: {ticket.reference} is with our team."
        )
    else:
        messages.success(
            request,
            f"Thank you: your address is confirmed and {ticket.reference} is with our team.",
        )
    return redirect("support:request_detail", reference=ticket.reference)


def _confirm_page(request: HttpRequest, ticket: Ticket) -> HttpResponse:
    if ticket.is_confirmed:
        # Used before: the link still proves the address, so it opens the request here too.
        _grant(request, ticket)
    return render(request, "support/confirm.html", {"ticket": ticket})


def _link_problem(request: HttpRequest, error: DomainError) -> HttpResponse:
    context = {"error": error, "expired": error.code == SupportErrorCode.LINK_EXPIRED}
    return render(request, "support/link_problem.html", context, status=error.status)


def _grant(request: HttpRequest, ticket: Ticket) -> None:
    granted = [i for i in request.session.get(GRANTED_KEY, []) if isinstance(i, int)]
    if ticket.pk not in granted:
        request.session[GRANTED_KEY] = [*granted, ticket.pk][-MAX_GRANTS:]


# --- The requester's pages -----------------------------------------------------------------


@login_required
def my_requests(request: HttpRequest) -> HttpResponse:
    q = " ".join(request.GET.get("q", "").split())[: selectors.REQUEST_SEARCH_MAX]
    page = Paginator(selectors.requests_of(request.user, q=q), 20).get_page(request.GET.get("page"))
    return render(request, "support/my_requests.html", {"page": page, "q": q})


def _customer_ticket(request: HttpRequest, reference: str) -> Ticket:
    """The requester's ticket; NotFound for anyone else, LINK_EXPIRED for an old access link."""
    user = _signed_in(request)
    if user is not None:
        try:
            return access.get_ticket_for_user(user, reference)
        except NotFound:
            pass
    ticket = access.get_ticket_for_visitor(
        reference,
        access_key=request.GET.get("key", ""),
        granted=request.session.get(GRANTED_KEY, []),
    )
    _grant(request, ticket)
    return ticket


def _refusal(request: HttpRequest, error: DomainError) -> HttpResponse:
    """Someone else's request (or none), or an access link that has expired."""
    return _not_shown(request) if isinstance(error, NotFound) else _link_problem(request, error)


def _not_shown(request: HttpRequest) -> HttpResponse:
    """The same page for every reference someone may not see, existing or not (no probing):
    how the person who sent a request reaches it."""
    context = {
        "confirm_hours": settings.SUPPORT_CONFIRM_LINK_HOURS,
        "access_days": settings.SUPPORT_ACCESS_LINK_DAYS,
        "sign_in_url": f"{reverse('accounts:sign_in')}?{urlencode({'next': request.path})}",
    }
    return render(request, "support/request_not_shown.html", context, status=404)


def _detail_context(request: HttpRequest, ticket: Ticket, **extra: Any) -> dict[str, Any]:
    return {
        "ticket": ticket,
        "contract_url": selectors.contract_url(_signed_in(request), ticket),
        "thread": selectors.public_messages(ticket),
        "reply_form": extra.pop("reply_form", None) or ReplyForm(),
        "can_reopen": tickets.can_reopen(ticket),
        "reopen_deadline": tickets.reopen_deadline(ticket),
        "can_reply": ticket.status != Status.CLOSED
        and (ticket.status != Status.RESOLVED or tickets.can_reopen(ticket)),
        "satisfaction_choices": Satisfaction.choices,
        "reopen_days": settings.SUPPORT_REOPEN_DAYS,
        **extra,
    }


def request_detail(request: HttpRequest, reference: str) -> HttpResponse:
    try:
        ticket = _customer_ticket(request, reference)
    except DomainError as error:
        return _refusal(request, error)
    if request.GET.get("key"):  # the link did its work; keep the key out of the address bar
        return redirect("support:request_detail", reference=ticket.reference)
    return render(request, "support/detail.html", _detail_context(request, ticket))


@require_POST
def request_reply(request: HttpRequest, reference: str) -> HttpResponse:
    try:
        ticket = _customer_ticket(request, reference)
    except DomainError as error:
        return _refusal(request, error)
    form = ReplyForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(
            request,
            "support/detail.html",
            _detail_context(request, ticket, reply_form=form),
            status=400,
        )
    try:
        tickets.reply_as_customer(
            ticket=ticket,
            user=_signed_in(request),
            body=form.cleaned_data["body"],
            files=from_uploads(form.cleaned_data["attachments"]),
        )
    except DomainError as error:
        context = _detail_context(request, ticket, reply_form=form, error=error)
        return ratelimit.with_retry_after(
            render(request, "support/detail.html", context, status=error.status), error
        )
    messages.success(request, "Your message was added. We'll answer here and by email.")
    return redirect(reverse("support:request_detail", args=[ticket.reference]) + "#conversation")


@require_POST
def request_resolve(request: HttpRequest, reference: str) -> HttpResponse:
    return _customer_step(
        request,
        reference,
        tickets.resolve_request,
        "Thank you: we marked your request as resolved.",
    )


@require_POST
def request_reopen(request: HttpRequest, reference: str) -> HttpResponse:
    return _customer_step(request, reference, tickets.reopen_request, "Your request is open again.")


def _customer_step(
    request: HttpRequest, reference: str, step: Callable[..., Any], done: str
) -> HttpResponse:
    """A requester's one-button step on their request (resolve, reopen): its refusal on the
    request's page, or back to the page saying it was done."""
    try:
        ticket = _customer_ticket(request, reference)
    except DomainError as error:
        return _refusal(request, error)
    try:
        step(ticket=ticket, user=_signed_in(request))
    except DomainError as error:
        return render(
            request,
            "support/detail.html",
            _detail_context(request, ticket, error=error),
            status=error.status,
        )
    messages.success(request, done)
    return redirect("support:request_detail", reference=ticket.reference)


@require_POST
def request_rate(request: HttpRequest, reference: str) -> HttpResponse:
    try:
        ticket = _customer_ticket(request, reference)
    except DomainError as error:
        return _refusal(request, error)
    comment = request.POST.get("comment", "")[: ratings.COMMENT_MAX + 1]
    try:
        ratings.rate_request(
            ticket=ticket,
            user=_signed_in(request),
            rating=request.POST.get("satisfaction", ""),
            comment=comment,
        )
    except DomainError as error:
        context = _detail_context(request, ticket, rating_error=error, comment_draft=comment)
        return ratelimit.with_retry_after(
            render(request, "support/detail.html", context, status=error.status), error
        )
    messages.success(request, "Thank you for rating our help.")
    return redirect(reverse("support:request_detail", args=[ticket.reference]) + "#rating")


@require_GET
def attachment_download(request: HttpRequest, attachment_id: int) -> HttpResponseBase:
    attachment = (
        TicketAttachment.objects.select_related("message__ticket").filter(pk=attachment_id).first()
    )
    if attachment is None:
        raise Http404("No such file.")
    ticket = attachment.message.ticket
    # A support member who is a party to the request downloads as its customer would.
    as_staff = staff.is_support_staff(request.user) and not staff.is_party_to(ticket, request.user)
    if not as_staff:
        if not attachment.message.is_public:
            raise Http404("No such file.")
        try:
            _customer_ticket(request, ticket.reference)
        except NotFound:
            raise Http404("No such file.") from None
        except DomainError as error:  # the ticket's own access link, expired
            return _link_problem(request, error)
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.content_type,
    )
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


# --- The support console ------------------------------------------------------------------


def _staff_only(request: HttpRequest) -> User:
    user = _signed_in(request)
    if user is None or not staff.is_support_staff(user):
        raise Http404("Not found.")
    return user


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    _staff_only(request)
    return _queue_page(request)


def _active_canned() -> list[CannedReply]:
    return list(CannedReply.objects.filter(is_active=True)[:100])


def _queue_page(
    request: HttpRequest, *, bulk_form: BulkForm | None = None, error: DomainError | None = None
) -> HttpResponse:
    """The queue as `request.GET` filters it; a bulk form that was refused is shown with
    its errors (`error`, with the response's status)."""
    view = request.GET.get("view", "active")
    view = view if view in selectors.QUEUE_VIEWS else "active"
    order = request.GET.get("order", "oldest")
    order = order if order in selectors.QUEUE_ORDERS else "oldest"
    assignee_raw = request.GET.get("assignee", "")
    assignee_id = int(assignee_raw) if assignee_raw.isdigit() and len(assignee_raw) < 12 else None
    q = request.GET.get("q", "")[:100]
    filter_form = QueueFilterForm(request.GET)
    filters = filter_form.filters()
    problem = filter_form.problem()
    tickets_qs = selectors.queue(
        viewer=request.user, view=view, assignee_id=assignee_id, q=q, order=order, **filters
    )
    page = Paginator(tickets_qs, 25).get_page(request.GET.get("page"))
    now = clock.now()
    team = staff.support_team()
    rows = [
        {"ticket": t, "age": selectors.age(t, now), "sla": selectors.sla_state(t, now)}
        for t in page.object_list
    ]
    shown = error or problem
    return render(
        request,
        "support/staff_queue.html",
        {
            "page": page,
            "rows": rows,
            "view": view,
            "views": selectors.QUEUE_VIEWS,
            "view_label": selectors.QUEUE_VIEWS[view],
            "order": order,
            "orders": selectors.QUEUE_ORDERS,
            "assignee": assignee_raw,
            "topic": filters["topic"],
            "topics": Topic.choices,
            "priority": filters["priority"],
            "priorities": Priority.choices,
            "team": team,
            "q": q,
            "counts": selectors.queue_counts(viewer=request.user),
            "satisfaction": selectors.satisfaction_figures(),
            "satisfaction_days": selectors.SATISFACTION_DAYS,
            "chart": selectors.daily_chart(viewer=request.user, days=14),
            "now": now,
            "error": shown,
            "bulk_form": bulk_form or BulkForm(team=team, canned=_active_canned()),
            "page_references": [t.reference for t in page.object_list],
            "can_see_figures": request.user.has_perm(FIGURES_PERMISSION),
        },
        status=shown.status if shown else 200,
    )


@login_required
@require_POST
def staff_bulk(request: HttpRequest) -> HttpResponse:
    """One action on the tickets ticked in the queue (`support.bulk`): each done or refused
    on its own, both reported; back to the queue as it was filtered."""
    user = _staff_only(request)
    team = staff.support_team()
    form = BulkForm(request.POST, team=team, canned=_active_canned())
    if not form.is_valid():
        first = next(iter(form.errors.values()))[0]
        error = DomainError(_bulk_refusal_code(form), f"Nothing was changed: {first}")
        return _queue_page(request, bulk_form=form, error=error)
    data = form.cleaned_data
    assignee = next((u for u in team if u.pk == data.get("assignee")), None)
    canned = next((c for c in _active_canned() if c.pk == data.get("canned_reply")), None)
    result = bulk.apply_to_tickets(
        by=user,
        references=data["chosen"],
        change=bulk.BulkChange(
            action=data["action"],
            assignee=assignee,
            priority=data.get("priority", ""),
            canned=canned,
            reason=data.get("reason", ""),
        ),
    )
    _report_bulk(request, data["action"], result)
    query = request.GET.urlencode()
    return redirect(reverse("support:queue") + (f"?{query}" if query else ""))


BULK_FORM_CODES = (SupportErrorCode.NO_TICKETS, SupportErrorCode.TOO_MANY_TICKETS)


def _bulk_refusal_code(form: BulkForm) -> str:
    """`no_tickets` or `too_many` when that is why the form was refused (the tickets ticked),
    else `validation_error` (an action without its choice, a value not offered)."""
    for error in form.errors.as_data().get("__all__", []):
        if error.code in BULK_FORM_CODES:
            return str(error.code)
    return "validation_error"


def _report_bulk(request: HttpRequest, action: str, result: bulk.BulkResult) -> None:
    what = bulk.ACTIONS[action].rstrip("…").lower()
    if result.done:
        count = len(result.done)
        messages.success(
            request,
            f"{what.capitalize()}: done for {count} ticket{'s' if count != 1 else ''} "
            f"({', '.join(result.done)}).",
        )
    if result.refused:
        reasons = "; ".join(f"{r.reference}: {r.message} ({r.code})" for r in result.refused)
        count = len(result.refused)
        messages.error(
            request,
            f"Not changed, {count} ticket{'s' if count != 1 else ''}: {reasons}",
        )


@login_required
@require_GET
def team_figures(request: HttpRequest) -> HttpResponse:
    """Each support member's last 30 days, for support leads (404 for anyone else)."""
    user = _staff_only(request)
    if not user.has_perm(FIGURES_PERMISSION):
        raise Http404("Not found.")
    return render(
        request,
        "support/team_figures.html",
        {"figures": selectors.agent_figures(), "days": selectors.FIGURES_DAYS},
    )


def _staff_context(request: HttpRequest, ticket: Ticket, **extra: Any) -> dict[str, Any]:
    canned = _active_canned()
    chosen = request.GET.get("canned", "")
    initial: dict[str, Any] = {}
    for c in canned:
        if chosen == str(c.pk):
            initial = {"body": bulk.fill_canned(c, ticket), "canned_reply": c.pk}
    now = clock.now()
    return {
        "ticket": ticket,
        "thread": selectors.all_messages(ticket),
        "events": selectors.timeline(ticket),
        "contract_money": selectors.contract_money(request.user, ticket),
        "sla": selectors.sla_state(ticket, now),
        "age": selectors.age(ticket, now),
        "now": now,
        "canned": canned,
        "reply_form": extra.pop("reply_form", None)
        or StaffReplyForm(initial=initial, canned_ids=[c.pk for c in canned]),
        "note_form": extra.pop("note_form", None) or NoteForm(),
        "status_form": extra.pop("status_form", None)
        or StatusForm(initial={"status": ticket.status}, current=ticket.status),
        "priority_form": extra.pop("priority_form", None)
        or PriorityForm(initial={"priority": ticket.priority}),
        "assign_form": extra.pop("assign_form", None)
        or AssignForm(initial={"assignee": ticket.assignee_id}, team=staff.support_team()),
        "escalate_form": extra.pop("escalate_form", None) or EscalateForm(),
        "can_escalate": trust_cases.available() and not ticket.trust_case_id,
        "trust_available": trust_cases.available(),
        # Linked only for a reader who may open the case (a Trust & Safety member, not a party).
        "trust_case_url": trust_cases.case_url_for(request.user, ticket),
        **extra,
    }


def _staff_ticket(request: HttpRequest, reference: str) -> tuple[User, Ticket]:
    """The ticket for a support member, or 404; a member who is a party to it is refused
    (`says_why_not_theirs`)."""
    user = _staff_only(request)
    try:
        return user, access.get_ticket_for_staff(user, reference)
    except NotFound as exc:
        raise _404(exc) from None


@login_required
@require_GET
@says_why_not_theirs
def staff_ticket(request: HttpRequest, reference: str) -> HttpResponse:
    _, ticket = _staff_ticket(request, reference)
    return render(request, "support/staff_ticket.html", _staff_context(request, ticket))


def _after_staff_action(ticket: Ticket, anchor: str = "") -> HttpResponse:
    return redirect(reverse("support:staff_ticket", args=[ticket.reference]) + anchor)


def _staff_error(
    request: HttpRequest, ticket: Ticket, error: DomainError, **forms: Any
) -> HttpResponse:
    field = error.details.get("field")
    for form in forms.values():
        # The refusal sits by the box it is about too, not only at the top of the page.
        if field and field in getattr(form, "fields", {}) and form.is_bound:
            form.add_error(field, error.message)
    context = _staff_context(request, ticket, error=error, **forms)
    return render(request, "support/staff_ticket.html", context, status=error.status)


@login_required
@require_POST
@says_why_not_theirs
def staff_reply(request: HttpRequest, reference: str) -> HttpResponse:
    user, ticket = _staff_ticket(request, reference)
    canned_ids = list(CannedReply.objects.filter(is_active=True).values_list("pk", flat=True)[:100])
    form = StaffReplyForm(request.POST, request.FILES, canned_ids=canned_ids)
    if not form.is_valid():
        error = DomainError("validation_error", "The reply was not sent: fix what is marked in it.")
        context = _staff_context(request, ticket, reply_form=form, error=error)
        return render(request, "support/staff_ticket.html", context, status=400)
    try:
        staff.reply_to_customer(
            ticket=ticket,
            by=user,
            body=form.cleaned_data["body"],
            status_after=form.cleaned_data["status_after"],
            files=from_uploads(form.cleaned_data["attachments"]),
            canned_reply_id=form.cleaned_data.get("canned_reply"),
        )
    except DomainError as error:
        return _staff_error(request, ticket, error, reply_form=form)
    messages.success(request, "Reply sent to the customer.")
    return _after_staff_action(ticket, "#conversation")


@login_required
@require_POST
@says_why_not_theirs
def staff_note(request: HttpRequest, reference: str) -> HttpResponse:
    user, ticket = _staff_ticket(request, reference)
    form = NoteForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "support/staff_ticket.html",
            _staff_context(
                request,
                ticket,
                note_form=form,
                error=DomainError("validation_error", "No note was added: write it in the box."),
            ),
            status=400,
        )
    try:
        staff.add_internal_note(ticket=ticket, by=user, body=form.cleaned_data["body"])
    except DomainError as error:
        return _staff_error(request, ticket, error, note_form=form)
    messages.success(request, "Internal note added.")
    return _after_staff_action(ticket, "#conversation")


def _staff_change(
    request: HttpRequest,
    ticket: Ticket,
    form: Form,
    *,
    form_key: str,
    invalid: str,
    change: Callable[[dict[str, Any]], str],
) -> HttpResponse:
    """One small staff form's change: an invalid form or a refusal shows the page again with
    the form marked (`form_key` names its place on the page); `change` calls the service
    with the cleaned data and returns the words that say it was done."""
    if not form.is_valid():
        error = DomainError("validation_error", invalid)
        return _staff_error(request, ticket, error, **{form_key: form})
    try:
        done = change(form.cleaned_data)
    except DomainError as error:
        return _staff_error(request, ticket, error, **{form_key: form})
    messages.success(request, done)
    return _after_staff_action(ticket)


@login_required
@require_POST
@says_why_not_theirs
def staff_assign(request: HttpRequest, reference: str) -> HttpResponse:
    user, ticket = _staff_ticket(request, reference)

    def assign(data: dict[str, Any]) -> str:
        assignee: User | None = user
        if not request.POST.get("to_me"):
            chosen = data["assignee"]
            assignee = User.objects.filter(pk=chosen).first() if chosen else None
        staff.assign_ticket(ticket=ticket, assignee=assignee, by=user, reason=data["reason"])
        return f"Assigned to {assignee.full_name or assignee.email}." if assignee else "Unassigned."

    form = AssignForm(request.POST, team=staff.support_team())
    return _staff_change(
        request,
        ticket,
        form,
        form_key="assign_form",
        invalid="Choose someone from the support team.",
        change=assign,
    )


def _closing_unconfirmed(request: HttpRequest, ticket: Ticket, form: StatusForm) -> bool:
    """Closing is final (nobody reopens a closed ticket, and the customer can no longer reply
    to it), so it is asked again on a page of its own; the page posts back with `confirmed`.
    A move the ticket may not make is not asked about: the service refuses it."""
    return (
        form.is_valid()
        and form.cleaned_data["status"] == Status.CLOSED
        and can_transition(ticket, Status.CLOSED)
        and request.POST.get("confirmed") != "on"
    )


@login_required
@require_POST
@says_why_not_theirs
def staff_status(request: HttpRequest, reference: str) -> HttpResponse:
    user, ticket = _staff_ticket(request, reference)
    form = StatusForm(request.POST)
    if _closing_unconfirmed(request, ticket, form):
        return render(
            request,
            "support/confirm_close.html",
            {
                "ticket": ticket,
                "reason": form.cleaned_data["reason"],
                "reopen_days": settings.SUPPORT_REOPEN_DAYS,
            },
        )

    def change_status(data: dict[str, Any]) -> str:
        staff.change_status(ticket=ticket, by=user, status=data["status"], reason=data["reason"])
        return f"Status: {Status(data['status']).label}."

    return _staff_change(
        request,
        ticket,
        form,
        form_key="status_form",
        invalid="Choose a status.",
        change=change_status,
    )


@login_required
@require_POST
@says_why_not_theirs
def staff_priority(request: HttpRequest, reference: str) -> HttpResponse:
    user, ticket = _staff_ticket(request, reference)

    def change_priority(data: dict[str, Any]) -> str:
        staff.change_priority(
            ticket=ticket, by=user, priority=data["priority"], reason=data["reason"]
        )
        return f"Priority: {Priority(data['priority']).label}."

    return _staff_change(
        request,
        ticket,
        PriorityForm(request.POST),
        form_key="priority_form",
        invalid="Choose a priority.",
        change=change_priority,
    )


@login_required
@require_POST
@says_why_not_theirs
def staff_escalate(request: HttpRequest, reference: str) -> HttpResponse:
    user, ticket = _staff_ticket(request, reference)
    form = EscalateForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "support/staff_ticket.html",
            _staff_context(
                request,
                ticket,
                escalate_form=form,
                error=DomainError(
                    "validation_error",
                    "Nothing was sent to Trust & Safety: write what they should look at.",
                ),
            ),
            status=400,
        )
    try:
        trust_cases.escalate_to_trust_safety(
            ticket=ticket, by=user, summary=form.cleaned_data["summary"]
        )
    except DomainError as error:
        return _staff_error(request, ticket, error, escalate_form=form)
    messages.success(request, "This request is now a Trust & Safety case.")
    return _after_staff_action(ticket)
