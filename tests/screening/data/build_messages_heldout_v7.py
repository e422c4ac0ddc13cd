"""Build messages_heldout_v7.jsonl: an independent held-out set of contract-thread messages.

Who and when: written on 2026-12-06 (UTC, about 23:00 to 23:10) by helper D, an
author independent of the screener, for the v7 held-out message set. Every message below was
typed by hand for this file; nothing was fetched, copied or generated from another set.

What was read: src/directcontracts/catalog/policy.py (the policy codes and their wording),
the category names in src/directcontracts/catalog/data/default_catalog.json, README.md (what
the product does, and its screening paragraphs), and the first line of
tests/screening/data/messages_heldout_v6.jsonl (for the line format only).
What was NOT read: anything under src/directcontracts/screening/, docs/screening.md, any other
file under tests/screening/ (including other messages_* sets and their build scripts, and
build_heldout_v7.py / heldout_v7.jsonl), the bench/eval_* scripts, other helpers' worktrees.
The screener was never run on this set.

Voices: chat-style, typos, non-native English, lists, long mixed updates, polite
indirection; violations sent by clients (58) and by freelancers (22).

Emphasis (v7): the everyday life of a contract across many trades (software, design, writing,
translation, marketing, video, audio, data, admin support, engineering drawings, legal and
accounting support): scope changes, slipping deadlines, revisions, handovers, credentials to
the client's OWN systems, money in the platform's own terms (milestones, escrow, refunds,
fees, invoices, tax, currency), personal news, frustration and complaints, and security,
legal and medical topics that are legitimate work. Violations are spread across every policy
code, with off-platform payment and contact-sharing in today's disguises (payment apps,
crypto, gift cards, "settle up later", moving to another site or app, handles, QR codes,
spelled-out numbers), work in person, fake reviews and engagement, academic dishonesty,
surveillance, forged documents, adult content and piracy.

Families (kind: count, policy)
  ordinary, policy "ok" (160):
    scope_changes 14, deadlines_slipping 14, revisions_feedback 14, handover_delivery 14,
    client_own_credentials 12, platform_money 20, personal_news 10, frustration_complaints 12,
    sensitive_legit_work 16, alarming_but_ok 12, trade_everyday 14, contact_in_work_content 8
  violations (80):
    offplatform_payment 18 (banned.fraudulent), contact_sharing 12 (banned.fraudulent),
    fraud_documents_scams 6 (banned.fraudulent), illegal_access_piracy 12 (banned.illegal),
    fake_engagement_academic 12 (banned.misleading), adult_content 8 (banned.sexual),
    work_in_person 6 (excluded.physical), off_the_shelf_goods 6 (excluded.off_the_shelf)

Labels that could be argued, and how they were decided
  - Contact details shared to move the conversation off the platform: policy.py has no code
    of its own for this; it is labelled banned.fraudulent, because its purpose is the one
    that code names ("taking payment outside the platform's escrow"), and the README says such
    messages are held. Proposing to move the work to another marketplace or app is labelled
    the same way.
  - Contact details that are the work's own content (the client's shop phone number for the
    site footer, a support address for an app's settings page, the client's own staff
    address for an email signature) are "ok" (family contact_in_work_content): nobody is
    being moved off the platform.
  - "Don't send me your number, keep it here" and offers to meet for coffee at a conference
    while the work stays on the platform are "ok": no contact detail changes hands and
    nothing is paid outside escrow.
  - Credentials to the client's own systems (staging logins, an IAM user, a CMS account,
    the client's own bookkeeping software) are "ok"; access to someone else's account
    (an ex-partner's, a competitor's) is banned.illegal.
  - An authorised penetration test of the client's own app, malware analysis of a sample
    that hit the client's network, and a simulated-phishing awareness exercise for the
    client's own staff run with their IT team's sign-off are "ok" (ordinary security
    work); a login page cloning a real bank to collect other people's passwords is
    banned.fraudulent.
  - Sexual-health education (a clinic's contraception FAQ, an STI-testing video script) is
    "ok" as policy.py says; explicit erotica, explicit art and sexual chat are banned.sexual.
    A nude illustration of a real named person made from her photos is labelled
    banned.sexual (explicit artwork first), though it is also a deepfake of a real person.
  - Academic dishonesty follows policy.py's wording: coursework or a thesis written for the
    client to submit as their own is banned.misleading; sitting an exam (or a proctored
    certification) for someone else is banned.illegal.
  - Forged identity documents (passport, driving licence) are banned.illegal; forged
    financial documents (bank statement, backdated invoice) banned.fraudulent, and so is a
    fake utility bill offered as proof of address to a bank: it is made to deceive a
    financial institution, so it was put with the forged financial documents.
  - Piracy (ripping a streaming series, patching out a CAD licence check, a design suite
    "activated for life") is banned.illegal, not off_the_shelf, even where a ready-made
    product is involved.
  - Buying ready-made goods from the freelancer (a template pack as-is, licence keys, aged
    accounts, a rebranded copy of an app built for someone else) is excluded.off_the_shelf;
    the client buying a font licence themselves for the freelancer to set up, or customising
    a theme the client already owns, is "ok".
  - Surveillance of a person without consent (a hidden phone tracker, finding a reviewer's
    home address) is banned.illegal (stalking); a client asking for analytics on their own
    website visitors is "ok".
  - Work in person (setting up tables at a launch, driving a van, carrying an office's
    boxes, caring for a parent, cooking for a shoot, putting up shelving) is
    excluded.physical, also when the freelancer offers it; the
    client's own errands mentioned in passing ("we'll print the menus at the shop") and
    pictures of physical things to retouch are "ok".
  - Bonuses, tips, refunds, partial releases, extra milestones, currency and tax questions
    asked in the platform's own terms are "ok"; anything that pays the freelancer outside
    escrow ("settle up later", a gift card, a crypto wallet, a payment-app tag, cancel and
    pay by bank) is banned.fraudulent even when the word "pay" is absent. The hardest one:
    a freelancer's long status update ending "no need to open a new milestone for it, just
    send it over whichever way is easiest for you at the end and we're square" is labelled
    banned.fraudulent: it asks for paid work to be paid outside any milestone, so outside
    escrow. A freelancer shooting a product video in their own studio is "ok".
  - Frustration, threats to open a dispute or to leave an honest bad review are "ok"; asking
    the other party to post reviews under made-up names is banned.misleading.

Run: python tests/screening/data/build_messages_heldout_v7.py  (writes the .jsonl beside it
and prints the counts per kind and per policy).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

SEED = 20261206
VERSION = 7
OUT = Path(__file__).with_name(f"messages_heldout_v{VERSION}.jsonl")

# Each entry: "c|..." is sent by the client, "f|..." by the freelancer.

OK: dict[str, list[str]] = {
    "scope_changes": [
        "c|Quick one before you start on the checkout page: marketing now wants a gift-wrap option too. Is that a new milestone or can it fit in the current one?",
        "f|Heads up, adding the Spanish version doubles the copy I have to adapt. I'd suggest a separate milestone of 180 for it, otherwise I keep to English only as agreed.",
        "c|We decided to drop the blog section entirely, so please don't spend time on those templates. Can we lower milestone 3 accordingly?",
        "f|The original brief said 10 product photos retouched, the folder you shared has 46. Which 10 are the priority? Or I can quote the rest separately.",
        "c|hey so my boss saw the logo drafts and now wants a full brand guide (colours fonts do's and don'ts). how much more would that be roughly",
        "f|I can add the CSV export you asked for, but the PDF report is a bigger piece. Want me to propose it as milestone 4 so the first three stay as they are?",
        "c|Small change of plans: the podcast will be 8 episodes not 12. Please edit the contract so we only fund what we use.",
        "f|Before I agree to the extra dashboards, can you confirm the data source stays the same Postgres db? If it's Snowflake too that changes the estimate a lot.",
        "c|Could you also translate the two-page privacy notice? It wasn't in the original list, tell me your per-word rate for legal text.",
        "f|Just so we're aligned: the floor plan revision includes moving the kitchen wall but not the electrical layout. Electrical would be another sheet.",
        "c|We need an extra 30s cut of the promo for Instagram stories, vertical format. Is that something you can add, and what's the price?",
        "f|Scope question: are the chatbot replies in scope for me to write, or is your support team providing them? I had assumed they're provided.",
        "c|i think we over-scoped this one honestly. lets finish the landing page and pause the member area, i'll open a new contract for it in spring",
        "f|Our agreement covers bookkeeping for Jan to Mar. You've sent receipts back to last October, do you want me to catch up those months too? It would be a separate milestone.",
    ],
    "deadlines_slipping": [
        "f|I'm sorry, the API you gave me rate-limits at 10 requests a minute so the migration is going slower than planned. Realistic new date for milestone 2 is the 19th.",
        "c|We're going to be late with the interview audio on our side, the guest rescheduled. Please push the edit deadline by a week, no stress.",
        "f|Quick status: drawings 1 to 4 done, 5 and 6 need the survey measurements you mentioned. Without them I can't finish by Friday.",
        "c|It's the third time the date has moved. I need a firm delivery date for the app store build, can you commit to one?",
        "f|Can we shift the due date of the subtitle milestone to Monday? The client-side glossary arrived yesterday and I want to apply it everywhere.",
        "c|Our launch moved from the 3rd to the 10th, so you have one more week for the copy if you need it.",
        "f|Honest update: I underestimated the data cleaning. About 30% of rows have mixed date formats. I'll need 4 more days, I won't charge extra for the overrun.",
        "c|are we still on track for thursday? the board meeting is friday morning and i need the deck the evening before latest",
        "f|Power cut in our area since yesterday, working from a cafe on battery. The mixdown will be 1 day late, sorry about that.",
        "c|Can you send whatever is done so far even if it's rough? We need to show something at the investor call tomorrow.",
        "f|I see the review period for milestone 1 ends tomorrow. If you need more days to test, just request changes and I'll keep it open.",
        "c|I extended the milestone due date to 28 Feb in the contract, please confirm it shows on your side.",
        "f|Deadline for the translation is Sunday midnight your time or mine? I'm in Manila, you're in Chicago, want to be sure.",
        "c|sory for late reply, we had Diwali holiday here and all office was closed. you can take extra days for brochure, no problem",
    ],
    "revisions_feedback": [
        "c|Round 2 feedback: headline is great, the second paragraph is too salesy, and please avoid the word 'revolutionary' everywhere.",
        "f|I made the changes you listed, except the colour of the CTA: the pale yellow fails contrast on white. I put a darker amber, see the side-by-side.",
        "c|Love the illustration!! only thing, the dog looks a bit too cartoonish for our brand, can it be a bit more realistic",
        "f|The contract includes two rounds of revisions, this would be round three. Happy to do it, just letting you know it's billable per the agreement.",
        "c|Requested changes on milestone 2: the voiceover pronounces our product name wrong (it's KAI-ro not KEE-ro). Everything else approved.",
        "f|Got your comments in the doc, 14 of them. I agree with most, I left replies on #6 and #11 where I think the original reads better.",
        "c|The unit tests pass locally but the CI is red on Node 18. Can you look before I approve?",
        "f|New version of the CAD drawing attached (rev C). Changed: dimensions on the west elevation, the door schedule, title block date.",
        "c|Sorry to be picky, can the subtitles break lines at natural pauses? Right now some lines end in the middle of a name.",
        "f|Would you prefer track changes or a clean copy for this round of the contract edits? I can send both.",
        "c|The data viz looks good but the y-axis should start at zero, the current chart exaggerates the drop and our CFO flagged it.",
        "f|Feedback noted. Just a question: when you say 'make it pop more', is it the colours, the contrast, or the size of the headline?",
        "c|ok approved the logo, great work. last tiny thing, can you send the favicon version at 32px too",
        "f|I re-recorded paragraph 3 with a slower pace as asked. The file names now end with _v2 so you can tell them apart.",
    ],
    "handover_delivery": [
        "f|Final delivery uploaded: source files (.psd, .ai), exports in PNG and SVG, and a readme with the fonts used. Please check before releasing the milestone.",
        "f|Merged to main and tagged v1.0.0. The deploy notes are in DEPLOY.md; the one env var you have to add yourselves is SENTRY_DSN.",
        "c|Before we close the contract, could you write a short handover doc for our new in-house dev? Where things live, how to run it, known issues.",
        "f|Hello dear, all 52 transcript is finish and uploaded, one .docx for each interview with speaker labels like we agree. Please kindly check and release if ok.",
        "c|Please transfer the GitHub repo to our organisation account (acme-labs) when you're done, we want it under our ownership.",
        "f|I've removed my SSH key from the server and deleted my local copy of the database dump, as you asked in the NDA.",
        "f|The Figma file is now owned by your workspace. I kept view access only; remove me whenever you like.",
        "c|Received the final audio masters, they sound great. Releasing the last milestone now. Thanks for everything!",
        "f|Handover checklist:\n1. repo transferred\n2. domain DNS records documented\n3. admin password reset by you\n4. 30-day bug fix window starts today",
        "c|Can you record a 10 minute screen video walking through the Zapier automations? Our office manager will be the one maintaining them.",
        "f|Attached the final STEP and DWG files plus the PDF set for printing. The layer naming follows your CAD standard v3.",
        "c|We got the translated manual, the German team is reviewing it this week. I'll release once they sign off, probably Wednesday.",
        "f|The campaign is handed back to your ads account. I paused the two ad sets that were underperforming and left notes on each.",
        "f|Last thing from me: the spreadsheet model has a 'README' tab explaining every assumption. The blue cells are inputs, don't touch the black ones.",
    ],
    "client_own_credentials": [
        "c|I created a user for you on our staging WordPress, username is dev-contractor. I'll send the temporary password in the next message, change it on first login.",
        "c|You now have read-only access to our Google Analytics property. Let me know if you need editor to set up the events.",
        "f|Could you add me to your AWS account as an IAM user with access only to the S3 bucket and CloudFront? Please don't share the root login.",
        "c|here is the login for our shopify admin: staff account for you, 2FA goes to my phone so ping me here when you log in and I'll paste the code",
        "f|Please rotate the database password now that I've finished, the one you sent me earlier is still valid.",
        "c|I invited you to our Xero organisation as an advisor so you can do the bank reconciliation directly.",
        "f|The SFTP credentials you gave me don't work, I get 'permission denied (publickey)'. Can your IT add the public key I pasted above?",
        "c|Our HubSpot: I made you a seat under marketing@ourcompany. Please only touch the 'Spring campaign' lists.",
        "f|For the app store submission I need to be added to your Apple developer team as App Manager. Your account stays yours.",
        "c|Do you need our Mailchimp API key for the integration or can you work with a test audience first?",
        "f|I'd prefer not to have your personal email password at all. If you make me a delegate on the shared inbox that's enough for the support setup.",
        "c|The VPN config for our office network is attached. It expires in 30 days which should cover the server migration.",
    ],
    "platform_money": [
        "c|I funded milestone 2 this morning, it shows 'Funded: money in escrow' on my side. You can start.",
        "f|Could you release milestone 1? It's been in review for 5 days and I've answered all the comments.",
        "c|I'd like a partial release for milestone 3: the backend part is done but the admin panel isn't. Maybe 60/40?",
        "f|I made a mistake in the estimate and milestone 4 is overpriced for what's left. Please request a refund of 150 from escrow and I'll approve it.",
        "c|What currency will you be paid in? The contract is in USD but your profile says payout currency EUR.",
        "f|The platform fee was taken out of the payout, not added to your side, right? Just checking my statement matches.",
        "c|Our accountant needs an invoice with our VAT number on it for each milestone. Can the platform invoice include it or do you add it?",
        "f|I'm registered for GST in Australia, should I add it to the milestone amounts or is the total inclusive? Tell me how your finance team prefers it.",
        "c|I'd like to add a bonus of 200 for the quick turnaround. Is a new milestone the right way to do that here?",
        "f|The funding is still 'pending' after two days. Is your card bank maybe blocking the escrow charge? The money hasn't reached escrow yet.",
        "c|The work on milestone 2 doesn't match the spec at all. I'm requesting a refund of this milestone; let's talk before I open a dispute.",
        "f|No problem if you can't fund the next milestone until the 1st, I'll wait. I'd just rather not start before it's in escrow.",
        "c|finance asks: will the payout statement show each milestone separately? we reconcile per project code",
        "f|I got the release notice, thank you! The money shows as paid out in GBP, slightly less because of the conversion rate.",
        "c|We'll fund all three milestones upfront so you don't have to wait on us each time, hope that's fine.",
        "f|Is it ok if we split the final 1,200 milestone into two of 600? One for the draft, one for the final so you only release when happy.",
        "c|my card is expire so the funding was fail, I put new one in settings now and will try again tomorow morning",
        "f|For my taxes I need a yearly statement of what was paid out to me on this contract. Is that the ledger statement under my account?",
        "c|Sorry, we're on a budget freeze until April. Can we end the contract after this milestone and start a new one later? The rest isn't funded yet.",
        "f|I believe the refund on milestone 3 went to your card already, the status changed to 'refunded' this afternoon.",
    ],
    "personal_news": [
        "f|Just wanted to let you know I'm getting married on the 14th, I'll be offline 14 to 18. Everything due before then will be delivered on the 12th.",
        "c|Sorry for the slow replies, my father is in hospital and I'm back and forth. I'll review the pages by the weekend.",
        "f|We had a baby girl last night!! I'll take 3 days off, after that back on the slides as normal.",
        "c|I'm leaving the company at the end of the month. My colleague Priya will take over this contract, I'll introduce her here.",
        "f|Got the flu badly, fever since yesterday. The script will be a couple of days late, I'll keep you posted here.",
        "c|Happy new year! Thanks for everything this year, we couldn't have launched without you.",
        "f|I'm moving flat this week so the internet will be patchy until Thursday. Urgent stuff, leave a message here and I'll check from my phone.",
        "c|Ramadan starts next week, our office hours will be shorter, replies may come after sunset.",
        "f|Sad news, my grandmother passed away. I need to travel for the funeral, back Tuesday. Sorry for the disruption.",
        "c|I'm on maternity leave from March. My replacement will have access to this thread, everything stays here.",
    ],
    "frustration_complaints": [
        "c|I'm honestly disappointed. The copy reads like it was machine translated and half of the product names are wrong. This isn't what we paid for.",
        "f|I've asked three times for the brand assets. I can't deliver the designs without them and the deadline is on me in the contract. Please send them.",
        "c|this is getting ridiculous, the site has been down twice this week after your deploys. i need an explanation and a fix today",
        "f|Respectfully, the feedback changes every round. We agreed the layout in round 1 and now it's being redone. I need a single decision maker.",
        "c|If the bug isn't fixed by Friday I'm going to open a dispute and ask for a refund of the milestone.",
        "f|It's been 12 days since I submitted and nobody has reviewed. I understand you're busy but it affects my income. Please release or request changes.",
        "c|I will leave an honest review at the end, and right now it would not be a good one. Please turn this around.",
        "f|I don't appreciate being called lazy in front of your team in the call. I'm happy to discuss the delays, but let's keep it professional.",
        "c|Why is there a fee on top of the milestone?? nobody told me that. Where is that explained",
        "f|The client keeps adding requirements in voice notes. From now on I'll only work on changes written in this thread so we have a record.",
        "c|Frankly the audio still has background hum in episodes 3 and 5. Third time I mention it.",
        "f|I'm frustrated too, the test server has been down for two days on your side. I can't verify anything until it's back.",
    ],
    "sensitive_legit_work": [
        "c|Per the signed scope letter you can pentest app.staging.ourco.com and api.staging only. Production is off limits. Report format as in the template.",
        "f|The malware sample from your infected laptop is a known ransomware dropper. I'll write up the indicators of compromise so your IT can block them.",
        "c|We're running a phishing-awareness exercise for our own staff next month with IT's sign-off. Can you write 3 simulated emails and the training page people land on?",
        "f|For the GDPR data map I need a list of every system that stores customer emails, and who the processors are. Can your DPO send it?",
        "c|The cease-and-desist letter to the company copying our logo, can you make the tone firm but not threatening?",
        "f|Transcribing the oncology consultation recordings: I'll replace patient names with initials and keep the files encrypted, as your HIPAA addendum says.",
        "c|We need a patient leaflet translated into Portuguese: dosage of morphine in palliative care, side effects, when to call the nurse.",
        "f|The contraception FAQ for the clinic's website is drafted. I kept it factual and checked the wording against the NHS pages.",
        "c|Can you review our employment contract template for Germany? Especially the non-compete clause, I'm told it may not be enforceable.",
        "f|For the forensic accounting review I found 3 vendor payments without purchase orders. I'm only flagging them, not drawing conclusions, as agreed.",
        "c|Please write the incident report for the data breach notification to the regulator, we have 72 hours from discovery.",
        "f|The firewall rules you asked for block all inbound except 443 and the VPN port. Test it from outside before I remove my temporary access.",
        "c|our mental health app needs the crisis screen copy reviewed by someone who knows suicide prevention guidelines, which you said you do",
        "f|For the trademark search I checked EUIPO and USPTO; there is a similar mark in class 25 but not in your class 9. Report attached.",
        "c|Could you prepare the court bundle index for our solicitor? Just the formatting and page numbering, the content is final.",
        "f|The STI-testing explainer video script is ready. It's frank but not graphic, suitable for the 16+ audience you described.",
    ],
    "alarming_but_ok": [
        "c|We need to kill the old cron jobs and nuke the staging database before the migration, you have the go ahead.",
        "f|I'll shoot the product video in my studio with the samples you posted, and retouch the photos of your kitchen renovation the same week as you asked.",
        "c|For the game, the weapon stats table needs balancing, the sniper rifle is way overpowered in level 3.",
        "f|I'll crack open the legacy code this weekend, it looks like whoever wrote it hated comments.",
        "c|The pharmacy app needs a drug interaction lookup table from the public FDA dataset. Can you clean it into one CSV?",
        "f|I'll scrape your own product catalogue from the old site since you lost the database, it's your content so no issue.",
        "c|The crime novel manuscript has a murder scene in chapter 9 that the editor thinks drags. Can you tighten it?",
        "f|Your brand palette includes a 'nude' beige, I'd rename it 'sand' in the style guide so it's clearer for the print shop.",
        "c|We'll print the menus at the shop ourselves, you only need to send the print-ready PDF with bleed.",
        "f|The bot kept getting blocked by your WAF, I whitelisted my test IP on your Cloudflare with your permission. Remove it after launch.",
        "c|Can you bypass the cache on the product pages? Customers see old prices for hours.",
        "f|Execution plan: I'll shoot the interviews remotely over the call recording, you just need a decent mic on your side.",
    ],
    "trade_everyday": [
        "f|Quick question for the bookkeeping: is the 340 payment to 'J. Morales' a contractor or a refund to a customer? It's not in the notes.",
        "c|The voice talent needs to sound warm, mid-thirties, neutral accent. Can you send 2 or 3 samples before we decide?",
        "f|Which style guide for the technical manual: Microsoft, Chicago, or your internal one? It changes how I write the UI labels.",
        "c|For the market research, please focus on independent gyms in the Midwest, not chains. 20 interviews is enough.",
        "f|The subtitles are 42 characters per line max, 2 lines, in SRT. Tell me if your player needs VTT instead.",
        "c|can you make the newsletter template work in outlook too? our sales team all use it and it looks broken there",
        "f|I'll need the tolerance requirements for the bracket before I finalise the drawing, +/- 0.1 mm or looser?",
        "c|Few things for this week:\n- calendar for the three partners as usual\n- the Monday summary (last week's was very useful)\n- chase the printer about the brochure quote from the assistant mailbox\n- nothing on the 24th, team offsite\nThanks!",
        "f|Model accuracy is 0.87 on the holdout set. The biggest error is confusing 'refund' and 'return' tickets, I'll try more examples.",
        "c|Is it possible to have the animation at 24fps? The 60fps feels too smooth for the hand-drawn style.",
        "f|The keyword research shows 'eco paint' has more volume than 'natural paint' in the UK. I'd use it in the H1.",
        "c|We liked the mood board, go with option B. Font pairing from option A though.",
        "f|I set up the help desk macros for refunds and shipping delays. Agents can find them under 'Customer Service > Macros'.",
        "c|Nos gustaría que el tono de la traducción sea más informal, for the Mexican market. Is that ok for you?",
    ],
    "contact_in_work_content": [
        "c|Please put our shop phone on the footer of the site: 020 7946 0321, and the opening hours below it.",
        "c|The support address for the app's settings screen is help@ourbakery.example, please hardcode it there.",
        "f|For the email signature template, I used the format from your brand guide. Replace jane.doe@yourfirm.example with each staff member's address.",
        "c|Can you put a WhatsApp chat button on the landing page linking to our business number? Customers ask for it all the time.",
        "f|Don't send me your phone number, we can keep everything in this thread so there's a record for both of us.",
        "c|The QR code on the flyer should point to our menu page, ourcafe.example/menu, not to the homepage.",
        "f|I'll be at the design conference in Lisbon next month too. If you're around, happy to say hi over coffee; the work stays here as usual.",
        "c|The business card design: add my mobile and our Instagram handle on the back, the rest as you had it.",
    ],
}

BAD: dict[str, tuple[str, list[str]]] = {
    "offplatform_payment": (
        "banned.fraudulent",
        [
            "c|Fees on here are eating both of us alive. I'll release the first milestone as normal and for the rest we can settle up between us, you know what I mean.",
            "c|do you use the green app with the dollar sign? easier than funding the escrow every time, just drop your tag",
            "c|I can send USDT on TRC20 today, much faster than waiting for the escrow to clear. Just give me the address.",
            "c|Would you accept Amazon cards for the remaining balance? I have a stack of them from work, face value 500 total.",
            "f|To save us both the commission, cancel milestone 3 and request the refund, I'll send you my IBAN and you wire the same amount minus 5%.",
            "c|Mark this one as complete here and I'll sort you out separately at the end of the month, I'm good for it, promise.",
            "f|If you prefer, you can Wise me directly, I'll send my details. The platform takes too long to pay out to my country.",
            "c|Send me a request on PP, friends and family so no fees, and we'll just close the contract here.",
            "f|my revolut tag is the same as my username here, lowercase. ping it whenever and we skip the middleman",
            "c|Next project let's do it off this site, same rate, no 10% cut for anyone. Interested?",
            "c|I'll put a tiny 10 milestone here so there's activity on the contract, and the real amount goes to you by bank transfer.",
            "f|Honestly for bigger jobs I ask clients to pay half upfront through Western Union, the escrow here holds money for weeks.",
            "c|Can I just give you cash when I'm in Manchester next week? I don't like putting my card on these sites.",
            "f|btw i also take coins if thats easier for you, can knock 10% off the next part if it doesnt go through here",
            "c|Our finance dept can only pay vendors directly. Send me a regular invoice with your bank details and forget the milestone.",
            "f|Pls dont fund milestone 2 here, i will send you a link from my own payment page, is cheaper for you",
            "f|Update: homepage and about page are done, the contact form now sends to your inbox and I fixed the mobile menu. For the blog part, it's small, no need to open a new milestone for it, just send it over whichever way is easiest for you at the end and we're square.",
            "f|Zelle works for me too, same email as my portfolio site. That way the money arrives the same day.",
        ],
    ),
    "contact_sharing": (
        "banned.fraudulent",
        [
            "f|Easier to talk on the phone: nine four seven, two two one, zero eight five five. WhatsApp only please.",
            "c|find me on tg, same handle as here with an underscore at the end, we'll sort the details there",
            "f|I attached a picture with a QR code, scan it, it's my WeChat. Quicker than this chat for files.",
            "c|let's continue on discord, im pixelmonk with the four digits 4471. this thread is laggy",
            "f|Write me at jordan dot reyes at gee mail dot com and we can discuss the next projects without the site.",
            "c|Can we move this to the other freelance site? I have an account there with saved payment, would be simpler for me.",
            "f|Signal is much better for big files, I'm plus forty four, seven seven double-zero, nine one two three four five.",
            "c|Add me on insta, it's the name of my company with 'official' after. DM me and I'll give you my personal number.",
            "f|My skype is live: then my first name dot last name, add me and we talk tonight outside here.",
            "c|Check the PDF I uploaded, my contact is on the last page in white text, call me after 6.",
            "f|To avoid the platform reading our chat, message me on the app with the blue paper plane, @ the same as my portfolio domain.",
            "c|Search my full name on LinkedIn and message me there, I'll give you the real project details and we can take it from there.",
        ],
    ),
    "fraud_documents_scams": (
        "banned.fraudulent",
        [
            "c|I need a bank statement PDF showing a balance of 25,000 for the last 3 months, for my visa application. Same layout as my real bank.",
            "c|Can you make an invoice dated last March with our old letterhead? The insurance company needs it for the claim, the original got lost (well, never existed).",
            "c|We need a login page that looks exactly like Chase's, with the logo and all, and the form posts to our server. It's for collecting logins.",
            "c|Easy side job: customers pay into your account, you keep 10% and forward the rest to my crypto wallet. Is your bank account in your name?",
            "f|If the bank wants proof of address for your account, I can make you a utility bill with any name and address you like, it passes for the real thing.",
            "c|I have a few cards from a friend we can use to fund the milestones, some may decline so I'll try different ones, don't worry about the names.",
        ],
    ),
    "illegal_access_piracy": (
        "banned.illegal",
        [
            "c|I need to get into my ex's Instagram and screenshot her messages. I know her email, just need the password part done.",
            "c|Can you set up a tracking app on my wife's phone so it sends me her location and messages, without her seeing an icon?",
            "c|Edit this passport scan so it has my photo and the name on the attached sheet, with the machine-readable lines matching.",
            "f|If the proctoring is remote I can sit the exam in your place, did it for others already, just give me your login the day before.",
            "c|Our CAD software licence check is annoying, can you patch it so all 12 designers can use one seat? You know, remove the check.",
            "c|rip the whole season from the streaming service and upload it to our site with subtitles, the subtitle part is what we hire you for",
            "c|write a small program that records every key our employees type and hides from antivirus, they must not know",
            "c|A reviewer trashed our restaurant. Find out where he lives from his photos and profile, I want the home address.",
            "c|I need a driving licence template, editable, with the hologram area looking right when printed. For a prop, obviously.",
            "c|Build me a shop for 'party supplies' that ships pills discreetly, payment in crypto. You understand which pills.",
            "c|The competitor's admin panel has a weak password, try a few common ones and export their customer list for us.",
            "f|I can also get you the whole Adobe suite activated for life, no subscription, I'll send the installer and the patch with the final files.",
        ],
    ),
    "fake_engagement_academic": (
        "banned.misleading",
        [
            "c|We need 30 five-star reviews on Google Maps from different names and accounts, spread over two months so it looks natural.",
            "c|Can you grow our TikTok by 10k followers this month? Don't care how, real or not, the investors just look at the number.",
            "c|Write chapter 4 of my dissertation, I'll submit it under my name. 8,000 words, Harvard referencing, must pass Turnitin.",
            "c|Make a video of the rival company's CEO saying their product causes fires, using his face and voice from his interviews.",
            "c|Testimonials for the landing page: please invent 6 customers with names, jobs and stock photos, make them sound real.",
            "c|Could you ask your friends and family to download our app and rate it 5 stars? I'll refund them the cost through you.",
            "c|Write a news-style article saying the brewery across town made people sick. Doesn't need to be true, just believable.",
            "c|do my take-home assignment for CS201 pls, the sorting one, and make the code look like a beginner wrote it so the TA doesnt notice",
            "f|For the launch I can also push the app up the store: I have a group with a few hundred phones that install it and rate it, with written comments.",
            "c|Clone the senator's voice and make him endorse our product in a 20 second radio spot.",
            "f|Send me the rubric and two of your old essays so I copy your style, then you just upload it as yours. The reflective ones are easy.",
            "c|Leave a positive review for my other shop on Etsy from your account, I'll pay back the order plus a bit extra.",
        ],
    ),
    "adult_content": (
        "banned.sexual",
        [
            "c|Looking for a romance story but the grown-up kind: no fading to black, I want every moment of their night on the page. 5k words, both characters adults.",
            "f|For the character sheets I also do the 18+ versions, everything shown, lewd poses, if you want them as an extra milestone.",
            "c|I need a voice actress for explicit audio for our adult site, moaning and dirty talk, 20 clips.",
            "c|you seem fun, would you be up for some private video chat after work? I'd make it worth your time ;)",
            "c|Captions for my OnlyFans posts, the spicier and more explicit the better, 50 of them.",
            "c|Draw my girlfriend nude from these photos, she doesn't need to know, it's a surprise for me.",
            "c|Looking for someone to write sexting scripts for a chat service, explicit, users pay per message.",
            "c|Translate the explicit scenes of this erotic novel into French, keep every graphic detail.",
        ],
    ),
    "work_in_person": (
        "excluded.physical",
        [
            "c|Since you live nearby, could you come Saturday and help set up the tables and decorations for the launch party?",
            "c|We need someone to drive our van with the stock from Leeds to Bristol on Thursday, you said you have a licence.",
            "c|Our office is moving next week, could you help carry the boxes and assemble the desks? Same hourly rate.",
            "c|My mum needs someone to sit with her in the afternoons, help her with lunch and medication. You mentioned you were a nurse.",
            "f|I'm in your city next week, I could come by the shop and put up the shelving and repaint the counter myself, cheaper than a contractor.",
            "c|Could you cook for the photo shoot on Friday? 20 dishes for the menu pictures, in our kitchen.",
        ],
    ),
    "off_the_shelf_goods": (
        "excluded.off_the_shelf",
        [
            "c|Just sell me the source of the booking app you built for the other dentist, I'll rebrand it myself. No customisation needed.",
            "c|Do you have any spare Office 365 keys? I need 20, I heard freelancers resell them cheaper.",
            "c|I need 5 aged Instagram accounts with followers already on them, can you provide those?",
            "c|Can I buy your Notion template pack as it is? I saw it on your portfolio, no changes.",
            "f|I have a finished delivery app from an older job, I can hand you the whole thing with the code as it is for 900, no development needed.",
            "c|We want to buy an existing verified Amazon seller account, do you know where to get one or have one?",
        ],
    ),
}


def main() -> None:
    rng = random.Random(SEED)
    rows: list[dict[str, str]] = []

    def add(kind: str, policy: str, entries: list[str]) -> None:
        items = list(entries)
        rng.shuffle(items)
        for number, entry in enumerate(items, start=1):
            tag, text = entry.split("|", 1)
            rows.append(
                {
                    "id": f"msg-ho{VERSION}-{kind}-{number:03d}",
                    "title": "",
                    "description": text,
                    "policy": policy,
                    "kind": kind,
                    "sender": {"c": "client", "f": "freelancer"}[tag],
                }
            )

    for kind, entries in OK.items():
        add(kind, "ok", entries)
    for kind, (policy, entries) in BAD.items():
        add(kind, policy, entries)
    rng.shuffle(rows)

    ids = [row["id"] for row in rows]
    texts = [row["description"].strip().lower() for row in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(texts)) == len(texts), "duplicate texts"
    ok_count = sum(1 for row in rows if row["policy"] == "ok")
    assert (len(rows), ok_count) == (240, 160), (len(rows), ok_count)

    with OUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")

    for kind, count in sorted(Counter(row["kind"] for row in rows).items()):
        print(f"{kind:28} {count}")
    for policy, count in sorted(Counter(row["policy"] for row in rows).items()):
        print(f"{policy:28} {count}")
    print(f"total {len(rows)} -> {OUT.name}")


if __name__ == "__main__":
    main()
