"""Fellegi-Sunter matching of an invited client against existing marketplace accounts.

Design:
1. Each record becomes a `Profile` of normalised values (normalize.py).
2. Blocking keys (exact email, phone, payment fingerprint, device id, name + country
   phonetic key, organisation + name key) pick the few accounts worth comparing.
3. Each field of a (candidate, account) pair is compared to a level (agree, similar,
   disagree, missing). Its weight is log2(m / u): m is how often a returning account holder
   keeps that level, u how often two different people reach it by chance. For values that
   people share (names, countries, public IPs, office domains) u is the value's frequency
   among accounts, so a shared common name or carrier IP says little and a rare one says
   more; personal identifiers (card, phone, mailbox, device) have a small fixed u divided
   by nothing but the number of accounts holding the same value.
   Weights of corroborating fields are capped so that no pile of weak agreements
   (same office, same network, same country) adds up to an identity.
4. The best-scoring account and its score (the sum of weights, in bits) go through two
   thresholds: block, review, or allow. The signals that decided it travel with the answer.
5. Issue 14: what survives a disguise has its own level and its own multi-valued keys
   (Profile.more_keys): a local part reused or reshaped at another domain (weighed by how
   common it is, and by nothing when it is only the agreeing name), a domain typo, a phone
   number one edit apart (deletion-neighbourhood keys), a name in another script or
   romanisation (consonant skeletons), with an initial or a name added or dropped, a
   company's acronym, an IPv6 /64.

This module is pure Python: the `match_accounts` command runs it without a database, the
real-time service feeds it rows fetched through indexes, and the batch rescan reuses it.
"""

from __future__ import annotations

import gc
import itertools
import math
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA, JaroWinkler

from directcontracts.circumvention import normalize as n

BLOCK = "block"
REVIEW = "review"
ALLOW = "allow"

DEFAULT_BLOCK_SCORE = 12.0
DEFAULT_REVIEW_SCORE = 9.0
# A blocking key shared by more accounts than this is too common to find anyone by.
MAX_BLOCK_SIZE = 200
# Keys that only suggest a candidate (a name's skeleton, a reshaped local part, a name
# with an initial) are too common sooner.
WEAK_KEYS = frozenset({"name_skel", "name_initial", "email_form", "network"})
MAX_WEAK_BLOCK_SIZE = 50
# Keys that are only counted, never looked up for candidates: a local part's digits (how
# common a number is among mailbox names); the accounts that share them are found by the
# letters' forms or the name, which the digits only corroborate.
COUNTED_ONLY_KEYS = frozenset({"email_digits", "org_initials"})


# Kinds of key a profile may hold several of (Profile.more_keys), filed in MatchKey rows.
MULTI_KEYS = frozenset(
    {
        "email_local",
        "email_form",
        "email_digits",
        "phone_near",
        "name_skel",
        "name_initial",
        "org_acronym",
        "org_initials",
        "network",
    }
)


def block_limit(kind: str) -> int:
    if kind in COUNTED_ONLY_KEYS:
        return 0
    return MAX_WEAK_BLOCK_SIZE if kind in WEAK_KEYS else MAX_BLOCK_SIZE


FREQUENCY_CAP = 1000

RECORD_FIELDS = (
    "id", "email", "name", "phone", "country", "company", "payment_fingerprint", "device_id", "ip",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Profile:
    """A record's normalised signals."""

    id: str
    email_key: str | None = None
    email_loose: str | None = None
    email_local: str | None = None
    email_domain: str | None = None
    email_local_typed: str | None = None
    phone: str | None = None
    phone_national: str | None = None
    phone_landline: bool = False
    card: str | None = None
    device: str | None = None
    device_model: str | None = None
    name_tokens: tuple[str, ...] = ()
    name_key: str | None = None
    name_phonetic: str | None = None
    country: str | None = None
    company: str | None = None
    org_domain: str | None = None
    ip: str | None = None
    ip_network: str | None = None
    # Issue 14: what survives a disguise that changes the mailbox, the number or the script.
    email_forms: tuple[str, ...] = ()
    name_parts: tuple[n.NamePart, ...] = ()
    name_latin: bool = True
    name_initials: tuple[str, ...] = ()
    name_skeleton: str | None = None
    company_acronyms: tuple[str, ...] = ()

    @property
    def orgs(self) -> tuple[str, ...]:
        company, domain = self.company, self.org_domain
        if company:
            return ("c:" + company, "d:" + domain) if domain else ("c:" + company,)
        return ("d:" + domain,) if domain else ()

    def blocking_keys(self) -> list[tuple[str, str]]:
        """(kind, value) pairs under which this profile is filed and looked up."""
        keys: list[tuple[str, str]] = []
        for kind, value in (
            ("email", self.email_key),
            ("email_loose", self.email_loose),
            ("phone", self.phone),
            ("phone_tail", n.phone_tail(self.phone_national)),
            ("card", self.card),
            ("device", self.device),
        ):
            if value:
                keys.append((kind, value))
        if self.name_phonetic and self.country:
            keys.append(("name_country", f"{self.country}|{self.name_phonetic}"))
        if self.name_key:
            keys.extend(("org_name", f"{org}|{self.name_key}") for org in self.orgs)
        return keys + self.more_keys()

    def more_keys(self) -> list[tuple[str, str]]:
        """Multi-valued keys (issue 14), filed in their own table in the database."""
        keys: list[tuple[str, str]] = []
        if self.email_local:
            keys.append(("email_local", self.email_local))
        keys.extend(("email_form", form) for form in self.email_forms)
        if digits := n.local_part_digits(self.email_local):
            # The local part's digits, counted (how common a number is among mailbox names;
            # never looked up for candidates).
            keys.append(("email_digits", digits))
        keys.extend(("phone_near", k) for k in n.phone_deletion_keys(self.phone_national))
        country = name_scope(self)
        skeletons = sorted({p[1] for p in self.name_parts})
        if skeletons and self.country:
            # The name in every country (issue 14, round 25): a candidate who gives no
            # country is found by it and its namesakes are counted the world over.
            keys.append(("name_skel", f"{ANY_COUNTRY}|{' '.join(skeletons)}"))
            loose_anywhere = sorted({n.loose_skeleton(p[0]) for p in self.name_parts})
            keys.append(("name_skel", f"{ANY_COUNTRY}|={' '.join(loose_anywhere)}"))
        if skeletons:
            keys.append(("name_skel", f"{country}|{' '.join(skeletons)}"))
            # The same with repeated consonants merged, which finds a name written in a
            # script without vowels (hdd / Haddad); the comparison then decides.
            merged = sorted({_merged(s) for s in skeletons})
            keys.append(("name_skel", f"{country}|~{' '.join(merged)}"))
            # The loose skeletons, which find a name written by another scheme whose strict
            # skeleton differs (Харитонова / Haritonova: kh or h; Εμπορόπουλος / Eboropoulos);
            # a weak key like the others, so a common loose form finds nobody.
            loose = sorted({n.loose_skeleton(p[0]) for p in self.name_parts})
            keys.append(("name_skel", f"{country}|={' '.join(loose)}"))
            # ... and of the name as written when a token's nickname family reads otherwise
            # (Judy / judith, Gabriel / gabe): a transcription writes the name, not its family
            # (Τζουντι Ριβερα finds Judy Rivera; issue 14, round 21).
            as_written = sorted({p[3] for p in self.name_parts})
            if as_written != loose:
                keys.append(("name_skel", f"{country}|={' '.join(as_written)}"))
        if 3 <= len(skeletons) <= 4:
            # A middle or maiden name added or dropped: every pair of the name's tokens.
            keys.extend(
                ("name_skel", f"{country}|{a} {b}") for a, b in itertools.combinations(skeletons, 2)
            )
        if 2 <= len(self.name_parts) <= 3:
            # An initial for one token ("J. Smith"): the initial beside each other token.
            for part in self.name_parts:
                for other in self.name_parts:
                    if other is not part:
                        keys.append(("name_initial", f"{country}|{part[2]}|{other[1]}"))
        if len(self.name_parts) == 1 and self.name_initials:
            keys.extend(
                ("name_initial", f"{country}|{i}|{self.name_parts[0][1]}")
                for i in self.name_initials
            )
        if self.name_key:
            keys.extend(("org_acronym", f"{a}|{self.name_key}") for a in self.company_acronyms)
        # How many accounts' employers an acronym may stand for (counted, never looked up).
        keys.extend(("org_initials", a) for a in self.company_acronyms)
        # The address (an IPv6 /64, whose interface part changes): a home or a small office,
        # so that a name written another way is found from where it writes; an address
        # shared by more than MAX_WEAK_BLOCK_SIZE accounts (a carrier's NAT) finds nobody.
        network = self.ip_network if self.ip_network and ":" in self.ip_network else self.ip
        if network:
            keys.append(("network", network))
        return list(dict.fromkeys(keys))

    def lookup_keys(self) -> list[tuple[str, str]]:
        """The keys a check looks up: an initial-and-token key only for a name written with an
        initial (a full name is found by its other keys; most "J. Smith" pairs are noise)."""
        keys = self.blocking_keys()
        if self.country:
            # A name in every country is looked up only by a candidate who gives none.
            keys = [k for k in keys if not k[1].startswith(ANY_COUNTRY_PREFIX)]
        if self.name_initials:
            return keys
        return [k for k in keys if k[0] != "name_initial"]


# The scope of the name keys of a profile that gives no country: every country.
ANY_COUNTRY = "*"
ANY_COUNTRY_PREFIX = ANY_COUNTRY + "|"


def name_scope(profile: Profile) -> str:
    """The country a profile's name keys are filed and counted under: its own, or every
    country when it gives none (a name is then weaker evidence: namesakes the world over)."""
    return profile.country or ANY_COUNTRY


def name_fields(raw: str | None, email: str | None) -> dict[str, Any]:
    """A Profile's fields read from the name as written, completed from the mailbox where it
    spells out an initial (round 15): one derivation for a record and a stored row alike."""
    name = n.completed_name(raw, email) or raw
    parts = n.name_parts(name)
    return {
        "name_parts": parts,
        "name_tokens": n.tokens_of_parts(parts),
        "name_latin": n.written_in_latin(name),
        "name_initials": n.name_initials(name),
        "name_skeleton": n.name_skeleton_key(parts),
    }


def profile_from_record(record: Mapping[str, Any]) -> Profile:
    def text(name: str) -> str | None:
        value = record.get(name)
        return str(value) if value not in (None, "") else None

    email = text("email")
    country = n.country_code(text("country"))
    names = name_fields(text("name"), email)
    tokens = names["name_tokens"]
    return Profile(
        id=str(record.get("id")),
        email_key=n.email_key(email),
        email_loose=n.email_loose_key(email),
        email_local=n.email_local(email),
        email_domain=n.email_domain(email),
        email_local_typed=n.email_local_typed(email),
        phone=n.phone_e164(text("phone"), country),
        phone_national=n.phone_national(text("phone"), country),
        phone_landline=n.is_landline(text("phone"), country),
        card=text("payment_fingerprint"),
        device=n.device_key(text("device_id")),
        device_model=n.device_model(text("device_id")),
        name_key=" ".join(tokens) if tokens else None,
        name_phonetic=n.phonetic_key(tokens),
        country=country,
        company=n.company_key(text("company")),
        org_domain=n.company_domain(email),
        ip=n.ip_address(text("ip")),
        ip_network=n.ip_network_key(text("ip")),
        email_forms=n.email_local_forms(email),
        company_acronyms=n.company_acronyms(text("company")),
        **names,
    )


# --- Frequencies ---------------------------------------------------------------------------

FREQUENCY_FIELDS = (
    "email_key", "email_local", "phone", "phone_national", "card", "device", "device_model", "name_key",
    "country", "org", "ip", "ip_network",
)  # fmt: skip


_VALUE_FIELDS = tuple(f for f in FREQUENCY_FIELDS if f != "org")
_values_of = operator.attrgetter(*_VALUE_FIELDS)


def frequency_values(profile: Profile) -> list[tuple[str, str]]:
    values = [(f, v) for f, v in zip(_VALUE_FIELDS, _values_of(profile), strict=True) if v]
    values += [("org", org) for org in profile.orgs]
    return values


# Multi-valued keys whose holders are counted (the block's size): a form of a local part or
# a name skeleton held by more than MAX_BLOCK_SIZE accounts says nothing.
COUNTED_KEYS = frozenset(
    {"email_form", "email_digits", "name_skel", "name_initial", "org_initials"}
)
# Counted keys are counted up to one past the block limit, in memory as in the database.
COUNT_LIMIT = MAX_BLOCK_SIZE + 1


@dataclass
class Frequencies:
    """How many accounts hold each value, and how many accounts there are."""

    total: int = 0
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, profile: Profile, keys: Iterable[tuple[str, str]] | None = None) -> None:
        """Count a profile's values (and its counted keys, given when already computed)."""
        self.total += 1
        self.counts.update(frequency_values(profile))
        keys = profile.more_keys() if keys is None else keys
        self.counts.update(k for k in keys if k[0] in COUNTED_KEYS)

    def count(self, name: str, value: str | None) -> int:
        if not value:
            return 0
        return self.counts.get((name, value), 0)

    def people_in(self, country: str | None) -> int:
        """Accounts in a country (all accounts when it is not known): counted exactly in
        memory; the database path puts its statistics' estimate under "country_people",
        because its counts stop at FREQUENCY_CAP."""
        if not country:
            return max(self.total, 1)
        people = self.count("country_people", country) or self.count("country", country)
        # A country with few accounts is too few to take shares of: their estimate is
        # floored at FREQUENCY_CAP accounts (or all of them, when there are fewer).
        return max(people, min(self.total, FREQUENCY_CAP), 1)

    def share(self, name: str, value: str | None) -> float:
        """Share of accounts holding the value (at least one account's worth)."""
        return max(self.count(name, value), 1) / max(self.total, 1)


# --- Weights -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Weights:
    """m-probabilities, fixed u for personal identifiers and the caps on corroboration.

    Chosen from what is known about returning account holders (they change email first,
    then phone and card, rarely their name or country) and checked on development data;
    see docs/circumvention.md.
    """

    # Personal identifiers: weight = log2(m / u) - log2(accounts holding the value).
    email_exact: float = 16.0
    email_loose: float = 10.0
    phone: float = 15.0
    phone_national: float = 12.0
    card: float = 16.0
    device: float = 14.0
    # Disagreement on an identifier a returning holder often changes on purpose.
    email_differs: float = -0.5
    phone_differs: float = -1.0
    card_differs: float = -0.5
    device_differs: float = -0.5
    # Names: m for each level; u from the name's frequency for exact agreement.
    name_m_exact: float = 0.55
    name_exact_cap: float = 6.0
    name_org_cap: float = 16.0
    name_m_close: float = 0.1
    name_m_subset: float = 0.1
    name_close: float = 5.0
    name_subset: float = 3.0
    name_subset_cap: float = 5.0
    name_partial: float = 0.5
    name_differs: float = -5.0
    # Same surname, a clearly different given name: a relative, not the same person.
    given_name_conflicts: float = -6.0
    # Corroboration, frequency-adjusted and capped.
    country_m: float = 0.9
    country_cap: float = 2.0
    country_differs: float = -3.0
    org_m: float = 0.5
    org_cap: float = 4.0
    # What the same employer adds to an agreeing name (an acronym included).
    org_given_name_cap: float = 2.0
    # ... and what initials written for the employer may add when few employers of the
    # country fit them (issue 14, round 23): namesakes share an employer in 4 % of pairs on
    # our crowded population, log2(0.5 / 0.04) = 3.6, rounded down.
    org_acronym_name_cap: float = 3.0
    org_differs: float = -1.0
    ip_m: float = 0.12
    ip_cap: float = 3.0
    # The same address or IPv6 /64 beside an agreeing name (issue 14, round 10): households
    # and offices share an address, which is why it is capped, but a namesake inside them is
    # rare (relatives' given names conflict and take 6 bits away), so it may weigh a bit more.
    ip_name_agrees_cap: float = 4.0
    ip_network_m: float = 0.2
    ip_network_cap: float = 1.5
    device_model_m: float = 0.25
    device_model_cap: float = 1.0
    email_local_m: float = 0.05
    email_local_cap: float = 6.0
    # A handle made of no name and carrying its own digits (quietrider750), reused at
    # another provider (issue 14, round 11): what people keep when they change mailbox.
    email_handle_cap: float = 9.0
    # A local part made of the name says little beyond the name itself: nothing when the
    # names agree and it is only the name, a bit with digits (namesakes share birth years).
    email_local_name_cap: float = 3.0
    email_local_name_agrees_cap: float = 3.0
    # A mailbox name made of the agreeing name, beside a name few accounts hold (issue 14,
    # round 7): u is the chance that one of the name's holders picked the same mailbox name
    # (the same local part, or the same letters in another shape) by chance, namesakes x the
    # rate at which two namesakes share one, measured on populations where names are as
    # varied as in life and where they are crowded (docs/circumvention.md, round 7).
    namesake_same_local_rate: float = 0.1
    namesake_same_form_rate: float = 0.35
    email_local_of_name_m: float = 0.5
    # Namesakes are counted per this many accounts: a name one account holds among 5,000 may
    # be held by ten among 50,000, so a small population cannot call a name rare.
    namesake_reference_accounts: float = 100_000.0
    email_local_of_name_cap: float = 3.0
    email_form_of_name_cap: float = 1.5
    # The local part reshaped (dots, digits, separators, an initial): weaker.
    email_form_m: float = 0.02
    email_form_cap: float = 4.0
    # The local part's digits kept through a reshape (`jsmith84` / `smith.j84`), u from how
    # many accounts' local parts carry those digits times the agreeing name's holders; only
    # when the letters still share a form.
    # m chosen on the tuning seed (1): 0.3 cost 3 false flags (new clients, namesakes with the
    # same two digits) for 24 more reshapes found, 0.15 one for 20, 0.1 one for 18.
    email_digits_m: float = 0.15
    email_digits_cap: float = 5.0
    # The same local part at a domain a keystroke or two away (gmial.com, gmx.d).
    email_domain_typo: float = 14.0
    # A phone number one digit added, dropped, changed or swapped away, less log2 of the
    # accounts within one edit of the number.
    phone_one_edit: float = 8.0
    # ... and at most this beside a common name that merely agrees, with nothing else shared.
    phone_one_edit_common_name: float = 1.0
    # The same name in another script or romanisation, u from the skeleton's frequency.
    name_m_translit: float = 0.3


def _capped(m: float, share: float, cap: float) -> float:
    return max(0.0, min(cap, math.log2(m / share)))


def _identifier(weight: float, holders: int) -> float:
    return weight - math.log2(max(holders, 1))


@dataclass(frozen=True, slots=True)
class Signal:
    field: str
    level: str
    weight: float

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.field, "level": self.level, "weight": round(self.weight, 2)}


def compare_names(a: tuple[str, ...], b: tuple[str, ...]) -> str | None:
    """Agreement level of two sorted, canonical token tuples (None when either is missing)."""
    if not a or not b:
        return None
    if a == b:
        return "exact"
    if n.given_names_conflict(a, b):
        # A shared surname with clearly different first names is never "close", however
        # alike the joined strings look ("horvat irina" / "horvat maria").
        return "partial"
    sa, sb = set(a), set(b)
    if len(a) == len(b):
        # Same number of tokens: a typo or two on one token leaves them close.
        similarity = JaroWinkler.normalized_similarity(" ".join(a), " ".join(b))
        if similarity >= 0.93 and len(sa & sb) == len(a) - 1:
            return "close"
        if similarity >= 0.96:
            return "close"
    if sa < sb or sb < sa:
        return "subset"
    if sa & sb:
        return "partial"
    return "differs"


# Two names both written in Latin letters are two romanisations of one name only when their
# tokens also read alike (Jaro-Winkler: Semjonow / Semyonov 0.88, Koslow / Kozlov 0.82);
# Zaira / Sarah (0.73) and Weller / Hiller (0.78) share a loose skeleton and are two names.
LATIN_LOOSE_SIMILARITY = 0.8


def _aligned(a: tuple[n.NamePart, ...], b: tuple[n.NamePart, ...], latin: bool = False) -> int:
    """How many tokens of a find a partner in b: the same canonical token (nicknames folded)
    or the same skeleton (another script or romanisation), or the same loose skeleton of
    2+ consonants (kh / ch / h, zh / sch / z / s, b / v / w written another way), which
    between two names in Latin letters also needs the tokens to read alike. Between two
    scripts, once one token has found its partner, a token left with a single consonant may
    pair with one of the same consonant and first sound (Хари / Harry beside Камерон /
    Cameron)."""
    free = list(b)
    left: list[n.NamePart] = []
    for part in a:
        i = next((i for i, other in enumerate(free) if _same_token(part, other, latin)), None)
        if i is None:
            left.append(part)
        else:
            del free[i]
    matched = len(a) - len(left)
    if latin or not matched:
        return matched
    for part in left:
        i = next((i for i, other in enumerate(free) if _same_short_token(part, other)), None)
        if i is not None:
            del free[i]
            matched += 1
    return matched


def _same_token(part: n.NamePart, other: n.NamePart, latin: bool) -> bool:
    canonical, skeleton, initial, loose, written = part
    c2, s2, i2, l2, w2 = other
    same = skeleton == s2 or (
        (_abjad(canonical) or _abjad(c2)) and _merged(skeleton) == _merged(s2)
    )
    return (
        canonical == c2
        or (
            same
            and (len(skeleton) >= 2 or _same_start(initial, i2, canonical, c2))
            and (not latin or _read_alike(part, other))
        )
        or (len(loose) >= 2 and loose == l2 and (not latin or _read_alike(part, other)))
        or (not latin and _same_in_another_reading(written, loose, w2, l2))
    )


def _read_alike(part: n.NamePart, other: n.NamePart) -> bool:
    """Two tokens in Latin letters that read alike once the letters romanisations trade are
    made one (issue 14, round 18), or by their nickname family: a shared skeleton alone made
    Asuka / Yosuke and Lacey / Alicia one name."""
    written = JaroWinkler.normalized_similarity(
        n.romanisation_folded(part[4]), n.romanisation_folded(other[4])
    )
    return (
        written >= LATIN_LOOSE_SIMILARITY
        or JaroWinkler.normalized_similarity(part[0], other[0]) >= LATIN_LOOSE_SIMILARITY
    )


def _same_short_token(part: n.NamePart, other: n.NamePart) -> bool:
    """Two tokens in two scripts whose readings keep one consonant, the same, and which start
    with the same sound (issue 14, round 16): Хана / Hannah, Χουντ / Hunt, Уод / Wood, Λε /
    Lee. Only beside a token that matched on more: alone, one consonant would meet anyone."""
    shared = _readings(part[4], part[3]) & _readings(other[4], other[3])
    return any(len(reading) == 1 for reading in shared) and (
        n.first_sound(part[4]) == n.first_sound(other[4])
    )


def _same_in_another_reading(a: str, loose_a: str, b: str, loose_b: str) -> bool:
    """Between a name in Latin letters and one in another script (never between two names in
    Latin letters): the same loose skeleton of 2+ consonants once either side, or both, are
    read as a transcription by sound may have heard them."""
    shared = _readings(a, loose_a) & _readings(b, loose_b)
    return any(len(reading) >= 2 for reading in shared)


def _readings(written: str, loose: str) -> frozenset[str]:
    """A token's loose skeleton and those of its other readings."""
    return n.other_readings(written) | {loose}


_SOFT_STARTS = frozenset("aeiouyj")


_WRITTEN_VOWELS = frozenset("aeiou")


def _abjad(token: str) -> bool:
    """A token written without vowels: from a script that does not write them (Arabic,
    Hebrew), where a doubled consonant is written once too (hdd for Haddad)."""
    return _WRITTEN_VOWELS.isdisjoint(token)


@lru_cache(maxsize=1 << 16)
def _merged(skeleton: str) -> str:
    return "".join(ch for i, ch in enumerate(skeleton) if i == 0 or skeleton[i - 1] != ch)


def _same_start(a: str, b: str, token_a: str = "", token_b: str = "") -> bool:
    """Initials of a one-consonant token agree when equal or both a vowel or y / j sound
    (Yulia / Iuliia / Julia), or when a token written without vowels meets one that starts
    with a vowel (علي as ly / Aly: the script does not write the first vowel)."""
    if a == b or (a in _SOFT_STARTS and b in _SOFT_STARTS):
        return True
    return bool(token_a and token_b) and (
        (_abjad(token_a) and b in _SOFT_STARTS) or (_abjad(token_b) and a in _SOFT_STARTS)
    )


def _initials_fit(smaller: Profile, larger: Profile) -> bool:
    """Each initial of the shorter name is the first letter of a token only the longer has."""
    spare = {p[2] for p in larger.name_parts} | {p[0][:1] for p in larger.name_parts}
    spare |= set(larger.name_initials)
    return all(i in spare for i in smaller.name_initials)


def compare_profile_names(cand: Profile, acc: Profile) -> str | None:
    """compare_names, aware of scripts, romanisations, initials and added or dropped names."""
    level = compare_names(cand.name_tokens, acc.name_tokens)
    if level in (None, "exact"):
        return level
    a, b = cand.name_parts, acc.name_parts
    matched = _aligned(a, b, latin=cand.name_latin and acc.name_latin)
    if matched == len(a) == len(b):
        return "transliterated"
    if level == "close":
        return level
    if matched and matched == min(len(a), len(b)):
        smaller, larger = (cand, acc) if len(a) < len(b) else (acc, cand)
        if not _initials_fit(smaller, larger):
            return "initials_conflict"
        return "subset"
    return level


AGREEING_NAME_LEVELS = frozenset({"exact", "close", "subset", "transliterated"})


def _local_from_name(cand: Profile, acc: Profile) -> bool:
    """Whether the candidate's local part holds a name token, as written or by its consonants
    ("petramuller" holds Müller), or is one by its nickname family ("jose1973" holds José,
    whose family's name is another spelling)."""
    letters, frame, canonical = _local_letters(cand.email_local)
    if not letters:
        return False
    return any(
        (len(part[0]) >= 2 and (part[0] in letters or part[0] == canonical))
        or (len(part[1]) >= 2 and part[1] in frame)
        for part in (*cand.name_parts, *acc.name_parts)
    )


@lru_cache(maxsize=1 << 14)
def _local_letters(local: str | None) -> tuple[str, str, str]:
    """A local part's letters (folded), their skeleton and their nickname family: what
    _local_from_name reads of the candidate's mailbox, once a candidate, not once a pair."""
    letters = n.fold_token("".join(ch for ch in (local or "") if ch.isalpha()))
    if not letters:
        return "", "", ""
    return letters, n.token_skeleton(letters), n.canonical_given_name(letters)


def _shared_name_key(cand: Profile, acc: Profile) -> tuple[str, str] | None:
    """The counted key that holds exactly what two names share when one has a token the other
    lacks (a middle or maiden name, or a given name written as an initial), among the keys
    the candidate looks up: so its holders are counted in memory and in the database alike.

    "T. Schneider" / "Thomas Schneider": the initial beside the surname (`name_initial`);
    "Priya Patel" / "Priya Linda Patel": the skeletons of the shorter name (`name_skel`).
    """
    country = name_scope(cand)
    if len(cand.name_parts) == 1 and cand.name_initials:
        fitting = {p[2] for p in acc.name_parts} & set(cand.name_initials)
        if fitting:
            return ("name_initial", f"{country}|{min(fitting)}|{cand.name_parts[0][1]}")
        return None
    cand_skeletons = {p[1] for p in cand.name_parts}
    acc_skeletons = {p[1] for p in acc.name_parts}
    if cand_skeletons < acc_skeletons:
        return ("name_skel", f"{country}|{' '.join(sorted(cand_skeletons))}")
    if acc_skeletons < cand_skeletons and len(acc_skeletons) == 2 and 3 <= len(cand_skeletons) <= 4:
        return ("name_skel", f"{country}|{' '.join(sorted(acc_skeletons))}")
    return None


def _abbreviated_weight(cand: Profile, acc: Profile, freq: Frequencies, w: Weights) -> float:
    """A name with a token added or dropped, weighed by how many accounts hold the part both
    names share (u), like an exact name but with the lower m of a name written differently:
    "Priya Patel" with a middle name added says less than a rare "Tessa Brandt" does."""
    key = _shared_name_key(cand, acc)
    holders = freq.count(*key) if key else 0
    if not holders:
        return w.name_subset
    share = min(holders, COUNT_LIMIT) / max(freq.total, 1)
    return _capped(w.name_m_subset, share, w.name_subset_cap)


def _namesakes(level: str | None, cand: Profile, acc: Profile, freq: Frequencies) -> int:
    """How many accounts hold the name two records agree on (1 when they do not agree): the
    number of chances a weak attribute had to coincide with someone of that name."""
    if level == "exact":
        return max(freq.count("name_key", cand.name_key), 1)
    if level == "transliterated":
        return _skeleton_holders(cand, freq)
    if level == "subset":
        key = _shared_name_key(cand, acc)
        return min(max(freq.count(*key), 1), COUNT_LIMIT) if key else 1
    if level == "close":
        # A similar name's namesakes are also those who write it another way (Lei Huang's
        # are the Li Huangs too, issue 14 round 19): the holders of its skeleton.
        return max(freq.count("name_key", cand.name_key), _skeleton_holders(cand, freq))
    return 1


def _skeleton_holders(cand: Profile, freq: Frequencies) -> int:
    """Accounts whose name has the candidate's skeleton in its country, counted up to one past
    the weak-key limit (in memory as in the database)."""
    holders = freq.count("name_skel", f"{name_scope(cand)}|{cand.name_skeleton}")
    return min(max(holders, 1), MAX_WEAK_BLOCK_SIZE + 1)


# Agreeing name levels and the names their signals go by.
NAME_LEVEL_NAMES = {
    "exact": "same",
    "transliterated": "transliterated",
    "close": "similar",
    "subset": "abbreviated",
}


def _agreeing_name_weight(
    level: str, cand: Profile, acc: Profile, freq: Frequencies, w: Weights
) -> float:
    """What an agreeing name weighs alone: u from how many accounts hold it (exactly, by its
    skeleton, or the part both names share), capped."""
    if level == "exact":
        share = freq.share("name_key", cand.name_key)
        return _capped(w.name_m_exact, share, w.name_exact_cap)
    if level == "transliterated":
        holders = freq.count("name_skel", f"{name_scope(cand)}|{cand.name_skeleton}")
        # Counted up to one past the weak-key limit, in memory as in the database.
        share = min(max(holders, 1), MAX_WEAK_BLOCK_SIZE + 1) / max(freq.total, 1)
        return _capped(w.name_m_translit, share, w.name_exact_cap)
    if level == "subset":
        return _abbreviated_weight(cand, acc, freq, w)
    return w.name_close


# A name held by this share of the accounts (one in 200) is common: among its holders, one
# with a number one digit from the candidate's is a coincidence that consecutive numbers
# (families, colleagues) make. Measured on the tuning seed: one in 1,000 (20 of 20,000) cost
# 65 disguises for 7 false flags, one in 400 23 for 5, one in 200 3 for 2. The database
# counts a name's holders up to FREQUENCY_CAP, so there, above 200,000 accounts, this never
# applies; in memory the count is exact.
COMMON_NAME_SHARE = 0.005
# Fields whose agreement corroborates a number one digit off beyond the name and country.
_CORROBORATING_FIELDS = frozenset(
    {"email", "email_local", "payment_fingerprint", "device_id", "device_model", "ip", "company"}
)


def _uncorroborated_phone_near_a_common_name(
    signals: list[Signal], name_share: float, w: Weights
) -> list[Signal]:
    """A number one digit off beside a common name that merely agrees, with nothing else
    shared, weighs at most w.phone_one_edit_common_name."""
    near = [s for s in signals if s.field == "phone" and s.level.startswith("one_digit_apart")]
    if not near or name_share < COMMON_NAME_SHARE:
        return signals
    if any(s.field in _CORROBORATING_FIELDS and s.weight > 0 for s in signals):
        return signals
    return [
        Signal(s.field, s.level, min(s.weight, w.phone_one_edit_common_name)) if s in near else s
        for s in signals
    ]


def _kept_digits_weight(
    cand: Profile,
    acc: Profile,
    freq: Frequencies,
    w: Weights,
    namesakes: int,
) -> float:
    """A reshaped local part that keeps the account's digits (`jsmith84` / `smith.j84`,
    `petraschroder_264` / `petra_schroder264`), the letters still sharing a form (digits
    alone, `cosmicninja4531` / `aleksey_titov4531`, flagged namesakes on the tuning seed).
    u is the chance that one of the name's
    holders carries those digits by chance: holders(digits) x namesakes / accounts, from the
    population's own counts (real digits cluster on birth years, so 10^-k would flatter
    them). Digits held by more accounts than are counted say nothing."""
    digits = n.local_part_digits(cand.email_local)
    if not digits or digits != n.local_part_digits(acc.email_local):
        return 0.0
    if not set(cand.email_forms) & set(acc.email_forms):
        return 0.0
    holders = freq.count("email_digits", digits)
    if holders >= COUNT_LIMIT:
        return 0.0
    share = max(holders, 1) * namesakes / max(freq.total, 1)
    return _capped(w.email_digits_m, share, w.email_digits_cap)


def _namesakes_per_reference(namesakes: int, freq: Frequencies, w: Weights) -> float:
    """The name's holders scaled to the reference population: how many namesakes a mailbox
    name had the chance to coincide with."""
    return namesakes * w.namesake_reference_accounts / max(freq.total, 1)


def _domain_typo(cand: Profile, acc: Profile) -> bool:
    """The same local part, as written, at a domain one keystroke from the account's
    (takahashisangyo.co.jp / takahashi-sangyo.co.jp). Two real providers one letter apart
    (o2.pl, op.pl) are two mailboxes; short domains are too near too many others."""
    a, b = cand.email_domain, acc.email_domain
    if not a or not b or a == b:
        return False
    # A domain at a top-level domain that does not exist (yahoo.esm) is nobody's mailbox.
    real = n.known_tld(a) and n.known_tld(b)
    if real and min(len(a), len(b)) < 8:
        return False
    if (cand.email_key or "").partition("@")[0] != (acc.email_key or "").partition("@")[0]:
        return False
    if real and n.is_free_mail_domain(a) and n.is_free_mail_domain(b):
        return False
    return OSA.distance(a, b, score_cutoff=1) <= 1


def _same_country_code(cand: Profile, acc: Profile) -> bool:
    if not (cand.phone and acc.phone and cand.phone_national and acc.phone_national):
        return True
    # From the parsed code: a national number kept with its leading zero (+30 0694...)
    # must not read as another country code.
    return n.phone_country_code(cand.phone) == n.phone_country_code(acc.phone)


def _shared_orgs(cand: Profile, acc: Profile) -> set[str]:
    """Organisations both name; a company written as its acronym counts ("IBM" for
    "International Business Machines")."""
    shared = set(cand.orgs) & set(acc.orgs)
    if not shared and _shared_acronym(cand, acc):
        # The candidate's own value, whose holders are counted (in the database too).
        shared.add("c:" + str(cand.company))
    if not shared and n.domain_spells_company(cand.org_domain, acc.company):
        # The candidate's mail at the domain that spells the account's employer
        # (sarah.long@griffinfrank.com / Sarah Long at Griffin-Frank; issue 14, round 22).
        shared.add("d:" + str(cand.org_domain))
    if not shared and n.domain_spells_company(acc.org_domain, cand.company):
        shared.add("c:" + str(cand.company))
    return shared


def _shared_acronym(cand: Profile, acc: Profile) -> str | None:
    """The acronym one of the two wrote for the other's company ("JCF" / "Johnston, Collins
    and Fitzpatrick"), when it is one of the candidate's own (so its holders are counted)."""
    if not (cand.company and acc.company):
        return None
    if acc.company in cand.company_acronyms:
        return acc.company
    if cand.company in acc.company_acronyms and cand.company in cand.company_acronyms:
        return cand.company
    return None


def _name_and_acronym_holders(cand: Profile, acronym: str, freq: Frequencies) -> int:
    """Accounts expected to hold both the name and an employer of those initials by chance,
    times the accounts: holders(name) x holders(acronym)."""
    initials = max(freq.count("org_initials", acronym), 1)
    return max(freq.count("name_key", cand.name_key), 1) * initials


def compare(
    cand: Profile,
    acc: Profile,
    freq: Frequencies,
    w: Weights = Weights(),
    namesakes_at_organisation: int = 1,
) -> tuple[float, list[Signal]]:
    """The match weight of a pair and the signals that make it up (non-zero ones only).

    namesakes_at_organisation: how many of the accounts compared hold a name agreeing with
    the candidate's at an organisation the candidate names (best_match counts them)."""
    return _compare(
        cand,
        acc,
        freq,
        w,
        namesakes_at_organisation,
        compare_profile_names(cand, acc),
        _shared_orgs(cand, acc),
    )


def _compare(
    cand: Profile,
    acc: Profile,
    freq: Frequencies,
    w: Weights,
    namesakes_at_organisation: int,
    name_level: str | None,
    shared_orgs: set[str],
) -> tuple[float, list[Signal]]:
    """compare, given the pair's name level and shared organisations (best_match has worked
    them out once a pair already, to count the namesakes at an organisation)."""
    signals: list[Signal] = []

    def add(field_name: str, level: str, weight: float) -> None:
        if weight:
            signals.append(Signal(field_name, level, weight))

    # How many accounts hold the agreeing name: the chances a weak attribute (an address, a
    # device model, a handle's shape) had to coincide with someone of that name.
    namesakes = _namesakes(name_level, cand, acc, freq)
    # Email: the mailbox, a weaker custom-domain alias, or the same local part elsewhere.
    if cand.email_key and acc.email_key:
        if cand.email_key == acc.email_key:
            add(
                "email",
                "same_mailbox",
                _identifier(w.email_exact, freq.count("email_key", cand.email_key)),
            )
        elif cand.email_loose and cand.email_loose == acc.email_loose:
            add("email", "alias_at_same_domain", w.email_loose)
        else:
            add("email", "differs", w.email_differs)
            # The same mailbox name elsewhere, weighed by how common that name is: "info" or
            # "john" say little, "quietrider750" a lot. One made of the name says nothing
            # beyond the name when the names agree (namesakes pick the same mailbox names),
            # and a little when they do not.
            from_name = _local_from_name(cand, acc)
            names_agree = name_level in AGREEING_NAME_LEVELS
            digits = sum(ch.isdigit() for ch in cand.email_local or "")
            same_local = bool(cand.email_local) and cand.email_local == acc.email_local
            if same_local and _domain_typo(cand, acc):
                holders = freq.count("email_local", cand.email_local)
                add("email", "domain_typo", _identifier(w.email_domain_typo, holders))
            elif same_local and not (from_name and names_agree and not digits):
                share = freq.share("email_local", cand.email_local)
                cap = w.email_local_cap
                if from_name and names_agree:
                    # Only its digits tell namesakes apart: one in ten or a hundred share them,
                    # fewer in the same shape (mary.smith86 / marysmith86 is two people).
                    typed = cand.email_local_typed == acc.email_local_typed
                    cap = w.email_local_name_agrees_cap if digits >= 2 and typed else 1.0
                elif from_name:
                    cap = w.email_local_name_cap
                else:
                    # A handle (quietrider750) among the name's holders: one of 150 Mary
                    # Smiths may have picked it too.
                    share *= namesakes
                    if digits >= 2:
                        cap = w.email_handle_cap
                weight = _capped(w.email_local_m, share, cap)
                kept = _kept_digits_weight(cand, acc, freq, w, namesakes)
                if kept > weight:
                    add("email_local", "same_digits", kept)
                else:
                    add("email_local", "same_local_part", weight)
            elif same_local:
                # Made of the agreeing name, no digits: only a rare name makes it tell.
                share = w.namesake_same_local_rate * _namesakes_per_reference(namesakes, freq, w)
                weight = _capped(w.email_local_of_name_m, share, w.email_local_of_name_cap)
                add("email_local", "same_local_part_of_the_name", weight)
            else:
                weight = 0.0
                shared_forms = set(cand.email_forms) & set(acc.email_forms)
                if from_name and names_agree and shared_forms:
                    share = w.namesake_same_form_rate * _namesakes_per_reference(namesakes, freq, w)
                    weight = _capped(w.email_local_of_name_m, share, w.email_form_of_name_cap)
                if not from_name and shared_forms:
                    holders = min(max(freq.count("email_form", f), 1) for f in shared_forms)
                    if holders <= MAX_WEAK_BLOCK_SIZE:
                        # Discounted by the namesakes, like a shared address: among 150
                        # accounts called James Smith, one with a handle of the same shape is
                        # to be expected.
                        share = holders * namesakes / max(freq.total, 1)
                        weight = _capped(w.email_form_m, share, w.email_form_cap)
                kept = _kept_digits_weight(cand, acc, freq, w, namesakes)
                if kept > weight:
                    add("email_local", "same_digits", kept)
                else:
                    add("email_local", "similar_local_part", weight)
    if cand.phone_national and acc.phone_national:
        line = "_landline" if cand.phone_landline else ""
        if cand.phone and cand.phone == acc.phone:
            add("phone", f"same{line}", _identifier(w.phone, freq.count("phone", cand.phone)))
        elif n.same_phone_line(cand.phone_national, acc.phone_national):
            holders = freq.count("phone_national", cand.phone_national)
            add(
                "phone",
                f"same_national_number{line}",
                _identifier(w.phone_national, holders),
            )
        elif n.phone_one_edit(cand.phone_national, acc.phone_national) and _same_country_code(
            cand, acc
        ):
            holders = freq.count("phone_near", cand.phone_national)
            add("phone", f"one_digit_apart{line}", _identifier(w.phone_one_edit, holders))
        else:
            add("phone", "differs", w.phone_differs)
    for field_name, cv, av, exact, differs, freq_name in (
        ("payment_fingerprint", cand.card, acc.card, w.card, w.card_differs, "card"),
        ("device_id", cand.device, acc.device, w.device, w.device_differs, "device"),
    ):
        if cv and av:
            if cv == av:
                add(field_name, "same", _identifier(exact, freq.count(freq_name, cv)))
            else:
                add(field_name, "differs", differs)
    if cand.device_model and cand.device_model == acc.device_model and cand.device != acc.device:
        share = freq.share("device_model", cand.device_model) * namesakes
        add("device_model", "same_model", _capped(w.device_model_m, share, w.device_model_cap))

    level = name_level
    name_m = {
        "exact": w.name_m_exact,
        "close": w.name_m_close,
        "subset": w.name_m_subset,
        "transliterated": w.name_m_translit,
    }
    if level in name_m:
        alone = _agreeing_name_weight(level, cand, acc, freq, w)
        if shared_orgs and namesakes_at_organisation > 1:
            # Two or more accounts of that name at that organisation already: the
            # organisation cannot tell which one, nor a newcomer of the same name from them.
            add("name", f"{level}_at_same_organisation", alone)
        elif shared_orgs:
            # The same name at the same organisation, scored as one field: the name's own
            # weight, plus what the organisation adds once the names agree, from the expected
            # number of namesakes there by chance, holders(name) x holders(organisation) /
            # accounts of the country (names and employers are both local). A common name at
            # a big employer adds nothing; the organisation never takes away what the name
            # weighs alone.
            holders = max(freq.count("name_key", cand.name_key), 1) * min(
                max(freq.count("org", o), 1) for o in shared_orgs
            )
            # Capped like every shared attribute: among colleagues, namesakes are commoner
            # than the independence of names and employers says (one family, one firm).
            people = freq.people_in(cand.country)
            org = _capped(w.org_m, holders / people, w.org_given_name_cap)
            literal = bool(set(cand.orgs) & set(acc.orgs))
            if not literal and (initials := _shared_acronym(cand, acc)):
                # Initials written for the account's employer: counted by every employer they
                # fit, they may add up to org_acronym_name_cap (issue 14, round 23).
                counted = _name_and_acronym_holders(cand, initials, freq) / people
                org = max(org, _capped(w.org_m, counted, w.org_acronym_name_cap))
            # A pair rare among all accounts (a rare name at a small firm) is one field, as
            # before: the chance of a coincidence is the expected number of accounts holding
            # both, holders(name) x holders(organisation) / accounts.
            # (Not for an acronym: how many companies it stands for is not counted.)
            weight = min(w.name_org_cap, alone + org)
            if set(cand.orgs) & set(acc.orgs):
                share = holders / max(freq.total, 1)
                weight = max(weight, _capped(name_m[level] * w.org_m, share, w.name_org_cap))
            elif acronym := _shared_acronym(cand, acc):
                # An acronym: the same, with the employers it may stand for counted instead.
                share = _name_and_acronym_holders(cand, acronym, freq) / max(freq.total, 1)
                weight = max(weight, _capped(name_m[level] * w.org_m, share, w.name_org_cap))
            add("name", f"{level}_at_same_organisation", weight)
        else:
            add("name", NAME_LEVEL_NAMES[level], alone)
    elif level == "initials_conflict" or (
        level == "partial" and n.given_names_conflict(cand.name_tokens, acc.name_tokens)
    ):
        add("name", "given_name_conflicts", w.given_name_conflicts)
    elif level == "partial":
        add("name", "one_token_shared", w.name_partial)
    elif level == "differs":
        add("name", "differs", w.name_differs)

    if cand.country and acc.country:
        if cand.country == acc.country:
            share = freq.share("country", cand.country)
            add("country", "same", _capped(w.country_m, share, w.country_cap))
        else:
            add("country", "differs", w.country_differs)

    cand_orgs, acc_orgs = set(cand.orgs), set(acc.orgs)
    if cand_orgs and acc_orgs and level not in name_m:
        shared = shared_orgs
        if shared:
            share = min(freq.share("org", org) for org in shared)
            add("company", "same_organisation", _capped(w.org_m, share, w.org_cap))
        elif cand.company and acc.company:
            add("company", "differs", w.org_differs)

    # A shared network or device model corroborates an agreeing name less the more accounts
    # hold that name: among 150 namesakes, one on a carrier's address is to be expected.
    ip_cap = w.ip_name_agrees_cap if level in name_m else w.ip_cap
    if cand.ip and cand.ip == acc.ip:
        share = freq.share("ip", cand.ip) * namesakes
        add("ip", "same_address", _capped(w.ip_m, share, ip_cap))
    elif cand.ip_network and cand.ip_network == acc.ip_network and ":" in cand.ip_network:
        # An IPv6 /64 is one link (a home, a phone): privacy addressing changes only the
        # interface part, so the same /64 weighs like the same IPv4 address.
        share = freq.share("ip_network", cand.ip_network) * namesakes
        add("ip", "same_ipv6_64", _capped(w.ip_m, share, ip_cap))
    elif cand.ip_network and cand.ip_network == acc.ip_network:
        share = freq.share("ip_network", cand.ip_network) * namesakes
        add("ip", "same_network", _capped(w.ip_network_m, share, w.ip_network_cap))

    signals = _uncorroborated_phone_near_a_common_name(signals, namesakes / max(freq.total, 1), w)
    return sum(s.weight for s in signals), signals


# --- Decisions -----------------------------------------------------------------------------


# Evidence only the same person has: their mailbox, their device, their mobile number,
# their name (when it is rare enough to weigh). Cards, landlines, home and office
# networks, a company with a common name are shared by families and colleagues.
PERSONAL_EVIDENCE = {
    ("email", "same_mailbox"),
    ("email", "alias_at_same_domain"),
    ("email", "domain_typo"),
    ("device_id", "same"),
    ("phone", "same"),
    ("phone", "same_national_number"),
}
PERSONAL_NAME_LEVELS = {"same", "similar", "abbreviated", "transliterated"}
# A mailbox name rare enough to weigh this much is one person's.
PERSONAL_LOCAL_WEIGHT = 4.0
PERSONAL_NAME_WEIGHT = 3.0
SHARED_ATTRIBUTE = "rests_on_an_attribute_families_and_colleagues_share"
NAME_CONFLICT = "given_name_conflicts"


def _has_personal_evidence(signals: list[Signal]) -> bool:
    return any(
        (s.field, s.level) in PERSONAL_EVIDENCE
        or (
            s.field == "name"
            and s.level in PERSONAL_NAME_LEVELS
            and s.weight >= PERSONAL_NAME_WEIGHT
        )
        or (s.field == "email_local" and s.weight >= PERSONAL_LOCAL_WEIGHT)
        for s in signals
    )


def review_instead_of_block(signals: list[Signal]) -> str:
    """Why a block-scoring match is only a review ("" when the block stands): the names
    conflict (a relative), or nothing personal backs the match (a shared card, landline,
    network or a common name at one employer)."""
    if any(s.level == NAME_CONFLICT for s in signals):
        return NAME_CONFLICT
    if not _has_personal_evidence(signals):
        return SHARED_ATTRIBUTE
    return ""


@dataclass(frozen=True)
class Thresholds:
    block: float = DEFAULT_BLOCK_SCORE
    review: float = DEFAULT_REVIEW_SCORE

    def decide(self, score: float) -> str:
        if score >= self.block:
            return BLOCK
        if score >= self.review:
            return REVIEW
        return ALLOW


@dataclass(frozen=True)
class Result:
    id: str
    match: str | None
    score: float
    decision: str
    signals: list[Signal]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "match": self.match,
            "score": round(self.score, 3),
            "decision": self.decision,
            "signals": [s.as_dict() for s in self.signals],
        }


def best_match(
    cand: Profile,
    accounts: Iterable[Profile],
    freq: Frequencies,
    thresholds: Thresholds,
    weights: Weights = Weights(),
) -> Result:
    """Score every given account against the candidate and decide on the best one."""
    best: tuple[float, Profile, list[Signal]] | None = None
    # Each pair's name level and shared organisations, worked out once a pair. From them, the
    # namesakes at an organisation: how many of the accounts hold a name agreeing with the
    # candidate's at an organisation the candidate names. Every such account is among the
    # candidates: the organisation-and-name and acronym-and-name keys find them (up to
    # MAX_BLOCK_SIZE), in memory as in the database.
    pairs = [(acc, compare_profile_names(cand, acc), _shared_orgs(cand, acc)) for acc in accounts]
    at_organisation = (
        sum(1 for _, level, shared in pairs if shared and level in AGREEING_NAME_LEVELS)
        if cand.orgs
        else 0
    )
    for acc, name_level, shared_orgs in pairs:
        score, signals = _compare(
            cand, acc, freq, weights, at_organisation, name_level, shared_orgs
        )
        if best is None or score > best[0] or (score == best[0] and acc.id < best[1].id):
            best = (score, acc, signals)
    if best is None:
        return Result(cand.id, None, 0.0, ALLOW, [])
    score, acc, signals = best
    decision = thresholds.decide(score)
    if decision == ALLOW:
        return Result(cand.id, None, score, ALLOW, [])
    signals = sorted(signals, key=lambda s: -s.weight)
    softened = review_instead_of_block(signals) if decision == BLOCK else ""
    if softened:
        # The reason travels with the evidence, so staff see why this is only a review.
        return Result(cand.id, acc.id, score, REVIEW, [*signals, Signal("decision", softened, 0.0)])
    return Result(cand.id, acc.id, score, decision, signals)


class InMemoryIndex:
    """Accounts held in memory, filed under their blocking keys (command line and batch)."""

    def __init__(self) -> None:
        self.profiles: list[Profile] = []
        self.blocks: dict[tuple[str, str], list[int]] = {}
        self.frequencies = Frequencies()

    def add(self, profile: Profile) -> None:
        position = len(self.profiles)
        self.profiles.append(profile)
        keys = profile.blocking_keys()
        self.frequencies.add(profile, keys)
        blocks = self.blocks
        for key in keys:
            block = blocks.get(key)
            if block is None:
                blocks[key] = [position]
            else:
                block.append(position)

    def candidates_for(self, cand: Profile) -> list[Profile]:
        positions: set[int] = set()
        near: set[int] = set()
        for key in cand.lookup_keys():
            block = self.blocks.get(key)
            if block and len(block) <= block_limit(key[0]):
                positions.update(block)
                if key[0] == "phone_near":
                    near.update(block)
        if cand.phone_national:
            self.frequencies.counts[("phone_near", cand.phone_national)] = len(near)
        return [self.profiles[i] for i in sorted(positions)]

    def match(self, cand: Profile, thresholds: Thresholds, weights: Weights = Weights()) -> Result:
        return best_match(cand, self.candidates_for(cand), self.frequencies, thresholds, weights)


def build_index(
    records: Iterable[Mapping[str, Any]], on_record: Callable[[], None] | None = None
) -> InMemoryIndex:
    index = InMemoryIndex()
    # A large population is millions of long-lived objects (profiles, keys, blocks) and no
    # reference cycles: the cyclic collector, left on, would walk the growing heap again and
    # again while it is built (a sixth of match_accounts' time at 100,000 accounts).
    collecting = gc.isenabled()
    gc.disable()
    try:
        for record in records:
            index.add(profile_from_record(record))
            if on_record is not None:
                on_record()
    finally:
        if collecting:
            gc.enable()
    return index
