"""GET/PUT /api/v1/me/email-preferences."""

from __future__ import annotations

import pytest

from directcontracts.accounts import services as account_services
from directcontracts.notifications.selectors import chosen_frequencies, groups_off_for

pytestmark = pytest.mark.django_db

PATH = "/api/v1/me/email-preferences"


@pytest.fixture
def api(client):
    def for_user(user):
        _, secret = account_services.create_api_token(user=user, name="tests")
        client.defaults["HTTP_AUTHORIZATION"] = f"Bearer {secret}"
        return client

    return for_user


def _put(client, body):
    return client.put(PATH, body, content_type="application/json")


def _emailed(body) -> dict[str, bool]:
    return {group["key"]: group["email"] for group in body["groups"]}


def test_reading_preferences_needs_authentication(client):
    assert client.get(PATH).json()["error"]["code"] == "not_authenticated"


def test_every_group_is_emailed_by_default_and_required_ones_say_why(api, freelancer):
    body = api(freelancer).get(PATH).json()
    assert set(_emailed(body).values()) == {True}
    money = next(g for g in body["groups"] if g["key"] == "money")
    assert money["required"] is True
    assert money["required_reason"].startswith("Emails about money are always sent")
    messages = next(g for g in body["groups"] if g["key"] == "messages")
    assert messages == {
        "key": "messages",
        "label": "Messages from the other party",
        "description": messages["description"],
        "email": True,
        "required": False,
        "required_reason": "",
        "frequency": "immediate",
        "frequencies": ["immediate", "daily", "off"],
    }


def test_putting_a_group_off_turns_it_off_and_answers_the_new_state(api, freelancer):
    response = _put(api(freelancer), {"email": {"messages": False}})
    assert response.status_code == 200
    assert _emailed(response.json())["messages"] is False
    assert _emailed(response.json())["contract_updates"] is True
    assert groups_off_for(freelancer) == {"messages"}


def test_groups_left_out_keep_their_setting(api, freelancer):
    client = api(freelancer)
    _put(client, {"email": {"messages": False}})
    _put(client, {"email": {"contract_updates": False}})
    assert groups_off_for(freelancer) == {"messages", "contract_updates"}


def test_putting_a_required_group_off_is_400_email_required(api, freelancer):
    response = _put(api(freelancer), {"email": {"money": False, "messages": False}})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "email_required"
    assert groups_off_for(freelancer) == frozenset()


def test_putting_a_required_group_on_is_accepted(api, freelancer):
    assert _put(api(freelancer), {"email": {"account_security": True}}).status_code == 200


def test_an_unknown_group_is_400_email_group_unknown(api, freelancer):
    response = _put(api(freelancer), {"email": {"product_news": False}})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "email_group_unknown"


def test_a_value_that_is_not_a_boolean_is_422(api, freelancer):
    response = _put(api(freelancer), {"email": {"messages": "maybe"}})
    assert response.status_code == 422


@pytest.mark.parametrize("loose", ["yes", "off", "0", "false", 0, 1, 0.0, None])
def test_a_loose_boolean_is_422_and_changes_nothing(api, freelancer, loose):
    response = _put(api(freelancer), {"email": {"messages": loose}})
    assert response.status_code == 422
    body = response.json()["error"]
    assert body["code"] == "validation_error"
    assert body["details"]["fields"][0]["field"].endswith("email.messages")
    assert "messages" not in groups_off_for(freelancer)


def test_a_strict_false_is_accepted(api, freelancer):
    response = _put(api(freelancer), {"email": {"messages": False}})
    assert response.status_code == 200
    assert _emailed(response.json())["messages"] is False


def test_each_person_sees_and_changes_only_their_own_preferences(
    api, freelancer, stranger_freelancer
):
    _put(api(stranger_freelancer), {"email": {"messages": False}})
    assert _emailed(api(freelancer).get(PATH).json())["messages"] is True
    assert groups_off_for(freelancer) == frozenset()


def _frequency(body) -> dict[str, str]:
    return {group["key"]: group["frequency"] for group in body["groups"]}


def test_a_required_group_offers_only_as_it_happens(api, freelancer):
    body = api(freelancer).get(PATH).json()
    money = next(g for g in body["groups"] if g["key"] == "money")
    assert (money["frequency"], money["frequencies"]) == ("immediate", ["immediate"])


def test_putting_a_daily_frequency_answers_it_and_keeps_the_group_emailed(api, freelancer):
    response = _put(api(freelancer), {"frequency": {"messages": "daily"}})
    assert response.status_code == 200
    assert _frequency(response.json())["messages"] == "daily"
    assert _emailed(response.json())["messages"] is True
    assert chosen_frequencies(freelancer) == {"messages": "daily"}


def test_putting_an_off_frequency_reads_as_not_emailed(api, freelancer):
    response = _put(api(freelancer), {"frequency": {"messages": "off"}})
    assert _emailed(response.json())["messages"] is False
    assert groups_off_for(freelancer) == {"messages"}


def test_email_and_frequency_can_be_put_together(api, freelancer):
    response = _put(
        api(freelancer), {"email": {"dispute_steps": False}, "frequency": {"messages": "daily"}}
    )
    assert response.status_code == 200
    assert chosen_frequencies(freelancer) == {"messages": "daily", "dispute_steps": "off"}


@pytest.mark.parametrize("word", ["weekly", "Daily", "", "never"])
def test_an_unknown_frequency_is_422_email_frequency_invalid_and_changes_nothing(
    api, freelancer, word
):
    response = _put(api(freelancer), {"frequency": {"contract_updates": "off", "messages": word}})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "email_frequency_invalid"
    assert error["details"]["choices"] == ["immediate", "daily", "off"]
    assert chosen_frequencies(freelancer) == {}


@pytest.mark.parametrize("word", ["daily", "off"])
def test_a_required_group_in_a_digest_or_off_is_422_email_frequency_not_offered(
    api, freelancer, word
):
    response = _put(api(freelancer), {"frequency": {"messages": "daily", "money": word}})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "email_frequency_not_offered"
    assert chosen_frequencies(freelancer) == {}


def test_a_group_named_in_both_email_and_frequency_is_422_and_changes_nothing(api, freelancer):
    response = _put(
        api(freelancer), {"email": {"messages": True}, "frequency": {"messages": "off"}}
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "email_frequency_invalid"
    assert chosen_frequencies(freelancer) == {}


def test_a_frequency_of_an_unknown_group_is_400_email_group_unknown(api, freelancer):
    response = _put(api(freelancer), {"frequency": {"product_news": "daily"}})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "email_group_unknown"


@pytest.mark.parametrize("body", [{}, []])
def test_a_body_naming_neither_email_nor_frequency_is_422(api, freelancer, body):
    response = _put(api(freelancer), body)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_error"
