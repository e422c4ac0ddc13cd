"""The Trust & Safety queue has a search beside its filters: a case's reference, the name or
email of the person it is about, the text that was flagged (a message, a contract's title,
a summary) or a reason, combined with the filters and the pages, in the same number of
queries however many cases there are; when nothing shows, the page says which filter hid
the cases and links to the queue without it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import messaging
from directcontracts.core.concerns import Concern
from directcontracts.trust.cases import receive_concern
from directcontracts.trust.models import Case
from tests.accounts.factories import FreelancerFactory
from tests.accounts.helpers import staff_session
from tests.contracts.factories import active_contract
from tests.querycount import assert_constant_queries

pytestmark = pytest.mark.django_db


def _concern(n: int, *, kind: str = "user", reason: str = "spam", subject=None, summary=""):
    receipt = receive_concern(
        Concern(
            source="velocity",
            target_kind=kind,
            target_id=str(subject.pk if subject else 900_000 + n),
            reason=reason,
            summary=summary or f"Velocity hit number {n}",
            subject_user_id=subject.pk if subject else None,
        )
    )
    return Case.objects.get(pk=receipt.case_id)


def _shown(client, staff, **query) -> str:
    return staff_session(client, staff).get(reverse("trust:queue"), query).content.decode()


@pytest.fixture
def cases(db):
    return [_concern(n) for n in range(3)]


def test_a_search_by_reference_shows_that_case_only(client, trust_safety_staff, cases):
    page = _shown(client, trust_safety_staff, q=cases[1].reference.lower())
    assert cases[1].reference in page
    assert cases[0].reference not in page
    assert cases[2].reference not in page


def test_a_search_by_the_reported_persons_email_or_name_finds_their_case(
    client, trust_safety_staff, cases
):
    person = FreelancerFactory(email="grace.hopper@example.com", full_name="Grace Hopper")
    theirs = _concern(99, subject=person)
    for words in ("grace.hopper@example", "Grace hop"):
        page = _shown(client, trust_safety_staff, q=words)
        assert theirs.reference in page
        assert cases[0].reference not in page


def test_a_search_by_the_flagged_messages_text_finds_its_case(
    client, trust_safety_staff, freelancer, monkeypatch, cases
):
    contract, _ = active_contract(freelancer, monkeypatch)
    message = messaging.post_message(
        contract=contract, sender=freelancer, body="The purple gradient logo is finished."
    )
    held = _concern(7, kind="message", summary="Flagged message")
    Case.objects.filter(pk=held.pk).update(target_id=str(message.pk))
    page = _shown(client, trust_safety_staff, q="purple gradient")
    assert held.reference in page
    assert cases[0].reference not in page


def test_a_search_by_reason_matches_its_words(client, trust_safety_staff, cases):
    harassment = _concern(8, reason="harassment")
    page = _shown(client, trust_safety_staff, q="harass")
    assert harassment.reference in page
    assert cases[0].reference not in page


def test_a_search_keeps_the_filters_and_the_filters_keep_the_search(
    client, trust_safety_staff, cases
):
    page = _shown(client, trust_safety_staff, q=cases[0].reference, priority="urgent")
    rows = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    assert f'href="/trust/cases/{cases[0].reference}/"' not in rows
    assert f'name="q" value="{cases[0].reference}"' in page
    empty = page.split('data-testid="queue-empty"', 1)[1].split("</td>", 1)[0]
    assert f'href="?q={cases[0].reference}&amp;view=live">Clear the priority' in empty


def test_an_empty_search_says_which_filter_hid_the_cases_and_links_to_clear_it(
    client, trust_safety_staff, cases
):
    page = _shown(client, trust_safety_staff, q=cases[0].reference, view="closed")
    empty = page.split('data-testid="queue-empty"', 1)[1].split("</td>", 1)[0]
    assert f"No cases match “{cases[0].reference}”" in empty
    assert "Closed" in empty
    assert f'href="?q={cases[0].reference}&amp;view=live">Look in open cases' in empty
    assert 'href="?view=closed"' in empty  # the search cleared, the filter kept


def test_the_pages_of_a_search_keep_the_search(client, trust_safety_staff):
    for n in range(30):
        _concern(n, summary=f"Refund scam attempt {n}")
    page = _shown(client, trust_safety_staff, q="refund scam")
    pages = page.split('aria-label="Pages"', 1)[1].split("</nav>", 1)[0]
    assert "q=refund+scam" in pages


@pytest.mark.constant_queries("trust:queue")
def test_a_searched_queue_reads_in_the_same_number_of_queries_however_many_cases_match(
    client, trust_safety_staff, cases
):
    staff = staff_session(client, trust_safety_staff)
    assert_constant_queries(
        lambda: staff.get(reverse("trust:queue"), {"q": "velocity hit", "source": "velocity"}),
        lambda: [_concern(n) for n in range(10, 40)],
    )
