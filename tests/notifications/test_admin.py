"""Email preferences and daily digests in the back office: read for support questions ("why
didn't I get an email?"), never edited there, and only by those allowed to view them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from directcontracts.core import clock
from directcontracts.notifications.email_preferences import set_email_frequencies
from directcontracts.notifications.models import EmailDigest, EmailPreferences
from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db

PAGES = ["/admin/notifications/emailpreferences/", "/admin/notifications/emaildigest/"]


@pytest.fixture
def superuser(db):
    return StaffFactory(email="ada.admin@example.com", is_superuser=True)


@pytest.fixture
def records(client_user):
    set_email_frequencies(user=client_user, choices={"messages": "daily", "report_outcomes": "off"})
    digest = EmailDigest.objects.create(
        user=client_user,
        day=datetime(2026, 3, 3, tzinfo=UTC).date(),
        cutoff=datetime(2026, 3, 3, 8, 0, tzinfo=UTC),
        notice_ids=[1, 2],
        sent_at=clock.now(),
        sent_count=2,
    )
    return EmailPreferences.objects.get(user=client_user), digest


@pytest.mark.parametrize("page", PAGES)
def test_an_administrator_lists_email_preferences_and_digests(client, superuser, records, page):
    staff_session(client, superuser)
    response = client.get(page)
    assert response.status_code == 200
    assert records[0].user.email in response.content.decode()


@pytest.mark.parametrize("index", [0, 1])
def test_an_administrator_reads_a_record_without_a_form_to_change_it(
    client, superuser, records, index
):
    staff_session(client, superuser)
    record = records[index]
    url = f"{PAGES[index]}{record.pk}/change/"
    page = client.get(url).content.decode()
    assert 'name="_save"' not in page
    assert client.post(url, {}).status_code == 403


@pytest.mark.parametrize("page", PAGES)
def test_nobody_adds_or_deletes_them_in_the_back_office(client, superuser, records, page):
    staff_session(client, superuser)
    assert client.get(f"{page}add/").status_code == 403
    record = records[PAGES.index(page)]
    client.post(f"{page}{record.pk}/delete/", {"post": "yes"})
    assert type(record).objects.filter(pk=record.pk).exists()


@pytest.mark.parametrize("group", ["support", "trust_safety", "finance"])
@pytest.mark.parametrize("page", PAGES)
def test_no_staff_group_reads_them(client, records, group, page):
    staff_session(client, StaffFactory(email=f"{group}@example.com", groups=[group]))
    assert client.get(page).status_code == 403
