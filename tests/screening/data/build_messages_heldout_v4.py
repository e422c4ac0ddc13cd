"""Writes messages_heldout_v4.jsonl: contract-thread messages, a held-out set never tuned on.

Who: helper session G of the Direct Contracts project, written on 2026-12-06 as a second,
separate author of held-out messages. Written without reading the screener (nothing under
src/directcontracts/screening/, docs/screening.md, tests/screening/ or the internals of
bench/eval_screening.py was opened, and the screener was not run), and without opening
messages_heldout_v3.jsonl or its build script. Sources read: catalog/policy.py (the codes),
the default catalog's category names, README's paragraph on screened messages, the first
three lines of messages_heldout_v2.jsonl for the line format, and (a slip, no message text
in them) a listing of tests/screening/data/ and four structural lines of
build_messages_heldout_v2.py (its docstring line, `import json` and its add() signature).
README's and the brief's example phrases ("can you do it cheaper?", "sending the
prototype", "retouch the photos of our kitchen", "pick up the parcel") were reworded here
rather than copied, since a screener may well have been tuned on them.

Every sentence below is hand-written for this file; slots ({deliv}, {day}, ...) are filled
from hand-written lists with a fixed seed, so the output is the same on every run.

Families (kind: count), 240 messages in all:

ok (160):
  own_life_freelancer 26, own_life_client 24, logistics 24, status_update 22,
  feedback 20, price_scope 18, thanks 8, physical_subject 18
not ok (80):
  excluded.physical: onsite_request 14, onsite_offer 8
  excluded.off_the_shelf: resale 6
  banned.fraudulent: off_platform_pay 8, scam 7
  banned.misleading: fake_reviews 8, ghostwritten_coursework 5, disinformation 4
  banned.illegal: intrusion 6, exam_for_hire 4, forged_documents 3, illegal_goods_piracy 3
  banned.sexual: sexual 4

Labels that could be argued (decided from policy.py's wording):
  - an aged social account or a licence key offered for sale is excluded.off_the_shelf
    ("accounts", "licences, keys and subscriptions"), not banned, even where the key's
    source is dubious; bought followers and review profiles are banned.misleading.
  - asking to pay outside escrow is banned.fraudulent (policy.py names "taking payment
    outside the platform's escrow"), although README describes such messages as held.
  - sitting an exam for someone is banned.illegal; writing coursework they submit as their
    own is banned.misleading (policy.py puts them under different codes).
  - stalking ("find out where she lives from her photos") and a keylogger "for analytics"
    are banned.illegal, family intrusion.
  - a client's own errand with physical things (taking product photos at their shop,
    printing menus themselves) is ok; so is CAD or a floor plan of a café.

Run: python tests/screening/data/build_messages_heldout_v4.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 20261206
OUT = Path(__file__).with_name("messages_heldout_v4.jsonl")

SLOTS: dict[str, list[str]] = {
    "deliv": [
        "dashboard",
        "prototype",
        "mock-ups",
        "landing page",
        "onboarding flow",
        "pricing page",
        "logo concepts",
        "data cleanup script",
        "API docs",
        "newsletter template",
        "sales deck",
        "translation of the FAQ",
        "bookkeeping export",
        "test plan",
        "wireframes",
        "product descriptions",
    ],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "time": ["9am", "10:30", "2pm", "4 pm", "17:00", "noon"],
    "tz": ["CET", "GMT", "EST", "PST", "IST", "Manila time", "Sydney time"],
    "city": ["Lisbon", "Nairobi", "Kraków", "Manila", "Toronto", "Izmir", "Bogotá", "Hanoi"],
    "name": ["Priya", "Tomasz", "Aisha", "Marco", "Lena", "Kwame", "Sofía", "Jun"],
    "fmt": ["PDF", "Figma link", "PNG", "SVG", "CSV", "Google Doc", "zip of the source"],
    "amount": ["300", "450", "500", "800", "1200", "250"],
}

TEMPLATES: dict[tuple[str, str], list[tuple[str, str]]] = {}


def fam(policy: str, kind: str, rows: list[tuple[str, str]]) -> None:
    """Register a family: rows are (sender, template)."""
    TEMPLATES[(policy, kind)] = rows


F, C = "freelancer", "client"

# ---------------------------------------------------------------- ok: own life, freelancer
fam(
    "ok",
    "own_life_freelancer",
    [
        (
            F,
            "heads up: I'm flying to {city} on {day}, so I'll be offline most of that day. "
            "The {deliv} will still be with you by the end of the week.",
        ),
        (F, "sorry for the silence, had a fever since yesterday 🤒 back at the desk tomorrow"),
        (
            F,
            "We are moving flat this weekend, internet gets connected only on Wednesday. I will work "
            "from a café if needed, but replies may be slow.",
        ),
        (
            F,
            "Eid is next week so I will take Tuesday and Wednesday off. everything for the "
            "{deliv} is on track before that",
        ),
        (F, "power cut in our whole area again 😩 laptop at 12%. will continue when it's back"),
        (
            F,
            "my daughter is sick, I need to pick her up from school. can we push our call to "
            "{time} {tz}?",
        ),
        (
            F,
            "FYI i'm on {tz} now, moved back home for the winter. mornings your time are "
            "still fine for me",
        ),
        (
            F,
            "Hello! I will be on holiday from the 22nd till the 2nd (Christmas with family). "
            "I'd like to wrap the {deliv} before I go, otherwise we continue in January.",
        ),
        (F, "dentist appointment at {time}, back in 2 hours"),
        (
            F,
            "Apologies, my internet provider has an outage since morning, I'm working from my "
            "phone hotspot. Uploads will be slow today.",
        ),
        (
            F,
            "during Ramadan my working hours shift a bit, I'm most productive late evening "
            "{tz}. replies in the afternoon may take longer",
        ),
        (F, "I'm at a conference in {city} Thu-Fri, I can check messages in the breaks."),
        (
            F,
            "kinda embarrassing but my laptop died 🙈 taking it to repair tomorrow, all files "
            "are in the cloud so nothing lost. small delay on the {deliv}",
        ),
        (
            F,
            "Dear client, my grandmother passed away and I need to travel for the funeral. "
            "I will be back on {day}. Sorry for inconvenience.",
        ),
        (F, "train wifi is terrible, will send the {deliv} once I'm at the hotel"),
        (F, "Quick note: it's Diwali on Friday so I'm offline that day."),
        (
            F,
            "i start a part time job mornings from next month, so i'll work on your project "
            "afternoons and evenings. deadlines stay the same",
        ),
        (
            F,
            "we have a national holiday on {day} here, banks and everything closed. I'll work "
            "anyway but may answer late",
        ),
        (
            F,
            "broke my wrist skiing 🤦 typing with one hand so messages will be short. work "
            "continues, a bit slower",
        ),
        (
            F,
            "Hi, my wife is due any day now, so if I go silent suddenly that's why 😅 "
            "{name} from my team has the files and can answer questions.",
        ),
        (F, "back from {city}! jet lag is brutal but I'm catching up on everything today"),
        (
            F,
            "Our building is doing maintenance on the electricity {day} morning, I will start "
            "later and work in the evening instead",
        ),
        (
            F,
            "tomorow i am at visa office whole morning, the queue there is always very long. "
            "i am available from {time}",
        ),
        (F, "Shabbat starts early on Fridays in winter, so I sign off around 3pm on Fridays."),
        (F, "I got covid, mild thankfully. working from bed at half speed for a few days"),
        (F, "Moving to {city} next month for a year! Same hours, just a different view 😊"),
    ],
)

# ---------------------------------------------------------------- ok: own life, client
fam(
    "ok",
    "own_life_client",
    [
        (
            C,
            "I'm travelling for work until {day}, will look at the {deliv} on the plane if "
            "the wifi works",
        ),
        (C, "sorry, kids are home sick so today is chaos. I'll give feedback tonight"),
        (
            C,
            "We're moving offices next week, so if I'm slow to reply that's why. boxes "
            "everywhere 📦",
        ),
        (C, "Our office is closed for Chinese New Year from the 10th, back on the 17th."),
        (
            C,
            "i had surgery on monday, recovering at home. {name} will approve the milestone "
            "for me this week",
        ),
        (C, "Can't talk today, in back-to-back meetings with investors. Tomorrow {time}?"),
        (C, "our whole team is at the offsite in {city} this week, expect slow answers"),
        (C, "just landed, reading your message now"),
        (C, "Happy Thanksgiving! We're off Thursday and Friday, no rush on anything"),
        (
            C,
            "I'm on parental leave from next month; {name} takes over as your contact. "
            "I'll introduce you in this thread",
        ),
        (
            C,
            "the shop was flooded last night (pipe burst) so I'm dealing with insurance "
            "people all day. website stuff will have to wait till {day}",
        ),
        (C, "our IT had a ransomware scare, email is down. please use this chat only for now"),
        (C, "sory for late funding of the milestone, our acountant was in holidays"),
        (C, "I'm fasting this month so I prefer calls before {time} my time if possible"),
        (
            C,
            "we are closing the restaurant for renovation in August, perfect time to finish "
            "the new website before we reopen",
        ),
        (C, "i'm in {city} for a wedding, back {day}. look at the {deliv} then ok?"),
        (
            C,
            "Quick heads up, I changed jobs internally (I now run the ops side, not marketing), "
            "so my calendar is a mess this week: onboarding sessions, a trip to the {city} "
            "team on {day} and a handover I still haven't finished. I'm still your contact "
            "for this project and nothing about the {deliv} changes, I just might answer in "
            "the evenings rather than during the day. If something is urgent, {name} has "
            "the full context and can decide on small things.",
        ),
        (
            C,
            "my father is in hospital so I'm not very present, sorry. continue as planned, "
            "you have my ok for the next steps",
        ),
        (C, "Daylight saving changed here, so our usual call is now one hour earlier for you"),
        (C, "we have the annual audit all week 😫 can we pause the reviews until {day}?"),
        (C, "internet at our warehouse is down, writing from my phone. saw the update, looks fine"),
        (C, "Bank holiday on Monday in the UK, we'll pick up Tuesday."),
        (C, "im snowed in lol, working from home with the kids. call at {time} still works"),
        (C, "I'm off for Easter, back on {day}. Have a nice break too!"),
    ],
)

# ---------------------------------------------------------------- ok: logistics
fam(
    "ok",
    "logistics",
    [
        (C, "can we do a quick call {day} at {time} {tz}? 20 min max"),
        (F, "Which format do you prefer for the {deliv}: {fmt} or something else?"),
        (C, "please send the final files as print-ready PDF, our printer guy needs them that way"),
        (F, "What time zone is your team in? I'm on {tz}, want to schedule the demo right."),
        (C, "pls add {name} to the meeting invite, she handles marketing"),
        (F, "I sent a calendar invite for {day} {time}, let me know if it clashes"),
        (C, "where do I find the source files? in the shared folder or attached here?"),
        (F, "I'll attach the {deliv} here in the thread instead of email, easier to keep track"),
        (C, "the link for the call is not working by me, can you send again please"),
        (F, "would a weekly check-in on {day}s suit you? 15 minutes, just to keep aligned"),
        (
            C,
            "we use Slack internally but let's keep project talk in this thread so it's all "
            "in one place",
        ),
        (
            F,
            "could you share read access to the analytics so I can check the numbers for the "
            "report? view-only is enough",
        ),
        (C, "moving our {day} call to {time}, sorry, clash with the board meeting"),
        (F, "Is it ok if I record the call? just so I can re-check your notes later"),
        (C, "what's the max file size this chat accepts? the video is 1.2GB"),
        (F, "uploaded the fonts and a readme, all in one zip"),
        (C, "our brand colours are in the guideline PDF I attached yesterday, page 4"),
        (F, "I'm 8 hours ahead of you so I'll usually answer when you wake up 🙂"),
        (C, "who should I send the staging login to? you or your developer?"),
        (
            F,
            "Can you send the texts in a Word file rather than screenshots? then I can copy "
            "them straight in",
        ),
        (C, "call tmrw? {time} my time = ? your time"),
        (F, "I'll be using my team's test account for QA, you don't need to create one"),
        (C, "Let's keep milestones as they are, but move the second due date by one week"),
        (F, "reminder: our call is in 30 min"),
    ],
)

# ---------------------------------------------------------------- ok: status updates
fam(
    "ok",
    "status_update",
    [
        (F, "Hi! The {deliv} is done, I've attached it here. Let me know what you think."),
        (F, "quick update: about 70% through the {deliv}, on track for {day}"),
        (F, "Staging is updated with the new checkout, the link is the same as last week."),
        (F, "pushed the fix for the broken login on mobile, can you test again?"),
        (F, "March numbers are in the dashboard now, and the churn chart splits by plan"),
        (
            F,
            "prototype coming in a moment, it's clickable but buttons on page 3 are placeholders",
        ),
        (F, "first draft of the {deliv} attached 📎 rough, but shows the direction"),
        (F, "Done with the translations for FR and DE. ES comes tomorrow."),
        (
            F,
            "small delay: the API of your payment provider changed, I need one more day for "
            "the {deliv}",
        ),
        (C, "our designer {name} uploaded the new icons to the shared folder"),
        (C, "dev team merged your branch this morning, it's live 🎉"),
        (F, "submitted milestone 2 for review, it includes the {deliv} and the test report"),
        (F, "ran the import on the full dataset, 4 rows failed, details in the attached CSV"),
        (C, "our QA found 3 bugs in the {deliv}, listed them in the doc"),
        (F, "The mock-ups for the mobile version are ready, desktop comes {day}."),
        (F, "fixed typo on the about page + compressed images, page loads in 1.8s now"),
        (
            C,
            "{name} from our team checked the {deliv}: all good except one detail, notes in the doc",
        ),
        (
            F,
            "Good morning! Short summary of the week: keyword research is finished (the summary "
            "is on the first tab of the sheet, the raw export on the second), I drafted the "
            "outline for the first four articles and rewrote the meta descriptions of the "
            "top 20 pages. Next week I start writing, first article by {day}. Two questions "
            "for you in the doc, no rush, whenever you have a moment.",
        ),
        (F, "update: chapter 3 of the manual written, 4 and 5 next week"),
        (C, "legal approved the privacy text you wrote, you can publish it"),
        (F, "all 40 product descriptions done ✅ uploaded them to the shop backend as drafts"),
        (
            F,
            "still waiting on the server credentials from your IT, blocked on the deploy "
            "until then",
        ),
    ],
)

# ---------------------------------------------------------------- ok: feedback and revisions
fam(
    "ok",
    "feedback",
    [
        (C, "love it!! only thing: can the logo be a bit bigger on mobile?"),
        (
            C,
            "The {deliv} looks good but the colours feel too dark. Could you try a lighter "
            "version?",
        ),
        (C, "not what i expected tbh. can we talk about it before you continue?"),
        (F, "Any feedback on the {deliv}? I'd like to start the next part if you're happy."),
        (C, "my boss wants the chart titles in german also, sorry for the extra work"),
        (C, "Revision request: headline on the landing page, make it shorter, max 8 words."),
        (C, "2nd version is much better 👍 go ahead with that direction"),
        (F, "Just to confirm, you want option B with the blue header, right?"),
        (C, "pls change the CTA text from 'Buy now' to 'Get a quote'"),
        (C, "the tone of the blog posts is a bit too formal for our audience, more casual pls"),
        (C, "Our team voted: mock-up 2. But keep the font from mock-up 1."),
        (
            F,
            "I'd suggest we keep the menu on the left, users found it faster in the test. "
            "but your call",
        ),
        (
            C,
            "the numbers in the Q2 tab don't match our books, can you double check the "
            "formula in column F?",
        ),
        (C, "great job on the pitch deck, the investors liked slide 7 a lot"),
        (C, "hmm the animation is too slow, feels laggy. half the duration maybe?"),
        (F, "Thanks for the comments! I'll send the revised {deliv} by {day}."),
        (C, "small thing: our company name is written with a capital C in the middle 😅"),
        (C, "we need 1 more round of changes on the {deliv}, list coming tonight"),
        (C, "this is perfect, no changes. approving the milestone now"),
        (C, "the subtitles are off by about half a second from minute 12, could you resync?"),
    ],
)

# ---------------------------------------------------------------- ok: price and scope
fam(
    "ok",
    "price_scope",
    [
        (C, "any chance of a lower price? budget got cut this quarter"),
        (C, "could we say {amount} rather than your quote? we can add more work later"),
        (
            F,
            "Adding the blog section is outside our current scope. I can do it as a separate "
            "milestone for {amount} USD.",
        ),
        (C, "what would it cost to add a Spanish version of the site?"),
        (F, "i can lower the price if we drop the animations, they take most of the time"),
        (C, "Let's split milestone 3 in two, it's a lot to fund at once"),
        (F, "For the extra 10 pages I'd ask {amount} EUR, same rate as before."),
        (C, "we'd like to add the admin panel to the contract, please send a new milestone"),
        (C, "is the hosting setup included in the price or extra?"),
        (F, "honestly that's about 3 more days of work, so I'd need to adjust the quote"),
        (C, "can we remove the newsletter part? then the price goes down right?"),
        (F, "ok, I can meet you in the middle: {amount} for everything incl. 2 revision rounds"),
        (C, "Your hourly rate is fine but can we cap it at 20 hours this month?"),
        (C, "what if we pay the remaining part in two milestones instead of one?"),
        (F, "Scope question: do you want me to write the product texts too, or just the layout?"),
        (
            C,
            "other freelancer quoted less but we like your work. any discount for a 3 month "
            "contract?",
        ),
        (F, "The change you asked for is small, no extra charge 🙂"),
        (C, "is possible make the price more low? we are small startup, this is our first project"),
    ],
)

# ---------------------------------------------------------------- ok: thanks
fam(
    "ok",
    "thanks",
    [
        (C, "thank you so much, really happy with the result 🙏"),
        (F, "Thanks for the quick payment! Pleasure working with you."),
        (C, "thx!"),
        (F, "thank you for your patience this week, I know I was slower than usual"),
        (C, "Many thanks for staying late to fix the bug before our launch."),
        (F, "Thanks a lot for the 5 stars, means a lot for a small freelancer like me"),
        (C, "appreciate the detailed handover doc, our team loved it"),
        (F, "thanks for the clear brief, makes my work much easier"),
    ],
)

# ------------------------------------------------- ok: physical things as subject of digital work
fam(
    "ok",
    "physical_subject",
    [
        (
            C,
            "can you clean up the pictures of our kitchen showroom? remove the cables and the "
            "fire extinguisher",
        ),
        (
            C,
            "the plumber website should have a big 'call now' button and the emergency "
            "hours on top",
        ),
        (C, "i'll take new photos of the shoes at the shop tomorrow and upload them here"),
        (
            C,
            "Please design the menu for our restaurant: A4, two sides, mains and desserts. "
            "We'll get it printed locally ourselves.",
        ),
        (
            C,
            "our movers company needs a quote form on the site: from address, to address, "
            "number of rooms",
        ),
        (
            F,
            "For the bakery site, could you send photos of the bread you already have? "
            "otherwise I'll use stock for now",
        ),
        (C, "we want a 3D render of the sofa from the measurements I sent, for the catalogue"),
        (C, "the cleaning company booking page should let customers pick a date and hours"),
        (
            F,
            "I'm drafting the assembly instructions for the shelf, can you confirm the screw "
            "sizes from the box?",
        ),
        (
            C,
            "can you make a label design for our olive oil bottles? 500ml, the printer needs "
            "3mm bleed",
        ),
        (C, "write 5 blog posts for our garden landscaping business, topics in the doc"),
        (C, "we'll ship you nothing, all the product pics are already in the dropbox"),
        (
            F,
            "the floor plan for the café is done in CAD, I marked where the counter goes as "
            "you described",
        ),
        (C, "need a social media calendar for our car repair garage, 3 posts a week"),
        (C, "can you edit the video of our wedding catering event, 2 minutes, with music"),
        (
            F,
            "for the furniture shop's product pages I need the dimensions of each table, a "
            "spreadsheet is fine",
        ),
        (
            C,
            "our electrician wants an app where customers send a photo of the problem. can "
            "you build the MVP?",
        ),
        (
            C,
            "translate our dog grooming price list into French please, it goes on the "
            "window of the salon",
        ),
    ],
)

# ---------------------------------------------------------------- not ok: physical, client asks
fam(
    "excluded.physical",
    "onsite_request",
    [
        (
            C,
            "since you live in {city} too, could you swing by the office and have a look at "
            "the copier? it keeps jamming",
        ),
        (
            C,
            "one more thing, can you collect a package from the courier depot for me tomorrow? "
            "I'll add it to the milestone",
        ),
        (C, "we need someone to help set up the stand at the trade fair on {day}, you in?"),
        (C, "could you come and install the wifi router at our new shop? I'm hopeless with cables"),
        (
            C,
            "my mum needs someone to drive her to her appointments 2x a week, would you do "
            "it? I'd pay through here",
        ),
        (C, "can u also clean the shop windows before the photoshoot lol, i'll pay extra"),
        (C, "Next milestone: assemble the 12 office desks that arrive Monday. Tools are here."),
        (
            C,
            "We need the catering for our launch party (50 people). Can you cook and bring "
            "the food?",
        ),
        (C, "could you deliver the printed flyers to the shops on the high street, about 30 stops"),
        (C, "our server room needs re-cabling, can you be here physically on {day}?"),
        (C, "would you babysit our two kids on saturday evening? you're so reliable"),
        (
            C,
            "the bathroom tap is leaking in the office, could you fix it when you come to "
            "the meeting?",
        ),
        (C, "Can you walk our dog in the mornings while we're on holiday? Same contract is fine."),
        (C, "please go to the warehouse and count the stock by hand, the system numbers are wrong"),
    ],
)

# ---------------------------------------------------------------- not ok: physical, freelancer offers
fam(
    "excluded.physical",
    "onsite_offer",
    [
        (
            F,
            "I'm in {city} next week anyway, I can come by and paint the office walls "
            "while I'm there, just add a milestone",
        ),
        (F, "if you want I can also do the moving for you, I have a van 🚐"),
        (F, "I could bring my tools and repair the broken shelves at the shop, half day of work"),
        (F, "For the event I can be the photographer on site and also serve the drinks"),
        (F, "btw I do house cleaning on weekends, happy to do your flat before the guests arrive"),
        (
            F,
            "I can pick up the furniture from IKEA and assemble it, cheaper than the "
            "store's service",
        ),
        (
            F,
            "let me install the CCTV cameras myself at your store, I've done it before, I'll "
            "drill the holes",
        ),
        (
            F,
            "i can deliver the cakes to your customers by bike in the mornings, just add "
            "it to the contract",
        ),
    ],
)

# ---------------------------------------------------------------- not ok: off the shelf
fam(
    "excluded.off_the_shelf",
    "resale",
    [
        (
            F,
            "I have a ready-made booking plugin, I can just sell you the licence instead of "
            "building one",
        ),
        (
            C,
            "forget the custom build, can you just sell us 20 Office keys cheap? i know "
            "you have a source",
        ),
        (
            F,
            "I have an aged Instagram account with 40k followers in your niche, I can "
            "transfer it to you for {amount}",
        ),
        (C, "do you have some finished wordpress themes lying around? we'd buy one as-is"),
        (F, "I sell premium VPN subscriptions, 1 year for 20 dollars, want some for your team?"),
        (F, "instead of new scripts I can give you my existing scraper package, one-time payment"),
    ],
)

# ---------------------------------------------------------------- not ok: fraudulent, off platform
fam(
    "banned.fraudulent",
    "off_platform_pay",
    [
        (
            F,
            "to save us both the fees, could you send the next payment directly to my "
            "bank? I'll share the IBAN",
        ),
        (
            C,
            "let's settle the rest outside this site, I'll transfer to you and we close "
            "the contract here as cancelled",
        ),
        (F, "the escrow takes forever 😒 pay me by wise and i'll deliver the {deliv} today"),
        (
            F,
            "For the remaining milestones my cousin will invoice you from his company, "
            "please pay him instead of funding here",
        ),
        (C, "we can pay you crypto for the next phase, no platform needed, better for both"),
        (
            F,
            "p-a-y-p-a-l friends and family works best for me for the bonus part, not through here",
        ),
        (C, "I'll fund only 1 usd here so the contract stays open, rest in cash when we meet"),
        (F, "if you pay the next {amount} off the platform I give you 15% discount"),
    ],
)

# ---------------------------------------------------------------- not ok: fraudulent, scams
fam(
    "banned.fraudulent",
    "scam",
    [
        (
            C,
            "next task: a login page that looks exactly like our bank's, for a 'security "
            "test' we send to the customer list",
        ),
        (
            C,
            "I need invoices from a few different suppliers that don't exist, for our "
            "expense report. same style as the real ones",
        ),
        (
            C,
            "can you receive some transfers into your account and forward them to mine? "
            "small commission for you",
        ),
        (
            C,
            "please edit this bank statement so the balance shows 50k, landlord wants proof "
            "of funds",
        ),
        (
            C,
            "write the emails for our giveaway: winners pay a small shipping fee first, "
            "there is no prize of course",
        ),
        (
            C,
            "a partner gave me a list of 16-digit numbers with expiry dates. need a small "
            "script that tries a 1 dollar charge on each and tells me which go through 🤫",
        ),
        (
            F,
            "side offer: I can set up text messages that look like they come from the "
            "delivery company, 'pay 1.99 to release your parcel', you keep the card details",
        ),
    ],
)

# ---------------------------------------------------------------- not ok: misleading, fake reviews
fam(
    "banned.misleading",
    "fake_reviews",
    [
        (
            C,
            "after the site, can you write ~30 google reviews from different accounts? "
            "mostly 5 stars, a few 4 to look real",
        ),
        (
            C,
            "we need some testimonials from 'happy customers' for the homepage, just invent "
            "names and photos",
        ),
        (C, "can your team leave ratings for our app on the store? vary the wording"),
        (
            C,
            "Our competitor has too many good reviews. Could you post some bad ones on their "
            "page? different names pls",
        ),
        (C, "pls buy 10k followers for our instagram before the launch, looks better"),
        (
            F,
            "I can also boost your Trustpilot, I have 200 aged profiles, each review looks genuine",
        ),
        (C, "write amazon reviews as if you bought the blender, I'll refund the purchase"),
        (C, "the case studies don't need real clients, make up 3 companies and their results"),
    ],
)

# ---------------------------------------------------------------- not ok: misleading, coursework
fam(
    "banned.misleading",
    "ghostwritten_coursework",
    [
        (
            C,
            "my nephew needs his master thesis done by june, 60 pages, he'll submit it "
            "under his name. can you take it on?",
        ),
        (
            C,
            "new milestone: write my essay for the marketing module, 2500 words, needs to "
            "pass turnitin",
        ),
        (
            C,
            "can you do the weekly assignments for my online MBA course? I just upload "
            "what you send",
        ),
        (C, "help with the dissertation = you write it, I present it 😉 chapter 1 due {day}"),
        (
            C,
            "my daughter's lab report is due, please write it as if you were a second-year "
            "student so the teacher won't notice",
        ),
    ],
)

# ---------------------------------------------------------------- not ok: misleading, disinformation
fam(
    "banned.misleading",
    "disinformation",
    [
        (
            C,
            "we need 20 news-style articles saying the vaccine causes infertility, for our "
            "network of sites",
        ),
        (
            C,
            "make a video where the mayor seems to say he takes bribes, use AI for his "
            "voice and face",
        ),
        (
            C,
            "write posts from fake local residents against the wind farm, as many "
            "different voices as you can",
        ),
        (
            C,
            "put a 'doctor approved' badge and some fake study numbers on the supplement "
            "page, nobody checks",
        ),
    ],
)

# ---------------------------------------------------------------- not ok: illegal, account access
fam(
    "banned.illegal",
    "intrusion",
    [
        (
            C,
            "my ex changed the password of our shared instagram, can you get back in for "
            "me? I know her birthday and email",
        ),
        (C, "we need the customer list from a competitor's CRM, you're good with servers right?"),
        (C, "can you put something on my husband's phone so I see his messages? he won't know"),
        (C, "I need to read my employee's gmail, can you find a way around the 2FA"),
        (C, "could the app secretly log keystrokes on the users' phones? for analytics only"),
        (C, "find out where this person lives from her photos, I just want to talk to her"),
    ],
)

# ---------------------------------------------------------------- not ok: illegal, exams
fam(
    "banned.illegal",
    "exam_for_hire",
    [
        (
            C,
            "can you take my AWS certification exam for me? it's online, i'll give you my "
            "login and you turn the camera away",
        ),
        (C, "log in as me and do the proctored stats final on {day}, 2 hours"),
        (C, "need someone to sit my driving theory test online in my name, good pay"),
        (
            F,
            "I also do online exams for clients, proctored ones too, 100% pass or money "
            "back. just share the login before the date",
        ),
    ],
)

# ---------------------------------------------------------------- not ok: illegal, documents
fam(
    "banned.illegal",
    "forged_documents",
    [
        (
            C,
            "can you photoshop my name and photo into this passport scan? need it for a "
            "crypto exchange signup",
        ),
        (C, "I need a university diploma template with the real seal, filled with my name"),
        (C, "make a driving licence that passes a quick look, I'll send the details"),
    ],
)

# ---------------------------------------------------------------- not ok: illegal goods
fam(
    "banned.illegal",
    "illegal_goods_piracy",
    [
        (
            C,
            "for the shop we need a hidden section only regulars can see, for the 'special "
            "herbs' if you know what i mean 🌿",
        ),
        (C, "the site will sell converted replica pistols, so the checkout shouldn't ask for id"),
        (
            C,
            "can you upload the full seasons of the new series to our streaming site? we "
            "don't have the rights but nobody cares",
        ),
    ],
)

# ---------------------------------------------------------------- not ok: sexual
fam(
    "banned.sexual",
    "sexual",
    [
        (
            C,
            "the characters in the comic should be fully nude in the bonus chapter, very "
            "explicit, for the paid tier",
        ),
        (C, "can you write spicy stories for our adult site, the more graphic the better"),
        (C, "we want an AI chat girlfriend that does sexting with users, you build the prompts"),
        (
            C,
            "after hours our 'massage' studio offers extras, the website should hint at "
            "that without saying it",
        ),
    ],
)


def render(rng: random.Random, template: str) -> str:
    """Fill each slot with a value drawn from its list."""
    values = {key: rng.choice(options) for key, options in SLOTS.items()}
    return template.format(**values)


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    rows: list[dict[str, str]] = []
    for (policy, kind), templates in TEMPLATES.items():
        for number, (sender, template) in enumerate(templates, start=1):
            rows.append(
                {
                    "id": f"msg-ho4-{kind}-{number:03d}",
                    "title": "",
                    "description": render(rng, template),
                    "policy": policy,
                    "kind": kind,
                    "sender": sender,
                }
            )
    rng.shuffle(rows)
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages to {OUT.name}")


if __name__ == "__main__":
    main()
