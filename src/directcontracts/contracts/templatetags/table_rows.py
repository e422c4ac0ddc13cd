"""Table rows rendered in Python (issue 19): the earnings page's releases and the contract
list's contracts.

The same markup the `{% for %}` loops gave (fifty release rows of a `{% url %}`, three
`|date` and ten variables each; twenty contract rows), built with `format_html`: every value
escaped, dates in the current time zone like `|date`. Nothing is cached: each row is built
from this request's rows and viewer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import template
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from directcontracts.contracts.html_dates import date_filter
from directcontracts.contracts.money import display
from directcontracts.core.html import format_html, format_html_join

register = template.Library()


def _withdrawable(r: dict[str, Any]) -> SafeString | str:
    """When this release's money can be withdrawn, or which payout took it (see
    `earnings.releases_of`): "now", "from <date>", "Paid out <date>", "In a payout on its
    way", or part of it in a payout with the amount that is withdrawable "now"; first, what a
    lost chargeback took back of it and what an open chargeback holds, if any. Below the
    smallest payout nothing is withdrawable "now": the row names the minimum instead."""
    if r.get("taken_back") == "all":
        return _taken_back("Taken back after a chargeback", r)
    held = r.get("chargeback_held")
    if held == "all":
        return _chargeback_held("Held while the chargeback is open")
    before: list[SafeString] = []
    if r.get("taken_back"):
        before.append(
            _taken_back(format_html("{} of it taken back after a chargeback", r["taken_back"]), r)
        )
    if held:
        before.append(
            _chargeback_held(format_html("{} of it held while the chargeback is open", held))
        )
    if r["held"]:
        when = format_html(
            'from <time datetime="{}">{} UTC</time>',
            date_filter(r["available_at"], "c"),
            date_filter(r["available_at"], "j M Y H:i"),
        )
        return _joined([*before, format_html("the rest {}", when) if before else when])
    return _joined([*before, *_free_and_paid_out(r, named=bool(before))])


def _joined(parts: list[SafeString]) -> SafeString:
    return format_html_join("; ", "{}", ((part,) for part in parts))


def _free_and_paid_out(r: dict[str, Any], *, named: bool) -> list[SafeString]:
    """What of the row no payout took and nothing holds (`free_now_minor`: withdrawable now,
    or once the balance reaches the smallest payout), then the payout that took the rest.
    `named`: something before (taken back, held) already took part of the row, so the amount
    is named even without a payout, and the payout takes "the rest"."""
    free = int(r.get("free_now_minor", 0))
    paid_out = r.get("paid_out")
    parts: list[SafeString] = []
    if free > 0 or not (paid_out or named):
        # Beside a payout the amount is named: part of the row is gone, the rest is this.
        amount = display(free, r["currency"]) if paid_out else ""
        parts.append(_free_words(amount, r.get("below_minimum", ""), rest=named))
    if paid_out:
        parts.append(_payout_words(r, rest=bool(parts) or named))
    return parts


def _free_words(amount: str, minimum: str, *, rest: bool) -> SafeString:
    """ "now", "$20.00 now", "the rest now"; below the smallest payout, when instead."""
    when = (
        format_html(
            '<span data-testid="below-minimum">once your money free of holds reaches the '
            "smallest payout, {}</span>",
            minimum,
        )
        if minimum
        else "now"
    )
    if amount:
        return format_html("{} {}", amount, when)
    return format_html("the rest {}", when) if rest else format_html("{}", when)


def _payout_words(r: dict[str, Any], *, rest: bool) -> SafeString:
    anchor = r["payout_href"]
    if r["on_its_way"] or not r["paid_at"]:
        return format_html(
            '{} <a href="{}">a payout on its way</a>', "the rest in" if rest else "In", anchor
        )
    return format_html(
        '<a href="{}">{}</a> <time datetime="{}">{}</time>',
        anchor,
        "the rest paid out" if rest else "Paid out",
        date_filter(r["paid_at"], "c"),
        date_filter(r["paid_at"], "j M Y"),
    )


def _chargeback_held(words: str) -> SafeString:
    """An open chargeback keeps this release's money (`earnings._held_by_chargebacks`)."""
    return format_html(
        '<strong data-testid="chargeback-held">{}</strong>: the client\'s bank reversed the '
        "payment, and until the bank decides, this money stays in your balance but can't be "
        "paid out",
        words,
    )


def _taken_back(words: str, r: dict[str, Any]) -> SafeString:
    """A lost chargeback took this release's money back (`earnings._taken_back`), and when."""
    return format_html(
        '<strong data-testid="taken-back">{}</strong>, <time datetime="{}">{}</time>',
        words,
        date_filter(r["taken_back_at"], "c"),
        date_filter(r["taken_back_at"], "j M Y"),
    )


def _release(r: dict[str, Any], urls: dict[int, str]) -> SafeString:
    withdrawable = _withdrawable(r)
    return format_html(
        '<tr data-testid="release-row"><td data-label="Released">{}</td>\n'
        '      <td data-label="Milestone"><a href="{}#milestone-{}">{}</a> '
        '<span class="muted">({})</span></td>\n'
        '      <td data-label="Gross">{}</td><td data-label="Fee">{}</td>'
        '<td data-label="You receive">{}</td>\n'
        '      <td data-label="Withdrawable">{}</td></tr>\n    ',
        date_filter(r["released_at"], "j M Y"),
        _contract_url(r["contract"].pk, urls),
        r["milestone"].pk,
        r["milestone"].title,
        r["contract"].title,
        r["gross"],
        r["fee"],
        r["net"],
        withdrawable,
    )


def _contract_url(contract_id: int, urls: dict[int, str]) -> str:
    """A contract's page, reversed once for all the releases of one contract in a table."""
    if contract_id not in urls:
        urls[contract_id] = reverse("contracts:detail", args=[contract_id])
    return urls[contract_id]


_PROBE = 7_070_707_071  # an id no real contract has, to find where the id goes


def contract_address_maker() -> Callable[[int], str]:
    """`reverse("contracts:detail", args=[pk])` for every row of a list, reversed once: the
    address is the same text on either side of the id (`<int:contract_id>` writes `str(pk)`)."""
    head, _, tail = reverse("contracts:detail", args=[_PROBE]).rpartition(str(_PROBE))
    return lambda pk: f"{head}{int(pk)}{tail}"


def _contract(
    row: dict[str, Any], viewer_id: int | None, address: Callable[[int], str]
) -> SafeString:
    c = row["contract"]
    badge = (
        format_html(
            ' <span class="badge">{}<span class="visually-hidden"> unread messages</span></span>',
            row["unread"],
        )
        if row["unread"]
        else ""
    )
    other = (
        format_html("{} (client)", c.client_name)
        if c.freelancer_id == viewer_id
        else format_html("{} (freelancer)", c.freelancer.display_name)
    )
    return format_html(
        "\n    <tr>\n"
        '      <td data-label="Contract"><a href="{}">#{} {}</a>{}</td>\n'
        '      <td data-label="With">{}</td>\n'
        '      <td data-label="State"><span class="state state-{}">{}</span></td>\n'
        '      <td data-label="Currency">{}</td>\n'
        '      <td data-label="Updated"><time datetime="{}">{}</time></td>\n'
        "    </tr>\n  ",
        address(c.pk),
        c.pk,
        c.title,
        badge,
        other,
        c.state,
        c.get_state_display(),
        c.currency,
        date_filter(c.updated_at, "c"),
        date_filter(c.updated_at, "Y-m-d"),
    )


@register.simple_tag(takes_context=True)
def contract_rows(context: template.Context, rows: list[dict[str, Any]]) -> SafeString:
    """The contract list's `<tr>`, one a contract; "With" names the other party of this viewer."""
    viewer_id = getattr(context.get("user"), "pk", None)
    address = contract_address_maker()
    return mark_safe("".join(_contract(row, viewer_id, address) for row in rows))  # noqa: S308


@register.simple_tag
def release_rows(releases: list[dict[str, Any]]) -> SafeString:
    """The `<tr>` of the releases table, newest first, or the row that says there are none."""
    if not releases:
        return mark_safe('<tr><td colspan="6">No releases yet.</td></tr>')  # noqa: S308 - a constant
    urls: dict[int, str] = {}
    return mark_safe("".join(_release(r, urls) for r in releases))  # noqa: S308 - format_html parts
