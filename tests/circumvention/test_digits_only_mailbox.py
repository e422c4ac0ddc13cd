"""Issue 14, twenty-sixth round: a mailbox of the agreeing name whose letters are the
account's and whose digits alone are other (added, changed or dropped).

How often two namesakes' mailboxes differ so was measured on both tuning populations; the
level weighs by the higher rate. Each test names one behaviour.
"""

from directcontracts.circumvention.matcher import Weights, build_index
from tests.circumvention.pairs import decision_of, signal_weights

HOLDER = {
    "id": "h", "name": "Jenny Cameron", "country": "GB", "email": "jennycameron@outlook.com",
    "ip": "198.51.100.7",
}  # fmt: skip
FILLERS = [
    {"id": f"f{i:05d}", "name": f"Filler Person{i}", "country": "GB",
     "email": f"filler{i}@example.org"}
    for i in range(5000)
]  # fmt: skip
FORM_ONLY = ("email_local", "similar_local_part")


def _weight(holder_email: str, candidate_email: str, namesakes: int = 0) -> float:
    others = [
        {"id": f"n{i:03d}", "name": "Jenny Cameron", "country": "GB"} for i in range(namesakes)
    ]
    holder = {**HOLDER, "email": holder_email}
    index = build_index([holder, *FILLERS, *others])
    candidate = {"name": "Jenny Cameron", "country": "GB", "email": candidate_email}
    # Namesakes counted per this small population's own size, not per 100,000 accounts.
    weights = Weights(namesake_reference_accounts=len(index.profiles))
    return signal_weights(index, "h", candidate, weights).get(FORM_ONLY, 0.0)


def test_digits_dropped_weigh_more_than_digits_added():
    # Namesakes' mailboxes gain digits on the same letters more often than they lose them.
    dropped = _weight("jennycameron84@outlook.com", "jennycameron@gmail.com")
    added = _weight("jennycameron@outlook.com", "jennycameron83@gmail.com")
    assert dropped > added


def test_the_digits_level_weighs_less_among_namesakes():
    alone = _weight("jennycameron84@outlook.com", "jennycameron@gmail.com")
    crowded = _weight("jennycameron84@outlook.com", "jennycameron@gmail.com", namesakes=3)
    assert crowded < alone


def test_a_namesake_who_adds_digits_to_the_holders_mailbox_is_not_flagged():
    namesake = {"id": "c", "name": "Jenny Cameron", "country": "GB",
                "email": "jennycameron83@gmail.com"}  # fmt: skip
    assert decision_of([HOLDER, *FILLERS], namesake) == "allow"


def test_a_namesake_who_drops_the_holders_digits_is_not_flagged():
    holder = {**HOLDER, "email": "jennycameron84@outlook.com"}
    namesake = {"id": "c", "name": "Jenny Cameron", "country": "GB",
                "email": "jennycameron@gmail.com"}  # fmt: skip
    assert decision_of([holder, *FILLERS], namesake) == "allow"
