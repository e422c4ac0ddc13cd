"""Signing keys are retired by the command, never deleted in the back office: a deleted key
would leave what it signed unexplained, and nothing would audit the deletion. The verifier's
other records (signed requests, suspicious domains) are read only there too."""

from __future__ import annotations

import pytest

from directcontracts.verification import keys
from directcontracts.verification.models import SignedRequest, SuspiciousDomain, VerificationKey
from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(db):
    return StaffFactory(email="ada.admin@example.com", is_superuser=True)


def test_a_superuser_cannot_delete_a_signing_key_in_the_back_office(client, superuser):
    key = keys.active_key()
    staff_session(client, superuser)
    url = f"/admin/verification/verificationkey/{key.pk}/delete/"
    assert client.get(url).status_code == 403
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert VerificationKey.objects.filter(pk=key.pk).exists()


def test_the_key_list_offers_no_bulk_delete(client, superuser):
    key = keys.active_key()
    staff_session(client, superuser)
    client.post(
        "/admin/verification/verificationkey/",
        {"action": "delete_selected", "_selected_action": [key.pk], "post": "yes"},
    )
    assert (
        'value="delete_selected"'
        not in client.get("/admin/verification/verificationkey/").content.decode()
    )
    assert VerificationKey.objects.filter(pk=key.pk).exists()


@pytest.mark.parametrize("model", [SignedRequest, SuspiciousDomain])
def test_the_verifiers_records_cannot_be_deleted_in_the_back_office(client, superuser, model):
    staff_session(client, superuser)
    url = f"/admin/verification/{model._meta.model_name}/1/delete/"
    assert client.get(url).status_code == 403
