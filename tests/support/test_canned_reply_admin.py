"""Canned replies edited in the back office go on the audit trail with the reason."""

from __future__ import annotations

import pytest

from directcontracts.support.models import CannedReply
from directcontracts.trust.models import AuditEntry
from tests.accounts.helpers import sign_in_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def canned(support_staff):
    return CannedReply.objects.create(title="Fee explained", body="Hello {name}, the fee is 3%.")


def _change(client, canned, **fields):
    form = {"title": canned.title, "body": canned.body, "is_active": "on"}
    form.update(fields)
    return client.post(f"/admin/support/cannedreply/{canned.pk}/change/", form)


def test_a_canned_reply_changed_in_the_back_office_is_audited_with_the_reason_and_both_texts(
    client, support_staff, canned
):
    sign_in_staff(client, support_staff)
    response = _change(
        client, canned, body="Hello {name}, the fee is 2.9%.", change_reason="The fee changed."
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = AuditEntry.objects.get(action="cannedreply_changed")
    assert (entry.actor, entry.case, entry.reason) == (support_staff, None, "The fee changed.")
    assert entry.data["id"] == canned.pk
    assert entry.data["from"]["body"] == "Hello {name}, the fee is 3%."
    assert entry.data["to"]["body"] == "Hello {name}, the fee is 2.9%."


def test_a_canned_reply_added_in_the_back_office_is_audited_with_what_it_says(
    client, support_staff
):
    sign_in_staff(client, support_staff)
    response = client.post(
        "/admin/support/cannedreply/add/",
        {"title": "Refunds", "body": "Refunds take 5 days.", "is_active": "on",
         "change_reason": "Asked every day."},
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = AuditEntry.objects.get(action="cannedreply_added")
    assert (entry.actor, entry.reason) == (support_staff, "Asked every day.")
    assert entry.data["to"]["title"] == "Refunds"


def test_a_canned_reply_change_without_a_reason_is_refused_and_changes_nothing(
    client, support_staff, canned
):
    sign_in_staff(client, support_staff)
    response = _change(client, canned, body="Something else.", change_reason="  ")
    assert response.status_code == 200
    assert "Reason for this change" in response.text
    canned.refresh_from_db()
    assert canned.body == "Hello {name}, the fee is 3%."
    assert not AuditEntry.objects.exists()


def test_a_canned_reply_is_made_inactive_not_deleted_in_the_back_office(
    client, support_staff, canned
):
    sign_in_staff(client, support_staff)
    response = client.post(f"/admin/support/cannedreply/{canned.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert CannedReply.objects.filter(pk=canned.pk).exists()
