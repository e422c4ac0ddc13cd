"""Was this article helpful? One vote per person per round; voting again changes it."""

from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError, RateLimited
from directcontracts.helpcenter.models import ArticleVote
from directcontracts.helpcenter.services import cast_vote, explain_no_vote, voter_for
from directcontracts.helpcenter.voters import VISITOR_COOKIE
from tests.accounts.factories import DEFAULT_PASSWORD
from tests.accounts.helpers import sign_in_as
from tests.helpcenter.helpers import visitor

pytestmark = pytest.mark.django_db


def test_votes_are_counted_as_n_out_of_m(article):
    cast_vote(article=article, voter=visitor(1), helpful=True)
    cast_vote(article=article, voter=visitor(2), helpful=False)
    assert cast_vote(article=article, voter=visitor(3), helpful=True) == {"helpful": 2, "total": 3}


def test_voting_again_changes_the_vote_instead_of_adding_one(article):
    cast_vote(article=article, voter=visitor(1), helpful=True)
    assert cast_vote(article=article, voter=visitor(1), helpful=False) == {"helpful": 0, "total": 1}
    assert ArticleVote.objects.filter(article=article).count() == 1


def test_a_signed_in_person_has_one_vote_whatever_cookie_they_carry(article, client_user):
    first = voter_for(user=client_user, visitor_token="cookie-one-aaaaaaaaaaaa", address=None)
    second = voter_for(user=client_user, visitor_token="cookie-two-bbbbbbbbbbbb", address=None)
    cast_vote(article=article, voter=first, helpful=True)
    assert cast_vote(article=article, voter=second, helpful=True) == {"helpful": 1, "total": 1}


def test_changing_to_yes_drops_the_what_was_missing_answer(article):
    cast_vote(article=article, voter=visitor(1), helpful=False)
    explain_no_vote(article=article, voter=visitor(1), missing="Nothing about refunds")
    cast_vote(article=article, voter=visitor(1), helpful=True)
    assert ArticleVote.objects.get(article=article).missing == ""


def test_what_was_missing_needs_a_no_vote_first(article):
    cast_vote(article=article, voter=visitor(1), helpful=True)
    with pytest.raises(DomainError) as excinfo:
        explain_no_vote(article=article, voter=visitor(1), missing="More examples")
    assert (excinfo.value.code, excinfo.value.status) == ("no_vote_to_explain", 409)


@pytest.mark.parametrize("text", ["", "   ", "x" * 1001, "bell \x07 here", "nul \x00 here"])
def test_what_was_missing_refuses_empty_long_or_control_text(article, text):
    cast_vote(article=article, voter=visitor(1), helpful=False)
    with pytest.raises(DomainError) as excinfo:
        explain_no_vote(article=article, voter=visitor(1), missing=text)
    assert excinfo.value.code == "text_invalid"


def test_visitors_are_rate_limited_by_address(article, settings):
    settings.HELP_VOTE_LIMIT_PER_ADDRESS = 3
    for n in range(3):
        cast_vote(article=article, voter=visitor(n, "203.0.113.9"), helpful=True)
    with pytest.raises(RateLimited):
        cast_vote(article=article, voter=visitor(99, "203.0.113.9"), helpful=True)
    # Another address is not affected.
    cast_vote(article=article, voter=visitor(100, "203.0.113.10"), helpful=True)


# --- The web page -----------------------------------------------------------------------


def test_a_visitor_votes_on_the_page_and_gets_a_first_party_cookie(client, article):
    response = client.post(f"/help/{article.slug}/vote/", {"helpful": "yes"})
    assert response.status_code == 302
    cookie = response.cookies[VISITOR_COOKIE]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    page = client.get(f"/help/{article.slug}/").content.decode()
    assert "1 out of 1 found this helpful" in page
    assert 'aria-pressed="true">Yes' in page


def test_the_same_visitor_voting_again_changes_the_count(client, article):
    client.post(f"/help/{article.slug}/vote/", {"helpful": "yes"})
    client.post(f"/help/{article.slug}/vote/", {"helpful": "no"})
    assert b"0 out of 1 found this helpful" in client.get(f"/help/{article.slug}/").content


def test_a_no_asks_what_was_missing_and_offers_a_prefilled_request(client, article):
    client.post(f"/help/{article.slug}/vote/", {"helpful": "no"})
    page = client.get(f"/help/{article.slug}/").content.decode()
    assert "What was missing?" in page
    client.post(f"/help/{article.slug}/feedback/", {"missing": "How refunds reach my card"})
    page = client.get(f"/help/{article.slug}/").content.decode()
    assert f"/support/new/?article={article.slug}&amp;details=How+refunds+reach+my+card" in page


def test_a_no_is_thanked_before_asking_what_was_missing(client, article):
    client.post(f"/help/{article.slug}/vote/", {"helpful": "no"})
    page = client.get(f"/help/{article.slug}/").content.decode()
    assert '<p role="status">Thank you for telling us. What was missing?' in page


def test_a_bad_answer_is_refused_with_a_message(client, article):
    response = client.post(f"/help/{article.slug}/vote/", {"helpful": "maybe"})
    assert response.status_code == 400
    assert b"Choose Yes or No." in response.content


# --- The API ----------------------------------------------------------------------------


def test_the_api_records_a_visitors_vote_and_returns_the_counts(client, article):
    response = client.post(
        f"/api/v1/help/articles/{article.slug}/votes",
        {"helpful": True},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json() == {"helpful": 1, "total": 1, "your_vote": True}
    again = client.post(
        f"/api/v1/help/articles/{article.slug}/votes",
        {"helpful": False, "missing": "An example"},
        content_type="application/json",
    )
    assert again.json() == {"helpful": 0, "total": 1, "your_vote": False}
    assert ArticleVote.objects.get(article=article).missing == "An example"


@pytest.mark.parametrize(
    ("payload", "status"),
    [({}, 422), ({"helpful": "perhaps"}, 422), ({"helpful": True, "missing": "x" * 2000}, 422)],
)
def test_the_api_refuses_a_malformed_vote(client, article, payload, status):
    response = client.post(
        f"/api/v1/help/articles/{article.slug}/votes", payload, content_type="application/json"
    )
    assert response.status_code == status
    assert response.json()["error"]["code"] == "validation_error"


def test_a_signed_in_api_vote_needs_the_csrf_token(article, client_user):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.login(email=client_user.email, password=DEFAULT_PASSWORD)
    response = browser.post(
        f"/api/v1/help/articles/{article.slug}/votes",
        {"helpful": True},
        content_type="application/json",
    )
    assert response.status_code == 403
    assert not ArticleVote.objects.exists()


def test_an_api_token_votes_as_its_owner(client, article, client_user):
    from directcontracts.accounts.services import create_api_token

    _, secret = create_api_token(user=client_user, name="script")
    response = client.post(
        f"/api/v1/help/articles/{article.slug}/votes",
        {"helpful": True},
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert response.status_code == 200
    assert ArticleVote.objects.get().voter_key == f"user:{client_user.pk}"


# --- The staff feedback list -------------------------------------------------------------


def _no_answers(article, count):
    for n in range(count):
        cast_vote(article=article, voter=visitor(n, f"198.51.100.{n % 200}"), helpful=False)
        explain_no_vote(article=article, voter=visitor(n, "x"), missing=f"Missing thing {n}")


def test_support_staff_read_the_no_answers(client, article, support_staff):
    _no_answers(article, 2)
    sign_in_as(client, support_staff)
    page = client.get("/help/staff/feedback/").content.decode()
    assert "Missing thing 0" in page
    assert "Missing thing 1" in page


def test_the_feedback_list_is_paginated(client, article, support_staff):
    _no_answers(article, 30)
    sign_in_as(client, support_staff)
    first = client.get("/help/staff/feedback/").content.decode()
    assert first.count("Missing thing") == 25
    assert "Page 1 of 2" in first


@pytest.mark.parametrize("persona", ["client_user", "stranger_freelancer", "trust_safety_staff"])
def test_the_feedback_list_is_not_found_for_anyone_else(client, article, persona, request):
    sign_in_as(client, request.getfixturevalue(persona))
    assert client.get("/help/staff/feedback/").status_code == 404


def test_an_article_offers_still_need_help_before_any_vote(client, article):
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Still need help?" in page
    assert f"/support/new/?article={article.slug}" in page


def test_a_yes_vote_still_offers_get_help_with_the_article(client, article):
    client.post(f"/help/{article.slug}/vote/", {"helpful": "yes"})
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Thank you for telling us." in page
    assert "Still need help?" in page


def test_visitors_of_one_ipv6_network_share_the_address_limit(article, settings):
    settings.HELP_VOTE_LIMIT_PER_ADDRESS = 3
    for n in range(3):
        cast_vote(article=article, voter=visitor(n, f"2001:db8:5:6::{n + 1:x}"), helpful=True)
    with pytest.raises(RateLimited):
        cast_vote(article=article, voter=visitor(99, "2001:db8:5:6:ffff::1"), helpful=True)
