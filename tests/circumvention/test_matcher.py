from directcontracts.circumvention.matcher import (
    ALLOW,
    BLOCK,
    REVIEW,
    Thresholds,
    Weights,
    build_index,
    compare,
    profile_from_record,
)

ACCOUNTS = [
    {"id": "a1", "email": "robert.smith@gmail.com", "name": "Robert Smith", "phone": "+1 415 555 0132",
     "country": "US", "company": None, "payment_fingerprint": "pf_card1", "device_id": "iPhone15,2:aaaa", "ip": "198.51.100.7"},
    {"id": "a2", "email": "jane@acme-studio.com", "name": "Jane Porter", "phone": None, "country": "GB",
     "company": "Acme Studio Ltd", "payment_fingerprint": None, "device_id": None, "ip": "203.0.113.5"},
    {"id": "a3", "email": "p.k@example.org", "name": "Priya Kumar", "phone": None, "country": "IN",
     "company": None, "payment_fingerprint": None, "device_id": None, "ip": "203.0.113.9"},
]  # fmt: skip
# Weights depend on how rare a value is, so the tests need a population around the accounts.
ACCOUNTS += [{"id": f"f{i:04d}", "name": f"Filler Person{i}", "country": "FR"} for i in range(2000)]
THRESHOLDS = Thresholds(block=12.0, review=9.0)


INDEX = build_index(ACCOUNTS)


def match(candidate):
    index = INDEX
    return index.match(profile_from_record(candidate), THRESHOLDS)


def test_gmail_alias_is_blocked_with_the_deciding_signal():
    result = match({"id": "c", "email": "Robert.Smith+direct@googlemail.com", "name": "Bob Smith"})
    assert (result.match, result.decision) == ("a1", BLOCK)
    assert result.signals[0].field == "email"


def test_same_card_under_a_fresh_email_is_blocked():
    result = match(
        {"id": "c", "email": "new@proton.me", "name": "R. Smith", "payment_fingerprint": "pf_card1"}
    )
    assert (result.match, result.decision) == ("a1", BLOCK)


def test_same_phone_in_another_format_is_blocked():
    result = match(
        {
            "id": "c",
            "email": "x@yahoo.com",
            "name": "Robert Smith",
            "phone": "(415) 555-0132",
            "country": "US",
        }
    )
    assert (result.match, result.decision) == ("a1", BLOCK)


def test_nickname_at_the_same_company_is_caught():
    result = match(
        {
            "id": "c",
            "email": "jporter@acme-studio.com",
            "name": "Porter, Jane",
            "company": "ACME Studio",
            "country": "GB",
        }
    )
    assert result.match == "a2"
    assert result.decision in {BLOCK, REVIEW}


def test_colleague_at_the_same_company_is_allowed():
    result = match(
        {
            "id": "c",
            "email": "tom@acme-studio.com",
            "name": "Tom Hughes",
            "company": "Acme Studio",
            "country": "GB",
            "ip": "203.0.113.5",
        }
    )
    assert (result.match, result.decision) == (None, ALLOW)


def test_shared_public_ip_alone_is_allowed():
    result = match(
        {"id": "c", "email": "zed@gmail.com", "name": "Zed Alvarez", "ip": "203.0.113.9"}
    )
    assert result.decision == ALLOW


def test_allowed_candidates_carry_no_match():
    result = match({"id": "c", "email": "someone@new.example", "name": "Someone New"})
    assert result.as_dict()["match"] is None


def test_a_common_name_weighs_less_than_a_rare_one():
    accounts = [{"id": f"s{i}", "name": "John Smith", "country": "US"} for i in range(50)]
    accounts.append({"id": "rare", "name": "Xanthe Quillfeather", "country": "US"})
    accounts += [{"id": f"o{i}", "name": f"Person {i} Other", "country": "US"} for i in range(200)]
    index = build_index(accounts)
    common, _ = compare(
        profile_from_record({"id": "c", "name": "John Smith"}), index.profiles[0], index.frequencies
    )
    rare, _ = compare(
        profile_from_record({"id": "c", "name": "Xanthe Quillfeather"}),
        index.profiles[50],
        index.frequencies,
    )
    assert rare > common > 0


def test_a_shared_card_weighs_less_when_many_accounts_hold_it():
    accounts = [{"id": f"a{i}", "payment_fingerprint": "pf_corporate"} for i in range(8)] + [
        {"id": "solo", "payment_fingerprint": "pf_personal"}
    ]
    index = build_index(accounts)
    shared, _ = compare(
        profile_from_record({"id": "c", "payment_fingerprint": "pf_corporate"}),
        index.profiles[0],
        index.frequencies,
    )
    personal, _ = compare(
        profile_from_record({"id": "c", "payment_fingerprint": "pf_personal"}),
        index.profiles[8],
        index.frequencies,
    )
    assert personal - shared == 3.0  # log2(8)


def test_different_names_weigh_against_a_match():
    index = build_index([{"id": "a", "name": "Maria Lopez"}])
    score, signals = compare(
        profile_from_record({"id": "c", "name": "Kenji Watanabe"}),
        index.profiles[0],
        index.frequencies,
    )
    assert score == Weights().name_differs
    assert signals[0].level == "differs"


def test_thresholds_decide_block_review_and_allow():
    thresholds = Thresholds(block=12, review=9)
    assert [thresholds.decide(s) for s in (12, 11.9, 9, 8.99)] == [BLOCK, REVIEW, REVIEW, ALLOW]
