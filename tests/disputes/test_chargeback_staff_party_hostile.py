"""A Trust & Safety member who is also the contract's freelancer (staff may work as
freelancers) neither contests the chargeback on their own contract nor reads its evidence
pack, which holds the client's address, browser and payment method: as a party never
mediates its own dispute. Nor does any member who is a party (finance too) read the case:
`403 staff_is_a_party` (core/own_matter.py)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.core.errors import PermissionDenied
from directcontracts.disputes import chargebacks
from directcontracts.disputes.models import ChargebackCase, ChargebackState
from tests.accounts.factories import FreelancerProfileFactory, StaffFactory
from tests.accounts.helpers import sign_in_as
from tests.contracts.helpers import api_caller
from tests.disputes.factories import charged_back_after_release, opened_by_client

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.77"


@pytest.fixture
def staff_freelancer(db):
    member = StaffFactory(
        email="trudy.trust@example.com", groups=["trust_safety"], is_freelancer=True
    )
    FreelancerProfileFactory(user=member)
    return member


@pytest.fixture
def own_case(staff_freelancer, monkeypatch, frozen_clock) -> ChargebackCase:
    _, _, _, case = charged_back_after_release(staff_freelancer, monkeypatch, frozen_clock)
    return case


def test_a_trust_and_safety_member_cannot_contest_a_chargeback_on_their_own_contract(
    staff_freelancer, own_case
):
    with pytest.raises(PermissionDenied) as refused:
        chargebacks.submit_evidence(case=own_case, by=staff_freelancer)
    assert refused.value.code == "staff_is_a_party"
    own_case.refresh_from_db()
    assert own_case.state == ChargebackState.OPEN


def test_another_trust_and_safety_member_still_contests_it(own_case, trust_safety_staff):
    chargebacks.submit_evidence(case=own_case, by=trust_safety_staff)
    own_case.refresh_from_db()
    assert own_case.state == ChargebackState.EVIDENCE_SUBMITTED


def test_the_api_refuses_a_party_the_evidence_pack_and_the_submission(
    client, staff_freelancer, own_case
):
    call = api_caller(client)
    base = f"/staff/chargebacks/{own_case.pk}"
    for method, path in (
        ("get", "/evidence.json"),
        ("get", "/evidence.pdf"),
        ("post", "/submit"),
    ):
        headers = {"Idempotency-Key": "own-case-1"} if method == "post" else {}
        answer = call(staff_freelancer, method, base + path, headers=headers)
        assert (path, answer.status_code) == (path, 403)
        assert answer.json()["error"]["code"] == "staff_is_a_party"


def test_the_case_page_shows_a_party_neither_the_pack_nor_the_clients_address(
    client, staff_freelancer, own_case
):
    bundle = chargebacks.ensure_evidence_pack(own_case).evidence
    bundle["acceptance"]["address"] = ADDRESS
    ChargebackCase.objects.filter(pk=own_case.pk).update(evidence=bundle)
    sign_in_as(client, staff_freelancer)
    page = client.get(reverse("disputes:chargeback", args=[own_case.pk])).content.decode()
    assert ADDRESS not in page
    assert 'data-testid="submit-evidence"' not in page
    assert "You are a party to this contract" in page
    pack = client.get(reverse("disputes:chargeback_json", args=[own_case.pk]))
    assert pack.status_code == 403


@pytest.fixture
def finance_freelancer(db):
    member = StaffFactory(email="fin.freelance@example.com", groups=["finance"], is_freelancer=True)
    FreelancerProfileFactory(user=member)
    return member


def test_the_case_page_is_refused_to_a_trust_and_safety_member_who_is_a_party(
    client, staff_freelancer, own_case
):
    sign_in_as(client, staff_freelancer)
    page = client.get(reverse("disputes:chargeback", args=[own_case.pk]))
    assert page.status_code == 403
    assert 'data-error-code="staff_is_a_party"' in page.content.decode()


def test_a_finance_member_cannot_open_the_chargeback_case_of_their_own_contract(
    client, finance_freelancer, monkeypatch, frozen_clock
):
    _, _, _, case = charged_back_after_release(finance_freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, finance_freelancer)
    page = client.get(reverse("disputes:chargeback", args=[case.pk]))
    text = page.content.decode()
    assert page.status_code == 403
    assert "another finance member must handle it" in text
    assert case.contract.title not in text


def test_the_api_refuses_a_finance_member_the_chargeback_case_of_their_own_contract(
    client, finance_freelancer, monkeypatch, frozen_clock
):
    _, _, _, case = charged_back_after_release(finance_freelancer, monkeypatch, frozen_clock)
    answer = api_caller(client)(finance_freelancer, "get", f"/staff/chargebacks/{case.pk}")
    assert answer.status_code == 403
    assert answer.json()["error"]["code"] == "staff_is_a_party"


def _chargebacks_listed(client, member) -> int:
    sign_in_as(client, member)
    page = client.get(reverse("disputes:chargebacks"))
    assert page.status_code == 200
    return page.context["page"].paginator.count


def test_the_chargeback_list_leaves_out_a_case_on_their_own_contract(
    client, staff_freelancer, own_case
):
    assert _chargebacks_listed(client, staff_freelancer) == 0


def test_another_member_lists_the_chargeback(client, trust_safety_staff, own_case):
    assert _chargebacks_listed(client, trust_safety_staff) == 1


def test_the_dispute_queue_leaves_out_a_dispute_on_their_own_contract(
    client, staff_freelancer, trust_safety_staff, monkeypatch, frozen_clock
):
    *_, dispute = opened_by_client(staff_freelancer, monkeypatch, frozen_clock)
    listed = {}
    for member in (staff_freelancer, trust_safety_staff):
        sign_in_as(client, member)
        page = client.get(reverse("disputes:queue"))
        listed[member.pk] = [row.pk for row in page.context["page"].object_list]
    assert listed == {staff_freelancer.pk: [], trust_safety_staff.pk: [dispute.pk]}
