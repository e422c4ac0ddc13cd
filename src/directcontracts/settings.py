"""Settings, read once from the environment.

The defaults are production's: DEBUG off, no private-network webhooks, and a secret key
generated once and kept in the data folder (var/secret_key) when SECRET_KEY is not set.
`make run` (scripts/run.sh) turns on development mode explicitly; the test suite runs in
development mode. Production sets ALLOWED_HOSTS, DATABASE_URL and BASE_URL (and SECRET_KEY
when more than one machine serves the site).
A malformed value fails loudly at start-up (ImproperlyConfigured), never later.
"""

from __future__ import annotations

import secrets
import sys
from pathlib import Path
from typing import Any

from django.core.exceptions import ImproperlyConfigured

from directcontracts.core.config import (
    env_bool,
    env_int,
    env_list,
    env_networks,
    env_str,
    load_or_create_secret_key,
    parse_cache_url,
    parse_database_url,
    parse_email_url,
)

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent.parent
VAR_DIR = Path(env_str("DIRECTCONTRACTS_VAR_DIR", str(PROJECT_DIR / "var")))

TESTING = "pytest" in sys.modules or env_bool("DIRECTCONTRACTS_TESTING", False)
# Off unless asked for (scripts/run.sh asks for `make run`); the test suite runs with it on.
DEBUG = env_bool("DEBUG", TESTING)

# Never a fixed key (one in the source is public): the environment's, else one made on the
# first start and kept in the data folder (a fresh one per test run).
# `make serve` (check_production) refuses to start unless the key came from the environment.
SECRET_KEY_FROM_ENVIRONMENT = bool(env_str("SECRET_KEY", ""))
SECRET_KEY = env_str("SECRET_KEY", "") or (
    secrets.token_urlsafe(50) if TESTING else load_or_create_secret_key(VAR_DIR / "secret_key")
)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
BASE_URL = env_str("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [BASE_URL])

INSTALLED_APPS = [
    # django.contrib.admin with the project's admin site (core/admin_site.py).
    "directcontracts.core.admin_apps.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_tasks",
    "django_tasks_db",
    # Serves Swagger UI from its own static files (the default loads it from a CDN, which the
    # Content-Security-Policy and offline installations refuse).
    "ninja",
    # Project apps, bottom layer first (see DESIGN.md, "Layers").
    "directcontracts.core",
    "directcontracts.ledger",
    "directcontracts.screening",
    "directcontracts.notifications",
    "directcontracts.accounts",
    "directcontracts.catalog",
    "directcontracts.payments",
    "directcontracts.circumvention",
    "directcontracts.contracts",
    "directcontracts.disputes",
    "directcontracts.trust",
    "directcontracts.verification",
    "directcontracts.helpcenter",
    "directcontracts.support",
]

MIDDLEWARE = [
    "directcontracts.core.middleware.TrustedProxyMiddleware",
    "directcontracts.core.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "directcontracts.core.middleware.ContentSecurityPolicyMiddleware",
    "directcontracts.core.middleware.BodyLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "directcontracts.accounts.middleware.SessionActivityMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "directcontracts.accounts.middleware.StaffTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "directcontracts.core.middleware.FormEncodingMiddleware",
    "directcontracts.core.middleware.MethodNotAllowedPageMiddleware",
]

ROOT_URLCONF = "directcontracts.urls"
WSGI_APPLICATION = "directcontracts.wsgi.application"
ASGI_APPLICATION = "directcontracts.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "directcontracts.core.context_processors.site",
                "directcontracts.notifications.context_processors.unread",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------
# SQLite by default: WAL mode, IMMEDIATE transactions and a busy timeout, so that
# concurrent requests queue for the write lock instead of failing "database is locked".
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'directcontracts.sqlite3'}")
DATABASES = {"default": parse_database_url(DATABASE_URL)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Auth -----------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
# Ours first (it reads the profile with the user); Django's keeps older sessions valid.
AUTHENTICATION_BACKENDS = [
    "directcontracts.accounts.backends.AccountBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
if TESTING:
    PASSWORD_HASHERS.insert(0, "directcontracts.accounts.hashers.QuickArgon2PasswordHasher")
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("email", "full_name")},
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "directcontracts.accounts.passwords.BreachedPasswordValidator"},
]
LOGIN_URL = "accounts:sign_in"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"
# Verification and reset links expire after this many seconds.
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_TIMEOUT", 3 * 3600, minimum=60)
EMAIL_VERIFICATION_TIMEOUT = env_int("EMAIL_VERIFICATION_TIMEOUT", 3 * 86400, minimum=60)
# Sign-in throttling: attempts per window, per account and per client address.
SIGN_IN_LIMIT_PER_ACCOUNT = env_int("SIGN_IN_LIMIT_PER_ACCOUNT", 5, minimum=1)
SIGN_IN_LIMIT_PER_ADDRESS = env_int("SIGN_IN_LIMIT_PER_ADDRESS", 20, minimum=1)
SIGN_IN_LIMIT_WINDOW_SECONDS = env_int("SIGN_IN_LIMIT_WINDOW_SECONDS", 900, minimum=1)
SIGN_UP_LIMIT_PER_ADDRESS = env_int("SIGN_UP_LIMIT_PER_ADDRESS", 20, minimum=1)  # per hour
# "Download your data": how long a ready export (and its link) lasts, and requests a day.
DATA_EXPORT_DAYS = env_int("DATA_EXPORT_DAYS", 7, minimum=1)
DATA_EXPORTS_PER_DAY = env_int("DATA_EXPORTS_PER_DAY", 3, minimum=1)
DATA_EXPORT_DIR = VAR_DIR / "exports"
# The reverse proxies (addresses or CIDR networks) whose X-Forwarded-For is believed; the
# client's address is the first one from the right that is not one of them. Empty: none.
TRUSTED_PROXIES = env_networks("TRUSTED_PROXIES", [])

# --- Sessions, cookies, security headers ----------------------------------------------
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 14 * 86400, minimum=300)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "directcontracts.core.views.csrf_failure"
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SILENCED_SYSTEM_CHECKS: list[str] = []
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'self'; object-src 'none'"
)
# Ninja's interactive docs load Swagger UI from its own static files; they need inline style.
CONTENT_SECURITY_POLICY_API_DOCS = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; frame-ancestors 'none'; object-src 'none'"
)

# --- API ------------------------------------------------------------------------------
API_MAX_BODY_BYTES = env_int("API_MAX_BODY_BYTES", 1_000_000, minimum=1024)
# Pages' form posts (file uploads have their own limit, API_MAX_UPLOAD_BYTES below).
WEB_MAX_BODY_BYTES = env_int("WEB_MAX_BODY_BYTES", 1_000_000, minimum=1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = max(API_MAX_BODY_BYTES, WEB_MAX_BODY_BYTES)
# Every API list is paginated with a maximum (core/pagination.py).
NINJA_PAGINATION_CLASS = "directcontracts.core.pagination.LimitOffset"
NINJA_PAGINATION_PER_PAGE = 20
NINJA_PAGINATION_MAX_LIMIT = 100
API_TOKEN_PREFIX = "dc_"  # noqa: S105 - a public prefix, not a secret

# --- Email ----------------------------------------------------------------------------
EMAIL_URL = env_str("EMAIL_URL", "console://")
globals().update(parse_email_url(EMAIL_URL))
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Direct Contracts <no-reply@directcontracts.local>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Background tasks -----------------------------------------------------------------
TASKS_BACKEND = env_str("TASKS_BACKEND", "db")
REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:6379/0")
TASKS: dict[str, dict[str, Any]]
if TASKS_BACKEND == "db":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
elif TASKS_BACKEND == "rq":
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    RQ_QUEUES = {"default": {"URL": REDIS_URL}}
elif TASKS_BACKEND == "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
else:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be db, rq or immediate, not {TASKS_BACKEND!r}.")

# --- Cache ----------------------------------------------------------------------------
# CACHE_URL=redis://... shares the cache between workers and keeps sessions in it (read from
# the cache, written through to the database), so a signed-in page costs no session query.
# Without it: a per-process memory cache and sessions in the database, correct on SQLite alone.
CACHE_URL = env_str("CACHE_URL", "")
CACHES = {"default": parse_cache_url(CACHE_URL, key_prefix=env_str("CACHE_KEY_PREFIX", "dc"))}
# The contract page's body per viewer (contracts/page_cache.py), checked against the data on
# every hit. Its own cache: in Redis beside the rest (under its own prefix), else this
# process's memory, bounded to CONTRACT_PAGE_CACHE_ENTRIES bodies (about 30 KB each).
CONTRACT_PAGE_CACHE = env_bool("CONTRACT_PAGE_CACHE", True)
CONTRACT_PAGE_CACHE_SECONDS = env_int("CONTRACT_PAGE_CACHE_SECONDS", 600, minimum=1)
CACHES["contract_pages"] = {
    **parse_cache_url(CACHE_URL, key_prefix=env_str("CACHE_KEY_PREFIX", "dc") + "-pages"),
    "TIMEOUT": CONTRACT_PAGE_CACHE_SECONDS,
    "OPTIONS": {"MAX_ENTRIES": env_int("CONTRACT_PAGE_CACHE_ENTRIES", 500, minimum=1)},
}
if CACHES["contract_pages"]["BACKEND"].endswith("RedisCache"):
    CACHES["contract_pages"]["OPTIONS"] = {}  # Redis bounds itself (maxmemory, the timeout)
else:
    CACHES["contract_pages"]["LOCATION"] = "contract-pages"
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if CACHES["default"]["BACKEND"].endswith("RedisCache")
    else "django.contrib.sessions.backends.db"
)
# How long what is the same for everyone (the published catalog) may be served from the cache.
PUBLIC_CACHE_SECONDS = env_int("PUBLIC_CACHE_SECONDS", 300, minimum=0)

# --- Static and media -----------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG or TESTING
        else "directcontracts.core.staticfiles.ForgivingManifestStorage"
    },
}
# Without `collectstatic` (DEBUG off, started by hand) the files are served from the app
# folders instead of answering every page with 500; `make serve` always collects them.
WHITENOISE_USE_FINDERS = DEBUG or not (STATIC_ROOT / "staticfiles.json").exists()

# --- Internationalisation ------------------------------------------------------------
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Logging: one JSON object a line in production, readable lines in development -----
LOG_FORMAT = env_str("LOG_FORMAT", "text" if DEBUG else "json")
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "directcontracts.core.logging.RequestIdFilter"}},
    "formatters": {
        "json": {"()": "directcontracts.core.logging.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# --- Product settings -----------------------------------------------------------------
PLATFORM_NAME = env_str("PLATFORM_NAME", "Direct Contracts")
# Where people report security problems (/.well-known/security.txt): a mailto: or https: URI.
# Empty: the Get Help form.
SECURITY_CONTACT = env_str("SECURITY_CONTACT", "")
MARKETPLACE_SIGN_IN_URL = env_str("MARKETPLACE_SIGN_IN_URL", f"{BASE_URL}/accounts/sign-in/")
SUPPORTED_CURRENCIES = env_list("SUPPORTED_CURRENCIES", ["USD", "EUR", "GBP", "CAD", "AUD", "INR"])
LEDGER_MAX_AMOUNT_MINOR = env_int("LEDGER_MAX_AMOUNT_MINOR", 10**12, minimum=1)

# --- ledger (escrow ledger settings live in this block) --------------------------------

# --- notifications ----------------------------------------------------------------------
WEBHOOK_TIMEOUT_SECONDS = env_int("WEBHOOK_TIMEOUT_SECONDS", 10, minimum=1)
WEBHOOK_MAX_ATTEMPTS = env_int("WEBHOOK_MAX_ATTEMPTS", 7, minimum=1)
WEBHOOK_RETRY_SCHEDULE = [
    int(s)
    for s in env_list("WEBHOOK_RETRY_SCHEDULE", ["60", "300", "1800", "7200", "28800", "86400"])
]
# Webhooks to private and loopback addresses are refused (no requests into our own
# network) unless configured: `make run` allows them for a local receiver.
WEBHOOK_ALLOW_PRIVATE_NETWORKS = env_bool("WEBHOOK_ALLOW_PRIVATE_NETWORKS", False)
WEBHOOK_MAX_ENDPOINTS_PER_USER = env_int("WEBHOOK_MAX_ENDPOINTS_PER_USER", 20, minimum=1)
# How long the "Turn off emails like this" link of a notice email works (and its
# List-Unsubscribe header, RFC 8058): mail is read late, so longer than sign-in links.
EMAIL_UNSUBSCRIBE_LINK_DAYS = env_int("EMAIL_UNSUBSCRIBE_LINK_DAYS", 90, minimum=1)
# The UTC hour (0-23) of the daily email digest, for the groups a person chose to get that
# way (notifications/digests.py; checked by notifications.conf.digest_hour_utc).
EMAIL_DIGEST_HOUR_UTC = env_int("EMAIL_DIGEST_HOUR_UTC", 8, minimum=0)
if EMAIL_DIGEST_HOUR_UTC > 23:
    raise ImproperlyConfigured(
        f"EMAIL_DIGEST_HOUR_UTC must be 0 to 23, not {EMAIL_DIGEST_HOUR_UTC}."
    )
# Feedback is blind (contracts/feedback.py): each party's shows once both have left theirs or
# this many days after the contract ended, when leaving feedback stops.
FEEDBACK_WINDOW_DAYS = env_int("FEEDBACK_WINDOW_DAYS", 14, minimum=1)

# --- payments ---------------------------------------------------------------------------
PAYMENT_GATEWAY = env_str("PAYMENT_GATEWAY", "sandbox")
# The sandbox processor's timings (seconds) and fee; its webhook secret signs its events.
SANDBOX_CARD_SETTLE_SECONDS = env_int("SANDBOX_CARD_SETTLE_SECONDS", 5, minimum=0)
SANDBOX_BANK_SETTLE_SECONDS = env_int("SANDBOX_BANK_SETTLE_SECONDS", 120, minimum=0)
SANDBOX_CHARGEBACK_SECONDS = env_int("SANDBOX_CHARGEBACK_SECONDS", 60, minimum=0)
SANDBOX_PAYOUT_SECONDS = env_int("SANDBOX_PAYOUT_SECONDS", 30, minimum=0)
SANDBOX_FEE_BPS = env_int("SANDBOX_FEE_BPS", 290, minimum=0)
SANDBOX_FEE_FIXED_MINOR = env_int("SANDBOX_FEE_FIXED_MINOR", 30, minimum=0)
SANDBOX_WEBHOOK_SECRET = env_str("SANDBOX_WEBHOOK_SECRET", "") or f"sandbox-{SECRET_KEY}"
MINIMUM_PAYOUT_MINOR = env_int("MINIMUM_PAYOUT_MINOR", 1_000, minimum=1)
# Card testing (payments/charges.py): cards and bank accounts a person may add in a day
# (numbers the processor refuses count too), and declined charges in 24 hours after which
# no further charge is asked of the processor for them.
PAYMENT_METHODS_PER_DAY = env_int("PAYMENT_METHODS_PER_DAY", 10, minimum=1)
DECLINED_PAYMENTS_PER_DAY = env_int("DECLINED_PAYMENTS_PER_DAY", 5, minimum=1)

# --- catalog and screening ------------------------------------------------------------

# --- circumvention ----------------------------------------------------------------------
from directcontracts.circumvention.conf import env_float  # noqa: E402

# Match scores are Fellegi-Sunter weights in bits; see docs/circumvention.md for the choice.
CIRCUMVENTION_BLOCK_SCORE = env_float("CIRCUMVENTION_BLOCK_SCORE", 12.0)
CIRCUMVENTION_REVIEW_SCORE = env_float("CIRCUMVENTION_REVIEW_SCORE", 9.0)
if CIRCUMVENTION_REVIEW_SCORE > CIRCUMVENTION_BLOCK_SCORE:
    raise ImproperlyConfigured(
        "CIRCUMVENTION_REVIEW_SCORE must not exceed CIRCUMVENTION_BLOCK_SCORE."
    )

# --- contracts --------------------------------------------------------------------------
# Fees in basis points (1/100 of a percent): the freelancer's service fee is taken from each
# release; the client's processing fee is added when funding, by payment method.
FREELANCER_FEE_BPS = env_int("FREELANCER_FEE_BPS", 500, minimum=0)
CLIENT_CARD_FEE_BPS = env_int("CLIENT_CARD_FEE_BPS", 340, minimum=0)
CLIENT_BANK_DEBIT_FEE_BPS = env_int("CLIENT_BANK_DEBIT_FEE_BPS", 0, minimum=0)
REVIEW_PERIOD_DAYS = env_int("REVIEW_PERIOD_DAYS", 14, minimum=1)
REVIEW_EXTENSION_MAX_DAYS = env_int("REVIEW_EXTENSION_MAX_DAYS", 7, minimum=1)
INVITATION_EXPIRY_DAYS = env_int("INVITATION_EXPIRY_DAYS", 14, minimum=1)
INVITATION_CODE_MINUTES = env_int("INVITATION_CODE_MINUTES", 15, minimum=1)
# Wrong codes an invitation allows in all; then it is locked until the freelancer re-sends it.
INVITATION_CODE_MAX_ATTEMPTS = env_int("INVITATION_CODE_MAX_ATTEMPTS", 5, minimum=1)
# Invitation emails (sent and re-sent) per freelancer.
INVITATION_EMAILS_PER_HOUR = env_int("INVITATION_EMAILS_PER_HOUR", 20, minimum=1)
INVITATION_EMAILS_PER_DAY = env_int("INVITATION_EMAILS_PER_DAY", 100, minimum=1)
# Messages and proposed changes one party sends the other on one contract, an hour (each
# is a notice and an email to the other party, and is screened).
MESSAGES_PER_HOUR = env_int("MESSAGES_PER_HOUR", 60, minimum=1)
# Drafts a freelancer creates or edits an hour: each save screens every text of the draft,
# and a text sent to review is an item in Trust & Safety's queue.
DRAFT_SAVES_PER_HOUR = env_int("DRAFT_SAVES_PER_HOUR", 60, minimum=1)
# Proposed changes one party may have waiting on one contract at once (each is listed with
# its Accept and Decline buttons on the other party's page).
OPEN_PROPOSALS_PER_PARTY = env_int("OPEN_PROPOSALS_PER_PARTY", 10, minimum=1)
REFUND_ANSWER_DAYS = env_int("REFUND_ANSWER_DAYS", 7, minimum=1)
# New freelancer accounts wait longer before released money can be paid out.
NEW_ACCOUNT_DAYS = env_int("NEW_ACCOUNT_DAYS", 30, minimum=0)
NEW_ACCOUNT_HOLD_DAYS = env_int("NEW_ACCOUNT_HOLD_DAYS", 10, minimum=0)
RELEASE_SECURITY_HOLD_DAYS = env_int("RELEASE_SECURITY_HOLD_DAYS", 5, minimum=0)
MAX_MILESTONES_PER_CONTRACT = env_int("MAX_MILESTONES_PER_CONTRACT", 50, minimum=1)
# How far ahead a milestone may be due (a typo like 9999-12-31 is not a plan).
MILESTONE_DUE_DATE_MAX_YEARS = env_int("MILESTONE_DUE_DATE_MAX_YEARS", 5, minimum=1)
DELIVERABLE_MAX_FILES = env_int("DELIVERABLE_MAX_FILES", 10, minimum=1)
DELIVERABLE_MAX_FILE_BYTES = env_int("DELIVERABLE_MAX_FILE_BYTES", 25 * 1024 * 1024, minimum=1024)
# Picture previews are made by the worker in a sandboxed child process (core/sandbox.py):
# bounds checked on the file's header before decoding, then the child's own limits.
PREVIEW_MAX_PIXELS = env_int("PREVIEW_MAX_PIXELS", 40_000_000, minimum=1)
PREVIEW_MAX_PDF_PAGES = env_int("PREVIEW_MAX_PDF_PAGES", 2000, minimum=1)
PREVIEW_CPU_SECONDS = env_int("PREVIEW_CPU_SECONDS", 10, minimum=1)
PREVIEW_MEMORY_MB = env_int("PREVIEW_MEMORY_MB", 1024, minimum=256)
PREVIEW_TIMEOUT_SECONDS = env_int("PREVIEW_TIMEOUT_SECONDS", 30, minimum=1)
# Multipart API uploads (deliverables) may carry every file of one submission.
API_MAX_UPLOAD_BYTES = DELIVERABLE_MAX_FILES * DELIVERABLE_MAX_FILE_BYTES + 1_000_000
# Uploads go to disk past this size instead of memory (deliverables can be large).
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# --- disputes ---------------------------------------------------------------------------
# Deadlines of a dispute (days): the other party responds, the mediator proposes, the parties
# answer the proposal, staff decide (a target: no default outcome for staff).
DISPUTE_RESPONSE_DAYS = env_int("DISPUTE_RESPONSE_DAYS", 5, minimum=1)
DISPUTE_PROPOSAL_DAYS = env_int("DISPUTE_PROPOSAL_DAYS", 2, minimum=1)
DISPUTE_ANSWER_DAYS = env_int("DISPUTE_ANSWER_DAYS", 2, minimum=1)
DISPUTE_DECISION_DAYS = env_int("DISPUTE_DECISION_DAYS", 2, minimum=1)
DISPUTE_MAX_EVIDENCE_FILES = env_int("DISPUTE_MAX_EVIDENCE_FILES", 20, minimum=1)
# Dormant escrow: no activity this many days after the contract's last milestone date.
DORMANT_AFTER_DAYS = env_int("DORMANT_AFTER_DAYS", 90, minimum=14)
DORMANT_FREELANCER_DAYS = env_int("DORMANT_FREELANCER_DAYS", 7, minimum=1)
DORMANT_CLIENT_DAYS = env_int("DORMANT_CLIENT_DAYS", 14, minimum=1)

# --- helpcenter and support -------------------------------------------------------------
# Helpful votes per hour: per address for visitors (known by a cookie), per signed-in person.
HELP_VOTE_LIMIT_PER_ADDRESS = env_int("HELP_VOTE_LIMIT_PER_ADDRESS", 60, minimum=1)
HELP_VOTE_LIMIT_PER_USER = env_int("HELP_VOTE_LIMIT_PER_USER", 120, minimum=1)
# Get Help requests per hour from one address (visitors) or one person.
SUPPORT_REQUEST_LIMIT_PER_ADDRESS = env_int("SUPPORT_REQUEST_LIMIT_PER_ADDRESS", 10, minimum=1)
SUPPORT_REQUEST_LIMIT_PER_USER = env_int("SUPPORT_REQUEST_LIMIT_PER_USER", 20, minimum=1)
# A visitor's request waits until they confirm their address through this link's lifetime.
SUPPORT_CONFIRM_LINK_HOURS = env_int("SUPPORT_CONFIRM_LINK_HOURS", 72, minimum=1)
# Links that let a visitor read and answer their ticket on the web.
SUPPORT_ACCESS_LINK_DAYS = env_int("SUPPORT_ACCESS_LINK_DAYS", 60, minimum=1)
SUPPORT_REOPEN_DAYS = env_int("SUPPORT_REOPEN_DAYS", 14, minimum=1)
SUPPORT_MAX_ATTACHMENTS = env_int("SUPPORT_MAX_ATTACHMENTS", 5, minimum=0)
SUPPORT_MAX_ATTACHMENT_BYTES = env_int(
    "SUPPORT_MAX_ATTACHMENT_BYTES", 5 * 1024 * 1024, minimum=1024
)
# What one person may attach to Get Help requests and replies in any 24 hours, all together
# (`429 attachment_budget_spent` beyond it): four full messages of five 5 MB files.
SUPPORT_ATTACHMENT_BYTES_PER_DAY = env_int(
    "SUPPORT_ATTACHMENT_BYTES_PER_DAY", 100 * 1024 * 1024, minimum=1024
)
# Replies by email: `support+<token>@<domain>` is set as Reply-To when this is configured
# (e.g. "support@help.example.com"); the mail server pipes replies to
# `directcontracts receive_support_email`. Empty: replies are made on the web only.
SUPPORT_INBOUND_ADDRESS = env_str("SUPPORT_INBOUND_ADDRESS", "").strip()
if SUPPORT_INBOUND_ADDRESS and SUPPORT_INBOUND_ADDRESS.count("@") != 1:
    raise ImproperlyConfigured("SUPPORT_INBOUND_ADDRESS must be one email address.")
# Hours to the first staff reply, by priority (the SLA the queue counts down).
SUPPORT_SLA_HOURS = {
    "urgent": env_int("SUPPORT_SLA_URGENT_HOURS", 1, minimum=1),
    "high": env_int("SUPPORT_SLA_HIGH_HOURS", 4, minimum=1),
    "normal": env_int("SUPPORT_SLA_NORMAL_HOURS", 24, minimum=1),
    "low": env_int("SUPPORT_SLA_LOW_HOURS", 72, minimum=1),
}

# --- Payment-request verification ------------------------------------------------------
# The signing keys' secrets are derived from this (or from SECRET_KEY when it is empty).
VERIFICATION_SECRET = env_str("VERIFICATION_SECRET", "")
# Our own domains besides BASE_URL's: links there are ours, anywhere else a look-alike.
VERIFICATION_OWN_DOMAINS = env_list("VERIFICATION_OWN_DOMAINS", [])
VERIFY_CHECKS_PER_HOUR = env_int("VERIFY_CHECKS_PER_HOUR", 60, minimum=1)
# How long a signed request to fund a milestone stays valid (a new one is signed on demand).
FUNDING_REQUEST_VALID_DAYS = env_int("FUNDING_REQUEST_VALID_DAYS", 30, minimum=1)

# --- Trust & Safety ---------------------------------------------------------------------
# Flag as Inappropriate: per person an hour (twice that per address).
FLAGS_PER_HOUR = env_int("FLAGS_PER_HOUR", 10, minimum=1)
