from django.core.management.base import BaseCommand, CommandParser

from directcontracts.notifications.digests import send_due_digests
from directcontracts.notifications.tasks import schedule_email_digests


class Command(BaseCommand):
    help = (
        "Send the daily email digests that are due (each person at most one a day, at "
        "EMAIL_DIGEST_HOUR_UTC); with --schedule, start the worker's daily run instead "
        "(make run does this)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--schedule", action="store_true", help="Enqueue the daily digest task and exit."
        )

    def handle(self, *args: object, **options: object) -> None:
        if options["schedule"]:
            scheduled = schedule_email_digests()
            self.stdout.write(
                "daily email digests scheduled"
                if scheduled
                else "this task backend can't defer: run this command from cron every hour"
            )
            return
        sent = send_due_digests()
        self.stdout.write(f"email digests sent: {sent}")
