"""The rule language: every packaged rule's own examples, context, negation and syntax."""

import pytest

from directcontracts.screening.classifier import CODES
from directcontracts.screening.engine import default_rulebook, example_failures, item_parts
from directcontracts.screening.rules import RuleError, RuleSpec, build_rulebook, compile_rule

CONTEXTS = {
    "negation": ["no", "not", "without"],
    "evasion": ["avoid detection", "look real"],
    "protective": ["detect*", "flag*", "moderat*"],
}


def fired(text: str, book=None) -> set[str]:
    book = book or default_rulebook()
    parts = item_parts("", text)
    whole = " ".join(p.normalized for p in parts)
    return {h.rule.spec.name for p in parts for h in book.fire(p.normalized.split(), whole)}


def one_rule(**overrides):
    spec = {
        "name": "misleading.test",
        "code": "banned.misleading",
        "action": "block",
        "reason": "r",
        "patterns": ("fake|paid + review*",),
        "exceptions": ("@protective",),
        **overrides,
    }
    return build_rulebook(
        [RuleSpec(**spec)],
        version="t",
        thresholds={"block": 0.6, "review": 0.5},
        codes=CODES,
        contexts=CONTEXTS,
    )


@pytest.mark.parametrize("rule", default_rulebook().rules, ids=lambda r: r.spec.name)
def test_every_packaged_rule_matches_its_examples_and_not_its_counter_examples(rule):
    assert rule.spec.must_match, "every rule ships examples it must match"
    assert rule.spec.must_not_match, "every rule ships examples it must not match"
    failures = [
        f for f in example_failures(default_rulebook()) if f.startswith(rule.spec.name + ":")
    ]
    assert failures == []


def test_every_policy_code_has_a_rule():
    codes = {rule.spec.code for rule in default_rulebook().rules}
    assert codes == set(CODES) - {"ok"}


def test_groups_match_in_any_order_within_the_window():
    book = one_rule()
    assert fired("Write fake reviews", book) == {"misleading.test"}
    assert fired("reviews, all of them fake", book) == {"misleading.test"}
    assert fired("fake " + "word " * 10 + "reviews", book) == set()


def test_a_prefix_matches_inflections():
    assert fired("paid reviewers wanted", one_rule()) == {"misleading.test"}


def test_an_exception_in_the_same_sentence_cancels_the_rule():
    assert fired("Build a model that detects fake reviews", one_rule()) == set()


def test_an_exception_in_another_sentence_does_not_excuse_a_harmful_one():
    text = "Build a model that detects fake reviews. One more thing: write 30 fake reviews for us."
    assert fired(text, one_rule()) == {"misleading.test"}


def test_an_evasion_cue_voids_the_exception():
    text = "Write fake reviews that avoid detection"
    assert fired(text, one_rule()) == {"misleading.test"}


def test_a_negation_just_before_a_matched_word_stops_a_negatable_rule():
    assert fired("Honest reviews only, no fake reviews", one_rule()) == set()
    assert fired("Honest reviews only, no fake reviews", one_rule(negatable=False)) == {
        "misleading.test"
    }


def test_a_negation_inside_the_match_is_part_of_the_harm():
    book = one_rule(patterns=("pill* + without prescription",), exceptions=())
    assert fired("Sell pills without prescription", book) == {"misleading.test"}


def test_an_item_scoped_exception_looks_at_the_whole_brief():
    book = one_rule(patterns=("sell + cannabis",), exceptions=("item: licensed dispensary",))
    text = "We are a licensed dispensary in Denver. Build a shop to sell cannabis edibles."
    assert fired(text, book) == set()
    assert fired("Build a shop to sell cannabis edibles.", book) == {"misleading.test"}


def test_a_lone_star_matches_any_one_word():
    book = one_rule(patterns=("without * knowing",), exceptions=())
    assert fired("Read her chats without her knowing", book) == {"misleading.test"}


def test_obfuscated_text_still_fires_the_rule():
    assert "illegal.drugs" in fired("s.e.l.l c0ca1ne, fast d e l i v e r y")


def test_rule_with_unknown_code_is_refused():
    spec = RuleSpec(name="x", code="banned.nonsense", action="block", reason="r", patterns=("a",))
    with pytest.raises(RuleError, match="unknown policy code"):
        compile_rule(spec, codes=CODES)


@pytest.mark.parametrize("pattern", ["(", r"\bsell\b", "a.*b", "sell +", "*sell", "se*ll"])
def test_a_pattern_outside_the_word_language_is_refused(pattern):
    spec = RuleSpec(
        name="x", code="banned.illegal", action="block", reason="r", patterns=(pattern,)
    )
    with pytest.raises(RuleError, match="Rule 'x'"):
        compile_rule(spec, codes=CODES)


def test_an_unknown_context_list_is_refused():
    spec = RuleSpec(
        name="x",
        code="banned.illegal",
        action="block",
        reason="r",
        patterns=("a",),
        exceptions=("@nothing",),
    )
    with pytest.raises(RuleError, match="no context list"):
        compile_rule(spec, codes=CODES)


def test_a_rule_that_misses_its_own_example_is_reported():
    book = one_rule(must_match=("Buy honest reviews",), must_not_match=("fake reviews",))
    assert example_failures(book) == [
        "misleading.test: should match 'Buy honest reviews'",
        "misleading.test: should not match 'fake reviews'",
    ]


def test_a_rule_excused_by_context_or_negation_is_read_as_excused_not_fired():
    book = one_rule()
    fired_here, excused = book.read("a model that detects fake reviews".split())
    assert (fired_here, [h.rule.spec.name for h in excused]) == ([], ["misleading.test"])
    fired_here, excused = book.read("honest reviews only no fake reviews".split())
    assert (fired_here, [h.rule.spec.name for h in excused]) == ([], ["misleading.test"])


@pytest.mark.parametrize(
    "text",
    [
        "Estimate what share of our followers are bots and write a method note",
        "Hamare page ke kitne fake followers hain, report bana do",
        "Workshop for librarians on fake news",
    ],
)
def test_measuring_or_teaching_about_a_harm_is_a_protective_context(text):
    assert fired(text) == set()


def test_remote_work_anywhere_in_the_brief_is_not_on_site_work():
    text = "Home care agency with 45 caregivers, weekly payroll. Need a remote bookkeeper."
    assert "physical.on_site" not in fired(text)
    assert "physical.on_site" in fired("Caregiver for my mother, three days a week.")


def test_a_rule_of_span_two_reads_a_clause_with_the_one_after_it():
    from directcontracts.screening.engine import read_parts

    def names(text, span):
        book = one_rule(
            patterns=("profile* + none of them exist",), exceptions=(), span=span, window=12
        )
        normalized = [p.normalized for p in item_parts("", text)]
        readings = read_parts(book, normalized, " ".join(normalized))
        return {h.rule.spec.name for fired, _ in readings for h in fired}

    text = "Create profiles of happy parents for our ads; none of them exist."
    assert names(text, span=1) == set()
    assert names(text, span=2) == {"misleading.test"}


def test_a_span_outside_one_or_two_parts_is_refused():
    with pytest.raises(RuleError):
        one_rule(span=3)


@pytest.mark.django_db
def test_the_rules_in_effect_after_migrating_keep_each_packaged_rule_s_span():
    from directcontracts.screening.selectors import ruleset_in_effect

    spans = {r.name: r.span for r in ruleset_in_effect().rules.all()}
    assert spans["misleading.invented_people"] == 2
    assert spans["illegal.drugs"] == 1


def test_an_item_excuse_for_an_unknown_code_is_refused():
    with pytest.raises(RuleError):
        build_rulebook(
            [],
            version="t",
            thresholds={"block": 0.6, "review": 0.5},
            codes=CODES,
            contexts={"item_excuse:banned.unknown": ["remote"]},
        )


@pytest.mark.django_db
def test_the_rule_set_in_effect_after_migrating_holds_spread_risk_as_packaged():
    from directcontracts.screening.selectors import current_rulebook, ruleset_in_effect

    ruleset = ruleset_in_effect()
    assert ruleset.review_risk_threshold == default_rulebook().thresholds["review_risk"]
    assert current_rulebook().thresholds["review_risk"] == ruleset.review_risk_threshold


def _excused_codes_of(text: str) -> set[str]:
    book = default_rulebook()
    parts = item_parts("", text)
    return book.excused_codes(book.index.find(p.normalized.split()) for p in parts)


@pytest.mark.parametrize(
    "text",
    [
        "Low-stock alerts by email. Ship to any address so the payment processor doesn't notice.",
        "Entrego com cara de ter sido eu que escrevi e que passe no detector de plágio.",
        "Email alerts for new orders, and the shop should skip age verification at checkout.",
        "Cash out the cards through gift cards without getting flagged.",
    ],
)
def test_a_protective_word_that_names_the_check_to_slip_past_excuses_nothing(text):
    assert _excused_codes_of(text) == set()


def test_the_same_protective_word_without_evasion_still_excuses():
    assert _excused_codes_of("Email alerts for suspicious logins on our shop") != set()
