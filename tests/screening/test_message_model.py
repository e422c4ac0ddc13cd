"""Contract messages read by a model of their own (round 11), work briefs by the brief model."""

import numpy as np
import pytest

from directcontracts.screening import classifier, engine
from directcontracts.screening.classifier import CODES, Classifier, get_classifier

ORDINARY = "Thanks, the second draft of the landing page copy is ready for your review."


def _reads_everything_as(code: str, *, meta: dict | None = None) -> Classifier:
    """The brief model with its prior pushed far towards `code`: whatever it reads is `code`."""
    brief = get_classifier()
    intercept = brief.intercept.copy()
    intercept[brief.classes.index(code)] += 50.0
    return Classifier(
        vocabulary=brief.vocabulary,
        idf=brief.idf,
        coef=brief.coef,
        intercept=intercept,
        classes=brief.classes,
        temperature=brief.temperature,
        meta=meta or {},
    )


@pytest.fixture
def sexual_message_model(monkeypatch):
    model = _reads_everything_as("banned.sexual")
    monkeypatch.setattr(engine, "get_message_classifier", lambda: model)
    return model


def test_a_contract_message_is_judged_by_the_message_model(sexual_message_model):
    assert engine.screen_message_work(ORDINARY, from_client=False).verdict != "allow"


def test_a_work_brief_is_still_judged_by_the_brief_model(sexual_message_model):
    assert engine.screen_text(ORDINARY).verdict == "allow"
    assert engine.screen_work(title="Landing page copy", description=ORDINARY).allowed


def test_without_a_message_model_file_messages_are_read_by_the_brief_model(tmp_path):
    assert classifier.load_message_classifier(tmp_path / "absent.npz") is get_classifier()


def test_the_message_models_thresholds_apply_to_messages_only(monkeypatch):
    # The same evidence of harm, read with thresholds no probability reaches.
    never = {"block": 1.01, "block_model": 1.01, "review": 1.01, "part": 1.01}
    never |= {"review_risk": 1.01, "model_review_risk": 1.01}
    model = _reads_everything_as("banned.sexual", meta={"message_thresholds": never})
    monkeypatch.setattr(engine, "get_message_classifier", lambda: model)
    assert engine.screen_message_work(ORDINARY, from_client=False).verdict == "allow"
    assert engine.screen_text(ORDINARY, classifier=model).verdict != "allow"


def test_the_brief_model_carries_no_message_thresholds():
    assert get_classifier().message_thresholds == {}


def test_a_written_message_model_is_loaded_with_its_thresholds(tmp_path):
    brief = get_classifier()
    path = tmp_path / "message_model.npz"
    np.savez_compressed(
        path,
        allow_pickle=False,
        vocabulary=np.array(brief.feature_names, dtype=str),
        idf=brief.idf.astype(np.float32),
        coef=brief.coef.astype(np.float16),
        intercept=brief.intercept.astype(np.float32),
        classes=np.array(CODES, dtype=str),
        temperature=np.array(brief.temperature),
        meta=np.array('{"purpose": "messages", "message_thresholds": {"review": 0.2}}'),
    )
    loaded = classifier.load_message_classifier(path)
    assert loaded is not brief
    assert loaded.message_thresholds == {"review": 0.2}


def test_an_explicit_classifier_still_overrides_the_message_model(sexual_message_model):
    verdict = engine.screen_message_work(ORDINARY, from_client=False, classifier=get_classifier())
    assert verdict.verdict == "allow"
