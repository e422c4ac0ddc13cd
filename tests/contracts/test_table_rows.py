"""The earnings page's release rows and the contract list's rows are rendered in Python
(templatetags/table_rows.py, issue 19): the markup of the loops they replace (kept here as
the reference), every value escaped, dates in the current time zone like |date, the rows of
this request and the "With" column of this viewer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.utils import timezone

from directcontracts.contracts.templatetags.table_rows import release_rows

# The loop the tag replaced, word for word (the time since marked UTC, as the summary is).
OLD = Template(
    '{% for r in releases %}<tr data-testid="release-row"><td data-label="Released">'
    '{{ r.released_at|date:"j M Y" }}</td>\n      <td data-label="Milestone"><a href="'
    "{% url 'contracts:detail' r.contract.pk %}#milestone-{{ r.milestone.pk }}\">"
    '{{ r.milestone.title }}</a> <span class="muted">({{ r.contract.title }})</span></td>\n'
    '      <td data-label="Gross">{{ r.gross }}</td><td data-label="Fee">{{ r.fee }}</td>'
    '<td data-label="You receive">{{ r.net }}</td>\n      <td data-label="Withdrawable">'
    "{% if r.held %}from <time datetime=\"{{ r.available_at|date:'c' }}\">"
    '{{ r.available_at|date:"j M Y H:i" }} UTC</time>{% else %}now{% endif %}</td></tr>\n    '
    '{% empty %}<tr><td colspan="6">No releases yet.</td></tr>{% endfor %}'
)


def _row(pk, title, contract_title, released_at, held):
    return {
        "released_at": released_at,
        "contract": SimpleNamespace(pk=pk * 10, title=contract_title),
        "milestone": SimpleNamespace(pk=pk, title=title),
        "gross": "$1,000.00",
        "fee": "$50.00",
        "net": "$950.00",
        "available_at": released_at + timedelta(days=7),
        "held": held,
    }


ROWS = [
    _row(1, "Logo", "Shop", datetime(2026, 3, 1, 23, 30, tzinfo=UTC), held=True),
    _row(2, "<script>x</script>", 'Tom & "Jerry"', datetime(2026, 2, 28, 9, 5, tzinfo=UTC), False),
    _row(3, "Pages", "Café <b>", datetime(2025, 12, 31, 23, 59, tzinfo=UTC), held=True),
]


@pytest.mark.parametrize("zone", ["UTC", "Europe/Paris", "America/Los_Angeles"])
@pytest.mark.parametrize("rows", [[], ROWS[:1], ROWS])
def test_the_same_markup_as_the_loop(rows, zone):
    with timezone.override(zone):
        assert release_rows(rows) == OLD.render(Context({"releases": rows}))


def test_titles_are_escaped_and_each_row_is_its_own():
    html = release_rows(ROWS)
    assert "<script>" not in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html
    assert "(Tom &amp; &quot;Jerry&quot;)" in html
    assert '<a href="/contracts/20/#milestone-2">' in html
    assert html.count('data-testid="release-row"') == 3
    assert html.count("from <time") == 2


@pytest.mark.django_db
def test_the_earnings_page_shows_the_rows(client, freelancer):
    client.force_login(freelancer)
    page = client.get("/earnings/").content.decode()
    assert '<tbody><tr><td colspan="6">No releases yet.</td></tr></tbody>' in page


# The contract list's loop the tag replaced, word for word.
OLD_LIST = Template(
    '{% for row in rows %}{% with c=row.contract %}\n    <tr>\n      <td data-label="Contract">'
    "<a href=\"{% url 'contracts:detail' c.pk %}\">#{{ c.pk }} {{ c.title }}</a>{% if row.unread %}"
    ' <span class="badge">{{ row.unread }}<span class="visually-hidden"> unread messages</span>'
    '</span>{% endif %}</td>\n      <td data-label="With">{% if c.freelancer_id == user.pk %}'
    "{{ c.client_name }} (client){% else %}{{ c.freelancer.display_name }} (freelancer)"
    '{% endif %}</td>\n      <td data-label="State"><span class="state state-{{ c.state }}">'
    '{{ c.get_state_display }}</span></td>\n      <td data-label="Currency">{{ c.currency }}'
    '</td>\n      <td data-label="Updated"><time datetime="{{ c.updated_at|date:\'c\' }}">'
    '{{ c.updated_at|date:"Y-m-d" }}</time></td>\n    </tr>\n  {% endwith %}{% endfor %}'
)
NEW_LIST = Template("{% load table_rows %}{% contract_rows rows %}")


def _contract(pk, title, freelancer_id, unread, updated_at):
    return {
        "contract": SimpleNamespace(
            pk=pk,
            title=title,
            freelancer_id=freelancer_id,
            client_name="Nora <Client> & Co",
            freelancer=SimpleNamespace(display_name='Fred "F" <Lancer>'),
            state="active",
            get_state_display=lambda: "Active",
            currency="EUR",
            updated_at=updated_at,
        ),
        "unread": unread,
    }


CONTRACT_ROWS = [
    _contract(5, "Shop <script>", 7, 3, datetime(2026, 3, 1, 23, 30, tzinfo=UTC)),
    _contract(6, "Logo & more", 8, 0, datetime(2025, 12, 31, 23, 59, tzinfo=UTC)),
]


@pytest.mark.parametrize("zone", ["UTC", "Asia/Tokyo"])
@pytest.mark.parametrize("viewer", [7, 8, None])
def test_contract_rows_are_the_loops_markup_for_each_viewer(viewer, zone):
    user = SimpleNamespace(pk=viewer) if viewer else None
    with timezone.override(zone):
        context = {"rows": CONTRACT_ROWS, "user": user}
        html = NEW_LIST.render(Context(context))
        assert html == OLD_LIST.render(Context(context))
    assert "<script>" not in html
    assert "Shop &lt;script&gt;" in html
    # The other party of this viewer: the client's name on the rows where the viewer is the
    # freelancer (7 on the first, 8 on the second), the freelancer's on the others.
    shown_client = 1 if viewer in (7, 8) else 0
    assert html.count("Nora &lt;Client&gt; &amp; Co (client)") == shown_client
    assert html.count("Fred &quot;F&quot; &lt;Lancer&gt; (freelancer)") == 2 - shown_client
    assert ('<a href="/contracts/5/">#5 Shop &lt;script&gt;</a> <span class="badge">3<') in html
    assert html.count('<span class="badge">3<') == 1


@pytest.mark.django_db
def test_the_contract_list_names_the_other_party_to_each_side(client, freelancer, monkeypatch):
    from tests.contracts.factories import active_contract

    contract, client_user = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    page = client.get("/contracts/").content.decode()
    assert f'<a href="/contracts/{contract.pk}/">#{contract.pk} ' in page
    assert f"{contract.client_name} (client)" in page
    client.force_login(client_user)
    page = client.get("/contracts/").content.decode()
    assert f"{freelancer.display_name} (freelancer)" in page
    assert "(client)</td>" not in page


def test_a_contracts_page_is_reversed_once_for_all_its_releases(monkeypatch):
    """Releases of one contract share its link: one reverse() a contract a table (fifth round)."""
    from directcontracts.contracts.templatetags import table_rows

    asked: list[object] = []
    real = table_rows.reverse

    def counting(name, args):
        asked.append(args[0])
        return real(name, args=args)

    monkeypatch.setattr(table_rows, "reverse", counting)
    same = [dict(row, contract=ROWS[0]["contract"]) for row in ROWS]
    with timezone.override("UTC"):
        assert release_rows(same) == OLD.render(Context({"releases": same}))
        assert asked == [10]
        release_rows(ROWS)
    assert asked == [10, 10, 20, 30]
