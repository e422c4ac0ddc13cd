"""The invitation code's attempts under real concurrent connections (PostgreSQL): codes
tried at one instant are each counted by one conditional update, so a burst tries no more
than INVITATION_CODE_MAX_ATTEMPTS of the million."""

from __future__ import annotations

from collections import Counter

import pytest

from directcontracts.contracts import invitations
from tests.concurrency import run_together
from tests.contracts.factories import sent_invitation

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("seeded_defaults"),
]


def test_codes_tried_at_one_instant_stop_at_the_attempts_allowed(freelancer, monkeypatch, settings):
    settings.INVITATION_CODE_MAX_ATTEMPTS = 5
    _, invitation, _ = sent_invitation(freelancer)
    monkeypatch.setattr(invitations.secrets, "randbelow", lambda n: 111111)
    invitations.send_code(invitation=invitation)
    guesses = [
        lambda n=n: invitations.verify_code(invitation=invitation, code=f"{n:06d}")
        for n in range(20)
    ]
    outcomes = run_together(guesses)
    codes = Counter(getattr(o, "code", repr(o)) for o in outcomes)
    assert codes == {"code_invalid": 5, "code_attempts_exceeded": 15}
