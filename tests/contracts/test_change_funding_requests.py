"""A funding request follows the milestone it asks for: an agreed change of amount replaces
its signed request, and a milestone added by a change gets one like the others (the old code
would otherwise tell a client that a wrong amount is genuine)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from directcontracts.contracts import changes
from directcontracts.contracts.models import Milestone, ProposalKind
from directcontracts.core import clock
from directcontracts.verification.services import verify_text
from directcontracts.verification.signing import latest_for
from tests.contracts.factories import active_contract, agreed_change, milestone_added_by_change
from tests.contracts.factories import milestone as milestone_spec

pytestmark = pytest.mark.django_db


@pytest.fixture
def active(freelancer, monkeypatch):
    contract, client = active_contract(
        freelancer,
        monkeypatch,
        milestones=[milestone_spec("Design", 40_000), milestone_spec("Build", 60_000)],
    )
    return contract, client, contract.milestones.order_by("position").first()


def _change_amount(active, freelancer, amount_minor: int) -> None:
    contract, client, design = active
    agreed_change(
        contract,
        freelancer,
        client,
        kind=ProposalKind.CHANGE_AMOUNT,
        milestone=design,
        amount_minor=amount_minor,
    )


def _code_of(milestone: Milestone) -> str:
    issued = latest_for(f"milestone:{milestone.pk}")
    assert issued is not None
    return issued.code


def test_the_old_code_is_no_longer_valid_and_says_the_amount_changed(active, freelancer):
    _, _, design = active
    old_code = _code_of(design)
    _change_amount(active, freelancer, 45_000)
    answer = verify_text(old_code)
    assert (answer.status, answer.contract()) == ("revoked", None)
    assert answer.advice.startswith(
        "The amount of this milestone was changed: ask for the new request."
    )


def test_the_new_code_is_genuine_with_the_new_amount(active, freelancer):
    _, _, design = active
    old_code = _code_of(design)
    _change_amount(active, freelancer, 45_000)
    new_code = _code_of(design)
    answer = verify_text(new_code)
    assert new_code != old_code
    assert (answer.status, answer.contract()["amount_minor"]) == ("genuine", 45_000)


def test_a_code_replaced_by_a_newer_one_stays_invalid_when_the_amount_comes_back(
    active, freelancer
):
    _, _, design = active
    first_code = _code_of(design)
    _change_amount(active, freelancer, 45_000)
    _change_amount(active, freelancer, 40_000)
    answer = verify_text(first_code)
    assert answer.status == "revoked"
    assert answer.advice.startswith("A newer request replaced this one")


def test_a_new_due_date_keeps_the_code(active, freelancer):
    contract, client, design = active
    code = _code_of(design)
    agreed_change(
        contract,
        client,
        freelancer,
        kind=ProposalKind.CHANGE_DUE_DATE,
        milestone=design,
        due_date=clock.now().date() + timedelta(days=90),
    )
    assert (_code_of(design), verify_text(code).status) == (code, "genuine")


def test_a_milestone_added_by_a_change_gets_a_genuine_code_for_its_amount(active, freelancer):
    contract, client, _ = active
    added = milestone_added_by_change(contract, freelancer, client)
    answer = verify_text(_code_of(added))
    assert (answer.status, answer.contract()["amount_minor"]) == ("genuine", 30_000)


def test_the_contract_page_lists_the_new_codes_only(active, freelancer, client):
    contract, client_user, design = active
    build = contract.milestones.order_by("position").last()
    old_code = _code_of(design)
    _change_amount(active, freelancer, 45_000)
    added = milestone_added_by_change(contract, freelancer, client_user)
    client.force_login(client_user)
    response = client.get(reverse("contracts:detail", args=[contract.pk]))
    listed = [code for _, code in response.context["request_codes"]]
    assert sorted(listed) == sorted([_code_of(design), _code_of(build), _code_of(added)])
    assert old_code not in response.content.decode()


def test_the_contract_page_lists_no_code_that_asks_for_an_amount_since_changed(active, client):
    # Amounts changed before changes issued new requests: the old code is not offered.
    contract, client_user, design = active
    Milestone.objects.filter(pk=design.pk).update(amount_minor=45_000)
    client.force_login(client_user)
    response = client.get(reverse("contracts:detail", args=[contract.pk]))
    assert _code_of(design) not in [code for _, code in response.context["request_codes"]]


# --- Telling the client (and the freelancer) about the new request ------------------------


def _accepted_notice(recipient):
    from directcontracts.notifications.models import Notice

    return Notice.objects.get(recipient=recipient, kind="contract.change_accepted")


def test_the_client_who_accepts_a_new_amount_is_told_the_earlier_request_is_replaced(
    active, freelancer, settings
):
    contract, client, design = active
    _change_amount(active, freelancer, 45_000)
    notice = _accepted_notice(client)
    assert notice.title == "New payment request for “Design”"
    assert (
        "The earlier payment request for “Design” ($400.00) is replaced and no longer valid: "
        "pay the new one, $450.00, on the contract page."
    ) in notice.body


def test_the_clients_notice_of_a_new_amount_says_where_to_pay_and_its_code(
    active, freelancer, settings
):
    contract, client, design = active
    _change_amount(active, freelancer, 45_000)
    notice = _accepted_notice(client)
    page = f"/contracts/{contract.pk}/#milestone-{design.pk}"
    assert "pay the new one, $450.00, on the contract page." in notice.body
    assert _code_of(design) in notice.body
    assert notice.url == page


def test_the_freelancer_who_proposed_a_new_amount_is_told_the_client_was_sent_it(
    active, freelancer
):
    contract, client, design = active
    _change_amount(active, freelancer, 45_000)
    notice = _accepted_notice(freelancer)
    assert notice.title == f"{client.display_name} accepted your change"
    assert (
        f"{client.display_name} was sent a new payment request of $450.00 for “Design”; "
        "the earlier one ($400.00) is replaced."
    ) in notice.body


def test_the_client_who_proposed_a_new_amount_is_told_where_to_pay_when_it_is_accepted(
    active, freelancer
):
    contract, client, design = active
    agreed_change(
        contract,
        client,
        freelancer,
        kind=ProposalKind.CHANGE_AMOUNT,
        milestone=design,
        amount_minor=35_000,
    )
    notice = _accepted_notice(client)
    assert notice.title == f"{freelancer.display_name} accepted your change: pay the new request"
    assert "The earlier payment request for “Design” ($400.00) is replaced" in notice.body
    assert _code_of(design) in notice.body


def test_the_client_is_told_that_an_added_milestone_waits_for_their_payment(active, freelancer):
    contract, client, _ = active
    added = milestone_added_by_change(contract, freelancer, client)
    notice = _accepted_notice(client)
    assert (
        "“Extra landing page” waits for your payment of $300.00: pay it on the contract page."
        in (notice.body)
    )
    assert notice.url.endswith(f"#milestone-{added.pk}")
    assert f"{client.display_name} was sent a payment request of $300.00" in (
        _accepted_notice(freelancer).body
    )


def test_a_new_due_date_tells_only_the_proposer(active, freelancer):
    from directcontracts.notifications.models import Notice

    contract, client, design = active
    agreed_change(
        contract,
        client,
        freelancer,
        kind=ProposalKind.CHANGE_DUE_DATE,
        milestone=design,
        due_date=clock.now().date() + timedelta(days=90),
    )
    told = Notice.objects.filter(kind="contract.change_accepted")
    assert [n.recipient for n in told] == [client]
    assert f"to {_due(90)}. The contract now says so." in told[0].body


def _due(days: int) -> str:
    day = clock.now().date() + timedelta(days=days)
    return f"{day.day} {day:%B %Y}"


def test_the_clients_email_of_a_new_amount_carries_the_full_link(
    active, freelancer, mailoutbox, django_capture_on_commit_callbacks, settings
):
    contract, client, design = active
    with django_capture_on_commit_callbacks(execute=True):
        _change_amount(active, freelancer, 45_000)
    (email,) = [m for m in mailoutbox if m.subject.startswith("New payment request")]
    assert email.to == [client.email]
    assert email.subject == (
        f"New payment request for “Design” · Contract #{contract.pk}: A website for the bakery "
        "· Direct Contracts"
    )
    assert f"{settings.BASE_URL}/contracts/{contract.pk}/#milestone-{design.pk}" in email.body


def test_the_clients_payment_request_email_gives_the_contract_link_once(
    active, freelancer, mailoutbox, django_capture_on_commit_callbacks, settings
):
    contract, _, design = active
    with django_capture_on_commit_callbacks(execute=True):
        _change_amount(active, freelancer, 45_000)
    (email,) = [m for m in mailoutbox if m.subject.startswith("New payment request")]
    link = f"{settings.BASE_URL}/contracts/{contract.pk}/#milestone-{design.pk}"
    assert email.body.count(f"/contracts/{contract.pk}/") == 1
    assert f"Open it here: {link}" in email.body


def test_a_change_rolled_back_tells_nobody(active, freelancer):
    from django.db import transaction

    from directcontracts.notifications.models import Notice

    def change_then_fail() -> None:
        with transaction.atomic():
            _change_amount(active, freelancer, 45_000)
            raise RuntimeError("the request failed after the change")

    with pytest.raises(RuntimeError):
        change_then_fail()
    assert not Notice.objects.filter(kind="contract.change_accepted").exists()


def test_the_freelancer_who_accepts_a_new_amount_reads_that_the_client_was_sent_it(
    active, freelancer, client
):
    contract, client_user, design = active
    proposal = changes.propose_change(
        contract=contract,
        by=client_user,
        kind=ProposalKind.CHANGE_AMOUNT,
        milestone=design,
        amount_minor=35_000,
    )
    client.force_login(freelancer)
    response = client.post(
        reverse("contracts:proposal_answer", args=[proposal.pk, "accept"]), follow=True
    )
    assert (
        "Change accepted. Your client was sent a new payment request for “Design”; the "
        "earlier one is replaced."
    ) in [str(m) for m in response.context["messages"]]
