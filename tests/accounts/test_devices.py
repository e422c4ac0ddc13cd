"""The sessions list names a browser and system in words, not its raw User-Agent."""

import pytest
from django.urls import reverse

from directcontracts.accounts.devices import device_in_words
from directcontracts.accounts.models import UserSession

CHROME_LINUX = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)


@pytest.mark.parametrize(
    ("agent", "words"),
    [
        (CHROME_LINUX, "Chrome on Linux"),
        (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
            "Firefox on Windows",
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
            "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
            "Safari on iPhone",
        ),
        (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
            "Edge on Windows",
        ),
        (
            "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) "
            "SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
            "Samsung Internet on Android",
        ),
        (
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, "
            "like Gecko) Version/18.1 Safari/605.1.15",
            "Safari on macOS",
        ),
        ("curl/8.5.0", "curl/8.5.0"),
        ("", "Unknown browser"),
    ],
)
def test_a_user_agent_is_named_by_browser_and_system(agent, words):
    assert device_in_words(agent) == words


def test_an_unrecognised_long_user_agent_is_shortened_not_hidden():
    words = device_in_words("x" * 200)
    assert len(words) == 60
    assert words.endswith("…")


@pytest.mark.django_db
def test_the_sessions_list_shows_the_device_in_words_and_keeps_the_raw_text_on_hover(
    client, freelancer
):
    client.force_login(freelancer)
    UserSession.objects.create(user=freelancer, session_key="other", user_agent=CHROME_LINUX)
    page = client.get(reverse("accounts:settings")).content.decode()
    assert f'title="{CHROME_LINUX}">Chrome on Linux</td>' in page
