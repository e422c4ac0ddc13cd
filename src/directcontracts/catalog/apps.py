from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "directcontracts.catalog"
    label = "catalog"
    verbose_name = "Work categories"
