"""The processor's chargeback message names the date to answer it by: stored on the case,
shown on the staff list with the days left (nearest first), and warned of on the staff home
when it is 3 days away or less."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow
from directcontracts.core import clock
from directcontracts.disputes.models import ChargebackCase
from directcontracts.payments import webhooks
from directcontracts.payments.gateway import GatewayError, GatewayWebhook
from directcontracts.payments.sandbox import EVIDENCE_DAYS
from tests.accounts.helpers import staff_session
from tests.disputes.factories import (
    charged_back,
    charged_back_after_release,
    new_milestone_funded_by_chargeback_card,
)

pytestmark = pytest.mark.django_db


def _due_in(case: ChargebackCase, **delta: float) -> None:
    ChargebackCase.objects.filter(pk=case.pk).update(
        evidence_due_at=clock.now() + timedelta(**delta)
    )


def _two_cases(freelancer, monkeypatch, frozen_clock) -> tuple[ChargebackCase, ChargebackCase]:
    contract, client, _, first = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    milestone = new_milestone_funded_by_chargeback_card(contract, client, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client, amount_minor=None)
    return first, charged_back(milestone, frozen_clock)


def test_the_processors_evidence_deadline_is_stored_on_the_case(
    freelancer, monkeypatch, frozen_clock
):
    *_, case = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    assert case.evidence_due_at is not None
    expected = case.created_at + timedelta(days=EVIDENCE_DAYS)
    assert abs((case.evidence_due_at - expected).total_seconds()) < 1


def _event(**data: object) -> GatewayWebhook:
    return GatewayWebhook(event_id="evt_x", type="charge.disputed", object_id="ch_x", data=data)


def test_a_message_without_a_deadline_stores_none():
    assert webhooks._evidence_due_at(_event()) is None


def test_a_deadline_that_is_not_a_time_is_refused():
    with pytest.raises(GatewayError):
        webhooks._evidence_due_at(_event(evidence_due_by="next week"))


def test_the_list_shows_the_days_left_and_puts_the_nearest_deadline_first(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    first, second = _two_cases(freelancer, monkeypatch, frozen_clock)
    _due_in(first, days=6, hours=1)
    _due_in(second, days=2, hours=1)
    page = staff_session(client, trust_safety_staff).get(reverse("disputes:chargebacks"))
    html = page.content.decode()
    assert "Respond by" in html
    assert "2 days left" in html
    assert "6 days left" in html
    assert html.index(f">Chargeback #{second.pk}<") < html.index(f">Chargeback #{first.pk}<")


def test_an_overdue_deadline_reads_overdue(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    *_, case = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    _due_in(case, days=-2, hours=-1)
    html = staff_session(client, trust_safety_staff).get(reverse("disputes:chargebacks"))
    assert "overdue by 2 days" in html.content.decode()


def test_the_staff_home_warns_of_a_chargeback_due_within_three_days(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    *_, case = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    _due_in(case, days=2)
    html = staff_session(client, trust_safety_staff).get("/staff/").content.decode()
    assert 'data-testid="staff-warning"' in html
    assert "1 chargeback to answer with evidence within 3 days or overdue" in html


def test_the_staff_home_does_not_warn_of_a_chargeback_due_later(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    *_, case = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    _due_in(case, days=5)
    html = staff_session(client, trust_safety_staff).get("/staff/").content.decode()
    assert 'data-testid="staff-warning"' not in html


def test_the_api_gives_staff_the_evidence_deadline(
    api, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    *_, case = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    _due_in(case, days=2)
    answer = api(trust_safety_staff, "get", f"/staff/chargebacks/{case.pk}")
    assert answer.status_code == 200
    due = answer.json()["evidence_due_at"]
    assert due.startswith((clock.now() + timedelta(days=2)).date().isoformat())
