import re

import pytest

from directcontracts.screening.classifier import CODES
from directcontracts.screening.engine import (
    Decision,
    default_rulebook,
    explain_for_user,
    screen_work,
)
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
        ("Review detector", "Browser extension that flags fake reviews on Amazon listings."),
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


BURIED = (
    "Build a responsive site for our bakery with a menu, opening hours and a contact form. "
    "We already have photos and the logo. Budget is about $600, deadline in three weeks. "
    "One more thing: post 30 five-star Google reviews for us from different accounts."
)


def test_a_request_buried_at_the_end_of_a_long_brief_is_found():
    verdict = screen_work(title="Bakery website", description=BURIED)
    assert verdict.verdict == Decision.BLOCK
    assert verdict.policy == "banned.misleading"


def test_the_reasons_quote_the_part_that_decided():
    verdict = screen_work(title="Bakery website", description=BURIED)
    assert "Google reviews" in verdict.deciding_part
    assert "opening hours" not in verdict.deciding_part
    assert any("Google reviews for us from different accounts" in r for r in verdict.reasons)


def test_a_harmless_mention_is_judged_in_its_own_sentence():
    verdict = screen_work(
        title="Marketplace trust tools",
        description=(
            "We run a marketplace for handmade goods. Build a dashboard for our moderators. "
            "It should flag fake reviews and paid ratings so we can remove them."
        ),
    )
    assert verdict.verdict == Decision.ALLOW


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


@pytest.mark.parametrize(
    "text",
    [
        "asdfghjkl qwertyuiop zxcvbnm",
        "jkdsf lkjsdf oiweur nmzxcv poiqwe",
        "xq7#kz!! vvbn@@ ppq//zz 9u8y7t",
        "hhhhhhhhhhhhhhhhhhhhhhhhhhh",
        "qwe qwe qwe asd asd asd zxc zxc",
        "fjfjfjfj dkdkdkdk slslslsl",
        "ñlkj ñlkj ÿüö ßßß ŧŧŧ",
    ],
)
def test_text_in_no_language_is_never_blocked_and_asks_for_a_description(text):
    verdict = screen_work(title=text[:20], description=text)
    assert verdict.verdict == Decision.REVIEW
    assert verdict.needs_description
    assert "describe the work" in explain_for_user(verdict)


def test_an_empty_brief_asks_for_a_description():
    verdict = screen_work(title="", description="!!! ??? ...")
    assert verdict.needs_description


def test_the_user_explanation_names_the_policy_and_quotes_the_part_without_internals():
    verdict = screen_work(title="Bakery website", description=BURIED)
    message = explain_for_user(verdict)
    assert "misleading" in message
    assert "Google reviews for us" in message
    assert "/categories/" in message
    assert "%" not in message
    assert not re.search(r"\b[a-z_]+\.[a-z_]+\b", message.replace("/categories/", ""))
    assert any("%" in r for r in verdict.reasons), "staff reasons keep the figures"


def test_the_user_explanation_of_a_review_says_trust_and_safety_will_look():
    from directcontracts.screening.engine import Verdict

    verdict = Verdict(
        verdict=Decision.REVIEW, policy="excluded.physical", score=0.6, deciding_part="Paint it"
    )
    assert "Trust & Safety" in explain_for_user(verdict)


class _FixedPrediction:
    def __init__(self, probabilities):
        self.probabilities = probabilities

    def top_words(self, code, limit=3):
        return []


class _FixedClassifier:
    """The whole brief gets `whole`; each part gets `parts[i]` (else the whole's)."""

    def __init__(self, whole, parts=()):
        self.whole = {code: 0.0 for code in CODES} | whole
        self.parts = [{code: 0.0 for code in CODES} | p for p in parts]

    def predict_parts(self, normalized):
        parts = [
            self.parts[i] if i < len(self.parts) else self.whole for i in range(len(normalized))
        ]
        return _FixedPrediction(self.whole), parts

    def known_share(self, normalized):
        return 1.0


def _book(**thresholds):
    return build_rulebook(
        [],
        version="test",
        thresholds={"block": 0.6, "review": 0.5, "block_model": 0.8, "part": 0.75, **thresholds},
        codes=CODES,
    )


def test_the_classifier_alone_needs_the_higher_block_model_threshold_to_block():
    unsure = _FixedClassifier({"ok": 0.3, "banned.fraudulent": 0.7})
    verdict = screen_work(title="x", description="y", rulebook=_book(), classifier=unsure)
    assert (verdict.verdict, verdict.policy) == (Decision.REVIEW, "banned.fraudulent")

    sure = _FixedClassifier({"ok": 0.1, "banned.fraudulent": 0.9})
    verdict = screen_work(title="x", description="y", rulebook=_book(), classifier=sure)
    assert (verdict.verdict, verdict.policy) == (Decision.BLOCK, "banned.fraudulent")

    verdict = screen_work(
        title="x", description="y", rulebook=_book(block_model=0.6), classifier=unsure
    )
    assert verdict.verdict == Decision.BLOCK


def test_one_clearly_bad_part_decides_and_is_quoted():
    model = _FixedClassifier(
        {"ok": 0.9, "banned.illegal": 0.1},
        parts=[{"ok": 0.95}, {"ok": 0.02, "banned.illegal": 0.98}],
    )
    verdict = screen_work(
        title="Shop site",
        description="Sell crackers online to everyone.",
        rulebook=_book(),
        classifier=model,
    )
    assert (verdict.verdict, verdict.policy) == (Decision.BLOCK, "banned.illegal")
    assert verdict.deciding_part == "Sell crackers online to everyone."


def test_a_part_of_fewer_than_four_words_does_not_decide_alone():
    model = _FixedClassifier(
        {"ok": 0.9, "banned.illegal": 0.1},
        parts=[{"ok": 0.95}, {"ok": 0.02, "banned.illegal": 0.98}],
    )
    verdict = screen_work(
        title="Shop site", description="Sell crackers online.", rulebook=_book(), classifier=model
    )
    assert verdict.verdict == Decision.ALLOW


def test_a_part_the_classifier_is_unsure_about_does_not_decide():
    model = _FixedClassifier(
        {"ok": 0.9, "banned.illegal": 0.1},
        parts=[{"ok": 0.95}, {"ok": 0.4, "banned.illegal": 0.6}],
    )
    verdict = screen_work(
        title="Shop site", description="Sell crackers online.", rulebook=_book(), classifier=model
    )
    assert verdict.verdict == Decision.ALLOW


def test_the_uncertain_middle_goes_to_review_never_to_block():
    model = _FixedClassifier({"ok": 0.35, "banned.sexual": 0.65})
    verdict = screen_work(title="x", description="y", rulebook=_book(), classifier=model)
    assert verdict.verdict == Decision.REVIEW


def test_packaged_thresholds_block_on_the_classifier_only_when_confident():
    thresholds = default_rulebook().thresholds
    assert thresholds["block_model"] >= 0.9
    assert thresholds["review"] < thresholds["block_model"]


def test_a_part_with_no_known_word_scores_as_the_prior_not_as_nan():
    from directcontracts.screening.classifier import get_classifier

    whole, parts = get_classifier().predict_parts(["website for our bakery", "zzqxv"])
    assert all(0.0 <= p <= 1.0 for probs in parts for p in probs.values())
    assert abs(sum(parts[1].values()) - 1.0) < 1e-9


def test_probability_spread_thinly_over_the_codes_is_not_evidence_of_harm():
    spread = {code: 0.1 for code in CODES[1:]}
    model = _FixedClassifier({"ok": 0.4, **spread})
    verdict = screen_work(title="x", description="y", rulebook=_book(), classifier=model)
    assert verdict.verdict == Decision.ALLOW


def _book_with_rule(**thresholds):
    from directcontracts.screening.rules import RuleSpec

    rule = RuleSpec(
        name="misleading.test",
        code="banned.misleading",
        action="block",
        reason="r",
        patterns=("fake + review*",),
    )
    return build_rulebook(
        [rule],
        version="test",
        thresholds={"block": 0.6, "review": 0.35, "block_model": 0.93, **thresholds},
        codes=CODES,
    )


def test_a_block_rule_blocks_when_the_classifier_finds_the_same_harm():
    model = _FixedClassifier({"ok": 0.5, "banned.misleading": 0.5})
    verdict = screen_work(
        title="x", description="Write fake reviews", rulebook=_book_with_rule(), classifier=model
    )
    assert verdict.verdict == Decision.BLOCK


def test_a_block_rule_the_classifier_finds_no_evidence_for_only_holds_for_review():
    model = _FixedClassifier({"ok": 0.7, "banned.misleading": 0.2, "banned.illegal": 0.1})
    verdict = screen_work(
        title="x", description="Write fake reviews", rulebook=_book_with_rule(), classifier=model
    )
    assert (verdict.verdict, verdict.policy) == (Decision.REVIEW, "banned.misleading")


def _book_with(action="block", exceptions=(), **thresholds):
    from directcontracts.screening.rules import RuleSpec

    rule = RuleSpec(
        name="misleading.test",
        code="banned.misleading",
        action=action,
        reason="r",
        patterns=("fake + review*",),
        exceptions=tuple(exceptions),
    )
    return build_rulebook(
        [rule],
        version="test",
        thresholds={"block": 0.6, "review": 0.35, "block_model": 0.93, **thresholds},
        codes=CODES,
        contexts={"negation": ["no", "not"]},
    )


def test_a_review_rule_does_not_lower_the_bar_to_block():
    model = _FixedClassifier({"ok": 0.3, "banned.misleading": 0.7})
    verdict = screen_work(
        title="x",
        description="Write fake reviews",
        rulebook=_book_with(action="review"),
        classifier=model,
    )
    assert (verdict.verdict, verdict.policy) == (Decision.REVIEW, "banned.misleading")


def test_a_title_inherits_the_context_its_description_gives_the_same_words():
    model = _FixedClassifier({"ok": 0.9, "banned.misleading": 0.1})
    verdict = screen_work(
        title="Fake reviews",
        description="A browser tool that flags fake reviews on listings for shoppers.",
        rulebook=_book_with(exceptions=("flag*",)),
        classifier=model,
    )
    assert verdict.verdict == Decision.ALLOW


def test_a_title_is_not_excused_by_a_description_that_never_excuses_its_words():
    model = _FixedClassifier({"ok": 0.5, "banned.misleading": 0.5})
    verdict = screen_work(
        title="Fake reviews",
        description="Fifty of them on Google; flag me when they are live.",
        rulebook=_book_with(exceptions=("flag*",)),
        classifier=model,
    )
    # Held, not allowed: a context word elsewhere in the brief softens a title's block
    # rule to review (decision v7), it never excuses it.
    assert verdict.verdict == Decision.REVIEW


def test_a_part_whose_harmful_words_are_negated_does_not_decide_alone():
    model = _FixedClassifier(
        {"ok": 0.9, "banned.misleading": 0.1},
        parts=[{"ok": 0.95}, {"ok": 0.1, "banned.misleading": 0.9}, {"ok": 0.95}],
    )
    verdict = screen_work(
        title="Beta read my novel",
        description="There are no fake reviews in this book at all. Feedback on pacing.",
        rulebook=_book_with(),
        classifier=model,
    )
    assert verdict.verdict == Decision.ALLOW


def test_an_excused_harm_needs_more_classifier_evidence_to_hold_and_never_blocks():
    book = _book_with(exceptions=("flag*",))
    unsure = _FixedClassifier({"ok": 0.55, "banned.misleading": 0.45})
    verdict = screen_work(
        title="x", description="A tool that flags fake reviews", rulebook=book, classifier=unsure
    )
    assert verdict.verdict == Decision.ALLOW

    sure = _FixedClassifier({"ok": 0.02, "banned.misleading": 0.98})
    verdict = screen_work(
        title="x", description="A tool that flags fake reviews", rulebook=book, classifier=sure
    )
    assert verdict.verdict == Decision.REVIEW


@pytest.mark.parametrize(
    ("description", "code"),
    [
        (
            "Write 20 testimonials from parents about our tutoring; none of them exist.",
            "banned.misleading",
        ),
        (
            "Take deposits for a course, then we keep the money and never run it.",
            "banned.fraudulent",
        ),
    ],
)
def test_harm_said_without_trigger_words_is_not_allowed(description, code):
    verdict = screen_work(title="Small job", description=description)
    assert verdict.verdict != Decision.ALLOW
    assert verdict.policy == code


def test_probability_spread_over_the_codes_holds_for_review_from_the_review_risk_threshold():
    spread = {code: 0.1 for code in CODES[1:]}
    model = _FixedClassifier({"ok": 0.4, **spread})
    verdict = screen_work(
        title="x",
        description="y",
        rulebook=_book(review_risk=0.5, model_review_risk=0.5),
        classifier=model,
    )
    assert verdict.verdict == Decision.REVIEW


def test_without_any_rule_spread_holds_only_from_the_model_review_risk_threshold():
    # Decision v11: the classifier's spread alone (no rule fired) holds from 0.65 by default.
    thin = _FixedClassifier({"ok": 0.4, **{code: 0.1 for code in CODES[1:]}})
    verdict = screen_work(
        title="x", description="y", rulebook=_book(review_risk=0.5), classifier=thin
    )
    assert verdict.verdict == Decision.ALLOW
    wide = _FixedClassifier({"ok": 0.3, **{code: 0.7 / 6 for code in CODES[1:]}})
    verdict = screen_work(
        title="x", description="y", rulebook=_book(review_risk=0.5), classifier=wide
    )
    assert verdict.verdict == Decision.REVIEW


def test_remote_work_anywhere_in_the_brief_is_context_for_on_site_evidence():
    model = _FixedClassifier({"ok": 0.5, "excluded.physical": 0.5})
    book = build_rulebook(
        [],
        version="test",
        thresholds={"block": 0.6, "review": 0.35, "block_model": 0.93},
        codes=CODES,
        contexts={"remote": ["remote"], "item_excuse:excluded.physical": ["@remote"]},
    )
    on_site = screen_work(
        title="Warehouse pickers", description="Job ads", rulebook=book, classifier=model
    )
    remote = screen_work(
        title="Warehouse pickers",
        description="Job ads. Writing only, remote.",
        rulebook=book,
        classifier=model,
    )
    assert (on_site.verdict, remote.verdict) == (Decision.REVIEW, Decision.ALLOW)


def test_a_part_without_four_content_words_does_not_decide_alone():
    model = _FixedClassifier(
        {"ok": 0.9, "banned.illegal": 0.1},
        parts=[{"ok": 0.95}, {"ok": 0.95}, {"ok": 0.02, "banned.illegal": 0.98}],
    )
    verdict = screen_work(
        title="Catalogue photos",
        description="Edit 80 photos of handmade tiles for our catalogue. Right, that's the thing.",
        rulebook=_book(),
        classifier=model,
    )
    assert verdict.verdict == Decision.ALLOW


def test_a_title_s_block_rule_only_holds_when_the_description_gives_its_context():
    model = _FixedClassifier({"ok": 0.2, "banned.misleading": 0.8})
    verdict = screen_work(
        title="Fake reviews quiz",
        description="A quiz for pupils: flag the odd headline.",
        rulebook=_book_with(exceptions=("flag*",)),
        classifier=model,
    )
    assert (verdict.verdict, verdict.policy) == (Decision.REVIEW, "banned.misleading")


def test_the_packaged_screener_never_blocks_on_the_classifier_alone():
    model = _FixedClassifier({"ok": 0.01, "banned.illegal": 0.99})
    verdict = screen_work(title="Ebooks", description="Sell ebooks", classifier=model)
    assert verdict.verdict == Decision.REVIEW


def _guard_book():
    return build_rulebook(
        [],
        version="test",
        thresholds={"block": 0.6, "review": 0.25, "block_model": 1.01, "part": 0.6},
        codes=CODES,
        contexts={
            "guard": ["report impostor*", "warn*"],
            "evasion": ["avoid detection"],
            "item_excuse:banned.fraudulent": ["@guard"],
        },
    )


def test_a_brief_that_guards_against_a_harm_needs_more_evidence_to_be_held():
    # Decision v8: no rule fired; the classifier's 45 % for fraud is read in a brief whose
    # point is to warn about it, so it needs excused_review (0.6) to hold.
    model = _FixedClassifier({"ok": 0.55, "banned.fraudulent": 0.45})
    warned = screen_work(
        title="x",
        description="A page that warns customers about texts pretending to be from us.",
        rulebook=_guard_book(),
        classifier=model,
    )
    assert warned.verdict == Decision.ALLOW
    evasive = screen_work(
        title="x",
        description="Warn me how to send texts like the bank's that avoid detection.",
        rulebook=_guard_book(),
        classifier=model,
    )
    assert evasive.verdict == Decision.REVIEW


def test_a_guarding_brief_does_not_excuse_a_request_of_its_own_in_another_part():
    model = _FixedClassifier(
        {"ok": 0.6, "banned.fraudulent": 0.4},
        parts=[
            {"ok": 0.95, "banned.fraudulent": 0.05},
            {"ok": 0.9, "banned.fraudulent": 0.1},
            {"ok": 0.5, "banned.fraudulent": 0.5},
        ],
    )
    verdict = screen_work(
        title="Warning page",
        description=(
            "A page that warns customers about fake texts in our name. "
            "Also put a copy of the bank sign in page on our new domain please."
        ),
        rulebook=_guard_book(),
        classifier=model,
    )
    assert (verdict.verdict, verdict.policy) == (Decision.REVIEW, "banned.fraudulent")


@pytest.mark.parametrize(
    ("title", "description", "rule"),
    [
        (
            "Landing page",
            "Put an award badge on the homepage; we never won it.",
            "misleading.untrue_claim",
        ),
        (
            "Reviews",
            "Anyone who leaves five stars gets a gift card from us.",
            "misleading.incentivised_reviews",
        ),
        (
            "Sign-up",
            "Members pay a joining fee; there is no actual work for them.",
            "fraud.fee_for_nothing",
        ),
        (
            "Site",
            "Rebuild a lookalike of the PayPal sign in page on our domain.",
            "fraud.brand_clone",
        ),
    ],
)
def test_rules_v5_read_intent_in_a_clause_without_trigger_words(title, description, rule):
    verdict = screen_work(title=title, description=description)
    assert verdict.verdict != Decision.ALLOW
    assert rule in verdict.rules


def _two_code_book():
    from directcontracts.screening.rules import RuleSpec

    return build_rulebook(
        [
            RuleSpec(
                name="physical.test",
                code="excluded.physical",
                action="review",
                reason="on-site",
                patterns=("nanny|nannies",),
            ),
            RuleSpec(
                name="fraud.test",
                code="banned.fraudulent",
                action="review",
                reason="fee for nothing",
                patterns=("fee + don t actually have",),
                window=14,
                span=2,
            ),
        ],
        version="test",
        thresholds={"block": 0.6, "review": 0.25, "block_model": 1.01, "part": 0.6},
        codes=CODES,
    )


def test_a_banned_rule_names_the_verdict_beside_an_excluded_one():
    # Decision v9: "a matching fee; we don't actually have any nannies" is fraud that
    # mentions on-site work, even when the classifier reads on-site work more strongly.
    model = _FixedClassifier({"ok": 0.1, "excluded.physical": 0.8, "banned.fraudulent": 0.1})
    verdict = screen_work(
        title="Nanny agency",
        description="Families pay a matching fee; we don't actually have any nannies.",
        rulebook=_two_code_book(),
        classifier=model,
    )
    assert (verdict.verdict, verdict.policy) == (Decision.REVIEW, "banned.fraudulent")


def test_a_guarding_cue_may_be_a_pattern_over_a_window_of_words():
    # Rules v6: "check ... for any" with the object between the two.
    book = build_rulebook(
        [],
        version="test",
        thresholds={"block": 0.6, "review": 0.25, "block_model": 1.01, "part": 0.6},
        codes=CODES,
        contexts={
            "guard": ["check + for any"],
            "item_excuse:banned.illegal": ["@guard"],
        },
    )
    model = _FixedClassifier({"ok": 0.55, "banned.illegal": 0.45})
    checked = screen_work(
        title="x",
        description="Check our office PCs for any software that records keystrokes.",
        rulebook=book,
        classifier=model,
    )
    assert checked.verdict == Decision.ALLOW
    asked = screen_work(
        title="x",
        description="Install software on the office PCs that records keystrokes.",
        rulebook=book,
        classifier=model,
    )
    assert asked.verdict == Decision.REVIEW


@pytest.mark.parametrize(
    ("title", "description", "rule"),
    [
        (
            "Cover",
            "Call our book a bestseller on the cover; it sold 300 copies.",
            "misleading.contradicted_claim",
        ),
        (
            "Jar",
            "Our honey isn't certified organic but put the organic leaf logo on it anyway.",
            "misleading.untrue_claim",
        ),
        (
            "Parcel insert",
            "A note in each parcel: leave a 5-star rating and get a free gift next time.",
            "misleading.incentivised_reviews",
        ),
        (
            "Agency",
            "Families pay a 50 dollar matching fee; we don't actually have any babysitters.",
            "fraud.fee_for_nothing",
        ),
        (
            "Shop",
            "Shopify store for replica designer handbags, mirror quality.",
            "illegal.counterfeit_goods",
        ),
    ],
)
def test_rules_v6_read_claims_contradicted_gifts_for_ratings_and_fees_for_nobody(
    title, description, rule
):
    verdict = screen_work(title=title, description=description)
    assert verdict.verdict != Decision.ALLOW
    assert rule in verdict.rules


def test_an_on_site_request_after_a_bare_ps_in_a_texted_brief_is_found():
    verdict = screen_work(
        title="Security headers",
        description=(
            "add the missing security headers our scan reported on our site need it soon "
            "ps come round on sunday and help me carry the sofa upstairs pls"
        ),
    )
    assert verdict.verdict != Decision.ALLOW
    assert verdict.policy == "excluded.physical"


def test_a_sentence_s_block_rule_only_holds_when_another_sentence_gives_its_context():
    # Decision v13: the harm the client suffers ("fake reviews flood our shop"), then the
    # protective request in the next sentence ("flag them").
    model = _FixedClassifier({"ok": 0.2, "banned.misleading": 0.8})
    verdict = screen_work(
        title="Candle shop",
        description="Fake reviews flood our shop every week. Build a small tool to flag them.",
        rulebook=_book_with(exceptions=("flag*",)),
        classifier=model,
    )
    assert (verdict.verdict, verdict.policy) == (Decision.REVIEW, "banned.misleading")


def test_a_sentence_s_block_rule_still_blocks_without_context_anywhere():
    model = _FixedClassifier({"ok": 0.2, "banned.misleading": 0.8})
    verdict = screen_work(
        title="Candle shop",
        description="Write fake reviews for our shop every week. Post them on our page.",
        rulebook=_book_with(exceptions=("flag*",)),
        classifier=model,
    )
    assert verdict.verdict == Decision.BLOCK


def _book_with_evasion(**thresholds):
    from directcontracts.screening.rules import RuleSpec

    rule = RuleSpec(
        name="misleading.test",
        code="banned.misleading",
        action="block",
        reason="r",
        patterns=("fake + review*",),
        exceptions=("flag*",),
    )
    return build_rulebook(
        [rule],
        version="test",
        thresholds={"block": 0.6, "review": 0.35, "block_model": 0.93, **thresholds},
        codes=CODES,
        contexts={"negation": ["no", "not"], "evasion": ["look real"]},
    )


DESCRIBED = (
    "A tool that flags suspicious listings for shoppers. Many have fake reviews from new accounts."
)


def test_a_part_that_only_describes_the_harm_its_context_guards_against_is_not_held():
    model = _FixedClassifier({"ok": 0.99, "banned.misleading": 0.01})
    verdict = screen_work(
        title="Listing checker",
        description=DESCRIBED,
        rulebook=_book_with(exceptions=("flag*",)),
        classifier=model,
    )
    assert verdict.verdict == Decision.ALLOW


def test_a_part_the_classifier_finds_some_of_the_harm_in_is_still_held_beside_its_context():
    model = _FixedClassifier({"ok": 0.9, "banned.misleading": 0.1})
    verdict = screen_work(
        title="Listing checker",
        description=DESCRIBED,
        rulebook=_book_with(exceptions=("flag*",)),
        classifier=model,
    )
    assert (verdict.verdict, verdict.policy) == (Decision.REVIEW, "banned.misleading")


def test_a_part_with_an_evasion_cue_is_held_whatever_the_classifier_reads():
    model = _FixedClassifier({"ok": 0.99, "banned.misleading": 0.01})
    verdict = screen_work(
        title="Listing checker",
        description="A tool that flags suspicious listings. Also fake reviews that look real.",
        rulebook=_book_with_evasion(),
        classifier=model,
    )
    assert verdict.verdict == Decision.REVIEW


def test_a_soft_excuse_of_zero_keeps_every_rule_with_its_context_elsewhere_held():
    model = _FixedClassifier({"ok": 1.0})
    verdict = screen_work(
        title="Listing checker",
        description=DESCRIBED,
        rulebook=_book_with(exceptions=("flag*",), soft_excuse=0.0),
        classifier=model,
    )
    assert verdict.verdict == Decision.REVIEW
