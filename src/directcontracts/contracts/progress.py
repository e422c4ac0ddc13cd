"""Where a contract stands, as steps, and the one next step for the person looking.

The steps follow the milestone being worked on (the first one not finished): invited,
accepted, funded, submitted, in review, released, paid out. A draft's current step is the
draft; an ended contract's steps stop at what it reached, then "Ended". An invitation that
did not lead to a contract (declined, expired, withdrawn) and a cancelled contract stop at
what happened, marked `stopped`: nothing is current, and "Accepted" is never reached. The next step names who acts,
what, and by when where there is a deadline: on the current milestone, unless someone else
acts there and this person can act on a later one (fund it, submit it), which comes first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.urls import reverse

from directcontracts.contracts import hooks
from directcontracts.contracts.freeze_models import EscrowFreeze, FreezeKind
from directcontracts.contracts.models import Contract, ContractState, Milestone, MilestoneState
from directcontracts.contracts.selectors import frozen_kind, page_freezes
from directcontracts.payments.models import Payout

STEPS = ["Invited", "Accepted", "Funded", "Submitted", "In review", "Released", "Paid out"]
FINISHED = (MilestoneState.RELEASED, MilestoneState.REFUNDED)
FUNDED_OR_LATER = {
    MilestoneState.FUNDED: 2,
    MilestoneState.CHANGES_REQUESTED: 2,
    MilestoneState.SUBMITTED: 3,
    MilestoneState.PARTIALLY_RELEASED: 4,
    MilestoneState.RELEASED: 5,
}


@dataclass(frozen=True)
class NextStep:
    text: str
    when: str = ""  # "due 12 March 2027", "by 12 March 2027 14:00 UTC"
    yours: bool = True  # False: someone else acts; this person waits
    href: str = ""  # where the action it names is: "#milestone-7" (its card), "#changes"
    link: str = ""  # the link's words: "Go to “Design” to fund it"


def current_milestone(milestones: list[Milestone]) -> Milestone | None:
    open_ones = [m for m in milestones if m.state not in FINISHED]
    return open_ones[0] if open_ones else (milestones[-1] if milestones else None)


def _reached(contract: Contract, milestone: Milestone | None) -> int:
    """The index of the last step reached (-1: not even invited)."""
    if contract.state in (ContractState.DRAFT, ContractState.CANCELLED) and not contract.client_id:
        return -1
    if contract.state in (ContractState.INVITED, ContractState.DECLINED):
        return 0
    if milestone is None:
        return 1
    reached = FUNDED_OR_LATER.get(MilestoneState(milestone.state), 1)
    if milestone.state == MilestoneState.RELEASED and _paid_out_since(contract, milestone):
        reached = 6
    return reached


def _paid_out_since(contract: Contract, milestone: Milestone) -> bool:
    if milestone.released_at is None:
        return False
    return Payout.objects.filter(
        freelancer_id=contract.freelancer_id,
        state="paid",
        created_at__gte=milestone.released_at,
    ).exists()


def steps(
    contract: Contract,
    milestones: list[Milestone],
    *,
    invitation_expired: bool = False,
    role: str | None = None,
) -> list[dict[str, Any]]:
    """Each step with `done` and `current` (and `stopped`: where it stopped short of a
    contract); `note`, where given, is what a screen reader hears after the label instead of
    "done", "current" or "not yet". `invitation_expired`: an invited contract whose link
    expired unanswered. `role`: the viewer's side, so the freelancer reads their own work as
    theirs ("you are working on it")."""
    if contract.state == ContractState.DRAFT:
        return _draft_steps()
    if contract.state == ContractState.DECLINED:
        return _stopped_steps(
            "Declined",
            "stopped: the client declined the invitation; the contract was not accepted",
        )
    if contract.state == ContractState.INVITED and invitation_expired:
        return _stopped_steps(
            "Invitation expired",
            "stopped: the invitation expired before the client answered; it can be sent again",
        )
    if contract.state == ContractState.CANCELLED and contract.accepted_at is None:
        return _cancelled_steps(contract)
    if contract.state == ContractState.ENDED:
        return _ended_steps(contract, milestones)
    milestone = current_milestone(milestones)
    if milestone is not None and milestone.state == MilestoneState.REFUNDED:
        # Every milestone is finished and the last went back to the client: the steps follow
        # the last one released, or, with none released, end at the refund.
        released = [m for m in milestones if m.state == MilestoneState.RELEASED]
        if not released:
            return _refunded_steps()
        milestone = released[-1]
    reached = _reached(contract, milestone)
    result: list[dict[str, Any]] = []
    for index, label in enumerate(STEPS):
        step: dict[str, Any] = {"label": label, "done": index <= reached, "current": False}
        if index == reached + 1:
            step["current"] = True
            note = _underway(label, milestone, role)
            if note:
                step["note"] = note
        result.append(step)
    return result


# A current step named for what has not happened yet ("Submitted" while the freelancer still
# works) says so: "current" alone read as "submitted" to a client before anything was.
def _underway(label: str, milestone: Milestone | None, role: str | None = None) -> str:
    if label == "Funded":
        if milestone is not None and milestone.state == MilestoneState.FUNDING_PENDING:
            return "current: paid; the payment is settling, not in escrow yet"
        return "current: not funded yet"
    if label == "Submitted":
        who = "you are" if role == "freelancer" else "the freelancer is"
        if milestone is not None and milestone.state == MilestoneState.CHANGES_REQUESTED:
            return f"current: {who} making the changes asked for; not submitted again yet"
        return f"current: {who} working on it; nothing is submitted yet"
    if label == "Released":
        return "current: part is released; the rest is not released yet"
    if label == "Paid out":
        return "current: released, not paid out yet"
    return ""


def _stopped_steps(label: str, note: str, *, invited: bool = True) -> list[dict[str, Any]]:
    """The invitation went out (when `invited`), then it stopped at `label`."""
    sent = [{"label": "Invited", "done": True, "current": False}] if invited else []
    return [*sent, {"label": label, "done": False, "current": False, "stopped": True, "note": note}]


def _cancelled_steps(contract: Contract) -> list[dict[str, Any]]:
    """Cancelled before any client accepted: withdrawn after sending, or a draft never sent."""
    if contract.invitations.exists():
        return _stopped_steps(
            "Withdrawn",
            "stopped: the invitation was withdrawn and the contract cancelled before the "
            "client accepted",
        )
    return _stopped_steps(
        "Cancelled", "stopped: the draft was cancelled without being sent", invited=False
    )


def _draft_steps() -> list[dict[str, Any]]:
    """Nothing is sent yet: the draft itself is the current step, every other is to come."""
    return [
        {"label": "Draft", "done": False, "current": True},
        *({"label": label, "done": False, "current": False} for label in STEPS),
    ]


def _ended_steps(contract: Contract, milestones: list[Milestone]) -> list[dict[str, Any]]:
    """The steps the contract reached before it ended, then the end: milestones left unfunded
    were closed with it, so none is current and none is still to come."""
    released = [m for m in milestones if m.state == MilestoneState.RELEASED]
    if released:
        reached = _reached(contract, released[-1])
        done = [{"label": label, "done": True, "current": False} for label in STEPS[: reached + 1]]
    elif any(m.state == MilestoneState.REFUNDED for m in milestones):
        done = _refunded_steps()
    else:  # accepted, then ended before any milestone was funded
        done = [{"label": label, "done": True, "current": False} for label in STEPS[:2]]
    ended = {
        "label": "Ended",
        "done": True,
        "current": False,
        "note": "done: the contract has ended; nothing further is paid into it",
    }
    return [*done, ended]


def _refunded_steps() -> list[dict[str, Any]]:
    """Everything went back to the client: nothing further happens, so no step is current."""
    funded = STEPS.index("Funded")
    return [
        *({"label": label, "done": True, "current": False} for label in STEPS[: funded + 1]),
        {
            "label": "Refunded",
            "done": True,
            "current": False,
            "note": "done: every milestone was refunded to the client; nothing further happens to them",
        },
    ]


def next_step(
    contract: Contract,
    milestones: list[Milestone],
    role: str | None,
    *,
    held: bool = False,
    refused: bool = False,
    feedback_due: bool = False,
    identity_check: bool = False,
) -> NextStep | None:
    """`held`: the draft waits for Trust & Safety; `refused`: they found it outside the work
    policy (it can't be sent as it is); `feedback_due`: an ended contract this person has not
    left feedback on; `identity_check`: the client answered and Trust & Safety's routine check
    of the answer has not finished."""
    if role not in ("freelancer", "client"):
        return None
    milestone = current_milestone(milestones)
    state = contract.state
    if state == ContractState.DRAFT and held:
        return NextStep("Trust & Safety review the draft.", "usually within a day", yours=False)
    if state == ContractState.DRAFT and refused:
        return NextStep(
            "Trust & Safety found this draft outside the work policy, so it can't be sent as "
            "it is: edit it to describe work the policy allows (an edited draft is checked "
            "again), or cancel it.",
            href=reverse("catalog:category_list"),
            link="Read the work policy",
        )
    if state == ContractState.DRAFT:
        return _for(role, "Check the terms, then send the invitation.", "The freelancer sends it.")
    if state == ContractState.INVITED and identity_check:
        return NextStep(
            f"{contract.client_name} answered; Trust & Safety finish a routine check before "
            "the contract starts. Nothing to do meanwhile: we'll tell you.",
            yours=False,
        )
    if state == ContractState.INVITED:
        return _for(
            role,
            NextStep(f"{contract.client_name} accepts or declines the invitation.", yours=False),
            "Accept or decline the invitation.",
        )
    if state == ContractState.ENDED and feedback_due:
        return NextStep(
            "The contract has ended: say how it went, for the next people who work with "
            "either of you.",
            href="#feedback",
            link="Leave feedback",
        )
    if state != ContractState.ACTIVE or milestone is None:
        return None
    if milestone.state in FINISHED:
        return _all_finished(role, milestones)
    # An open dispute decides what happens to the milestone (its escrow is frozen and its
    # review clock stopped): its step, from the app that knows it, comes first.
    disputed = hooks.milestone_step(milestone, role)
    if disputed is not None:
        return disputed
    freezes = page_freezes(contract)
    current = _frozen_step(freezes, milestone) or _for_milestone(role, milestone)
    if current is not None and current.yours:
        return current
    # Someone else acts on the current milestone (a payment settling, a review), or a freeze
    # stops it: before telling this person to wait, name the first later milestone they can
    # act on.
    for later in milestones:
        if later.state in FINISHED or later.position <= milestone.position:
            continue
        if frozen_kind(freezes, later):
            continue
        step = hooks.milestone_step(later, role) or _for_milestone(role, later)
        if step is not None and step.yours:
            return step
    return current


def _all_finished(role: str, milestones: list[Milestone]) -> NextStep:
    # Feedback opens only once the contract has ended (changes.leave_feedback).
    end = "propose another milestone, or end the contract and leave feedback."
    changes = "Go to the Changes section"
    if any(m.state == MilestoneState.RELEASED for m in milestones):
        earnings = NextStep(
            f"Every milestone is finished: withdraw your earnings once the hold ends; {end}",
            href=reverse("contracts:earnings"),
            link="Go to your earnings",
        )
    else:  # everything went back to the client: there are no earnings to withdraw
        earnings = NextStep(
            f"Every milestone is finished and refunded to the client: {end}",
            href="#changes",
            link=changes,
        )
    return _for(
        role,
        earnings,
        NextStep(f"Every milestone is finished: {end}", href="#changes", link=changes),
    )


def _frozen_step(freezes: list[EscrowFreeze], milestone: Milestone) -> NextStep | None:
    """A milestone a freeze stops (Trust & Safety's, a chargeback's, the hold of a closed
    account's contracts): never "fund it", "start work" or "it is released automatically",
    which the freeze refuses or stops."""
    kind = frozen_kind(freezes, milestone)
    if not kind:
        return None
    stopped = "frozen" if kind == FreezeKind.FREEZE_ESCROW else "on hold"
    return NextStep(
        f"“{milestone.title}” is {stopped}: no money is paid into it or released from it "
        f"until that is lifted. The “{stopped.capitalize()}” notice on this page says why and "
        "what you can do.",
        yours=False,
    )


def _for_milestone(role: str, milestone: Milestone) -> NextStep | None:
    title = f"“{milestone.title}”"
    state = milestone.state
    card = f"#milestone-{milestone.pk}"  # the card with the milestone's buttons
    if state == MilestoneState.AWAITING_FUNDING:
        return _for(
            role,
            NextStep(f"The client funds {title}; don't start work before.", yours=False),
            NextStep(
                f"Fund {title} so that work on it can start.",
                _due(milestone),
                href=card,
                link=f"Go to {title} to fund it",
            ),
        )
    if state == MilestoneState.FUNDING_PENDING:
        return _for(
            role,
            NextStep(
                f"The client paid for {title}; the payment is settling. Don't start work until "
                "it is funded: we'll tell you.",
                yours=False,
            ),
            NextStep(
                f"Your payment for {title} is settling; nothing to do. We'll tell you both once "
                "the money is in escrow.",
                yours=False,
            ),
        )
    if state in (MilestoneState.FUNDED, MilestoneState.CHANGES_REQUESTED):
        what = "the changes" if state == MilestoneState.CHANGES_REQUESTED else "the work"
        return _for(
            role,
            NextStep(
                f"Submit {what} for {title}.",
                _due(milestone),
                href=card,
                link=f"Go to {title} to submit {what}",
            ),
            NextStep(f"The freelancer submits {what} for {title}.", _due(milestone), yours=False),
        )
    if state == MilestoneState.SUBMITTED:
        return _for(
            role,
            NextStep(
                f"The client reviews {title}; it is released automatically at the deadline.",
                _by(milestone.review_deadline),
                yours=False,
            ),
            NextStep(
                f"Review {title}: approve it or ask for changes before it releases automatically.",
                _by(milestone.review_deadline),
                href=card,
                link=f"Go to {title} to review it",
            ),
        )
    if state == MilestoneState.PARTIALLY_RELEASED:
        return _for(
            role,
            NextStep(
                f"Answer the client's refund request on {title}.",
                href=card,
                link=f"Go to {title} to answer it",
            ),
            NextStep(f"The freelancer answers your refund request on {title}.", yours=False),
        )
    # A milestone still in draft can't be current on an active contract (acceptance opens
    # them all for funding): no next step rather than a wrong one.
    return None


def _due(milestone: Milestone) -> str:
    return f"due {milestone.due_date:%-d %B %Y}" if milestone.due_date else ""


def _by(moment: datetime | None) -> str:
    return f"by {moment:%-d %B %Y %H:%M} UTC" if moment else ""


def _for(role: str, freelancer: NextStep | str, client: NextStep | str) -> NextStep:
    chosen = freelancer if role == "freelancer" else client
    return chosen if isinstance(chosen, NextStep) else NextStep(chosen)
