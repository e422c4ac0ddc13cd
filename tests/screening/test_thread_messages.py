"""Contract-thread messages in training (model v18): what is read, what is kept out."""

import json

import numpy as np
import pytest

from directcontracts.screening import train
from directcontracts.screening.classifier import CODES, Classifier
from directcontracts.screening.corpus import threads
from directcontracts.screening.engine import screen_message_work

HELD_FILE = train.HELDOUT_DIR / "messages_threads_held.jsonl"


def test_composing_the_thread_messages_twice_gives_the_same_messages():
    assert threads.thread_rows() == threads.thread_rows()


def test_no_held_thread_message_is_composed_into_training():
    trained = {r["description"] for r in threads.thread_rows()}
    assert not trained & {r["description"] for r in threads.held_rows()}


def test_the_committed_held_part_is_the_one_the_generator_holds_out():
    committed = [json.loads(line) for line in HELD_FILE.read_text(encoding="utf-8").splitlines()]
    assert [r["description"] for r in committed] == [r["description"] for r in threads.held_rows()]


def test_every_thread_message_has_a_valid_code_sender_and_language():
    for row in threads.thread_rows() + threads.held_rows():
        assert row["policy"] in CODES, row["id"]
        assert row["sender"] in ("client", "freelancer"), row["id"]
        assert row["lang"] in ("en", "es", "pt", "fr", "de", "hi"), row["id"]


def test_the_thread_messages_are_in_six_languages_on_both_sides_of_the_line():
    rows = threads.thread_rows()
    for ordinary in (True, False):
        languages = {r["lang"] for r in rows if (r["policy"] == "ok") == ordinary}
        assert {"en", "es", "pt", "fr", "de", "hi"} <= languages


def test_training_never_reads_the_independent_message_measures():
    names = {path.name for path in train.MESSAGE_SOURCES.values()}
    assert not names & set(train.MESSAGE_MEASURES)
    assert "messages_heldout.jsonl" not in names


@pytest.mark.parametrize("name", ["messages_heldout_v7.jsonl", "messages_heldout_v11.jsonl"])
def test_training_refuses_an_independent_message_measure_as_a_source(name):
    with pytest.raises(ValueError, match="independent measure"):
        train.message_rows({"held out": train.HELDOUT_DIR / name})


def test_training_reads_every_message_source_with_its_weight():
    rows = train.load_rows()
    read = {r.get("message_source") for r in rows}
    assert {"threads", *train.MESSAGE_SOURCES} <= read
    weights = train.row_weights(rows)
    composed = np.array([r.get("message_source") == "threads" for r in rows])
    sets = np.array([r.get("message_source") not in (None, "threads") for r in rows])
    assert (weights[composed] == train.MESSAGE_WEIGHT["threads"]).all()
    assert (weights[sets] == train.MESSAGE_SET_WEIGHT).all()


def test_the_packaged_model_names_the_message_sources_it_was_trained_on():
    meta = Classifier.load().meta
    assert set(meta["message_sources"]) == {"threads", *train.MESSAGE_SOURCES}


# From the held part of the composed thread messages (never trained on): ordinary talk the
# brief-only model v17 held for review.
@pytest.mark.parametrize(
    ("text", "from_client"),
    [
        ("Merry Christmas and happy holidays to you and your family! Thanks!", True),
        ("Hi! Got married last weekend, back at my desk now and catching up.", False),
        ("Here's the staging login, it's only for testing: user demo, password in the doc.",
         True),
        ("Dear Fatima, just got back from the doctor, all fine. Picking up where I left off.",
         False),
    ],
)  # fmt: skip
def test_ordinary_thread_talk_is_allowed(text, from_client):
    assert str(screen_message_work(text, from_client=from_client).verdict) == "allow"
