import pytest

from directcontracts.contracts.models import Contract
from tests.contracts.factories import draft_contract, sent_invitation
from tests.contracts.helpers import PAYLOAD, api_caller

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client):
    return api_caller(client)


def test_a_freelancer_creates_a_contract_through_the_api(api, freelancer):
    response = api(freelancer, "post", "/contracts", data=PAYLOAD)
    assert response.status_code == 201
    body = response.json()
    assert body["state"] == "draft"
    assert body["quote"]["freelancer_receives"] == 57_000
    assert Contract.objects.get().currency == "EUR"


def test_the_api_refuses_a_too_small_milestone_with_a_stable_code(api, freelancer):
    response = api(
        freelancer,
        "post",
        "/contracts",
        data={**PAYLOAD, "milestones": [{"title": "x", "amount_minor": 100}]},
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "amount_too_small"


def test_the_api_refuses_wrong_types_with_422(api, freelancer):
    response = api(
        freelancer,
        "post",
        "/contracts",
        data={**PAYLOAD, "milestones": [{"title": "x", "amount_minor": "lots"}]},
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_error"


def test_the_api_refuses_negative_money(api, freelancer):
    response = api(
        freelancer,
        "post",
        "/contracts",
        data={**PAYLOAD, "milestones": [{"title": "x", "amount_minor": -5}]},
    )
    assert response.status_code == 422


def test_a_stranger_gets_404_through_the_api(api, freelancer, stranger_client):
    contract = draft_contract(freelancer)
    response = api(stranger_client, "get", f"/contracts/{contract.pk}")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "contract_not_found"


def test_an_illegal_transition_is_409_invalid_transition_naming_the_state(api, freelancer):
    contract, _, _ = sent_invitation(freelancer)
    response = api(freelancer, "post", f"/contracts/{contract.pk}/send")
    assert response.status_code == 409
    body = response.json()["error"]
    assert body["code"] == "invalid_transition"
    assert body["details"]["current_state"] == "invited"


def test_the_client_accepts_through_the_api_with_the_emailed_code(api, freelancer, monkeypatch):
    from directcontracts.contracts import invitations

    contract, _, token = sent_invitation(freelancer)
    monkeypatch.setattr(invitations.secrets, "randbelow", lambda n: 123456)
    assert api(None, "post", f"/invitations/{token}/code").status_code == 202
    access = api(None, "post", f"/invitations/{token}/verify", data={"code": "123456"}).json()[
        "access_token"
    ]
    response = api(
        None,
        "post",
        f"/invitations/{token}/accept",
        data={"name": "Nora", "country": "GB", "password": "a-long-client-passphrase-7"},
        headers={"X-Invitation-Access": access},
    )
    assert response.status_code == 200
    assert response.json()["state"] == "active"


def test_accepting_through_the_api_without_the_code_is_refused(api, freelancer):
    _, _, token = sent_invitation(freelancer)
    response = api(
        None,
        "post",
        f"/invitations/{token}/accept",
        data={"name": "N", "country": "GB", "password": "x" * 12},
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "email_not_proven"


def test_the_list_is_paginated(api, freelancer):
    for n in range(3):
        draft_contract(freelancer, title=f"Contract {n}")
    body = api(freelancer, "get", "/contracts?limit=2").json()
    assert body["count"] == 3
    assert len(body["items"]) == 2


def test_parties_exchange_messages_through_the_api_and_strangers_get_404(
    api, freelancer, stranger_client, monkeypatch
):
    from tests.contracts.factories import active_contract

    contract, client = active_contract(freelancer, monkeypatch)
    sent = api(
        client, "post", f"/contracts/{contract.pk}/messages", data={"body": "Colours attached."}
    )
    assert sent.status_code == 201
    thread = api(freelancer, "get", f"/contracts/{contract.pk}/messages").json()
    assert [m["body"] for m in thread["items"]] == ["Colours attached."]
    assert api(stranger_client, "get", f"/contracts/{contract.pk}/messages").status_code == 404


def test_a_held_message_is_422_message_held_through_the_api(api, freelancer, monkeypatch):
    from tests.contracts.factories import active_contract

    contract, client = active_contract(freelancer, monkeypatch)
    response = api(
        client,
        "post",
        f"/contracts/{contract.pk}/messages",
        data={"body": "Call me on five five five one two three four five six seven"},
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "message_held"


def test_reading_the_thread_through_the_api_marks_the_new_messages_read(
    api, freelancer, monkeypatch
):
    from directcontracts.contracts import messaging
    from tests.contracts.factories import active_contract

    contract, client = active_contract(freelancer, monkeypatch)
    api(client, "post", f"/contracts/{contract.pk}/messages", data={"body": "Colours attached."})

    api(freelancer, "get", f"/contracts/{contract.pk}/messages")

    assert messaging.unread_count(contract=contract, user=freelancer) == 0


def test_polling_a_thread_with_nothing_new_through_the_api_writes_nothing(
    api, freelancer, monkeypatch
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.contracts.factories import active_contract

    contract, _ = active_contract(freelancer, monkeypatch)
    api(freelancer, "get", f"/contracts/{contract.pk}/messages")

    with CaptureQueriesContext(connection) as captured:
        api(freelancer, "get", f"/contracts/{contract.pk}/messages")

    writes = [q["sql"] for q in captured if "thread" in q["sql"] and "UPDATE" in q["sql"]]
    assert writes == []
