"""Countries people can choose: ISO 3166-1 alpha-2 codes with their English names (CLDR,
through babel), without the regions and pseudo-territories CLDR adds (EU, UN, XA...)."""

from __future__ import annotations

from functools import cache

from babel import Locale

from directcontracts.core.errors import CoreErrorCode, DomainError

# CLDR territories that are not ISO 3166-1 countries (or are parts of one).
NOT_COUNTRIES = {"AC", "CP", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "XK", "ZZ"}


@cache
def country_names() -> dict[str, str]:
    territories = Locale("en").territories
    return {
        code: str(name)
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    }


@cache
def country_choices() -> list[tuple[str, str]]:
    """(code, name) sorted by name, for a select."""
    return sorted(country_names().items(), key=lambda item: item[1])


def is_country(code: str) -> bool:
    return code in country_names()


def clean_country(value: object) -> str:
    """The upper-case code of a real country, or a 400 naming the field."""
    code = str(value or "").strip().upper()
    if not is_country(code):
        raise DomainError(
            CoreErrorCode.INVALID_COUNTRY,
            "Choose your country from the list (a two-letter ISO code such as US, DE or IN).",
            field="country",
        )
    return code
