"""`{% milestone_freeze %}` and `{% milestone_links %}` build their markup in Python (issue 19):
the same markup as the inclusion templates they replace (kept here as the reference), every
value escaped, the links of this viewer only."""

from __future__ import annotations

import pytest
from django.template import Context, Template

from directcontracts.contracts import escrow, freezes
from directcontracts.contracts.hooks import MilestoneLink
from directcontracts.contracts.selectors import countdown, page_freezes
from directcontracts.contracts.templatetags import freezes as tags
from directcontracts.core import clock
from tests.contracts.factories import funded_milestone

pytestmark = pytest.mark.django_db

# The templates the tags replaced, word for word (each file ended with a newline); the freeze
# notice links to where it is explained since 5 December 2026 (it printed the address), in
# words naming it ("Go to dispute #1") since 6 December 2026 (it read "Open it").
OLD_FREEZE = (
    '{% for text, url, link in notices %}<p class="notice notice-frozen" role="note" '
    'data-testid="milestone-freeze-{{ milestone.position }}"><strong>Frozen.</strong> '
    '{{ text }}{% if url %} <a href="{{ url }}">{{ link }}</a>{% endif %}</p>{% endfor %}\n'
    '{% if clock_left and milestone.state == "submitted" %}<p class="countdown" '
    'data-testid="clock-stopped-{{ milestone.position }}">Review clock stopped with '
    "<strong>{{ clock_left }}</strong> left; it resumes when the freeze is lifted.</p>"
    "{% endif %}\n"
)
OLD_LINKS = (
    '{% for link in links %}<p class="milestone-link"><a href="{{ link.url }}">'
    '{{ link.label }}</a>{% if link.note %} <span class="muted">· {{ link.note }}</span>'
    "{% endif %}</p>{% endfor %}\n"
)


def _old_freeze(milestone):
    own = [f for f in page_freezes(milestone.contract) if f.milestone_id == milestone.pk]
    left = milestone.review_time_left
    return Template(OLD_FREEZE).render(
        Context(
            {
                "notices": [
                    (
                        freezes.describe(f, with_url=False),
                        f.url,
                        freezes.link_words(f.source, f.reference),
                    )
                    for f in own[:5]
                ],
                "clock_left": countdown(clock.now() + left) if left is not None else "",
                "milestone": milestone,
            }
        )
    )


def _fresh(milestone):
    milestone.refresh_from_db()
    milestone.contract.refresh_from_db()  # drops the page's cached freezes
    if hasattr(milestone.contract, "_active_freezes_for_page"):
        del milestone.contract._active_freezes_for_page
    return milestone


@pytest.fixture
def funded(freelancer, monkeypatch, frozen_clock):
    return funded_milestone(freelancer, monkeypatch, frozen_clock)


def test_milestone_freeze_matches_the_old_template_in_every_state(funded, freelancer):
    contract, _client, milestone = funded
    # No freeze: two empty lines, as the template gave.
    assert tags.milestone_freeze(_fresh(milestone)) == _old_freeze(milestone) == "\n\n"
    # A freeze whose reason needs escaping, on a funded milestone (no clock).
    freezes.freeze_escrow(
        contract=contract,
        milestone=milestone,
        source="dispute",
        reference="dispute:1",
        reason='The <b>design</b> & "copy" were not delivered.',
        url="/disputes/1/",
    )
    html = tags.milestone_freeze(_fresh(milestone))
    assert html == _old_freeze(milestone)
    assert "&lt;b&gt;design&lt;/b&gt; &amp; &quot;copy&quot;" in html
    assert "<b>" not in html
    # Submitted while frozen: the stopped clock shows, with the time it had left.
    escrow.submit_work(milestone=_fresh(milestone), by=freelancer, message="Here", files=[])
    milestone = _fresh(milestone)
    assert milestone.review_time_left is not None
    html = tags.milestone_freeze(milestone)
    assert html == _old_freeze(milestone)
    assert f'data-testid="clock-stopped-{milestone.position}"' in html
    # Two freezes: both, in order.
    freezes.freeze_escrow(
        contract=contract,
        milestone=milestone,
        source="trust_safety",
        reference="case:9",
        reason="A second look.",
    )
    html = tags.milestone_freeze(_fresh(milestone))
    assert html == _old_freeze(milestone)
    assert html.count("<strong>Frozen.</strong>") == 2


@pytest.mark.parametrize(
    "links",
    [
        [],
        [MilestoneLink(label="Open a dispute", url="/contracts/1/milestones/2/dispute/")],
        [
            MilestoneLink(
                label="Dispute #3: <waiting> & co",
                url="/disputes/3/?a=1&b=2",
                note='Answer "soon" <today>',
            ),
            MilestoneLink(label="Escrow is dormant", url="/contracts/1/dormant/", note="by x"),
        ],
    ],
)
def test_milestone_links_match_the_old_template(monkeypatch, links):
    seen = []

    def provided(milestone, user):
        seen.append((milestone, user))
        return links

    monkeypatch.setattr("directcontracts.contracts.hooks.milestone_links", provided)
    html = tags.milestone_links("the milestone", "the viewer")
    assert seen == [("the milestone", "the viewer")]  # the viewer's links, asked each time
    assert html == Template(OLD_LINKS).render(Context({"links": links}))
    assert "<waiting>" not in html
    assert '"soon"' not in html


def test_the_contract_page_shows_the_freeze_escaped_and_the_viewers_links(
    client, funded, freelancer
):
    contract, client_user, milestone = funded
    freezes.freeze_escrow(
        contract=contract,
        milestone=milestone,
        source="dispute",
        reference="dispute:4",
        reason="<script>alert(1)</script>",
        url="/disputes/4/",
    )
    client.force_login(freelancer)
    page = client.get(f"/contracts/{contract.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert f'data-testid="milestone-freeze-{milestone.position}"' in page
    # A funded milestone: each party is offered a dispute, with this page's own link.
    assert f'<a href="/contracts/{contract.pk}/milestones/{milestone.pk}/dispute/">' in page
