"""The proof that the client entered the emailed code lasts one hour by the project clock:
moved forward to the last second of the hour it still opens the invitation, a second later it
opens nothing; a proof given before proofs carried their time still opens."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import signing

from directcontracts.contracts import invitations
from directcontracts.contracts.models import Invitation
from tests.contracts.factories import proven_access, sent_invitation

pytestmark = pytest.mark.django_db

HOUR = timedelta(seconds=invitations.ACCESS_SECONDS)


def _fresh(invitation: Invitation) -> Invitation:
    return Invitation.objects.get(pk=invitation.pk)


def test_the_proof_opens_the_invitation_on_the_last_second_of_its_hour(
    freelancer, monkeypatch, frozen_clock
):
    _, invitation, _ = sent_invitation(freelancer)
    access = proven_access(invitation, monkeypatch)
    frozen_clock.advance(HOUR)
    assert invitations.has_access(_fresh(invitation), access)


def test_the_proof_opens_nothing_a_second_after_its_hour(freelancer, monkeypatch, frozen_clock):
    _, invitation, _ = sent_invitation(freelancer)
    access = proven_access(invitation, monkeypatch)
    frozen_clock.advance(HOUR + timedelta(seconds=1))
    assert not invitations.has_access(_fresh(invitation), access)


def test_a_proof_given_before_proofs_carried_their_time_still_opens(freelancer, monkeypatch):
    _, invitation, _ = sent_invitation(freelancer)
    proven_access(invitation, monkeypatch)
    old = signing.dumps({"i": invitation.pk}, salt=invitations.ACCESS_SALT)
    assert invitations.has_access(_fresh(invitation), old)
