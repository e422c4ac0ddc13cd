"""Signed appeal links for people who can no longer sign in (a suspended or banned account).

The link names the case and the person, is signed with the site's key and expires with the
appeal window, so only the person it was emailed to can appeal, and only in time. The time it
was made ("iat") is read from the project clock and its age checked against it, as support's
links do (`support/tokens.py`), so expiry is tested by moving the clock, not by sleeping.
"""

from __future__ import annotations

from datetime import timedelta

from django.core import signing
from django.urls import reverse

from directcontracts.accounts.models import User
from directcontracts.core import clock

SALT = "directcontracts.trust.appeal-link"
VALID_FOR = timedelta(days=180)


def appeal_url(reference: str, person: User) -> str:
    made = int(clock.now().timestamp())
    token = signing.dumps({"case": reference, "person": person.pk, "iat": made}, salt=SALT)
    return f"{reverse('trust:appeal', args=[reference])}?token={token}"


def person_from_token(reference: str, token: str) -> User | None:
    """The person a valid, unexpired link for this case was made for, else None."""
    try:
        data = signing.loads(token[:500], salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("case") != reference or _expired(data, token):
        return None
    person = data.get("person")
    return User.objects.filter(pk=person).first() if isinstance(person, int) else None


def _expired(data: dict[str, object], token: str) -> bool:
    made = data.get("iat")
    if isinstance(made, int):
        return clock.now().timestamp() - made > VALID_FOR.total_seconds()
    # A link emailed before links carried "iat": the signature's own (wall-clock) time.
    try:
        signing.loads(token[:500], salt=SALT, max_age=VALID_FOR)
    except signing.SignatureExpired:
        return True
    return False
