"""Close your account: each reason it is refused, and what closing does and keeps."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from directcontracts.accounts import closure, services
from directcontracts.accounts.models import AccountEvent, User
from directcontracts.contracts import escrow
from directcontracts.contracts.changes import end_contract
from directcontracts.contracts.models import Contract
from directcontracts.core.errors import DomainError
from directcontracts.disputes.models import ChargebackCase, ChargebackState
from directcontracts.disputes.services import open_dispute
from directcontracts.ledger import chart
from directcontracts.ledger import services as ledger_services
from directcontracts.ledger.models import AccountCode
from directcontracts.ledger.verify import verify_ledger
from directcontracts.notifications.models import Notice
from directcontracts.payments.models import Payment, Payout, PayoutMethod
from tests.accounts.factories import DEFAULT_PASSWORD
from tests.accounts.helpers import staff_session
from tests.contracts.factories import (
    active_contract,
    draft_contract,
    funded_milestone,
    milestone,
    sent_invitation,
)
from tests.support.factories import TicketFactory

CLIENT_PASSWORD = "a-long-client-passphrase-7"


@pytest.fixture(autouse=True)
def _no_new_account_hold(settings, tmp_path):
    settings.NEW_ACCOUNT_HOLD_DAYS = 0
    settings.DATA_EXPORT_DIR = tmp_path / "exports"
    # Account ids are reused after each test's rollback; the ledger's per-process shard
    # cache must not take this test's accounts for an earlier test's hot accounts.
    ledger_services.clear_shard_cache()


def _refusal_codes(user, password=DEFAULT_PASSWORD) -> list[str]:
    with pytest.raises(DomainError) as info:
        closure.close_account(user=user, password=password, confirmed=True)
    assert info.value.code == "close_blocked"
    assert info.value.status == 409
    return [reason["code"] for reason in info.value.details["reasons"]]


def _completed_contract(freelancer, monkeypatch, frozen_clock):
    """One milestone funded, released and the contract ended."""
    contract, client, first = funded_milestone(
        freelancer, monkeypatch, frozen_clock, milestones=[milestone("Design", 50_000)]
    )
    escrow.approve_milestone(milestone=first, by=client)
    end_contract(contract=contract, by=client)
    return contract, client


def test_closing_is_refused_while_a_contract_is_active(freelancer, monkeypatch):
    active_contract(freelancer, monkeypatch)
    assert "active_contract" in _refusal_codes(freelancer)


def test_closing_is_refused_while_an_invitation_waits_for_an_answer(freelancer):
    sent_invitation(freelancer)
    assert _refusal_codes(freelancer) == ["contract_invitation_open"]


def test_closing_is_refused_while_money_is_in_escrow(freelancer, monkeypatch, frozen_clock):
    _contract, client, _m = funded_milestone(freelancer, monkeypatch, frozen_clock)
    assert "money_in_escrow" in _refusal_codes(client, CLIENT_PASSWORD)


def test_closing_is_refused_while_a_balance_is_not_paid_out(freelancer, monkeypatch, frozen_clock):
    _completed_contract(freelancer, monkeypatch, frozen_clock)
    assert _refusal_codes(freelancer) == ["balance_remaining"]


def test_closing_is_refused_while_a_payout_is_pending(freelancer):
    method = PayoutMethod.objects.create(
        owner=freelancer,
        token="po_test",
        fingerprint="f" * 16,
        holder_name="F",
        last4="6789",
        currency="USD",
    )
    Payout.objects.create(
        freelancer=freelancer, method=method, idempotency_key="k1", amount_minor=100, currency="USD"
    )
    assert _refusal_codes(freelancer) == ["payout_pending"]


def _source():
    # A plain account of its own (not a hot, sharded one whose shards a process caches).
    return ledger_services.get_or_create_account(code=AccountCode.TEST, currency="USD")


def _pending_credit(account, amount=2_500):
    """A two-phase transfer not yet posted (a settlement on its way) into `account`."""
    ledger_services.post_transfer(
        id=f"test-pending:{account.pk}",
        debit_account_id=_source().pk,
        credit_account_id=account.pk,
        amount=amount,
        currency="USD",
        code="test",
        pending=True,
    )


def test_closing_is_refused_while_money_is_still_settling_into_the_balance(freelancer):
    _pending_credit(chart.freelancer_available(freelancer.pk, "USD"))
    assert _refusal_codes(freelancer) == ["balance_remaining"]


def test_the_refusal_names_the_pending_amount_the_person_is_still_owed(freelancer):
    _pending_credit(chart.freelancer_available(freelancer.pk, "USD"), amount=2_500)
    with pytest.raises(DomainError) as info:
        closure.close_account(user=freelancer, password=DEFAULT_PASSWORD, confirmed=True)
    assert "$25.00" in info.value.details["reasons"][0]["message"]


def test_closing_is_refused_while_a_refund_is_still_settling_to_the_client(freelancer):
    client = User.objects.create_user("refund-waits@example.com", CLIENT_PASSWORD, is_client=True)
    _pending_credit(chart.client_refundable(client.pk, "USD"))
    assert _refusal_codes(client, CLIENT_PASSWORD) == ["refund_pending"]


def test_closing_is_refused_while_the_ledger_holds_a_payout_in_flight(freelancer):
    """The ledger is the authority: money set aside for a payout blocks closing even when
    no payout row says pending (a payout whose paid or failed leg has not been posted)."""
    available = chart.freelancer_available(freelancer.pk, "USD")
    ledger_services.post_transfer(
        id="test-earned",
        debit_account_id=_source().pk,
        credit_account_id=available.pk,
        amount=4_000,
        currency="USD",
        code="test",
    )
    chart.apply(
        chart.request_payout(
            payout_id=991, freelancer_id=freelancer.pk, amount=4_000, currency="USD"
        )
    )
    assert _refusal_codes(freelancer) == ["payout_pending"]


def test_closing_is_refused_while_a_funding_is_reserved_in_a_contracts_escrow(freelancer):
    """A contract of the person's whose escrow holds a reservation not yet settled, whatever
    its milestones' rows say."""
    contract = draft_contract(freelancer)
    _pending_credit(chart.escrow(contract.pk, "USD"))
    assert _refusal_codes(freelancer) == ["money_in_escrow"]


def test_the_ledger_part_of_the_closing_check_is_one_query(freelancer, django_assert_num_queries):
    from directcontracts.contracts.personal_data import _money_in_the_ledger

    _pending_credit(chart.freelancer_available(freelancer.pk, "USD"))
    with django_assert_num_queries(1):
        assert set(_money_in_the_ledger(freelancer)) == {"freelancer_available"}


def test_closing_is_refused_while_a_dispute_is_open(freelancer, monkeypatch, frozen_clock):
    _contract, client, funded = funded_milestone(freelancer, monkeypatch, frozen_clock)
    open_dispute(milestone=funded, by=client, statement="The work was never delivered.")
    assert "dispute_open" in _refusal_codes(freelancer)


def test_closing_is_refused_while_a_chargeback_case_is_open(freelancer, monkeypatch, frozen_clock):
    contract, client = _completed_contract(freelancer, monkeypatch, frozen_clock)
    payment = Payment.objects.get(payer=client)
    ChargebackCase.objects.create(
        payment=payment,
        contract=contract,
        milestone=contract.milestones.get(),
        state=ChargebackState.OPEN,
        currency="USD",
        amount_minor=payment.total_minor,
    )
    assert _refusal_codes(client, CLIENT_PASSWORD) == ["chargeback_open"]


def test_staff_cannot_close_their_account_from_settings(support_staff):
    with pytest.raises(DomainError) as info:
        closure.close_account(user=support_staff, password=DEFAULT_PASSWORD, confirmed=True)
    assert info.value.code == "staff_cannot_close"
    assert info.value.status == 403


def test_closing_needs_the_password(freelancer):
    with pytest.raises(DomainError) as info:
        closure.close_account(user=freelancer, password="wrong", confirmed=True)
    assert info.value.code == "invalid_credentials"
    freelancer.refresh_from_db()
    assert freelancer.is_active


def test_closing_needs_the_confirmation_ticked(freelancer):
    with pytest.raises(DomainError) as info:
        closure.close_account(user=freelancer, password=DEFAULT_PASSWORD, confirmed=False)
    assert info.value.code == "close_not_confirmed"


def test_closing_signs_out_revokes_tokens_and_pseudonymises(
    client, freelancer, django_capture_on_commit_callbacks
):
    _token, secret = services.create_api_token(user=freelancer, name="CI")
    client.post(
        reverse("accounts:sign_in"), {"email": freelancer.email, "password": DEFAULT_PASSWORD}
    )
    other = client.__class__()
    other.post(
        reverse("accounts:sign_in"), {"email": freelancer.email, "password": DEFAULT_PASSWORD}
    )
    old_email = freelancer.email
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("accounts:close_account"), {"password": DEFAULT_PASSWORD, "confirm": "on"}
        )
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:account_closed")
    user = User.objects.get(pk=freelancer.pk)
    assert user.full_name == f"Closed account #{user.pk}"
    assert user.email == f"closed-{user.pk}@closed.invalid"
    assert user.freelancer_profile.display_name == f"Closed account #{user.pk}"
    assert not user.is_active
    assert not user.has_usable_password()
    assert services.authenticate_api_token(secret) is None
    assert other.get(reverse("accounts:settings")).status_code == 302
    assert [m.to for m in mail.outbox][-1] == [old_email]
    assert AccountEvent.objects.filter(user=user, kind="account_closed").exists()


def test_closed_account_cannot_sign_in_with_its_old_email(freelancer):
    email = freelancer.email
    closure.close_account(user=freelancer, password=DEFAULT_PASSWORD, confirmed=True)
    with pytest.raises(DomainError):
        services.check_credentials(email=email, password=DEFAULT_PASSWORD, ip_address=None)


def test_closing_keeps_contracts_and_the_ledger_balanced(freelancer, monkeypatch, frozen_clock):
    contract, client = _completed_contract(freelancer, monkeypatch, frozen_clock)
    closure.close_account(user=client, password=CLIENT_PASSWORD, confirmed=True)
    contract = Contract.objects.get(pk=contract.pk)
    assert contract.client_id == client.pk
    assert contract.milestones.get().state == "released"
    assert verify_ledger() == []


def test_the_freelancers_waiting_invitation_links_to_the_contract_to_withdraw_it(freelancer):
    contract, _invitation, _token = sent_invitation(freelancer)
    with pytest.raises(DomainError) as info:
        closure.close_account(user=freelancer, password=DEFAULT_PASSWORD, confirmed=True)
    (reason,) = info.value.details["reasons"]
    assert reason["url"] == reverse("contracts:detail", args=[contract.pk])
    assert reason["link_text"] == "Withdraw the invitation"


def _invited_again(freelancer, monkeypatch, frozen_clock):
    """A returning client (an account from an ended contract) invited to a new one."""
    _old, client = _completed_contract(freelancer, monkeypatch, frozen_clock)
    contract, invitation, _token = sent_invitation(
        freelancer, client_email=client.email.upper(), client_name="Returning Client"
    )
    return client, contract, invitation


def test_closing_declines_an_invitation_waiting_for_the_clients_answer(
    freelancer, monkeypatch, frozen_clock
):
    client, contract, invitation = _invited_again(freelancer, monkeypatch, frozen_clock)
    closure.close_account(user=client, password=CLIENT_PASSWORD, confirmed=True)
    contract.refresh_from_db()
    invitation.refresh_from_db()
    assert contract.state == "declined"
    assert contract.client_id is None
    assert invitation.answered_at is not None
    event = contract.events.get(kind="contract.declined")
    assert (event.actor_id, event.message) == (client.pk, "The client closed their account.")


def test_the_freelancer_is_told_the_invited_client_closed_their_account(
    freelancer, monkeypatch, frozen_clock
):
    client, contract, _invitation = _invited_again(freelancer, monkeypatch, frozen_clock)
    closure.close_account(user=client, password=CLIENT_PASSWORD, confirmed=True)
    notice = Notice.objects.get(recipient=freelancer, kind="contract.declined")
    assert notice.title == "Returning Client closed their account"
    assert "send it again" in notice.body


def test_closing_cancels_the_freelancers_own_drafts_and_declined_proposals(freelancer):
    draft = draft_contract(freelancer)
    declined, invitation, _token = sent_invitation(freelancer, client_email="no@example.org")
    Contract.objects.filter(pk=declined.pk).update(state="declined")
    closure.close_account(user=freelancer, password=DEFAULT_PASSWORD, confirmed=True)
    states = dict(Contract.objects.filter(freelancer=freelancer).values_list("pk", "state"))
    assert states == {draft.pk: "cancelled", declined.pk: "cancelled"}


def test_settings_page_lists_what_must_happen_first_with_links(client, freelancer):
    sent_invitation(freelancer)
    client.force_login(freelancer)
    page = client.get(reverse("accounts:settings")).content.decode()
    assert 'data-testid="close-blocked"' in page
    assert 'data-code="contract_invitation_open"' in page
    assert reverse("contracts:list") in page
    assert 'data-testid="close-form"' not in page


def test_settings_page_offers_the_close_form_when_nothing_stops_it(client, freelancer):
    client.force_login(freelancer)
    page = client.get(reverse("accounts:settings")).content.decode()
    assert 'data-testid="close-form"' in page


def test_refused_close_shows_the_reason_on_the_page(client, freelancer):
    sent_invitation(freelancer)
    client.force_login(freelancer)
    response = client.post(
        reverse("accounts:close_account"), {"password": DEFAULT_PASSWORD, "confirm": "on"}
    )
    assert response.status_code == 409
    assert b'data-error-code="close_blocked"' in response.content
    freelancer.refresh_from_db()
    assert freelancer.is_active


def test_the_freelancer_sees_closed_account_instead_of_the_closed_clients_name_and_email(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, nora = _completed_contract(freelancer, monkeypatch, frozen_clock)
    old_email = nora.email
    closure.close_account(user=nora, password=CLIENT_PASSWORD, confirmed=True)
    client.force_login(freelancer)
    pages = {}
    for url in (reverse("contracts:detail", args=[contract.pk]), reverse("contracts:list")):
        response = client.get(url)
        assert response.status_code == 200
        pages[url] = response.content.decode()
        assert "Nora Newclient" not in pages[url]
        assert old_email not in pages[url]
    assert f"Closed account #{nora.pk}" in pages[reverse("contracts:detail", args=[contract.pk])]


def test_a_closed_accounts_api_token_is_refused(client, freelancer):
    _token, secret = services.create_api_token(user=freelancer, name="CI")
    closure.close_account(user=freelancer, password=DEFAULT_PASSWORD, confirmed=True)
    response = client.get("/api/v1/me/export", HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert response.status_code == 401


def test_staff_pages_show_a_closed_person_without_errors(
    client, freelancer, support_staff, trust_safety_staff, monkeypatch, frozen_clock
):
    from directcontracts.core.concerns import Concern, raise_concern
    from directcontracts.trust.models import Case

    contract, nora = _completed_contract(freelancer, monkeypatch, frozen_clock)
    ticket = TicketFactory(requester=nora, contract=contract)
    raise_concern(
        Concern(
            source="verification",
            target_kind="user",
            target_id=str(nora.pk),
            reason="scam_fraud",
            summary="A look at this client",
            evidence={"user": nora.pk},
        )
    )
    closure.close_account(user=nora, password=CLIENT_PASSWORD, confirmed=True)
    support = staff_session(client, support_staff)
    for url in (reverse("support:queue"), reverse("support:staff_ticket", args=[ticket.reference])):
        assert support.get(url).status_code == 200, url
    trust = staff_session(client.__class__(), trust_safety_staff)
    case = Case.objects.get()
    for url in (reverse("trust:queue"), reverse("trust:case", args=[case.reference])):
        assert trust.get(url).status_code == 200, url
    page = client.__class__()
    page.force_login(freelancer)
    for url in (reverse("contracts:detail", args=[contract.pk]), "/notifications/"):
        assert page.get(url).status_code in (200, 302), url


def test_signing_up_again_with_the_old_email_makes_a_new_account_that_sees_nothing_old(
    freelancer, monkeypatch, frozen_clock
):
    contract, nora = _completed_contract(freelancer, monkeypatch, frozen_clock)
    old_email = nora.email
    closure.close_account(user=nora, password=CLIENT_PASSWORD, confirmed=True)
    again = services.sign_up(
        email=old_email,
        password=CLIENT_PASSWORD,
        full_name="Nora Again",
        as_freelancer=False,
        as_client=True,
    )
    assert again.pk != nora.pk
    assert not Contract.objects.visible_to(again).exists()
    assert closure.what_stops_closing(again) == []


def test_closing_removes_the_name_and_email_from_the_persons_help_requests(
    freelancer, monkeypatch, frozen_clock
):
    _contract, nora = _completed_contract(freelancer, monkeypatch, frozen_clock)
    ticket = TicketFactory(
        requester=nora, requester_name="Nora Newclient", subject="Before I leave"
    )
    closure.close_account(user=nora, password=CLIENT_PASSWORD, confirmed=True)
    ticket.refresh_from_db()
    assert ticket.requester_name == f"Closed account #{nora.pk}"
    assert ticket.requester_email == f"closed-{nora.pk}@closed.invalid"
    assert ticket.subject == "Before I leave"


def test_the_close_section_names_each_invitation_the_closing_will_decline(
    client, freelancer, monkeypatch, frozen_clock
):
    invited, contract, _invitation = _invited_again(freelancer, monkeypatch, frozen_clock)
    client.force_login(invited)
    page = client.get(reverse("accounts:settings")).content.decode()
    assert 'data-testid="close-form"' in page
    assert 'data-testid="close-ends"' in page
    assert f"“{contract.title}” (contract #{contract.pk})" in page
    assert "will be declined, and they will be told" in page


def test_the_close_section_names_each_draft_and_declined_proposal_the_closing_will_cancel(
    client, freelancer
):
    draft = draft_contract(freelancer)
    declined, _invitation, _token = sent_invitation(freelancer, client_email="no@example.org")
    Contract.objects.filter(pk=declined.pk).update(state="declined")
    client.force_login(freelancer)
    page = client.get(reverse("accounts:settings")).content.decode()
    assert f"Your draft “{draft.title}” (contract #{draft.pk}) will be cancelled." in page
    assert f"Your declined proposal “{declined.title}” (contract #{declined.pk})" in page
    assert reverse("contracts:detail", args=[draft.pk]) in page


def test_the_close_section_says_nothing_is_ended_when_nothing_waits(client, freelancer):
    client.force_login(freelancer)
    page = client.get(reverse("accounts:settings")).content.decode()
    assert 'data-testid="close-ends"' not in page


def test_what_the_page_announces_is_exactly_what_the_closing_then_ends(
    freelancer, monkeypatch, frozen_clock
):
    invited, contract, _invitation = _invited_again(freelancer, monkeypatch, frozen_clock)
    announced = [effect.code for effect in closure.what_closing_ends(invited)]
    closure.close_account(user=invited, password=CLIENT_PASSWORD, confirmed=True)
    ended = list(
        contract.events.filter(kind="contract.declined").values_list("contract_id", flat=True)
    )
    assert (announced, ended) == (["invitation_declined"], [contract.pk])
    assert closure.what_closing_ends(invited) == []
