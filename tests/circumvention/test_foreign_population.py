"""bench/foreign_population.py: our families drawn on someone else's population (round 7).

Built here on a few hand-written account holders, not on the shared data."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _module():
    spec = importlib.util.spec_from_file_location("foreign_population", ROOT / "bench" / "foreign_population.py")  # fmt: skip
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write_population(folder: Path, accounts: list[dict]) -> None:
    folder.mkdir()
    (folder / "accounts.jsonl").write_text("".join(json.dumps(a) + "\n" for a in accounts))
    (folder / "candidates.jsonl").write_text("")
    (folder / "truth.jsonl").write_text("")


def _holder(i: int, **extra) -> dict:
    return {"id": f"a{i}", "email": f"vincent.schuchhardt{i}@gmail.com",
            "name": "Vincent Schuchhardt", "phone": f"+49 151 234567{i:02d}", "country": "DE",
            "company": None, "payment_fingerprint": None, "device_id": None,
            "ip": "10.0.0.1", **extra}  # fmt: skip


def test_each_family_keeps_the_trace_it_is_named_after(tmp_path):
    fp = _module()
    _write_population(tmp_path / "p", [_holder(i) for i in range(30)])
    fp.build(tmp_path / "p", tmp_path / "out", seed=1, per_family=3)
    accounts = {a["id"]: a for a in map(json.loads, (tmp_path / "out" / "accounts.jsonl").open())}
    truth = {t["id"]: t for t in map(json.loads, (tmp_path / "out" / "truth.jsonl").open())}
    for case in map(json.loads, (tmp_path / "out" / "candidates.jsonl").open()):
        holder = accounts[truth[case["id"]]["match"]]
        local = holder["email"].split("@")[0]
        if truth[case["id"]]["kind"] == "local_part_at_another_domain":
            assert case["email"].split("@") != holder["email"].split("@")
            assert case["email"].split("@")[0] == local


def test_a_case_whose_new_mailbox_an_account_already_holds_is_dropped(tmp_path):
    fp = _module()
    # Every other free provider's mailbox of this name is taken by someone.
    taken = [_holder(0, id=f"t{d}", email=f"vincent.schuchhardt0@{d}") for d in fp.FREE]
    _write_population(tmp_path / "p", [_holder(0), *taken])
    fp.build(tmp_path / "p", tmp_path / "out", seed=1, per_family=5)
    held = {fp._mailbox(a["email"]) for a in map(json.loads, (tmp_path / "p" / "accounts.jsonl").open())}  # fmt: skip
    for case in map(json.loads, (tmp_path / "out" / "candidates.jsonl").open()):
        assert fp._mailbox(case["email"]) not in held


def test_the_ipv6_family_moves_its_holder_to_a_link_and_the_case_to_the_same_64(tmp_path):
    fp = _module()
    _write_population(tmp_path / "p", [_holder(i) for i in range(30)])
    fp.build(tmp_path / "p", tmp_path / "out", seed=2, per_family=3)
    accounts = {a["id"]: a for a in map(json.loads, (tmp_path / "out" / "accounts.jsonl").open())}
    truth = {t["id"]: t for t in map(json.loads, (tmp_path / "out" / "truth.jsonl").open())}
    cases = [c for c in map(json.loads, (tmp_path / "out" / "candidates.jsonl").open())
             if truth[c["id"]]["kind"] == "ipv6_same_64"]  # fmt: skip
    assert cases
    for case in cases:
        holder_ip = accounts[truth[case["id"]]["match"]]["ip"]
        assert case["ip"] != holder_ip
        assert case["ip"].split(":")[:4] == holder_ip.split(":")[:4]


def test_the_company_family_writes_the_employer_with_another_legal_form_or_as_an_acronym(tmp_path):
    fp = _module()
    holders = [_holder(i, company="Northern Pixel Systems GmbH") for i in range(30)]
    _write_population(tmp_path / "p", holders)
    fp.build(tmp_path / "p", tmp_path / "out", seed=3, per_family=5)
    truth = {t["id"]: t for t in map(json.loads, (tmp_path / "out" / "truth.jsonl").open())}
    companies = [c["company"] for c in map(json.loads, (tmp_path / "out" / "candidates.jsonl").open())
                 if truth[c["id"]]["kind"] == "company_other_suffix_or_acronym"]  # fmt: skip
    assert companies
    assert all(c != "Northern Pixel Systems GmbH" and ("Northern Pixel Systems" in c or c.startswith("NPS"))
               for c in companies)  # fmt: skip
