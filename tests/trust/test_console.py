"""The console pages: trust_safety staff only (others get 404), actions from the case page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.core.concerns import Concern, raise_concern
from directcontracts.trust.models import Case, CaseState
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def case():
    raise_concern(
        Concern(
            source="verification",
            target_kind="domain",
            target_id="evil.test",
            reason="scam_fraud",
            summary="Phishing: 1 check of look-alike links on evil.test",
            evidence={"domain": "evil.test", "checks": 1},
        )
    )
    return Case.objects.get()


def test_the_queue_lists_cases_for_trust_and_safety_staff(client, trust_safety_staff, case):
    response = staff_session(client, trust_safety_staff).get(reverse("trust:queue"))
    assert response.status_code == 200
    assert case.reference.encode() in response.content


def test_the_queue_says_what_a_case_is_about_in_words(client, trust_safety_staff, case):
    page = staff_session(client, trust_safety_staff).get(reverse("trust:queue")).content.decode()
    assert '<span data-kind="domain">Website evil.test</span>' in page


def test_the_case_page_shows_the_evidence(client, trust_safety_staff, case):
    response = staff_session(client, trust_safety_staff).get(
        reverse("trust:case", args=[case.reference])
    )
    assert b"evil.test" in response.content
    assert b"Audit trail" in response.content


def test_a_case_without_actions_says_so_in_a_sentence_not_as_a_numbered_entry(
    client, trust_safety_staff, case
):
    page = (
        staff_session(client, trust_safety_staff)
        .get(reverse("trust:case", args=[case.reference]))
        .content.decode()
    )
    trail = page[page.index('id="audit-title"') :]
    assert '<p class="muted">No action yet.</p>' in trail
    assert "<li>No action yet.</li>" not in trail


def test_the_case_page_lays_out_its_facts_and_evidence_as_labelled_rows_like_other_pages(
    client, trust_safety_staff, case
):
    page = (
        staff_session(client, trust_safety_staff)
        .get(reverse("trust:case", args=[case.reference]))
        .content.decode()
    )
    # The site's "facts" list (a bold label beside its value), not the browser's plain one.
    assert '<dl class="facts" data-testid="case-facts">' in page
    assert "<dl>" not in page


@pytest.mark.parametrize("who", ["support_staff", "freelancer", "stranger_client"])
def test_the_console_is_not_found_for_anyone_else(client, request, who, case):
    signed = staff_session(client, request.getfixturevalue(who))
    assert signed.get(reverse("trust:queue")).status_code == 404
    assert signed.get(reverse("trust:case", args=[case.reference])).status_code == 404


def test_an_unknown_case_is_not_found(client, trust_safety_staff):
    response = staff_session(client, trust_safety_staff).get(
        reverse("trust:case", args=["TS-NOPE"])
    )
    assert response.status_code == 404


def test_dismissing_from_the_case_page_closes_it(client, trust_safety_staff, case):
    signed = staff_session(client, trust_safety_staff)
    signed.post(
        reverse("trust:case_action", args=[case.reference, "dismiss"]),
        {"reason": "A test page of our own."},
    )
    case.refresh_from_db()
    assert case.state == CaseState.CLOSED


def test_an_action_without_a_reason_is_refused_with_a_message(client, trust_safety_staff, case):
    signed = staff_session(client, trust_safety_staff)
    response = signed.post(
        reverse("trust:case_action", args=[case.reference, "uphold"]), {"reason": ""}, follow=True
    )
    assert b"Write the reason" in response.content
    case.refresh_from_db()
    assert case.state == CaseState.OPEN


@pytest.mark.parametrize(
    ("reason", "status", "code", "says"),
    [
        ("", 400, "action_reason_required", "Write the reason"),
        ("x" * 2001, 400, "action_reason_too_long", "Keep the reason to 2000 characters"),
        ("fine\x00\x1b[31m", 400, "control_characters", "Remove the control character"),
    ],
    ids=["missing", "over-long", "control-characters"],
)
def test_a_refused_reason_answers_4xx_on_the_case_page_and_nothing_is_audited(
    client, trust_safety_staff, case, reason, status, code, says
):
    signed = staff_session(client, trust_safety_staff)
    response = signed.post(
        reverse("trust:case_action", args=[case.reference, "dismiss"]), {"reason": reason}
    )
    assert response.status_code == status
    assert f'data-error-code="{code}"' in response.content.decode()
    assert says in response.content.decode()
    case.refresh_from_db()
    assert case.state == CaseState.OPEN
    assert not case.audit.exists()


def test_a_refused_action_answers_with_its_own_status(client, trust_safety_staff, case):
    signed = staff_session(client, trust_safety_staff)
    response = signed.post(
        reverse("trust:case_action", args=[case.reference, "reopen"]), {"reason": "why not"}
    )
    assert response.status_code == 409
    assert 'data-error-code="case_open"' in response.content.decode()


def test_a_phishing_check_on_the_verifier_opens_a_case(client):
    client.post(
        "/api/v1/verify",
        {"text": "https://evil-pay.test/invitations/x/"},
        content_type="application/json",
    )
    case = Case.objects.get(target_kind="domain")
    assert case.target_id == "evil-pay.test"
    assert case.signals.get().source == "verification"


def test_the_trust_and_safety_group_may_handle_cases_and_support_may_not(
    trust_safety_staff, support_staff, seeded_defaults
):
    from django.contrib.auth.models import Group

    from tests.accounts.factories import StaffFactory

    assert Group.objects.get(name="trust_safety").permissions.filter(codename="handle_case")
    tess = StaffFactory(email="tess.trust@example.com", groups=["trust_safety"])
    sue = StaffFactory(email="sue2.support@example.com", groups=["support"])
    assert tess.has_perm("trust.handle_case")
    assert not sue.has_perm("trust.handle_case")


def test_the_case_page_names_sources_and_reasons_in_words(client, trust_safety_staff, case):
    staff_session(client, trust_safety_staff)
    page = client.get(reverse("trust:case", args=[case.reference])).content.decode()
    assert "Payment-request verifier: Scam or fraud" in page


def _circumvention_case_page(client, staff, invited: dict, existing: dict, signals: list) -> str:
    """The case page Trust & Safety staff see for a circumvention check with this evidence."""
    raise_concern(
        Concern(
            source="circumvention",
            target_kind="circumvention_check",
            target_id="77",
            reason="circumvention",
            summary="Possible existing account",
            evidence={
                "check": 77,
                "invited": invited,
                "existing_account": existing,
                "signals": signals,
            },
        )
    )
    staff_session(client, staff)
    reference = Case.objects.get(target_id="77").reference
    return client.get(reverse("trust:case", args=[reference])).content.decode()


def test_a_circumvention_case_shows_both_sides_and_what_conflicts(client, trust_safety_staff):
    page = _circumvention_case_page(
        client,
        trust_safety_staff,
        invited={"name": "Petr Novak", "payment_fingerprint": "pf_1"},
        existing={"name": "Anna Novak", "payment_fingerprint": "pf_1"},
        signals=[
            {"field": "payment_fingerprint", "level": "same", "weight": 16.0},
            {"field": "name", "level": "given_name_conflicts", "weight": -6.0},
        ],
    )
    assert 'data-testid="side-by-side"' in page
    assert (
        '<td data-label="Invited client">Petr Novak</td>'
        '<td data-label="Existing account">Anna Novak</td>'
    ) in page
    assert "Against the match:</span> name: given_name_conflicts (-6.0)" in page


def test_a_circumvention_cases_signals_say_their_direction_in_signs_every_font_has(
    client, trust_safety_staff
):
    page = _circumvention_case_page(
        client,
        trust_safety_staff,
        invited={"name": "Mia Marketplace"},
        existing={"name": "Mia Marketplace"},
        signals=[{"field": "name", "level": "exact", "weight": 3.1}],
    )
    # A full-width plus (U+FF0B) showed as an empty box where no CJK font is installed.
    assert "\uff0b" not in page
    assert '<span aria-hidden="true">+</span>' in page
    assert "For the match:</span> name: exact (3.1)" in page


def test_the_two_records_stack_on_a_phone_each_value_labelled_by_its_side(
    client, trust_safety_staff
):
    page = _circumvention_case_page(
        client,
        trust_safety_staff,
        invited={"email": "mia.m@northwind-bakery.example"},
        existing={"email": "marketplace.client@demo.test"},
        signals=[],
    )
    assert '<table class="stack-table" data-testid="side-by-side">' in page
    assert '<td data-label="Existing account">marketplace.client@demo.test</td>' in page


# --- What was reported: the content itself, and people by name -----------------------------


@pytest.fixture
def flagged_message(freelancer, monkeypatch):
    from directcontracts.contracts import messaging
    from directcontracts.trust import flags
    from tests.contracts.factories import active_contract

    contract, client = active_contract(freelancer, monkeypatch)
    message = messaging.post_message(
        contract=contract, sender=freelancer, body="You are useless, answer me now."
    )
    flags.flag(
        reporter=client,
        kind="message",
        target_id=str(message.pk),
        reason="harassment",
        details="",
        address="203.0.113.7",
    )
    return Case.objects.get(target_kind="message"), contract, client


def test_a_flagged_message_case_shows_the_message_its_sender_and_its_contract(
    client, trust_safety_staff, flagged_message, freelancer
):
    case, contract, contract_client = flagged_message
    staff_session(client, trust_safety_staff)
    page = client.get(reverse("trust:case", args=[case.reference])).content.decode()
    assert "You are useless, answer me now." in page
    assert f"From {freelancer.display_name} &lt;{freelancer.email}&gt;" in page
    assert f"A message in the contract “{contract.title}” (#{contract.pk})" in page
    assert f"{contract_client.display_name} &lt;{contract_client.email}&gt;" in page


def test_the_case_page_names_the_reporter_instead_of_a_person_number(
    client, trust_safety_staff, flagged_message
):
    case, _, contract_client = flagged_message
    staff_session(client, trust_safety_staff)
    page = client.get(reverse("trust:case", args=[case.reference])).content.decode()
    assert f"reported by {contract_client.display_name} &lt;{contract_client.email}&gt;" in page
    assert "person #" not in page


def test_a_held_message_case_gives_its_reasons_and_its_contract_in_words(
    client, trust_safety_staff, freelancer, monkeypatch
):
    from directcontracts.contracts import messaging
    from directcontracts.core.errors import DomainError
    from tests.contracts.factories import active_contract

    contract, _ = active_contract(freelancer, monkeypatch)
    with pytest.raises(DomainError):
        messaging.post_message(
            contract=contract,
            sender=freelancer,
            body="Let's skip the fees: pay me directly by PayPal to fiona at gmail dot com",
        )
    case = Case.objects.get(target_kind="held_item")
    staff_session(client, trust_safety_staff)
    page = client.get(reverse("trust:case", args=[case.reference])).content.decode()
    assert "Message screener: Asks to pay outside Direct Contracts; shares contact details" in page
    assert f"A held item in the contract “{contract.title}” (#{contract.pk})" in page
    assert "fiona at gmail dot com" in page
    assert "off_platform_payment" not in page
    assert "Prohibited work" not in page


def _queue(client, staff) -> str:
    return staff_session(client, staff).get(reverse("trust:queue")).content.decode()


def test_the_queue_words_a_held_message_by_why_it_was_held_and_its_contract(
    client, trust_safety_staff, freelancer, monkeypatch
):
    from directcontracts.contracts import messaging
    from directcontracts.core.errors import DomainError
    from tests.contracts.factories import active_contract

    contract, _ = active_contract(freelancer, monkeypatch)
    with pytest.raises(DomainError):
        messaging.post_message(
            contract=contract,
            sender=freelancer,
            body="Let's skip the fees: pay me directly by PayPal to fiona at gmail dot com",
        )
    page = _queue(client, trust_safety_staff)
    assert "Message held before delivery: Asks to pay outside Direct Contracts" in page
    assert f"Message in “{contract.title}”" in page
    assert "off_platform_payment" not in page
    assert f"contract:{contract.pk}" not in page
    assert "Held work description" not in page


def test_the_queue_words_a_held_work_title_stored_with_its_policy_code(client, trust_safety_staff):
    raise_concern(
        Concern(
            source="screening",
            target_kind="held_item",
            target_id="attempt:5",
            reason="prohibited_work",
            summary="Held for review (contract): banned.fraudulent",
            evidence={"text": "Write fake reviews"},
        )
    )
    page = _queue(client, trust_safety_staff)
    assert "Work description held for review: fraudulent work" in page
    assert "banned.fraudulent" not in page


def test_the_queue_says_when_a_circumvention_check_ran_in_words(client, trust_safety_staff):
    raise_concern(
        Concern(
            source="circumvention",
            target_kind="circumvention_check",
            target_id="13",
            reason="circumvention",
            summary="Possible existing account (score 6.20) at invitation_accepted",
            evidence={"check": 13},
        )
    )
    page = _queue(client, trust_safety_staff)
    assert "Possible existing account (score 6.20) when the client accepted the invitation" in page
    assert "invitation_accepted" not in page


def test_the_queue_names_the_person_a_case_is_about(client, trust_safety_staff, freelancer):
    raise_concern(
        Concern(
            source="velocity",
            target_kind="user",
            target_id=str(freelancer.pk),
            reason="circumvention",
            summary="Velocity rule “Shared address”: 1 matching events.",
            evidence={},
            subject_user_id=freelancer.pk,
        )
    )
    page = _queue(client, trust_safety_staff)
    assert f'<span data-kind="user">{freelancer.display_name}</span>' in page
    assert f"Person {freelancer.pk}" not in page


def test_the_queue_names_the_contract_of_a_flagged_message(
    client, trust_safety_staff, flagged_message
):
    case, contract, _ = flagged_message
    page = _queue(client, trust_safety_staff)
    assert f'<span data-kind="message">Message in “{contract.title}”</span>' in page


def test_the_queue_offers_its_sources_in_words(client, trust_safety_staff, case):
    page = _queue(client, trust_safety_staff)
    assert '<option value="screening">Work-policy screener</option>' in page


def test_structured_evidence_on_the_case_page_reads_as_a_list(client, trust_safety_staff):
    raise_concern(
        Concern(
            source="velocity",
            target_kind="user",
            target_id="77",
            reason="circumvention",
            summary="Velocity rule “Shared address”: 1 matching events.",
            evidence={
                "rule_name": "Client and freelancer signed in from the same address",
                "event": "contract_accepted",
                "events": [{"contract": 4, "shared_address": "203.0.113.45"}],
            },
        )
    )
    case = Case.objects.get(target_id="77")
    staff_session(client, trust_safety_staff)
    page = client.get(reverse("trust:case", args=[case.reference])).content.decode()
    assert "<dt>Matching events</dt>" in page
    assert "<li>contract #4, shared address 203.0.113.45</li>" in page
    assert "<dd>contract accepted</dd>" in page
    assert "[{" not in page
    assert "{&#x27;" not in page
