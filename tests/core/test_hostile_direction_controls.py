"""Hostile review, 7 December 2026 (round F): direction controls in words the other party reads.

A right-to-left override (U+202E) left open in a freelancer's name reverses everything after
it on the line: in the client's notice "Ann‮ added to the dispute about “Logo”" the platform's
own words, and any amount after the name, read backwards; in a contract or milestone title
it turns "invoice.pdf.exe" into something else. Control characters were refused everywhere;
the nine invisible direction controls (embeddings, overrides, isolates) were not. Now they
are, with the same code `control_characters`. Right-to-left text itself needs none of them.
"""

from __future__ import annotations

import pytest

from directcontracts.accounts.forms import FreelancerProfileForm
from directcontracts.accounts.services import create_api_token
from directcontracts.contracts.models import Contract
from directcontracts.core.validation import find_control_character
from tests.contracts.helpers import PAYLOAD

DIRECTION_CONTROLS = [chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]]


@pytest.mark.parametrize("char", DIRECTION_CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_every_direction_control_is_refused_in_single_and_multi_line_text(char):
    assert find_control_character(f"Ann{char}fdp.exe", multiline=False) == char
    assert find_control_character(f"Ann{char}fdp.exe", multiline=True) == char


def test_right_to_left_text_with_its_marks_and_joiners_still_passes():
    for text in ["שלום עולם", "مرحبا\u200f 2026", "נועה\u200e (Design)", "👩\u200d💻 Studio"]:
        assert find_control_character(text, multiline=False) is None


@pytest.mark.django_db
def test_a_freelancer_cannot_put_a_right_to_left_override_in_the_name_clients_read(freelancer):
    profile = freelancer.freelancer_profile
    form = FreelancerProfileForm(
        data={
            "display_name": "Ann\u202e00.005$",
            "country": profile.country,
            "payout_currency": profile.payout_currency,
            "agency_name": "",
        },
        instance=profile,
    )
    assert not form.is_valid()
    assert form.errors.as_data()["display_name"][0].code == "control_characters"


@pytest.mark.django_db
def test_a_contract_title_with_a_right_to_left_override_is_422_control_characters(
    client, freelancer
):
    _, secret = create_api_token(user=freelancer, name="test")
    response = client.post(
        "/api/v1/contracts",
        {**PAYLOAD, "title": "Logo for invoice\u202etxt.exe"},
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "control_characters"
    assert not Contract.objects.exists()
