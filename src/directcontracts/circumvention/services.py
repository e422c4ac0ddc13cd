"""Writes: keeping the account index current, checking clients, resolving held checks.

Design: `check_client` is the one entry point later contract code calls at invitation
acceptance, payment-method creation and funding. Its steps:
1. record the identity signals the client gave at this check point;
2. normalise them into a profile and fetch candidates through the blocking-key indexes;
3. score them with the same Fellegi-Sunter matcher the command line uses, and decide with the
   thresholds from settings;
4. store a CircumventionCheck with both sides' values and the deciding signals; a `review`
   decision is held for Trust & Safety (the admin's held list until cases exist).
The caller turns the decision into words with `refusal_for_client` / `refusal_for_freelancer`:
the freelancer is never told which other account the client holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from django.conf import settings
from django.db import transaction

from directcontracts.accounts.models import User
from directcontracts.circumvention import selectors
from directcontracts.circumvention.errors import CircumventionErrorCode
from directcontracts.circumvention.matcher import (
    ALLOW,
    RECORD_FIELDS,
    REVIEW,
    Profile,
    Signal,
    Thresholds,
    best_match,
    profile_from_record,
)
from directcontracts.circumvention.models import (
    CHECKPOINT_WORDS,
    Checkpoint,
    CircumventionCheck,
    IdentitySignal,
    MarketplaceAccount,
)
from directcontracts.circumvention.normalize import email_key
from directcontracts.core import clock
from directcontracts.core.concerns import Concern, raise_concern
from directcontracts.core.errors import DomainError
from directcontracts.core.validation import (
    CONTROL_CHARACTERS,
    find_control_character,
    message_for,
)

RAW_FIELDS = ("email", "name", "phone", "country", "company", "payment_fingerprint", "device_id")


def current_thresholds() -> Thresholds:
    return Thresholds(
        block=settings.CIRCUMVENTION_BLOCK_SCORE, review=settings.CIRCUMVENTION_REVIEW_SCORE
    )


def _clean(value: Any, limit: int) -> str:
    return "" if value is None else str(value).strip()[:limit]


def account_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """Raw and normalised MarketplaceAccount columns for one record (id excluded)."""
    profile = profile_from_record(record)
    raw = {name: _clean(record.get(name), 200) for name in RAW_FIELDS}
    raw["email"] = _clean(record.get("email"), 254)
    raw["country"] = _clean(record.get("country"), 2).upper()
    raw["ip_address"] = _clean(record.get("ip"), 45)
    return raw | selectors.account_columns(profile)


@transaction.atomic
def import_marketplace_accounts(
    *, records: Iterable[Mapping[str, Any]], batch_size: int = 2000
) -> int:
    """Create or refresh imported accounts by their external id; returns how many."""
    count = 0
    batch: list[MarketplaceAccount] = []
    update_fields = [f for f in account_fields({}).keys()]

    profiles: dict[str, Profile] = {}

    def flush() -> None:
        MarketplaceAccount.objects.bulk_create(
            batch,
            update_conflicts=True,
            unique_fields=["source", "external_id"],
            update_fields=[*update_fields, "imported_at"],
        )
        ids = MarketplaceAccount.objects.filter(
            source=MarketplaceAccount.Source.IMPORTED, external_id__in=list(profiles)
        ).values_list("external_id", "id")
        selectors.file_match_keys([(pk, profiles[external_id]) for external_id, pk in ids])
        batch.clear()
        profiles.clear()

    for record in records:
        external_id = _clean(record.get("id"), 100)
        if not external_id:
            raise DomainError(CircumventionErrorCode.INVALID_RECORD, "Every account needs an id.")
        batch.append(
            MarketplaceAccount(
                source=MarketplaceAccount.Source.IMPORTED,
                external_id=external_id,
                imported_at=clock.now(),
                **account_fields(record),
            )
        )
        profiles[external_id] = profile_from_record({**record, "id": external_id})
        count += 1
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    selectors.forget_account_total()
    return count


def renormalise_accounts(*, batch_size: int = 2000) -> int:
    """Recompute every account's normalised columns and MatchKey rows from the values as given,
    after a change to the normalisers or the blocking keys (issue 14: a phone number's
    national digits, name skeletons, the address key). Returns how many accounts it read."""
    count = 0
    last = 0
    columns = list(account_fields({}).keys())
    while True:
        accounts = list(MarketplaceAccount.objects.filter(pk__gt=last).order_by("pk")[:batch_size])
        if not accounts:
            break
        filed: list[tuple[int, Profile]] = []
        for account in accounts:
            record = {name: getattr(account, name) for name in RAW_FIELDS}
            record |= {"id": account.external_id, "ip": account.ip_address}
            for name, value in account_fields(record).items():
                setattr(account, name, value)
            filed.append((account.pk, profile_from_record(record)))
        with transaction.atomic():
            MarketplaceAccount.objects.bulk_update(accounts, columns)
            selectors.file_match_keys(filed)
        count += len(accounts)
        last = accounts[-1].pk
    selectors.forget_account_total()
    return count


def local_record(user: User) -> dict[str, Any]:
    profile = getattr(user, "client_profile", None)
    freelancer = getattr(user, "freelancer_profile", None)
    return {
        "id": f"user:{user.pk}",
        "email": user.email,
        "name": (profile.name if profile else "") or user.full_name,
        "country": (profile.country if profile else "")
        or (freelancer.country if freelancer else ""),
        "company": (profile.company if profile else "")
        or (freelancer.agency_name if freelancer else ""),
    }


@transaction.atomic
def register_local_account(
    *, user: User, extra: Mapping[str, Any] | None = None
) -> MarketplaceAccount:
    """File one of this platform's own users as an existing marketplace account holder.

    `extra` adds signals known elsewhere (phone, payment fingerprint, device id, ip).
    Direct-contract clients are not marketplace accounts and must not be registered.
    """
    record = local_record(user) | dict(extra or {})
    fields = account_fields(record)
    account, _ = MarketplaceAccount.objects.update_or_create(
        source=MarketplaceAccount.Source.LOCAL,
        external_id=record["id"],
        defaults={**fields, "user": user, "is_active": user.is_active},
    )
    selectors.file_match_keys([(account.pk, profile_from_record(record))])
    selectors.forget_account_total()
    return account


def _record_signals(
    *,
    subject: str,
    client: User | None,
    checkpoint: str,
    values: Mapping[str, Any],
    profile: Profile,
) -> None:
    normalised = {
        "email": profile.email_key,
        "name": profile.name_key,
        "phone": profile.phone or profile.phone_national,
        "country": profile.country,
        "company": profile.company,
        "payment_fingerprint": profile.card,
        "device_id": profile.device,
        "ip": profile.ip_network,
    }
    signals = [
        IdentitySignal(
            subject=subject,
            client=client,
            checkpoint=checkpoint,
            kind=kind,
            value=_clean(values.get(kind), 400),
            normalised=_clean(normalised.get(kind), 400),
            created_at=clock.now(),
        )
        for kind in IdentitySignal.Kind.values
        if values.get(kind)
    ]
    IdentitySignal.objects.bulk_create(signals)


def _as_given(account: MarketplaceAccount) -> dict[str, Any]:
    return {
        "id": account.external_id,
        "email": account.email,
        "name": account.name,
        "phone": account.phone,
        "country": account.country,
        "company": account.company,
        "payment_fingerprint": account.payment_fingerprint,
        "device_id": account.device_id,
        "ip": account.ip_address,
    }


@transaction.atomic
def check_client(
    *,
    subject: str,
    checkpoint: Checkpoint | str,
    email: str | None = None,
    name: str | None = None,
    phone: str | None = None,
    country: str | None = None,
    company: str | None = None,
    payment_fingerprint: str | None = None,
    device_id: str | None = None,
    ip: str | None = None,
    user_agent: str | None = None,
    client: User | None = None,
) -> CircumventionCheck:
    """Check an invited client against existing marketplace accounts and record the decision."""
    if checkpoint not in Checkpoint.values:
        raise DomainError(
            CircumventionErrorCode.INVALID_RECORD, f"Unknown check point {checkpoint!r}."
        )
    if not subject:
        raise DomainError(CircumventionErrorCode.INVALID_RECORD, "A check needs a subject.")
    values = {
        "email": email, "name": name, "phone": phone, "country": country, "company": company,
        "payment_fingerprint": payment_fingerprint, "device_id": device_id, "ip": ip,
        "user_agent": user_agent,
    }  # fmt: skip
    profile = profile_from_record({**values, "id": subject})
    # 1. The signals, as given (and normalised as the matcher reads them), for the audit trail.
    _record_signals(
        subject=subject, client=client, checkpoint=str(checkpoint), values=values, profile=profile
    )
    # 2-3. Candidates through the indexes, scored by the shared matcher.
    candidates, freq = selectors.find_candidates(
        profile, exclude_user_id=client.pk if client else None
    )
    result = best_match(profile, candidates, freq, current_thresholds())
    matched = MarketplaceAccount.objects.get(pk=int(result.match)) if result.match else None
    if result.decision == REVIEW and matched is not None and _cleared_before(profile, matched):
        # Trust & Safety already found this person different from that account holder:
        # the same pair is not held twice.
        remembered = Signal("decision", "cleared_before_for_this_pair", 0.0)
        result = replace(result, decision=ALLOW, signals=[*result.signals, remembered])
    # 4. The decision with its evidence, side by side.
    decision = CircumventionCheck.Decision(result.decision)
    check = CircumventionCheck.objects.create(
        subject=subject,
        client=client,
        checkpoint=str(checkpoint),
        decision=decision,
        score=round(result.score, 3),
        matched_account=matched,
        candidate={k: values[k] for k in RECORD_FIELDS if k in values and values[k]},
        matched=_as_given(matched) if matched else {},
        signals=[s.as_dict() for s in result.signals],
        review_state=(
            CircumventionCheck.ReviewState.HELD
            if decision == CircumventionCheck.Decision.REVIEW
            else CircumventionCheck.ReviewState.NONE
        ),
        created_at=clock.now(),
    )
    if check.review_state == CircumventionCheck.ReviewState.HELD:
        raise_review(check)
    return check


def raise_review(check: CircumventionCheck) -> None:
    """A match sent to review waits in the Trust & Safety queue, with both sides' signals."""
    _tell_trust_and_safety(
        check,
        f"Possible existing account (score {check.score:.2f}) "
        f"{CHECKPOINT_WORDS.get(check.checkpoint, check.checkpoint)}",
        {
            "score": check.score,
            "invited": check.candidate,
            "existing_account": check.matched,
            "signals": check.signals,
        },
    )


def _tell_trust_and_safety(check: CircumventionCheck, summary: str, evidence: dict) -> None:
    raise_concern(
        Concern(
            source="circumvention",
            target_kind="circumvention_check",
            target_id=str(check.pk),
            reason="circumvention",
            summary=summary,
            evidence={"check": check.pk, **evidence},
            subject_user_id=check.client_id,
        )
    )


def resolve_from_case(concern: Concern, outcome: str, by_user_id: int | None) -> None:
    """Trust & Safety closed the case: dismissed means a new client (the contract goes on),
    upheld means an existing account holder (the work stays in the marketplace)."""
    check = CircumventionCheck.objects.filter(
        pk=int(concern.evidence.get("check") or 0),
        review_state=CircumventionCheck.ReviewState.HELD,
    ).first()
    staff = User.objects.filter(pk=by_user_id).first() if by_user_id else None
    if check is not None and staff is not None:
        resolve_review(
            check=check,
            by=staff,
            confirmed=outcome == "upheld",
            note="Decided in the Trust & Safety queue.",
        )


def refusal_for_client(check: CircumventionCheck) -> DomainError | None:
    """The error to show the client, or None when the check allows them to go on."""
    if check.decision == CircumventionCheck.Decision.BLOCK or (
        check.review_state == CircumventionCheck.ReviewState.CONFIRMED
    ):
        return DomainError(
            CircumventionErrorCode.EXISTING_ACCOUNT,
            "You already have a marketplace account, so this work must stay in the "
            f"marketplace: sign in at {settings.MARKETPLACE_SIGN_IN_URL} to hire there.",
            status=403,
            sign_in_url=settings.MARKETPLACE_SIGN_IN_URL,
        )
    if check.review_state == CircumventionCheck.ReviewState.HELD:
        return DomainError(
            CircumventionErrorCode.HELD_FOR_REVIEW,
            "We need to check a few details before this contract can go ahead; "
            "Trust & Safety will be in touch shortly.",
            status=409,
        )
    return None


def refusal_for_freelancer(check: CircumventionCheck) -> DomainError | None:
    """The freelancer's version: never names or hints at the client's other account."""
    client_error = refusal_for_client(check)
    if client_error is None:
        return None
    if client_error.code == CircumventionErrorCode.EXISTING_ACCOUNT:
        return DomainError(
            CircumventionErrorCode.EXISTING_ACCOUNT,
            "This contract cannot proceed as a Direct Contract: this client must work with "
            "you through the marketplace.",
            status=403,
        )
    return DomainError(
        CircumventionErrorCode.HELD_FOR_REVIEW,
        "This contract is waiting for a routine check by Trust & Safety.",
        status=409,
    )


@transaction.atomic
def resolve_review(
    *, check: CircumventionCheck, by: User, confirmed: bool, note: str = ""
) -> CircumventionCheck:
    """Trust & Safety's verdict on a held check: an existing account holder, or a new client."""
    if not by.in_staff_group("trust_safety"):
        raise DomainError(
            "permission_denied", "Only Trust & Safety resolves held checks.", status=403
        )
    target = (
        CircumventionCheck.ReviewState.CONFIRMED
        if confirmed
        else CircumventionCheck.ReviewState.CLEARED
    )
    if target not in CircumventionCheck.ALLOWED_TRANSITIONS[check.review_state]:
        raise DomainError(
            CircumventionErrorCode.INVALID_REVIEW,
            f"A check that is {check.get_review_state_display().lower()} cannot be resolved.",
            status=409,
        )
    updated = CircumventionCheck.objects.filter(
        pk=check.pk, review_state=check.review_state
    ).update(review_state=target, reviewed_by=by, reviewed_at=clock.now(), review_note=note[:2000])
    if not updated:
        raise DomainError(
            CircumventionErrorCode.INVALID_REVIEW, "This check was resolved meanwhile.", status=409
        )
    check.refresh_from_db()
    return check


def reopen_review(*, check_id: int) -> bool:
    """A cleared check under review again (its Trust & Safety case was reopened): held as
    before, so the client's next step waits for the new verdict. True when it was put back
    (compare-and-set: a confirmed or held check is left as it is)."""
    return bool(
        CircumventionCheck.objects.filter(
            pk=check_id, review_state=CircumventionCheck.ReviewState.CLEARED
        ).update(
            review_state=CircumventionCheck.ReviewState.HELD,
            reviewed_by=None,
            reviewed_at=None,
            review_note="",
        )
    )


MAX_EXPLANATION = 1000


def explain_review(*, subject: str, text: str) -> CircumventionCheck:
    """The held person says who they are; their words join the Trust & Safety case beside
    the shared and the conflicting signals. Once per held check (the first answer stands)."""
    words = (text or "").strip()
    if not words or len(words) > MAX_EXPLANATION:
        raise DomainError(
            CircumventionErrorCode.INVALID_REVIEW,
            f"Explain in a few words, up to {MAX_EXPLANATION} characters.",
            field="explanation",
        )
    # The invitation page posts this text straight from the request: the service guards it.
    if char := find_control_character(words, multiline=True):
        raise DomainError(
            CONTROL_CHARACTERS, message_for(char, multiline=True), field="explanation"
        )
    check = (
        CircumventionCheck.objects.filter(
            subject=subject, review_state=CircumventionCheck.ReviewState.HELD
        )
        .order_by("-id")
        .first()
    )
    if check is None:
        raise DomainError(
            CircumventionErrorCode.INVALID_REVIEW,
            "Nothing is waiting for an explanation.",
            status=404,
        )
    if check.explanation:
        return check
    check.explanation = words
    check.explained_at = clock.now()
    check.save(update_fields=["explanation", "explained_at"])
    _tell_trust_and_safety(check, "The person explained: " + words[:400], {"explanation": words})
    return check


def _cleared_before(profile: Profile, matched: MarketplaceAccount) -> bool:
    """A held check of the same person (mailbox) against the same account was cleared."""
    if not profile.email_key:
        return False
    earlier = CircumventionCheck.objects.filter(
        matched_account=matched, review_state=CircumventionCheck.ReviewState.CLEARED
    ).values_list("candidate", flat=True)
    return any(email_key((c or {}).get("email")) == profile.email_key for c in earlier)
