"""The client's way in: a signed, expiring, single-purpose link plus a 6-digit email code.

Design:

1. The link carries the invitation id and a random nonce, signed with the project's key
   for this one purpose (its own salt). Only a digest of the nonce is stored, so re-sending
   (a new nonce) or revoking kills every earlier link.
2. Expiry is a stored time read against the project clock, so it is testable and staff can
   see it.
3. The code proves the client reads the invited mailbox. It is stored as an HMAC and
   expires after minutes. An invitation allows INVITATION_CODE_MAX_ATTEMPTS guesses in all
   (asking for a new code gives none back); then it is locked until the freelancer re-sends
   it (a new invitation). Sending codes is rate limited.
6. Invitation emails are limited per freelancer (per hour and per day), and the client's
   name, which the email carries, may hold no links or contact details.
4. Accepting creates a lightweight client account (the client sets its password) unless the
   address already has one, and makes the contract active, all in one transaction.
5. An address that already has an account accepts only while signed in to it, through the
   site's sign-in (its limits, two-factor sign-in, the session list). Accepting never takes
   an existing account's password: it would be a second, weaker way to sign in.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import password_validation
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac

from directcontracts.accounts import names
from directcontracts.accounts.closure import lock_open_account
from directcontracts.accounts.errors import AccountErrorCode
from directcontracts.accounts.models import AccountKind, ClientProfile, User
from directcontracts.contracts import policy
from directcontracts.contracts.announce import announce
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.identity import (
    ClientContext,
    check_before_acceptance,
    record_invited,
)
from directcontracts.contracts.models import Contract, ContractState, Invitation
from directcontracts.contracts.services import (
    check_client_email,
    open_milestones_for_funding,
    require_not_held,
    require_party,
)
from directcontracts.contracts.signed_requests import how_to_verify, sign_invitation
from directcontracts.contracts.states import next_step, record_event, state_in_words, transition
from directcontracts.core import clock, ratelimit
from directcontracts.core.countries import clean_country
from directcontracts.core.errors import Conflict, DomainError
from directcontracts.core.locks import for_update, lock_row
from directcontracts.notifications.email import send_templated_email
from directcontracts.screening import services as screening
from directcontracts.screening.messages import reasons_in_sentences

LINK_SALT = "directcontracts.contracts.invitation-link"
CODE_SALT = "directcontracts.contracts.invitation-code"


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def _code_digest(invitation_id: int, code: str) -> str:
    return salted_hmac(CODE_SALT, f"{invitation_id}:{code}").hexdigest()


def invitation_url(invitation: Invitation, nonce: str) -> str:
    token = signing.dumps({"i": invitation.pk, "n": nonce}, salt=LINK_SALT)
    return settings.BASE_URL + reverse("contracts:invitation", kwargs={"token": token})


# --- Freelancer side: send, re-send, revoke --------------------------------------------

# A link, whatever the scheme, or a host name: literals only, so linear in the input.
_LINK = re.compile(
    r"://|\bwww\.|\.(?:com|net|org|info|biz|io|co|me|app|dev|xyz|site|online|shop|link|ly|to)\b",
    re.IGNORECASE,
)


def _check_client_name(contract: Contract, by: User) -> None:
    """The client's name goes into the invitation email, so it may not carry a link, a way
    to reach someone elsewhere or a request to pay outside the platform (screened like a
    message; a refusal is logged on the sender's risk record)."""
    name = contract.client_name
    verdict = screening.screen_message(
        name, sender_id=by.pk, context="client_name", object_ref=f"contract:{contract.pk}"
    )
    if verdict.held or _LINK.search(name):
        reasons = reasons_in_sentences(verdict.reasons if verdict.held else ["It holds a link."])
        raise DomainError(
            ContractErrorCode.CLIENT_NAME_REFUSED,
            f"The client's name goes into the invitation email, so it can't hold links or "
            f"contact details. {reasons} Edit the draft: put only their name there.",
            status=422,
        )


def _count_invitation_email(by: User) -> None:
    """Per freelancer, per hour and per day (INVITATION_EMAILS_PER_HOUR / _PER_DAY)."""
    for window, limit in (
        (3600, settings.INVITATION_EMAILS_PER_HOUR),
        (86400, settings.INVITATION_EMAILS_PER_DAY),
    ):
        ratelimit.hit(
            f"invitation-email:freelancer:{by.pk}:{window}",
            limit=limit,
            window_seconds=window,
            message="You have sent the most invitations allowed for now.",
        )


def _issue(contract: Contract) -> Invitation:
    nonce = secrets.token_urlsafe(24)
    invitation = Invitation.objects.create(
        contract=contract,
        email=contract.client_email,
        nonce_digest=_digest(nonce),
        expires_at=clock.now() + timedelta(days=settings.INVITATION_EXPIRY_DAYS),
    )
    # Kept in memory only (the database has the digest): the email carries it to the client.
    invitation.link = invitation_url(invitation, nonce)  # type: ignore[attr-defined]
    invitation.verification = sign_invitation(invitation)  # type: ignore[attr-defined]
    return invitation


def _email_invitation(contract: Contract, invitation: Invitation) -> None:
    send_templated_email(
        to=invitation.email,
        template="contracts/email/invitation",
        context={
            "contract": contract,
            "freelancer_name": contract.freelancer.display_name,
            "url": invitation.link,  # type: ignore[attr-defined]
            "expires_at": invitation.expires_at,
            "how_to_verify": how_to_verify(
                invitation.verification,  # type: ignore[attr-defined]
                what="invitation",
            ),
        },
    )


def _revoke_open_invitations(contract: Contract) -> None:
    contract.invitations.filter(revoked_at__isnull=True, answered_at__isnull=True).update(
        revoked_at=clock.now()
    )


def tell_client_withdrawn(contract: Contract) -> None:
    """The invited client has no account yet: the email is how they learn of it."""
    send_templated_email(
        to=contract.client_email,
        template="contracts/email/withdrawn",
        context={"contract": contract, "freelancer_name": contract.freelancer.display_name},
    )


@transaction.atomic
def send_invitation(*, contract: Contract, by: User) -> Invitation:
    require_party(contract, by, "freelancer")
    contract = lock_row(Contract, contract.pk)
    lock_open_account(by.pk)  # a closing in flight: one of the two waits for the other
    check_client_email(email=contract.client_email, freelancer=by)
    require_not_held(contract)
    _check_client_name(contract, by)
    _count_invitation_email(by)
    if contract.state == ContractState.DECLINED:
        transition(contract, ContractState.DRAFT, actor=by, kind="contract.reopened")
    transition(
        contract,
        ContractState.INVITED,
        actor=by,
        kind="contract.invited",
        data={"email": contract.client_email},
    )
    invitation = _issue(contract)
    _email_invitation(contract, invitation)
    record_invited(contract=contract)
    announce(
        contract,
        kind="contract.invited",
        title=f"Invitation sent to {contract.client_name}",
        body=f"We emailed {contract.client_email} a link to review and accept “{contract.title}”.",
        to=[],
        key=f"contract:{contract.pk}:invited:{invitation.pk}",
    )
    return invitation


@transaction.atomic
def resend_invitation(*, contract: Contract, by: User) -> Invitation:
    """A fresh link (the old ones stop working) with a fresh expiry."""
    require_party(contract, by, "freelancer")
    contract = lock_row(Contract, contract.pk)
    if contract.state != ContractState.INVITED:
        raise Conflict(
            ContractErrorCode.INVALID_TRANSITION,
            "Only an invitation waiting for the client's answer can be re-sent; this contract "
            f"is {state_in_words(contract)}. {next_step(contract)}",
            current_state=contract.state,
        )
    _check_client_name(contract, by)
    _count_invitation_email(by)
    _revoke_open_invitations(contract)
    invitation = _issue(contract)
    _email_invitation(contract, invitation)
    record_event(contract=contract, actor=by, kind="contract.invitation_resent")
    return invitation


@transaction.atomic
def revoke_invitation(*, contract: Contract, by: User) -> Contract:
    require_party(contract, by, "freelancer")
    contract = lock_row(Contract, contract.pk)
    transition(contract, ContractState.DRAFT, actor=by, kind="contract.invitation_revoked")
    _revoke_open_invitations(contract)
    tell_client_withdrawn(contract)
    return contract


# --- Client side: open, prove the address, accept or decline ---------------------------


def open_invitation(token: str) -> Invitation:
    """The invitation behind a link, or a clear refusal saying why it can't be used."""
    try:
        payload = signing.loads(token, salt=LINK_SALT)
        invitation_id, nonce = int(payload["i"]), str(payload["n"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise DomainError(
            ContractErrorCode.INVITATION_INVALID, "This invitation link is not valid.", status=404
        ) from None
    invitation = (
        Invitation.objects.select_related("contract", "contract__freelancer")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None or not constant_time_compare(invitation.nonce_digest, _digest(nonce)):
        raise DomainError(
            ContractErrorCode.INVITATION_INVALID, "This invitation link is not valid.", status=404
        )
    _require_open(invitation)
    return invitation


def _require_open(invitation: Invitation) -> None:
    """Not answered, revoked or expired: checked when the link is opened, and again under
    the invitation's lock when it is answered (it may have been revoked, re-sent to another
    address or answered in between, while the circumvention check ran)."""
    if invitation.answered_at is not None:
        raise DomainError(
            ContractErrorCode.INVITATION_ANSWERED,
            "This invitation has already been answered. Sign in to see the contract.",
            status=410,
        )
    if invitation.revoked_at is not None:
        raise DomainError(
            ContractErrorCode.INVITATION_REVOKED,
            "This invitation was withdrawn or replaced by a newer one. Check your inbox for the latest link.",
            status=410,
        )
    if clock.now() >= invitation.expires_at:
        raise DomainError(
            ContractErrorCode.INVITATION_EXPIRED,
            "This invitation has expired. Ask the freelancer to send it again.",
            status=410,
        )


def _locked() -> DomainError:
    return DomainError(
        ContractErrorCode.CODE_ATTEMPTS_EXCEEDED,
        "Too many wrong codes: this invitation is locked. Ask the freelancer to send it again "
        "(you will get a new link).",
        status=429,
    )


def code_waiting(invitation: Invitation) -> bool:
    """A code was emailed and still works: the page asks for it rather than offering one."""
    return bool(
        invitation.code_digest
        and invitation.code_expires_at
        and invitation.code_expires_at > clock.now()
    )


def send_code(*, invitation: Invitation) -> None:
    current = Invitation.objects.only("code_attempts").get(pk=invitation.pk)
    if current.code_attempts >= settings.INVITATION_CODE_MAX_ATTEMPTS:
        raise _locked()
    ratelimit.hit(
        f"invitation-code-send:{invitation.pk}",
        limit=5,
        window_seconds=3600,
        message="Too many codes were sent for this invitation.",
    )
    code = f"{secrets.randbelow(1_000_000):06d}"
    Invitation.objects.filter(pk=invitation.pk).update(
        code_digest=_code_digest(invitation.pk, code),
        code_expires_at=clock.now() + timedelta(minutes=settings.INVITATION_CODE_MINUTES),
    )
    send_templated_email(
        to=invitation.email,
        template="contracts/email/invitation_code",
        context={
            "code": code,
            "contract": invitation.contract,
            "minutes": settings.INVITATION_CODE_MINUTES,
        },
    )


def verify_code(*, invitation: Invitation, code: str) -> str:
    """Checks the emailed code; returns the access token for the next hour.

    Not one transaction on purpose: a wrong attempt must stay counted after the refusal.
    """
    invitation = Invitation.objects.get(pk=invitation.pk)
    if not invitation.code_digest or invitation.code_expires_at is None:
        raise DomainError(ContractErrorCode.CODE_INVALID, "Ask for a code first.")
    counted = Invitation.objects.filter(
        pk=invitation.pk, code_attempts__lt=settings.INVITATION_CODE_MAX_ATTEMPTS
    ).update(code_attempts=F("code_attempts") + 1)
    if not counted:
        raise _locked()
    if clock.now() >= invitation.code_expires_at:
        raise DomainError(
            ContractErrorCode.CODE_EXPIRED, "This code has expired. Ask for a new one."
        )
    cleaned = "".join(ch for ch in code if ch.isdigit())
    if not constant_time_compare(invitation.code_digest, _code_digest(invitation.pk, cleaned)):
        raise _wrong_code(tries_left=_tries_left_after_a_wrong_code(invitation))
    # A code works once: clear it in the same statement that records the proof.
    used = Invitation.objects.filter(pk=invitation.pk, code_digest=invitation.code_digest).update(
        email_verified_at=clock.now(), code_digest=""
    )
    if not used:
        raise DomainError(
            ContractErrorCode.CODE_INVALID, "That code was already used. Ask for a new one."
        )
    invitation.refresh_from_db(fields=["email_verified_at"])
    return access_token(invitation)


def _tries_left_after_a_wrong_code(invitation: Invitation) -> int:
    """The wrong guess that used the last attempt goes on the timeline (the freelancer sees
    why the client can't get in)."""
    attempts = Invitation.objects.values_list("code_attempts", flat=True).get(pk=invitation.pk)
    if attempts == settings.INVITATION_CODE_MAX_ATTEMPTS:
        record_event(
            contract=invitation.contract,
            actor_label=f"client ({invitation.email})",
            kind="contract.invitation_locked",
            message="Too many wrong codes: re-send the invitation to let the client in.",
        )
    return max(settings.INVITATION_CODE_MAX_ATTEMPTS - attempts, 0)


def _wrong_code(*, tries_left: int) -> DomainError:
    """Says how many tries remain and what the last one does: five wrong codes lock the
    invitation, and a client who didn't know would lose it on the fifth."""
    if tries_left == 0:
        message = (
            "That code is not right, and it was the last try: this invitation is now locked. "
            "Ask the freelancer to send it again (you will get a new link)."
        )
    else:
        tries = "1 try" if tries_left == 1 else f"{tries_left} tries"
        message = (
            f"That code is not right. Check the latest email we sent. {tries} left: after "
            "that the invitation locks until the freelancer sends it again."
        )
    return DomainError(ContractErrorCode.CODE_INVALID, message, tries_left=tries_left)


ACCESS_SALT = "directcontracts.contracts.invitation-access"
ACCESS_SECONDS = 3600


def access_token(invitation: Invitation) -> str:
    """Proof, for one hour, that this browser or API client entered the emailed code. The
    moment it was made ("iat") is read from the project clock and its age checked against it
    (as support's and appeal links do), so its hour is tested by moving the clock."""
    made = int(clock.now().timestamp())
    return signing.dumps({"i": invitation.pk, "iat": made}, salt=ACCESS_SALT)


def has_access(invitation: Invitation, token: str | None) -> bool:
    if not token or invitation.email_verified_at is None:
        return False
    try:
        payload = signing.loads(token, salt=ACCESS_SALT)
    except signing.BadSignature:
        return False
    if not isinstance(payload, dict) or _access_expired(payload, token):
        return False
    return payload.get("i") == invitation.pk


def _access_expired(payload: dict[str, object], token: str) -> bool:
    made = payload.get("iat")
    if isinstance(made, int):
        return clock.now().timestamp() - made > ACCESS_SECONDS
    # A token given before tokens carried "iat": the signature's own (wall-clock) time.
    try:
        signing.loads(token, salt=ACCESS_SALT, max_age=ACCESS_SECONDS)
    except signing.SignatureExpired:
        return True
    return False


def _require_proven(invitation: Invitation, token: str | None) -> None:
    if not has_access(invitation, token):
        raise DomainError(
            ContractErrorCode.EMAIL_NOT_PROVEN,
            "Enter the code we emailed you first (it proves the invitation reached you).",
            status=403,
        )


@dataclass(frozen=True)
class Acceptance:
    contract: Contract
    client: User
    created_account: bool


def existing_account(invitation: Invitation) -> User | None:
    """The account the invited address already has (a returning client), if any."""
    return User.objects.get_by_email(invitation.email)


def _client_account(
    invitation: Invitation,
    *,
    signed_in: User | None,
    password: str,
    name: str,
    company: str,
    country: str,
) -> tuple[User, bool]:
    country = clean_country(country)  # before anything is written
    existing = existing_account(invitation)
    if existing is not None:
        if signed_in is None or signed_in.pk != existing.pk:
            raise DomainError(
                AccountErrorCode.SIGN_IN_REQUIRED,
                "You already have a client account with this email: sign in to it, then accept.",
                status=401,
            )
        # The account as committed, locked against a closing in flight.
        return lock_open_account(existing.pk), False
    if not password:
        raise DomainError(
            AccountErrorCode.WEAK_PASSWORD, "Choose a password for your client account."
        )
    candidate = User(email=invitation.email, full_name=name)
    try:
        password_validation.validate_password(password, candidate)
    except ValidationError as exc:
        raise DomainError(AccountErrorCode.WEAK_PASSWORD, " ".join(exc.messages)) from None
    user = User.objects.create_user(
        invitation.email,
        password,
        full_name=name.strip(),
        is_client=True,
        account_kind=AccountKind.DIRECT_CLIENT,
        email_verified_at=clock.now(),
    )
    ClientProfile.objects.create(
        user=user, name=name.strip(), company=company.strip(), country=country
    )
    return user, True


def accept_invitation(
    *,
    invitation: Invitation,
    access: str | None,
    name: str,
    password: str = "",
    signed_in: User | None = None,
    company: str = "",
    country: str = "",
    context: ClientContext | None = None,
) -> Acceptance:
    """1. the emailed code was entered, 2. the circumvention check (outside the transaction,
    so its evidence stays), 3. account, contract and milestones change together.

    `password` makes a new client account; `signed_in` is who is signed in (an existing
    account accepts only as itself)."""
    invitation = Invitation.objects.select_related("contract").get(pk=invitation.pk)
    _require_proven(invitation, access)
    names.check_name(name, field="name")
    names.check_name(company, field="company")
    check_before_acceptance(
        invitation=invitation,
        name=name,
        company=company,
        country=country,
        context=context or ClientContext(),
    )
    return _accept(
        invitation=invitation,
        access=access,
        signed_in=signed_in,
        password=password,
        name=name,
        company=company,
        country=country,
    )


@transaction.atomic
def _accept(
    *,
    invitation: Invitation,
    access: str | None,
    signed_in: User | None,
    password: str,
    name: str,
    company: str,
    country: str,
) -> Acceptance:
    invitation = (
        for_update(Invitation.objects.all()).select_related("contract").get(pk=invitation.pk)
    )
    _require_open(invitation)
    _require_proven(invitation, access)
    contract = lock_row(Contract, invitation.contract_id)
    check_client_email(email=invitation.email, freelancer=contract.freelancer)
    lock_open_account(contract.freelancer_id)
    client, created = _client_account(
        invitation,
        signed_in=signed_in,
        password=password,
        name=name,
        company=company,
        country=country,
    )
    now = clock.now()
    transition(
        contract,
        ContractState.ACTIVE,
        actor=client,
        kind="contract.accepted",
        client=client,
        accepted_at=now,
    )
    open_milestones_for_funding(contract, actor=client)
    Invitation.objects.filter(pk=invitation.pk).update(answered_at=now)
    announce(
        contract,
        kind="contract.accepted",
        title=f"{client.display_name} accepted the contract",
        body="The contract is active. Start work on a milestone only once it is funded: "
        "you'll be told when the money is in escrow.",
        to=[contract.freelancer],
        key=f"contract:{contract.pk}:accepted",
    )
    return Acceptance(contract=contract, client=client, created_account=created)


def decline_invitation(*, invitation: Invitation, access: str | None, reason: str) -> Contract:
    """The client declines with a reason, which the freelancer reads: screened as a message
    is (a decline that says "let's do it elsewhere, here is my number" is the circumvention
    the platform refuses), once the emailed code is proven and outside the transaction."""
    invitation = Invitation.objects.get(pk=invitation.pk)  # as committed (the code proven)
    _require_open(invitation)
    _require_proven(invitation, access)
    if reason.strip():
        existing = existing_account(invitation)
        policy.screen_message(
            text=reason,
            sender_id=existing.pk if existing is not None else None,
            contract_id=invitation.contract_id,
            from_client=True,
            what="reason",
        )
    return _decline(invitation=invitation, access=access, reason=reason)


@transaction.atomic
def _decline(*, invitation: Invitation, access: str | None, reason: str) -> Contract:
    invitation = lock_row(Invitation, invitation.pk)
    _require_open(invitation)
    _require_proven(invitation, access)
    if not reason.strip():
        raise DomainError(
            ContractErrorCode.REASON_REQUIRED, "Tell the freelancer briefly why you decline."
        )
    contract = lock_row(Contract, invitation.contract_id)
    transition(
        contract,
        ContractState.DECLINED,
        actor_label=f"client ({invitation.email})",
        kind="contract.declined",
        message=reason.strip()[:2000],
    )
    Invitation.objects.filter(pk=invitation.pk).update(answered_at=clock.now())
    announce(
        contract,
        kind="contract.declined",
        title=f"{contract.client_name} declined the contract",
        body=f"Their reason: {reason.strip()[:2000]}\n\nYou can edit the draft and send it again.",
        to=[contract.freelancer],
        key=f"contract:{contract.pk}:declined:{invitation.pk}",
    )
    return contract
