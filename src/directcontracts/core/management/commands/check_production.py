"""`directcontracts check_production`: may this configuration serve real users?

`make serve` runs it first and refuses to start on any problem, naming each one and what to
set, so a production site never runs on a generated key or with debug pages.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# Django's own advice for a key (check --deploy, security.W009).
_MIN_KEY_LENGTH = 50
_MIN_KEY_CHARACTERS = 5


def production_problems() -> list[str]:
    """Each problem as one sentence that says what to set."""
    problems = []
    if not settings.SECRET_KEY_FROM_ENVIRONMENT:
        problems.append(
            "SECRET_KEY is not set: set it to a long random value, for example "
            "`python3 -c 'import secrets; print(secrets.token_urlsafe(50))'`."
        )
    elif (
        len(settings.SECRET_KEY) < _MIN_KEY_LENGTH
        or len(set(settings.SECRET_KEY)) < _MIN_KEY_CHARACTERS
    ):
        problems.append(
            f"SECRET_KEY is too weak: use at least {_MIN_KEY_LENGTH} random characters."
        )
    if settings.DEBUG:
        problems.append("DEBUG is on: unset it or set DEBUG=false.")
    return problems


class Command(BaseCommand):
    help = "Refuses (exit status 1) unless the settings are fit to serve real users."

    def handle(self, *args: object, **options: object) -> None:
        problems = production_problems()
        if problems:
            raise CommandError(
                "Not starting in production mode:\n" + "\n".join(f"  - {p}" for p in problems)
            )
        self.stdout.write("Production settings: OK")
