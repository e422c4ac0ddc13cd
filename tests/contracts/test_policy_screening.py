"""The work-policy screener guards contract texts and messages (issue 5 at the contract paths)."""

import pytest
from django.urls import reverse

from directcontracts.contracts import invitations, messaging
from directcontracts.contracts.models import Contract, Message
from directcontracts.core.errors import DomainError
from directcontracts.screening.models import ReviewState, ScreeningAttempt, SenderRisk
from directcontracts.screening.services import resolve_attempt
from tests.contracts.factories import active_contract, draft_contract, milestone

pytestmark = pytest.mark.django_db

BANNED = {
    "title": "Write 200 fake five-star reviews for my restaurant",
    "description": "Post fake customer reviews on Google and Yelp from different accounts so we outrank competitors.",
}


def _review_verdict(monkeypatch):
    """Make the screener send everything to review, to test the hold path on its own."""
    from directcontracts.screening import engine

    def review(**kwargs):
        return engine.Verdict(
            verdict=engine.Decision.REVIEW, policy="banned.misleading", score=0.6, reasons=["test"]
        )

    monkeypatch.setattr(engine, "screen_work", review)


def test_banned_work_is_refused_with_the_policy_and_reasons_and_nothing_is_created(freelancer):
    with pytest.raises(DomainError) as refused:
        draft_contract(freelancer, **BANNED)
    assert refused.value.code == "policy_blocked"
    assert refused.value.details["policy"].startswith("banned.")
    assert "/categories/" in refused.value.message
    assert not Contract.objects.exists()


def test_a_refusal_names_the_policy_and_quotes_the_sentence_without_rule_ids_or_scores(
    freelancer,
):
    with pytest.raises(DomainError) as refused:
        draft_contract(
            freelancer,
            title="Website for our bakery",
            description=(
                "Five pages with our menu and opening hours. We have photos. "
                "One more thing: post 40 fake Google reviews from different accounts."
            ),
        )
    message = refused.value.message
    assert "misleading" in message
    assert "fake Google reviews" in message
    assert "/categories/" in message
    assert "%" not in message
    assert "misleading.fake_reviews" not in message
    assert "reasons" not in refused.value.details
    assert "fake Google reviews" in refused.value.details["part"]
    # The staff log keeps the details.
    attempt = ScreeningAttempt.objects.get(sender_id=freelancer.pk)
    assert any("misleading.fake_reviews" in reason for reason in attempt.reasons)


def test_text_in_no_language_is_sent_back_for_a_description(freelancer):
    with pytest.raises(DomainError) as refused:
        draft_contract(freelancer, title="asdf jkl", description="qwerty asdfgh zxcvbn hjkl")
    assert refused.value.code == "work_description_unreadable"
    assert "describe the work" in refused.value.message
    assert not Contract.objects.exists()


def test_a_blocked_attempt_is_logged_and_counted_on_the_sender(freelancer):
    with pytest.raises(DomainError):
        draft_contract(freelancer, **BANNED)
    assert ScreeningAttempt.objects.filter(sender_id=freelancer.pk, verdict="block").exists()
    assert SenderRisk.objects.get(sender_id=freelancer.pk).blocked_work == 1


def test_legitimate_work_that_sounds_alarming_is_allowed(freelancer):
    contract = draft_contract(
        freelancer,
        title="Authorised penetration test of our web shop",
        description="Scoped, written authorisation from the owner; test the checkout and login and report findings.",
    )
    assert contract.screening_ref == ""


def test_a_contract_sent_to_review_is_held_and_cannot_be_sent(freelancer, monkeypatch):
    _review_verdict(monkeypatch)
    contract = draft_contract(freelancer)
    assert contract.screening_ref
    assert contract.events.filter(kind="contract.held_for_review").exists()
    with pytest.raises(DomainError) as refused:
        invitations.send_invitation(contract=contract, by=freelancer)
    assert refused.value.code == "held_for_review"


def test_a_held_contract_can_be_sent_once_trust_and_safety_clear_it(
    freelancer, trust_safety_staff, monkeypatch
):
    _review_verdict(monkeypatch)
    contract = draft_contract(freelancer)
    attempt = ScreeningAttempt.objects.get(
        object_ref=contract.screening_ref, review_state=ReviewState.HELD
    )
    resolve_attempt(attempt=attempt, by_user_id=trust_safety_staff.pk, confirmed=False)
    invitations.send_invitation(contract=contract, by=freelancer)
    contract.refresh_from_db()
    assert contract.state == "invited"


def test_a_milestone_text_is_screened_too(freelancer):
    with pytest.raises(DomainError) as refused:
        draft_contract(
            freelancer,
            milestones=[milestone("Buy 500 fake followers and fake reviews for Amazon listing")],
        )
    assert refused.value.code == "policy_blocked"


def test_editing_a_draft_into_banned_work_is_refused_and_the_draft_is_unchanged(freelancer):
    from directcontracts.contracts import services

    contract = draft_contract(freelancer)
    with pytest.raises(DomainError):
        services.update_draft(
            contract=contract,
            by=freelancer,
            client_email=contract.client_email,
            client_name="x",
            category_slug=contract.category_slug,
            currency="USD",
            milestones=[milestone()],
            review_period_days=14,
            **BANNED,
        )
    contract.refresh_from_db()
    assert contract.title == "A website for the bakery"


def test_a_message_asking_to_pay_outside_is_held_and_never_reaches_the_other_party(
    freelancer, monkeypatch
):
    contract, client = active_contract(freelancer, monkeypatch)
    with pytest.raises(DomainError) as refused:
        messaging.post_message(
            contract=contract,
            sender=freelancer,
            body="Let's skip the fees: pay me directly by PayPal to fiona at gmail dot com",
        )
    assert refused.value.code == "message_held"
    assert not Message.objects.exists()
    assert SenderRisk.objects.get(sender_id=freelancer.pk).held_messages == 1


def test_a_message_held_for_two_reasons_says_so_in_clean_sentences(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    with pytest.raises(DomainError) as refused:
        messaging.post_message(
            contract=contract,
            sender=freelancer,
            body="Let's skip the fees: pay me directly by PayPal to fiona at gmail dot com",
        )
    assert refused.value.message == (
        "Your message was not sent. It asks to pay outside Direct Contracts "
        "(\u201cpay me directly by paypal\u201d): payments must go through escrow, which is "
        "what protects both of you. It shares contact details to continue elsewhere (e-mail, "
        "phone or messenger). Keep payments and contact on Direct Contracts, where escrow "
        "protects you; edit the message and send it again."
    )


def test_a_normal_message_is_delivered_and_counted_unread_for_the_other_party(
    freelancer, monkeypatch, mailoutbox, django_capture_on_commit_callbacks
):
    contract, client = active_contract(freelancer, monkeypatch)
    with django_capture_on_commit_callbacks(execute=True):
        messaging.post_message(
            contract=contract, sender=client, body="Here are the brand colours we use."
        )
    assert messaging.unread_count(contract=contract, user=freelancer) == 1
    assert messaging.unread_count(contract=contract, user=client) == 0
    assert mailoutbox[-1].to == [freelancer.email]


def test_a_stranger_cannot_post_in_the_thread(freelancer, stranger_freelancer, monkeypatch, client):
    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(stranger_freelancer)
    response = client.post(reverse("contracts:message", args=[contract.pk]), {"body": "hello"})
    assert response.status_code == 404
    assert not Message.objects.exists()


def test_the_blocked_reason_is_shown_on_the_page_with_the_policy_link(client, freelancer):
    from tests.contracts.helpers import FORM

    client.force_login(freelancer)
    response = client.post(reverse("contracts:create"), {**FORM, **BANNED})
    assert response.status_code == 422
    assert b'data-error-code="policy_blocked"' in response.content
    assert b"/categories/" in response.content


def test_a_message_can_carry_files_that_only_the_parties_can_open(
    freelancer, monkeypatch, client, stranger_freelancer, settings, tmp_path
):
    import io

    settings.MEDIA_ROOT = tmp_path
    contract, buyer = active_contract(freelancer, monkeypatch)
    client.force_login(buyer)
    upload = io.BytesIO(b"brand colours: #f0a202")
    upload.name = "colours.txt"
    client.post(
        reverse("contracts:message", args=[contract.pk]),
        {"body": "Colours attached", "attachments": [upload]},
    )
    attachment = Message.objects.get().attachments.get()
    client.force_login(freelancer)
    assert client.get(reverse("contracts:message_file", args=[attachment.pk])).status_code == 200
    client.force_login(stranger_freelancer)
    assert client.get(reverse("contracts:message_file", args=[attachment.pk])).status_code == 404


def test_the_contract_list_shows_unread_messages(freelancer, monkeypatch, client):
    contract, buyer = active_contract(freelancer, monkeypatch)
    messaging.post_message(contract=contract, sender=buyer, body="Here is the brief.")
    client.force_login(freelancer)
    page = client.get(reverse("contracts:list"))
    assert b'1<span class="visually-hidden"> unread messages</span>' in page.content
    client.get(reverse("contracts:detail", args=[contract.pk]))
    assert b"unread messages" not in client.get(reverse("contracts:list")).content


def test_a_held_draft_says_it_waits_for_a_review_how_long_and_what_can_change(
    client, freelancer, monkeypatch
):
    _review_verdict(monkeypatch)
    contract = draft_contract(freelancer)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert "Waiting for a review." in page
    assert "within 24 hours" in page
    assert "You can still edit the draft" in page
    assert "Send invitation to" not in page
    assert "then send the invitation" not in page


def _page_while_the_answer_is_checked(client, freelancer) -> str:
    """The freelancer's contract page while the client's answer waits for an identity check."""
    from directcontracts.circumvention.models import CircumventionCheck
    from directcontracts.contracts.identity import subject_of
    from tests.contracts.factories import sent_invitation

    contract, _, _ = sent_invitation(freelancer)
    CircumventionCheck.objects.create(
        subject=subject_of(contract),
        checkpoint="invitation_accepted",
        decision=CircumventionCheck.Decision.REVIEW,
        score=0.7,
        review_state=CircumventionCheck.ReviewState.HELD,
    )
    client.force_login(freelancer)
    return client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()


def test_while_an_acceptance_waits_for_an_identity_check_the_freelancer_is_told_so(
    client, freelancer
):
    page = _page_while_the_answer_is_checked(client, freelancer)
    assert 'data-testid="identity-review"' in page
    assert "Waiting for" not in page


def test_while_an_acceptance_waits_for_an_identity_check_the_next_step_is_not_to_answer(
    client, freelancer
):
    page = _page_while_the_answer_is_checked(client, freelancer)
    step = page[page.index('data-testid="next-step"') :].split("</p>", 1)[0]
    assert "routine check" in step
    assert "accepts or declines" not in step


def test_a_draft_found_outside_the_policy_says_why_it_cannot_be_sent_and_what_to_do(
    client, freelancer, trust_safety_staff, monkeypatch
):
    _review_verdict(monkeypatch)
    contract = draft_contract(freelancer)
    attempt = ScreeningAttempt.objects.get(
        object_ref=contract.screening_ref, review_state=ReviewState.HELD
    )
    resolve_attempt(attempt=attempt, by_user_id=trust_safety_staff.pk, confirmed=True)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    step = page[page.index('data-testid="next-step"') :].split("</p>", 1)[0]
    assert "found this draft outside the work policy" in step
    assert "then send the invitation" not in step
    assert reverse("catalog:category_list") in step
