"""The verifier: is what someone received a genuine request from the platform?

1. Take the text apart (parsing.py): links, tokens, short codes.
2. Links on another domain that imitate our pages make the answer `foreign_domain`; other
   domains that are not ours are only named in the advice.
3. Each token is checked (signing.read_token): a bad signature, a retired or unknown key, or
   an altered payload is `forged`. Links on our domain carry a token (`/verify/?t=`) or are
   an invitation link, which the contracts app recognises through the registry.
4. A request found by token, link or code is `expired` past its date, `revoked` when its
   app says it is closed (withdrawn, answered, paid, or no longer payable), else `genuine`.
5. Forged and foreign-domain answers are counted per domain and handed to Trust & Safety as
   a concern (a phishing campaign), at the first and at every tenfold count.
Nothing about a contract is revealed unless the answer is `genuine`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from babel.numbers import format_currency, get_currency_precision
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F

from directcontracts.core import clock
from directcontracts.core.concerns import Concern, raise_concern
from directcontracts.core.errors import DomainError
from directcontracts.verification import registry
from directcontracts.verification.errors import VerificationErrorCode
from directcontracts.verification.models import SignedRequest, SuspiciousDomain
from directcontracts.verification.parsing import MAX_TEXT_CHARS, Link, take_apart
from directcontracts.verification.signing import read_token

# Paths a phishing page copies to look like ours.
_OUR_PATHS = ("/invitations/", "/verify", "/contracts/", "/pay", "/api/", "/accounts/", "/fund")

ADVICE = {
    "genuine": "This request is genuine: Direct Contracts sent it. Check that the title, the "
    "freelancer and the amount match what you agreed, and pay only on our own site.",
    "expired": "This request was genuine, but it has expired. Don't pay it: ask the freelancer "
    "to send a new one through Direct Contracts.",
    "revoked": "This request is no longer valid. Don't pay it.",
    # Forged and look-alike: this check itself reports it (`Verdict.reported`).
    "forged": "Direct Contracts did not send this: its signature does not match. Don't pay "
    "and don't reply with personal details. This check has reported it to our Trust & Safety team.",
    "unknown": "We found no request that matches. Check the code character by character; if "
    "it is still not found, don't pay.",
    "foreign_domain": "This link is not on the Direct Contracts site, although it imitates our "
    "pages. Don't pay or sign in there. This check has reported it to our Trust & Safety team.",
}
_STRENGTH = ["unknown", "genuine", "revoked", "expired", "forged", "foreign_domain"]


@dataclass
class Verdict:
    status: str
    request: SignedRequest | None = None
    now: registry.RequestNow | None = None
    foreign_domains: list[str] = field(default_factory=list)
    other_domains: list[str] = field(default_factory=list)
    closed_because: str = ""

    @property
    def genuine(self) -> bool:
        return self.status == "genuine"

    @property
    def reported(self) -> bool:
        """Forged and look-alike answers are counted into a Trust & Safety case by the check
        itself: the person who checked need not report them again (nor sign in to)."""
        return self.status in ("forged", "foreign_domain")

    @property
    def advice(self) -> str:
        text = ADVICE[self.status]
        if self.status == "revoked" and self.closed_because:
            text = f"{self.closed_because} {text}"
        if self.foreign_domains:
            text += f" The look-alike address: {', '.join(self.foreign_domains)}."
        if self.other_domains:
            text += f" Not our site either: {', '.join(self.other_domains)}."
        return text

    @property
    def amount_display(self) -> str:
        """The amount agreed (what was signed), with any payment fee apart in brackets."""
        if self.request is None:
            return ""
        currency = self.request.currency
        digits = get_currency_precision(currency)
        amount = Decimal(self.request.amount_minor).scaleb(-digits)
        agreed = format_currency(amount, currency, locale="en_US")
        fees = self.now.fees if self.genuine and self.now is not None else ""
        return f"{agreed} ({fees})" if fees else agreed

    def contract(self) -> dict[str, Any] | None:
        if not self.genuine or self.request is None or self.now is None:
            return None
        return {
            "title": self.now.title,
            "freelancer": self.now.freelancer,
            "amount_minor": self.request.amount_minor,
            "currency": self.request.currency,
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "genuine": self.genuine,
            "status": self.status,
            "contract": self.contract(),
            "advice": self.advice,
        }


def own_domains() -> set[str]:
    ours = {(urlsplit(settings.BASE_URL).hostname or "").lower()}
    return ours | {d.lower() for d in settings.VERIFICATION_OWN_DOMAINS}


def _imitates_us(link: Link) -> bool:
    brand = next(iter(sorted(own_domains()))).split(".")[0]
    path = link.path.lower()
    return (
        link.token is not None
        or any(path.startswith(p) for p in _OUR_PATHS)
        or (len(brand) > 3 and brand in link.host)
        # our own address inside someone else's link: "ours.example@evil.test", "/ours.example/"
        or any(domain and domain in link.text.lower() for domain in own_domains())
    )


def _state_of(request: SignedRequest) -> Verdict:
    now = registry.resolve(request)
    if request.expires_at <= clock.now():
        return Verdict("expired", request=request)
    if now is None or not now.open:
        because = now.closed_because if now is not None else ""
        return Verdict("revoked", request=request, closed_because=because)
    return Verdict("genuine", request=request, now=now)


def _by_token(token: str) -> Verdict:
    reading = read_token(token)
    if reading.request is None:
        return Verdict("forged")
    return _state_of(reading.request)


def _by_code(code: str) -> Verdict:
    request = SignedRequest.objects.filter(code=code).first()
    return Verdict("unknown") if request is None else _state_of(request)


def _by_link(link: Link) -> Verdict | None:
    if link.token is not None:
        return _by_token(link.token)
    reference = registry.reference_for_path(link.path)
    if reference is None:
        return None
    if reference == registry.FORGED:
        return Verdict("forged")
    request = SignedRequest.objects.filter(reference=reference).order_by("-id").first()
    return Verdict("unknown") if request is None else _state_of(request)


def verify_text(text: str) -> Verdict:
    """The answer for whatever was pasted: a link, a whole email, a token or a short code."""
    if not text.strip():
        raise DomainError(
            VerificationErrorCode.TEXT_EMPTY,
            "Paste the link, the message or the code you received.",
        )
    if len(text) > MAX_TEXT_CHARS:
        raise DomainError(
            VerificationErrorCode.TEXT_TOO_LONG,
            f"That is more than {MAX_TEXT_CHARS:,} characters: paste only the link or the code.",
        )
    pasted = take_apart(text)
    ours = own_domains()
    verdicts: list[Verdict] = []
    foreign: list[str] = []
    other: list[str] = []
    for link in pasted.links:
        if link.host in ours:
            found = _by_link(link)
            if found is not None:
                verdicts.append(found)
        elif _imitates_us(link):
            foreign.append(link.shown_host)
        else:
            other.append(link.shown_host)
    verdicts += [_by_token(token) for token in pasted.tokens]
    verdicts += [_by_code(code) for code in pasted.codes]
    if foreign:
        verdict = Verdict("foreign_domain")
    elif verdicts:
        verdict = max(verdicts, key=lambda v: _STRENGTH.index(v.status))
    else:
        verdict = Verdict("unknown")
    verdict.foreign_domains = sorted(set(foreign))
    verdict.other_domains = sorted(set(other) - set(foreign))
    if verdict.reported:
        _count_suspicious(verdict)
    return verdict


def _count_suspicious(verdict: Verdict) -> None:
    domains = verdict.foreign_domains or ["(pasted without a link)"]
    for domain in domains:
        count = _count_domain(domain[:255], forged=verdict.status == "forged")
        if _worth_a_concern(count):
            raise_concern(
                Concern(
                    source="verification",
                    target_kind="domain",
                    target_id=domain[:255],
                    reason="scam_fraud",
                    summary=f"Phishing: {checks_in_words(count)} of forged or look-alike payment "
                    f"requests from {domain}",
                    evidence={"domain": domain, "checks": count, "last": verdict.status},
                )
            )


def _count_domain(domain: str, *, forged: bool) -> int:
    """Adds one check to the domain's count (a row made on its first check); the new total."""
    column = "forged_count" if forged else "foreign_count"
    rows = SuspiciousDomain.objects.filter(domain=domain)
    if not rows.update(**{column: F(column) + 1}, last_seen_at=clock.now()):
        try:
            with transaction.atomic():
                SuspiciousDomain.objects.create(domain=domain, **{column: 1})
        except IntegrityError:  # made by a concurrent check a moment ago
            rows.update(**{column: F(column) + 1}, last_seen_at=clock.now())
    forged_count, foreign_count = rows.values_list("forged_count", "foreign_count").get()
    return forged_count + foreign_count


def checks_in_words(count: int) -> str:
    """ "1 check", "10 checks": how a concern's summary counts the checks of a domain."""
    return f"{count} check" if count == 1 else f"{count} checks"


def _worth_a_concern(count: int) -> bool:
    while count >= 10 and count % 10 == 0:
        count //= 10
    return count == 1
