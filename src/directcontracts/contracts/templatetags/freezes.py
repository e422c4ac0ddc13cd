"""Freezes and payout holds on the pages that concern them, with the reason in words.

`{% freeze_notices contract %}` on the contract page, `{% milestone_freeze milestone %}` on
each milestone, `{% payout_holds user %}` on the earnings page.

The two tags every milestone card calls (`milestone_freeze`, `milestone_links`) build their
markup with `format_html` (every value escaped) instead of an inclusion template: a card
rendered each through a template of its own, in a context of its own (issue 19).
"""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse
from django.utils.safestring import SafeString

from directcontracts.contracts import freezes
from directcontracts.contracts.freeze_models import EscrowFreeze, FreezeKind
from directcontracts.contracts.models import Contract, Milestone
from directcontracts.contracts.selectors import countdown, page_freezes
from directcontracts.core import clock
from directcontracts.core.html import format_html, format_html_join

register = template.Library()


@register.inclusion_tag("contracts/_freezes.html")
def freeze_notices(contract: Contract, role: str | None = None) -> dict[str, Any]:
    """Freezes on the whole contract (a milestone's own show on the milestone), worded for
    the reader's `role` in the contract."""
    whole = [f for f in page_freezes(contract) if f.milestone_id is None]
    notices = []
    for f in whole[:50]:
        link = freezes.link_for(f, role)
        url, words = link if link is not None else ("", "")
        notices.append((_heading(f), freezes.describe(f, with_url=False, role=role), url, words))
    return {"notices": notices}


def _heading(freeze: EscrowFreeze) -> str:
    """The notice's first word: a hold said "Frozen." above words saying "on hold"."""
    return "Frozen." if freeze.kind == FreezeKind.FREEZE_ESCROW else "On hold."


@register.simple_tag
def milestone_freeze(milestone: Milestone, role: str | None = None) -> SafeString:
    """The milestone's own freezes (worded for the reader's `role`), and the review clock
    they stopped (if it was running)."""
    own = [f for f in page_freezes(milestone.contract) if f.milestone_id == milestone.pk]
    notices = format_html_join(
        "",
        '<p class="notice notice-frozen" role="note" data-testid="milestone-freeze-{}">'
        "<strong>{}</strong> {}{}</p>",
        (
            (
                milestone.position,
                _heading(f),
                freezes.describe(f, with_url=False, role=role),
                _open_link(f, role),
            )
            for f in own[:5]
        ),
    )
    left = milestone.review_time_left
    clock_left = countdown(clock.now() + left) if left is not None else ""
    stopped = (
        format_html(
            '<p class="countdown" data-testid="clock-stopped-{}">Review clock stopped with '
            "<strong>{}</strong> left; it resumes when the freeze is lifted.</p>",
            milestone.position,
            clock_left,
        )
        if clock_left and milestone.state == "submitted"
        else ""
    )
    return format_html("{}\n{}\n", notices, stopped)


def _open_link(freeze: EscrowFreeze, role: str | None) -> SafeString:
    """A link to where the freeze is explained (the dispute, the case), or nothing; a link
    meant for one party (an appeal page) only for them."""
    link = freezes.link_for(freeze, role)
    if link is None:
        return SafeString("")
    return format_html(' <a href="{}">{}</a>', *link)


@register.inclusion_tag("contracts/_payout_holds.html", takes_context=True)
def payout_holds(context: Any, user: Any, holds: list[Any] | None = None) -> dict[str, Any]:
    """On the page a hold points to (the earnings page), no link to that same page: the
    earnings page is also what a refused payout or payout method form answers with, at the
    form's own address, where a link to /earnings/ would only reload it. `holds`: the active
    holds when the page read them already (`earnings.Facts.active_holds`)."""
    here = {context["request"].path if "request" in context else "", reverse("contracts:earnings")}
    return {
        "notices": [
            (
                freezes.describe_hold(h, with_url=False),
                h.url if h.url not in here else "",
                freezes.link_words(h.source, h.reference),
            )
            for h in (freezes.active_payout_holds(user) if holds is None else holds)
        ]
    }


@register.simple_tag
def milestone_links(milestone: Milestone, user: Any) -> SafeString:
    """Links that apps above contracts add to a milestone (a dispute to open or follow)."""
    from directcontracts.contracts.hooks import milestone_links as links_for

    links = format_html_join(
        "",
        '<p class="milestone-link"><a href="{}">{}</a>{}</p>',
        (
            (
                link.url,
                link.label,
                format_html(' <span class="muted">· {}</span>', link.note) if link.note else "",
            )
            for link in links_for(milestone, user)
        ),
    )
    return format_html("{}\n", links)
