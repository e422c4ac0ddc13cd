"""The Trust & Safety console: the queue and the case page (trust_safety group only)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from directcontracts.accounts.services import safe_next_url
from directcontracts.contracts.money import display
from directcontracts.core import clock, ratelimit
from directcontracts.core.errors import DomainError, NotFound
from directcontracts.core.own_matter import says_why_not_theirs
from directcontracts.core.pagination import cursor_from
from directcontracts.core.validation import TextGuardMixin
from directcontracts.trust import (
    actions,
    appeal_links,
    appeals,
    case_holds,
    enforcement,
    flags,
    selectors,
    stakes,
    stopped,
)
from directcontracts.trust.cases import score_parts
from directcontracts.trust.errors import TrustErrorCode
from directcontracts.trust.forms import QueueFilterForm
from directcontracts.trust.models import (
    AppealState,
    Case,
    CaseState,
    FlagReason,
    FlagTarget,
    Priority,
)
from directcontracts.trust.own_content import content_of_subject

# Where a signal came from, in the words staff read (trust/selectors.py words the case).
SOURCE_LABELS = selectors.SOURCE_LABELS


SIDE_BY_SIDE_FIELDS = (
    "email", "name", "phone", "country", "company", "payment_fingerprint", "device_id", "ip",
)  # fmt: skip


def _staff(request: HttpRequest) -> Any:
    if not actions.is_trust_staff(request.user):
        raise Http404("Not found.")
    return request.user


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    user = _staff(request)
    view = request.GET.get("view", "live")
    view = view if view in selectors.QUEUE_VIEWS else "live"
    filter_form = QueueFilterForm(request.GET)
    filters = filter_form.filters()
    problem = filter_form.problem()
    status, priority, source = filters["status"], filters["priority"], filters["source"]
    q = " ".join(request.GET.get("q", "").split())[: selectors.MAX_SEARCH]
    # The cases about the member are left out of their queue and its counts (their pages
    # refuse them): worked out once, one query (core/own_matter.py).
    about_them = stakes.cases_about(user)
    cases = selectors.queue(
        view=view,
        user=user,
        about_them=about_them,
        priority=priority,
        source=source,
        q=q,
        status=status,
    )
    page = Paginator(cases, 25).get_page(request.GET.get("page"))
    return render(
        request,
        "trust/queue.html",
        {
            "page": page,
            "rows": selectors.queue_rows(list(page.object_list)),
            "view": view,
            "views": selectors.QUEUE_VIEWS,
            "priority": priority,
            "priorities": Priority.choices,
            "source": source,
            "sources": SOURCE_LABELS,
            "q": q,
            "status": status,
            "statuses": selectors.CASE_STATUSES,
            "status_label": selectors.CASE_STATUSES.get(status, ""),
            "error": problem,
            "view_label": selectors.QUEUE_VIEWS[view],
            "order": selectors.QUEUE_ORDER[view],
            "appeals_waiting": selectors.pending_appeal_count(about_them=about_them),
            "priority_label": Priority(priority).label if priority else "",
            "source_label": SOURCE_LABELS.get(source, ""),
            "hidden_by": _filters_to_clear(view, priority, source, q, status),
            "chart": selectors.daily_chart(about_them=about_them),
            "now": clock.now(),
        },
        status=problem.status if problem else 200,
    )


def _filters_to_clear(
    view: str, priority: str, source: str, q: str, status: str = ""
) -> list[tuple[str, str]]:
    """For an empty queue: each filter that may have hidden cases, as (link words, the
    queue's address without it, the rest kept)."""

    def without(name: str) -> str:
        kept = {"q": q, "view": view, "status": status, "priority": priority, "source": source}
        kept["view" if name == "view" else name] = "live" if name == "view" else ""
        return "?" + urlencode({k: v for k, v in kept.items() if v})

    hidden = []
    if view != "live":
        hidden.append(("Look in open cases", without("view")))
    if status:
        label = selectors.CASE_STATUSES[status]
        hidden.append((f"Clear the status ({label})", without("status")))
    if priority:
        hidden.append((f"Clear the priority ({Priority(priority).label})", without("priority")))
    if source:
        hidden.append((f"Clear the source ({SOURCE_LABELS[source]})", without("source")))
    if q:
        hidden.append(("Clear the search", without("q")))
    return hidden


def _case_or_404(request: HttpRequest, reference: str) -> Case:
    """The case, or 404; a member the case is about is refused (`says_why_not_theirs`)."""
    try:
        return selectors.case_for_staff(request.user, reference)
    except NotFound:
        raise Http404("Not found.") from None


@login_required
@require_GET
@says_why_not_theirs
def case_detail(request: HttpRequest, reference: str) -> HttpResponse:
    _staff(request)
    return _case_page(request, _case_or_404(request, reference))


APPEAL_STATE_WORDS = {
    AppealState.PENDING.value: "Waiting for a decision",
    AppealState.UPHELD.value: "Refused: the action stands",
    AppealState.OVERTURNED.value: "Accepted: the action was undone",
}


def _standing(person: Any) -> str:
    """Why the person's account does not work, in words: "account closed" would hide
    whether they closed it, Trust & Safety stopped it (and in which case) or an
    administrator switched it off."""
    if person is None or person.is_active:
        return ""
    if person.closed_at is not None:
        return "account closed by its owner"
    stop = stopped.standing_stop(person)
    if stop is None:
        return "account deactivated by an administrator"
    words = "account banned" if stop.action == "ban" else "account suspended"
    return f"{words} in {stop.case.reference}" if stop.case else words


def _case_page(
    request: HttpRequest,
    case: Case,
    *,
    error: DomainError | None = None,
    typed: tuple[str, str] = ("", ""),
) -> HttpResponse:
    """The case page; with `error`, again with a refused action's reason and its status, and
    the words the reviewer `typed` (action, reason) back in that action's field."""
    contract = stakes.contract_of(case)
    in_words = selectors.case_view(request.user, case)
    signals = [s.signal for s in in_words.signals]
    at_stake = stakes.stakes_of(case, contract)
    audit = list(case.audit.select_related("actor"))
    # This case's own actions against the person: the "earlier actions" count is of other
    # cases only, so the page names these separately and says what is left to do.
    taken_here = [e for e in audit if e.action in stakes.ACTIONS_AGAINST_A_PERSON]
    # An accepted appeal undid every action before it, so only later ones still stand.
    overturns = [i for i, e in enumerate(audit) if e.action == "appeal_overturned"]
    since = overturns[-1] if overturns else -1
    answering = [e for e in taken_here if e.action in enforcement.ANSWERING_ACTIONS]
    answered_here = [e for e in answering if audit.index(e) > since]
    # A refund to the client stays refunded when an appeal is accepted: named apart.
    undone_here = [
        e for e in answering if audit.index(e) < since and e.action not in appeals.NOT_UNDONE
    ]
    stands_here = [
        e for e in answering if audit.index(e) < since and e.action in appeals.NOT_UNDONE
    ]
    subject = in_words.people.get(case.subject_user_id or 0)
    return render(
        request,
        "trust/case.html",
        {
            "case": case,
            "in_words": in_words,
            "signals": signals,
            "source_labels": SOURCE_LABELS,
            "side_by_side_fields": SIDE_BY_SIDE_FIELDS,
            "reason_labels": dict(FlagReason.choices),
            "audit": audit,
            "taken_here": taken_here,
            "answered_here": answered_here,
            "undone_here": undone_here,
            "stands_here": stands_here,
            "something_frozen": stakes.has_something_frozen(case) if contract else False,
            # What Dismiss lifts (every contract and balance the case stopped, not only its
            # own contract's: a suspension holds all the person's open contracts).
            "still_held": case_holds.still_held(case) if case.state != CaseState.CLOSED else [],
            "stopped": stakes.stopped_for_staff(case, contract) if contract else [],
            "appeals": list(case.appeals.select_related("appellant", "decided_by")),
            # Staff words for an appeal's state: "Upheld" would read as the appeal winning.
            "appeal_words": APPEAL_STATE_WORDS,
            # A member who acted in the case reads why another decides, instead of a form
            # that `decide_appeal` would refuse.
            "may_decide_appeal": not appeals.took_action_in(case, request.user),
            "contract": contract,
            "stakes": at_stake,
            "escrow": display(at_stake.escrow_minor, at_stake.currency) if contract else "",
            "score_parts": score_parts(signals, at_stake),
            "timeline": stakes.timeline(contract, before=cursor_from(request, "events_before"))
            if contract
            else None,
            "subject": subject,
            "subject_standing": _standing(subject),
            "now": clock.now(),
            "error": error,
            "typed_action": typed[0],
            "typed_reason": typed[1],
            "enforce_actions": ENFORCE_ACTIONS,
            "reopen_action": case_holds.REOPEN_ACTION,
        },
        status=error.status if error else 200,
    )


_ACTIONS: dict[str, Callable[..., Any]] = {
    "dismiss": actions.dismiss,
    "uphold": actions.uphold,
    case_holds.REOPEN_ACTION: actions.reopen,
    "warn": enforcement.warn,
    "freeze": enforcement.freeze_contract_escrow,
    "hold": enforcement.hold_whole_contract,
    "unfreeze": enforcement.unfreeze,
    "suspend": enforcement.suspend,
    "ban": enforcement.ban,
    "reinstate": enforcement.reinstate_account,
    "refund": enforcement.refund_client,
}
# The actions of the case page's one "Reason for an action" field.
ENFORCE_ACTIONS = ("freeze", "hold", "unfreeze", "refund", "warn", "suspend", "ban", "reinstate")


# Actions that close an account or cannot be undone are asked again on their own page
# before they are taken: the page says what happens, and its button acts only with its
# checkbox ticked ("confirmed"); posted without it, the page is shown again with
# `400 action_not_confirmed` and nothing is done.
CONFIRMED_ACTIONS = ("refund", "suspend", "ban")
CONFIRM_STEP = "confirm"  # the confirmation page's form says it was posted from there


def _not_confirmed() -> DomainError:
    return DomainError(
        TrustErrorCode.ACTION_NOT_CONFIRMED,
        "Tick the box to confirm what happens: nothing was done.",
        field="confirmed",
    )


def _confirm_action(
    request: HttpRequest, case: Case, action: str, *, error: DomainError | None = None
) -> HttpResponse:
    """What `action` will do, with its reason, a checkbox and one button that takes it
    (posting again with `confirmed`). A reason the action would refuse is refused here
    already; `error`: the page again, after a post without the box ticked."""
    reason = enforcement.check_reason_they_read(case, request.POST.get("reason", ""))
    contract = stakes.contract_of(case)
    at_stake = stakes.stakes_of(case, contract)
    in_words = selectors.case_view(request.user, case)
    return render(
        request,
        "trust/confirm_action.html",
        {
            "case": case,
            "action": action,
            "reason": reason,
            "contract": contract,
            "escrow": display(at_stake.escrow_minor, at_stake.currency) if contract else "",
            "subject": in_words.people.get(case.subject_user_id or 0),
            "confirm_step": CONFIRM_STEP,
            "error": error,
        },
        status=error.status if error else 200,
    )


_DONE = {
    "assign": "You took the case.",
    "dismiss": "Case dismissed: held items proceed, what the case froze or held is lifted "
    "(both parties are told), and the people who flagged it are told.",
    "uphold": "Case upheld: the people who flagged it are told.",
    case_holds.REOPEN_ACTION: "Case reopened.",
    "warn": "Warning sent.",
    "freeze": "Escrow frozen: both parties see why.",
    "hold": "Contract on hold.",
    "unfreeze": "Escrow unfrozen.",
    "suspend": "Account suspended: signed out everywhere, tokens revoked, open contracts held.",
    "ban": "Account banned (closed for good): signed out everywhere, tokens revoked, open contracts held.",
    "reinstate": "Suspension lifted: the account works again and its contracts are released.",
    "refund": "The escrow went back to the client.",
    "appeal_upheld": "Appeal refused: the action stands.",
    "appeal_overturned": "Appeal accepted: the action was undone.",
}


@login_required
@require_POST
@says_why_not_theirs
def case_action(request: HttpRequest, reference: str, action: str) -> HttpResponse:
    user = _staff(request)
    case = _case_or_404(request, reference)
    try:
        if action in CONFIRMED_ACTIONS and request.POST.get("confirmed") != "on":
            if request.POST.get("step") == CONFIRM_STEP:
                return _confirm_action(request, case, action, error=_not_confirmed())
            return _confirm_action(request, case, action)
        if action == "assign":
            actions.assign_to_me(case=case, by=user)
        elif action in ("appeal_upheld", "appeal_overturned"):
            pending = case.appeals.filter(state=AppealState.PENDING).first()
            if pending is None:
                raise Http404("Not found.")
            appeals.decide_appeal(
                appeal=pending,
                by=user,
                overturn=action == "appeal_overturned",
                reason=request.POST.get("reason", ""),
            )
        elif action in _ACTIONS:
            _ACTIONS[action](case=case, by=user, reason=request.POST.get("reason", ""))
        else:
            raise Http404("Not found.")
    except DomainError as refused:
        case.refresh_from_db()
        typed = (action, request.POST.get("reason", "")[: actions.MAX_REASON])
        return _case_page(request, case, error=refused, typed=typed)
    messages.success(request, _DONE[action])
    if action == case_holds.REOPEN_ACTION:
        _say_what_reopening_put_back(request, case)
    return redirect("trust:case", reference=case.reference)


def _say_what_reopening_put_back(request: HttpRequest, case: Case) -> None:
    """Each freeze or hold the dismissal lifted: put back (the parties are told), or why
    not (money that moved meanwhile cannot be stopped again)."""
    for put_back, words in case_holds.said_on_reopening(case):
        (messages.info if put_back else messages.warning)(request, words)


# --- Flag as Inappropriate (any signed-in person) -------------------------------------------


class FlagForm(TextGuardMixin, forms.Form):
    # Nothing preselected: the reporter picks a reason deliberately.
    reason = forms.ChoiceField(
        label="What is wrong?",
        choices=[("", "Choose a reason"), *FlagReason.choices],
        error_messages={"required": "Choose what is wrong, so we know what to look at."},
    )
    details = forms.CharField(
        label="Details (optional)",
        required=False,
        max_length=flags.MAX_DETAILS,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="What happened, in your words. The other person does not see your flag.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def flag_page(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("kind", "")[:20]
    target_id = flags.target_id_of(kind, request.GET.get("id", ""))
    # The page the flag link was on: the form posts to its own address, so it stays.
    came_from = safe_next_url(request.GET.get("next", ""))
    user = request.user
    try:
        what, _ = flags.describe_target(user=user, kind=kind, target_id=target_id)  # type: ignore[arg-type]
    except NotFound as missing:
        raise Http404(missing.message) from None
    except DomainError as refused:  # one's own contract, message or self: say so
        raise PermissionDenied(refused.message) from None
    form = FlagForm(request.POST or None)
    if kind == FlagTarget.DOMAIN:
        # A website has no "other person" to keep the flag from.
        form.fields["details"].help_text = (
            "Who sent you there and what it asked for, in your words. Only Trust & Safety "
            "read your flag."
        )
    status = 200
    refusal: DomainError | None = None
    if request.method == "POST":
        if form.is_valid():
            try:
                made = flags.flag(
                    reporter=user,  # type: ignore[arg-type]
                    kind=kind,
                    target_id=target_id,
                    reason=form.cleaned_data["reason"],
                    details=form.cleaned_data["details"],
                    address=request.META.get("REMOTE_ADDR") or None,
                )
            except DomainError as refused:
                # Shown at the top with its code (base.html), like every page's refusals.
                status, refusal = refused.status, refused
            else:
                # Post/redirect/get: reloading the thank-you page reads it again, it does
                # not send the flag again.
                received = reverse("trust:flag_received", args=[made.reference])
                return redirect(
                    f"{received}?{urlencode({'next': came_from})}" if came_from else received
                )
        else:
            status = 400
    # The way back to where the flag was raised: without it the form is a dead end.
    back = flags.way_back(user=user, kind=kind, target_id=target_id, came_from=came_from)  # type: ignore[arg-type]
    context = {
        "form": form,
        "what": what,
        "error": refusal,
        "back": back,
        "a_website": kind == FlagTarget.DOMAIN,
    }
    response = render(request, "trust/flag.html", context, status=status)
    return ratelimit.with_retry_after(response, refusal)


@login_required
@require_GET
def flag_received(request: HttpRequest, reference: str) -> HttpResponse:
    """The thank-you page of one's own flag (anyone else's reference: not found)."""
    user = request.user
    made = flags.own_flag(user=user, reference=reference)  # type: ignore[arg-type]
    if made is None:
        raise Http404("Not found.")
    what = flags.what_was_reported(user, [made])[made.pk]  # type: ignore[arg-type]
    back = flags.way_back(
        user=user,  # type: ignore[arg-type]
        kind=made.target_kind,
        target_id=made.target_id,
        came_from=request.GET.get("next", ""),
    )
    return render(request, "trust/flag_done.html", {"flag": made, "what": what, "back": back})


@login_required
def my_flags(request: HttpRequest) -> HttpResponse:
    page = Paginator(flags.flags_of(request.user), 20).get_page(request.GET.get("page"))  # type: ignore[arg-type]
    shown = list(page.object_list)
    about = flags.what_was_reported(request.user, shown)  # type: ignore[arg-type]
    rows = [(f, about[f.pk], flags.outcome_for_reporter(f)) for f in shown]
    return render(request, "trust/my_flags.html", {"page": page, "rows": rows})


# --- Appeals (the person actioned) -----------------------------------------------------------


class AppealForm(TextGuardMixin, forms.Form):
    statement = forms.CharField(
        label="Why was the action wrong?",
        max_length=appeals.MAX_STATEMENT,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="A member of Trust & Safety who took no part in the decision reviews it.",
    )


def _appellant(request: HttpRequest, reference: str) -> Any:
    """The signed-in person, or the closed account an emailed appeal link was made for."""
    token = request.GET.get("token", "")
    if token:
        return appeal_links.person_from_token(reference[:20], token)
    return request.user if request.user.is_authenticated else None


def _link_ended(
    request: HttpRequest, reference: str, why: str, case: Case | None = None, message: str = ""
) -> Any:
    """The page of an appeal link that no longer opens the appeal: why, and what to do."""
    return render(
        request,
        "trust/appeal_link_ended.html",
        {
            "why": why,
            "reference": reference[:20],
            "lifted_at": appeals.stop_lifted_at(case) if case else None,
            "message": message,
        },
        # Gone: it worked, and what it was for is over. A bad or expired link: not found.
        status=404 if why == appeals.LINK_NOT_VALID else 410,
    )


@require_http_methods(["GET", "POST"])
def appeal_page(request: HttpRequest, reference: str) -> HttpResponse:
    user = _appellant(request, reference)
    by_link = bool(request.GET.get("token"))
    if user is None:
        if by_link:
            return _link_ended(request, reference, appeals.LINK_NOT_VALID)
        return redirect_to_login(request.get_full_path())
    try:
        case = appeals.appealable_case(reference=reference, by=user)
    except DomainError:
        if by_link:
            return _link_ended(request, reference, appeals.LINK_NOT_VALID)
        raise Http404("Not found.") from None
    if by_link and (why := appeals.link_no_longer_applies(case, user)):
        if why == appeals.LINK_REINSTATED and request.user.pk == user.pk:
            # Signed in again already: the page itself, as a signed-in person reads it.
            return redirect("trust:appeal", reference=case.reference)
        return _link_ended(request, reference, why, case)
    existing = case.appeals.filter(appellant=user).first()
    if existing is None and (refusal := appeals.lifted_stop_refusal(case)) is not None:
        # Nothing left to appeal: the page the link shows then, in the words of the service.
        return _link_ended(request, reference, appeals.ACTION_LIFTED, case, refusal.message)
    form = AppealForm(request.POST or None)
    status = 200
    if request.method == "POST" and existing is None:
        if form.is_valid():
            try:
                existing = appeals.appeal(
                    reference=reference,
                    by=user,
                    statement=form.cleaned_data["statement"],
                )
            except DomainError as refused:
                form.add_error(None, refused.message)
                status = refused.status
        else:
            status = 400
    return render(
        request,
        "trust/appeal.html",
        {
            "case": case,
            "form": form,
            "appeal": existing,
            "appeal_words": appeals.APPELLANT_WORDS.get(existing.state) if existing else None,
            # What the accepted appeal could not undo (a refund to the client stays).
            "not_undone": appeals.not_undone_words(appeals.decision_entry(case, existing))
            if existing is not None and existing.state == AppealState.OVERTURNED
            else "",
            # Actions after the case's one appeal was decided: said, with what to do instead.
            "since_decision": appeals.actions_since_decision(case, existing) if existing else [],
            "actions": appeals.appealed_actions(case),
            "appeal_until": appeals.appeal_deadline(case),
            "too_late": clock.now() > appeals.appeal_deadline(case),
            # What of theirs it is about; the link only for someone signed in (a closed
            # account, here by its emailed link, can't open the contract).
            "own": content_of_subject(case),
            "signed_in": request.user.is_authenticated and request.user.pk == user.pk,
            "by_link": by_link,
        },
        status=status,
    )
