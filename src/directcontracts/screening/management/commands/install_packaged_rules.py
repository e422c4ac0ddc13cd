from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from directcontracts.screening.services import upgrade_packaged_rules


class Command(BaseCommand):
    help = (
        "Put the packaged work-policy rules into effect as the next published version (what "
        "every `migrate` does by itself unless staff published rules of their own)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--replace-staff-rules",
            action="store_true",
            help="also when the rules in effect were published by staff (their edits are "
            "kept as earlier versions, no longer in effect)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        outcome, ruleset = upgrade_packaged_rules(
            replace_staff_rules=options["replace_staff_rules"]
        )
        if outcome == "current":
            self.stdout.write("The packaged rules are already in effect.")
        elif outcome == "staff_rules":
            self.stdout.write(
                "The rules in effect were published by staff and differ from the packaged "
                "ones; nothing changed. Add --replace-staff-rules to replace them."
            )
        elif ruleset is not None:
            self.stdout.write(f"Installed the packaged rules as version {ruleset.version}.")
