"""Milestone due dates: today or later, and at most MILESTONE_DUE_DATE_MAX_YEARS ahead, on
the draft (web form and API) and in change proposals (web form and API)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.urls import reverse

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts import changes, services
from directcontracts.contracts.models import Contract, ProposalKind
from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from tests.contracts.factories import active_contract, draft_contract
from tests.contracts.helpers import FORM, PAYLOAD

pytestmark = pytest.mark.django_db

FAR = date(9999, 12, 31)


def _due(day: date) -> services.MilestoneInput:
    return services.MilestoneInput(title="Design", amount_minor=50_000, due_date=day)


def _bearer(user) -> dict[str, str]:
    _, secret = create_api_token(user=user, name="test")
    return {"Authorization": f"Bearer {secret}"}


def _first_milestone(contract):
    return contract.milestones.order_by("position").first()


def test_a_due_date_years_ahead_is_refused_at_its_field_with_its_own_code(freelancer):
    with pytest.raises(DomainError) as refused:
        draft_contract(freelancer, milestones=[_due(FAR)])
    assert refused.value.code == "due_date_too_far"
    assert refused.value.details["fields"][0]["field"] == "milestones.0.due_date"
    assert "within 5 years" in refused.value.message
    assert not Contract.objects.exists()


def test_the_last_day_of_the_horizon_is_accepted_and_the_next_refused(freelancer, frozen_clock):
    last = services.latest_due_date(clock.now().date())
    assert last.year == clock.now().date().year + 5
    draft_contract(freelancer, milestones=[_due(last)])
    with pytest.raises(DomainError) as refused:
        draft_contract(freelancer, milestones=[_due(last + timedelta(days=1))])
    assert refused.value.code == "due_date_too_far"


def test_the_horizon_is_a_setting(freelancer, settings):
    settings.MILESTONE_DUE_DATE_MAX_YEARS = 1
    with pytest.raises(DomainError) as refused:
        draft_contract(freelancer, milestones=[_due(clock.now().date() + timedelta(days=400))])
    assert refused.value.code == "due_date_too_far"


def test_the_horizon_from_29_february_ends_on_28_february():
    assert services.latest_due_date(date(2028, 2, 29)) == date(2033, 2, 28)


def test_the_draft_form_says_a_far_due_date_at_its_field(client, freelancer):
    client.force_login(freelancer)
    response = client.post(reverse("contracts:create"), {**FORM, "m-0-due_date": "9999-12-31"})
    assert response.status_code == 400
    row = response.context["formset"].forms[0]
    assert [e.code for e in row.errors.as_data()["due_date"]] == ["due_date_too_far"]
    assert not Contract.objects.exists()


def test_the_draft_form_says_a_past_due_date_at_its_field(client, freelancer):
    client.force_login(freelancer)
    yesterday = (clock.now().date() - timedelta(days=1)).isoformat()
    response = client.post(reverse("contracts:create"), {**FORM, "m-0-due_date": yesterday})
    assert response.status_code == 400
    row = response.context["formset"].forms[0]
    assert [e.code for e in row.errors.as_data()["due_date"]] == ["invalid_due_date"]


def test_the_api_refuses_a_far_due_date_naming_the_field(client, freelancer):
    milestones = [{"title": "Design", "amount_minor": 60000, "due_date": "9999-12-31"}]
    response = client.post(
        "/api/v1/contracts",
        data={**PAYLOAD, "milestones": milestones},
        content_type="application/json",
        headers=_bearer(freelancer),
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "due_date_too_far"
    assert error["details"]["fields"][0]["field"] == "milestones.0.due_date"


def test_a_proposed_due_date_years_ahead_is_refused(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    with pytest.raises(DomainError) as refused:
        changes.propose_change(
            contract=contract,
            by=client,
            kind=ProposalKind.CHANGE_DUE_DATE,
            milestone=_first_milestone(contract),
            due_date=FAR,
        )
    assert refused.value.code == "due_date_too_far"
    assert not contract.proposals.exists()


def test_a_proposed_new_milestone_due_in_the_past_is_refused(freelancer, monkeypatch):
    contract, _client = active_contract(freelancer, monkeypatch)
    with pytest.raises(DomainError) as refused:
        changes.propose_change(
            contract=contract,
            by=freelancer,
            kind=ProposalKind.ADD_MILESTONE,
            title="Extra page",
            amount_minor=30_000,
            due_date=clock.now().date() - timedelta(days=1),
        )
    assert refused.value.code == "invalid_due_date"


def test_the_proposal_form_says_a_far_due_date_at_its_field_and_stays_open(
    client, freelancer, monkeypatch
):
    contract, _client = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    response = client.post(
        reverse("contracts:propose", args=[contract.pk]),
        {
            "kind": "change_due_date",
            "milestone": _first_milestone(contract).pk,
            "due_date": "9999-12-31",
        },
    )
    assert response.status_code == 400
    form = response.context["proposal_form"]
    assert [e.code for e in form.errors.as_data()["due_date"]] == ["due_date_too_far"]
    page = response.content.decode()
    assert "<details open><summary>Propose a change" in page
    assert f'action="{reverse("contracts:propose", args=[contract.pk])}#changes"' in page
    assert not contract.proposals.exists()


def test_the_api_refuses_a_far_proposed_due_date(client, freelancer, monkeypatch):
    contract, buyer = active_contract(freelancer, monkeypatch)
    response = client.post(
        f"/api/v1/contracts/{contract.pk}/proposals",
        data={
            "kind": "change_due_date",
            "milestone_id": _first_milestone(contract).pk,
            "due_date": "9999-12-31",
        },
        content_type="application/json",
        headers=_bearer(buyer),
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "due_date_too_far"
