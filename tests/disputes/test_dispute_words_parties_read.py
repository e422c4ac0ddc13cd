"""The words of a dispute as its parties read them: a name that ends in a full stop ("Nadia K.")
ends a sentence once, and an answer that can no longer be given is not awaited."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.disputes import services
from directcontracts.disputes.models import Party
from tests.accounts.helpers import sign_in_as
from tests.disputes.factories import with_proposal

pytestmark = pytest.mark.django_db


def test_the_silent_party_reads_one_full_stop_after_a_name_with_an_initial(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    freelancer.freelancer_profile.display_name = "Nadia K."
    freelancer.freelancer_profile.save(update_fields=["display_name"])
    _contract, _client, _milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    note = services.default_note(dispute, Party.CLIENT)
    assert note.endswith("goes to Nadia K.")
    assert ".." not in note


def test_after_the_client_rejects_the_freelancer_is_not_told_their_answer_is_still_awaited(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    _contract, buyer, _milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    services.answer_proposal(dispute=dispute, by=buyer, accept=False)
    sign_in_as(client, freelancer)
    page = client.get(reverse("disputes:detail", args=[dispute.pk])).content.decode()
    assert "Freelancer: did not answer (no longer needed)" in page
    assert "no answer yet" not in page
