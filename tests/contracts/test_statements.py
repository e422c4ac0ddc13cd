"""Contract statements and milestone receipts as PDF (issue 4, point 8)."""

from datetime import timedelta

import pypdfium2 as pdfium
import pytest
from django.urls import path

from directcontracts import urls as project_urls
from directcontracts.contracts import statements
from directcontracts.contracts.models import (
    ContractEvent,
    Milestone,
    MilestoneState,
    Release,
)
from directcontracts.core import clock
from directcontracts.core.errors import Conflict
from tests.contracts.factories import active_contract, draft_contract, milestone
from tests.contracts.helpers import text_of

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]

# The views are wired into contracts/urls.py separately; this module is its own URLconf so
# the tests go through the real middleware and login handling meanwhile.
urlpatterns = [
    *project_urls.urlpatterns,
    path("test/contracts/<int:contract_id>/statement.pdf", statements.statement_pdf),
    path(
        "test/contracts/<int:contract_id>/milestones/<int:milestone_id>/receipt.pdf",
        statements.milestone_receipt_pdf,
    ),
]


def statement_url(contract_id: int) -> str:
    return f"/test/contracts/{contract_id}/statement.pdf"


def receipt_url(contract_id: int, milestone_id: int) -> str:
    return f"/test/contracts/{contract_id}/milestones/{milestone_id}/receipt.pdf"


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def release_first_milestone(contract, freelancer) -> Milestone:
    """A released milestone as the escrow service leaves it, written directly (the service
    is being rewritten, and these tests are about the documents, not the money flow)."""
    milestone = contract.milestones.order_by("position")[0]
    funded_at = clock.now() - timedelta(days=3)
    released_at = clock.now() - timedelta(days=1)
    Milestone.objects.filter(pk=milestone.pk).update(
        state=MilestoneState.RELEASED,
        funded_amount_minor=50_000,
        released_amount_minor=50_000,
        released_at=released_at,
    )
    Release.objects.create(
        milestone=milestone,
        freelancer=freelancer,
        currency="USD",
        amount_minor=50_000,
        fee_minor=2_500,
        net_minor=47_500,
        released_at=released_at,
        available_at=released_at + timedelta(days=5),
    )
    for kind, at, client_acts in (
        ("milestone.funded", funded_at, True),
        ("milestone.released", released_at, True),
    ):
        ContractEvent.objects.create(
            contract=contract,
            milestone=milestone,
            actor=contract.client if client_acts else None,
            kind=kind,
            data={"amount_minor": 50_000},
            created_at=at,
        )
    milestone.refresh_from_db()
    return milestone


# --- Statement -------------------------------------------------------------------------


def test_the_statement_is_a_pdf_with_the_title_parties_and_milestone_amounts(freelancer):
    contract = draft_contract(freelancer)

    pdf = statements.build_statement(contract)

    assert pdf.startswith(b"%PDF")
    text = text_of(pdf)
    assert "Direct Contracts" in text
    assert f"#{contract.pk}" in text
    assert "A website for the bakery" in text
    assert "Fiona Freelancer" in text
    assert "Nora Newclient" in text
    assert "new.client@example.org" in text
    assert "$500.00" in text
    assert "$1,200.00" in text
    assert "$1,700.00" in text  # the contract total


def test_the_statement_totals_show_escrow_releases_fee_and_net(freelancer, monkeypatch):
    contract, _client = active_contract(freelancer, monkeypatch)
    release_first_milestone(contract, freelancer)
    second = contract.milestones.order_by("position").last()
    Milestone.objects.filter(pk=second.pk).update(
        state=MilestoneState.FUNDED, funded_amount_minor=120_000, refunded_amount_minor=20_000
    )

    totals = statements.totals_of(
        contract.milestones.all(), Release.objects.filter(milestone__contract=contract)
    )
    text = text_of(statements.build_statement(contract))

    assert totals == statements.StatementTotals(
        contract_total=170_000,
        in_escrow=100_000,
        released=50_000,
        refunded=20_000,
        freelancer_fee=2_500,
        freelancer_net=47_500,
    )
    assert "In escrow now $1,000.00" in text
    assert "Freelancer service fee $25.00" in text
    assert "Freelancer net $475.00" in text
    assert "Milestone released" in text  # the activity timeline


def test_the_statement_pages_are_numbered_and_stamped_with_the_clock(freelancer, frozen_clock):
    contract = draft_contract(freelancer)

    text = text_of(statements.build_statement(contract))

    assert "generated 2026-03-02 09:00 UTC" in text
    assert "Page 1 of 1" in text


def test_a_long_timeline_runs_over_pages_and_is_cut_with_a_note(freelancer, monkeypatch):
    contract = draft_contract(freelancer)
    monkeypatch.setattr(statements, "TIMELINE_LIMIT", 60)
    ContractEvent.objects.bulk_create(
        ContractEvent(contract=contract, kind="contract.edited", message=f"edit {n}")
        for n in range(70)
    )

    pdf = statements.build_statement(contract)
    text = text_of(pdf)

    assert page_count(pdf) > 1
    assert f"Page {page_count(pdf)} of {page_count(pdf)}" in text
    assert "Showing the first 60 of" in text


def test_text_helvetica_cannot_draw_is_replaced_not_dropped():
    assert statements.printable("Zoë’s café – 日本\x00\u200b") == "Zoë’s café – RiBen"
    assert statements.amount(250_000, "INR").startswith("INR")
    assert statements.amount(250_000, "EUR") == "€2,500.00"


def test_a_statement_with_characters_outside_the_font_still_renders(freelancer):
    contract = draft_contract(freelancer, title="Сайт для пекарни ₹", currency="INR")
    contract.milestones.update(amount_minor=100_000)

    text = text_of(statements.build_statement(contract))

    assert "Sayt dlya pekarni Rs" in text
    assert "INR 1,000.00" in text.replace("\xa0", " ")


# One emoji prints as its name (":hand_with_index_finger_and_thumb_crossed:", 42 characters):
# a title of 197 of them (200 characters typed, no word longer than the 60 allowed) made a
# table row taller than a page, and the download a 500.
CROSSED_FINGERS = "\U0001faf0"
EMOJI_TITLE = " ".join([CROSSED_FINGERS * 60] * 3 + [CROSSED_FINGERS * 17])


def test_what_a_cell_prints_is_cut_to_a_bound_however_far_transliteration_expands_it():
    printed = statements.printable_within(CROSSED_FINGERS * 200)

    assert len(printed) == statements.PRINTED_CHARS
    assert printed.startswith(":hand_with_index_finger_and_thumb_crossed:")
    assert printed.endswith("...")


def test_a_statement_renders_when_every_title_is_emoji(freelancer):
    contract = draft_contract(freelancer, milestones=[milestone(EMOJI_TITLE)])

    text = text_of(statements.build_statement(contract))

    assert "1. :hand_with_index_finger" in text  # wrapped, and cut with "..."


def test_a_party_downloads_the_statement_as_an_attachment(client, freelancer, monkeypatch):
    contract, client_user = active_contract(freelancer, monkeypatch)

    for person in (freelancer, client_user):
        client.force_login(person)
        response = client.get(statement_url(contract.pk))
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"] == (
            f'attachment; filename="contract-{contract.pk}-statement.pdf"'
        )
        assert response.content.startswith(b"%PDF")


def test_a_stranger_gets_404_for_the_statement_and_the_receipt(
    client, freelancer, stranger_freelancer, stranger_client, monkeypatch
):
    contract, _client = active_contract(freelancer, monkeypatch)
    milestone = release_first_milestone(contract, freelancer)

    for stranger in (stranger_freelancer, stranger_client):
        client.force_login(stranger)
        assert client.get(statement_url(contract.pk)).status_code == 404
        assert client.get(receipt_url(contract.pk, milestone.pk)).status_code == 404


def test_signing_in_is_required_for_a_statement(client, freelancer):
    contract = draft_contract(freelancer)

    response = client.get(statement_url(contract.pk))

    assert response.status_code == 302
    assert "next=" in response["Location"]


# --- Receipt ---------------------------------------------------------------------------


def test_a_receipt_renders_when_the_milestone_title_is_emoji(freelancer, monkeypatch):
    contract, _client = active_contract(
        freelancer, monkeypatch, milestones=[milestone(EMOJI_TITLE)]
    )
    released = release_first_milestone(contract, freelancer)

    text = text_of(statements.build_receipt(released))

    assert "1. :hand_with_index_finger" in text  # wrapped, and cut with "..."


def test_the_receipt_for_an_unfunded_milestone_is_refused(client, freelancer, monkeypatch):
    contract, _client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position")[0]

    with pytest.raises(Conflict) as refused:
        statements.build_receipt(milestone)
    client.force_login(freelancer)
    response = client.get(receipt_url(contract.pk, milestone.pk))

    assert refused.value.code == "receipt_not_available"
    assert response.status_code == 409
    assert b"not been funded" in response.content


def test_a_receipt_for_a_milestone_of_another_contract_is_404(client, freelancer, monkeypatch):
    contract, _client = active_contract(freelancer, monkeypatch)
    other = draft_contract(freelancer, client_email="other@example.org")
    milestone = other.milestones.order_by("position")[0]
    client.force_login(freelancer)

    assert client.get(receipt_url(contract.pk, milestone.pk)).status_code == 404


def test_the_receipt_shows_gross_fee_and_net_for_a_released_milestone(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, client_user = active_contract(freelancer, monkeypatch)
    milestone = release_first_milestone(contract, freelancer)
    client.force_login(client_user)

    response = client.get(receipt_url(contract.pk, milestone.pk))
    text = text_of(response.content)

    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="receipt-DC-{contract.pk}-{milestone.pk}.pdf"'
    )
    assert f"Receipt DC-{contract.pk}-{milestone.pk}" in text
    assert "Paid into escrow 2026-02-27 09:00 UTC $500.00" in text
    assert "Released (gross) 2026-03-01 09:00 UTC $500.00" in text
    assert "Service fee -$25.00" in text
    assert "Net to the freelancer $475.00" in text
    assert "Released to the freelancer" in text  # the history row


def test_the_receipt_shows_a_partial_refund_and_its_date(freelancer, monkeypatch, frozen_clock):
    contract, client_user = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position")[0]
    Milestone.objects.filter(pk=milestone.pk).update(
        state=MilestoneState.FUNDED, funded_amount_minor=50_000, refunded_amount_minor=10_000
    )
    ContractEvent.objects.create(
        contract=contract,
        milestone=milestone,
        actor=freelancer,
        kind="milestone.partially_refunded",
        message="Part of the design was dropped.",
        created_at=clock.now(),
    )
    milestone.refresh_from_db()

    text = text_of(statements.build_receipt(milestone))

    assert "Refunded to the client 2026-03-02 09:00 UTC $100.00" in text
    assert "Partially refunded to the client" in text
    assert "Part of the design was dropped." in text


def _lifted_freeze_event(contract, reason):
    """A freeze lifted as older rows recorded it: the reference as the system writes it."""
    return ContractEvent.objects.create(
        contract=contract,
        kind="escrow.unfrozen",
        actor_label="escrow freeze lifted",
        message=f"Lifted (dispute:3): {reason}",
        data={"reference": "dispute:3", "source": "dispute"},
    )


def test_the_statement_names_a_lifted_freezes_reference_in_words(freelancer):
    contract = draft_contract(freelancer)
    _lifted_freeze_event(contract, "Dispute withdrawn.")
    text = text_of(statements.build_statement(contract))
    assert "Lifted (dispute #3): Dispute withdrawn." in text
    assert "dispute:3" not in text


def test_the_statement_prints_a_freeze_reason_whole_wrapping_in_its_cell(freelancer):
    contract = draft_contract(freelancer)
    reason = " ".join(f"word{n}" for n in range(60)) + " the end of the reason."
    assert 300 < len(reason) < statements.PRINTED_CHARS - 40
    _lifted_freeze_event(contract, reason)
    text = text_of(statements.build_statement(contract))
    assert "the end of the reason." in text
    assert "word59" in text


def test_the_statement_names_a_split_milestone_as_the_contract_page_does(freelancer, monkeypatch):
    contract, _client = active_contract(freelancer, monkeypatch)
    second = contract.milestones.order_by("position").last()
    Milestone.objects.filter(pk=second.pk).update(
        state=MilestoneState.RELEASED,
        funded_amount_minor=120_000,
        released_amount_minor=70_000,
        refunded_amount_minor=50_000,
    )
    text = text_of(statements.build_statement(contract))
    assert "Released in part, rest refunded" in text
