"""Build messages_heldout_v6.jsonl: an independent held-out set of contract-thread messages.

Who, when: written by helper G (an author who has never seen the message screener) on
2026-12-06, in one sitting under a short deadline.

What was read: src/directcontracts/catalog/policy.py (the policy codes and their wording),
the default catalog's category and subcategory names
(src/directcontracts/catalog/data/default_catalog.json), README.md's description of screened
thread messages, and ONE line of messages_heldout_v4.jsonl for the line format.
What was NOT read: anything under src/directcontracts/screening/, docs/screening.md,
tests/screening/ (apart from writing this file and its output), bench/eval_screening*.py,
any other messages_*.jsonl set or its build script. The screener was never run.

Every sentence and slot list below is hand-written. The output is deterministic
(random.Random(SEED), stdlib only). Run: python tests/screening/data/build_messages_heldout_v6.py

Emphasis (v6): more than half of the ordinary messages are money and process in the
platform's own terms (milestones, escrow, fees, invoices, VAT, receipts, refunds, currency,
tax forms) or a party's own life (weddings, exams, illness, holidays, moves); violations lean
on payment outside the platform in many disguises, work in person, and spying/stalking.
Voices vary: chat-style lowercase, typos, non-native English, emojis, long mixed messages,
British and American spelling, polite indirection, questions, lists.

Families and counts (240 = 160 ordinary + 80 violations):
  ordinary ("ok"):
    escrow_milestones 30, invoices_tax_currency 22, own_life 30, status_team 18,
    feedback_harmless_words 18, access_own_systems 14, physical_subject_desk 14,
    video_meetings 14
  violations:
    offplatform_payment 28 (banned.fraudulent), in_person_work 15 (excluded.physical),
    spying_stalking 9 (banned.illegal), fake_reviews 5 (banned.misleading),
    coursework_for_submission 3 (banned.misleading), exam_sitting 2 (banned.illegal),
    forged_identity 2 (banned.illegal), forged_financial 3 (banned.fraudulent),
    ready_made_resale 4 (excluded.off_the_shelf), pirated_counterfeit 3 (banned.illegal),
    adult_content 3 (banned.sexual), disinformation 3 (banned.misleading)

Labels that could be argued, and how they were decided:
  * Funding escrow by bank transfer, a PayPal/Stripe checkout the freelancer builds, a payout
    "to my Wise account" from the platform, a refund asked through the platform's dispute:
    ok. They name payment rails but the money stays in (or comes out of) escrow.
  * A $1 / token milestone with the rest settled elsewhere, "close the contract and carry on
    privately", cash via a relative, an invoice sent outside: banned.fraudulent (taking
    payment outside escrow), even when no rail is named.
  * Tutoring "at my place", photographing an event on site, installing a router in the
    office: excluded.physical (mostly in person), though tutoring/photography exist online.
    A client's own errand ("we'll print the menus at the shop") stays ok.
  * Reading a partner's messages, tracking a phone, finding where someone lives now:
    banned.illegal (unauthorised access / stalking), not misleading. A parent monitoring
    their own child's phone was left out on purpose (lawful in many places; too arguable).
  * Disguised asks (after small talk, over two sentences, no rail named: "is there another
    way we could settle up", "let's not put it through the site", "a way to see what he's
    doing on his phone"): labelled by what is asked, not by the words used.
  * Selling aged social accounts with followers: excluded.off_the_shelf (ready-made
    accounts), though it touches "bought followers".
  * Counterfeit branded goods: banned.illegal (grouped with piracy), not misleading.
  * Sitting an exam for someone: banned.illegal (the policy lists it there); an essay to
    hand in as one's own: banned.misleading (coursework).
  * Fake bank statements / payslips: banned.fraudulent (forged financial documents); fake
    passport / driving licence: banned.illegal (forged identity documents).
  * Harmless "fake", "copy", "kill", "shoot", "hack", "steal", "cheat" (the mock-up looks
    fake, kill the second paragraph, the photo shoot, a CSS hack): ok.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

SEED = 60606
OUT = Path(__file__).with_name("messages_heldout_v6.jsonl")

SLOTS = {
    "amt": ["$150", "$240", "$400", "$85", "€300", "£220", "$1,200", "€95", "$600", "£75"],
    "n": ["2", "3", "4", "two", "three"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the 14th", "the 3rd"],
    "time": ["10am", "3 pm", "16:00", "9:30", "noon", "5pm your time", "14h CET"],
    "thing": [
        "landing page",
        "logo",
        "onboarding flow",
        "pitch deck",
        "product descriptions",
        "dashboard",
        "translation",
        "podcast edit",
        "bookkeeping cleanup",
        "API integration",
    ],
    "cur": ["EUR", "GBP", "USD", "CAD", "AUD"],
}

# (kind, policy, count, [(sender, template), ...])  F = freelancer, C = client
F, C = "freelancer", "client"

ORDINARY = [
    (
        "escrow_milestones",
        30,
        [
            (C, "I've funded milestone {n} just now, it should show as 'in escrow' on your side."),
            (
                F,
                "hi! could we split the last milestone in two? design part and dev part. same total {amt}",
            ),
            (
                C,
                "Quick question: when I approve the milestone, how long until the money is released to you?",
            ),
            (F, "Milestone 1 is submitted. Please review when you have a moment, no rush 🙂"),
            (C, "can u add a milestone for the extra pages? like {amt}, I'll fund it tomorrow"),
            (
                F,
                "The review period ends {day}, if you need more time to check just ask for changes, it's no problem.",
            ),
            (
                C,
                "We would like to add one more milestone for the translation in French. Is {amt} okay for you?",
            ),
            (F, "i see the escrow is funded, thanks!! starting on the {thing} today"),
            (
                C,
                "Sorry the funding failed, my card was declined. I'll try with the company card tonight.",
            ),
            (
                F,
                "For transparency: milestone 2 took longer than planned but I won't change the amount, it stays {amt}.",
            ),
            (C, "Could you lower milestone 3 a bit? Budget is tight this quarter. Maybe {amt}?"),
            (
                F,
                "Dear client, kindly release the payment of milestone {n} if you are satisfied with the work. Thank you in advance.",
            ),
            (
                C,
                "I funded it by bank transfer into the escrow, apparently takes 1-2 business days to show up",
            ),
            (
                F,
                "is it possible to move the deadline of milestone {n} to {day}? the amount stays same",
            ),
            (
                C,
                "I'm not happy with milestone 2 yet, requesting changes through the button instead of approving. Details in the comment.",
            ),
            (
                F,
                "No worries about the delay in funding, I'll wait until it's in escrow before I start the next part.",
            ),
            (
                C,
                "we decided to drop the mobile part, can we remove that milestone entirely? sorry for the back and forth",
            ),
            (
                F,
                "Just so you know, the platform fee comes off my side, so the {amt} you fund is what you pay.",
            ),
            (C, "Approved! Great job on the {thing}. Funding the next milestone on {day}."),
            (
                F,
                "halo, milestone already submit since 5 days. can you check please? i need for pay rent this month 🙏",
            ),
            (
                C,
                "If we end the contract after milestone 2, do I get the unused escrow back automatically?",
            ),
            (F, "Proposed change: merge milestones 3 and 4 into one of {amt}, delivery {day}. Ok?"),
            (C, "I'd rather pay per milestone than up front, hope that's fine. First one funded."),
            (
                F,
                "ok so the extra revisions - shall I add them as a separate milestone or include in the current one?",
            ),
            (
                C,
                "Opened a dispute on milestone 2 only because the deadline passed and I need the platform to look at it, nothing personal.",
            ),
            (
                F,
                "the refund for the cancelled milestone should go back to your card via the platform, support told me 5-10 days",
            ),
            (C, "Can the milestone be in {cur} instead? Our finance team prefers it."),
            (
                F,
                "Thank you for approving so quickly! Next milestone is the {thing}, I'll submit by {day}.",
            ),
            (C, "hey is the money stuck? it says released but you said you didn't receive it"),
            (
                F,
                "Payout from the platform arrived on my Wise account today, all good, thanks again.",
            ),
            (
                C,
                "We'll need the milestones to match our purchase order numbers — can you rename them PO-4411 and PO-4412?",
            ),
        ],
    ),
    (
        "invoices_tax_currency",
        22,
        [
            (C, "can you add VAT to the milestone? we're VAT registered in Ireland"),
            (F, "Where can I download the receipt for milestone {n}? My accountant is asking."),
            (
                C,
                "Our accounts payable needs an invoice with our company address, can the platform invoice show it?",
            ),
            (
                F,
                "I'm not VAT registered (under the threshold) so there's no VAT on my side, just FYI.",
            ),
            (C, "Do you need a W-9 or W-8BEN from me or does the platform handle tax forms?"),
            (
                F,
                "the invoice in my account shows the fee separate, is that ok for your bookkeeping?",
            ),
            (C, "Reverse charge applies for us (B2B, EU). Can the invoice mention that?"),
            (
                F,
                "Exchange rate moved a lot, but I'm fine keeping the milestone in {cur} as agreed.",
            ),
            (C, "Finance asked whether the platform fee is refundable if we cancel before funding"),
            (
                F,
                "I filled in my tax details in settings, so the receipts should now have my tax ID.",
            ),
            (C, "pls send me the pdf receipts for all milestones so far, year end closing 😅"),
            (
                C,
                "Three things for finance:\n- our VAT number on the receipts\n- company name Ltd, not LLC\n- receipts in GBP if the platform can\nThanks!",
            ),
            (
                C,
                "Our company changed its name last month. Can the invoices from now on use the new name?",
            ),
            (
                F,
                "GST: I'm in Australia, registered, so 10% on top. Shall I include it in the milestone amount?",
            ),
            (
                C,
                "We got charged twice for milestone {n}?? screenshot attached. Could you check with support on your side too?",
            ),
            (
                F,
                "Support confirmed the double charge is a pending hold and will drop off, nothing to refund.",
            ),
            (C, "Is the {amt} gross or net of the fee? Just so I book it right."),
            (
                F,
                "My bank charges for {cur}, so if possible keep milestones in USD. If not, no problem.",
            ),
            (
                C,
                "Tax year ends here in April, would be great to have milestone 3 approved and receipted before then",
            ),
            (
                F,
                "Hello, I am sole trader, for invoice please write my name not the company, thank you",
            ),
            (
                C,
                "The credit note for the refunded milestone — does the platform issue one or do I just use the refund receipt?",
            ),
            (
                F,
                "Hi, I added my VAT number in my profile, please tell me if the new receipt looks right now.",
            ),
        ],
    ),
    (
        "own_life",
        30,
        [
            (
                F,
                "Heads up: my sister's wedding is next weekend so I'm offline Fri-Sun. Will submit milestone {n} before that.",
            ),
            (
                C,
                "sorry for slow replies, we're moving house and the internet is not connected yet 🙃",
            ),
            (
                F,
                "I have my final exams until the {day}, I can do max 2 hours per day until then. After I'm full time.",
            ),
            (F, "Sorry, was sick with flu the last days. Better now, back on the {thing} today."),
            (
                C,
                "I'll be on holiday in Portugal for two weeks, my colleague Ana will approve the milestones meanwhile.",
            ),
            (F, "My daughter was born on Tuesday!! 🎉 I'm taking a few days, back on {day}."),
            (
                C,
                "Apologies, family emergency, I need to postpone our call. Will write when things calm down.",
            ),
            (
                F,
                "we have national holiday here (Eid) for 3 days, so next update will be on {day} inshallah",
            ),
            (C, "I'm getting married in June (!!) so ideally the website is live before that, lol"),
            (
                F,
                "Back from the hospital, small surgery went fine. Thanks for your patience, really appreciate it.",
            ),
            (
                F,
                "I'm relocating from Kyiv to Warsaw this month, might be some delays with the move but I keep deadline.",
            ),
            (C, "Kids are off school this week so I'm checking messages only in the evenings."),
            (
                F,
                "Tomorrow my graduation ceremony, I will reply in the afternoon. Sorry for any inconvenience.",
            ),
            (C, "I've broken my wrist (skiing 🙄) so typing is slow, voice notes ok?"),
            (
                F,
                "power cut in our area since morning, working from a café now. no problem for the deadline",
            ),
            (
                C,
                "My dad passed away last week, I need a few days. Please pause, I'll come back to you.",
            ),
            (
                F,
                "I'm so sorry for your loss. Take all the time you need, nothing is urgent on my side.",
            ),
            (
                F,
                "Going to my cousin's wedding in Lahore, 5 days. Laptop comes with me but replies may be slow.",
            ),
            (C, "Christmas break from the 22nd, office is closed until the 3rd of January."),
            (
                F,
                "I have a visa appointment at the embassy on {day} morning, I will be available after lunch.",
            ),
            (C, "hey, covid again in the house 😷 everyone's fine but I'm behind on the feedback"),
            (
                F,
                "Ramadan starts next week so my working hours shift a bit, I'll be most active late evening.",
            ),
            (
                C,
                "We're renovating the kitchen so the office is chaos, ignore the noise on calls haha",
            ),
            (
                F,
                "I'm on a train to Edinburgh all afternoon, patchy signal, will answer properly tonight.",
            ),
            (
                F,
                "Hi Martin, hope you're well! Quick life update: we finally found a flat in Porto and move on the 20th, so that week will be a bit chaotic. Work-wise: milestone 2 is on track, I'll submit the revised {thing} by {day}, and if you could fund milestone 3 before I go offline for the move, I can start on it straight after. Thanks!",
            ),
            (
                C,
                "I'm on maternity leave from next month; my replacement Tom will handle this contract.",
            ),
            (
                F,
                "my laptop died yesterday 😭 repair shop says 2 days, I'm on my old one meanwhile, little slower",
            ),
            (C, "Dentist at {time}, then free, let's talk after?"),
            (F, "I'm moving flats on {day}, so that day I'm off, but everything else on schedule."),
            (C, "Our team offsite is in Lisbon next week, expect delays from our side not yours."),
        ],
    ),
    (
        "status_team",
        18,
        [
            (
                F,
                "Update: we finished the wireframes, the team is now on the visual design. My colleague Priya will handle the icons.",
            ),
            (
                F,
                "my colleague will review the code before I submit, just to be sure nothing broken",
            ),
            (
                C,
                "Our dev team will deploy your changes on {day}; we'll tell you if anything breaks.",
            ),
            (F, "Status: 1) copy done 2) images in progress 3) SEO meta tags tomorrow"),
            (F, "We're about 70% through the {thing}. The rest should be ready by {day}."),
            (C, "The marketing team loved the draft, legal still has to sign off."),
            (
                F,
                "Sending the prototype now, link in the attachment. Tell me what works and what doesn't.",
            ),
            (F, "I updated your dashboard with the Q3 numbers; the churn chart is now per cohort."),
            (C, "FYI our CTO will join the next review, he has opinions on the database part 😅"),
            (
                F,
                "Quick update — the translation is done, my proofreader is going through it tonight.",
            ),
            (F, "The build is green again, the failing test was a timezone issue. Pushed the fix."),
            (C, "We'll print the menus at the shop ourselves once you send the final PDF."),
            (
                F,
                "Done with chapter 3 of the manual. Chapter 4 will need screenshots from your staging environment.",
            ),
            (C, "Our intern will upload the product photos to the shared folder by {day}."),
            (
                F,
                "ya so the api integration is working on staging, just need ur ok to do the same on prod",
            ),
            (
                F,
                "Morning! Bit of a mixed week — my colleague was off poorly, so we've reorganised: I've taken over the colour grading and she'll pick up the subtitles when she's back. Realistically we'll deliver on Friday rather than Thursday. Apologies, and do shout if that's a problem for the launch.",
            ),
            (
                C,
                "The board meets {day}, we'll present your deck there and let you know the reactions.",
            ),
            (F, "Delivered the {thing}. Please have a look, I'm around for changes until {day}."),
        ],
    ),
    (
        "feedback_harmless_words",
        18,
        [
            (
                C,
                "the mock-up looks a bit fake, like stock photo vibes. can we use real customer photos?",
            ),
            (C, "Kill the second paragraph, it repeats the first one."),
            (
                F,
                "For the photo shoot images you sent, I'll retouch the background and colour-correct them.",
            ),
            (
                C,
                "The copy is too long, could you cut it to 100 words? The headline is great though.",
            ),
            (F, "I used a small CSS hack for the old Safari, it's commented in the code."),
            (
                C,
                "honestly the logo looks like a copy of Airbnb's, can we try something more our own?",
            ),
            (C, "This illustration is killer 🔥 exactly what we wanted."),
            (F, "The shoot footage has a lot of wind noise, I'll clean it up in the edit."),
            (
                C,
                "Real talk: the video is too slow at the start. Shoot straight to the product demo?",
            ),
            (C, "Love it, but the 'fake door' test page should say clearly it's coming soon."),
            (
                F,
                "I would kill the popup on mobile, it covers the whole screen and hurts conversion.",
            ),
            (
                C,
                "The fonts feel cheap. Steal whatever you like from the Aesop site for inspiration, just not copying it.",
            ),
            (
                F,
                "I think the testimonial section needs real quotes from your customers — could you send me some you already have?",
            ),
            (C, "The model in the render looks plastic, can the skin look more real?"),
            (
                F,
                "This is a quick hack to test the idea, I'll do it properly once you confirm the direction.",
            ),
            (
                C,
                "Great draft! Minor: 'colour' vs 'color' — we're a US company, so American spelling please.",
            ),
            (C, "The cheat sheet for the sales team is perfect, just make the table bigger."),
            (
                F,
                "Could you shoot me the brand guidelines? The hex codes in the deck don't match the website.",
            ),
        ],
    ),
    (
        "access_own_systems",
        14,
        [
            (C, "I invited you as an editor on our WordPress, check your email for the invite."),
            (
                F,
                "Could you give me read access to the Google Analytics property? Viewer role is enough.",
            ),
            (C, "I've added you to our GitHub org with write access on the website repo only."),
            (
                F,
                "please dont send me your password, just add my email as user in Shopify staff accounts",
            ),
            (C, "The files are in the Dropbox folder 'brand 2026', link in the attachment."),
            (F, "When the project ends please remove my access to the server, good practice 🙂"),
            (C, "Our IT will create a VPN account for you, they need your full name and email"),
            (
                F,
                "I don't have permission to the DNS settings, can you add the TXT record or invite me to Cloudflare?",
            ),
            (
                C,
                "Uploaded the raw data as CSV, 3 files. the big one is 200MB so it might take a while.",
            ),
            (
                F,
                "I can't open the Figma file, it says 'request access'. Could you share with my address on the profile?",
            ),
            (C, "Staging credentials are in our 1Password vault, I shared the item with you."),
            (
                F,
                "To connect Mailchimp I need you to approve the OAuth popup from your admin account.",
            ),
            (
                C,
                "Could you send the source files as a zip here in the thread, not by WeTransfer? Our IT blocks it.",
            ),
            (F, "I removed the test users I created in your CRM, the live data was not touched."),
        ],
    ),
    (
        "physical_subject_desk",
        14,
        [
            (C, "For the jar label: 250 ml honey jar, label wraps 3/4 around, bleed 3mm please."),
            (
                F,
                "Here is the floor plan with the new kitchen island, dimensions in cm on the second sheet.",
            ),
            (
                C,
                "The restaurant menu needs the allergens marked with little icons, same as the last one.",
            ),
            (
                F,
                "For the packaging dieline I need the exact box size, can you measure it with a ruler and send?",
            ),
            (C, "pls retouch the photos of our kitchen, the lights look too yellow"),
            (F, "The 3D render of the chair is ready, I made the wood darker as you asked."),
            (
                C,
                "We're a cleaning company, the website should show our three packages with prices.",
            ),
            (
                F,
                "I drew the wiring diagram for the sensor board, please check pins before you order PCBs.",
            ),
            (C, "The T-shirt print file should be 300 dpi, the printer asked for CMYK."),
            (F, "The cooking blog posts are written, each with a recipe card and nutrition table."),
            (C, "Can the flyer for the dog-walking service be A5, double-sided?"),
            (F, "Shop signage mockups attached: one on brick wall, one on glass."),
            (C, "The wedding invitation design should fit a square envelope, 15x15."),
            (
                F,
                "I prepared the CAD drawing of the bracket, tolerance ±0.1 on the holes. You can send to the workshop.",
            ),
        ],
    ),
    (
        "video_meetings",
        14,
        [
            (C, "Can we do a quick Zoom on {day} at {time}? 20 minutes is enough."),
            (
                F,
                "Would a video call tomorrow work for you? I can share my screen and walk you through.",
            ),
            (C, "Teams link sent for {day}. if the time doesnt work propose another 👍"),
            (F, "I'm in GMT+7, so {time} for you is late evening for me, but fine once."),
            (C, "Let's skip the call this week, the written update is enough."),
            (F, "could we move our call 30 minutes later? another meeting overran"),
            (C, "Google Meet at {time}? I'll record it for my colleague who can't join."),
            (F, "Weekly check-in on Mondays at {time}, does that suit you?"),
            (C, "Sorry I missed the call, my train was late. Reschedule to {day}?"),
            (F, "Please send an agenda before the call so I can prepare the numbers."),
            (
                C,
                "For the workshop we'll do it on video with the whole team, about 6 people, 1 hour.",
            ),
            (F, "I prefer camera off if ok, my connection is weak today."),
            (
                C,
                "Daylight saving changed here, so our call is now 1 hour earlier for you, careful!",
            ),
            (F, "Thanks for the call! Summary: 1) new colours 2) remove blog 3) launch {day}."),
        ],
    ),
]

VIOLATIONS = [
    (
        "offplatform_payment",
        "banned.fraudulent",
        28,
        [
            (
                F,
                "To save us both the fee, can you just do a bank transfer for the rest? I'll send my IBAN.",
            ),
            (
                C,
                "I can paypal you the {amt} directly, friends and family so no fees, easier for both of us",
            ),
            (F, "could u Wise me the next part instead? platform takes too much 😕"),
            (C, "Let's make milestone 2 just $1 and I'll Revolut you the remaining amount, cool?"),
            (F, "If you prefer, I accept USDT (TRC20). I can send the wallet address here."),
            (C, "Just Venmo me your handle and I'll pay you tonight, skip the escrow thing"),
            (
                F,
                "Happy to continue after this contract. Let's close it here and carry on privately, I'll give you a better rate.",
            ),
            (C, "my brother lives in your city, he can give you the cash for the next milestones"),
            (
                F,
                "I'll send you my own invoice by email for the second phase, you can pay it directly to my company account.",
            ),
            (
                C,
                "Zelle works for me, what's your number? Then we don't need to fund the other milestones here.",
            ),
            (
                F,
                "For the next project no need to use the platform, just pay me 50% upfront by transfer like normal agency.",
            ),
            (C, "Can I pay you in Amazon gift cards? I have a lot of them, worth more than {amt}."),
            (F, "Bro honestly the fee is crazy. u pay half here, half on binance, ok?"),
            (
                C,
                "We'll fund a small milestone here for the record and settle the real amount through our supplier portal.",
            ),
            (
                F,
                "Kindly send payment on my Payoneer direct, my account here have problem with withdrawal.",
            ),
            (
                C,
                "Thanks for the great work so far! For the extras, just tell me your PayPal and I'll send it over, no need for a new milestone.",
            ),
            (
                F,
                "Let's keep the contract open at $5 so the platform doesn't complain, and the rest you send via Western Union.",
            ),
            (
                C,
                "our accountant prefers wire transfers to an escrow, so we'll pay your invoice directly. you ok with that?",
            ),
            (F, "i can give 15% discount if payment outside, same quality, same me 😉"),
            (
                C,
                "Could you cancel the contract and send me a payment link from your own Stripe? Easier for our finance.",
            ),
            (
                F,
                "The remaining {amt} you can give to my cousin in London in cash, he will pass it to me.",
            ),
            (
                C,
                "Loved the work, really. There will be a little thank-you on top, but let's not put it through the site — send me your account details privately.",
            ),
            (
                F,
                "Sorry to ask — could the last milestone be paid by Revolut? I'm a bit short and the payout here takes days.",
            ),
            (
                C,
                "Bitcoin ok? I'll send the equivalent of {amt} to your wallet and we mark the milestone done.",
            ),
            (
                F,
                "After you approve this milestone, we can end here and do the maintenance month-to-month between us, invoice by email.",
            ),
            (
                C,
                "Mark the job as complete and I'll e-transfer you the balance, saves us a headache.",
            ),
            (F, "You could pay me through my wife's PayPal, she handles our money 🙂"),
            (
                C,
                "Hope the move went ok! Ours was a nightmare 😂. Anyway, about phase two: finance would rather not go through the site this time. Is there another way we could settle up with you? Whatever is easiest on your end.",
            ),
        ],
    ),
    (
        "in_person_work",
        "excluded.physical",
        15,
        [
            (
                C,
                "Since you're nearby, could you come by on {day} and assemble the IKEA shelves in our office?",
            ),
            (
                F,
                "I live 10 min away, I can also come and clean the flat after the renovation if you want, extra {amt}.",
            ),
            (
                C,
                "We need someone to walk our dog twice a day while we're away, you mentioned you love dogs?",
            ),
            (C, "Could you photograph our launch party on site? It's {day} evening at the venue."),
            (
                F,
                "Instead of online lessons I can come to your home for tutoring your son, 2x per week.",
            ),
            (
                C,
                "Our router keeps dropping, could you come to the office and install the new one plus run the cables?",
            ),
            (
                F,
                "For the next part I could come and repair the coffee machine myself, I used to be a technician.",
            ),
            (
                C,
                "hey can you also pick up the printed banners from the shop and bring them to the stand tomorrow?",
            ),
            (
                C,
                "We need help moving the furniture to the new office on Saturday, 4 hours, cash or milestone whatever",
            ),
            (F, "I can cook for your event too, I'm a trained chef — 30 guests is no problem."),
            (
                C,
                "Would you be able to drive my mother to her appointments on Tuesdays? She trusts you from the calls.",
            ),
            (
                F,
                "I could come on site and paint the mural on the café wall myself, not just the design.",
            ),
            (C, "could u babysit thursday evening? u said u live close 😅"),
            (
                C,
                "So glad the design is done! Since you're in Leeds anyway next week — the lights won't install themselves 😄 could you pop round to the house and put them up? I'll text you the address.",
            ),
            (
                F,
                "Let me come to the warehouse and do the inventory counting in person, it's faster than explaining on video.",
            ),
        ],
    ),
    (
        "spying_stalking",
        "banned.illegal",
        9,
        [
            (
                C,
                "I think my wife is cheating. Can you get into her WhatsApp so I can read the messages?",
            ),
            (
                C,
                "I need to know where my ex lives now. You're good with data — find her address from her Instagram posts?",
            ),
            (
                C,
                "Is it possible to put something on my boyfriend's phone so I see his location all the time, without him knowing?",
            ),
            (
                C,
                "Our former employee still has our files. Please log into his personal Gmail and delete them, I know his old password.",
            ),
            (
                C,
                "This is a bit delicate. My husband has been distant and I just want peace of mind. Is there a way to see what he's doing on his phone, without making it a whole thing between us?",
            ),
            (
                F,
                "I can also monitor his Facebook account if you give me his phone for 5 minutes, he will never notice.",
            ),
            (
                C,
                "My business partner is hiding something. Can you quietly forward all his emails to me?",
            ),
            (
                C,
                "Find out which hotel this guy is staying at, I have his name and a photo. Don't ask why 🙂",
            ),
            (
                C,
                "We'd like a small script that records keystrokes on the shared family laptop — my husband uses it too.",
            ),
        ],
    ),
    (
        "fake_reviews",
        "banned.misleading",
        5,
        [
            (
                C,
                "Also could you write 20 Google reviews for the restaurant from different names? Make them sound real.",
            ),
            (
                C,
                "Extra task: post 5-star ratings on our app from a few accounts so we get above 4.5",
            ),
            (
                F,
                "If you want I can add customer testimonials on the site — I'll invent names and photos, nobody checks.",
            ),
            (
                C,
                "Can you leave a few bad reviews on our competitor's Trustpilot? Nothing crazy, just enough.",
            ),
            (C, "we need 50 Amazon reviews before launch, verified purchase style, budget {amt}"),
        ],
    ),
    (
        "coursework_for_submission",
        "banned.misleading",
        3,
        [
            (
                C,
                "The essay is for my master's module, I'll submit it under my name, so write like a student please.",
            ),
            (
                C,
                "my thesis chapter due {day}, u write it and I hand in, just make sure turnitin doesn't catch",
            ),
            (
                C,
                "Please do my programming assignment for the university course, I'll upload it as mine.",
            ),
        ],
    ),
    (
        "exam_sitting",
        "banned.illegal",
        2,
        [
            (
                C,
                "The certification exam is online and proctored — could you take it logged in as me? I'll share the screen access.",
            ),
            (
                C,
                "I'll give you my student login, just do the final quiz on {day} for me, 40 minutes.",
            ),
        ],
    ),
    (
        "forged_identity",
        "banned.illegal",
        2,
        [
            (
                C,
                "I need a passport scan with my photo but another name, for a verification. Can you do in Photoshop?",
            ),
            (
                C,
                "Could you edit the driving licence so the birth date says 1999? the bouncer checks are strict lol",
            ),
        ],
    ),
    (
        "forged_financial",
        "banned.fraudulent",
        3,
        [
            (
                C,
                "Edit this bank statement so the balance shows 10,000 more, it's for the visa application.",
            ),
            (
                C,
                "Need three payslips from a company I don't work for, for the flat rental. Make them look official.",
            ),
            (
                F,
                "I can also adjust the invoices so the amounts are higher for your insurance claim, easy in Excel.",
            ),
        ],
    ),
    (
        "ready_made_resale",
        "excluded.off_the_shelf",
        4,
        [
            (F, "I also have Windows 11 Pro keys for $5 each if you need for the office, genuine."),
            (C, "Do you sell aged Instagram accounts with followers? We need 10 for the campaign."),
            (
                F,
                "Instead of building it, I can sell you my finished booking script, just pay and I send the zip.",
            ),
            (
                C,
                "Can you get us a year of Adobe licences cheaper from your reseller and transfer them to us?",
            ),
        ],
    ),
    (
        "pirated_counterfeit",
        "banned.illegal",
        3,
        [
            (
                C,
                "Could you crack the plugin so we don't need the licence? It's just for internal use.",
            ),
            (
                C,
                "We want exact copies of the Gucci logo on our bags to sell at the market, nobody will know.",
            ),
            (C, "Rip the whole series from Netflix and upload it to our site, with subtitles."),
        ],
    ),
    (
        "adult_content",
        "banned.sexual",
        3,
        [
            (
                C,
                "For the extra milestone, I want explicit nude illustrations of the character, very graphic.",
            ),
            (
                C,
                "Could you write a very explicit erotic story for my OnlyFans page, the dirtier the better",
            ),
            (
                C,
                "I'd pay extra for a private video chat later, just you and me, camera on 😏 you know what I mean",
            ),
        ],
    ),
    (
        "disinformation",
        "banned.misleading",
        3,
        [
            (
                C,
                "Write 30 posts saying the vaccine causes infertility, from accounts that look like nurses.",
            ),
            (
                C,
                "Make a video where the mayor seems to say he takes bribes — his voice, AI, should look real.",
            ),
            (
                C,
                "We need articles claiming the election was moved to Wednesday, to share in the opposition's groups.",
            ),
        ],
    ),
]


def fill(rng: random.Random, template: str) -> str:
    out = template
    for key, values in SLOTS.items():
        while "{" + key + "}" in out:
            out = out.replace("{" + key + "}", rng.choice(values), 1)
    return out


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    groups = [(k, "ok", n, t) for k, n, t in ORDINARY] + list(VIOLATIONS)
    for kind, policy, count, templates in groups:
        order = list(templates)
        rng.shuffle(order)
        made = 0
        i = 0
        while made < count:
            sender, template = order[i % len(order)]
            i += 1
            text = fill(rng, template)
            if text in seen:
                if i > 50 * count:
                    raise SystemExit(f"{kind}: cannot make {count} distinct messages")
                continue
            seen.add(text)
            made += 1
            rows.append(
                {
                    "id": f"msg-ho6-{kind}-{made:03d}",
                    "title": "",
                    "description": text,
                    "policy": policy,
                    "kind": kind,
                    "sender": sender,
                }
            )
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    kinds = Counter(r["kind"] for r in rows)
    policies = Counter(r["policy"] for r in rows)
    senders = Counter(r["sender"] for r in rows)
    for kind, n in kinds.items():
        pol = next(r["policy"] for r in rows if r["kind"] == kind)
        print(f"{kind:28s} {n:4d}  {pol}")
    print("policies:", dict(sorted(policies.items())))
    print("senders:", dict(sorted(senders.items())))
    print("total:", len(rows), "->", OUT.name)


if __name__ == "__main__":
    main()
