"""Issue 14, twenty-second round: a mail domain that spells the other record's employer is
the same organisation ("sarah.long@griffinfrank.com" / Sarah Long at "Griffin-Frank").

Each test names one behaviour.
"""

import pytest

from directcontracts.circumvention import normalize as n
from directcontracts.circumvention.matcher import (
    ALLOW,
    REVIEW,
    Thresholds,
    best_match,
    profile_from_record,
)
from directcontracts.circumvention.selectors import find_candidates
from directcontracts.circumvention.services import import_marketplace_accounts
from tests.circumvention.pairs import decision_of, signal_weights

HOLDER = {
    "id": "holder", "name": "Sarah Long", "country": "US", "email": "sarah.long@outlook.com",
    "company": "Griffin-Frank", "payment_fingerprint": "pf_holder",
    "device_id": "Win10-Chrome:f64fe43abe81cf02",
}  # fmt: skip
# A returning holder: the mailbox name kept at the employer's domain, the company field, card
# and device left empty. (Among 5,000 accounts the mailbox name says nothing of a name: a small
# population cannot call a name rare; the name and the country alone weigh 7.5.)
RETURNING = {
    "id": "c", "name": "Sarah Long", "country": "US", "email": "sarah.long@griffinfrank.com",
}  # fmt: skip
# Weights depend on how rare a value is: a population around the holder.
FILLERS = [
    {"id": f"f{i:04d}", "name": f"Filler Person{i}", "country": "FR", "company": f"Firm{i} SARL"}
    for i in range(5000)
]


def key(company: str) -> str | None:
    return n.company_key(company)


def test_a_domain_of_the_company_words_run_together_spells_it():
    assert n.domain_spells_company("griffinfrank.com", key("Griffin-Frank"))


def test_a_domain_may_keep_the_connectives_and_legal_form_of_the_name():
    assert n.domain_spells_company("bairdandsons.com", key("Baird and Sons"))
    assert n.domain_spells_company("swansoninc.com", key("Swanson Inc"))
    assert n.domain_spells_company("hardygroup.fr", key("Hardy S.A.S."))


def test_a_domain_may_write_the_words_in_another_order_or_with_a_hyphen():
    assert n.domain_spells_company("frank-griffin.co.uk", key("Griffin-Frank"))


def test_a_domain_missing_one_of_the_company_words_does_not_spell_it():
    assert not n.domain_spells_company("wheelerbender.com", key("Wheeler, Bender and Cruz"))


def test_a_domain_with_a_word_the_company_lacks_does_not_spell_it():
    assert not n.domain_spells_company("griffinfrankmedia.com", key("Griffin-Frank"))
    assert not n.domain_spells_company("white.com", key("Smith White Ltd"))


def test_the_employers_domain_counts_as_the_employer():
    weights = signal_weights(_index(), "holder", RETURNING)
    assert ("name", "exact_at_same_organisation") in weights


def test_a_returning_holder_at_the_employers_domain_is_reviewed():
    assert decision_of([HOLDER, *FILLERS], RETURNING) == REVIEW


def test_the_employer_written_on_the_candidate_beside_the_accounts_domain_counts_too():
    holder = {**HOLDER, "email": "sarah.long@griffinfrank.com", "company": None}
    returning = {**RETURNING, "email": "sarah.long@outlook.com", "company": "Griffin-Frank"}
    assert decision_of([holder, *FILLERS], returning) == REVIEW


def test_the_same_candidate_at_a_free_mailbox_is_allowed():
    assert decision_of([HOLDER, *FILLERS], {**RETURNING, "email": "sarah.long@gmail.com"}) == ALLOW


def test_a_colleague_at_the_employers_domain_is_not_flagged():
    colleague = {**RETURNING, "name": "Martha Klein", "email": "martha.klein@griffinfrank.com"}
    assert decision_of([HOLDER, *FILLERS], colleague) == ALLOW


@pytest.mark.django_db
def test_the_database_weighs_the_employers_domain_as_memory_does():
    import_marketplace_accounts(records=[HOLDER, *FILLERS[:20]])
    accounts, freq = find_candidates(profile_from_record(RETURNING))
    result = best_match(profile_from_record(RETURNING), accounts, freq, Thresholds(review=1.0))
    assert ("name", "exact_at_same_organisation") in {(s.field, s.level) for s in result.signals}


def _index():
    from directcontracts.circumvention.matcher import build_index

    return build_index([HOLDER, *FILLERS])
