"""The contract page's milestone cards, rendered in Python (issue 19).

`{% milestone_cards %}` gives the markup `_milestones.html` gave with a `{% for %}` over ten
cards of sixty to a hundred template nodes each, built with `format_html`: every value
escaped, dates in the current time zone as `|date` gives them, the same `{% url %}`s, the
page's CSRF token in each form. Nothing is cached: each card is built from this request's
`cards` (selectors.milestone_cards), role, viewer and payment methods.
tests/contracts/test_milestone_cards.py compares it with the old template in every state.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.template.defaultfilters import filesizeformat
from django.template.defaulttags import CsrfTokenNode
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from directcontracts.contracts.html_dates import date_filter
from directcontracts.contracts.templatetags.freezes import milestone_freeze, milestone_links
from directcontracts.contracts.templatetags.money import money
from directcontracts.core.html import format_html, format_html_join

register = template.Library()

_EXTEND_OPTIONS = "".join(
    f'<option value="{d}">{d} day{"" if d == "1" else "s"}</option>' for d in "1234567"
)


def _amount_line(c: dict[str, Any], m: Any, contract: Any) -> SafeString:
    due = format_html(" · due {}", date_filter(m.due_date, "j M Y")) if m.due_date else ""
    outcome = format_html(" · <strong>{}</strong>", c["outcome"]) if c["outcome"] else ""
    escrow: SafeString | str = ""
    if c["in_escrow"]:
        released = (
            format_html(" · {} released", money(m.released_amount_minor, contract.currency))
            if m.released_amount_minor
            else ""
        )
        escrow = format_html("{} · <strong>{} in escrow</strong>", released, c["in_escrow"])
    receipt = (
        format_html(
            ' · <a href="{}">Receipt (PDF)</a>',
            reverse("contracts:milestone_receipt_pdf", args=[contract.pk, m.pk]),
        )
        if m.funded_amount_minor or m.released_amount_minor or m.refunded_amount_minor
        else ""
    )
    return format_html(
        "    <p>{}{}{}{}\n      {}</p>\n", c["amount"], due, outcome, escrow, receipt
    )


def _countdown(c: dict[str, Any], m: Any, server_now: Any) -> SafeString | str:
    if not c["countdown"]:
        return ""
    deadline = date_filter(m.review_deadline, "c")
    return format_html(
        "\n"
        '      <p class="countdown" data-testid="countdown-{}">Auto-release in\n'
        '        <strong><time data-deadline="{}" data-now="{}" datetime="{}">{}</time></strong>\n'
        "        (on {} UTC){}.</p>\n    ",
        m.position,
        deadline,
        date_filter(server_now, "c"),
        deadline,
        c["countdown"],
        date_filter(m.review_deadline, "j M Y H:i"),
        ", extended once" if m.review_extended else "",
    )


def _charges(c: dict[str, Any]) -> SafeString | str:
    if not c["charges"]:
        return ""
    items = format_html_join(
        "",
        '<li>{} <span class="muted">· {} · {} UTC</span></li>',
        ((ch["summary"], ch["state"], date_filter(ch["at"], "j M Y H:i")) for ch in c["charges"]),
    )
    return format_html(
        "\n"
        '      <ul class="charges" aria-label="Your payments for this milestone">\n'
        "      {}\n      </ul>\n    ",
        items,
    )


def _change_request(c: dict[str, Any], m: Any, role: Any, contract: Any) -> SafeString | str:
    change = c["change_request"]
    if not change:
        return ""
    client = role == "client"
    return format_html(
        "\n"
        '      <div class="notice" role="note" data-testid="change-request-{}">\n'
        "        <p><strong>{} for changes</strong>\n"
        '          <span class="muted">on {} UTC</span>:</p>\n'
        '        <p class="prewrap">{}</p>\n'
        '        <p class="muted">{}</p>\n'
        "      </div>\n    ",
        m.position,
        "You asked" if client else "The client asked",
        date_filter(change.created_at, "j M Y H:i"),
        change.message,
        format_html("{} submits the changes next.", contract.freelancer.display_name)
        if client
        else "Submit the changes when they are ready; the review period starts again.",
    )


def _file(f: Any, unlocked: bool) -> SafeString:
    if f.preview_state == "ready":
        preview = format_html(
            '<img src="{}" alt="Preview of {}" class="preview" loading="lazy">\n            ',
            reverse("contracts:file_preview", args=[f.pk]),
            f.name,
        )
    elif f.preview_state == "pending":
        preview = mark_safe(  # noqa: S308 - a constant
            '<p class="muted preview-pending" role="status" data-testid="preview-pending">'
            "Preview being prepared… Reload the page in a moment to see it.</p>\n            "
        )
    elif f.preview_state == "failed":
        preview = mark_safe(  # noqa: S308 - a constant
            '<p class="muted">No picture preview could be made of this file; its name, size '
            "and hash are below.</p>"
        )
    else:
        preview = mark_safe("")
    text = (
        format_html('<pre class="preview-text">{}</pre>', f.preview_text) if f.preview_text else ""
    )
    download = (
        format_html('<a href="{}">Download</a>', reverse("contracts:file_download", args=[f.pk]))
        if unlocked
        else mark_safe('<span class="muted">The full file unlocks at release.</span>')  # noqa: S308
    )
    return format_html(
        "\n          <li>\n            {}\n"
        '            <span>{} · {} · <code title="SHA-256">{}</code></span>\n'
        "            {}\n            {}\n          </li>\n        ",
        preview,
        f.name,
        filesizeformat(f.size),
        Truncator(f.sha256).chars(17),
        text,
        download,
    )


def _deliverables(c: dict[str, Any]) -> SafeString:
    parts = []
    for d in c["deliverables"]:
        message = format_html('<p class="prewrap">{}</p>', d.message) if d.message else ""
        files = mark_safe("".join(_file(f, c["unlocked"]) for f in d.files.all()))  # noqa: S308
        parts.append(
            format_html(
                '\n      <div class="delivery">\n'
                "        <p><strong>Delivery {}</strong> · {}</p>\n"
                "        {}\n"
                '        <ul class="files">\n        {}\n        </ul>\n'
                "      </div>\n    ",
                d.number,
                date_filter(d.created_at, "j M Y H:i"),
                message,
                files,
            )
        )
    return mark_safe("".join(parts))  # noqa: S308 - every part is built by format_html


def _refund_request_frozen(m: Any, freelancer: bool, answer_by: str) -> SafeString:
    """What a pending refund request means while the escrow is frozen: nothing is refunded
    (accepting is refused, silence refunds only once the freeze is lifted); declining works."""
    if m.state == "partially_released":
        return format_html(
            "{} Part of this milestone was released, so the rest is refunded only with {} yes{}",
            _FROZEN_REFUND,
            "your" if freelancer else "the freelancer’s",
            ": you can decline now, or accept once the freeze is lifted." if freelancer else ".",
        )
    if freelancer:
        return format_html(
            "{} You can decline now, or accept once the freeze is lifted. Without an answer, "
            "the money is refunded when the freeze is lifted (or on {}, if that is later).",
            _FROZEN_REFUND,
            answer_by,
        )
    return format_html(
        "{} Waiting for the freelancer: without an answer, it is refunded to you when the "
        "freeze is lifted (or on {}, if that is later).",
        _FROZEN_REFUND,
        answer_by,
    )


_FROZEN_REFUND = "The escrow is frozen: nothing is refunded until the freeze is lifted."


def _refund_request(
    c: dict[str, Any], m: Any, role: Any, contract: Any, csrf: Any
) -> SafeString | str:
    rr = c["refund_request"]
    if not rr:
        return ""
    freelancer = role == "freelancer"
    answer_by = date_filter(rr.answer_by, "j M Y")
    stopped = c.get("refunds_stopped", False)
    said: SafeString | str
    if stopped:
        said = _refund_request_frozen(m, freelancer, answer_by)
    elif m.state == "partially_released":
        said = (
            format_html(
                "Part of this milestone was released, so the rest stays in escrow until you "
                "answer: nothing is refunded without your yes. Accept to refund it to the client "
                "(they then get the full files); decline to keep it in escrow, where the client "
                "can still release it. Please answer by {}.",
                answer_by,
            )
            if freelancer
            else "The rest stays in escrow until the freelancer answers: if they accept, it is "
            "refunded to you and the full files unlock; if they decline, you can still release "
            "it, or open a dispute for Trust & Safety to decide."
        )
    else:
        said = (
            format_html("Answer by {}; without an answer the money is refunded.", answer_by)
            if freelancer
            else format_html("Waiting for the freelancer until {}.", answer_by)
        )
    accept = (
        ""
        if stopped  # refused while the escrow is frozen
        else format_html(
            "\n"
            '          <form method="post" action="{}" class="inline-form">{}\n'
            '            <button type="submit" class="button button-money">Accept and refund'
            "</button></form>",
            reverse("contracts:refund_request_answer", args=[rr.pk, "accept"]),
            csrf,
        )
    )
    answer = (
        format_html(
            "{}\n"
            '          <form method="post" action="{}" class="inline-form">{}\n'
            '            <label for="refund-note-{}" class="visually-hidden">Why you decline'
            "</label>\n"
            '            <input id="refund-note-{}" name="note" maxlength="2000" '
            'placeholder="Why you decline">\n'
            '            <button type="submit" class="button button-danger">Decline</button>'
            "</form>\n        ",
            accept,
            reverse("contracts:refund_request_answer", args=[rr.pk, "decline"]),
            csrf,
            m.pk,
            m.pk,
        )
        if freelancer
        else ""
    )
    return format_html(
        "\n"
        '      <div class="notice" role="note">\n'
        "        <p><strong>Refund requested:</strong> {} · “{}”.\n"
        "        \n          {}</p>\n        \n"
        "        {}\n"
        "      </div>\n    ",
        money(rr.amount_minor, contract.currency),
        rr.reason,
        said,
        answer,
    )


def _release_error(m: Any, methods: Any, approve_error: Any) -> tuple[Any, str | None]:
    """The refusal of this milestone's release form (money_views._release_error_at), and the
    field it is shown at: the amount, or the payment method when there is one to choose."""
    if not approve_error or approve_error["milestone_id"] != m.pk:
        return None, None
    at = approve_error["field"]
    return approve_error, "amount" if at == "payment_method" and not methods else at


def _error_list(m: Any, error: Any, field: str | None, here: str) -> SafeString | str:
    if field != here:
        return ""
    return format_html(
        '\n        <ul class="errorlist" id="approve-error-{}"><li>{}</li></ul>',
        m.pk,
        error["message"],
    )


def _bonus_choice(m: Any, methods: Any, error: Any, at: str | None) -> SafeString:
    """Paying the difference matters only to a release above escrow (a bonus), so the
    ordinary approval keeps it folded away; without a method, where to add one."""
    if not methods:
        return format_html(
            '<p class="muted" id="approve-more-{}">To release more than escrow holds, '
            '<a href="{}">add a payment method</a> first.</p>',
            m.pk,
            reverse("contracts:billing"),
        )
    return format_html(
        '<details class="release-more"{}><summary>Release more than escrow holds (a bonus)'
        "</summary>\n"
        '        <label for="approve-method-{}">Pay the difference with</label>\n'
        '        <select id="approve-method-{}" name="payment_method"{}>'
        '<option value="">Choose a payment method</option>\n          {}</select>{}\n'
        "        </details>",
        mark_safe(" open") if at == "payment_method" else "",  # noqa: S308 - a constant
        m.pk,
        m.pk,
        format_html(' aria-invalid="true" aria-describedby="approve-error-{}"', m.pk)
        if at == "payment_method"
        else "",
        format_html_join(
            "",
            '<option value="{}"{}>{}{}</option>',
            (
                (
                    pm.pk,
                    " selected" if error and error["method_id"] == pm.pk else "",
                    pm.label,
                    " (last payment declined)" if getattr(pm, "last_declined", False) else "",
                )
                for pm in methods
            ),
        ),
        _error_list(m, error, at, "payment_method"),
    )


def _actions(
    c: dict[str, Any], m: Any, contract: Any, csrf: Any, methods: Any, approve_error: Any = None
) -> SafeString:
    args = [contract.pk, m.pk]
    error, at = _release_error(m, methods, approve_error)
    parts: list[str] = ['    <div class="milestone-actions">\n    ']
    if c["can_fund"]:
        parts.append(
            format_html(
                '<a class="button button-money" href="{}">Fund this milestone</a>',
                reverse("contracts:fund", args=args),
            )
        )
    parts.append("\n    ")
    if c["can_submit"]:
        parts.append(
            format_html(
                '<a class="button" href="{}">Submit work</a>',
                reverse("contracts:submit", args=args),
            )
        )
    parts.append("\n    ")
    if c["can_release"]:
        choose = _bonus_choice(m, methods, error, at)
        parts.append(
            format_html(
                "\n"
                '      <form method="post" action="{}" class="inline-form stacked-form release-form">{}\n'
                '        <label for="approve-amount-{}">Release (leave empty for all {})</label>\n'
                '        <input id="approve-amount-{}" name="amount" inputmode="decimal" '
                'maxlength="20" size="10"{} aria-describedby="{}approve-help-{}">{}\n'
                '        <span id="approve-help-{}" class="muted">Releasing less keeps the rest '
                "in escrow and asks the freelancer to agree to refund it to you; the full files "
                "unlock once everything is released or they agree.</span>\n"
                "        {}\n"
                '        <button type="submit" class="button button-money">Approve and release'
                "</button></form>\n    ",
                reverse("contracts:approve", args=args),
                csrf,
                m.pk,
                c["in_escrow"],
                m.pk,
                format_html(
                    "{}{}",
                    format_html(' value="{}"', error["amount"])
                    if error and error["amount"]
                    else "",
                    mark_safe(' aria-invalid="true"') if at == "amount" else "",  # noqa: S308
                ),
                format_html("approve-error-{} ", m.pk) if at == "amount" else "",
                m.pk,
                _error_list(m, error, at, "amount"),
                m.pk,
                choose,
            )
        )
    parts.append("\n    ")
    if c["can_review"]:
        parts.append(
            format_html(
                "\n"
                '      <form method="post" action="{}" class="stacked-form review-form">{}\n'
                '        <label for="changes-{}">Ask for changes</label>\n'
                '        <textarea id="changes-{}" name="message" rows="2" maxlength="5000" '
                "required></textarea>\n"
                '        <button type="submit" class="button button-secondary">Request changes'
                "</button></form>\n    ",
                reverse("contracts:request_changes", args=args),
                csrf,
                m.pk,
                m.pk,
            )
        )
    parts.append("\n    ")
    if c["can_extend"]:
        parts.append(
            format_html(
                "\n"
                '      <form method="post" action="{}" class="stacked-form review-form extend-form">'
                "{}\n"
                '        <label for="extend-{}">Need more time?</label>\n'
                '        <span class="extend-row"><select id="extend-{}" name="days">{}</select>\n'
                '        <button type="submit" class="button button-secondary">Extend the review '
                "once</button></span></form>\n    ",
                reverse("contracts:extend", args=args),
                csrf,
                m.pk,
                m.pk,
                mark_safe(_EXTEND_OPTIONS),  # noqa: S308 - a constant
            )
        )
    parts.append("\n    ")
    if c["can_ask_refund"] and not c["refund_request"]:
        parts.append(
            format_html(
                "\n"
                "      <details><summary>Ask for a refund</summary>\n"
                '      <form method="post" action="{}" class="stacked-form">{}\n'
                '        <label for="ask-amount-{}">Amount (leave empty for everything in '
                "escrow)</label>\n"
                '        <input id="ask-amount-{}" name="amount" inputmode="decimal" '
                'maxlength="20">\n'
                '        <label for="ask-reason-{}">Reason</label>\n'
                '        <textarea id="ask-reason-{}" name="reason" rows="2" maxlength="2000" '
                "required></textarea>\n"
                '        <button type="submit" class="button button-secondary">Ask for a refund'
                "</button></form>\n      </details>\n    ",
                reverse("contracts:refund_request", args=args),
                csrf,
                m.pk,
                m.pk,
                m.pk,
                m.pk,
            )
        )
    parts.append("\n    ")
    if c["can_refund"]:
        parts.append(
            format_html(
                "\n"
                "      <details><summary>Refund the client</summary>\n"
                '      <form method="post" action="{}" class="stacked-form">{}\n'
                '        <input type="hidden" name="escrow_seen" value="{}">\n'
                '        <label for="refund-amount-{}">Amount (leave empty to refund everything '
                "in escrow)</label>\n"
                '        <input id="refund-amount-{}" name="amount" inputmode="decimal" '
                'maxlength="20">\n'
                '        <label for="refund-reason-{}">Reason</label>\n'
                '        <textarea id="refund-reason-{}" name="reason" rows="2" maxlength="2000">'
                "</textarea>\n"
                '        <button type="submit" class="button button-money">Refund</button></form>'
                "\n      </details>\n    ",
                reverse("contracts:refund", args=args),
                csrf,
                m.escrow_minor,
                m.pk,
                m.pk,
                m.pk,
                m.pk,
            )
        )
    parts.append("\n    </div>\n")
    return mark_safe("".join(parts))  # noqa: S308 - constants and format_html parts


def _card(c: dict[str, Any], context: template.Context, csrf: Any) -> SafeString:
    m, contract, role = c["obj"], context["contract"], context.get("role")
    head = format_html(
        '\n  \n  <article class="milestone" id="milestone-{}" aria-labelledby="milestone-title-{}">\n'
        '    <div class="page-head">\n'
        '      <h3 id="milestone-title-{}">{}. {}</h3>\n'
        '      <span class="state state-{}" data-testid="milestone-state-{}">{}</span>\n'
        "    </div>\n",
        m.pk,
        m.pk,
        m.pk,
        m.position,
        m.title,
        c.get("state_class", m.state),
        m.position,
        c["state"],
    )
    freelancer = role == "freelancer"
    funded = (
        '<p class="notice">Funded: the money is in escrow. You can start work now.</p>'
        if m.state == "funded" and freelancer and not c["frozen"]
        else ""
    )
    frozen = (
        format_html(
            '<p class="notice notice-frozen" data-testid="frozen-line-{}">{}</p>',
            m.position,
            c["frozen_line"],
        )
        if c["frozen_line"]
        else ""
    )
    waiting = (
        '<p class="muted">Don\'t start work yet: wait until the client funds this milestone.</p>'
        if c["wait_for_funding"]
        else ""
    )
    return format_html(
        "{}{}    {}\n    {}\n    {}\n    {}\n    {}\n    {}{}\n    {}\n\n    {}\n\n    {}\n"
        "{}  </article>\n  \n  ",
        head,
        _amount_line(c, m, contract),
        _countdown(c, m, context.get("server_now")),
        milestone_freeze(m, role),
        _charges(c),
        milestone_links(m, context.get("user")),
        _change_request(c, m, role, contract),
        mark_safe(funded),  # noqa: S308 - a constant
        frozen,
        mark_safe(waiting),  # noqa: S308 - a constant
        _deliverables(c),
        _refund_request(c, m, role, contract, csrf),
        _actions(
            c, m, contract, csrf, context.get("payment_methods"), context.get("approve_error")
        ),
    )


@register.simple_tag(takes_context=True)
def milestone_cards(context: template.Context) -> SafeString:
    """The milestones section of the contract page, one `<article>` a card."""
    csrf = CsrfTokenNode().render(context)  # what {% csrf_token %} renders
    cards = "".join(_card(c, context, csrf) for c in context.get("cards") or [])
    return format_html(
        '<section class="card" aria-labelledby="ms-title" id="milestones">\n'
        '  <h2 id="ms-title">Milestones</h2>\n  {}\n</section>',
        mark_safe(cards),  # noqa: S308 - every card is built by format_html
    )
