"""Amounts, minimums, fee quotes and display. Integer minor units only; Babel formats."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated

from babel.numbers import get_currency_precision, get_currency_symbol
from django.conf import settings
from pydantic import BeforeValidator, Field

from directcontracts.core.money_text import money_text

# The smallest milestone, about 5 USD in each currency (kept round on purpose; revisit when
# exchange rates move far).
MINIMUM_MILESTONE_MINOR = {
    "USD": 500,
    "EUR": 500,
    "GBP": 400,
    "CAD": 700,
    "AUD": 800,
    "INR": 42_000,
}


def minimum_milestone(currency: str) -> int:
    return MINIMUM_MILESTONE_MINOR.get(currency, 500)


def fee_of(amount_minor: int, bps: int) -> int:
    """A fee in basis points, rounded half up to the minor unit."""
    return (amount_minor * bps + 5_000) // 10_000


MAX_AMOUNT_CHARS = 40
EXAMPLE = "Enter an amount such as 250, 250.00 or 1,100.00."
# A currency's marks are its code and its symbol as these English locales write it
# ("$", "US$", "CA$", "A$", "€", "£", "₹"...); "$400" is read only in a dollar currency.
MARK_LOCALES = ("en_US", "en_GB", "en_CA", "en_AU", "en_IN")
SPACES = " \u00a0\u202f\u2009"


@lru_cache(maxsize=64)
def currency_marks(currency: str) -> tuple[str, ...]:
    """Upper-cased, longest first, so that "US$" is taken whole before "$"."""
    marks = {currency.upper()}
    for locale in MARK_LOCALES:
        marks.add(get_currency_symbol(currency, locale).upper())
    return tuple(sorted(marks, key=len, reverse=True))


def to_minor(amount: str, currency: str) -> int:
    """An amount as a person types it ("250", "1,100.00", "$400", "400 USD") → minor units.

    Bounded (issue 11): the text is checked character by character, and its length and
    digit count are limited, before any number is built, so an exponent ("1E+999999"), a
    sign or a thousand digits is a ValueError with a human message, never a huge number.
    Commas group thousands in threes; the point is the decimal mark.
    """
    if not isinstance(amount, str) or not amount.strip():
        raise ValueError(EXAMPLE)
    text = amount.strip()
    if len(text) > MAX_AMOUNT_CHARS:
        raise ValueError(f"An amount has at most {MAX_AMOUNT_CHARS} characters. {EXAMPLE}")
    number = _without_currency_mark(text, currency)
    if not number or any(char not in "0123456789,." for char in number):
        raise ValueError(_refusal_for_marks(number, currency))
    whole, fraction = _split_number(number)
    return _minor_units(whole, fraction, currency)


def _without_currency_mark(text: str, currency: str) -> str:
    upper = text.upper()
    for mark in currency_marks(currency):
        if upper.startswith(mark):
            text = text[len(mark) :]
            break
        if upper.endswith(mark):
            text = text[: -len(mark)]
            break
    # Spaces inside the number group thousands, like commas ("10 000").
    text = text.strip(SPACES)
    return "".join("," if char in SPACES else char for char in text)


def _refusal_for_marks(number: str, currency: str) -> str:
    others = {
        mark
        for code in settings.SUPPORTED_CURRENCIES
        if code != currency
        for mark in currency_marks(code)
        if mark not in currency_marks(currency)
    }
    if any(mark in number.upper() for mark in others):
        symbol = get_currency_symbol(currency, "en_US")
        return f"This contract is in {currency}: enter the amount in {currency}, such as 400 or {symbol}400."
    return EXAMPLE


def _split_number(number: str) -> tuple[str, str]:
    """("1,100", "00") → ("1100", "00"), refusing misplaced separators."""
    whole, _, fraction = number.partition(".")
    if "." in fraction or "," in fraction:
        raise ValueError(EXAMPLE)
    groups = whole.split(",")
    if len(groups) > 1 and (
        not 1 <= len(groups[0]) <= 3 or any(len(group) != 3 for group in groups[1:])
    ):
        raise ValueError(EXAMPLE)
    digits = "".join(groups)
    if not digits and not fraction:
        raise ValueError(EXAMPLE)
    return digits, fraction


def _minor_units(whole: str, fraction: str, currency: str) -> int:
    precision = get_currency_precision(currency)
    largest = settings.LEDGER_MAX_AMOUNT_MINOR
    whole = whole.lstrip("0")
    if len(whole) > len(str(largest // 10**precision)):
        raise ValueError(f"An amount can be at most {display(largest, currency)}.")
    decimals = fraction.rstrip("0")
    if len(decimals) > precision:
        raise ValueError(f"{currency} amounts have at most {precision} decimals.")
    return int(whole or "0") * 10**precision + int(decimals.ljust(precision, "0") or "0")


def amount_rules(max_chars: int) -> dict[str, object]:
    """What the draft form's live fee line needs to read an amount as `to_minor` and
    `check_milestone_amount` do (contract-form.js): the same marks, separators, decimals and
    bounds, so it never prices an amount the server would refuse."""
    largest = settings.LEDGER_MAX_AMOUNT_MINOR
    currencies = {}
    for code in settings.SUPPORTED_CURRENCIES:
        precision = get_currency_precision(code)
        currencies[code] = {
            "marks": list(currency_marks(code)),
            "precision": precision,
            "whole_digits": len(str(largest // 10**precision)),
            "minimum": minimum_milestone(code),
            "too_small": f"Each milestone must be at least {display(minimum_milestone(code), code)}.",
            "too_large": f"A milestone can be at most {display(largest, code)}.",
            "decimals": f"{code} amounts have at most {precision} decimals.",
        }
    return {
        "max_chars": min(max_chars, MAX_AMOUNT_CHARS),
        "too_long": f"An amount has at most {min(max_chars, MAX_AMOUNT_CHARS)} characters.",
        "maximum": largest,
        "spaces": SPACES,
        "example": EXAMPLE,
        "currencies": currencies,
    }


def whole_minor_units(value: object) -> object:
    """The API's amounts: a JSON integer, or a string of at most as many ASCII digits as the
    largest amount has (a query parameter). JSON Schema counts `50000.0` and `1e3` as
    integers, so a JSON number with no fraction is taken (a float is bounded: no huge
    number is built); fractions, an overflowing `1E+999999` (infinity), booleans, digit
    strings with exponents and anything else are refused before a number is built."""
    digits = len(str(settings.LEDGER_MAX_AMOUNT_MINOR))
    if isinstance(value, float) and value.is_integer() and abs(value) <= 10**digits:
        return int(value)
    plain = isinstance(value, int) and not isinstance(value, bool)
    typed = isinstance(value, str) and 0 < len(value) <= digits and value.isascii()
    if not (plain or (typed and str(value).isdigit())):
        raise ValueError("Send a whole number of minor units, such as 50000 for 500.00.")
    return value


# The constraints come before the validator: that order documents them as OpenAPI's
# exclusiveMinimum and maximum (after it, pydantic writes non-standard "gt" and "le").
AmountMinor = Annotated[
    int,
    Field(
        gt=0,
        le=settings.LEDGER_MAX_AMOUNT_MINOR,
        description="Integer minor units (cents for USD), at most LEDGER_MAX_AMOUNT_MINOR.",
    ),
    BeforeValidator(whole_minor_units),
]


def from_minor(amount_minor: int, currency: str) -> str:
    """1234 → '12.34' for USD: the plain form a person types back into a field."""
    from decimal import Decimal

    precision = get_currency_precision(currency)
    return f"{Decimal(amount_minor).scaleb(-precision):.{precision}f}"


FEE_NAMES = {"card": "card processing fee", "bank_debit": "bank debit fee"}


def fee_name(method_kind: str) -> str:
    return FEE_NAMES.get(method_kind, "processing fee")


def describe_charge(
    *,
    currency: str,
    amount: int,
    fee: int,
    paid_with: str,
    method_kind: str,
    fee_bps: int | None = None,
) -> str:
    """What a charge was made of, in one sentence: 'Charged $517.00 to Visa card ending
    4242: $500.00 into escrow + $17.00 card processing fee (3.4%).'"""
    head = (
        f"Charged {display(amount + fee, currency)} to {paid_with}: "
        f"{display(amount, currency)} into escrow"
    )
    if not fee:
        return f"{head}, no processing fee."
    rate = "" if fee_bps is None else f" ({fee_bps / 100:g}%)"
    return f"{head} + {display(fee, currency)} {fee_name(method_kind)}{rate}."


def display(amount_minor: int, currency: str, locale: str = "en_US") -> str:
    return money_text(amount_minor, currency, locale)


@dataclass(frozen=True)
class Quote:
    """What the client pays and what the freelancer receives, shown before anything is sent."""

    currency: str
    amount: int
    freelancer_fee: int
    freelancer_receives: int
    client_card_fee: int
    client_pays_by_card: int
    client_bank_fee: int
    client_pays_by_bank_debit: int

    def formatted(self) -> dict[str, str]:
        return {
            name: display(getattr(self, name), self.currency)
            for name in (
                "amount",
                "freelancer_fee",
                "freelancer_receives",
                "client_card_fee",
                "client_pays_by_card",
                "client_bank_fee",
                "client_pays_by_bank_debit",
            )
        }


def quote(amount_minor: int, currency: str) -> Quote:
    freelancer_fee = fee_of(amount_minor, settings.FREELANCER_FEE_BPS)
    card_fee = fee_of(amount_minor, settings.CLIENT_CARD_FEE_BPS)
    bank_fee = fee_of(amount_minor, settings.CLIENT_BANK_DEBIT_FEE_BPS)
    return Quote(
        currency=currency,
        amount=amount_minor,
        freelancer_fee=freelancer_fee,
        freelancer_receives=amount_minor - freelancer_fee,
        client_card_fee=card_fee,
        client_pays_by_card=amount_minor + card_fee,
        client_bank_fee=bank_fee,
        client_pays_by_bank_debit=amount_minor + bank_fee,
    )
