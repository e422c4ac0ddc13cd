"""Issue 14, twenty-sixth round: a mailbox of the agreeing name whose letters are the
account's and whose digits alone are other (added, changed or dropped).

Weighing it by the rate namesakes' mailboxes differ so was tried and not shipped (it took the
shared generator's large set below precision 0.99, docs/circumvention.md); these guards keep a
namesake with such a mailbox unflagged. Each test names one behaviour.
"""

from tests.circumvention.pairs import decision_of

HOLDER = {
    "id": "h", "name": "Jenny Cameron", "country": "GB", "email": "jennycameron@outlook.com",
    "ip": "198.51.100.7",
}  # fmt: skip
FILLERS = [
    {"id": f"f{i:05d}", "name": f"Filler Person{i}", "country": "GB",
     "email": f"filler{i}@example.org"}
    for i in range(5000)
]  # fmt: skip


def test_a_namesake_who_adds_digits_to_the_holders_mailbox_is_not_flagged():
    namesake = {"id": "c", "name": "Jenny Cameron", "country": "GB",
                "email": "jennycameron83@gmail.com"}  # fmt: skip
    assert decision_of([HOLDER, *FILLERS], namesake) == "allow"


def test_a_namesake_who_drops_the_holders_digits_is_not_flagged():
    holder = {**HOLDER, "email": "jennycameron84@outlook.com"}
    namesake = {"id": "c", "name": "Jenny Cameron", "country": "GB",
                "email": "jennycameron@gmail.com"}  # fmt: skip
    assert decision_of([holder, *FILLERS], namesake) == "allow"
