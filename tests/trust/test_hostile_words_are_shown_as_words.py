"""What people type reaches other people's pages as text, never as markup: a reporter's flag
details on the case page, a reviewer's reason in the warned person's notice (words and link
words), a request for help on the support console, a "what was missing" answer."""

from __future__ import annotations

from django.urls import reverse

from directcontracts.helpcenter.services import cast_vote, explain_no_vote
from directcontracts.notifications.notices import notify
from directcontracts.support import tickets
from directcontracts.trust import enforcement, flags
from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import sign_in_as, staff_session
from tests.helpcenter.factories import ArticleFactory
from tests.helpcenter.helpers import visitor
from tests.support.helpers import request_input

MARKUP = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
ESCAPED = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"


def _shown_as_words(page: str) -> None:
    assert MARKUP not in page
    assert ESCAPED in page


def test_flag_details_are_words_on_the_case_page(client, funded, trust_safety_staff):
    contract, client_user, _, _ = funded
    made = flags.flag(
        reporter=client_user, kind="user", target_id=str(contract.freelancer_id),
        reason="harassment", details=MARKUP, address=None,
    )  # fmt: skip
    staff_session(client, trust_safety_staff)
    _shown_as_words(client.get(reverse("trust:case", args=[made.case.reference])).content.decode())


def test_a_warnings_reason_is_words_in_the_warned_persons_notices(
    client, funded, trust_safety_staff, freelancer
):
    enforcement.warn(case=funded[3], by=trust_safety_staff, reason=MARKUP)
    sign_in_as(client, freelancer)
    _shown_as_words(client.get("/notifications/").content.decode())


def test_a_notices_link_words_are_words(client, client_user):
    notify(recipient=client_user, kind="trust.warning", title="T", body="B", url="/x/",
           link_text=MARKUP, email=False)  # fmt: skip
    sign_in_as(client, client_user)
    _shown_as_words(client.get("/notifications/").content.decode())


def test_a_request_for_help_is_words_on_the_support_console(client, client_user, support_staff):
    ticket = tickets.open_request(
        user=client_user, data=request_input(subject="Help", description=MARKUP), address=None
    )
    staff_session(client, support_staff)
    page = client.get(reverse("support:staff_ticket", args=[ticket.reference])).content.decode()
    _shown_as_words(page)


def test_what_was_missing_is_words_on_the_feedback_page(client, db):
    article = ArticleFactory(slug="escrow-words", title="Escrow words")
    cast_vote(article=article, voter=visitor(1), helpful=False)
    explain_no_vote(article=article, voter=visitor(1), missing=MARKUP)
    editor = StaffFactory(email="editor@example.com", is_superuser=True)
    staff_session(client, editor)
    _shown_as_words(client.get("/help/staff/feedback/").content.decode())
