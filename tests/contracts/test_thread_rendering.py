"""The thread and activity items are rendered in Python (templatetags/thread.py, issue 19):
the same markup as the template loops they replace, every value escaped, the "Flag" link
only on the other party's messages, and nothing cached (a new message shows at once)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from django.template import Context, Template
from django.utils import timezone

from directcontracts.contracts.models import ContractEvent, Message, MessageAttachment
from directcontracts.contracts.templatetags.thread import _time
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db


@pytest.fixture
def contract(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    return contract


def _page(client, user, contract):
    client.force_login(user)
    response = client.get(f"/contracts/{contract.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def test_message_bodies_names_and_file_names_are_escaped(client, contract):
    message = Message.objects.create(
        contract=contract, sender=contract.client, body="<script>alert(1)</script> & more"
    )
    MessageAttachment.objects.create(
        message=message,
        storage_key="k" * 20,
        file="x",
        name="<b>plan</b>.pdf",
        size=2048,
        content_type="application/pdf",
        sha256="0" * 64,
    )
    page = _page(client, contract.freelancer, contract)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page
    assert "&lt;b&gt;plan&lt;/b&gt;.pdf</a> · 2.0\xa0KB" in page
    assert f'<a href="/message-files/{message.attachments.get().pk}/">' in page


def test_flag_link_only_on_the_other_partys_messages(client, contract):
    mine = Message.objects.create(contract=contract, sender=contract.freelancer, body="mine")
    theirs = Message.objects.create(contract=contract, sender=contract.client, body="theirs")
    page = _page(client, contract.freelancer, contract)
    assert f'<li class="mine" id="message-{mine.pk}">' in page
    assert f'<li class="" id="message-{theirs.pk}">' in page
    assert f"kind=message&amp;id={theirs.pk}" in page
    assert f"kind=message&amp;id={mine.pk}" not in page
    # The other side sees the reverse: what is rendered depends on the viewer.
    page = _page(client, contract.client, contract)
    assert f'<li class="mine" id="message-{theirs.pk}">' in page
    assert f"kind=message&amp;id={mine.pk}" in page
    assert f"kind=message&amp;id={theirs.pk}" not in page


def test_a_new_message_and_event_show_on_the_next_view(client, contract):
    _page(client, contract.freelancer, contract)
    Message.objects.create(contract=contract, sender=contract.client, body="just sent")
    ContractEvent.objects.create(
        contract=contract, actor=None, actor_label="", kind="test.event", message="a <note>"
    )
    page = _page(client, contract.freelancer, contract)
    assert "just sent</p>" in page
    assert '<br><span class="prewrap">a &lt;note&gt;</span>' in page
    assert "by the platform" in page


def test_times_are_iso_and_minutes(client, contract):
    message = Message.objects.create(contract=contract, sender=contract.client, body="when")
    page = _page(client, contract.freelancer, contract)
    stamp = message.created_at.strftime("%Y-%m-%d %H:%M")
    assert re.search(
        rf'<time datetime="{message.created_at.date().isoformat()}T[^"]+">{stamp}</time>', page
    )


def test_an_empty_thread_says_so(client, contract):
    Message.objects.filter(contract=contract).delete()
    assert '<li class="muted">No messages yet.</li>' in _page(client, contract.freelancer, contract)


@pytest.mark.parametrize("zone", ["UTC", "Europe/Paris", "Asia/Kolkata", "America/St_Johns"])
@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 3, 29, 0, 59, 59, 999_999, tzinfo=UTC),  # Paris changes to summer time
        datetime(2026, 1, 1, 0, 0, tzinfo=UTC),
        datetime(2026, 12, 31, 23, 5, 7, 120, tzinfo=UTC),
    ],
)
def test_times_are_what_the_date_filter_gave(zone, moment):
    old = Template(
        '<time datetime="{{ t|date:\'c\' }}">{{ t|date:"Y-m-d H:i" }}</time>'
    )  # the template the items replaced
    with timezone.override(zone):
        assert _time(moment) == old.render(Context({"t": moment}))


def test_a_staff_members_action_reads_as_staff_not_by_their_name(
    client, contract, trust_safety_staff
):
    ContractEvent.objects.create(
        contract=contract, actor=trust_safety_staff, kind="escrow.unfrozen", message=""
    )
    page = _page(client, contract.client, contract)
    assert "by Direct Contracts staff" in page
    assert trust_safety_staff.display_name not in page


def test_a_partys_action_reads_by_their_name(client, contract):
    ContractEvent.objects.create(
        contract=contract, actor=contract.client, kind="test.event", message=""
    )
    page = _page(client, contract.freelancer, contract)
    assert f"by {contract.client.display_name}" in page


def test_a_lifted_freezes_reference_reads_in_words_on_the_page(client, contract):
    ContractEvent.objects.create(
        contract=contract,
        kind="escrow.unfrozen",
        actor_label="escrow freeze lifted",
        message="Lifted (dispute:3): Dispute withdrawn.",
        data={"reference": "dispute:3"},
    )
    page = _page(client, contract.client, contract)
    assert "Lifted (dispute #3): Dispute withdrawn." in page
    assert "dispute:3" not in page
