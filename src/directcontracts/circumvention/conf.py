"""Settings helpers for circumvention (read once, in settings.py)."""

from __future__ import annotations

import math
import os

from django.core.exceptions import ImproperlyConfigured


def env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number, not {raw!r}.") from None
    if not math.isfinite(value):
        raise ImproperlyConfigured(f"{name} must be a finite number, not {raw!r}.")
    return value
