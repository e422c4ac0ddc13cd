"""How often each group is emailed: each as it happens (the default), a daily digest, or off;
money and account security are offered only "as it happens"."""

from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError
from directcontracts.notifications.email_groups import BY_KEY, GROUPS
from directcontracts.notifications.email_preferences import (
    set_email_frequencies,
    set_email_preferences,
    turn_off_by_link,
    unsubscribe_token,
)
from directcontracts.notifications.models import EmailPreferences
from directcontracts.notifications.selectors import email_choices_of, frequency_for
from tests.notifications.factories import notify_message

pytestmark = pytest.mark.django_db


def _frequencies(user) -> dict[str, str]:
    return {choice.group.key: choice.frequency for choice in email_choices_of(user)}


def test_every_group_is_emailed_as_it_happens_until_the_person_chooses(client_user):
    assert set(_frequencies(client_user).values()) == {"immediate"}
    assert not EmailPreferences.objects.exists()


def test_an_earlier_choice_to_turn_a_group_off_reads_as_off(client_user):
    set_email_preferences(user=client_user, choices={"messages": False})
    assert _frequencies(client_user)["messages"] == "off"
    assert _frequencies(client_user)["contract_updates"] == "immediate"


@pytest.mark.parametrize("group", [g for g in GROUPS if not g.required], ids=lambda g: g.key)
def test_each_optional_group_offers_as_it_happens_a_daily_digest_or_off(group):
    assert group.frequencies == ("immediate", "daily", "off")


@pytest.mark.parametrize("key", ["money", "account_security"])
def test_money_and_account_security_are_offered_only_as_they_happen(key):
    assert BY_KEY[key].frequencies == ("immediate",)


def test_choosing_a_daily_digest_is_kept_per_group(client_user):
    set_email_frequencies(user=client_user, choices={"messages": "daily", "dispute_steps": "off"})
    frequencies = _frequencies(client_user)
    assert frequencies["messages"] == "daily"
    assert frequencies["dispute_steps"] == "off"
    assert frequencies["contract_updates"] == "immediate"


def test_choosing_as_it_happens_again_undoes_the_digest(client_user):
    set_email_frequencies(user=client_user, choices={"messages": "daily"})
    set_email_frequencies(user=client_user, choices={"messages": "immediate"})
    assert frequency_for(client_user, BY_KEY["messages"]) == "immediate"
    assert EmailPreferences.objects.get(user=client_user).groups_daily == []


def test_turning_on_a_group_by_its_box_leaves_a_digest_a_digest(client_user):
    set_email_frequencies(user=client_user, choices={"messages": "daily"})
    set_email_preferences(user=client_user, choices={"messages": True})
    assert frequency_for(client_user, BY_KEY["messages"]) == "daily"


def test_the_unsubscribe_link_turns_a_digest_group_off(client_user):
    set_email_frequencies(user=client_user, choices={"messages": "daily"})
    turn_off_by_link(token=unsubscribe_token(user=client_user, group=BY_KEY["messages"]))
    row = EmailPreferences.objects.get(user=client_user)
    assert (row.groups_off, row.groups_daily) == (["messages"], [])


@pytest.mark.parametrize("frequency", ["daily", "off"])
def test_a_required_group_is_refused_anything_but_as_it_happens(client_user, frequency):
    with pytest.raises(DomainError) as refused:
        set_email_frequencies(user=client_user, choices={"money": frequency})
    assert (refused.value.code, refused.value.status) == ("email_frequency_not_offered", 422)
    assert not EmailPreferences.objects.exists()


def test_an_unknown_frequency_is_refused_and_changes_nothing(client_user):
    with pytest.raises(DomainError) as refused:
        set_email_frequencies(
            user=client_user, choices={"contract_updates": "off", "messages": "weekly"}
        )
    assert (refused.value.code, refused.value.status) == ("email_frequency_invalid", 422)
    assert _frequencies(client_user)["contract_updates"] == "immediate"


def test_a_notice_of_a_digest_group_is_not_emailed_but_waits_for_the_digest(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    set_email_frequencies(user=client_user, choices={"messages": "daily"})
    with django_capture_on_commit_callbacks(execute=True):
        notice = notify_message(client_user)
    assert mailoutbox == []
    assert notice.digest_due is True


def test_a_notice_emailed_as_it_happens_does_not_wait_for_a_digest(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notice = notify_message(client_user)
    assert len(mailoutbox) == 1
    assert notice.digest_due is False


def test_a_notice_of_a_group_turned_off_does_not_wait_for_a_digest(client_user):
    set_email_frequencies(user=client_user, choices={"messages": "off"})
    assert notify_message(client_user).digest_due is False


def test_a_suspended_persons_notice_does_not_wait_for_a_digest(client_user):
    set_email_frequencies(user=client_user, choices={"messages": "daily"})
    type(client_user).objects.filter(pk=client_user.pk).update(is_active=False)
    client_user.refresh_from_db()
    assert notify_message(client_user).digest_due is False
