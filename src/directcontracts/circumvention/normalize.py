"""Identity normalisers: turn what people type into values that compare equal when they mean
the same thing.

Design: every function here is pure (no database, no network, no Django), so the command-line
matcher, the real-time service and the batch rescan share one definition of "the same email",
"the same phone" and "the same name". Each normaliser keeps real-world formats in mind rather
than one data set: provider rules for email aliases, E.164 through libphonenumber with the
stated country as the default region, anyascii transliteration (ISC licence; never the GPL
unidecode), a nickname table, token order, legal suffixes, IPv4 /24 and IPv6 /48 networks.
A value that cannot be normalised becomes None: a missing signal says nothing either way.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from functools import lru_cache
from importlib import resources

import jellyfish
import phonenumbers
from anyascii import anyascii
from rapidfuzz import process
from rapidfuzz.distance import OSA

# --- Email ---------------------------------------------------------------------------------

# Mailboxes with several domain names: any of them reaches the same inbox.
DOMAIN_ALIASES = {
    "googlemail.com": "gmail.com",
    "protonmail.com": "proton.me",
    "protonmail.ch": "proton.me",
    "pm.me": "proton.me",
    "me.com": "icloud.com",
    "mac.com": "icloud.com",
    "ya.ru": "yandex.ru",
    "yandex.com": "yandex.ru",
    "yandex.by": "yandex.ru",
    "yandex.kz": "yandex.ru",
    "yandex.ua": "yandex.ru",
    "ymail.com": "yahoo.com",
    "rocketmail.com": "yahoo.com",
}
# Providers that ignore dots in the local part.
DOTLESS_DOMAINS = frozenset({"gmail.com"})
# Providers with sub-addressing: everything after the separator is a free-form tag.
SUBADDRESS_SEPARATOR = {
    "gmail.com": "+",
    "outlook.com": "+",
    "hotmail.com": "+",
    "live.com": "+",
    "msn.com": "+",
    "icloud.com": "+",
    "proton.me": "+",
    "fastmail.com": "+",
    "fastmail.fm": "+",
    "zoho.com": "+",
    "yandex.ru": "+",
    "posteo.de": "+",
    "mailbox.org": "+",
    "hey.com": "+",
    "tutanota.com": "+",
    "gmx.de": "+",
    "gmx.net": "+",
    "web.de": "+",
    # Yahoo's disposable addresses are base-keyword@.
    "yahoo.com": "-",
}
# Brands whose every country domain (hotmail.co.uk, outlook.de ...) is a free mailbox.
FREE_MAIL_BRANDS = frozenset(
    {
        "gmail",
        "googlemail",
        "yahoo",
        "ymail",
        "hotmail",
        "outlook",
        "live",
        "msn",
        "windowslive",
        "aol",
        "icloud",
        "gmx",
        "proton",
        "protonmail",
        "yandex",
        "mail",
        "zoho",
        "rediffmail",
        "tutanota",
        "fastmail",
        "hushmail",
        "qq",
        "163",
        "126",
        "naver",
        "hanmail",
        "daum",
        "seznam",
        # Israel's own webmail (walla.co.il): before issue 14's sixth round every Walla
        # user counted as one employer.
        "walla",
        "libero",
        "virgilio",
        "interia",
        "onet",
        "rambler",
        "inbox",
        "orange",
        "wanadoo",
        "laposte",
        "free",
        "sfr",
        "terra",
        "uol",
        "bol",
        "wp",
        "o2",
        "op",
        "tlen",
        "web",
        "t-online",
        "freenet",
        "posteo",
        "btinternet",
        "sky",
        "virginmedia",
        "comcast",
        "verizon",
        "att",
        "sbcglobal",
        "bellsouth",
        "shaw",
        "rogers",
        "sympatico",
        "bigpond",
        "optusnet",
        "xtra",
        "telefonica",
        "tiscali",
        "alice",
        "tim",
        "otenet",
        "forthnet",
        "docomo",
        "ezweb",
        "softbank",
        "nifty",
        "bk",
        "list",
        "ukr",
        "abv",
        "centrum",
        "azet",
        "citromail",
        "email",
        "mailbox",
        "hey",
    }
)
# Locals shared by whoever reads the mailbox, never a person.
ROLE_LOCALS = frozenset(
    {
        "info",
        "contact",
        "office",
        "hello",
        "admin",
        "billing",
        "team",
        "hr",
        "sales",
        "support",
        "mail",
        "accounts",
        "finance",
        "jobs",
        "careers",
        "hi",
        "enquiries",
    }
)


# The mailbox providers most people use: a domain one keystroke away from one of them is a
# typo for it (gmial.com, gmail.co, hotmial.com), not a company of that name.
POPULAR_DOMAINS = (
    "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "live.com",
    "msn.com", "proton.me", "protonmail.com", "gmx.de", "gmx.net", "web.de", "t-online.de",
    "mail.ru", "yandex.ru", "hotmail.co.uk", "yahoo.co.uk", "hotmail.fr", "orange.fr",
    "wanadoo.fr", "libero.it", "hotmail.es", "hotmail.it", "wp.pl", "onet.pl", "interia.pl",
    "seznam.cz", "comcast.net", "verizon.net", "btinternet.com", "qq.com", "163.com",
    "naver.com", "rediffmail.com", "yahoo.co.in", "yahoo.co.jp", "bigpond.com", "uol.com.br",
    "bol.com.br", "terra.com.br", "zoho.com", "fastmail.com", "me.com", "mac.com",
    "googlemail.com", "ymail.com", "rambler.ru", "ukr.net", "abv.bg",
)  # fmt: skip
_POPULAR = frozenset(POPULAR_DOMAINS)


# Top-level domains: every country code (libphonenumber's regions, plus uk, eu, su) and the
# generic ones mail is commonly at. A domain at any other is a typo (gmail.con, gmx.d).
GENERIC_TLDS = frozenset(
    """com net org edu gov mil int info biz name pro mobi app dev uk eu su io ai online site
    xyz club shop email tech store blog cloud live art design studio agency company family
    example test""".split()
)


def known_tld(domain: str) -> bool:
    """Whether a domain ends in a top-level domain that exists."""
    tld = domain.rpartition(".")[2]
    return tld in GENERIC_TLDS or (len(tld) == 2 and tld.upper() in phonenumbers.SUPPORTED_REGIONS)


@lru_cache(maxsize=1 << 18)
def corrected_domain(domain: str) -> str:
    """The popular provider a domain is one typo away from (an edit or a swap), else itself.

    Only domains of 6+ characters are corrected: a short domain is too near too many others;
    but a domain at a top-level domain that does not exist is always a typo (gmx.d, wp.plm,
    gmail.con), whatever its length or brand.
    """
    if domain in _POPULAR:
        return domain
    if known_tld(domain) and (len(domain) < 6 or is_free_mail_domain(domain)):
        return domain  # a provider of its own (mail.com is not a gmail.com typo)
    found = process.extractOne(domain, POPULAR_DOMAINS, scorer=OSA.distance, score_cutoff=1)
    return found[0] if found else domain


@lru_cache(maxsize=1 << 18)
def _split_email(raw: str | None) -> tuple[str, str] | None:
    if not raw:
        return None
    email = unicodedata.normalize("NFKC", raw).strip().strip("<>").lower()
    local, sep, domain = email.rpartition("@")
    if not sep or not local or "." not in domain:
        return None
    domain = re.sub(r"\.{2,}", ".", domain.rstrip("."))  # yahoo..co.jp
    try:
        # Internationalised domains compare in their ASCII (punycode) form.
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    domain = corrected_domain(domain)
    return local, DOMAIN_ALIASES.get(domain, domain)


def is_free_mail_domain(domain: str) -> bool:
    """Whether a domain is a public mailbox provider (so it says nothing about an employer)."""
    labels = domain.split(".")
    return any(label in FREE_MAIL_BRANDS for label in labels[:-1]) or domain in DOMAIN_ALIASES


def email_key(raw: str | None) -> str | None:
    """The mailbox an address delivers to, by provider rules.

    Case and surrounding space never matter; Gmail ignores dots and `googlemail.com` is
    Gmail; providers with sub-addressing drop the `+tag`. Other domains keep the local part
    as typed (lower case): only their own mail server knows its rules.
    """
    parts = _split_email(raw)
    if parts is None:
        return None
    local, domain = parts
    separator = SUBADDRESS_SEPARATOR.get(domain)
    if separator and separator in local[1:]:
        local = local[: local.index(separator, 1)]
    if domain in DOTLESS_DOMAINS:
        local = local.replace(".", "")
    return f"{local}@{domain}" if local else None


def email_loose_key(raw: str | None) -> str | None:
    """A weaker key for custom domains: `+tag` and dots dropped as if they were Gmail.

    Many company mail servers accept `name+tag@` and treat `first.last` as `firstlast`,
    but not all, so an agreement here is a weaker signal than `email_key`.
    """
    parts = _split_email(raw)
    if parts is None:
        return None
    local, domain = parts
    if is_free_mail_domain(domain):
        return None  # the provider's rules are known; email_key already applied them
    local = re.split(r"[+]", local, maxsplit=1)[0].replace(".", "")
    return f"{local}@{domain}" if local else None


def email_local(raw: str | None) -> str | None:
    """The local part without tags, dots, dashes or underscores, for cross-domain comparison."""
    parts = _split_email(raw)
    if parts is None:
        return None
    local = re.split(r"[+]", parts[0], maxsplit=1)[0]
    local = re.sub(r"[._\-]", "", local)
    if len(local) < 3 or local in ROLE_LOCALS:
        return None
    return local


def email_local_typed(raw: str | None) -> str | None:
    """The local part as typed (lower case, `+tag` dropped, dots and separators kept): the
    same person reusing their mailbox name types it the same way, where a namesake who
    chose the same letters and digits often separates them differently."""
    parts = _split_email(raw)
    if parts is None:
        return None
    return re.split(r"[+]", parts[0], maxsplit=1)[0] or None


@lru_cache(maxsize=1 << 18)
def local_part_digits(local: str | None) -> str | None:
    """The digits of a local part, in order ("j.smith84" -> "84", "smith.j84" -> "84"), when
    there are two or more: a number a person keeps when they reshape their mailbox name (a
    birth year, a lucky number). One digit identifies nobody."""
    digits = "".join(ch for ch in local or "" if ch.isdigit())
    return digits if len(digits) >= 2 else None


_LETTER_RUNS = re.compile(r"[a-z]+")


def email_local_forms(raw: str | None) -> tuple[str, ...]:
    """Forms of the local part that survive a reshaped mailbox name, for cross-domain blocking.

    Digits and separators are dropped ("j.smith84" -> "jsmith"); runs of letters are also
    taken in sorted order ("smith.john" -> "johnsmith") and with the first run cut to its
    initial ("john.smith" -> "jsmith"). Forms shorter than 4 letters or role mailboxes
    (info, sales ...) give nothing: they identify nobody.
    """
    parts = _split_email(raw)
    if parts is None:
        return ()
    local = re.split(r"[+]", parts[0], maxsplit=1)[0]
    runs = _LETTER_RUNS.findall(anyascii(local).lower())
    if not runs:
        return ()
    forms = {"".join(runs), "".join(sorted(runs))}
    if len(runs) >= 2:
        forms.add(runs[0][0] + "".join(runs[1:]))
    return tuple(sorted(f for f in forms if len(f) >= 4 and f not in ROLE_LOCALS))


def email_domain(raw: str | None) -> str | None:
    parts = _split_email(raw)
    return parts[1] if parts else None


def company_domain(raw: str | None) -> str | None:
    """The email domain when it belongs to an organisation rather than a mailbox provider."""
    domain = email_domain(raw)
    if domain is None or is_free_mail_domain(domain):
        return None
    return domain


# --- Phone ---------------------------------------------------------------------------------


def phone_e164(raw: str | None, country: str | None = None) -> str | None:
    return _phone(raw, country)[0]


@lru_cache(maxsize=1 << 18)
def _phone(raw: str | None, country: str | None) -> tuple[str | None, str | None, bool, bool]:
    """(E.164, national significant number, is a landline, is a valid number) of one number,
    parsed once."""
    number = _parse_phone(raw, country)
    if number is None:
        return None, None, False, False
    kind = phonenumbers.number_type(number)
    return (
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        str(number.national_number),
        kind == phonenumbers.PhoneNumberType.FIXED_LINE,
        # is_valid_number(number), without classifying the number a second time: libphonenumber
        # calls a number valid exactly when its type is known (both look the region up from
        # the country code and match the same patterns).
        kind != phonenumbers.PhoneNumberType.UNKNOWN,
    )


def _parse_phone(raw: str | None, country: str | None) -> phonenumbers.PhoneNumber | None:
    """E.164 (`+4930123456`) using the country as the default region when there is no prefix.

    `00` and `011` international prefixes and national trunk prefixes (0, 8) are handled by
    libphonenumber's metadata. Numbers that do not parse, or are too short to be a
    subscriber number, give None.
    """
    if not raw:
        return None
    text = raw.strip()
    digits = re.sub(r"\D", "", text)
    if len(digits) < 6:
        return None
    region = (country or "").upper() or None
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region if not text.startswith("+") else None)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_possible_number(number):
        # Someone who wrote their country code without the + (4915112345678). Only long
        # digit strings qualify: a short national number must not be read as international.
        # Without a stated country the guess is too ambiguous ((48) 98665-7912 is Brazil,
        # not Poland); phone_tail still compares such numbers.
        if text.startswith("+") or len(digits) < 11 or region is None:
            return None
        try:
            number = phonenumbers.parse("+" + digits, None)
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_possible_number(number):
            return None
        if number.country_code != phonenumbers.country_code_for_region(region):
            # Only the stated country's own code is read off the front: a number of the
            # stated country with a digit added (41550196412 in the US) is not Swiss.
            return None
    return number


@lru_cache(maxsize=1 << 16)
def _national_of_invalid(raw: str, country: str | None) -> str | None:
    """The national digits of a number that does not parse as a possible one (a digit added
    or dropped makes most numbers too long or too short): its country code, when written, and
    its trunk prefix are taken off all the same, so that it is one edit from the real number
    (+1 415 0859 3104 -> 41508593104, not 141508593104)."""
    text = raw.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    region = (country or "").upper() or None
    if not text.startswith("+") and region is None:
        return None
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return None
    return str(number.national_number)


def is_landline(raw: str | None, country: str | None = None) -> bool:
    """A fixed line (a household's or an office's), as libphonenumber knows the numbering
    plan; numbers that may be either (the US, Canada) are not counted as landlines."""
    return _phone(raw, country)[2]


def given_names_conflict(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names that share a token (a surname) but whose other tokens clearly differ: each
    side has a token the other lacks, and no such pair starts with the same letter (so not
    an initial, a typo or a nickname, which canonical tokens already fold together)."""
    sa, sb = set(a), set(b)
    if not sa & sb:
        return False
    only_a, only_b = sa - sb, sb - sa
    if not only_a or not only_b:
        return False
    return all(x[:1] != y[:1] for x in only_a for y in only_b)


def phone_national(raw: str | None, country: str | None = None) -> str | None:
    """The national significant number, or the bare digits when the country is unknown.

    A number typed without its country code by someone who did not say their country
    cannot become E.164, but its last digits still identify the line in most plans:
    compare with `same_phone_line`.
    """
    if not raw:
        return None
    e164, national_number, _, valid = _phone(raw, country)
    if e164 is not None and national_number is not None:
        national = national_number
        if not valid:
            national = _without_trunk_prefix(raw, country, national)
    else:
        national = _national_of_invalid(raw, country) or re.sub(r"\D", "", raw).lstrip("0")
        national = _without_trunk_prefix(raw, country, national)
    return national if len(national) >= 7 else None


def _without_trunk_prefix(raw: str, country: str | None, national: str) -> str:
    """The national digits of a number that is not a valid one, written in national form
    with its region's trunk prefix, without that prefix (issue 14, round 17). libphonenumber
    keeps the prefix when taking it off would leave too few digits, which is exactly what a
    dropped digit does: Russia's 8 (8 907 663-66-5 -> 907663665, one edit from 9076636655),
    the 1 of the US and Canada, Hungary's 06. A valid number is never touched (8 800 ... is
    Russia's toll-free 800)."""
    text = raw.strip()
    if not country or text.startswith(("+", "00")):
        return national
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(country.upper())
    prefix = metadata.national_prefix if metadata is not None else None
    digits = re.sub(r"\D", "", text)
    if prefix and national == digits and digits.startswith(prefix):
        return digits[len(prefix) :]
    return national


def phone_tail(national: str | None) -> str | None:
    """The last eight digits, the blocking key for numbers of unknown country."""
    return national[-8:] if national and len(national) >= 8 else None


def same_phone_line(a: str | None, b: str | None) -> bool:
    """Whether two national numbers (or digit strings) end the same way for 9+ digits.

    Covers a trunk prefix or a country code left in one of them (8 935..., 48 98665...).
    """
    if not a or not b:
        return False
    if a == b and len(a) >= 8:
        return True  # the same national digits of a number too short for its plan
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 9 and longer.endswith(shorter) and len(longer) - len(shorter) <= 3


def phone_deletion_keys(national: str | None) -> tuple[str, ...]:
    """The number and every number it gives with one digit dropped (a deletion neighbourhood).

    Two numbers one edit apart (a digit added, dropped or changed, or two adjacent digits
    swapped) always share one of these keys, so they are found by index lookups, not a scan.
    """
    if not national or len(national) < 8:
        return ()
    keys = {national}
    keys.update(national[:i] + national[i + 1 :] for i in range(len(national)))
    return tuple(sorted(keys))


@lru_cache(maxsize=1 << 16)
def phone_country_code(e164: str | None) -> int | None:
    """The country calling code of an E.164 number (+306914030391 -> 30)."""
    if not e164:
        return None
    try:
        return phonenumbers.parse(e164, None).country_code
    except phonenumbers.NumberParseException:
        return None


def phone_one_edit(a: str | None, b: str | None) -> bool:
    """Two national numbers (8+ digits) one digit added, dropped or changed, or with two
    adjacent digits swapped, apart."""
    if not a or not b or a == b or min(len(a), len(b)) < 8:
        return False
    return OSA.distance(a, b, score_cutoff=1) == 1


# --- Names ---------------------------------------------------------------------------------

_GREEK_DIGRAPHS = {"ου": "ou", "Ου": "Ou", "ΟΥ": "OU", "ού": "ou", "Ού": "Ou"}
_NON_LETTERS = re.compile(r"[^a-z\s]")
# German umlauts are written ae/oe/ue when the keyboard lacks them (Müller, Mueller, Muller).
_UMLAUT_DIGRAPH = re.compile(r"([aou])e")


# Han characters carry no spaces: a Chinese name is a one-character surname and a given name.
_CJK_NAME = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]+")


def _spaced_cjk_name(match: re.Match[str]) -> str:
    run = match.group(0)
    if len(run) < 2:
        return f" {anyascii(run)} "
    return f" {anyascii(run[0])} {anyascii(run[1:])} "


# The English j as Cyrillic and Greek write a foreign name (issue 14, round 12): дж anywhere
# (Джон, Бенджамин), τζ at the start of a word (Τζον, Τζένιφερ); anyascii would give dzh and
# tz, whose first letter is not the j of John. Native names keep their match through the
# loose skeletons, which read dzh and a first tz as j too (Dzhambulat, Tzortzis).
_CYRILLIC_J = re.compile("[Дд][Жж]")
_GREEK_FIRST_J = re.compile(r"\b[Ττ][Ζζ]")


def _english_j(match: re.Match[str]) -> str:
    return "J" if match.group(0)[0].isupper() else "j"


@lru_cache(maxsize=1 << 18)
def fold_text(raw: str) -> str:
    """Unicode folding and transliteration to lower-case ASCII letters and single spaces."""
    text = unicodedata.normalize("NFKC", raw)
    for greek, latin in _GREEK_DIGRAPHS.items():
        text = text.replace(greek, latin)
    text = _GREEK_FIRST_J.sub(_english_j, _CYRILLIC_J.sub(_english_j, text))
    text = _CJK_NAME.sub(_spaced_cjk_name, text)
    text = anyascii(text).lower()
    text = text.replace("'", "").replace("’", "")
    text = _NON_LETTERS.sub(" ", text)
    return " ".join(text.split())


def fold_token(token: str) -> str:
    """One spelling per name token: umlaut digraphs and doubled letters collapse."""
    return _single_letters(_UMLAUT_DIGRAPH.sub(r"\1", token))


_DOUBLED = re.compile(r"(.)\1+")


def _single_letters(text: str) -> str:
    """Each run of one letter written once (Petrossian / Petrosian)."""
    return _DOUBLED.sub(r"\1", text)


@lru_cache(maxsize=1)
def _nickname_groups() -> dict[str, str]:
    """Every known name -> one representative of its nickname family (union-find merge)."""
    parent: dict[str, str] = {}

    def find(name: str) -> str:
        parent.setdefault(name, name)
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    text = resources.files("directcontracts.circumvention").joinpath("data/nicknames.txt")
    for line in text.read_text(encoding="utf-8").splitlines():
        names = [fold_token(fold_text(word)) for word in line.split("#")[0].split()]
        names = [n for n in names if n]
        for other in names[1:]:
            a, b = find(names[0]), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {name: find(name) for name in parent}


def canonical_given_name(token: str) -> str:
    return _nickname_groups().get(token, token)


@lru_cache(maxsize=1 << 18)
def name_tokens(raw: str | None) -> tuple[str, ...]:
    """Folded, nickname-canonical name tokens in sorted order; initials are dropped.

    "MÜLLER, Robert J." and "Bob Mueller" both give ("mulr", "robert").
    """
    if not raw:
        return ()
    tokens = []
    for token in fold_text(raw).split():
        if len(token) < 2:
            continue  # initials: present or absent, they neither confirm nor contradict
        tokens.append(canonical_given_name(fold_token(token)))
    return tuple(sorted(set(tokens)))


@lru_cache(maxsize=1 << 18)
def name_initials(raw: str | None) -> tuple[str, ...]:
    """The single-letter tokens of a name ("J. R. Smith" -> ("j", "r")), which name_tokens drops."""
    if not raw:
        return ()
    return tuple(sorted({t for t in fold_text(raw).split() if len(t) == 1}))


# A letter standing alone (an initial), in any script.
_HAS_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_](?![^\W\d_])")


def completed_name(raw: str | None, email: str | None) -> str | None:
    """A name written with initials, completed from a mailbox that spells it out ("Gian G." with
    gian.grisoni@... is Gian Grisoni; issue 14, round 15), or None.

    Only a name in Latin letters, and only when the local part's letter runs are exactly the
    name's words, each initial standing for one run that starts with it: the person wrote
    their full name once already. "J. Smith" at jsmith84@ stays as written."""
    if not raw or not _HAS_INITIAL.search(raw) or not written_in_latin(raw):
        return None  # most names: no initial, answered without folding
    if not (local := email_local_typed(email)):
        return None
    words = fold_text(raw).split()
    initials = [w for w in words if len(w) == 1]
    runs = [r for r in re.split(r"[^a-z]+", fold_text(local)) if r]
    if not initials or len(runs) != len(words) or any(len(r) < 2 for r in runs):
        return None
    spare = list(runs)
    for word in words:
        if len(word) > 1:
            if word not in spare:
                return None
            spare.remove(word)
    completed = []
    for word in words:
        if len(word) > 1:
            completed.append(word)
            continue
        run = next((r for r in spare if r.startswith(word)), None)
        if run is None:
            return None
        spare.remove(run)
        completed.append(run)
    return " ".join(completed)


# ck is one k, like a doubled letter (Jackson / Джексон, Franck / Франк; issue 14, round 14).
_SKELETON_MAP = (("x", "ks"), ("ph", "f"), ("ck", "k"), ("c", "k"), ("q", "k"))
_VOWELS = set("aeiouy")


@lru_cache(maxsize=1 << 18)
def token_skeleton(token: str) -> str:
    """A romanisation-blind key of one folded name token: its consonants.

    Scripts without written vowels (Arabic, Hebrew) and romanisation schemes that differ in
    vowels, y/i/j, h-digraphs (kh, sh, zh, ch, th) and doubled letters all reduce to the
    same consonant frame: Mohammed / mhmd, Dmitriy / Dmitrii / Dmitry, Yuliya / Iuliia,
    Satou / Satoh / Sato, Cohen / khn. `w` between two consonants is a vowel sign (khwry),
    elsewhere a v (Iwanow); `j` next to a vowel at the start or between vowels is a y.
    Consonants are not merged across vowels (Momoko is not Mikako); doubled letters were
    already folded by fold_token.
    """
    text = token
    for old, new in _SKELETON_MAP:
        text = text.replace(old, new)
    # Greek: gamma before i is a y (Giorgos / Yiorgos, -giannis / -yannis), and mp / nt at
    # the start of a word are b / d (Mpakogiannis / Bakoyannis).
    text = re.sub(r"gi(?=[aeiou])", "y", text)
    if text[:2] in ("mp", "nt"):
        text = ("b" if text[0] == "m" else "d") + text[2:]
    out: list[str] = []
    for i, ch in enumerate(text):
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if ch in _VOWELS or ch == "h":
            continue
        if ch == "w":
            if before in _VOWELS or after in _VOWELS:
                ch = "v"
            else:
                continue
        if ch == "j" and after in _VOWELS and (not before or before in _VOWELS or before == "h"):
            continue
        if ch == "j" and not after and before in _VOWELS:
            continue
        out.append(ch)
    return "".join(out) or token


# Sounds that scripts and schemes write differently, folded for comparison only: the velar
# fricative (Хр- / Χρ- as kh, ch, h: Christos / Hristos, Mizrachi / Mizrahi), the sibilants
# (ж / ש as zh, sch, sh, z, s: Zhukov / Schukow, Morozova / Morosowa, Shmuel / Samuel),
# ц as ts, tz or z (Kuznetsova / Kusnezowa), y written j after a consonant (Semjonow /
# Semyonov, Kohji / Kouji), and b / v / w, which
# one script writes as a consonant and another as a vowel sign (ב in Avraham / Abraham,
# ו in ביטון / Bitton, و in يوسف / Yousef).
# Greek μπ, ντ and γκ are b, d and g anywhere in a word by the phonetic scheme and mp, nt, gk
# by ELOT (Emporopoulos / Eboropoulos, Antoniou / Adoniou, Gkaliou / Galiou).
# A Latin name written in Cyrillic or Greek (issue 14, round 12): the English j is дж (dzh)
# and, at the start of a word, τζ (tz): Джон / Τζον / John. Inside a word tz stays a ts
# (Seitz / Seits).
_LOOSE_MAP = (
    ("dzh", "y"), ("tsch", "ch"), ("sch", "sh"), ("tch", "ch"), ("kh", "h"), ("ch", "h"), ("zh", "s"),
    ("sh", "s"), ("ts", "s"), ("tz", "s"), ("j", "y"), ("z", "s"),
    ("mp", "b"), ("mb", "b"), ("nt", "d"), ("gk", "g"), ("b", "v"),
)  # fmt: skip


@lru_cache(maxsize=1 << 18)
def loose_skeleton(folded: str) -> str:
    """A looser skeleton of a folded token, for comparing two names already found (never a
    blocking key: it folds too much to find anyone by): token_skeleton after the folds above,
    without v (Дмитрий Жуков / Dmitrij Schukow -> dmtr sk; Avraham / אברהם -> rm)."""
    text = "y" + folded[2:] if folded.startswith("tz") else folded
    for old, new in _LOOSE_MAP:
        text = text.replace(old, new)
    return token_skeleton(text).replace("v", "")


# How a transcription by sound may have heard a Latin spelling, each reading tried alone and
# with the others, only between a name in Latin letters and one in another script (issue 14,
# rounds 13 and 14): Greek writes the English ch as τσ (Ρίτσαρντ / Richard), a c before e, i or
# y is heard as s (Синди / Cindy, Винсент / Vincent), and Greek, with no letter for d, writes
# both d and nd as ντ (Χέντερσον / Henderson, Έντουαρντς / Edwards). Round 20: Greek writes the
# English j as τζ inside a word too (Φουτζίτα / Fujita, Μπέντζαμιν / Benjamin), where a Greek
# name's own τζ is a tz (Τζώρτζης / Tzortzis), so it is a reading, not the spelling.
_READINGS = (
    (re.compile(r"ts(?=[aeiouy])"), "ch"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"n[dt]"), "d"),
    (re.compile(r"tz(?=[aeiouy])"), "j"),
)


@lru_cache(maxsize=1 << 16)
def other_readings(folded: str) -> frozenset[str]:
    """The loose skeletons of a folded token under the readings above, its usual one left out."""
    readings = {folded}
    for pattern, sound in _READINGS:
        readings |= {pattern.sub(sound, reading) for reading in readings}
    readings.discard(folded)
    return frozenset(loose_skeleton(reading) for reading in readings)


# The first sound of a folded token, as a transcription by sound hears it (issue 14, round
# 16): h, kh, ch and x (Хана / Hannah, Χουντ / Hunt); w, u and the Greek ou (Уод / Wood,
# Ουίλσον / Wilson); j and y; a c before e, i, y as s and otherwise as k; ph as f and th as t
# (Θ / th, English th / т). Any other letter, a vowel included, is its own sound (Ира / Ara
# stay two names). Round 20: a ts before a vowel is the English ch as Greek writes it (Τσαντ /
# Chand).
_FIRST_SOUNDS = (
    (("kh", "ch", "h", "x", "tsa", "tse", "tsi", "tso", "tsu", "tsy"), "h"),
    (("ou", "u", "w"), "w"), (("j", "y"), "j"),
    (("ce", "ci", "cy"), "s"), (("c", "q"), "k"), (("ph",), "f"),
    (("th",), "t"),
)  # fmt: skip


def first_sound(folded: str) -> str:
    """The sound a folded token starts with, by the table above."""
    for starts, sound in _FIRST_SOUNDS:
        if folded.startswith(starts):
            return sound
    return folded[:1]


# Letters romanisation schemes write one sound with (issue 14, round 18): w / v (Wolkow /
# Volkov), j / y / i (Jurij / Yuri), kh / ch / h, q / c / k, ph / f, oo / ou / u, ee / i, and
# Russian ё after a consonant as yo or e (Fyodorov / Fedorov). Longer patterns first.
_ROMANISATION_LETTERS = tuple(
    (re.compile(pattern), sound)
    for pattern, sound in (
        (r"(?<=[^aeiouy])yo", "e"), (r"sch", "sh"), (r"[kc]h", "h"), (r"ph", "f"),
        (r"o[ou]", "u"), (r"ee", "i"), (r"w", "v"), (r"[jy]", "i"), (r"[qc]", "k"), (r"x", "ks"),
    )
)  # fmt: skip


@lru_cache(maxsize=1 << 16)
def romanisation_folded(folded: str) -> str:
    """A folded token with the letters romanisation schemes trade for one another made one,
    so that two romanisations of one name read alike (Jakowlew / Iakovlev -> iakovlev) and two
    names that only share consonants do not (Asuka / Yosuke)."""
    for pattern, sound in _ROMANISATION_LETTERS:
        folded = pattern.sub(sound, folded)
    return _single_letters(folded)


@lru_cache(maxsize=1 << 18)
def written_in_latin(raw: str | None) -> bool:
    """Whether every letter of a name is a Latin one (accents allowed): a name in another
    script reaches Latin letters through anyascii, whose spelling owes nothing to the
    other record's."""
    if not raw or raw.isascii():
        return True  # every ASCII letter is a Latin one: no character to look up
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in raw if ch.isalpha())


# A name token: (canonical token, skeleton, initial, loose skeleton, token as written).
NamePart = tuple[str, str, str, str, str]


@lru_cache(maxsize=1 << 18)
def name_parts(raw: str | None) -> tuple[NamePart, ...]:
    """(canonical token, skeleton, initial, loose skeleton, token as written) of each token of
    2+ letters, sorted.

    The canonical token folds nicknames (Bob / Robert); the skeleton, taken from the token as
    written, folds romanisations and scripts; the initial is the written first letter; the
    loose skeleton (loose_skeleton) of the token as written folds more, for comparison and a
    weak key; the token as written (folded) is what other_readings reads.
    """
    if not raw:
        return ()
    parts = set()
    for token in fold_text(raw).split():
        if len(token) < 2:
            continue
        folded = fold_token(token)
        parts.add(
            (
                canonical_given_name(folded),
                token_skeleton(folded),
                folded[0],
                loose_skeleton(folded),
                folded,
            )
        )
    return tuple(sorted(parts))


def tokens_of_parts(parts: tuple[NamePart, ...]) -> tuple[str, ...]:
    """name_tokens, from the parts already computed."""
    return tuple(sorted({p[0] for p in parts}))


def name_skeleton_key(parts: tuple[NamePart, ...]) -> str | None:
    return " ".join(sorted(p[1] for p in parts)) if parts else None


def name_key(raw: str | None) -> str | None:
    tokens = name_tokens(raw)
    return " ".join(tokens) if tokens else None


@lru_cache(maxsize=1 << 16)
def phonetic_key(tokens: tuple[str, ...]) -> str | None:
    """Sorted Metaphone codes of the tokens: survives most one-letter typos in long names."""
    if not tokens:
        return None
    return " ".join(sorted(jellyfish.metaphone(token) or token for token in tokens))


# --- Companies -----------------------------------------------------------------------------

LEGAL_SUFFIXES = frozenset(
    """
    inc incorporated llc llp lp ltd limited plc corp corporation co company pty pte
    gmbh ag kg kgaa ohg gbr ug mbh ev sa sarl sas sasu eurl sl slu sll sau scp snc sci
    spa srl srls sapa snc sas bv nv vof cv ab as asa oy oyj aps a/s kft zrt sro spzoo zoo
    sp spj spk sc ltda eireli epp me mei ooo oao zao pao ao ip tov abee ae epe ike oe ee
    kk yk gk pvt private public holding holdings group grupa gruppo groupe the and und et
    fze fzc fzco fzllc dmcc pjsc jsc ojsc cjsc wll bhd sdn tbk ood eood doo dd ad
    y e i of cia hnos synowie figli
    com coop ei ink inkorporeyted grup grupp kai omilos etaireion yioi
    """.split()
)
# Words of the legal-suffix list that people do say as part of a name, and so sometimes write
# into its acronym ("PG" for Palla Group, "BS" for Baird and Sons).
DESIGNATORS = frozenset(
    "group grupa gruppo groupe grup grupp holding holdings sons figli filhos fils hnos synowie "
    "yioi omilos cia".split()
)
# Small words of a name that an acronym may keep or leave out ("BPN" or "BPDN" for Banca
# Privada del Norte).
PARTICLES = frozenset("de del della di da do dos das du des la le los las van von der den".split())


@lru_cache(maxsize=1 << 16)
def company_key(raw: str | None) -> str | None:
    """A company name without case, accents, punctuation, legal form or token order."""
    if not raw:
        return None
    tokens = _company_words(raw)
    if not tokens:
        return _acronym_like_a_legal_form(raw)
    return " ".join(sorted(tokens))


def _company_words(raw: str) -> list[str]:
    """The folded words of a company name, legal forms and single letters dropped."""
    text = fold_text(raw.replace("&", " and "))
    return [t for t in text.split() if t not in LEGAL_SUFFIXES and len(t) > 1]


def _acronym_like_a_legal_form(raw: str) -> str | None:
    """A company written only as its acronym when the acronym is also a legal form ("AS" for
    Alpine Software, "APS" for Apex Prime Software, "AG Ltd"): the first word written in
    capitals (2 to 5 letters, no dots), which would otherwise be dropped as a legal form and
    leave no company at all. Nothing when no word is so written ("GmbH", "Inc", "S.A.")."""
    for word in re.split(r"[\s,]+", raw.strip()):
        if 2 <= len(word) <= 5 and word.isalpha() and word.isupper():
            return fold_text(word)
    return None


def company_acronym(raw: str | None) -> str | None:
    """The initials of a company's words in their order, legal form dropped ("International
    Business Machines Corp" -> "ibm"), for names of 2+ words; a short one-word name that may
    itself be an acronym is returned as it is ("IBM Ltd" -> "ibm"). Only ever compared
    together with the person's name, never alone."""
    acronyms = company_acronyms(raw)
    return acronyms[0] if acronyms else None


@lru_cache(maxsize=1 << 16)
def company_acronyms(raw: str | None) -> tuple[str, ...]:
    """Every way the company's name is commonly written as initials, the likeliest first
    (`company_acronym`'s): with or without the designators people say ("Palla Group": "palla"
    or "pg"), with or without small words ("Banca Privada del Norte": "bpdn" or "bpn"), a
    hyphenated name as one word or two ("Zamorani-Gualtieri e figli": "zg" or "zgf", "zf")."""
    if not raw:
        return ()
    tokens = _company_words(raw)
    if not tokens:
        written = _acronym_like_a_legal_form(raw)
        return (written,) if written else ()
    # The likeliest first, as before: the initials of 2+ words, or a short word as it is.
    found = ["".join(t[0] for t in tokens)] if len(tokens) >= 2 else []
    if len(tokens) == 1 and 2 <= len(tokens[0]) <= 5:
        found.append(tokens[0])
    words = [fold_text(w).split() for w in re.split(r"[\s,&]+", raw.strip()) if w]
    for designators, particles, compounds in (
        (True, True, False), (False, False, False), (True, False, False),
        (False, True, True), (True, True, True), (False, False, True), (True, False, True),
    ):  # fmt: skip
        kept = [
            [t for t in parts if _in_acronym(t, designators=designators, particles=particles)]
            for parts in words
        ]
        kept = [parts for parts in kept if parts]
        initials = [parts[0][0] for parts in kept] if compounds else [t[0] for p in kept for t in p]
        if len(initials) >= 2:
            found.append("".join(initials))
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=1 << 16)
def domain_spells_company(domain: str | None, company: str | None) -> bool:
    """Whether an organisation's mail domain is its company's name run together
    ("griffinfrank.com" for "Griffin-Frank", "bairdandsons.com" for "Baird and Sons",
    "hardygroup.fr" for "Hardy S.A.S."): every word of the company key once, in any order,
    with legal forms and connectives ("and", "group", "inc") allowed between them and nothing
    else. `company` is a `company_key`; the domain's first label is compared."""
    if not domain or not company:
        return False
    label = re.sub(r"[^a-z0-9]", "", domain.split(".")[0].lower())
    words = tuple(sorted(company.split()))
    if len(label) < 4 or not words:
        return False
    if not all(word in label for word in words):
        return False  # a word the label does not hold: never spelled (most pairs), answered fast
    return _spelled(label, words)


def _spelled(label: str, words: tuple[str, ...]) -> bool:
    if not label:
        return not words
    for i, word in enumerate(words):
        if label.startswith(word) and _spelled(label[len(word) :], words[:i] + words[i + 1 :]):
            return True
    return any(
        label.startswith(filler) and _spelled(label[len(filler) :], words)
        for filler in _DOMAIN_FILLERS
    )


# Words a company's domain may carry beside its name: legal forms and connectives.
_DOMAIN_FILLERS = tuple(sorted(w for w in LEGAL_SUFFIXES if len(w) >= 2))


def _in_acronym(token: str, *, designators: bool, particles: bool) -> bool:
    if len(token) < 2 or (not particles and token in PARTICLES):
        return False
    return token not in LEGAL_SUFFIXES or (designators and token in DESIGNATORS)


# --- Network and device --------------------------------------------------------------------


def ip_network_key(raw: str | None) -> str | None:
    """The /24 of an IPv4 address or the /64 of an IPv6 one (a household, office or carrier:
    an IPv6 /64 is one link, whose interface part changes with privacy addressing)."""
    return _ip_values(raw)[1]


@lru_cache(maxsize=1 << 18)
def _ip_values(raw: str | None) -> tuple[str | None, str | None]:
    """(address, network key) of one address, parsed once: a record asks for both."""
    address = _ip(raw)
    if address is None:
        return None, None
    written = str(address)
    if address.version == 4:
        # The dotted quad with its last number zeroed, as ipaddress writes the /24's address.
        return written, f"{written.rpartition('.')[0]}.0/24"
    shift = address.max_prefixlen - 64
    return written, f"{ipaddress.ip_address(int(address) >> shift << shift)}/64"


def _ip(raw: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    if not raw:
        return None
    try:
        address = ipaddress.ip_address(raw.strip())
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def ip_address(raw: str | None) -> str | None:
    return _ip_values(raw)[0]


def device_key(raw: str | None) -> str | None:
    value = (raw or "").strip()
    return value or None


def device_model(raw: str | None) -> str | None:
    """The model part of a `model:identifier` device id, when the id carries one."""
    value = device_key(raw)
    if value is None or ":" not in value:
        return None
    return value.rsplit(":", 1)[0].lower() or None


def country_code(raw: str | None) -> str | None:
    value = (raw or "").strip().upper()
    return value if len(value) == 2 and value.isalpha() else None
