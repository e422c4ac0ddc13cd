"""Issue 14, eleventh round: a handle made of no name, with its own digits, reused at another
provider ("quietrider750@gmail.com" returning as "quietrider750@proton.me").

Such a handle held by one account weighs up to 9 bits (other local parts stay capped at 6), so
the handle and the country alone send the check to review, whatever else is new. Each test
names one behaviour.
"""

from directcontracts.circumvention.matcher import (
    ALLOW,
    REVIEW,
    Weights,
    build_index,
)
from tests.circumvention.pairs import decision_of, signal_weights

HOLDER = {
    "id": "h", "country": "DE", "email": "quietrider750@gmail.com",
    "payment_fingerprint": "pf_holder", "device_id": "Pixel-8:aaaa1111",
}  # fmt: skip
RETURNING = {
    "id": "c", "country": "DE", "email": "quietrider750@proton.me",
    "payment_fingerprint": "pf_new", "device_id": "SM-S918B:bbbb2222",
}  # fmt: skip
# Weights depend on how rare a value is: 9 bits need more than 10,240 accounts (m = 0.05).
FILLERS = [
    {"id": f"f{i:04d}", "name": f"Filler Person{i}", "country": "DE" if i % 10 == 0 else "US",
     "email": f"filler{i}@web.de"}
    for i in range(12000)
]  # fmt: skip


def _signals(rows, candidate):
    return signal_weights(build_index(rows), "h", candidate)


def test_a_handle_with_its_own_digits_reused_at_another_provider_is_reviewed():
    assert decision_of([HOLDER, *FILLERS], RETURNING) == REVIEW


def test_a_handle_with_its_own_digits_held_by_one_account_weighs_up_to_nine_bits():
    weights = _signals([HOLDER, *FILLERS], RETURNING)
    assert weights[("email_local", "same_local_part")] == Weights().email_handle_cap == 9.0


def test_a_handle_without_digits_keeps_the_plain_cap():
    holder = {**HOLDER, "email": "greenwave@gmail.com"}
    weights = _signals([holder, *FILLERS], {**RETURNING, "email": "greenwave@proton.me"})
    assert weights[("email_local", "same_local_part")] == Weights().email_local_cap


def test_a_handle_many_accounts_hold_weighs_little():
    many = [
        {"id": f"m{i}", "country": "US", "email": f"admin12@host{i}.example"} for i in range(40)
    ]
    holder = {**HOLDER, "email": "admin12@gmail.com"}
    weights = _signals([holder, *many, *FILLERS], {**RETURNING, "email": "admin12@proton.me"})
    assert weights.get(("email_local", "same_local_part"), 0) < Weights().email_local_cap


def test_the_same_words_with_other_digits_are_allowed():
    other_digits = {**RETURNING, "email": "quietrider12@proton.me"}
    assert decision_of([HOLDER, *FILLERS], other_digits) == ALLOW
