"""The contract page reads feedback only where it shows it: on an ended contract (issue 19,
sixth round). An active contract's page makes no feedback query; an ended one shows each
party's feedback, and the form only to a party who has not left theirs. Feedback is blind: a
party sees the other's only once both have left theirs or the window has closed."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.urls import reverse

from directcontracts.contracts import changes
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.core.errors import Conflict
from directcontracts.notifications.models import Notice
from tests.contracts.factories import active_contract
from tests.querycount import queries_made

pytestmark = pytest.mark.django_db


def test_an_active_contracts_page_reads_no_feedback(client, freelancer, monkeypatch, settings):
    settings.CONTRACT_PAGE_CACHE = False  # the rendering's queries, not the cache's fingerprint
    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    url = reverse("contracts:detail", args=[contract.pk])
    client.get(url)
    queries = queries_made(lambda: client.get(url))
    assert not [q for q in queries if "contracts_feedback" in q]
    page = client.get(url).content.decode()
    assert 'id="feedback"' not in page


def test_an_ended_contracts_page_shows_the_feedback_and_the_form_to_who_has_not_left_it(
    client, freelancer, monkeypatch
):
    contract, client_user = active_contract(freelancer, monkeypatch)
    changes.end_contract(contract=contract, by=client_user, reason="All done")
    contract.refresh_from_db()
    url = reverse("contracts:detail", args=[contract.pk])

    client.force_login(freelancer)
    page = client.get(url).content.decode()
    assert "No feedback yet." in page
    assert "Leave feedback" in page

    changes.leave_feedback(contract=contract, by=client_user, rating=5, comment="Great <work>")
    changes.leave_feedback(contract=contract, by=freelancer, rating=4, comment="Clear brief")
    page = client.get(url).content.decode()
    assert "No feedback yet." not in page
    assert ": 5/5 · Great &lt;work&gt;</p>" in page
    assert ": 4/5 · Clear brief</p>" in page
    assert "Leave feedback" not in page


def _next_step(client, contract) -> str:
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    if 'data-testid="next-step"' not in page:
        return ""
    return page[page.index('data-testid="next-step"') :].split("</p>", 1)[0]


def test_on_an_ended_contract_the_next_step_asks_for_feedback_until_it_is_left(
    client, freelancer, monkeypatch
):
    contract, client_user = active_contract(freelancer, monkeypatch)
    changes.end_contract(contract=contract, by=client_user, reason="All done")
    contract.refresh_from_db()
    client.force_login(client_user)
    assert 'href="#feedback"' in _next_step(client, contract)
    changes.leave_feedback(contract=contract, by=client_user, rating=5, comment="Thanks")
    assert _next_step(client, contract) == ""


def _ended(freelancer, monkeypatch):
    contract, client_user = active_contract(freelancer, monkeypatch)
    changes.end_contract(contract=contract, by=client_user, reason="All done")
    contract.refresh_from_db()
    return contract, client_user


def test_the_feedback_form_preselects_no_rating(client, freelancer, monkeypatch):
    contract, client_user = _ended(freelancer, monkeypatch)
    client.force_login(client_user)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    rating = page[page.index('name="rating"') :].split("</select>", 1)[0]
    assert not re.search(r'value="\d" selected', rating)
    assert '<option value="" selected>Choose a rating</option>' in rating


def test_feedback_without_a_rating_is_refused_at_the_field_and_records_nothing(
    client, freelancer, monkeypatch
):
    contract, client_user = _ended(freelancer, monkeypatch)
    client.force_login(client_user)
    response = client.post(reverse("contracts:feedback", args=[contract.pk]), {"comment": ""})
    assert response.status_code == 400
    page = response.content.decode()
    assert 'id="error-summary"' in page
    assert 'href="#id_rating">Rating: Choose a rating from 1 to 5 stars.' in page
    field = page[page.index('<section class="card" id="feedback"') :].split("</section>", 1)[0]
    assert "Choose a rating from 1 to 5 stars." in field.split('id="error-summary"', 1)[1]
    assert not contract.feedback.exists()


def test_a_chosen_rating_is_recorded(client, freelancer, monkeypatch):
    contract, client_user = _ended(freelancer, monkeypatch)
    client.force_login(client_user)
    response = client.post(reverse("contracts:feedback", args=[contract.pk]), {"rating": "3"})
    assert response.status_code == 302
    assert contract.feedback.get().rating == 3


def _page(client, contract) -> str:
    return client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()


def test_a_party_does_not_see_the_others_feedback_before_leaving_their_own(
    client, freelancer, monkeypatch
):
    contract, client_user = _ended(freelancer, monkeypatch)
    changes.leave_feedback(contract=contract, by=client_user, rating=1, comment="Slow <work>")
    client.force_login(freelancer)
    page = _page(client, contract)
    assert "1/5" not in page
    assert "Slow" not in page
    assert 'data-testid="feedback-waiting"' in page
    assert "Leave feedback" in page
    assert "until they leave theirs" not in page  # they have: leaving yours shows both


def test_the_author_sees_their_own_feedback_and_that_it_is_hidden_for_now(
    client, freelancer, monkeypatch
):
    contract, client_user = _ended(freelancer, monkeypatch)
    changes.leave_feedback(contract=contract, by=client_user, rating=2, comment="Late")
    client.force_login(client_user)
    page = _page(client, contract)
    assert "<strong>You</strong>: 2/5 · Late</p>" in page
    assert 'data-testid="feedback-own-hidden"' in page


def test_once_both_have_left_feedback_each_sees_the_others(client, freelancer, monkeypatch):
    contract, client_user = _ended(freelancer, monkeypatch)
    changes.leave_feedback(contract=contract, by=client_user, rating=2, comment="Late")
    changes.leave_feedback(contract=contract, by=freelancer, rating=5, comment="Kind")
    client.force_login(client_user)
    page = _page(client, contract)
    assert ": 5/5 · Kind</p>" in page
    assert 'data-testid="feedback-own-hidden"' not in page


def test_after_the_window_closes_the_feedback_left_shows_and_no_more_can_be_left(
    client, freelancer, monkeypatch, settings
):
    contract, client_user = _ended(freelancer, monkeypatch)
    changes.leave_feedback(contract=contract, by=client_user, rating=2, comment="Late")
    contract.ended_at -= timedelta(days=settings.FEEDBACK_WINDOW_DAYS, seconds=1)
    contract.save(update_fields=["ended_at"])
    client.force_login(freelancer)
    page = _page(client, contract)
    assert ": 2/5 · Late</p>" in page
    assert "Leave feedback" not in page
    assert 'data-testid="feedback-closed"' in page
    with pytest.raises(Conflict) as refused:
        changes.leave_feedback(contract=contract, by=freelancer, rating=5)
    assert refused.value.code == ContractErrorCode.FEEDBACK_CLOSED


def test_the_timeline_does_not_give_the_rating_away(client, freelancer, monkeypatch):
    contract, client_user = _ended(freelancer, monkeypatch)
    changes.leave_feedback(contract=contract, by=client_user, rating=1)
    event = contract.events.get(kind="contract.feedback")
    assert "1/5" not in event.message


def test_the_other_party_is_told_feedback_was_left_but_not_what_it_says(freelancer, monkeypatch):
    contract, client_user = _ended(freelancer, monkeypatch)
    changes.leave_feedback(contract=contract, by=client_user, rating=1, comment="Slow work")
    notice = Notice.objects.get(recipient=freelancer, kind="contract.feedback_left")
    assert "left feedback" in notice.title
    assert "hidden until you leave yours" in notice.body
    assert "1/5" not in notice.title + notice.body
    assert "Slow" not in notice.title + notice.body


def test_the_first_author_is_told_when_both_can_read_each_others(freelancer, monkeypatch):
    contract, client_user = _ended(freelancer, monkeypatch)
    changes.leave_feedback(contract=contract, by=client_user, rating=4)
    changes.leave_feedback(contract=contract, by=freelancer, rating=5)
    notice = Notice.objects.get(recipient=client_user, kind="contract.feedback_left")
    assert "both left feedback" in notice.body
