"""Download your data: a person's own records as a ZIP of JSON files.

Design:

1. `request_data_export` (the settings page or `POST /api/v1/me/export`) refuses a second
   request while one is being prepared (`409 export_in_progress`; a partial unique index
   keeps it one even under a race), counts `DATA_EXPORTS_PER_DAY` per person
   (`429 rate_limited`; requests queue per person first, so a request refused as in
   progress, raced or not, is never counted nor told it is over the limit), and enqueues `build_data_export_task` when the request commits.
2. The worker (`build_data_export`) claims the pending row, asks each app for its section
   (`personal_data.register_export_section`: each keeps to the person's own view), writes
   the ZIP under `DATA_EXPORT_DIR` with a random name (temporary file, then rename), marks it
   ready for `DATA_EXPORT_DAYS` and emails the link. A failure marks it failed, so the
   person can ask again.
3. The link carries a signed token (export and person, `TimestampSigner` with its own salt,
   `DATA_EXPORT_DAYS` old at most by the project clock: it carries the moment it was made,
   "iat", read from `core.clock`; a link made before that is aged by its signature's time). Downloading needs that token *and* being signed in as
   that person: another person's export is 404, an expired or altered token 400.
4. Expired files are deleted by `purge_expired_exports` (run on each new request, and by
   `purge_data_exports_task`, scheduled for when each export expires).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import zipfile
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse

from directcontracts.accounts.errors import AccountErrorCode
from directcontracts.accounts.models import DataExport, DataExportState, User
from directcontracts.accounts.personal_data import export_sections
from directcontracts.core import clock, ratelimit
from directcontracts.core.errors import Conflict, DomainError, NotFound
from directcontracts.core.submissions import one_at_a_time
from directcontracts.notifications.email import send_templated_email

TOKEN_SALT = "directcontracts.accounts.data-export"  # noqa: S105 - a signing salt, not a secret
EXPORT_FORMAT_VERSION = 1


def export_dir() -> Path:
    return Path(settings.DATA_EXPORT_DIR)


def _file_path(export: DataExport) -> Path:
    return export_dir() / export.file_name


def current_export(user: User) -> DataExport | None:
    """The person's latest export still worth showing (pending, ready, or failed)."""
    return (
        DataExport.objects.filter(user=user)
        .exclude(state=DataExportState.EXPIRED)
        .exclude(state=DataExportState.READY, expires_at__lte=clock.now())
        .order_by("-created_at", "-id")
        .first()
    )


@transaction.atomic
def request_data_export(*, user: User) -> DataExport:
    # A second request waits here for the first to commit, then finds its pending export
    # and is refused before it is counted: a raced request never uses up one of the day's
    # exports, nor is it told "too many today" when the limit was not reached.
    one_at_a_time(f"data-export:{user.pk}")
    purge_expired_exports(user=user)
    if DataExport.objects.filter(user=user, state=DataExportState.PENDING).exists():
        raise _in_progress()
    ratelimit.hit(
        f"data-export:{user.pk}",
        limit=settings.DATA_EXPORTS_PER_DAY,
        window_seconds=86400,
        message=f"You can ask for your data {settings.DATA_EXPORTS_PER_DAY} times a day; "
        "download the latest copy, or try again tomorrow.",
    )
    try:
        with transaction.atomic():
            export = DataExport.objects.create(user=user)
    except IntegrityError:
        # Two requests raced past the queue (SQLite's writers already queue): the other one
        # is being prepared; raising rolls this transaction back, its count with it.
        raise _in_progress() from None
    from directcontracts.accounts.models import AccountEvent
    from directcontracts.accounts.services import record_event
    from directcontracts.accounts.tasks import build_data_export_task

    record_event(user=user, kind=AccountEvent.Kind.DATA_EXPORT_REQUESTED, export_id=export.pk)
    transaction.on_commit(partial(build_data_export_task.enqueue, export.pk))
    return export


def _in_progress() -> DomainError:
    return Conflict(
        AccountErrorCode.EXPORT_IN_PROGRESS,
        "A copy of your data is already being prepared. We email you when it is ready; "
        "you can ask again after that.",
    )


def build_data_export(export_id: int) -> str:
    """Builds the ZIP for a pending export; idempotent (anything but pending is left)."""
    export = DataExport.objects.select_related("user").filter(pk=export_id).first()
    if export is None or export.state != DataExportState.PENDING:
        return "skipped"
    user = export.user
    try:
        payload = collect(user)
        name = f"{secrets.token_hex(16)}.zip"
        size, digest = _write_zip(name, payload)
    except Exception:
        DataExport.objects.filter(pk=export.pk, state=DataExportState.PENDING).update(
            state=DataExportState.FAILED
        )
        raise
    now = clock.now()
    expires_at = now + timedelta(days=settings.DATA_EXPORT_DAYS)
    with transaction.atomic():
        claimed = DataExport.objects.filter(pk=export.pk, state=DataExportState.PENDING).update(
            state=DataExportState.READY,
            ready_at=now,
            expires_at=expires_at,
            file_name=name,
            size_bytes=size,
            sha256=digest,
        )
        if not claimed:
            (export_dir() / name).unlink(missing_ok=True)
            return "skipped"
        export.refresh_from_db()
        send_templated_email(
            to=user.email,
            template="accounts/email/data_export_ready",
            context={"user": user, "url": download_url(export), "expires_at": expires_at},
        )
        transaction.on_commit(partial(_schedule_purge, expires_at))
    return "ready"


def _schedule_purge(moment: datetime) -> None:
    from django_tasks import default_task_backend

    from directcontracts.accounts.tasks import purge_data_exports_task

    if default_task_backend.supports_defer:
        purge_data_exports_task.using(run_after=moment + timedelta(seconds=1)).enqueue()


def collect(user: User) -> dict[str, Any]:
    """Every section, by file name: each app's own reads (a bounded number of queries)."""
    files: dict[str, Any] = {
        "README.txt": (
            f"Your data from {settings.PLATFORM_NAME}, prepared {clock.now().isoformat()}.\n"
            "Each .json file is one part of it; amounts are in minor units (cents) with "
            "their ISO 4217 currency code.\n"
        )
    }
    for name, builder in export_sections().items():
        files[f"{name}.json"] = {"format_version": EXPORT_FORMAT_VERSION, name: builder(user)}
    return files


def _write_zip(name: str, files: dict[str, Any]) -> tuple[int, str]:
    folder = export_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    final = folder / name
    partial_path = folder / f".{name}.part"
    with zipfile.ZipFile(partial_path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for file_name, content in files.items():
            data = (
                content
                if isinstance(content, str)
                else json.dumps(content, indent=2, ensure_ascii=False, default=str)
            )
            archive.writestr(file_name, data)
    os.chmod(partial_path, 0o600)
    partial_path.replace(final)
    digest = hashlib.sha256(final.read_bytes()).hexdigest()
    return final.stat().st_size, digest


# --- The link ----------------------------------------------------------------------------


def make_token(export: DataExport) -> str:
    made = int(clock.now().timestamp())
    return signing.TimestampSigner(salt=TOKEN_SALT).sign_object(
        {"e": export.pk, "u": export.user_id, "iat": made}
    )


def download_url(export: DataExport) -> str:
    return settings.BASE_URL + reverse(
        "accounts:download_data_export", kwargs={"token": make_token(export)}
    )


def _token_expired(data: dict[str, object], token: str) -> bool:
    """Older than `DATA_EXPORT_DAYS` by the project clock, from the moment ("iat") it was made."""
    max_age = timedelta(days=settings.DATA_EXPORT_DAYS)
    made = data.get("iat")
    if isinstance(made, int):
        return clock.now().timestamp() - made > max_age.total_seconds()
    # A link emailed before links carried "iat": the signature's own (wall-clock) time.
    try:
        signing.TimestampSigner(salt=TOKEN_SALT).unsign_object(token, max_age=max_age)
    except signing.SignatureExpired:
        return True
    return False


def export_for_download(*, user: User, token: str) -> tuple[DataExport, Path]:
    """The ready export this token names, if it is `user`'s: 404 for anyone else's (whatever
    the token says), 400 for an altered or expired token."""
    signer = signing.TimestampSigner(salt=TOKEN_SALT)
    try:
        data = signer.unsign_object(token)
    except signing.BadSignature:
        raise DomainError(
            AccountErrorCode.LINK_INVALID,
            "This download link is not valid. Open the latest link from your settings page.",
        ) from None
    if isinstance(data, dict) and _token_expired(data, token):
        raise _link_expired()
    if not isinstance(data, dict) or data.get("u") != user.pk or not isinstance(data.get("e"), int):
        raise _not_found()
    export = DataExport.objects.filter(pk=data["e"], user=user).first()
    if export is None:
        raise _not_found()
    if export.state == DataExportState.EXPIRED or (
        export.expires_at is not None and export.expires_at <= clock.now()
    ):
        raise _link_expired()
    if export.state != DataExportState.READY:
        raise _not_found()
    path = _file_path(export)
    if not path.is_file():
        raise _not_found()
    from directcontracts.accounts.models import AccountEvent
    from directcontracts.accounts.services import record_event

    record_event(user=user, kind=AccountEvent.Kind.DATA_EXPORT_DOWNLOADED, export_id=export.pk)
    return export, path


def _link_expired() -> DomainError:
    return DomainError(
        AccountErrorCode.LINK_EXPIRED,
        f"This download link has expired (links last {settings.DATA_EXPORT_DAYS} days). "
        "Ask for a new copy of your data in your settings.",
    )


def _not_found() -> DomainError:
    return NotFound("There is no such copy of your data.", code=AccountErrorCode.EXPORT_NOT_FOUND)


def no_export() -> DomainError:
    return NotFound(
        "You have no copy of your data being prepared or ready. Ask for one first.",
        code=AccountErrorCode.EXPORT_NOT_FOUND,
    )


def download_name(export: DataExport) -> str:
    made = export.ready_at or export.created_at
    return f"directcontracts-data-{made:%Y-%m-%d}.zip"


# --- Expiry -------------------------------------------------------------------------------


def purge_expired_exports(*, user: User | None = None) -> int:
    """Deletes the files of exports past their expiry (and of failed ones) and marks them
    expired; returns how many. Compare-and-set per row, so two sweeps never fight."""
    rows = DataExport.objects.filter(state=DataExportState.READY, expires_at__lte=clock.now())
    if user is not None:
        rows = rows.filter(user=user)
    done = 0
    for export in rows.order_by("pk")[:1000]:
        if DataExport.objects.filter(pk=export.pk, state=DataExportState.READY).update(
            state=DataExportState.EXPIRED
        ):
            if export.file_name:
                _file_path(export).unlink(missing_ok=True)
            done += 1
    return done


def discard_all_exports(*, user: User) -> None:
    """Closing an account: every file goes now, whatever its expiry."""
    for export in DataExport.objects.filter(user=user).exclude(file_name=""):
        _file_path(export).unlink(missing_ok=True)
    DataExport.objects.filter(user=user).update(state=DataExportState.EXPIRED, file_name="")
