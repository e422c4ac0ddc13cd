"""The invariant checker behind `directcontracts verify_ledger` and the test suite.

It trusts nothing it stores: every account's totals are recomputed from the transfers,
then compared with the accounts, the entries and the hash chain.

1. Replay transfers in seq order into per-account totals (pending, post, void rules).
2. Each account: stored totals equal the replay; its balance rule holds; a closed
   escrow account is at zero.
3. Entries: per account, versions run 1..n without gaps and n is the account's
   version; each entry's totals are the running sum of its deltas; each transfer has
   exactly one debit and one credit entry whose deltas match the transfer and balance
   in one currency.
4. Every transfer has an `ok` idempotency record pointing at it.
5. The hash chain: blocks are contiguous, each links to the previous hash, and the
   recomputed hash of its transfers matches.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from directcontracts.ledger.models import (
    Account,
    AccountCode,
    Entry,
    IdempotencyRecord,
    SealBlock,
    TransferKind,
)
from directcontracts.ledger.sealing import (
    GENESIS_HASH,
    block_hash,
    iter_transfer_rows,
    transfer_digest,
)


@dataclass
class _Totals:
    debits_posted: int = 0
    debits_pending: int = 0
    credits_posted: int = 0
    credits_pending: int = 0


def _replay(
    problems: list[str],
) -> tuple[dict[int, _Totals], dict[int, tuple[int, int, int, int, str]]]:
    """Totals per account and, per transfer seq, (debit, credit, posted, pending, currency)."""
    totals: dict[int, _Totals] = defaultdict(_Totals)
    legs: dict[int, tuple[int, int, int, int, str]] = {}
    pending_amounts: dict[str, int] = {}
    resolved: set[str] = set()
    for row in iter_transfer_rows():
        seq, key, debit, credit, amount, currency, _code, _ref, _meta, kind, pending_key = row[:11]
        if amount <= 0:
            problems.append(f"transfer {key}: amount {amount} is not positive")
        if kind == TransferKind.SINGLE:
            posted, pending = amount, 0
        elif kind == TransferKind.PENDING:
            posted, pending = 0, amount
            pending_amounts[key] = amount
        else:
            reserved = pending_amounts.get(pending_key)
            if reserved is None:
                problems.append(f"transfer {key}: resolves unknown pending {pending_key}")
                continue
            if pending_key in resolved:
                problems.append(f"transfer {key}: pending {pending_key} resolved twice")
            resolved.add(pending_key)
            if amount > reserved:
                problems.append(f"transfer {key}: posts more than pending {pending_key}")
            posted = amount if kind == TransferKind.POST_PENDING else 0
            pending = -reserved
        totals[debit].debits_posted += posted
        totals[debit].debits_pending += pending
        totals[credit].credits_posted += posted
        totals[credit].credits_pending += pending
        legs[seq] = (debit, credit, posted, pending, currency)
    return totals, legs


def _check_accounts(problems: list[str], totals: dict[int, _Totals]) -> dict[int, str]:
    currencies: dict[int, str] = {}
    seen: set[int] = set()
    for account in Account.objects.order_by("pk").iterator(chunk_size=5000):
        seen.add(account.pk)
        currencies[account.pk] = account.currency
        expected = totals.get(account.pk, _Totals())
        stored = _Totals(
            account.debits_posted,
            account.debits_pending,
            account.credits_posted,
            account.credits_pending,
        )
        if stored != expected:
            problems.append(f"account {account.pk}: totals {stored} but transfers give {expected}")
        if account.debits_must_not_exceed_credits and (
            account.debits_posted + account.debits_pending > account.credits_posted
        ):
            problems.append(f"account {account.pk}: debits exceed credits")
        if account.credits_must_not_exceed_debits and (
            account.credits_posted + account.credits_pending > account.debits_posted
        ):
            problems.append(f"account {account.pk}: credits exceed debits")
        if (
            account.closed
            and account.code == AccountCode.ESCROW
            and (
                account.debits_posted != account.credits_posted
                or account.debits_pending
                or account.credits_pending
            )
        ):
            problems.append(f"account {account.pk}: closed escrow account is not at zero")
    for pk in set(totals) - seen:
        problems.append(f"account {pk}: referenced by transfers but missing")
    return currencies


def _check_entries(
    problems: list[str],
    legs: dict[int, tuple[int, int, int, int, str]],
    currencies: dict[int, str],
) -> None:
    versions = dict(Account.objects.values_list("pk", "version"))
    running: dict[int, _Totals] = defaultdict(_Totals)
    last_version: dict[int, int] = defaultdict(int)
    per_transfer: dict[int, list[tuple[int, str, int, int]]] = defaultdict(list)
    rows = Entry.objects.order_by("account_id", "version").values_list(
        "account_id",
        "transfer_id",
        "version",
        "side",
        "posted_delta",
        "pending_delta",
        "debits_posted",
        "debits_pending",
        "credits_posted",
        "credits_pending",
    )
    for account_id, seq, version, side, posted, pending, *after in rows.iterator(chunk_size=5000):
        if version != last_version[account_id] + 1:
            problems.append(
                f"account {account_id}: entry version {version} follows {last_version[account_id]}"
            )
        last_version[account_id] = version
        t = running[account_id]
        if side == "D":
            t.debits_posted += posted
            t.debits_pending += pending
        else:
            t.credits_posted += posted
            t.credits_pending += pending
        if _Totals(*after) != t:
            problems.append(f"account {account_id}: entry v{version} totals do not add up")
        per_transfer[seq].append((account_id, side, posted, pending))
    for pk, version in versions.items():
        if last_version.get(pk, 0) != version:
            problems.append(
                f"account {pk}: version {version} but {last_version.get(pk, 0)} entries"
            )
    for seq, (debit, credit, posted, pending, currency) in legs.items():
        expected = sorted([(debit, "D", posted, pending), (credit, "C", posted, pending)])
        if sorted(per_transfer.pop(seq, [])) != expected:
            problems.append(f"transfer seq {seq}: entries do not match the transfer")
        if currencies.get(debit) != currency or currencies.get(credit) != currency:
            problems.append(f"transfer seq {seq}: accounts and transfer differ in currency")
    for seq in per_transfer:
        problems.append(f"entries for transfer seq {seq} without a valid transfer")


def _check_idempotency(
    problems: list[str], legs: dict[int, tuple[int, int, int, int, str]]
) -> None:
    recorded = set(
        IdempotencyRecord.objects.filter(transfer__isnull=False, result="ok").values_list(
            "transfer_id", flat=True
        )
    )
    missing = set(legs) - recorded
    for seq in sorted(missing)[:20]:
        problems.append(f"transfer seq {seq}: no idempotency record")
    bad = IdempotencyRecord.objects.filter(result="ok", transfer__isnull=True).count()
    if bad:
        problems.append(f"{bad} ok idempotency records point at no transfer")


def _check_chain(problems: list[str]) -> None:
    prev_hash = GENESIS_HASH
    after = 0
    for expected_number, block in enumerate(SealBlock.objects.order_by("number").iterator()):
        if block.number != expected_number or block.prev_hash != prev_hash:
            problems.append(f"seal block {block.number}: chain broken")
        rows = list(iter_transfer_rows(after, block.last_seq))
        digests = [transfer_digest(row) for row in rows]
        first = rows[0][0] if rows else None
        recomputed = block_hash(
            prev_hash=block.prev_hash,
            number=block.number,
            first_seq=block.first_seq,
            last_seq=block.last_seq,
            digests=digests,
        )
        if len(rows) != block.transfer_count or first != block.first_seq:
            problems.append(
                f"seal block {block.number}: holds {len(rows)} transfers, sealed {block.transfer_count}"
            )
        elif recomputed != block.hash:
            problems.append(f"seal block {block.number}: hash mismatch (a sealed transfer changed)")
        prev_hash, after = block.hash, block.last_seq


def verify_ledger() -> list[str]:
    """Every discrepancy found, as one line each; an empty list means the ledger is sound."""
    problems: list[str] = []
    totals, legs = _replay(problems)
    currencies = _check_accounts(problems, totals)
    _check_entries(problems, legs, currencies)
    _check_idempotency(problems, legs)
    _check_chain(problems)
    return problems
