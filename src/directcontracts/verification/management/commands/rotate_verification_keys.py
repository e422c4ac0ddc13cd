"""`directcontracts rotate_verification_keys [--retire KID ...]`

Without options: a new key signs from now on; the older ones still verify what they signed.
`--retire KID`: that key stops verifying (what it signed then answers `forged`).
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser

from directcontracts.core.errors import DomainError
from directcontracts.verification import keys
from directcontracts.verification.models import VerificationKey


class Command(BaseCommand):
    help = "Rotate the keys that sign payment requests, or retire an old one."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--retire", action="append", default=[], metavar="KID")

    def handle(self, *args: object, **options: object) -> None:
        retire = list(options["retire"])  # type: ignore[call-overload]
        if not retire:
            keys.active_key()  # the first key, if none was made yet
            new = keys.rotate_key()
            self.stdout.write(f"New signing key {new.kid}; older keys still verify.")
        for kid in retire:
            try:
                keys.retire_key(kid)
            except DomainError as refused:
                raise CommandError(refused.message) from refused
            self.stdout.write(f"Retired {kid}: what it signed no longer verifies.")
        for key in VerificationKey.objects.all():
            self.stdout.write(f"  {key}")
