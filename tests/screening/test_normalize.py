import pytest

from directcontracts.screening.normalize import fold, normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ｆａｋｅ ｒｅｖｉｅｗｓ", "fake reviews"),  # full-width
        ("𝐟𝐚𝐤𝐞 𝐩𝐚𝐬𝐬𝐩𝐨𝐫𝐭", "fake passport"),  # mathematical bold
        ("ⓢⓔⓧ chat", "sex chat"),  # circled letters
    ],
)
def test_nfkc_undoes_compatibility_forms(raw, expected):
    assert normalize(raw) == expected


def test_zero_width_characters_are_removed():
    assert normalize("f\u200ba\u200bk\u200de r\u2060eviews") == "fake reviews"


def test_cyrillic_homoglyphs_inside_latin_words_become_latin():
    assert normalize("buy \u0441\u043ecaine") == "buy cocaine"


def test_a_real_russian_word_is_transliterated_not_mangled():
    assert normalize("работа") == "rabota"


def test_accents_are_folded():
    assert normalize("Avaliações falsas") == "avaliacoes falsas"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("s e x chat", "sex chat"), ("c.o.c.a.i.n.e", "cocaine"), ("f-a-k-e reviews", "fake reviews")],
)
def test_spaced_or_dotted_letters_are_joined(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("h.a.c.k f.b account", "hack fb account"), ("b u y  f o l l o w e r s", "buy followers")],
)
def test_a_separator_unlike_the_rest_of_a_spaced_run_ends_a_word(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("h4ck 1nst4gr4m", "hack instagram"), ("c0ca1ne", "cocaine"), ("r€v!ews", "reviews")],
)
def test_leetspeak_inside_words_is_undone(raw, expected):
    assert normalize(raw) == expected


def test_ordinary_alphanumeric_words_are_kept():
    assert normalize("3D renders for a B2B site in 24h, 1st draft") == (
        "3d renders for a b2b site in 24h 1st draft"
    )


def test_emoji_stand_ins_become_words():
    assert normalize("party 💊 and ❄️") == "party pills and snow"


def test_fold_keeps_digits_and_punctuation_for_contact_detection():
    assert fold("Call ５５５-０１２３") == "call 555-0123"


# An emoji anyascii spells by its 42-character name (issue 11: hostile input is bounded).
CROSSED_FINGERS = "\U0001faf0"


def test_a_text_of_emoji_folds_to_at_most_four_times_its_length():
    text = CROSSED_FINGERS * 10_000

    assert len(fold(text)) <= 4 * len(text) + 100  # normalize.MAX_EXPANSION


def test_a_few_emoji_in_ordinary_text_keep_their_names():
    assert ":point_right:" in fold("Dog walking \U0001f449 twice a day")


def test_contact_details_after_a_wall_of_emoji_are_still_found():
    from directcontracts.screening.messages import screen_message_text

    verdict = screen_message_text(CROSSED_FINGERS * 9_000 + " write to nora.smith@gmail.com")

    assert verdict.kinds == ["contact_details"]


def test_a_wall_of_one_stand_in_emoji_folds_to_at_most_four_times_its_length():
    text = "\U0001f51e" * 10_000  # stands in for "adult explicit"

    assert len(fold(text)) <= 4 * len(text) + 100  # normalize.MAX_EXPANSION


def test_a_wall_of_one_stand_in_emoji_still_reads_as_its_word():
    assert "adult explicit" in normalize("\U0001f51e" * 10_000)
