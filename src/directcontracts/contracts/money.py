"""Amounts, minimums, fee quotes and display. Integer minor units only; Babel formats."""

from __future__ import annotations

from dataclasses import dataclass

from babel.numbers import format_currency, get_currency_precision
from django.conf import settings

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


def to_minor(amount: str, currency: str) -> int:
    """'12.34' → 1234 for USD; refuses more decimals than the currency has."""
    from decimal import Decimal, InvalidOperation

    precision = get_currency_precision(currency)
    try:
        value = Decimal(amount.strip())
    except (InvalidOperation, AttributeError):
        raise ValueError("Enter an amount such as 250 or 250.00.") from None
    if not value.is_finite():
        raise ValueError("Enter an amount such as 250 or 250.00.")
    scaled = value.scaleb(precision)
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{currency} amounts have at most {precision} decimals.")
    return int(scaled)


def from_minor(amount_minor: int, currency: str) -> str:
    """1234 → '12.34' for USD: the plain form a person types back into a field."""
    from decimal import Decimal

    precision = get_currency_precision(currency)
    return f"{Decimal(amount_minor).scaleb(-precision):.{precision}f}"


def display(amount_minor: int, currency: str, locale: str = "en_US") -> str:
    precision = get_currency_precision(currency)
    from decimal import Decimal

    return format_currency(Decimal(amount_minor).scaleb(-precision), currency, locale=locale)


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
