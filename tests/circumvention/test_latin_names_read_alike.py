"""Issue 14, eighteenth round: two names in Latin letters are one name written another way
only when their tokens read alike, not when they merely share consonants.

A token's skeleton keeps its consonants, so Asuka and Yosuke (s, k), Lacey and Alicia (l, c)
or Jamie and Emma (m) shared one, and two people with one surname compared as "transliterated",
an agreeing name worth as much as the same name. Between two names in Latin letters the tokens
must now also read alike once the letters romanisation schemes trade (w / v, j / y / i, kh / ch
/ h, q / c / k, ...) are made one. Each test names one behaviour.
"""

import pytest

from directcontracts.circumvention import normalize as n
from directcontracts.circumvention.matcher import (
    AGREEING_NAME_LEVELS,
    Thresholds,
    build_index,
    profile_from_record,
)
from tests.circumvention.pairs import name_level


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Asuka Nakamura", "Yosuke Nakamura"),
        ("Lacey Brown", "Alicia Brown"),
        ("Jamie Young", "Emma Young"),
        ("Justin Mayer", "Mary Sutton"),
    ],
)
def test_two_latin_names_sharing_only_consonants_do_not_agree(one, other):
    assert name_level(one, other) not in AGREEING_NAME_LEVELS


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Olga Volkova", "Olga Wolkowa"),
        ("Yuri Ivanov", "Jurij Iwanow"),
        ("Iurii Petrov", "Yury Petrov"),
        ("Pavel Fedorov", "Pavel Fyodorov"),
        ("Ivan Khokhlov", "Ivan Chochlow"),
        ("Yakov Jakowlew", "Iakov Yakovlev"),
        ("Ahmad Kassem", "Ahmad Qasim"),
        ("Layla Haddad", "Leila Haddad"),
        ("David Cohn", "David Kohen"),
    ],
)
def test_two_romanisations_of_one_name_still_agree(one, other):
    assert name_level(one, other) in AGREEING_NAME_LEVELS


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("wolkow", "volkov"),
        ("jakowlew", "iakovlev"),
        ("khokhlov", "hohlov"),
        ("chochlow", "hohlov"),
        ("fyodorov", "fedorov"),
        ("qasim", "kasim"),
        ("noor", "nur"),
    ],
)
def test_romanisation_folding_makes_the_traded_letters_one(written, folded):
    assert n.romanisation_folded(written) == folded


def test_a_y_opening_a_name_is_not_read_as_russian_yo():
    assert n.romanisation_folded("yosuke") == "iosuke"


def test_a_colleague_sharing_only_consonants_is_no_second_holder_of_the_name_at_the_firm():
    """Before: Yosuke Nakamura at the same firm counted as a second Asuka Nakamura there, so
    the firm could not tell them apart and the holder scored as a bare namesake."""
    holder = {
        "id": "holder",
        "name": "NAKAMURA Asuka",
        "company": "Takahashi Systems Corporation",
        "country": "JP",
    }
    colleague = {
        "id": "colleague",
        "name": "Nakamura Yosuke",
        "company": "Takahashi Systems Co., Ltd.",
        "country": "JP",
    }
    namesake = {"id": "namesake", "name": "Asuka Nakamura", "country": "JP"}
    fillers = [{"id": f"f{i}", "name": f"Filler Person{i}", "country": "JP"} for i in range(3000)]
    candidate = {
        "id": "c",
        "name": "NAKAMURA Asuka",
        "company": "Takahashi Systems LLC",
        "country": "JP",
    }
    index = build_index([holder, colleague, namesake, *fillers])
    result = index.match(profile_from_record(candidate), Thresholds(review=5.0))
    name = next(s for s in result.signals if s.field == "name")
    assert (result.match, name.level) == ("holder", "exact_at_same_organisation")
    assert name.weight > 6.0  # the firm adds to the name: no second Asuka Nakamura there
