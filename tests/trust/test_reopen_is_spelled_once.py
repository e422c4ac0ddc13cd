"""The reopening's action name is one constant (`case_holds.REOPEN_ACTION`): the service that
writes its audit entry, the views that route and announce it and the page that posts it read
it, so a rename cannot leave one of them behind."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.urls import reverse

from directcontracts.trust import actions, case_holds
from tests.accounts.helpers import staff_session

TRUST = Path(actions.__file__).parent


@pytest.mark.parametrize("module", ["actions.py", "views.py", "case_holds.py"])
def test_no_trust_module_spells_the_reopen_action_as_a_literal(module):
    tree = ast.parse((TRUST / module).read_text())
    literals = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value == case_holds.REOPEN_ACTION
    ]
    assert literals == []


@pytest.mark.django_db
def test_the_case_page_shows_money_at_stake_without_an_internal_word(
    client, funded, trust_safety_staff
):
    case = funded[3]
    page = staff_session(client, trust_safety_staff).get(
        reverse("trust:case", args=[case.reference])
    )
    text = page.content.decode()
    assert "(ledger)" not in text
    assert "$500.00 held in escrow now" in text
