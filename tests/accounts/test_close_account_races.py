"""Closing an account racing what would give it a contract again (PostgreSQL, real
concurrent connections): the invariant is never a closed account that is party to a live
contract (where money could be owed or put in escrow).

Each race is forced into its worst order: the closing transaction has run its checks and
holds the person's row, and only then does the other request start."""

from __future__ import annotations

import threading
import time

import pytest

from directcontracts.accounts import closure
from directcontracts.accounts.models import User
from directcontracts.contracts import invitations
from directcontracts.contracts.changes import end_contract
from directcontracts.contracts.models import Contract, ContractState
from directcontracts.core.errors import DomainError
from tests.accounts.factories import DEFAULT_PASSWORD
from tests.concurrency import run_together
from tests.contracts.factories import (
    active_contract,
    draft_contract,
    proven_access,
    sent_invitation,
)

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

CLIENT_PASSWORD = "a-long-client-passphrase-7"


@pytest.fixture(autouse=True)
def _no_new_account_hold(settings, tmp_path):
    settings.NEW_ACCOUNT_HOLD_DAYS = 0
    settings.DATA_EXPORT_DIR = tmp_path / "exports"


def _close(user, password):
    def call():
        closure.close_account(user=user, password=password, confirmed=True)
        return "closed"

    return call


def _after(event, call):
    def wrapped():
        assert event.wait(timeout=10)
        return call()

    return wrapped


def _pause_closing_after_its_checks(monkeypatch) -> threading.Event:
    """Closing runs its checks, sets the returned event and holds on for a second, so the
    other request starts while the closing transaction holds the person's row."""
    event = threading.Event()
    real = closure.closure_blockers

    def checked_then_pause(user):
        blockers = real(user)
        event.set()
        time.sleep(1.0)
        return blockers

    monkeypatch.setattr(closure, "closure_blockers", checked_then_pause)
    return event


def test_a_client_accepting_an_invitation_while_closing_never_leaves_a_closed_client_on_a_live_contract(
    seeded_defaults, freelancer, monkeypatch
):
    first, client = active_contract(freelancer, monkeypatch)
    end_contract(contract=first, by=client)
    contract, invitation, _ = sent_invitation(
        freelancer, client_email=client.email, title="A second website"
    )
    access = proven_access(invitation, monkeypatch)
    event = _pause_closing_after_its_checks(monkeypatch)

    def accept():
        invitations.accept_invitation(
            invitation=invitation,
            access=access,
            name="Nora Newclient",
            country="GB",
            signed_in=User.objects.get(pk=client.pk),
        )
        return "accepted"

    closed, accepted = run_together([_close(client, CLIENT_PASSWORD), _after(event, accept)], 2)
    client.refresh_from_db()
    contract.refresh_from_db()
    assert closed == "closed"
    assert client.closed_at is not None
    assert isinstance(accepted, DomainError), accepted
    assert accepted.code == "account_closed"
    assert contract.state == ContractState.INVITED
    assert contract.client_id is None


def test_a_freelancer_sending_an_invitation_while_closing_never_leaves_an_invitation_out(
    seeded_defaults, freelancer, monkeypatch
):
    contract = draft_contract(freelancer)
    event = _pause_closing_after_its_checks(monkeypatch)

    def send():
        invitations.send_invitation(
            contract=Contract.objects.get(pk=contract.pk), by=User.objects.get(pk=freelancer.pk)
        )
        return "sent"

    closed, sent = run_together([_close(freelancer, DEFAULT_PASSWORD), _after(event, send)], 2)
    freelancer.refresh_from_db()
    contract.refresh_from_db()
    assert closed == "closed"
    assert freelancer.closed_at is not None
    assert isinstance(sent, DomainError), sent
    assert sent.code == "account_closed"
    assert contract.state == ContractState.DRAFT
