"""A token carries the powers its owner had when it was made.

Staff powers come from `is_staff`/`is_superuser` and the staff groups; a token made before
its owner gained them must not gain them too (it was made without the staff two-factor
rule: see `create_api_token`). So every way of gaining them (the admin's forms, the shell,
`group.user_set.add`) revokes the person's API tokens, recorded as `token_revoked`.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_save, pre_save

from directcontracts.accounts.models import User

STAFF_FLAGS = ("is_staff", "is_superuser")


def _revoke_tokens(user_ids: set[int] | list[int], reason: str) -> None:
    from directcontracts.accounts.services import revoke_all_api_tokens

    for user in User.objects.filter(pk__in=user_ids):
        revoke_all_api_tokens(user=user, reason=reason)


def revoke_tokens_on_joining_a_group(
    sender: Any, instance: Any, action: str, reverse: bool, pk_set: set[int] | None, **kwargs: Any
) -> None:
    # `pk_set` holds only the groups (or people) newly added, not those already there.
    if action != "post_add" or not pk_set:
        return
    if reverse:  # group.user_set.add(...)
        _revoke_tokens(pk_set, reason=f"joined staff group {instance.name}")
    else:  # user.groups.add(...)
        names = ", ".join(Group.objects.filter(pk__in=pk_set).values_list("name", flat=True))
        _revoke_tokens([instance.pk], reason=f"joined staff group {names}")


def note_staff_flags_gained(sender: Any, instance: User, raw: bool = False, **kwargs: Any) -> None:
    instance._gained_staff_flags = []  # type: ignore[attr-defined]
    if raw or instance.pk is None:
        return  # a new person has no tokens yet
    if not (instance.is_staff or instance.is_superuser):
        return  # nothing gained: no query for the everyday save of a non-staff person
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and not set(update_fields) & set(STAFF_FLAGS):
        return
    before = User.objects.filter(pk=instance.pk).values(*STAFF_FLAGS).first()
    if before is None:
        return
    instance._gained_staff_flags = [  # type: ignore[attr-defined]
        flag for flag in STAFF_FLAGS if getattr(instance, flag) and not before[flag]
    ]


def revoke_tokens_on_gaining_staff_flags(
    sender: Any, instance: User, created: bool, **kwargs: Any
) -> None:
    gained = getattr(instance, "_gained_staff_flags", [])
    if gained and not created:
        _revoke_tokens([instance.pk], reason=f"became staff ({', '.join(gained)})")


def connect() -> None:
    m2m_changed.connect(
        revoke_tokens_on_joining_a_group,
        sender=User.groups.through,
        dispatch_uid="accounts.revoke_tokens_on_joining_a_group",
    )
    pre_save.connect(
        note_staff_flags_gained, sender=User, dispatch_uid="accounts.note_staff_flags_gained"
    )
    post_save.connect(
        revoke_tokens_on_gaining_staff_flags,
        sender=User,
        dispatch_uid="accounts.revoke_tokens_on_gaining_staff_flags",
    )
