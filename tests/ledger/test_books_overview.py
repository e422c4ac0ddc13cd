"""Finance's books overview (/staff/finance/): totals per account kind, open holds, the chain."""

import pytest
from django.urls import reverse

from directcontracts.ledger import selectors
from directcontracts.ledger.models import AccountCode
from directcontracts.ledger.services import post_pending_transfer, void_pending_transfer
from tests.accounts.helpers import sign_in_staff
from tests.ledger.factories import AccountFactory, BoundedAccountFactory
from tests.ledger.helpers import move

pytestmark = pytest.mark.django_db


def _escrow_funded(amount: int = 50_000, owner_id: int = 1) -> None:
    clearing = AccountFactory(code=AccountCode.PROCESSOR_CLEARING, owner_type="platform")
    escrow = BoundedAccountFactory(
        code=AccountCode.ESCROW, owner_type="contract", owner_id=owner_id
    )
    move(f"fund-{owner_id}", clearing, escrow, amount, code="escrow_fund")


def _line(code: str, currency: str = "USD"):
    return next(line for line in selectors.book_totals()[currency] if line.code == code)


def test_escrow_held_is_summed_over_every_contract():
    _escrow_funded(50_000, owner_id=1)
    _escrow_funded(25_000, owner_id=2)
    assert _line(AccountCode.ESCROW).balance.posted == 75_000


def test_the_books_balance_what_credit_and_debit_normal_accounts_hold():
    _escrow_funded(50_000)
    lines = selectors.book_totals()["USD"]
    held = {line.code: line.balance.posted for line in lines}
    assert held[AccountCode.PROCESSOR_CLEARING] == held[AccountCode.ESCROW] == 50_000


def test_each_currency_has_its_own_book():
    clearing = AccountFactory(code=AccountCode.PROCESSOR_CLEARING, currency="EUR")
    escrow = BoundedAccountFactory(code=AccountCode.ESCROW, currency="EUR")
    move("fund-eur", clearing, escrow, 1_000, currency="EUR")
    _escrow_funded(2_000)
    books = selectors.book_totals()
    assert {line.balance.posted for line in books["EUR"]} == {1_000}
    assert sorted(books) == ["EUR", "USD"]


def test_an_open_two_phase_transfer_is_counted_until_it_is_resolved():
    wallet, shop = BoundedAccountFactory(), AccountFactory()
    move("topup", AccountFactory(), wallet, 100)
    move("hold-1", wallet, shop, 60, pending=True)
    move("hold-2", wallet, shop, 30, pending=True)
    post_pending_transfer(id="post-1", pending_id="hold-1")
    [open_holds] = selectors.open_pending_transfers()
    assert (open_holds.count, open_holds.amount) == (1, 30)
    void_pending_transfer(id="void-2", pending_id="hold-2")
    assert selectors.open_pending_transfers() == []


def test_finance_staff_see_the_books_in_words(client, finance_staff):
    _escrow_funded(50_000)
    sign_in_staff(client, finance_staff)
    page = client.get(reverse("ledger:books")).content.decode()
    assert "Escrow (per contract)" in page
    assert "$500.00" in page
    assert "Clients&#x27; money held for funded milestones" in page


@pytest.mark.parametrize("who", ["freelancer", "support_staff", "trust_safety_staff"])
def test_only_finance_staff_can_open_the_books(client, request, who):
    user = request.getfixturevalue(who)
    if user.is_staff:
        sign_in_staff(client, user)
    else:
        client.force_login(user)
    assert client.get(reverse("ledger:books")).status_code == 404


def test_the_staff_home_links_finance_to_the_books(client, finance_staff):
    sign_in_staff(client, finance_staff)
    page = client.get("/staff/").content.decode()
    assert reverse("ledger:books") in page


def test_the_transfer_journal_says_how_each_pending_transfer_ended(client, finance_staff):
    wallet, shop = BoundedAccountFactory(), AccountFactory()
    move("topup", AccountFactory(), wallet, 100)
    move("hold-posted", wallet, shop, 60, pending=True)
    move("hold-open", wallet, shop, 30, pending=True)
    post_pending_transfer(id="post-it", pending_id="hold-posted")
    sign_in_staff(client, finance_staff)
    page = client.get(reverse("admin:ledger_transfer_changelist") + "?kind__exact=pending")
    rows = [row for row in page.content.decode().split("<tr") if "field-kind_text" in row]
    outcomes = sorted(row.split('field-kind_text">')[1].split("<")[0] for row in rows)
    assert outcomes == ["Pending, open", "Pending, posted"]


def test_the_books_page_says_the_two_sides_balance(client, finance_staff):
    _escrow_funded(50_000)
    sign_in_staff(client, finance_staff)
    page = client.get(reverse("ledger:books")).content.decode()
    assert 'data-balanced="yes"' in page


def test_the_overview_says_when_no_finance_alert_waits(client, finance_staff):
    sign_in_staff(client, finance_staff)
    page = client.get(reverse("ledger:books")).content.decode()
    assert "No finance alert waiting" in page
    assert reverse("payments:refused_refunds") in page


def test_the_overview_counts_the_finance_alerts_not_yet_resolved(client, finance_staff):
    from directcontracts.ledger.alerts import raise_alert
    from directcontracts.ledger.models import FinanceAlertKind

    raise_alert(kind=FinanceAlertKind.GATEWAY_REQUEST_REFUSED, key="gateway_request:1", detail={})
    sign_in_staff(client, finance_staff)
    page = client.get(reverse("ledger:books")).content.decode()
    assert "1 finance alert not yet resolved" in page
    assert "No finance alert waiting" not in page
