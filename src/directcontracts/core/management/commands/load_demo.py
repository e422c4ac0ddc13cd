from django.core.management.base import BaseCommand

from directcontracts.core.demo import loaders


class Command(BaseCommand):
    help = "Load demo data so that every feature is populated (idempotent: safe to run twice)."

    def handle(self, *args: object, **options: object) -> None:
        # No transaction around a loader: money steps run in their own durable transactions,
        # and every loader is idempotent, so an interrupted run is finished by the next one.
        for name, loader in loaders():
            loader(self.stdout.write)
            self.stdout.write(self.style.SUCCESS(f"demo: {name} ready"))
