"""Writes on contracts before money moves: drafting, milestones, sending, cancelling.

Invitations (the client's side) live in `invitations.py`; money in `escrow.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from directcontracts.accounts.models import AccountKind, User, normalize_email
from directcontracts.contracts import policy
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.models import Contract, ContractState, Milestone, MilestoneState
from directcontracts.contracts.money import display, minimum_milestone
from directcontracts.contracts.states import next_step, record_event, state_in_words, transition
from directcontracts.core import clock, ratelimit
from directcontracts.core.errors import Conflict, CoreErrorCode, DomainError, PermissionDenied
from directcontracts.core.locks import lock_row


@dataclass(frozen=True)
class MilestoneInput:
    title: str
    amount_minor: int
    due_date: date | None = None
    description: str = ""


# --- Guards ---------------------------------------------------------------------------


def require_freelancer(user: User) -> None:
    if not user.is_freelancer:
        raise PermissionDenied(
            "Only freelancers and agency members can create Direct Contracts. "
            "Add a freelancer profile in your settings first.",
            code=ContractErrorCode.NOT_A_FREELANCER,
        )


def require_party(contract: Contract, user: User, role: str | None = None) -> None:
    actual = contract.role_of(user)
    if actual is None or (role is not None and actual != role):
        raise PermissionDenied(
            f"Only the contract's {role or 'parties'} can do this.",
            code=ContractErrorCode.WRONG_PARTY,
        )


def check_currency(currency: str) -> None:
    if currency not in settings.SUPPORTED_CURRENCIES:
        raise DomainError(
            ContractErrorCode.UNSUPPORTED_CURRENCY,
            f"Contracts can be in {', '.join(settings.SUPPORTED_CURRENCIES)}; {currency!r} is not supported.",
        )


def require_active(contract: Contract, *, action: str) -> None:
    """Money and changes need an active contract; the refusal names its state."""
    if contract.state != ContractState.ACTIVE:
        raise inactive_refusal(contract, action=action)


def inactive_refusal(contract: Contract, *, action: str) -> Conflict:
    return Conflict(
        ContractErrorCode.INVALID_TRANSITION,
        f"This contract is {state_in_words(contract)}; {action} only on an active "
        f"contract. {next_step(contract)}",
        current_state=contract.state,
    )


def _check_review_period(days: int) -> None:
    if not 1 <= days <= 60:
        raise DomainError(
            ContractErrorCode.INVALID_REVIEW_PERIOD, "The review period must be 1 to 60 days."
        )


def check_milestone_amount(amount_minor: int, currency: str) -> None:
    minimum = minimum_milestone(currency)
    if amount_minor < minimum:
        raise DomainError(
            ContractErrorCode.AMOUNT_TOO_SMALL,
            f"Each milestone must be at least {display(minimum, currency)}.",
            minimum_minor=minimum,
        )
    if amount_minor > settings.LEDGER_MAX_AMOUNT_MINOR:
        raise DomainError(
            ContractErrorCode.AMOUNT_TOO_LARGE,
            f"A milestone can be at most {display(settings.LEDGER_MAX_AMOUNT_MINOR, currency)}.",
        )


def _check_milestones(milestones: list[MilestoneInput], currency: str) -> None:
    if not milestones:
        raise DomainError(ContractErrorCode.NO_MILESTONES, "Add at least one milestone.")
    if len(milestones) > settings.MAX_MILESTONES_PER_CONTRACT:
        raise DomainError(
            ContractErrorCode.TOO_MANY_MILESTONES,
            f"A contract can have at most {settings.MAX_MILESTONES_PER_CONTRACT} milestones.",
        )
    for position, milestone in enumerate(milestones):
        check_milestone_title(milestone.title, field=f"milestones.{position}.title")
        check_milestone_amount(milestone.amount_minor, currency)
        check_due_date(
            milestone.due_date, field=f"milestones.{position}.due_date", name=milestone.title
        )


def latest_due_date(today: date) -> date:
    """The last day a milestone may be due: MILESTONE_DUE_DATE_MAX_YEARS from today (29
    February becomes 28 February in a year without it)."""
    year = today.year + settings.MILESTONE_DUE_DATE_MAX_YEARS
    try:
        return today.replace(year=year)
    except ValueError:
        return today.replace(year=year, day=28)


def check_due_date(due_date: date | None, *, field: str = "due_date", name: str = "") -> None:
    """A due date, when given, is today or later (a contract starts when it is accepted, so
    no earlier day can be in it) and at most MILESTONE_DUE_DATE_MAX_YEARS ahead. The
    refusal names the field, so the API and the web form show it there."""
    if due_date is None:
        return
    today = clock.now().date()
    subject = f"“{name}” is due" if name else "The due date is"
    latest = latest_due_date(today)
    if due_date < today:
        code = ContractErrorCode.INVALID_DUE_DATE
        message = f"{subject} in the past; choose today or a later day."
    elif due_date > latest:
        code = ContractErrorCode.DUE_DATE_TOO_FAR
        message = (
            f"{subject} too far ahead; choose a day within "
            f"{settings.MILESTONE_DUE_DATE_MAX_YEARS} years, by {latest:%-d %B %Y}."
        )
    else:
        return
    raise DomainError(code, message, fields=[{"field": field, "message": message}])


def check_client_email(*, email: str, freelancer: User) -> None:
    """An address the invitation can reach, of a client without a marketplace account."""
    _require_email_address(email)
    email = normalize_email(email)
    if email == freelancer.email:
        raise DomainError(
            ContractErrorCode.SELF_CONTRACT, "You can't invite yourself as the client."
        )
    existing = User.objects.get_by_email(email)
    if existing is not None and existing.account_kind == AccountKind.MARKETPLACE:
        raise DomainError(
            ContractErrorCode.MARKETPLACE_ACCOUNT,
            "This client already has a marketplace account, so this work belongs in the marketplace: "
            "ask them to hire you there. Direct Contracts are only for clients from outside the marketplace.",
        )


def _require_email_address(email: str) -> None:
    """The check the web form's EmailField makes, for every caller (the API too)."""
    try:
        validate_email(email.strip())
    except ValidationError:
        message = "Enter the client's email address, such as name@example.com."
        raise DomainError(
            CoreErrorCode.VALIDATION_ERROR,
            message,
            status=422,
            fields=[{"field": "client_email", "message": message}],
        ) from None


TITLE_MAX_LENGTH = 200
TITLE_MAX_WORD = 60


def check_title(title: str) -> None:
    """A contract's title: at most 200 characters, none of its words longer than 60 (a run
    of letters with no space is no word a person reads, and it widens every page showing it)."""
    title = title.strip()
    if len(title) > TITLE_MAX_LENGTH:
        message = f"Shorten the title to {TITLE_MAX_LENGTH} characters or fewer."
    elif any(len(word) > TITLE_MAX_WORD for word in title.split()):
        message = (
            f"Break up the long word in the title: a word can be at most "
            f"{TITLE_MAX_WORD} characters."
        )
    else:
        return
    raise DomainError(
        CoreErrorCode.VALIDATION_ERROR,
        message,
        status=422,
        fields=[{"field": "title", "message": message}],
    )


def check_milestone_title(title: str, *, field: str = "title") -> None:
    """A milestone's name follows the title's rule on words (they show side by side)."""
    if any(len(word) > TITLE_MAX_WORD for word in title.split()):
        message = (
            f"Break up the long word in the milestone's name: a word can be at most "
            f"{TITLE_MAX_WORD} characters."
        )
        raise DomainError(
            CoreErrorCode.VALIDATION_ERROR,
            message,
            status=422,
            fields=[{"field": field, "message": message}],
        )


def check_category(slug: str) -> int:
    """The category must be in the catalog in effect; returns that catalog's version."""
    return policy.catalog_version_for(slug)


# --- Drafting -------------------------------------------------------------------------


def create_contract(
    *,
    freelancer: User,
    client_email: str,
    client_name: str,
    title: str,
    description: str,
    category_slug: str,
    currency: str,
    milestones: list[MilestoneInput],
    review_period_days: int | None = None,
) -> Contract:
    """1. check the terms, 2. screen the texts (outside the transaction, so a refusal
    stays logged), 3. save the draft with its milestones and first timeline event."""
    require_freelancer(freelancer)
    check_title(title)
    check_currency(currency)
    review_period_days = review_period_days or settings.REVIEW_PERIOD_DAYS
    _check_review_period(review_period_days)
    _check_milestones(milestones, currency)
    check_client_email(email=client_email, freelancer=freelancer)
    catalog_version = check_category(category_slug)
    count_draft_saved(freelancer)
    screening_ref = _screen(title, description, milestones, freelancer)
    with transaction.atomic():
        contract = Contract.objects.create(
            freelancer=freelancer,
            client_email=normalize_email(client_email),
            client_name=client_name.strip(),
            title=title.strip(),
            description=description.strip(),
            category_slug=category_slug,
            catalog_version=catalog_version,
            currency=currency,
            review_period_days=review_period_days,
            screening_ref=screening_ref,
        )
        _replace_milestones(contract, milestones)
        record_event(
            contract=contract,
            actor=freelancer,
            kind="contract.created",
            to_state=ContractState.DRAFT,
        )
        _note_hold(contract, freelancer)
    return contract


def count_draft_saved(freelancer: User) -> None:
    """Count a draft created or edited, refusing it over DRAFT_SAVES_PER_HOUR (429
    `rate_limited`): each save screens every text of the draft, and a text sent to review is
    an item a Trust & Safety member must clear (hostile review, round G). Counted before
    screening, so held and blocked texts count too."""
    limit = settings.DRAFT_SAVES_PER_HOUR
    ratelimit.hit(
        f"contract-drafts:{freelancer.pk}",
        limit=limit,
        window_seconds=3600,
        message=f"You have saved {limit} drafts in the last hour, the most an hour allows.",
    )


def _screen(title: str, description: str, milestones: list[MilestoneInput], sender: User) -> str:
    texts = [f"{m.title}. {m.description}".strip() for m in milestones]
    return policy.screen_contract_text(
        title=title, description=description, texts=texts, sender_id=sender.pk
    )


def _note_hold(contract: Contract, actor: User) -> None:
    if contract.screening_ref:
        record_event(
            contract=contract,
            actor=actor,
            kind="contract.held_for_review",
            message="Trust & Safety will review this contract before it can be sent.",
        )


def require_not_held(contract: Contract) -> None:
    """A contract whose texts are under Trust & Safety review can't be sent yet."""
    state = policy.hold_state(contract.screening_ref)
    if state == "held":
        raise Conflict(
            ContractErrorCode.POLICY_HOLD,
            "Trust & Safety are reviewing this contract against the work policy; "
            "you can send it once they clear it. We'll tell you by email.",
        )
    if state == "confirmed":
        raise DomainError(
            ContractErrorCode.POLICY_BLOCKED,
            "Trust & Safety found this contract outside the work policy, so it can't be sent. "
            "Read the work policy at /categories/.",
            status=422,
        )


def _replace_milestones(contract: Contract, milestones: list[MilestoneInput]) -> None:
    contract.milestones.all().delete()
    Milestone.objects.bulk_create(
        [
            Milestone(
                contract=contract,
                position=index,
                title=m.title.strip(),
                description=m.description.strip(),
                amount_minor=m.amount_minor,
                due_date=m.due_date,
            )
            for index, m in enumerate(milestones, start=1)
        ]
    )


def _lock_contract(contract: Contract) -> Contract:
    return lock_row(Contract, contract.pk)


def update_draft(
    *,
    contract: Contract,
    by: User,
    client_email: str,
    client_name: str,
    title: str,
    description: str,
    category_slug: str,
    currency: str,
    milestones: list[MilestoneInput],
    review_period_days: int,
) -> Contract:
    """Drafts (and declined contracts) can be edited freely; a sent one only by agreement."""
    require_party(contract, by, "freelancer")
    _require_editable(contract)
    check_title(title)
    check_currency(currency)
    _check_review_period(review_period_days)
    _check_milestones(milestones, currency)
    check_client_email(email=client_email, freelancer=by)
    catalog_version = check_category(category_slug)
    count_draft_saved(by)
    screening_ref = _screen(title, description, milestones, by)
    with transaction.atomic():
        contract = _lock_contract(contract)
        _require_editable(contract)
        return _save_draft(
            contract,
            by=by,
            client_email=client_email,
            client_name=client_name,
            title=title,
            description=description,
            category_slug=category_slug,
            catalog_version=catalog_version,
            currency=currency,
            milestones=milestones,
            review_period_days=review_period_days,
            screening_ref=screening_ref,
        )


def _require_editable(contract: Contract) -> None:
    if contract.state not in (ContractState.DRAFT, ContractState.DECLINED):
        raise Conflict(
            ContractErrorCode.NOT_EDITABLE,
            f"This contract is {contract.state}: once sent, it changes only by a proposal the other side accepts.",
        )


def _save_draft(
    contract: Contract,
    *,
    by: User,
    client_email: str,
    client_name: str,
    title: str,
    description: str,
    category_slug: str,
    catalog_version: int,
    currency: str,
    milestones: list[MilestoneInput],
    review_period_days: int,
    screening_ref: str,
) -> Contract:
    contract.client_email = normalize_email(client_email)
    contract.client_name = client_name.strip()
    contract.title = title.strip()
    contract.description = description.strip()
    contract.category_slug = category_slug
    contract.catalog_version = check_category(category_slug)
    contract.currency = currency
    contract.review_period_days = review_period_days
    contract.updated_at = clock.now()
    contract.save(
        update_fields=[
            "client_email",
            "client_name",
            "title",
            "description",
            "category_slug",
            "catalog_version",
            "currency",
            "review_period_days",
            "updated_at",
        ]
    )
    _replace_milestones(contract, milestones)
    record_event(contract=contract, actor=by, kind="contract.edited")
    return contract


@transaction.atomic
def cancel_contract(*, contract: Contract, by: User, reason: str = "") -> Contract:
    require_party(contract, by, "freelancer")
    contract = _lock_contract(contract)
    was_invited = contract.state == ContractState.INVITED
    transition(
        contract, ContractState.CANCELLED, actor=by, kind="contract.cancelled", message=reason
    )
    contract.invitations.filter(revoked_at__isnull=True, answered_at__isnull=True).update(
        revoked_at=clock.now()
    )
    if was_invited:
        from directcontracts.contracts.invitations import tell_client_withdrawn

        tell_client_withdrawn(contract)
    return contract


def open_milestones_for_funding(contract: Contract, *, actor: User | None) -> None:
    """On acceptance every drafted milestone waits for the client's funding."""
    from directcontracts.contracts.signed_requests import sign_funding_request

    for milestone in contract.milestones.filter(state=MilestoneState.DRAFT):
        transition(
            milestone,
            MilestoneState.AWAITING_FUNDING,
            actor=actor,
            kind="milestone.awaiting_funding",
        )
        sign_funding_request(milestone)
