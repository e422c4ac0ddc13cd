"""A Trust & Safety freeze keeps what the parties are told (`reason`) and the staff's own
reason (`staff_reason`) on its own row: the staff card and the parties' page each read their
field, nobody digs in the audit trail, which still records the action with its reason."""

from __future__ import annotations

import html
from importlib import import_module

import pytest
from django.apps import apps
from django.urls import reverse

from directcontracts.contracts import freezes
from directcontracts.contracts.freeze_models import EscrowFreeze, FreezeSource
from directcontracts.trust import enforcement, stakes
from directcontracts.trust.models import AuditEntry

pytestmark = pytest.mark.django_db

TYPED = "Card testing pattern confirmed with the processor."


def _migrate_earlier_freezes() -> None:
    import_module("directcontracts.trust.migrations.0010_freeze_staff_reason_from_audit").forwards(
        apps, None
    )


def test_a_freeze_from_the_case_page_keeps_the_parties_sentence_and_the_staff_reason(
    funded, trust_safety_staff
):
    freeze = enforcement.freeze_contract_escrow(case=funded[3], by=trust_safety_staff, reason=TYPED)
    freeze.refresh_from_db()
    assert (freeze.reason, freeze.staff_reason) == (enforcement.FROZEN_FOR_REVIEW, TYPED)


def test_a_hold_from_the_case_page_keeps_the_staff_reason(funded, trust_safety_staff):
    hold = enforcement.hold_whole_contract(case=funded[3], by=trust_safety_staff, reason=TYPED)
    hold.refresh_from_db()
    assert (hold.reason, hold.staff_reason) == (enforcement.HELD_FOR_REVIEW, TYPED)


def test_the_freeze_is_still_audited_with_the_staff_reason(funded, trust_safety_staff):
    freeze = enforcement.freeze_contract_escrow(case=funded[3], by=trust_safety_staff, reason=TYPED)
    entry = AuditEntry.objects.get(case=funded[3], action="freeze_escrow")
    assert (entry.reason, entry.data["freeze"]) == (TYPED, freeze.pk)


def test_the_staff_card_reads_the_freezes_own_staff_reason(funded, trust_safety_staff):
    contract, _, _, case = funded
    # Made without the case page, so no audit entry names it: the row alone says why.
    freezes.freeze_escrow(
        contract=contract,
        source=FreezeSource.TRUST_SAFETY,
        reference=case.reference,
        reason=enforcement.FROZEN_FOR_REVIEW,
        staff_reason=TYPED,
        by=trust_safety_staff,
    )
    [stopped] = stakes.stopped_for_staff(case, contract)
    assert stopped.reason == TYPED


def test_the_staff_card_reads_every_freeze_in_one_query(
    funded, trust_safety_staff, django_assert_num_queries
):
    contract, _, _, case = funded
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason=TYPED)
    with django_assert_num_queries(1):
        stakes.stopped_for_staff(case, contract)


def test_a_hold_made_by_a_suspension_keeps_the_suspensions_reason_for_staff(
    funded, trust_safety_staff, django_capture_on_commit_callbacks
):
    contract, _, _, case = funded
    with django_capture_on_commit_callbacks(execute=True):
        enforcement.suspend(case=case, by=trust_safety_staff, reason=TYPED)
    hold = EscrowFreeze.objects.get(contract=contract, reference=case.reference)
    assert hold.staff_reason == TYPED


def test_the_parties_page_shows_their_sentence_never_the_staff_reason(
    client, funded, trust_safety_staff
):
    contract, client_user, _, case = funded
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason=TYPED)
    client.force_login(client_user)
    page = html.unescape(
        client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    )
    assert enforcement.FROZEN_FOR_REVIEW in page
    assert TYPED not in page


def test_the_migration_gives_an_earlier_freeze_the_reason_its_audit_entry_kept(
    funded, trust_safety_staff
):
    freeze = enforcement.freeze_contract_escrow(case=funded[3], by=trust_safety_staff, reason=TYPED)
    EscrowFreeze.objects.filter(pk=freeze.pk).update(staff_reason="")  # as made before
    _migrate_earlier_freezes()
    freeze.refresh_from_db()
    assert freeze.staff_reason == TYPED


def test_the_migration_gives_an_earlier_suspension_hold_the_suspensions_reason(
    funded, trust_safety_staff, django_capture_on_commit_callbacks
):
    contract, _, _, case = funded
    with django_capture_on_commit_callbacks(execute=True):
        enforcement.suspend(case=case, by=trust_safety_staff, reason=TYPED)
    EscrowFreeze.objects.filter(contract=contract).update(staff_reason="")  # as made before
    _migrate_earlier_freezes()
    assert EscrowFreeze.objects.get(contract=contract).staff_reason == TYPED
