"""Fixtures of the Trust & Safety tests: a flagged, funded contract and a second staff member."""

from __future__ import annotations

import pytest

from directcontracts.trust import flags
from tests.accounts.factories import StaffFactory
from tests.contracts.factories import funded_milestone


@pytest.fixture
def funded(freelancer, monkeypatch, frozen_clock):
    """(contract, client, funded milestone, the case the client's fraud flag opened)."""
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    made = flags.flag(
        reporter=client,
        kind="contract",
        target_id=str(contract.pk),
        reason="scam_fraud",
        details="",
        address=None,
    )
    return contract, client, milestone, made.case


@pytest.fixture
def second_staff(db):
    return StaffFactory(email="tina.trust@example.com", groups=["trust_safety"])
