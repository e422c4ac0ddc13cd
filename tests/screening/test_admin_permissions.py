"""The screening back office: each admin action checks its permission, per staff group.

Trust & Safety decide held items and publish rules; support may look at the held list (to
answer a ticket) but decide nothing; finance sees none of it.
"""

from __future__ import annotations

import pytest
from django.contrib.admin import helpers
from django.contrib.auth.models import Permission

from directcontracts.screening.models import (
    PolicyRuleSet,
    ReviewState,
    RuleSetStatus,
    ScreeningAttempt,
)
from tests.accounts.helpers import sign_in_staff

pytestmark = pytest.mark.django_db

HELD_LIST = "/admin/screening/screeningattempt/"
RULE_SETS = "/admin/screening/policyruleset/"


@pytest.fixture
def held():
    return ScreeningAttempt.objects.create(
        created_at="2026-03-02T09:00:00Z",
        kind="work",
        verdict="review",
        review_state=ReviewState.HELD,
    )


def _run_action(client, url, action, pk, reason=""):
    return client.post(
        url, {"action": action, helpers.ACTION_CHECKBOX_NAME: [str(pk)], "reason": reason}
    )


def _grant_view(user, model):
    user.user_permissions.add(Permission.objects.get(codename=f"view_{model}"))


@pytest.mark.parametrize("action", ["clear", "confirm"])
def test_the_admin_no_longer_decides_held_items_the_trust_queue_does(
    client, trust_safety_staff, held, action
):
    sign_in_staff(client, trust_safety_staff)
    _run_action(client, HELD_LIST, action, held.pk)
    held.refresh_from_db()
    assert held.review_state == ReviewState.HELD
    assert f'value="{action}"' not in client.get(HELD_LIST).content.decode()


def test_view_only_support_staff_cannot_clear_a_held_item(client, support_staff, held):
    """Support with view permission alone cleared a held contract, which then sent."""
    _grant_view(support_staff, "screeningattempt")
    sign_in_staff(client, support_staff)
    _run_action(client, HELD_LIST, "clear", held.pk)
    held.refresh_from_db()
    assert held.review_state == ReviewState.HELD


def test_support_sees_the_held_list_without_the_decisions(client, support_staff, held):
    sign_in_staff(client, support_staff)
    response = client.get(HELD_LIST)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="clear"' not in page
    assert 'value="confirm"' not in page


def test_finance_staff_do_not_see_the_held_list(client, finance_staff, held):
    sign_in_staff(client, finance_staff)
    assert client.get(HELD_LIST).status_code == 403
    _run_action(client, HELD_LIST, "clear", held.pk)
    held.refresh_from_db()
    assert held.review_state == ReviewState.HELD


def test_support_cannot_publish_rules_even_with_view_permission(client, support_staff):
    _grant_view(support_staff, "policyruleset")
    draft = PolicyRuleSet.objects.create(version=99, status=RuleSetStatus.DRAFT)
    sign_in_staff(client, support_staff)
    _run_action(client, RULE_SETS, "publish", draft.pk)
    draft.refresh_from_db()
    assert draft.status == RuleSetStatus.DRAFT


def test_support_cannot_make_a_draft_copy_even_with_view_permission(client, support_staff):
    _grant_view(support_staff, "policyruleset")
    before = PolicyRuleSet.objects.count()
    sign_in_staff(client, support_staff)
    _run_action(client, RULE_SETS, "make_draft_copy", PolicyRuleSet.objects.first().pk)
    assert PolicyRuleSet.objects.count() == before


def test_trust_and_safety_make_a_draft_copy_of_the_rules(client, trust_safety_staff):
    before = PolicyRuleSet.objects.count()
    sign_in_staff(client, trust_safety_staff)
    pk = PolicyRuleSet.objects.first().pk
    _run_action(client, RULE_SETS, "make_draft_copy", pk, reason="TS-40 essay mills.")
    assert PolicyRuleSet.objects.count() == before + 1


def test_support_cannot_edit_a_draft_rule_set(client, support_staff):
    _grant_view(support_staff, "policyruleset")
    draft = PolicyRuleSet.objects.create(version=99, status=RuleSetStatus.DRAFT, notes="n")
    sign_in_staff(client, support_staff)
    client.post(f"{RULE_SETS}{draft.pk}/change/", {"notes": "changed by support"})
    draft.refresh_from_db()
    assert draft.notes == "n"


def test_people_who_are_not_staff_are_sent_to_sign_in(client, freelancer, held):
    client.force_login(freelancer)
    assert client.get(HELD_LIST).status_code == 302
