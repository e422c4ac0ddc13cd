"""Pages for money on milestones, changes, ending and earnings: thin views over the services."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import capfirst
from django.views.decorators.http import require_http_methods, require_POST

from directcontracts.accounts.models import FreelancerProfile, User
from directcontracts.contracts import (
    billing,
    changes,
    deliverables,
    earnings,
    escrow,
    messaging,
    paying,
    selectors,
)
from directcontracts.contracts.access import get_milestone_for_user
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.forms import (
    ApproveForm,
    ChangesForm,
    EndForm,
    ExtendForm,
    FeedbackForm,
    FundForm,
    PaymentMethodForm,
    PayoutMethodForm,
    ProposalForm,
    RefundAnswerForm,
    RefundForm,
    RefundRequestForm,
    SubmitWorkForm,
    WithdrawForm,
)
from directcontracts.contracts.fundable import why_unfundable
from directcontracts.contracts.models import (
    ChangeProposal,
    Contract,
    ContractState,
    Milestone,
    MilestoneState,
    RefundRequest,
)
from directcontracts.contracts.money import display, fee_of, from_minor, to_minor
from directcontracts.contracts.services import inactive_refusal
from directcontracts.contracts.views import (
    _contract_or_404,
    _detail_context,
    _user,
    client_context,
)
from directcontracts.core.errors import DomainError, NotFound, PermissionDenied
from directcontracts.core.pagination import cursor_from
from directcontracts.payments import charges, payouts
from directcontracts.payments.charges import payment_method_for
from directcontracts.payments.errors import PaymentErrorCode
from directcontracts.payments.models import PaymentMethod, PayoutMethod


def _milestone_or_404(request: HttpRequest, contract_id: int, milestone_id: int) -> Milestone:
    try:
        return get_milestone_for_user(request.user, contract_id, milestone_id)
    except NotFound as exc:
        raise Http404(exc.message) from None


def _back_to(contract: Contract, anchor: str = "") -> HttpResponse:
    return redirect(
        reverse("contracts:detail", args=[contract.pk]) + (f"#{anchor}" if anchor else "")
    )


def _refused(
    request: HttpRequest, contract: Contract, error: DomainError, **extra: Any
) -> HttpResponse:
    contract.refresh_from_db()
    context = _detail_context(request, contract, error=error, **extra)
    return render(request, "contracts/detail.html", context, status=error.status)


def _state_refusal(contract: Contract, *, action: str = "money moves") -> DomainError | None:
    """What the contract's state refuses, whatever the form holds: checked before the form,
    so a mistyped field on an ended contract answers what a correct one would (409 and the
    state's reason), not a form error about an action that is no longer possible. `action`
    words it as the service does ("money moves" for escrow's)."""
    if contract.state == ContractState.ACTIVE:
        return None
    return inactive_refusal(contract, action=action)


def _first_error(form: Any) -> DomainError:
    """The form's first error, named by its field's label: these forms' refusals show at the
    top of the contract page, far from the field, where "This field is required." alone
    would not say which box was left empty."""
    if not form.errors:
        return DomainError("validation_error", "Check the form.", status=400)
    name, errors = next(iter(form.errors.items()))
    message = str(errors[0])
    label = str(form[name].label) if name in form.fields else ""
    if label:
        message = f"{label} {message}" if label.endswith("?") else f"{label}: {message}"
    return DomainError("validation_error", message, status=400)


def _invalid(request: HttpRequest, contract: Contract, form: Any) -> HttpResponse:
    return _refused(request, contract, _first_error(form))


def _milestone_action(
    request: HttpRequest,
    contract_id: int,
    milestone_id: int,
    form_class: type,
    act: Callable[..., Any],
    done: str | Callable[[Milestone], str],
) -> HttpResponse:
    """Run one POSTed milestone action; a refusal re-renders the contract with its reason.
    `done` is the success message, or makes it from the milestone after the action."""
    milestone = _milestone_or_404(request, contract_id, milestone_id)
    contract = milestone.contract
    if (refused := _state_refusal(contract)) is not None:
        return _refused(request, contract, refused)
    form = form_class(request.POST)
    if not form.is_valid():
        return _invalid(request, contract, form)
    try:
        act(milestone, form.cleaned_data)
    except ValueError as exc:
        return _refused(request, contract, DomainError("validation_error", str(exc), status=400))
    except DomainError as error:
        return _refused(request, contract, error)
    milestone.refresh_from_db()
    messages.success(request, done if isinstance(done, str) else done(milestone))
    return _back_to(contract, f"milestone-{milestone.pk}")


# --- Funding -------------------------------------------------------------------------------


def _say_where_the_payment_is(request: HttpRequest, funded: Milestone) -> None:
    """After Pay: taken by the processor (pending until it settles), or not answered yet (the
    processor was out of reach: the request is sent again with the same key, so it can't be
    charged twice). Each names who else is told ("we'll tell you both" read as "both what?")."""
    freelancer = funded.contract.freelancer.display_name
    if funded.state == MilestoneState.AWAITING_FUNDING:
        messages.info(
            request,
            "Your payment is on its way: the card processor has not answered yet. There is "
            "nothing more to do: we send it again within minutes as the same payment, so you "
            f"can't be charged twice, and we'll tell you and {freelancer} when it is taken.",
        )
        return
    messages.success(
        request,
        "Payment received. It is pending until your bank or card settles it; we'll tell you "
        f"and {freelancer} when the money is in escrow.",
    )


def _why_not_payable(contract: Contract, milestone: Milestone, user: User) -> DomainError | None:
    """Why this page offers no "Pay" button (its message is the page's note, its status the
    page's: 409 once the contract or milestone is past paying, 403 for the freelancer), or
    None when the client can pay now."""
    if contract.client_id != user.pk:
        return PermissionDenied(
            "Only the client pays milestones into escrow.", code=ContractErrorCode.WRONG_PARTY
        )
    unfundable = why_unfundable(milestone)
    if unfundable is None:
        return None
    refusal = unfundable.refusal
    return DomainError(refusal.code, unfundable.for_parties, status=refusal.status)


@login_required
@require_http_methods(["GET", "POST"])
def payment_method_remove(
    request: HttpRequest, contract_id: int, milestone_id: int, method_id: int
) -> HttpResponse:
    """Remove a card or bank account (a declined card too), asked from the funding page."""
    milestone = _milestone_or_404(request, contract_id, milestone_id)
    back = reverse(
        "contracts:fund",
        kwargs={"contract_id": milestone.contract_id, "milestone_id": milestone.pk},
    )
    return _remove_method(request, method_id, back=back)


@login_required
@require_http_methods(["GET", "POST"])
def milestone_fund(request: HttpRequest, contract_id: int, milestone_id: int) -> HttpResponse:
    milestone = _milestone_or_404(request, contract_id, milestone_id)
    contract = milestone.contract
    user = _user(request)
    method_form = PaymentMethodForm(initial={"holder_name": user.full_name})
    error: DomainError | None = None
    if request.method == "POST" and (
        refused := _state_refusal(
            contract,
            action="payment methods are added" if "number" in request.POST else "money moves",
        )
    ):
        error = refused
    elif request.method == "POST" and "number" in request.POST:
        method_form = PaymentMethodForm(request.POST)
        if method_form.is_valid():
            try:
                paying.add_payment_method(
                    contract=contract,
                    client=user,
                    context=client_context(request),
                    **method_form.cleaned_data,
                )
            except DomainError as refused:
                if not _refused_at_number_field(method_form, "number", refused):
                    error = refused
            else:
                messages.success(request, "Payment method added.")
                return redirect(request.path)
    elif request.method == "POST":
        fund_form = FundForm(request.POST)
        if not fund_form.is_valid():
            error = _first_error(fund_form)
        else:
            method = PaymentMethod.objects.filter(
                owner=user, pk=fund_form.cleaned_data["payment_method"], removed_at__isnull=True
            ).first()
            try:
                if method is None:
                    raise NotFound(
                        "Choose one of your payment methods.", code="payment_method_not_found"
                    )
                funded = paying.fund(
                    milestone=milestone,
                    client=user,
                    method=method,
                    context=client_context(request),
                    idempotency_key=f"web:{fund_form.cleaned_data['attempt']}",
                )
            except DomainError as refused:
                error = refused
            else:
                _say_where_the_payment_is(request, funded)
                return _back_to(contract, f"milestone-{milestone.pk}")
    methods = selectors.payment_methods_to_choose(user)
    cannot_pay = _why_not_payable(contract, milestone, user)
    context = {
        "contract": contract,
        "milestone": milestone,
        "cannot_pay": cannot_pay.message if cannot_pay else "",
        # Only the client of an active contract adds a method here (paying.add_payment_method).
        "can_add_method": contract.client_id == user.pk and contract.state == ContractState.ACTIVE,
        "amount": display(milestone.amount_minor, contract.currency),
        "methods": [
            {
                "obj": m,
                "total": display(
                    milestone.amount_minor + escrow.client_fee_for(m, milestone.amount_minor),
                    contract.currency,
                ),
                "fee": display(escrow.client_fee_for(m, milestone.amount_minor), contract.currency),
            }
            for m in methods
        ],
        "method_form": method_form,
        "attempt": secrets.token_hex(12),
        "error": error,
    }
    return render(
        request,
        "contracts/fund.html",
        context,
        status=_fund_page_status(error, method_form, cannot_pay),
    )


# The payment provider's refusals of a mistyped number, said at the number's field (where
# the person looks, and marked invalid for screen readers) with how to put it right.
_NUMBER_REFUSALS = {
    "invalid_card_number": "Check the digits printed on the card and type them again.",
    "invalid_account_number": "Check it against a bank statement and type it again.",
}


def _refused_at_number_field(form: Any, field: str, error: DomainError) -> bool:
    """Put a mistyped card or account number's refusal at `field`; False for other refusals."""
    hint = _NUMBER_REFUSALS.get(error.code)
    if hint is None:
        return False
    form.add_error(field, f"{error.message} {hint}")
    return True


def _fund_page_status(
    error: DomainError | None, method_form: PaymentMethodForm, cannot_pay: DomainError | None
) -> int:
    """A refused form's status first; then a page that can't take a payment says so in its
    status as in its words (the same page, with the reason and no Pay button)."""
    if error is not None:
        return error.status
    if method_form.errors:
        return 400
    return cannot_pay.status if cannot_pay is not None else 200


# --- Delivery and review ---------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def milestone_submit(request: HttpRequest, contract_id: int, milestone_id: int) -> HttpResponse:
    milestone = _milestone_or_404(request, contract_id, milestone_id)
    form: SubmitWorkForm | None = SubmitWorkForm(request.POST or None, request.FILES or None)
    error: DomainError | None = None
    try:
        # What submitting would refuse (an ended contract, a milestone not waiting for work)
        # is said before the form is offered: the page answers with the reason and no form.
        escrow.check_submit(milestone=milestone, by=_user(request))
    except DomainError as refused:
        error, form = refused, None
    if form is not None and request.method == "POST" and form.is_valid():
        try:
            files = deliverables.incoming_from_uploads(form.cleaned_data["attachments"])
            submitted = escrow.submit_work(
                milestone=milestone,
                by=_user(request),
                message=form.cleaned_data["message"],
                files=files,
            )
        except DomainError as refused:
            error = refused
        else:
            # Delivered into a frozen escrow, the review clock waits for the freeze to lift.
            messages.success(
                request,
                "Work submitted. The client's review period has started."
                if submitted.review_deadline is not None
                else "Work submitted. The client's review clock stays stopped while the escrow "
                "is frozen: it starts when the freeze is lifted.",
            )
            return _back_to(milestone.contract, f"milestone-{milestone.pk}")
    status = error.status if error else (400 if form is not None and form.errors else 200)
    return render(
        request,
        "contracts/submit.html",
        {"milestone": milestone, "contract": milestone.contract, "form": form, "error": error},
        status=status,
    )


@login_required
@require_POST
def milestone_approve(request: HttpRequest, contract_id: int, milestone_id: int) -> HttpResponse:
    """Approving asks first: the amount released, the fee, what the freelancer receives and
    that it cannot be undone; the confirmation posts again with `confirmed`."""
    if request.POST.get("confirmed") != "on":
        return _confirm_release(request, contract_id, milestone_id)

    def act(m: Milestone, data: dict[str, Any]) -> None:
        user = _user(request)
        # Only needed to release more than escrow holds: it pays the difference.
        method_id = data.get("payment_method")
        method = payment_method_for(user, method_id) if method_id else None
        seen = request.POST.get("escrow_seen", "")
        escrow.approve_milestone(
            milestone=m,
            by=user,
            amount_minor=_amount_or_none_from(data, m),
            method=method,
            # What the confirmation showed: a refund since then changes what this charges.
            escrow_seen=int(seen) if seen.isdigit() and len(seen) <= 20 else None,
        )

    return _milestone_action(
        request,
        contract_id,
        milestone_id,
        ApproveForm,
        act,
        _approved_message,
    )


def _confirm_release(request: HttpRequest, contract_id: int, milestone_id: int) -> HttpResponse:
    """The first step: shows what releasing will do, or refuses at the field what the release
    itself would refuse (escrow.check_release makes the same checks as approve_milestone)."""
    milestone = _milestone_or_404(request, contract_id, milestone_id)
    contract = milestone.contract
    if (refused := _state_refusal(contract)) is not None:
        return _refused(request, contract, refused)
    form = ApproveForm(request.POST)
    if not form.is_valid():
        return _invalid(request, contract, form)
    user = _user(request)
    if contract.client_id != user.pk:
        return _refused(
            request,
            contract,
            DomainError("wrong_party", "Only the client approves and releases.", status=403),
        )
    raw_amount = (request.POST.get("amount") or "").strip()
    method: PaymentMethod | None = None
    try:
        try:
            amount_minor = _amount_or_none_from(form.cleaned_data, milestone)
        except ValueError as exc:
            raise DomainError("validation_error", str(exc), status=400) from None
        method_id = form.cleaned_data.get("payment_method")
        method = payment_method_for(user, method_id) if method_id else None
        amount = escrow.check_release(
            milestone=milestone, by=user, amount_minor=amount_minor, method=method
        )
    except DomainError as error:
        return _refused(
            request,
            contract,
            error,
            approve_error=_release_error_at(error, milestone, raw_amount, method),
        )
    milestone.refresh_from_db()
    currency = contract.currency
    # Above escrow, escrow is released now and the difference is charged to `method` like a
    # milestone (with its payment fee), released by itself once it settles: two releases,
    # each with its own service fee.
    from_escrow = min(amount, milestone.escrow_minor)
    extra = amount - from_escrow
    extra_fee = escrow.client_fee_for(method, extra) if method and extra else 0
    fee = escrow.release_fee(milestone, from_escrow) + (
        fee_of(extra, settings.FREELANCER_FEE_BPS) if extra else 0
    )
    return render(
        request,
        "contracts/approve_confirm.html",
        {
            "contract": contract,
            "milestone": milestone,
            "form_data": form.cleaned_data,
            "raw_amount": raw_amount,
            "release": display(amount, currency),
            "from_escrow": display(from_escrow, currency),
            "fee": display(fee, currency),
            "net": display(amount - fee, currency),
            "partial": amount < milestone.escrow_minor,
            "has_extra": extra > 0,
            "extra": display(extra, currency),
            "extra_fee": display(extra_fee, currency),
            "extra_total": display(extra + extra_fee, currency),
            "method": method,
            "rest": display(max(0, milestone.escrow_minor - amount), currency),
            "escrow_seen": milestone.escrow_minor,
        },
    )


def _release_error_at(
    error: DomainError, milestone: Milestone, raw_amount: str, method: PaymentMethod | None
) -> dict[str, Any] | None:
    """Which field of the milestone's release form a refusal concerns, for its message there;
    None when it concerns no field (not the client, frozen, nothing in escrow)."""
    if error.code == PaymentErrorCode.METHOD_NOT_FOUND or (
        error.code == ContractErrorCode.AMOUNT_TOO_LARGE and method is None
    ):
        field = "payment_method"
    elif error.code in {
        "validation_error",
        ContractErrorCode.AMOUNT_TOO_SMALL,
        ContractErrorCode.AMOUNT_TOO_LARGE,
    }:
        field = "amount"
    else:
        return None
    return {
        "milestone_id": milestone.pk,
        "field": field,
        "message": error.message,
        "amount": raw_amount,
        "method_id": method.pk if method else None,
    }


def _approved_message(milestone: Milestone) -> str:
    if milestone.in_escrow and escrow.bonus_in_flight(milestone) is not None:
        # The bonus's charge is unanswered (the processor out of reach): nothing moved yet.
        return (
            "Your approval is on its way: the card processor has not answered the bonus "
            "payment yet. There is nothing more to do: we send it again within minutes as the "
            "same payment, so you can't be charged twice. The milestone is released with the "
            "bonus once it is taken, and we'll tell you if it is not."
        )
    if milestone.state != MilestoneState.PARTIALLY_RELEASED:
        # By name, as the confirmation before it says "Priya Raman receives".
        freelancer = milestone.contract.freelancer.display_name
        return f"Approved: the money was released to {freelancer}."
    currency = milestone.contract.currency
    return (
        f"Released {display(milestone.released_amount_minor, currency)}. The remaining "
        f"{display(milestone.escrow_minor, currency)} stays in escrow until the freelancer "
        "agrees to refund it to you; you can still release it."
    )


def _amount_or_none_from(data: dict[str, Any], milestone: Milestone) -> int | None:
    raw = (data.get("amount") or "").strip()
    return to_minor(raw, milestone.contract.currency) if raw else None


@login_required
@require_POST
def milestone_request_changes(
    request: HttpRequest, contract_id: int, milestone_id: int
) -> HttpResponse:
    def act(m: Milestone, data: dict[str, Any]) -> None:
        escrow.request_changes(milestone=m, by=_user(request), message=data["message"])

    return _milestone_action(
        request,
        contract_id,
        milestone_id,
        ChangesForm,
        act,
        # In the client's words, not the review clock's: what stops, and until when.
        lambda m: (
            "Changes requested: the automatic release is paused until "
            f"{m.contract.freelancer.display_name} delivers again."
        ),
    )


@login_required
@require_POST
def milestone_extend(request: HttpRequest, contract_id: int, milestone_id: int) -> HttpResponse:
    def act(m: Milestone, data: dict[str, Any]) -> None:
        escrow.extend_review(milestone=m, by=_user(request), days=data["days"])

    return _milestone_action(
        request, contract_id, milestone_id, ExtendForm, act, "Review period extended."
    )


@login_required
@require_POST
def milestone_refund(request: HttpRequest, contract_id: int, milestone_id: int) -> HttpResponse:
    # The escrow the form was rendered with: a second submit of it refunds nothing again.
    seen = request.POST.get("escrow_seen", "")

    def act(m: Milestone, data: dict[str, Any]) -> None:
        escrow.refund_milestone(
            milestone=m,
            by=_user(request),
            amount_minor=_amount_or_none_from(data, m),
            reason=data["reason"],
            escrow_seen=int(seen) if seen.isdigit() and len(seen) <= 20 else None,
        )

    return _milestone_action(
        request, contract_id, milestone_id, RefundForm, act, "Refunded to the client."
    )


@login_required
@require_POST
def refund_request_create(
    request: HttpRequest, contract_id: int, milestone_id: int
) -> HttpResponse:
    def act(m: Milestone, data: dict[str, Any]) -> None:
        escrow.request_refund(
            milestone=m,
            by=_user(request),
            reason=data["reason"],
            amount_minor=_amount_or_none_from(data, m),
        )

    return _milestone_action(
        request,
        contract_id,
        milestone_id,
        RefundRequestForm,
        act,
        "Refund requested. The freelancer has a week to answer; if they don't, the money is refunded.",
    )


@login_required
@require_POST
def refund_request_answer(request: HttpRequest, request_id: int, answer: str) -> HttpResponse:
    if answer not in ("accept", "decline"):
        raise Http404("Answer a refund request with accept or decline.")
    found = (
        RefundRequest.objects.select_related("milestone__contract").filter(pk=request_id).first()
    )
    if found is None or not found.milestone.contract.is_party(request.user):
        raise Http404("No such refund request.")
    contract = found.milestone.contract
    if (refused := _state_refusal(contract)) is not None:
        return _refused(request, contract, refused)
    form = RefundAnswerForm(request.POST)
    if not form.is_valid():
        return _invalid(request, contract, form)
    try:
        escrow.answer_refund_request(
            request=found,
            by=_user(request),
            accept=answer == "accept",
            note=form.cleaned_data["note"],
        )
    except DomainError as error:
        return _refused(request, contract, error)
    messages.success(
        request, "Refunded to the client." if answer == "accept" else "Refund request declined."
    )
    return _back_to(contract, f"milestone-{found.milestone_id}")


# --- Delivered files ---------------------------------------------------------------------------


def _serve(record: Any, field: str, *, as_attachment: bool) -> FileResponse:
    stored = getattr(record, field)
    response = FileResponse(
        stored.open("rb"),
        as_attachment=as_attachment,
        filename=record.name if as_attachment else "",
    )
    response["Content-Type"] = "image/jpeg" if field == "preview" else record.content_type
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def file_preview(request: HttpRequest, file_id: int) -> HttpResponseBase:
    try:
        record = deliverables.open_preview(user=_user(request), file_id=file_id)
    except NotFound as exc:
        raise Http404(exc.message) from None
    except DomainError as error:  # still being prepared
        return HttpResponse(
            error.message, status=error.status, content_type="text/plain; charset=utf-8"
        )
    return _serve(record, "preview", as_attachment=False)


@login_required
def file_download(request: HttpRequest, file_id: int) -> HttpResponseBase:
    try:
        record = deliverables.open_full_file(user=_user(request), file_id=file_id)
    except NotFound as exc:
        raise Http404(exc.message) from None
    except DomainError as error:
        return HttpResponse(
            error.message, status=error.status, content_type="text/plain; charset=utf-8"
        )
    return _serve(record, "file", as_attachment=True)


@login_required
def message_file(request: HttpRequest, attachment_id: int) -> HttpResponseBase:
    try:
        found = messaging.open_attachment(user=_user(request), attachment_id=attachment_id)
    except NotFound as exc:
        raise Http404(exc.message) from None
    return _serve(found, "file", as_attachment=True)


# --- Changes, ending, feedback -------------------------------------------------------------------


def _contract_action(
    request: HttpRequest,
    contract_id: int,
    form_class: type,
    act: Callable[..., Any],
    done: str,
    anchor: str,
) -> HttpResponse:
    contract = _contract_or_404(request, contract_id)
    form = form_class(
        request.POST,
        **({"milestones": _milestone_choices(contract)} if form_class is ProposalForm else {}),
    )
    if not form.is_valid():
        return _invalid(request, contract, form)
    try:
        act(contract, form.cleaned_data)
    except ValueError as exc:
        return _refused(request, contract, DomainError("validation_error", str(exc), status=400))
    except DomainError as error:
        return _refused(request, contract, error)
    messages.success(request, done)
    return _back_to(contract, anchor)


def _milestone_choices(contract: Contract) -> list[tuple[int, str]]:
    return [(m.pk, f"{m.position}. {m.title}") for m in selectors.milestones_of(contract)]


@login_required
@require_POST
def proposal_create(request: HttpRequest, contract_id: int) -> HttpResponse:
    contract = _contract_or_404(request, contract_id)
    if (refused := _state_refusal(contract, action="changes are proposed")) is not None:
        return _refused(request, contract, refused)
    form = ProposalForm(request.POST, milestones=_milestone_choices(contract))
    if not form.is_valid():
        # The errors at their fields, in the form opened again, not in a banner far above.
        context = _detail_context(request, contract, proposal_form=form)
        return render(request, "contracts/detail.html", context, status=400)

    def act(contract: Contract, data: dict[str, Any]) -> None:
        milestone = (
            contract.milestones.filter(pk=data["milestone"]).first() if data["milestone"] else None
        )
        raw = (data.get("amount") or "").strip()
        changes.propose_change(
            contract=contract,
            by=_user(request),
            kind=data["kind"],
            milestone=milestone,
            title=data["title"],
            amount_minor=to_minor(raw, contract.currency) if raw else None,
            due_date=data["due_date"],
            note=data["note"],
        )

    return _contract_action(
        request,
        contract_id,
        ProposalForm,
        act,
        "Change proposed; the other party will be asked to accept it.",
        "changes",
    )


def _proposal_or_404(request: HttpRequest, proposal_id: int) -> ChangeProposal:
    proposal = ChangeProposal.objects.select_related("contract").filter(pk=proposal_id).first()
    if proposal is None or not proposal.contract.is_party(request.user):
        raise Http404("No such proposal.")
    return proposal


@login_required
@require_POST
def proposal_answer(request: HttpRequest, proposal_id: int, answer: str) -> HttpResponse:
    if answer not in ("accept", "decline"):
        raise Http404("Answer a proposal with accept or decline.")
    proposal = _proposal_or_404(request, proposal_id)
    act = changes.accept_change if answer == "accept" else changes.decline_change
    try:
        answered = act(proposal=proposal, by=_user(request))
    except DomainError as error:
        return _refused(request, proposal.contract, error)
    messages.success(
        request,
        changes.accepted_change_message(answered, _user(request))
        if answer == "accept"
        else "Change declined.",
    )
    return _back_to(proposal.contract, "changes")


@login_required
@require_POST
def contract_end(request: HttpRequest, contract_id: int) -> HttpResponse:
    contract = _contract_or_404(request, contract_id)
    try:
        changes.check_can_end(contract)  # an ended contract says so, ticked box or not
    except DomainError as error:
        return _refused(request, contract, error)
    form = EndForm(request.POST)
    if not form.is_valid():
        # Unconfirmed (or a bad reason): the box opened again, the error at its field, the
        # reason kept.
        context = _detail_context(request, contract, end_form=form)
        return render(request, "contracts/detail.html", context, status=400)

    def act(contract: Contract, data: dict[str, Any]) -> None:
        changes.end_contract(contract=contract, by=_user(request), reason=data["reason"])

    return _contract_action(
        request,
        contract_id,
        EndForm,
        act,
        "The contract has ended. You can leave feedback now.",
        "feedback",
    )


@login_required
@require_POST
def contract_feedback(request: HttpRequest, contract_id: int) -> HttpResponse:
    contract = _contract_or_404(request, contract_id)
    try:
        changes.require_feedback_open(contract)
    except DomainError as error:
        return _refused(request, contract, error)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        # The errors at their fields and in the form's summary, not in a banner far above.
        context = _detail_context(request, contract, feedback_form=form)
        return render(request, "contracts/detail.html", context, status=400)

    def act(contract: Contract, data: dict[str, Any]) -> None:
        changes.leave_feedback(
            contract=contract, by=_user(request), rating=data["rating"], comment=data["comment"]
        )

    return _contract_action(
        request, contract_id, FeedbackForm, act, "Thank you for your feedback.", "feedback"
    )


# --- Earnings and payouts --------------------------------------------------------------------------


def _earnings_context(user: User, payouts_page: str | None = None, **extra: Any) -> dict[str, Any]:
    """`payouts_page`: the page of the payouts table asked for (`?page=`), the first if none;
    a release's link to its payout goes to the page that payout is on."""
    methods = PayoutMethod.objects.filter(owner=user, removed_at__isnull=True)
    # Holds and payouts read once for the summary, the rows, the holds banner and the pager.
    facts = earnings.facts_of(user)
    summary = earnings.summary(user, facts)
    page = earnings.PayoutsPaginator(
        earnings.payouts_of(user),
        earnings.PAYOUTS_PER_PAGE,
        known_count=sum(int(found["count"]) for found in facts.payouts.values()),
    ).get_page(payouts_page)
    return {
        "summary": summary,
        "holds": facts.active_holds,
        "chart": earnings.monthly_chart(user, currency=earnings.main_currency(summary)),
        "releases": earnings.releases_of(
            user,
            payouts_page=page.number,
            below_minimum={
                row["currency"]: row["minimum_payout"] for row in summary if row["below_minimum"]
            },
            facts=facts,
        ),
        "payouts": page.object_list,
        "page": page,
        "methods": methods,
        # The withdraw form only when some currency holds enough to pay out: a form that can
        # only be refused is no offer. A stale page's request is still refused (`withdraw`).
        "can_withdraw": any(row["payable"] for row in summary),
        # Something ready but below the smallest payout: the only case where the card needs
        # to say when the form appears (otherwise "Nothing ... can be withdrawn yet" said it).
        "below_minimum": any(
            row["withdrawable_minor"] > 0 and not row["payable"] for row in summary
        ),
        # The account holder is usually the freelancer, as on the client's card form.
        "method_form": extra.pop("method_form", None)
        or PayoutMethodForm(
            initial={
                "holder_name": user.full_name,
                "currency": _currency_to_add(user, summary, methods),
            }
        ),
        "withdraw_form": extra.pop("withdraw_form", None)
        or WithdrawForm(
            methods=[(m.pk, capfirst(str(m))) for m in methods],
            initial={
                "attempt": secrets.token_hex(12),
                "amount": _whole_balance_to_offer(summary, methods),
            },
        ),
        **extra,
    }


def _whole_balance_to_offer(summary: list[dict[str, Any]], methods: Any) -> str | None:
    """The amount the withdraw form starts with: everything withdrawable now in the currency
    of the first bank account (the one the form selects), as most people withdraw it all;
    an empty field was refused with "This field is required". None when that currency holds
    less than the smallest payout."""
    first = next(iter(methods), None)
    if first is None:
        return None
    row = next((r for r in summary if r["currency"] == first.currency and r["payable"]), None)
    return from_minor(row["withdrawable_minor"], first.currency) if row else None


def _currency_to_add(user: User, summary: list[dict[str, Any]], methods: Any) -> str | None:
    """The currency a new bank account most likely needs: that of money waiting to be
    withdrawn with no bank account in its currency (a payout is made in the balance's own
    currency), else the one the profile says payouts are made in."""
    have = {method.currency for method in methods}
    waiting = [row["currency"] for row in summary if row["withdrawable_minor"] > 0]
    return next((c for c in waiting if c not in have), None) or _payout_currency(user)


def _payout_currency(user: User) -> str | None:
    profile = FreelancerProfile.objects.filter(user_id=user.pk).only("payout_currency").first()
    return profile.payout_currency if profile else None


def _not_a_freelancer(request: HttpRequest, user: User) -> HttpResponse | None:
    """The refusal page for an account without earnings (a client-only one), or None."""
    try:
        paying.require_freelancer_for_payouts(user)
    except DomainError as error:
        return render(
            request, "contracts/earnings_refused.html", {"error": error}, status=error.status
        )
    return None


@login_required
def earnings_page(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if refused := _not_a_freelancer(request, user):
        return refused
    return render(
        request, "contracts/earnings.html", _earnings_context(user, request.GET.get("page"))
    )


@login_required
@require_POST
def payout_method_add(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if refused := _not_a_freelancer(request, user):
        return refused
    form = PayoutMethodForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "contracts/earnings.html",
            _earnings_context(user, method_form=form),
            status=400,
        )
    try:
        paying.add_payout_method(freelancer=user, **form.cleaned_data)
    except DomainError as error:
        if _refused_at_number_field(form, "account_number", error):
            return render(
                request,
                "contracts/earnings.html",
                _earnings_context(user, method_form=form),
                status=400,
            )
        return render(
            request,
            "contracts/earnings.html",
            _earnings_context(user, method_form=form, error=error),
            status=error.status,
        )
    messages.success(request, "Payout method added.")
    return redirect("contracts:earnings")


@login_required
@require_POST
def payout_request(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if refused := _not_a_freelancer(request, user):
        return refused
    methods = PayoutMethod.objects.filter(owner=user, removed_at__isnull=True)
    form = WithdrawForm(request.POST, methods=[(m.pk, capfirst(str(m))) for m in methods])
    if not form.is_valid():
        return render(
            request,
            "contracts/earnings.html",
            _earnings_context(user, withdraw_form=form),
            status=400,
        )
    try:
        method = payouts.payout_method_for(user, form.cleaned_data["payout_method"])
        amount = to_minor(form.cleaned_data["amount"], method.currency)
        paying.withdraw(
            freelancer=user,
            method=method,
            amount_minor=amount,
            # The browser sends `attempt`: the person's id keeps it theirs (payout keys are
            # unique across everyone, and another freelancer's equal value was a 500).
            idempotency_key=f"web:{user.pk}:{form.cleaned_data['attempt']}",
        )
    except ValueError as exc:
        error = DomainError("validation_error", str(exc))
        return render(
            request,
            "contracts/earnings.html",
            _earnings_context(user, withdraw_form=form, error=error),
            status=400,
        )
    except DomainError as error:
        if error.code == ContractErrorCode.PAYOUTS_ON_HOLD:
            error = _on_hold_here(error, method.currency)
        elif error.code == ContractErrorCode.AMOUNT_TOO_LARGE:
            error = _other_currency_refusal(user, error, method) or error
        return render(
            request,
            "contracts/earnings.html",
            _earnings_context(user, withdraw_form=form, error=error),
            status=error.status,
        )
    messages.success(request, "Payout requested. It is pending until the bank confirms it.")
    return redirect("contracts:earnings")


def _other_currency_refusal(
    user: User, error: DomainError, method: PayoutMethod
) -> DomainError | None:
    """A payout to a bank account in a currency the balance is not in (a EUR account, a USD
    balance) would read "You can withdraw up to €0.00 now": say that payouts are made in the
    currency earned, and which account to add instead."""
    if int(error.details.get("withdrawable_minor", 0)) > 0:
        return None
    elsewhere = [
        row
        for row in earnings.summary(user)
        if row["currency"] != method.currency and row["withdrawable_minor"] > 0
    ]
    if not elsewhere:
        return None
    row = elsewhere[0]
    message = (
        f"This bank account takes {method.currency}, and you have nothing in {method.currency} "
        f"to withdraw. Payouts are made in the currency you earned: to withdraw your "
        f"{row['withdrawable']} in {row['currency']}, add a bank account in {row['currency']} "
        "under Payout methods below and choose it here."
    )
    return DomainError(error.code, message, status=error.status, **error.details)


def _on_hold_here(error: DomainError, currency: str) -> DomainError:
    """A payout above what holds leave, refused on the earnings page: the page shows each hold
    with its reason just below, so the refusal says what to enter instead of repeating them
    (with a link back to this same page, as the API's and the email's words have)."""
    withdrawable = int(error.details["withdrawable_minor"])
    can_take = display(withdrawable, currency)
    message = (
        f"You can withdraw up to {can_take} now: the rest of your balance is held from "
        f"payouts, as the notice below explains. Enter {can_take} or less."
        if withdrawable > 0
        else "Nothing can be withdrawn now: your balance is held from payouts, as the notice "
        "below explains."
    )
    return DomainError(error.code, message, status=error.status, **error.details)


# --- The client's billing page ---------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def billing_page(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    method_form = PaymentMethodForm(initial={"holder_name": user.full_name})
    error: DomainError | None = None
    if request.method == "POST":
        method_form = PaymentMethodForm(request.POST)
        if method_form.is_valid():
            try:
                paying.add_payment_method_for_billing(
                    client=user, context=client_context(request), **method_form.cleaned_data
                )
            except DomainError as refused:
                if not _refused_at_number_field(method_form, "number", refused):
                    error = refused
            else:
                messages.success(request, "Payment method added.")
                return redirect("contracts:billing")
    can_add = paying.can_add_payment_method_for_billing(user)
    context = {
        "payments": billing.payments_page(user, before=cursor_from(request, "before")),
        "refunds": billing.refunds_of(user),
        "methods": billing.methods_of(user),
        "method_form": method_form,
        "can_add_method": can_add,
        "why_no_method": "" if can_add else paying.why_no_payment_method(user),
        "error": error,
    }
    status = error.status if error else (400 if method_form.errors else 200)
    return render(request, "contracts/billing.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def billing_method_remove(request: HttpRequest, method_id: int) -> HttpResponse:
    return _remove_method(request, method_id, back=reverse("contracts:billing") + "#methods-title")


def _remove_method(request: HttpRequest, method_id: int, *, back: str) -> HttpResponse:
    """GET asks (which card, what happens to the payments in progress with it); the POST
    from that page removes it. A POST without the page's answer asks first too."""
    user = _user(request)
    try:
        method = payment_method_for(user, method_id)
    except NotFound as missing:
        # Another person's card answers like one that does not exist (it is not theirs to know).
        return render(
            request, "404.html", {"code": missing.code, "message": missing.message}, status=404
        )
    if request.method == "POST" and request.POST.get("confirm") == "remove":
        charges.remove_payment_method(owner=user, method_id=method.pk)
        messages.success(request, f"{method.label[:1].upper()}{method.label[1:]} removed.")
        return redirect(back)
    context = {
        "method": method,
        "pending": billing.pending_payments_with(method),
        "back": back,
    }
    return render(request, "contracts/method_remove.html", context)
