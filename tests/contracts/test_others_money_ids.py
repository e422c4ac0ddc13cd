"""Another person's ids where money moves: the services refuse them themselves (404, as if
the id did not exist), not only the views that look them up first."""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import MilestoneState
from directcontracts.core.errors import DomainError
from directcontracts.payments.models import Payment
from tests.accounts.factories import ClientFactory
from tests.contracts.factories import active_contract, card, funded_milestone

pytestmark = pytest.mark.django_db


def test_funding_with_another_persons_card_is_refused_as_unknown(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    someone_elses = card(ClientFactory())
    with pytest.raises(DomainError) as refused:
        escrow.fund_milestone(milestone=milestone, by=client, method=someone_elses)
    assert refused.value.status == 404
    assert not Payment.objects.exists()
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.AWAITING_FUNDING


def test_funding_with_a_removed_card_is_refused_as_unknown(freelancer, monkeypatch):
    from directcontracts.payments import charges

    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    removed = card(client)
    charges.remove_payment_method(owner=client, method_id=removed.pk)
    removed.refresh_from_db()
    with pytest.raises(DomainError) as refused:
        escrow.fund_milestone(milestone=milestone, by=client, method=removed)
    assert refused.value.status == 404
    assert not Payment.objects.exists()


def test_a_bonus_charged_to_another_persons_card_releases_nothing(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    someone_elses = card(ClientFactory())
    with pytest.raises(DomainError) as refused:
        escrow.approve_milestone(
            milestone=milestone, by=client, amount_minor=60_000, method=someone_elses
        )
    assert refused.value.status == 404
    milestone.refresh_from_db()
    assert (milestone.state, milestone.released_amount_minor) == (MilestoneState.FUNDED, 0)


def test_two_freelancers_whose_payout_forms_carry_the_same_attempt_are_both_paid(
    client, freelancer, stranger_freelancer, monkeypatch, frozen_clock, settings
):
    """The web's payout key is the form's `attempt`, which the browser sends: it is scoped
    to the person, so one freelancer's value never collides with another's (a 500)."""
    from directcontracts.payments import payouts
    from directcontracts.payments.models import Payout

    settings.RELEASE_SECURITY_HOLD_DAYS = 0
    banks = []
    for n, person in enumerate((freelancer, stranger_freelancer)):
        _, buyer, part = funded_milestone(
            person, monkeypatch, frozen_clock, client_email=f"buyer{n}@example.org"
        )
        escrow.approve_milestone(milestone=part, by=buyer)
        banks.append(
            payouts.add_payout_method(
                owner=person, account_number="000123456789", holder_name="F", currency="USD"
            )
        )
    for person, bank in zip((freelancer, stranger_freelancer), banks, strict=True):
        client.force_login(person)
        answer = client.post(
            "/earnings/payouts/",
            {"payout_method": bank.pk, "amount": "100", "attempt": "same-attempt"},
        )
        assert answer.status_code == 302, answer.content[:500]
    assert Payout.objects.count() == 2


@pytest.mark.parametrize(
    ("action", "body"),
    [
        ("fund", {"payment_method_id": 1}),
        ("approve", {"amount_minor": 1_000}),
        ("refund", {"reason": "Mine to refund?"}),
        ("disputes", {"statement": "Not the work we agreed on, at all."}),
    ],
)
def test_another_contracts_milestone_under_ones_own_contract_is_404_and_moves_nothing(
    client, freelancer, stranger_freelancer, monkeypatch, frozen_clock, action, body
):
    from directcontracts.accounts.services import create_api_token

    own, own_client, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    _, _, theirs = funded_milestone(
        stranger_freelancer, monkeypatch, frozen_clock, client_email="someone@example.org"
    )
    caller = freelancer if action == "refund" else own_client
    _, secret = create_api_token(user=caller, name="probe")
    answer = client.post(
        f"/api/v1/contracts/{own.pk}/milestones/{theirs.pk}/{action}",
        data=body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}", "Idempotency-Key": f"probe-{action}"},
    )
    assert answer.status_code == 404
    assert str(theirs.title) not in answer.content.decode()
    theirs.refresh_from_db()
    assert (theirs.state, theirs.escrow_minor) == (MilestoneState.FUNDED, 50_000)
