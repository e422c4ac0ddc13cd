"""A Trust & Safety freeze is explained to both parties, but its appeal page opens only for
the person the case is about: they get the link ("Read why and appeal"), the other party a
plain sentence on what it means for their money and that Trust & Safety will tell them."""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.core.errors import DomainError
from directcontracts.trust import enforcement

pytestmark = pytest.mark.django_db

APPEAL_LINK_WORDS = "Read why and appeal"
FOR_THE_CLIENT = (
    "For your money this means: it stays safe in escrow, neither released nor refunded, until "
    "the freeze is lifted. Trust &amp; Safety will tell you when it is."
)


@pytest.fixture
def frozen(funded, trust_safety_staff):
    """The client reported the freelancer's contract; Trust & Safety froze its escrow."""
    contract, client, milestone, case = funded
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Fraud report.")
    return contract, client, milestone, case


def _page(client, person, contract):
    client.force_login(person)
    return client.get(f"/contracts/{contract.pk}/").content.decode()


def test_the_person_the_case_is_about_sees_the_appeal_link_on_the_contract_page(
    frozen, freelancer, client
):
    contract, _, _, case = frozen
    page = _page(client, freelancer, contract)
    assert f'<a href="/trust/appeals/{case.reference}/">{APPEAL_LINK_WORDS}</a>' in page


def test_the_other_party_sees_no_appeal_link_on_the_contract_page(frozen, client):
    contract, client_user, _, _ = frozen
    page = _page(client, client_user, contract)
    assert "/trust/appeals/" not in page
    assert APPEAL_LINK_WORDS not in page


def test_the_other_party_reads_what_the_freeze_means_for_their_money(frozen, client):
    contract, client_user, _, _ = frozen
    assert FOR_THE_CLIENT in _page(client, client_user, contract)


def test_the_person_the_case_is_about_gets_a_notice_linking_their_appeal_page(frozen, freelancer):
    case = frozen[3]
    notice = freelancer.notices.get(kind="escrow.frozen")
    assert notice.url == f"/trust/appeals/{case.reference}/"
    assert notice.link_text == APPEAL_LINK_WORDS
    assert "/trust/appeals/" not in notice.body


def test_the_other_party_gets_a_notice_without_the_appeal_page(frozen):
    contract, client_user, _, _ = frozen
    notice = client_user.notices.get(kind="escrow.frozen")
    assert "/trust/appeals/" not in notice.body + notice.url
    assert "Trust & Safety will tell you when it is." in notice.body
    assert notice.url.startswith(f"/contracts/{contract.pk}/")


def test_the_other_party_is_refused_a_release_without_the_appeal_page(frozen):
    _, client_user, milestone, _ = frozen
    with pytest.raises(DomainError) as refused:
        escrow.approve_milestone(
            milestone=milestone, by=client_user, amount_minor=None, method=None
        )
    assert "/trust/appeals/" not in refused.value.message


def test_a_hold_tells_the_other_party_what_it_means_for_their_money(funded, trust_safety_staff):
    _, client_user, _, case = funded
    enforcement.hold_whole_contract(case=case, by=trust_safety_staff, reason="Fraud report.")
    notice = client_user.notices.get(kind="contract.held")
    assert "no new funding and no release until the hold is lifted" in notice.body
    assert "/trust/appeals/" not in notice.body


def test_the_freeze_note_names_its_case_once(frozen, client):
    contract, client_user, _, case = frozen
    page = _page(client, client_user, contract)
    note = page.split('data-testid="contract-freeze"', 1)[1].split("</div>", 1)[0]
    assert note.count(case.reference) == 1
