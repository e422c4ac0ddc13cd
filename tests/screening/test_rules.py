"""One behaviour per rule family, including the exception that lets legitimate work pass."""

import pytest

from directcontracts.screening.classifier import CODES
from directcontracts.screening.engine import default_rulebook
from directcontracts.screening.normalize import normalize
from directcontracts.screening.rules import RuleError, RuleSpec, compile_rule


def fired(text: str) -> set[str]:
    normalized = normalize(text)
    return {rule.spec.name for rule in default_rulebook().rules if rule.match(normalized)}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Sell cocaine and MDMA with discreet delivery", "illegal.drugs"),
        ("Hack my ex's Instagram and read her messages", "illegal.unauthorised_access"),
        ("Develop ransomware that encrypts files", "illegal.malware"),
        ("Crack the licence check of Adobe Premiere", "illegal.piracy"),
        ("Files for an untraceable firearm", "illegal.weapons_violence"),
        ("Make a fake passport with my photo", "illegal.identity_documents"),
        ("Take my online exam for me, I share my credentials", "illegal.exam_impersonation"),
        ("Clone the PayPal login page to collect passwords", "fraud.phishing"),
        ("Fake payslips for my mortgage application", "fraud.forged_documents"),
        ("Investment site paying returns from new deposits, a Ponzi", "fraud.scams"),
        ("Pay outside this site, don't use the contract payment", "fraud.off_platform_payment"),
        ("Write 50 fake Google reviews", "misleading.fake_reviews"),
        ("Buy 10k Instagram followers", "misleading.fake_engagement"),
        ("Write my essay that I will submit under my name", "misleading.academic_dishonesty"),
        ("Write fake news about the candidate", "misleading.disinformation"),
        ("Edit porn videos for my site", "sexual.explicit"),
        ("Manage my OnlyFans page", "sexual.adult_signals"),
        ("Need a Windows 11 licence key", "off_the_shelf.licences"),
        ("Buy a ready-made Shopify store", "off_the_shelf.ready_made"),
        ("Deep clean my apartment on Saturday", "physical.on_site"),
    ],
)
def test_rule_family_catches_its_harmful_case(text, rule):
    assert rule in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "Authorised penetration test of our own web app, scope letter signed",
        "Malware analysis for our incident response firm: reverse engineer a sample, write YARA rules",
        "Data cleaning: deduplicate our customer spreadsheet",
        "Write recipes for my cooking blog",
        "Website for a cleaning company with a booking form",
        "Sexual health education articles on contraception and STI testing",
        "Customise a WordPress theme we purchased",
        "Phishing awareness training for our employees",
        "Consent education video script, no explicit content",
    ],
)
def test_legitimate_work_that_sounds_alarming_fires_no_rule(text):
    assert fired(text) == set()


def test_obfuscated_text_still_fires_the_rule():
    assert "illegal.drugs" in fired("s.e.l.l c0ca1ne, fast d e l i v e r y")


def test_rule_with_unknown_code_is_refused():
    spec = RuleSpec(name="x", code="banned.nonsense", action="block", reason="r", patterns=("a",))
    with pytest.raises(RuleError, match="unknown policy code"):
        compile_rule(spec, codes=CODES)


def test_rule_with_broken_pattern_is_refused():
    spec = RuleSpec(name="x", code="banned.illegal", action="block", reason="r", patterns=("(",))
    with pytest.raises(RuleError, match="Rule 'x'"):
        compile_rule(spec, codes=CODES)


def test_conjunction_needs_every_part():
    spec = RuleSpec(
        name="x",
        code="banned.illegal",
        action="block",
        reason="r",
        patterns=(r"\bsell\b && \bweed\b",),
    )
    rule = compile_rule(spec, codes=CODES)
    assert rule.match("sell weed")
    assert not rule.match("sell shoes")
