"""An emailed appeal link lasts the appeal window (180 days) by the project clock: moved
forward to the last second of the window it still opens, a second later it opens nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import signing

from directcontracts.trust import appeal_links

pytestmark = pytest.mark.django_db

WINDOW = appeal_links.VALID_FOR


def _token(url: str) -> str:
    return url.split("?token=", 1)[1]


def test_an_appeal_link_opens_on_the_last_second_of_its_window(freelancer, frozen_clock):
    token = _token(appeal_links.appeal_url("TS-ABC12345", freelancer))
    frozen_clock.advance(WINDOW)
    assert appeal_links.person_from_token("TS-ABC12345", token) == freelancer


def test_an_appeal_link_opens_nothing_a_second_after_its_window(freelancer, frozen_clock):
    token = _token(appeal_links.appeal_url("TS-ABC12345", freelancer))
    frozen_clock.advance(WINDOW + timedelta(seconds=1))
    assert appeal_links.person_from_token("TS-ABC12345", token) is None


def test_an_appeal_link_made_before_links_carried_their_time_still_opens(freelancer):
    old = signing.dumps({"case": "TS-ABC12345", "person": freelancer.pk}, salt=appeal_links.SALT)
    assert appeal_links.person_from_token("TS-ABC12345", old) == freelancer
