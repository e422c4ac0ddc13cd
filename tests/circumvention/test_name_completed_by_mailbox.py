"""Issue 14, fifteenth round: a name written with initials whose mailbox spells it out
("Gian G." at gian.grisoni@...) is compared as the full name the person wrote there. Each test
names one behaviour."""

import pytest

from directcontracts.circumvention import normalize as n
from directcontracts.circumvention.matcher import (
    build_index,
    compare_profile_names,
    profile_from_record,
)
from directcontracts.circumvention.models import MarketplaceAccount
from directcontracts.circumvention.selectors import PROFILE_COLUMNS, profile_from_row
from tests.circumvention.factories import MarketplaceAccountFactory
from tests.circumvention.pairs import signal_weights


@pytest.mark.parametrize(
    ("name", "email", "completed"),
    [
        ("Gian G.", "gian.grisoni@grisoni.it", "gian grisoni"),
        ("A. Groth", "aniela.groth@yahoo.com", "aniela groth"),
        ("Simpson, I.", "ian_simpson+work@icloud.com", "simpson ian"),
    ],
)
def test_an_initial_is_completed_by_the_mailbox_that_spells_the_name(name, email, completed):
    assert n.completed_name(name, email) == completed


@pytest.mark.parametrize(
    ("name", "email"),
    [
        ("J. Smith", "jsmith84@example.com"),  # one run: the mailbox spells no given name
        ("Rika Y.", "r.yamada@proton.me"),  # an initial in the mailbox too
        ("Gian G.", "gian.grisoni.dev@example.com"),  # a run the name does not hold
        ("Gian G.", "gian.rossi@example.com"),  # the initial stands for another run
        ("Gian Grisoni", "gian.grisoni@example.com"),  # nothing to complete
        ("Джон С.", "john.smith@example.com"),  # not written in Latin letters
    ],
)
def test_a_mailbox_that_does_not_spell_the_name_out_completes_nothing(name, email):
    assert n.completed_name(name, email) is None


def test_a_completed_name_compares_as_the_same_name():
    candidate = profile_from_record({"id": "c", "name": "Gian G.", "email": "gian.grisoni@x.it"})
    holder = profile_from_record({"id": "h", "name": "Gian Grisoni"})
    assert compare_profile_names(candidate, holder) == "exact"


def test_a_shortened_name_with_its_mailbox_weighs_as_the_full_name_would():
    holder = {"id": "h", "name": "Gian Grisoni", "email": "gian.grisoni@gmail.com", "country": "IT"}
    fillers = [{"id": f"f{i}", "name": f"Filler Person{i}", "country": "IT"} for i in range(3000)]
    index = build_index([holder, *fillers])
    returning = {"email": "gian.grisoni@grisoni.it", "country": "IT"}
    shortened = signal_weights(index, "h", {**returning, "name": "Gian G."})
    assert ("name", "same") in shortened
    assert shortened == signal_weights(index, "h", {**returning, "name": "Gian Grisoni"})


@pytest.mark.django_db
def test_an_account_read_back_from_the_database_keeps_its_completed_name():
    raw = {"name": "Gian G.", "email": "gian.grisoni@grisoni.it", "country": "IT"}
    account = MarketplaceAccountFactory(**raw)
    row = MarketplaceAccount.objects.filter(id=account.id).values(*PROFILE_COLUMNS).get()
    stored, given = profile_from_row(row), profile_from_record(raw)
    assert (stored.name_key, stored.name_parts) == (given.name_key, given.name_parts)
