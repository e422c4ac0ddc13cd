"""Article Markdown is rendered without raw HTML, script or event handlers; links stay."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from directcontracts.helpcenter.markdown import ALLOWED_TAGS, plain_text, render_markdown

INJECTIONS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="#" onclick="alert(1)">click</a>',
    "<svg onload=alert(1)></svg>",
    '<iframe src="https://evil.test"></iframe>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '![x](https://evil.test/x.png" onerror="alert(1))',
    '[x](https://ok.test "title" onmouseover="alert(1)")',
    '<div style="background:url(javascript:alert(1))">x</div>',
    "```\n</code><script>alert(1)</script>\n```",
]


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


def _tags(html: str):
    collector = _Collector()
    collector.feed(html)
    return collector.tags


def assert_safe(html: str) -> None:
    for tag, attrs in _tags(html):
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            assert name != "style"
            if name == "href":
                scheme = (value or "").split(":", 1)[0].lower() if ":" in (value or "") else ""
                assert scheme in {"", "http", "https", "mailto"}, value


@pytest.mark.parametrize("source", INJECTIONS)
def test_injected_markup_never_becomes_script_or_an_event_handler(source):
    html = render_markdown(f"Before\n\n{source}\n\nAfter")
    assert_safe(html)
    assert "<script" not in html.lower()


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("<>\"'=/:()[]!`* \nabcjsvgonerrorscriptimghref")),
        max_size=300,
    )
)
def test_no_markdown_at_all_yields_unsafe_html(source):
    assert_safe(render_markdown(source))


def test_raw_html_is_shown_as_text():
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in render_markdown("<script>alert(1)</script>")


def test_a_javascript_link_loses_its_href():
    html = render_markdown("[click](javascript:alert(1))")
    assert "href" not in html


def test_web_links_are_kept_and_open_nothing_behind_them():
    html = render_markdown("See [our fees](https://example.com/fees) and [verify](/verify/).")
    assert '<a href="https://example.com/fees" rel="noopener noreferrer">our fees</a>' in html
    assert '<a href="/verify/" rel="noopener noreferrer">verify</a>' in html


def test_mail_links_are_kept():
    assert 'href="mailto:help@example.com"' in render_markdown("[mail](mailto:help@example.com)")


def test_headings_start_below_the_page_title():
    html = render_markdown("# Big\n\n## Smaller")
    assert "<h1>" not in html
    assert "<h2>Big</h2>" in html


def test_plain_text_has_the_words_without_markup():
    assert plain_text("A **5%** fee & <b>more</b>") == "A 5% fee & <b>more</b>"


def test_plain_text_sets_a_heading_off_from_the_text_after_it():
    assert (
        plain_text("## Refunds\n\nThe freelancer refunds.")
        == "Refunds \u2014 The freelancer refunds."
    )


def test_plain_text_adds_nothing_after_a_heading_that_ends_with_its_own_stop():
    assert plain_text("## Why?\n\nBecause.") == "Why? Because."


def test_a_huge_body_is_bounded():
    html = render_markdown("a" * 200_000)
    assert len(html) < 60_000


def test_plain_text_sets_a_line_of_bold_words_off_from_the_list_after_it():
    assert plain_text("**Don't**\n\n- Don't share contact details.") == (
        "Don't \u2014 Don't share contact details."
    )


def test_plain_text_keeps_bold_words_inside_a_sentence_in_the_sentence():
    assert plain_text("Pay **only** through escrow.") == "Pay only through escrow."
