"""The chargeback list has a search: by payment reference, contract (number or title) and a
party's email, combined with the state filter, kept on the pages' links."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow
from tests.accounts.helpers import staff_session
from tests.disputes.factories import (
    charged_back,
    charged_back_after_release,
    new_milestone_funded_by_chargeback_card,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_cases(freelancer, monkeypatch, frozen_clock):
    contract, client, _, first = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    milestone = new_milestone_funded_by_chargeback_card(contract, client, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client, amount_minor=None)
    return first, charged_back(milestone, frozen_clock)


def _link(case) -> str:
    return f'href="{reverse("disputes:chargeback", args=[case.pk])}"'


def _listed(client, staff, **query) -> str:
    return staff_session(client, staff).get(reverse("disputes:chargebacks"), query).content.decode()


def test_a_payment_reference_finds_its_chargeback_only(client, two_cases, trust_safety_staff):
    first, second = two_cases
    page = _listed(client, trust_safety_staff, q=second.payment.reference)
    assert _link(second) in page
    assert _link(first) not in page


def test_a_contract_number_finds_the_chargebacks_of_that_contract(
    client, two_cases, trust_safety_staff
):
    first, second = two_cases
    found = _listed(client, trust_safety_staff, q=f"#{first.contract_id}")
    other = _listed(client, trust_safety_staff, q=str(first.contract_id + 1000))
    assert _link(first) in found
    assert _link(second) in found
    assert _link(first) not in other
    assert "No chargebacks match" in other


def test_a_partys_email_finds_the_chargebacks_of_their_contracts(
    client, two_cases, trust_safety_staff
):
    first, _ = two_cases
    found = _listed(client, trust_safety_staff, q=first.contract.client.email.upper())
    nobody = _listed(client, trust_safety_staff, q="nobody@example.net")
    assert _link(first) in found
    assert _link(first) not in nobody
