from datetime import UTC, datetime, timedelta

import pytest

from directcontracts.catalog import selectors, services
from directcontracts.catalog.errors import CatalogErrorCode
from directcontracts.catalog.models import Category, VersionStatus
from directcontracts.core import clock
from directcontracts.core.errors import DomainError, PermissionDenied

pytestmark = pytest.mark.django_db


def remove_category(version, slug):
    Category.objects.filter(version=version, slug=slug).delete()


def test_default_catalog_is_the_first_published_version(frozen_clock):
    version = selectors.current_version()
    assert version.number == 1
    assert version.status == VersionStatus.PUBLISHED
    tree = selectors.category_tree(version)
    assert len(tree) >= 10
    assert sum(cat.subcategories.count() for cat in tree) >= 30


def test_category_in_the_current_catalog_is_allowed(frozen_clock):
    assert services.check_category_allowed("web-development").name == "Web Development"


def test_unknown_category_is_refused(frozen_clock):
    with pytest.raises(DomainError) as exc:
        services.check_category_allowed("space-tourism")
    assert exc.value.code == CatalogErrorCode.CATEGORY_UNKNOWN


def test_draft_copies_the_current_catalog(frozen_clock, trust_safety_staff):
    draft = services.create_draft(by=trust_safety_staff)
    assert draft.status == VersionStatus.DRAFT
    assert draft.categories.count() == selectors.current_version().categories.count()


def test_removed_category_refuses_new_contracts_naming_the_change(frozen_clock, trust_safety_staff):
    draft = services.create_draft(by=trust_safety_staff)
    remove_category(draft, "game-development")
    services.publish_version(
        version=draft, by=trust_safety_staff, summary="Games move to the marketplace."
    )
    with pytest.raises(DomainError) as exc:
        services.check_category_allowed("game-development")
    assert exc.value.code == CatalogErrorCode.CATEGORY_REMOVED
    assert f"version {draft.number}" in exc.value.message
    assert "Game Development" in exc.value.message
    assert "2026-03-02" in exc.value.message


def test_old_version_still_holds_the_removed_category_for_running_contracts(
    frozen_clock, trust_safety_staff
):
    draft = services.create_draft(by=trust_safety_staff)
    remove_category(draft, "game-development")
    services.publish_version(version=draft, by=trust_safety_staff)
    first = selectors.find_category(selectors.history()[-1], "game-development")
    assert first is not None
    assert first.version.number == 1


def test_publication_records_what_changed(frozen_clock, finance_staff):
    draft = services.create_draft(by=finance_staff)
    remove_category(draft, "game-development")
    Category.objects.create(version=draft, slug="prompt-engineering", name="Prompt Engineering")
    published = services.publish_version(version=draft, by=finance_staff)
    assert published.changes["added"] == ["prompt-engineering"]
    assert published.changes["removed"] == ["game-development"]
    assert published.published_by == finance_staff


def test_version_with_future_effective_date_applies_only_from_that_date(
    frozen_clock, trust_safety_staff
):
    draft = services.create_draft(by=trust_safety_staff)
    remove_category(draft, "game-development")
    services.publish_version(
        version=draft, by=trust_safety_staff, effective_at=clock.now() + timedelta(days=7)
    )
    assert selectors.current_version().number == 1
    assert services.check_category_allowed("game-development")
    clock.advance(days=8)
    assert selectors.current_version().number == draft.number


def test_staff_outside_trust_safety_and_finance_cannot_publish(
    frozen_clock, support_staff, trust_safety_staff
):
    draft = services.create_draft(by=trust_safety_staff)
    with pytest.raises(PermissionDenied):
        services.publish_version(version=draft, by=support_staff)


def test_non_staff_cannot_draft_a_version(frozen_clock, freelancer):
    with pytest.raises(PermissionDenied):
        services.create_draft(by=freelancer)


def test_a_published_version_cannot_be_published_again(frozen_clock, trust_safety_staff):
    with pytest.raises(DomainError) as exc:
        services.publish_version(version=selectors.current_version(), by=trust_safety_staff)
    assert exc.value.code == CatalogErrorCode.NOT_A_DRAFT


def test_effective_date_before_the_latest_version_is_refused(frozen_clock, trust_safety_staff):
    draft = services.create_draft(by=trust_safety_staff)
    with pytest.raises(DomainError) as exc:
        services.publish_version(
            version=draft, by=trust_safety_staff, effective_at=datetime(2024, 1, 1, tzinfo=UTC)
        )
    assert exc.value.code == CatalogErrorCode.EFFECTIVE_DATE_INVALID


def test_an_empty_version_cannot_be_published(frozen_clock, trust_safety_staff):
    draft = services.create_draft(by=trust_safety_staff)
    draft.categories.all().delete()
    with pytest.raises(DomainError) as exc:
        services.publish_version(version=draft, by=trust_safety_staff)
    assert exc.value.code == CatalogErrorCode.EMPTY_VERSION
