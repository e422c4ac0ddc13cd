"""The contract list and detail read a page's freezes without joining other tables when
there are none (issue 19, tenth round), and word them as before when there are."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts import freezes
from tests.contracts.factories import funded_milestone

pytestmark = pytest.mark.django_db


def _headers(user):
    return {"Authorization": f"Bearer {create_api_token(user=user, name='t')[1]}"}


def _freeze(contract, milestone=None, reference="chargeback:12"):
    # A chargeback's words name the client to the freelancer (their account's name).
    return freezes.freeze_escrow(
        contract=contract,
        milestone=milestone,
        source="chargeback",
        reference=reference,
        reason="The bank says <b>nothing</b> was delivered.",
        notify_parties=False,
    )


@pytest.mark.parametrize("path", ["/api/v1/contracts", "/api/v1/contracts/{pk}"])
def test_the_contract_answers_read_no_freeze_join_when_nothing_is_frozen(
    client, freelancer, monkeypatch, frozen_clock, path
):
    contract, _, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    headers = _headers(freelancer)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path.format(pk=contract.pk), headers=headers).status_code == 200
    on_freezes = [q["sql"] for q in queries.captured_queries if "escrowfreeze" in q["sql"]]
    assert len(on_freezes) == 1
    assert "JOIN" not in on_freezes[0]


def test_each_party_reads_a_frozen_milestone_in_their_own_words(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    _freeze(contract, milestone)
    _freeze(contract, reference="chargeback:13")
    answers = {}
    for person in (freelancer, buyer):
        listed = client.get("/api/v1/contracts", headers=_headers(person)).json()["items"][0]
        detail = client.get(f"/api/v1/contracts/{contract.pk}", headers=_headers(person)).json()
        assert listed["milestones"] == detail["milestones"]
        answers[person.pk] = {m["id"]: m["frozen"] for m in detail["milestones"]}
    for person in (freelancer, buyer):
        own = client.get(
            f"/api/v1/contracts/{contract.pk}/milestones/{milestone.pk}",
            headers=_headers(person),
        ).json()["frozen"]
        assert answers[person.pk][milestone.pk] == own
    mine = answers[freelancer.pk][milestone.pk]
    theirs = answers[buyer.pk][milestone.pk]
    assert mine["message"] != theirs["message"]
    assert mine["message"].startswith(f"The escrow of “{milestone.title}” is frozen by")
    assert f"{buyer.display_name}'s bank is deciding a chargeback" in mine["message"]
    others = [f for pk, f in answers[buyer.pk].items() if pk != milestone.pk]
    assert {f["scope"] for f in others} == {"contract"}
