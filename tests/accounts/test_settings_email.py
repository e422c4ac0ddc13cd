"""Settings → Email: one box per group of notices, money and security ticked for good."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from directcontracts.notifications.email_preferences import set_email_preferences
from directcontracts.notifications.selectors import groups_off_for

pytestmark = pytest.mark.django_db


def _section(client) -> str:
    page = client.get(reverse("accounts:settings")).content.decode()
    match = re.search(r'<section id="email".*?</section>', page, re.S)
    assert match is not None, "the settings page has no Email section"
    return match.group(0)


def _box(section: str, key: str) -> str:
    match = re.search(rf'<input type="checkbox" id="email-{key}"[^>]*>', section)
    assert match is not None, key
    return match.group(0)


def test_the_email_section_groups_its_boxes_in_a_fieldset_with_a_legend(client, freelancer):
    client.force_login(freelancer)
    section = _section(client)
    assert '<fieldset class="choices">' in section
    assert "<legend>Email me about</legend>" in section
    for key in ("messages", "contract_updates", "money", "account_security"):
        assert f'<label for="email-{key}">' in section
        assert f'aria-describedby="email-{key}-about"' in _box(section, key)
        assert f'id="email-{key}-about"' in section


def test_every_box_is_ticked_at_first(client, freelancer):
    client.force_login(freelancer)
    section = _section(client)
    assert " checked" in _box(section, "messages")
    assert " checked" in _box(section, "contract_updates")


def test_money_and_security_are_ticked_disabled_and_say_why(client, freelancer):
    client.force_login(freelancer)
    section = _section(client)
    for key in ("money", "account_security"):
        box = _box(section, key)
        assert " checked" in box
        assert " disabled" in box
    assert "Emails about money are always sent" in section
    assert "Always sent" in section


def test_the_staff_only_group_is_not_offered_to_a_freelancer(client, freelancer):
    client.force_login(freelancer)
    assert "support_assignments" not in _section(client)


def test_a_group_turned_off_shows_unticked(client, freelancer):
    set_email_preferences(user=freelancer, choices={"messages": False})
    client.force_login(freelancer)
    assert " checked" not in _box(_section(client), "messages")


def test_saving_with_a_box_unticked_turns_that_group_off(client, freelancer):
    client.force_login(freelancer)
    response = client.post(
        reverse("accounts:save_email_preferences"),
        {"email_on": ["contract_updates", "dispute_steps", "report_outcomes"]},
    )
    assert response.status_code == 302
    assert response["Location"].endswith("/settings/?saved=email#email")
    assert groups_off_for(freelancer) == {"messages"}


def test_saving_with_every_box_ticked_turns_everything_back_on(client, freelancer):
    set_email_preferences(user=freelancer, choices={"messages": False})
    client.force_login(freelancer)
    client.post(
        reverse("accounts:save_email_preferences"),
        {"email_on": ["messages", "contract_updates", "dispute_steps", "report_outcomes"]},
    )
    assert groups_off_for(freelancer) == frozenset()


def test_a_posted_group_that_is_not_offered_is_refused_and_changes_nothing(client, freelancer):
    client.force_login(freelancer)
    response = client.post(reverse("accounts:save_email_preferences"), {"email_on": ["money"]})
    assert response.status_code == 400
    assert groups_off_for(freelancer) == frozenset()


def test_saving_needs_a_signed_in_person(client):
    response = client.post(reverse("accounts:save_email_preferences"), {"email_on": []})
    assert response.status_code == 302
    assert "/accounts/sign-in/" in response["Location"]


def test_the_section_says_the_choices_are_saved_where_the_page_opens(client, freelancer):
    client.force_login(freelancer)
    response = client.post(
        reverse("accounts:save_email_preferences"), {"email_on": []}, follow=True
    )
    section = re.search(r'<section id="email".*?</section>', response.content.decode(), re.S)
    assert section is not None
    assert "Your email choices are saved." in section.group(0)
