"""Issue 14, twenty-sixth round: a mailbox of the agreeing name whose letters are the
account's and whose digits alone are other (added, changed or dropped).

It weighs by how often two namesakes' mailboxes differ so (measured on the population where
names are as varied as in life), no longer as any other shape of the name's letters. Each test
names one behaviour.
"""

import pytest

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
DIGITS_ONLY = [
    ("jennycameron@outlook.com", "jennycameron83@gmail.com"),  # added
    ("jennycameron84@outlook.com", "jennycameron27@gmail.com"),  # changed
    ("jennycameron84@outlook.com", "jennycameron@gmail.com"),  # dropped
]


def _weight(holder_email: str, candidate_email: str, namesakes: int = 0, **rates: float) -> float:
    others = [
        {"id": f"n{i:03d}", "name": "Jenny Cameron", "country": "GB"} for i in range(namesakes)
    ]
    index = build_index([{**HOLDER, "email": holder_email}, *FILLERS, *others])
    candidate = {"name": "Jenny Cameron", "country": "GB", "email": candidate_email}
    # Namesakes counted per this small population's own size, not per 100,000 accounts.
    weights = Weights(namesake_reference_accounts=len(index.profiles), **rates)
    return signal_weights(index, "h", candidate, weights).get(
        ("email_local", "similar_local_part"), 0.0
    )


@pytest.mark.parametrize(("holder_email", "candidate_email"), DIGITS_ONLY)
def test_digits_alone_other_weigh_more_than_any_shape_of_the_names_letters(
    holder_email, candidate_email
):
    form = Weights().namesake_same_form_rate
    as_any_shape = _weight(
        holder_email,
        candidate_email,
        namesake_digits_added_rate=form,
        namesake_digits_changed_rate=form,
        namesake_digits_dropped_rate=form,
    )
    assert _weight(holder_email, candidate_email) > as_any_shape


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
