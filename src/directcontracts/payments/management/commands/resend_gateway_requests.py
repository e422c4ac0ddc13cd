from django.core.management.base import BaseCommand, CommandParser

from directcontracts.payments.gateway_requests import resend_stale
from directcontracts.payments.tasks import schedule_gateway_request_sweep


class Command(BaseCommand):
    help = (
        "Send again, with the same idempotency key, the gateway requests (refunds, payouts, "
        "evidence) left unanswered for more than five minutes, and record the "
        "answers; with --schedule, start the worker's periodic sweep instead (make run does "
        "this)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--schedule", action="store_true", help="Enqueue the periodic sweep and exit."
        )

    def handle(self, *args: object, **options: object) -> None:
        if options["schedule"]:
            scheduled = schedule_gateway_request_sweep()
            self.stdout.write(
                "periodic gateway request sweep scheduled"
                if scheduled
                else "this task backend can't defer: run this command from cron"
            )
            return
        self.stdout.write(f"gateway requests answered: {resend_stale()}")
