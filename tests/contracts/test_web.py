import pytest
from django.conf import settings
from django.urls import reverse

from directcontracts.contracts.models import Contract, ContractState
from tests.contracts.factories import draft_contract, sent_invitation
from tests.contracts.helpers import FORM

pytestmark = pytest.mark.django_db


def test_a_freelancer_creates_a_draft_from_the_form_and_sees_the_fees(client, freelancer):
    client.force_login(freelancer)
    response = client.post(reverse("contracts:create"), FORM, follow=True)
    contract = Contract.objects.get()
    assert contract.milestones.get().amount_minor == 50_000
    assert response.status_code == 200
    assert b"Freelancer receives" in response.content
    assert b"$475.00" in response.content


def test_an_amount_with_too_many_decimals_is_shown_on_its_field(client, freelancer):
    client.force_login(freelancer)
    response = client.post(reverse("contracts:create"), {**FORM, "m-0-amount": "12.345"})
    assert response.status_code == 400
    assert b"at most 2 decimals" in response.content
    assert not Contract.objects.exists()


def test_a_refusal_shows_its_reason_on_the_page(client, freelancer):
    client.force_login(freelancer)
    response = client.post(reverse("contracts:create"), {**FORM, "m-0-amount": "1.00"})
    assert response.status_code == 400
    assert b'data-error-code="amount_too_small"' in response.content


def test_a_stranger_gets_404_for_someone_elses_contract(client, freelancer, stranger_freelancer):
    contract = draft_contract(freelancer)
    client.force_login(stranger_freelancer)
    assert client.get(reverse("contracts:detail", args=[contract.pk])).status_code == 404
    assert client.post(reverse("contracts:send", args=[contract.pk])).status_code == 404


def test_sending_from_the_page_invites_the_client(client, freelancer):
    contract = draft_contract(freelancer)
    client.force_login(freelancer)
    client.post(reverse("contracts:send", args=[contract.pk]))
    contract.refresh_from_db()
    assert contract.state == ContractState.INVITED


def test_sending_twice_is_a_conflict_naming_the_state(client, freelancer):
    contract, _, _ = sent_invitation(freelancer)
    client.force_login(freelancer)
    response = client.post(reverse("contracts:send", args=[contract.pk]))
    assert response.status_code == 409
    assert b"This contract is already sent." in response.content


def test_the_list_is_searchable_and_shows_only_my_contracts(
    client, freelancer, stranger_freelancer
):
    draft_contract(freelancer, title="Logo design")
    draft_contract(freelancer, title="Bakery website")
    draft_contract(stranger_freelancer, title="Logo for someone else")
    client.force_login(freelancer)
    response = client.get(reverse("contracts:list"), {"q": "logo"})
    assert b"Logo design" in response.content
    assert b"Bakery website" not in response.content
    assert b"someone else" not in response.content


def test_the_invitation_page_asks_for_the_code_before_showing_terms(client, freelancer):
    _, _, token = sent_invitation(freelancer)
    response = client.get(reverse("contracts:invitation", args=[token]))
    assert b"Email me a code" in response.content
    assert b"Scope of work" not in response.content


def test_a_forms_post_without_csrf_is_refused(freelancer):
    from django.test import Client

    contract = draft_contract(freelancer)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(freelancer)
    assert strict.post(reverse("contracts:send", args=[contract.pk])).status_code == 403


def test_a_control_character_in_a_title_is_a_form_error_and_saves_nothing(client, freelancer):
    client.force_login(freelancer)
    response = client.post(reverse("contracts:create"), {**FORM, "title": "Logo\x1b[2Jdesign"})
    assert response.status_code == 400
    assert "control character (U+001B)" in response.content.decode()
    assert not Contract.objects.exists()


def test_a_title_that_is_one_long_word_is_refused_at_the_title_field(client, freelancer):
    client.force_login(freelancer)
    response = client.post(reverse("contracts:create"), {**FORM, "title": "x" * 200})
    assert response.status_code == 400
    assert response.context["form"].errors["title"] == [
        "Break up the long word in the title: a word can be at most 60 characters."
    ]
    assert not Contract.objects.exists()


def test_a_search_with_a_control_character_is_refused_on_the_list(client, freelancer):
    client.force_login(freelancer)
    response = client.get(reverse("contracts:list"), {"q": "a\x00b"})
    assert response.status_code == 200
    assert "control character (U+0000)" in response.content.decode()


def test_the_draft_page_lists_every_milestone_that_will_be_sent(client, freelancer):
    contract = draft_contract(freelancer)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert "Client pays by card" in page
    for title, amount in (("Design", "$500.00"), ("Build", "$1,200.00")):
        assert (
            f'<td data-label="Milestone">{title}</td><td data-label="Amount">{amount}</td>' in page
        )


def test_once_a_code_is_sent_the_invitation_page_asks_for_it_first(client, freelancer):
    _, _, token = sent_invitation(freelancer)
    client.post(reverse("contracts:invitation_send_code", args=[token]))
    page = client.get(reverse("contracts:invitation", args=[token])).content.decode()
    assert 'data-testid="code-sent"' in page
    assert page.index("Confirm code") < page.index("Send a new code")
    assert '<button type="submit" class="button">Confirm code</button>' in page


def test_after_emailing_a_code_the_page_says_so_once(client, freelancer):
    _, _, token = sent_invitation(freelancer)
    response = client.post(reverse("contracts:invitation_send_code", args=[token]), follow=True)
    assert response.content.decode().count("We sent a 6-digit code") == 1


def test_an_expired_code_is_no_longer_asked_for(client, freelancer, frozen_clock):
    _, _, token = sent_invitation(freelancer)
    client.post(reverse("contracts:invitation_send_code", args=[token]))
    frozen_clock.advance(minutes=settings.INVITATION_CODE_MINUTES + 1)
    page = client.get(reverse("contracts:invitation", args=[token])).content.decode()
    assert 'data-testid="code-sent"' not in page
    assert "Email me a code" in page


def test_an_amount_below_the_minimum_is_refused_at_its_field(client, freelancer):
    client.force_login(freelancer)
    response = client.post(reverse("contracts:create"), {**FORM, "m-0-amount": "1.00"})
    page = response.content.decode()
    assert response.status_code == 400
    assert 'aria-describedby="id_m-0-amount_error"' in page
    assert (
        '<ul class="errorlist" id="id_m-0-amount_error"><li>Each milestone must be at least $5.00.'
        in page
    )


def test_the_form_lists_its_errors_at_the_top_with_links_to_each_field(client, freelancer):
    client.force_login(freelancer)
    response = client.post(reverse("contracts:create"), {**FORM, "title": "", "m-0-amount": "-50"})
    page = response.content.decode()
    summary = page[page.index('id="error-summary"') : page.index("<legend>Client</legend>")]
    assert '<a href="#id_title">Contract title: This field is required.</a>' in summary
    assert (
        '<a href="#id_m-0-amount">Milestone 1 amount: '
        "Enter an amount such as 250, 250.00 or 1,100.00.</a>"
    ) in summary


def test_a_form_without_milestones_asks_for_one_in_words_not_formset_machinery(client, freelancer):
    client.force_login(freelancer)
    response = client.post(reverse("contracts:create"), {**FORM, "m-0-title": "", "m-0-amount": ""})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Please submit at least 1 form" not in page
    milestones = page[page.index("<legend>Milestones</legend>") :]
    assert "Add at least one milestone." in milestones


def test_a_form_without_milestones_says_so_once_and_not_as_milestone_1s_required_fields(
    client, freelancer
):
    client.force_login(freelancer)
    response = client.post(reverse("contracts:create"), {**FORM, "m-0-title": "", "m-0-amount": ""})
    page = response.content.decode()
    summary = page[page.index('id="error-summary"') : page.index("<legend>Client</legend>")]
    assert '<a href="#id_m-0-title">Add at least one milestone.</a>' in summary
    assert page.count("Add at least one milestone.") == 2  # the summary and the milestones
    assert "This field is required." not in page


def test_a_milestone_written_in_the_second_row_is_enough(client, freelancer):
    client.force_login(freelancer)
    rows = {"m-0-title": "", "m-0-amount": "", "m-1-title": "Design", "m-1-amount": "500.00"}
    response = client.post(reverse("contracts:create"), {**FORM, **rows})
    assert response.status_code == 302
    assert [m.title for m in Contract.objects.get().milestones.all()] == ["Design"]


def test_a_wrong_amount_is_reported_even_when_its_milestone_has_no_name(client, freelancer):
    client.force_login(freelancer)
    response = client.post(
        reverse("contracts:create"), {**FORM, "m-0-title": "", "m-0-amount": "-50"}
    )
    page = response.content.decode()
    assert '<a href="#id_m-0-title">Milestone 1: This field is required.</a>' in page
    assert '<ul class="errorlist" id="id_m-0-amount_error"><li>Enter an amount such as' in page
    assert not Contract.objects.exists()


def test_a_milestone_named_with_one_long_word_is_refused_at_its_name(client, freelancer):
    client.force_login(freelancer)
    response = client.post(reverse("contracts:create"), {**FORM, "m-0-title": "y" * 70})
    assert response.status_code == 400
    assert response.context["formset"].forms[0].errors["title"] == [
        "Break up the long word in the milestone's name: a word can be at most 60 characters."
    ]
    assert not Contract.objects.exists()
