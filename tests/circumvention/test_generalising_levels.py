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
