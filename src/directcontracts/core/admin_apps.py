"""Listed in INSTALLED_APPS instead of `django.contrib.admin` (loaded before the models, so
it imports nothing else of the project)."""

from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig


class AdminConfig(DjangoAdminConfig):
    """django.contrib.admin with the project's site (core/admin_site.py) as `admin.site`."""

    default_site = "directcontracts.core.admin_site.DirectContractsAdminSite"
