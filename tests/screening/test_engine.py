import pytest

from directcontracts.screening.classifier import CODES
from directcontracts.screening.engine import Decision, default_rulebook, screen_work
from directcontracts.screening.rules import build_rulebook


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Authorised penetration test",
            "Pentest our staging app under a signed authorisation letter.",
        ),
        (
            "Malware analysis for a security firm",
            "Reverse engineer a ransomware sample, write IOCs.",
        ),
        ("Data cleaning", "Clean and deduplicate 40k rows of customer records in Python."),
        ("Cooking blog", "Write ten recipe posts with SEO for my cooking blog."),
        ("Website for our cleaning company", "Services, prices and a booking form."),
        ("Sexual-health education", "Articles on contraception and STI testing for a charity."),
        (
            "Customise a purchased theme",
            "I bought a premium WordPress theme; adapt it to our brand.",
        ),
    ],
)
def test_legitimate_work_that_sounds_alarming_is_allowed(title, description):
    verdict = screen_work(title=title, description=description)
    assert verdict.verdict == Decision.ALLOW
    assert verdict.policy == "ok"


@pytest.mark.parametrize(
    ("title", "description", "code"),
    [
        (
            "Fake reviews",
            "50 five-star Google reviews from different accounts",
            "banned.misleading",
        ),
        ("Telegram shop", "Sell cocaine and pills with delivery", "banned.illegal"),
        ("Bank login copy", "Clone the bank login page to capture passwords", "banned.fraudulent"),
        ("Adult site", "Edit explicit porn videos", "banned.sexual"),
        ("Licence keys", "Send me 20 Office 365 product keys", "excluded.off_the_shelf"),
        ("Move house", "Help moving furniture with a van on Saturday", "excluded.physical"),
    ],
)
def test_policy_breaking_work_is_not_allowed_and_names_the_code(title, description, code):
    verdict = screen_work(title=title, description=description)
    assert verdict.verdict != Decision.ALLOW
    assert verdict.policy == code


def test_verdict_has_score_between_zero_and_one_and_reasons():
    verdict = screen_work(title="Fake Trustpilot reviews", description="from many accounts")
    assert 0.0 <= verdict.score <= 1.0
    assert any("misleading.fake_reviews" in reason for reason in verdict.reasons)


def test_block_reasons_link_to_the_policy():
    verdict = screen_work(title="Fake Trustpilot reviews", description="from many accounts")
    assert any("/categories/" in reason for reason in verdict.reasons)


def test_milestone_texts_are_screened_with_the_work():
    verdict = screen_work(
        title="Marketing help",
        description="Grow our brand",
        texts=["Milestone 2: post 40 fake Google reviews from different accounts"],
    )
    assert verdict.policy == "banned.misleading"


def test_obfuscated_banned_work_is_caught():
    verdict = screen_work(
        title="F\u200bA\u200bK\u200bE r3v1ews", description="5 stars from many accounts"
    )
    assert verdict.verdict != Decision.ALLOW


class _FixedPrediction:
    def __init__(self, probabilities):
        self.probabilities = probabilities

    def top_words(self, code, limit=3):
        return []


class _FixedClassifier:
    def __init__(self, **probabilities):
        self.probabilities = {code: 0.0 for code in CODES} | probabilities

    def predict(self, normalized):
        return _FixedPrediction(self.probabilities)


def _book(**thresholds):
    return build_rulebook(
        [], version="test", thresholds={"block": 0.6, "review": 0.4, **thresholds}, codes=CODES
    )


def test_the_classifier_alone_needs_the_higher_block_model_threshold_to_block():
    unsure = _FixedClassifier(ok=0.3, **{"banned.fraudulent": 0.7})
    verdict = screen_work(title="x", description="y", rulebook=_book(), classifier=unsure)
    assert (verdict.verdict, verdict.policy) == (Decision.REVIEW, "banned.fraudulent")

    sure = _FixedClassifier(ok=0.1, **{"banned.fraudulent": 0.9})
    verdict = screen_work(title="x", description="y", rulebook=_book(), classifier=sure)
    assert (verdict.verdict, verdict.policy) == (Decision.BLOCK, "banned.fraudulent")

    verdict = screen_work(
        title="x", description="y", rulebook=_book(block_model=0.6), classifier=unsure
    )
    assert verdict.verdict == Decision.BLOCK


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Escort vehicle logistics", "Software for escort vehicles for oversized loads."),
        ("Copyright takedowns", "Find pirated copies of my course and send DMCA notices."),
        ("SIEM detection rules", "Detect brute force logins and impossible travel."),
        ("Test data generator", "Generate fake data for testing our staging database."),
        ("Scam awareness guide", "Help seniors spot romance scams and fake rental listings."),
    ],
)
def test_rule_exceptions_let_defensive_and_unrelated_work_through(title, description):
    from directcontracts.screening.normalize import normalize

    text = normalize(f"{title}. {description}")
    assert [r.spec.name for r in default_rulebook().rules if r.match(text)] == []
