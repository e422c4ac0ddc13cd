"""Issue 14, twelfth round: a name the account writes in Latin letters, written in Cyrillic or
Greek the way a foreign name is transcribed there (John Smith: Джон Смит, Τζον Σμιθ).

The English j is дж in Cyrillic and, at the start of a word, τζ in Greek; anyascii reads them
dzh and tz. Each test names one behaviour.
"""

import pytest

from directcontracts.circumvention import normalize as n
from directcontracts.circumvention.matcher import (
    AGREEING_NAME_LEVELS,
    REVIEW,
    Thresholds,
    build_index,
    profile_from_record,
)
from tests.circumvention.disguises import transcribe_latin
from tests.circumvention.pairs import name_level


@pytest.mark.parametrize(
    ("written", "latin"),
    [("Джон Пуг", "John Pugh"), ("Τζιν Ντιαζ", "Jean Diaz"), ("Τζοσουα Κοπερ", "Joshua Cooper")],
)
def test_an_english_j_in_cyrillic_or_greek_reads_as_the_latin_name(written, latin):
    assert name_level(written, latin) == "transliterated"


def test_a_j_inside_a_cyrillic_word_is_a_j_too():
    assert n.fold_text("Бенджамин") == "benjamin"


def test_a_greek_tz_inside_a_word_stays_tz():
    assert n.fold_text("Τζώρτζης") == "jortzis"


@pytest.mark.parametrize(
    ("written", "latin"),
    [("Τζώρτζης Παπάς", "Tzortzis Papas"), ("Джамбулат Алиев", "Dzhambulat Aliev")],
)
def test_a_native_name_keeps_matching_its_usual_romanisation(written, latin):
    assert name_level(written, latin) in AGREEING_NAME_LEVELS


def _in_greek_beside_the_holders_address(name: str) -> tuple[str, str]:
    """(the holder's name as our transcription writes it in Greek, the decision on a new
    client of that name at the holder's address among 3,000 other accounts)."""
    holder = {"id": "h", "name": name, "country": "US", "ip": "73.158.20.4"}
    fillers = [{"id": f"f{i}", "name": f"Filler Person{i}", "country": "US"} for i in range(3000)]
    written = " ".join(transcribe_latin(word, "greek") for word in name.split())
    candidate = {"id": "c", "name": written, "country": "US", "ip": "73.158.20.4"}
    result = build_index([holder, *fillers]).match(profile_from_record(candidate), Thresholds())
    return written, result.decision


def test_a_latin_name_in_greek_beside_the_holders_address_is_reviewed():
    assert _in_greek_beside_the_holders_address("Jennifer Walsh") == ("Τζενιφερ Ουαλς", REVIEW)


def test_our_transcription_writes_an_english_j_as_people_do():
    assert transcribe_latin("John", "cyrillic") == "Джон"
    assert transcribe_latin("John", "greek") == "Τζον"


# Round 13: Greek writes the English ch as τσ.


@pytest.mark.parametrize(
    ("written", "latin"), [("Ριτσαρντ Ρος", "Richard Ross"), ("Ιβονε Τσαπμαν", "Yvonne Chapman")]
)
def test_a_greek_ts_before_a_vowel_may_be_an_english_ch(written, latin):
    assert name_level(written, latin) == "transliterated"


def test_a_greek_name_with_its_own_ts_still_matches_its_romanisation():
    assert name_level("Αλέξης Τσίπρας", "Alexis Tsipras") in AGREEING_NAME_LEVELS


def test_ts_is_not_read_as_ch_between_two_names_in_latin_letters():
    assert name_level("Nikos Tsakalos", "Nikos Chakalos") not in AGREEING_NAME_LEVELS


# Round 14: English spellings a transcription by sound does not keep.


def test_ck_is_one_k_in_a_names_skeleton():
    assert n.name_skeleton_key(n.name_parts("Джексон")) == n.name_skeleton_key(
        n.name_parts("Jackson")
    )


@pytest.mark.parametrize(
    ("written", "latin"),
    [
        ("Франк Леконте", "Franck Leconte"),
        ("Синди Хендерсон", "Cindy Henderson"),
        ("Βίνσεντ Κλαρκ", "Vincent Clark"),
        ("Μπρέντα Ράμος", "Brenda Ramos"),
        ("Σίντι Χέντερσον", "Cindy Henderson"),
    ],
)
def test_a_soft_c_a_ck_or_an_nd_written_by_sound_reads_as_the_latin_name(written, latin):
    assert name_level(written, latin) == "transliterated"


def test_a_greek_ts_and_nt_in_one_word_read_together_as_ch_and_d():
    assert name_level("Έντουαρντ Ρίτσαρντς", "Edward Richards") == "transliterated"


def test_a_russian_ts_keeps_matching_its_german_z():
    assert name_level("Кунцев Иван", "Kunzew Iwan") == "transliterated"


@pytest.mark.parametrize(
    ("one", "other"), [("Grace Dent", "Grase Ded"), ("Lucy Candler", "Lusy Cadler")]
)
def test_the_readings_are_not_used_between_two_names_in_latin_letters(one, other):
    assert name_level(one, other) not in AGREEING_NAME_LEVELS


def test_our_transcription_writes_a_soft_c_as_s():
    assert (transcribe_latin("Cindy", "cyrillic"), transcribe_latin("Cindy", "greek")) == (
        "Синди",
        "Σιντι",
    )


def test_a_latin_name_with_an_nd_in_greek_beside_the_holders_address_is_reviewed():
    assert _in_greek_beside_the_holders_address("Brenda Henderson") == (
        "Μπρεντα Χεντερσον",
        REVIEW,
    )


# Round 16: a name word whose readings keep one consonant.


@pytest.mark.parametrize(
    ("written", "latin"),
    [
        ("Хари Камерон", "Harry Cameron"),
        ("Παουλ Χουντ", "Paul Hunt"),
        ("Роналд Уод", "Ronald Wood"),
        ("Τζοισε Λε", "Joyce Lee"),
    ],
)
def test_a_one_consonant_word_with_the_same_first_sound_reads_as_the_latin_name(written, latin):
    assert name_level(written, latin) == "transliterated"


def test_a_one_consonant_word_with_another_first_sound_is_another_name():
    assert name_level("Хари Камерон", "Rory Cameron") not in AGREEING_NAME_LEVELS


def test_one_consonant_words_alone_do_not_match():
    assert name_level("Хари Уод", "Harry Wood") not in AGREEING_NAME_LEVELS


def test_one_consonant_words_in_latin_letters_keep_their_usual_comparison():
    assert name_level("Harry Cameron", "Rory Cameron") not in AGREEING_NAME_LEVELS


@pytest.mark.parametrize(
    ("token", "sound"),
    [("khari", "h"), ("chount", "h"), ("hunt", "h"), ("uod", "w"), ("wood", "w"), ("cindy", "s")],
)
def test_the_first_sound_of_a_token(token, sound):
    assert n.first_sound(token) == sound


# Round 20: Greek writes the English j as τζ inside a word too, and the English ch as τσ at a
# word's start.


@pytest.mark.parametrize(
    ("written", "latin"),
    [
        ("Μικακο Φουτζιτα", "Mikako Fujita"),
        ("Μπεντζαμιν Ολιβειρα", "Benjamin Oliveira"),
        ("Σαντζέι Παλα", "Sanjay Palla"),
        ("Βιας Μπαντζετ", "Vyas Banjeet"),
    ],
)
def test_a_greek_tz_inside_a_word_may_be_an_english_j(written, latin):
    assert name_level(written, latin) == "transliterated"


def test_a_greek_ts_opening_a_short_word_may_be_an_english_ch():
    assert name_level("Νατσικετ Τσαντ", "Nachiket Chand") == "transliterated"


def test_an_english_j_read_in_a_greek_tz_leaves_the_latin_consonants():
    assert "ft" in n.other_readings("foutzita")


def test_a_ts_before_a_vowel_starts_with_the_sound_of_ch():
    assert n.first_sound("tsant") == n.first_sound("chand")


def test_a_greek_names_own_tz_still_meets_its_usual_romanisation():
    assert name_level("Τζώρτζης Παπάς", "Tzortzis Papas") in AGREEING_NAME_LEVELS


def test_a_one_consonant_word_alone_still_meets_no_one():
    assert name_level("Τσαντ", "Chand") not in AGREEING_NAME_LEVELS


# Round 21: the loose name key of a name as written, beside that of its nickname family.


def _loose_keys(name: str, country: str = "US") -> set[str]:
    profile = profile_from_record({"id": "a", "name": name, "country": country})
    # The country's own keys (round 25 files each name under every country too, `*|`).
    return {
        v for k, v in profile.blocking_keys() if k == "name_skel" and v.startswith(f"{country}|=")
    }


def test_a_name_whose_nickname_family_reads_otherwise_is_also_keyed_as_written():
    assert "US|=d rr" in _loose_keys("Judy Rivera")  # judy, not its family's judith


def test_a_name_read_alike_by_its_family_has_one_loose_key():
    assert len(_loose_keys("Maria Pinto")) == 1


def test_a_latin_name_in_greek_finds_a_holder_known_by_a_nickname_family():
    holder = {"id": "h", "name": "Judy Rivera", "country": "US", "company": "Olson-Peters"}
    fillers = [{"id": f"f{i}", "name": f"Filler Person{i}", "country": "US"} for i in range(300)]
    candidate = {"id": "c", "name": "Τζουντι Ριβερα", "country": "US", "company": "Olson-Peters"}
    found = build_index([holder, *fillers]).candidates_for(profile_from_record(candidate))
    assert "h" in {profile.id for profile in found}
