"""Issue 14, sixth round: a company written as an acronym that is also a legal form, and a
national webmail that is no employer.

Each test names one behaviour.
"""

from directcontracts.circumvention import normalize as n
from directcontracts.circumvention.matcher import (
    Thresholds,
    build_index,
    compare,
    profile_from_record,
)


def _population(prefix, country, count):
    return [
        {"id": f"{prefix}{i}", "name": f"Some One{i}", "country": country} for i in range(count)
    ]


def _signals(rows, holder_id, candidate):
    index = build_index(rows)
    holder = next(p for p in index.profiles if p.id == holder_id)
    _, signals = compare(profile_from_record({"id": "c", **candidate}), holder, index.frequencies)
    return {(s.field, s.level) for s in signals}


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


def test_a_company_written_as_an_acronym_that_is_also_a_legal_form_is_kept():
    assert (n.company_key("AS"), n.company_acronym("APS")) == ("as", "aps")


def test_a_company_written_only_as_a_dotted_or_mixed_case_legal_form_is_no_company():
    assert [n.company_key(raw) for raw in ("S.A.", "GmbH", "Inc.", "Ltd")] == [None] * 4


def test_an_acronym_that_is_also_a_legal_form_finds_the_holders_employer():
    holder = {"id": "h", "name": "Maria Vlachou", "country": "GR", "company": "Alpine Software AE"}
    signals = _signals(
        [holder, *_population("u", "GR", 2000)],
        "h",
        {"name": "Maria Vlachou", "country": "GR", "company": "AS"},
    )
    assert ("name", "exact_at_same_organisation") in signals
