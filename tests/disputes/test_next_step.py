"""The contract page's next step while a dispute about the current milestone is open."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import progress
from directcontracts.disputes import services
from tests.accounts.helpers import sign_in_as
from tests.disputes.factories import in_mediation, opened_by_client, with_proposal

pytestmark = pytest.mark.django_db


def _next(contract, role):
    return progress.next_step(contract, list(contract.milestones.order_by("position")), role)


def test_the_party_a_dispute_waits_for_is_told_to_answer_it_by_its_deadline(
    freelancer, monkeypatch, frozen_clock
):
    contract, _, _, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    step = _next(contract, "freelancer")
    assert step.yours
    assert step.text.startswith("A dispute about “Design” is open: answer it")
    assert step.when == f"by {dispute.deadline_at:%-d %B %Y %H:%M} UTC"
    assert step.href == f"/disputes/{dispute.pk}/"


def test_while_a_dispute_is_open_the_client_is_not_told_the_milestone_releases_automatically(
    freelancer, monkeypatch, frozen_clock
):
    contract, _, _, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    step = _next(contract, "client")
    assert not step.yours
    assert step.text.startswith(
        f"You opened a dispute about “Design”: {freelancer.display_name} answers it. "
        f"If {freelancer.display_name} doesn't respond by then, they lose by default"
    )
    assert "automatic" not in step.text
    assert step.href == f"/disputes/{dispute.pk}/"


def test_in_mediation_both_parties_are_told_the_mediator_proposes_next(
    freelancer, monkeypatch, frozen_clock
):
    contract, _, _, _ = in_mediation(freelancer, monkeypatch, frozen_clock)
    for role in ("client", "freelancer"):
        step = _next(contract, role)
        assert not step.yours
        assert step.text.startswith("A mediator is reading both sides of the dispute about")


def test_a_party_who_has_not_answered_the_proposal_is_told_to_answer_it(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, _, _, _ = with_proposal(freelancer, monkeypatch, frozen_clock, trust_safety_staff)
    step = _next(contract, "client")
    assert step.yours
    assert "accept or reject the proposal" in step.text


def test_a_party_who_answered_the_proposal_waits_for_the_other(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, buyer, _, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    services.answer_proposal(dispute=dispute, by=buyer, accept=True)
    step = _next(contract, "client")
    assert not step.yours
    assert step.text.startswith(
        f"You answered the mediator's proposal on “Design”; {freelancer.display_name} answers "
        f"next. If {freelancer.display_name} doesn't answer by then"
    )


def test_after_a_rejected_proposal_both_parties_are_told_trust_and_safety_decide(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, buyer, _, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    services.answer_proposal(dispute=dispute, by=buyer, accept=False)
    for role in ("client", "freelancer"):
        step = _next(contract, role)
        assert not step.yours
        assert step.text.startswith("Trust & Safety are deciding the dispute about “Design”")


def test_the_contract_pages_next_step_links_to_the_open_dispute(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, _, _, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    box = page.split('data-testid="next-step"', 1)[1].split("</p>", 1)[0]
    assert f'href="/disputes/{dispute.pk}/">Go to dispute #{dispute.pk} to answer it</a>' in box
    assert "releases automatically" not in box
