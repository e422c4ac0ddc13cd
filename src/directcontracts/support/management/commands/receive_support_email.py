"""Add an emailed reply to its ticket: `directcontracts receive_support_email < message.eml`.

Point the mail server's delivery for `support+*@<SUPPORT_INBOUND_ADDRESS domain>` at this
command (a Postfix pipe, or any MTA hook that runs it with the raw message on stdin).
Exit status 0: the message landed (or had landed already); 67 (EX_NOUSER): refused, so
the server bounces it to the sender with the reason.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from directcontracts.support.inbound import MAX_EMAIL_BYTES, receive_email

EX_NOUSER = 67


class Command(BaseCommand):
    help = "Read one RFC 5322 email (stdin or --file) and add it to the ticket it answers."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--file", help="Read the message from this file instead of stdin.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["file"]:
            with Path(options["file"]).open("rb") as handle:
                raw = handle.read(MAX_EMAIL_BYTES + 1)
        else:
            raw = sys.stdin.buffer.read(MAX_EMAIL_BYTES + 1)
        result = receive_email(raw)
        reference = f" ({result.ticket_reference})" if result.ticket_reference else ""
        if result.accepted:
            self.stdout.write(f"ok{reference}: {result.reason}")
            return
        raise CommandError(f"refused{reference}: {result.reason}", returncode=EX_NOUSER)
