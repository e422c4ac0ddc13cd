"""The chargeback evidence pack: what the platform recorded, as one JSON bundle and one PDF.

Design:

1. `assemble(case)` only reads what is already on record: the terms as accepted, the
   acceptance (time, address and browser from the circumvention check at acceptance), the
   email-code verification, every delivered file's SHA-256, the client's own views of
   previews and downloads, approvals and releases, the thread, and the timeline. Lists are
   bounded (the cut is stated in the bundle), so a busy contract gives a pack of sane size.
2. `render_pdf(bundle)` draws the bundle with the same layout helpers as contract
   statements (`contracts/statements.py`): Helvetica only, every string made printable.
3. The JSON is the machine-readable twin; both are stored on the case with the PDF's
   SHA-256 (`chargebacks.ensure_evidence_pack`), so what was submitted can be proven later.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm

from directcontracts.circumvention.models import Checkpoint, CircumventionCheck
from directcontracts.contracts.identity import subject_of
from directcontracts.contracts.models import (
    ContractEvent,
    DeliverableFile,
    FileView,
    Invitation,
    Message,
)
from directcontracts.contracts.statements import (
    CONTENT_WIDTH,
    _facts,
    _grid,
    _p,
    _render,
    _Styles,
    amount,
    describe_kind,
    truncate,
)
from directcontracts.core import clock
from directcontracts.disputes.models import ChargebackCase

FORMAT = "directcontracts.chargeback-evidence/1"
MAX_MESSAGES = 200
MAX_EVENTS = 500
MAX_VIEWS = 500
MESSAGE_CHARS = 1_000
APPROVAL_KINDS = ("milestone.released", "milestone.auto_released", "milestone.split")


def _iso(moment: Any) -> str | None:
    return moment.isoformat() if moment else None


def assemble(case: ChargebackCase) -> dict[str, Any]:
    contract = case.contract
    payment = case.payment
    client_id = contract.client_id
    return {
        "format": FORMAT,
        "generated_at": clock.now().isoformat(),
        "chargeback": {
            "case_id": case.pk,
            "amount_minor": case.amount_minor,
            "currency": case.currency,
            "payment_id": payment.pk,
            "gateway_charge_id": payment.gateway_charge_id,
            "paid_with": payment.method.label,
            "paid_at": _iso(payment.created_at),
            "settled_at": _iso(payment.settled_at),
            "charged_back_at": _iso(case.created_at),
        },
        "terms": _terms(contract),
        "acceptance": _acceptance(contract),
        "deliverables": _deliverables(contract),
        "client_file_views": _views(contract, client_id),
        "approvals": _events(contract, kinds=APPROVAL_KINDS),
        "messages": _messages(contract),
        "timeline": _events(contract),
    }


def _terms(contract: Any) -> dict[str, Any]:
    return {
        "contract_id": contract.pk,
        "title": contract.title,
        "description": contract.description,
        "category": contract.category_slug,
        "catalog_version": contract.catalog_version,
        "currency": contract.currency,
        "review_period_days": contract.review_period_days,
        "freelancer": contract.freelancer.display_name,
        "client": {"name": contract.client_name, "email": contract.client_email},
        "milestones": [
            {
                "position": m.position,
                "title": m.title,
                "amount_minor": m.amount_minor,
                "due_date": m.due_date.isoformat() if m.due_date else None,
                "state": m.state,
                "released_minor": m.released_amount_minor,
                "refunded_minor": m.refunded_amount_minor,
            }
            for m in contract.milestones.order_by("position", "id")
        ],
    }


def _acceptance(contract: Any) -> dict[str, Any]:
    check = (
        CircumventionCheck.objects.filter(
            subject=subject_of(contract), checkpoint=Checkpoint.INVITATION_ACCEPTED
        )
        .order_by("-id")
        .first()
    )
    candidate = check.candidate if check is not None else {}
    invitation = (
        Invitation.objects.filter(contract=contract, answered_at__isnull=False)
        .order_by("-answered_at")
        .first()
    )
    return {
        "accepted_at": _iso(contract.accepted_at),
        "address": candidate.get("ip"),
        "user_agent": candidate.get("user_agent"),
        "invitation_sent_to": invitation.email if invitation else contract.client_email,
        "email_code_verified_at": _iso(invitation.email_verified_at) if invitation else None,
    }


def _deliverables(contract: Any) -> list[dict[str, Any]]:
    files = (
        DeliverableFile.objects.filter(deliverable__milestone__contract=contract)
        .select_related("deliverable", "deliverable__milestone")
        .order_by("deliverable__milestone__position", "deliverable__number", "id")[:MAX_EVENTS]
    )
    return [
        {
            "milestone": f.deliverable.milestone.title,
            "delivery": f.deliverable.number,
            "submitted_at": _iso(f.deliverable.created_at),
            "name": f.name,
            "size": f.size,
            "content_type": f.content_type,
            "sha256": f.sha256,
        }
        for f in files
    ]


def _views(contract: Any, client_id: int | None) -> list[dict[str, Any]]:
    views = (
        FileView.objects.filter(
            file__deliverable__milestone__contract=contract, viewer_id=client_id
        )
        .select_related("file")
        .order_by("viewed_at", "id")[:MAX_VIEWS]
    )
    return [
        {"file": v.file.name, "sha256": v.file.sha256, "kind": v.kind, "at": _iso(v.viewed_at)}
        for v in views
    ]


def _events(contract: Any, *, kinds: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    events = ContractEvent.objects.filter(contract=contract).select_related("actor", "milestone")
    if kinds is not None:
        events = events.filter(kind__in=kinds)
    return [
        {
            "at": _iso(e.created_at),
            "kind": e.kind,
            "milestone": e.milestone.title if e.milestone else None,
            "by": e.actor.display_name if e.actor else (e.actor_label or "the platform"),
            "message": truncate(e.message, MESSAGE_CHARS) if e.message else "",
        }
        for e in events.order_by("created_at", "id")[:MAX_EVENTS]
    ]


def _messages(contract: Any) -> list[dict[str, Any]]:
    rows = Message.objects.filter(contract=contract).select_related("sender")
    return [
        {
            "at": _iso(m.created_at),
            "from": "freelancer" if m.sender_id == contract.freelancer_id else "client",
            "body": truncate(m.body, MESSAGE_CHARS),
        }
        for m in rows.order_by("created_at", "id")[:MAX_MESSAGES]
    ]


# --- PDF ---------------------------------------------------------------------------------------


def render_pdf(bundle: dict[str, Any]) -> bytes:
    styles = _Styles()
    charge = bundle["chargeback"]
    terms = bundle["terms"]
    acceptance = bundle["acceptance"]
    money = lambda minor: amount(minor, terms["currency"])  # noqa: E731 - a local shorthand
    story: list[Any] = [
        _p("Chargeback evidence", styles.title),
        _facts(
            [
                ("Case", f"#{charge['case_id']}"),
                ("Amount charged back", money(charge["amount_minor"])),
                ("Payment", f"{charge['gateway_charge_id']} ({charge['paid_with']})"),
                ("Paid / settled", f"{charge['paid_at'] or '-'} / {charge['settled_at'] or '-'}"),
                ("Contract", f"#{terms['contract_id']} {terms['title']}"),
                ("Freelancer", terms["freelancer"]),
                ("Client", f"{terms['client']['name']} <{terms['client']['email']}>"),
            ],
            styles,
        ),
        _p("The client accepted the terms", styles.heading),
        _facts(
            [
                ("Accepted at", acceptance["accepted_at"] or "-"),
                ("From address", acceptance["address"] or "not recorded"),
                ("Browser", truncate(acceptance["user_agent"] or "not recorded", 120)),
                (
                    "Email proven",
                    f"{acceptance['invitation_sent_to']} by a 6-digit code at "
                    f"{acceptance['email_code_verified_at'] or '-'}",
                ),
            ],
            styles,
        ),
        _p("Terms", styles.heading),
        _p(terms["description"], styles.body, limit=3000),
        _table(
            ["Milestone", "Amount", "State", "Due"],
            [
                [
                    f"{m['position']}. {m['title']}",
                    money(m["amount_minor"]),
                    m["state"],
                    m["due_date"] or "-",
                ]
                for m in terms["milestones"]
            ],
            [CONTENT_WIDTH - 75 * mm, 25 * mm, 25 * mm, 25 * mm],
            styles,
        ),
        _p("Delivered work (SHA-256 of each file)", styles.heading),
        _table(
            ["Milestone / delivery", "File", "SHA-256", "Submitted"],
            [
                [
                    f"{d['milestone']} #{d['delivery']}",
                    d["name"],
                    d["sha256"],
                    d["submitted_at"] or "-",
                ]
                for d in bundle["deliverables"]
            ],
            [35 * mm, 35 * mm, CONTENT_WIDTH - 100 * mm, 30 * mm],
            styles,
        ),
        _p("The client looked at the work", styles.heading),
        _table(
            ["When", "File", "How"],
            [[v["at"], v["file"], v["kind"]] for v in bundle["client_file_views"]],
            [40 * mm, CONTENT_WIDTH - 70 * mm, 30 * mm],
            styles,
        ),
        _p("Approvals and releases", styles.heading),
        _event_table(bundle["approvals"], styles),
        _p("Messages", styles.heading),
        _table(
            ["When", "From", "Message"],
            [[m["at"], m["from"], m["body"]] for m in bundle["messages"]],
            [32 * mm, 22 * mm, CONTENT_WIDTH - 54 * mm],
            styles,
        ),
        _p("Timeline", styles.heading),
        _event_table(bundle["timeline"], styles),
    ]
    footer = f"Chargeback evidence, case #{charge['case_id']}"
    return _render(story, title=footer, footer=footer)


def _table(heads: list[str], rows: list[list[Any]], widths: list[float], styles: _Styles) -> Any:
    if not rows:
        return _p("Nothing recorded.", styles.note)
    return _grid(
        [
            [_p(h, styles.cell_bold) for h in heads],
            *([_p(str(cell), styles.cell) for cell in row] for row in rows),
        ],
        widths,
    )


def _event_table(events: list[dict[str, Any]], styles: _Styles) -> Any:
    return _table(
        ["When", "Event", "Who", "Details"],
        [[e["at"], describe_kind(e["kind"]), e["by"], truncate(e["message"], 300)] for e in events],
        [30 * mm, 35 * mm, 30 * mm, CONTENT_WIDTH - 95 * mm],
        styles,
    )
