"""The earnings page's release row says when a lost chargeback took its money back (review,
December 2026). Before, the row still read "now" (or "Paid out") after the bank's decision
had taken the released money back from the freelancer's balance."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow
from directcontracts.contracts.freeze_models import PayoutHold
from directcontracts.contracts.models import Milestone, MilestoneState
from tests.contracts.factories import card, settle_gateway
from tests.disputes.factories import (
    CHARGEBACK_CARD,
    bank_decides,
    charged_back,
    charged_back_after_release,
)
from tests.querycount import assert_constant_queries

pytestmark = pytest.mark.django_db


def _cells(client, freelancer) -> list[str]:
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    return re.findall(r'<td data-label="Withdrawable">(.*?)</td>', page, re.S)


def test_a_release_taken_back_by_a_lost_chargeback_says_so_with_the_date(
    client, freelancer, monkeypatch, frozen_clock
):
    _, _, _, case = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    bank_decides(case, frozen_clock, won=False)
    [cell] = _cells(client, freelancer)
    assert cell.startswith('<strong data-testid="taken-back">Taken back after a chargeback')
    assert frozen_clock.now().strftime("%-d %b %Y") in cell
    assert "now" not in cell


def test_a_release_partly_taken_back_says_how_much(client, freelancer, monkeypatch, frozen_clock):
    _, _, _, case = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    bank_decides(case, frozen_clock, won=False)
    # The balance had only $100.00 of the held amount left when the bank decided.
    PayoutHold.objects.filter(pk=case.payout_hold_id).update(taken_minor=10_000)
    [cell] = _cells(client, freelancer)
    assert "$100.00 of it taken back after a chargeback" in cell
    assert "; the rest " in cell


def test_a_release_whose_chargeback_was_won_is_not_taken_back(
    client, freelancer, monkeypatch, frozen_clock
):
    _, _, _, case = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    bank_decides(case, frozen_clock, won=True)
    assert "taken-back" not in "".join(_cells(client, freelancer))


def test_releases_taken_back_take_the_same_queries_for_one_row_and_for_many(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, _, case = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    bank_decides(case, frozen_clock, won=False)
    client.force_login(freelancer)

    def more_lost_chargebacks() -> None:
        for position in range(10, 13):
            milestone = Milestone.objects.create(
                contract=contract,
                position=position,
                title=f"Part {position}",
                amount_minor=50_000,
                state=MilestoneState.AWAITING_FUNDING,
            )
            escrow.fund_milestone(
                milestone=milestone, by=buyer, method=card(buyer, CHARGEBACK_CARD)
            )
            settle_gateway(frozen_clock, seconds=10)
            milestone.refresh_from_db()
            escrow.approve_milestone(milestone=milestone, by=buyer)
            bank_decides(charged_back(milestone, frozen_clock), frozen_clock, won=False)

    assert_constant_queries(
        lambda: client.get(reverse("contracts:earnings")), more_lost_chargebacks
    )
    assert "".join(_cells(client, freelancer)).count('data-testid="taken-back"') == 4
