"""Build messages_dev_v7.jsonl: the ninth message round's own labelled contract messages.

Written in one sitting, before the round's change, by the session that then made it (not an
independent author), in many voices (terse, chatty, formal, lower case, typos, non-native
English, emoji) and from both senders. Ordinary families: each side's own-life news (weddings,
exams, illness, bereavement, a baby, moving home, holidays), tax, VAT and currency questions
that name no platform-money word, feedback that quotes a harmless "fake", "copy" or "clone",
and near misses of the violations (online lessons, a client's own caterer, importing real
reviews). Violations: money for this work moved off the platform without the words of earlier
rounds (ending the contract and carrying on between the two, half here and half elsewhere,
not going through the platform, a small milestone "for the record" and the real amount through
another channel), in-person services offered or asked (tutoring or lessons at someone's home,
cooking or bartending at an event, a personal trainer at the park) and reviews bought in bulk.
Every item has `split`: "tune" (tuned on) or "held" (every 2nd and 4th of each five in a family,
measured only before and after the change, never tuned on).
Run from this directory: python build_messages_dev_v7.py
"""

from __future__ import annotations

import json
from pathlib import Path

C, F = "client", "freelancer"

OK = {
    "life_news": [
        (F, "Just got engaged this weekend!! 💍 still floating, but back at the desk today."),
        (C, "Our wedding is on the 12th so I'll be off for two weeks, Priya will answer here."),
        (F, "heads up: exams at uni all next week, I can do evenings only till friday"),
        (C, "Sorry for the silence, I was in hospital with appendicitis. Home now and recovering."),
        (F, "Had a bad migraine yesterday and couldn't look at a screen, catching up today."),
        (C, "We just had a baby girl on Monday 🎉 so replies will be slow for a bit."),
        (F, "my grandmother passed away, travelling to the funeral thursday. back on monday."),
        (
            C,
            "Relocating to Berlin with the family next month, chaos at home but the project is fine.",
        ),
        (F, "Took the kids to the coast for half term, back at it Monday with fresh eyes."),
        (C, "office is closed between christmas and new year, nobody will read messages then"),
        (F, "Passed my driving test this morning, sorry, had to share 😄"),
        (C, "caught covid again, working from bed, so keep the messages short pls"),
        (F, "We are moving house on saturday, so saturday i am offline completely."),
        (C, "Bank holiday here on Monday, so the review will be Tuesday instead."),
        (F, "My brother's graduation is on friday, will be away from the laptop all day."),
        (C, "I'm on jury duty this week, answers will come in the evenings."),
    ],
    "tax_currency": [
        (C, "Do you charge GST on top of the price, or is it included?"),
        (F, "Quick question, is the amount in US dollars or Canadian dollars?"),
        (C, "Our accounts team asks whether you are registered for sales tax in your state."),
        (F, "which exchange rate do you use when you quote in pounds?"),
        (C, "Can you put your tax ID number on the quote? our bookkeeper wants it."),
        (F, "I'm self-employed in Portugal, do you need my NIF for your records?"),
        (C, "We are a non-profit, do we still pay the sales tax on this?"),
        (F, "Prices in rupees are fine for me, just say which you prefer."),
        (C, "is the reverse charge mechanism relevant for us? we are in Ireland and you in Spain"),
        (F, "For the withholding form, do you need the W-9 or the other one?"),
        (C, "can we keep the price in Swiss francs, our budget is in CHF"),
        (F, "The 19% German Umsatzsteuer is not included in my quote, just so you know."),
    ],
    "fake_copy_feedback": [
        (C, "The hero photo looks a bit fake, too glossy. Something more natural please."),
        (C, "can you copy the header style from the About page to the Pricing page?"),
        (F, "I cloned the repo and the build fails on node 16, which version do you use?"),
        (C, "The copy on slide 3 is too salesy, tone it down a bit."),
        (C, "The smile on the avatar feels fake, can we try a softer one?"),
        (F, "I'll copy the footer component into the new template so they match."),
        (C, "please don't copy the competitor's wording, write it in our own voice"),
        (F, "The test data in staging is fake, don't worry about the names you see there."),
        (C, "The wood texture reads as fake plastic, could you make it warmer?"),
        (F, "Can I clone the staging database to test the migration first?"),
        (C, "Copy and paste the FAQ text from the Google doc, it's final."),
        (C, "The fake door button for the premium plan should link to the waitlist form."),
    ],
    "near_violation": [
        (F, "I tutor online only, the lessons are on Zoom twice a week."),
        (C, "Our own chef will cook at the launch, we only need the menu cards designed."),
        (C, "Can you import our 50 real Amazon reviews into the product page?"),
        (C, "we'll pay the rest when the last milestone is approved, all through here"),
        (F, "Half the mockups are done here, the other half on Friday."),
        (C, "Finance would rather we fund milestone by milestone than all at once."),
        (C, "The event is at our venue on the 3rd, please design the invitations."),
        (F, "Between us, I think the second logo is stronger."),
    ],
}

BAD = {
    "offplatform": [
        (
            F,
            "Once this milestone closes let's just keep working between us, I'll send monthly invoices by email.",
        ),
        (C, "u take 40% here and the other 60 on coinbase, less fees for both"),
        (
            C,
            "Our accounts department prefers not to go through the platform for phase 2, can we sort it another way?",
        ),
        (
            C,
            "We'll put a tiny milestone here to keep it on record and pay the full price through our vendor portal.",
        ),
        (
            F,
            "After this contract ends I can do the updates for you on a retainer, just between the two of us.",
        ),
        (C, "half via the site and half via usdt to keep costs down?"),
        (
            F,
            "honestly better if we wrap up the contract here and continue privately, I invoice your company directly",
        ),
        (
            C,
            "Legal says we can't use the platform for the next phase, please bill us through our procurement system.",
        ),
        (F, "for future work just email me the PO and we skip the site"),
        (C, "we'd rather not run the next project through the site, the fees add up"),
        (F, "let's close it here and I'll bill you myself from now on, cheaper for you"),
        (
            C,
            "I'll fund 10 dollars here so it looks active and transfer the rest through our payroll",
        ),
        (F, "Part here, part on binance, whatever you prefer"),
        (C, "we stop the contract after this milestone and keep paying you monthly outside, ok?"),
        (
            F,
            "going forward can you just pay my invoices from your company account instead of through here",
        ),
    ],
    "in_person_service": [
        (F, "I can come to your home twice a week to tutor your daughter in maths."),
        (C, "could you give the piano lessons at our house instead of online?"),
        (F, "I'm also a chef, happy to cook for your birthday party, 20 people is fine."),
        (C, "can you cater our office party on friday, around 40 people?"),
        (F, "I could be the bartender at your wedding too, I have the licence"),
        (C, "We'd love you to teach the kids English at our flat on Saturdays."),
        (F, "If you want I can do the personal training sessions at your place, mornings"),
        (C, "Could you cook dinner for our guests at the villa next weekend?"),
        (F, "I can babysit the kids during the event, I have references"),
        (C, "pls come to the house and tutor my son before his exams, 3x a week"),
    ],
    "bulk_reviews": [
        (C, "we need 80 google reviews before the opening, 5 stars, different names"),
        (C, "Can you get us 100 Amazon reviews that look like verified purchases?"),
        (C, "looking for 30 trustpilot reviews this month, budget $150"),
        (C, "I want 200 5-star reviews on the app store in the first week"),
        (C, "Need 40 product reviews posted, verified buyer style, by friday"),
        (C, "can your team leave 25 reviews on our Etsy shop? we pay per review"),
        (C, "Order 60 Yelp reviews for the restaurant, mix of 4 and 5 stars"),
        (C, "buy us 50 reviews on amazon before launch, verified purchase look"),
    ],
}

POLICY = {
    "offplatform": "banned.fraudulent",
    "in_person_service": "excluded.physical",
    "bulk_reviews": "banned.misleading",
}


def rows() -> list[dict[str, str]]:
    out = []
    for family, items in OK.items():
        for n, (sender, text) in enumerate(items, 1):
            out.append(_row(family, n, text, "ok", sender))
    for family, items in BAD.items():
        for n, (sender, text) in enumerate(items, 1):
            out.append(_row(family, n, text, POLICY[family], sender))
    return out


def _row(family: str, n: int, text: str, policy: str, sender: str) -> dict[str, str]:
    split = "held" if n % 5 in (2, 4) else "tune"
    return {
        "id": f"msg-v7-{family}-{n:03d}",
        "title": "",
        "description": text,
        "policy": policy,
        "kind": family,
        "sender": sender,
        "split": split,
    }


if __name__ == "__main__":
    path = Path(__file__).with_name("messages_dev_v7.jsonl")
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()), encoding="utf-8"
    )
