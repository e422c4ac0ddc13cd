"""The earnings page's row of a release partly paid out before the bank took the payment
back (review, 7 December 2026): the amount it calls withdrawable "now" is what no payout
took, less what the chargeback holds or took back, and "the rest" is said once. Before, a
row read "$100.00 of it held ...; the rest $275.00 now; the rest paid out": the $275.00
counted the held $100.00, and after a lost chargeback took back all that was unpaid the row
still called it withdrawable now."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow, paying
from directcontracts.contracts.freeze_models import PayoutHold
from tests.disputes.factories import (
    bank_account,
    bank_decides,
    charged_back,
    funded_with_chargeback_card,
)

pytestmark = pytest.mark.django_db

PAID_OUT = 20_000  # of the $475.00 released, before the bank takes the payment back


@pytest.fixture
def case(freelancer, monkeypatch, frozen_clock, settings):
    """$475.00 released, $200.00 of it paid out past the security hold, then charged back."""
    _, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    paying.withdraw(
        freelancer=freelancer,
        method=bank_account(freelancer),
        amount_minor=PAID_OUT,
        idempotency_key="before-the-chargeback",
    )
    return charged_back(milestone, frozen_clock)


def _cell(client, freelancer) -> str:
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    [cell] = re.findall(r'<td data-label="Withdrawable">(.*?)</td>', page, re.S)
    return cell


def test_a_row_partly_held_names_only_what_is_free_as_withdrawable_now(client, freelancer, case):
    PayoutHold.objects.filter(pk=case.payout_hold_id).update(amount_minor=10_000)
    cell = _cell(client, freelancer)
    assert "$100.00 of it held while the chargeback is open" in cell
    assert "; $175.00 now; " in cell  # $275.00 not paid out, less the $100.00 held
    assert "$275.00" not in cell
    assert cell.count("the rest") == 1


def test_a_row_whose_unpaid_part_was_taken_back_has_nothing_withdrawable_now(
    client, freelancer, case, frozen_clock
):
    bank_decides(case, frozen_clock, won=False)
    cell = _cell(client, freelancer)
    assert "$275.00 of it taken back after a chargeback" in cell
    assert "now" not in cell
    assert cell.count("the rest") == 1
