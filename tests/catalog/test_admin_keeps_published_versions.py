"""A published catalog version is the record of what applied: the back office throws away
drafts only."""

from __future__ import annotations

import pytest

from directcontracts.catalog.models import CatalogVersion, VersionStatus
from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import staff_session
from tests.catalog.factories import CatalogVersionFactory

pytestmark = pytest.mark.django_db


def test_a_published_catalog_version_is_never_deleted_in_the_back_office(client):
    published = CatalogVersion.objects.filter(status=VersionStatus.PUBLISHED).first()
    assert published is not None
    staff_session(client, StaffFactory(email="root@example.com", is_superuser=True))
    response = client.post(f"/admin/catalog/catalogversion/{published.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert CatalogVersion.objects.filter(pk=published.pk).exists()


def test_a_draft_catalog_version_may_be_thrown_away_in_the_back_office(client):
    draft = CatalogVersionFactory(status=VersionStatus.DRAFT)
    staff_session(client, StaffFactory(email="root@example.com", is_superuser=True))
    response = client.post(f"/admin/catalog/catalogversion/{draft.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not CatalogVersion.objects.filter(pk=draft.pk).exists()
