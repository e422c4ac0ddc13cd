"""Close resolved tickets whose reopen window has passed (idempotent; run daily from cron)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from directcontracts.support.staff import close_stale_resolved


class Command(BaseCommand):
    help = "Close tickets resolved more than SUPPORT_REOPEN_DAYS ago."

    def handle(self, *args: Any, **options: Any) -> None:
        closed = close_stale_resolved(older_than_days=settings.SUPPORT_REOPEN_DAYS)
        self.stdout.write(f"closed={closed}")
