"""Staff words the actioned person reads never name who reported them.

The reason typed for a warning, a suspension or a ban is sent to the person; the reasons of
the other actions against them (a freeze, a hold, a refund) are on their appeal page, and
so is the reason for deciding their appeal. A reason that names someone who reported the
case, by their name, the name others see (their display name) or their email address, is
refused before anything is done (`reason_names_reporter`), so the reviewer writes it again.

A whole name ("carl client") and an email address count in any case; one word of a name,
of three letters or more, counts as a whole word typed with a capital ("Carl said", "CLIENT
told us"; not "Carlton"), since many names are also words ("the client" for Carl Client). Only the case's reporters count (a flag's reporter, a signal's
reporter), never the person the case is about: the reason may address them by name.
"""

from __future__ import annotations

import re

from django.db.models import Q

from directcontracts.accounts.models import User
from directcontracts.core.errors import DomainError
from directcontracts.trust.errors import TrustErrorCode
from directcontracts.trust.models import Case, CaseSignal, Flag

MIN_NAME_LETTERS = 3


def reporters_of(case: Case) -> list[User]:
    """Everyone who reported `case`: its flags' reporters (weightless ones included) and
    the reporters of its signals (a support escalation's requester), not its subject."""
    ids = set(
        CaseSignal.objects.filter(case=case, reporter_user_id__isnull=False).values_list(
            "reporter_user_id", flat=True
        )
    )
    ids |= set(Flag.objects.filter(case=case).values_list("reporter_id", flat=True))
    ids.discard(case.subject_user_id)
    if not ids:
        return []
    return list(
        User.objects.filter(Q(pk__in=ids)).select_related("freelancer_profile").order_by("pk")
    )


def _name_words(person: User) -> set[str]:
    words: set[str] = set()
    for name in (person.full_name, person.display_name):
        for word in re.split(r"[^\w'’-]+", name or ""):
            word = word.strip("'’-")
            if sum(ch.isalpha() for ch in word) >= MIN_NAME_LETTERS:
                words.add(word)
    return words


def _first_match(text: str, person: User) -> re.Match[str] | None:
    """The first part of `text` that names `person` (as the reviewer typed it), or None."""
    patterns = [rf"(?i:{re.escape(person.email)})"] if person.email else []
    patterns += [rf"(?i:{_whole_words(name)})" for name in _full_names(person)]
    # One word of a name counts as a name when typed as one, with a capital ("Carl", "CLIENT"):
    # many names are also words ("Carl Client" and "the client", "Mark", "Will", "Grant").
    patterns += [
        rf"(?<!\w){re.escape(word[0].upper())}(?i:{re.escape(word[1:])})(?!\w)"
        for word in _name_words(person)
    ]
    found = [m for p in patterns if (m := re.search(p, text))]
    return min(found, key=lambda m: (m.start(), -len(m.group(0))), default=None)


def _full_names(person: User) -> list[str]:
    """The person's names of two words or more, matched in any case ("carl client")."""
    names = {(name or "").strip() for name in (person.full_name, person.display_name)}
    return [name for name in names if len(name.split()) > 1]


def _whole_words(name: str) -> str:
    return r"(?<!\w)" + r"\s+".join(re.escape(word) for word in name.split()) + r"(?!\w)"


def refuse_naming_reporters(text: str, case: Case, *, field: str) -> None:
    """Refuse `text` (the words of `field`, which the actioned person reads) when it names
    one of the case's reporters. The message quotes only the reviewer's own words."""
    matches = [m for person in reporters_of(case) if (m := _first_match(text, person))]
    if matches:
        found = min(matches, key=lambda m: m.start()).group(0)
        raise DomainError(
            TrustErrorCode.REASON_NAMES_REPORTER,
            f"{field} contains “{found}”, the name or email address of someone who "
            "flagged this case. The person it is about reads this text, so it must not "
            "name or describe who flagged them. Write it again without that; nothing "
            "was done.",
            field="reason",
        )
