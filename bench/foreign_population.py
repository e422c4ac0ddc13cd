"""Our disguise families drawn on a population we did not make (issue 14, seventh round).

    python bench/foreign_population.py [--population-seed 21] [--seed 5] [--accounts 100000]

The shared generator (`../shared/tools/identity/gen_identity.py`) writes a population whose
names are as varied as in life (most names held by one account) and its own candidates (its
disguises, hard negatives and new clients). This script adds our families on top, each built
from an account holder's record by rules of our own: the same mailbox name at another domain,
a reshaped mailbox name, a domain typo, a phone number one digit added, dropped, changed or
two swapped, a name romanised from Cyrillic or Greek with one weak trace beside it, and (round
12, drawn last so that the others stay the same) a Latin name written in Cyrillic or Greek. The
name is kept (60 %), written slightly differently (28 %) or shortened (12 %); everything else
is a fresh sign-up. Then `directcontracts match_accounts` runs on the lot and the figures are
printed per family. The shared tool is used here only; the package never needs it.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.circumvention.disguises import (  # noqa: E402
    romanise_cyrillic,
    romanise_greek,
    transcribe_latin,
)

TOOLS = (ROOT / ".." / "shared" / "tools" / "identity").resolve()
FREE = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de", "mail.ru"]
FREE_HOSTS = ("gmail.", "googlemail.", "outlook.", "hotmail.", "yahoo.", "icloud.", "gmx.",
              "web.de", "mail.ru", "yandex.", "proton", "libero.", "orange.", "wp.pl", "rediff",
              "naver.", "free.fr", "laposte.", "uol.", "bol.", "t-online.", "o2.pl", "onet.")  # fmt: skip
TLD = {"US": "com", "GB": "co.uk", "DE": "de", "FR": "fr", "ES": "es", "BR": "com.br",
       "IT": "it", "PL": "pl", "JP": "jp", "IN": "in", "RU": "ru", "GR": "gr"}  # fmt: skip
KEYBOARD = {"a": "qs", "e": "wr", "i": "uo", "o": "ip", "m": "n", "n": "m", "l": "k", "t": "ry",
            "c": "xv", "h": "gj", "r": "et", "s": "ad", "u": "yi", "y": "tu"}  # fmt: skip
FAMILIES = (
    "local_part_at_another_domain", "local_part_reshaped", "email_domain_typo",
    "phone_digit_added_or_dropped", "phone_digit_changed", "phone_digits_swapped",
    "name_romanised_with_a_trace", "name_swapped_or_initials", "name_middle_or_maiden",
    "company_other_suffix_or_acronym", "ipv6_same_64", "latin_name_in_another_script",
)  # fmt: skip
LEGAL_FORMS = ("Inc.", "LLC", "Ltd", "Limited", "GmbH", "AG", "S.A.", "S.L.", "SARL", "S.p.A.",
               "Sp. z o.o.", "K.K.", "Co., Ltd.", "PLC", "KGaA", "S.R.L.", "Pvt Ltd", "OOO")  # fmt: skip
GIVEN = ("Anna", "Maria", "Louise", "Elena", "James", "Peter", "Michael", "Jean", "Sofia")


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Tokens of legal forms and connectives as the population writes them (punctuation dropped,
# lower case): an acronym is made of the other words ("PPUH Glenc Sp. z o.o." -> "PG").
FORM_TOKENS = frozenset(
    """inc llc ltd limited gmbh ag kg kgaa gbr ohg mbh ev eg co corp corporation kk spa srl
    sl sa slne sll slu sat sau scoop scom scp sarl sas sc sp spk spj z oo ltda ei me plc pvt
    ooo ae oe ee abee οε αε εε ικε επε αβεε and und et e y i & лтд инк инкорпорэйтед и και""".split()
)


def _name_words(words: list[str]) -> list[str]:
    """A company's words without its legal form and connectives."""
    return [w for w in words if re.sub(r"[^\w&]", "", w).lower() not in FORM_TOKENS]


def _acronym(words: list[str]) -> str:
    """The initials of a company's words, legal forms and connectives left out."""
    return "".join(w[0] for w in _name_words(words) if w[:1].isalpha()).upper()


IDENTIFIERS = ("payment_fingerprint", "device_id", "phone", "ip")


def _keep_one_trace(
    rng: random.Random, account: dict, case: dict, fields: tuple[str, ...] = IDENTIFIERS
) -> dict | None:
    """The case with one of the holder's values among `fields` (by default an identifier:
    card, device, phone or address), or None when the holder has none of them."""
    traces = [t for t in fields if account.get(t)]
    if not traces:
        return None
    trace = rng.choice(traces)
    case[trace] = account[trace]
    return case


class Families:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def name(self, name: str | None) -> str | None:
        """Kept, written slightly differently, or shortened, as a returning holder might."""
        rng = self.rng
        tokens = (name or "").split()
        draw = rng.random()
        if not name or draw < 0.6 or len(tokens) < 2:
            return name
        if draw < 0.88:
            change = rng.choice(["case", "order", "middle", "typo", "accents"])
            if change == "case":
                return name.lower() if rng.random() < 0.5 else name.upper()
            if change == "order":
                return f"{tokens[-1]}, {' '.join(tokens[:-1])}"
            if change == "middle":
                return " ".join([tokens[0], rng.choice("ABCDEFGHJKLMNPRST") + ".", *tokens[1:]])
            if change == "typo" and len(tokens[-1]) > 3:
                last, i = tokens[-1], rng.randrange(1, len(tokens[-1]) - 2)
                return " ".join([*tokens[:-1], last[:i] + last[i + 1] + last[i] + last[i + 2 :]])
            return _plain(name)
        return (
            f"{tokens[0][0]}. {tokens[-1]}"
            if rng.random() < 0.6
            else f"{tokens[0]} {tokens[-1][0]}."
        )

    def fresh(self, account: dict, name: str | None) -> dict:
        """A fresh sign-up by the holder: new card, device and address, the rest kept."""
        rng = self.rng
        case = dict(account, name=name, phone=None)
        case["payment_fingerprint"] = (
            f"pf_{rng.getrandbits(96):024x}" if rng.random() < 0.7 else None
        )
        case["device_id"] = f"Pixel-8:{rng.getrandbits(64):016x}" if rng.random() < 0.8 else None
        octets = (
            rng.randrange(11, 200),
            rng.randrange(256),
            rng.randrange(256),
            rng.randrange(1, 255),
        )
        case["ip"] = ".".join(map(str, octets))
        if account.get("company") and rng.random() < 0.5:
            case["company"] = None
        if rng.random() < 0.05:
            case["country"] = None
        return case

    def fresh_mailbox(self, name: str | None) -> str:
        letters = re.sub(r"[^a-z]", "", _plain(name or "").lower())[:10] or "user"
        return f"{letters}{self.rng.randrange(100, 9999)}@{self.rng.choice(FREE)}"

    @staticmethod
    def _split(email: str) -> tuple[str, str]:
        local, _, domain = email.strip().lower().rpartition("@")
        return local.split("+")[0], domain

    def local_part_at_another_domain(self, account: dict) -> dict | None:
        local, domain = self._split(account["email"])
        if not domain.startswith(FREE_HOSTS):
            return None
        rng = self.rng
        surnames = [
            t for t in _plain(account["name"] or "").lower().split() if t.isascii() and t.isalpha()
        ]
        tld = TLD.get(account.get("country") or "", "com")
        draw = rng.random()
        if draw < 0.4 and surnames:
            new_domain = f"{surnames[-1]}.{tld}"  # a personal domain
        elif draw < 0.7 and account.get("company"):
            new_domain = (
                re.sub(r"[^a-z0-9]", "", _plain(account["company"]).lower())[:14] + "." + tld
            )
        else:
            new_domain = rng.choice([d for d in FREE if d != domain])
        case = self.fresh(account, self.name(account["name"]))
        case["email"] = f"{local}@{new_domain}"
        return case

    def local_part_reshaped(self, account: dict) -> dict | None:
        local, domain = self._split(account["email"])
        letters, digits = re.sub(r"[^a-z]", "", local), re.sub(r"[^0-9]", "", local)
        if len(letters) < 4:
            return None
        rng = self.rng
        parts = [p for p in re.split(r"[._-]", re.sub(r"[0-9]", "", local)) if p]
        draw = rng.random()
        if len(parts) >= 2 and draw < 0.3:
            core = rng.choice([".", "_", "", "-"]).join(parts)
        elif len(parts) >= 2 and draw < 0.5:
            core = parts[0][0] + rng.choice([".", "", "_"]) + parts[-1]
        elif len(parts) >= 2 and draw < 0.65:
            core = parts[-1] + rng.choice([".", "", "_"]) + parts[0]
        else:
            core = letters
        if digits and rng.random() < 0.6:
            number = digits
        elif rng.random() < 0.7:
            number = str(rng.randrange(1, 99) if rng.random() < 0.5 else rng.randrange(1960, 2005))
        else:
            number = ""
        new = core + number if core + number != local else f"{core}{rng.randrange(10, 99)}"
        case = self.fresh(account, self.name(account["name"]))
        case["email"] = f"{new}@{rng.choice([d for d in FREE if d != domain])}"
        return case

    def email_domain_typo(self, account: dict) -> dict | None:
        local, domain = self._split(account["email"])
        brand, dot, rest = domain.partition(".")
        spots = [i for i, ch in enumerate(brand) if ch in KEYBOARD]
        if not spots or len(brand) < 4:
            return None
        rng = self.rng
        i = rng.choice(spots)
        draw = rng.random()
        if draw < 0.4:
            typo = brand[:i] + rng.choice(KEYBOARD[brand[i]]) + brand[i + 1 :]
        elif draw < 0.7 and i + 1 < len(brand):
            typo = brand[:i] + brand[i + 1] + brand[i] + brand[i + 2 :]
        else:
            typo = brand[:i] + brand[i + 1 :]
        case = self.fresh(account, self.name(account["name"]))
        case["email"] = f"{local}@{typo}{dot}{rest}"
        return case

    def _phone(self, account: dict, edit: str) -> dict | None:
        phone = account.get("phone")
        places = [i for i, ch in enumerate(phone or "") if ch.isdigit()]
        if len(places) < 8:
            return None
        rng = self.rng
        i = rng.choice(places[-7:])
        assert phone is not None
        if edit == "added_or_dropped":
            new = (
                phone[:i] + phone[i + 1 :]
                if rng.random() < 0.5
                else phone[:i] + str(rng.randrange(10)) + phone[i:]
            )
        elif edit == "changed":
            new = (
                phone[:i] + rng.choice([d for d in "0123456789" if d != phone[i]]) + phone[i + 1 :]
            )
        else:
            j = places[places.index(i) - 1]
            if phone[i] == phone[j]:
                return None
            chars = list(phone)
            chars[i], chars[j] = chars[j], chars[i]
            new = "".join(chars)
        case = self.fresh(account, self.name(account["name"]))
        case["email"], case["phone"] = self.fresh_mailbox(case["name"]), new
        return case

    def phone_digit_added_or_dropped(self, account: dict) -> dict | None:
        return self._phone(account, "added_or_dropped")

    def phone_digit_changed(self, account: dict) -> dict | None:
        return self._phone(account, "changed")

    def phone_digits_swapped(self, account: dict) -> dict | None:
        return self._phone(account, "swapped")

    def name_romanised_with_a_trace(self, account: dict) -> dict | None:
        """A Cyrillic or Greek name written in Latin letters by another scheme, with one weak
        trace of the holder beside it (the address or the employer)."""
        name, rng = account.get("name") or "", self.rng
        if re.search("[\u0400-\u04ff]", name):
            scheme = rng.choice(["icao", "bgn", "popular", "german"])
            latin = " ".join(romanise_cyrillic(t, scheme) for t in name.split())
        elif re.search("[\u0370-\u03ff]", name):
            scheme = rng.choice(["elot", "phonetic"])
            latin = " ".join(romanise_greek(t, scheme) for t in name.split())
        else:
            return None
        case = self.fresh(account, latin)
        case["email"] = self.fresh_mailbox(latin)
        return _keep_one_trace(rng, account, case, ("ip", "company"))

    def latin_name_in_another_script(self, account: dict) -> dict | None:
        """A name the account writes in Latin letters, transcribed into Cyrillic or Greek by
        sound (round 12: `John Smith` -> `Джон Смит` / `Τζον Σμιθ`), with one weak trace."""
        name, rng = account.get("name") or "", self.rng
        words = name.replace(",", " ").split()
        if len(words) < 2 or not all(w.isalpha() and w.isascii() for w in words):
            return None
        script = rng.choice(["cyrillic", "greek"])
        written = " ".join(transcribe_latin(w, script) for w in words if len(w) > 1)
        case = self.fresh(account, written)
        case["email"] = self.fresh_mailbox(name)
        return _keep_one_trace(rng, account, case, ("ip", "company"))

    def name_swapped_or_initials(self, account: dict) -> dict | None:
        tokens = (account.get("name") or "").replace(",", "").split()
        if len(tokens) < 2 or not all(t.isalpha() for t in tokens):
            return None
        given, surname = tokens[0], tokens[-1]
        name = self.rng.choice([f"{surname} {given}", f"{surname.upper()}, {given}",
                                f"{given[0]}. {surname}", f"{given} {self.rng.choice('ABDJKLMR')}. {surname}"])  # fmt: skip
        case = self.fresh(account, name)
        case["email"] = self.fresh_mailbox(name)
        return _keep_one_trace(self.rng, account, case)

    def name_middle_or_maiden(self, account: dict) -> dict | None:
        tokens = (account.get("name") or "").replace(",", "").split()
        if len(tokens) < 2 or not all(t.replace("-", "").isalpha() for t in tokens):
            return None
        if len(tokens) >= 3:
            name = f"{tokens[0]} {tokens[-1]}"
        else:
            extra = self.rng.choice(GIVEN)
            name = self.rng.choice(
                [f"{tokens[0]} {extra} {tokens[1]}", f"{tokens[0]} {tokens[1]}-{extra}n"]
            )
        case = self.fresh(account, name)
        case["email"] = self.fresh_mailbox(name)
        return _keep_one_trace(self.rng, account, case)

    def company_other_suffix_or_acronym(self, account: dict) -> dict | None:
        company = account.get("company") or ""
        words = [w for w in re.split(r"[\s,]+", company) if w]
        bare = [w for w in words if w.strip(".").lower() not in {f.strip(".").lower() for f in LEGAL_FORMS}
                and w.lower() not in {"and", "und", "et", "e", "y", "i", "&"}]  # fmt: skip
        if len(bare) < 2 or not all(w[:1].isalpha() for w in bare):
            return None
        other = self.rng.choice([f for f in LEGAL_FORMS if f not in company])
        acronym = _acronym(words)
        case = self.fresh(account, self.name(account["name"]))
        # The name with another legal form in place of its own (kept, connectives dropped).
        renamed = f"{' '.join(_name_words(words))} {other}"
        written = self.rng.choice([renamed, f"{acronym} {other}", acronym])
        # A one-letter "acronym" (a one-word name beside its legal form) is nobody's way of
        # writing a company: the name with another legal form instead (the same draws).
        case["company"] = written if len(acronym) >= 2 else renamed
        case["email"] = self.fresh_mailbox(account["name"])
        return case

    def ipv6_same_64(self, account: dict) -> dict | None:
        """The holder on an IPv6 link (the account's address rewritten so), the case on another
        address of the same /64, the name kept."""
        rng = self.rng
        prefix = "2a02:" + ":".join(f"{rng.getrandbits(16):x}" for _ in range(3))
        account["ip"] = prefix + ":" + ":".join(f"{rng.getrandbits(16):x}" for _ in range(4))
        case = self.fresh(account, self.name(account["name"]))
        case["email"] = self.fresh_mailbox(account["name"])
        case["ip"] = prefix + ":" + ":".join(f"{rng.getrandbits(16):x}" for _ in range(4))
        return case


def _mailbox(email: str | None) -> str:
    """The inbox an address reaches, roughly (case, +tags and Gmail's dots ignored)."""
    local, _, domain = (email or "").strip().lower().rpartition("@")
    local = local.split("+")[0]
    return (
        (local.replace(".", "") if domain in ("gmail.com", "googlemail.com") else local)
        + "@"
        + domain
    )


def build(folder: Path, out: Path, seed: int, per_family: int) -> None:
    """Write the population, its own candidates and ours. A case whose new mailbox some
    account already holds is dropped: it would be that account's, not a disguise."""
    accounts = [json.loads(line) for line in (folder / "accounts.jsonl").open(encoding="utf-8")]
    held = {_mailbox(a["email"]) for a in accounts if a.get("email")}
    families = Families(seed)
    order = list(range(len(accounts)))
    families.rng.shuffle(order)
    cases, truth = [], []
    used: set[str] = set()
    for family in FAMILIES:
        make: Callable[[dict], dict | None] = getattr(families, family)
        made = 0
        for index in order:
            if made == per_family:
                break
            if family == "ipv6_same_64" and accounts[index]["id"] in used:
                continue  # its address is rewritten: not under another family's case
            case = make(accounts[index])
            if case is None or (
                case["email"] != accounts[index]["email"] and _mailbox(case["email"]) in held
            ):
                continue
            case["id"] = f"fam_{family}_{made:04d}"
            used.add(accounts[index]["id"])
            cases.append(case)
            truth.append({"id": case["id"], "match": accounts[index]["id"], "kind": family})
            made += 1
        families.rng.shuffle(order)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "accounts.jsonl").open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in accounts)
    with (out / "candidates.jsonl").open("w", encoding="utf-8") as handle:
        handle.write((folder / "candidates.jsonl").read_text(encoding="utf-8"))
        handle.writelines(json.dumps(case, ensure_ascii=False) + "\n" for case in cases)
    with (out / "truth.jsonl").open("w", encoding="utf-8") as handle:
        handle.write((folder / "truth.jsonl").read_text(encoding="utf-8"))
        handle.writelines(json.dumps(row) + "\n" for row in truth)


def report(folder: Path, predictions: Path) -> None:
    truth = {
        row["id"]: row for row in map(json.loads, (folder / "truth.jsonl").open(encoding="utf-8"))
    }
    found, cases, flagged, negatives = Counter(), Counter(), Counter(), Counter()
    true_flags = false_flags = new_reviewed = 0
    for prediction in map(json.loads, predictions.open(encoding="utf-8")):
        row = truth[prediction["id"]]
        flag = prediction["decision"] != "allow"
        if row["match"]:
            cases[row["kind"]] += 1
            hit = flag and prediction["match"] == row["match"]
            found[row["kind"]] += hit
            true_flags += hit
            false_flags += flag and not hit
        else:
            negatives[row["kind"]] += 1
            flagged[row["kind"]] += flag
            false_flags += flag
            new_reviewed += row["kind"] == "new" and prediction["decision"] == "review"
    for kind in sorted(cases):
        mark = "*" if kind in FAMILIES else " "
        print(
            f"{mark} {kind:40s} recall {found[kind] / cases[kind]:.3f} ({found[kind]}/{cases[kind]})"
        )
    for kind in sorted(negatives):
        print(f"  {kind:40s} flagged {flagged[kind]}/{negatives[kind]}")
    ours = sum(cases[f] for f in FAMILIES)
    print(
        f"our families recall {sum(found[f] for f in FAMILIES) / max(ours, 1):.4f} ({ours} cases)"
    )
    print(
        f"precision {true_flags / max(true_flags + false_flags, 1):.4f} "
        f"recall {true_flags / max(sum(cases.values()), 1):.4f} "
        f"new_reviewed {new_reviewed}/{negatives['new']} "
        f"({new_reviewed / max(negatives['new'], 1):.2%})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--population-seed", type=int, default=21)
    parser.add_argument("--seed", type=int, default=5, help="seed of our families")
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--per-family", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="foreign-population-") as tmp:
        population, folder = Path(tmp) / "population", Path(tmp) / "with-families"
        subprocess.run(
            [sys.executable, str(TOOLS / "gen_identity.py"), "--accounts", str(args.accounts),
             "--candidates", str(args.candidates), "--seed", str(args.population_seed),
             "--profile", "dev", "--out", str(population)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        build(population, folder, args.seed, args.per_family)
        predictions = Path(tmp) / "predictions.jsonl"
        with predictions.open("w", encoding="utf-8") as out:
            subprocess.run(
                [sys.executable, "-m", "directcontracts", "match_accounts",
                 "--accounts", str(folder / "accounts.jsonl"),
                 "--candidates", str(folder / "candidates.jsonl")],
                stdout=out, check=True, cwd=ROOT,
            )  # fmt: skip
        report(folder, predictions)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
