"""Which notice emails a person may turn off: every notice `kind` belongs to one group.

A person chooses per group (Settings → Email, `/api/v1/me/email-preferences`, or the
"Turn off emails like this" link of an email) how its notices are emailed: each as it
happens, in a daily digest (digests.py), or not at all; the in-app notice is always made.
Groups about money or the account's safety are `required`: always emailed as they happen
(never off, never in a digest), shown as such, and their emails carry no unsubscribe link. A kind used in a `notify()` call must be listed
here (tests/notifications/test_email_groups.py collects the kinds from the source), so a
new kind cannot slip into a group by accident.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Literal

# How often a person is emailed the notices of a group (EmailPreferences; no row: IMMEDIATE).
Frequency = Literal["immediate", "daily", "off"]
IMMEDIATE: Final = "immediate"  # one email per notice, as it happens
DAILY: Final = "daily"  # one digest a day (EMAIL_DIGEST_HOUR_UTC) of the notices still unread
OFF: Final = "off"  # no email; the in-app notice only
FREQUENCIES: tuple[Frequency, ...] = (IMMEDIATE, DAILY, OFF)
FREQUENCY_LABELS: dict[str, str] = {
    IMMEDIATE: "Each as it happens",
    DAILY: "A daily digest",
    OFF: "Off",
}


@dataclass(frozen=True)
class EmailGroup:
    key: str
    label: str
    description: str
    kinds: frozenset[str]
    # Always emailed; `reason` says why, in words, wherever the group is shown.
    required: bool = False
    reason: str = ""
    # Shown only to staff (notices only staff receive).
    staff_only: bool = False
    # Emailed to a suspended or banned account too: it cannot sign in to read the notice.
    reaches_stopped_accounts: bool = False

    @property
    def frequencies(self) -> tuple[Frequency, ...]:
        """The choices offered for this group. A required group (money, account security)
        is emailed as it happens, always: a digest could hold a deadline or a warning for up
        to a day, so it is neither turned off nor offered a digest."""
        return (IMMEDIATE,) if self.required else FREQUENCIES


GROUPS: tuple[EmailGroup, ...] = (
    EmailGroup(
        key="messages",
        label="Messages from the other party",
        description="A new message in a contract's thread.",
        kinds=frozenset({"contract.message_posted"}),
    ),
    EmailGroup(
        key="contract_updates",
        label="Contract and milestone updates",
        description="Invitations accepted or declined, proposed changes, changes requested, "
        "a contract ending or cancelled, feedback left. Work submitted for your review and its reminders "
        "are always emailed (it is released automatically at the review's end).",
        kinds=frozenset(
            {
                "contract.invited",
                "contract.accepted",
                "contract.declined",
                "contract.ended",
                "contract.feedback_left",
                "contract.cancelled",
                "contract.change_proposed",
                "contract.change_accepted",
                "contract.change_declined",
                "milestone.changes_requested",
            }
        ),
    ),
    EmailGroup(
        key="dispute_steps",
        label="Dispute steps",
        description="Statements added, mediation, answers to a mediator's proposal, a "
        "dispute offered after a declined refund. A dispute's opening, a mediator's proposal "
        "(not answering it can lose the money) and its decision are always emailed.",
        kinds=frozenset(
            {
                "dispute.offered",
                "dispute.statement_added",
                "dispute.in_mediation",
                "dispute.proposal_accepted",
                "dispute.awaiting_decision",
            }
        ),
    ),
    EmailGroup(
        key="report_outcomes",
        label="Outcomes of your flags",
        description="What Trust & Safety decided about something you flagged.",
        kinds=frozenset({"trust.flag_outcome", "trust.flag_reopened"}),
    ),
    EmailGroup(
        key="support_assignments",
        label="Get Help requests assigned to you",
        description="Support staff: a request was assigned to you or its requester answered.",
        kinds=frozenset({"support.ticket"}),
        staff_only=True,
    ),
    EmailGroup(
        key="money",
        label="Money",
        description="Funding, work submitted for your review and its reminders (released "
        "automatically at the review's end), release, refunds and refund requests, payouts and "
        "payout holds, chargebacks, disputes opened, a mediator's proposal, disputes decided or "
        "withdrawn, frozen escrow and held contracts, dormant escrow.",
        # A notice saying money moves by default at a deadline unless the person acts is
        # a money email, whatever step it belongs to: it may never be turned off.
        kinds=frozenset(
            {
                "milestone.submitted",
                "milestone.review_reminder",
                "dispute.proposal_made",
                "milestone.funding_pending",
                "milestone.funded",
                "milestone.funding_failed",
                "milestone.released",
                "milestone.refund_requested",
                "milestone.refund_declined",
                "milestone.refunded",
                "payout.paid",
                "payout.failed",
                "payout.returned",
                "payouts.held",
                "payouts.hold_lifted",
                "chargeback.opened",
                "chargeback.won",
                "chargeback.lost",
                "dispute.opened",
                "dispute.resolved",
                "dispute.withdrawn",
                "escrow.frozen",
                "escrow.unfrozen",
                "contract.held",
                "contract.hold_lifted",
                "escrow.dormancy_notice",
                "escrow.dormant",
                "escrow.dormant_release_requested",
                "escrow.dormant_returned",
                "escrow.dormant_released",
            }
        ),
        required=True,
        reason="Emails about money are always sent: they concern money you paid or are "
        "owed, and some need you to act before a deadline.",
    ),
    EmailGroup(
        key="account_security",
        label="Account and security",
        description="Address verification, password resets and changes, someone signing up "
        "with your address, Trust & Safety warnings, suspensions and appeal decisions.",
        kinds=frozenset({"trust.warning", "trust.suspend", "trust.ban", "trust.appeal_decided"}),
        required=True,
        reaches_stopped_accounts=True,
        reason="Emails about your account's security are always sent: they protect your "
        "account, tell you of a change only you can say was not yours, and of Trust & Safety "
        "decisions about it, which you can appeal.",
    ),
)

BY_KEY: dict[str, EmailGroup] = {group.key: group for group in GROUPS}
BY_KIND: dict[str, EmailGroup] = {kind: group for group in GROUPS for kind in group.kinds}


def group_of(kind: str) -> EmailGroup | None:
    """The group of a notice kind; None for a kind no group lists (then it is always emailed,
    without an unsubscribe link: better one email too many than a money email lost)."""
    return BY_KIND.get(kind)


def groups_for(user: Any) -> list[EmailGroup]:
    """The groups a person can receive, in the order the settings page shows them."""
    staff = bool(getattr(user, "is_staff", False))
    return [group for group in GROUPS if staff or not group.staff_only]
