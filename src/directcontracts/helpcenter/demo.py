"""Demo: a few helpful votes and one "what was missing" answer, so the counts and the
staff feedback list show something."""

from __future__ import annotations

from collections.abc import Callable

from directcontracts.helpcenter.models import Article, ArticleVote
from directcontracts.helpcenter.services import Voter, cast_vote, explain_no_vote

DEMO_VOTES = [
    ("direct-contracts-dos-and-donts", "demo-visitor-1", True, ""),
    ("direct-contracts-dos-and-donts", "demo-visitor-2", True, ""),
    ("direct-contracts-dos-and-donts", "demo-visitor-3", False, ""),
    ("fees", "demo-visitor-1", True, ""),
    (
        "fees",
        "demo-visitor-4",
        False,
        "Does the 3.4% card fee apply again when I fund a bonus after approving?",
    ),
]


def load_help_votes(write: Callable[[str], None]) -> None:
    for slug, visitor, helpful, missing in DEMO_VOTES:
        article = Article.objects.published().filter(slug=slug).first()
        if article is None:
            continue
        voter = Voter(key=f"demo:{visitor}", address="192.0.2.10")
        if ArticleVote.objects.filter(article=article, voter_key=voter.key).exists():
            continue
        cast_vote(article=article, voter=voter, helpful=helpful)
        if missing:
            explain_no_vote(article=article, voter=voter, missing=missing)
    write("Help Center: demo votes and feedback.")
