"""Issue 14, second round: comparisons that generalise beyond the disguises they were built on.

Each test names one behaviour: phone numbers made invalid by the edit itself, names with a
token added or dropped weighed by how rare the shared part is, company names as acronyms or
with another legal form, and mailbox names weighed against the names they are made of.
"""

from directcontracts.circumvention import normalize as n
from directcontracts.circumvention.matcher import build_index, compare, profile_from_record

# --- Phone numbers a digit added or dropped ------------------------------------------------


def test_a_number_too_short_for_its_plan_keeps_its_national_digits_without_the_country_code():
    assert n.phone_national("+7 923 218 329", "RU") == "923218329"
    assert n.phone_national("+1 415 0859 3104", "US") == "41508593104"


def test_a_number_of_the_stated_country_with_a_digit_added_is_not_read_as_another_country():
    assert n.phone_e164("41550196412", "US") is None
    assert n.phone_one_edit(n.phone_national("41550196412", "US"), "4155196412")


def test_the_same_digits_of_a_number_too_short_for_its_plan_are_the_same_line():
    assert n.same_phone_line(n.phone_national("+34 6 0417780", "ES"), "60417780")


def test_a_national_number_kept_with_its_leading_zero_is_still_in_its_country():
    index = build_index([{"id": "a", "name": "Maria Psarra", "phone": "+306914030391"}])
    cand = profile_from_record({"id": "c", "name": "Maria Psarra", "phone": "0694030391", "country": "GR"})  # fmt: skip
    _, signals = compare(cand, index.profiles[0], index.frequencies)
    assert ("phone", "one_digit_apart") in {(s.field, s.level) for s in signals}


# --- Names with a token added or dropped ---------------------------------------------------


def _population(rows):
    return build_index(
        rows
        + [
            {
                "id": f"f{i}",
                "name": f"Filler Person{i}",
                "country": "FR",
                "email": f"f{i}@x.example",
            }
            for i in range(2000)
        ]
    )


def _name_weight(index, holder_id, candidate):
    holder = next(p for p in index.profiles if p.id == holder_id)
    _, signals = compare(profile_from_record({"id": "c", **candidate}), holder, index.frequencies)
    return sum(s.weight for s in signals if s.field == "name" and s.level == "abbreviated")


def test_a_middle_name_added_to_a_rare_name_weighs_more_than_to_a_common_one():
    rows = [{"id": "rare", "name": "Tessa Brandt", "country": "DE"}]
    rows += [{"id": f"p{i}", "name": "Priya Patel", "country": "IN"} for i in range(60)]
    index = _population(rows)
    rare = _name_weight(index, "rare", {"name": "Tessa Maria Brandt", "country": "DE"})
    common = _name_weight(index, "p0", {"name": "Priya Linda Patel", "country": "IN"})
    assert rare > common > 0


def test_a_given_name_written_as_an_initial_is_weighed_by_the_holders_of_that_initial():
    rows = [{"id": "t", "name": "Thomas Schneider", "country": "DE"}]
    rows += [{"id": f"s{i}", "name": "Stefan Schneider", "country": "DE"} for i in range(30)]
    index = _population(rows)
    thomas = _name_weight(index, "t", {"name": "T. Schneider", "country": "DE"})
    stefan = _name_weight(index, "s0", {"name": "S. Schneider", "country": "DE"})
    assert thomas > stefan


def test_a_dropped_middle_name_is_weighed_by_the_shorter_names_holders():
    index = _population([{"id": "m", "name": "Anna Maria Kowalczyk", "country": "PL"}])
    weight = _name_weight(index, "m", {"name": "Anna Kowalczyk", "country": "PL"})
    assert weight > 3.0
