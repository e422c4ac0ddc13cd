"""The shortcuts that make `match_accounts` faster (docs/circumvention.md, "Speed, 7 December
2026") answer exactly what the long way answered."""

from __future__ import annotations

import gc
import ipaddress

import phonenumbers
import pytest

from directcontracts.circumvention import normalize as n
from directcontracts.circumvention.matcher import (
    Frequencies,
    Thresholds,
    Weights,
    _abjad,
    _local_from_name,
    _local_letters,
    _merged,
    best_match,
    build_index,
    compare,
    frequency_values,
    profile_from_record,
)

PHONES = [
    ("+49 151 23456789", None),  # a German mobile
    ("030 1234567", "DE"),  # a Berlin landline, national form
    ("+1 415 555 0132", None),  # the US: fixed line or mobile
    ("+1 416 555 0199", None),  # Canada under the same country code
    ("+44 1624 812345", None),  # the Isle of Man inside +44
    ("+800 1234 5678", None),  # a non-geographic number
    ("+49 151 2345678", None),  # one digit dropped: possible, not valid
    ("+7 907 663 66 5", None),  # too short for its plan
    ("8 907 663-66-55", "RU"),  # Russia's trunk prefix
    ("+30 0694 1234567", None),  # a leading zero kept
]


@pytest.mark.parametrize(("raw", "country"), PHONES)
def test_a_number_is_valid_exactly_when_libphonenumber_says_so(raw, country):
    number = n._parse_phone(raw, country)
    expected = number is not None and phonenumbers.is_valid_number(number)
    assert n._phone(raw, country)[3] is expected


@pytest.mark.parametrize(("raw", "country"), PHONES)
def test_a_landline_is_what_libphonenumber_calls_a_fixed_line(raw, country):
    number = n._parse_phone(raw, country)
    expected = (
        number is not None
        and phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE
    )
    assert n.is_landline(raw, country) is expected


def _network_the_long_way(raw: str) -> str | None:
    address = n._ip(raw)
    if address is None:
        return None
    prefix = 24 if address.version == 4 else 64
    shift = address.max_prefixlen - prefix
    return f"{ipaddress.ip_address(int(address) >> shift << shift)}/{prefix}"


@pytest.mark.parametrize(
    "raw",
    [
        "198.51.100.7",
        " 10.0.0.255 ",
        "::ffff:203.0.113.9",
        "2001:db8:1:2:a:b:c:d",
        "::1",
        "fe80::1",
    ],
)
def test_an_address_and_its_network_are_read_from_one_parse(raw):
    assert n.ip_address(raw) == str(n._ip(raw))
    assert n.ip_network_key(raw) == _network_the_long_way(raw)


@pytest.mark.parametrize("raw", [None, "", "not an address", "300.1.2.3"])
def test_an_address_that_does_not_parse_gives_neither(raw):
    assert n._ip_values(raw) == (None, None)


def test_an_ipv4_network_is_its_first_three_numbers_and_a_zero():
    assert n.ip_network_key("203.0.113.77") == "203.0.113.0/24"


@pytest.mark.parametrize(
    ("name", "latin"),
    [("Robert Smith", True), ("O'Brien-Smith, J.", True), ("Jürgen Müller", True),
     ("Иван Петров", False), ("Ivan Петров", False), ("", True), (None, True), ("12 34", True)],
)  # fmt: skip
def test_a_name_is_in_latin_letters_when_every_letter_is_one(name, latin):
    assert n.written_in_latin(name) is latin


@pytest.mark.parametrize(
    ("domain", "company", "spelled"),
    [("griffinfrank.com", "frank griffin", True), ("bairdandsons.com", "baird sons", True),
     ("hardygroup.fr", "hardy", True), ("griffin.com", "frank griffin", False),
     ("frankgriffinx.com", "frank griffin", False), ("acme.com", "acme acme", False)],
)  # fmt: skip
def test_a_domain_spells_a_company_only_when_it_holds_every_word(domain, company, spelled):
    assert n.domain_spells_company(domain, company) is spelled


def test_a_company_read_twice_gives_the_same_keys():
    first = (n.company_key("Palla Group S.p.A."), n.company_acronyms("Palla Group S.p.A."))
    assert first == (n.company_key("Palla Group S.p.A."), n.company_acronyms("Palla Group S.p.A."))
    assert first == ("palla", ("palla", "pg"))


@pytest.mark.parametrize(("token", "abjad"), [("hdd", True), ("mhmd", True), ("haddad", False), ("ly", True)])  # fmt: skip
def test_a_token_without_written_vowels_is_read_as_an_abjad(token, abjad):
    assert _abjad(token) is abjad


@pytest.mark.parametrize(("skeleton", "merged"), [("hdd", "hd"), ("mmhmmd", "mhmd"), ("", ""), ("k", "k")])  # fmt: skip
def test_repeated_consonants_merge(skeleton, merged):
    assert _merged(skeleton) == merged


def test_a_local_part_is_read_once_for_letters_skeleton_and_nickname_family():
    assert _local_letters("petramuller84") == ("petramuler", "ptrmlr", "petramuler")
    assert _local_letters("jose1973") == (
        "jose",
        n.token_skeleton("jose"),
        n.canonical_given_name("jose"),
    )
    assert _local_letters("1234") == ("", "", "")
    assert _local_letters(None) == ("", "", "")


def test_a_local_part_holding_the_name_is_still_found_from_the_cached_reading():
    cand = profile_from_record({"id": "c", "email": "petramuller84@gmail.com"})
    acc = profile_from_record({"id": "a", "email": "p.m@web.de", "name": "Petra Müller"})
    stranger = profile_from_record({"id": "s", "email": "x.y@web.de", "name": "Olga Ivanova"})
    assert _local_from_name(cand, acc)
    assert not _local_from_name(cand, stranger)


def test_frequency_values_are_the_profiles_filled_fields_and_organisations():
    profile = profile_from_record(
        {"id": "a", "email": "jane@acme-studio.com", "name": "Jane Porter", "country": "GB",
         "company": "Acme Studio Ltd", "ip": "203.0.113.5"}
    )  # fmt: skip
    assert frequency_values(profile) == [
        ("email_key", "jane@acme-studio.com"),
        ("email_local", "jane"),
        ("name_key", "jane porter"),
        ("country", "GB"),
        ("ip", "203.0.113.5"),
        ("ip_network", "203.0.113.0/24"),
        ("org", "c:acme studio"),
        ("org", "d:acme-studio.com"),
    ]


@pytest.mark.parametrize(
    ("company", "email", "orgs"),
    [("Acme Ltd", "j@acme.com", ("c:acme", "d:acme.com")), ("Acme Ltd", "j@gmail.com", ("c:acme",)),
     (None, "j@acme.com", ("d:acme.com",)), (None, "j@gmail.com", ())],
)  # fmt: skip
def test_a_profiles_organisations_are_its_company_then_its_mail_domain(company, email, orgs):
    assert profile_from_record({"id": "a", "company": company, "email": email}).orgs == orgs


def test_building_an_index_turns_the_cyclic_collector_back_on():
    assert gc.isenabled()
    build_index([{"id": "a", "name": "Jane Porter"}])
    assert gc.isenabled()


def test_building_an_index_leaves_a_collector_turned_off_off():
    gc.disable()
    try:
        build_index([{"id": "a", "name": "Jane Porter"}])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_building_an_index_turns_the_collector_back_on_when_a_record_fails():
    def records():
        yield {"id": "a", "name": "Jane Porter"}
        raise RuntimeError("unreadable")

    with pytest.raises(RuntimeError):
        build_index(records())
    assert gc.isenabled()


def test_best_match_scores_each_pair_as_compare_does_with_colleagues_of_one_name():
    # Two accounts of one name at one company: the namesakes at the organisation are counted
    # from the name levels and organisations best_match works out once a pair.
    accounts = [
        {"id": "a1", "name": "Anna Berg", "company": "Nordlicht GmbH", "country": "DE"},
        {"id": "a2", "name": "Anna Berg", "company": "Nordlicht AG", "country": "DE",
         "email": "anna.berg@nordlicht.de"},
        {"id": "a3", "name": "Karl Berg", "company": "Nordlicht GmbH", "country": "DE"},
    ] + [{"id": f"f{i}", "name": f"Filler Person{i}", "country": "DE"} for i in range(300)]  # fmt: skip
    index = build_index(accounts)
    cand = profile_from_record(
        {"id": "c", "name": "Anna Berg", "company": "Nordlicht", "country": "DE",
         "email": "a.berg@nordlicht.de"}
    )  # fmt: skip
    found = index.candidates_for(cand)
    assert {"a1", "a2"} <= {acc.id for acc in found}
    freq: Frequencies = index.frequencies
    scores = {acc.id: compare(cand, acc, freq, Weights(), 2)[0] for acc in found}
    result = best_match(cand, found, freq, Thresholds(block=1000.0, review=-1000.0))
    best = max(scores.values())
    assert result.score == best
    assert result.match == min(i for i, s in scores.items() if s == best)
