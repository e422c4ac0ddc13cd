"""Flag as Inappropriate: anyone signed in reports a contract, a message, a person or an
invitation they can see; the report joins the target's case.

Abuse resistance: a person may flag only what they can see (anything else is "not found"),
never their own contract, invitation, message or self (`flag_self`), once per target while their flag is open, at most FLAGS_PER_HOUR times an hour per person
and per address; a reporter who is suspended or whose own account is the subject of an
upheld case adds no weight (the signal is kept, without a reporter).
"""

from __future__ import annotations

import re
import secrets
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import Resolver404, resolve, reverse

from directcontracts.accounts.models import User
from directcontracts.accounts.services import safe_next_url
from directcontracts.contracts.access import get_contract_for_user
from directcontracts.contracts.models import Contract, Message
from directcontracts.core import clock, ratelimit
from directcontracts.core.concerns import Concern
from directcontracts.core.errors import Conflict, DomainError, NotFound
from directcontracts.core.locks import for_update
from directcontracts.core.validation import find_control_character
from directcontracts.notifications.notices import notify
from directcontracts.trust.cases import receive_concern
from directcontracts.trust.errors import TrustErrorCode
from directcontracts.trust.models import Case, Flag, FlagReason, FlagTarget, Outcome
from directcontracts.verification.services import own_domains

MAX_DETAILS = 2000


def _not_found() -> NotFound:
    return NotFound(
        "There is nothing to flag there, or you cannot see it.",
        code=TrustErrorCode.FLAG_TARGET_NOT_FOUND,
    )


def describe_target(*, user: User, kind: str, target_id: str) -> tuple[str, int | None]:
    """What the reporter sees of the target (for the form), and whose conduct it is about."""
    if kind == FlagTarget.DOMAIN:
        return _describe_domain(target_id)
    if not target_id.isdigit() or len(target_id) > 18:
        raise _not_found()
    pk = int(target_id)
    if kind == FlagTarget.CONTRACT:
        contract = get_contract_for_user(user, pk)
        _refuse_own_contract(contract, user)
        return f"the contract “{contract.title}”", _other_party(contract, user)
    if kind == FlagTarget.MESSAGE:
        # Only in a thread one can see: another's message is "nothing there", like a missing
        # id (looking the message up first told the two apart, ids could be tried).
        message = (
            Message.objects.select_related("contract", "sender")
            .filter(pk=pk, contract__in=Contract.objects.visible_to(user))
            .first()
        )
        if message is None:
            raise _not_found()
        if message.sender_id == user.pk:
            raise DomainError(TrustErrorCode.FLAG_SELF, "You cannot flag your own message.")
        return f"a message from {message.sender.display_name}", message.sender_id
    if kind == FlagTarget.USER:
        person = User.objects.filter(pk=pk, is_active=True).first()
        if person is None or not _have_worked_together(user, person):
            raise _not_found()
        if person.pk == user.pk:
            raise DomainError(TrustErrorCode.FLAG_SELF, "You cannot flag yourself.")
        return person.display_name, person.pk
    if kind == FlagTarget.INVITATION:
        invited = Contract.objects.select_related("freelancer").filter(pk=pk).first()
        if invited is None or not (
            invited.client_email.lower() == user.email.lower() or invited.role_of(user) is not None
        ):
            raise _not_found()
        _refuse_own_contract(invited, user)
        return f"the invitation “{invited.title}”", invited.freelancer_id
    raise _not_found()


def way_back(
    *, user: User, kind: str, target_id: str, came_from: str = ""
) -> tuple[str, str] | None:
    """Where the reporter was when they flagged, as (words, path) for the form's and the
    confirmation's link back, or None when there is none (an invitation not yet accepted).

    `came_from` is the page the flag link was on (its `next`): used only when it is a plain
    path of this site (`safe_next_url`), so the link never leads to another website. Without
    it, a page of ours that the reporter can see, guessed from the target: for a person, the
    newest contract the two share, which is the wrong one when the flag was raised on an
    older contract with them."""
    came_from = safe_next_url(came_from)
    if came_from:
        return _words_for(user, came_from), came_from
    contract: Contract | None = None
    if kind == FlagTarget.DOMAIN:
        return "Back to Check a request", reverse("verification:verify")
    if not target_id.isdigit() or len(target_id) > 18:
        return None
    pk = int(target_id)
    visible = Contract.objects.visible_to(user)
    if kind in (FlagTarget.CONTRACT, FlagTarget.INVITATION):
        contract = visible.filter(pk=pk).first()
    elif kind == FlagTarget.MESSAGE:
        message = Message.objects.filter(pk=pk).only("contract_id").first()
        contract = visible.filter(pk=message.contract_id).first() if message else None
        if contract is not None:
            url = reverse("contracts:detail", args=[contract.pk]) + f"#message-{pk}"
            return f"Back to the contract \u201c{contract.title}\u201d", url
    elif kind == FlagTarget.USER:
        # Flagged from a contract the two share: the latest one.
        contract = (
            visible.filter(Q(freelancer_id=pk) | Q(client_id=pk)).order_by("-created_at").first()
        )
    if contract is None:
        return None
    return (
        f"Back to the contract \u201c{contract.title}\u201d",
        reverse("contracts:detail", args=[contract.pk]),
    )


def _words_for(user: User, path: str) -> str:
    """The back link's words for a path of ours: a contract the reporter can see by its title."""
    try:
        match = resolve(urlsplit(path).path)
    except Resolver404:
        return "Back to the previous page"
    if match.view_name == "contracts:detail":
        contract = Contract.objects.visible_to(user).filter(pk=match.kwargs["contract_id"]).first()
        if contract is not None:
            return f"Back to the contract \u201c{contract.title}\u201d"
    return "Back to the previous page"


HOST_NAME = re.compile(
    r"(?=.{4,253}\Z)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}\Z"
)


def _describe_domain(host: str) -> tuple[str, int | None]:
    """A website someone was sent to (a look-alike of ours): anyone signed in may report it;
    it joins the case the verifier keeps for that domain."""
    if not HOST_NAME.match(host) or host in own_domains():
        raise _not_found()
    return f"the website {host}", None


def _refuse_own_contract(contract: Contract, user: User) -> None:
    """The freelancer wrote the contract (and its invitation): her flag would only open a case
    against herself. The client's flag is the one that counts."""
    if contract.freelancer_id == user.pk:
        raise DomainError(
            TrustErrorCode.FLAG_SELF,
            "You cannot flag your own contract. To change it, edit the draft or propose a "
            "change; to stop it, withdraw the invitation or end the contract.",
        )


def _other_party(contract: Contract, user: User) -> int | None:
    return contract.client_id if contract.freelancer_id == user.pk else contract.freelancer_id


def _have_worked_together(user: User, person: User) -> bool:
    return Contract.objects.filter(
        freelancer_id__in=[user.pk, person.pk], client_id__in=[user.pk, person.pk]
    ).exists()


def _clean_details(details: str) -> str:
    text = (details or "").strip()
    # The core check: C0/C1 controls and the direction controls (round H; the web form has
    # no guard of its own, and an override reverses the words staff read after it).
    if len(text) > MAX_DETAILS or find_control_character(text, multiline=True):
        raise DomainError(
            TrustErrorCode.FLAG_DETAILS_INVALID,
            f"Details can be at most {MAX_DETAILS:,} characters of plain text.",
        )
    return text


def _count(reporter: User, address: str | None) -> None:
    limit = settings.FLAGS_PER_HOUR
    message = "You have flagged a lot in a short time."
    ratelimit.hit(f"flag:user:{reporter.pk}", limit=limit, window_seconds=3600, message=message)
    if address:
        ratelimit.hit(
            f"flag:address:{ratelimit.address_key(address)}",
            limit=limit * 2,
            window_seconds=3600,
            message=message,
        )


def _weighs_nothing(reporter: User) -> bool:
    return (
        not reporter.is_active
        or Case.objects.filter(subject_user_id=reporter.pk, outcome=Outcome.UPHELD).exists()
    )


def target_id_of(kind: str, raw: str) -> str:
    """A target id as flags store it: a domain in lower case (at most 253 characters, DNS's
    limit), any other target's id as given (ids are short)."""
    if kind == FlagTarget.DOMAIN:
        return raw[:253].strip().lower()
    return raw[:20]


def flag(
    *, reporter: User, kind: str, target_id: str, reason: str, details: str, address: str | None
) -> Flag:
    if reason not in FlagReason.values:
        raise DomainError(TrustErrorCode.FLAG_DETAILS_INVALID, "Choose a reason from the list.")
    if kind == FlagTarget.DOMAIN:
        target_id = target_id_of(kind, target_id)
    what, subject = describe_target(user=reporter, kind=kind, target_id=target_id)
    text = _clean_details(details)
    if Flag.objects.filter(
        reporter=reporter, target_kind=kind, target_id=target_id, closed_at__isnull=True
    ).exists():
        raise _already_open()
    _count(reporter, address)
    try:
        with transaction.atomic():
            made = Flag.objects.create(
                reference="FL-" + secrets.token_hex(4).upper(),
                reporter=reporter,
                target_kind=kind,
                target_id=target_id,
                reason=reason,
                details=text,
            )
            receipt = receive_concern(
                Concern(
                    source="flag",
                    target_kind=kind,
                    target_id=target_id,
                    reason=reason,
                    summary=f"Flagged {what}: {FlagReason(reason).label}",
                    evidence={"flag": made.reference, "details": text[:1000]},
                    subject_user_id=subject,
                    reporter_user_id=None if _weighs_nothing(reporter) else reporter.pk,
                )
            )
            made.case_id = receipt.case_id
            made.save(update_fields=["case"])
    except IntegrityError:
        raise _already_open() from None
    return made


def _already_open() -> Conflict:
    return Conflict(
        TrustErrorCode.FLAG_ALREADY_OPEN,
        "You have already flagged this; we will tell you the outcome.",
    )


def tell_reporters(case: Case, outcome: str = "") -> int:
    """Each reporter whose report of `case` is still open learns its outcome, and nothing
    private: when the case closes (its outcome), or at once when an action is taken against
    the person or content it is about ("upheld": `enforcement._answer_the_reports`). A report
    is answered once: later actions, and the case's closing, leave it as it is. Called inside
    the action's transaction; the reports are locked, so two actions at once tell once."""
    outcome = outcome or case.outcome
    told = 0
    for made in (
        for_update(Flag.objects.all())
        .filter(case=case, closed_at__isnull=True)
        .select_related("reporter")
        .order_by("pk")
    ):
        made.closed_at = clock.now()
        made.outcome = outcome
        made.save(update_fields=["closed_at", "outcome"])
        upheld = outcome == Outcome.UPHELD
        notify(
            recipient=made.reporter,
            kind="trust.flag_outcome",
            title=f"Your flag {made.reference} was reviewed",
            body="Thank you. We reviewed it and took action under our policies."
            if upheld
            else "Thank you. We reviewed it and found no breach of our policies this time.",
            url="/trust/my-flags/",
            link_text="See your flags",
        )
        told += 1
    return told


# A report's outcome as its reporter reads it: what happened, in their terms, and what it
# means for them. The stored outcome (and the API's `outcome` code) stays staff's
# "upheld" / "dismissed"; the staff pages keep those words.
REPORTER_OUTCOMES: dict[str, tuple[str, str]] = {
    "": (
        "Under review",
        "Trust & Safety are looking into it. We tell you when they finish.",
    ),
    Outcome.UPHELD: (
        "Action taken",
        "We found a breach of our policies and acted on it. To protect everyone's privacy "
        "we don't say what we did.",
    ),
    Outcome.DISMISSED: (
        "No action taken",
        "We found no breach of our policies this time. If it happens again, flag it again.",
    ),
}


def reopen_dismissed_reports(case: Case) -> int:
    """A dismissed case reopened: its reports answered "No action taken" are under review
    again, so that its reporters' lists no longer say the review ended and a later "Action
    taken" reaches them (`tell_reporters` answers open reports only). Reports answered
    "Action taken" stay answered: that was true when they were told. A reporter with another
    open report of the same target keeps that one (one open report per target). Returns how
    many reports are open again; runs in the reopening's transaction.

    Each reporter whose report is open again is told (`trust.flag_reopened`, in-app and by
    email as their "Outcomes of your flags" preference says): the report is under review
    again. The words name the report only by its reference: nothing of the person or
    content reported, nor why the case was reopened."""
    open_twin = Flag.objects.filter(
        reporter_id=OuterRef("reporter_id"),
        target_kind=OuterRef("target_kind"),
        target_id=OuterRef("target_id"),
        closed_at__isnull=True,
    )
    reopened = list(
        for_update(Flag.objects.all())
        .filter(case=case, closed_at__isnull=False, outcome=Outcome.DISMISSED)
        .exclude(Exists(open_twin))
        .select_related("reporter")
        .order_by("pk")
    )
    Flag.objects.filter(pk__in=[made.pk for made in reopened]).update(closed_at=None, outcome="")
    for made in reopened:
        notify(
            recipient=made.reporter,
            # The kind is written out: the email-group check reads it from the call.
            kind="trust.flag_reopened",
            title=f"Your flag {made.reference} is under review again",
            body="Thank you for your report. Trust & Safety are looking at it again; "
            "we tell you when they finish.",
            url="/trust/my-flags/",
            link_text="See your flags",
        )
    return len(reopened)


def outcome_for_reporter(made: Flag) -> tuple[str, str]:
    """(label, one sentence of what it means for them) for the reporter's own list."""
    return REPORTER_OUTCOMES.get(made.outcome, REPORTER_OUTCOMES[""])


def flags_of(user: User) -> Any:
    return Flag.objects.filter(reporter=user)


def own_flag(*, user: User, reference: str) -> Flag | None:
    """`user`'s flag with this reference, or None (nobody reads another's flag)."""
    return flags_of(user).filter(reference=reference[:20]).first()


MESSAGE_WORDS = 60
UNSEEN: dict[str, str] = {
    FlagTarget.CONTRACT: "a contract you can no longer see",
    FlagTarget.MESSAGE: "a message you can no longer see",
    FlagTarget.USER: "a person",
    FlagTarget.INVITATION: "an invitation you can no longer see",
}


def _first_words(text: str) -> str:
    words = " ".join(text.split())
    if len(words) <= MESSAGE_WORDS:
        return words
    return words[:MESSAGE_WORDS].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


def what_was_reported(user: User, made: list[Flag]) -> dict[int, str]:
    """What each of `user`'s flags was about, as they saw it (`describe_target`'s words):
    only what they can still see now, read in one query per kind of target whatever the
    number of flags; what they can no longer see is named by its kind only."""
    ids: dict[str, set[int]] = {kind: set() for kind in UNSEEN}
    for f in made:
        if f.target_kind in ids and f.target_id.isdigit() and len(f.target_id) <= 18:
            ids[f.target_kind].add(int(f.target_id))
    contract_ids = ids[FlagTarget.CONTRACT] | ids[FlagTarget.INVITATION]
    contracts: dict[int, Contract] = {}
    if contract_ids:
        # A party sees its contracts; the invited client also sees the invitation sent to them.
        seen = Q(freelancer_id=user.pk) | Q(client_id=user.pk) | Q(client_email__iexact=user.email)
        contracts = {
            c.pk: c
            for c in Contract.objects.filter(seen, pk__in=contract_ids).only(
                "id", "title", "freelancer_id", "client_id"
            )
        }
    messages: dict[int, Message] = {}
    if ids[FlagTarget.MESSAGE]:
        messages = {
            m.pk: m
            for m in Message.objects.filter(
                pk__in=ids[FlagTarget.MESSAGE],
                contract__in=Contract.objects.visible_to(user).values("pk"),
            )
            .select_related("sender__freelancer_profile")
            .only(
                "id",
                "body",
                "sender__id",
                "sender__full_name",
                "sender__email",
                "sender__freelancer_profile__id",
                "sender__freelancer_profile__user_id",
                "sender__freelancer_profile__display_name",
            )
        }
    people: dict[int, User] = {}
    if ids[FlagTarget.USER]:
        # Only someone the reporter has worked with, as the flag form allowed.
        partners = Contract.objects.visible_to(user).filter(
            Q(freelancer_id__in=ids[FlagTarget.USER]) | Q(client_id__in=ids[FlagTarget.USER])
        )
        people = {
            p.pk: p
            for p in User.objects.filter(
                Q(pk__in=partners.values("freelancer_id")) | Q(pk__in=partners.values("client_id")),
                pk__in=ids[FlagTarget.USER],
            )
            .exclude(pk=user.pk)
            .select_related("freelancer_profile")
        }
    return {f.pk: _reported(f, contracts, messages, people, user) for f in made}


def _reported(
    f: Flag,
    contracts: dict[int, Contract],
    messages: dict[int, Message],
    people: dict[int, User],
    user: User,
) -> str:
    kind = f.target_kind
    if kind == FlagTarget.DOMAIN:
        return f"the website {f.target_id}"
    pk = int(f.target_id) if f.target_id.isdigit() and len(f.target_id) <= 18 else None
    if kind == FlagTarget.CONTRACT and pk in contracts:
        contract = contracts[pk]
        if contract.role_of(user) is not None:
            return f"the contract “{contract.title}”"
    if kind == FlagTarget.INVITATION and pk in contracts:
        return f"the invitation “{contracts[pk].title}”"
    if kind == FlagTarget.MESSAGE and pk in messages:
        message = messages[pk]
        return f"a message from {message.sender.display_name}: “{_first_words(message.body)}”"
    if kind == FlagTarget.USER and pk in people:
        return people[pk].display_name
    return UNSEEN.get(kind, "something you flagged")
