"""Contract pages: thin views that parse a form, call one service, render."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_http_methods, require_POST

from directcontracts.accounts.errors import AccountErrorCode
from directcontracts.accounts.models import FreelancerProfile, User
from directcontracts.accounts.sessions import start_session
from directcontracts.circumvention.errors import CircumventionErrorCode
from directcontracts.contracts import (
    deliverables,
    identity,
    invitations,
    messaging,
    page_cache,
    policy,
    progress,
    selectors,
    services,
    signed_requests,
)
from directcontracts.contracts.access import get_contract_for_user
from directcontracts.contracts.feedback import feedback_for
from directcontracts.contracts.forms import (
    MILESTONE_AMOUNT_CHARS,
    AcceptForm,
    CodeForm,
    ContractForm,
    ContractSearchForm,
    DeclineForm,
    EndForm,
    FeedbackForm,
    MessageForm,
    MilestoneFormSet,
    ProposalForm,
    milestone_inputs,
)
from directcontracts.contracts.identity import ClientContext
from directcontracts.contracts.models import Contract, ContractState, MilestoneState
from directcontracts.contracts.money import amount_rules, display, from_minor
from directcontracts.contracts.money import quote as quote_of
from directcontracts.core import clock, ratelimit
from directcontracts.core.errors import DomainError, NotFound
from directcontracts.core.pagination import cursor_from

INVITATION_ACCESS_KEY = "invitation_access"


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # noqa: S101 - guaranteed by @login_required
    return request.user


def _contract_or_404(request: HttpRequest, contract_id: int) -> Contract:
    try:
        return get_contract_for_user(request.user, contract_id)
    except NotFound as exc:
        raise Http404(exc.message) from None


# --- Listing and detail ----------------------------------------------------------------


LIST_COLUMNS = (
    "id",
    "title",
    "state",
    "currency",
    "updated_at",
    "client_name",
    "freelancer__full_name",
    "freelancer__email",
    "freelancer__freelancer_profile__display_name",
)


@login_required
def contract_list(request: HttpRequest) -> HttpResponse:
    state = request.GET.get("state", "")
    search_form = ContractSearchForm(request.GET)
    search = search_form.cleaned_data["q"] if search_form.is_valid() else ""
    contracts = (
        selectors.contracts_of(
            request.user, state=state if state in ContractState.values else "", search=search
        )
        # What a row shows (templatetags/table_rows.py): the freelancer's display name comes
        # from the profile, joined here (it was one query a row for a client's list).
        .select_related(None)
        .select_related("freelancer__freelancer_profile")
        .only(*LIST_COLUMNS)
    )
    page = Paginator(contracts, 20).get_page(request.GET.get("page"))
    unread = selectors.unread_counts(request.user, list(page.object_list))
    rows = [{"contract": c, "unread": unread.get(c.pk, 0)} for c in page.object_list]
    return render(
        request,
        "contracts/list.html",
        {
            "page": page,
            "rows": rows,
            "state": state,
            "q": search,
            "search_errors": search_form.errors.get("q"),
            "states": ContractState.choices,
        },
    )


@login_required
def contract_detail(request: HttpRequest, contract_id: int) -> HttpResponse:
    contract = _contract_or_404(request, contract_id)
    body = page_cache.body(request, contract, lambda csrf: _detail_body(request, contract, csrf))
    return render(request, "contracts/detail.html", {"contract": contract, "body": body})


def _detail_body(request: HttpRequest, contract: Contract, csrf_token: str) -> str:
    """The page's body, its forms carrying `csrf_token` (page_cache's slot for the token)."""
    context = _detail_context(request, contract)
    if context["read_state"].needs_marking:
        # A page view writes only when it changes what counts as unread (no commit per view).
        messaging.mark_read(contract=contract, user=_user(request))
    context["csrf_token"] = csrf_token
    return render_to_string("contracts/_detail_body.html", context, request)


@login_required
def contract_thread(request: HttpRequest, contract_id: int) -> HttpResponse:
    """An earlier page of the thread, as list items ("show earlier" inserts them in place)."""
    contract = _contract_or_404(request, contract_id)
    page = selectors.thread_page(contract, before=cursor_from(request, "before"))
    return render(request, "contracts/_thread_items.html", {"contract": contract, "thread": page})


@login_required
def contract_activity(request: HttpRequest, contract_id: int) -> HttpResponse:
    """An earlier page of the activity timeline, as list items."""
    contract = _contract_or_404(request, contract_id)
    page = selectors.timeline_page(
        contract, role=contract.role_of(request.user), before=cursor_from(request, "before")
    )
    return render(
        request, "contracts/_timeline_items.html", {"contract": contract, "timeline": page}
    )


@login_required
@require_POST
def contract_message(request: HttpRequest, contract_id: int) -> HttpResponse:
    contract = _contract_or_404(request, contract_id)
    try:
        # A thread the contract's state closes refuses any message, well written or not.
        messaging.require_thread_open(contract)
    except DomainError as error:
        context = _detail_context(request, contract, error=error)
        return render(request, "contracts/detail.html", context, status=error.status)
    form = MessageForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(
            request,
            "contracts/detail.html",
            _detail_context(request, contract, message_form=form),
            status=400,
        )
    try:
        messaging.post_message(
            contract=contract,
            sender=_user(request),
            body=form.cleaned_data["body"],
            files=deliverables.incoming_from_uploads(form.cleaned_data["attachments"]),
        )
    except DomainError as error:
        # Said at the thread the page comes back scrolled to, not in a banner far above it.
        context = _detail_context(request, contract, message_form=form, message_error=error)
        page = render(request, "contracts/detail.html", context, status=error.status)
        return ratelimit.with_retry_after(page, error)
    return redirect(reverse("contracts:detail", args=[contract_id]) + "#messages")


def _read_state(request: HttpRequest, contract: Contract) -> messaging.ReadState:
    user = request.user
    if not isinstance(user, User) or not contract.is_party(user):
        return messaging.ReadState(unread=0, ever_opened=True)  # only the parties' is kept
    return messaging.read_state(contract=contract, user=user)


def _payment_methods(request: HttpRequest, contract: Contract) -> list[Any]:
    user = request.user
    if not isinstance(user, User) or contract.role_of(user) != "client":
        return []
    return selectors.payment_methods_to_choose(user)


def _detail_context(request: HttpRequest, contract: Contract, **extra: Any) -> dict[str, Any]:
    role = contract.role_of(request.user)
    ordered = selectors.milestones_with_deliverables(contract)
    # Read once for every part of the page, each freeze with its milestone from `ordered`.
    selectors.page_freezes(contract, ordered)
    # The page's quote from the milestones it already read (no second SUM query).
    quote = quote_of(sum(m.amount_minor for m in ordered), contract.currency)
    hold_state = policy.hold_state(contract.screening_ref)
    # Feedback shows only on an ended contract's page: no query for the others.
    feedback = (
        feedback_for(contract, request.user, list(contract.feedback.select_related("author")))
        if contract.state == ContractState.ENDED
        else None
    )
    feedback_due = feedback is not None and feedback.open and feedback.own is None
    identity_review = identity.review_pending(contract)
    read_state = _read_state(request, contract)
    # The waiting refund requests, read once for the cards and the open request codes.
    pending_refunds = selectors.pending_refund_requests([m.pk for m in ordered])
    open_invitation = (
        selectors.open_invitation_of(contract) if contract.state == ContractState.INVITED else None
    )
    return {
        "contract": contract,
        "role": role,
        "progress": progress.steps(
            contract,
            ordered,
            invitation_expired=open_invitation is not None
            and open_invitation.expires_at <= clock.now(),
            role=role,
        ),
        "next_step": progress.next_step(
            contract,
            ordered,
            role,
            held=hold_state == "held",
            refused=hold_state == "confirmed",
            feedback_due=feedback_due,
            identity_check=bool(identity_review),
        ),
        "milestones": [
            {
                "obj": m,
                "state": selectors.card_state(contract, m),
                "state_class": selectors.card_state_class(contract, m),
                "amount": display(m.amount_minor, contract.currency),
                "client_pays": display(
                    quote_of(m.amount_minor, contract.currency).client_pays_by_card,
                    contract.currency,
                ),
            }
            for m in ordered
        ],
        "timeline": selectors.timeline_page(
            contract, role=role, before=cursor_from(request, "activity_before")
        ),
        "quote": quote.formatted(),
        "quote_minor": quote,
        # Once it has ended, what the money did replaces what it would cost.
        "money_so_far": selectors.money_so_far(contract, ordered)
        if contract.state == ContractState.ENDED
        else None,
        "open_invitation": open_invitation,
        "hold_state": hold_state,
        "identity_review": identity_review,
        # A milestone of an active contract still waits for the client's money (the page's
        # "start work only once funded" tip applies only then).
        "waiting_for_funding": contract.state == ContractState.ACTIVE
        and any(
            m.state in (MilestoneState.AWAITING_FUNDING, MilestoneState.FUNDING_PENDING)
            for m in ordered
        ),
        "category_name": policy.category_label(contract.category_slug, contract.catalog_version),
        "thread": selectors.thread_page(contract, before=cursor_from(request, "before")),
        "unread": read_state.unread,
        "read_state": read_state,
        "message_form": extra.pop("message_form", None) or MessageForm(),
        "cards": selectors.milestone_cards(contract, request.user, ordered, pending_refunds),
        "refund_problems": selectors.refund_problems(contract, ordered, role),
        "request_codes": signed_requests.open_codes_of(contract, ordered, pending_refunds),
        "server_now": clock.now(),
        "payment_methods": _payment_methods(request, contract),
        "proposals": selectors.pending_proposals(contract),
        "proposal_form": extra.pop("proposal_form", None)
        or ProposalForm(milestones=[(m.pk, f"{m.position}. {m.title}") for m in ordered]),
        "feedback": feedback,
        "feedback_window_days": settings.FEEDBACK_WINDOW_DAYS,
        "feedback_form": FeedbackForm(),
        "end_form": extra.pop("end_form", None) or EndForm(),
        **extra,
    }


# --- Creating and editing --------------------------------------------------------------


def _payout_currency_of(user: Any) -> str | None:
    """A new contract starts in the currency the freelancer is paid out in (their profile's),
    so that earnings and the bank account they added for payouts match."""
    profile = FreelancerProfile.objects.filter(user_id=user.pk).only("payout_currency").first()
    if profile is None or profile.payout_currency not in settings.SUPPORTED_CURRENCIES:
        return None
    return profile.payout_currency


def _contract_forms(
    request: HttpRequest, contract: Contract | None = None
) -> tuple[ContractForm, Any]:
    categories = policy.category_choices()
    if request.method == "POST":
        return ContractForm(request.POST, categories=categories), MilestoneFormSet(
            request.POST, prefix="m"
        )
    if contract is None:
        return ContractForm(
            initial={"currency": _payout_currency_of(request.user)}, categories=categories
        ), MilestoneFormSet(prefix="m")
    initial = {
        "client_name": contract.client_name,
        "client_email": contract.client_email,
        "title": contract.title,
        "description": contract.description,
        "category_slug": contract.category_slug,
        "currency": contract.currency,
        "review_period_days": contract.review_period_days,
    }
    rows = [
        {
            "title": m.title,
            "amount": from_minor(m.amount_minor, contract.currency),
            "due_date": m.due_date,
        }
        for m in selectors.milestones_of(contract)
    ]
    return ContractForm(initial=initial, categories=categories), MilestoneFormSet(
        prefix="m", initial=rows
    )


def _save_contract(
    request: HttpRequest, form: ContractForm, formset: Any, contract: Contract | None
) -> Contract | None:
    form_valid, formset_valid = form.is_valid(), formset.is_valid()
    currency = form.cleaned_data.get("currency")
    if not currency:
        return None
    # Amounts are read even when another field is wrong, so every error shows at once.
    milestones = milestone_inputs(formset, currency)
    if not (form_valid and formset_valid) or any(f.errors for f in formset.forms):
        return None
    fields = {k: v for k, v in form.cleaned_data.items()}
    if contract is None:
        return services.create_contract(freelancer=_user(request), milestones=milestones, **fields)
    return services.update_draft(
        contract=contract, by=_user(request), milestones=milestones, **fields
    )


def _amount_rules() -> dict[str, object]:
    """How the draft form's live fee line reads amounts: as the server does."""
    return amount_rules(MILESTONE_AMOUNT_CHARS)


def _fee_bps() -> dict[str, int]:
    """The fees the draft form's live calculator uses (the server's quote is the truth)."""
    return {"freelancer": settings.FREELANCER_FEE_BPS, "card": settings.CLIENT_CARD_FEE_BPS}


@login_required
@require_http_methods(["GET", "POST"])
def contract_create(request: HttpRequest) -> HttpResponse:
    form, formset = _contract_forms(request)
    context = {
        "form": form,
        "formset": formset,
        "editing": False,
        "fee_bps": _fee_bps(),
        "amount_rules": _amount_rules(),
    }
    if request.method == "POST":
        try:
            contract = _save_contract(request, form, formset, None)
        except DomainError as error:
            page = render(
                request, "contracts/form.html", {**context, "error": error}, status=error.status
            )
            return ratelimit.with_retry_after(page, error)
        if contract is None:
            return render(request, "contracts/form.html", context, status=400)
        messages.success(request, _saved_message(contract))
        return redirect("contracts:detail", contract_id=contract.pk)
    return render(request, "contracts/form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def contract_edit(request: HttpRequest, contract_id: int) -> HttpResponse:
    contract = _contract_or_404(request, contract_id)
    form, formset = _contract_forms(request, contract)
    context = {
        "form": form,
        "formset": formset,
        "editing": True,
        "contract": contract,
        "fee_bps": _fee_bps(),
        "amount_rules": _amount_rules(),
    }
    if request.method == "POST":
        try:
            saved = _save_contract(request, form, formset, contract)
        except DomainError as error:
            page = render(
                request, "contracts/form.html", {**context, "error": error}, status=error.status
            )
            return ratelimit.with_retry_after(page, error)
        if saved is None:
            return render(request, "contracts/form.html", context, status=400)
        messages.success(request, _saved_message(contract))
        return redirect("contracts:detail", contract_id=contract.pk)
    return render(request, "contracts/form.html", context)


def _saved_message(contract: Contract) -> str:
    contract.refresh_from_db()
    if policy.hold_state(contract.screening_ref) == "held":
        return "Draft saved. It is waiting for a review by Trust & Safety before it can be sent."
    return "Draft saved. Check the amounts and fees, then send the invitation."


def _act(request: HttpRequest, contract_id: int, action: Any, success: str) -> HttpResponse:
    """Run one freelancer action on a contract; a refusal re-renders the page with its reason."""
    contract = _contract_or_404(request, contract_id)
    try:
        action(contract=contract, by=_user(request))
    except DomainError as error:
        contract.refresh_from_db()
        return render(
            request,
            "contracts/detail.html",
            _detail_context(request, contract, error=error),
            status=error.status,
        )
    messages.success(request, success)
    return redirect("contracts:detail", contract_id=contract_id)


@login_required
@require_POST
def contract_send(request: HttpRequest, contract_id: int) -> HttpResponse:
    return _act(
        request, contract_id, invitations.send_invitation, "Invitation sent to your client."
    )


@login_required
@require_POST
def contract_resend(request: HttpRequest, contract_id: int) -> HttpResponse:
    return _act(
        request,
        contract_id,
        invitations.resend_invitation,
        "A new invitation link was sent; the old one no longer works.",
    )


@login_required
@require_POST
def contract_revoke(request: HttpRequest, contract_id: int) -> HttpResponse:
    return _act(
        request,
        contract_id,
        invitations.revoke_invitation,
        "Invitation withdrawn. The contract is a draft again.",
    )


@login_required
@require_POST
def contract_cancel(request: HttpRequest, contract_id: int) -> HttpResponse:
    return _act(request, contract_id, services.cancel_contract, "Contract cancelled.")


# --- The client's invitation -----------------------------------------------------------


def _invitation_or_problem(request: HttpRequest, token: str) -> tuple[Any, HttpResponse | None]:
    try:
        return invitations.open_invitation(token), None
    except DomainError as error:
        return None, render(
            request, "contracts/invitation_problem.html", {"error": error}, status=error.status
        )


def _access(request: HttpRequest) -> str | None:
    value = request.session.get(INVITATION_ACCESS_KEY)
    return value if isinstance(value, str) else None


def _invitation_context(request: HttpRequest, invitation: Any, **extra: Any) -> dict[str, Any]:
    contract = invitation.contract
    verified = invitations.has_access(invitation, _access(request))
    context: dict[str, Any] = {
        "invitation": invitation,
        "contract": contract,
        "token": extra.pop("token"),
        "verified": verified,
    }
    if verified:
        context.update(_detail_context(request, contract))
        account = invitations.existing_account(invitation)
        signed_in_as_it = account is not None and request.user.pk == account.pk
        context["returning_account"] = account is not None
        context["sign_in_url"] = (
            f"{reverse('accounts:sign_in')}?"
            f"{urlencode({'next': reverse('contracts:invitation', args=[context['token']])})}"
        )
        context["accept_form"] = extra.pop("accept_form", None) or AcceptForm(
            initial=_accept_initial(contract, account), new_account=account is None
        )
        context["can_accept"] = account is None or signed_in_as_it
        context["decline_form"] = extra.pop("decline_form", None) or DeclineForm()
        context["freelancer_card"] = selectors.freelancer_card(contract.freelancer)
    else:
        context["code_form"] = extra.pop("code_form", None) or CodeForm()
        context["code_sent"] = invitations.code_waiting(invitation)
        context["code_minutes"] = settings.INVITATION_CODE_MINUTES
    return {**context, **extra}


def _accept_initial(contract: Contract, account: User | None) -> dict[str, str]:
    profile = getattr(account, "client_profile", None) if account is not None else None
    if profile is None:
        return {"name": contract.client_name}
    return {"name": profile.name, "company": profile.company, "country": profile.country}


DEVICE_COOKIE = "dc_device"
CIRCUMVENTION_REFUSALS = {
    CircumventionErrorCode.EXISTING_ACCOUNT,
    CircumventionErrorCode.HELD_FOR_REVIEW,
}
DEVICE_COOKIE_AGE = 2 * 365 * 86400


def client_context(request: HttpRequest) -> ClientContext:
    return ClientContext(
        ip=request.META.get("REMOTE_ADDR") or None,
        user_agent=request.headers.get("User-Agent", "")[:300],
        device_id=request.COOKIES.get(DEVICE_COOKIE, "")[:64],
    )


def _invitation_page(
    request: HttpRequest, found: Any, token: str, *, status: int, **extra: Any
) -> HttpResponse:
    """The invitation page again, with a form's errors or a refusal's reason."""
    context = _invitation_context(request, found, token=token, **extra)
    return render(request, "contracts/invitation.html", context, status=status)


def invitation(request: HttpRequest, token: str) -> HttpResponse:
    found, problem = _invitation_or_problem(request, token)
    if problem:
        return problem
    device_id = request.COOKIES.get(DEVICE_COOKIE) or secrets.token_urlsafe(18)
    request.COOKIES[DEVICE_COOKIE] = device_id
    identity.record_invitation_opened(invitation=found, context=client_context(request))
    context = _invitation_context(request, found, token=token)
    response = render(request, "contracts/invitation.html", context)
    # A first-party device identifier: one of the circumvention signals.
    response.set_cookie(
        DEVICE_COOKIE,
        device_id,
        max_age=DEVICE_COOKIE_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response


@require_POST
def invitation_send_code(request: HttpRequest, token: str) -> HttpResponse:
    found, problem = _invitation_or_problem(request, token)
    if problem:
        return problem
    try:
        invitations.send_code(invitation=found)
    except DomainError as error:
        response = _invitation_page(request, found, token, status=error.status, error=error)
        return ratelimit.with_retry_after(response, error)
    # No banner: the page itself says where the code went and for how long it works.
    return redirect("contracts:invitation", token=token)


@require_POST
def invitation_verify(request: HttpRequest, token: str) -> HttpResponse:
    found, problem = _invitation_or_problem(request, token)
    if problem:
        return problem
    form = CodeForm(request.POST)
    if not form.is_valid():
        return _invitation_page(request, found, token, status=400, code_form=form)
    try:
        request.session[INVITATION_ACCESS_KEY] = invitations.verify_code(
            invitation=found, code=form.cleaned_data["code"]
        )
    except DomainError as error:
        # Every refusal of a code is about the code: shown at its field (and in the summary).
        form.add_error("code", ValidationError(error.message, code=error.code))
        return _invitation_page(request, found, token, status=error.status, code_form=form)
    return redirect("contracts:invitation", token=token)


def _held(error: DomainError) -> bool:
    return error.code == CircumventionErrorCode.HELD_FOR_REVIEW


@require_POST
def invitation_explain(request: HttpRequest, token: str) -> HttpResponse:
    """A client whose acceptance is held says who they are (proven by the emailed code)."""
    found, problem = _invitation_or_problem(request, token)
    if problem:
        return problem
    if not invitations.has_access(found, _access(request)):
        return redirect("contracts:invitation", token=token)
    try:
        identity.explain(contract=found.contract, text=request.POST.get("explanation", ""))
    except DomainError as error:
        return render(
            request,
            "contracts/invitation_refused.html",
            {"refusal": error, "token": token, "can_explain": error.status != 404},
            status=error.status,
        )
    return render(request, "contracts/invitation_explained.html", status=200)


@require_POST
def invitation_accept(request: HttpRequest, token: str) -> HttpResponse:
    found, problem = _invitation_or_problem(request, token)
    if problem:
        return problem
    form = AcceptForm(request.POST, new_account=invitations.existing_account(found) is None)
    if not form.is_valid():
        return _invitation_page(request, found, token, status=400, accept_form=form)
    data = form.cleaned_data
    try:
        result = invitations.accept_invitation(
            invitation=found,
            access=_access(request),
            password=data.get("password", ""),
            signed_in=request.user if isinstance(request.user, User) else None,
            name=data["name"],
            company=data["company"],
            country=data["country"],
            context=client_context(request),
        )
    except DomainError as error:
        if error.code in CIRCUMVENTION_REFUSALS:
            return render(
                request,
                "contracts/invitation_refused.html",
                {"refusal": error, "token": token, "can_explain": _held(error)},
                status=error.status,
            )
        if error.code == AccountErrorCode.WEAK_PASSWORD and "password" in form.fields:
            form.add_error("password", ValidationError(error.message, code=error.code))
            return _invitation_page(request, found, token, status=error.status, accept_form=form)
        return _invitation_page(
            request, found, token, status=error.status, accept_form=form, error=error
        )

    if result.created_account:
        start_session(request, result.client)
    request.session.pop(INVITATION_ACCESS_KEY, None)
    messages.success(
        request, "You accepted the contract. Fund the first milestone so the work can start."
    )
    # A fragment of its own: the form posts to "#accept-title", which a redirect without
    # one would carry over to the contract page.
    return redirect(reverse("contracts:detail", args=[result.contract.pk]) + "#main")


@require_POST
def invitation_decline(request: HttpRequest, token: str) -> HttpResponse:
    found, problem = _invitation_or_problem(request, token)
    if problem:
        return problem
    form = DeclineForm(request.POST)
    if not form.is_valid():
        return _invitation_page(request, found, token, status=400, decline_form=form)
    try:
        invitations.decline_invitation(
            invitation=found, access=_access(request), reason=form.cleaned_data["reason"]
        )
    except DomainError as error:
        return _invitation_page(
            request, found, token, status=error.status, decline_form=form, error=error
        )
    request.session.pop(INVITATION_ACCESS_KEY, None)
    return render(request, "contracts/invitation_declined.html", {"contract": found.contract})
