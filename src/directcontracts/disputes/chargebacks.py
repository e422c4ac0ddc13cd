"""Chargeback cases: a payer's bank took a funding back.

Design:

1. Contracts' handler moves the ledger first (`chart.chargeback_gross`: escrow covers what
   it still holds, the dispute reserve the rest); ours runs next in the same money
   transaction (`payments.hooks`, registered in `apps.py`) and opens one case per payment.
2. Before release the escrow covered it: nobody was paid, the milestone is refunded and the
   case is `accepted` (nothing to contest; an open dispute on the milestone ends). After
   release the loss sits in the dispute reserve: the amount at risk (what the freelancer
   received from that payment, at most the loss) is held from the freelancer's payouts
   with the reason shown, never taken silently, and the case is `open`.
3. The evidence pack is assembled from what the platform already recorded (see
   `evidence_pack.py`): one PDF and one JSON bundle, stored with its SHA-256, downloadable
   by staff and submitted through the gateway.
4. The bank's decision settles the reserve: won, the processor returns the gross
   (`chart.chargeback_won`), what escrow had covered goes back to the client, who is charged
   the gross again (`chart.chargeback_won_return`, a gateway refund; the reserve nets to
   zero), and the hold is lifted; lost, the held amount (as far as the
   balance has it) covers the loss (`chart.chargeback_recovery`), the freelancer is told
   exactly what was taken, and the hold is lifted.
"""

from __future__ import annotations

import hashlib
import json
import logging
from functools import partial

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Count, Sum

from directcontracts.accounts.models import User
from directcontracts.contracts import escrow, freezes
from directcontracts.contracts.announce import client_name
from directcontracts.contracts.models import Milestone, Release
from directcontracts.contracts.money import display
from directcontracts.contracts.states import record_event
from directcontracts.core import clock
from directcontracts.core.errors import NotFound, PermissionDenied
from directcontracts.core.locks import for_update, lock_row
from directcontracts.core.own_matter import is_a_party, party_refusal, refuse_a_party
from directcontracts.core.staff_audit import record_staff_edit
from directcontracts.disputes.access import PARTY_REFUSAL_TEAM, PARTY_REFUSAL_WHAT
from directcontracts.disputes.errors import DisputeErrorCode
from directcontracts.disputes.models import ChargebackCase, ChargebackState, Dispute, DisputeState
from directcontracts.disputes.notify import tell_each, tell_freelancer_of_chargeback
from directcontracts.disputes.states import InvalidTransition, move
from directcontracts.ledger import chart
from directcontracts.ledger.composition import apply_linked, money_transaction
from directcontracts.ledger.selectors import transfer_amount
from directcontracts.payments import charges, gateway_requests, payouts
from directcontracts.payments.models import GatewayRequest, GatewayRequestState, Payment

logger = logging.getLogger(__name__)
STAFF_GROUP = "trust_safety"
# The idempotency key of a case's evidence at the gateway (one submission per case).
EVIDENCE_KEY_PREFIX = "chargeback-case:"
# Finance follow the money a chargeback moves (the dispute reserve, payout holds), so they
# read the cases too; handling them (submitting the evidence pack) stays Trust & Safety's.
# The evidence pack itself (the parties' private messages, file names and hashes, the
# client's address and browser) is opened only by Trust & Safety, who handle disputes, and
# superusers: least privilege, finance need the money, not the conversation.
READER_GROUPS = (STAFF_GROUP, "finance")
EVIDENCE_PACK_REFUSED = (
    "The evidence pack holds the parties' private messages and files, so only Trust & Safety "
    "(who handle disputes and chargebacks) open it. The money the chargeback moved is under "
    "Money on the chargeback's page."
)
# A member who is the contract's freelancer or client neither contests the chargeback on
# their own contract nor reads its case (the pack holds the other party's address, browser
# and payment method; the money is about themselves), as a party never mediates its own
# dispute: core/own_matter.py, `403 staff_is_a_party`. They read their contract's money as
# a party, on the contract's own pages.
PARTY_REFUSED = party_refusal(PARTY_REFUSAL_WHAT, PARTY_REFUSAL_TEAM).message


def _milestone_of(payment: Payment) -> Milestone | None:
    kind, _, pk = payment.reference.partition(":")
    if kind != "milestone" or not pk.isdigit():
        return None
    return (
        Milestone.objects.select_related("contract", "contract__freelancer", "contract__client")
        .filter(pk=int(pk))
        .first()
    )


def _covered_by_escrow(payment: Payment) -> int:
    return transfer_amount(chart.chargeback_escrow_transfer_id(payment.pk))


def _beyond_the_payment(payment: Payment) -> int:
    """What the processor took beyond what was left of the payment: the platform's loss
    (contracts' handler booked it to platform losses), no part of this case."""
    return transfer_amount(chart.chargeback_excess_transfer_id(payment.pk))


def _taken_by_the_bank(payment: Payment) -> int:
    """What the chargeback took of the payment (contracts' handler posted it): the gross
    less what was refunded before, nothing when the payment was refunded in full, and never
    more than that even when the processor took more (`_beyond_the_payment`)."""
    return transfer_amount(chart.chargeback_transfer_id(payment.pk)) - _beyond_the_payment(payment)


def on_payment_charged_back(payment: Payment) -> None:
    """Open the case (once per payment); hold what is at risk; end a dispute whose escrow
    the bank took."""
    milestone = _milestone_of(payment)
    if milestone is None or ChargebackCase.objects.filter(payment=payment).exists():
        return
    if escrow.returned_unapplied(payment):
        return  # refunded in full, it funded nothing: a platform loss, no case (contracts)
    contract = milestone.contract
    covered = _covered_by_escrow(payment)
    taken = _taken_by_the_bank(payment)
    loss = taken - covered
    # Every release of this milestone came from this payment (one settled funding per
    # milestone): the first of two, a part released before the rest, or a dispute's share.
    # All of it is at risk, not only the latest release, and a partial release leaves money
    # in escrow but is still released money to contest.
    released = Release.objects.filter(milestone=milestone).aggregate(
        count=Count("id"), net=Sum("net_minor")
    )
    released_before = bool(released["count"])
    # Another payment's case on this milestone already holds (or took) part of what was
    # released: together they never claim more than the freelancer received from it.
    claimed = (
        ChargebackCase.objects.filter(milestone=milestone)
        .exclude(state=ChargebackState.WON)
        .aggregate(total=Sum("at_risk_minor"))["total"]
    )
    at_risk = max(0, min(loss, int(released["net"] or 0) - int(claimed or 0)))
    # Contracts' handler ran first: what escrow covered is counted as refunded by now, so
    # the rest of the refunded amount went back to the client before the chargeback. The
    # bank took only what was not refunded (`taken`), so the client gets nothing twice:
    # only released money is contested (before December 2026 the whole gross was booked
    # and a refund before was contested as paid twice).
    refunded_before = milestone.refunded_amount_minor - covered
    contested = released_before
    try:
        with transaction.atomic():
            case = ChargebackCase.objects.create(
                payment=payment,
                contract=contract,
                milestone=milestone,
                state=ChargebackState.OPEN if contested else ChargebackState.ACCEPTED,
                currency=payment.currency,
                amount_minor=taken,
                from_escrow_minor=covered,
                loss_minor=loss,
                at_risk_minor=at_risk,
                released_before=released_before,
                evidence_due_at=payment.chargeback_evidence_due_at,
            )
    except IntegrityError:
        return  # a concurrent delivery of the same chargeback opened it
    amount = display(taken, payment.currency)
    refunded_words = (
        f" {display(refunded_before, payment.currency)} refunded to the client before was not "
        "taken again."
        if refunded_before > 0
        else ""
    )
    record_event(
        contract=contract,
        milestone=milestone,
        actor_label="payment gateway",
        kind="chargeback.opened",
        message=f"The client's bank took back {amount}. "
        + (
            (
                "Part of the money had been released and the rest went back from escrow, so "
                if covered
                else "The money had been released, so "
            )
            + "the platform contests it with the evidence on record."
            if released_before
            else "The money was still in escrow, so it went back from escrow; nobody was paid."
        )
        + refunded_words,
        data={"chargeback_id": case.pk},
    )
    if at_risk:
        case.payout_hold = freezes.hold_payouts(
            freelancer=contract.freelancer,
            currency=payment.currency,
            amount_minor=at_risk,
            source="chargeback",
            reference=f"chargeback:{case.pk}",
            reason=f"{client_name(contract)}'s bank reversed the payment of {amount} for "
            f"“{milestone.title}” "
            f"after it was released to you. We contest it with the evidence on record; until "
            f"the bank decides, {display(at_risk, payment.currency)} of your balance is held "
            f"from payouts. If the bank decides for {client_name(contract)}, that amount covers "
            "the loss.",
            contract=contract,
            milestone=milestone,
            url="/earnings/",
        )
        ChargebackCase.objects.filter(pk=case.pk).update(payout_hold=case.payout_hold)
    tell_freelancer_of_chargeback(
        case,
        kind="chargeback.opened",
        title=f"{client_name(contract)}'s bank took back the payment for “{milestone.title}”",
        body=(
            f"{display(at_risk, payment.currency)} of your balance is held from payouts until "
            "the bank decides; we contest it with the evidence on record."
            if at_risk
            else "We contest it with the evidence on record; nothing of your balance is held. "
            "Don't continue work on this milestone unless it is funded again."
            if contested
            else "The money was still in escrow, so it went back to "
            f"{client_name(contract)} from there. "
            "Don't continue work on this milestone unless it is funded again."
        ),
        key=f"chargeback:{case.pk}:opened",
    )
    _end_dispute_on(milestone, case)
    if case.state == ChargebackState.OPEN:
        from directcontracts.disputes.tasks import build_evidence_pack_task

        transaction.on_commit(partial(build_evidence_pack_task.enqueue, case.pk))


def _end_dispute_on(milestone: Milestone, case: ChargebackCase) -> None:
    """The bank took the disputed escrow: nothing is left to decide."""
    from directcontracts.disputes.services import close

    milestone.refresh_from_db()
    dispute = (
        Dispute.objects.open()
        .select_related("contract", "milestone", "freeze")
        .filter(milestone=milestone)
        .first()
    )
    if dispute is None or milestone.in_escrow:
        return
    close(
        dispute,
        DisputeState.WITHDRAWN,
        actor=None,
        actor_label="payment gateway",
        kind="dispute.withdrawn",
        message="The client's bank took the payment back, so no escrow is left to decide.",
    )
    contract = dispute.contract
    gone = "so the escrow it covered is gone and there is nothing left to decide."
    tell_each(
        dispute,
        kind="dispute.withdrawn",
        title=f"The dispute about “{milestone.title}” ended",
        bodies=[
            (contract.freelancer, f"{client_name(contract)}'s bank reversed the payment, {gone}"),
            (contract.client, f"Your bank reversed the payment, {gone}"),
        ],
        key=f"dispute:{dispute.pk}:withdrawn:chargeback:{case.pk}",
    )


# --- Staff -------------------------------------------------------------------------------------


def require_staff(user: User) -> None:
    if not user.in_staff_group(STAFF_GROUP):
        raise PermissionDenied(
            "Only Trust & Safety staff handle chargebacks.", code=DisputeErrorCode.NOT_STAFF
        )


def may_handle_chargebacks(user: object) -> bool:
    return bool(getattr(user, "in_staff_group", lambda *_: False)(STAFF_GROUP))


def may_read_chargebacks(user: object) -> bool:
    in_group = getattr(user, "in_staff_group", lambda *_: False)
    return any(in_group(group) for group in READER_GROUPS)


def may_open_evidence_pack(user: object) -> bool:
    # `in_staff_group` is true for superusers too.
    return may_handle_chargebacks(user)


def may_open_pack_of(user: object, case: ChargebackCase) -> bool:
    """`user` may open this case's pack (and contest the chargeback): Trust & Safety, not a
    party to the contract."""
    return may_open_evidence_pack(user) and not is_a_party(user, contract=case.contract)


def pack_refusal(user: object, case: ChargebackCase) -> str:
    """Why `user` can't open this case's pack."""
    return PARTY_REFUSED if may_open_evidence_pack(user) else EVIDENCE_PACK_REFUSED


def _refuse_a_party(user: User, case: ChargebackCase) -> None:
    team = PARTY_REFUSAL_TEAM if may_handle_chargebacks(user) else "finance"
    refuse_a_party(user, contract=case.contract, what=PARTY_REFUSAL_WHAT, team=team)


def get_case_evidence_for_staff(user: User, case_id: int) -> ChargebackCase:
    """A case whose evidence pack `user` may open; a reader outside Trust & Safety is refused
    before the case is looked up, so the answer is the same whether it exists or not."""
    if may_read_chargebacks(user) and not may_open_evidence_pack(user):
        raise PermissionDenied(
            EVIDENCE_PACK_REFUSED, code=DisputeErrorCode.EVIDENCE_PACK_NOT_ALLOWED
        )
    return get_case_for_staff(user, case_id)


def get_case_for_staff(user: User, case_id: int) -> ChargebackCase:
    """A case for the staff who may read it (Trust & Safety and finance); 404 for others;
    `403 staff_is_a_party` for a member who is a party to its contract (its money, holds and
    pack are about themselves: they read their contract's money on its own pages)."""
    if not may_read_chargebacks(user):
        raise NotFound("No such chargeback.", code=DisputeErrorCode.CHARGEBACK_NOT_FOUND)
    case = (
        ChargebackCase.objects.select_related("contract", "milestone", "payment", "payout_hold")
        .filter(pk=case_id)
        .first()
    )
    if case is None:
        raise NotFound("No such chargeback.", code=DisputeErrorCode.CHARGEBACK_NOT_FOUND)
    _refuse_a_party(user, case)
    return case


def ensure_evidence_pack(case: ChargebackCase) -> ChargebackCase:
    """Assemble and store the pack once (the PDF, the JSON bundle and the PDF's SHA-256)."""
    from directcontracts.disputes.evidence_pack import assemble, render_pdf

    if case.evidence_built_at is not None:
        return case
    bundle = assemble(case)
    pdf = render_pdf(bundle)
    digest = hashlib.sha256(pdf).hexdigest()
    with transaction.atomic():
        locked = lock_row(ChargebackCase, case.pk)
        if locked.evidence_built_at is not None:
            return locked
        locked.evidence_pdf.save(f"evidence-{case.pk}.pdf", ContentFile(pdf), save=False)
        locked.evidence = bundle
        locked.evidence_sha256 = digest
        locked.evidence_built_at = clock.now()
        locked.save(
            update_fields=["evidence_pdf", "evidence", "evidence_sha256", "evidence_built_at"]
        )
    return locked


def open_evidence_pack(user: User, case_id: int, *, form: str) -> ChargebackCase:
    """The case whose pack `user` opens (as `form`: "pdf" or "json"), the pack built. The
    pack holds the parties' private messages, files and the client's address, so each
    opening is a staff action on the audit trail, written before the pack is handed over."""
    case = ensure_evidence_pack(get_case_evidence_for_staff(user, case_id))
    record_staff_edit(
        by=user,
        action="chargeback_pack_opened",
        reason=f"Opened the evidence pack of chargeback #{case.pk} ({form.upper()}).",
        data={
            "model": "disputes.chargebackcase",
            "id": case.pk,
            "contract": case.contract_id,
            "form": form,
            "sha256": case.evidence_sha256,
        },
    )
    return case


def evidence_json(case: ChargebackCase) -> bytes:
    return json.dumps(ensure_evidence_pack(case).evidence, indent=2, sort_keys=True).encode()


def check_submission(*, case: ChargebackCase, by: User) -> None:
    """What `submit_evidence` refuses, checked before the confirmation page is shown: a
    bank takes one evidence pack per chargeback, so nobody confirms what would be refused."""
    require_staff(by)
    _refuse_a_party(by, case)
    if ChargebackState.EVIDENCE_SUBMITTED not in case.ALLOWED_TRANSITIONS.get(case.state, set()):
        raise InvalidTransition(case, ChargebackState.EVIDENCE_SUBMITTED)


def submit_evidence(*, case: ChargebackCase, by: User) -> ChargebackCase:
    """Send the pack to the gateway; the bank's decision comes back as a webhook."""
    require_staff(by)
    _refuse_a_party(by, case)
    case = ensure_evidence_pack(case)

    def work() -> ChargebackCase:
        locked = ChargebackCase.objects.select_related("payment", "contract", "milestone").get(
            pk=case.pk
        )
        move(locked, ChargebackState.EVIDENCE_SUBMITTED, submitted_at=clock.now(), submitted_by=by)
        with locked.evidence_pdf.open("rb") as handle:
            document = handle.read()
        charges.submit_chargeback_evidence(
            payment=locked.payment,
            evidence=locked.evidence,
            document=document,
            idempotency_key=f"{EVIDENCE_KEY_PREFIX}{locked.pk}",
            won_transfer_id=chart.chargeback_won_transfer_id(locked.payment_id),
        )
        record_event(
            contract=locked.contract,
            milestone=locked.milestone,
            actor=by,
            kind="chargeback.evidence_submitted",
            message="The evidence pack was sent to the client's bank through the payment gateway.",
            data={"chargeback_id": locked.pk, "sha256": locked.evidence_sha256},
        )
        return locked

    submitted = money_transaction(work)  # the gateway is asked once this has committed
    submitted.refresh_from_db()
    return submitted


def evidence_answered(request: GatewayRequest) -> None:
    """The gateway answered our evidence (inside the transaction recording the answer):
    keep its evidence id on the case. A refusal raises a finance alert naming the request
    and the case (`gateway_requests.alert_refused`): the case reads evidence submitted."""
    case_id = int(request.idempotency_key.removeprefix(EVIDENCE_KEY_PREFIX))
    if request.state == GatewayRequestState.SUCCEEDED:
        ChargebackCase.objects.filter(pk=case_id).update(gateway_evidence_id=request.processor_id)
    else:
        gateway_requests.alert_refused(request, what=f"the evidence of chargeback case {case_id}")


# --- The bank's decision -----------------------------------------------------------------------


def _decidable_case(payment: Payment, *, won: bool) -> ChargebackCase | None:
    """The payment's case, locked, if the bank's decision still moves money: a contested
    case either way, an accepted one only when won (the loss was booked when it was
    accepted; a won decision brings the gross back all the same)."""
    decidable = {ChargebackState.OPEN, ChargebackState.EVIDENCE_SUBMITTED}
    if won:
        decidable.add(ChargebackState.ACCEPTED)
    case = (
        for_update(ChargebackCase.objects.all())
        .select_related("contract", "contract__freelancer", "milestone", "payout_hold")
        .filter(payment=payment)
        .first()
    )
    if case is None or case.state not in decidable:
        return None  # unknown or already decided: a redelivery changes nothing
    return case


def _lift_hold(case: ChargebackCase, reason: str, *, taken_minor: int = 0) -> None:
    hold = case.payout_hold
    if hold is not None and hold.lifted_at is None:
        freezes.lift_payout_hold(hold=hold, reason=reason, taken_minor=taken_minor)


def on_chargeback_won(payment: Payment) -> None:
    case = _decidable_case(payment, won=True)
    if case is None:
        return
    accepted = case.state == ChargebackState.ACCEPTED
    # The client is charged the gross again, so what escrow covered when their bank took the
    # payment (the milestone counts it refunded) is theirs: it goes back to them from the
    # reserve, which then nets to zero for this payment (nothing lost, nothing kept). The
    # same holds for a case accepted without contest: escrow and the reserve bore the loss,
    # the freelancer was never debited, so the reserve takes the gross and the client gets
    # back what escrow covered.
    returned = case.from_escrow_minor
    apply_linked(
        chart.chargeback_won(
            payment_id=payment.pk,
            gross=case.amount_minor,
            currency=case.currency,
            excess=_beyond_the_payment(payment),
        )
        + chart.chargeback_won_return(
            payment_id=payment.pk,
            client_id=case.contract.client_id or 0,
            amount=returned,
            currency=case.currency,
        )
    )
    if returned:
        charges.refund_after_won_chargeback(
            payment=payment,
            amount_minor=returned,
            idempotency_key=f"chargeback-won:{payment.pk}",
            transfer_id=chart.chargeback_won_return_transfer_id(payment.pk),
        )
    move(case, ChargebackState.WON, decided_at=clock.now())
    _lift_hold(case, "The bank decided the chargeback for us: nothing is taken from you.")
    back = display(case.amount_minor, case.currency)
    record_event(
        contract=case.contract,
        milestone=case.milestone,
        actor_label="payment gateway",
        kind="chargeback.won",
        message=f"The bank decided for the platform: {back} came back."
        + (
            f" {display(returned, case.currency)}, which escrow still held when the bank took "
            "the payment, was refunded to the client, who is charged the payment again."
            if returned
            else ""
        ),
        data={"chargeback_id": case.pk, "returned_to_client_minor": returned},
    )
    if returned:
        tell_client_of_won_chargeback(case, returned)
    if accepted:
        return  # nothing of the freelancer's was held or taken: nothing to tell them
    tell_freelancer_of_chargeback(
        case,
        kind="chargeback.won",
        title=f"The chargeback on “{case.milestone.title}” was won",
        body="The bank decided for us. Your balance is no longer held; nothing was taken.",
        key=f"chargeback:{case.pk}:won",
    )


def tell_client_of_won_chargeback(case: ChargebackCase, returned: int) -> None:
    from directcontracts.contracts.announce import announce

    amount = display(returned, case.currency)
    announce(
        case.contract,
        kind="milestone.refunded",
        milestone=case.milestone,
        title=f"{amount} of “{case.milestone.title}” was refunded to you",
        body=f"Your bank decided the chargeback of {display(case.amount_minor, case.currency)} "
        f"in our favour and charges you that payment again. {amount} of it was still in "
        "escrow when your bank took it back, so it is refunded to your payment method.",
        to=[case.contract.client],
        key=f"chargeback:{case.pk}:won:client",
    )


def on_chargeback_lost(payment: Payment) -> None:
    case = _decidable_case(payment, won=False)
    if case is None:
        return
    freelancer = case.contract.freelancer
    recovered = min(case.at_risk_minor, payouts.available_balance(freelancer, case.currency))
    apply_linked(
        chart.chargeback_recovery(
            case_id=case.pk,
            payment_id=payment.pk,
            freelancer_id=freelancer.pk,
            amount=max(0, recovered),
            currency=case.currency,
        )
    )
    move(case, ChargebackState.LOST, decided_at=clock.now(), recovered_minor=max(0, recovered))
    taken = display(max(0, recovered), case.currency)
    _lift_hold(
        case,
        f"The bank decided for the client: {taken} of your balance covered the loss.",
        taken_minor=max(0, recovered),
    )
    record_event(
        contract=case.contract,
        milestone=case.milestone,
        actor_label="payment gateway",
        kind="chargeback.lost",
        message=f"The bank decided for the client. {taken} of the freelancer's balance covered "
        "the loss; the platform bears the rest.",
        data={"chargeback_id": case.pk, "recovered_minor": recovered},
    )
    tell_freelancer_of_chargeback(
        case,
        kind="chargeback.lost",
        title=f"The chargeback on “{case.milestone.title}” was lost",
        body=f"The bank decided for {client_name(case.contract)}. {taken} was taken from your available balance "
        "to cover the payment it reversed (the amount held since the chargeback); the hold is "
        "lifted."
        if case.at_risk_minor
        else f"The bank decided for {client_name(case.contract)}. Nothing was taken from your "
        "balance: none of "
        "this payment had been released to you.",
        key=f"chargeback:{case.pk}:lost",
    )
