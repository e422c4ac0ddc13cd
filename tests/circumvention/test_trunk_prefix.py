"""Issue 14, seventeenth round: a number written nationally with a trunk prefix other than a
zero (Russia's 8, the 1 of the US and Canada), one digit added or dropped. libphonenumber keeps
such a prefix when taking it off would leave too few digits, so the number was compared with
its prefix and never met the account's. Each test names one behaviour."""

import pytest

from directcontracts.circumvention import normalize as n
from directcontracts.circumvention.matcher import build_index
from tests.circumvention.pairs import signal_weights


@pytest.mark.parametrize(
    ("edited", "real", "country"),
    [
        ("8 (907) 663-66-5", "8 (907) 663-66-55", "RU"),  # a digit dropped
        ("8 (920) 9929-41-17", "8 (920) 999-41-17", "RU"),  # a digit added
        ("1-507-642-091", "1-507-642-0915", "US"),
    ],
)
def test_a_number_with_its_trunk_prefix_is_one_edit_from_the_real_one(edited, real, country):
    assert n.phone_one_edit(n.phone_national(edited, country), n.phone_national(real, country))


def test_the_trunk_prefix_of_an_edited_number_comes_off():
    assert n.phone_national("8 (907) 663-66-5", "RU") == "907663665"


@pytest.mark.parametrize("written", ["8 800 555-35-35", "800 555-35-35"])
def test_a_valid_number_that_starts_like_the_prefix_keeps_its_digits(written):
    assert n.phone_national(written, "RU") == "8005553535"


def test_a_number_written_with_its_country_code_is_read_as_before():
    assert n.phone_national("+7 907 663-66-5", "RU") == "907663665"


def test_a_number_of_unknown_country_keeps_its_digits():
    assert n.phone_national("8 (907) 663-66-5", None) == "8907663665"


def test_a_returning_holder_with_a_digit_dropped_is_one_digit_apart():
    holder = {"id": "h", "name": "Seliverst Burov", "country": "RU", "phone": "8 (907) 663-66-55"}
    fillers = [{"id": f"f{i}", "name": f"Filler Person{i}", "country": "RU"} for i in range(100)]
    returning = {"name": "Seliverst Burov", "country": "RU", "phone": "8 (907) 663-66-5"}
    signals = signal_weights(build_index([holder, *fillers]), "h", returning)
    assert ("phone", "one_digit_apart") in signals
