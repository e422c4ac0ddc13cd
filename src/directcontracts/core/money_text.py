"""Minor units as people read money ("$1,100.00", "¥500"), for every app and the admin."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from babel.numbers import format_currency, get_currency_precision


# Babel's formatting costs ~70 us a call and a contract page shows ~40 amounts, most of them
# repeated (the same milestone amounts and fees): the text of an amount never changes.
@lru_cache(maxsize=4096)
def money_text(amount_minor: int, currency: str, locale: str = "en_US") -> str:
    precision = get_currency_precision(currency)
    return format_currency(Decimal(amount_minor).scaleb(-precision), currency, locale=locale)
