"""Migration 0004 names the contract of notices made before notices named it."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps

from directcontracts.notifications.models import Notice
from tests.contracts.factories import draft_contract
from tests.notifications.factories import NoticeFactory

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module(
    "directcontracts.notifications.migrations.0004_name_the_contract_of_earlier_notices"
)


def _backfilled(notice: Notice) -> str:
    MIGRATION.name_the_contract(apps, None)
    notice.refresh_from_db()
    return notice.about


def test_an_earlier_notice_linking_a_contract_is_named_after_it(freelancer):
    contract = draft_contract(freelancer, title="Bakery   website")
    notice = NoticeFactory(recipient=freelancer, url=f"/contracts/{contract.pk}/#milestone-3")
    assert _backfilled(notice) == f"Contract #{contract.pk}: Bakery website"


def test_an_earlier_notice_linking_no_contract_stays_unnamed(freelancer):
    notice = NoticeFactory(recipient=freelancer, url="/earnings/")
    assert _backfilled(notice) == ""


def test_an_earlier_notice_linking_a_contract_that_is_gone_stays_unnamed(freelancer):
    notice = NoticeFactory(recipient=freelancer, url="/contracts/999999/")
    assert _backfilled(notice) == ""


def test_a_notice_already_named_keeps_its_name(freelancer):
    contract = draft_contract(freelancer)
    notice = NoticeFactory(
        recipient=freelancer, url=f"/contracts/{contract.pk}/", about="Contract #1: As it was"
    )
    assert _backfilled(notice) == "Contract #1: As it was"


def test_an_earlier_notice_linking_a_dispute_is_named_after_its_contract(
    freelancer, monkeypatch, frozen_clock
):
    from tests.disputes.factories import opened_by_client

    *_, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    notice = NoticeFactory(recipient=freelancer, url=f"/disputes/{dispute.pk}/")
    assert _backfilled(notice) == f"Contract #{dispute.contract_id}: {dispute.contract.title}"
