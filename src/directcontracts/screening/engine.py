"""The work-policy screener: parts, normalisation, rules, the calibrated classifier.

Design:
- A brief (title, description, milestone texts) is split into parts: sentences and
  clauses (clauses.py). Each part is normalised (normalize.py) so obfuscation cannot
  dodge either layer, and judged on its own as well as the whole brief: the verdict is
  the worst part's, and the reasons quote the part that decided. A request buried at the
  end of a long brief is then found, and a harmless mention is judged in its own sentence.
- Rules (rules.py) read one part at a time, with context exceptions and negation. A
  "block" rule lifts its code's score to at least 0.9, a "review" rule to at least 0.5.
  The classifier's calibrated probability can only raise a score, never lower what a
  rule found.
- The classifier scores the whole brief and every part in one matrix product. A code's
  score is the larger of the whole's probability and that of a part of at least four
  words the classifier is clearly sure about (`part`).
- Verdict: `block` when a block rule fired and the classifier on its own finds at least
  review-level evidence of the same code, or the classifier alone reaches `block_model`
  (packaged: above 1, so never); a review rule never lowers the bar to block, a code the
  rules only excused (negation, context) needs `excused_review` and never blocks without a
  rule, and a part decides alone only with four content words; `review` when the
  evidence for one specific code reaches the review threshold (the uncertain middle is
  held for Trust & Safety, never blocked; probability spread thinly over the codes is
  unfamiliarity, not evidence); else `allow` with code `ok`. Thresholds live with the
  rules and were chosen on cross-validated assessments (train.py --thresholds).
- Decision v9: when rules for several codes fired, each is decided and the verdict is the
  most severe; a banned code whose rule fired names the verdict before an excluded one
  (fees for nannies that do not exist are fraud, not on-site work).
- Decision v11: when no rule fired for any code, probability spread over several codes
  holds an item only from `model_review_risk` (0.65), not `review_risk`.
- Text in no language the model knows (keyboard mashing, random characters) is not
  evidence of anything: unless a rule fires, it goes to review and the person is asked
  to describe the work (`needs_description`), never blocked.
- `score` is the estimated probability that the item is not allowed work.
- Two audiences: `reasons` (rule ids, percentages, weighed words) are for staff and the
  command line; `explain_for_user()` is the plain sentence a freelancer sees.

Pure functions, no Django: the command-line screener runs before any database exists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache

from directcontracts.core.policy import POLICY_URL
from directcontracts.screening.classifier import (
    CODES,
    STOPWORDS,
    Classifier,
    Prediction,
    get_classifier,
    get_message_classifier,
)
from directcontracts.screening.clauses import split_parts
from directcontracts.screening.messages import business_details_for_the_work
from directcontracts.screening.normalize import normalize
from directcontracts.screening.rules import (
    RuleBook,
    RuleHit,
    build_rulebook,
    load_default_data,
    specs_from_json,
)

RULE_FLOORS = {"block": 0.9, "review": 0.5}
# The classifier's probability needed to block when no rule for the code fired (a rule
# set's thresholds may override it as "block_model"; it never goes below "block").
MODEL_BLOCK_THRESHOLD = 0.93
# A single part counts only when the classifier is at least this sure it is not allowed
# (a rule set may override it as "part"): short parts are noisy, and a brief's worst
# part should decide only when it is clearly bad.
PART_EVIDENCE = 0.75
# A part this short ("Budget 500", a title of two words) is too little text to decide
# alone: the whole brief and the rules still judge it.
PART_MIN_WORDS = 4
# What the classifier needs to hold an item for a harm whose words the rules read only in
# a negated or protective context (a rule set may override it as "excused_review").
EXCUSED_REVIEW = 0.6
# Without a "review_risk" threshold, probability spread over several codes never holds an
# item by itself (above 1: never).
NO_SPREAD_REVIEW = 1.01
# Decision v11: when no rule fired for any code, probability spread over several codes holds
# an item only from here (a rule set may override it as "model_review_risk"; it never goes
# below "review_risk"): on its own, spread is mostly topic words legitimate trades share
# with harmful ones.
MODEL_REVIEW_RISK = 0.65
# Rules v13 (decision v18): a rule whose context is in another part of the brief does not
# hold it when the classifier finds less of that harm than this in the part and in the
# whole brief (a rule set may override it as "soft_excuse"; 0 turns it off).
SOFT_EXCUSE = 0.05
# Below this share of familiar character trigrams, and with few words the model knows,
# a text is treated as not written in any language the screener reads.
UNFAMILIAR_SHARE = 0.45
CODE_LABELS = {
    "ok": "allowed work",
    "excluded.off_the_shelf": "an off-the-shelf product rather than work",
    "excluded.physical": "largely physical, on-site work",
    "banned.illegal": "illegal work",
    "banned.fraudulent": "fraudulent work",
    "banned.misleading": "misleading or deceptive work",
    "banned.sexual": "sexually explicit content",
}
QUOTE_CHARS = 160


class Decision(StrEnum):
    ALLOW = "allow"
    REVIEW = "review"
    BLOCK = "block"


@dataclass(frozen=True)
class Verdict:
    verdict: Decision
    policy: str
    score: float
    # For staff and the command line: rule ids, percentages, weighed words.
    reasons: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    rulebook_version: str = ""
    # The part of the text that decided (as written), quoted to the person.
    deciding_part: str = ""
    # The text reads as no language: ask the person to describe the work in words.
    needs_description: bool = False

    @property
    def allowed(self) -> bool:
        return self.verdict == Decision.ALLOW

    def as_dict(self) -> dict[str, object]:
        return {
            "verdict": str(self.verdict),
            "policy": self.policy,
            "score": round(self.score, 4),
            "reasons": list(self.reasons),
        }


def explain_for_user(verdict: Verdict) -> str:
    """The plain sentence a person sees: the policy by name, the part of their text that
    decided, and where to read the policy. No rule ids, no percentages."""
    if verdict.allowed:
        return "This work fits the work policy."
    if verdict.needs_description:
        return (
            "We could not read this as a description of work. Please describe the work in "
            "plain words: what you will make or do, and for whom."
        )
    quoted = (
        f" (\u201c{_clip(verdict.deciding_part, QUOTE_CHARS)}\u201d)"
        if verdict.deciding_part
        else ""
    )
    label = CODE_LABELS.get(verdict.policy, "work outside the work policy")
    if verdict.verdict == Decision.BLOCK:
        return (
            f"This looks like {label}, which the work policy does not allow{quoted}. "
            f"Read what is never allowed: {POLICY_URL}"
        )
    return (
        f"Part of this may be {label}{quoted}, so Trust & Safety will look at it before it "
        f"goes ahead. Read the work policy: {POLICY_URL}"
    )


@lru_cache(maxsize=1)
def default_rulebook() -> RuleBook:
    data = load_default_data()
    return build_rulebook(
        specs_from_json(data),
        version=f"default-{data['version']}",
        thresholds=data["thresholds"],
        codes=CODES,
        contexts=data.get("contexts", {}),
    )


def item_text(title: str, description: str, texts: Iterable[str] = ()) -> str:
    parts = [title, description, *texts]
    return "\n".join(p for p in parts if p)


@dataclass(frozen=True)
class Part:
    raw: str
    normalized: str
    # A title names the topic; the description says in what context (see assess()).
    title: bool = False

    @property
    def content_words(self) -> int:
        """Words other than the commonest function words, of three letters or more."""
        return sum(len(w) > 2 and w not in STOPWORDS for w in self.normalized.split())


def item_parts(title: str, description: str, texts: Iterable[str] = ()) -> list[Part]:
    """The title, then each sentence of the description and of each milestone text."""
    parts = []
    for position, chunk in enumerate((title, description, *texts)):
        for raw in split_parts(chunk) if chunk else ():
            normalized = normalize(raw)
            if normalized:
                parts.append(Part(raw=raw, normalized=normalized, title=position == 0))
    return parts


def screen_text(
    text: str, *, rulebook: RuleBook | None = None, classifier: Classifier | None = None
) -> Verdict:
    """Screen one piece of work given as one free text (title, description, milestones)."""
    return screen_parts(item_parts("", text), rulebook=rulebook, classifier=classifier)


def screen_work(
    *,
    title: str,
    description: str,
    texts: Iterable[str] = (),
    rulebook: RuleBook | None = None,
    classifier: Classifier | None = None,
) -> Verdict:
    """`classifier` defaults to the packaged model; training passes fold models to measure
    the whole screener on items the classifier never saw."""
    return screen_parts(
        item_parts(title, description, texts), rulebook=rulebook, classifier=classifier
    )


# A contract message is screened on a contract whose work was screened when it was drafted.
# In a client's message, a sentence in which the client says what they themselves will do ("we'll
# print the menus at the shop next week", "I'll take photos of the shop", "can we meet at
# the office") mentions physical things; it does not ask anyone for physical work. The
# classifier, trained on work briefs, reads such a sentence's places and times ("shop",
# "next week") as a description of the work. A sentence is the sender's own doing when it
# has a first-person word and none that asks someone else (you, someone, need, help, come
# round...). English only (the cue words below).
FIRST_PERSON = frozenset({"i", "we", "us", "lets", "im", "ive"})
# Texting style drops the apostrophe: "im", "ive" can only be "I'm", "I've" ("ill", "id",
# "were" are also words, so they are not first person alone). "were" is "we're" only
# opening a sentence before an -ing verb ("were moving office"); "were you able to" is not.
# "my", "our" make a sentence the sender's own only beside a finite verb ("our team is
# meeting at the office", "builders are in our kitchen"): without one, "walk my dog
# tomorrow?" and "paint my fence" are requests in the imperative.
POSSESSIVE = frozenset({"my", "our", "me", "myself", "ourselves", "mine", "ours"})
FINITE = frozenset(
    {"am", "m", "is", "are", "re", "was", "were", "has", "have", "ve", "had", "will", "ll", "been"}
)
ASKS_SOMEONE = frozenset(
    {
        "your", "yours", "yourself", "ur",
        "someone", "somebody", "anyone", "anybody", "person", "people",
        "need", "needs", "needed", "help", "helping", "hire", "hiring", "looking", "want",
        "wanted", "come", "coming", "round",
    }
)  # fmt: skip
YOU = frozenset({"you", "u", "ya"})
YOU_ASKED_BY = frozenset(
    {"can", "could", "would", "will", "do", "please", "if", "ask", "need", "want", "like", "get"}
)
YOU_ASKS_WITH = frozenset(
    {"to", "can", "could", "should", "must", "ll", "will", "need", "have", "come", "go"}
)
# Length calibration of the classifier in messages (`Classifier.predict_parts`): a text
# with less feature mass than this is scored as if padded with neutral words to it. A
# work brief is rarely under 80 (the dev set's shortest: 79); "ok thanks" is 24, "looks
# fine to me" 27 (read as 57 % illegal work unscaled), "get me into my ex's instagram" 39.
# Chosen on messages_dev.jsonl (30-80 tried; above 50 short real requests were lost).
MESSAGE_MIN_NORM = 50.0
# A sentence that asks for a hand: an own sentence's on-site words are then what the
# reader is asked to help with ("We're moving house on Saturday. Can you help?").
HELP_WORDS = frozenset({"help", "hand", "helping"})
EXCLUDED_CODES = tuple(code for code in CODES if code.startswith("excluded."))


# Round 4 (status updates): "your" asks the reader for something at a place of theirs ("your
# office", "your flat"), not when it names the deliverable or the reader's time ("I updated
# your dashboard", "finished the wireframes for your app", "3pm your time"). Such a "your"
# (the noun right after it or after one more word) asks no one.
DELIVERABLES = frozenset(
    {"dashboard", "dashbord", "app", "apps", "site", "website", "websites", "webpage", "page",
     "pages", "homepage", "landing", "logo", "logos", "prototype", "prototypes", "file", "files",
     "design", "designs", "mockup", "mockups", "wireframe", "wireframes", "repo", "repository",
     "code", "codebase", "brand", "branding", "banner", "banners", "video", "videos", "draft",
     "drafts", "form", "forms", "portal", "animation", "animations", "render", "renders",
     "illustration", "illustrations", "icons", "slides", "deck", "presentation", "newsletter",
     "blog", "template", "templates", "feedback", "comments", "notes", "brief", "texts", "copy",
     "artwork", "layout", "layouts", "theme", "plugin", "checkout", "api", "database", "staging",
     "project", "milestone", "invoice", "time", "timezone", "message", "messages", "email",
     "questions", "review", "approval"}
)  # fmt: skip
# A sentence that opens with a report of work done or under way ("sending the prototype
# tonight", "finished the wireframes", "uploaded the renders") has the sender as its unwritten
# subject, as texting drops "I".
STATUS = frozenset(
    {"sent", "sending", "finished", "finishing", "uploaded", "uploading", "pushed", "pushing",
     "deployed", "deploying", "attached", "attaching", "updated", "updating", "exported",
     "shared", "working", "started", "starting"}
)  # fmt: skip
# Words between the report verb and what it reports ("finished the final wireframes",
# "working on your dashboard").
_REPORT_FILLER = frozenset(
    {"the", "a", "an", "your", "ur", "my", "our", "on", "new", "final", "revised", "first",
     "second", "last", "all", "both", "latest"}
)  # fmt: skip


def reports_work(words: list[str]) -> bool:
    """Whether a sentence opens with a report verb (`STATUS`) whose object is a deliverable:
    "sending the prototype tonight", "finished the wireframes"; not "finished the fence" or
    "sent the cleaner to the house" (a report of physical work is read as before)."""
    if not words or words[0] not in STATUS:
        return False
    rest = [w for w in words[1:5] if w not in _REPORT_FILLER]
    return bool(rest) and rest[0] in DELIVERABLES and rest[0] not in {"time", "timezone"}


# Round 5: "your" before a time of the reader's day ("your morning is my evening", "calls in
# your evening") names when, not a place of theirs.
YOUR_TIME = frozenset(
    {"morning", "mornings", "afternoon", "evening", "evenings", "night", "day", "days", "week",
     "weekend", "end", "side", "calendar", "inbox", "schedule", "tz", "hours"}
)  # fmt: skip
# Round 5: words of work a freelancer does at their desk, which a plan names as its object ("I'll
# clean the dataset", "I will draw the map"), beside the deliverables.
DESK_WORK = DELIVERABLES | frozenset(
    {"dataset", "data", "spreadsheet", "sheet", "chart", "charts", "report", "pdf", "pdfs",
     "readme", "docs", "documentation", "server", "hosting", "domain", "analytics", "bug",
     "bugs", "links", "menu", "calendar", "booking", "cart", "login", "logins", "invite",
     "link", "character", "characters", "storyboard", "script", "captions", "subtitles",
     "translation", "translations", "photos", "photo", "pics", "images", "image", "picture",
     "pictures", "model", "models", "map", "plan", "drawing", "drawings", "mockup",
     "mockups", "options", "version", "versions", "changes", "fixes", "edits", "music",
     "audio", "colours", "colors", "fonts", "typography", "screens", "frames"}
)  # fmt: skip


def _your_names_the_work(words: list[str]) -> bool:
    """Whether every "your"/"ur" in the sentence names a deliverable or the reader's time
    (`DELIVERABLES`, `YOUR_TIME`) in the word after it or the one after that, or follows
    "of" after a deliverable or a picture ("the 3D model of your sofa", "the dataset of your
    store sales", "a map of your garden"): what the work shows or is about, not a place the
    reader is asked to."""
    places = [i for i, w in enumerate(words) if w in {"your", "ur"}]

    def names_the_work(i: int) -> bool:
        after = words[i + 1 : i + 3]
        if not DELIVERABLES.isdisjoint(after) or not YOUR_TIME.isdisjoint(after[:1]):
            return True
        return (
            i >= 2
            and words[i - 1] == "of"
            and not (DESK_WORK | DEPICTIONS).isdisjoint(words[max(0, i - 3) : i - 1])
        )

    return bool(places) and all(names_the_work(i) for i in places)


def own_doing(part: Part) -> bool:
    """Whether a message's sentence says what its sender will do themselves, asking no one."""
    words = part.normalized.split()
    present = set(words)
    pairs = list(zip(words, words[1:], strict=False))
    first = (
        not present.isdisjoint(FIRST_PERSON)
        or reports_work(words)
        or ("let", "s") in pairs
        or (words[:1] == ["were"] and len(words) > 1 and words[1].endswith("ing"))
        or (not present.isdisjoint(POSSESSIVE) and _finite(words))
        or _others_news(part)
    )
    # "you" asks when it is the subject of a request ("can you", "you to", "you ll"), not
    # as an object ("let you know", "send you the proofs").
    # Round 4: "you will get the pictures Tuesday", "you'll receive the files" tell the reader
    # what they receive, they ask nothing of them.
    asks_you = any(
        (a in YOU_ASKED_BY and b in YOU)
        or (a in YOU and b in YOU_ASKS_WITH and not (b in {"will", "ll"} and c in RECEIVES))
        for a, b, c in _triples(words)
    )
    # "in person" is how the sender meets, not a person asked for.
    asking = present - ({"person"} if ("in", "person") in pairs else set())
    # "coming soon", "is coming up", "our plumber is coming" say when, not whom they ask.
    if any(b == "coming" and (a in FINITE or c in COMING_WHEN) for a, b, c in _triples(words)):
        asking = asking - {"coming"}
    # "no need to change the hours page" asks for nothing.
    if ("no", "need") in pairs:
        asking = asking - {"need"}
    if _your_names_the_work(words):
        asking = asking - {"your", "ur"}
    # Round 6: a third party's arriving or needing is their own ("the photos will come
    # monday"), when the word is nowhere else in the sentence.
    others = others_plans(part)
    if others:
        elsewhere = {w for c in clauses(part) if c not in others for w in c}
        asking = asking - ({w for c in others for w in c} & _OTHERS_OWN) - elsewhere
    return first and not asks_you and asking.isdisjoint(ASKS_SOMEONE)


COMING_WHEN = frozenset({"soon", "up", "back", "along"})
RECEIVES = frozenset({"get", "receive", "see", "find", "have", "hear", "like", "love"})


def _triples(words: list[str]) -> list[tuple[str, str, str]]:
    padded = ["", *words, ""]
    return list(zip(padded, padded[1:], padded[2:], strict=False))


# Words ending in "s" that are no third-person verb ("paint my fence this weekend").
NOT_VERBS = frozenset(
    {"this", "thus", "plus", "always", "perhaps", "unless", "towards", "afterwards",
     "yours", "ours", "theirs", "hers", "thanks", "pls", "news", "days", "weeks"}
)  # fmt: skip


def _finite(words: list[str]) -> bool:
    """A finite verb the cue list knows, or a third-person verb after "my"/"our" and a
    noun ("our cleaner comes on tuesdays", "my mum lives in Leeds")."""
    return not FINITE.isdisjoint(words) or any(
        a in POSSESSIVE
        and len(c) > 3
        and c.endswith("s")
        and not c.endswith("ss")
        and c not in NOT_VERBS
        for a, _, c in zip(words, words[1:], words[2:], strict=False)
    )


# A freelancer's own sentence offers the work when it is modal or future ("I'll drive the
# kids to school", "I can come and install the shelves", "happy to pick up your kids"), says
# they are free for it or do it ("I am available to clean the office on weekends", "i do
# house removals as well"), or prices it; one about their present or past circumstances
# ("we're moving office next week", "I'm at a conference in Berlin") offers nothing.
OFFERS = frozenset(
    {"ll", "will", "can", "could", "would", "shall", "happy", "glad", "gladly", "offer",
     "able", "free", "available", "availability", "do", "does", "also", "too", "well",
     "extra", "fee", "charge", "price", "rate", "quote"}
)  # fmt: skip


def own_circumstance(part: Part, *, from_client: bool) -> bool:
    """Whether a message's sentence is the sender's own doing: any such sentence from the
    client, and from the freelancer only one that offers nothing (`OFFERS`)."""
    if not own_doing(part):
        return False
    words = part.normalized.split()
    # Round 6: a third party's plan is not the freelancer's offer ("Tomasz will take over the
    # emails while I am on leave"); the rest of the sentence is read as before. Not when the
    # plan is hands-on work not done for the sender ("my brother will install the cameras").
    others = others_plans(part)
    if others and not from_client and not any(_hands_on_for_others(c) for c in others):
        words = [w for c in clauses(part) if c not in others for w in c]
        if not words:
            return True
    # A circumstance is stated with "be" or "have" ("we're moving", "I was at", "our building
    # has"); a plain present ("I clean offices on weekends") is a service the sender offers.
    stated = (
        not FINITE.isdisjoint(words) or not {"im", "ive"}.isdisjoint(words) or reports_work(words)
    )
    return from_client or (stated and OFFERS.isdisjoint(words)) or plans_own_work(words)


# Round 5 (a freelancer's plans): "I will finish the logo today", "I'll send the renders
# tomorrow", "I'll be offline Saturday" say what the freelancer does at their desk or where
# they are; they offer the reader nothing new. Each "will"/"'ll"/"going to" must be followed
# by "be" and a state ("offline", "at a conference", "on a train"; not "available", "free",
# "there") or by a verb whose object is desk work (`DESK_WORK`, within the next two words
# that are not fillers) or that answers the reader ("I will answer when I arrive"); no other
# offer word (`OFFERS`: can, happy, available, also, fee...) and no word of work in person
# (`ON_SITE`: come, visit, drive, pick, carry, hang...) may be in the sentence except as the
# verb so checked. "I'll come to your shop and hang the signs", "I will move your furniture",
# "I'll deliver the boxes" still offer.
PLAN_MODALS = frozenset({"ll", "will", "gonna"})
_PLAN_ADVERBS = frozenset(
    {"just", "then", "first", "quickly", "probably", "now", "still", "try", "to", "keep",
     "continue", "start", "finally", "definitely", "not", "t"}
)  # fmt: skip
_PLAN_FILLER = _REPORT_FILLER | frozenset(
    {"up", "out", "over", "off", "into", "in", "with", "of", "it", "them", "this", "that",
     "these", "those", "3", "three", "two", "some", "rest", "remaining", "working", "doing"}
)  # fmt: skip
ANSWERS = frozenset(
    {"answer", "reply", "respond", "email", "text", "message", "ping", "call", "confirm",
     "get", "let", "write", "share", "issue", "invoice", "keep"}
)  # fmt: skip
# Words of work in person, shared by a freelancer's plans (`ON_SITE`), a depiction's test
# (`IN_PERSON`) and, in their bare forms (`PHYSICAL_VERBS`), the request verbs.
PHYSICAL_VERBS = frozenset(
    {"assemble", "bring", "build", "carry", "clean", "deliver", "drive", "fix", "hang",
     "install", "mount", "move", "paint", "pick", "put", "set", "take", "visit"}
)  # fmt: skip
IN_PERSON_WORDS = PHYSICAL_VERBS | frozenset(
    {"assembling", "bringing", "building", "carrying", "cleaning", "delivering", "driving",
     "fixing", "hanging", "installing", "moving", "painting", "picking", "taking", "visiting",
     "come", "coming", "came", "repair", "repairing", "mow", "mowing", "walk", "walking",
     "feed", "feeding", "cook", "cooking", "wash", "washing", "babysit", "drop", "help",
     "helping", "hand", "there", "round", "person", "site"}
)  # fmt: skip
ON_SITE = IN_PERSON_WORDS | frozenset({"onsite", "van", "truck", "car"})


def plans_own_work(words: list[str]) -> bool:
    """Whether a freelancer's first-person sentence only says what they will do at their desk
    or where they will be (see `PLAN_MODALS`), offering the reader nothing."""
    if not OFFERS.isdisjoint(set(words) - {"ll", "will"}):
        return False
    starts = [
        i + 1 for i, w in enumerate(words) if w in PLAN_MODALS and words[i - 1 : i] != ["you"]
    ] + [i + 2 for i, w in enumerate(words[:-1]) if w == "going" and words[i + 1] == "to"]
    if not starts:
        return False
    checked: set[int] = set()
    for j in starts:
        while j < len(words) and words[j] in _PLAN_ADVERBS:
            j += 1
        if j >= len(words):
            return False
        verb = words[j]
        checked.add(j)
        if verb == "be":
            state = words[j + 1 : j + 2]
            if not state or state[0] in OFFERS or state[0] in ON_SITE:
                return False
            continue
        objects = [w for w in words[j + 1 : j + 7] if w not in _PLAN_FILLER][:2]
        if verb in ANSWERS and verb not in ON_SITE:
            continue
        if DESK_WORK.isdisjoint(objects):
            return False
    # A progressive after "be" is the sender's present circumstance ("we're moving flats this
    # weekend so I'll be offline"), not work offered.
    return all(
        i in checked or (w.endswith("ing") and i > 0 and words[i - 1] in PROGRESSIVE_BE)
        for i, w in enumerate(words)
        if w in ON_SITE
    )


PROGRESSIVE_BE = frozenset({"m", "am", "re", "are", "is", "was", "were", "im"})


# Round 6 of messages (who acts): a clause whose subject is a third party ("the team will
# review the wireframes", "my colleague will send the guidelines", "the site will be down on
# Sunday", "the photos will come monday") says what someone else will do or what will
# happen; it neither offers the sender's work nor asks the reader for any. A sentence is cut
# into clauses at punctuation and at joining words (`CLAUSE_BREAKS`); a clause's subject is
# what comes before its first future word (`FUTURE`: will, 'll, gonna, going to). It is a
# third party's when it is a short noun phrase with no first-person word, no "you"/"your",
# no "someone" and no opening request verb or filler ("pls the team will" is not one).
CLAUSE_BREAKS = frozenset(
    {"so", "and", "but", "while", "because", "cause", "then", "when", "until", "till",
     "since", "if", "as", "after", "before", "or", "otherwise", "though", "although", "once"}
)  # fmt: skip
FUTURE = frozenset({"will", "ll", "gonna"})
_PREPOSITIONS = frozenset({"in", "of", "on", "for", "at", "from", "with", "to", "by"})
_NOT_A_THIRD_PARTY = (
    FIRST_PERSON
    | YOU
    | frozenset({"your", "ur", "yours", "let", "lets", "me", "someone", "somebody", "anyone",
                 "anybody", "who", "what", "can", "could", "would", "should", "please", "pls",
                 "plz", "need", "needs", "ill", "id"})
)  # fmt: skip
_CLAUSE_PUNCT = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def clauses(part: Part) -> list[list[str]]:
    """A message's sentence cut into clauses: at punctuation, then at joining words (not at
    "and" after a future word, which joins two verbs of one subject)."""
    out: list[list[str]] = []
    for chunk in _CLAUSE_PUNCT.split(part.raw):
        current: list[str] = []
        for word in normalize(chunk).split():
            # "X will take the photos and upload them": one subject, one clause.
            if word in CLAUSE_BREAKS and current and not (word == "and" and FUTURE & set(current)):
                out.append(current)
                current = []
            elif word not in CLAUSE_BREAKS:
                current.append(word)
        if current:
            out.append(current)
    return out


def others_act(clause: list[str]) -> bool:
    """Whether a clause says what a third party will do or what will happen: its subject,
    before the first future word, is a noun phrase of one to five words that is neither the
    sender, nor the reader, nor "someone", and does not open with a request verb."""
    future = [
        i
        for i, w in enumerate(clause)
        if w in FUTURE or (w == "going" and clause[i + 1 : i + 2] == ["to"])
    ]
    if not future:
        return False
    subject = clause[: future[0]]
    if subject[-1:] in (["is"], ["are"]) and clause[future[0]] == "going":
        subject = subject[:-1]
    # The work itself as subject says what it will do ("the site will sell replica pistols"):
    # that describes the work, unless it only says how it will be ("the site will be down").
    verb = [w for w in clause[future[0] + 1 :] if w not in {"to", "not", "t", "still", "just"}]
    head = next(
        (subject[i - 1] for i, w in enumerate(subject) if i and w in _PREPOSITIONS),
        subject[-1] if subject else "",
    )
    if head in DELIVERABLES and verb[:1] != ["be"]:
        return False
    return (
        0 < len(subject) <= 6
        and _NOT_A_THIRD_PARTY.isdisjoint(subject)
        and subject[0] not in REQUEST_VERBS
        and subject[0] not in _OPENERS
    )


# What a third party's clause may ask that is still their own doing: arriving ("the photos will
# come monday").
_OTHERS_OWN = frozenset({"come", "coming"})
# Words of hands-on work that, in a freelancer's third-party clause, may be work offered
# through someone ("my brother will install the cameras"), unless done for the sender ("the
# courier will bring my new monitor").
HANDS_ON = ON_SITE - frozenset(
    {"take", "taking", "put", "set", "there", "person", "site", "car", "van", "truck", "round",
     "hand", "help", "helping", "come", "coming", "came", "move", "moving"}
)  # fmt: skip
_FOR_THE_SENDER = frozenset({"my", "me", "our", "us", "i"})


def _hands_on_for_others(clause: list[str]) -> bool:
    """Whether a clause has a word of hands-on work not done for the sender."""
    return any(
        w in HANDS_ON and _FOR_THE_SENDER.isdisjoint(clause[i + 1 : i + 3])
        for i, w in enumerate(clause)
    )


def others_plans(part: Part) -> list[list[str]]:
    """The clauses of a sentence that say what a third party will do (`others_act`)."""
    return [clause for clause in clauses(part) if others_act(clause)]


# Round 6 of messages (feedback passed on): "I showed it to the team and they liked the
# direction", "my partner thinks the green is too bright", "everyone in the office says it
# loads faster" report what others think of the work. A clause whose subject is a third party
# and whose verb is one of a view (`VIEWS`) is feedback on the work, not a request for it.
VIEWS = frozenset(
    {"like", "likes", "liked", "love", "loves", "loved", "think", "thinks", "thought", "say",
     "says", "said", "feel", "feels", "felt", "find", "finds", "found", "voted", "prefer",
     "prefers", "preferred", "agree", "agrees", "agreed", "noticed", "saw", "reviewed",
     "tested", "read", "mentioned", "hate", "hated", "hates", "dislike", "disliked"}
)  # fmt: skip


def reports_a_view(clause: list[str]) -> bool:
    """Whether a clause reports a third party's view: a subject of one to five words that is
    not the sender, the reader or "someone", then a verb of a view (`VIEWS`)."""
    at = next((i for i, w in enumerate(clause) if w in VIEWS), None)
    if at is None:
        return False
    subject = clause[:at]
    return (
        0 < len(subject) <= 5
        and _NOT_A_THIRD_PARTY.isdisjoint(subject)
        and subject[0] not in REQUEST_VERBS
        and subject[0] not in _OPENERS
        and FINITE.isdisjoint(subject[1:])
    )


def _others_news(part: Part) -> bool:
    """Whether a sentence is news of others, asking nothing by itself: a third party's plan
    (`others_plans`) with no clause opening with a request verb, or feedback passed on
    (`passes_on_feedback`)."""
    if passes_on_feedback(part):
        return True
    cut = clauses(part)
    return any(others_act(c) for c in cut) and not any(opens_with_a_request(c) for c in cut)


def passes_on_feedback(part: Part) -> bool:
    """Whether a message's sentence passes on what others think of the work
    (`reports_a_view`), asking the reader for nothing by itself."""
    parts_clauses = clauses(part)
    return any(reports_a_view(c) for c in parts_clauses) and not any(
        opens_with_a_request(c) for c in parts_clauses
    )


# Round 4 (price negotiation): what a message says about the price ("can you do it cheaper?",
# "would you take 300", "any discount?") is no evidence of what the work is. Trained on briefs,
# the classifier read "cheaper" as an off-the-shelf product (18 % on "can you do it cheaper?",
# over the 0.125 review threshold). In a message these words and plain numbers are not read by
# the classifier (`for_classifier`); the rules still read them, and the rest of the sentence
# ("can you clean the office for 50") is read as before.
NEGOTIATION = frozenset(
    {"cheap", "cheaper", "cheapr", "cheapest", "cheep", "cheeper", "price", "prices", "pricing",
     "priced", "discount", "discounts", "budget", "budgets", "cost", "costs", "costing",
     "expensive", "pricey", "negotiable", "negotiate", "rate", "rates", "quote", "quoted",
     "offered", "fee", "fees", "money", "less", "lower", "more", "instead", "usd", "eur",
     "gbp", "dollars", "euros", "pounds", "per", "hour", "hourly"}
)  # fmt: skip


# Round 12: "without" before a pronoun ("I can't finish without them", "we couldn't have
# launched without you") says what the sender is waiting for or thankful for. The classifier,
# trained on briefs in which "without" is the harm ("pills without a prescription", "without
# her noticing"), read such sentences as up to 70 % illegal work. "without" before a pronoun
# that names no third party is not read; before "her", "him", "a", "the"... it is, and so it
# is when the pronoun does something unseen ("without them noticing", "without it showing").
_HARMLESS_WITHOUT = frozenset({"them", "you", "it", "this", "that", "those", "these", "us", "me"})


def _harmless_without(words: list[str], i: int) -> bool:
    """Whether `words[i]` is a "without" before a pronoun that does nothing unseen: "without
    them I can't finish", not "without them knowing"."""
    after = words[i + 1 : i + 3]
    return (
        words[i] == "without"
        and bool(after)
        and after[0] in _HARMLESS_WITHOUT
        and not (len(after) > 1 and after[1].endswith("ing"))
    )


def for_classifier(normalized: str) -> str:
    """A message's sentence as the classifier reads it: without price and negotiation words
    (`NEGOTIATION`) and plain numbers, which say what the work costs, not what it is, and
    without a "without" that only precedes a pronoun (`_harmless_without`)."""
    words = normalized.split()
    return " ".join(
        w
        for i, w in enumerate(words)
        if w not in NEGOTIATION and not w.isdigit() and not _harmless_without(words, i)
    )


# Round 4 (physical things as the subject of digital work): "retouch the photos of our
# kitchen", "a 3D walkthrough of the apartment from the floor plan", "the photo of our kitchen
# on the homepage looks dark" name physical things only as what a picture or a model shows.
# The classifier, trained on briefs, read the kitchen and the apartment as on-site work (up to
# 53 %). A sentence in which a digital picture or model is "of" something (`DEPICTIONS`: "photos
# of", "3d walkthrough of") and that has no word of work done in person or on a physical thing
# (`IN_PERSON`: come, visit, install, take or shoot the photos, print, hang, frame, stick...)
# gives no classifier evidence of an excluded code; rules and banned codes are read as before.
# Printed things (posters, labels, flyers, menus) are physical objects, not depictions: "print
# the posters and hang them in the shop" is on-site work.
DEPICTIONS = frozenset(
    {"photo", "photos", "picture", "pictures", "pic", "pics", "image", "images", "render",
     "renders", "rendering", "renderings", "3d", "walkthrough", "drawing", "drawings", "plan",
     "plans", "mockup", "mockups", "illustration", "illustrations", "animation", "video",
     "videos", "footage", "map", "model", "models", "diagram", "scan", "screenshot",
     "screenshots", "visualisation", "visualization"}
)  # fmt: skip
IN_PERSON = IN_PERSON_WORDS | frozenset(
    {"over", "shoot", "shooting", "print", "printing", "printed", "frame", "framing", "stick",
     "laminate", "wrap", "film", "filming", "photograph", "record", "attend", "post", "send",
     "ship"}
)  # fmt: skip


def depicts_only(part: Part) -> bool:
    """Whether a message's sentence names physical things only as what a digital picture or
    model shows: a depiction "of" something (`DEPICTIONS`) and no word of work done in person
    or on a physical thing (`IN_PERSON`)."""
    words = part.normalized.split()
    depiction = any(
        word in DEPICTIONS and "of" in words[i + 1 : i + 3] for i, word in enumerate(words)
    )
    return depiction and IN_PERSON.isdisjoint(words)


def screen_message_work(
    text: str,
    *,
    from_client: bool = True,
    rulebook: RuleBook | None = None,
    classifier: Classifier | None = None,
) -> Verdict:
    """Screen a contract message for work outside the policy.

    As `screen_text`, except that in a message from the contract's client the classifier's
    evidence of an excluded code (physical work, an off-the-shelf product) is not read
    from the sentences that are the client's own doing (`own_doing`), nor from the whole
    message's words in them: what the client does themselves (print the menus, photograph
    their shop, ship a phone for testing) is not the freelancer's work. A freelancer's "I'll
    drive the kids to school" is the work offered, so in a freelancer's message only a stated
    circumstance that offers nothing is own doing (`own_circumstance`). An excluded code's rule that fires in an own sentence ("we're moving office") is
    context (`_own_rules_as_context`); banned codes' rules are read as before. In every
    message, the classifier alone reads short text length-calibrated (`_length_calibrated`),
    and text in no language the screener reads describes no work.

    The classifier is the message model (`get_message_classifier`: its own file, else the
    brief model), decided with the rulebook's thresholds overridden by the model's own
    `message_thresholds` (none for the brief model)."""
    book = rulebook or default_rulebook()
    model = classifier or get_message_classifier()
    parts = item_parts("", text)
    if not parts:
        return _unreadable(book.version, "")
    texts = [
        without_ways_of_paying(text) if names_ways_of_paying(part) else text
        for part, text in zip(parts, (for_classifier(p.normalized) for p in parts), strict=True)
    ]
    whole, part_probs, whole_calibrated, parts_calibrated = model.predict_parts_calibrated(
        texts, min_norm=MESSAGE_MIN_NORM
    )
    a = assess(parts, book=book, model=model, predicted=(whole, part_probs))
    if not a.familiar:
        # Text in no language the screener reads ("kk") describes no work; there is no
        # description to ask for in a message.
        return _allowed(a.rulebook_version)
    own = {i for i, part in enumerate(parts) if own_circumstance(part, from_client=from_client)}
    life = frozenset(i for i, part in enumerate(parts) if life_news(part, from_client=from_client))
    if life:
        life = frozenset(
            i
            for i, part in enumerate(parts)
            if i in life or life_news(part, from_client=from_client, after_news=True)
        )
    own |= life
    quoted = frozenset(i for i, part in enumerate(parts) if quotes_harmlessly(part))
    quoted |= guards_against_misuse(parts)
    quoted |= {i for i, part in enumerate(parts) if places_business_details(part, text)}
    depicted = frozenset(i for i, part in enumerate(parts) if i not in own and depicts_only(part))
    if own:
        a = _own_rules_as_context(a, own)
    a = _length_calibrated(a, whole_calibrated, parts_calibrated)
    process = platform_money_process(parts, own, a.whole.probabilities)
    depicted |= process | quoted
    if own or depicted:
        views = frozenset(i for i in own if passes_on_feedback(parts[i])) | process | life | quoted
        a = _without_own_doing(
            a, own, model, texts, depicted, asks_nothing=asks_nothing(parts, own), views=views
        )
    verdict = decide(a, thresholds={**book.thresholds, **model.message_thresholds})
    return _banned_business_payments(parts, verdict)


# Round 9 (families, not items): news of a person's own life. "Got married last saturday!!",
# "exams at uni all next week", "my dad passed away last week, I need a few days", "caught covid
# again", "we finally found a flat in Porto and move on the 20th" tell the reader why the sender
# is away or slow; texting drops the subject ("Got married", "was sick"), so `own_doing` did not
# read them as the sender's own, and the classifier, trained on briefs, read weddings, funerals
# and flats as on-site work (up to 98 %) or fraud. A sentence naming an event of a life
# (`LIFE_EVENTS`; moving only as moving home, `_MOVING_HOME`) that asks no one (no "can you",
# no "your" but in a courtesy, "sorry for your loss", no one sought, no request verb opening it),
# names no work done in person or for people (`IN_PERSON_WORDS`, `SERVICES`) and, from a
# freelancer, offers nothing priced or extra (`_LIFE_OFFERS`) is the sender's own doing, and
# none of its classifier evidence is read; rules are read as before.
LIFE_EVENTS = frozenset(
    {"married", "marry", "marrying", "wedding", "engaged", "engagement", "honeymoon", "exam",
     "exams", "graduation", "graduating", "funeral", "died", "death", "condolences", "bereavement", "sick", "ill", "illness", "flu", "covid",
     "fever", "migraine", "hospital", "surgery", "appendicitis", "injury", "injured", "baby",
     "pregnant", "born", "birth", "newborn", "parental", "maternity", "paternity", "holiday",
     "holidays", "vacation", "christmas", "xmas", "eid", "ramadan", "diwali", "easter",
     "hanukkah", "thanksgiving", "relocating", "relocate", "relocated", "relocation", "jury",
     "dentist", "doctor", "appointment", "birthday", "anniversary", "recovering"}
)  # fmt: skip
# Events said in two words: "passed away", "sorry for your loss", "half term".
LIFE_PAIRS = frozenset(
    {("passed", "away"), ("your", "loss"), ("half", "term"), ("driving", "test"),
     ("new", "year")}
)  # fmt: skip
# "I need a few days", "we need some time": the sender's own need, not someone sought.
_OWN_NEEDS = frozenset({"days", "day", "week", "weeks", "time", "break", "rest", "off", "recover"})
# Moving home is news ("moving house on saturday", "move on the 20th" after a flat found);
# moving things for someone is work, so "move"/"moving" count only beside a home.
HOMES = frozenset({"house", "home", "flat", "flats", "apartment", "country", "city", "abroad"})
_MOVING = frozenset({"move", "moving", "moved"})
# Work done for people in person: an offer of it or a wish for it is no news.
SERVICES = frozenset(
    {"tutor", "tutoring", "teach", "teaching", "lesson", "lessons", "cook", "cooking", "cater",
     "catering", "chef", "babysit", "babysitting", "bartender", "bartend", "clean", "cleaning",
     "train", "training", "trainer", "massage", "nanny", "dj", "photographer", "waiter"}
)  # fmt: skip
_LIFE_ASKS = ASKS_SOMEONE - {"your", "yours", "ur", "need", "needs", "come", "coming"}
_LIFE_OFFERS = frozenset(
    {"happy", "glad", "gladly", "offer", "also", "too", "extra", "fee", "charge", "price", "rate",
     "quote", "available"}
)  # fmt: skip
# "your" in a courtesy asks no one: "sorry for your loss", "thanks for your patience".
_COURTESY = frozenset({"loss", "patience", "understanding", "time", "kind", "kindness", "wishes"})


# After such news, saying when one is back or away is part of it ("back at my desk tomorrow",
# "offline till monday").
RETURNS = frozenset({"back", "offline", "away", "online"})


def life_news(part: Part, *, from_client: bool, after_news: bool = False) -> bool:
    """Whether a message's sentence is news of its sender's own life (`LIFE_EVENTS`) that
    asks no one and offers nothing; `after_news`: another sentence of the message is such
    news, so being back or away (`RETURNS`) is part of it."""
    words = part.normalized.split()
    present = set(words)
    moving_home = any(
        w in _MOVING and not HOMES.isdisjoint(words[i + 1 : i + 3]) for i, w in enumerate(words)
    )
    pairs = set(zip(words, words[1:], strict=False))
    event = not LIFE_EVENTS.isdisjoint(present) or not LIFE_PAIRS.isdisjoint(pairs)
    if not (event or moving_home or (after_news and not RETURNS.isdisjoint(present))):
        return False
    if any(w.startswith(DECEIT_STEMS) for w in words):
        return False
    # A request in any clause ("we're on holiday, please log into ...") is no news.
    if (
        any(opens_with_a_request(clause) for clause in clauses(part))
        or not _LIFE_ASKS.isdisjoint(present)
        or not {"please", "pls", "plz"}.isdisjoint(present)
    ):
        return False
    if any(
        (a in YOU_ASKED_BY and b in YOU) or (a in YOU and b in YOU_ASKS_WITH)
        for a, b, _ in _triples(words)
    ):
        return False
    courtesy = all(
        words[i + 1 : i + 2] and words[i + 1] in _COURTESY and words[i - 1 : i] == ["for"]
        for i, w in enumerate(words)
        if w in {"your", "ur"}
    )
    if not courtesy and not _your_names_the_work(words):
        return False
    # "need" is the sender's own ("I need a few days"), not someone sought.
    if any(
        w in {"need", "needs"}
        and (words[i - 1 : i] not in (["i"], ["we"]) or _OWN_NEEDS.isdisjoint(words[i + 1 : i + 4]))
        for i, w in enumerate(words)
    ):
        return False
    # "come back to you" answers; "come"/"coming" otherwise is someone arriving.
    if any(
        w in {"come", "coming"} and words[i + 1 : i + 2] != ["back"] for i, w in enumerate(words)
    ):
        return False
    doing = IN_PERSON_WORDS - {"come", "coming"} - (_MOVING if moving_home else frozenset())
    if not doing.isdisjoint(present) or not SERVICES.isdisjoint(present):
        return False
    if not moving_home and not _MOVING.isdisjoint(present):
        return False
    return from_client or _LIFE_OFFERS.isdisjoint(present)


# Round 9: feedback that quotes a harmless "fake", "copy" or "clone". The classifier reads
# "fake" and "copy" as deceit and infringement (44 % misleading for "the mock-up looks a bit
# fake"), but in feedback they judge how the work looks ("looks fake", "feels fake", "reads as
# fake plastic"), name a product test ("a fake door page"), are the text of the work judged by
# its form ("the copy is too long", "the copy on slide 3 is too salesy"), copy or clone the work's own
# parts ("copy the header style from the About page", "cloned the repo") or say not to copy
# ("don't copy the competitor's wording"). A sentence whose every such word is one of these, with
# no word of what deceit makes (`_DECEIT_OBJECTS`: reviews, accounts, documents, a competitor's
# site...) and no work in person, gives no classifier evidence; rules are read as before.
QUOTED = frozenset(
    {"fake", "fakes", "faked", "copy", "copies", "copied", "copying", "clone", "clones",
     "cloned", "cloning"}
)  # fmt: skip
_JUDGES = frozenset(
    {"looks", "look", "looking", "feels", "feel", "seems", "seem", "sounds", "sound", "reads",
     "read", "too", "bit", "little", "kinda", "kind", "very", "so", "quite", "slightly", "as"}
)  # fmt: skip
# "fake" as a verb or before its object ("fake the test results", "fake some data") is deceit;
# only an adjective judging the work, after a verb of seeming or a degree ("looks fake", "a bit
# fake", "reads as fake"), or the name of a product test ("a fake door page") is harmless.
_OBJECT_OPENERS = frozenset(
    {"the", "a", "an", "some", "my", "our", "his", "her", "their", "your", "any", "all", "it",
     "them", "this", "that", "these", "those", "data", "results", "reviews"}
)  # fmt: skip
# The work's text judged by its form ("the copy is too long", "the copy on slide 3 is too
# salesy"), not what it says ("the copy should say the product cures cancer").
_FORM = frozenset(
    {"long", "longer", "short", "shorter", "shorten", "trim", "cut", "salesy", "pushy", "tone",
     "typo", "typos", "font", "line", "lines", "length", "spacing", "bold", "size", "readable",
     "wordy", "dense", "formal", "casual", "stiff", "words", "paragraph", "paragraphs"}
)  # fmt: skip
_SAYS = frozenset({"say", "says", "said", "claim", "claims", "state", "states", "promise"})
_TEXT_OF = frozenset(
    {"the", "this", "that", "our", "ad", "web", "website", "page", "landing", "product", "sales",
     "marketing", "body", "hero", "email", "button", "ux", "micro", "banner", "headline"}
)  # fmt: skip
OWN_PARTS = frozenset(
    {"header", "footer", "style", "styles", "styling", "component", "components", "section",
     "sections", "layout", "template", "templates", "repo", "repository", "database", "db",
     "branch", "project", "text", "faq", "table", "row", "rows", "file", "files", "folder",
     "settings", "staging", "page", "pages", "colours", "colors", "font", "fonts", "block",
     "card", "cards", "module", "paste", "slide", "slides", "and"}
)  # fmt: skip
_NEGATIONS = frozenset({"dont", "don", "not", "never", "no", "avoid", "without"})
_DECEIT_OBJECTS = frozenset(
    {"review", "reviews", "rating", "ratings", "testimonial", "testimonials", "account",
     "accounts", "followers", "likes", "invoice", "invoices", "receipt", "receipts", "id",
     "ids", "passport", "document", "documents", "certificate", "diploma", "degree", "license",
     "licence", "news", "profile", "profiles", "competitor", "competitors", "brand", "logo",
     "website", "site", "app", "game", "book", "song", "film", "movie", "exactly", "identical",
     "real", "genuine", "original", "pretend", "customers", "users", "signups", "sales",
     "money", "payment", "bank", "results", "result", "data", "study", "survey", "research",
     "thesis", "dissertation", "paper", "report", "reports", "answers", "lab", "scores",
     "grades", "statistics", "numbers", "figures", "evidence", "proof", "cures", "medical"}
)  # fmt: skip


def _harmless_quote(words: list[str], i: int) -> bool:
    word = words[i]
    before = words[max(0, i - 3) : i]
    after = words[i + 1 : i + 4]
    if not _NEGATIONS.isdisjoint(words[max(0, i - 2) : i]):
        return True
    following = words[i + 1 : i + 2]
    if word.startswith("fake"):
        if following == ["door"]:
            return True
        return i > 0 and not _JUDGES.isdisjoint(before) and _OBJECT_OPENERS.isdisjoint(following)
    if word == "copy" and words[i - 1 : i] and words[i - 1] in _TEXT_OF:
        return following != ["of"] and not _FORM.isdisjoint(words) and _SAYS.isdisjoint(words)
    return not OWN_PARTS.isdisjoint(after)


def quotes_harmlessly(part: Part) -> bool:
    """Whether a message's sentence quotes "fake", "copy" or "clone" only as a judgement of
    the work, a test fixture, its text or its own parts copied, or not to copy."""
    words = part.normalized.split()
    at = [i for i, w in enumerate(words) if w in QUOTED]
    if not at or not all(_harmless_quote(words, i) for i in at):
        return False
    # Beside what deceit makes (reviews, accounts, documents, a competitor's site) the words
    # are read as before, unless the sentence says not to copy ("don't copy the competitor").
    negated = any(not _NEGATIONS.isdisjoint(words[max(0, i - 2) : i]) for i in at)
    if not negated and not _DECEIT_OBJECTS.isdisjoint(words):
        return False
    return IN_PERSON.isdisjoint(words)


# Round 12 (guarding against misuse): a sentence that refuses a secret ("please don't send
# your main Gmail password", "I'd prefer not to have your personal email password at all",
# "don't share the root login") and a message that warns about a message its sender received
# ("got an SMS asking me to confirm payment on some link, didn't click, was it you?") guard
# against the harm their words name. The classifier, trained on briefs, read the password,
# the login or the link as up to 92 % illegal or fraudulent work. Such a sentence (and every
# sentence of such a warning) gives no classifier evidence, as feedback quoting a harmless
# "fake" gives none; rules are read as before, and another sentence that asks for the harm is
# read as before ("Don't send me your password. Just get me into her account").
SECRETS = frozenset(
    {"password", "passwords", "passcode", "pin", "otp", "login", "logins", "credentials",
     "cvv", "2fa", "number", "numbers"}
)  # fmt: skip
_REFUSALS = frozenset({"don", "dont", "not", "never", "no"})
_HANDING = frozenset(
    {"send", "share", "give", "post", "paste", "tell", "type", "email", "text", "have", "need",
     "put", "store", "forward"}
)  # fmt: skip
# A sentence naming someone other than the sender and the reader ("don't tell her the
# password", "don't send me the password, just get me into her account") is not guarding
# against the harm; it may be the harm.
_THIRD_PARTIES = frozenset(
    {"her", "him", "his", "she", "he", "they", "them", "their", "anyone", "nobody", "wife",
     "husband", "boss", "partner", "ex", "girlfriend", "boyfriend"}
)  # fmt: skip
_RECEIVED = frozenset({"got", "get", "getting", "received", "receiving"})
_MESSAGES_RECEIVED = frozenset(
    {"email", "emails", "mail", "sms", "text", "texts", "message", "messages", "call", "calls",
     "link", "dm", "dms", "whatsapp"}
)  # fmt: skip
_WARNINGS = frozenset(
    {"scam", "scams", "phishing", "suspicious", "spam", "ignore", "report", "click", "clicked",
     "fake"}
)  # fmt: skip


def refuses_a_secret(part: Part) -> bool:
    """Whether a sentence refuses a secret to its sender or reader: a refusal (`_REFUSALS`),
    within four words a verb of handing over (`_HANDING`) and within seven a secret
    (`SECRETS`), and no third party (`_THIRD_PARTIES`) anywhere in the sentence ("don't send
    me the password, just get me into her account" asks for the harm)."""
    words = part.normalized.split()
    if not _THIRD_PARTIES.isdisjoint(words):
        return False
    for i, word in enumerate(words):
        if word not in _REFUSALS:
            continue
        window = words[i + 1 : i + 8]
        if not _HANDING.isdisjoint(window[:4]) and not SECRETS.isdisjoint(window):
            return True
    return False


def warns_of_a_received_message(parts: list[Part]) -> bool:
    """Whether a message warns about a message its sender received: some sentence names one
    received ("got an email", "received a text": `_RECEIVED` and, within three words,
    `_MESSAGES_RECEIVED`), some sentence a warning (`_WARNINGS`), and no
    clause opens with a request verb ("I got an email from the bank, make a fake one")."""
    words = [part.normalized.split() for part in parts]
    received = any(
        word in _RECEIVED and not _MESSAGES_RECEIVED.isdisjoint(w[i + 1 : i + 4])
        for w in words
        for i, word in enumerate(w)
    )
    warned = any(not _WARNINGS.isdisjoint(w) for w in words)
    asks = any(opens_with_a_request(clause) for part in parts for clause in clauses(part))
    return received and warned and not asks


# Round 13 (contact details for the work): "can u put our shop number 0802 555 1907 on the
# flyer?", "add the venue's number and the coordinator's email to the card" give the client's
# business details as the content of the work, which the contact check already lets through
# (`messages.business_details_for_the_work`: a place of the work in the sentence, no
# invitation to contact the sender anywhere in the message). The classifier, trained on
# briefs, read "number", "put", "venue" as up to 55 % on-site or illegal work. Such a sentence
# gives no classifier evidence, unless it has a word of deceit (`DECEIT`: "put our number on
# the fake dealer receipts"), names a paper that is forged (`FORGED_PAPERS`: "print diplomas
# with our number on the back") or names work in person (`IN_PERSON_WORDS`: "put our number on
# the flyers and come hand them out"); rules and the other sentences are read as before.
FORGED_PAPERS = frozenset(
    {"receipt", "receipts", "invoice", "invoices", "certificate", "certificates", "diploma",
     "diplomas", "degree", "passport", "passports", "id", "ids", "document", "documents",
     "statement", "statements", "payslip", "payslips", "license", "licence", "permit",
     "permits", "stamp", "stamps", "seal", "prescription", "prescriptions", "review",
     "reviews", "testimonial", "testimonials", "rating", "ratings", "banknote", "banknotes",
     "transcript", "transcripts", "warranty", "contract", "tenancy", "visa"}
)  # fmt: skip


def places_business_details(part: Part, message: str) -> bool:
    """Whether a sentence of a message only gives the client's business contact details for
    the work (`messages.business_details_for_the_work`), with no word of deceit, forged paper
    or work in person."""
    words = part.normalized.split()
    if (
        any(w.startswith(DECEIT_STEMS) for w in words)
        or not DECEIT.isdisjoint(words)
        or not FORGED_PAPERS.isdisjoint(words)
        or not IN_PERSON_WORDS.isdisjoint(words)
        or _LOOKS_LIKE.search(part.normalized)
    ):
        return False
    return business_details_for_the_work(part.raw, message)


def guards_against_misuse(parts: list[Part]) -> frozenset[int]:
    """The sentences of a message that guard against the harm their words name: every
    sentence of a warning about a received message, else the sentences that refuse a
    secret."""
    if warns_of_a_received_message(parts):
        return frozenset(range(len(parts)))
    return frozenset(i for i, part in enumerate(parts) if refuses_a_secret(part))


# Round 8 (money in the platform's own terms): a message about how this contract is paid
# through the platform (funding a milestone, escrow, an invoice, a receipt, VAT, the platform
# fee, a refund, a payout, the contract's currency, splitting the rest into milestones) asks
# for no work: money that stays in escrow and milestones is process. The classifier, trained
# on briefs, read "reverse charge applies, please put that on the invoice" as 93 % fraud and
# "change the contract to EUR instead of USD? My bank charges..." as 100 %. When a sentence
# names the platform's money process (`PLATFORM_MONEY`) with no word of deceit (`DECEIT`: a
# fake or backdated invoice is fraudulent work, not process), and every other sentence is the
# sender's own doing or too short to name work of its own (at most `PROCESS_ASIDE_WORDS`
# content words besides price words: "is it on my side or yours?", "just so I know what to
# quote"), none of the message's classifier evidence is
# read. Rules are read as before; money moved outside escrow is the contact/payment check's
# (messages.screen_message_text).
PLATFORM_MONEY = frozenset(
    {"milestone", "milestones", "escrow", "invoice", "invoices", "invoiced", "invoicing",
     "receipt", "receipts", "vat", "tax", "taxes", "payout", "payouts", "billing", "refund",
     "fee", "fees", "eur", "usd", "gbp",
     "refunds", "refunded", "currency", "bben", "8ben", "w9", "w8", "finance", "accountant",
     "bookkeeping", "funded", "funding",
     # Round 9: taxes by their own names ("do you charge GST on top?", "the 19% Umsatzsteuer
     # is not included", "your tax ID on the quote", "the withholding form").
     "gst", "hst", "pst", "iva", "tva", "mwst", "umsatzsteuer", "nif", "ein", "abn", "gstin",
     "withholding", "1099", "bookkeeper",
     # Round 12: the same process in the other languages contract threads use ("el banco me
     # cobró comisión al financiar el hito", "ich habe den Meilenstein freigegeben, die
     # Rechnung lade ich aus der Plattform", "o pagamento do marco 1 foi liberado").
     "hito", "hitos", "marco", "meilenstein", "meilensteine", "jalon", "jalons", "rechnung",
     "rechnungen", "factura", "facturas", "facture", "factures", "fatura", "faturas",
     "fattura", "fatture", "faktura", "faktur", "quittung", "recibo", "recibos", "recu",
     "ricevuta", "reembolso", "remboursement", "erstattung", "rimborso", "auszahlung",
     "uitbetaling", "sequestre", "treuhand", "custodia"}
)  # fmt: skip
# Round 9: a currency is the contract's money only beside its price ("is the amount in US
# or Canadian dollars?", "which exchange rate do you use when you quote in pounds?", "keep
# the price in Swiss francs"); "withdraw the dollars", "exchange 5000 dollars of crypto" are
# not this contract's price.
CURRENCIES = frozenset(
    {"dollar", "dollars", "pound", "pounds", "euro", "euros", "rupee", "rupees", "franc",
     "francs", "chf", "cad", "aud", "nzd", "inr", "jpy", "yen", "sek", "nok", "dkk", "pln",
     "zloty", "brl", "reais", "peso", "pesos", "zar", "rand", "sgd", "hkd", "aed", "dirham",
     "dirhams", "yuan", "rmb"}
)  # fmt: skip
PRICE_WORDS = frozenset(
    {"price", "prices", "pricing", "priced", "quote", "quotes", "quoted", "quoting", "rate",
     "rates", "budget", "amount", "total", "cost", "costs", "charge", "charged", "charges"}
)  # fmt: skip
DECEIT = frozenset(
    {"fake", "fakes", "faked", "forge", "forged", "forging", "false", "falsify", "falsified",
     "fraud", "fraudulent", "invented", "invent", "fictitious", "bogus", "counterfeit",
     "backdate", "backdated", "evade", "evasion", "launder", "laundering", "hide", "hidden",
     "made", "inflate", "inflated", "real", "pretend", "exam", "homework",
     "essay", "test", "grade", "assignment", "exist", "exists", "doesnt", "letterhead",
     "higher", "lower", "dates", "earlier", "someone", "another", "save", "venmo", "zelle",
     "cashapp", "cash", "privately", "personally", "directly", "separately", "outside", "cut",
     "skip", "around", "stolen", "steal", "stole", "black", "withdraw",
     # Round 12: money kept out of escrow, or the fee saved, in the languages of
     # PLATFORM_MONEY's own words ("me haces una transferencia directa", "seedha mere account
     # mein", "fees bach jayegi", "para walang fee"). Payment apps are not deceit by name, as
     # PayPal is not: a payout to one's own GCash goes through the platform.
     "directamente", "directa", "directo", "direkt", "diretamente", "direto", "direttamente",
     "directement", "efectivo", "especes", "bargeld", "dinheiro", "contanti", "fuera",
     "afuera", "hors", "ausserhalb", "fora", "privado", "privat", "sin", "sans", "ohne", "sem",
     "senza", "bez", "walang", "bina", "bach", "faux", "fausse", "seedha", "napryamuyu"}
)  # fmt: skip
# Round 9: "looks" is deceit when a thing is made to look like another ("make it look like
# a paid invoice", "looks official"), not in "let me know if the receipt looks right".
_LOOKS_LIKE = re.compile(
    r"\blooks? (like|real|legit|official|genuine|authentic|original|older|newer|paid|earlier|"
    r"as if|as though|professional|proper)\b"
)
# Words of deceit by their stem: "pretending", "impersonates", "forgery", "falsely".
DECEIT_STEMS = ("pretend", "fake", "forg", "fals", "impersonat", "counterfeit", "backdat", "phish")
# "no need to fund the milestone", "don't fund milestone 3", "instead of funding here": money
# kept out of escrow ("EUR instead of USD" is a currency).
_NOT_FUNDING = re.compile(
    r"\b((no need to|don t|dont|do not|not|never|without) (fund|use|go)|instead of (fund|escrow|"
    r"the (milestone|platform|site|escrow)|paying (here|through|into|in)|using|here))"
)
# The classifier's misreadings of money talk: fraud and illegal work. A message it reads above
# all as an excluded code ("bring the laptop ..., add it as a milestone") names work.
MONEY_MISREADINGS = frozenset({"banned.fraudulent", "banned.illegal"})
PROCESS_ASIDE_WORDS = 3


def _aside_words(part: Part) -> int:
    """A sentence's content words other than price and negotiation words (`NEGOTIATION`):
    "just so I know what to quote" names no work."""
    words = for_classifier(part.normalized).split()
    return sum(len(w) > 2 and w not in STOPWORDS for w in words)


def platform_money_process(
    parts: list[Part], own: set[int], whole: dict[str, float]
) -> frozenset[int]:
    """Every sentence of a message about paying this contract through the platform, or none:
    some sentence names the platform's money process (`PLATFORM_MONEY`), no sentence has a
    word of deceit or of money kept out of escrow (`DECEIT`, `_NOT_FUNDING`), the classifier
    reads the message above all as fraud or illegal work (`MONEY_MISREADINGS`, from its
    probabilities `whole`), and every sentence is such a sentence, the sender's own doing or
    an aside of at most `PROCESS_ASIDE_WORDS` content words."""
    if max(CODES[1:], key=lambda code: whole[code]) not in MONEY_MISREADINGS:
        return frozenset()
    words = [set(part.normalized.split()) for part in parts]
    deceit = any(w.startswith(DECEIT_STEMS) for part in words for w in part)
    if (
        deceit
        or any(not DECEIT.isdisjoint(w) for w in words)
        or any(_NOT_FUNDING.search(part.normalized) for part in parts)
        or any(_LOOKS_LIKE.search(part.normalized) for part in parts)
    ):
        return frozenset()
    process = {
        i
        for i, w in enumerate(words)
        if not PLATFORM_MONEY.isdisjoint(w)
        or (not CURRENCIES.isdisjoint(w) and not PRICE_WORDS.isdisjoint(w))
    }
    if not process:
        return frozenset()
    rest = (i for i in range(len(parts)) if i not in process and i not in own)
    if any(_aside_words(parts[i]) > PROCESS_ASIDE_WORDS for i in rest):
        return frozenset()
    return frozenset(range(len(parts)))


# Round 13 (ways of paying as the work's content or a question): "write that payment can be
# made by bank transfer or credit card at reception", "traduce la pagina de metodos de pago:
# transferencia, tarjeta, efectivo", "le client veut payer par virement, c'est possible ?"
# name how a business's customers pay, or ask how paying works; the classifier, trained on
# briefs, read "bank", "pago", "virement" as up to 100 % fraud. In a sentence that names two
# ways of paying (`PAYMENT_METHODS`), or one beside a word of accepting or of what is possible
# (`ACCEPTING`), the classifier reads the rest of the sentence without the words of paying
# (`PAYING_WORDS`: "our escort page should say payment by card or cash, girls come to your
# hotel" is still read as sexual work), unless it has a word or stem of deceit (`DECEIT` less
# cash, which a shop accepts), a secret (`SECRETS`: card numbers, a PIN), a word of
# taking data (`_HARVEST`: "save the card numbers"), or the parties as payer and payee or
# this contract's price ("pay me", "would you accept Amazon cards for the remaining
# balance?": `_PARTIES_PAID`). Money moved outside escrow is the contact check's.
PAYMENT_METHODS = frozenset(
    {"card", "cards", "credit", "debit", "cash", "transfer", "transfers", "pos", "cheque",
     "cheques", "paynow", "pesa", "mpesa", "paybill", "gcash", "upi", "pix", "boleto",
     "virement", "virements", "carte", "cartes", "especes", "transferencia", "tarjeta",
     "tarjetas", "efectivo", "bizum", "cartao", "dinheiro", "uberweisung",
     "karte", "bargeld", "lastschrift", "bonifico", "carta", "contanti", "bancomat", "kartu",
     "kredit", "tunai", "qris", "havale", "eft", "kredi", "nakit", "kart",
     # Round 14: wallets and local ways a business's customers pay.
     "paypal", "klarna", "ideal", "contactless", "maya"}
)  # fmt: skip
ACCEPTING = frozenset(
    {"methods", "method", "metodos", "metodo", "moyens", "modes", "options", "accept",
     "accepts", "accepted", "accepting", "aceptamos", "acepta", "aceitamos", "aceita",
     "acceptons", "accepte", "acceptes", "akzeptieren", "akzeptiert", "accettiamo",
     "accettato", "possible", "posible", "possivel", "moglich", "possibile", "bisa", "lewat",
     "tinatanggap", "kabul"}
)  # fmt: skip
_CASH_WORDS = frozenset({"cash", "efectivo", "especes", "bargeld", "dinheiro", "contanti"})
PAYING_WORDS = (
    PAYMENT_METHODS
    | ACCEPTING
    | frozenset(
        {
            "pay",
            "pays",
            "paying",
            "payment",
            "payments",
            "bank",
            "banks",
            "made",
            "pago",
            "pagos",
            "pagar",
            "pagamento",
            "pagamentos",
            "paiement",
            "paiements",
            "payer",
            "zahlung",
            "zahlen",
            "pembayaran",
            "bayar",
            "banque",
            "banco",
            "bancaria",
            "bancario",
            "bancaire",
            "online",
            "via",
            "by",
            "or",
            "and",
            "ou",
            "o",
            "oder",
            "atau",
            "par",
            "per",
            "por",
            "pela",
            "pelo",
        }
    )
)
_HARVEST = frozenset(
    {"save", "saves", "saving", "store", "stores", "storing", "collect", "collects", "capture",
     "copy", "copies", "steal", "skim", "skimmer", "log", "logs", "grab", "harvest", "clone"}
)  # fmt: skip
_PARTIES_PAID = frozenset(
    {"me", "my", "mine", "mi", "meu", "minha", "mon", "ma", "mein", "meine", "you", "u", "your",
     "yours", "ur", "tu", "te", "vous", "voce", "du", "dir", "kamu", "kakak", "balance",
     "remaining", "remainder", "rest", "gift", "half", "deposit"}
)  # fmt: skip


# Round 14 (payments as the subject of the work): the payers named are a business's
# customers ("clients can pay by card or cash on the day", "parents abroad should be able to
# pay the tuition with PayPal", "your customers can pay by card") or the sentence names the
# place in the work that only paying has (`PAYMENT_PLACES`: "the checkout for retail
# customers should take PayPal and card"; a menu or a page may say "extra services for
# gentlemen, cash only"). Such a sentence with one way of paying is read as round 13 reads two;
# "your" before the payers ("your customers") does not make the reader the payer.
OTHER_PAYERS = frozenset(
    {"customers", "customer", "clients", "guests", "buyers", "shoppers", "users", "members",
     "subscribers", "patients", "students", "parents", "donors", "backers", "visitors",
     "tenants", "attendees", "diners", "passengers", "riders", "fans", "families",
     "clientes", "hospedes", "huespedes", "pacientes", "alunos", "alumnos", "compradores",
     "usuarios", "socios", "padres", "eleves", "acheteurs", "kunden", "gaste", "teilnehmer",
     "klanten", "gasten", "pelanggan", "pembeli", "tamu", "donatur", "peserta", "wateja",
     "wageni"}
)  # fmt: skip
PAYMENT_PLACES = frozenset({"checkout", "cart", "till", "stripe", "sandbox"})
_PAYERS_OF_A_BUSINESS = ("your", "ur", "our", "their")


def without_ways_of_paying(text: str) -> str:
    return " ".join(w for w in text.split() if w not in PAYING_WORDS)


def names_ways_of_paying(part: Part) -> bool:
    """Whether a message's sentence names ways of paying as what a business accepts or what
    is possible (see `PAYMENT_METHODS`), or as how its customers pay (`OTHER_PAYERS`,
    `PAYMENT_PLACES`), with no word of deceit, secret, taking data or the parties paid."""
    words = part.normalized.split()
    present = set(words)
    methods = PAYMENT_METHODS & present
    described = not (ACCEPTING.isdisjoint(present) and OTHER_PAYERS.isdisjoint(present))
    described = described or not PAYMENT_PLACES.isdisjoint(present)
    if len(methods) < 2 and (not methods or not described):
        return False
    # "your customers": the reader's customers pay, not the reader.
    parties = {
        w
        for i, w in enumerate(words)
        if not (
            w in _PAYERS_OF_A_BUSINESS and words[i + 1 : i + 2] and words[i + 1] in OTHER_PAYERS
        )
    }
    return (
        not any(w.startswith(DECEIT_STEMS) for w in words)
        and (DECEIT - _CASH_WORDS).isdisjoint(present)
        and SECRETS.isdisjoint(present)
        and _HARVEST.isdisjoint(present)
        and _PARTIES_PAID.isdisjoint(parties)
        and not _LOOKS_LIKE.search(part.normalized)
        and not pays_a_banned_business(part)
    )


# Round 14 (a banned business's payments): "accept card and bank transfer for the online
# casino", "a payment gateway for an unlicensed slots site", "checkout for our online pharmacy
# selling oxycodone without prescription" ask for the payments of a business whose trade is
# banned or restricted (gambling, drugs sold without prescription, weapons, sex work). The
# classifier read such a sentence through its words of paying, which round 13 discounts, and
# not through the business. A sentence naming paying or taking payments (`PAYMENT_PROCESSING`)
# and such a trade (`BANNED_TRADES`) holds the message for review under that trade's code,
# unless it names the trade as licensed or as help against it (`LICENSED_OR_HELP`) and no
# word against a licence (`_UNLICENSED`: "no licence", "illegal", "hide it from the bank").
PAYMENT_PROCESSING = PAYMENT_METHODS | frozenset(
    {"pay", "paid", "pays", "paying", "payment", "payments", "checkout", "gateway", "merchant",
     "deposit", "deposits", "processing", "processor", "paypal", "skrill", "neteller",
     "crypto", "bitcoin", "wallets", "charge", "charges", "billing"}
)  # fmt: skip
BANNED_TRADES = {
    # Words with an innocent sense ("cleaning slots", "weed control", "a cam for the doorbell",
    # "toy guns") are left out.
    "banned.illegal": frozenset(
        {"casino", "casinos", "gambling", "betting", "bookmaker", "sportsbook", "poker",
         "pokies", "lottery", "cannabis", "marijuana", "oxycodone", "tramadol", "opioids",
         "fentanyl", "xanax"}
    ),
    "banned.sexual": frozenset({"escort", "escorts", "brothel", "camgirl", "camgirls"}),
}  # fmt: skip
LICENSED_OR_HELP = frozenset(
    {"licensed", "regulated", "helpline", "addiction", "rehab", "recovery", "responsible",
     "gamstop", "compliance", "charity", "prescription", "prescriptions"}
)  # fmt: skip
_UNLICENSED = frozenset(
    {"no", "not", "without", "unlicensed", "illegal", "illegally", "banned", "hide", "hidden",
     "underage", "minors"}
)  # fmt: skip


def pays_a_banned_business(part: Part) -> str:
    """The code of the banned trade whose payments a message's sentence asks for, or ""."""
    words = set(part.normalized.split())
    if PAYMENT_PROCESSING.isdisjoint(words):
        return ""
    for code, trades in BANNED_TRADES.items():
        if trades.isdisjoint(words):
            continue
        if not LICENSED_OR_HELP.isdisjoint(words) and _UNLICENSED.isdisjoint(words):
            continue
        return code
    return ""


def _banned_business_payments(parts: list[Part], verdict: Verdict) -> Verdict:
    """An allowed verdict held for review when a sentence asks for a banned trade's payments
    (`pays_a_banned_business`); any other verdict as it is."""
    if verdict.verdict != Decision.ALLOW:
        return verdict
    for part in parts:
        code = pays_a_banned_business(part)
        if code:
            return replace(
                verdict,
                verdict=Decision.REVIEW,
                policy=code,
                score=max(verdict.score, RULE_FLOORS["review"]),
                reasons=[
                    *verdict.reasons,
                    f"Payments for a banned trade ({CODE_LABELS[code]}): "
                    f'"{_clip(part.raw, QUOTE_CHARS)}".',
                    f"See what is never allowed: {POLICY_URL}",
                ],
                deciding_part=part.raw,
            )
    return verdict


# Round 5 (a message that asks nothing): when every sentence of a message is its sender's own
# doing (`own_circumstance`: no request to the reader, and from a freelancer no offer), the
# message asks for no work at all, whatever it mentions ("my laptop died yesterday, I'm setting
# up a new one", "where do I upload the product photos?", "the photographer we hired comes to
# the hotel"). The classifier, trained on briefs, then reads no work, neither excluded nor
# banned (`_without_own_doing`); rules are read as before (banned rules hold or block as in any
# message). A wish is a request even in the first person ("I'd like the home address of...",
# "I would love 500 followers"), so a message with one of `WISHES` is not such a message.
WISHES = frozenset(
    {"like", "love", "wish", "d", "would", "please", "pls", "plz", "want", "wanted", "need",
     "needs", "hoping", "hope", "get", "make", "find"}
)  # fmt: skip


# A sentence that opens with a verb of making, changing or getting something asks for it (the
# imperative: "write a text pretending to be the bank", "add a few reviews from made-up
# customers"), even when a later clause is the sender's own news ("..., we don't have real
# ones yet"). Words a sentence may open with before it: greetings and fillers.
REQUEST_VERBS = PHYSICAL_VERBS | frozenset(
    {"write", "add", "make", "create", "design", "post", "run", "send", "do", "get", "find",
     "change", "update", "remove", "delete", "leave", "give", "buy", "sell", "book", "call",
     "contact", "tell", "translate", "edit", "draft", "prepare", "generate", "produce",
     "publish", "upload", "share", "copy", "fill", "sign", "submit", "pretend", "use",
     "collect", "scrape", "hack", "track", "log", "read", "access", "bypass", "crack", "fake",
     "order", "pay", "review", "rate", "invent", "say", "claim", "pose", "act", "mark", "list",
     "open", "go", "watch", "check", "spread", "boost", "inflate", "print", "ship"}
)  # fmt: skip
_OPENERS = frozenset(
    {"hi", "hey", "hello", "ok", "okay", "so", "also", "and", "then", "just", "pls", "please",
     "plz", "btw", "fyi", "ps", "now", "quickly", "oh", "yes", "yeah", "sure", "great", "thanks"}
)  # fmt: skip


def opens_with_a_request(words: list[str]) -> bool:
    """Whether a sentence opens (after greetings and fillers) with a request verb."""
    for word in words:
        if word not in _OPENERS:
            return word in REQUEST_VERBS
    return False


def asks_nothing(parts: list[Part], own: set[int]) -> bool:
    """Whether every sentence of a message is its sender's own doing and none states a wish
    or opens with a request verb."""

    def wishes(words: list[str]) -> bool:
        # "you'll get the pictures after" tells the reader what they receive (`RECEIVES`).
        return opens_with_a_request(words) or any(
            w in WISHES and not (w == "get" and i > 0 and words[i - 1] in {"ll", "will"})
            for i, w in enumerate(words)
        )

    return len(own) == len(parts) and not any(wishes(part.normalized.split()) for part in parts)


def _own_rules_as_context(a: Assessment, own: set[int]) -> Assessment:
    """An excluded code's rule that fired in a sentence of the sender's own doing ("we're
    moving office next month", "we're moving house this weekend") is context, as an excused
    rule is: the sentence says what the sender does, it asks no one for on-site work. Not
    when another sentence asks for a hand ("Can you help?"): the own sentence then names
    the work. Banned codes' rules are read as before."""
    asks_help = any(
        i not in own and not HELP_WORDS.isdisjoint(part.normalized.split())
        for i, part in enumerate(a.parts)
    )
    if asks_help:
        return a
    moved = [(i, hit) for i, hit in a.hits if i in own and hit.rule.spec.code in EXCLUDED_CODES]
    if not moved:
        return a
    hits = [pair for pair in a.hits if pair not in moved]
    floors: dict[str, float] = {}
    rule_part: dict[str, int] = {}
    for i, hit in hits:
        spec = hit.rule.spec
        level = RULE_FLOORS["review" if (i, spec.name) in a.softened else spec.action]
        if level > floors.get(spec.code, 0.0):
            floors[spec.code] = level
            rule_part[spec.code] = i
    excused = {code: set(where) for code, where in a.excused.items()}
    for i, hit in moved:
        excused.setdefault(hit.rule.spec.code, set()).add(i)
    return replace(
        a,
        hits=hits,
        floors=floors,
        rule_part=rule_part,
        excused={code: frozenset(where) for code, where in excused.items()},
    )


def _length_calibrated(
    a: Assessment, whole: dict[str, float], part_probs: list[dict[str, float]]
) -> Assessment:
    """The classifier's probabilities of the codes no rule fired for, read with the length
    calibration (`MESSAGE_MIN_NORM`): a short message or sentence is too little text for
    the model alone to hold it ("looks fine to me" is not 57 % illegal work). A code a rule
    fired for keeps the unscaled reading, so a rule and the classifier still agree to block
    "can you write fake reviews?"."""

    def mixed(raw: dict[str, float], scaled: dict[str, float]) -> dict[str, float]:
        out = {code: raw[code] if code in a.floors else scaled[code] for code in CODES[1:]}
        return {"ok": max(0.0, 1.0 - sum(out.values())), **out}

    return replace(
        a,
        whole=replace(a.whole, probabilities=mixed(a.whole.probabilities, whole)),
        part_probs=[
            mixed(raw, scaled) for raw, scaled in zip(a.part_probs, part_probs, strict=True)
        ],
    )


def _without_own_doing(
    a: Assessment,
    own: set[int],
    model: Classifier,
    texts: list[str],
    depicted: frozenset[int] = frozenset(),
    *,
    asks_nothing: bool = False,
    views: frozenset[int] = frozenset(),
) -> Assessment:
    """The assessment with the classifier's evidence of the excluded codes taken from the
    other parts: in the own parts their probability moves to "ok", and in the whole
    message it is at most the probability of the message without them. An own part the
    classifier reads above all as excluded work ("we'll print the flyers and hand them out
    at the market": physical) is its description of what the sender will do, and none of
    its evidence is read (what it spreads over the banned codes is the same misreading);
    an own part it reads above all as a banned code keeps that evidence, unless the message
    `asks_nothing` (every part is own: none of their evidence is read) or it passes on others'
    views of the work (`views`, `passes_on_feedback`). A `depicted` part
    (`depicts_only`) is read as an own part is."""
    discounted = own | depicted
    explained = {
        i
        for i in discounted
        if asks_nothing
        or i in views
        or max((c for c in CODES[1:]), key=lambda c: a.part_probs[i][c]) in EXCLUDED_CODES
    }

    def whole_without(skip: set[int]) -> dict[str, float] | None:
        rest = [text for i, text in enumerate(texts) if i not in skip]
        if not rest:
            return None
        prediction, _, scaled, _ = model.predict_parts_calibrated(rest, min_norm=MESSAGE_MIN_NORM)
        raw = prediction.probabilities
        return {code: raw[code] if code in a.floors else scaled[code] for code in CODES}

    def capped(
        probs: dict[str, float], cap: dict[str, float] | None, codes: tuple[str, ...]
    ) -> dict[str, float]:
        out = dict(probs)
        for code in codes:
            kept = min(out[code], cap[code]) if cap is not None else 0.0
            out["ok"] += out[code] - kept
            out[code] = kept
        return out

    banned = tuple(code for code in CODES[1:] if code not in EXCLUDED_CODES)
    whole = capped(a.whole.probabilities, whole_without(discounted), EXCLUDED_CODES)
    if explained:
        whole = capped(whole, whole_without(explained), banned)
    part_probs = [
        capped(probs, None, CODES[1:] if i in explained else EXCLUDED_CODES)
        if i in discounted
        else probs
        for i, probs in enumerate(a.part_probs)
    ]
    return replace(a, whole=replace(a.whole, probabilities=whole), part_probs=part_probs)


def screen_parts(
    parts: list[Part], *, rulebook: RuleBook | None = None, classifier: Classifier | None = None
) -> Verdict:
    book = rulebook or default_rulebook()
    model = classifier or get_classifier()
    if not parts:
        return _unreadable(book.version, "")
    return decide(assess(parts, book=book, model=model), thresholds=book.thresholds)


@dataclass(frozen=True)
class Assessment:
    """What the rules and the classifier found in a brief, before any threshold applies
    (training re-decides the same assessment under other thresholds to calibrate them)."""

    parts: list[Part]
    whole: Prediction
    part_probs: list[dict[str, float]]
    hits: list[tuple[int, RuleHit]]
    floors: dict[str, float]
    rule_part: dict[str, int]
    familiar: bool
    rulebook_version: str
    # code -> parts in which a rule for it matched but was excused (negation, context).
    excused: dict[str, frozenset[int]] = field(default_factory=dict)
    # (part, rule) of block rules in a title whose context the description gives.
    softened: frozenset[tuple[int, str]] = frozenset()

    @property
    def block_rule_codes(self) -> set[str]:
        return {
            hit.rule.spec.code
            for i, hit in self.hits
            if hit.rule.spec.action == "block" and (i, hit.rule.spec.name) not in self.softened
        }


def assess(
    parts: list[Part],
    *,
    book: RuleBook,
    model: Classifier,
    predicted: tuple[Prediction, list[dict[str, float]]] | None = None,
) -> Assessment:
    """`predicted`: the classifier's reading of `parts`, when the caller already has it."""
    normalized = [p.normalized for p in parts]
    whole, part_probs = predicted or model.predict_parts(normalized)
    # Rules, part by part (the whole brief is read only for `item:` exceptions).
    item_text = " ".join(normalized)
    floors: dict[str, float] = {}
    rule_part: dict[str, int] = {}
    hits: list[tuple[int, RuleHit]] = []
    readings, found = _read_parts(book, normalized, item_text)
    # A title is a label ("Fake news workshop"): when the description excuses the same
    # rule in its own words ("spotting fake news"), the title's mention is that mention.
    excused_in_text = {
        hit.rule.spec.name
        for part, (_, excused) in zip(parts, readings, strict=True)
        if not part.title
        for hit in excused
    }
    # Item-wide context ("remote" for on-site work, guarding against a harm for a banned
    # code) excuses a code's evidence everywhere.
    excused: dict[str, set[int]] = {
        code: set(range(len(parts)))
        for code, where in book.excuse_parts(found).items()
        if not _request_of_its_own(parts, part_probs, where, code, book.thresholds)
    }
    softened: set[tuple[int, str]] = set()
    for i, (part, (fired, excused_here)) in enumerate(zip(parts, readings, strict=True)):
        for hit in excused_here:
            excused.setdefault(hit.rule.spec.code, set()).add(i)
        for hit in fired:
            if part.title and hit.rule.spec.name in excused_in_text:
                excused.setdefault(hit.rule.spec.code, set()).add(i)
                continue
            hits.append((i, hit))
            spec = hit.rule.spec
            level = RULE_FLOORS[spec.action]
            if _context_elsewhere(book, hit, found, i):
                # A part's words with the rule's context in another part hold the brief,
                # never block it: a title ("Fake news quiz") explained by its description
                # ("spot the fake headline"), a harm the client suffers ("floods of reviews
                # that are obviously fake") before the request against it ("a classifier to
                # catch these"). A buried request beside a protective one is held too.
                if _describes_only(
                    book, found[i], a_whole=whole, part_probs=part_probs[i], code=spec.code
                ):
                    # Rules v13: ... unless the classifier, on the part and on the whole
                    # brief, finds next to nothing of that harm: the part describes what
                    # the protective work is about ("reviews probably fake or paid, bursts
                    # from new accounts"), it asks for nothing.
                    excused.setdefault(spec.code, set()).add(i)
                    continue
                softened.add((i, spec.name))
                level = RULE_FLOORS["review"]
            if level > floors.get(spec.code, 0.0):
                floors[spec.code] = level
                rule_part[spec.code] = i
    return Assessment(
        parts=parts,
        whole=whole,
        part_probs=part_probs,
        hits=hits,
        floors=floors,
        rule_part=rule_part,
        familiar=bool(floors) or model.known_share(item_text) >= UNFAMILIAR_SHARE,
        rulebook_version=book.version,
        excused={code: frozenset(where) for code, where in excused.items()},
        softened=frozenset(softened),
    )


def _describes_only(
    book: RuleBook,
    terms: dict[int, list[tuple[int, int]]],
    *,
    a_whole: Prediction,
    part_probs: dict[str, float],
    code: str,
) -> bool:
    """Whether a part whose rule met its context in another part is only a description:
    the classifier's probability of the rule's code is below `soft_excuse` on the part and
    on the whole brief, and the part carries no evasion cue ("a verifiable looking number"
    is a request to deceive, whatever the model reads)."""
    below = book.thresholds.get("soft_excuse", SOFT_EXCUSE)
    if max(part_probs[code], a_whole.probabilities[code]) >= below:
        return False
    return book.evasion is None or book.evasion.find(terms) is None


def _context_elsewhere(
    book: RuleBook, hit: RuleHit, found: list[dict[int, list[tuple[int, int]]]], part: int
) -> bool:
    """Whether a part other than `part` holds one of the rule's part exceptions."""
    return any(book.context_in(hit.rule, terms) for j, terms in enumerate(found) if j != part)


def _request_of_its_own(
    parts: list[Part],
    part_probs: list[dict[str, float]],
    cued: set[int],
    code: str,
    thresholds: dict[str, float],
) -> bool:
    """Decision v8: guarding against a harm ("report impostor accounts", "a page that warns
    customers about fake emails") is context for the classifier's evidence of that banned
    code, unless another part of four content words or more, without the cue, is itself
    evidence of it: "Write our accessibility statement after the audit. PS get me into my
    ex's account" is a request of its own beside the guarding one. Remote work stays
    item-wide context for on-site work (the whole job is remote)."""
    if not code.startswith("banned.") or len(parts) < 2:
        return False
    review_at = thresholds.get("review", 0.25)
    return any(
        i not in cued and _substantial(part) and part_probs[i][code] >= review_at
        for i, part in enumerate(parts)
    )


def read_parts(
    book: RuleBook, normalized: list[str], item_text: str
) -> list[tuple[list[RuleHit], list[RuleHit]]]:
    return _read_parts(book, normalized, item_text)[0]


def _read_parts(
    book: RuleBook, normalized: list[str], item_text: str
) -> tuple[list[tuple[list[RuleHit], list[RuleHit]]], list[dict[int, list[tuple[int, int]]]]]:
    """Each part's fired and excused rules. A rule of span 2 also reads a part with the
    one after it ("profiles of happy tenants; none of them exist"); what it finds there
    belongs to the second part."""
    words = [part.split() for part in normalized]
    found = [book.index.find(w) for w in words]
    readings = [book.read(w, item_text, hits) for w, hits in zip(words, found, strict=True)]
    if not book.spans_parts:
        return readings, found
    span_groups = book.span_groups
    for i in range(1, len(words)):
        # A pattern across two parts has a group in each (else one part alone had it).
        if span_groups.isdisjoint(found[i - 1]) or span_groups.isdisjoint(found[i]):
            continue
        alone = {h.rule.spec.name for h in readings[i - 1][0] + readings[i][0]}
        fired, excused = book.read(words[i - 1] + words[i], item_text)
        readings[i][0].extend(
            h for h in fired if h.rule.spec.span > 1 and h.rule.spec.name not in alone
        )
        readings[i][1].extend(h for h in excused if h.rule.spec.span > 1)
    return readings, found


def decide(a: Assessment, *, thresholds: dict[str, float]) -> Verdict:
    if not a.familiar:
        return _unreadable(a.rulebook_version, " ".join(p.raw for p in a.parts))
    # 1. Scores: the whole brief's probability or its worst part's (when that part is
    # clearly not allowed work), raised by rule floors.
    evidence = thresholds.get("part", PART_EVIDENCE)
    scores = {code: a.whole.probabilities[code] for code in CODES[1:]}
    ok_probability = a.whole.probabilities["ok"]
    for probs in _telling_parts(a, evidence):
        ok_probability = min(ok_probability, probs["ok"])
        for code in CODES[1:]:
            if probs[code] > scores[code]:
                scores[code] = probs[code]
    for code, level in a.floors.items():
        scores[code] = max(scores[code], level)
    risk = max(1.0 - ok_probability, max(a.floors.values(), default=0.0))

    # 2. The code: a rule's code when one fired, else the classifier's strongest.
    fired_codes = set(a.floors)
    if fired_codes:
        # Decision v9: every code a rule fired for is decided; the verdict is the most
        # severe, and when rules for a banned and an excluded code both fired, the banned
        # code names it ("a matching fee; we don't actually have any nannies" is fraud that
        # mentions on-site work; "sell cracked licence keys" is piracy, not a product).
        decided = {c: _decide_code(a, c, scores, thresholds) for c in sorted(fired_codes)}
        decision = max(decided.values(), key=SEVERITY.__getitem__)
        banned = [c for c in decided if c.startswith("banned.") and decided[c] != Decision.ALLOW]
        code = max(
            banned or [c for c in decided if decided[c] == decision], key=lambda c: scores[c]
        )
    else:
        code = max(sorted(scores), key=lambda c: scores[c])
        decision = _decide_code(a, code, scores, thresholds)

    # 3. Reasons for staff; the deciding part for the person.
    reasons = [
        f'Policy rule {hit.rule.spec.name} ({hit.rule.spec.reason}) matched "{_clip(hit.words, 60)}" '
        f"in part {i + 1}."
        for i, hit in a.hits
    ]
    if decision == Decision.ALLOW:
        reasons.append(f"Looks like allowed work (classifier: {ok_probability:.0%} ok).")
        return Verdict(
            verdict=decision,
            policy="ok",
            score=_bounded(risk),
            reasons=reasons,
            rulebook_version=a.rulebook_version,
        )
    worst = a.rule_part.get(code)
    if worst is None:
        worst = max(range(len(a.parts)), key=lambda i: a.part_probs[i][code])
    deciding = a.parts[worst]
    words = a.whole.top_words(code)
    weighed = f"; words that weighed most: {', '.join(words)}" if words else ""
    reasons.append(
        f"Classifier: {scores[code]:.0%} likely {CODE_LABELS[code]} ({code}){weighed}; "
        f'deciding part: "{_clip(deciding.raw, QUOTE_CHARS)}".'
    )
    reasons.append(f"See what is never allowed: {POLICY_URL}")
    return Verdict(
        verdict=decision,
        policy=code,
        score=_bounded(risk),
        reasons=reasons,
        rules=[hit.rule.spec.name for _, hit in a.hits],
        rulebook_version=a.rulebook_version,
        deciding_part=deciding.raw,
    )


SEVERITY = {Decision.ALLOW: 0, Decision.REVIEW: 1, Decision.BLOCK: 2}


def _decide_code(
    a: Assessment, code: str, scores: dict[str, float], thresholds: dict[str, float]
) -> Decision:
    """The verdict the evidence of one code calls for."""
    fired_codes = set(a.floors)
    block_at = thresholds["block"]
    review_at = thresholds["review"]
    if code not in fired_codes:
        block_at = max(block_at, thresholds.get("block_model", MODEL_BLOCK_THRESHOLD))
        if code in a.excused:
            # The rules read this harm's words in a negated or protective context ("no
            # explicit scenes", "spotting fake news"): the classifier, which reads words
            # without their context, then needs more to hold the item and cannot block.
            review_at = max(review_at, thresholds.get("excused_review", EXCUSED_REVIEW))
            block_at = 1.01
    elif code not in a.block_rule_codes or _classifier_evidence(a, code) < review_at:
        # Block on a rule only when it is a block rule (a review rule never lowers the
        # bar) and the classifier, on its own, finds enough of the same harm to hold the
        # item: a rule that met a context it does not know only holds.
        block_at = max(block_at, thresholds.get("block_model", MODEL_BLOCK_THRESHOLD))
        if code in a.block_rule_codes:
            block_at = 1.01
    # Review needs evidence of one specific harm, not merely a text unlike the corpus:
    # probability spread thinly over the codes is unfamiliarity, not risk.
    if scores[code] >= block_at:
        return Decision.BLOCK
    spread_at = thresholds.get("review_risk", NO_SPREAD_REVIEW)
    if not fired_codes:
        spread_at = max(spread_at, thresholds.get("model_review_risk", MODEL_REVIEW_RISK))
    if scores[code] >= review_at or _spread_risk(a) >= spread_at:
        return Decision.REVIEW
    return Decision.ALLOW


def _substantial(part: Part) -> bool:
    """A part can decide alone only with at least four words that carry content: "right,
    that's the thing" or "thanks so much for this" says nothing, and the classifier's
    reading of such a part is noise (decision v6)."""
    return part.content_words >= PART_MIN_WORDS


def _spread_risk(a: Assessment) -> float:
    """The whole brief's probability of not being allowed work, over the codes the rules
    did not excuse (a rule set may hold items from "review_risk" up: evidence spread over
    several harms, none of them alone at the review threshold)."""
    return sum(
        a.whole.probabilities[code]
        for code in CODES[1:]
        if code not in a.excused or code in a.floors
    )


def _telling_parts(a: Assessment, evidence: float) -> list[dict[str, float]]:
    """The parts of at least four content words the classifier is at least `evidence` sure are not
    allowed work; a code the rules excused in a part ("no explicit scenes") is not read
    from that part."""
    if len(a.parts) < 2:
        return []
    telling = []
    for i, (part, probs) in enumerate(zip(a.parts, a.part_probs, strict=True)):
        if not _substantial(part):
            continue
        excused = [code for code, where in a.excused.items() if i in where]
        if excused:
            probs = dict(probs)
            for code in excused:
                probs["ok"] += probs[code]
                probs[code] = 0.0
        if 1.0 - probs["ok"] >= evidence:
            telling.append(probs)
    return telling


def _classifier_evidence(a: Assessment, code: str) -> float:
    """The classifier's own probability for `code`: the whole brief's, or that of any part
    of at least four content words (rule floors not included)."""
    parts = (
        [
            probs[code]
            for part, probs in zip(a.parts, a.part_probs, strict=True)
            if _substantial(part)
        ]
        if len(a.parts) > 1
        else []
    )
    return max([a.whole.probabilities[code], *parts])


def _allowed(rulebook_version: str) -> Verdict:
    return Verdict(
        verdict=Decision.ALLOW,
        policy="ok",
        score=0.0,
        reasons=["No work described in a language the screener reads."],
        rulebook_version=rulebook_version,
    )


def _unreadable(rulebook_version: str, text: str) -> Verdict:
    return Verdict(
        verdict=Decision.REVIEW,
        policy="ok",
        score=0.5,
        reasons=[
            "The text does not read as a description of work in any language the screener "
            "knows (random characters or keyboard mashing); asking for a description."
        ],
        rulebook_version=rulebook_version,
        deciding_part=text[:QUOTE_CHARS],
        needs_description=True,
    )


def example_failures(book: RuleBook) -> list[str]:
    """Every rule's own examples, checked: a must-match example on which the rule does not
    fire in any part, or a must-not-match example on which it fires in some part."""
    failures = []
    for rule in book.rules:
        name = rule.spec.name
        for example in rule.spec.must_match:
            if name not in _rules_firing(book, example):
                failures.append(f"{name}: should match {example!r}")
        for example in rule.spec.must_not_match:
            if name in _rules_firing(book, example):
                failures.append(f"{name}: should not match {example!r}")
    return failures


def _rules_firing(book: RuleBook, text: str) -> set[str]:
    normalized = [p.normalized for p in item_parts("", text)]
    readings = read_parts(book, normalized, " ".join(normalized))
    return {hit.rule.spec.name for fired, _ in readings for hit in fired}


def _bounded(value: float) -> float:
    return min(1.0, max(0.0, value))


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
