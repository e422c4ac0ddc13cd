from django.core.management.base import BaseCommand
from django.db import transaction

from directcontracts.core.demo import loaders


class Command(BaseCommand):
    help = "Load demo data so that every feature is populated (idempotent: safe to run twice)."

    def handle(self, *args: object, **options: object) -> None:
        for name, loader in loaders():
            with transaction.atomic():
                loader(self.stdout.write)
            self.stdout.write(self.style.SUCCESS(f"demo: {name} ready"))
