"""The back office's admin site: every admin form refuses control characters.

`settings.INSTALLED_APPS` names `directcontracts.core.admin_site.AdminConfig` instead of
`django.contrib.admin`, so `admin.site` (and `@admin.register`) is this site.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig
from django.db.models import Model
from django.http import HttpRequest

from directcontracts.core.validation import guard_form_field


class TextGuardAdminMixin:
    """Admin forms' text fields refuse control characters."""

    def formfield_for_dbfield(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        field = super().formfield_for_dbfield(db_field, request, **kwargs)  # type: ignore[misc]
        if field is not None:
            guard_form_field(field)
        return field


def guarded(admin_class: type) -> type:
    """The admin class (and its inlines) with the text guard mixed in."""
    if issubclass(admin_class, TextGuardAdminMixin):
        return admin_class
    inlines = [guarded(inline) for inline in getattr(admin_class, "inlines", [])]
    return type(
        admin_class.__name__,
        (TextGuardAdminMixin, admin_class),
        {"inlines": inlines, "__module__": admin_class.__module__},
    )


class DirectContractsAdminSite(admin.AdminSite):
    site_header = "Direct Contracts back office"
    site_title = "Direct Contracts back office"
    index_title = "Back office"

    def register(
        self,
        model_or_iterable: type[Model] | Iterable[type[Model]],
        admin_class: type | None = None,
        **options: Any,
    ) -> None:
        super().register(model_or_iterable, guarded(admin_class or admin.ModelAdmin), **options)


class AdminConfig(DjangoAdminConfig):
    default_site = "directcontracts.core.admin_site.DirectContractsAdminSite"
