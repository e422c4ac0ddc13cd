"""Contract statements and milestone receipts, as PDF (issue 4, point 8).

Design:

1. `build_statement(contract)` and `build_receipt(milestone)` only read and return PDF
   bytes; the web views at the bottom of this module and the API call them, so both give
   the same document and the same refusals.
2. Money comes from the milestone's amount columns and the `Release` row (gross, fee and
   net as recorded at release), never recomputed from today's fee settings: a receipt says
   what happened, even after the fee changes.
3. The PDF uses the built-in Helvetica, so there is no font file to ship. It draws
   WinAnsi (cp1252) only; every string passes through `printable()`, which transliterates
   anything else (anyascii) and drops control characters, so nothing prints as a box.
4. Times print in UTC with the zone named; the footer's generation time reads the
   injectable clock so tests can pin it.
5. What a cell prints is bounded (`PRINTED_CHARS`), after transliteration: one character
   can become forty (an emoji's `:name:`), and a table row taller than a page can't be laid
   out at all (reportlab raises LayoutError), so 200 emoji in a title broke the download.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime
from functools import partial
from typing import Any
from xml.sax.saxutils import escape

from anyascii import anyascii
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_GET
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from directcontracts.contracts import payment_privacy
from directcontracts.contracts.access import get_contract_for_user, get_milestone_for_user
from directcontracts.contracts.event_words import actor_in_words, message_in_words
from directcontracts.contracts.models import (
    ESCROWED_STATES,
    Contract,
    ContractEvent,
    Milestone,
    MilestoneState,
    Release,
)
from directcontracts.contracts.money import display, fee_name
from directcontracts.contracts.selectors import (
    StatementTotals,
    card_state,
    charges_of,
    timeline_of,
    totals_of,
)
from directcontracts.core import clock
from directcontracts.core.errors import Conflict, DomainError, NotFound
from directcontracts.payments.models import Payment, PaymentState

# Belongs in ContractErrorCode; kept here until errors.py can take it (owned elsewhere).
RECEIPT_NOT_AVAILABLE = "receipt_not_available"

# Charges that took the client's money (a failed one took nothing).
TAKEN_STATES = (PaymentState.SUCCEEDED, PaymentState.CHARGED_BACK)

RECEIPT_EVENT_KINDS = {
    "milestone.funding_pending": "Charged (waiting to settle)",
    "milestone.funded": "Paid into escrow",
    "milestone.partially_released": "Partly released to the freelancer (the rest stays in escrow)",
    "milestone.released": "Released to the freelancer",
    "milestone.auto_released": "Released automatically (review period ended)",
    "milestone.refunded": "Refunded to the client",
    "milestone.partially_refunded": "Partially refunded to the client",
    "milestone.split": "Split by a dispute decision",
}
REFUND_KINDS = ("milestone.refunded", "milestone.partially_refunded")
RELEASE_KINDS = ("milestone.released", "milestone.auto_released", "milestone.partially_released")

# A milestone has money history once it reached one of these (or any amount moved).
RECEIPT_STATES = {*ESCROWED_STATES, MilestoneState.RELEASED, MilestoneState.REFUNDED}

# The statement is a summary, not an archive: a thread can add thousands of events, and an
# unbounded table would make the download slow and huge. The cut is stated on the page.
TIMELINE_LIMIT = 1_000
# The most characters one paragraph prints (design note 5): 500 of the widest glyph fill
# about 55 lines of the narrowest column at 8 points, well under a page; the longest text a
# cell holds as typed (a client's name and email address) is about 410.
PRINTED_CHARS = 500

MARGIN = 18 * mm
CONTENT_WIDTH = A4[0] - 2 * MARGIN
GRID = colors.HexColor("#c8ccd2")
HEAD = colors.HexColor("#eef0f3")
NOTHING = "-"


# --- Text that Helvetica can draw ------------------------------------------------------


def _drawable(char: str) -> bool:
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def printable(text: str) -> str:
    """`text` with only characters the standard PDF fonts have (see design note 3)."""
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if char in "\r\n\t":
            out.append(" ")
        elif unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co", "Cn"}:
            continue
        elif _drawable(char):
            out.append(char)
        else:
            out.append(anyascii(char) or "?")
    return "".join(out)


def printable_within(text: str, limit: int = PRINTED_CHARS) -> str:
    """`printable(text)`, cut to `limit` characters with an ellipsis (design note 5)."""
    return truncate(printable(text), limit)


def truncate(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def amount(amount_minor: int, currency: str) -> str:
    """`display()`, with a symbol Helvetica lacks (₹) replaced by the ISO code."""
    parts: list[str] = []
    for char in display(amount_minor, currency):
        if _drawable(char):
            parts.append(char)
        elif unicodedata.category(char) == "Zs":
            parts.append(" ")
        else:
            parts.append(f"{currency}\u00a0")
    return "".join(parts)


def when(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if moment else NOTHING


def day(value: date | None) -> str:
    return value.isoformat() if value else NOTHING


def who(event: ContractEvent, contract: Contract) -> str:
    return actor_in_words(event, (contract.freelancer_id, contract.client_id), "The platform")


def describe_kind(kind: str) -> str:
    """'milestone.auto_released' → 'Milestone auto released': readable, still greppable."""
    return kind.replace(".", " ").replace("_", " ").strip().capitalize()


# --- Figures ---------------------------------------------------------------------------

# `totals_of` lives in selectors: an ended contract's page reads the same figures.


def has_money_history(milestone: Milestone) -> bool:
    return milestone.state in RECEIPT_STATES or any(
        (
            milestone.funded_amount_minor,
            milestone.released_amount_minor,
            milestone.refunded_amount_minor,
        )
    )


def receipt_number(milestone: Milestone) -> str:
    return f"DC-{milestone.contract_id}-{milestone.pk}"


def statement_filename(contract: Contract) -> str:
    return f"contract-{contract.pk}-statement.pdf"


def receipt_filename(milestone: Milestone) -> str:
    return f"receipt-{receipt_number(milestone)}.pdf"


# --- Layout ----------------------------------------------------------------------------


class _Styles:
    def __init__(self) -> None:
        sheet = getSampleStyleSheet()
        self.brand = ParagraphStyle(
            "brand", parent=sheet["Normal"], fontName="Helvetica-Bold", fontSize=10
        )
        self.title = ParagraphStyle(
            "title", parent=sheet["Title"], fontName="Helvetica-Bold", alignment=0
        )
        self.heading = ParagraphStyle(
            "heading", parent=sheet["Heading2"], fontName="Helvetica-Bold", spaceBefore=10
        )
        self.body = ParagraphStyle("body", parent=sheet["Normal"], fontName="Helvetica")
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8, leading=10)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName="Helvetica-Bold")
        self.number = ParagraphStyle("number", parent=self.cell, alignment=TA_RIGHT)
        self.note = ParagraphStyle(
            "note", parent=self.body, fontSize=8, textColor=colors.HexColor("#555555")
        )


def _p(text: str, style: ParagraphStyle, *, limit: int = PRINTED_CHARS) -> Paragraph:
    """A paragraph of at most `limit` printed characters: the default fits a table cell;
    a paragraph outside a table may run over pages and take a larger one."""
    return Paragraph(escape(printable_within(text, limit)), style)


def _grid(rows: list[list[Any]], widths: Sequence[float], *, header: bool = True) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD))
    table.setStyle(TableStyle(commands))
    return table


def _facts(pairs: Sequence[tuple[str, str]], styles: _Styles) -> Table:
    rows = [[_p(label, styles.cell_bold), _p(value, styles.cell)] for label, value in pairs]
    table = _grid(rows, [45 * mm, CONTENT_WIDTH - 45 * mm], header=False)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), HEAD)]))
    return table


class _NumberedCanvas(canvas.Canvas):
    """Holds every page until the end so each footer can say 'Page n of N'."""

    def __init__(self, *args: Any, footer: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        self.saveState()
        self.setFont("Helvetica", 7.5)
        self.setFillColor(colors.HexColor("#555555"))
        self.drawString(MARGIN, 10 * mm, printable(self._footer))
        self.drawRightString(A4[0] - MARGIN, 10 * mm, f"Page {number} of {total}")
        self.restoreState()


def _render(story: list[Any], *, title: str, footer: str) -> bytes:
    buffer = io.BytesIO()
    platform = printable(settings.PLATFORM_NAME)
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=printable(title),
        author=platform,
        creator=platform,
    )
    generated = f"{footer} - generated {when(clock.now())} by {settings.PLATFORM_NAME}"
    document.build(story, canvasmaker=partial(_NumberedCanvas, footer=generated))
    return buffer.getvalue()


def _parties(contract: Contract) -> list[tuple[str, str]]:
    return [
        ("Freelancer", str(contract.freelancer.display_name)),
        ("Client", f"{contract.client_name} <{contract.client_email}>"),
    ]


# --- Statement -------------------------------------------------------------------------


def build_statement(contract: Contract, *, role: str | None = None) -> bytes:
    """The whole contract on paper: terms, milestones, money and activity, as `role` reads
    it (only the client reads their card and declined payments: payment_privacy)."""
    styles = _Styles()
    milestones = list(contract.milestones.order_by("position", "id"))
    releases = list(Release.objects.filter(milestone__contract=contract))
    story: list[Any] = [
        _p(settings.PLATFORM_NAME, styles.brand),
        _p("Contract statement", styles.title),
        _facts(_statement_facts(contract), styles),
        _p("Milestones", styles.heading),
        _milestone_table(contract, milestones, styles),
        _p("Totals", styles.heading),
        _totals_table(contract, totals_of(milestones, releases), styles),
        _p("Activity", styles.heading),
        *_timeline(contract, styles, role),
    ]
    return _render(
        story,
        title=f"Contract #{contract.pk} statement",
        footer=f"Contract #{contract.pk} statement",
    )


def _statement_facts(contract: Contract) -> list[tuple[str, str]]:
    return [
        ("Contract number", f"#{contract.pk}"),
        ("Title", contract.title),
        *_parties(contract),
        ("Currency", contract.currency),
        ("Review period", f"{contract.review_period_days} days"),
        ("State", contract.get_state_display()),
        ("Created", when(contract.created_at)),
        ("Accepted", when(contract.accepted_at)),
        ("Ended", when(contract.ended_at)),
    ]


def _milestone_table(contract: Contract, milestones: list[Milestone], styles: _Styles) -> Any:
    if not milestones:
        return _p("No milestones.", styles.note)
    money = partial(amount, currency=contract.currency)
    heads = ["Milestone", "Amount", "State", "Funded", "Released", "Refunded", "Due"]
    rows: list[list[Any]] = [
        [_p(h, styles.cell_bold) for h in heads],
        *(
            [
                _p(f"{m.position}. {m.title}", styles.cell),
                _p(money(m.amount_minor), styles.number),
                _p(card_state(contract, m), styles.cell),
                _p(money(m.funded_amount_minor), styles.number),
                _p(money(m.released_amount_minor), styles.number),
                _p(money(m.refunded_amount_minor), styles.number),
                _p(day(m.due_date), styles.cell),
            ]
            for m in milestones
        ),
    ]
    # Amounts and the due date must not wrap mid-number; the title takes what is left.
    money_w, state_w, due_w = 23 * mm, 21 * mm, 21 * mm
    title_w = CONTENT_WIDTH - 4 * money_w - state_w - due_w
    widths = [title_w, money_w, state_w, money_w, money_w, money_w, due_w]
    return _grid(rows, widths)


def _totals_table(contract: Contract, totals: StatementTotals, styles: _Styles) -> Table:
    money = partial(amount, currency=contract.currency)
    return _facts(
        [
            ("Contract total", money(totals.contract_total)),
            ("In escrow now", money(totals.in_escrow)),
            ("Released to the freelancer", money(totals.released)),
            ("Refunded to the client", money(totals.refunded)),
            ("Freelancer service fee", money(totals.freelancer_fee)),
            ("Freelancer net", money(totals.freelancer_net)),
        ],
        styles,
    )


def _timeline(contract: Contract, styles: _Styles, role: str | None) -> list[Any]:
    # The actor's profile holds the name printed in the "Who" column.
    events = timeline_of(contract, role=role).select_related("actor__freelancer_profile")
    shown = payment_privacy.for_viewer(events[:TIMELINE_LIMIT], role)
    if not shown:
        return [_p("No activity yet.", styles.note)]
    rows: list[list[Any]] = [
        [_p(h, styles.cell_bold) for h in ("Date", "Event", "Who", "Details")],
        *([_p(x, styles.cell) for x in _event_cells(event, contract)] for event in shown),
    ]
    widths = [28 * mm, 40 * mm, 32 * mm, CONTENT_WIDTH - 100 * mm]
    flowables: list[Any] = [_grid(rows, widths)]
    total = events.count() if len(shown) == TIMELINE_LIMIT else len(shown)
    if total > len(shown):
        note = f"Showing the first {len(shown)} of {total} events; the contract page has all."
        flowables.append(_p(note, styles.note))
    return flowables


def _event_cells(event: ContractEvent, contract: Contract) -> list[str]:
    details = message_in_words(event)
    if event.milestone is not None:
        details = f"{event.milestone.title}: {details}" if details else event.milestone.title
    return [
        when(event.created_at),
        describe_kind(event.kind),
        who(event, contract),
        details,  # whole, wrapping in its cell, within the cell's bound (design note 5)
    ]


# --- Receipt ---------------------------------------------------------------------------


def ensure_receipt_available(milestone: Milestone) -> None:
    if not has_money_history(milestone):
        raise Conflict(
            RECEIPT_NOT_AVAILABLE,
            "There is no receipt for this milestone yet: it has not been funded, "
            "released or refunded.",
            current_state=milestone.state,
        )


def build_receipt(milestone: Milestone, *, role: str | None = None) -> bytes:
    """What was paid into escrow for one milestone, and where that money went. The charges
    (the card, the processing fee) are on the client's copy only (payment_privacy)."""
    ensure_receipt_available(milestone)
    styles = _Styles()
    contract = milestone.contract
    events = payment_privacy.for_viewer(
        milestone.events.filter(kind__in=list(RECEIPT_EVENT_KINDS))
        .select_related("actor", "actor__freelancer_profile")
        .order_by("created_at", "id"),
        role,
    )
    releases = list(Release.objects.filter(milestone=milestone).order_by("number", "id"))
    charges = (
        [p for p in charges_of([milestone.pk])[milestone.pk] if p.state in TAKEN_STATES]
        if payment_privacy.sees_client_payments(role)
        else []
    )
    number = receipt_number(milestone)
    story: list[Any] = [
        _p(settings.PLATFORM_NAME, styles.brand),
        _p(f"Receipt {number}", styles.title),
        _facts(_receipt_facts(milestone), styles),
        _p("Payments", styles.heading),
        _payments_table(milestone, charges, releases, events, styles),
        _p("History", styles.heading),
        _history_table(contract, events, styles),
        Spacer(1, 6 * mm),
        _p(
            "Amounts are held in escrow by the platform until released or refunded. A "
            "processing fee paid by the client is not held in escrow and is not refunded "
            "with it. The service fee is deducted from the freelancer's release.",
            styles.note,
        ),
    ]
    return _render(story, title=f"Receipt {number}", footer=f"Receipt {number}")


def _receipt_facts(milestone: Milestone) -> list[tuple[str, str]]:
    contract = milestone.contract
    return [
        ("Receipt number", receipt_number(milestone)),
        ("Contract", f"#{contract.pk} {contract.title}"),
        ("Milestone", f"{milestone.position}. {milestone.title}"),
        ("Milestone amount", amount(milestone.amount_minor, contract.currency)),
        ("Milestone state", card_state(contract, milestone)),
        *_parties(contract),
        ("Currency", contract.currency),
    ]


def _first(events: Sequence[ContractEvent], kinds: Sequence[str]) -> datetime | None:
    return next((e.created_at for e in events if e.kind in kinds), None)


def _last(events: Sequence[ContractEvent], kinds: Sequence[str]) -> datetime | None:
    return next((e.created_at for e in reversed(events) if e.kind in kinds), None)


def _payment_lines(
    milestone: Milestone,
    charges: Sequence[Payment],
    releases: Sequence[Release],
    events: Sequence[ContractEvent],
) -> list[tuple[str, datetime | None, int]]:
    """(what, when, amount) rows: what the client was charged and what that was made of,
    escrow in, then where the money went (each release with its gross, fee and net: a
    partial release and the rest are two)."""
    lines: list[tuple[str, datetime | None, int]] = []
    for charge in charges:
        lines.append((f"Charged to {charge.method.label}", charge.settled_at, charge.total_minor))
        if charge.fee_minor:
            label = f"{fee_name(charge.method.kind).capitalize()} (paid by the client)"
            lines.append((label, None, charge.fee_minor))
    lines.append(
        ("Paid into escrow", _first(events, ["milestone.funded"]), milestone.funded_amount_minor)
    )
    for release in releases:
        lines += [
            ("Released (gross)", release.released_at, release.amount_minor),
            ("Service fee", None, -release.fee_minor),
            ("Net to the freelancer", None, release.net_minor),
        ]
    released_at = milestone.released_at or _last(events, RELEASE_KINDS)
    if not releases and milestone.released_amount_minor:
        # Released before Release rows carried the fee: the gross is all that is known.
        lines.append(("Released", released_at, milestone.released_amount_minor))
    if milestone.refunded_amount_minor:
        refunded_at = _last(events, REFUND_KINDS)
        lines.append(("Refunded to the client", refunded_at, milestone.refunded_amount_minor))
    return lines


def _payments_table(
    milestone: Milestone,
    charges: Sequence[Payment],
    releases: Sequence[Release],
    events: Sequence[ContractEvent],
    styles: _Styles,
) -> Table:
    currency = milestone.contract.currency
    rows: list[list[Any]] = [
        [_p(h, styles.cell_bold) for h in ("", "Date", "Amount")],
        *(
            [
                _p(label, styles.cell),
                _p(when(at) if at else "", styles.cell),
                _p(amount(value, currency), styles.number),
            ]
            for label, at, value in _payment_lines(milestone, charges, releases, events)
        ),
    ]
    return _grid(rows, [CONTENT_WIDTH - 75 * mm, 40 * mm, 35 * mm])


def _history_table(contract: Contract, events: Sequence[ContractEvent], styles: _Styles) -> Any:
    if not events:
        return _p("No payment events are recorded for this milestone.", styles.note)
    rows: list[list[Any]] = [
        [_p(h, styles.cell_bold) for h in ("Date", "What", "Who", "Amount", "Note")],
        *(
            [
                _p(when(e.created_at), styles.cell),
                _p(RECEIPT_EVENT_KINDS.get(e.kind, describe_kind(e.kind)), styles.cell),
                _p(who(e, contract), styles.cell),
                _p(_event_amount(e, contract.currency), styles.number),
                _p(message_in_words(e), styles.cell),
            ]
            for e in events
        ),
    ]
    widths = [28 * mm, 40 * mm, 30 * mm, 26 * mm, CONTENT_WIDTH - 124 * mm]
    return _grid(rows, widths)


def _event_amount(event: ContractEvent, currency: str) -> str:
    # Escrow services may record the moved amount on the event; older rows don't have it.
    value = (event.data or {}).get("amount_minor")
    return amount(value, currency) if isinstance(value, int) else ""


# --- Web views (wire in contracts/urls.py) ---------------------------------------------


def pdf_response(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    # Our filenames are ASCII digits and dashes, so no RFC 6266 encoding is needed.
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Personal and financial: never kept by a shared cache or the browser's history.
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def statement_pdf(request: HttpRequest, contract_id: int) -> HttpResponse:
    try:
        contract = get_contract_for_user(request.user, contract_id)
    except NotFound as error:
        raise Http404(error.message) from None
    pdf = build_statement(contract, role=contract.role_of(request.user))
    return pdf_response(pdf, statement_filename(contract))


@login_required
@require_GET
def milestone_receipt_pdf(
    request: HttpRequest, contract_id: int, milestone_id: int
) -> HttpResponse:
    try:
        milestone = get_milestone_for_user(request.user, contract_id, milestone_id)
        pdf = build_receipt(milestone, role=milestone.contract.role_of(request.user))
    except NotFound as error:
        raise Http404(error.message) from None
    except DomainError as error:
        return HttpResponse(
            error.message, status=error.status, content_type="text/plain; charset=utf-8"
        )
    return pdf_response(pdf, receipt_filename(milestone))
