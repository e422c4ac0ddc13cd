"""People, their roles and profiles, their sign-in sessions, API tokens and second factor."""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower

from directcontracts.core import clock
from directcontracts.core.staff_groups import StaffGroup as StaffGroup  # its home is core


def normalize_email(email: str) -> str:
    """Emails are compared and stored case-insensitively."""
    return email.strip().lower()


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def get_by_email(self, email: str) -> User | None:
        return self.filter(email=normalize_email(email)).first()

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=normalize_email(email), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        extra.setdefault("email_verified_at", clock.now())
        return self.create_user(email, password, **extra)


class AccountKind(models.TextChoices):
    MARKETPLACE = "marketplace", "Marketplace account"
    DIRECT_CLIENT = "direct_client", "Direct Contracts client (lightweight)"


class User(AbstractBaseUser, PermissionsMixin):
    """A person. Roles are flags: one person can be a freelancer and a client at once.

    `account_kind` tells a full marketplace account from the lightweight client account
    that accepting a Direct Contract invitation creates: only the latter may be invited.
    """

    email = models.EmailField(unique=True, max_length=254)
    full_name = models.CharField(max_length=150, blank=True)
    is_freelancer = models.BooleanField(default=False)
    is_client = models.BooleanField(default=False)
    account_kind = models.CharField(
        max_length=20, choices=AccountKind.choices, default=AccountKind.MARKETPLACE
    )
    is_staff = models.BooleanField(default=False, help_text="Can sign in to the back office.")
    is_active = models.BooleanField(default=True)
    email_verified_at = models.DateTimeField(null=True, blank=True)
    date_joined = models.DateTimeField(default=clock.now)
    # Set when the person closed their account (accounts/closure.py): signed out for good,
    # personal data erased or pseudonymised, the ledger and contracts kept.
    closed_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    class Meta:
        constraints = [models.UniqueConstraint(Lower("email"), name="user_email_ci_unique")]
        ordering = ["id"]

    def __str__(self) -> str:
        return self.email

    @property
    def email_verified(self) -> bool:
        return self.email_verified_at is not None

    @property
    def display_name(self) -> str:
        profile = getattr(self, "freelancer_profile", None)
        if profile is not None and profile.display_name:
            return str(profile.display_name)
        return self.full_name or self.email.split("@")[0]

    def in_staff_group(self, *groups: str) -> bool:
        if not self.is_staff:
            return False
        if self.is_superuser:
            return True
        return self.groups.filter(name__in=groups).exists()

    @property
    def roles(self) -> list[str]:
        roles = [
            name
            for name, flag in (("freelancer", self.is_freelancer), ("client", self.is_client))
            if flag
        ]
        if self.is_staff:
            roles += list(self.groups.values_list("name", flat=True).order_by("name"))
        return roles

    @property
    def role_labels(self) -> list[str]:
        """The roles in words, for pages: a staff group by its name ("Trust & Safety"), not its code."""
        labels = dict(StaffGroup.choices)
        return [labels.get(role, role) for role in self.roles]


class FreelancerProfile(models.Model):
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="freelancer_profile")
    display_name = models.CharField(max_length=100)
    country = models.CharField(max_length=2, help_text="ISO 3166-1 alpha-2 code")
    payout_currency = models.CharField(max_length=3, default="USD")
    agency_name = models.CharField(max_length=150, blank=True, help_text="Set for agency members.")

    def __str__(self) -> str:
        return self.display_name


class ClientProfile(models.Model):
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="client_profile")
    name = models.CharField(max_length=150)
    company = models.CharField(max_length=150, blank=True)
    country = models.CharField(max_length=2, help_text="ISO 3166-1 alpha-2 code")

    def __str__(self) -> str:
        return self.company or self.name


class UserSession(models.Model):
    """One signed-in browser, so that a person can see and end their sessions."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="signed_in_sessions")
    session_key = models.CharField(max_length=64, unique=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=clock.now)
    last_seen_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["-last_seen_at"]

    def __str__(self) -> str:
        return f"{self.user} from {self.ip_address or 'unknown'}"

    @property
    def device(self) -> str:
        """The browser and system in words ("Firefox on Windows"), for the sessions list."""
        from directcontracts.accounts.devices import device_in_words

        return device_in_words(self.user_agent)


class ApiToken(models.Model):
    """A personal API token. Only its SHA-256 digest is kept; the secret is shown once.

    (A fast digest is right here, unlike for passwords: the secret is 256 random bits.)
    """

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    prefix = models.CharField(
        max_length=16, help_text="The first characters, to recognise a token."
    )
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=clock.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(
        null=True, blank=True, help_text="Refused from this moment; empty: never expires."
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and (
            self.expires_at is None or self.expires_at > clock.now()
        )


class TotpDevice(models.Model):
    """TOTP second factor. Confirmed once the person enters a first valid code."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="totp_device")
    secret = models.CharField(max_length=64)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    last_used_step = models.BigIntegerField(default=0, help_text="Refuses a code used twice.")
    created_at = models.DateTimeField(default=clock.now)

    def __str__(self) -> str:
        return f"TOTP for {self.user}"

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None


class RecoveryCode(models.Model):
    """A single-use recovery code, hashed like a password (salted, slow): `digest` is
    make_password(sha256(code)), the SHA-256 inside letting the codes stored unsalted
    before (migration 0005) be wrapped in place."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="recovery_codes")
    digest = models.CharField(max_length=255)
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"recovery code of {self.user}"


class AccountEvent(models.Model):
    """Append-only audit trail of security-relevant events (sign-ins, 2FA, tokens, staff)."""

    class Kind(models.TextChoices):
        SIGNED_UP = "signed_up"
        EMAIL_VERIFIED = "email_verified"
        SIGNED_IN = "signed_in"
        SIGN_IN_FAILED = "sign_in_failed"
        SIGNED_OUT = "signed_out"
        SESSION_ENDED = "session_ended"
        PASSWORD_RESET_REQUESTED = "password_reset_requested"
        PASSWORD_CHANGED = "password_changed"
        TOTP_ENABLED = "totp_enabled"
        TOTP_DISABLED = "totp_disabled"
        RECOVERY_CODE_USED = "recovery_code_used"
        TOKEN_CREATED = "token_created"
        TOKEN_REVOKED = "token_revoked"
        PROFILE_UPDATED = "profile_updated"
        ROLE_TURNED_ON = "role_turned_on"
        DATA_EXPORT_REQUESTED = "data_export_requested"
        DATA_EXPORT_DOWNLOADED = "data_export_downloaded"
        ACCOUNT_CLOSED = "account_closed"

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, null=True, related_name="account_events"
    )
    kind = models.CharField(max_length=40, choices=Kind.choices)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    detail = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=clock.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.kind} {self.user_id} {self.created_at:%Y-%m-%d %H:%M}"


class DataExportState(models.TextChoices):
    PENDING = "pending", "Being prepared"
    READY = "ready", "Ready to download"
    FAILED = "failed", "Could not be prepared"
    EXPIRED = "expired", "Expired"


class DataExport(models.Model):
    """A person's "Download your data": a ZIP of JSON files built by the worker, kept under
    the data folder for `DATA_EXPORT_DAYS` and then deleted (accounts/data_export.py)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="data_exports")
    state = models.CharField(
        max_length=10, choices=DataExportState.choices, default=DataExportState.PENDING
    )
    created_at = models.DateTimeField(default=clock.now)
    ready_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    # A random name inside the exports folder (never derived from the person).
    file_name = models.CharField(max_length=80, blank=True)
    size_bytes = models.BigIntegerField(default=0)
    sha256 = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # One export being prepared at a time per person.
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(state="pending"),
                name="one_pending_data_export_per_user",
            )
        ]

    def __str__(self) -> str:
        return f"data export {self.pk} of {self.user_id} ({self.state})"
