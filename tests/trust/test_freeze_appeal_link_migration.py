"""Freezes made before the appeal link was the case subject's own lose the bare appeal path
from their reason and timeline, and get the link for that person only (trust migration 0009)."""

from __future__ import annotations

from importlib import import_module

import pytest
from django.apps import apps

from directcontracts.contracts import freezes
from directcontracts.contracts.freeze_models import EscrowFreeze, FreezeSource
from directcontracts.contracts.models import ContractEvent

pytestmark = pytest.mark.django_db

MIGRATION = import_module("directcontracts.trust.migrations.0009_freeze_appeal_link_for_the_person")


@pytest.fixture
def old_freeze(funded, trust_safety_staff):
    contract, _, _, case = funded
    freezes.freeze_escrow(
        contract=contract,
        source=FreezeSource.TRUST_SAFETY,
        reference=case.reference,
        reason="Trust & Safety are reviewing this contract; its escrow is frozen until they "
        f"finish. Reference {case.reference}. The person it concerns can appeal within 180 "
        f"days at /trust/appeals/{case.reference}/.",
        by=trust_safety_staff,
    )
    MIGRATION.forwards(apps, None)
    return EscrowFreeze.objects.get(reference=case.reference), case


def test_an_old_freeze_loses_the_bare_appeal_path_from_its_reason(old_freeze):
    freeze, case = old_freeze
    assert freeze.reason.endswith(f"Reference {case.reference}.")


def test_an_old_freeze_gets_the_appeal_link_for_the_person_the_case_is_about(old_freeze):
    freeze, case = old_freeze
    assert (freeze.url, freeze.url_for_id, freeze.link_text) == (
        f"/trust/appeals/{case.reference}/",
        case.subject_user_id,
        "Read why and appeal",
    )


def test_an_old_freeze_loses_the_bare_appeal_path_from_the_timeline(old_freeze):
    freeze, _ = old_freeze
    messages = ContractEvent.objects.filter(contract_id=freeze.contract_id).values_list(
        "message", flat=True
    )
    assert not [m for m in messages if "/trust/appeals/" in m]
