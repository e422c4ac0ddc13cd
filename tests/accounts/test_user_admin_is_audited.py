"""A superuser's changes to people in the back office go on the staff audit trail with the
reason and the values before and after; what can't be audited there (deleting a person,
setting their password, editing a staff group's permissions) is refused."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from directcontracts.accounts.models import User
from directcontracts.trust.models import AuditEntry
from tests.accounts.factories import ClientFactory, StaffFactory
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(db):
    return StaffFactory(email="ada.admin@example.com", is_superuser=True)


def _user_form(person: User, **fields) -> dict[str, object]:
    form: dict[str, object] = {
        "email": person.email,
        "full_name": person.full_name,
        "is_active": "on",
        "is_client": "on" if person.is_client else None,
        "is_freelancer": "on" if person.is_freelancer else None,
        "date_joined_0": "2026-01-01",
        "date_joined_1": "00:00:00",
        "freelancer_profile-TOTAL_FORMS": "0",
        "freelancer_profile-INITIAL_FORMS": "0",
        "client_profile-TOTAL_FORMS": "0",
        "client_profile-INITIAL_FORMS": "0",
    }
    form.update(fields)
    return {name: value for name, value in form.items() if value is not None}


def _change(client, person: User, **fields):
    return client.post(f"/admin/accounts/user/{person.pk}/change/", _user_form(person, **fields))


def test_making_someone_staff_in_the_back_office_is_audited_with_the_reason_and_their_groups(
    client, superuser
):
    person = ClientFactory(email="cleo@example.com")
    trust = Group.objects.get_or_create(name="trust_safety")[0]
    staff_session(client, superuser)
    response = _change(
        client, person, is_staff="on", groups=[trust.pk], change_reason="Joins T&S today."
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    entry = AuditEntry.objects.get(action="user_changed")
    assert (entry.actor, entry.case, entry.reason) == (superuser, None, "Joins T&S today.")
    assert entry.data["id"] == person.pk
    assert entry.data["from"] == {"is_staff": False, "groups": []}
    assert entry.data["to"] == {"is_staff": True, "groups": ["trust_safety"]}


def test_a_change_to_a_person_without_a_reason_is_refused_and_changes_nothing(client, superuser):
    person = ClientFactory(email="cleo@example.com")
    staff_session(client, superuser)
    response = _change(client, person, is_staff="on", change_reason="")
    assert response.status_code == 200
    person.refresh_from_db()
    assert person.is_staff is False
    assert not AuditEntry.objects.exists()


def test_the_audit_entry_of_a_person_changed_in_the_back_office_never_holds_a_password(
    client, superuser
):
    person = ClientFactory(email="cleo@example.com")
    staff_session(client, superuser)
    _change(client, person, full_name="Cleo Renamed", change_reason="Asked by the person.")
    entry = AuditEntry.objects.get(action="user_changed")
    assert entry.data["to"] == {"full_name": "Cleo Renamed"}
    assert person.password not in str(entry.data)


def test_a_person_added_in_the_back_office_is_audited_with_the_reason(client, superuser):
    staff_session(client, superuser)
    response = client.post(
        "/admin/accounts/user/add/",
        {
            "email": "new.staff@example.com",
            "password1": "a-long-enough-passphrase-2026",
            "password2": "a-long-enough-passphrase-2026",
            "usable_password": "true",
            "change_reason": "New support colleague.",
            "freelancer_profile-TOTAL_FORMS": "0",
            "freelancer_profile-INITIAL_FORMS": "0",
            "client_profile-TOTAL_FORMS": "0",
            "client_profile-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    entry = AuditEntry.objects.get(action="user_added")
    added = User.objects.get(email="new.staff@example.com")
    assert (entry.actor, entry.reason, entry.data["id"]) == (
        superuser,
        "New support colleague.",
        added.pk,
    )
    assert entry.data["password_set"] is True
    assert added.password not in str(entry.data)


def test_a_person_is_never_deleted_in_the_back_office(client, superuser):
    person = ClientFactory(email="cleo@example.com")
    staff_session(client, superuser)
    response = client.post(f"/admin/accounts/user/{person.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert User.objects.filter(pk=person.pk).exists()


def test_a_persons_password_is_never_set_in_the_back_office(client, superuser):
    person = ClientFactory(email="cleo@example.com")
    old_hash = person.password
    staff_session(client, superuser)
    response = client.post(
        f"/admin/accounts/user/{person.pk}/password/",
        {"password1": "chosen-by-staff-2026", "password2": "chosen-by-staff-2026"},
    )
    assert response.status_code == 403
    person.refresh_from_db()
    assert person.password == old_hash


def test_a_staff_groups_permissions_are_never_edited_in_the_back_office(client, superuser):
    support = Group.objects.get_or_create(name="support")[0]
    staff_session(client, superuser)
    response = client.post(
        f"/admin/auth/group/{support.pk}/change/", {"name": "support", "permissions": []}
    )
    assert response.status_code == 403
    assert client.post("/admin/auth/group/add/", {"name": "root"}).status_code == 403
