"""The training corpus keeps the shape issue 13 asks for."""

from directcontracts.screening.train import load_rows


def test_the_corpus_has_at_least_5000_briefs_and_40_percent_hard_negatives():
    # Contract-thread messages (model v18) are another population, counted apart.
    rows = load_rows(messages=False)
    hard = [r for r in rows if r.get("kind") == "hard_negative" or "ok_hard" in r["id"]]
    assert len(rows) >= 5000
    assert len(hard) / len(rows) >= 0.40


def test_the_corpus_has_buried_and_no_trigger_harm_in_several_languages():
    rows = load_rows()
    for kind in ("buried", "no_trigger"):
        languages = {r.get("lang") for r in rows if r.get("kind") == kind}
        assert {"en", "es", "pt", "fr", "de", "hi"} <= languages
