"""The work-policy questions contracts ask of the catalog (and, later, of the screener)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.cache import cache

from directcontracts.catalog import selectors as catalog
from directcontracts.catalog.services import check_category_allowed
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.core.errors import DomainError
from directcontracts.core.policy import POLICY_URL
from directcontracts.screening import services as screening
from directcontracts.screening.engine import Decision, Verdict, explain_for_user
from directcontracts.screening.messages import reasons_in_sentences
from directcontracts.screening.models import ScreeningAttempt

if TYPE_CHECKING:
    from directcontracts.accounts.models import User
    from directcontracts.contracts.models import Contract


def category_choices() -> list[tuple[str, str]]:
    """(slug, "Category > Subcategory") for every category open to new contracts."""
    version = catalog.current_version()
    if version is None:
        return []
    choices: list[tuple[str, str]] = []
    for category in catalog.category_tree(version):
        subcategories = list(category.subcategories.all())
        if not subcategories:
            choices.append((category.slug, category.name))
        choices.extend((sub.slug, f"{category.name} > {sub.name}") for sub in subcategories)
    return choices


def category_label(category_slug: str, version_number: int | None) -> str:
    """ "Category > Subcategory" as named in the catalog version the contract was made under.

    A published version never changes, so its labels are kept in the cache (shared by every
    contract page); a draft's are always read."""
    from directcontracts.catalog.models import Category, VersionStatus

    if version_number is None:
        return category_slug
    key = f"category-label:{version_number}:{category_slug}"
    label: str | None = cache.get(key)
    if label is not None:
        return label
    found = (
        Category.objects.filter(slug=category_slug, version__number=version_number)
        .select_related("parent", "version")
        .first()
    )
    if found is None:
        return category_slug
    label = f"{found.parent.name} > {found.name}" if found.parent else found.name
    if found.version.status == VersionStatus.PUBLISHED:
        cache.set(key, label, settings.PUBLIC_CACHE_SECONDS)
    return label


def catalog_version_for(category_slug: str) -> int:
    """The version a new contract is created under; refuses categories not in effect."""
    return check_category_allowed(category_slug).version.number


# --- Screening of contract texts and messages ------------------------------------------


def _refusal(verdict: Verdict) -> DomainError:
    """The refusal a person sees: a plain sentence naming the policy, the part of their
    text that decided and the policy link (screening's staff reasons stay in the log)."""
    return DomainError(
        ContractErrorCode.POLICY_BLOCKED,
        explain_for_user(verdict),
        status=422,
        policy=verdict.policy,
        policy_url=POLICY_URL,
        part=verdict.deciding_part[:200],
    )


def screen_contract_text(*, title: str, description: str, texts: list[str], sender_id: int) -> str:
    """Screen a contract's texts before they are saved.

    Blocked text raises with the reason (the screener has logged the attempt); text sent to
    review returns the reference of the held item, which keeps the contract from being sent
    until Trust & Safety clear it; allowed text returns "".
    Call it outside the transaction that saves the contract, so the log survives a refusal.
    """
    ref = f"contract-text:{uuid.uuid4().hex}"
    verdict = screening.screen_work(
        title=title,
        description=description,
        texts=texts,
        sender_id=sender_id,
        context="contract",
        object_ref=ref,
    )
    if verdict.verdict == Decision.BLOCK:
        raise _refusal(verdict)
    if verdict.needs_description:
        raise DomainError(
            ContractErrorCode.DESCRIPTION_UNREADABLE, explain_for_user(verdict), status=422
        )
    return ref if verdict.verdict == Decision.REVIEW else ""


def hold_state(screening_ref: str) -> str:
    """'' when nothing is held; else the held item's review state (held, cleared, confirmed)."""
    if not screening_ref:
        return ""
    state = (
        ScreeningAttempt.objects.filter(object_ref=screening_ref)
        .order_by("-id")
        .values_list("review_state", flat=True)
        .first()
    )
    return str(state or "")


def screen_message(
    *,
    text: str,
    sender_id: int | None,
    contract_id: int,
    from_client: bool = False,
    what: str = "message",
) -> None:
    """A message asking to pay outside the platform, or hiding contact details, is held
    for its sender to edit; banned work in a message is refused like in a contract.
    `what` names the text in the refusal ("note", "reason")."""
    ref = f"contract:{contract_id}"
    verdict = screening.screen_message(text, sender_id=sender_id, context="message", object_ref=ref)
    if verdict.held:
        raise DomainError(
            ContractErrorCode.MESSAGE_HELD,
            f"Your {what} was not sent. "
            + reasons_in_sentences(
                verdict.reasons or ["It looks like a request to move off the platform."]
            )
            + " Keep payments and contact on Direct Contracts, where escrow protects you; "
            f"edit the {what} and send it again.",
            status=422,
            kinds=list(verdict.kinds),
        )
    work = screening.screen_message_work(
        text, from_client=from_client, sender_id=sender_id, context="message", object_ref=ref
    )
    if work.verdict == Decision.BLOCK:
        raise _refusal(work)


def screen_words_to_the_other_party(
    *, text: str, sender: User, contract: Contract, what: str
) -> None:
    """Words one party writes to the other outside the thread (a change's note, a
    submission's message, a refund's reason, why a contract ends or an invitation is
    declined) reach them on the contract page, in a notice and by email, as a message does:
    they are screened as a message is, or they were the way round its check (hostile
    review, 7 December 2026). Empty words are not screened. Call it outside the
    transaction that saves them, so the screener's log survives a refusal."""
    if text.strip():
        screen_message(
            text=text,
            sender_id=sender.pk,
            contract_id=contract.pk,
            from_client=sender.pk == contract.client_id,
            what=what,
        )
