"""Hostile review, round G (7 December 2026): drafts had no limit.

Creating or editing a draft runs the work-policy screener on every text of it (up to
MAX_MILESTONES_PER_CONTRACT milestones), and a text it sends to review is a held item in
Trust & Safety's queue: a script could create drafts without end, each a run of the
screener and, with borderline words, each an item a person must clear, ahead of everyone
else's. Now a freelancer saves at most DRAFT_SAVES_PER_HOUR drafts an hour (created or
edited), counted before the screener runs, so held and blocked texts count
(`429 rate_limited`, nothing saved, nothing screened).
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import services
from directcontracts.contracts.models import Contract
from directcontracts.core.errors import DomainError
from directcontracts.screening import engine
from directcontracts.screening.models import ScreeningAttempt
from tests.contracts.factories import CATEGORY, draft_contract, milestone
from tests.contracts.helpers import FORM, api_caller

pytestmark = pytest.mark.django_db


@pytest.fixture
def limit(settings):
    settings.DRAFT_SAVES_PER_HOUR = 3
    return 3


def _everything_held(monkeypatch):
    """The screener sends every text to review: each draft is an item in the queue."""

    def review(**kwargs):
        return engine.Verdict(
            verdict=engine.Decision.REVIEW, policy="banned.misleading", score=0.6, reasons=["t"]
        )

    monkeypatch.setattr(engine, "screen_work", review)


def _refusal(call) -> DomainError:
    with pytest.raises(DomainError) as refused:
        call()
    return refused.value


def _edit(contract, freelancer, title: str) -> Contract:
    return services.update_draft(
        contract=contract,
        by=freelancer,
        client_email=contract.client_email,
        client_name=contract.client_name,
        title=title,
        description=contract.description,
        category_slug=contract.category_slug,
        currency=contract.currency,
        milestones=[milestone("Design", 50_000)],
        review_period_days=contract.review_period_days,
    )


def test_a_draft_past_the_hours_limit_is_refused_and_nothing_is_saved(freelancer, limit):
    for _ in range(limit):
        draft_contract(freelancer)
    refused = _refusal(lambda: draft_contract(freelancer))
    assert (refused.code, refused.status) == ("rate_limited", 429)
    assert Contract.objects.filter(freelancer=freelancer).count() == limit


def test_held_drafts_stop_at_the_limit_so_the_review_queue_does_not_fill(
    freelancer, monkeypatch, limit
):
    _everything_held(monkeypatch)
    for _ in range(limit):
        draft_contract(freelancer)
    held = ScreeningAttempt.objects.count()
    assert _refusal(lambda: draft_contract(freelancer)).code == "rate_limited"
    assert ScreeningAttempt.objects.count() == held


def test_editing_a_draft_counts_against_the_same_limit(freelancer, limit):
    contract = draft_contract(freelancer)
    for n in range(limit - 1):
        _edit(contract, freelancer, f"A website, take {n}")
    assert _refusal(lambda: _edit(contract, freelancer, "One more")).code == "rate_limited"
    contract.refresh_from_db()
    assert contract.title == f"A website, take {limit - 2}"


def test_drafts_may_be_saved_again_once_the_hour_has_passed(freelancer, frozen_clock, limit):
    for _ in range(limit):
        draft_contract(freelancer)
    frozen_clock.advance(
        hours=2
    )  # the window slides: the last hour's saves count until it has passed
    assert draft_contract(freelancer).freelancer == freelancer


def test_one_freelancers_drafts_do_not_use_up_anothers(freelancer, stranger_freelancer, limit):
    for _ in range(limit):
        draft_contract(freelancer)
    assert draft_contract(stranger_freelancer).freelancer == stranger_freelancer


def test_the_api_answers_a_draft_past_the_limit_429_with_when_to_retry(client, freelancer, limit):
    api = api_caller(client)
    body = {
        "client_email": "nora@example.org",
        "client_name": "Nora Newclient",
        "title": "Bakery website",
        "description": "Design and build a five-page website.",
        "category_slug": CATEGORY,
        "currency": "USD",
        "milestones": [{"title": "Design", "amount_minor": 50000}],
    }
    statuses = [api(freelancer, "post", "/contracts", data=body).status_code for _ in range(limit)]
    assert statuses == [201] * limit
    answer = api(freelancer, "post", "/contracts", data=body)
    assert answer.status_code == 429
    assert answer.json()["error"]["code"] == "rate_limited"
    assert int(answer["Retry-After"]) > 0


def test_the_contract_form_refuses_a_draft_past_the_limit_with_when_to_retry(
    client, freelancer, limit
):
    for number in range(limit):
        draft_contract(freelancer, title=f"Draft {number}")
    client.force_login(freelancer)
    page = client.post(reverse("contracts:create"), FORM)
    assert page.status_code == 429
    assert int(page["Retry-After"]) > 0
