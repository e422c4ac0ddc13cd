from django.core.management.base import BaseCommand

from directcontracts.catalog.defaults import install
from directcontracts.catalog.models import CatalogVersion, Category


class Command(BaseCommand):
    help = "Install the default catalog as published version 1 (no-op when a catalog exists)."

    def handle(self, *args: object, **options: object) -> None:
        installed = install(CatalogVersion, Category)
        self.stdout.write(
            "installed catalog version 1" if installed else "a catalog already exists"
        )
