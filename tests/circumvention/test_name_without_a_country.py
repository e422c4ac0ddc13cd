"""Issue 14, twenty-fifth round: a candidate who gives no country, found by name.

Every name key carried the country, so a client who gave none was never found by name. An
account's name is also filed under every country, looked up only by a candidate who gives
none, and its holders are then counted the world over. Each test names one behaviour.
"""

import pytest

from directcontracts.circumvention.matcher import (
    build_index,
    profile_from_record,
)
from tests.circumvention.pairs import signal_weights

HOLDER = {
    "id": "h", "name": "Пров Егоров", "country": "RU", "email": "prov.egorov@mail.example",
    "payment_fingerprint": "pf_holder", "device_id": "Pixel-8:aaaa1111",
}  # fmt: skip
# The holder's name romanised, no country, a fresh mailbox; the holder's card kept.
RETURNING = {
    "id": "c", "name": "Prov Yegorov", "email": "pyegorov@gmail.com",
    "payment_fingerprint": "pf_holder",
}  # fmt: skip
FILLERS = [
    {"id": f"f{i:04d}", "name": f"Filler Person{i}", "country": "RU" if i % 10 == 0 else "US"}
    for i in range(3000)
]


def _namesakes(count: int, country_of) -> list[dict]:
    return [
        {"id": f"n{i:03d}", "name": "Пров Егоров", "country": country_of(i)} for i in range(count)
    ]


def test_a_candidate_without_a_country_is_found_by_a_name_written_in_another_script():
    card_only = {**RETURNING, "payment_fingerprint": "pf_unknown", "ip": "203.0.113.9"}
    index = build_index([HOLDER, *FILLERS])
    found = {p.id for p in index.candidates_for(profile_from_record(card_only))}
    assert "h" in found


def test_a_candidate_with_a_country_does_not_look_up_the_name_in_every_country():
    with_country = profile_from_record({**RETURNING, "country": "RU"})
    name_keys = [v for kind, v in with_country.lookup_keys() if kind == "name_skel"]
    assert name_keys
    assert all(v.startswith("RU|") for v in name_keys)


def test_a_candidate_with_another_country_is_not_found_by_the_name_alone():
    elsewhere = {**RETURNING, "country": "US", "payment_fingerprint": "pf_unknown"}
    index = build_index([HOLDER, *FILLERS])
    assert "h" not in {p.id for p in index.candidates_for(profile_from_record(elsewhere))}


def test_the_name_without_a_country_weighs_by_its_holders_the_world_over():
    alone = signal_weights(build_index([HOLDER, *FILLERS]), "h", RETURNING)
    abroad = _namesakes(40, lambda i: ("US", "DE", "GB", "BR")[i % 4])
    among_namesakes = signal_weights(build_index([HOLDER, *FILLERS, *abroad]), "h", RETURNING)
    assert among_namesakes[("name", "transliterated")] < alone[("name", "transliterated")]


def test_a_name_held_the_world_over_by_more_than_the_weak_limit_finds_nobody():
    crowd = _namesakes(60, lambda i: ("US", "DE", "GB", "BR")[i % 4])
    card_only = {**RETURNING, "payment_fingerprint": "pf_unknown"}
    index = build_index([HOLDER, *FILLERS, *crowd])
    assert not index.candidates_for(profile_from_record(card_only))


@pytest.mark.django_db
def test_the_database_finds_a_candidate_without_a_country_by_name():
    from directcontracts.circumvention.selectors import find_candidates
    from directcontracts.circumvention.services import import_marketplace_accounts

    import_marketplace_accounts(records=[HOLDER, *FILLERS[:50]])
    card_only = {**RETURNING, "payment_fingerprint": "pf_unknown"}
    profiles, _ = find_candidates(profile_from_record(card_only))
    assert [p.name_key for p in profiles] == ["egorov prov"]
