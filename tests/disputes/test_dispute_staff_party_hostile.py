"""A Trust & Safety member who is a party to a disputed contract (staff may also be clients
or freelancers) reads their own dispute as a party: not the staff notes or internal events
the other Trust & Safety members write about it, and not the delivered work before it is
paid for (the full file of a delivered-file evidence item is for mediation staff only)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from directcontracts.contracts import escrow
from directcontracts.contracts.deliverables import IncomingFile
from directcontracts.disputes import services
from directcontracts.disputes.models import Evidence, EvidenceKind
from tests.accounts.helpers import sign_in_as, staff_session
from tests.contracts.factories import funded_milestone
from tests.contracts.helpers import api_caller
from tests.disputes.factories import STATEMENT

pytestmark = pytest.mark.django_db

NOTE = "Second opinion: the client's company had a chargeback with us last year."
WORK = b"The full delivered design, unpaid for.\n"


@pytest.fixture
def dispute_of_a_staff_client(freelancer, monkeypatch, frozen_clock, trust_safety_staff):
    """The client, a Trust & Safety member, disputes the delivered work, pointing at the
    delivered file; another member writes a staff note."""
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.is_staff = True
    client.save(update_fields=["is_staff"])
    client.groups.add(Group.objects.get_or_create(name="trust_safety")[0])
    escrow.submit_work(
        milestone=milestone,
        by=freelancer,
        message="Designs attached",
        files=[IncomingFile(name="design.txt", content=WORK)],
    )
    delivered = milestone.deliverables.get().files.get()
    dispute = services.open_dispute(
        milestone=milestone,
        by=client,
        statement=STATEMENT,
        evidence=services.EvidenceInput(deliverable_file_ids=[delivered.pk]),
    )
    services.add_staff_note(dispute=dispute, by=trust_safety_staff, body=NOTE)
    return client, dispute


def test_a_staff_party_cannot_download_the_delivered_file_through_the_evidence(
    client, dispute_of_a_staff_client
):
    staff_client, dispute = dispute_of_a_staff_client
    item = Evidence.objects.get(statement__dispute=dispute, kind=EvidenceKind.DELIVERABLE)
    staff_session(client, staff_client)
    answer = client.get(reverse("disputes:evidence", args=[item.pk]))
    assert answer.status_code == 404
    assert WORK not in b"".join(getattr(answer, "streaming_content", [answer.content]))


def test_mediation_staff_still_download_the_delivered_file(
    client, dispute_of_a_staff_client, trust_safety_staff
):
    _, dispute = dispute_of_a_staff_client
    item = Evidence.objects.get(statement__dispute=dispute, kind=EvidenceKind.DELIVERABLE)
    sign_in_as(client, trust_safety_staff)
    answer = client.get(reverse("disputes:evidence", args=[item.pk]))
    assert answer.status_code == 200
    assert b"".join(answer.streaming_content) == WORK


def test_a_staff_party_reads_no_staff_notes_on_their_own_disputes_page(
    client, dispute_of_a_staff_client
):
    staff_client, dispute = dispute_of_a_staff_client
    staff_session(client, staff_client)
    page = client.get(reverse("disputes:detail", args=[dispute.pk])).content.decode()
    assert "Second opinion" not in page


def test_a_staff_party_reads_no_staff_notes_or_internal_events_in_the_api(
    client, dispute_of_a_staff_client
):
    staff_client, dispute = dispute_of_a_staff_client
    body = api_caller(client)(staff_client, "get", f"/disputes/{dispute.pk}").json()
    assert body["staff_notes"] is None
    assert not [e for e in body["events"] if e["internal"]]
    assert "Second opinion" not in str(body)
