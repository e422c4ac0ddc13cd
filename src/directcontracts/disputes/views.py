"""Dispute pages for the parties and for Trust & Safety: thin views that parse a form, call
one service and render. A refusal re-renders the page with the service's message and the
HTTP status it carries, the same message the API gives."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from directcontracts.accounts.models import User
from directcontracts.contracts.access import get_contract_for_user, get_milestone_for_user
from directcontracts.contracts.deliverables import incoming_from_uploads
from directcontracts.contracts.models import (
    Contract,
    DeliverableFile,
    Message,
    Milestone,
    RefundRequest,
)
from directcontracts.contracts.money import display, from_minor, to_minor
from directcontracts.core import clock
from directcontracts.core.errors import DomainError, NotFound
from directcontracts.core.errors import PermissionDenied as CorePermissionDenied
from directcontracts.core.own_matter import is_party_refusal, says_why_not_theirs
from directcontracts.disputes import chargebacks, dormancy, selectors, services
from directcontracts.disputes.access import get_dispute_for_user, is_mediation_staff, mediates
from directcontracts.disputes.errors import DisputeErrorCode
from directcontracts.disputes.forms import (
    AnswerForm,
    OpenDisputeForm,
    QueueFilterForm,
    SharesForm,
    StaffNoteForm,
    StatementForm,
    WithdrawForm,
)
from directcontracts.disputes.history import history_of
from directcontracts.disputes.models import (
    OPEN_STATES,
    ChargebackState,
    Dispute,
    DisputeState,
    DormancyCase,
    DormancyState,
    Evidence,
    EvidenceKind,
    Party,
)

PAGE_SIZE = 20


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # noqa: S101 - guaranteed by @login_required
    return request.user


def _or_404(lookup: Callable[[], Any]) -> Any:
    try:
        return lookup()
    except NotFound as exc:
        raise Http404(exc.message) from None


def _evidence_choices(contract: Contract) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    files = (
        DeliverableFile.objects.filter(deliverable__milestone__contract=contract)
        .select_related("deliverable__milestone")
        .order_by("deliverable__milestone__position", "deliverable__number", "pk")[:50]
    )
    thread = (
        Message.objects.filter(contract=contract)
        .select_related("sender")
        .order_by("-created_at")[:50]
    )
    return (
        # A resubmission often repeats a file's name: the delivery's number tells them apart.
        [
            (f.pk, f"{f.deliverable.milestone.title}, delivery {f.deliverable.number}: {f.name}")
            for f in files
        ],
        [
            (m.pk, f"{m.created_at:%d %b %Y %H:%M} · {m.sender.display_name}: {m.body[:80]}")
            for m in thread
        ],
    )


def _statement_form(
    contract: Contract, data: Any = None, files: Any = None, *, opening: bool = False
) -> Any:
    deliverables, thread = _evidence_choices(contract)
    form_class = OpenDisputeForm if opening else StatementForm
    return form_class(data, files, deliverable_choices=deliverables, message_choices=thread)


def _evidence_from(data: dict[str, Any]) -> services.EvidenceInput:
    return services.EvidenceInput(
        files=incoming_from_uploads([f for f in data.get("evidence_files") or [] if f]),
        deliverable_file_ids=[int(pk) for pk in data.get("deliverable_files") or []],
        message_ids=[int(pk) for pk in data.get("messages") or []],
    )


def _first_error(form: Any) -> DomainError:
    first = next(iter(form.errors.values()))[0] if form.errors else "Check the form."
    return DomainError("validation_error", str(first), status=400)


# --- Opening --------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def open_dispute(request: HttpRequest, contract_id: int, milestone_id: int) -> HttpResponse:
    user = _user(request)
    milestone: Milestone = _or_404(lambda: get_milestone_for_user(user, contract_id, milestone_id))
    contract = milestone.contract
    refund_request = _declined_request(request, milestone)
    form: Any = _statement_form(contract, opening=True)
    error: DomainError | None = None
    status = 200
    try:
        # What opening would refuse (no money in escrow, an ended contract, a dispute already
        # open, a refund request waiting) is said before the form is offered, and before a
        # posted form's fields: the page answers with the reason and no form.
        services.check_open_dispute(milestone=milestone, by=user)
    except DomainError as refused:
        error, form, status = refused, None, refused.status
    if form is not None and request.method == "POST":
        form = _statement_form(contract, request.POST, request.FILES, opening=True)
        if not form.is_valid():
            status = 400
        else:
            try:
                dispute = services.open_dispute(
                    milestone=milestone,
                    by=user,
                    statement=form.cleaned_data["body"],
                    claim_minor=_claim_from(form, contract.currency),
                    evidence=_evidence_from(form.cleaned_data),
                    refund_request=refund_request,
                )
            except ValueError:
                status = 400  # the claim's own error is on its field
            except DomainError as refused:
                status = refused.status
                error = _at_field(form, refused, STATEMENT_FIELDS)
            else:
                messages.success(request, "Your dispute is open and the escrow is frozen.")
                return redirect("disputes:detail", dispute.pk)
    existing = Dispute.objects.open().filter(milestone=milestone).first()
    context = {
        "contract": contract,
        "milestone": milestone,
        "role": contract.role_of(user),
        "escrow": display(milestone.escrow_minor, contract.currency),
        "escrow_plain": from_minor(milestone.escrow_minor, contract.currency),
        "form": form,
        "error": error,
        "existing": existing,
        "refund_request": refund_request,
        "response_days": settings.DISPUTE_RESPONSE_DAYS,
    }
    return render(request, "disputes/open.html", context, status=status)


# A refusal about one field is shown at that field (and in the page's error summary).
STATEMENT_FIELDS: dict[str, str] = {
    DisputeErrorCode.INVALID_AMOUNT: "claim",
    DisputeErrorCode.STATEMENT_REQUIRED: "body",
    DisputeErrorCode.TEXT_INVALID: "body",
    DisputeErrorCode.EVIDENCE_INVALID: "evidence_files",
    DisputeErrorCode.TOO_MUCH_EVIDENCE: "evidence_files",
}
SHARES_FIELDS: dict[str, str] = {
    DisputeErrorCode.INVALID_AMOUNT: "to_freelancer",
    DisputeErrorCode.SPLIT_MISMATCH: "to_freelancer",
    DisputeErrorCode.REASON_REQUIRED: "reason",
    DisputeErrorCode.TEXT_INVALID: "reason",
}


def _claim_from(form: Any, currency: str) -> int | None:
    """The claim in minor units (None: all of the escrow); a typed amount that is not one
    goes on the claim field and raises ValueError."""
    claim = form.cleaned_data["claim"].strip()
    if not claim:
        return None
    try:
        return to_minor(claim, currency)
    except ValueError as exc:
        form.add_error("claim", ValidationError(str(exc), code=DisputeErrorCode.INVALID_AMOUNT))
        raise


def _at_field(form: Any, refused: DomainError, fields: dict[str, str]) -> DomainError | None:
    """Puts the service's refusal on the field it is about; returns it when it is about
    no field (the page shows it at the top)."""
    field = fields.get(refused.code)
    if field is None:
        return refused
    form.add_error(field, ValidationError(refused.message, code=refused.code))
    return None


def _declined_request(request: HttpRequest, milestone: Milestone) -> RefundRequest | None:
    raw = request.GET.get("refund_request", "")
    if not raw.isdigit() or len(raw) > 12:
        return None
    return RefundRequest.objects.filter(pk=int(raw), milestone=milestone).first()


# --- The dispute page -----------------------------------------------------------------------


def _detail_context(request: HttpRequest, dispute: Dispute, **extra: Any) -> dict[str, Any]:
    user = _user(request)
    role = dispute.role_of(user)
    staff = mediates(user, dispute)
    proposal = selectors.latest_proposal(dispute)
    held = dispute.milestone.escrow_minor if dispute.is_open else 0
    return {
        "dispute": dispute,
        "contract": dispute.contract,
        "milestone": dispute.milestone,
        "role": role,
        "state_label": dispute.state_label_for(role),
        "staff": staff,
        "contract_url": selectors.contract_url(
            dispute.contract,
            user,
            back_office=selectors.may_open_contracts_in_back_office(user),
        ),
        "countdown": selectors.countdown_of(dispute),
        "server_now": clock.now(),
        "statements": list(selectors.statements_of(dispute)),
        "proposal": proposal,
        "my_answer": proposal.answer_of(role) if proposal and role else "",
        "history": history_of(
            dispute, selectors.events_for(dispute, user)[:500], user, staff=staff
        ),
        "staff_notes": selectors.staff_notes_for(dispute, user),
        "statement_form": _statement_form(dispute.contract) if role and dispute.is_open else None,
        "answer_form": AnswerForm(),
        "withdraw_form": WithdrawForm(),
        "shares_form": SharesForm(initial={"to_freelancer": "", "to_client": ""}),
        "note_form": StaffNoteForm(),
        "held": display(held, dispute.currency),
        "can_withdraw": role == dispute.opener_role and dispute.is_open,
        "can_answer": role is not None
        and dispute.state == DisputeState.PROPOSAL_MADE
        and proposal is not None
        and not proposal.answer_of(role),
        "can_mediate": staff and dispute.is_open and dispute.mediator_id is None and role is None,
        "can_propose": staff
        and role is None
        and dispute.state == DisputeState.IN_MEDIATION
        and dispute.mediator_id in (None, user.pk),
        "can_decide": staff
        and role is None
        and dispute.state == DisputeState.AWAITING_DECISION
        and dispute.mediator_id != user.pk
        and not dispute.proposals.filter(proposed_by=user).exists(),
        "shares": _shares(dispute, proposal),
        "default_note": services.default_note(dispute, role) if role else "",
        "answer_days": settings.DISPUTE_ANSWER_DAYS,
        **extra,
    }


def _shares(dispute: Dispute, proposal: Any) -> dict[str, str]:
    def money(value: int | None) -> str:
        return display(value, dispute.currency) if value is not None else ""

    return {
        "claim": money(dispute.claim_minor),
        "amount": money(dispute.amount_minor),
        "proposal": services.describe_shares(
            dispute, proposal.to_freelancer_minor, proposal.to_client_minor
        )
        if proposal
        else "",
        "outcome": services.describe_shares(
            dispute, dispute.to_freelancer_minor or 0, dispute.to_client_minor or 0
        )
        if dispute.to_freelancer_minor is not None
        else "",
        "fee": money(dispute.fee_minor),
    }


def _dispute_or_404(request: HttpRequest, dispute_id: int) -> Dispute:
    user = _user(request)
    dispute: Dispute = _or_404(lambda: get_dispute_for_user(user, dispute_id))
    return dispute


@login_required
@require_GET
def dispute_detail(request: HttpRequest, dispute_id: int) -> HttpResponse:
    dispute = _dispute_or_404(request, dispute_id)
    return render(request, "disputes/detail.html", _detail_context(request, dispute))


def _act(
    request: HttpRequest,
    dispute_id: int,
    form_class: Any,
    act: Callable[[Dispute, Any], Any],
    done: str,
    *,
    form_name: str = "",
    fields: dict[str, str] | None = None,
) -> HttpResponse:
    """Run one POSTed step; a refusal re-renders the dispute page with its reason.
    `form_class` is a form class, or a function of the dispute that builds the bound form;
    `act` gets the dispute and the valid form (None without one). With `form_name`, the bound
    form goes back to the page under that name, each error at its field (a refusal too, when
    `fields` maps its code to one); any other refusal is shown at the top."""
    dispute = _dispute_or_404(request, dispute_id)
    form = None
    if isinstance(form_class, type):
        form = form_class(request.POST, request.FILES)
    elif form_class is not None:
        form = form_class(dispute)
    error: DomainError | None = None
    status = 0
    if form is not None and not form.is_valid():
        status = 400
        error = None if form_name else _first_error(form)
    else:
        try:
            act(dispute, form)
        except ValueError as exc:
            status = 400
            if not (form_name and form is not None and form.errors):
                error = DomainError("validation_error", str(exc), status=400)
        except DomainError as refused:
            status = refused.status
            error = _at_field(form, refused, fields or {}) if form_name else refused
    if status:
        context = _detail_context(request, _dispute_or_404(request, dispute_id), error=error)
        if form_name and context.get(form_name) is not None:
            context[form_name] = form
        elif form is not None and form.errors and error is None:
            context["error"] = _first_error(form)  # the form is no longer on the page
        return render(request, "disputes/detail.html", context, status=status)
    messages.success(request, done)
    return redirect("disputes:detail", dispute_id)


@login_required
@require_POST
def add_statement(request: HttpRequest, dispute_id: int) -> HttpResponse:
    def bound(dispute: Dispute) -> Any:
        return _statement_form(dispute.contract, request.POST, request.FILES)

    def act(dispute: Dispute, form: Any) -> None:
        data = form.cleaned_data
        services.add_statement(
            dispute=dispute, by=_user(request), body=data["body"], evidence=_evidence_from(data)
        )

    return _act(
        request,
        dispute_id,
        bound,
        act,
        "Your statement was added.",
        form_name="statement_form",
        fields=STATEMENT_FIELDS,
    )


@login_required
@require_POST
def answer(request: HttpRequest, dispute_id: int, decision: str) -> HttpResponse:
    if decision not in ("accept", "reject"):
        raise Http404("No such answer.")

    def act(dispute: Dispute, form: Any) -> None:
        services.answer_proposal(
            dispute=dispute,
            by=_user(request),
            accept=decision == "accept",
            note=form.cleaned_data["note"],
        )

    done = "You accepted the proposal." if decision == "accept" else "You rejected the proposal."
    return _act(request, dispute_id, AnswerForm, act, done)


@login_required
@require_POST
def withdraw(request: HttpRequest, dispute_id: int) -> HttpResponse:
    def act(dispute: Dispute, form: Any) -> None:
        services.withdraw_dispute(
            dispute=dispute, by=_user(request), reason=form.cleaned_data["reason"]
        )

    return _act(request, dispute_id, WithdrawForm, act, "The dispute was withdrawn.")


@login_required
@require_GET
def evidence_file(request: HttpRequest, evidence_id: int) -> HttpResponseBase:
    item = Evidence.objects.select_related("statement").filter(pk=evidence_id).first()
    if item is None:
        raise Http404("No such evidence.")
    dispute = _dispute_or_404(request, item.statement.dispute_id)
    if item.kind == EvidenceKind.FILE:
        return FileResponse(
            item.file.open("rb"),
            as_attachment=True,
            filename=item.name,
            content_type=item.content_type,
        )
    if (
        item.kind == EvidenceKind.DELIVERABLE
        and item.deliverable_file is not None
        and mediates(request.user, dispute)
    ):
        record = item.deliverable_file
        return FileResponse(
            record.file.open("rb"),
            as_attachment=True,
            filename=record.name,
            content_type=record.content_type,
        )
    raise Http404("This evidence has no file to download here.")


@login_required
@require_GET
def my_disputes(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    page = Paginator(selectors.disputes_of(user), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "disputes/list.html", {"page": page, "items": _rows(page, user)})


def _rows(page: Any, viewer: User) -> list[tuple[Dispute, selectors.InWords, str]]:
    """Each dispute of the page in the viewer's words (its state, its deadline and what then
    happens to them) and where the viewer may open its contract."""
    back_office = selectors.may_open_contracts_in_back_office(viewer)
    return [
        (
            d,
            selectors.in_words_for(d, d.role_of(viewer)),
            selectors.contract_url(d.contract, viewer, back_office=back_office),
        )
        for d in page.object_list
    ]


# --- Trust & Safety -----------------------------------------------------------------------------


def _require_staff_page(request: HttpRequest) -> User:
    user = _user(request)
    if not is_mediation_staff(user):
        raise Http404("Not found.")
    return user


@login_required
@require_GET
def staff_queue(request: HttpRequest) -> HttpResponse:
    user = _require_staff_page(request)
    states = [(s, DisputeState(s).label) for s in DisputeState.values if s in OPEN_STATES]
    form = QueueFilterForm(request.GET or None, states=states)
    state, mine = "", False
    if form.is_valid():
        state, mine = form.cleaned_data["state"], form.cleaned_data["mine"]
    rows = selectors.staff_queue(viewer=user, state=state, mine_of=user if mine else None)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    items = _rows(page, user)
    return render(
        request,
        "disputes/staff_queue.html",
        {"form": form, "page": page, "items": items, "filtered": bool(state or mine)},
    )


@login_required
@require_POST
def mediate(request: HttpRequest, dispute_id: int) -> HttpResponse:
    def act(dispute: Dispute, form: Any) -> None:
        services.take_mediation(dispute=dispute, by=_user(request))

    return _act(request, dispute_id, None, act, "You mediate this dispute.")


def _shares_from(form: Any, currency: str) -> tuple[int, int]:
    """Both shares in minor units; a share that is not an amount goes on its own field (and
    raises ValueError once both were read)."""
    shares: dict[str, int] = {}
    for name in ("to_freelancer", "to_client"):
        try:
            shares[name] = to_minor(form.cleaned_data[name], currency)
        except ValueError as exc:
            form.add_error(name, ValidationError(str(exc), code=DisputeErrorCode.INVALID_AMOUNT))
    if len(shares) < 2:
        raise ValueError("A share is not an amount.")
    return shares["to_freelancer"], shares["to_client"]


def _shares_step(
    request: HttpRequest, dispute_id: int, step: Callable[..., Any], done: str
) -> HttpResponse:
    """A proposal or a decision: the shares typed in the currency's major units."""

    def act(dispute: Dispute, form: Any) -> None:
        to_freelancer, to_client = _shares_from(form, dispute.currency)
        step(
            dispute=dispute,
            by=_user(request),
            to_freelancer_minor=to_freelancer,
            to_client_minor=to_client,
            reason=form.cleaned_data["reason"],
        )

    return _act(
        request, dispute_id, SharesForm, act, done, form_name="shares_form", fields=SHARES_FIELDS
    )


@login_required
@require_POST
def propose(request: HttpRequest, dispute_id: int) -> HttpResponse:
    return _shares_step(
        request, dispute_id, services.propose, "Your proposal was sent to both parties."
    )


@login_required
@require_POST
def decide(request: HttpRequest, dispute_id: int) -> HttpResponse:
    """Deciding asks first: the confirmation page states what moves, and its button posts
    the same shares again with `confirmed` and the escrow it showed (`escrow_seen`)."""
    seen = request.POST.get("escrow_seen", "")
    if request.POST.get("confirmed") != "on" or not (seen.isdigit() and len(seen) <= 20):
        # No confirmation, or one that does not say what escrow held: ask (again).
        return _confirm_decision(request, dispute_id)

    def step(*, dispute: Dispute, **decision: Any) -> None:
        # The escrow the page showed is checked in the service, under the milestone's lock.
        services.decide(dispute=dispute, escrow_seen_minor=int(seen), **decision)

    return _shares_step(request, dispute_id, step, "The decision was executed.")


def _confirm_decision(request: HttpRequest, dispute_id: int) -> HttpResponse:
    """The first step: the shares and the reason, checked as `decide` checks them, moving
    nothing; a refusal re-renders the dispute page as the decision itself would."""
    dispute = _dispute_or_404(request, dispute_id)
    form = SharesForm(request.POST)
    error: DomainError | None = None
    status = 400
    if form.is_valid():
        try:
            to_freelancer, to_client = _shares_from(form, dispute.currency)
            services.check_decision(
                dispute=dispute,
                by=_user(request),
                to_freelancer_minor=to_freelancer,
                to_client_minor=to_client,
                reason=form.cleaned_data["reason"],
            )
        except ValueError as exc:
            if not form.errors:
                error = DomainError("validation_error", str(exc), status=400)
        except DomainError as refused:
            status = refused.status
            error = _at_field(form, refused, SHARES_FIELDS)
        else:
            currency = dispute.currency
            return render(
                request,
                "disputes/decide_confirm.html",
                {
                    "dispute": dispute,
                    "milestone": dispute.milestone,
                    "held": display(dispute.milestone.escrow_minor, currency),
                    "to_freelancer": display(to_freelancer, currency),
                    "to_client": display(to_client, currency),
                    "raw_to_freelancer": from_minor(to_freelancer, currency),
                    "raw_to_client": from_minor(to_client, currency),
                    "reason": form.cleaned_data["reason"],
                    "escrow_seen": dispute.milestone.escrow_minor,
                },
            )
    context = _detail_context(request, dispute, error=error)
    context["shares_form"] = form
    return render(request, "disputes/detail.html", context, status=status)


@login_required
@require_POST
def add_note(request: HttpRequest, dispute_id: int) -> HttpResponse:
    def act(dispute: Dispute, form: Any) -> None:
        services.add_staff_note(dispute=dispute, by=_user(request), body=form.cleaned_data["body"])

    return _act(request, dispute_id, StaffNoteForm, act, "Note added.")


@login_required
@require_GET
def chargeback_list(request: HttpRequest) -> HttpResponse:
    user = _require_chargeback_reader(request)
    state = request.GET.get("state", "")
    state = state if state in ChargebackState.values else ""
    q = " ".join(request.GET.get("q", "").split())[: selectors.CHARGEBACK_SEARCH_MAX]
    page = Paginator(
        selectors.chargebacks_for_staff(viewer=user, state=state, q=q), PAGE_SIZE
    ).get_page(request.GET.get("page"))
    back_office = selectors.may_open_contracts_in_back_office(user)
    now = clock.now()
    return render(
        request,
        "disputes/chargeback_list.html",
        {
            "page": page,
            "rows": [
                (
                    c,
                    selectors.contract_url(c.contract, user, back_office=back_office),
                    selectors.respond_by(c, now),
                )
                for c in page.object_list
            ],
            "state": state,
            "q": q,
            "state_label": ChargebackState(state).label if state else "",
            "states": ChargebackState.choices,
            "may_open_disputes": is_mediation_staff(user),
        },
    )


def _require_chargeback_reader(request: HttpRequest) -> User:
    user = _user(request)
    if not chargebacks.may_read_chargebacks(user):
        raise Http404("Not found.")
    return user


def _case_or_404(request: HttpRequest, case_id: int) -> Any:
    user = _user(request)
    return _or_404(lambda: chargebacks.get_case_for_staff(user, case_id))


def _pack_case_or_refuse(request: HttpRequest, case_id: int, *, form: str) -> Any:
    user = _user(request)
    try:
        return _or_404(lambda: chargebacks.open_evidence_pack(user, case_id, form=form))
    except CorePermissionDenied as refused:
        if is_party_refusal(refused):
            raise  # `says_why_not_theirs` answers it, with its code
        raise DjangoPermissionDenied(refused.message) from None


@login_required
@require_GET
@says_why_not_theirs
def chargeback_detail(request: HttpRequest, case_id: int) -> HttpResponse:
    case = chargebacks.ensure_evidence_pack(_case_or_404(request, case_id))
    return render(request, "disputes/chargeback_detail.html", _case_context(request, case))


def _case_context(request: HttpRequest, case: Any, **extra: Any) -> dict[str, Any]:
    user = _user(request)
    back_office = selectors.may_open_contracts_in_back_office(user)
    return {
        "case": case,
        "bundle": case.evidence,
        "contract_url": selectors.contract_url(case.contract, user, back_office=back_office),
        "may_submit": chargebacks.may_handle_chargebacks(user),
        "may_open_pack": chargebacks.may_open_pack_of(user, case),
        "pack_refused": chargebacks.pack_refusal(user, case),
        **extra,
    }


@login_required
@require_GET
@says_why_not_theirs
def chargeback_pdf(request: HttpRequest, case_id: int) -> HttpResponseBase:
    case = _pack_case_or_refuse(request, case_id, form="pdf")
    return FileResponse(
        case.evidence_pdf.open("rb"),
        as_attachment=True,
        filename=f"chargeback-{case.pk}-evidence.pdf",
        content_type="application/pdf",
    )


@login_required
@require_GET
@says_why_not_theirs
def chargeback_json(request: HttpRequest, case_id: int) -> HttpResponse:
    case = _pack_case_or_refuse(request, case_id, form="json")
    response = HttpResponse(chargebacks.evidence_json(case), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="chargeback-{case.pk}-evidence.json"'
    return response


@login_required
@require_POST
@says_why_not_theirs
def chargeback_submit(request: HttpRequest, case_id: int) -> HttpResponse:
    """Submitting asks first (the bank takes one pack per chargeback, and it can't be taken
    back): a post without `confirmed` shows what goes, and posting again sends it."""
    case = _case_or_404(request, case_id)
    try:
        if request.POST.get("confirmed") != "on":
            chargebacks.check_submission(case=case, by=_user(request))
            return render(
                request,
                "disputes/chargeback_submit_confirm.html",
                _case_context(request, chargebacks.ensure_evidence_pack(case)),
            )
        chargebacks.submit_evidence(case=case, by=_user(request))
    except DomainError as error:
        case.refresh_from_db()
        return render(
            request,
            "disputes/chargeback_detail.html",
            _case_context(request, case, error=error),
            status=error.status,
        )
    messages.success(request, "The evidence pack was submitted through the payment gateway.")
    return redirect("disputes:chargeback", case.pk)


# --- Dormant escrow --------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def dormant(request: HttpRequest, contract_id: int) -> HttpResponse:
    user = _user(request)
    contract: Contract = _or_404(lambda: get_contract_for_user(user, contract_id))
    error: DomainError | None = None
    if request.method == "POST":
        try:
            dormancy.request_release(contract=contract, by=user)
        except DomainError as refused:
            error = refused
        else:
            messages.success(
                request, "Release requested: the client has 14 days to approve or dispute."
            )
            return redirect(reverse("disputes:dormant", args=[contract.pk]))
    case = DormancyCase.objects.filter(contract=contract).order_by("-id").first()
    return render(
        request,
        "disputes/dormant.html",
        {
            "contract": contract,
            "case": case,
            "role": contract.role_of(user),
            # Once dormant, only what was dormant is at stake (not money paid in since).
            "held": display(
                dormancy.dormant_held(case)
                if case is not None and case.dormant_at is not None
                else dormancy.escrow_held(contract),
                contract.currency,
            ),
            "can_request": case is not None
            and case.state == DormancyState.FREELANCER_WINDOW
            and contract.role_of(user) == Party.FREELANCER,
            "error": error,
        },
        status=error.status if error else 200,
    )
