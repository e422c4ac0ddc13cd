"""Chargebacks: cases before and after release, payout holds, the evidence pack, the bank's
decision settling the reserve."""

from __future__ import annotations

import json

import pytest

from directcontracts.contracts import escrow, paying
from directcontracts.contracts.models import MilestoneState
from directcontracts.core.errors import DomainError
from directcontracts.disputes import chargebacks, services
from directcontracts.disputes.models import ChargebackCase, ChargebackState, DisputeState
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from directcontracts.notifications.models import Notice
from directcontracts.payments.models import SandboxBalanceTransaction, SandboxObject
from tests.contracts.factories import settle_gateway
from tests.disputes.factories import (
    GROSS,
    STATEMENT,
    bank_account,
    bank_decides,
    charged_back_after_release,
    freelancer_available,
    funded_with_chargeback_card,
)

pytestmark = pytest.mark.django_db


def _reserve():
    return balance(account_id=chart.dispute_reserve("USD").pk)


# --- Before release ----------------------------------------------------------------------------


def test_a_chargeback_before_release_comes_from_escrow_and_the_case_is_accepted(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    settle_gateway(frozen_clock, seconds=120)
    case = ChargebackCase.objects.get(milestone=milestone)
    milestone.refresh_from_db()
    assert case.state == ChargebackState.ACCEPTED
    assert (case.amount_minor, case.from_escrow_minor, case.at_risk_minor) == (GROSS, 50_000, 0)
    assert milestone.state == MilestoneState.REFUNDED
    assert case.payout_hold is None
    assert Notice.objects.filter(recipient=freelancer, kind="chargeback.opened").exists()


def test_the_freelancers_chargeback_notices_name_the_contract(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock
    )
    label = f"Contract #{contract.pk}: {contract.title}"
    assert Notice.objects.get(recipient=freelancer, kind="chargeback.opened").about == label
    assert Notice.objects.get(recipient=freelancer, kind="payouts.held").about == label


def test_a_chargeback_on_a_disputed_milestone_ends_the_dispute(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    dispute = services.open_dispute(milestone=milestone, by=client, statement=STATEMENT)
    settle_gateway(frozen_clock, seconds=120)
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.WITHDRAWN
    assert dispute.freeze.lifted_at is not None
    assert contract.events.filter(kind="dispute.withdrawn").exists()


# --- After release -----------------------------------------------------------------------------


def test_a_chargeback_after_release_moves_the_loss_to_the_reserve_and_holds_the_amount_at_risk(
    freelancer, monkeypatch, frozen_clock
):
    reserve_before = _reserve().posted
    contract, client, milestone, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock
    )
    assert case.state == ChargebackState.OPEN
    assert case.released_before
    assert (case.from_escrow_minor, case.loss_minor, case.at_risk_minor) == (0, GROSS, 47_500)
    assert _reserve().posted - reserve_before == GROSS  # the reserve's loss, for now
    assert case.payout_hold is not None
    assert case.payout_hold.amount_minor == 47_500
    assert freelancer_available(freelancer) == 47_500  # held, never silently taken


def test_payouts_of_the_amount_at_risk_are_refused_with_the_reason(
    freelancer, monkeypatch, frozen_clock, settings
):
    contract, client, milestone, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock
    )
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS + 1)
    assert paying.withdrawable(freelancer, "USD") == 0
    bank = bank_account(freelancer)
    with pytest.raises(DomainError) as refused:
        paying.withdraw(
            freelancer=freelancer, method=bank, amount_minor=10_000, idempotency_key="k"
        )
    assert refused.value.code == "payouts_on_hold"
    assert "reversed the payment" in refused.value.message
    assert f"chargeback #{case.pk}" in refused.value.message


def test_the_evidence_pack_holds_what_the_platform_recorded(freelancer, monkeypatch, frozen_clock):
    from directcontracts.contracts.deliverables import IncomingFile
    from directcontracts.contracts.models import Message

    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(
        milestone=milestone,
        by=freelancer,
        message="Done",
        files=[IncomingFile("site.txt", b"The finished site")],
    )
    delivered = milestone.deliverables.get().files.get()
    Message.objects.create(contract=contract, sender=client, body="Looks great, thanks!")
    escrow.approve_milestone(milestone=milestone, by=client)
    settle_gateway(frozen_clock, seconds=120)
    case = chargebacks.ensure_evidence_pack(ChargebackCase.objects.get(milestone=milestone))
    bundle = case.evidence
    assert bundle["format"] == "directcontracts.chargeback-evidence/1"
    assert bundle["terms"]["title"] == contract.title
    assert bundle["acceptance"]["accepted_at"] is not None
    assert bundle["acceptance"]["email_code_verified_at"] is not None
    assert bundle["deliverables"][0]["sha256"] == delivered.sha256
    assert any(a["kind"] == "milestone.released" for a in bundle["approvals"])
    assert bundle["messages"][0]["body"] == "Looks great, thanks!"
    assert any(e["kind"] == "contract.accepted" for e in bundle["timeline"])
    with case.evidence_pdf.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
    assert len(case.evidence_sha256) == 64
    assert json.loads(chargebacks.evidence_json(case))["chargeback"]["case_id"] == case.pk


def test_the_pack_records_the_clients_views_of_the_work(freelancer, monkeypatch, frozen_clock):
    from directcontracts.contracts.deliverables import IncomingFile, open_full_file

    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(
        milestone=milestone, by=freelancer, message="Done", files=[IncomingFile("a.txt", b"A")]
    )
    escrow.approve_milestone(milestone=milestone, by=client)
    open_full_file(user=client, file_id=milestone.deliverables.get().files.get().pk)
    settle_gateway(frozen_clock, seconds=120)
    case = chargebacks.ensure_evidence_pack(ChargebackCase.objects.get(milestone=milestone))
    assert [v["kind"] for v in case.evidence["client_file_views"]] == ["full"]


def test_submitting_the_evidence_records_it_at_the_gateway(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock
    )
    case = chargebacks.submit_evidence(case=case, by=trust_safety_staff)
    assert case.state == ChargebackState.EVIDENCE_SUBMITTED
    recorded = SandboxObject.objects.get(kind="evidence", object_id=case.gateway_evidence_id)
    assert recorded.data["document_sha256"] == case.evidence_sha256
    assert recorded.data["charge"] == case.payment.gateway_charge_id
    assert contract.events.filter(kind="chargeback.evidence_submitted").exists()


def test_only_trust_safety_submit_evidence(freelancer, monkeypatch, frozen_clock, support_staff):
    contract, client, milestone, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock
    )
    with pytest.raises(DomainError) as refused:
        chargebacks.submit_evidence(case=case, by=support_staff)
    assert refused.value.code == "not_trust_safety"


def test_evidence_goes_once(freelancer, monkeypatch, frozen_clock, trust_safety_staff):
    contract, client, milestone, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock
    )
    chargebacks.submit_evidence(case=case, by=trust_safety_staff)
    with pytest.raises(DomainError) as refused:
        chargebacks.submit_evidence(case=case, by=trust_safety_staff)
    assert refused.value.code == "invalid_transition"


def test_a_won_chargeback_settles_the_reserve_and_lifts_the_hold(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff, settings
):
    reserve_before = _reserve().posted
    contract, client, milestone, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock
    )
    chargebacks.submit_evidence(case=case, by=trust_safety_staff)
    bank_decides(case, frozen_clock, won=True)
    assert case.state == ChargebackState.WON
    assert _reserve().posted == reserve_before
    case.payout_hold.refresh_from_db()
    assert case.payout_hold.lifted_at is not None
    assert freelancer_available(freelancer) == 47_500
    assert SandboxBalanceTransaction.objects.filter(
        type="chargeback", amount_minor=GROSS, reference=f"chargeback-won:{case.payment_id}"
    ).exists()
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS + 1)
    assert paying.withdrawable(freelancer, "USD") == 47_500


def test_a_lost_chargeback_recovers_the_held_amount_and_says_so(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    reserve_before = _reserve().posted
    contract, client, milestone, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock
    )
    chargebacks.submit_evidence(case=case, by=trust_safety_staff)
    bank_decides(case, frozen_clock, won=False)
    assert case.state == ChargebackState.LOST
    assert case.recovered_minor == 47_500
    assert freelancer_available(freelancer) == 0
    assert _reserve().posted - reserve_before == GROSS - 47_500  # the platform bears the fee
    notice = Notice.objects.get(recipient=freelancer, kind="chargeback.lost")
    assert "$475.00 was taken from your available balance" in notice.body
    case.payout_hold.refresh_from_db()
    assert case.payout_hold.lifted_at is not None


def test_a_lost_chargeback_takes_no_more_than_the_balance_holds(
    freelancer, monkeypatch, frozen_clock, settings
):
    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    bank = bank_account(freelancer)
    paying.withdraw(freelancer=freelancer, method=bank, amount_minor=40_000, idempotency_key="k")
    settle_gateway(frozen_clock, seconds=120)  # the chargeback, after most was paid out
    case = ChargebackCase.objects.get(milestone=milestone)
    bank_decides(case, frozen_clock, won=False)
    assert case.recovered_minor == 7_500
    assert freelancer_available(freelancer) == 0


def test_a_redelivered_decision_changes_nothing(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock
    )
    chargebacks.submit_evidence(case=case, by=trust_safety_staff)
    bank_decides(case, frozen_clock, won=True)
    reserve = _reserve().posted
    chargebacks.on_chargeback_won(case.payment)
    chargebacks.on_chargeback_lost(case.payment)
    case.refresh_from_db()
    assert case.state == ChargebackState.WON
    assert _reserve().posted == reserve


def test_reconciliation_matches_every_chargeback_movement(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    from directcontracts.ledger.models import FinanceAlert
    from directcontracts.payments.reconciliation import reconcile

    contract, client, milestone, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock
    )
    chargebacks.submit_evidence(case=case, by=trust_safety_staff)
    bank_decides(case, frozen_clock, won=True)
    reconcile(day=frozen_clock.now().date())
    assert not FinanceAlert.objects.exists()


def test_the_chargeback_page_shows_the_acceptance_time_as_the_rest_of_the_site_does(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    from tests.accounts.helpers import sign_in_as

    contract, _, _, case = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    contract.refresh_from_db()
    sign_in_as(client, trust_safety_staff)
    page = client.get(f"/staff/chargebacks/{case.pk}/").content.decode()
    assert f"<dd>{contract.accepted_at:%-d %b %Y %H:%M} UTC</dd>" in page
    assert contract.accepted_at.isoformat() not in page


def test_the_chargeback_page_counts_the_packs_messages_in_words(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    from tests.accounts.helpers import sign_in_as

    _, _, _, case = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, trust_safety_staff)
    page = client.get(f"/staff/chargebacks/{case.pk}/").content.decode()
    assert "the 0 messages" not in page
    assert "no messages (none were written)" in page
