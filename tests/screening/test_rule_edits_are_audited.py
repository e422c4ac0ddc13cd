"""A draft rule set edited in the back office goes on the staff audit trail with the reason
and the values before and after, its rules included."""

from __future__ import annotations

import pytest

from directcontracts.screening.models import POLICY_CHOICES, PolicyRule, PolicyRuleSet
from directcontracts.trust.models import AuditEntry
from tests.accounts.helpers import sign_in_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    ruleset = PolicyRuleSet.objects.create(version=900, notes="Tuning", block_threshold=0.6)
    PolicyRule.objects.create(
        ruleset=ruleset,
        name="essay mills",
        code=POLICY_CHOICES[0][0],
        action="block",
        reason="Writing someone's graded work is not allowed.",
        patterns="write + essay",
    )
    return ruleset


def _edit(client, draft, *, block="0.6", patterns="write + essay", **extra):
    rule = draft.rules.get()
    form = {
        "notes": draft.notes,
        "block_threshold": block,
        "review_threshold": draft.review_threshold,
        "review_risk_threshold": draft.review_risk_threshold,
        "rules-TOTAL_FORMS": "1",
        "rules-INITIAL_FORMS": "1",
        "rules-0-id": rule.pk,
        "rules-0-ruleset": draft.pk,
        "rules-0-position": rule.position,
        "rules-0-name": rule.name,
        "rules-0-code": rule.code,
        "rules-0-action": rule.action,
        "rules-0-enabled": "on",
        "rules-0-reason": rule.reason,
        "rules-0-patterns": patterns,
        "rules-0-exceptions": "",
        **extra,
    }
    return client.post(f"/admin/screening/policyruleset/{draft.pk}/change/", form)


def test_a_draft_rule_set_edited_in_the_back_office_is_audited_with_the_reason_and_both_values(
    client, trust_safety_staff, draft
):
    sign_in_staff(client, trust_safety_staff)
    response = _edit(
        client, draft, block="0.7", patterns="write + essay|thesis", change_reason="TS-12 misses."
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    entry = AuditEntry.objects.get(action="policyruleset_changed")
    assert (entry.actor, entry.case, entry.reason) == (trust_safety_staff, None, "TS-12 misses.")
    rule = str(draft.rules.get().pk)
    assert entry.data["from"]["block_threshold"] == 0.6
    assert entry.data["to"]["block_threshold"] == 0.7
    assert entry.data["from"]["rules"][rule]["patterns"] == "write + essay"
    assert entry.data["to"]["rules"][rule]["patterns"] == "write + essay|thesis"


def test_a_draft_rule_set_edit_without_a_reason_is_refused_and_changes_nothing(
    client, trust_safety_staff, draft
):
    sign_in_staff(client, trust_safety_staff)
    response = _edit(client, draft, block="0.7", patterns="anything", change_reason=" ")
    assert response.status_code == 200
    draft.refresh_from_db()
    assert draft.block_threshold == 0.6
    assert draft.rules.get().patterns == "write + essay"
    assert not AuditEntry.objects.exists()
