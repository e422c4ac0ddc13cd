from __future__ import annotations

import pytest
from django.core import mail

from directcontracts.accounts import services
from directcontracts.accounts.models import AccountEvent, User
from directcontracts.core.errors import DomainError
from tests.accounts.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def _sign_up(**overrides):
    fields = {
        "email": "nina.new@example.com",
        "password": DEFAULT_PASSWORD,
        "full_name": "Nina New",
        "as_freelancer": True,
        "as_client": False,
    }
    fields.update(overrides)
    return services.sign_up(**fields)


def test_sign_up_creates_an_unverified_user(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        user = _sign_up()
    user.refresh_from_db()
    assert user.email == "nina.new@example.com"
    assert user.is_freelancer
    assert not user.is_client
    assert user.email_verified_at is None


def test_sign_up_stores_an_argon2_hash_of_the_password():
    user = _sign_up()
    assert user.password.startswith("argon2$")
    assert DEFAULT_PASSWORD not in user.password
    assert user.check_password(DEFAULT_PASSWORD)


def test_sign_up_sends_a_verification_email_once_committed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _sign_up()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nina.new@example.com"]
    assert "/accounts/verify/" in message.body


def test_sign_up_sends_nothing_before_the_transaction_commits(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        _sign_up()
    assert mail.outbox == []
    assert len(callbacks) == 1


def test_sign_up_stores_the_email_in_lower_case():
    assert _sign_up(email="  Nina.New@Example.COM ").email == "nina.new@example.com"


def test_sign_up_records_an_audit_event():
    user = _sign_up(ip_address="203.0.113.9")
    event = AccountEvent.objects.get(user=user, kind=AccountEvent.Kind.SIGNED_UP)
    assert event.ip_address == "203.0.113.9"


def test_a_person_can_sign_up_as_freelancer_and_client_at_once():
    user = _sign_up(as_freelancer=True, as_client=True)
    assert user.is_freelancer
    assert user.is_client


def test_sign_up_with_a_taken_email_answers_as_for_a_new_one_and_tells_the_owner(
    django_capture_on_commit_callbacks,
):
    """A 409 email_taken told anyone which addresses have accounts."""
    UserFactory(email="nina.new@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        result = _sign_up(email="NINA.New@example.com")
    assert result is None
    assert User.objects.count() == 1
    (notice,) = mail.outbox
    assert notice.to == ["nina.new@example.com"]
    assert "already have an account" in notice.body


def test_sign_up_with_a_taken_email_writes_nothing():
    UserFactory(email="nina.new@example.com")
    events_before = AccountEvent.objects.count()
    _sign_up(email="Nina.New@Example.com")
    assert AccountEvent.objects.count() == events_before


def test_a_weak_password_is_refused_the_same_whether_or_not_the_email_is_taken():
    UserFactory(email="taken@example.com")
    answers = set()
    for email in ("taken@example.com", "free@example.com"):
        with pytest.raises(DomainError) as excinfo:
            _sign_up(email=email, password="password123")
        answers.add((excinfo.value.code, excinfo.value.message))
    assert len(answers) == 1


def test_the_owner_is_told_of_sign_up_attempts_a_few_times_a_day_at_most(
    django_capture_on_commit_callbacks,
):
    UserFactory(email="nina.new@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(6):
            _sign_up()
    assert len(mail.outbox) == 3


@pytest.mark.parametrize(
    "password",
    [
        "short1!",  # too short
        "password123",  # common
        "8412639057123",  # all digits
        "nina.new@example.com",  # the email itself
        "Password2024!",  # a breached shape: common word + year + symbol
        "Qwerty1234!",  # a keyboard walk + digits
        "aaaaaaaaaaaaaa",  # one character repeated
    ],
    ids=["short", "common", "numeric", "similar-to-email", "word-year", "keyboard", "repeated"],
)
def test_sign_up_refuses_a_weak_password_and_writes_nothing(
    password, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(DomainError) as excinfo:
        _sign_up(password=password)
    assert excinfo.value.code == "weak_password"
    assert excinfo.value.status == 400
    assert not User.objects.exists()
    assert not AccountEvent.objects.exists()
    assert mail.outbox == []


def test_sign_up_refuses_a_password_similar_to_the_name():
    with pytest.raises(DomainError) as excinfo:
        _sign_up(full_name="Bartholomew Quinteros", password="bartholomewquinteros")
    assert excinfo.value.code == "weak_password"


def test_sign_up_requires_at_least_one_role():
    with pytest.raises(DomainError) as excinfo:
        _sign_up(as_freelancer=False, as_client=False)
    assert excinfo.value.code == "invalid_role"
    assert not User.objects.exists()


def test_sign_ups_from_one_address_are_rate_limited(db, settings):
    from directcontracts.accounts.services import sign_up
    from directcontracts.core.errors import RateLimited

    settings.SIGN_UP_LIMIT_PER_ADDRESS = 2
    for n in range(2):
        sign_up(
            email=f"p{n}@example.com",
            password="violet-harbour-1987",
            full_name="P",
            ip_address="203.0.113.9",
        )
    with pytest.raises(RateLimited):
        sign_up(
            email="p3@example.com",
            password="violet-harbour-1987",
            full_name="P",
            ip_address="203.0.113.9",
        )


def test_a_weak_password_at_sign_up_is_shown_at_the_password_field_not_as_a_banner(client):
    response = client.post(
        "/accounts/sign-up/",
        {
            "full_name": "Nina New",
            "email": "nina.new@example.com",
            "password": "password123",
            "as_freelancer": "on",
        },
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert 'aria-describedby="id_password_helptext id_password_error"' in page
    assert '<ul class="errorlist" id="id_password_error"><li>This password is too common.' in page
    assert 'role="alert" data-error-code="weak_password"' not in page
    assert not User.objects.filter(email="nina.new@example.com").exists()


def _error_summary(page: str) -> str:
    return page[page.index('id="error-summary"') :].split("</div>", 1)[0]


def test_the_sign_up_form_lists_its_errors_at_the_top_with_links_to_each_field(client):
    response = client.post("/accounts/sign-up/", {"full_name": "", "email": "not-an-address"})
    summary = _error_summary(response.content.decode())
    assert response.status_code == 400
    assert '<a href="#id_full_name">Your name: This field is required.</a>' in summary
    assert '<a href="#id_email">Email: Enter a valid email address.</a>' in summary
    assert '<a href="#id_password">Password: This field is required.</a>' in summary


def test_a_sign_up_without_a_role_is_listed_in_the_summary_and_shown_at_the_role(client):
    response = client.post(
        "/accounts/sign-up/",
        {"full_name": "Nina New", "email": "nina.new@example.com", "password": DEFAULT_PASSWORD},
    )
    page = response.content.decode()
    assert 'href="#id_as_freelancer">' in _error_summary(page)
    assert 'id="id_as_freelancer_error"><li>Choose at least one role' in page
    assert not User.objects.filter(email="nina.new@example.com").exists()


def test_a_weak_password_at_sign_up_is_listed_in_the_summary(client):
    response = client.post(
        "/accounts/sign-up/",
        {
            "full_name": "Nina New",
            "email": "nina.new@example.com",
            "password": "password123",
            "as_freelancer": "on",
        },
    )
    summary = _error_summary(response.content.decode())
    assert '<li data-error-code="weak_password"><a href="#id_password">' in summary
