"""Dormant-escrow emails link in words saying where the link goes, never "Open it here"."""

from __future__ import annotations

import pytest

from directcontracts.disputes import dormancy
from tests.disputes.factories import on_dormancy_day

pytestmark = pytest.mark.django_db


def _emails_through(day_zero, frozen_clock, days, capture, mailoutbox):
    for day in days:
        on_dormancy_day(frozen_clock, day_zero, day)
        with capture(execute=True):
            dormancy.run_dormancy()
    return [m for m in mailoutbox if "scrow" in m.subject]


def test_every_dormancy_email_names_where_its_link_goes(
    dormant_funded,
    frozen_clock,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    *_, day_zero = dormant_funded
    emails = _emails_through(
        day_zero, frozen_clock, (76, 83, 90, 98), django_capture_on_commit_callbacks, mailoutbox
    )
    assert len(emails) == 8  # two notices, dormant, returned: to both parties
    for email in emails:
        assert "Open it here" not in email.body


def test_the_freelancers_dormant_email_links_the_release_request_in_words(
    dormant_funded,
    frozen_clock,
    mailoutbox,
    django_capture_on_commit_callbacks,
    freelancer,
    settings,
):
    contract, *_, day_zero = dormant_funded
    emails = _emails_through(
        day_zero, frozen_clock, (76, 83, 90), django_capture_on_commit_callbacks, mailoutbox
    )
    (dormant,) = [e for e in emails if e.to == [freelancer.email] and "is dormant" in e.subject]
    assert (
        f"Request the dormant escrow's release: {settings.BASE_URL}/contracts/{contract.pk}/dormant/"
        in dormant.body
    )
