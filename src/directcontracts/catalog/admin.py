from typing import cast

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from directcontracts.accounts.models import User
from directcontracts.catalog import services
from directcontracts.catalog.models import CatalogVersion, Category, VersionStatus
from directcontracts.core.errors import DomainError


class CategoryInline(admin.TabularInline):
    model = Category
    fk_name = "version"
    extra = 0
    fields = ["position", "slug", "name", "parent", "description", "fits", "does_not_fit"]

    def has_change_permission(
        self, request: HttpRequest, obj: CatalogVersion | None = None
    ) -> bool:
        # Published versions are a record of what applied; only drafts are edited.
        return obj is None or obj.status == VersionStatus.DRAFT

    has_add_permission = has_change_permission
    has_delete_permission = has_change_permission


@admin.register(CatalogVersion)
class CatalogVersionAdmin(admin.ModelAdmin):
    list_display = ["number", "status", "effective_at", "published_at", "published_by", "summary"]
    list_filter = ["status"]
    readonly_fields = ["status", "published_at", "published_by", "changes", "created_at"]
    fields = ["number", "summary", "effective_at", *readonly_fields]
    inlines = [CategoryInline]
    actions = ["publish"]

    def has_delete_permission(
        self, request: HttpRequest, obj: CatalogVersion | None = None
    ) -> bool:
        # A published version is the record of what applied (who published it, when, why):
        # only a draft may be thrown away.
        return super().has_delete_permission(request, obj) and (
            obj is None or obj.status == VersionStatus.DRAFT
        )

    @admin.action(description="Publish selected drafts (effective date as set, else now)")
    def publish(self, request: HttpRequest, queryset: QuerySet[CatalogVersion]) -> None:
        for version in queryset:
            try:
                services.publish_version(
                    version=version,
                    by=cast(User, request.user),  # the admin only serves signed-in staff
                    effective_at=version.effective_at,
                )
            except DomainError as exc:
                self.message_user(request, exc.message, messages.ERROR)
            else:
                self.message_user(request, f"Published catalog version {version.number}.")
