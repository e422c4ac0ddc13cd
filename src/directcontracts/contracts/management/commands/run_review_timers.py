from django.core.management.base import BaseCommand, CommandParser

from directcontracts.contracts.escrow import (
    release_due_milestones,
    send_review_reminders,
    settle_unanswered_refund_requests,
)
from directcontracts.contracts.tasks import schedule_sweep


class Command(BaseCommand):
    help = (
        "Send due review reminders and release submissions whose review period ended; with "
        "--schedule, start the worker's periodic sweep instead (make run does this)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--schedule", action="store_true", help="Enqueue the periodic sweep and exit."
        )

    def handle(self, *args: object, **options: object) -> None:
        if options["schedule"]:
            scheduled = schedule_sweep()
            self.stdout.write(
                "periodic review sweep scheduled"
                if scheduled
                else "this task backend can't defer: run this command from cron"
            )
            return
        reminded = send_review_reminders()
        released = release_due_milestones()
        refunded = settle_unanswered_refund_requests()
        self.stdout.write(
            f"reminders sent: {reminded}, milestones released: {released}, unanswered refunds: {refunded}"
        )
