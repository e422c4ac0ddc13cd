from django.core.management.base import BaseCommand

from directcontracts.notifications.webhooks import enqueue_due_deliveries


class Command(BaseCommand):
    help = (
        "Queue webhook deliveries whose retry is due. Needed only with a task backend that "
        "cannot schedule (immediate) or after a worker lost tasks; safe to run from cron."
    )

    def handle(self, *args: object, **options: object) -> None:
        count = enqueue_due_deliveries()
        self.stdout.write(f"queued {count} due webhook deliveries")
