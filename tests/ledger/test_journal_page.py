"""The back office's journal (/admin/ledger/transfer/) reads at 1366 px between its two
sidebars: each account in a column of its own under a short name (the full one in its
title), a pending transfer's outcome inside its kind, and a compact time that never wraps."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.ledger.models import AccountCode
from tests.accounts.helpers import staff_session
from tests.ledger.factories import AccountFactory, BoundedAccountFactory
from tests.ledger.helpers import move

pytestmark = pytest.mark.django_db

JOURNAL = reverse("admin:ledger_transfer_changelist")


@pytest.fixture
def funded(db):
    clearing = AccountFactory(
        code=AccountCode.PROCESSOR_CLEARING, owner_type="platform", owner_id=0
    )
    escrow = BoundedAccountFactory(code=AccountCode.ESCROW, owner_type="contract", owner_id=8)
    move("fund", clearing, escrow, 70_000, code="milestone_funding_settled")
    return clearing, escrow


def _journal(client, finance_staff) -> str:
    staff_session(client, finance_staff)
    response = client.get(JOURNAL)
    assert response.status_code == 200
    return response.content.decode()


def test_the_journal_shows_debit_and_credit_in_columns_of_their_own(client, finance_staff, funded):
    page = _journal(client, finance_staff)
    assert '<td class="field-debit"><span title="Processor clearing">Processor clearing' in page
    assert (
        '<td class="field-credit"><span title="Escrow (contract 8)">Escrow\u00a0#8</span></td>'
        in page
    )
    assert "Debit →" not in page


def test_the_journal_breaks_a_long_code_between_its_words(client, finance_staff, funded):
    assert '<td class="field-code_text">milestone funding settled</td>' in _journal(
        client, finance_staff
    )


def test_the_journals_time_is_compact_and_never_wraps(client, finance_staff, funded):
    page = _journal(client, finance_staff)
    cell = page[page.index('<td class="field-created_text">') :].split("</td>", 1)[0]
    assert '<time class="nowrap" datetime="' in cell
    assert len(cell.rsplit(">", 2)[-2].split("<")[0]) == len("2026-12-06 02:33")


def test_a_pending_transfers_outcome_is_part_of_its_kind(client, finance_staff, funded):
    clearing, escrow = funded
    move("hold", clearing, escrow, 500, code="milestone_funding", pending=True)
    page = _journal(client, finance_staff)
    assert '<td class="field-kind_text">Pending, open</td>' in page
    assert "field-outcome" not in page


def test_the_journal_shows_a_transfers_reference_under_its_code(client, finance_staff, db):
    clearing = AccountFactory(
        code=AccountCode.PROCESSOR_CLEARING, owner_type="platform", owner_id=0
    )
    escrow = BoundedAccountFactory(code=AccountCode.ESCROW, owner_type="contract", owner_id=8)
    move("fund", clearing, escrow, 70_000, code="milestone_funding", reference="milestone:11")
    page = _journal(client, finance_staff)
    assert 'milestone funding<br><span class="quiet">milestone:11</span>' in page
