"""One registry in core says what is a member's own (core/own_matter.py): the ids of their
contracts for the lists that need only those (one query), every reference naming their
contracts, their money's references (the finance alerts), and the contract a reference
names ("contract:<id>" and a payment's "milestone:<id>")."""

from __future__ import annotations

import pytest

from directcontracts.core.own_matter import (
    contract_ids_of,
    contract_of_reference,
    own_references_of,
    references_of_contracts_of,
)
from tests.accounts.factories import FreelancerProfileFactory, StaffFactory
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_with_a_contract(monkeypatch):
    member = StaffFactory(email="finance.side@example.com", groups=["finance"], is_freelancer=True)
    FreelancerProfileFactory(user=member)
    contract, _client = active_contract(member, monkeypatch)
    return member, contract


def test_the_ids_of_a_members_contracts_take_one_query(
    member_with_a_contract, django_assert_num_queries
):
    member, contract = member_with_a_contract
    with django_assert_num_queries(1):
        ids = contract_ids_of(member)
    assert ids == {contract.pk}


def test_the_references_of_a_members_contracts_take_one_query(
    member_with_a_contract, django_assert_num_queries
):
    member, contract = member_with_a_contract
    milestone = contract.milestones.first()
    with django_assert_num_queries(1):
        refs = references_of_contracts_of(member)
    assert {f"contract:{contract.pk}", f"milestone:{milestone.pk}"} <= refs


def test_a_members_own_references_hold_their_contracts_and_their_money(member_with_a_contract):
    member, contract = member_with_a_contract
    assert f"contract:{contract.pk}" in own_references_of(member)


def test_a_contract_reference_names_its_contract(member_with_a_contract):
    _member, contract = member_with_a_contract
    assert contract_of_reference(f"contract:{contract.pk}") == contract


def test_a_milestone_reference_names_its_contract(member_with_a_contract):
    _member, contract = member_with_a_contract
    milestone = contract.milestones.first()
    assert contract_of_reference(f"milestone:{milestone.pk}") == contract


@pytest.mark.parametrize(
    "reference", ["contract:x", "contract:", "invoice:1", "contract:1" + "0" * 18]
)
def test_a_reference_naming_no_contract_names_none(reference):
    assert contract_of_reference(reference) is None
