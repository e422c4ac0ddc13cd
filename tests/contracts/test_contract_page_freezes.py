"""The contract page reads a contract's freezes once, with their milestones from the page's
own list (issue 19, tenth round: the join's columns cost more to build than the query)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import freezes
from tests.contracts.factories import active_contract, milestone
from tests.querycount import queries_made

pytestmark = pytest.mark.django_db


def _page_with_a_frozen_milestone(client, freelancer, monkeypatch):
    contract, client_user = active_contract(
        freelancer,
        monkeypatch,
        milestones=[milestone("Design <draft> & co", 40_000), milestone("Build", 60_000)],
    )
    design = contract.milestones.get(position=1)
    freezes.freeze_escrow(
        contract=contract,
        milestone=design,
        source="dispute",
        reference="dispute:12",
        reason="The client says the design was not delivered.",
        url="/disputes/12/",
    )
    client.force_login(client_user)
    url = reverse("contracts:detail", args=[contract.pk])
    client.get(url)  # warm-up
    return url


def test_the_contract_page_reads_the_freezes_once_without_joining_their_milestones(
    client, freelancer, monkeypatch, settings
):
    settings.CONTRACT_PAGE_CACHE = False  # the rendering's queries, not the cache's fingerprint
    url = _page_with_a_frozen_milestone(client, freelancer, monkeypatch)
    on_freezes = [sql for sql in queries_made(lambda: client.get(url)) if "escrowfreeze" in sql]
    assert len(on_freezes) == 1
    assert "JOIN" not in on_freezes[0]


def test_a_frozen_milestone_is_named_by_its_freeze_and_has_no_funding_code(
    client, freelancer, monkeypatch
):
    url = _page_with_a_frozen_milestone(client, freelancer, monkeypatch)
    page = client.get(url).content.decode()
    assert "The escrow of “Design &lt;draft&gt; &amp; co” is frozen" in page
    assert "Funding request: Build" in page
    assert "Funding request: Design" not in page
