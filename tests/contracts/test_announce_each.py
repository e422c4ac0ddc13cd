"""A change told to each party in their own words makes one webhook event, emitted once:
the notices are each person's own, the event is the change's."""

from __future__ import annotations

import pytest

from directcontracts.contracts import announce as announcing
from directcontracts.contracts import escrow, freezes
from directcontracts.contracts.announce import Note, announce_each
from directcontracts.notifications.models import Notice, WebhookEvent
from tests.contracts.factories import active_contract, card, funded_milestone, settle_gateway

pytestmark = pytest.mark.django_db


@pytest.fixture
def emitted(monkeypatch):
    """The event types `announce` emits, one entry per call (the real emit still runs)."""
    calls: list[str] = []
    real = announcing.emit_event

    def spy(**kwargs):
        calls.append(kwargs["event_type"])
        return real(**kwargs)

    monkeypatch.setattr(announcing, "emit_event", spy)
    return calls


def _notice(person, kind):
    return Notice.objects.get(recipient=person, kind=kind)


def test_each_party_gets_their_own_words_and_one_webhook_event_goes_to_both(
    freelancer, monkeypatch, emitted
):
    contract, client = active_contract(freelancer, monkeypatch)
    emitted.clear()
    announce_each(
        contract,
        kind="contract.change_proposed",
        key="each:1",
        notes=[
            Note(freelancer, "For you", "Freelancer words."),
            Note(client, "For them", "Client words.", url=f"/contracts/{contract.pk}/#x"),
        ],
    )
    assert emitted == ["contract.change_proposed"]
    events = WebhookEvent.objects.filter(idempotency_key="each:1")
    assert sorted(events.values_list("owner_id", flat=True)) == sorted([freelancer.pk, client.pk])
    mine = _notice(freelancer, "contract.change_proposed")
    theirs = _notice(client, "contract.change_proposed")
    assert (mine.title, mine.body, mine.url) == (
        "For you",
        "Freelancer words.",
        f"/contracts/{contract.pk}/",
    )
    assert (theirs.title, theirs.body, theirs.url) == (
        "For them",
        "Client words.",
        f"/contracts/{contract.pk}/#x",
    )


def test_a_party_not_yet_known_is_skipped_and_the_event_is_still_emitted(
    freelancer, monkeypatch, emitted
):
    contract, _ = active_contract(freelancer, monkeypatch)
    emitted.clear()
    announce_each(
        contract,
        kind="contract.change_proposed",
        key="each:2",
        notes=[Note(None, "Nobody", "No one reads this."), Note(freelancer, "You", "Words.")],
    )
    assert emitted == ["contract.change_proposed"]
    assert Notice.objects.filter(kind="contract.change_proposed").count() == 1


def test_a_settled_funding_emits_its_event_once_and_says_the_same_to_each_party(
    freelancer, monkeypatch, frozen_clock, emitted
):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    emitted.clear()
    settle_gateway(frozen_clock)
    assert emitted.count("milestone.funded") == 1
    mine = _notice(freelancer, "milestone.funded")
    theirs = _notice(client, "milestone.funded")
    assert mine.title == theirs.title == "“Design” is funded: $500.00 is in escrow"
    assert mine.body == (
        "The money is held safely in escrow. You can start work on this milestone now."
    )
    assert theirs.body == (
        f"The money is held safely in escrow. {freelancer.display_name} can start work on it now."
    )
    assert WebhookEvent.objects.filter(type="milestone.funded").count() == 2  # one each


def test_a_failed_payment_emits_its_event_once_and_links_each_party_to_the_milestone(
    freelancer, monkeypatch, frozen_clock, emitted
):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client, "4000000000000341"))
    emitted.clear()
    settle_gateway(frozen_clock)
    assert emitted == ["milestone.funding_failed"]
    mine = _notice(freelancer, "milestone.funding_failed")
    theirs = _notice(client, "milestone.funding_failed")
    card_url = f"/contracts/{contract.pk}/#milestone-{milestone.pk}"
    assert mine.url == theirs.url == card_url
    assert mine.title == theirs.title == "The payment for “Design” did not go through"
    assert mine.body == (
        f"The milestone is not funded. Don't start work on it yet; {client.display_name} "
        "can fund it again with another method."
    )
    assert theirs.body == (
        "The milestone is not funded. Fund it again with another payment method on the "
        "contract page."
    )


def test_an_approval_emits_its_release_event_once(freelancer, monkeypatch, frozen_clock, emitted):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    emitted.clear()
    escrow.approve_milestone(milestone=milestone, by=client)
    assert emitted == ["milestone.released"]
    assert (
        _notice(freelancer, "milestone.released").title == "“Design” was approved: $475.00 to you"
    )


def test_a_freeze_and_its_lifting_each_emit_their_event_once(
    freelancer, monkeypatch, frozen_clock, emitted
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    emitted.clear()
    freeze = freezes.freeze_escrow(
        contract=contract,
        milestone=milestone,
        source="trust_safety",
        reference="case:7",
        reason="Reported as a possible scam; we are checking.",
    )
    assert emitted == ["escrow.frozen"]
    mine = _notice(freelancer, "escrow.frozen")
    theirs = _notice(client, "escrow.frozen")
    assert mine.title == theirs.title == "Escrow of “Design” frozen"
    assert mine.body == freezes.describe(freeze, role="freelancer")
    assert theirs.body == freezes.describe(freeze, role="client")
    freezes.lift_freeze(freeze=freeze, reason="Checked: all is well.")
    assert emitted == ["escrow.frozen", "escrow.unfrozen"]
    assert WebhookEvent.objects.filter(type="escrow.unfrozen").count() == 2  # one each


def test_a_person_named_twice_is_told_once_in_the_first_words(
    freelancer, monkeypatch, emitted, mailoutbox, django_capture_on_commit_callbacks
):
    contract, _ = active_contract(freelancer, monkeypatch)
    emitted.clear()
    with django_capture_on_commit_callbacks(execute=True):
        announce_each(
            contract,
            kind="contract.change_proposed",
            key="each:3",
            notes=[Note(freelancer, "First", "First words."), Note(freelancer, "Again", "Again.")],
        )
    assert emitted == ["contract.change_proposed"]
    assert _notice(freelancer, "contract.change_proposed").title == "First"
    assert [m.to for m in mailoutbox] == [[freelancer.email]]


def test_a_closed_account_gets_the_notice_but_no_email(
    freelancer, monkeypatch, emitted, mailoutbox, django_capture_on_commit_callbacks
):
    contract, client = active_contract(freelancer, monkeypatch)
    client.is_active = False
    client.save(update_fields=["is_active"])
    with django_capture_on_commit_callbacks(execute=True):
        announce_each(
            contract,
            kind="contract.change_proposed",
            key="each:4",
            notes=[Note(client, "Closed", "Words.")],
        )
    assert _notice(client, "contract.change_proposed").title == "Closed"
    assert mailoutbox == []
