"""Flag as Inappropriate: what may be flagged, once, at a bounded rate, and the outcome."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import messaging
from directcontracts.core.errors import DomainError, NotFound, RateLimited
from directcontracts.trust import actions, flags
from directcontracts.trust.models import Case, Flag, Outcome
from tests.contracts.factories import active_contract, sent_invitation

pytestmark = pytest.mark.django_db


@pytest.fixture
def contract(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    return contract


def _flag(user, kind, target_id, reason="scam_fraud", details=""):
    return flags.flag(
        reporter=user,
        kind=kind,
        target_id=str(target_id),
        reason=reason,
        details=details,
        address="203.0.113.9",
    )


def test_a_party_flags_a_contract_and_gets_a_reference(contract):
    made = _flag(contract.client, "contract", contract.pk, details="Asked me to pay by wire.")
    assert made.reference.startswith("FL-")
    assert made.case == Case.objects.get(target_kind="contract", target_id=str(contract.pk))


def test_the_case_is_about_the_other_party(contract):
    made = _flag(contract.client, "contract", contract.pk)
    assert made.case.subject_user_id == contract.freelancer_id


def test_a_stranger_cannot_flag_a_contract_they_cannot_see(contract, stranger_client):
    with pytest.raises(NotFound):
        _flag(stranger_client, "contract", contract.pk)
    assert Flag.objects.count() == 0


def test_a_message_from_the_other_party_can_be_flagged(contract):
    message = messaging.post_message(contract=contract, sender=contract.freelancer, body="Hello.")
    made = _flag(contract.client, "message", message.pk, reason="harassment")
    assert made.case.target_kind == "message"


def test_a_message_in_someone_elses_contract_is_refused_like_one_that_does_not_exist(
    contract, stranger_client
):
    message = messaging.post_message(contract=contract, sender=contract.freelancer, body="Hi.")
    with pytest.raises(NotFound) as theirs:
        _flag(stranger_client, "message", message.pk)
    with pytest.raises(NotFound) as missing:
        _flag(stranger_client, "message", message.pk + 1000)
    assert (theirs.value.code, theirs.value.message) == (missing.value.code, missing.value.message)


def test_the_api_answers_alike_for_someone_elses_message_and_a_missing_one(
    client, contract, stranger_client
):
    message = messaging.post_message(contract=contract, sender=contract.freelancer, body="Hi.")
    client.force_login(stranger_client)
    answers = [
        client.post(
            "/api/v1/flags",
            {"target_kind": "message", "target_id": str(pk), "reason": "spam"},
            content_type="application/json",
        )
        for pk in (message.pk, message.pk + 1000)
    ]
    assert [(a.status_code, a.json()["error"]["code"]) for a in answers] == [
        (404, "flag_target_not_found"),
        (404, "flag_target_not_found"),
    ]


def test_ones_own_message_cannot_be_flagged(contract):
    message = messaging.post_message(contract=contract, sender=contract.client, body="Hi.")
    with pytest.raises(DomainError) as refused:
        _flag(contract.client, "message", message.pk)
    assert refused.value.code == "flag_self"


def test_a_freelancer_cannot_flag_her_own_contract(contract):
    with pytest.raises(DomainError) as refused:
        _flag(contract.freelancer, "contract", contract.pk)
    assert refused.value.code == "flag_self"
    assert "your own contract" in refused.value.message
    assert not Case.objects.exists()


def test_a_freelancer_cannot_flag_her_own_draft_that_has_no_client_yet(freelancer):
    from tests.contracts.factories import draft_contract

    draft = draft_contract(freelancer)
    with pytest.raises(DomainError) as refused:
        _flag(freelancer, "contract", draft.pk)
    assert refused.value.code == "flag_self"


def test_a_freelancer_cannot_flag_her_own_invitation(freelancer):
    contract, _, _ = sent_invitation(freelancer)
    with pytest.raises(DomainError) as refused:
        _flag(freelancer, "invitation", contract.pk)
    assert refused.value.code == "flag_self"


def test_the_flag_page_refuses_ones_own_contract_with_the_reason(client, contract):
    client.force_login(contract.freelancer)
    response = client.get(reverse("trust:flag") + f"?kind=contract&id={contract.pk}")
    assert response.status_code == 403
    assert "You cannot flag your own contract" in response.content.decode()


def test_the_api_refuses_flagging_ones_own_contract_with_a_stable_code(contract):
    from django.test import Client

    from directcontracts.accounts.services import create_api_token

    _, secret = create_api_token(user=contract.freelancer, name="t")
    api = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
    body = {"target_kind": "contract", "target_id": str(contract.pk), "reason": "spam"}
    response = api.post("/api/v1/flags", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "flag_self"


def test_the_contract_page_offers_its_freelancer_no_flag_of_her_own_contract(client, contract):
    client.force_login(contract.freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert f"kind=contract&amp;id={contract.pk}" not in page
    assert f"kind=user&amp;id={contract.client_id}" in page


def test_the_contract_page_offers_its_client_the_flag(client, contract):
    client.force_login(contract.client)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert f"kind=contract&amp;id={contract.pk}" in page


def test_a_person_one_worked_with_can_be_flagged_but_not_a_stranger(contract, stranger_freelancer):
    assert _flag(contract.client, "user", contract.freelancer_id).target_kind == "user"
    with pytest.raises(NotFound):
        _flag(contract.client, "user", stranger_freelancer.pk)


def test_the_invited_client_can_flag_the_invitation(freelancer):
    from tests.accounts.factories import ClientFactory

    contract, _, _ = sent_invitation(freelancer)
    invited = ClientFactory(email=contract.client_email)  # signed up since the email came
    assert _flag(invited, "invitation", contract.pk).case.target_kind == "invitation"


def test_one_open_flag_per_reporter_and_target(contract):
    _flag(contract.client, "contract", contract.pk)
    with pytest.raises(DomainError) as refused:
        _flag(contract.client, "contract", contract.pk, reason="spam")
    assert refused.value.code == "flag_already_open"
    assert Flag.objects.count() == 1


def test_flags_are_rate_limited_per_person(freelancer, monkeypatch, settings):
    settings.FLAGS_PER_HOUR = 2
    contracts = [
        active_contract(freelancer, monkeypatch, client_email=f"c{n}@example.org")[0]
        for n in range(3)
    ]
    _flag(freelancer, "user", contracts[0].client_id)
    _flag(freelancer, "user", contracts[1].client_id)
    with pytest.raises(RateLimited):
        _flag(freelancer, "user", contracts[2].client_id)


def test_an_unknown_reason_is_refused(contract):
    with pytest.raises(DomainError) as refused:
        _flag(contract.client, "contract", contract.pk, reason="dislike")
    assert refused.value.code == "flag_details_invalid"


def test_details_with_control_characters_are_refused(contract):
    with pytest.raises(DomainError):
        _flag(contract.client, "contract", contract.pk, details="bad\x00text")


def test_a_reporter_whose_own_account_was_actioned_adds_no_weight(contract, trust_safety_staff):
    first = _flag(contract.freelancer, "user", contract.client_id)
    actions.uphold(case=first.case, by=trust_safety_staff, reason="Confirmed abuse.")
    Case.objects.filter(pk=first.case_id).update(subject_user_id=contract.client_id)
    made = _flag(contract.client, "contract", contract.pk)
    assert made.case.signals.get().reporter_user_id is None


def test_the_reporter_learns_the_outcome_without_private_details(contract, trust_safety_staff):
    made = _flag(contract.client, "contract", contract.pk)
    actions.uphold(case=made.case, by=trust_safety_staff, reason="Off-platform payment asked.")
    made.refresh_from_db()
    assert made.outcome == Outcome.UPHELD
    notice = contract.client.notices.get(kind="trust.flag_outcome")
    assert made.reference in notice.title
    assert "Off-platform" not in notice.body


def test_a_closed_flag_lets_the_same_person_flag_again(contract, trust_safety_staff):
    made = _flag(contract.client, "contract", contract.pk)
    actions.dismiss(case=made.case, by=trust_safety_staff, reason="Fine.")
    assert _flag(contract.client, "contract", contract.pk).pk != made.pk


def test_the_flag_page_sends_a_report(client, contract):
    client.force_login(contract.client)
    url = reverse("trust:flag") + f"?kind=contract&id={contract.pk}"
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"reason": "off_platform_payment", "details": "Wire me."}, follow=True
    )
    assert b"received" in response.content
    assert Flag.objects.get().reason == "off_platform_payment"


def test_the_report_received_page_links_back_to_the_flagged_message_in_its_contract(
    client, contract
):
    message = messaging.post_message(contract=contract, sender=contract.freelancer, body="Hello.")
    client.force_login(contract.client)
    url = reverse("trust:flag") + f"?kind=message&id={message.pk}"
    page = client.post(url, {"reason": "harassment"}, follow=True).content.decode()
    back = reverse("contracts:detail", args=[contract.pk]) + f"#message-{message.pk}"
    assert f'href="{back}">Back to the contract' in page


def test_the_report_received_page_about_a_person_links_back_to_the_contract_they_share(
    client, contract
):
    client.force_login(contract.client)
    url = reverse("trust:flag") + f"?kind=user&id={contract.freelancer_id}"
    page = client.post(url, {"reason": "harassment"}, follow=True).content.decode()
    assert f'href="{reverse("contracts:detail", args=[contract.pk])}">Back to the contract' in page


def test_the_flag_page_is_not_found_for_what_one_cannot_see(client, contract, stranger_client):
    client.force_login(stranger_client)
    url = reverse("trust:flag") + f"?kind=contract&id={contract.pk}"
    assert client.get(url).status_code == 404


def test_the_api_answers_409_for_a_second_open_flag(contract):
    from django.test import Client

    from directcontracts.accounts.services import create_api_token

    _, secret = create_api_token(user=contract.client, name="t")
    api = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
    body = {"target_kind": "contract", "target_id": str(contract.pk), "reason": "spam"}
    assert api.post("/api/v1/flags", body, content_type="application/json").status_code == 201
    second = api.post("/api/v1/flags", body, content_type="application/json")
    assert second.status_code == 409
    assert second.json()["error"]["code"] == "flag_already_open"
    listed = api.get("/api/v1/flags").json()
    assert listed["items"][0]["outcome"] == ""


def test_a_look_alike_website_is_flagged_into_the_case_the_verifier_keeps_for_it(client_user):
    from directcontracts.verification.services import verify_text

    verify_text("https://pay-directcontracts.test/pay/1")  # opens the domain's case
    made = flags.flag(
        reporter=client_user,
        kind="domain",
        target_id="Pay-DirectContracts.test",
        reason="scam_fraud",
        details="This page asked me to pay by wire.",
        address=None,
    )
    assert (made.case.target_kind, made.case.target_id) == ("domain", "pay-directcontracts.test")
    assert made.case.signals.filter(source="verification").exists()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "not a host", "x" * 300, "a.b"])
def test_our_own_site_and_garbage_are_not_flaggable_websites(client_user, host):
    from directcontracts.core.errors import NotFound

    with pytest.raises(NotFound):
        flags.flag(
            reporter=client_user,
            kind="domain",
            target_id=host,
            reason="spam",
            details="",
            address=None,
        )


def test_the_flag_page_names_the_website_being_reported(client, client_user):
    client.force_login(client_user)
    page = client.get(
        reverse("trust:flag"), {"kind": "domain", "id": "Pay-DirectContracts.test"}
    ).content.decode()
    assert "the website pay-directcontracts.test" in page


def test_the_flag_page_preselects_no_reason(client, contract):
    client.force_login(contract.client)
    url = reverse("trust:flag") + f"?kind=contract&id={contract.pk}"
    page = client.get(url).content.decode()
    assert '<option value="" selected>Choose a reason</option>' in page
    assert page.count(" selected>") == 1


def test_a_report_without_a_reason_is_refused_with_what_to_do(client, contract):
    client.force_login(contract.client)
    url = reverse("trust:flag") + f"?kind=contract&id={contract.pk}"
    response = client.post(url, {"reason": "", "details": "Wire me."})
    assert response.status_code == 400
    assert "Choose what is wrong, so we know what to look at." in response.content.decode()
    assert not Flag.objects.exists()


def test_flags_from_one_ipv6_network_share_the_address_limit(
    freelancer, stranger_freelancer, stranger_client, settings
):
    settings.FLAGS_PER_HOUR = 1  # per person; twice that per address
    reporters = [freelancer, stranger_freelancer, stranger_client]
    for n, reporter in enumerate(reporters[:2]):
        flags.flag(
            reporter=reporter, kind="domain", target_id=f"pay-now-{n}.example",
            reason="scam_fraud", details="", address=f"2001:db8:7:8::{n + 1:x}",
        )  # fmt: skip
    with pytest.raises(RateLimited):
        flags.flag(
            reporter=reporters[2], kind="domain", target_id="pay-now-9.example",
            reason="scam_fraud", details="", address="2001:db8:7:8:abcd::9",
        )  # fmt: skip


def test_the_api_answers_a_new_flag_with_no_deprecation_warning(contract):
    """The 201 is a `Status`, not the (status, body) tuple django-ninja deprecates."""
    import warnings

    from django.test import Client

    from directcontracts.accounts.services import create_api_token

    _, secret = create_api_token(user=contract.client, name="t")
    api = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
    body = {"target_kind": "contract", "target_id": str(contract.pk), "reason": "spam"}
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        created = api.post("/api/v1/flags", body, content_type="application/json")
    assert created.status_code == 201
    assert created.json()["reference"].startswith("FL-")
