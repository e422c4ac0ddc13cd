"""Hypothesis drives the ledger and a small in-memory reference model side by side.

Every reply and, after every step, every balance must agree. Failures are shrunk and
replay deterministically (derandomize=True; Hypothesis prints the failing steps).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from directcontracts.core import clock
from directcontracts.ledger.models import Account, Transfer, TransferKind
from directcontracts.ledger.services import (
    EXPIRY_VOID_CODE,
    TransferRequest,
    expire_pending_transfers,
    expiry_void_id,
    post_transfers,
)
from tests.ledger.factories import AccountFactory

pytestmark = pytest.mark.django_db

PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink]
IDS = [f"id{n}" for n in range(12)]
AMOUNTS = st.integers(min_value=-1, max_value=120)


@dataclass
class Acc:
    bound: str  # "", "debits" or "credits"
    dp: int = 0
    dq: int = 0
    cp: int = 0
    cq: int = 0


@dataclass
class Pend:
    debit: int
    credit: int
    amount: int
    expires_at: datetime | None
    resolution: str = ""


@dataclass
class Model:
    """The ledger's rules, written as plainly as possible."""

    accounts: dict[int, Acc]
    now: datetime
    records: dict[str, tuple[dict[str, Any], str]] = field(default_factory=dict)
    pendings: dict[str, Pend] = field(default_factory=dict)
    # Ids of posted (non-pending) transfers: naming one as a pending is not_pending.
    others: set[str] = field(default_factory=set)

    FIELDS = (
        (("kind",), "exists_with_different_kind"),
        (("pending_id",), "exists_with_different_pending_id"),
        (("debit_account_id", "credit_account_id"), "exists_with_different_accounts"),
        (("amount",), "exists_with_different_amount"),
        (("currency",), "exists_with_different_currency"),
        (("timeout_seconds",), "exists_with_different_timeout"),
        (("code",), "exists_with_different_code"),
        (("reference",), "exists_with_different_reference"),
        (("metadata",), "exists_with_different_metadata"),
    )

    def static(self, r: TransferRequest) -> str | None:
        resolving = r.kind in (TransferKind.POST_PENDING, TransferKind.VOID_PENDING)
        if (r.amount is not None or not resolving) and (r.amount is None or r.amount <= 0):
            return "amount_must_be_positive"
        if not resolving and r.debit_account_id == r.credit_account_id:
            return "accounts_must_be_different"
        if r.timeout_seconds and r.kind != TransferKind.PENDING:
            return "timeout_reserved_for_pending_transfer"
        return None

    def replay(self, r: TransferRequest) -> str | None:
        if r.id not in self.records:
            return None
        original, result = self.records[r.id]
        if result != "ok":
            return "id_already_failed"
        new = r.canonical()
        for names, code in self.FIELDS:
            if any(original[n] != new[n] for n in names):
                return code
        return "ok"

    def decide(self, r: TransferRequest) -> tuple[str, Any]:
        if r.kind in (TransferKind.SINGLE, TransferKind.PENDING):
            d, c = self.accounts[r.debit_account_id], self.accounts[r.credit_account_id]
            if d.bound == "debits" and d.dp + d.dq + r.amount > d.cp:
                return "exceeds_credits", None
            if c.bound == "credits" and c.cp + c.cq + r.amount > c.dp:
                return "exceeds_debits", None
            return "ok", None
        p = self.pendings.get(r.pending_id)
        if p is None:
            if r.pending_id in self.others:
                return "pending_transfer_not_pending", None
            return "pending_transfer_not_found", None
        if p.resolution:
            return {
                "posted": "pending_transfer_already_posted",
                "voided": "pending_transfer_already_voided",
                "expired": "pending_transfer_expired",
            }[p.resolution], None
        posting = r.kind == TransferKind.POST_PENDING
        if posting and p.expires_at is not None and p.expires_at <= self.now:
            return "pending_transfer_expired", None
        amount = p.amount if r.amount is None or not posting else r.amount
        if amount > p.amount:
            return "exceeds_pending_transfer_amount", None
        return "ok", (p, amount)

    def apply(self, r: TransferRequest, extra: Any) -> None:
        if r.kind != TransferKind.PENDING:
            self.others.add(r.id)
        if r.kind in (TransferKind.SINGLE, TransferKind.PENDING):
            d, c = self.accounts[r.debit_account_id], self.accounts[r.credit_account_id]
            if r.kind == TransferKind.SINGLE:
                d.dp += r.amount
                c.cp += r.amount
            else:
                d.dq += r.amount
                c.cq += r.amount
                expires = (
                    self.now + timedelta(seconds=r.timeout_seconds) if r.timeout_seconds else None
                )
                self.pendings[r.id] = Pend(
                    r.debit_account_id, r.credit_account_id, r.amount, expires
                )
            return
        p, amount = extra
        d, c = self.accounts[p.debit], self.accounts[p.credit]
        d.dq -= p.amount
        c.cq -= p.amount
        if r.kind == TransferKind.POST_PENDING:
            d.dp += amount
            c.cp += amount
            p.resolution = "posted"
        else:
            p.resolution = "expired" if r.code == EXPIRY_VOID_CODE else "voided"

    def run(self, r: TransferRequest) -> str:
        code = self.static(r)
        if code is not None:
            return code
        code = self.replay(r)
        if code is not None:
            return code
        code, extra = self.decide(r)
        if code == "ok":
            self.apply(r, extra)
        self.records[r.id] = (r.canonical(), code)
        return code

    def snapshot(self) -> dict[str, Any]:
        return {
            "accounts": {k: Acc(**vars(v)) for k, v in self.accounts.items()},
            "records": dict(self.records),
            "pendings": {k: Pend(**vars(v)) for k, v in self.pendings.items()},
            "others": set(self.others),
        }

    def restore(self, snap: dict[str, Any]) -> None:
        self.accounts, self.records = snap["accounts"], snap["records"]
        self.pendings, self.others = snap["pendings"], snap["others"]

    def run_linked(self, requests: list[TransferRequest]) -> list[str]:
        snap = self.snapshot()
        codes: list[str] = []
        for r in requests:
            codes.append(self.run(r))
            if codes[-1] != "ok":
                break
        if all(c == "ok" for c in codes):
            return codes
        self.restore(snap)
        failed = len(codes) - 1
        out = []
        for i, r in enumerate(requests):
            code = codes[i] if i == failed else "linked_event_failed"
            fresh = self.static(r) is None and self.replay(r) is None
            if i < failed and self.replay(r) == "ok":
                code = "ok"
            if fresh:
                self.records[r.id] = (r.canonical(), code)
            out.append(code)
        return out


class LedgerMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        clock.freeze(datetime(2026, 1, 1, tzinfo=UTC))
        self.run_no = LedgerMachine.runs = getattr(LedgerMachine, "runs", 0) + 1
        bounds = ["", "debits", "debits", "credits"]
        self.ids = []
        accounts = {}
        for bound in bounds:
            account = AccountFactory(
                debits_must_not_exceed_credits=bound == "debits",
                credits_must_not_exceed_debits=bound == "credits",
            )
            self.ids.append(account.pk)
            accounts[account.pk] = Acc(bound)
        self.model = Model(accounts, clock.now())
        self.expired = 0

    def key(self, name: str) -> str:
        return f"r{self.run_no}:{name}"

    def request(self, data, kind=TransferKind.SINGLE) -> TransferRequest:
        debit = data.draw(st.sampled_from(self.ids))
        credit = data.draw(st.sampled_from(self.ids))
        return TransferRequest(
            id=self.key(data.draw(st.sampled_from(IDS))),
            debit_account_id=debit,
            credit_account_id=credit,
            amount=data.draw(AMOUNTS),
            currency="USD",
            code=data.draw(st.sampled_from(["a", "b"])),
            kind=kind,
            timeout_seconds=data.draw(st.sampled_from([0, 0, 60]))
            if kind == TransferKind.PENDING
            else 0,
        )

    def check(self, requests: list[TransferRequest], expected: list[str], linked=False) -> None:
        got = [str(r.code) for r in post_transfers(requests, linked=linked)]
        assert got == expected

    @rule(data=st.data(), pending=st.booleans())
    def transfer(self, data, pending):
        r = self.request(data, TransferKind.PENDING if pending else TransferKind.SINGLE)
        self.check([r], [self.model.run(r)])

    @rule(data=st.data(), void=st.booleans(), full=st.booleans())
    def resolve(self, data, void, full):
        r = TransferRequest(
            id=self.key(data.draw(st.sampled_from(IDS))),
            kind=TransferKind.VOID_PENDING if void else TransferKind.POST_PENDING,
            pending_id=self.key(data.draw(st.sampled_from(IDS))),
            amount=None if (full or void) else data.draw(AMOUNTS),
        )
        self.check([r], [self.model.run(r)])

    @rule(data=st.data())
    def linked(self, data):
        legs = [self.request(data) for _ in range(data.draw(st.integers(1, 3)))]
        if len({leg.id for leg in legs}) != len(legs):
            return
        self.check(legs, self.model.run_linked(legs), linked=True)

    @rule(data=st.data())
    def batch(self, data):
        requests = [
            self.request(
                data, data.draw(st.sampled_from([TransferKind.SINGLE, TransferKind.PENDING]))
            )
            for _ in range(data.draw(st.integers(1, 4)))
        ]
        self.check(requests, [self.model.run(r) for r in requests])

    @rule(seconds=st.sampled_from([30, 61]))
    def time_passes_and_sweep_runs(self, seconds):
        clock.advance(seconds=seconds)
        self.model.now = clock.now()
        due = [
            k
            for k, p in self.model.pendings.items()
            if not p.resolution and p.expires_at is not None and p.expires_at <= self.model.now
        ]
        for key in due:
            self.model.run(
                TransferRequest(
                    id=expiry_void_id(key),
                    kind=TransferKind.VOID_PENDING,
                    pending_id=key,
                    code=EXPIRY_VOID_CODE,
                )
            )
        expire_pending_transfers()
        # Other examples' leftovers may expire too; count only this run's expiry voids.
        self.expired += len(due)
        voids = Transfer.objects.filter(key__startswith=f"expire:r{self.run_no}:").count()
        assert voids == self.expired

    @invariant()
    def balances_agree(self):
        for account in Account.objects.filter(pk__in=self.ids):
            m = self.model.accounts[account.pk]
            assert (
                account.debits_posted,
                account.debits_pending,
                account.credits_posted,
                account.credits_pending,
            ) == (m.dp, m.dq, m.cp, m.cq)


def test_ledger_agrees_with_reference_model():
    run_state_machine_as_test(
        LedgerMachine,
        settings=settings(
            max_examples=40,
            stateful_step_count=25,
            derandomize=True,
            phases=PHASES,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
