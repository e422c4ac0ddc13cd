"""The batch rescan behind `rescan_circumvention`.

Steps, per batch of subjects (in subject order, after the saved position):
1. take each subject's latest check as the client's values;
2. find candidates (index lookups, or Splink pairs computed once for the whole run);
3. score with the matcher; a review or block on an account the subject was not already
   flagged for becomes a new check held for review (a case once Trust & Safety exists);
4. save the position, so an interrupted run resumes there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction

from directcontracts.circumvention import selectors
from directcontracts.circumvention.matcher import (
    ALLOW,
    Frequencies,
    Profile,
    best_match,
    profile_from_record,
)
from directcontracts.circumvention.models import (
    Checkpoint,
    CircumventionCheck,
    MarketplaceAccount,
    RescanProgress,
)
from directcontracts.circumvention.services import _as_given, current_thresholds
from directcontracts.core import clock

SPLINK_ABOVE = 10_000


def _latest_checks(after: str) -> dict[str, CircumventionCheck]:
    latest: dict[str, CircumventionCheck] = {}
    for check in CircumventionCheck.objects.filter(subject__gt=after).order_by(
        "subject", "created_at", "id"
    ):
        latest[check.subject] = check
    return latest


def _all_accounts() -> tuple[list[Profile], Frequencies]:
    freq = Frequencies()
    profiles = []
    for row in (
        MarketplaceAccount.objects.filter(is_active=True)
        .values(*selectors.PROFILE_COLUMNS)
        .iterator(chunk_size=5000)
    ):
        profile = selectors.profile_from_row(row)
        profiles.append(profile)
        freq.add(profile)
    return profiles, freq


def rescan(
    *,
    engine: str = "auto",
    batch_size: int = 500,
    restart: bool = False,
    on_progress: Callable[[int], Any] | None = None,
    set_total: Callable[[int], Any] | None = None,
) -> dict[str, int | str]:
    progress, _ = RescanProgress.objects.get_or_create(name="default")
    if restart or progress.finished_at is not None:
        progress.last_subject, progress.checked, progress.finished_at = "", 0, None
        progress.started_at = clock.now()
        progress.save(update_fields=["last_subject", "checked", "finished_at", "started_at"])
    latest = _latest_checks(progress.last_subject)
    subjects = sorted(latest)
    if set_total:
        set_total(len(subjects))
    use_splink = engine == "splink" or (engine == "auto" and len(subjects) > SPLINK_ABOVE)
    thresholds = current_thresholds()
    clients = {s: profile_from_record({**latest[s].candidate, "id": s}) for s in subjects}
    pairs: dict[str, set[str]] = {}
    by_id: dict[str, Profile] = {}
    all_freq = Frequencies()
    if use_splink and subjects:
        from directcontracts.circumvention.batch import splink_candidate_pairs

        accounts, all_freq = _all_accounts()
        by_id = {p.id: p for p in accounts}
        near: dict[str, int] = {}
        pairs = splink_candidate_pairs(list(clients.values()), accounts, near)
        for subject, profile in clients.items():
            if profile.phone_national:
                # As the index counts it: accounts within one edit of this number.
                all_freq.counts[("phone_near", profile.phone_national)] = near.get(subject, 0)
    flagged = 0
    for start in range(0, len(subjects), batch_size):
        chunk = subjects[start : start + batch_size]
        with transaction.atomic():
            for subject in chunk:
                previous = latest[subject]
                profile = clients[subject]
                exclude = previous.client_id
                if use_splink:
                    candidates = [by_id[i] for i in sorted(pairs.get(subject, ()))]
                    freq = all_freq
                else:
                    candidates, freq = selectors.find_candidates(profile, exclude_user_id=exclude)
                result = best_match(profile, candidates, freq, thresholds)
                already = (
                    previous.decision != ALLOW and str(previous.matched_account_id) == result.match
                )
                if result.decision == ALLOW or already:
                    continue
                account = MarketplaceAccount.objects.get(pk=int(result.match or 0))
                CircumventionCheck.objects.create(
                    subject=subject,
                    client_id=previous.client_id,
                    checkpoint=Checkpoint.RESCAN,
                    decision=CircumventionCheck.Decision.REVIEW,
                    score=round(result.score, 3),
                    matched_account=account,
                    candidate=previous.candidate,
                    matched=_as_given(account),
                    signals=[s.as_dict() for s in result.signals],
                    review_state=CircumventionCheck.ReviewState.HELD,
                    created_at=clock.now(),
                )
                flagged += 1
            progress.last_subject = chunk[-1]
            progress.checked += len(chunk)
            progress.save(update_fields=["last_subject", "checked"])
        if on_progress:
            on_progress(len(chunk))
    progress.finished_at = clock.now()
    progress.save(update_fields=["finished_at"])
    return {
        "checked": progress.checked,
        "new_matches": flagged,
        "engine": "splink" if use_splink else "index",
    }
