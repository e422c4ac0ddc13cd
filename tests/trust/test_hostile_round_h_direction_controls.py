"""Hostile review, round H (7 December 2026): direction controls in what staff read.

Round F refused the invisible direction controls (U+202A-U+202E, U+2066-U+2069) in every
form and API schema, but the flag form and the appeal form of `trust/` are plain Django
forms without the guard, and their services checked only C0/C1 controls (flags) or nothing
(appeals): a flag's details or an appeal reached the Trust & Safety queue with a right-to-left
override reversing the words after it ("I paid ‮00.005$"). The services refuse them now.
"""

from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError
from directcontracts.trust import appeals, enforcement, flags
from directcontracts.trust.models import Appeal, Flag

pytestmark = pytest.mark.django_db

OVERRIDE = "I paid \u202e00.005$ and got nothing"


def _refusal(call) -> DomainError:
    with pytest.raises(DomainError) as refused:
        call()
    return refused.value


def test_a_flags_details_with_a_direction_override_are_refused(funded):
    contract, client, _, _ = funded
    before = Flag.objects.count()
    refused = _refusal(
        lambda: flags.flag(
            reporter=contract.freelancer,
            kind="user",
            target_id=str(client.pk),
            reason="scam_fraud",
            details=OVERRIDE,
            address=None,
        )
    )
    assert refused.code == "flag_details_invalid"
    assert Flag.objects.count() == before


def test_an_appeal_with_a_direction_override_is_refused(funded, trust_safety_staff, freelancer):
    case = funded[3]
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    refused = _refusal(
        lambda: appeals.appeal(reference=case.reference, by=freelancer, statement=OVERRIDE)
    )
    assert refused.code == "control_characters"
    assert not Appeal.objects.filter(case=case).exists()


def test_the_appeal_page_keeps_an_override_out_of_the_queue(
    client, funded, trust_safety_staff, freelancer
):
    case = funded[3]
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    client.force_login(freelancer)
    response = client.post(f"/trust/appeals/{case.reference}/", {"statement": OVERRIDE})
    assert response.status_code in (400, 422)
    assert not Appeal.objects.filter(case=case).exists()


def test_an_appeal_in_right_to_left_script_is_kept(funded, trust_safety_staff, freelancer):
    case = funded[3]
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    made = appeals.appeal(reference=case.reference, by=freelancer, statement="لم أفعل ذلك.")
    assert made.statement == "لم أفعل ذلك."
