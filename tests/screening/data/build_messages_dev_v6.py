"""Build messages_dev_v6.jsonl: the eighth message round's own labelled contract messages.

Written in one sitting, before the round's change, by the session that then made it (not an
independent author), in many voices (terse, chatty, formal, lower case, typos, non-native
English) and from both senders. Ordinary families: money that stays in the platform (funding
escrow by bank transfer, a payout to the freelancer's own Wise account through the platform,
refunds through the platform, invoices, VAT, the platform fee, the contract's currency,
milestones), "the rest" that is files or work, a shop's "cash on delivery" feature being
built, and price talk. Violations: money for this work moving outside escrow (the rest, the
balance, the real amount paid separately, privately, directly, in cash, instead of escrow, to
skip the fee), with payment services used as verbs ("venmo me the rest"). Every item has
`split`: "tune" (tuned on) or "held" (every 2nd and 4th of each five in a family, measured only
once before and once after the change).
Run from this directory: python build_messages_dev_v6.py
"""

from __future__ import annotations

import json
from pathlib import Path

C, F = "client", "freelancer"

OK = {
    "escrow_funding": [
        (C, "I'll fund the next milestone by bank transfer tomorrow, card limit is reached."),
        (C, "Our accounts team funds escrow by wire, it usually takes 2 days to show up."),
        (C, "funded the milestone just now via SEPA transfer, should appear on your side soon"),
        (
            C,
            "Can I fund escrow with a bank transfer instead of a card? The card fees are high for us.",
        ),
        (C, "Milestone 2 is funded. Paid it with the company card this time."),
        (F, "No rush on funding the milestone, I can start on the research meanwhile."),
    ],
    "payout_own": [
        (
            F,
            "I set my payout method to my Wise account in the settings, so the release should land there.",
        ),
        (F, "The payout arrived on my Wise, thank you! Starting milestone 3 today."),
        (F, "My payouts go to Revolut now, changed it in my profile, nothing needed from you."),
        (F, "once you release the milestone the platform pays out to my bank, takes 3-5 days"),
        (F, "I withdrew the last payment to my PayPal through the payouts page, all good."),
    ],
    "refund_platform": [
        (
            C,
            "Since the second logo was dropped, can you refund the unused part of the milestone through the platform?",
        ),
        (
            F,
            "I've issued the partial refund of $120 from the milestone, you should see it back in escrow.",
        ),
        (C, "Got the refund notification, thanks for handling it so quickly."),
        (F, "If the animation doesn't work out I'll refund the milestone here, no problem."),
        (C, "support says refunds go back to the original card within a week"),
    ],
    "invoice_tax": [
        (C, "Can you add our VAT number to the invoice? It's on the company profile."),
        (F, "The platform fee is taken from my side, so the quote stays as it is for you."),
        (C, "We need a receipt for each milestone for our bookkeeping, where do I download them?"),
        (F, "I'm not VAT registered, so there's no tax on the milestone amount."),
        (C, "Could we switch the contract currency to GBP before the next milestone?"),
        (
            C,
            "our accountant asks if reverse charge applies, we're a UK company and you're in Spain",
        ),
        (F, "I uploaded the W-9 form to my profile, let me know if finance needs anything else."),
        (F, "Shall I split the remaining $900 into three milestones so it's easier to fund?"),
    ],
    "rest_of_files": [
        (F, "I'll send the rest of the files directly after the call, they're still exporting."),
        (F, "Here are the first 20 icons, the rest will follow separately tomorrow."),
        (
            C,
            "We'll send the rest of the product photos privately through the shared drive link in the brief.",
        ),
        (F, "uploading the rest now, the zip is large so it may take a while"),
        (C, "The rest of the copy I'll paste here in the thread, give me 10 min."),
    ],
    "cod_feature": [
        (
            C,
            "Please add cash on delivery as a payment option at checkout, most of our customers prefer it.",
        ),
        (C, "The cash on delivery fee should show as a separate line in the order summary."),
        (F, "COD orders are now flagged in the admin, and the courier sees the amount to collect."),
        (C, "customers who pay cash at pickup should get an email receipt too"),
        (F, "I added a toggle so the shop owner can switch off cash payment for large orders."),
    ],
    "price_talk": [
        (F, "For the extra 10 pages the price would be $300, I can add it as a new milestone."),
        (C, "That's a bit over our budget, could you do it for €650 total?"),
        (F, "The balance of the project is €400, due when the final files are approved."),
        (C, "We'll pay the rest when the last milestone is approved, as agreed."),
        (F, "My hourly rate goes up in January, but your contract keeps the current price."),
        (C, "is the difference in price between the two options just the extra animations?"),
    ],
}

BAD = {
    "rest_outside": [
        (C, "I'll pay the rest directly to your account, it's simpler for our finance team."),
        (
            C,
            "Let's do the balance by bank transfer outside the site, I'll close the contract here.",
        ),
        (F, "you can pay the remaining 500 privately, no need to put it in escrow"),
        (C, "We'll settle the other half personally when the job is done, ok?"),
        (F, "Pay the final payment to me directly and we both keep more of it."),
        (C, "The balance I can wire you separately next week, just mark the milestone complete."),
    ],
    "token_milestone": [
        (
            C,
            "Let's set the milestone at $5 for the record and I'll send the real amount separately.",
        ),
        (
            F,
            "Make the contract $1 so it looks fine to the platform, the actual price you pay me privately.",
        ),
        (C, "I'll fund a tiny milestone here and pay the real price outside."),
        (F, "put a token amount in escrow, the rest goes by bank transfer to me"),
    ],
    "brand_verb": [
        (F, "Venmo me the balance when you're happy and I'll mark it done."),
        (F, "can you just zelle me the rest? escrow takes too long"),
        (C, "I'll paypal you the remaining 300 tonight, cheaper than the platform."),
        (F, "Revolut me half now and half on delivery, easier for both of us."),
        (C, "I can cashapp you today instead of funding the milestone."),
    ],
    "third_party_cash": [
        (C, "My brother lives in your city, he can give you the money in cash instead of escrow."),
        (C, "our office manager will pay you in cash when you drop by, easier than the milestones"),
        (C, "A friend will hand you the payment personally next week, so we don't need escrow."),
        (F, "Have your assistant pay me in cash for the rest, saves everyone the fee."),
    ],
    "skip_fee": [
        (F, "If you pay me straight to my bank we save us both the platform fee."),
        (C, "Let's not go through escrow for the last part, save both of us the commission."),
        (F, "I can knock 10% off if the payment goes around the platform."),
        (C, "we could skip escrow for the balance and split the fee savings"),
    ],
}

POLICY = {family: "banned.fraudulent" for family in BAD}


def rows() -> list[dict[str, str]]:
    out = []
    for family, items in OK.items():
        for n, (sender, text) in enumerate(items, 1):
            out.append(_row(family, n, text, "ok", family, sender))
    for family, items in BAD.items():
        for n, (sender, text) in enumerate(items, 1):
            out.append(_row(family, n, text, POLICY[family], family, sender))
    return out


def _row(family: str, n: int, text: str, policy: str, kind: str, sender: str) -> dict[str, str]:
    split = "held" if n % 5 in (2, 4) else "tune"
    return {
        "id": f"msg-v6-{family}-{n:03d}",
        "title": "",
        "description": text,
        "policy": policy,
        "kind": kind,
        "sender": sender,
        "split": split,
    }


if __name__ == "__main__":
    path = Path(__file__).with_name("messages_dev_v6.jsonl")
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()), encoding="utf-8"
    )
