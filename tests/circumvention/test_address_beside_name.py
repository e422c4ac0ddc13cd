"""Issue 14, tenth round: the same address or IPv6 /64 beside an agreeing name.

An address is capped because households and offices share it; a namesake inside one is rare
(a relative's given name conflicts), so beside an agreeing name the address may weigh 4 bits
instead of 3. Each test names one behaviour.
"""

from directcontracts.circumvention.matcher import (
    ALLOW,
    REVIEW,
    Weights,
    build_index,
)
from tests.circumvention.pairs import decision_of, signal_weights

HOLDER = {
    "id": "h", "name": "Tamsin Okonkwo-Reyes", "country": "GB",
    "email": "tamsin.or@fastmail.example", "ip": "2a02:c7c:5e41:9d00::17",
    "payment_fingerprint": "pf_holder", "device_id": "Pixel-8:aaaa1111",
}  # fmt: skip
# Initials for the given name, a new mailbox, card and device; the same home /64.
RETURNING = {
    "id": "c", "name": "T. Okonkwo-Reyes", "country": "GB", "email": "tor.design@gmail.com",
    "ip": "2a02:c7c:5e41:9d00:8f1:22ab:93c0:4", "payment_fingerprint": "pf_new",
    "device_id": "SM-S918B:bbbb2222",
}  # fmt: skip
FILLERS = [
    {"id": f"f{i:04d}", "name": f"Filler Person{i}", "country": "GB" if i % 10 == 0 else "US"}
    for i in range(3000)
]


def _signals(rows, candidate):
    return signal_weights(build_index(rows), "h", candidate)


def test_initials_and_the_same_home_64_are_reviewed():
    assert decision_of([HOLDER, *FILLERS], RETURNING) == REVIEW


def test_the_same_64_beside_an_agreeing_name_weighs_up_to_four_bits():
    weights = _signals([HOLDER, *FILLERS], RETURNING)
    assert weights[("ip", "same_ipv6_64")] == Weights().ip_name_agrees_cap == 4.0


def test_the_same_address_beside_a_name_that_does_not_agree_keeps_the_plain_cap():
    flatmate = {**RETURNING, "name": "Tamsin Whitfield", "ip": "2a02:c7c:5e41:9d00::17"}
    weights = _signals([HOLDER, *FILLERS], flatmate)
    assert weights.get(("ip", "same_address"), 0) <= Weights().ip_cap


def test_a_relative_at_the_same_address_is_allowed():
    relative = {**RETURNING, "name": "Kofi Okonkwo-Reyes", "ip": "2a02:c7c:5e41:9d00::17"}
    assert decision_of([HOLDER, *FILLERS], relative) == ALLOW


def test_a_different_person_at_the_same_address_is_allowed():
    stranger = {**RETURNING, "name": "Harriet Lindqvist", "ip": "2a02:c7c:5e41:9d00::17"}
    assert decision_of([HOLDER, *FILLERS], stranger) == ALLOW
