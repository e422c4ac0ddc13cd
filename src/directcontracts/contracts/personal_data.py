"""Contracts' part of "Download your data" and of closing an account (registered with
`accounts.personal_data` in `ContractsConfig.ready()`).

An export holds only what the person sees on the site: their contracts, milestones, the
messages of those threads, their own payouts and saved methods. The other party appears by
the name the contract shows; never their email (unless it is the person's own), payment
methods, screening or circumvention records, or anything staff wrote.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Q, QuerySet, Sum
from django.urls import reverse

from directcontracts.accounts.models import User
from directcontracts.accounts.personal_data import (
    ClosureBlocker,
    ClosureEffect,
    register_closure_action,
    register_closure_check,
    register_closure_eraser,
    register_closure_preview,
    register_export_section,
)
from directcontracts.contracts.models import (
    ESCROWED_STATES,
    Contract,
    ContractState,
    Message,
    Milestone,
    MilestoneState,
)
from directcontracts.contracts.money import display
from directcontracts.core import clock
from directcontracts.core.locks import for_update
from directcontracts.ledger import chart
from directcontracts.ledger.models import Account, AccountCode
from directcontracts.payments.models import PaymentMethod, Payout, PayoutMethod, PayoutState

MAX_ROWS = 100_000


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _other_party(contract: Contract, role: str) -> str:
    if role == "freelancer":
        return contract.client_name
    profile = getattr(contract.freelancer, "freelancer_profile", None)
    return profile.display_name if profile and profile.display_name else "The freelancer"


def contracts_section(user: User) -> list[dict[str, Any]]:
    """Three queries however many contracts: contracts (with the freelancer's profile),
    milestones, messages."""
    contracts = list(
        Contract.objects.visible_to(user)
        .select_related("freelancer__freelancer_profile")
        .order_by("created_at", "id")[:MAX_ROWS]
    )
    ids = [c.pk for c in contracts]
    milestones: dict[int, list[dict[str, Any]]] = {}
    for m in Milestone.objects.filter(contract_id__in=ids).order_by("contract_id", "position"):
        milestones.setdefault(m.contract_id, []).append(
            {
                "position": m.position,
                "title": m.title,
                "description": m.description,
                "amount_minor": m.amount_minor,
                "state": m.state,
                "due_date": _iso(m.due_date),
                "funded_minor": m.funded_amount_minor,
                "released_minor": m.released_amount_minor,
                "refunded_minor": m.refunded_amount_minor,
                "submitted_at": _iso(m.submitted_at),
                "released_at": _iso(m.released_at),
            }
        )
    messages: dict[int, list[dict[str, Any]]] = {}
    for msg in Message.objects.filter(contract_id__in=ids).order_by("created_at", "id"):
        messages.setdefault(msg.contract_id, []).append(
            {
                "from": "you" if msg.sender_id == user.pk else "the other party",
                "body": msg.body,
                "sent_at": _iso(msg.created_at),
            }
        )
    out = []
    for c in contracts:
        role = c.role_of(user) or ""
        out.append(
            {
                "id": c.pk,
                "your_role": role,
                "other_party": _other_party(c, role),
                # The client's email is the client's own data; the freelancer sees a name.
                "your_email_on_contract": c.client_email if role == "client" else None,
                "title": c.title,
                "description": c.description,
                "category": c.category_slug,
                "currency": c.currency,
                "state": c.state,
                "review_period_days": c.review_period_days,
                "created_at": _iso(c.created_at),
                "accepted_at": _iso(c.accepted_at),
                "ended_at": _iso(c.ended_at),
                "milestones": milestones.get(c.pk, []),
                "messages": messages.get(c.pk, []),
            }
        )
    return out


def payouts_section(user: User) -> dict[str, Any]:
    """Own payouts and own saved methods (last four digits only, as on the site)."""
    return {
        "payouts": [
            {
                "amount_minor": p.amount_minor,
                "currency": p.currency,
                "state": p.state,
                "to": f"bank account ending {p.method.last4}",
                "requested_at": _iso(p.created_at),
                "finished_at": _iso(p.finished_at),
            }
            for p in Payout.objects.filter(freelancer=user)
            .select_related("method")
            .order_by("created_at", "id")[:MAX_ROWS]
        ],
        "payout_methods": [
            {
                "holder_name": m.holder_name,
                "last4": m.last4,
                "currency": m.currency,
                "added_at": _iso(m.created_at),
                "removed_at": _iso(m.removed_at),
            }
            for m in PayoutMethod.objects.filter(owner=user).order_by("created_at", "id")
        ],
        "payment_methods": [
            {
                "kind": m.kind,
                "brand": m.brand,
                "last4": m.last4,
                "added_at": _iso(m.created_at),
                "removed_at": _iso(m.removed_at),
            }
            for m in PaymentMethod.objects.filter(owner=user).order_by("created_at", "id")
        ],
    }


# --- Closing an account ---------------------------------------------------------------


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def closure_checks(user: User) -> list[ClosureBlocker]:
    blockers: list[ClosureBlocker] = []
    contracts_url = reverse("contracts:list")
    counts = Contract.objects.visible_to(user).aggregate(
        active=Count("id", filter=Q(state=ContractState.ACTIVE)),
        invited=Count("id", filter=Q(state=ContractState.INVITED)),
    )
    if counts["active"]:
        blockers.append(
            ClosureBlocker(
                "active_contract",
                f"You have {_plural(counts['active'], 'active contract', 'active contracts')}: "
                "finish the work and end each contract first.",
                contracts_url,
                "Your contracts",
            )
        )
    if counts["invited"]:
        # Only the freelancer's own invitations: one addressed to the person as client has
        # no client set yet and is declined by the closing itself (`end_pre_active_contracts`).
        only = (
            Contract.objects.filter(freelancer=user, state=ContractState.INVITED)
            .values_list("pk", flat=True)
            .first()
            if counts["invited"] == 1
            else None
        )
        blockers.append(
            ClosureBlocker(
                "contract_invitation_open",
                f"{_plural(counts['invited'], 'invitation waits', 'invitations wait')} for a "
                "client's answer: withdraw it first.",
                reverse("contracts:detail", args=[only]) if only else contracts_url,
                "Withdraw the invitation" if only else "Your contracts",
            )
        )
    money = _money_in_the_ledger(user)
    escrowed = Milestone.objects.filter(
        Q(contract__freelancer=user) | Q(contract__client=user),
        state__in=[*ESCROWED_STATES, MilestoneState.FUNDING_PENDING],
    ).count()
    if escrowed or AccountCode.ESCROW in money:
        what = (
            _plural(escrowed, "milestone has", "milestones have")
            if escrowed
            else "A contract of yours has"
        )
        blockers.append(
            ClosureBlocker(
                "money_in_escrow",
                f"{what} money in escrow or a payment on its way: it must be released or "
                "refunded first.",
                contracts_url,
                "Your contracts",
            )
        )
    pending = Payout.objects.filter(freelancer=user, state=PayoutState.PENDING).count()
    if pending or AccountCode.FREELANCER_PENDING_PAYOUT in money:
        what = (
            _plural(pending, "payout is", "payouts are")
            if pending
            else f"A payout of {money[AccountCode.FREELANCER_PENDING_PAYOUT]} is"
        )
        blockers.append(
            ClosureBlocker(
                "payout_pending",
                f"{what} on the way to your bank: wait until it is paid.",
                reverse("contracts:earnings"),
                "Earnings and payouts",
            )
        )
    blockers += _balance_blockers(money)
    return blockers


# The person's money as the ledger holds it: their own accounts and the escrow of their
# contracts. Posted or still pending (a settlement not yet posted, a payout or refund in
# flight), in either direction: anything but all-zero totals means money is still owed.
_PERSON_CODES = {
    chart.FREELANCER: [AccountCode.FREELANCER_AVAILABLE, AccountCode.FREELANCER_PENDING_PAYOUT],
    chart.CLIENT: [AccountCode.CLIENT_REFUNDABLE],
}


def _money_in_the_ledger(user: User) -> dict[str, str]:
    """Every kind of account that still holds or awaits money of `user`'s, with the amount
    in words (what they are owed, pending money included), in one query."""
    where = Q(
        owner_type=chart.CONTRACT,
        code=AccountCode.ESCROW,
        owner_id__in=Contract.objects.visible_to(user).values("pk"),
    )
    for owner_type, codes in _PERSON_CODES.items():
        where |= Q(owner_type=owner_type, owner_id=user.pk, code__in=codes)
    rows = (
        Account.objects.filter(where)
        .values("code", "currency")
        .annotate(
            dp=Sum("debits_posted"),
            dq=Sum("debits_pending"),
            cp=Sum("credits_posted"),
            cq=Sum("credits_pending"),
        )
        .order_by("code", "currency")
    )
    amounts: dict[str, list[str]] = {}
    for row in rows:
        dp, dq, cp, cq = (int(row[k] or 0) for k in ("dp", "dq", "cp", "cq"))
        if cp == dp and not dq and not cq:
            continue
        # Every account here is a liability to the person (credit-normal): what they are
        # still owed counts money on its way in; money on its way out is theirs until posted.
        owed = cp + cq - dp
        amounts.setdefault(row["code"], []).append(display(owed, row["currency"]))
    return {code: ", ".join(shown) for code, shown in amounts.items()}


def _balance_blockers(money: dict[str, str]) -> list[ClosureBlocker]:
    blockers = []
    if AccountCode.FREELANCER_AVAILABLE in money:
        blockers.append(
            ClosureBlocker(
                "balance_remaining",
                f"Your balance of {money[AccountCode.FREELANCER_AVAILABLE]} has not been paid "
                "out: withdraw it first (money still in its security hold, or still being "
                "settled, becomes withdrawable when the hold ends).",
                reverse("contracts:earnings"),
                "Earnings and payouts",
            )
        )
    if AccountCode.CLIENT_REFUNDABLE in money:
        blockers.append(
            ClosureBlocker(
                "refund_pending",
                f"A refund of {money[AccountCode.CLIENT_REFUNDABLE]} is still on its way to "
                "you: wait until it reaches your card or bank.",
                reverse("contracts:billing"),
                "Billing",
            )
        )
    return blockers


def invitations_closing_declines(user: User) -> QuerySet[Contract]:
    """Invitations waiting for `user`'s answer as client (addressed to their email, no
    client set until acceptance): the closing declines them. The closing and the settings
    page both read this one selector."""
    return (
        Contract.objects.filter(
            state=ContractState.INVITED, client__isnull=True, client_email__iexact=user.email
        )
        .exclude(freelancer=user)
        .order_by("pk")
    )


def proposals_closing_cancels(user: User) -> QuerySet[Contract]:
    """The person's own drafts and declined proposals: the closing cancels them."""
    return Contract.objects.filter(
        freelancer=user, state__in=[ContractState.DRAFT, ContractState.DECLINED]
    ).order_by("pk")


def what_closing_ends(user: User) -> list[ClosureEffect]:
    """Said before the person confirms: each contract the closing will decline or cancel."""
    declined = [
        ClosureEffect(
            code="invitation_declined",
            message=f"The invitation “{contract.title}” (contract #{contract.pk}) from "
            f"{contract.freelancer.display_name} will be declined, and they will be told.",
            url="",  # reached through the emailed link only, not a page of the person's
        )
        for contract in invitations_closing_declines(user).select_related("freelancer")
    ]
    cancelled = [
        ClosureEffect(
            code=f"{contract.state}_cancelled",
            message=f"Your {'draft' if contract.state == ContractState.DRAFT else 'declined proposal'} "
            f"“{contract.title}” (contract #{contract.pk}) will be cancelled.",
            url=reverse("contracts:detail", args=[contract.pk]),
        )
        for contract in proposals_closing_cancels(user)
    ]
    return declined + cancelled


def end_pre_active_contracts(user: User) -> None:
    """Runs in the closing transaction, after the checks and before the email is erased.

    1. Invitations waiting for `user`'s answer as client (addressed to their email, no
       client set until acceptance) are declined on their behalf, their links stop working,
       and each freelancer is told why and that they may send the draft elsewhere.
    2. The person's own drafts and declined proposals, as freelancer, are cancelled: the
       client of a declined one already said no, a draft reached nobody (or was withdrawn
       with the client told), and a closed account can't send them any more.
    Rows locked by a request in flight are passed over (`skip_locked`), never waited for:
    that request (an acceptance by this person, the freelancer sending their draft) holds
    the contract and waits for the person's row, which the closing holds, so waiting would
    deadlock. It is refused `account_closed` once the closing commits and the contract stays
    as it was (`tests/accounts/test_close_account_races.py`).
    """
    from directcontracts.contracts.announce import announce
    from directcontracts.contracts.models import Invitation
    from directcontracts.contracts.states import transition

    waiting = list(
        for_update(invitations_closing_declines(user), skip_locked=True)
        .select_related("freelancer")
        .order_by("pk")
    )
    now = clock.now()
    for contract in waiting:
        transition(
            contract,
            ContractState.DECLINED,
            actor=user,
            kind="contract.declined",
            message="The client closed their account.",
        )
        Invitation.objects.filter(
            contract=contract, revoked_at__isnull=True, answered_at__isnull=True
        ).update(answered_at=now)
        announce(
            contract,
            kind="contract.declined",
            title=f"{contract.client_name} closed their account",
            body=f"The invitation to “{contract.title}” was declined for them when they closed "
            "their account. You can edit the draft and send it again, to them or to another "
            "address.",
            to=[contract.freelancer],
            key=f"contract:{contract.pk}:declined:account-closed",
        )
    own = proposals_closing_cancels(user)
    for contract in for_update(own, skip_locked=True):
        transition(
            contract,
            ContractState.CANCELLED,
            actor=user,
            kind="contract.cancelled",
            message="The freelancer closed their account.",
        )


def forget_saved_methods(user: User) -> None:
    """Saved cards, bank debits and payout accounts are removed (the rows stay: payments and
    payouts made with them point to them)."""
    now = clock.now()
    PaymentMethod.objects.filter(owner=user, removed_at__isnull=True).update(removed_at=now)
    PayoutMethod.objects.filter(owner=user, removed_at__isnull=True).update(removed_at=now)


def forget_client_details_on_contracts(user: User) -> None:
    """The name and email the freelancer typed for a client who has since closed their
    account: the contract page, statements and notices then say "Closed account #id", as
    everywhere else the closed person appears (the contract itself stays)."""
    from directcontracts.accounts.closure import closed_email, closed_name

    Contract.objects.filter(client=user).update(
        client_name=closed_name(user), client_email=closed_email(user)
    )


def register() -> None:
    register_export_section("contracts", contracts_section)
    register_export_section("payouts", payouts_section)
    register_closure_check(closure_checks)
    register_closure_action(end_pre_active_contracts)
    register_closure_preview(what_closing_ends)
    register_closure_eraser(forget_saved_methods)
    register_closure_eraser(forget_client_details_on_contracts)
