"""Every paged list on the site shows the one pagination partial (templates/core/_pagination.html):
a nav named for screen readers, "Page N of M", and Previous/Next links (rel=prev/next) that keep
the list's other query parameters."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse

from directcontracts.core.concerns import Concern, raise_concern
from directcontracts.helpcenter.services import cast_vote, explain_no_vote
from directcontracts.support import tickets
from directcontracts.trust import flags
from tests.accounts.helpers import sign_in_as
from tests.contracts.factories import draft_contract
from tests.helpcenter.factories import ArticleFactory
from tests.helpcenter.helpers import visitor
from tests.notifications.factories import NoticeFactory
from tests.support.helpers import request_input

SRC = Path(__file__).resolve().parents[2] / "src" / "directcontracts"


def _render(query: str, number: int, of: int = 3) -> str:
    request = RequestFactory().get("/list/" + query)
    page = Paginator(list(range(of)), 1).get_page(number)
    html = render_to_string("core/_pagination.html", {"page": page}, request=request)
    return " ".join(html.split())


def test_a_middle_page_links_previous_and_next_keeping_the_lists_query():
    html = _render("?q=logo&state=active&page=2", 2)
    assert '<nav class="pagination" aria-label="Pages">' in html
    assert '<a href="?q=logo&amp;state=active&amp;page=1" rel="prev">Previous</a>' in html
    assert "Page 2 of 3" in html
    assert '<a href="?q=logo&amp;state=active&amp;page=3" rel="next">Next</a>' in html


def test_the_first_page_has_no_previous_link_and_the_last_no_next():
    assert "Previous" not in _render("", 1)
    assert "Next" not in _render("?page=3", 3)


def test_a_list_of_one_page_shows_no_pagination():
    assert _render("", 1, of=1) == ""


def test_the_query_in_the_links_is_escaped():
    html = _render('?q="><script>&page=2', 2)
    assert "<script>" not in html
    assert "q=%22%3E%3Cscript%3E" in html


def test_there_is_one_pagination_partial_and_no_page_copies_its_markup():
    partials = sorted(str(p.relative_to(SRC)) for p in SRC.rglob("*pagination*.html"))
    assert partials == ["templates/core/_pagination.html"]
    for template in SRC.rglob("*.html"):
        if template.name != "_pagination.html":
            assert "paginator.num_pages" not in template.read_text(), template


# --- Each paged list, one item a page, on its middle page ------------------------------------


@pytest.fixture
def one_a_page(monkeypatch):
    """Every list's pages hold one item, so three items make three pages."""
    original = Paginator.__init__

    def one_per_page(self, object_list, per_page, *args, **kwargs):
        original(self, object_list, 1, *args, **kwargs)

    monkeypatch.setattr(Paginator, "__init__", one_per_page)


def _contracts(request):
    freelancer = request.getfixturevalue("freelancer")
    for n in range(3):
        draft_contract(freelancer, client_email=f"client{n}@example.org")
    return freelancer, reverse("contracts:list")


def _notices(request):
    freelancer = request.getfixturevalue("freelancer")
    NoticeFactory.create_batch(3, recipient=freelancer, about="Contract #12: Logo design")
    return freelancer, reverse("notifications:list")


def _my_reports(request):
    reporter = request.getfixturevalue("client_user")
    for n in range(3):
        flags.flag(
            reporter=reporter,
            kind="domain",
            target_id=f"evil{n}.test",
            reason="scam_fraud",
            details="",
            address="203.0.113.9",
        )
    return reporter, reverse("trust:my_flags")


def _tickets(person):
    for n in range(3):
        data = request_input(subject=f"Card fee question {n}")
        tickets.open_request(user=person, data=data, address="198.51.100.1")


def _my_requests(request):
    person = request.getfixturevalue("client_user")
    _tickets(person)
    return person, reverse("support:my_requests")


def _support_queue(request):
    _tickets(request.getfixturevalue("client_user"))
    return request.getfixturevalue("support_staff"), reverse("support:queue")


def _trust_queue(request):
    for n in range(3):
        raise_concern(
            Concern(
                source="verification",
                target_kind="domain",
                target_id=f"evil{n}.test",
                reason="scam_fraud",
                summary=f"Phishing on evil{n}.test",
                evidence={"domain": f"evil{n}.test", "checks": 1},
            )
        )
    return request.getfixturevalue("trust_safety_staff"), reverse("trust:queue")


def _help_feedback(request):
    article = ArticleFactory()
    for n in range(3):
        cast_vote(article=article, voter=visitor(n, f"198.51.100.{n}"), helpful=False)
        explain_no_vote(article=article, voter=visitor(n, "x"), missing=f"Missing thing {n}")
    return request.getfixturevalue("support_staff"), reverse("helpcenter:staff_feedback")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "paged_list",
    [
        _contracts,
        _notices,
        _my_reports,
        _my_requests,
        _support_queue,
        _trust_queue,
        _help_feedback,
    ],
    ids=lambda f: f.__name__.strip("_"),
)
def test_each_paged_list_shows_previous_and_next_on_its_middle_page(
    client, one_a_page, paged_list, request
):
    person, url = paged_list(request)
    sign_in_as(client, person)
    response = client.get(url + "?page=2")
    assert response.status_code == 200
    page = " ".join(response.content.decode().split())
    assert 'class="pagination" aria-label="Pages' in page
    assert "Page 2 of 3" in page
    assert 'page=1" rel="prev">' in page
    assert 'page=3" rel="next">' in page
