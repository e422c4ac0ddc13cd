"""Issue 14, sixth round: a national webmail that is no employer.

Each test names one behaviour.
"""

from directcontracts.circumvention import normalize as n
from directcontracts.circumvention.matcher import (
    Thresholds,
    build_index,
    profile_from_record,
)


def _population(prefix, country, count):
    return [
        {"id": f"{prefix}{i}", "name": f"Some One{i}", "country": country} for i in range(count)
    ]


def test_a_walla_address_says_nothing_about_an_employer():
    assert n.company_domain("lea.cohen@walla.co.il") is None


def test_namesakes_on_walla_are_not_taken_for_colleagues_at_the_holders_employer():
    holder = {
        "id": "h",
        "name": "Lea Cohen",
        "country": "IL",
        "email": "lcohen@gmail.com",
        "company": "Nova Urban Labs Ltd",
    }
    namesakes = [
        {"id": f"n{i}", "name": "Lea Cohen", "country": "IL", "email": f"lea{i}@walla.co.il"}
        for i in range(2)
    ]
    index = build_index(
        [holder, *namesakes, *_population("u", "IL", 300), *_population("v", "US", 2000)]
    )
    result = index.match(
        profile_from_record(
            {
                "id": "c",
                "name": "Lea Cohen",
                "country": "IL",
                "email": "wildfalcon1475@walla.co.il",
                "company": "NUL Inc.",
            }
        ),
        Thresholds(),
    )
    assert (result.decision, result.match) == ("review", "h")
