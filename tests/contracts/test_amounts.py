"""Amounts as people type them, parsed with a bound (issue 11, High 4; issue 12's `1,100.00`
and `$400`): no exponent, no number longer than the largest amount, before converting."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from directcontracts.contracts.models import Contract, MilestoneState
from directcontracts.contracts.money import to_minor
from tests.contracts.factories import funded_milestone
from tests.contracts.helpers import FORM, PAYLOAD, api_caller

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "currency", "minor"),
    [
        ("250", "USD", 25_000),
        ("250.5", "USD", 25_050),
        ("1,100.00", "USD", 110_000),
        ("12,345,678.90", "USD", 1_234_567_890),
        ("$400", "USD", 40_000),
        ("$ 1,100.00", "USD", 110_000),
        ("US$400", "USD", 40_000),
        ("400 USD", "USD", 40_000),
        ("usd 400", "USD", 40_000),
        ("€400", "EUR", 40_000),
        ("400 €", "EUR", 40_000),
        ("£99.99", "GBP", 9_999),
        ("CA$700", "CAD", 70_000),
        ("$700", "CAD", 70_000),
        ("A$800", "AUD", 80_000),
        ("₹42,000", "INR", 4_200_000),
        ("  0250.00 ", "USD", 25_000),
        ("12.50000", "USD", 1_250),
        ("12.", "USD", 1_200),
        (".5", "USD", 50),
    ],
)
def test_amounts_are_read_as_people_type_them(typed, currency, minor):
    assert to_minor(typed, currency) == minor


@pytest.mark.parametrize(
    "typed",
    ["1E+2", "1e2", "1E+999997", "1E+999999", "-1E+999999", "2.5e3", "Infinity", "NaN", "sNaN"],
)
def test_an_exponent_is_refused_before_any_number_is_built(typed):
    with pytest.raises(ValueError, match="Enter an amount such as"):
        to_minor(typed, "USD")


@pytest.mark.parametrize("typed", ["1" * 14, "9" * 5_000, "1" + "0" * 11 + ".00", "0." + "0" * 60])
def test_a_number_longer_than_the_largest_amount_is_refused(typed):
    with pytest.raises(ValueError, match="at most"):
        to_minor(typed, "USD")


@pytest.mark.parametrize(
    "typed",
    [
        "",
        " ",
        "-5",
        "+5",
        "1,10.00",
        ",100",
        "1,,100",
        "1.100,00",
        ".",
        ".5.5",
        "1_000",
        "٣٠٠",
        "ten",
    ],
)
def test_malformed_amounts_are_refused_with_an_example(typed):
    with pytest.raises(ValueError, match="Enter an amount such as"):
        to_minor(typed, "USD")


def test_a_symbol_of_another_currency_is_refused_naming_the_contracts_currency():
    with pytest.raises(ValueError, match="in EUR"):
        to_minor("$400", "EUR")


def test_more_decimals_than_the_currency_has_are_refused():
    with pytest.raises(ValueError, match="at most 2 decimals"):
        to_minor("12.345", "USD")


def test_a_draft_takes_thousands_separators_and_a_dollar_sign(client, freelancer):
    client.force_login(freelancer)
    response = client.post(
        reverse("contracts:create"),
        {**FORM, "m-0-amount": "1,100.00", "m-1-title": "Build", "m-1-amount": "$400"},
    )
    assert response.status_code == 302
    amounts = list(Contract.objects.get().milestones.values_list("amount_minor", flat=True))
    assert amounts == [110_000, 40_000]


@pytest.mark.parametrize("typed", ["1E+999999", "1E+999997", "9" * 5_000])
def test_a_huge_amount_in_the_draft_form_is_a_field_error(client, freelancer, typed):
    client.force_login(freelancer)
    response = client.post(reverse("contracts:create"), {**FORM, "m-0-amount": typed})
    assert response.status_code == 400
    assert not Contract.objects.exists()


@pytest.mark.parametrize("typed", ["1E+999999", "1E+999997", "9" * 19])
def test_a_huge_amount_on_the_approve_form_is_a_400_and_moves_nothing(
    client, freelancer, monkeypatch, frozen_clock, typed
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(buyer)
    response = client.post(
        reverse("contracts:approve", args=[contract.pk, milestone.pk]), {"amount": typed}
    )
    assert response.status_code == 400
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED


def test_a_huge_amount_on_the_payout_form_is_a_400(client, freelancer):
    from directcontracts.payments import payouts

    bank = payouts.add_payout_method(
        owner=freelancer, account_number="000123456789", holder_name="Fiona F", currency="USD"
    )
    client.force_login(freelancer)
    response = client.post(
        reverse("contracts:payout_request"),
        {"payout_method": bank.pk, "amount": "1E+999999", "attempt": "a1"},
    )
    assert response.status_code == 400


# --- The API takes whole minor units only --------------------------------------------------


@pytest.fixture
def api(client):
    return api_caller(client)


@pytest.mark.parametrize("raw", ["1E+999999", "600.5", "true", '"5e4"', '"50,000"', '"6e4"'])
def test_the_api_takes_an_amount_only_as_a_whole_number(api, freelancer, raw):
    body = json.dumps(PAYLOAD).replace("60000", raw)
    response = api(freelancer, "post", "/contracts", data=body)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_error"
    assert not Contract.objects.exists()


@pytest.mark.parametrize("raw", ["60000.0", "6e4", "6E+4"])
def test_a_json_number_without_a_fraction_is_a_whole_amount(api, freelancer, raw):
    """JSON Schema counts 60000.0 as an integer, so the documented type takes it."""
    body = json.dumps(PAYLOAD).replace("60000", raw)
    response = api(freelancer, "post", "/contracts", data=body)
    assert response.status_code == 201
    assert Contract.objects.get().milestones.get().amount_minor == 60000


@pytest.mark.parametrize("raw", ["1e3", "50000.0", "1E+999999", "9" * 5_000, "-500", "0x10"])
def test_the_quote_takes_an_amount_only_as_a_whole_number(api, freelancer, raw):
    response = api(freelancer, "get", f"/contracts/quote?amount_minor={raw}&currency=USD")
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_error"


@pytest.mark.parametrize(
    ("amount_minor", "code"), [(499, "amount_too_small"), (10**12 + 1, "validation_error")]
)
def test_the_quote_refuses_what_contract_creation_refuses(api, freelancer, amount_minor, code):
    quoted = api(freelancer, "get", f"/contracts/quote?amount_minor={amount_minor}&currency=USD")
    payload = {**PAYLOAD, "currency": "USD"}
    payload["milestones"] = [{"title": "Design", "amount_minor": amount_minor}]
    created = api(freelancer, "post", "/contracts", data=payload)
    assert (quoted.status_code, quoted.json()["error"]["code"]) == (
        created.status_code,
        created.json()["error"]["code"],
    )
    assert quoted.json()["error"]["code"] == code


def test_the_quote_of_the_largest_amount_is_given(api, freelancer, settings):
    response = api(
        freelancer,
        "get",
        f"/contracts/quote?amount_minor={settings.LEDGER_MAX_AMOUNT_MINOR}&currency=USD",
    )
    assert response.status_code == 200
    assert response.json()["amount"] == settings.LEDGER_MAX_AMOUNT_MINOR


@pytest.mark.parametrize("raw", ["4750.5", "1E+999999", '"4.75e4"'])
def test_money_posts_take_an_amount_only_as_a_whole_number(api, freelancer, raw):
    from directcontracts.payments import payouts

    bank = payouts.add_payout_method(
        owner=freelancer, account_number="000123456789", holder_name="Fiona F", currency="USD"
    )
    body = f'{{"payout_method_id": {bank.pk}, "amount_minor": {raw}}}'
    response = api(freelancer, "post", "/payouts", data=body, headers={"Idempotency-Key": "k1"})
    assert response.status_code == 422
