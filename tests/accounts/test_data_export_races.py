"""Two requests for a copy of one's data at the same moment (PostgreSQL, real concurrent
connections): one export is prepared, the other request is told it is in progress."""

from __future__ import annotations

import pytest

from directcontracts.accounts import data_export
from directcontracts.accounts.models import DataExport, User
from directcontracts.core import ratelimit
from directcontracts.core.errors import DomainError
from tests.concurrency import run_together

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _exports_in_tmp(settings, tmp_path):
    settings.DATA_EXPORT_DIR = tmp_path / "exports"


def test_two_export_requests_at_once_prepare_one_export(freelancer, monkeypatch):
    monkeypatch.setattr("django.db.transaction.on_commit", lambda *a, **k: None)

    def ask():
        return data_export.request_data_export(user=User.objects.get(pk=freelancer.pk))

    outcomes = run_together([ask, ask, ask, ask], workers=4)
    made = [o for o in outcomes if isinstance(o, DataExport)]
    refused = [o for o in outcomes if isinstance(o, DomainError)]
    assert len(made) == 1, outcomes
    assert {o.code for o in refused} == {"export_in_progress"}, outcomes
    assert DataExport.objects.filter(user=freelancer).count() == 1


def test_a_raced_request_is_told_in_progress_and_the_days_last_export_is_not_used_up(
    freelancer, monkeypatch
):
    """Two of the day's three exports are used; four requests race for the third. The
    three that lose are refused as in progress (not as over the limit: the limit was not
    reached), none of them counts, and the next day-limit refusal comes only after a real
    third export."""
    monkeypatch.setattr("django.db.transaction.on_commit", lambda *a, **k: None)
    key = f"data-export:{freelancer.pk}"
    for _ in range(settings_limit() - 1):
        ratelimit.record(key, window_seconds=86400)

    def ask():
        return data_export.request_data_export(user=User.objects.get(pk=freelancer.pk))

    outcomes = run_together([ask, ask, ask, ask], workers=4)
    made = [o for o in outcomes if isinstance(o, DataExport)]
    refused = [o for o in outcomes if isinstance(o, DomainError)]
    assert len(made) == 1, outcomes
    assert [o.code for o in refused] == ["export_in_progress"] * 3, outcomes
    assert ratelimit.count(key, window_seconds=86400) == settings_limit()


def settings_limit() -> int:
    from django.conf import settings

    return int(settings.DATA_EXPORTS_PER_DAY)
