"""The contract page's milestone cards are rendered in Python (templatetags/milestone_cards.py,
issue 19). The template they replace is kept in tests/contracts/reference/_milestones.html;
here both render the same page context, the view's own, for each party, in every state a card
shows (awaiting funding, funded, submitted with files in each preview state, extended, changes
requested, a refund request before and after a partial release, released, frozen), with
values that need escaping, and must give the same markup to the character."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone

from directcontracts.contracts import escrow, freezes
from directcontracts.contracts.deliverables import IncomingFile
from directcontracts.contracts.models import Contract, MilestoneState
from directcontracts.contracts.views import _detail_context
from tests.contracts.factories import active_contract, card, milestone, settle_gateway

pytestmark = pytest.mark.django_db

OLD = Template((Path(__file__).parent / "reference" / "_milestones.html").read_text())
NEW = Template(
    (
        Path(__file__).parents[2]
        / "src/directcontracts/contracts/templates/contracts/_milestones.html"
    ).read_text()
)

TITLES = ['<Design> & "Co"', "Build", "Pages", "Copy", "Extra"]


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _both(contract, user, token="T0KEN"):  # noqa: S107 - a CSRF token stand-in
    contract = Contract.objects.get(pk=contract.pk)
    request = RequestFactory().get(f"/contracts/{contract.pk}/")
    request.user = user
    context = _detail_context(request, contract)
    context.update(user=user, request=request, csrf_token=token)
    return NEW.render(Context(context)), OLD.render(Context(context))


def _same_for_both_parties(contract, client):
    pages = []
    for user in (contract.freelancer, client):
        for zone in ("UTC", "Pacific/Auckland"):
            with timezone.override(zone):
                new, old = _both(contract, user)
                assert new == old
                pages.append(new)
    return pages


def _contract(freelancer, monkeypatch):
    return active_contract(
        freelancer,
        monkeypatch,
        milestones=[
            milestone(TITLES[0], 50_000),
            milestone(TITLES[1], 120_000, days=None),
            milestone(TITLES[2], 30_000),
            milestone(TITLES[3], 20_000),
            milestone(TITLES[4], 10_000, days=None),
        ],
    )


def _fund(contract, client, frozen_clock, count):
    method = card(client)
    parts = list(contract.milestones.order_by("position"))
    for part in parts[:count]:
        escrow.fund_milestone(milestone=part, by=client, method=method)
    settle_gateway(frozen_clock)
    for part in parts:
        part.refresh_from_db()
    return parts


def test_awaiting_funding_cards(freelancer, monkeypatch):
    contract, client = _contract(freelancer, monkeypatch)
    pages = _same_for_both_parties(contract, client)
    assert "&lt;Design&gt; &amp; &quot;Co&quot;" in pages[0]
    assert "Don't start work yet" in pages[0]
    assert "Don't start work yet" not in pages[2]  # the client's view
    assert "Fund this milestone" in pages[2]


def test_cards_in_every_state_of_work_and_money(freelancer, monkeypatch, frozen_clock):
    contract, client = _contract(freelancer, monkeypatch)
    m1, m2, m3, m4, _m5 = _fund(contract, client, frozen_clock, 4)
    # 1: delivered with files, then released in part: the rest waits for the freelancer.
    escrow.submit_work(
        milestone=m1,
        by=freelancer,
        message="v1 <see> & files",
        files=[IncomingFile("a <b>.txt", b"hi"), IncomingFile("b.txt", b"there")],
    )
    m1.refresh_from_db()
    escrow.approve_milestone(milestone=m1, by=client, amount_minor=30_000)
    # 2: delivered, then changes asked for.
    escrow.submit_work(milestone=m2, by=freelancer, message="", files=[])
    m2.refresh_from_db()
    escrow.request_changes(milestone=m2, by=client, message="A <bigger> logo & more")
    # 3: delivered with files in each preview state, the review extended once.
    escrow.submit_work(
        milestone=m3,
        by=freelancer,
        message="Pages",
        files=[IncomingFile(f"p{n}.txt", b"x" * (n + 1) * 700) for n in range(4)],
    )
    m3.refresh_from_db()
    files = list(m3.deliverables.get().files.order_by("id"))
    for record, state in zip(files, ["ready", "pending", "failed", ""], strict=True):
        record.preview_state = state
        record.preview_text = "<first line>" if state == "ready" else ""
        record.save(update_fields=["preview_state", "preview_text"])
    escrow.extend_review(milestone=m3, by=client, days=3)
    # 4: funded, and the client asks for a refund.
    escrow.request_refund(milestone=m4, by=client, reason="Not <needed> & sorry")
    pages = _same_for_both_parties(contract, client)
    freelancer_page, client_page = pages[0], pages[2]
    assert "Accept and refund" in freelancer_page
    assert "Accept and refund" not in client_page
    assert "&lt;bigger&gt; logo &amp; more" in client_page
    assert "Not &lt;needed&gt; &amp; sorry" in freelancer_page
    assert ", extended once" in client_page
    assert 'data-testid="preview-pending"' in freelancer_page
    assert "Approve and release" in client_page
    assert "Approve and release" not in freelancer_page
    assert 'name="csrfmiddlewaretoken" value="T0KEN"' in client_page
    assert "<see>" not in freelancer_page
    assert "<first line>" not in freelancer_page
    assert "&lt;first line&gt;" in freelancer_page
    assert 'data-testid="countdown-3"' in client_page
    assert 'aria-label="Your payments for this milestone"' in client_page
    assert 'aria-label="Your payments for this milestone"' not in freelancer_page
    assert "Receipt (PDF)" in client_page
    assert "Preview of p0.txt" in client_page
    assert "No picture preview could be made" in client_page
    assert "The full file unlocks at release." in client_page
    assert "Part of this milestone was released" in freelancer_page
    assert "Waiting for the freelancer until" in client_page
    assert "Refund the client" in freelancer_page
    assert "Ask for a refund" in client_page
    assert "Extend the review once" not in client_page  # extended already


def test_released_frozen_and_tokenless_cards(freelancer, monkeypatch, frozen_clock):
    contract, client = _contract(freelancer, monkeypatch)
    m1, m2, *_ = _fund(contract, client, frozen_clock, 2)
    escrow.submit_work(milestone=m1, by=freelancer, message="Done", files=[])
    m1.refresh_from_db()
    escrow.approve_milestone(milestone=m1, by=client)
    escrow.submit_work(milestone=m2, by=freelancer, message="Done", files=[])
    m2.refresh_from_db()
    freezes.freeze_escrow(
        contract=contract,
        milestone=m2,
        source="dispute",
        reference="dispute:3",
        reason="Looked <at>",
        url="/disputes/3/",
    )
    m1.refresh_from_db()
    assert m1.state == MilestoneState.RELEASED
    pages = _same_for_both_parties(contract, client)
    assert "Review clock stopped" in pages[0]
    for token in ("", "NOTPROVIDED"):
        new, old = _both(contract, client, token=token)
        assert new == old
        assert "csrfmiddlewaretoken" not in new


def test_partly_refunded_and_closed_cards_of_an_ended_contract(
    freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts import changes

    contract, client = _contract(freelancer, monkeypatch)
    m1, *_ = _fund(contract, client, frozen_clock, 1)
    escrow.submit_work(milestone=m1, by=freelancer, message="Done", files=[])
    m1.refresh_from_db()
    escrow.approve_milestone(milestone=m1, by=client, amount_minor=30_000)
    escrow.answer_refund_request(
        request=m1.refund_requests.get(state="pending"), by=freelancer, accept=True
    )
    changes.end_contract(contract=contract, by=client)
    pages = _same_for_both_parties(contract, client)
    assert "$300.00 released · $200.00 refunded" in pages[0]
    assert "Not funded: contract ended" in pages[2]
