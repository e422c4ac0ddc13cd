"""Email preferences: the writes, and the signed "Turn off emails like this" link.

- `set_email_preferences` (API `email`) sets groups on or off; a required group
  (money, account security) cannot be turned off (`email_required`).
- `set_email_frequencies` (settings page, API `frequency`) sets how each group is emailed:
  each as it happens, a daily digest, or off; a required group is offered only "as it
  happens" (`email_frequency_not_offered`), and any other word is `email_frequency_invalid`.
- `unsubscribe_url` is the link in a notice email's footer and its List-Unsubscribe header
  (RFC 8058). It is a Django-signed payload (the person, the group, when it was made),
  checked against the project clock, so expiry is tested without sleeping. It carries no
  session: whoever holds it may turn off that one group for that one person, nothing else.
  It also names (as a keyed digest, not in clear) the address it was sent to: once the
  account uses another address, a link sent to the old one changes nothing (whoever reads
  the old mailbox now is not the account's owner). A password change leaves links working:
  they can only turn off one optional group, and the owner may still be reading that mail.
- `turn_off_by_link` is what the link's POST does; using it twice changes nothing more.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac

from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from directcontracts.core.locks import for_update
from directcontracts.notifications.email_groups import (
    BY_KEY,
    DAILY,
    FREQUENCIES,
    FREQUENCY_LABELS,
    IMMEDIATE,
    OFF,
    EmailGroup,
    Frequency,
    groups_for,
)
from directcontracts.notifications.errors import NotificationErrorCode
from directcontracts.notifications.models import EmailPreferences
from directcontracts.notifications.selectors import chosen_frequencies

UNSUBSCRIBE_SALT = "directcontracts.notifications.unsubscribe"
MAX_TOKEN_CHARS = 300


def _group(user: Any, key: str) -> EmailGroup:
    group = BY_KEY.get(key)
    if group is None or group not in groups_for(user):
        raise DomainError(
            NotificationErrorCode.EMAIL_GROUP_UNKNOWN,
            f"There is no group of emails called “{key[:40]}”.",
            group=key[:40],
        )
    return group


@transaction.atomic
def set_email_preferences(*, user: Any, choices: Mapping[str, bool]) -> frozenset[str]:
    """Turn the groups named in `choices` on (True) or off (False); groups not named keep
    their setting. All or nothing: one unknown or required group refuses the whole change.
    Returns the groups now off."""
    for key, on in choices.items():
        group = _group(user, key)
        if group.required and not on:
            raise DomainError(
                NotificationErrorCode.EMAIL_REQUIRED,
                f"Emails about “{group.label}” cannot be turned off. {group.reason}",
                group=key,
            )
    return _change(
        user,
        off={k for k, on in choices.items() if not on},
        on={k for k, on in choices.items() if on},
    )


@transaction.atomic
def set_email_frequencies(*, user: Any, choices: Mapping[str, str]) -> dict[str, Frequency]:
    """Set how each group named in `choices` is emailed: IMMEDIATE ("immediate"), DAILY
    ("daily") or OFF ("off"); groups not named keep their setting. All or nothing: one
    unknown group, unknown word or choice the group does not offer refuses the whole change.
    Returns group key → frequency for the groups not emailed as they happen."""
    for key, frequency in choices.items():
        group = _group(user, key)
        if frequency not in FREQUENCIES:
            raise DomainError(
                NotificationErrorCode.EMAIL_FREQUENCY_INVALID,
                f"“{str(frequency)[:40]}” is not a choice for how often we email you. Choose "
                + ", ".join(f"“{f}” ({FREQUENCY_LABELS[f].lower()})" for f in FREQUENCIES)
                + ".",
                status=422,
                group=key,
                choices=list(FREQUENCIES),
            )
        if frequency not in group.frequencies:
            raise DomainError(
                NotificationErrorCode.EMAIL_FREQUENCY_NOT_OFFERED,
                f"Emails about “{group.label}” are always sent as they happen, one by one: "
                f"they can't be turned off or gathered in a digest. {group.reason}",
                status=422,
                group=key,
                choices=list(group.frequencies),
            )
    _change(
        user,
        off={k for k, f in choices.items() if f == OFF},
        daily={k for k, f in choices.items() if f == DAILY},
        immediate={k for k, f in choices.items() if f == IMMEDIATE},
    )
    return chosen_frequencies(user)


@transaction.atomic
def update_email_preferences(
    *, user: Any, email: Mapping[str, bool], frequency: Mapping[str, str]
) -> None:
    """The API's PUT: `email` (on or off) and `frequency` together, all or nothing. A group
    named in both is refused: the two could disagree ("on" and "off")."""
    both = sorted(set(email) & set(frequency))
    if both:
        raise DomainError(
            NotificationErrorCode.EMAIL_FREQUENCY_INVALID,
            f"“{both[0][:40]}” is named in both “email” and “frequency”: name each group in "
            "one of them.",
            status=422,
            group=both[0][:40],
        )
    if email:
        set_email_preferences(user=user, choices=email)
    if frequency:
        set_email_frequencies(user=user, choices=frequency)


def _change(
    user: Any,
    *,
    off: AbstractSet[str],
    on: AbstractSet[str] = frozenset(),
    daily: AbstractSet[str] = frozenset(),
    immediate: AbstractSet[str] = frozenset(),
) -> frozenset[str]:
    """`off`, `daily`, `immediate`: set those groups so. `on` (the API's `email: true`):
    a group that was off is emailed as it happens again; one in the digest stays there."""
    # get_or_create is safe against a concurrent first choice (one row per person, unique);
    # the row lock then orders two changes of the same person, so neither is lost.
    EmailPreferences.objects.get_or_create(user_id=user.pk)
    row = for_update(EmailPreferences.objects.filter(user_id=user.pk)).get()
    known_off = {key for key in row.groups_off if key in BY_KEY}
    known_daily = {key for key in row.groups_daily if key in BY_KEY}
    now_off = sorted((known_off - on - daily - immediate) | off)
    now_daily = sorted((known_daily - off - immediate) | daily)
    if now_off != row.groups_off or now_daily != row.groups_daily:
        row.groups_off = now_off
        row.groups_daily = now_daily
        row.updated_at = clock.now()
        row.save(update_fields=["groups_off", "groups_daily", "updated_at"])
    return frozenset(now_off)


# --- The signed link ---------------------------------------------------------------------


@dataclass(frozen=True)
class UnsubscribeLink:
    user: Any
    group: EmailGroup
    already_off: bool


def _address_digest(email: str) -> str:
    # Keyed (SECRET_KEY), so the link, which is only signed, not encrypted, does not carry a
    # digest anyone could match against a list of addresses.
    return salted_hmac(UNSUBSCRIBE_SALT + ".address", email.strip().lower()).hexdigest()[:20]


def unsubscribe_token(*, user: Any, group: EmailGroup) -> str:
    return signing.dumps(
        {
            "u": user.pk,
            "g": group.key,
            "a": _address_digest(user.email or ""),
            "iat": int(clock.now().timestamp()),
        },
        salt=UNSUBSCRIBE_SALT,
    )


def unsubscribe_url(*, user: Any, group: EmailGroup) -> str:
    token = unsubscribe_token(user=user, group=group)
    return settings.BASE_URL + reverse("notifications:unsubscribe", args=[token])


def _invalid() -> DomainError:
    return DomainError(
        NotificationErrorCode.UNSUBSCRIBE_LINK_INVALID,
        "This link is not valid: it may have been cut short or changed. Copy all of it from "
        "the email, or choose your emails on the settings page.",
    )


def read_unsubscribe_link(token: str) -> UnsubscribeLink:
    """The person and group a link names; nothing changes. Tampered, unknown or expired: a
    DomainError (400), so a mail client's retry gets the same clear answer."""
    if not token or len(token) > MAX_TOKEN_CHARS:
        raise _invalid()
    try:
        payload = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        raise _invalid() from None
    if (
        not isinstance(payload, dict)
        or not isinstance(payload.get("u"), int)
        or not isinstance(payload.get("iat"), int)
        or not isinstance(payload.get("g"), str)
        or not isinstance(payload.get("a"), str)
    ):
        raise _invalid()
    age = clock.now().timestamp() - payload["iat"]
    if age > settings.EMAIL_UNSUBSCRIBE_LINK_DAYS * 86400:
        raise DomainError(
            NotificationErrorCode.UNSUBSCRIBE_LINK_EXPIRED,
            f"This link has expired (links in our emails work for "
            f"{settings.EMAIL_UNSUBSCRIBE_LINK_DAYS} days). Use the link in a newer email, or "
            "choose your emails on the settings page.",
        )
    user = get_user_model().objects.filter(pk=payload["u"]).first()
    group = BY_KEY.get(payload["g"])
    # A group the person can no longer receive (the staff group after leaving staff) is as
    # unknown as a group that does not exist.
    if user is None or group is None or group.required or group not in groups_for(user):
        raise _invalid()
    if not constant_time_compare(payload["a"], _address_digest(user.email or "")):
        raise DomainError(
            NotificationErrorCode.UNSUBSCRIBE_LINK_STALE,
            "This link was sent to an email address its account no longer uses, so it "
            "changes nothing. If the account is yours, sign in and choose your emails on the "
            "settings page.",
        )
    row = EmailPreferences.objects.filter(user_id=user.pk).first()
    return UnsubscribeLink(
        user=user, group=group, already_off=row is not None and group.key in row.groups_off
    )


@transaction.atomic
def turn_off_by_link(*, token: str) -> UnsubscribeLink:
    """The link's POST (the page's button, or a mail client's one-click request): the
    group is off afterwards. Idempotent: a second use finds it off and changes nothing."""
    link = read_unsubscribe_link(token)
    if not link.already_off:
        _change(link.user, off={link.group.key}, on=set())
    return link
