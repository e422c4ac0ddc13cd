"""The demo opens with a few new notices per person, not every demo step's notice unread."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command

from directcontracts.core import clock
from directcontracts.notifications.demo import DEMO_UNREAD_KEPT, read_older_demo_notices
from directcontracts.notifications.models import Notice
from tests.accounts.factories import UserFactory
from tests.notifications.factories import NoticeFactory

pytestmark = pytest.mark.django_db


def _notices(person, count: int) -> list[Notice]:
    start = clock.now() - timedelta(days=count)
    return [
        NoticeFactory(recipient=person, created_at=start + timedelta(days=n)) for n in range(count)
    ]


def test_after_the_demo_loads_no_demo_account_has_more_than_a_few_unread_notices(
    frozen_clock, settings
):
    settings.NEW_ACCOUNT_HOLD_DAYS = 0
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115 - quiet
    demo_notices = Notice.objects.filter(recipient__email__endswith="@demo.test")
    assert demo_notices.filter(read_at__isnull=False).exists()
    for email in demo_notices.values_list("recipient__email", flat=True).distinct():
        unread = demo_notices.filter(recipient__email=email, read_at__isnull=True).count()
        assert 0 < unread <= DEMO_UNREAD_KEPT, email


def test_a_demo_account_keeps_its_newest_notices_unread(frozen_clock):
    notices = _notices(UserFactory(email="fiona@demo.test"), 8)
    read_older_demo_notices(lambda line: None)
    unread = set(Notice.objects.filter(read_at__isnull=True).values_list("id", flat=True))
    assert unread == {n.pk for n in notices[-DEMO_UNREAD_KEPT:]}


def test_notices_of_accounts_outside_the_demo_stay_unread(frozen_clock):
    _notices(UserFactory(email="real.person@example.com"), 8)
    read_older_demo_notices(lambda line: None)
    assert Notice.objects.filter(read_at__isnull=True).count() == 8


def test_reading_the_older_demo_notices_twice_changes_nothing_more(frozen_clock):
    _notices(UserFactory(email="fiona@demo.test"), 8)
    read_older_demo_notices(lambda line: None)
    first = list(Notice.objects.values_list("id", "read_at"))
    read_older_demo_notices(lambda line: None)
    assert list(Notice.objects.values_list("id", "read_at")) == first
