"""A notice or appeal page that quotes the person's own words (a contract's title, an excerpt
of their message) ends the sentence once: "“Logo design.”", never "“Logo design.”."."""

from __future__ import annotations

import pytest
from django.core import mail
from hypothesis import given
from hypothesis import strategies as st

from directcontracts.contracts import messaging
from directcontracts.notifications.models import Notice
from directcontracts.trust import enforcement, flags
from directcontracts.trust.models import Case
from directcontracts.trust.own_content import SENTENCE_ENDS, ending_a_sentence
from tests.contracts.factories import active_contract

QUOTES = "”’\"'»)"
DOUBLED = [f"{end}{quote}." for end in SENTENCE_ENDS for quote in ("", *QUOTES)]


def _twice_ended(text: str) -> bool:
    return any(text.endswith(doubled) for doubled in DOUBLED) or text.endswith("..")


@given(
    st.text(min_size=1, max_size=40).filter(lambda t: t.strip()),
    st.sampled_from(["", ".", "!", "?", "…", ",", ":", ";", "?!", "..."]),
    st.sampled_from(["", *QUOTES, "”)", "’”"]),
)
def test_quoted_words_end_a_sentence_exactly_once(words, ending, quote):
    text = f"“{words}{ending}{quote}"
    ended = ending_a_sentence(text)
    assert ended.startswith(text.rstrip())
    assert ended.rstrip(QUOTES).endswith(SENTENCE_ENDS)
    if not _twice_ended(text.rstrip()):
        assert not _twice_ended(ended)


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        ("your contract #3 “Logo design.”", "your contract #3 “Logo design.”"),
        ("your contract #3 “Logo design”", "your contract #3 “Logo design”."),
        ("your message: “Pay me now!”", "your message: “Pay me now!”"),
        ("your message: “Is it done?”", "your message: “Is it done?”"),
        ("your message: “Send it and…”", "your message: “Send it and…”"),
        ("your message: “Send it, then”", "your message: “Send it, then”."),
    ],
)
def test_a_quoted_reason_keeps_its_own_punctuation(text, ended):
    assert ending_a_sentence(text) == ended


@pytest.mark.django_db
def test_a_warning_about_a_message_ending_in_a_full_stop_reads_it_once(
    freelancer, monkeypatch, trust_safety_staff, client, django_capture_on_commit_callbacks
):
    contract, other = active_contract(freelancer, monkeypatch)
    message = messaging.post_message(contract=contract, sender=freelancer, body="Pay me by wire.")
    flags.flag(
        reporter=other,
        kind="message",
        target_id=str(message.pk),
        reason="off_platform_payment",
        details="",
        address=None,
    )
    case = Case.objects.get(target_kind="message")
    with django_capture_on_commit_callbacks(execute=True):
        enforcement.warn(case=case, by=trust_safety_staff, reason="Payments stay on the site.")
    notice = Notice.objects.get(kind="trust.warning")
    (email,) = [m for m in mail.outbox if "warning" in m.subject.lower()]
    for text in (notice.body, email.body):
        assert "“Pay me by wire.”\n" in text
        assert "wire.”." not in text
    client.force_login(freelancer)
    page = client.get(f"/trust/appeals/{case.reference}/").content.decode()
    assert "“Pay me by wire.”</p>" in page
    assert "wire.”.</p>" not in page
