"""A finance member who also works as a freelancer does not read, in the back office, the
records of their own money (core/own_matter.py): a finance alert with an item about their
payment or payout (nor may they resolve it), the client's payment into their contract, and
the ledger's accounts, transfers and entries of their contract and of their own balance.
Each row is left out of their list and its page answers `403 staff_is_a_party`; another
finance member reads it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.core.errors import DomainError
from directcontracts.ledger import chart
from directcontracts.ledger.alerts import raise_alert, resolve_alert
from directcontracts.ledger.models import Account, Entry, FinanceAlert, FinanceAlertKind, Transfer
from directcontracts.payments.gateway_models import Payment, Payout
from tests.accounts.factories import FreelancerProfileFactory, StaffFactory
from tests.accounts.helpers import staff_session
from tests.contracts.factories import funded_milestone
from tests.payments.factories import money_to_withdraw, withdraw

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(db):
    person = StaffFactory(email="fran.finance@example.com", groups=["finance"], is_freelancer=True)
    FreelancerProfileFactory(user=person)
    return person


@pytest.fixture
def their_payment(member, monkeypatch, frozen_clock):
    _, client, _ = funded_milestone(member, monkeypatch, frozen_clock)
    return Payment.objects.get(payer=client)


def _page(client, user, name: str, pk: int):
    return staff_session(client, user).get(reverse(f"admin:{name}_change", args=[pk]))


def _refused(client, user, name: str, pk: int) -> None:
    page = _page(client, user, name, pk)
    assert page.status_code == 403
    assert 'data-error-code="staff_is_a_party"' in page.content.decode()


def _listed(client, user, name: str, pk: int) -> bool:
    page = staff_session(client, user).get(reverse(f"admin:{name}_changelist"))
    assert page.status_code == 200
    return reverse(f"admin:{name}_change", args=[pk]) in page.content.decode()


def _alert_about(payment) -> FinanceAlert:
    return raise_alert(
        kind=FinanceAlertKind.UNAPPLIED_SETTLEMENT,
        key=f"payment:{payment.pk}",
        detail={"payment": payment.pk, "reference": payment.reference, "why": "Settled late."},
    )


def test_a_finance_alert_about_the_payment_into_their_contract_is_refused(
    client, member, their_payment
):
    alert = _alert_about(their_payment)
    _refused(client, member, "ledger_financealert", alert.pk)


def test_a_finance_alert_about_their_payment_is_left_out_of_their_list(
    client, member, their_payment
):
    alert = _alert_about(their_payment)
    assert not _listed(client, member, "ledger_financealert", alert.pk)


def test_a_finance_member_cannot_resolve_an_alert_about_their_own_payment(member, their_payment):
    alert = _alert_about(their_payment)
    with pytest.raises(DomainError) as refused:
        resolve_alert(alert=alert, by=member, note="Looked at it: fine.")
    assert (refused.value.status, refused.value.code) == (403, "staff_is_a_party")
    alert.refresh_from_db()
    assert not alert.resolved


def test_a_finance_alert_about_their_payout_is_refused(
    client, member, monkeypatch, frozen_clock, settings
):
    withdraw(member, money_to_withdraw(member, monkeypatch, frozen_clock, settings))
    payout = Payout.objects.get(freelancer=member)
    alert = raise_alert(
        kind=FinanceAlertKind.GATEWAY_REQUEST_REFUSED,
        key="gateway_request:9001",
        detail={"gateway_request": 9001, "subject": f"payout:{payout.pk}"},
    )
    _refused(client, member, "ledger_financealert", alert.pk)


def test_another_finance_member_reads_and_lists_the_alert(client, their_payment, finance_staff):
    alert = _alert_about(their_payment)
    assert _page(client, finance_staff, "ledger_financealert", alert.pk).status_code == 200
    assert _listed(client, finance_staff, "ledger_financealert", alert.pk)


def test_the_clients_payment_into_their_contract_is_refused_and_left_out(
    client, member, their_payment
):
    _refused(client, member, "payments_payment", their_payment.pk)
    assert not _listed(client, member, "payments_payment", their_payment.pk)


def _escrow_of(payment) -> Account:
    contract_id = payment.reference  # "milestone:<id>"
    from directcontracts.contracts.models import Milestone

    milestone = Milestone.objects.get(pk=int(contract_id.split(":")[1]))
    return Account.objects.get(owner_type=chart.CONTRACT, owner_id=milestone.contract_id)


def test_the_escrow_account_of_their_contract_is_refused_and_left_out(
    client, member, their_payment
):
    escrow = _escrow_of(their_payment)
    _refused(client, member, "ledger_account", escrow.pk)
    assert not _listed(client, member, "ledger_account", escrow.pk)


def test_a_transfer_into_their_escrow_is_refused(client, member, their_payment):
    escrow = _escrow_of(their_payment)
    transfer = Transfer.objects.filter(credit_account=escrow).first()
    assert transfer is not None
    _refused(client, member, "ledger_transfer", transfer.pk)


def test_an_entry_of_their_escrow_is_refused(client, member, their_payment):
    entry = Entry.objects.filter(account=_escrow_of(their_payment)).first()
    assert entry is not None
    _refused(client, member, "ledger_entry", entry.pk)


def test_another_finance_member_reads_the_escrow_account(client, their_payment, finance_staff):
    escrow = _escrow_of(their_payment)
    assert _page(client, finance_staff, "ledger_account", escrow.pk).status_code == 200
