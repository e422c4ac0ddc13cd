"""An accepted appeal of a case that refunded the client undoes what can be undone (a freeze,
a suspension) and says the refund stands: money refunded to a card is not taken back, so the
decision's audit entry, the notice to the person and both pages say it was not undone, and
no ledger movement is made or implied (before December 2026 the refund was listed as
"undone")."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.ledger.models import Transfer
from directcontracts.ledger.verify import verify_ledger
from directcontracts.notifications.models import Notice
from directcontracts.trust import appeals, enforcement, stakes
from directcontracts.trust.models import AuditEntry
from tests.accounts.helpers import sign_in_as, staff_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def refund_appeal_accepted(funded, trust_safety_staff, second_staff, freelancer):
    contract, client, milestone, case = funded
    enforcement.refund_client(case=case, by=trust_safety_staff, reason="Scam confirmed.")
    made = appeals.appeal(reference=case.reference, by=freelancer, statement="Not a scam.")
    transfers_before = Transfer.objects.count()
    appeals.decide_appeal(appeal=made, by=second_staff, overturn=True, reason="It was genuine.")
    return contract, case, transfers_before


def test_the_decision_entry_lists_the_refund_as_not_undone(refund_appeal_accepted):
    _, case, _ = refund_appeal_accepted
    entry = AuditEntry.objects.get(case=case, action="appeal_overturned")
    assert "refund_client" not in entry.data["undone"]
    assert entry.data["not_undone"] == ["refund_client"]
    assert entry.data["refund_stands_minor"] == 50_000
    assert "could not undo: client refunded" in entry.effect_words
    assert entry.action_label == "Appeal accepted: undone as far as it can be"
    assert "undid: client refunded" not in entry.effect_words


def test_no_money_moves_and_the_ledger_verifies(refund_appeal_accepted):
    contract, _, transfers_before = refund_appeal_accepted
    assert Transfer.objects.count() == transfers_before
    assert stakes.escrow_held(contract) == 0
    assert verify_ledger() == []


def test_the_notice_says_the_refund_stays_with_the_client(refund_appeal_accepted, freelancer):
    notice = Notice.objects.get(recipient=freelancer, kind="trust.appeal_decided")
    assert "The refund of $500.00 to the client is not undone" in notice.body
    assert "undid the action" not in notice.body


def test_the_appeal_page_says_the_refund_was_not_undone(refund_appeal_accepted, client, freelancer):
    _, case, _ = refund_appeal_accepted
    sign_in_as(client, freelancer)
    page = client.get(reverse("trust:appeal", args=[case.reference])).content.decode()
    assert "The refund of $500.00 to the client is not undone" in page
    assert "undid the action" not in page


def test_the_case_page_says_the_refund_was_not_undone(
    refund_appeal_accepted, client, trust_safety_staff
):
    _, case, _ = refund_appeal_accepted
    signed = staff_session(client, trust_safety_staff)
    page = signed.get(reverse("trust:case", args=[case.reference])).content.decode()
    assert "The refund to the client was not undone" in page
    assert "Accepted: undone as far as it can be (the refund stands)" in page
    assert "Accepted: the action was undone" not in page
    assert "undid this case&#x27;s action (client refunded)" not in page
