"""The Help Center's and Get Help's pages, public and staff, make the same number of queries
for one row and for many (issue 19; the route sweep in test_route_sweep.py lists them)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from directcontracts.core import clock
from directcontracts.helpcenter.models import ArticleVote
from directcontracts.support import staff as support_staff_services
from directcontracts.support import tickets
from directcontracts.support.models import Satisfaction, Status, Ticket
from tests.accounts.factories import ClientFactory, StaffFactory
from tests.accounts.helpers import staff_session
from tests.helpcenter.factories import ArticleFactory, SectionFactory
from tests.querycount import assert_constant_queries
from tests.support.factories import TicketFactory
from tests.support.helpers import request_input

pytestmark = pytest.mark.django_db

MANY = 50


def _articles(count: int, *, section=None, first: int = 0, **fields) -> list:
    section = section or SectionFactory()
    return [
        ArticleFactory(
            section=section,
            slug=f"escrow-note-{number}",
            title=f"Escrow note {number}",
            body=f"How escrow protects payment number {number}.",
            **fields,
        )
        for number in range(first, first + count)
    ]


def _votes(article, count: int, *, first: int = 0) -> None:
    """`count` No answers with what was missing, each by a different signed-in person."""
    for number in range(first, first + count):
        person = ClientFactory(email=f"voter{number}@example.org")
        ArticleVote.objects.create(
            article=article,
            round=article.vote_round,
            voter_key=f"user:{person.pk}",
            user=person,
            helpful=False,
            missing=f"An example, please ({number}).",
        )


@pytest.mark.constant_queries("helpcenter:index", "helpcenter:topic")
def test_the_help_index_and_a_topic_make_the_same_queries_for_one_article_and_for_many(client):
    [first] = _articles(1)
    section = first.section
    made = iter(range(1, 3))
    for url in (
        reverse("helpcenter:index"),
        reverse("helpcenter:topic", args=[section.category.slug]),
    ):
        assert_constant_queries(
            lambda url=url: client.get(url),
            lambda: _articles(MANY, section=section, first=next(made) * 100),
        )


@pytest.mark.constant_queries("helpcenter:search", "GET /api/v1/help/search")
def test_a_help_search_makes_the_same_queries_for_one_hit_and_for_many(client):
    _articles(1)
    assert_constant_queries(
        lambda: client.get(reverse("helpcenter:search"), {"q": "escrow payment"}),
        lambda: _articles(MANY, first=1),
    )
    assert_constant_queries(
        lambda: client.get("/api/v1/help/search", {"q": "escrow payment"}),
        lambda: _articles(MANY, first=100),
    )


@pytest.mark.constant_queries("helpcenter:article", "GET /api/v1/help/articles/{slug}")
def test_an_article_makes_the_same_queries_for_one_vote_and_for_many(client):
    [article] = _articles(3)[:1]
    _votes(article, 1)
    url = reverse("helpcenter:article", args=[article.slug])
    assert_constant_queries(lambda: client.get(url), lambda: _votes(article, MANY, first=1))
    api = f"/api/v1/help/articles/{article.slug}"
    assert_constant_queries(lambda: client.get(api), lambda: _votes(article, MANY, first=100))


@pytest.mark.constant_queries("helpcenter:staff_feedback")
def test_the_staff_feedback_page_makes_the_same_queries_for_one_answer_and_for_many(
    client, support_staff
):
    articles = _articles(3)
    _votes(articles[0], 1)
    staff_session(client, support_staff)

    def answers_on_every_article() -> None:
        for number, article in enumerate(articles):
            _votes(article, 10, first=100 * (number + 1))

    assert_constant_queries(
        lambda: client.get(reverse("helpcenter:staff_feedback")), answers_on_every_article
    )


def _tickets(count: int, *, requester=None, first: int = 0) -> list:
    handlers = [
        StaffFactory(email=f"agent{first}-{n}@example.com", groups=["support"]) for n in range(2)
    ]
    made = []
    for number in range(first, first + count):
        person = requester or ClientFactory(email=f"asker{number}@example.org")
        made.append(
            TicketFactory(
                requester=person,
                requester_email=person.email,
                subject=f"Question {number}",
                assignee=handlers[number % 2] if number % 3 else None,
            )
        )
    return made


@pytest.fixture
def open_ticket(client_user):
    """A signed-in client's request."""
    return tickets.open_request(user=client_user, data=request_input(), address="198.51.100.1")


def _conversation(ticket, handler, count: int) -> None:
    """`count` rounds of a staff reply, an internal note and the customer's answer."""
    for number in range(count):
        support_staff_services.reply_to_customer(
            ticket=ticket, by=handler, body=f"Here is what we found ({number})."
        )
        support_staff_services.add_internal_note(ticket=ticket, by=handler, body=f"Note {number}")
        tickets.reply_as_customer(ticket=ticket, user=ticket.requester, body=f"Thanks ({number}).")


@pytest.mark.constant_queries("support:queue")
def test_the_support_queue_makes_the_same_queries_for_one_ticket_and_for_many(
    client, support_staff
):
    _tickets(1)
    staff_session(client, support_staff)
    assert_constant_queries(
        lambda: client.get(reverse("support:queue")), lambda: _tickets(MANY, first=1)
    )


@pytest.mark.constant_queries("support:staff_ticket")
def test_a_staff_ticket_page_makes_the_same_queries_for_one_message_and_for_many(
    client, support_staff, open_ticket
):
    _conversation(open_ticket, support_staff, 1)
    staff_session(client, support_staff)
    url = reverse("support:staff_ticket", args=[open_ticket.reference])
    assert_constant_queries(
        lambda: client.get(url), lambda: _conversation(open_ticket, support_staff, 15)
    )


@pytest.mark.constant_queries("support:my_requests")
def test_a_persons_requests_page_makes_the_same_queries_for_one_request_and_for_many(
    client, client_user
):
    _tickets(1, requester=client_user)
    client.force_login(client_user)
    assert_constant_queries(
        lambda: client.get(reverse("support:my_requests")),
        lambda: _tickets(MANY, requester=client_user, first=1),
    )


@pytest.mark.constant_queries("support:request_detail")
def test_a_persons_request_page_makes_the_same_queries_for_one_message_and_for_many(
    client, client_user, support_staff, open_ticket
):
    _conversation(open_ticket, support_staff, 1)
    client.force_login(client_user)
    url = reverse("support:request_detail", args=[open_ticket.reference])
    assert_constant_queries(
        lambda: client.get(url), lambda: _conversation(open_ticket, support_staff, 15)
    )


def _answered_tickets(count: int, *, first: int = 0) -> None:
    """`count` tickets, each answered, resolved and rated by a support member of its own."""
    for number in range(first, first + count):
        member = StaffFactory(email=f"agent{number}@example.com", groups=["support"])
        ticket = TicketFactory()
        support_staff_services.reply_to_customer(
            ticket=ticket, by=member, body="Answered.", status_after=Status.RESOLVED
        )
        Ticket.objects.filter(pk=ticket.pk).update(
            assignee=member,
            rated_member=member,
            rated_at=clock.now(),
            satisfaction=Satisfaction.GOOD,
        )


@pytest.mark.constant_queries("support:team_figures")
def test_the_team_figures_make_the_same_queries_for_one_member_and_for_many(client):
    lead = StaffFactory(email="lead@example.com", groups=["support"])
    lead.user_permissions.add(Permission.objects.get(codename="view_team_figures"))
    staff_session(client, lead)
    _answered_tickets(1)
    assert_constant_queries(
        lambda: client.get(reverse("support:team_figures")),
        lambda: _answered_tickets(MANY, first=1),
    )


@pytest.mark.constant_queries("support:my_requests")
def test_a_search_of_a_persons_requests_makes_the_same_queries_for_one_hit_and_for_many(
    client, client_user
):
    _tickets(1, requester=client_user)
    client.force_login(client_user)
    assert_constant_queries(
        lambda: client.get(reverse("support:my_requests"), {"q": "question"}),
        lambda: _tickets(MANY, requester=client_user, first=1),
    )
