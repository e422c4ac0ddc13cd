"""Download your data: what the ZIP holds (and never holds), who can fetch it, for how long."""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from directcontracts.accounts import data_export
from directcontracts.accounts.models import DataExport, DataExportState
from directcontracts.contracts.messaging import post_message
from directcontracts.core import clock
from directcontracts.core.errors import DomainError, RateLimited
from directcontracts.payments.models import PaymentMethod
from directcontracts.support.models import MessageKind, TicketMessage
from directcontracts.trust.models import Flag, FlagReason
from tests.contracts.factories import active_contract, card, draft_contract
from tests.support.factories import TicketFactory


@pytest.fixture(autouse=True)
def _exports_in_tmp(settings, tmp_path):
    settings.DATA_EXPORT_DIR = tmp_path / "exports"


def _ready_export(user, capture) -> DataExport:
    with capture(execute=True):
        export = data_export.request_data_export(user=user)
    export.refresh_from_db()
    assert export.state == DataExportState.READY
    return export


def _zip_files(export: DataExport) -> dict[str, str]:
    path = data_export.export_dir() / export.file_name
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode() for name in archive.namelist()}


def _download_path(export: DataExport) -> str:
    return reverse(
        "accounts:download_data_export", kwargs={"token": data_export.make_token(export)}
    )


@pytest.fixture
def contract_with_private_data(freelancer, monkeypatch):
    """An active contract whose client has a saved card, a hidden email, a support request
    with a staff note, and the freelancer a flag and a message in the thread."""
    contract, client = active_contract(freelancer, monkeypatch)
    card(client)
    post_message(contract=contract, sender=freelancer, body="Here is the first draft.")
    post_message(contract=contract, sender=client, body="Looks great, thank you.")
    ticket = TicketFactory(reference="HELP-0001", requester=freelancer)
    TicketMessage.objects.create(ticket=ticket, kind=MessageKind.CUSTOMER, body="Any news?")
    TicketMessage.objects.create(
        ticket=ticket, kind=MessageKind.NOTE, body="INTERNAL-NOTE: this person seems fine"
    )
    Flag.objects.create(
        reference="FLAG-0001",
        reporter=freelancer,
        target_kind="contract",
        target_id=str(contract.pk),
        reason=FlagReason.values[0],
        details="Spam in the thread",
    )
    return contract, client


def test_export_holds_the_persons_own_contracts_messages_tickets_and_flags(
    freelancer, contract_with_private_data, django_capture_on_commit_callbacks
):
    contract, _client = contract_with_private_data
    files = _zip_files(_ready_export(freelancer, django_capture_on_commit_callbacks))
    profile = json.loads(files["profile.json"])["profile"]
    assert profile["email"] == freelancer.email
    contracts = json.loads(files["contracts.json"])["contracts"]
    assert [c["id"] for c in contracts] == [contract.pk]
    assert contracts[0]["your_role"] == "freelancer"
    assert len(contracts[0]["milestones"]) == 2
    assert [m["body"] for m in contracts[0]["messages"]] == [
        "Here is the first draft.",
        "Looks great, thank you.",
    ]
    tickets = json.loads(files["support_requests.json"])["support_requests"]
    assert [t["reference"] for t in tickets] == ["HELP-0001"]
    assert [f["reference"] for f in json.loads(files["flags.json"])["flags"]] == ["FLAG-0001"]
    assert {"notices.json", "ledger_statement.json", "payouts.json"} <= set(files)


def test_export_never_holds_the_other_partys_private_data_or_staff_notes(
    freelancer, contract_with_private_data, django_capture_on_commit_callbacks
):
    _contract, client = contract_with_private_data
    text = "\n".join(
        _zip_files(_ready_export(freelancer, django_capture_on_commit_callbacks)).values()
    )
    method = PaymentMethod.objects.get(owner=client)
    assert client.email not in text
    assert method.token not in text
    assert method.fingerprint not in text
    assert "INTERNAL-NOTE" not in text
    assert "Nora's Bakery" not in text  # the client's company, from their own profile
    assert "screening" not in text.lower()
    assert "circumvention" not in text.lower()


def test_ready_export_is_emailed_with_a_link_that_downloads_the_zip(
    client, freelancer, django_capture_on_commit_callbacks
):
    export = _ready_export(freelancer, django_capture_on_commit_callbacks)
    link = re.search(r"https?://\S+/settings/data-export/download/\S+/", mail.outbox[-1].body)
    assert link, mail.outbox[-1].body
    client.force_login(freelancer)
    response = client.get(
        link.group(0).split("testserver")[-1].replace("http://127.0.0.1:8000", "")
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    body = b"".join(response.streaming_content)
    assert zipfile.ZipFile(io.BytesIO(body)).namelist()
    assert export.pk


def test_another_persons_download_link_is_not_found(
    client, freelancer, stranger_freelancer, django_capture_on_commit_callbacks
):
    export = _ready_export(freelancer, django_capture_on_commit_callbacks)
    client.force_login(stranger_freelancer)
    response = client.get(_download_path(export))
    assert response.status_code == 404


def test_download_link_needs_a_signed_in_person(
    client, freelancer, django_capture_on_commit_callbacks
):
    export = _ready_export(freelancer, django_capture_on_commit_callbacks)
    response = client.get(_download_path(export))
    assert response.status_code == 302
    assert reverse("accounts:sign_in") in response["Location"]


def test_expired_download_link_is_refused_with_400(
    client, freelancer, frozen_clock, django_capture_on_commit_callbacks
):
    export = _ready_export(freelancer, django_capture_on_commit_callbacks)
    path = _download_path(export)
    clock.advance(days=8)
    client.force_login(freelancer)
    response = client.get(path)
    assert response.status_code == 400
    assert b'data-error-code="link_expired"' in response.content


def test_altered_download_link_is_refused_with_400(
    client, freelancer, django_capture_on_commit_callbacks
):
    export = _ready_export(freelancer, django_capture_on_commit_callbacks)
    client.force_login(freelancer)
    response = client.get(_download_path(export)[:-3] + "xx/")
    assert response.status_code == 400


def test_second_request_while_one_is_pending_says_so(freelancer):
    # No on-commit callbacks run here: the first export stays pending.
    data_export.request_data_export(user=freelancer)
    with pytest.raises(DomainError) as info:
        data_export.request_data_export(user=freelancer)
    assert info.value.code == "export_in_progress"
    assert info.value.status == 409


def test_fourth_request_in_a_day_is_rate_limited(freelancer, django_capture_on_commit_callbacks):
    for _ in range(3):
        _ready_export(freelancer, django_capture_on_commit_callbacks)
    with pytest.raises(RateLimited) as info:
        data_export.request_data_export(user=freelancer)
    assert info.value.code == "rate_limited"


def test_expired_export_file_is_deleted_on_the_next_request(
    freelancer, frozen_clock, django_capture_on_commit_callbacks
):
    old = _ready_export(freelancer, django_capture_on_commit_callbacks)
    old_path = data_export.export_dir() / old.file_name
    clock.advance(days=8)
    _ready_export(freelancer, django_capture_on_commit_callbacks)
    old.refresh_from_db()
    assert old.state == DataExportState.EXPIRED
    assert not old_path.exists()


def test_purge_task_deletes_expired_exports(
    freelancer, frozen_clock, django_capture_on_commit_callbacks
):
    export = _ready_export(freelancer, django_capture_on_commit_callbacks)
    path = data_export.export_dir() / export.file_name
    clock.advance(days=8)
    assert data_export.purge_expired_exports() == 1
    assert not path.exists()


def test_settings_page_shows_the_export_being_prepared_then_ready(
    client, freelancer, django_capture_on_commit_callbacks
):
    client.force_login(freelancer)
    client.post(reverse("accounts:request_data_export"))
    page = client.get(reverse("accounts:settings")).content.decode()
    assert 'data-testid="export-pending"' in page
    export = DataExport.objects.get(user=freelancer)
    data_export.build_data_export(export.pk)
    page = client.get(reverse("accounts:settings")).content.decode()
    assert 'data-testid="export-ready"' in page
    assert reverse("accounts:download_data_export", kwargs={"token": "x"})[:-2] in page


def test_api_asks_for_an_export_and_reads_its_state(client, freelancer):
    client.force_login(freelancer)
    created = client.post("/api/v1/me/export")
    assert created.status_code == 202
    assert created.json()["state"] == "pending"
    again = client.post("/api/v1/me/export")
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "export_in_progress"
    assert client.get("/api/v1/me/export").json()["state"] == "pending"


def test_api_export_state_is_404_before_any_request(client, freelancer):
    client.force_login(freelancer)
    assert client.get("/api/v1/me/export").status_code == 404


def test_building_an_export_does_not_query_per_contract_or_message(
    freelancer, contract_with_private_data
):
    def build_queries() -> list[str]:
        with CaptureQueriesContext(connection) as captured:
            data_export.collect(freelancer)
        return [q["sql"] for q in captured.captured_queries]

    build_queries()  # warm-up: profile and second-factor lookups are cached on the user
    few = build_queries()
    contract, client = contract_with_private_data
    for n in range(5):
        draft_contract(freelancer, title=f"Another website {n}")
        post_message(contract=contract, sender=client, body=f"Message {n}")
    many = build_queries()
    assert len(many) == len(few), "\n".join(many)


def test_export_that_fails_to_build_can_be_asked_again(freelancer, monkeypatch):
    export = data_export.request_data_export(user=freelancer)

    def broken(user):
        raise RuntimeError("disk full")

    monkeypatch.setattr(data_export, "collect", broken)
    with pytest.raises(RuntimeError):
        data_export.build_data_export(export.pk)
    export.refresh_from_db()
    assert export.state == DataExportState.FAILED
    monkeypatch.undo()
    assert data_export.request_data_export(user=freelancer).state == DataExportState.PENDING


def test_export_link_expires_after_the_configured_days(
    freelancer, django_capture_on_commit_callbacks
):
    export = _ready_export(freelancer, django_capture_on_commit_callbacks)
    assert export.expires_at - export.ready_at == timedelta(days=7)


def test_export_holds_nothing_of_a_fully_populated_other_party(
    freelancer,
    stranger_freelancer,
    contract_with_private_data,
    monkeypatch,
    django_capture_on_commit_callbacks,
):
    """The client has a company, sessions with an IP and device, security events, their own
    notices, a payout account, a support request with a staff note and another contract with
    someone else: none of it is in the freelancer's copy."""
    from directcontracts.accounts.models import AccountEvent, UserSession
    from directcontracts.notifications.models import Notice
    from directcontracts.payments.models import PayoutMethod

    _contract, client = contract_with_private_data
    UserSession.objects.create(
        user=client, session_key="k" * 32, ip_address="203.0.113.77", user_agent="NorasPhone/1"
    )
    AccountEvent.objects.create(user=client, kind="signed_in", ip_address="198.51.100.9")
    Notice.objects.create(recipient=client, kind="x", title="NORA-PRIVATE-NOTICE", body="b")
    PayoutMethod.objects.create(
        owner=client, holder_name="Nora Holder", last4="9911", currency="USD", token="tok_nora"
    )
    ticket = TicketFactory(requester=client, subject="NORA-TICKET")
    TicketMessage.objects.create(ticket=ticket, kind=MessageKind.NOTE, body="STAFF-ON-NORA")
    draft_contract(stranger_freelancer, client_email=client.email, title="NORA-OTHER-CONTRACT")
    text = "\n".join(
        _zip_files(_ready_export(freelancer, django_capture_on_commit_callbacks)).values()
    )
    for secret in (
        client.email,
        "203.0.113.77",
        "NorasPhone",
        "198.51.100.9",
        "NORA-PRIVATE-NOTICE",
        "Nora Holder",
        "9911",
        "tok_nora",
        "NORA-TICKET",
        "STAFF-ON-NORA",
        "NORA-OTHER-CONTRACT",
        "Nora's Bakery",
    ):
        assert secret not in text, secret


def test_an_invited_client_who_declined_gets_no_copy_of_the_freelancers_draft(
    freelancer, monkeypatch, django_capture_on_commit_callbacks
):
    from directcontracts.accounts.models import User
    from tests.contracts.factories import sent_invitation

    first, client = active_contract(freelancer, monkeypatch)
    _second, invitation, _ = sent_invitation(
        freelancer, client_email=client.email, title="SECOND-OFFER", description="SECRET-SCOPE"
    )
    from directcontracts.contracts import invitations
    from tests.contracts.factories import proven_access

    access = proven_access(invitation, monkeypatch)
    invitations.decline_invitation(invitation=invitation, access=access, reason="No thanks")
    draft_contract(freelancer, client_email=client.email, title="UNSENT-DRAFT")
    text = "\n".join(
        _zip_files(
            _ready_export(User.objects.get(pk=client.pk), django_capture_on_commit_callbacks)
        ).values()
    )
    assert first.title in text
    assert "SECRET-SCOPE" not in text
    assert "UNSENT-DRAFT" not in text


def test_a_support_staff_members_export_holds_no_internal_notes_about_others(
    support_staff, freelancer, django_capture_on_commit_callbacks
):
    ticket = TicketFactory(requester=freelancer, subject="FREELANCER-TICKET")
    TicketMessage.objects.create(
        ticket=ticket, kind=MessageKind.NOTE, author=support_staff, body="NOTE-BY-STAFF"
    )
    text = "\n".join(
        _zip_files(_ready_export(support_staff, django_capture_on_commit_callbacks)).values()
    )
    assert "NOTE-BY-STAFF" not in text
    assert "FREELANCER-TICKET" not in text
    assert freelancer.email not in text


def test_a_token_for_one_export_never_downloads_another(
    client, freelancer, django_capture_on_commit_callbacks
):
    first = _ready_export(freelancer, django_capture_on_commit_callbacks)
    second = _ready_export(freelancer, django_capture_on_commit_callbacks)
    client.force_login(freelancer)
    response = client.get(_download_path(first))
    assert response.status_code == 200
    assert response["Content-Disposition"]
    served = b"".join(response.streaming_content)
    assert served == (data_export.export_dir() / first.file_name).read_bytes()
    assert served != (data_export.export_dir() / second.file_name).read_bytes()


def test_a_closed_accounts_exports_are_deleted_and_their_link_is_dead(
    client, freelancer, django_capture_on_commit_callbacks
):
    from directcontracts.accounts import closure
    from tests.accounts.factories import DEFAULT_PASSWORD

    export = _ready_export(freelancer, django_capture_on_commit_callbacks)
    path = data_export.export_dir() / export.file_name
    closure.close_account(user=freelancer, password=DEFAULT_PASSWORD, confirmed=True)
    assert not path.exists()
    client.force_login(freelancer)
    response = client.get(_download_path(export))
    assert response.status_code in (302, 404)
