from django.core.management.base import BaseCommand, CommandParser

from directcontracts.disputes.deadlines import run_due_deadlines
from directcontracts.disputes.dormancy import run_dormancy
from directcontracts.disputes.tasks import schedule_sweep


class Command(BaseCommand):
    help = (
        "Apply passed dispute deadlines (default outcomes) and the dormant-escrow steps; with "
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
                "periodic dispute sweep scheduled"
                if scheduled
                else "this task backend can't defer: run this command from cron"
            )
            return
        disputes = run_due_deadlines()
        dormant = run_dormancy()
        self.stdout.write(f"dispute deadlines applied: {disputes}, dormant-escrow steps: {dormant}")
