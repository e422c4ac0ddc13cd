"""Issue 14, ninth round: a company written as its initials, weighed by how many employers
those initials stand for; legal forms and connectives the keys did not know.

Each test names one behaviour.
"""

import pytest

from directcontracts.circumvention import normalize as n
from directcontracts.circumvention.matcher import (
    ALLOW,
    REVIEW,
    profile_from_record,
)
from directcontracts.circumvention.models import MatchKey
from directcontracts.circumvention.selectors import find_candidates
from directcontracts.circumvention.services import import_marketplace_accounts
from tests.circumvention.pairs import decision_of

HOLDER = {
    "id": "holder", "name": "Gordon Brown", "country": "US", "email": "gordon.brown@jcf.example",
    "company": "Johnston, Collins and Fitzpatrick", "payment_fingerprint": "pf_holder",
    "device_id": "Pixel-8:aaaa1111",
}  # fmt: skip
# A returning holder: the employer as its initials, everything personal new.
RETURNING = {
    "id": "c", "name": "Gordon Brown", "country": "US", "email": "gordonbrow6526@outlook.com",
    "company": "JCF Pvt Ltd", "payment_fingerprint": "pf_new", "device_id": "SM-S918B:bbbb2222",
}  # fmt: skip
# Weights depend on how rare a value is: a population around the holder.
FILLERS = [
    {"id": f"f{i:04d}", "name": f"Filler Person{i}", "country": "FR", "company": f"Firm{i} SARL"}
    for i in range(5000)
]


def test_an_acronym_may_keep_the_designator_people_say():
    assert n.company_acronyms("Palla Group") == ("palla", "pg")


def test_an_acronym_may_keep_or_leave_out_the_small_words_of_a_name():
    assert set(n.company_acronyms("Banca Privada del Norte S.Coop.")) == {"bpdn", "bpn"}


def test_an_acronym_may_read_a_hyphenated_name_as_one_word():
    assert "zf" in n.company_acronyms("Zamorani-Gualtieri e figli")


def test_the_likeliest_acronym_comes_first():
    assert n.company_acronym("International Business Machines Corp.") == "ibm"


def test_spanish_cooperative_and_limited_partnership_forms_are_legal_forms():
    key = n.company_key("Renata Villanueva Segarra LLC")
    assert n.company_key("Renata Villanueva Segarra S.Coop.") == key
    assert n.company_key("Renata Villanueva Segarra S.Com.") == key


def test_the_greek_and_is_a_connective():
    assert n.company_key("Ρίσβας, Μπαλανίκα και Τριανταφύλλου") == n.company_key(
        "Ρίσβας Μπαλανίκα Τριανταφύλλου PLC"
    )


def test_a_rare_name_beside_its_employers_rare_initials_is_reviewed():
    assert decision_of([HOLDER, *FILLERS], RETURNING) == REVIEW


def test_initials_many_employers_share_add_no_more_than_before():
    same_initials = [
        {
            "id": f"j{i}",
            "name": f"Other Person{i}",
            "country": "US",
            "company": "Jones Carter Foods",
        }
        for i in range(300)
    ]
    assert decision_of([HOLDER, *same_initials, *FILLERS], RETURNING) == ALLOW


def test_a_colleague_at_the_employer_written_as_initials_is_not_flagged():
    colleague = {**RETURNING, "name": "Martha Klein", "email": "mklein88@outlook.com"}
    assert decision_of([HOLDER, *FILLERS], colleague) == ALLOW


@pytest.mark.django_db
def test_the_database_counts_the_accounts_whose_employer_has_those_initials():
    import_marketplace_accounts(records=[HOLDER, *FILLERS[:20]])
    assert MatchKey.objects.filter(key="org_initials=jcf").count() == 1
    _, freq = find_candidates(profile_from_record(RETURNING))
    assert freq.count("org_initials", "jcf") == 1


def test_a_long_one_word_name_beside_its_legal_form_has_no_acronym():
    assert n.company_acronyms("Microsoft AG") == ()
