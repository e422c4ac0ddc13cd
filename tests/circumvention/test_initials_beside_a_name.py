"""Issue 14, twenty-third round: initials written for the account's employer, beside an
agreeing name, may add up to 3 bits when few employers of the country fit them.

Each test names one behaviour.
"""

from directcontracts.circumvention.matcher import ALLOW, REVIEW, build_index
from tests.circumvention.pairs import decision_of, signal_weights

HOLDER = {
    "id": "holder", "name": "Anjali Loke", "country": "IN", "email": "anjali.loke@gmail.com",
    "company": "Palla Group", "payment_fingerprint": "pf_holder", "device_id": "Pixel-7:aaaa1111",
}  # fmt: skip
# A returning holder: the employer as its initials, everything personal new.
RETURNING = {
    "id": "c", "name": "Anjali Loke", "country": "IN", "email": "anjaliloke77@outlook.com",
    "company": "PG", "payment_fingerprint": "pf_new", "device_id": "Pixel-8:bbbb2222",
}  # fmt: skip
# Weights depend on how rare a value is: a population around the holder.
FILLERS = [
    {"id": f"f{i:04d}", "name": f"Filler Person{i}", "country": "FR", "company": f"Firm{i} SARL"}
    for i in range(5000)
]
# Forty employers abroad that the same initials fit: "PG" is not one firm's alone.
SAME_INITIALS_ABROAD = [
    {"id": f"p{i:03d}", "name": f"Other Person{i}", "country": "US", "company": f"Pine{i} Grove"}
    for i in range(40)
]


def _population(*more: dict) -> list[dict]:
    return [HOLDER, *FILLERS, *SAME_INITIALS_ABROAD, *more]


def test_a_rare_name_beside_initials_few_employers_of_its_country_fit_is_reviewed():
    assert decision_of(_population(), RETURNING) == REVIEW


def test_the_initials_add_at_most_three_bits_to_the_name():
    weights = signal_weights(build_index(_population()), "holder", RETURNING)
    assert weights[("name", "exact_at_same_organisation")] == 6.0 + 3.0


def test_initials_many_employers_of_the_country_fit_add_no_more_than_before():
    at_home = [
        {"id": f"h{i:03d}", "name": f"Home Person{i}", "country": "IN", "company": f"Pune{i} Gems"}
        for i in range(300)
    ]
    weights = signal_weights(build_index(_population(*at_home)), "holder", RETURNING)
    assert weights[("name", "exact_at_same_organisation")] == 6.0 + 2.0
    assert decision_of(_population(*at_home), RETURNING) == ALLOW


def test_a_common_name_beside_the_same_initials_is_not_flagged():
    namesakes = [
        {**HOLDER, "id": f"n{i:02d}", "email": f"anjali{i}@x{i}.example", "company": f"Firm{i} Ltd",
         "payment_fingerprint": None, "device_id": None}
        for i in range(30)
    ]  # fmt: skip
    assert decision_of(_population(*namesakes), RETURNING) == ALLOW


def test_a_colleague_with_another_name_writing_the_initials_is_not_flagged():
    colleague = {**RETURNING, "name": "Ravi Menon", "email": "rmenon12@outlook.com"}
    assert decision_of(_population(), colleague) == ALLOW


def test_the_employer_written_in_full_weighs_as_before():
    in_full = {**RETURNING, "company": "Palla Group Pvt Ltd"}
    weights = signal_weights(build_index(_population()), "holder", in_full)
    assert weights[("name", "exact_at_same_organisation")] > 6.0 + 3.0
