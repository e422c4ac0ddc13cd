"""People close to an account holder are reviewed, never blocked; disguises still are (issue 20)."""

from __future__ import annotations

import pytest

from directcontracts.circumvention import normalize as n
from directcontracts.circumvention.matcher import (
    BLOCK,
    REVIEW,
    SHARED_ATTRIBUTE,
    Thresholds,
    build_index,
    profile_from_record,
)
from tests.circumvention.close_people import CLOSE_KINDS, DISGUISE_KINDS, rates


@pytest.fixture(scope="module")
def by_kind():
    return {kind: (total, blocked, flagged) for kind, total, blocked, flagged in rates(1500, 11)}


@pytest.mark.parametrize("kind", CLOSE_KINDS)
def test_at_most_one_in_a_hundred_close_people_is_blocked(by_kind, kind):
    total, blocked, _ = by_kind[kind]
    assert blocked / total <= 0.01


@pytest.mark.parametrize("kind", DISGUISE_KINDS)
def test_disguises_are_still_blocked(by_kind, kind):
    total, blocked, _ = by_kind[kind]
    assert blocked / total >= 0.97


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("Anna Novak", "Peter Novak", True),
        ("Anna Novak", "Anne Novak", False),  # same initial: a typo or a variant
        ("A Novak", "Anna Novak", False),  # an initial
        ("Anna Novak", "Anna Novak", False),
        ("Anna Novak", "Peter Smith", False),  # nothing shared: not a relative's name
        ("Bill Turner", "William Turner", False),  # a nickname
    ],
)
def test_given_names_conflict_only_when_the_first_names_clearly_differ(a, b, conflict):
    assert n.given_names_conflict(n.name_tokens(a), n.name_tokens(b)) is conflict


ACCOUNT = {
    "id": "holder",
    "email": "anna.novakova@gmail.com",
    "name": "Anna Novakova",
    "phone": "+420 2 2412 3456",
    "country": "CZ",
    "payment_fingerprint": "pf_family_card",
    "device_id": "iPhone15,2:abcdef123456",
    "ip": "10.1.2.3",
}
POPULATION = [ACCOUNT] + [
    {"id": f"p{i}", "name": f"Someone Else{i}", "country": "CZ"} for i in range(500)
]
INDEX = build_index(POPULATION)


def _match(candidate):
    return INDEX.match(profile_from_record({"id": "c", **candidate}), Thresholds())


def test_a_spouse_paying_with_the_holders_card_is_reviewed_with_the_conflicting_name():
    result = _match(
        {"email": "petr.novak@seznam.example", "name": "Petr Novak", "country": "CZ",
         "payment_fingerprint": "pf_family_card", "ip": "10.1.2.3"}
    )  # fmt: skip
    assert result.decision == REVIEW
    levels = {(s.field, s.level) for s in result.signals}
    assert ("payment_fingerprint", "same") in levels
    assert ("name", "given_name_conflicts") in levels or ("name", "differs") in levels


def test_a_card_alone_is_a_review_that_says_why():
    result = _match(
        {"email": "x123@protonmail.example", "name": "Jan Dvorak", "country": "CZ",
         "payment_fingerprint": "pf_family_card"}
    )  # fmt: skip
    assert result.decision == REVIEW


def test_a_shared_landline_is_not_personal_evidence():
    result = _match({"email": "k1@yahoo.example", "phone": "+420 2 2412 3456", "country": "CZ"})
    assert result.decision != BLOCK
    if result.decision == REVIEW:
        assert result.signals[-1].level == SHARED_ATTRIBUTE or any(
            s.level.endswith("landline") for s in result.signals
        )


def test_the_same_person_on_their_own_device_is_still_blocked():
    result = _match(
        {"email": "a98765@protonmail.example", "name": "Anna Novakova", "country": "CZ",
         "device_id": "iPhone15,2:abcdef123456"}
    )  # fmt: skip
    assert result.decision == BLOCK


def test_a_namesake_at_the_holders_employer_on_the_office_line_is_reviewed_not_blocked():
    accounts = [
        {"id": "jsmith", "email": "john.smith@gmail.com", "name": "John Smith", "country": "GB",
         "company": "Acme Logistics Ltd", "ip": "203.0.113.40", "phone": "+44 20 7946 0123"},
        *({"id": f"q{i}", "name": f"Quiet Person{i}", "country": "GB"} for i in range(500)),
    ]  # fmt: skip
    result = build_index(accounts).match(
        profile_from_record(
            {
                "id": "c",
                "email": "john.smith@acmelogistics.example",
                "name": "John Smith",
                "country": "GB",
                "company": "Acme Logistics",
                "ip": "203.0.113.40",
                "phone": "+44 20 7946 0123",
            }
        ),  # fmt: skip
        Thresholds(),
    )
    assert result.score >= Thresholds().block  # it would have been a block
    assert result.decision == REVIEW
    assert result.signals[-1].level == SHARED_ATTRIBUTE
