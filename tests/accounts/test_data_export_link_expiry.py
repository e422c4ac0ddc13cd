"""A download link lasts `DATA_EXPORT_DAYS` by the project clock from the moment it was made,
whatever the export's own row says: moved forward to the last second it still downloads, a
second later it is refused as expired; a link emailed before links carried their time still
downloads."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import signing
from django.urls import reverse

from directcontracts.accounts import data_export
from directcontracts.accounts.models import DataExport, DataExportState
from directcontracts.core import clock

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _exports_in_tmp(settings, tmp_path):
    settings.DATA_EXPORT_DIR = tmp_path / "exports"


@pytest.fixture
def kept_export(freelancer, django_capture_on_commit_callbacks) -> DataExport:
    """A ready export whose file is kept well past its link's days, so only the link ages."""
    with django_capture_on_commit_callbacks(execute=True):
        export = data_export.request_data_export(user=freelancer)
    DataExport.objects.filter(pk=export.pk).update(expires_at=clock.now() + timedelta(days=365))
    export.refresh_from_db()
    assert export.state == DataExportState.READY
    return export


def _path(token: str) -> str:
    return reverse("accounts:download_data_export", kwargs={"token": token})


def test_a_download_link_works_on_the_last_second_of_its_days(
    client, freelancer, frozen_clock, kept_export, settings
):
    path = _path(data_export.make_token(kept_export))
    frozen_clock.advance(days=settings.DATA_EXPORT_DAYS)
    client.force_login(freelancer)
    assert client.get(path).status_code == 200


def test_a_download_link_is_expired_a_second_after_its_days(
    client, freelancer, frozen_clock, kept_export, settings
):
    path = _path(data_export.make_token(kept_export))
    frozen_clock.advance(days=settings.DATA_EXPORT_DAYS, seconds=1)
    client.force_login(freelancer)
    response = client.get(path)
    assert response.status_code == 400
    assert b'data-error-code="link_expired"' in response.content


def test_a_download_link_made_before_links_carried_their_time_still_works(
    client, freelancer, kept_export
):
    old = signing.TimestampSigner(salt=data_export.TOKEN_SALT).sign_object(
        {"e": kept_export.pk, "u": freelancer.pk}
    )
    client.force_login(freelancer)
    assert client.get(_path(old)).status_code == 200
