from django.core.management.base import BaseCommand

from directcontracts.payments.sandbox import deliver_due


class Command(BaseCommand):
    help = (
        "Deliver the sandbox processor's outcomes that are due (settlements, payouts, chargebacks)."
    )

    def handle(self, *args: object, **options: object) -> None:
        self.stdout.write(f"delivered {deliver_due()} sandbox events")
