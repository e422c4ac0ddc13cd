"""Whom a case is about (`stakes.contract_behind`, `stakes.people_of`) is worked out once per
case read: `actions.is_party_to` and `require_case_handler` share it (a page reads the case
and its action checks the member again)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directcontracts.trust import actions

pytestmark = pytest.mark.django_db


def test_asking_again_whether_a_member_is_a_party_reads_nothing(
    funded, trust_safety_staff, django_assert_num_queries
):
    case = funded[3]
    assert not actions.is_party_to(case, trust_safety_staff)
    with django_assert_num_queries(0):
        assert not actions.is_party_to(case, trust_safety_staff)


def test_the_handler_check_after_the_party_check_reads_no_contract_nor_signal(
    funded, trust_safety_staff
):
    case = funded[3]
    actions.is_party_to(case, trust_safety_staff)
    with CaptureQueriesContext(connection) as queries:
        actions.require_case_handler(trust_safety_staff, case)
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    assert "contracts_contract" not in tables
    assert "trust_casesignal" not in tables


def test_the_party_to_the_contract_is_still_refused(funded, trust_safety_staff):
    contract, client, _milestone, case = funded
    assert actions.is_party_to(case, client)
