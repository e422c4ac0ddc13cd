"""Ids inside a request body: another person's is refused as if it did not exist.

The URL sweeps (`test_every_url_access.py`, `test_object_access_sweep.py`) fill ids into
addresses; an id can also ride in the body (a card to charge, a message as evidence, a thing to
flag). Each such field of the API's request bodies is listed in BODY_IDS with the test that
sends another person's id in it; a new field named `*_id` or `*_ids` fails
`test_every_id_in_a_request_body_has_a_test_with_another_persons_id` until it is listed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts.models import ChangeProposal
from directcontracts.disputes.models import Dispute
from directcontracts.payments.models import Payout
from directcontracts.payments.payouts import add_payout_method
from tests.contracts.factories import funded_milestone
from tests.core.url_sweep import openapi_schema

pytestmark = pytest.mark.django_db

MILESTONE = "/api/v1/contracts/{contract_id}/milestones/{milestone_id}"
HERE = "tests/core/test_object_access_body_ids.py"
# (method, path, field) -> the test that sends another person's id in that field.
BODY_IDS = {
    (
        "post",
        f"{MILESTONE}/fund",
        "payment_method_id",
    ): "tests/contracts/test_others_money_ids.py::test_funding_with_another_persons_card_is_refused_as_unknown",
    (
        "post",
        f"{MILESTONE}/approve",
        "payment_method_id",
    ): "tests/contracts/test_others_money_ids.py::test_a_bonus_charged_to_another_persons_card_releases_nothing",
    (
        "post",
        "/api/v1/contracts/{contract_id}/proposals",
        "milestone_id",
    ): f"{HERE}::test_a_change_to_another_contracts_milestone_is_refused_as_unknown",
    (
        "post",
        "/api/v1/payouts",
        "payout_method_id",
    ): f"{HERE}::test_a_payout_to_another_persons_bank_account_is_refused_as_unknown",
    (
        "post",
        f"{MILESTONE}/disputes",
        "refund_request_id",
    ): f"{HERE}::test_a_dispute_naming_another_milestones_refund_request_is_refused",
    (
        "post",
        f"{MILESTONE}/disputes",
        "deliverable_file_ids",
    ): "tests/disputes/test_disputes.py::test_evidence_from_another_contract_is_refused",
    (
        "post",
        f"{MILESTONE}/disputes",
        "message_ids",
    ): "tests/disputes/test_disputes.py::test_evidence_from_another_contract_is_refused",
    (
        "post",
        "/api/v1/disputes/{dispute_id}/statements",
        "deliverable_file_ids",
    ): "tests/disputes/test_disputes.py::test_evidence_from_another_contract_is_refused",
    (
        "post",
        "/api/v1/disputes/{dispute_id}/statements",
        "message_ids",
    ): "tests/disputes/test_disputes.py::test_evidence_from_another_contract_is_refused",
    (
        "post",
        "/api/v1/flags",
        "target_id",
    ): "tests/trust/test_flags.py::test_the_api_answers_alike_for_someone_elses_message_and_a_missing_one",
}
ID_FIELD = re.compile(r"(^|_)ids?$")


def _body_id_fields():
    schema = openapi_schema()
    components = schema["components"]["schemas"]
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for content in operation.get("requestBody", {}).get("content", {}).values():
                body = content["schema"]
                if "$ref" in body:
                    body = components[body["$ref"].rsplit("/", 1)[-1]]
                for name in body.get("properties", {}):
                    if ID_FIELD.search(name):
                        yield method, path, name


def test_every_id_in_a_request_body_has_a_test_with_another_persons_id():
    root = Path(__file__).resolve().parents[2]
    faults = []
    for field in _body_id_fields():
        covering = BODY_IDS.get(field)
        if covering is None:
            faults.append(
                f"{field}: write a test that sends another person's id in it (answered like an"
                f" id that doesn't exist, nothing changed) and list it in BODY_IDS in {HERE}"
            )
            continue
        file, _, name = covering.partition("::")
        if f"def {name}(" not in (root / file).read_text():
            faults.append(f"{field}: {covering} does not exist")
    assert faults == [], "\n".join(faults)


def _api(client, user):
    _, secret = create_api_token(user=user, name="probe")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def _post(client, headers, url, body, key):
    return client.post(
        url, body, content_type="application/json", HTTP_IDEMPOTENCY_KEY=key, **headers
    )


def _answer(response):
    return response.status_code, response.json()["error"]["code"]


@pytest.fixture
def two_contracts(freelancer, stranger_freelancer, monkeypatch, frozen_clock):
    own, own_client, own_milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    theirs, their_client, their_milestone = funded_milestone(
        stranger_freelancer, monkeypatch, frozen_clock, client_email="someone@example.org"
    )
    return own, own_milestone, theirs, their_milestone


def test_a_change_to_another_contracts_milestone_is_refused_as_unknown(
    client, freelancer, two_contracts
):
    own, _, _, their_milestone = two_contracts
    headers = _api(client, freelancer)
    answers = [
        _post(
            client,
            headers,
            f"/api/v1/contracts/{own.pk}/proposals",
            {"kind": "change_amount", "milestone_id": pk, "amount_minor": 60_000},
            f"change-{pk}",
        )
        for pk in (their_milestone.pk, their_milestone.pk + 1000)
    ]
    assert [_answer(a) for a in answers] == [(404, "milestone_not_found")] * 2
    assert their_milestone.title not in answers[0].content.decode()
    assert not ChangeProposal.objects.exists()


def test_a_payout_to_another_persons_bank_account_is_refused_as_unknown(
    client, freelancer, stranger_freelancer
):
    theirs = add_payout_method(
        owner=stranger_freelancer,
        account_number="000123456789",
        holder_name="Sam Stranger",
        currency="USD",
    )
    headers = _api(client, freelancer)
    answers = [
        _post(
            client,
            headers,
            "/api/v1/payouts",
            {"payout_method_id": pk, "amount_minor": 1000},
            f"payout-{pk}",
        )
        for pk in (theirs.pk, theirs.pk + 1000)
    ]
    assert [_answer(a) for a in answers] == [(404, "payment_method_not_found")] * 2
    assert "Sam Stranger" not in answers[0].content.decode()
    assert not Payout.objects.exists()


def test_a_dispute_naming_another_milestones_refund_request_is_refused(
    client, two_contracts, stranger_freelancer
):
    from directcontracts.contracts import escrow

    own, own_milestone, theirs, their_milestone = two_contracts
    their_request = escrow.request_refund(
        milestone=their_milestone, by=theirs.client, reason="Not needed any more"
    )
    headers = _api(client, own.client)
    answers = [
        _post(
            client,
            headers,
            f"/api/v1/contracts/{own.pk}/milestones/{own_milestone.pk}/disputes",
            {"statement": "The work was not delivered.", "refund_request_id": pk},
            f"dispute-{pk}",
        )
        for pk in (their_request.pk, their_request.pk + 1000)
    ]
    assert [_answer(a) for a in answers] == [(404, "dispute_not_found")] * 2
    assert not Dispute.objects.exists()
