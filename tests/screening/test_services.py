import pytest

from directcontracts.core.errors import DomainError
from directcontracts.screening import selectors, services
from directcontracts.screening.models import (
    PolicyRule,
    PolicyRuleSet,
    ReviewState,
    RuleSetStatus,
    ScreeningAttempt,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rule_cache():
    selectors.forget_cached_rulebook()
    yield
    selectors.forget_cached_rulebook()


def test_default_rules_are_installed_as_published_version_one():
    ruleset = PolicyRuleSet.objects.get(version=1)
    assert ruleset.status == RuleSetStatus.PUBLISHED
    assert ruleset.rules.count() > 10
    assert selectors.current_rulebook().version == "v1"
    assert ruleset.contexts["negation"]


def test_text_in_no_language_is_logged_but_not_held_for_review(freelancer):
    verdict = services.screen_work(
        title="asdf", description="qwerty zxcvbn hjkl", sender_id=freelancer.pk
    )
    assert verdict.needs_description
    assert ScreeningAttempt.objects.get().review_state == ReviewState.NONE
    assert selectors.risk_for(freelancer.pk) is None


def test_blocked_work_is_logged_and_counted_on_the_sender(freelancer):
    services.screen_work(
        title="Fake reviews",
        description="40 Google reviews from different accounts",
        sender_id=freelancer.pk,
    )
    attempt = ScreeningAttempt.objects.get()
    assert (attempt.verdict, attempt.policy, attempt.sender_id) == (
        "block",
        "banned.misleading",
        freelancer.pk,
    )
    assert selectors.risk_for(freelancer.pk).blocked_work == 1


def test_allowed_work_leaves_no_record(freelancer):
    services.screen_work(
        title="React dashboard", description="Charts from our API", sender_id=freelancer.pk
    )
    assert not ScreeningAttempt.objects.exists()
    assert selectors.risk_for(freelancer.pk) is None


def test_held_message_is_logged_and_counted_on_the_sender(freelancer):
    verdict = services.screen_message("email me at fiona AT gmail dot com", sender_id=freelancer.pk)
    assert verdict.held
    assert ScreeningAttempt.objects.get().kind == "message"
    assert selectors.risk_for(freelancer.pk).held_messages == 1


def test_risk_counter_accumulates(freelancer):
    for _ in range(3):
        services.screen_message("pay me via PayPal directly", sender_id=freelancer.pk)
    assert selectors.risk_for(freelancer.pk).held_messages == 3


def test_review_verdict_is_held_until_staff_resolve_it(trust_safety_staff):
    attempt = ScreeningAttempt.objects.create(
        created_at="2026-03-02T09:00:00Z",
        kind="work",
        verdict="review",
        review_state=ReviewState.HELD,
    )
    services.resolve_attempt(attempt=attempt, by_user_id=trust_safety_staff.pk, confirmed=False)
    attempt.refresh_from_db()
    assert attempt.review_state == ReviewState.CLEARED
    assert selectors.held_attempts() == []


def test_resolving_an_item_twice_is_refused(trust_safety_staff):
    attempt = ScreeningAttempt.objects.create(
        created_at="2026-03-02T09:00:00Z",
        kind="work",
        verdict="review",
        review_state=ReviewState.HELD,
    )
    services.resolve_attempt(attempt=attempt, by_user_id=trust_safety_staff.pk, confirmed=True)
    with pytest.raises(DomainError, match="not waiting"):
        services.resolve_attempt(attempt=attempt, by_user_id=trust_safety_staff.pk, confirmed=True)


def test_published_rule_change_applies_to_screening(frozen_clock, trust_safety_staff):
    draft = services.create_draft_ruleset(
        by=trust_safety_staff, reason="Test.", notes="ban widgets"
    )
    PolicyRule.objects.create(
        ruleset=draft,
        name="illegal.widgets",
        code="banned.illegal",
        action="block",
        reason="Widgets are banned",
        patterns="purple + widget*",
        position=999,
    )
    services.publish_ruleset(ruleset=draft, by=trust_safety_staff, reason="Test.")
    selectors.forget_cached_rulebook()
    verdict = services.screen_work(title="Design purple widgets", description="for our site")
    assert "illegal.widgets" in verdict.rules
    assert verdict.rulebook_version == f"v{draft.version}"


def test_publishing_a_rule_set_with_a_broken_pattern_is_refused(trust_safety_staff):
    draft = services.create_draft_ruleset(by=trust_safety_staff, reason="Test.")
    PolicyRule.objects.create(
        ruleset=draft,
        name="broken",
        code="banned.illegal",
        action="block",
        reason="r",
        patterns="(",
    )
    with pytest.raises(DomainError, match="broken"):
        services.publish_ruleset(ruleset=draft, by=trust_safety_staff, reason="Test.")


def test_publishing_a_rule_that_misses_its_own_example_is_refused(trust_safety_staff):
    draft = services.create_draft_ruleset(by=trust_safety_staff, reason="Test.")
    PolicyRule.objects.create(
        ruleset=draft,
        name="illegal.widgets",
        code="banned.illegal",
        action="block",
        reason="r",
        patterns="purple + widget*",
        must_match="Design green widgets",
    )
    with pytest.raises(DomainError, match="illegal.widgets: should match"):
        services.publish_ruleset(ruleset=draft, by=trust_safety_staff, reason="Test.")


def test_a_draft_copy_keeps_the_rules_examples_and_contexts(trust_safety_staff):
    draft = services.create_draft_ruleset(by=trust_safety_staff, reason="Test.")
    rule = draft.rules.get(name="misleading.fake_reviews")
    assert rule.must_match
    assert rule.must_not_match
    assert "protective" in draft.contexts


def test_a_published_rule_set_cannot_be_published_again(trust_safety_staff):
    with pytest.raises(DomainError, match="already published"):
        services.publish_ruleset(
            ruleset=PolicyRuleSet.objects.get(version=1), by=trust_safety_staff, reason="Test."
        )


def test_the_packaged_rules_replace_an_older_rule_set_as_the_next_version(frozen_clock):
    PolicyRuleSet.objects.all().delete()
    PolicyRuleSet.objects.create(
        version=1,
        status=RuleSetStatus.PUBLISHED,
        effective_at="2025-01-01T00:00:00Z",
        notes="old regular-expression rules",
    )
    assert services.install_default_rules() is True
    latest = PolicyRuleSet.objects.get(version=2)
    assert latest.status == RuleSetStatus.PUBLISHED
    assert latest.rules.filter(name="misleading.fake_reviews").exists()
    assert selectors.current_rulebook().version == "v2"
    assert services.install_default_rules() is False
