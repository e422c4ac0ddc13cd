"""A milestone that a Trust & Safety case froze (or held, with the contract of an account it
closed) says on its card what is true for each party: the money stays in escrow, what can't
move until the freeze is lifted, that the notice above says why; never "You can start work
now", and no button for a movement the freeze would refuse."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import progress
from directcontracts.contracts.models import Contract
from directcontracts.trust import enforcement

pytestmark = pytest.mark.django_db

START_WORK = "You can start work now"


def _page(client, user, contract):
    client.force_login(user)
    return client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()


def test_a_freelancer_is_invited_to_start_on_a_funded_milestone_nobody_froze(client, funded):
    contract, _, _, _ = funded
    page = _page(client, contract.freelancer, contract)
    assert START_WORK in page
    assert 'data-testid="frozen-line-1"' not in page


def test_a_funded_milestone_frozen_by_a_case_does_not_invite_the_freelancer_to_start_work(
    client, funded, trust_safety_staff
):
    contract, _, _, case = funded
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    page = _page(client, contract.freelancer, contract)
    assert START_WORK not in page
    assert (
        "Funded, but frozen: the money stays in escrow and can&#x27;t be released to you until "
        "the freeze is lifted. Wait before starting work on it. The notice above says why and "
        "what you can do." in page
    )
    assert "Refund the client" not in page  # a frozen escrow refunds nothing either


def test_the_client_of_a_frozen_milestone_reads_their_money_stays_put_and_gets_no_release_form(
    client, funded, trust_safety_staff
):
    contract, client_user, _, case = funded
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    page = _page(client, client_user, contract)
    assert (
        "Funded, but frozen: your money stays in escrow: it can&#x27;t be released or refunded "
        "until the freeze is lifted." in page
    )
    assert "Approve and release" not in page
    assert "Ask for a refund" not in page


def test_a_contract_held_because_an_account_was_closed_tells_the_client_a_refund_still_works(
    client, funded, trust_safety_staff
):
    contract, client_user, _, case = funded
    enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud.")
    page = _page(client, client_user, contract)
    assert (
        "Funded, but on hold: your money stays in escrow and can&#x27;t be released until the "
        "hold is lifted (it can still be refunded to you)." in page
    )
    assert "Approve and release" not in page
    assert "Ask for a refund" in page


def test_an_unfunded_milestone_of_a_frozen_contract_says_funding_waits_for_the_freeze(
    client, funded, trust_safety_staff
):
    contract, client_user, _, case = funded
    assert contract.milestones.filter(position=2, state="awaiting_funding").exists()
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    freelancer_page = _page(client, contract.freelancer, contract)
    assert "wait until the client funds this milestone" not in freelancer_page
    assert (
        "Don&#x27;t start work yet: this milestone is not funded, and the client can&#x27;t "
        "fund it while the contract is frozen." in freelancer_page
    )
    client_page = _page(client, client_user, contract)
    assert "Fund this milestone" not in client_page
    assert "You can&#x27;t fund this milestone while it is frozen." in client_page


def test_the_next_step_of_a_frozen_milestone_asks_nobody_to_fund_work_or_wait_for_release(
    funded, trust_safety_staff
):
    contract, _, milestone, case = funded
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    ordered = list(contract.milestones.order_by("position"))
    for role in ("freelancer", "client"):
        step = progress.next_step(Contract.objects.get(pk=contract.pk), ordered, role)
        assert step is not None
        assert step.text.startswith(f"“{milestone.title}” is frozen: no money is paid into it")
        assert not step.yours
