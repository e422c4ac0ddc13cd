"""Issue 14, third round: what corroborates an agreeing name is weighed against the name's
other holders, so that the hard negatives the generator makes common (a namesake on a phone
one digit off, at the holder's employer, with a handle of the same shape) stay apart.

Each test names one behaviour.
"""

from directcontracts.circumvention.matcher import build_index, profile_from_record
from tests.circumvention.pairs import signal_weights


def _country(prefix, country, count, **extra):
    return [
        {"id": f"{prefix}{i}", "name": f"Some One{i}", "country": country, **extra}
        for i in range(count)
    ]


def _namesakes(name, country, count):
    return [{"id": f"n{i}", "name": name, "country": country} for i in range(count)]


def test_a_handle_of_the_same_shape_held_by_one_of_many_namesakes_adds_nothing():
    rows = [{"id": "h", "name": "James Smith", "country": "US", "email": "tinymoose212@web.de"}]
    index = build_index(rows + _namesakes("James Smith", "US", 150) + _country("u", "US", 2000))
    weights = signal_weights(
        index, "h", {"name": "James Smith", "country": "US", "email": "tinymoose1171@gmail.com"}
    )
    assert weights.get(("email_local", "similar_local_part"), 0) == 0


def test_a_handle_of_the_same_shape_beside_a_rare_name_still_counts():
    rows = [{"id": "h", "name": "Tessa Brandt", "country": "DE", "email": "tinymoose212@web.de"}]
    index = build_index(rows + _country("u", "DE", 2000))
    weights = signal_weights(
        index, "h", {"name": "Tessa Brandt", "country": "DE", "email": "tinymoose1171@gmail.com"}
    )
    assert weights[("email_local", "similar_local_part")] == 4.0


def test_the_same_handle_held_by_one_of_many_namesakes_weighs_less_than_beside_a_rare_name():
    common = [{"id": "h", "name": "James Smith", "country": "US", "email": "quietrider750@web.de"}]
    index = build_index(common + _namesakes("James Smith", "US", 150) + _country("u", "US", 2000))
    among_namesakes = signal_weights(
        index, "h", {"name": "James Smith", "country": "US", "email": "quietrider750@gmail.com"}
    ).get(("email_local", "same_local_part"), 0)
    rare = [{"id": "h", "name": "Tessa Brandt", "country": "US", "email": "quietrider750@web.de"}]
    index = build_index(rare + _country("u", "US", 2151))
    beside_a_rare_name = signal_weights(
        index, "h", {"name": "Tessa Brandt", "country": "US", "email": "quietrider750@gmail.com"}
    )[("email_local", "same_local_part")]
    assert among_namesakes < beside_a_rare_name


def _decide(rows, candidate):
    from directcontracts.circumvention.matcher import Thresholds

    index = build_index(rows)
    return index.match(profile_from_record({"id": "c", **candidate}), Thresholds())


def test_a_name_two_accounts_hold_at_one_employer_gets_nothing_from_the_employer():
    rows = [
        {"id": "h1", "name": "Jose Garcia", "country": "ES", "company": "Atlas Labs S.L."},
        {"id": "h2", "name": "Jose Garcia", "country": "ES", "company": "Atlas Labs S.L."},
    ]
    result = _decide(
        rows + _country("u", "ES", 2000),
        {"name": "Jose Garcia", "country": "ES", "company": "Atlas Labs S.A."},
    )
    assert result.decision == "allow"


def test_a_name_one_account_holds_at_an_employer_still_gets_what_the_employer_adds():
    rows = [{"id": "h1", "name": "Jose Garcia", "country": "ES", "company": "Atlas Labs S.L."}]
    result = _decide(
        rows + _country("u", "ES", 2000),
        {"name": "Jose Garcia", "country": "ES", "company": "Atlas Labs S.A."},
    )
    assert result.match == "h1"
    assert result.decision == "review"


def _phone_rows(name, holders):
    rows = [{"id": "h", "name": name, "country": "US", "phone": "+14155550123"}]
    rows += _namesakes(name, "US", holders - 1)
    return rows + _country("u", "US", 20000 - holders)


def test_a_number_one_digit_off_beside_a_very_common_name_alone_is_not_flagged():
    result = _decide(
        _phone_rows("James Smith", 150),
        {"name": "James Smith", "country": "US", "phone": "+14155550124"},
    )
    assert result.decision == "allow"


def test_a_number_one_digit_off_beside_a_very_common_name_and_the_same_address_is_flagged():
    rows = _phone_rows("James Smith", 150)
    rows[0]["ip"] = "88.1.2.3"
    result = _decide(
        rows, {"name": "James Smith", "country": "US", "phone": "+14155550124", "ip": "88.1.2.3"}
    )
    assert result.match == "h"
    assert result.decision != "allow"


def test_a_number_one_digit_off_beside_a_less_common_name_alone_is_still_blocked():
    result = _decide(
        _phone_rows("Tessa Brandt", 20),
        {"name": "Tessa Brandt", "country": "US", "phone": "+14155550124"},
    )
    assert result.decision == "block"
