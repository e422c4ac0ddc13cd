"""The staff groups (Django auth groups by these names). In core, below every app, so the
ledger's finance pages can name their group without importing accounts (DESIGN.md, layers)."""

from django.db import models


class StaffGroup(models.TextChoices):
    TRUST_SAFETY = "trust_safety", "Trust & Safety"
    SUPPORT = "support", "Support"
    FINANCE = "finance", "Finance"
