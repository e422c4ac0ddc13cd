"""Small helpers that read settings from the environment and fail loudly when malformed."""

from __future__ import annotations

import ipaddress
import os
import secrets
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}.")


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {value}.")
    return value


def env_decimal(name: str, default: str) -> Decimal:
    raw = os.environ.get(name, default)
    try:
        return Decimal(raw)
    except InvalidOperation:
        raise ImproperlyConfigured(f"{name} must be a decimal number, not {raw!r}.") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_networks(
    name: str, default: list[str]
) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    """A comma-separated list of addresses or CIDR networks (`10.0.0.0/8, ::1`)."""
    networks = []
    for item in env_list(name, default):
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ImproperlyConfigured(
                f"{name} must list IP addresses or networks such as 10.0.0.0/8, not {item!r}."
            ) from None
    return networks


def load_or_create_secret_key(path: Path) -> str:
    """The key kept in `path` (the data folder), made on first start when none is set.

    Made in a temporary file and linked into place, so that processes starting together
    (gunicorn workers) agree on one key: whoever links first wins, the others read it.
    """
    try:
        if not path.exists():
            _create_secret_key(path)
        return _read_secret_key(path)
    except OSError as exc:
        raise ImproperlyConfigured(
            f"SECRET_KEY is not set and none can be kept in {path} ({exc.strerror}). Set "
            "SECRET_KEY, or make the data folder (DIRECTCONTRACTS_VAR_DIR) writable."
        ) from None


def _create_secret_key(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".secret_key.")
    with os.fdopen(fd, "w") as file:  # mkstemp makes it readable by its owner only
        file.write(secrets.token_urlsafe(50) + "\n")
    try:
        os.link(temporary, path)
    except FileExistsError:
        pass
    finally:
        os.unlink(temporary)


def _read_secret_key(path: Path) -> str:
    key = path.read_text().strip()
    if len(key) < 50:
        raise ImproperlyConfigured(f"The secret key in {path} is too short; delete the file.")
    return key


def _port(parts: SplitResult, name: str) -> int | None:
    """The URL's port; urllib raises ValueError for a non-number or one out of range."""
    try:
        return parts.port
    except ValueError:
        raise ImproperlyConfigured(
            f"{name} has a port that is not a number from 0 to 65535."
        ) from None


def parse_database_url(url: str) -> dict[str, Any]:
    """Turn DATABASE_URL into a Django DATABASES entry.

    SQLite gets WAL, IMMEDIATE transactions and a busy timeout; PostgreSQL keeps
    connections for a minute and checks them before use.
    """
    scheme = urlsplit(url).scheme
    if scheme == "sqlite":
        path = url[len("sqlite://") :]
        # sqlite:///relative.db and sqlite:////absolute/path.db, as dj-database-url reads them.
        name = path[1:] if path.startswith("/") else path
        name = name or ":memory:"
        if name != ":memory:":
            Path(name).parent.mkdir(parents=True, exist_ok=True)
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": name,
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                    "PRAGMA busy_timeout=20000; PRAGMA foreign_keys=ON;"
                ),
            },
            "TEST": {"NAME": None},
        }
    if scheme in {"postgres", "postgresql", "pgsql"}:
        parts = urlsplit(url)
        options = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parts.path.lstrip("/")) or "directcontracts",
            "USER": unquote(parts.username or "postgres"),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(_port(parts, "DATABASE_URL") or ""),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": options,
        }
    raise ImproperlyConfigured(
        f"DATABASE_URL must start with sqlite:// or postgres://, not {scheme or url!r}."
    )


def parse_email_url(url: str) -> dict[str, Any]:
    """Turn EMAIL_URL into Django's EMAIL_* settings.

    console://  (default)   smtp://user:pass@host:port   smtp+tls://...   smtp+ssl://...
    locmem://               file:///path/to/folder
    """
    parts = urlsplit(url)
    scheme = parts.scheme
    if scheme == "console":
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if scheme == "locmem":
        return {"EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    if scheme == "file":
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": parts.path,
        }
    if scheme in {"smtp", "smtp+tls", "smtp+ssl"}:
        if not parts.hostname:
            raise ImproperlyConfigured("EMAIL_URL for SMTP must name a host.")
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": parts.hostname,
            "EMAIL_PORT": _port(parts, "EMAIL_URL")
            or (465 if scheme == "smtp+ssl" else 587 if scheme == "smtp+tls" else 25),
            "EMAIL_HOST_USER": unquote(parts.username or ""),
            "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
            "EMAIL_USE_TLS": scheme == "smtp+tls",
            "EMAIL_USE_SSL": scheme == "smtp+ssl",
            "EMAIL_TIMEOUT": 10,
        }
    raise ImproperlyConfigured(
        f"EMAIL_URL must be console://, smtp://, smtp+tls://, smtp+ssl://, locmem:// or file://, not {url!r}."
    )


def parse_cache_url(url: str, *, key_prefix: str) -> dict[str, Any]:
    """Turn CACHE_URL into Django's default cache.

    ""  (default): this process's memory     locmem://     redis://host:6379/1   rediss://...
    """
    scheme = urlsplit(url).scheme
    if scheme in {"", "locmem"}:
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    if scheme in {"redis", "rediss"}:
        return {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": key_prefix,
        }
    raise ImproperlyConfigured(
        f"CACHE_URL must start with redis://, rediss:// or locmem://, not {url!r}."
    )
