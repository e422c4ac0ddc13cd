"""The API's contract list and detail, pinned to the byte (issue 19, fifth round).

`contract_out` builds the response once; ninja no longer validates it a second time. The
answers below were recorded from the code before that change (tests/contracts/reference/
api_contract_*.json, with the ids that differ from one database to another written as
@NAME@): a contract with milestones in every state the API shows (released in part, submitted
with a review deadline, changes requested, funded with a refund asked for, awaiting funding),
text that JSON must escape, and times with microseconds (the encoder keeps milliseconds).
Both parties, each with a token and with the web session, the list and the detail."""

from __future__ import annotations

from pathlib import Path

import pytest

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts import escrow
from tests.accounts.factories import ClientFactory
from tests.contracts.factories import active_contract, card, milestone, settle_gateway

pytestmark = pytest.mark.django_db

REFERENCE = Path(__file__).parent / "reference"
TITLES = ['Design "Co" \\ <b>', "Build — é ✓", "Pages", "Copy", "Extra"]


def _contract(freelancer, monkeypatch, frozen_clock):
    frozen_clock.advance(microseconds=123_456)
    contract, client = active_contract(
        freelancer,
        monkeypatch,
        title='Site "Bäckerei" <&>',
        description="Line one\nLine two\ttab \\ slash",
        milestones=[
            milestone(TITLES[0], 50_000),
            milestone(TITLES[1], 120_000, days=None),
            milestone(TITLES[2], 30_000),
            milestone(TITLES[3], 20_000),
            milestone(TITLES[4], 10_000, days=None),
        ],
    )
    method = card(client)
    parts = list(contract.milestones.order_by("position"))
    for part in parts[:4]:
        escrow.fund_milestone(milestone=part, by=client, method=method)
    settle_gateway(frozen_clock)
    m1, m2, m3, m4, _m5 = parts
    for part in parts:
        part.refresh_from_db()
    frozen_clock.advance(microseconds=654_321)
    escrow.submit_work(milestone=m1, by=freelancer, message="v1", files=[])
    m1.refresh_from_db()
    escrow.approve_milestone(milestone=m1, by=client, amount_minor=30_000)
    escrow.submit_work(milestone=m2, by=freelancer, message="", files=[])
    frozen_clock.advance(seconds=1, microseconds=999)
    escrow.submit_work(milestone=m3, by=freelancer, message="", files=[])
    m3.refresh_from_db()
    escrow.request_changes(milestone=m3, by=client, message="More")
    escrow.request_refund(milestone=m4, by=client, reason="Not needed")
    return contract, client


def _expected(name: str, contract, client) -> bytes:
    text = (REFERENCE / name).read_text(encoding="utf-8").rstrip("\n")
    ids = {"CONTRACT": contract.pk, "FREELANCER": contract.freelancer_id, "CLIENT": client.pk}
    for number, part in enumerate(contract.milestones.order_by("position"), start=1):
        ids[f"M{number}"] = part.pk
    for key, value in ids.items():
        text = text.replace(f"@{key}@", str(value))
    assert "@" not in text.replace("@example", "")  # every placeholder was filled
    return text.encode()


@pytest.mark.parametrize("auth", ["token", "session"])
def test_list_and_detail_are_the_recorded_bytes(
    freelancer, monkeypatch, frozen_clock, client, auth
):
    contract, client_user = _contract(freelancer, monkeypatch, frozen_clock)
    for who, user in (("freelancer", freelancer), ("client", client_user)):
        headers = {}
        if auth == "token":
            headers = {"Authorization": f"Bearer {create_api_token(user=user, name='t')[1]}"}
        else:
            client.force_login(user)
        detail = client.get(f"/api/v1/contracts/{contract.pk}", headers=headers)
        listed = client.get("/api/v1/contracts", headers=headers)
        assert detail.status_code == listed.status_code == 200
        assert detail["Content-Type"] == listed["Content-Type"] == "application/json; charset=utf-8"
        assert detail.content == _expected(f"api_contract_{who}.json", contract, client_user)
        assert listed.content == _expected(f"api_contracts_{who}.json", contract, client_user)
        client.logout()


def test_a_page_of_the_list_is_the_recorded_bytes(freelancer, monkeypatch, frozen_clock, client):
    contract, client_user = _contract(freelancer, monkeypatch, frozen_clock)
    token = create_api_token(user=freelancer, name="t")[1]
    headers = {"Authorization": f"Bearer {token}"}
    empty = client.get("/api/v1/contracts?offset=1", headers=headers)
    assert empty.content == b'{"items": [], "count": 1}'
    none = client.get("/api/v1/contracts?state=draft", headers=headers)
    assert none.content == b'{"items": [], "count": 0}'


def test_the_answer_is_built_once_not_read_again_through_ninja(
    freelancer, monkeypatch, frozen_clock, client
):
    """ninja's `Schema` validator reads every field of every instance again through its
    DjangoGetter (Python, per field); the contract answers are not `Schema`s any more, so a
    list page and a detail are built once. Before, every field of the contract and of its
    milestones was read that way again after `contract_out` had built them."""
    from ninja.schema import DjangoGetter

    contract, client_user = _contract(freelancer, monkeypatch, frozen_clock)
    read: list[str] = []
    original = DjangoGetter.__getattr__

    def counting(self, key):
        read.append(f"{self._schema_cls.__name__}.{key}")
        return original(self, key)

    monkeypatch.setattr(DjangoGetter, "__getattr__", counting)
    headers = {"Authorization": f"Bearer {create_api_token(user=freelancer, name='t')[1]}"}
    for path in ("/api/v1/contracts", f"/api/v1/contracts/{contract.pk}"):
        assert client.get(path, headers=headers).status_code == 200
    assert not [name for name in read if name.split(".")[0] in ("ContractOut", "MilestoneOut")]
    assert read  # the page's own wrapper (items, count) is still read that way


def test_the_list_reads_only_the_columns_it_answers_with(
    freelancer, monkeypatch, frozen_clock, client
):
    """The page of contracts without the parties' rows (the web list joins them) and the
    milestones of the whole page as plain values in one query, only the answered columns."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _contract(freelancer, monkeypatch, frozen_clock)
    headers = {"Authorization": f"Bearer {create_api_token(user=freelancer, name='t')[1]}"}
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/v1/contracts", headers=headers).status_code == 200
    sql = [q["sql"] for q in queries.captured_queries]
    contracts = [s for s in sql if s.startswith('SELECT "contracts_contract"."id"')]
    milestones = [s for s in sql if 'FROM "contracts_milestone"' in s]
    assert len(contracts) == len(milestones) == 1
    assert "accounts_user" not in contracts[0]
    assert '"contracts_contract"."catalog_version"' not in contracts[0]
    assert '"contracts_milestone"."description"' not in milestones[0]
    assert '"contracts_milestone"."funded_amount_minor"' not in milestones[0]


def test_the_detail_reads_only_the_columns_it_answers_with(
    freelancer, monkeypatch, frozen_clock, client
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    contract, _ = _contract(freelancer, monkeypatch, frozen_clock)
    headers = {"Authorization": f"Bearer {create_api_token(user=freelancer, name='t')[1]}"}
    with CaptureQueriesContext(connection) as queries:
        answer = client.get(f"/api/v1/contracts/{contract.pk}", headers=headers)
    assert answer.status_code == 200
    sql = [q["sql"] for q in queries.captured_queries]
    contracts = [s for s in sql if s.startswith('SELECT "contracts_contract"."id"')]
    milestones = [s for s in sql if 'FROM "contracts_milestone"' in s]
    assert len(contracts) == len(milestones) == 1
    assert "accounts_user" not in contracts[0]
    assert "freelancer_profile" not in contracts[0]
    assert '"contracts_contract"."catalog_version"' not in contracts[0]
    assert '"contracts_milestone"."funded_amount_minor"' not in milestones[0]
    # Another party's contract is still one that does not exist.
    other = create_api_token(user=ClientFactory(email="someone.else@example.com"), name="t")[1]
    refused = client.get(
        f"/api/v1/contracts/{contract.pk}", headers={"Authorization": f"Bearer {other}"}
    )
    assert refused.status_code == 404
    assert refused.json()["error"]["code"] == "contract_not_found"
