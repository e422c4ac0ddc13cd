"""Flag as Inappropriate is one action with one name: the pages before and after it, and the
links that lead to it, say "flag", never "report" for the same thing."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from directcontracts.core.concerns import Concern, raise_concern
from directcontracts.trust import enforcement
from directcontracts.trust.cases import score_parts
from directcontracts.trust.models import Case
from tests.accounts.helpers import staff_session
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db


@pytest.fixture
def contract(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    return contract


def _visible_text(page: str) -> str:
    body = page.split("<main", 1)[-1]
    return re.sub(r"<[^>]+>", " ", body)


def _flag_the_contract(client, contract):
    client.force_login(contract.client)
    url = reverse("trust:flag") + f"?kind=contract&id={contract.pk}"
    return client.post(
        url, {"reason": "scam_fraud", "details": "Asked me to pay by wire."}, follow=True
    )


def test_the_flag_form_says_flag_not_report(client, contract):
    client.force_login(contract.client)
    url = reverse("trust:flag") + f"?kind=contract&id={contract.pk}"
    page = client.get(url).content.decode()
    assert "Send flag</button>" in page
    assert "report" not in _visible_text(page).lower()


def test_the_page_after_flagging_says_the_flag_was_received(client, contract):
    page = _flag_the_contract(client, contract).content.decode()
    assert "<title>Flag received" in page
    assert re.search(
        r"<h1>Thank you: flag <span class=\"nowrap\">FL-[^<]+</span> received</h1>", page
    )
    assert ">your flags</a>" in page
    assert "report" not in _visible_text(page).lower()


def test_ones_own_list_is_called_your_flags(client, contract):
    _flag_the_contract(client, contract)
    page = client.get(reverse("trust:my_flags")).content.decode()
    assert "<h1>Your flags</h1>" in page
    assert "report" not in _visible_text(page).lower()


def test_the_contract_page_names_flagging_the_other_party_as_flagging(client, contract):
    client.force_login(contract.client)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert ">Flag the freelancer as inappropriate</a>" in page
    assert "Report the freelancer" not in page


def test_the_contract_pages_two_flag_links_read_alike_in_sentence_case(client, contract):
    client.force_login(contract.client)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert ">Flag this contract as inappropriate</a> · <a " in page
    assert ">Flag as Inappropriate</a>" not in page


def test_the_freelancer_is_offered_to_flag_the_client_in_the_same_words(client, contract):
    client.force_login(contract.freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert ">Flag the client as inappropriate</a>" in page
    assert "Report the client" not in page


# --- Staff pages call the people who flagged something by the same word -------------------


def _case_page(client, staff, case) -> str:
    signed = staff_session(client, staff)
    return signed.get(reverse("trust:case", args=[case.reference])).content.decode()


def test_the_case_page_speaks_of_the_people_who_flagged_it_not_reporters(
    client, trust_safety_staff, funded
):
    *_, case = funded
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    page = _case_page(client, trust_safety_staff, case)
    assert "the people who flagged it were told" in page
    assert "the people who flagged it get a standard outcome" in page
    assert "do not name or describe who flagged them" in page
    assert "reporters" not in _visible_text(page).lower()


@pytest.mark.parametrize("action", ["dismiss", "uphold"])
def test_closing_a_case_says_the_people_who_flagged_it_are_told(
    client, trust_safety_staff, funded, action
):
    *_, case = funded
    signed = staff_session(client, trust_safety_staff)
    response = signed.post(
        reverse("trust:case_action", args=[case.reference, action]),
        {"reason": "Looked at the contract."},
        follow=True,
    )
    page = response.content.decode()
    assert "the people who flagged it are told." in page
    assert "reporters" not in page


def test_the_priority_counts_more_people_who_flagged_it_in_those_words():
    for person in (1, 2):
        raise_concern(
            Concern(
                source="flag",
                target_kind="contract",
                target_id="7",
                reason="spam",
                summary="Looks like spam",
                reporter_user_id=person,
            )
        )
    case = Case.objects.get()
    labels = [label for label, _ in score_parts(list(case.signals.all()))]
    assert "more people who flagged it" in labels
    assert not [label for label in labels if "reporter" in label]
