"""The contract page reads the waiting refund requests once, for the milestone cards and for
the open request codes (issue 19, sixth round): the same codes as `open_codes_of` reading
them itself, the card's request, and one refund query where there were two."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow
from directcontracts.contracts.signed_requests import open_codes_of
from directcontracts.verification.signing import latest_for
from tests.contracts.factories import funded_milestone
from tests.querycount import queries_made

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("viewer", ["client", "freelancer"])
def test_a_waiting_refund_request_is_read_once_and_shown_with_its_code(
    client, freelancer, monkeypatch, frozen_clock, viewer, settings
):
    settings.CONTRACT_PAGE_CACHE = False  # the rendering's context and queries, each time
    contract, client_user, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    milestone.title = "Logo <draft> & co"
    milestone.save(update_fields=["title"])
    request = escrow.request_refund(milestone=milestone, by=client_user, reason="Not needed.")
    issued = latest_for(f"refund:{request.pk}")
    client.force_login(client_user if viewer == "client" else freelancer)
    url = reverse("contracts:detail", args=[contract.pk])
    client.get(url)

    response = client.get(url)
    page = response.content.decode()
    assert response.context["request_codes"] == open_codes_of(contract)
    assert ("Refund request: Logo <draft> & co", issued.code) in response.context["request_codes"]
    assert (
        f"<li>Refund request: Logo &lt;draft&gt; &amp; co: <code>{issued.code}</code></li>" in page
    )
    cards = {card["obj"].pk: card for card in response.context["cards"]}
    assert cards[milestone.pk]["refund_request"].pk == request.pk

    queries = queries_made(lambda: client.get(url))
    waiting = [q for q in queries if "contracts_refundrequest" in q and "'pending'" in q]
    assert len(waiting) == 1
