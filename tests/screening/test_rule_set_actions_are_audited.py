"""The rule sets' list actions (draft copy, publish) go on the staff audit trail with the
actor, the rule set, its version and the reason; a published rule set is read-only."""

from __future__ import annotations

import pytest
from django.contrib.admin import helpers

from directcontracts.screening import selectors, services
from directcontracts.screening.models import PolicyRuleSet, RuleSetStatus
from directcontracts.trust.models import AuditEntry
from tests.accounts.helpers import sign_in_staff

pytestmark = pytest.mark.django_db

RULE_SETS = "/admin/screening/policyruleset/"


def _act(client, action, ruleset, reason):
    return client.post(
        RULE_SETS,
        {"action": action, helpers.ACTION_CHECKBOX_NAME: [str(ruleset.pk)], "reason": reason},
        follow=True,
    )


def _draft(by):
    return services.create_draft_ruleset(by=by, reason="Set up for the test.")


def test_making_a_draft_copy_is_audited_with_the_actor_version_and_reason(
    client, trust_safety_staff
):
    in_effect = selectors.ruleset_in_effect()
    sign_in_staff(client, trust_safety_staff)
    _act(client, "make_draft_copy", in_effect, "TS-41: essay mills slip through.")
    draft = PolicyRuleSet.objects.get(status=RuleSetStatus.DRAFT)
    entry = AuditEntry.objects.get(action="policyruleset_draft_copied")
    assert (entry.actor, entry.case, entry.reason) == (
        trust_safety_staff,
        None,
        "TS-41: essay mills slip through.",
    )
    assert entry.data == {
        "model": "screening.policyruleset",
        "id": draft.pk,
        "version": draft.version,
        "copied_from_version": in_effect.version,
    }


def test_a_draft_copy_without_a_reason_is_refused_in_words_and_makes_nothing(
    client, trust_safety_staff
):
    before = PolicyRuleSet.objects.count()
    sign_in_staff(client, trust_safety_staff)
    response = _act(client, "make_draft_copy", selectors.ruleset_in_effect(), "  ")
    assert "Write the reason for this action" in response.content.decode()
    assert PolicyRuleSet.objects.count() == before
    assert not AuditEntry.objects.exists()


def test_publishing_a_draft_is_audited_with_the_actor_version_and_reason(
    client, trust_safety_staff
):
    draft = _draft(trust_safety_staff)
    sign_in_staff(client, trust_safety_staff)
    _act(client, "publish", draft, "TS-41 reviewed by two.")
    draft.refresh_from_db()
    assert draft.status == RuleSetStatus.PUBLISHED
    entry = AuditEntry.objects.get(action="policyruleset_published")
    assert (entry.actor, entry.reason) == (trust_safety_staff, "TS-41 reviewed by two.")
    assert (entry.data["id"], entry.data["version"]) == (draft.pk, draft.version)
    assert entry.data["effective_at"] == draft.effective_at.isoformat()


def test_publishing_without_a_reason_is_refused_in_words_and_leaves_a_draft(
    client, trust_safety_staff
):
    draft = _draft(trust_safety_staff)
    sign_in_staff(client, trust_safety_staff)
    response = _act(client, "publish", draft, "")
    assert "Write the reason for this action" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == RuleSetStatus.DRAFT
    assert not AuditEntry.objects.filter(action="policyruleset_published").exists()


def test_a_published_rule_set_cannot_be_edited_in_the_back_office(client, trust_safety_staff):
    published = selectors.ruleset_in_effect()
    notes = published.notes
    sign_in_staff(client, trust_safety_staff)
    response = client.post(
        f"{RULE_SETS}{published.pk}/change/",
        {"notes": "edited in place", "block_threshold": "0.9", "change_reason": "Try."},
    )
    assert response.status_code == 403
    published.refresh_from_db()
    assert (published.notes, published.block_threshold) != ("edited in place", 0.9)
    assert published.notes == notes
    assert not AuditEntry.objects.exists()


def test_a_published_rule_set_page_says_it_is_read_only_and_how_to_change_it(
    client, trust_safety_staff
):
    published = selectors.ruleset_in_effect()
    sign_in_staff(client, trust_safety_staff)
    page = client.get(f"{RULE_SETS}{published.pk}/change/").content.decode()
    assert "Published rules are read-only" in page
    assert "Create a draft copy of the rules in effect" in page
    assert 'name="change_reason"' not in page


def test_the_service_refuses_to_record_an_edit_of_a_published_rule_set(trust_safety_staff):
    published = selectors.ruleset_in_effect()
    with pytest.raises(services.DomainError, match="Published rules are read-only"):
        services.record_ruleset_edit(
            ruleset=published,
            by=trust_safety_staff,
            reason="Edited in place.",
            before=services.ruleset_snapshot(published.pk),
        )
