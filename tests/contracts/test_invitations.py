import pytest

from directcontracts.accounts.models import AccountKind, User
from directcontracts.contracts import invitations
from directcontracts.contracts.models import ContractState, MilestoneState
from directcontracts.core.errors import DomainError
from tests.accounts.factories import ClientFactory, UserFactory
from tests.contracts.factories import active_contract, proven_access, sent_invitation, token_of

pytestmark = pytest.mark.django_db

CLIENT_PASSWORD = "a-long-client-passphrase-7"


def _accept(invitation, access, password=CLIENT_PASSWORD):
    return invitations.accept_invitation(
        invitation=invitation,
        access=access,
        password=password,
        name="Nora Newclient",
        company="",
        country="GB",
    )


def test_sending_emails_the_client_a_signed_link(
    freelancer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        contract, invitation, token = sent_invitation(freelancer)
    assert contract.state == ContractState.INVITED
    assert mailoutbox[-1].to == ["new.client@example.org"]
    assert invitation.link in mailoutbox[-1].body
    assert invitations.open_invitation(token).pk == invitation.pk


def test_a_tampered_link_is_not_valid(freelancer):
    _, _, token = sent_invitation(freelancer)
    with pytest.raises(DomainError) as refused:
        invitations.open_invitation(token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
    assert refused.value.code == "invitation_invalid"


def test_an_expired_link_says_so(freelancer, frozen_clock, settings):
    _, _, token = sent_invitation(freelancer)
    frozen_clock.advance(days=settings.INVITATION_EXPIRY_DAYS, seconds=1)
    with pytest.raises(DomainError) as refused:
        invitations.open_invitation(token)
    assert refused.value.code == "invitation_expired"
    assert refused.value.status == 410


def test_resending_replaces_the_old_link(freelancer):
    contract, _, old_token = sent_invitation(freelancer)
    new = invitations.resend_invitation(contract=contract, by=freelancer)
    with pytest.raises(DomainError) as refused:
        invitations.open_invitation(old_token)
    assert refused.value.code == "invitation_revoked"
    assert invitations.open_invitation(token_of(new)).pk == new.pk


def test_revoking_returns_the_contract_to_draft_and_kills_the_link(freelancer):
    contract, _, token = sent_invitation(freelancer)
    invitations.revoke_invitation(contract=contract, by=freelancer)
    contract.refresh_from_db()
    assert contract.state == ContractState.DRAFT
    with pytest.raises(DomainError):
        invitations.open_invitation(token)


def test_the_client_proves_the_address_with_the_emailed_code(
    freelancer, mailoutbox, django_capture_on_commit_callbacks
):
    _, invitation, _ = sent_invitation(freelancer)
    with django_capture_on_commit_callbacks(execute=True):
        invitations.send_code(invitation=invitation)
    code = mailoutbox[-1].subject.split()[-1]
    access = invitations.verify_code(invitation=invitation, code=code)
    assert invitations.has_access(invitation.__class__.objects.get(pk=invitation.pk), access)


def test_a_wrong_code_is_refused_and_counted(freelancer, monkeypatch, settings):
    settings.INVITATION_CODE_MAX_ATTEMPTS = 2
    _, invitation, _ = sent_invitation(freelancer)
    monkeypatch.setattr(invitations.secrets, "randbelow", lambda n: 111111)
    invitations.send_code(invitation=invitation)
    for _ in range(2):
        with pytest.raises(DomainError) as refused:
            invitations.verify_code(invitation=invitation, code="999999")
        assert refused.value.code == "code_invalid"
    with pytest.raises(DomainError) as refused:
        invitations.verify_code(invitation=invitation, code="111111")
    assert refused.value.code == "code_attempts_exceeded"


def test_an_expired_code_is_refused(freelancer, monkeypatch, frozen_clock, settings):
    _, invitation, _ = sent_invitation(freelancer)
    monkeypatch.setattr(invitations.secrets, "randbelow", lambda n: 111111)
    invitations.send_code(invitation=invitation)
    frozen_clock.advance(minutes=settings.INVITATION_CODE_MINUTES + 1)
    with pytest.raises(DomainError) as refused:
        invitations.verify_code(invitation=invitation, code="111111")
    assert refused.value.code == "code_expired"


def test_a_code_works_only_once(freelancer, monkeypatch):
    _, invitation, _ = sent_invitation(freelancer)
    proven_access(invitation, monkeypatch)
    with pytest.raises(DomainError) as refused:
        invitations.verify_code(invitation=invitation, code="424242")
    assert refused.value.code == "code_invalid"


def test_accepting_without_the_code_is_refused(freelancer):
    _, invitation, _ = sent_invitation(freelancer)
    with pytest.raises(DomainError) as refused:
        _accept(invitation, access=None)
    assert refused.value.code == "email_not_proven"
    assert not User.objects.filter(email="new.client@example.org").exists()


def test_accepting_creates_a_lightweight_client_account_and_activates_the_contract(
    freelancer, monkeypatch
):
    contract, client = active_contract(freelancer, monkeypatch)
    assert contract.state == ContractState.ACTIVE
    assert contract.client == client
    assert client.account_kind == AccountKind.DIRECT_CLIENT
    assert client.is_client
    assert client.email_verified
    assert client.check_password(CLIENT_PASSWORD)
    assert set(contract.milestones.values_list("state", flat=True)) == {
        MilestoneState.AWAITING_FUNDING
    }


def test_a_weak_password_is_refused_and_nothing_is_created(freelancer, monkeypatch):
    contract, invitation, _ = sent_invitation(freelancer)
    access = proven_access(invitation, monkeypatch)
    with pytest.raises(DomainError) as refused:
        _accept(invitation, access, password="password")
    assert refused.value.code == "weak_password"
    contract.refresh_from_db()
    assert contract.state == ContractState.INVITED
    assert not User.objects.filter(email="new.client@example.org").exists()


def test_an_answered_invitation_cannot_be_used_again(freelancer, monkeypatch):
    _, invitation, token = sent_invitation(freelancer)
    _accept(invitation, proven_access(invitation, monkeypatch))
    with pytest.raises(DomainError) as refused:
        invitations.open_invitation(token)
    assert refused.value.code == "invitation_already_answered"


def test_a_client_who_got_a_marketplace_account_meanwhile_is_refused_at_acceptance(
    freelancer, monkeypatch
):
    contract, invitation, _ = sent_invitation(freelancer)
    access = proven_access(invitation, monkeypatch)
    ClientFactory(email="new.client@example.org")
    with pytest.raises(DomainError) as refused:
        _accept(invitation, access)
    assert refused.value.code == "client_has_marketplace_account"
    contract.refresh_from_db()
    assert contract.state == ContractState.INVITED


def _returning_client():
    return UserFactory(
        email="new.client@example.org", is_client=True, account_kind=AccountKind.DIRECT_CLIENT
    )


def test_an_existing_accounts_password_alone_does_not_accept(freelancer, monkeypatch):
    """Accepting used to work as a password-only sign-in: no TOTP, no limit, no session."""
    _returning_client()
    contract, invitation, _ = sent_invitation(freelancer)
    with pytest.raises(DomainError) as refused:
        _accept(
            invitation,
            proven_access(invitation, monkeypatch),
            password="a-long-and-unusual-passphrase-42",
        )
    assert (refused.value.code, refused.value.status) == ("sign_in_required", 401)
    contract.refresh_from_db()
    assert contract.state == ContractState.INVITED


def test_wrong_passwords_on_an_invitation_tell_nothing_about_the_account(freelancer, monkeypatch):
    _returning_client()
    _, invitation, _ = sent_invitation(freelancer)
    access = proven_access(invitation, monkeypatch)
    answers = set()
    for password in ("wrong-password-number-1", "a-long-and-unusual-passphrase-42"):
        with pytest.raises(DomainError) as refused:
            _accept(invitation, access, password=password)
        answers.add((refused.value.code, refused.value.message))
    assert len(answers) == 1


def test_a_returning_client_signed_in_to_their_account_accepts(freelancer, monkeypatch):
    returning = _returning_client()
    _, invitation, _ = sent_invitation(freelancer)
    result = invitations.accept_invitation(
        invitation=invitation,
        access=proven_access(invitation, monkeypatch),
        signed_in=returning,
        name="Nora Newclient",
        country="GB",
    )
    assert result.client == returning
    assert result.created_account is False
    assert result.contract.state == ContractState.ACTIVE


def test_someone_else_signed_in_cannot_accept_for_an_existing_account(
    freelancer, monkeypatch, stranger_client
):
    _returning_client()
    _, invitation, _ = sent_invitation(freelancer)
    with pytest.raises(DomainError) as refused:
        invitations.accept_invitation(
            invitation=invitation,
            access=proven_access(invitation, monkeypatch),
            signed_in=stranger_client,
            name="Nora Newclient",
            country="GB",
        )
    assert refused.value.code == "sign_in_required"


def test_declining_records_the_reason_and_tells_the_freelancer(
    freelancer, monkeypatch, mailoutbox, django_capture_on_commit_callbacks
):
    contract, invitation, _ = sent_invitation(freelancer)
    access = proven_access(invitation, monkeypatch)
    with django_capture_on_commit_callbacks(execute=True):
        invitations.decline_invitation(
            invitation=invitation, access=access, reason="Budget moved to next year"
        )
    contract.refresh_from_db()
    assert contract.state == ContractState.DECLINED
    assert contract.events.get(kind="contract.declined").message == "Budget moved to next year"
    assert mailoutbox[-1].to == [freelancer.email]
    assert "Budget moved to next year" in mailoutbox[-1].body


def test_a_declined_contract_can_be_edited_and_sent_again(freelancer, monkeypatch):
    contract, invitation, _ = sent_invitation(freelancer)
    invitations.decline_invitation(
        invitation=invitation, access=proven_access(invitation, monkeypatch), reason="Later"
    )
    contract.refresh_from_db()
    invitations.send_invitation(contract=contract, by=freelancer)
    contract.refresh_from_db()
    assert contract.state == ContractState.INVITED


def test_only_the_freelancer_of_the_contract_can_send_it(freelancer, stranger_freelancer):
    from tests.contracts.factories import draft_contract

    contract = draft_contract(freelancer)
    with pytest.raises(DomainError) as refused:
        invitations.send_invitation(contract=contract, by=stranger_freelancer)
    assert refused.value.code == "wrong_party"


def test_withdrawing_an_invitation_tells_the_client_by_email(
    freelancer, mailoutbox, django_capture_on_commit_callbacks
):
    contract, _, _ = sent_invitation(freelancer)
    with django_capture_on_commit_callbacks(execute=True):
        invitations.revoke_invitation(contract=contract, by=freelancer)
    assert mailoutbox[-1].to == ["new.client@example.org"]
    assert "withdrew" in mailoutbox[-1].subject


# --- Accepting on the web and through the API -------------------------------------------


def _verified_page(client, invitation, token, monkeypatch):
    from django.urls import reverse

    monkeypatch.setattr(invitations.secrets, "randbelow", lambda n: 424242)
    client.post(reverse("contracts:invitation_send_code", args=[token]))
    client.post(reverse("contracts:invitation_verify", args=[token]), {"code": "424242"})
    return client.get(reverse("contracts:invitation", args=[token]))


def _milestone_states(page: str) -> list[str]:
    import re

    return re.findall(r'data-label="State"><span class="state[^"]*">([^<]+)</span>', page)


def test_the_client_sees_each_milestone_of_the_offer_awaiting_their_acceptance(
    client, freelancer, monkeypatch
):
    _, invitation, token = sent_invitation(freelancer)
    page = _verified_page(client, invitation, token, monkeypatch).content.decode()
    assert _milestone_states(page) == ["Awaiting your acceptance"] * 2


def test_the_freelancer_sees_the_milestones_of_a_sent_contract_waiting_for_the_client(
    client, freelancer
):
    from django.urls import reverse

    contract, _, _ = sent_invitation(freelancer)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert _milestone_states(page) == ["Starts when the client accepts"] * 2


def test_a_returning_client_is_asked_to_sign_in_and_not_for_a_password(
    client, freelancer, monkeypatch
):
    _returning_client()
    _, invitation, token = sent_invitation(freelancer)
    page = _verified_page(client, invitation, token, monkeypatch).content.decode()
    assert "Sign in to accept" in page
    assert 'name="password"' not in page


def test_a_returning_client_with_two_factor_signs_in_with_the_code_and_accepts(
    client, freelancer, monkeypatch
):
    from django.urls import reverse

    from directcontracts.accounts.models import UserSession
    from tests.accounts.helpers import give_totp, sign_in_with_code

    returning = _returning_client()
    give_totp(returning)
    contract, invitation, token = sent_invitation(freelancer)
    _verified_page(client, invitation, token, monkeypatch)
    sign_in_with_code(client, returning)
    response = client.post(
        reverse("contracts:invitation_accept", args=[token]),
        {"name": "Nora Newclient", "country": "GB", "agree": "on"},
    )
    assert response.status_code == 302
    contract.refresh_from_db()
    assert (contract.state, contract.client) == (ContractState.ACTIVE, returning)
    assert UserSession.objects.filter(
        user=returning, session_key=client.session.session_key
    ).exists()


def test_a_new_client_accounts_session_is_in_its_session_list(client, freelancer, monkeypatch):
    from django.urls import reverse

    from directcontracts.accounts.models import UserSession

    _, invitation, token = sent_invitation(freelancer)
    _verified_page(client, invitation, token, monkeypatch)
    client.post(
        reverse("contracts:invitation_accept", args=[token]),
        {"name": "Nora", "country": "GB", "password": CLIENT_PASSWORD, "agree": "on"},
    )
    created = User.objects.get(email="new.client@example.org")
    assert UserSession.objects.filter(user=created, session_key=client.session.session_key).exists()


def _api_accept(client, token, access, **extra_headers):
    return client.post(
        f"/api/v1/invitations/{token}/accept",
        {"name": "Nora Newclient", "country": "GB", "password": "a-long-and-unusual-passphrase-42"},
        content_type="application/json",
        headers={"X-Invitation-Access": access, **extra_headers},
    )


def test_the_api_refuses_an_existing_accounts_password(client, freelancer, monkeypatch):
    _returning_client()
    _, invitation, token = sent_invitation(freelancer)
    response = _api_accept(client, token, proven_access(invitation, monkeypatch))
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "sign_in_required"


def test_the_api_accepts_for_a_returning_client_with_their_api_token(
    client, freelancer, monkeypatch
):
    from directcontracts.accounts.services import create_api_token

    returning = _returning_client()
    _, secret = create_api_token(user=returning, name="mine")
    _, invitation, token = sent_invitation(freelancer)
    response = _api_accept(
        client,
        token,
        proven_access(invitation, monkeypatch),
        Authorization=f"Bearer {secret}",
    )
    assert response.status_code == 200
    assert response.json()["client_id"] == returning.pk


def test_the_invitation_shows_who_the_freelancer_is_and_every_milestone_before_accepting(
    client, freelancer, monkeypatch
):
    _, invitation, token = sent_invitation(freelancer)
    page = _verified_page(client, invitation, token, monkeypatch).content.decode()
    assert 'data-testid="freelancer-card"' in page
    assert "Member since" in page
    assert "Completed Direct Contracts" in page
    for title, amount in (("Design", "$500.00"), ("Build", "$1,200.00")):
        assert title in page
        assert amount in page


def test_a_client_held_for_a_check_explains_who_they_are(client, freelancer, monkeypatch):
    from django.urls import reverse

    from directcontracts.circumvention.models import CircumventionCheck
    from directcontracts.contracts.identity import subject_of

    contract, invitation, token = sent_invitation(freelancer)
    _verified_page(client, invitation, token, monkeypatch)
    held = CircumventionCheck.objects.create(
        subject=subject_of(contract),
        checkpoint="invitation_accepted",
        decision=CircumventionCheck.Decision.REVIEW,
        score=12.5,
        review_state=CircumventionCheck.ReviewState.HELD,
    )
    response = client.post(
        reverse("contracts:invitation_explain", args=[token]),
        {"explanation": "A different Nora at the same bakery."},
    )
    assert response.status_code == 200
    held.refresh_from_db()
    assert held.explanation == "A different Nora at the same bakery."


def test_without_the_emailed_code_nobody_explains_for_the_client(client, freelancer):
    from django.urls import reverse

    from directcontracts.circumvention.models import CircumventionCheck
    from directcontracts.contracts.identity import subject_of

    contract, _, token = sent_invitation(freelancer)
    held = CircumventionCheck.objects.create(
        subject=subject_of(contract),
        checkpoint="invitation_accepted",
        decision=CircumventionCheck.Decision.REVIEW,
        score=12.5,
        review_state=CircumventionCheck.ReviewState.HELD,
    )
    client.post(reverse("contracts:invitation_explain", args=[token]), {"explanation": "Me."})
    held.refresh_from_db()
    assert held.explanation == ""


def test_the_invitation_email_says_the_money_also_releases_when_the_review_period_ends(
    freelancer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sent_invitation(freelancer)
    body = mailoutbox[-1].body
    assert "automatically 14 days after a delivery" in body
    assert "only when you approve the work" not in body


def test_the_invitation_email_names_the_freelancer_the_money_is_released_to(
    freelancer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sent_invitation(freelancer)
    body = mailoutbox[-1].body
    assert f"the money is released to {freelancer.display_name} when you approve" in body
    assert "the freelancer" not in body


def test_the_invitation_email_asks_to_check_the_invitation_is_genuine(
    freelancer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sent_invitation(freelancer)
    assert "Check that this invitation is genuine" in mailoutbox[-1].body
