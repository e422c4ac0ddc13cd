"""Issue 14, seventh round: a mailbox name made of the person's own name, reused at another
domain or reshaped, beside a name few accounts hold.

A namesake picks the same mailbox name in about one case in ten (the same letters in another
shape in about one in three), measured on a population where names are as varied as in life
and on one where they are crowded; so the mailbox tells a returning holder from a namesake
only when the name has few holders. Each test names one behaviour.
"""

import math

import pytest

from directcontracts.circumvention.matcher import (
    Thresholds,
    Weights,
    build_index,
    compare,
    profile_from_record,
)

# The level counts namesakes per 100,000 accounts by default; these populations hold about
# 2,000, so the tests count per 2,000 (the last test shows the default at that size).
W = Weights(namesake_reference_accounts=2_000)


def _population(country, count):
    """Accounts in many countries, a tenth in the holder's (so the country still says a bit)."""
    return [
        {"id": f"u{i}", "name": f"Some One{i}", "country": country if i % 10 == 0 else "US"}
        for i in range(count)
    ]


def _namesakes(name, country, count):
    return [
        {"id": f"n{i}", "name": name, "country": country, "email": f"n{i}x@web.de"}
        for i in range(count)
    ]


def _signals(rows, candidate, holder_id="h", weights=W):
    index = build_index(rows)
    holder = next(p for p in index.profiles if p.id == holder_id)
    candidate_profile = profile_from_record({"id": "c", **candidate})
    _, signals = compare(candidate_profile, holder, index.frequencies, weights)
    return {(s.field, s.level): s.weight for s in signals}


HOLDER = {"id": "h", "name": "Vincent Schuchhardt", "country": "DE", "email": "vincent.schuchhardt@web.de"}  # fmt: skip


def test_a_mailbox_name_of_a_name_one_account_holds_reused_elsewhere_weighs_what_namesakes_rarely_share():
    weights = _signals(
        [HOLDER, *_population("DE", 2000)],
        {"name": "Vincent Schuchhardt", "country": "DE", "email": "vincent.schuchhardt@gmx.de"},
    )
    expected = math.log2(W.email_local_of_name_m / W.namesake_same_local_rate)
    assert weights[("email_local", "same_local_part_of_the_name")] == pytest.approx(
        expected, abs=0.01
    )


def test_a_mailbox_name_of_a_name_many_accounts_hold_reused_elsewhere_weighs_nothing():
    holder = {**HOLDER, "name": "Thomas Müller", "email": "thomas.mueller@web.de"}
    weights = _signals(
        [holder, *_namesakes("Thomas Müller", "DE", 20), *_population("DE", 2000)],
        {"name": "Thomas Müller", "country": "DE", "email": "thomas.mueller@gmx.de"},
    )
    assert weights.get(("email_local", "same_local_part_of_the_name"), 0) == 0


def test_the_mailbox_name_weighs_less_the_more_namesakes_there_are():
    candidate = {"name": "Vincent Schuchhardt", "country": "DE", "email": "vincent.schuchhardt@gmx.de"}  # fmt: skip
    alone = _signals([HOLDER, *_population("DE", 2000)], candidate)
    beside_two = _signals(
        [HOLDER, *_namesakes("Vincent Schuchhardt", "DE", 2), *_population("DE", 2000)], candidate
    )
    level = ("email_local", "same_local_part_of_the_name")
    assert 0 < beside_two[level] < alone[level]


def test_a_reshaped_mailbox_name_of_a_rare_name_weighs_a_little():
    weights = _signals(
        [HOLDER, *_population("DE", 2000)],
        {"name": "Vincent Schuchhardt", "country": "DE", "email": "schuchhardt.vincent@gmx.de"},
    )
    assert 0 < weights[("email_local", "similar_local_part")] <= W.email_form_of_name_cap


def test_a_rare_name_with_its_mailbox_name_at_another_domain_is_held_for_review():
    index = build_index([HOLDER, *_population("DE", 2000)])
    result = index.match(
        profile_from_record(
            {"id": "c", "name": "Vincent Schuchhardt", "country": "DE",
             "email": "vincent.schuchhardt@gmx.de"}
        ),
        Thresholds(),
        W,
    )  # fmt: skip
    assert (result.decision, result.match) == ("review", "h")


def test_a_common_name_with_its_mailbox_name_at_another_domain_is_allowed():
    holder = {**HOLDER, "name": "Thomas Müller", "email": "thomas.mueller@web.de"}
    index = build_index([holder, *_namesakes("Thomas Müller", "DE", 20), *_population("DE", 2000)])
    result = index.match(
        profile_from_record(
            {"id": "c", "name": "Thomas Müller", "country": "DE", "email": "thomas.mueller@gmx.de"}
        ),
        Thresholds(),
        W,
    )
    assert result.decision == "allow"


def test_a_small_population_cannot_call_a_name_rare():
    # One holder among 2,000 accounts may be fifty among 100,000: by default the mailbox name
    # then adds nothing.
    weights = _signals(
        [HOLDER, *_population("DE", 2000)],
        {"name": "Vincent Schuchhardt", "country": "DE", "email": "vincent.schuchhardt@gmx.de"},
        weights=Weights(),
    )
    assert weights.get(("email_local", "same_local_part_of_the_name"), 0) == 0
