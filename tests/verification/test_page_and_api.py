"""/verify/ and POST /api/v1/verify: anonymous, rate limited, the documented shape."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.contracts.factories import active_contract, milestone, sent_invitation

pytestmark = pytest.mark.django_db

API = "/api/v1/verify"


@pytest.fixture
def issued(freelancer):
    _, invitation, _ = sent_invitation(freelancer, title="Bakery website")
    return invitation.verification


def test_the_api_answers_anonymously_with_the_documented_shape(client, issued):
    response = client.post(API, {"text": issued.code}, content_type="application/json")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"genuine", "status", "contract", "advice"}
    assert set(body["contract"]) == {"title", "freelancer", "amount_minor", "currency"}


def test_the_api_reveals_nothing_for_a_forged_token(client, issued):
    forged = issued.token[:-4] + "AAAA"
    body = client.post(API, {"text": forged}, content_type="application/json").json()
    assert (body["genuine"], body["status"], body["contract"]) == (False, "forged", None)


def test_the_api_refuses_text_over_the_limit_with_a_stable_code(client):
    response = client.post(API, {"text": "x" * 20_001}, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "verify_text_too_long"


def test_the_api_refuses_a_body_of_the_wrong_type(client):
    response = client.post(API, {"text": 12}, content_type="application/json")
    assert response.status_code == 422


def test_checks_are_rate_limited_per_address(client, settings):
    settings.VERIFY_CHECKS_PER_HOUR = 3
    answers = [
        client.post(API, {"text": "DC-7K3Q-9XWM-P2HD-4R"}, content_type="application/json")
        for _ in range(4)
    ]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]


def test_another_address_is_not_limited_by_the_first(client, settings):
    settings.VERIFY_CHECKS_PER_HOUR = 1
    client.post(API, {"text": "x"}, content_type="application/json", REMOTE_ADDR="198.51.100.1")
    other = client.post(
        API, {"text": "x"}, content_type="application/json", REMOTE_ADDR="198.51.100.2"
    )
    assert other.status_code == 200


def test_the_page_shows_a_genuine_summary_without_signing_in(client, issued):
    response = client.post(reverse("verification:verify"), {"text": issued.code})
    assert response.status_code == 200
    assert b"Genuine request" in response.content
    assert b"Bakery website" in response.content


def test_the_page_opens_the_check_link_from_the_email(client, issued):
    response = client.get(issued.verify_url.split("127.0.0.1:8000", 1)[-1])
    assert b"Genuine request" in response.content


def test_the_page_warns_a_signed_in_person_about_a_look_alike_and_offers_flag_and_get_help(
    client, client_user
):
    client.force_login(client_user)
    response = client.post(
        reverse("verification:verify"), {"text": "https://pay-directcontracts.test/pay/1"}
    )
    assert b"Not our website" in response.content
    assert b"Flag pay-directcontracts.test as Inappropriate" in response.content
    assert b"Get Help" in response.content


def test_a_visitor_is_told_the_look_alike_was_already_reported_and_offered_no_sign_in_flag(
    client,
):
    response = client.post(
        reverse("verification:verify"), {"text": "https://pay-directcontracts.test/pay/1"}
    )
    page = response.content.decode()
    assert "Already reported." in page
    assert "Trust &amp; Safety team reviews pay-directcontracts.test in their queue" in page
    assert "You don't need an account or to report it again." in page
    assert "/trust/flag/" not in page
    assert "Get Help" in page


def test_a_visitor_is_told_a_forged_token_was_already_reported(client, issued):
    response = client.post(reverse("verification:verify"), {"text": issued.token[:-4] + "AAAA"})
    page = response.content.decode()
    assert "Already reported." in page
    assert "reviews this forged request" in page
    assert "/trust/flag/" not in page


def test_a_visitor_reports_an_unknown_code_through_get_help_not_a_sign_in(client):
    response = client.post(
        reverse("verification:verify"),
        {"text": "Pay DC-7K3Q-9XWM-P2HD-4R at https://shop.example.org/"},
    )
    page = response.content.decode()
    assert "Already reported." not in page
    assert "/trust/flag/" not in page
    assert "/support/new/?topic=trust_safety&amp;details=" in page


def test_the_page_refuses_an_empty_form_with_a_message(client):
    response = client.post(reverse("verification:verify"), {"text": ""})
    assert response.status_code == 400
    assert b"This field is required" in response.content


def test_the_safety_article_links_to_the_verifier():
    from directcontracts.helpcenter.defaults import shipped_articles

    bodies = {slug: body for slug, _, body in shipped_articles()}
    assert "(/verify/)" in bodies["verifying-a-payment-request"]


def test_the_api_refuses_control_characters_with_a_clear_error(client):
    response = client.post(API, {"text": "DC-\x00\x01"}, content_type="application/json")
    assert response.status_code == 422


def test_the_look_alike_domain_itself_can_be_flagged_from_the_result(client, client_user):
    client.force_login(client_user)
    response = client.post(
        reverse("verification:verify"), {"text": "https://pay-directcontracts.test/pay/1"}
    )
    assert b"/trust/flag/?kind=domain&amp;id=pay-directcontracts.test" in response.content


def _funding_code(freelancer, monkeypatch, amount_minor: int) -> str:
    from directcontracts.verification.signing import latest_for

    contract, _ = active_contract(
        freelancer, monkeypatch, milestones=[milestone("Brand guide", amount_minor)]
    )
    return latest_for(f"milestone:{contract.milestones.get().pk}").code


def test_the_page_shows_the_agreed_amount_with_the_card_fee_apart(client, freelancer, monkeypatch):
    code = _funding_code(freelancer, monkeypatch, 100_000)
    page = client.post(reverse("verification:verify"), {"text": code}).content.decode()
    assert "<dt>Amount agreed</dt>" in page
    assert "$1,000.00 (paying by card adds a $34.00 fee; bank debit adds none)" in page
    assert "$1,034.00" not in page


def test_the_api_gives_the_agreed_amount_of_a_funding_request(client, freelancer, monkeypatch):
    code = _funding_code(freelancer, monkeypatch, 100_000)
    body = client.post(API, {"text": code}, content_type="application/json").json()
    assert (body["contract"]["amount_minor"], body["contract"]["currency"]) == (100_000, "USD")


def test_an_invitation_shows_the_contracts_agreed_total(client, issued):
    page = client.post(reverse("verification:verify"), {"text": issued.code}).content.decode()
    assert "$1,700.00 (paying by card adds a $57.80 fee; bank debit adds none)" in page
