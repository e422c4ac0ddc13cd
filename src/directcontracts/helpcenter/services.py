"""Help Center writes: publishing an article (keeping each version) and helpful votes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction

from directcontracts.core import clock, ratelimit
from directcontracts.core.errors import Conflict, DomainError
from directcontracts.core.locks import for_update, lock_row
from directcontracts.helpcenter import spelling
from directcontracts.helpcenter.errors import HelpErrorCode
from directcontracts.helpcenter.markdown import RENDERER_VERSION, plain_text, render_markdown
from directcontracts.helpcenter.models import RESERVED_SLUGS, Article, ArticleVersion, ArticleVote
from directcontracts.helpcenter.searchtext import index_text
from directcontracts.helpcenter.text import control_character_message

MISSING_MAX_CHARS = 1000
VOTE_WINDOW_SECONDS = 3600


@dataclass(frozen=True)
class Voter:
    """Who is voting: a signed-in person, or a visitor known by a first-party cookie."""

    key: str
    user: Any = None
    address: str | None = None

    @property
    def is_visitor(self) -> bool:
        return self.user is None


def voter_for(*, user: Any, visitor_token: str, address: str | None) -> Voter:
    if user is not None and getattr(user, "is_authenticated", False):
        return Voter(key=f"user:{user.pk}", user=user, address=address)
    digest = hashlib.sha256(visitor_token.encode()).hexdigest()
    return Voter(key=f"visitor:{digest}", address=address)


# --- Publishing -----------------------------------------------------------------------


def _check_slug(slug: str) -> None:
    if slug in RESERVED_SLUGS:
        raise DomainError(
            HelpErrorCode.SLUG_RESERVED,
            f"“{slug}” is a Help Center page address; choose another slug.",
        )


def _text_changed(article: Article, last: ArticleVersion | None) -> bool:
    if last is None:
        return True
    return (last.title, last.summary, last.body) != (article.title, article.summary, article.body)


@transaction.atomic
def publish_article(
    *, article: Article, by: Any = None, note: str = "", reset_counts: bool = False
) -> ArticleVersion | None:
    """Render the article's saved text and, when it is published and changed, keep the version.

    1. Render the Markdown once, here, so pages serve stored, sanitised HTML.
    2. A published article whose text differs from its last version gets a new version
       (and a new last-updated date); an unchanged save writes no version.
    3. With `reset_counts`, the version closes the current round of votes, recording its
       counts, and votes start again at zero; the old votes stay where they were.
    """
    _check_slug(article.slug)
    locked = lock_row(Article, article.pk)
    locked.body_html = render_markdown(locked.body)
    locked.body_text = plain_text(locked.body)
    locked.search_text = index_text(locked.title, locked.summary, locked.body_text)
    locked.rendered_with = RENDERER_VERSION
    fields = ["body_html", "body_text", "search_text", "rendered_with"]
    version = None
    last = locked.versions.order_by("-number").first()
    if locked.is_published and (_text_changed(locked, last) or reset_counts):
        now = clock.now()
        version = ArticleVersion(
            article=locked,
            number=locked.version + 1,
            title=locked.title,
            summary=locked.summary,
            body=locked.body,
            published_at=now,
            published_by=by if getattr(by, "pk", None) else None,
            note=note[:300],
        )
        if reset_counts:
            counts = ArticleVote.objects.filter(article=locked, round=locked.vote_round).counts()
            version.counts_reset = True
            version.closed_round = locked.vote_round
            version.closed_helpful = counts["helpful"]
            version.closed_total = counts["total"]
            locked.vote_round += 1
            fields.append("vote_round")
        version.save()
        locked.version = version.number
        locked.updated_at = now
        fields += ["version", "updated_at"]
    locked.save(update_fields=fields)
    for name in fields:
        setattr(article, name, getattr(locked, name))
    return version


def rerender_stale_articles() -> int:
    """Render again every article an older renderer made (markdown.RENDERER_VERSION); returns
    how many. The text is unchanged, so no new version and no new "last updated" date."""
    stale = Article.objects.filter(rendered_with__lt=RENDERER_VERSION).values_list("pk", flat=True)
    count = 0
    for pk in list(stale):
        with transaction.atomic():
            article = (
                for_update(Article.objects.all()).only("pk", "title", "summary", "body").get(pk=pk)
            )
            body_text = plain_text(article.body)
            Article.objects.filter(pk=pk).update(
                body_html=render_markdown(article.body),
                body_text=body_text,
                search_text=index_text(article.title, article.summary, body_text),
                rendered_with=RENDERER_VERSION,
            )
        count += 1
    if count:  # `update` sends no signal: the typo dictionary is forgotten here
        spelling.forget_dictionary()
    return count


# --- Votes ----------------------------------------------------------------------------


def _limit_votes(voter: Voter) -> None:
    message = "Too many votes from here for now."
    if voter.is_visitor:
        ratelimit.hit(
            f"helpcenter.vote:address:{ratelimit.address_key(voter.address)}",
            limit=settings.HELP_VOTE_LIMIT_PER_ADDRESS,
            window_seconds=VOTE_WINDOW_SECONDS,
            message=message,
        )
    else:
        ratelimit.hit(
            f"helpcenter.vote:user:{voter.user.pk}",
            limit=settings.HELP_VOTE_LIMIT_PER_USER,
            window_seconds=VOTE_WINDOW_SECONDS,
            message=message,
        )


def cast_vote(*, article: Article, voter: Voter, helpful: bool) -> dict[str, int]:
    """Record the voter's vote on this round of the article, replacing an earlier one.

    One statement (INSERT ... ON CONFLICT DO UPDATE on the one-vote-per-round constraint),
    so concurrent votes by different people all count and one person's never count twice.
    Returns the new counts. Changing to Yes clears a No's "what was missing" answer.
    """
    _limit_votes(voter)
    now = clock.now()
    with transaction.atomic():
        ArticleVote.objects.bulk_create(
            [
                ArticleVote(
                    article=article,
                    round=article.vote_round,
                    voter_key=voter.key,
                    user=voter.user,
                    helpful=helpful,
                    missing="",
                    created_at=now,
                    updated_at=now,
                )
            ],
            update_conflicts=True,
            unique_fields=["article", "round", "voter_key"],
            update_fields=["helpful", "missing", "updated_at"],
        )
    return ArticleVote.objects.filter(article=article, round=article.vote_round).counts()


def explain_no_vote(*, article: Article, voter: Voter, missing: str) -> ArticleVote:
    """Keep the answer to "what was missing?" on the voter's No vote."""
    text = missing.strip()
    if not text or len(text) > MISSING_MAX_CHARS:
        raise DomainError(
            HelpErrorCode.TEXT_INVALID,
            f"Tell us in 1 to {MISSING_MAX_CHARS} characters what was missing.",
        )
    problem = control_character_message(text, multiline=True)
    if problem:
        raise DomainError(HelpErrorCode.TEXT_INVALID, problem)
    updated = ArticleVote.objects.filter(
        article=article, round=article.vote_round, voter_key=voter.key, helpful=False
    ).update(missing=text, updated_at=clock.now())
    if not updated:
        raise Conflict(HelpErrorCode.NO_VOTE, "Answer “No” to “Was this article helpful?” first.")
    return ArticleVote.objects.get(article=article, round=article.vote_round, voter_key=voter.key)
