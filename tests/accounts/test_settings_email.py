"""Settings → Email: for each group of notices, each as it happens, a daily digest or off;
money and security always sent as they happen."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from directcontracts.notifications.email_preferences import set_email_preferences
from directcontracts.notifications.selectors import chosen_frequencies

pytestmark = pytest.mark.django_db


def _section(client) -> str:
    page = client.get(reverse("accounts:settings")).content.decode()
    match = re.search(r'<section id="email".*?</section>', page, re.S)
    assert match is not None, "the settings page has no Email section"
    return match.group(0)


def _radio(section: str, key: str, frequency: str) -> str:
    match = re.search(
        rf'<input type="radio" name="frequency-{key}" id="email-{key}-{frequency}"[^>]*>', section
    )
    assert match is not None, (key, frequency)
    return match.group(0)


def _save(client, **choices):
    return client.post(
        reverse("accounts:save_email_preferences"),
        {f"frequency-{key}": value for key, value in choices.items()},
    )


def test_each_optional_group_is_a_fieldset_of_three_labelled_choices(client, freelancer):
    client.force_login(freelancer)
    section = _section(client)
    for key in ("messages", "contract_updates", "dispute_steps", "report_outcomes"):
        fieldset = re.search(
            rf'<fieldset class="choices frequency-group" data-group="{key}".*?</fieldset>',
            section,
            re.S,
        )
        assert fieldset is not None, key
        assert "<legend>" in fieldset.group(0)
        assert f'aria-describedby="email-{key}-about"' in fieldset.group(0)
        for frequency, words in (
            ("immediate", "Each as it happens"),
            ("daily", "A daily digest"),
            ("off", "Off"),
        ):
            _radio(section, key, frequency)
            assert f'<label for="email-{key}-{frequency}">{words}</label>' in section


def test_every_group_is_emailed_as_it_happens_at_first(client, freelancer):
    client.force_login(freelancer)
    section = _section(client)
    assert " checked" in _radio(section, "messages", "immediate")
    assert " checked" not in _radio(section, "messages", "daily")


def test_the_section_says_when_the_digest_is_sent(client, freelancer, settings):
    settings.EMAIL_DIGEST_HOUR_UTC = 7
    client.force_login(freelancer)
    assert "one email a day, at 07:00 UTC" in _section(client)


def test_money_and_security_offer_no_choice_and_say_why(client, freelancer):
    client.force_login(freelancer)
    section = _section(client)
    for key in ("money", "account_security"):
        assert f'name="frequency-{key}"' not in section
        assert f'data-group="{key}"' in section
    assert "Emails about money are always sent" in section
    assert "Always sent, each as it happens" in section


def test_the_staff_only_group_is_not_offered_to_a_freelancer(client, freelancer):
    client.force_login(freelancer)
    assert "support_assignments" not in _section(client)


def test_a_group_turned_off_earlier_shows_off_chosen(client, freelancer):
    set_email_preferences(user=freelancer, choices={"messages": False})
    client.force_login(freelancer)
    assert " checked" in _radio(_section(client), "messages", "off")


def test_saving_a_daily_digest_for_a_group_keeps_it(client, freelancer):
    client.force_login(freelancer)
    response = _save(client, messages="daily", contract_updates="immediate", dispute_steps="off")
    assert response.status_code == 302
    assert response["Location"].endswith("/settings/?saved=email#email")
    assert chosen_frequencies(freelancer) == {"messages": "daily", "dispute_steps": "off"}
    client.force_login(freelancer)
    assert " checked" in _radio(_section(client), "messages", "daily")


def test_saving_as_it_happens_for_every_group_undoes_earlier_choices(client, freelancer):
    set_email_preferences(user=freelancer, choices={"messages": False})
    client.force_login(freelancer)
    _save(client, messages="immediate", contract_updates="immediate")
    assert chosen_frequencies(freelancer) == {}


def test_a_posted_group_that_is_not_offered_is_refused_and_changes_nothing(client, freelancer):
    client.force_login(freelancer)
    response = _save(client, messages="off", money="daily")
    assert response.status_code == 400
    assert chosen_frequencies(freelancer) == {}


def test_an_unknown_choice_is_refused_and_changes_nothing(client, freelancer):
    client.force_login(freelancer)
    response = _save(client, messages="weekly")
    assert response.status_code == 400
    assert chosen_frequencies(freelancer) == {}


def test_saving_needs_a_signed_in_person(client):
    response = _save(client, messages="off")
    assert response.status_code == 302
    assert "/accounts/sign-in/" in response["Location"]


def test_the_section_says_the_choices_are_saved_where_the_page_opens(client, freelancer):
    client.force_login(freelancer)
    response = client.post(
        reverse("accounts:save_email_preferences"), {"frequency-messages": "daily"}, follow=True
    )
    section = re.search(r'<section id="email".*?</section>', response.content.decode(), re.S)
    assert section is not None
    assert "Your email choices are saved." in section.group(0)
