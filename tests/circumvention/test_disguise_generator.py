"""Our own disguise generator (tests/circumvention/disguises.py) through the product's matcher."""

import pytest

from tests.circumvention.disguises import DISGUISE_FAMILIES, NEGATIVE_FAMILIES, evaluate, generate


@pytest.fixture(scope="module")
def report():
    return evaluate(accounts=5000, seed=1, per_family=40)


def test_the_generator_is_reproducible_from_its_seed():
    first, second = generate(500, seed=3, per_family=5), generate(500, seed=3, per_family=5)
    assert first[0] == second[0]
    assert [c.record for c in first[1]] == [c.record for c in second[1]]


def test_the_generator_makes_every_family():
    _, cases = generate(500, seed=3, per_family=5)
    assert {c.family for c in cases} == set(DISGUISE_FAMILIES) | set(NEGATIVE_FAMILIES)


def test_no_two_account_holders_share_a_mailbox():
    records, _ = generate(3000, seed=4, per_family=1)
    mailboxes = [r["email"].lower() for r in records]
    assert len(set(mailboxes)) == len(mailboxes)


def _mailbox_of(record: dict) -> str:
    from tests.circumvention.disguises import _mailbox

    return _mailbox(record["email"])


def _lines_cards_devices(record: dict) -> set[tuple[str, str]]:
    ids = {(f, record[f]) for f in ("payment_fingerprint", "device_id") if record.get(f)}
    if record.get("phone"):
        from directcontracts.circumvention.normalize import phone_national

        national = phone_national(record["phone"], record["country"])
        ids.add(("phone", f"{record['country']} {national}"))
    return ids


def test_no_case_takes_a_mailbox_an_account_holder_already_holds():
    records, cases = generate(3000, seed=7, per_family=60)
    held = {_mailbox_of(r) for r in records}
    for case in cases:
        assert _mailbox_of(case.record) not in held, case.family


def test_a_case_shares_a_phone_line_card_or_device_only_with_its_own_holder():
    records, cases = generate(3000, seed=7, per_family=60)
    holders: dict[tuple[str, str], set[str]] = {}
    for r in records:
        for ident in _lines_cards_devices(r):
            holders.setdefault(ident, set()).add(r["id"])
    for case in cases:
        for ident in _lines_cards_devices(case.record):
            assert holders.get(ident, set()) <= {case.match}, (case.family, ident)


@pytest.mark.parametrize(
    "family",
    ["phone_digit_changed", "phone_digits_swapped", "ipv6_same_64", "name_in_native_script",
     "name_other_romanisation", "email_domain_typo"],
)  # fmt: skip
def test_disguise_families_the_matcher_now_compares_are_mostly_found(report, family):
    total, found = report["families"][family]
    assert found / total >= 0.8


def test_precision_holds_on_the_hard_negatives(report):
    assert report["precision"] >= 0.93


def test_few_genuinely_new_clients_are_sent_to_review(report):
    assert report["new_clients_reviewed"] <= 0.03


@pytest.mark.django_db
def test_the_real_time_check_decides_the_generated_cases_as_the_command_line_does():
    from directcontracts.circumvention.matcher import Thresholds, build_index, profile_from_record
    from directcontracts.circumvention.services import check_client, import_marketplace_accounts

    records, cases = generate(1000, seed=5, per_family=3)
    import_marketplace_accounts(records=records)
    index = build_index(records)
    for case in cases[:40]:
        values = {k: v for k, v in case.record.items() if k != "id" and v}
        check = check_client(subject=case.id, checkpoint="invitation_accepted", **values)
        expected = index.match(profile_from_record(case.record), Thresholds())
        matched = check.matched_account.external_id if check.matched_account else None
        assert (check.decision, matched) == (expected.decision, expected.match), case.family


def _digits_of_local(email: str) -> str:
    return "".join(c for c in email.partition("@")[0] if c.isdigit())


def _reshapes_of_holders_with_digits(seed: int) -> list[tuple[str, str]]:
    records, cases = generate(3000, seed=seed, per_family=80)
    holders = {r["id"]: r for r in records}
    pairs = [
        (_digits_of_local(holders[c.match]["email"]), _digits_of_local(c.record["email"]))
        for c in cases
        if c.family == "local_part_reshaped"
    ]
    return [(held, reshaped) for held, reshaped in pairs if held]


def test_most_reshaped_local_parts_keep_the_holders_digits():
    pairs = _reshapes_of_holders_with_digits(seed=7)
    kept = sum(held == reshaped for held, reshaped in pairs)
    assert 0.45 <= kept / len(pairs) <= 0.75


def test_some_reshaped_local_parts_still_change_or_drop_the_holders_digits():
    pairs = _reshapes_of_holders_with_digits(seed=7)
    assert sum(held != reshaped for held, reshaped in pairs) >= len(pairs) // 4
