"""The back office shows money as money ("$500.00"), never as a count of cents."""

import re

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow
from directcontracts.core.money_text import money_text
from directcontracts.disputes.models import ChargebackCase
from directcontracts.ledger.models import Account, Entry
from directcontracts.payments.models import Payment, SandboxBalanceTransaction
from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import staff_session
from tests.contracts.factories import active_contract, card, settle_gateway

pytestmark = pytest.mark.django_db

CHARGEBACK_CARD = "4000000000000259"


@pytest.fixture
def superuser(db):
    return StaffFactory(email="root@example.com", is_superuser=True)


@pytest.fixture
def charged_back(freelancer, monkeypatch, frozen_clock):
    """A funded milestone whose card payment the bank takes back (escrow moves to the client)."""
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client, CHARGEBACK_CARD))
    settle_gateway(frozen_clock, seconds=120)
    return contract


def _page(client, superuser, url: str) -> str:
    staff_session(client, superuser)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def _change_url(obj) -> str:
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def test_the_contract_page_shows_each_milestones_amount_as_money(client, superuser, charged_back):
    html = _page(client, superuser, _change_url(charged_back))
    assert "$500.00" in html
    assert "$1,200.00" in html
    assert ">50000<" not in html


def test_a_chargeback_shows_what_the_bank_took_as_money(client, superuser, charged_back):
    case = ChargebackCase.objects.get()
    html = _page(client, superuser, reverse("admin:disputes_chargebackcase_changelist"))
    assert "$517.00" in html
    assert _page(client, superuser, _change_url(case)).count("$517.00") >= 1


def test_a_ledger_accounts_totals_read_as_money(client, superuser, charged_back):
    account = Account.objects.filter(currency="USD", debits_posted__gt=0).first()
    html = _page(client, superuser, _change_url(account))
    assert money_text(account.debits_posted, "USD") in html


def test_ledger_entries_show_their_changes_as_money(client, superuser, charged_back):
    html = _page(client, superuser, _change_url(Entry.objects.first()))
    assert re.search(r"Posted delta.*?\$[\d,]+\.\d\d", html, re.S)


@pytest.mark.parametrize("model", [Payment, SandboxBalanceTransaction])
def test_payment_records_show_amounts_as_money_on_their_own_page(
    client, superuser, charged_back, model
):
    html = _page(client, superuser, _change_url(model.objects.first()))
    assert "$517.00" in html or "$500.00" in html or "$17.00" in html


def test_the_back_office_names_audit_entries_and_webhook_deliveries_in_plain_english(
    client, superuser
):
    html = _page(client, superuser, reverse("admin:index"))
    assert "Audit entries" in html
    assert "Webhook deliveries" in html
    assert "entrys" not in html.lower()


def test_no_model_in_the_back_office_has_a_misspelt_plural():
    from django.apps import apps

    misspelt = [
        str(m._meta.verbose_name_plural)
        for m in apps.get_models()
        if re.search(r"([^aeiou]ys|sss|ss es)$", str(m._meta.verbose_name_plural))
    ]
    assert misspelt == []
