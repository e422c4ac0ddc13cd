"""A code upgrade that changes the packaged rules puts them into effect at the next `migrate`
(the first step of `make run` and `make serve`); rules staff published stay until an operator
replaces them on purpose. Before, a database kept the rules of the code it was created with."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from directcontracts.screening import selectors
from directcontracts.screening.models import PolicyRuleSet
from directcontracts.screening.services import packaged_rules_in_effect, upgrade_packaged_rules

pytestmark = pytest.mark.django_db


def _as_if_created_by_older_code() -> PolicyRuleSet:
    """The rule set in effect, one packaged rule short (what older code packaged)."""
    ruleset = selectors.ruleset_in_effect()
    assert ruleset is not None
    ruleset.rules.order_by("position").last().delete()
    return ruleset


def test_a_new_database_has_the_packaged_rules_in_effect():
    ruleset = selectors.ruleset_in_effect()
    assert ruleset is not None
    assert packaged_rules_in_effect(ruleset)


def test_migrate_puts_changed_packaged_rules_into_effect():
    older = _as_if_created_by_older_code()
    call_command("migrate", verbosity=0)
    in_effect = selectors.ruleset_in_effect()
    assert in_effect.version == older.version + 1
    assert packaged_rules_in_effect(in_effect)


def test_migrate_does_not_add_a_version_when_the_packaged_rules_are_in_effect():
    versions = PolicyRuleSet.objects.count()
    call_command("migrate", verbosity=0)
    assert PolicyRuleSet.objects.count() == versions


def test_migrate_leaves_rules_staff_published_in_effect():
    older = _as_if_created_by_older_code()
    PolicyRuleSet.objects.filter(pk=older.pk).update(published_by_id=1)
    call_command("migrate", verbosity=0)
    assert selectors.ruleset_in_effect().pk == older.pk


def test_the_command_replaces_staff_rules_only_when_asked():
    older = _as_if_created_by_older_code()
    PolicyRuleSet.objects.filter(pk=older.pk).update(published_by_id=1)
    out = io.StringIO()
    call_command("install_packaged_rules", stdout=out)
    assert "published by staff" in out.getvalue()
    assert selectors.ruleset_in_effect().pk == older.pk
    call_command("install_packaged_rules", "--replace-staff-rules", stdout=out)
    assert packaged_rules_in_effect(selectors.ruleset_in_effect())


def test_an_installed_version_keeps_the_earlier_one_as_the_record():
    older = _as_if_created_by_older_code()
    outcome, installed = upgrade_packaged_rules()
    assert outcome == "installed"
    assert PolicyRuleSet.objects.filter(pk=older.pk).exists()
    assert installed.rules.count() == older.rules.count() + 1
