"""Our own generator of people close to an account holder (issue 20) beside real disguises.

Accounts are people with a mailbox, a mobile or landline, a card, an employer, a home
address (IP). For each account it makes, seeded and reproducible:

close but different (must never be blocked; review is fine):
- spouse_card: a relative paying with the holder's card, same surname, another first name
  (another initial), often from the same home address;
- namesake_at_employer: a different person with exactly the same common name at the same
  employer, writing from the company's domain, nothing else shared;
- household: the same surname in its male or female form, the same landline or home
  address, another first name;

disguises (the same person; must be flagged, and blocked when something personal remains):
- new_mailbox_same_device, new_mailbox_same_mobile, gmail_alias, new_mailbox_same_card_and_name.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

FIRST = {
    "F": "anna maria sofia olga elena laura emma julia nina petra ines clara irina".split(),
    "M": "james robert peter ivan david tomas pavel marco lukas oliver hugo victor".split(),
}
SURNAMES = [  # (male form, female form, country)
    ("novak", "novakova", "CZ"), ("ivanov", "ivanova", "RU"), ("kowalski", "kowalska", "PL"),
    ("petrov", "petrova", "BG"), ("smith", "smith", "GB"), ("garcia", "garcia", "ES"),
    ("rossi", "rossi", "IT"), ("muller", "muller", "DE"), ("dvorak", "dvorakova", "CZ"),
    ("nowak", "nowak", "PL"), ("popescu", "popescu", "RO"), ("horvat", "horvat", "HR"),
]  # fmt: skip
LANDLINES = {"CZ": "+420 2", "RU": "+7 495", "PL": "+48 22", "BG": "+359 2", "GB": "+44 20",
             "ES": "+34 91", "IT": "+39 06", "DE": "+49 30", "RO": "+40 21", "HR": "+385 1"}  # fmt: skip
MOBILES = {"CZ": "+420 60", "RU": "+7 916", "PL": "+48 50", "BG": "+359 88", "GB": "+44 7700",
           "ES": "+34 6", "IT": "+39 3", "DE": "+49 151", "RO": "+40 72", "HR": "+385 91"}  # fmt: skip
EMPLOYERS = ["Acme Logistics", "Baltic Foods", "Northwind Trading", "Orion Software", "Vega Print"]

CLOSE_KINDS = ("spouse_card", "namesake_at_employer", "household")
DISGUISE_KINDS = (
    "new_mailbox_same_device",
    "new_mailbox_same_mobile",
    "gmail_alias",
    "new_mailbox_same_card_and_name",
)


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def _person(rng: random.Random, number: int) -> dict:
    male, female, country = rng.choice(SURNAMES)
    sex = rng.choice("FM")
    first = rng.choice(FIRST[sex])
    surname = female if sex == "F" else male
    employer = rng.choice(EMPLOYERS)
    landline = rng.random() < 0.5
    prefix = (LANDLINES if landline else MOBILES)[country]
    return {
        "id": f"acc{number:05d}",
        "first": first,
        "sex": sex,
        "surname_pair": (male, female),
        "email": f"{first}.{surname}{number}@gmail.com",
        "name": f"{first.title()} {surname.title()}",
        "phone": f"{prefix} {_digits(rng, 7)}",
        "landline": landline,
        "country": country,
        "company": employer,
        "payment_fingerprint": f"pf_{number:05d}",
        "device_id": f"iPhone15,2:{_digits(rng, 12)}",
        "ip": f"10.{number // 250 % 250}.{number % 250}.{rng.randint(2, 250)}",
    }


def _other_first(rng: random.Random, first: str, sex: str) -> str:
    choices = [name for name in FIRST[sex] if name[0] != first[0]]
    return rng.choice(choices)


def close_person(rng: random.Random, acc: dict, kind: str, number: int) -> dict:
    male, female = acc["surname_pair"]
    base = {"id": f"{kind}{number:05d}", "country": acc["country"]}
    if kind == "spouse_card":
        sex = "M" if acc["sex"] == "F" else "F"
        first = _other_first(rng, acc["first"], sex)
        surname = female if sex == "F" else male
        return {
            **base,
            "email": f"{first}.{surname}.{_digits(rng, 3)}@outlook.com",
            "name": f"{first.title()} {surname.title()}",
            "payment_fingerprint": acc["payment_fingerprint"],
            "ip": acc["ip"] if rng.random() < 0.7 else None,
        }
    if kind == "namesake_at_employer":
        domain = acc["company"].lower().replace(" ", "") + ".example"
        return {
            **base,
            "email": f"{acc['first']}.{_digits(rng, 2)}@{domain}",
            "name": acc["name"],
            "company": acc["company"],
        }
    sex = rng.choice("FM")
    first = _other_first(rng, acc["first"], sex)
    surname = female if sex == "F" else male
    shared = {"phone": acc["phone"]} if acc["landline"] else {"ip": acc["ip"]}
    return {
        **base,
        "email": f"{first}{_digits(rng, 4)}@yahoo.com",
        "name": f"{first.title()} {surname.title()}",
        **shared,
    }


def disguise(rng: random.Random, acc: dict, kind: str, number: int) -> dict:
    base = {"id": f"{kind}{number:05d}", "country": acc["country"], "name": acc["name"]}
    fresh = f"{acc['first'][0]}{_digits(rng, 5)}@protonmail.com"
    if kind == "new_mailbox_same_device":
        return {**base, "email": fresh, "device_id": acc["device_id"]}
    if kind == "new_mailbox_same_mobile":
        return {**base, "email": fresh, "phone": acc["phone"]}
    if kind == "gmail_alias":
        local, _, _ = acc["email"].partition("@")
        return {**base, "email": f"{local.replace('.', '')}+work@googlemail.com"}
    return {**base, "email": fresh, "payment_fingerprint": acc["payment_fingerprint"]}


def generate(accounts: int, seed: int = 7) -> tuple[list[dict], list[tuple[str, str, dict]]]:
    """(accounts as matcher records, [(kind, account id, candidate record)])."""
    rng = random.Random(seed)
    people = [_person(rng, number) for number in range(accounts)]
    records = [
        {key: p[key] for key in ("id", "email", "name", "phone", "country", "company",
                                 "payment_fingerprint", "device_id", "ip")}
        for p in people
    ]  # fmt: skip
    cases: list[tuple[str, str, dict]] = []
    for number, acc in enumerate(people):
        kind = CLOSE_KINDS[number % len(CLOSE_KINDS)]
        if kind == "household" and not (acc["landline"] or acc["ip"]):
            continue
        cases.append((kind, acc["id"], close_person(rng, acc, kind, number)))
        if (
            acc["landline"]
            and DISGUISE_KINDS[number % len(DISGUISE_KINDS)] == "new_mailbox_same_mobile"
        ):
            continue  # a landline is not a personal line: that disguise needs a mobile
        dkind = DISGUISE_KINDS[number % len(DISGUISE_KINDS)]
        cases.append((dkind, acc["id"], disguise(rng, acc, dkind, number)))
    return records, cases


def rates(accounts: int, seed: int) -> Iterator[tuple[str, int, int, int]]:
    """(kind, cases, blocked, flagged) per kind, matched with the product's matcher."""
    from directcontracts.circumvention.matcher import (
        BLOCK,
        Thresholds,
        build_index,
        profile_from_record,
    )

    records, cases = generate(accounts, seed)
    index = build_index(records)
    thresholds = Thresholds()
    tally: dict[str, list[int]] = {}
    for kind, _, candidate in cases:
        result = index.match(profile_from_record(candidate), thresholds)
        row = tally.setdefault(kind, [0, 0, 0])
        row[0] += 1
        row[1] += result.decision == BLOCK
        row[2] += result.decision != "allow"
    for kind, (total, blocked, flagged) in sorted(tally.items()):
        yield kind, total, blocked, flagged
