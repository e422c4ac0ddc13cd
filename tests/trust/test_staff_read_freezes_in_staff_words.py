"""The case page tells staff what is stopped on the contract in staff words: what is frozen
or held, who froze it, in which case (or dispute), the reason typed then, and since when;
never the parties' words ("ask them through Get Help", "your money ...")."""

from __future__ import annotations

import html

import pytest
from django.urls import reverse

from directcontracts.contracts.freeze_words import ADVICE
from directcontracts.trust import enforcement
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db

PARTIES_WORDS = (
    *ADVICE.values(),
    "For your money this means",
    "ask them through Get Help",
)


def _case_page(client, staff, case) -> str:
    page = staff_session(client, staff).get(reverse("trust:case", args=[case.reference]))
    return html.unescape(page.content.decode())


def _stopped_section(page: str) -> str:
    return page.split('data-testid="stopped-now"', 1)[1].split("</section>", 1)[0]


def test_a_freeze_reads_who_froze_it_in_which_case_why_and_since_when(
    client, funded, trust_safety_staff
):
    case = funded[3]
    enforcement.freeze_contract_escrow(
        case=case, by=trust_safety_staff, reason="Fraud report checked with the bank."
    )
    section = _stopped_section(_case_page(client, trust_safety_staff, case))
    assert "Escrow frozen" in section
    assert trust_safety_staff.full_name in section
    assert f"case {case.reference} (this case)" in section
    assert "Fraud report checked with the bank." in section
    assert "UTC" in section


def test_the_case_page_never_shows_staff_the_parties_freeze_wording(
    client, funded, trust_safety_staff
):
    case = funded[3]
    enforcement.hold_whole_contract(case=case, by=trust_safety_staff, reason="Under review.")
    page = _case_page(client, trust_safety_staff, case)
    assert "Contract on hold" in _stopped_section(page)
    for words in PARTIES_WORDS:
        assert words not in page


def test_a_contract_nobody_froze_says_nothing_is_stopped(client, funded, trust_safety_staff):
    section = _stopped_section(_case_page(client, trust_safety_staff, funded[3]))
    assert "Nothing is frozen or held on this contract." in section
