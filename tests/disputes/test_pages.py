"""Dispute pages for the parties and Trust & Safety (the services have their own tests)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from directcontracts.disputes import services
from directcontracts.disputes.models import ChargebackCase, Dispute, DisputeState, Evidence
from tests.accounts.helpers import sign_in_as
from tests.contracts.factories import active_contract, ended_contract
from tests.disputes.factories import (
    STATEMENT,
    in_mediation,
    opened_by_client,
    submitted_milestone,
    with_proposal,
)
from tests.querycount import queries_made

pytestmark = pytest.mark.django_db


def _page(client, user, url):
    sign_in_as(client, user)
    return client.get(url)


def test_the_contract_page_offers_a_dispute_on_a_milestone_in_escrow(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    page = _page(client, buyer, reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert reverse("disputes:open", args=[contract.pk, milestone.pk]) in page


def test_the_client_opens_a_dispute_from_the_page(client, freelancer, monkeypatch, frozen_clock):
    contract, buyer, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, buyer)
    url = reverse("disputes:open", args=[contract.pk, milestone.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "body": STATEMENT,
            "claim": "200.00",
            "evidence_files": [SimpleUploadedFile("notes.txt", b"What I expected")],
        },
    )
    dispute = Dispute.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("disputes:detail", args=[dispute.pk])
    assert dispute.claim_minor == 20_000
    assert Evidence.objects.filter(statement__dispute=dispute, name="notes.txt").exists()


def test_a_refused_opening_shows_the_reason_with_its_status(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, buyer)
    response = client.post(
        reverse("disputes:open", args=[contract.pk, milestone.pk]),
        {"body": STATEMENT, "claim": "9000"},
    )
    assert response.status_code == 400
    assert "Ask for between" in response.content.decode()
    assert not Dispute.objects.exists()


def test_a_stranger_gets_404_on_every_dispute_page(
    client, freelancer, monkeypatch, frozen_clock, stranger_client
):
    contract, buyer, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    evidence = Evidence.objects.filter(statement__dispute=dispute).first()
    sign_in_as(client, stranger_client)
    urls = [
        reverse("disputes:open", args=[contract.pk, milestone.pk]),
        reverse("disputes:detail", args=[dispute.pk]),
        reverse("contracts:detail", args=[contract.pk]),
        reverse("disputes:dormant", args=[contract.pk]),
        reverse("disputes:queue"),
        reverse("disputes:chargebacks"),
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
    for name in ("statement", "withdraw", "mediate", "propose", "decide", "note"):
        assert client.post(reverse(f"disputes:{name}", args=[dispute.pk])).status_code == 404
    if evidence is not None:
        assert client.get(reverse("disputes:evidence", args=[evidence.pk])).status_code == 404


def test_the_dispute_page_shows_the_countdown_and_what_silence_means(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    page = _page(client, freelancer, reverse("disputes:detail", args=[dispute.pk])).content.decode()
    assert 'data-testid="dispute-countdown"' in page
    assert "Response due in" in page
    assert "5 d 0 h" in page
    assert "you lose by default" in page
    assert STATEMENT in page


def test_the_other_party_responds_from_the_page(client, freelancer, monkeypatch, frozen_clock):
    contract, buyer, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, freelancer)
    response = client.post(
        reverse("disputes:statement", args=[dispute.pk]), {"body": "All delivered."}
    )
    assert response.status_code == 302
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.IN_MEDIATION


def test_parties_never_see_staff_notes(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, buyer, milestone, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    services.add_staff_note(dispute=dispute, by=trust_safety_staff, body="SECRET-NOTE-42")
    for person in (buyer, freelancer):
        page = _page(client, person, reverse("disputes:detail", args=[dispute.pk])).content.decode()
        assert "SECRET-NOTE-42" not in page
    staff_page = _page(client, trust_safety_staff, reverse("disputes:detail", args=[dispute.pk]))
    assert "SECRET-NOTE-42" in staff_page.content.decode()


def test_the_staff_queue_lists_open_disputes_by_deadline(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    _, _, _, later = in_mediation(freelancer, monkeypatch, frozen_clock)
    page = _page(client, trust_safety_staff, reverse("disputes:queue")).content.decode()
    assert f"#{later.pk}" in page
    filtered = client.get(reverse("disputes:queue"), {"state": "awaiting_decision"})
    assert f"#{later.pk}" not in filtered.content.decode()


def test_support_staff_have_no_dispute_queue(client, support_staff):
    assert _page(client, support_staff, reverse("disputes:queue")).status_code == 404


def test_staff_propose_from_the_page(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, buyer, milestone, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, trust_safety_staff)
    response = client.post(
        reverse("disputes:propose", args=[dispute.pk]),
        {"to_freelancer": "300", "to_client": "200", "reason": "Most was delivered."},
    )
    assert response.status_code == 302
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.PROPOSAL_MADE


def test_both_parties_accept_on_the_page_and_the_outcome_shows(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, buyer, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    for person in (buyer, freelancer):
        sign_in_as(client, person)
        response = client.post(reverse("disputes:answer", args=[dispute.pk, "accept"]), {})
        assert response.status_code == 302
    page = client.get(reverse("disputes:detail", args=[dispute.pk])).content.decode()
    assert 'data-testid="dispute-outcome"' in page
    assert "$300.00 to the freelancer and $200.00 back to the client" in page


def test_the_chargeback_pages_and_downloads_are_for_trust_safety(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    from tests.disputes.factories import charged_back_after_release

    contract, buyer, milestone, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock
    )
    sign_in_as(client, trust_safety_staff)
    assert f"#{case.pk}" in client.get(reverse("disputes:chargebacks")).content.decode()
    detail = client.get(reverse("disputes:chargeback", args=[case.pk])).content.decode()
    assert "Evidence pack" in detail
    pdf = client.get(reverse("disputes:chargeback_pdf", args=[case.pk]))
    assert pdf["Content-Type"] == "application/pdf"
    assert b"".join(pdf.streaming_content).startswith(b"%PDF-")
    bundle = client.get(reverse("disputes:chargeback_json", args=[case.pk])).json()
    assert bundle["chargeback"]["case_id"] == case.pk
    response = client.post(
        reverse("disputes:chargeback_submit", args=[case.pk]), {"confirmed": "on"}
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.state == "evidence_submitted"
    sign_in_as(client, freelancer)
    assert client.get(reverse("disputes:chargeback", args=[case.pk])).status_code == 404
    assert ChargebackCase.objects.count() == 1


def test_the_freelancer_requests_dormant_escrow_from_the_page(
    client, freelancer, monkeypatch, frozen_clock
):
    from datetime import UTC, datetime, time, timedelta

    from directcontracts.contracts.models import Milestone
    from directcontracts.disputes import dormancy

    contract, buyer, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    Milestone.objects.filter(pk=milestone.pk).update(state="funded", review_deadline=None)
    last_due = max(m.due_date for m in contract.milestones.all())
    frozen_clock.freeze(datetime.combine(last_due, time.max, tzinfo=UTC) + timedelta(days=76))
    for days in (0, 7, 7):
        frozen_clock.advance(days=days)
        dormancy.run_dormancy()
    sign_in_as(client, freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert reverse("disputes:dormant", args=[contract.pk]) in page
    response = client.post(reverse("disputes:dormant", args=[contract.pk]))
    assert response.status_code == 302


def test_the_dashboard_shows_open_disputes(client, freelancer, monkeypatch, frozen_clock):
    contract, buyer, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    page = _page(client, freelancer, "/").content.decode()
    assert f"Dispute #{dispute.pk}" in page


def _contract_page_sql(client, user, contract):
    """Every statement one load of the contract page makes, joined."""
    sign_in_as(client, user)
    url = reverse("contracts:detail", args=[contract.pk])
    return " ".join(queries_made(lambda: client.get(url)))


def _declined(freelancer, monkeypatch, frozen_clock):
    from directcontracts.contracts import escrow

    contract, buyer, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    request = escrow.request_refund(milestone=milestone, by=buyer, reason="Not needed any more")
    escrow.answer_refund_request(request=request, by=freelancer, accept=False, note="Work done")
    return contract, buyer


def test_the_clients_contract_page_says_a_declined_refund_can_go_to_a_mediator(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer = _declined(freelancer, monkeypatch, frozen_clock)
    page = _page(client, buyer, reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert "Your refund request was declined: a mediator can look at both sides." in page


def test_the_freelancers_contract_page_does_not_read_declined_refunds(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer = _declined(freelancer, monkeypatch, frozen_clock)
    page = _page(client, freelancer, reverse("contracts:detail", args=[contract.pk]))
    assert "a mediator can look at both sides" not in page.content.decode()
    assert "'declined'" not in _contract_page_sql(client, freelancer, contract)


def test_the_clients_contract_page_does_not_read_dormant_escrow(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    settings.CONTRACT_PAGE_CACHE = False  # the rendering's queries, not the cache's fingerprint
    contract, buyer, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    assert "disputes_dormancycase" not in _contract_page_sql(client, buyer, contract)


def _claim_error(response) -> tuple[str, str]:
    """(the claim field's error, the error summary), as the page shows them."""
    page = response.content.decode()
    field_error = page.split('id="id_claim_error"', 1)[1].split("</ul>", 1)[0]
    summary = page.split('id="error-summary"', 1)[1].split("</div>", 1)[0]
    return field_error, summary


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("9000", "Ask for between $0.01 and $500.00"),
        ("0", "Ask for between $0.01 and $500.00"),
        ("-5", "Enter an amount such as 250"),
        ("lots", "Enter an amount such as 250"),
    ],
)
def test_a_claim_the_escrow_cannot_pay_is_shown_at_the_amount_field_keeping_what_was_typed(
    client, freelancer, monkeypatch, frozen_clock, typed, words
):
    contract, buyer, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, buyer)
    response = client.post(
        reverse("disputes:open", args=[contract.pk, milestone.pk]),
        {"body": STATEMENT, "claim": typed},
    )
    assert response.status_code == 400
    field_error, summary = _claim_error(response)
    page = response.content.decode()
    assert 'aria-describedby="id_claim_helptext id_claim_error"' in page
    assert f'name="claim" value="{typed}"' in page
    assert STATEMENT in page
    assert 'href="#id_claim"' in summary
    assert "What you ask for:" in summary
    assert 'class="message message-error" role="alert" data-error-code' not in page
    assert words in field_error
    assert words in summary
    assert not Dispute.objects.exists()


def _staff_who_may_read_contracts():
    from django.contrib.auth.models import Permission

    from tests.accounts.factories import StaffFactory

    staff = StaffFactory(email="rita.reader@example.com", groups=["trust_safety"])
    staff.user_permissions.add(
        Permission.objects.get(content_type__app_label="contracts", codename="view_contract")
    )
    return staff


def test_a_partys_dispute_list_links_the_contract_by_its_title(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    page = _page(client, buyer, reverse("disputes:list")).content.decode()
    assert (
        f'<a href="{reverse("contracts:detail", args=[contract.pk])}">{contract.title}</a>' in page
    )


def test_the_dispute_queue_names_the_contract_without_a_link_staff_could_not_open(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, buyer, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    page = _page(client, trust_safety_staff, reverse("disputes:queue")).content.decode()
    assert contract.title in page
    assert reverse("contracts:detail", args=[contract.pk]) not in page
    assert reverse("admin:contracts_contract_change", args=[contract.pk]) not in page


def test_the_dispute_queue_links_the_contract_in_the_back_office_for_staff_who_may_read_it(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    reader = _staff_who_may_read_contracts()
    page = _page(client, reader, reverse("disputes:queue")).content.decode()
    link = reverse("admin:contracts_contract_change", args=[contract.pk])
    assert f'<a href="{link}">{contract.title}</a>' in page
    assert client.get(link).status_code == 200
    assert reverse("contracts:detail", args=[contract.pk]) not in page


def test_the_chargeback_list_links_the_contract_only_for_staff_who_may_open_it(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    from tests.disputes.factories import charged_back_after_release

    contract, buyer, milestone, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock
    )
    link = reverse("admin:contracts_contract_change", args=[contract.pk])
    plain = _page(client, trust_safety_staff, reverse("disputes:chargebacks")).content.decode()
    assert contract.title in plain
    assert link not in plain
    assert reverse("contracts:detail", args=[contract.pk]) not in plain
    reader = _page(client, _staff_who_may_read_contracts(), reverse("disputes:chargebacks"))
    assert f'<a href="{link}">{contract.title}</a>' in reader.content.decode()


def test_the_chargeback_page_links_the_contract_for_staff_who_may_read_it(
    client, freelancer, monkeypatch, frozen_clock
):
    from tests.disputes.factories import charged_back_after_release

    contract, buyer, milestone, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock
    )
    page = _page(
        client, _staff_who_may_read_contracts(), reverse("disputes:chargeback", args=[case.pk])
    )
    link = reverse("admin:contracts_contract_change", args=[contract.pk])
    assert f'<a href="{link}">{contract.title}</a>' in page.content.decode()


def _with_evidence_file(freelancer, monkeypatch, frozen_clock):
    import hashlib

    from directcontracts.contracts.deliverables import IncomingFile

    content = b"What the brief asked for, page by page."
    contract, buyer, milestone, dispute = opened_by_client(
        freelancer,
        monkeypatch,
        frozen_clock,
        evidence=services.EvidenceInput(files=[IncomingFile("brief.txt", content)]),
    )
    return dispute, buyer, hashlib.sha256(content).hexdigest()


def test_parties_read_a_short_file_hash_with_the_whole_one_in_its_title(
    client, freelancer, monkeypatch, frozen_clock
):
    dispute, buyer, digest = _with_evidence_file(freelancer, monkeypatch, frozen_clock)
    page = _page(client, freelancer, reverse("disputes:detail", args=[dispute.pk])).content.decode()
    assert f'<span class="hash" title="SHA-256 {digest}">SHA-256 {digest[:12]}…</span>' in page
    assert page.count(digest) == 1


def test_trust_and_safety_read_the_whole_file_hash(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    dispute, buyer, digest = _with_evidence_file(freelancer, monkeypatch, frozen_clock)
    page = _page(client, trust_safety_staff, reverse("disputes:detail", args=[dispute.pk]))
    assert f'<span class="hash">SHA-256 {digest}</span>' in page.content.decode()


def _field_error(page: str, field: str) -> str:
    return page.split(f'id="id_{field}_error"', 1)[1].split("</ul>", 1)[0]


def _proposal_refused(client, dispute, mediator, data: dict[str, str]) -> str:
    """The mediator's proposal form posted with `data`, refused 400: the page it answers."""
    sign_in_as(client, mediator)
    response = client.post(reverse("disputes:propose", args=[dispute.pk]), data)
    assert response.status_code == 400
    return response.content.decode()


def test_a_proposal_that_does_not_add_up_is_shown_at_the_share_keeping_what_was_typed(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    page = _proposal_refused(
        client,
        in_mediation(freelancer, monkeypatch, frozen_clock)[3],
        trust_safety_staff,
        {"to_freelancer": "300", "to_client": "300", "reason": "Too much."},
    )
    assert "must add up to what escrow holds" in _field_error(page, "to_freelancer")
    assert 'href="#id_to_freelancer"' in page.split('id="error-summary"', 1)[1]
    assert 'name="to_client" value="300"' in page
    assert "Too much.</textarea>" in page
    assert 'role="alert" data-error-code' not in page


def test_a_share_that_is_not_an_amount_is_shown_at_that_share(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    page = _proposal_refused(
        client,
        in_mediation(freelancer, monkeypatch, frozen_clock)[3],
        trust_safety_staff,
        {"to_freelancer": "500", "to_client": "nothing", "reason": "All delivered."},
    )
    assert "Enter an amount such as 250" in _field_error(page, "to_client")
    assert 'id="id_to_freelancer_error"' not in page
    assert 'name="to_client" value="nothing"' in page


def test_a_statement_left_empty_is_shown_at_its_field(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, freelancer)
    response = client.post(reverse("disputes:statement", args=[dispute.pk]), {"body": ""})
    page = response.content.decode()
    assert response.status_code == 400
    assert _field_error(page, "body").strip()
    assert 'href="#id_body"' in page.split('id="error-summary"', 1)[1]


def _chargeback_case(freelancer, monkeypatch, frozen_clock):
    from tests.disputes.factories import charged_back_after_release

    return charged_back_after_release(freelancer, monkeypatch, frozen_clock)[3]


def test_finance_read_the_chargeback_list(
    client, freelancer, monkeypatch, frozen_clock, finance_staff
):
    case = _chargeback_case(freelancer, monkeypatch, frozen_clock)
    response = _page(client, finance_staff, reverse("disputes:chargebacks"))
    assert response.status_code == 200
    assert reverse("disputes:chargeback", args=[case.pk]) in response.content.decode()


def test_the_chargeback_list_does_not_link_the_dispute_queue_for_finance(
    client, freelancer, monkeypatch, frozen_clock, finance_staff
):
    _chargeback_case(freelancer, monkeypatch, frozen_clock)
    page = _page(client, finance_staff, reverse("disputes:chargebacks")).content.decode()
    assert reverse("disputes:queue") not in page


def test_finance_read_a_chargeback_case_without_the_submit_button(
    client, freelancer, monkeypatch, frozen_clock, finance_staff
):
    case = _chargeback_case(freelancer, monkeypatch, frozen_clock)
    response = _page(client, finance_staff, reverse("disputes:chargeback", args=[case.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Evidence pack" in page
    assert reverse("disputes:chargeback_submit", args=[case.pk]) not in page


def test_finance_cannot_submit_a_chargebacks_evidence_pack(
    client, freelancer, monkeypatch, frozen_clock, finance_staff
):
    case = _chargeback_case(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, finance_staff)
    response = client.post(reverse("disputes:chargeback_submit", args=[case.pk]))
    assert response.status_code == 403
    case.refresh_from_db()
    assert case.state == "open"


def test_support_staff_cannot_open_the_chargebacks(
    client, freelancer, monkeypatch, frozen_clock, support_staff
):
    case = _chargeback_case(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, support_staff)
    assert client.get(reverse("disputes:chargebacks")).status_code == 404
    assert client.get(reverse("disputes:chargeback", args=[case.pk])).status_code == 404


# --- A dispute page whose action is no longer possible says why, without a form -------------------


def _open_page(client, user, milestone):
    return _page(client, user, reverse("disputes:open", args=[milestone.contract_id, milestone.pk]))


def test_the_open_page_of_a_milestone_without_money_in_escrow_answers_409_with_the_reason(
    client, freelancer, monkeypatch
):
    contract, buyer = active_contract(freelancer, monkeypatch)
    unfunded = contract.milestones.order_by("position").first()
    response = _open_page(client, buyer, unfunded)
    page = response.content.decode()
    assert response.status_code == 409
    assert 'data-error-code="milestone_not_disputable"' in page
    assert "Only a milestone with money in escrow can be disputed" in page
    assert 'data-testid="open-dispute"' not in page
    assert 'name="body"' not in page


def test_the_open_page_of_a_milestone_already_disputed_answers_409_and_links_the_dispute(
    client, freelancer, monkeypatch, frozen_clock
):
    _contract, buyer, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    response = _open_page(client, freelancer, milestone)
    page = response.content.decode()
    assert response.status_code == 409
    assert 'data-error-code="dispute_already_open"' in page
    assert reverse("disputes:detail", args=[dispute.pk]) in page
    assert 'name="body"' not in page


def test_the_open_page_on_an_ended_contract_answers_409_naming_the_contracts_state(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer = ended_contract(freelancer, monkeypatch, frozen_clock)
    response = _open_page(client, buyer, contract.milestones.get(position=1))
    page = response.content.decode()
    assert response.status_code == 409
    assert "the contract is ended" in page
    assert 'name="body"' not in page


def test_posting_an_empty_dispute_form_where_no_dispute_is_possible_answers_409_not_400(
    client, freelancer, monkeypatch
):
    contract, buyer = active_contract(freelancer, monkeypatch)
    unfunded = contract.milestones.order_by("position").first()
    sign_in_as(client, buyer)
    response = client.post(reverse("disputes:open", args=[contract.pk, unfunded.pk]), {})
    assert response.status_code == 409
    assert 'data-error-code="milestone_not_disputable"' in response.content.decode()


def test_a_withdrawn_disputes_page_offers_no_statement_evidence_or_withdraw_form(
    client, freelancer, monkeypatch, frozen_clock
):
    _contract, buyer, _milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    services.withdraw_dispute(dispute=dispute, by=buyer)
    for user in (buyer, freelancer):
        page = _page(client, user, reverse("disputes:detail", args=[dispute.pk])).content.decode()
        assert reverse("disputes:statement", args=[dispute.pk]) not in page
        assert reverse("disputes:withdraw", args=[dispute.pk]) not in page
        assert 'name="evidence_files"' not in page


@pytest.mark.parametrize("name", ["statement", "withdraw"])
def test_the_respond_and_withdraw_addresses_take_no_get_so_show_no_form(
    client, freelancer, monkeypatch, frozen_clock, name
):
    _contract, buyer, _milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    response = _page(client, buyer, reverse(f"disputes:{name}", args=[dispute.pk]))
    assert response.status_code == 405


def test_the_party_who_owes_the_response_reads_that_it_is_theirs_to_give(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    url = reverse("disputes:detail", args=[dispute.pk])
    page = _page(client, freelancer, url).content.decode()
    assert 'data-testid="dispute-state">Waiting for your response<' in page
    page = _page(client, buyer, url).content.decode()
    waiting = f"Waiting for {freelancer.display_name}&#x27;s response"
    assert f'data-testid="dispute-state">{waiting}<' in page


def test_an_empty_dispute_statement_says_what_is_needed(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, buyer)
    response = client.post(reverse("disputes:open", args=[contract.pk, milestone.pk]), {})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Your side: Describe what went wrong, in your own words." in page
    assert "This field is required." not in page
    assert not Dispute.objects.exists()


def test_a_file_delivered_twice_under_one_name_is_told_apart_by_its_delivery(
    client, freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts import escrow
    from directcontracts.contracts.deliverables import IncomingFile
    from tests.contracts.factories import funded_milestone

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(
        milestone=milestone, by=freelancer, message="First", files=[IncomingFile("logo.txt", b"A")]
    )
    escrow.request_changes(milestone=milestone, by=buyer, message="A serif, please.")
    escrow.submit_work(
        milestone=milestone, by=freelancer, message="Again", files=[IncomingFile("logo.txt", b"B")]
    )
    form = _page(client, buyer, reverse("disputes:open", args=[contract.pk, milestone.pk])).context[
        "form"
    ]
    labels = [label for _pk, label in form.fields["deliverable_files"].choices]
    assert labels == [
        f"{milestone.title}, delivery 1: logo.txt",
        f"{milestone.title}, delivery 2: logo.txt",
    ]


def test_work_delivered_into_a_disputed_escrow_does_not_say_the_review_period_started(
    client, freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts.models import Milestone
    from tests.contracts.factories import funded_milestone

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    services.open_dispute(milestone=milestone, by=buyer, statement=STATEMENT)
    sign_in_as(client, freelancer)
    response = client.post(
        reverse("contracts:submit", args=[contract.pk, milestone.pk]),
        {"message": "The style guide."},
        follow=True,
    )
    said = [str(m) for m in response.context["messages"]]
    assert said == [
        "Work submitted. The client's review clock stays stopped while the escrow is frozen: "
        "it starts when the freeze is lifted."
    ]
    assert Milestone.objects.get(pk=milestone.pk).review_deadline is None


def test_a_contract_page_without_an_open_dispute_reads_no_proposal_answers(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    settings.CONTRACT_PAGE_CACHE = False  # the rendering's queries, not the cache's fingerprint
    contract, buyer, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    sql = _contract_page_sql(client, buyer, contract)
    assert "disputes_dispute" in sql
    assert "disputes_proposal" not in sql


def test_a_contract_page_with_an_open_dispute_shows_whose_answer_is_awaited(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, buyer, _, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    services.answer_proposal(dispute=dispute, by=buyer, accept=True)
    url = reverse("contracts:detail", args=[contract.pk])
    assert "You answered the mediator&#x27;s proposal" in _page(client, buyer, url).content.decode()
    theirs = _page(client, freelancer, url).content.decode()
    assert "You answered the mediator" not in theirs
    assert "to answer the proposal" in theirs


def test_a_dashboard_without_an_open_dispute_reads_disputes_without_joins_or_subqueries(
    client, freelancer, monkeypatch, frozen_clock
):
    submitted_milestone(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, freelancer)
    on_disputes = [s for s in queries_made(lambda: client.get("/")) if "disputes_" in s]
    assert len(on_disputes) == 1
    assert "JOIN" not in on_disputes[0].replace('INNER JOIN "contracts_contract"', "")
    assert "disputes_proposal" not in on_disputes[0]
