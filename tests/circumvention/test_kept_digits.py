"""Issue 14, fifth round: a reshaped local part that keeps the holder's digits
(`petraschroder_264` / `petra_schroder264`), weighed by how many accounts' local parts carry
those digits and how many accounts hold the agreeing name.

Each test names one behaviour.
"""

from directcontracts.circumvention import normalize as n
from directcontracts.circumvention.matcher import (
    block_limit,
    build_index,
    profile_from_record,
)
from tests.circumvention.pairs import signal_weights


def _others(country, count, **extra):
    return [
        {"id": f"u{i}", "name": f"Some One{i}", "country": country, **extra} for i in range(count)
    ]


def _letters(i):
    """A distinct local part without digits for each i (a digit would change the number)."""
    return "someone" + "abcdefghij"[i % 10] + "abcdefghijklmnopqrstuvwxyz"[i // 10]


HOLDER = {"id": "h", "name": "Petra Schröder", "country": "DE", "email": "petraschroder_264@web.de"}


def test_the_digits_of_a_local_part_are_read_in_order_across_separators():
    assert n.local_part_digits("j.smith8.4") == "84"


def test_a_single_digit_is_not_a_kept_number():
    assert n.local_part_digits("jsmith7") is None


def test_a_reshaped_local_part_keeping_rare_digits_beside_the_same_name_weighs_as_kept_digits():
    index = build_index([HOLDER, *_others("DE", 2000)])
    weights = signal_weights(
        index, "h", {"name": "Petra Schröder", "country": "DE", "email": "petra_schroder264@gmx.de"}
    )
    assert weights[("email_local", "same_digits")] >= 4.0


def test_kept_digits_found_in_many_local_parts_weigh_less_than_rare_ones():
    common_digits = _others("DE", 2000, email="x@y.de")
    for i, row in enumerate(common_digits[:40]):
        row["email"] = f"{_letters(i)}264@web.de"
    index = build_index([HOLDER, *common_digits])
    common = signal_weights(
        index, "h", {"name": "Petra Schröder", "country": "DE", "email": "petra_schroder264@gmx.de"}
    ).get(("email_local", "same_digits"), 0)
    index = build_index([HOLDER, *_others("DE", 2000)])
    rare = signal_weights(
        index, "h", {"name": "Petra Schröder", "country": "DE", "email": "petra_schroder264@gmx.de"}
    )[("email_local", "same_digits")]
    assert common < rare


def test_kept_digits_beside_a_name_many_accounts_hold_weigh_less_than_beside_a_rare_name():
    candidate = {"name": "Petra Schröder", "country": "DE", "email": "petra_schroder264@gmx.de"}
    namesakes = [
        {
            "id": f"n{i}",
            "name": "Petra Schröder",
            "country": "DE",
            "email": f"ps{_letters(i)}@web.de",
        }
        for i in range(60)
    ]
    index = build_index([HOLDER, *namesakes, *_others("DE", 2000)])
    among_namesakes = signal_weights(index, "h", candidate).get(("email_local", "same_digits"), 0)
    index = build_index([HOLDER, *_others("DE", 2060)])
    beside_a_rare_name = signal_weights(index, "h", candidate)[("email_local", "same_digits")]
    assert among_namesakes < beside_a_rare_name


def test_the_same_digits_with_letters_sharing_no_form_say_nothing():
    holder = {**HOLDER, "email": "cosmicninja264@web.de"}
    index = build_index([holder, *_others("DE", 2000)])
    weights = signal_weights(
        index, "h", {"name": "Petra Schröder", "country": "DE", "email": "petra_schroder264@gmx.de"}
    )
    assert ("email_local", "same_digits") not in weights


def test_different_digits_in_a_reshaped_local_part_are_not_kept_digits():
    index = build_index([HOLDER, *_others("DE", 2000)])
    weights = signal_weights(
        index, "h", {"name": "Petra Schröder", "country": "DE", "email": "petra_schroder731@gmx.de"}
    )
    assert ("email_local", "same_digits") not in weights


def test_digits_held_by_more_accounts_than_are_counted_say_nothing():
    common_digits = _others("DE", 2000, email="x@y.de")
    for i, row in enumerate(common_digits[:250]):
        row["email"] = f"{_letters(i)}264@web.de"
    index = build_index([HOLDER, *common_digits])
    weights = signal_weights(
        index, "h", {"name": "Petra Schröder", "country": "DE", "email": "petra_schroder264@gmx.de"}
    )
    assert ("email_local", "same_digits") not in weights


def test_the_local_parts_digits_are_counted_but_never_find_a_candidate():
    holder = profile_from_record(HOLDER)
    assert ("email_digits", "264") in holder.more_keys()
    assert block_limit("email_digits") == 0
