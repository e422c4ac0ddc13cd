"""On a phone (390 x 844) every column of a table and every button stays on the screen:
wide tables stack into one card per row, each cell labelled by its column."""

from __future__ import annotations

import re

import pytest

from directcontracts.accounts import services as accounts_services
from directcontracts.contracts import escrow
from directcontracts.core import clock
from tests.contracts.factories import active_contract, card, draft_contract, sent_invitation
from tests.disputes.factories import opened_by_client
from tests.e2e.helpers import settle
from tests.e2e.signing import sign_in, sign_in_staff, sign_in_staff_at_any_width
from tests.support.factories import TicketFactory

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}


def _inside_the_screen(locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]


def _nothing_runs_off(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_on_a_phone_a_contracts_milestones_show_their_due_date_and_state_on_the_screen(
    new_page, freelancer
):
    contract = draft_contract(freelancer)
    page = new_page(**PHONE)
    sign_in(page, freelancer.email)
    page.goto(f"/contracts/{contract.pk}/")
    row = page.locator("tr[data-milestone]").first
    assert _inside_the_screen(row.locator('td[data-label="Due"]'))
    assert _inside_the_screen(row.locator('td[data-label="State"]'))
    assert _nothing_runs_off(page)


def test_on_a_phone_the_disputes_queue_shows_each_next_deadline_on_the_screen(
    new_page, freelancer, trust_safety_staff, monkeypatch
):
    opened_by_client(freelancer, monkeypatch, clock)
    page = new_page(**PHONE)
    sign_in_staff(page, trust_safety_staff)
    page.goto("/staff/disputes/")
    assert _inside_the_screen(page.locator('td[data-label="Next deadline"]').first)
    assert _nothing_runs_off(page)


def test_on_a_phone_the_api_tokens_table_shows_each_tokens_status_on_the_screen(
    new_page, freelancer
):
    accounts_services.create_api_token(user=freelancer, name="Invoicing integration")
    page = new_page(**PHONE)
    sign_in(page, freelancer.email)
    page.goto("/settings/")
    assert _inside_the_screen(page.locator('td[data-label="Status"]').first)
    assert _nothing_runs_off(page)


def test_on_a_phone_a_send_invitation_button_with_a_long_address_stays_inside_its_card(
    new_page, freelancer
):
    address = "accounts.payable.department.of.the.studio@lumen-yoga-studio-international.example"
    contract = draft_contract(freelancer, client_email=address)
    page = new_page(**PHONE)
    sign_in(page, freelancer.email)
    page.goto(f"/contracts/{contract.pk}/")
    button = page.get_by_role("button", name=f"Send invitation to {address}")
    card = button.locator("xpath=ancestor::*[contains(@class, 'card')][1]").bounding_box()
    box = button.bounding_box()
    assert card is not None
    assert box is not None
    assert box["x"] + box["width"] <= card["x"] + card["width"]
    assert _nothing_runs_off(page)


def _lines_of_text(locator) -> int:
    """How many lines the element's text takes (distinct tops of its text boxes)."""
    return locator.evaluate(
        "e => { const r = document.createRange(); r.selectNodeContents(e);"
        " return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; }"
    )


def test_on_a_wide_screen_a_tables_figures_are_never_split(new_page, finance_staff):
    from directcontracts.ledger.models import AccountCode
    from tests.ledger.factories import AccountFactory, BoundedAccountFactory
    from tests.ledger.helpers import move

    clearing = AccountFactory(code=AccountCode.PROCESSOR_CLEARING, owner_type="platform")
    escrow = BoundedAccountFactory(code=AccountCode.ESCROW, owner_type="contract")
    move("fund", clearing, escrow, 373_327, code="escrow_fund")
    page = new_page(width=1366, height=900)
    sign_in_staff(page, finance_staff)
    page.goto("/staff/finance/")
    for cell in page.locator('td[data-label="Holds"]').all():
        assert _lines_of_text(cell) == 1, cell.inner_text()


def test_on_a_wide_screen_the_journal_shows_every_column_and_each_account_in_two_lines_at_most(
    new_page, finance_staff
):
    from directcontracts.ledger.models import AccountCode
    from tests.ledger.factories import AccountFactory, BoundedAccountFactory
    from tests.ledger.helpers import move

    clearing = AccountFactory(code=AccountCode.PROCESSOR_CLEARING, owner_type="platform")
    available = BoundedAccountFactory(
        code=AccountCode.FREELANCER_AVAILABLE, owner_type="freelancer", owner_id=1
    )
    # The demo's widest row: a long code, a reference, two accounts with owners.
    move(
        "fund",
        clearing,
        available,
        66_500,
        code="milestone_funding_settled",
        reference="milestone:11",
    )
    move("fee", available, clearing, 2_380, code="client_processing_fee", reference="dispute:12")
    page = new_page(width=1366, height=900)
    sign_in_staff(page, finance_staff)
    page.goto("/admin/ledger/transfer/")
    results = page.locator("#result_list")
    region = page.locator("#changelist-form .results")
    assert results.evaluate("e => e.scrollWidth") <= region.evaluate("e => e.clientWidth")
    created = page.locator("td.field-created_text").first
    assert _lines_of_text(created) == 1
    for cell in page.locator("td.field-debit, td.field-credit").all():
        assert _lines_of_text(cell) <= 2, cell.inner_text()


def test_on_a_phone_a_long_state_wraps_within_the_screen(
    new_page, freelancer, trust_safety_staff, monkeypatch
):
    from directcontracts.disputes.models import ChargebackState
    from tests.disputes.factories import charged_back_after_release

    clock.freeze(clock.now())
    _, _, _, case = charged_back_after_release(freelancer, monkeypatch, clock)
    assert case.state == ChargebackState.OPEN
    page = new_page(**PHONE)
    sign_in_staff(page, trust_safety_staff)
    page.goto("/staff/chargebacks/")
    assert _inside_the_screen(page.locator("td .state").first)
    assert _nothing_runs_off(page)


def test_on_a_phone_the_dispute_page_wraps_a_message_with_a_long_link_among_the_evidence_choices(
    new_page, freelancer, monkeypatch
):
    from directcontracts.contracts import messaging

    contract, _, _, dispute = opened_by_client(freelancer, monkeypatch, clock)
    messaging.post_message(
        contract=contract,
        sender=freelancer,
        body="Files: https://photos.example.com/shoots/menu-photography/desserts-final-selection.zip",
    )
    page = new_page(**PHONE)
    sign_in(page, freelancer.email)
    page.goto(f"/disputes/{dispute.pk}/")
    assert _inside_the_screen(page.get_by_text("Messages to point at"))
    assert _nothing_runs_off(page)


def test_on_a_phone_every_bar_of_the_earnings_chart_stands_on_the_same_line(
    new_page, freelancer, monkeypatch
):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    settle()
    milestone.refresh_from_db()
    escrow.approve_milestone(milestone=milestone, by=client)
    page = new_page(**PHONE)
    sign_in(page, freelancer.email)
    page.goto("/earnings/")
    # Month names differ in length ("Jul 2026", "May 2026"); the bars' feet must not.
    feet = page.locator(".bars .bar-fill").evaluate_all(
        "fills => fills.map(f => Math.round(f.getBoundingClientRect().bottom))"
    )
    assert len(feet) == 12
    assert len(set(feet)) == 1, feet


def test_on_a_phone_a_file_pickers_button_is_as_easy_to_tap_as_the_other_buttons(new_page):
    page = new_page(**PHONE)
    page.goto("/support/new/")
    box = page.get_by_label("Attach files (optional)").bounding_box()
    assert box is not None
    assert box["height"] >= 40, box


def test_on_a_phone_the_disputes_queues_only_mine_checkbox_is_not_the_browsers_tiny_one(
    new_page, trust_safety_staff
):
    page = new_page(**PHONE)
    sign_in_staff_at_any_width(page, trust_safety_staff)
    page.goto("/staff/disputes/")
    box = page.get_by_label("Only disputes I mediate").bounding_box()
    assert box is not None
    assert box["height"] >= 17, box


def test_a_support_requests_state_keeps_room_between_it_and_the_reference_below(
    new_page, client_user
):
    ticket = TicketFactory(requester=client_user, email_confirmed_at=clock.now())
    page = new_page(**PHONE)
    sign_in(page, client_user.email)
    page.goto(f"/support/requests/{ticket.reference}/")
    pill = page.locator(".page-head .state").bounding_box()
    facts = page.locator(".page-head + .facts").bounding_box()
    assert pill is not None
    assert facts is not None
    assert facts["y"] - (pill["y"] + pill["height"]) >= 8, (pill, facts)


def test_on_a_phone_the_support_console_of_a_request_stays_on_the_screen(
    new_page, client_user, support_staff
):
    from directcontracts.support.models import CannedReply

    CannedReply.objects.create(title="Check a payment request", body="Hello {name}.")
    ticket = TicketFactory(requester=client_user, email_confirmed_at=clock.now())
    page = new_page(**PHONE)
    sign_in_staff_at_any_width(page, support_staff)
    page.goto(f"/support/staff/tickets/{ticket.reference}/")
    assert _inside_the_screen(page.get_by_role("button", name="Use"))
    assert _nothing_runs_off(page)
    # The state pill under the title keeps room between it and the facts below.
    pill = page.locator(".page-head .state").bounding_box()
    facts = page.locator(".ticket-main .facts").bounding_box()
    assert pill is not None
    assert facts is not None
    assert facts["y"] - (pill["y"] + pill["height"]) >= 8, (pill, facts)


def test_on_a_phone_the_box_that_accepts_the_contract_sits_beside_its_sentence(
    new_page, live_server, mailoutbox, settings, freelancer
):
    """It stood alone under "I accept the contract terms ...:", a colon pointing at nothing."""
    settings.BASE_URL = live_server.url
    _, _, token = sent_invitation(freelancer)
    page = new_page(**PHONE)
    page.goto(f"/invitations/{token}/")
    page.get_by_role("button", name="Email me a code").click()
    code = re.search(r"Your code: (\d{6})", mailoutbox[-1].subject).group(1)
    page.get_by_label("6-digit code").fill(code)
    page.get_by_role("button", name="Confirm code").click()
    box = page.get_by_label("I accept the contract terms").bounding_box()
    words = page.locator("label", has_text="I accept the contract terms").bounding_box()
    assert box is not None
    assert words is not None
    assert box["x"] + box["width"] <= words["x"]
    assert words["y"] <= box["y"] + box["height"] / 2 <= words["y"] + words["height"]
    assert _nothing_runs_off(page)
