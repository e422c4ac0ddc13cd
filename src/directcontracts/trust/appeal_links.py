"""Signed appeal links for people who can no longer sign in (a suspended or banned account).

The link names the case and the person, is signed with the site's key and expires with the
appeal window, so only the person it was emailed to can appeal, and only in time.
"""

from __future__ import annotations

from datetime import timedelta

from django.core import signing
from django.urls import reverse

from directcontracts.accounts.models import User

SALT = "directcontracts.trust.appeal-link"
VALID_FOR = timedelta(days=180)


def appeal_url(reference: str, person: User) -> str:
    token = signing.dumps({"case": reference, "person": person.pk}, salt=SALT)
    return f"{reverse('trust:appeal', args=[reference])}?token={token}"


def person_from_token(reference: str, token: str) -> User | None:
    """The person a valid, unexpired link for this case was made for, else None."""
    try:
        data = signing.loads(token[:500], salt=SALT, max_age=VALID_FOR)
    except signing.BadSignature:  # also SignatureExpired
        return None
    if not isinstance(data, dict) or data.get("case") != reference:
        return None
    person = data.get("person")
    return User.objects.filter(pk=person).first() if isinstance(person, int) else None
