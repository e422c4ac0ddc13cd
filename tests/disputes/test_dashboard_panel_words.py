"""The dashboard's "Your open disputes" panel words each dispute for its reader, as the
dispute page and list do: whose move it is, what happens at the deadline, the deadline in UTC."""

from __future__ import annotations

import pytest

from directcontracts.disputes import services
from tests.accounts.helpers import sign_in_as
from tests.disputes.factories import opened_by_client

pytestmark = pytest.mark.django_db


def _dashboard(client, user) -> str:
    sign_in_as(client, user)
    return client.get("/").content.decode()


def test_the_respondent_reads_that_the_response_is_theirs_to_give(
    client, freelancer, monkeypatch, frozen_clock
):
    opened_by_client(freelancer, monkeypatch, frozen_clock)
    page = _dashboard(client, freelancer)
    assert "Waiting for your response" in page
    assert "you lose by default" in page


def test_the_opener_reads_whose_response_is_awaited_by_name(
    client, freelancer, monkeypatch, frozen_clock
):
    _, buyer, _, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    page = _dashboard(client, buyer)
    assert f"Waiting for {freelancer.display_name}&#x27;s response" in page
    assert services.default_note(dispute, "client").replace("'", "&#x27;") in page


def test_the_panel_gives_the_deadline_in_utc(client, freelancer, monkeypatch, frozen_clock):
    *_, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    page = _dashboard(client, freelancer)
    assert f"{dispute.deadline_at:%-d %b %Y %H:%M} UTC" in page
