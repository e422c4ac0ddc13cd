from __future__ import annotations

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session

from directcontracts.accounts import selectors, services
from directcontracts.accounts.models import UserSession
from directcontracts.core.errors import DomainError

pytestmark = pytest.mark.django_db


def _signed_in(user, *, ip: str = "203.0.113.1") -> UserSession:
    store = SessionStore()
    store["_auth_user_id"] = str(user.pk)
    store.create()
    return services.record_sign_in(
        user=user, session_key=store.session_key, ip_address=ip, user_agent="pytest"
    )


def test_signing_in_lists_the_session(freelancer):
    session = _signed_in(freelancer)
    assert list(selectors.sessions_of(freelancer)) == [session]


def test_ending_a_session_signs_that_browser_out(freelancer):
    session = _signed_in(freelancer)
    services.end_session(user=freelancer, session_id=session.pk)
    assert not Session.objects.filter(session_key=session.session_key).exists()
    assert not UserSession.objects.filter(pk=session.pk).exists()


def test_ending_one_session_keeps_the_others(freelancer):
    ended, kept = _signed_in(freelancer), _signed_in(freelancer)
    services.end_session(user=freelancer, session_id=ended.pk)
    assert Session.objects.filter(session_key=kept.session_key).exists()


def test_ending_other_sessions_keeps_the_current_one(freelancer):
    current = _signed_in(freelancer)
    others = [_signed_in(freelancer), _signed_in(freelancer)]
    ended = services.end_other_sessions(user=freelancer, keep_session_key=current.session_key)
    assert ended == 2
    assert Session.objects.filter(session_key=current.session_key).exists()
    assert not Session.objects.filter(session_key__in=[s.session_key for s in others]).exists()


def test_ending_other_sessions_leaves_other_people_signed_in(freelancer, stranger_freelancer):
    current = _signed_in(freelancer)
    strangers = _signed_in(stranger_freelancer)
    services.end_other_sessions(user=freelancer, keep_session_key=current.session_key)
    assert Session.objects.filter(session_key=strangers.session_key).exists()


def test_ending_another_persons_session_is_not_found(freelancer, stranger_freelancer):
    theirs = _signed_in(stranger_freelancer)
    with pytest.raises(DomainError) as excinfo:
        services.end_session(user=freelancer, session_id=theirs.pk)
    assert (excinfo.value.code, excinfo.value.status) == ("session_not_found", 404)
    assert Session.objects.filter(session_key=theirs.session_key).exists()


def test_ending_a_session_that_does_not_exist_is_not_found(freelancer):
    with pytest.raises(DomainError) as excinfo:
        services.end_session(user=freelancer, session_id=999_999)
    assert excinfo.value.code == "session_not_found"


def test_signing_out_forgets_the_session(freelancer):
    session = _signed_in(freelancer)
    services.record_sign_out(user=freelancer, session_key=session.session_key, ip_address=None)
    assert not UserSession.objects.filter(user=freelancer).exists()
