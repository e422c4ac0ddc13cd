"""Build messages_heldout_v3.jsonl: an independent held-out set of contract-thread messages.

Written by helper session D (the independent author) on 2026-12-06, without reading the
screener: nothing under src/directcontracts/screening/, docs/screening.md, tests/screening/
(except the line format of the first three lines of messages_heldout_v2.jsonl) or
bench/eval_screening.py was opened, and the screener was never run on this data. The only
sources were the public work policy (src/directcontracts/catalog/policy.py), the category
names of the default catalog and the README's description of which messages are held.

Every template and slot below is hand-written for this file. Messages are chat inside an
ongoing contract between a freelancer and a client, in varied styles (terse, chatty,
non-native English, typos, lower case, emoji, long and short). Labels use the policy's own
codes: ``ok``, ``excluded.physical``, ``excluded.off_the_shelf``, ``banned.fraudulent``,
``banned.misleading``, ``banned.illegal``, ``banned.sexual``.

Family counts (243 messages; 160 ok, 83 not ok):

    ok (160)
        negotiation          30  price and scope ("would 400 work instead of 500")
        status_update        26  progress naming deliverables
        own_circumstances    22  the sender's own travel, illness, holidays, moves, errands
        logistics            20  meetings, time zones, file formats
        feedback_revision    22  feedback and revision requests
        thanks               12
        physical_subject     20  physical things only as the subject of digital work
        sensitive_ok          8  near the banned lines but allowed (own-system security
                                 test, sexual-health copy, honest review requests,
                                 customising a bought theme)
    excluded.physical (23)
        physical_request     17  a client asks for on-site or hands-on work
        physical_offer        6  a freelancer offers on-site or hands-on work
    excluded.off_the_shelf (5)
        off_the_shelf         5  buying or selling ready-made software, keys, licences
    banned.fraudulent (20)
        off_platform_payment 11  paying or being paid outside the escrow
        fraud_scheme          9  phishing, scams, forged financial papers, money mules,
                                 stolen cards
    banned.misleading (20)
        fake_reviews         10  fake reviews, ratings, testimonials, bought followers
        coursework            5  coursework written for someone to hand in as their own
        disinformation        5  disinformation and deepfakes of real people
    banned.illegal (12)
        account_access        5  getting into accounts or systems without permission,
                                 malware, stalking
        exam_sitting          2  sitting an exam for someone
        illegal_goods         3  drugs, weapons, forged identity documents
        piracy                2  cracked software, pirated video
    banned.sexual (3)
        sexual                3

Run ``python tests/screening/data/build_messages_heldout_v3.py`` to (re)write the file; the
output is the same on every run (fixed seed).
"""

from __future__ import annotations

import json
import random
import re
import string
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261206
OUT = Path(__file__).with_name("messages_heldout_v3.jsonl")

NAMES = ["Ana", "Tom", "Priya", "Kenji", "Sam", "Olu", "Marta", "Dave", "Li", "Fatima", "Jonas"]
CITIES = ["Leeds", "Porto", "Lagos", "Pune", "Austin", "Kraków", "Manila", "Lyon", "Toronto"]
WEEKDAYS = ["monday", "Tuesday", "wednesday", "Thursday", "friday"]
DAYS = ["monday", "Tuesday", "wednesday", "Thursday", "friday", "next week", "tomorrow"]
TIMES = ["9am", "10:30", "2pm", "15:00", "4 pm", "noon"]
TZS = ["CET", "UTC+5:30", "EST", "GMT", "PST", "Manila time", "Lagos time"]
FORMATS = ["PNG", "SVG", "PDF", "xlsx", "CSV", "MP4", "docx", "figma file"]
PRICES = [(500, 400), (800, 650), (1200, 950), (300, 250), (2000, 1600), (150, 120), (950, 800)]
CURRENCIES = ["$", "€", "£", ""]
DELIVERABLES = [
    "logo set",
    "landing page",
    "dashboard",
    "onboarding emails",
    "product descriptions",
    "API integration",
    "pitch deck",
    "report template",
    "app prototype",
    "brand guidelines",
    "explainer video",
    "data cleanup",
    "mock-ups",
    "newsletter template",
    "sales forecast model",
]
EXTRAS = [
    "the animated version",
    "the second language",
    "dark mode",
    "the two extra pages",
    "the source files",
    "the social media sizes",
    "unit tests",
    "the admin panel",
    "a third round of revisions",
    "the blog section",
]
ELEMENTS = [
    "header",
    "logo",
    "colour palette",
    "font",
    "button colour",
    "hero image",
    "chart legend",
    "menu",
    "footer",
    "pricing table",
    "intro paragraph",
    "icons",
]
PRODUCTS = [
    "ceramic mugs",
    "leather wallets",
    "candles",
    "running shoes",
    "tea tins",
    "bike lights",
]
BRANDS = ["a big bank", "the national post office", "Netflix", "a mobile operator", "PayPal"]


@dataclass
class Family:
    kind: str
    policy: str
    count: int
    templates: dict[str, list[str]]
    slots: dict[str, list[str]] = field(default_factory=dict)


def _prices(rng: random.Random) -> dict[str, str]:
    high, low = rng.choice(PRICES)
    cur = rng.choice(CURRENCIES)
    mid = (high + low) // 2
    return {"high": f"{cur}{high}", "low": f"{cur}{low}", "mid": f"{cur}{mid}"}


OK_FAMILIES = [
    Family(
        "negotiation",
        "ok",
        30,
        {
            "client": [
                "can you do the {deliverable} cheaper? budget is tight this quarter",
                "would {low} work instead of {high} for the {deliverable}?",
                "{high} is a bit more than we planned. Any chance of {low} if we drop {extra}?",
                "Is it possible to split the {deliverable} milestone in two, half now and half after review?",
                "we'd like to add {extra} to the scope, what would that cost on top?",
                "honestly {high} feels steep for the {deliverable}. meet me at {low}?",
                "If we remove {extra}, can the price come down a little? Thank you",
                "Kindly share the revised quotation for the {deliverable} including {extra}.",
                "what if we skip {extra} for now and add it as a new milestone later",
                "my boss approved {mid}, not {high}. can we make that work?",
                "Could you send a new milestone for {extra}? Happy to fund it this week.",
                "Dear {name}, we are requesting small discount on the {deliverable}, is {low} acceptable for you?",
                "So we had a budget meeting this morning and the numbers are tighter than I hoped. Is there any way to bring the {deliverable} down to {low}? We could push {extra} to a later phase if that helps on your side.",
                "quick q before I fund: is {high} fixed or is there some room?",
                "we'd rather not pay {high} in one go, can you split it over three milestones?",
            ],
            "freelancer": [
                "I can do {low} if we drop {extra}, otherwise {high} is really my lowest",
                "Adding {extra} would be about {delta} more, I'll add a milestone if you agree",
                "I can't go down to {low} sorry, but I could include {extra} for the same {high}",
                "happy to meet halfway at {mid}?",
                "the {deliverable} took longer than quoted because the data came in three formats. could we talk about an extra milestone?",
                "quick heads-up: {extra} isn't in what we agreed, I'd quote it separately",
                "If budget is the problem we can do the {deliverable} in two phases, first one for {low}",
                "ok {mid} works for me, I'll edit the milestone now",
                "For {extra} I would need 3 more days and {low} extra, is this fine for you sir?",
                "Totally understand about the budget. What I can do: keep the core {deliverable} at {low} and leave {extra} for a follow-up contract. Does that sound ok?",
                "the price includes 2 rounds of revisions, after that it's {delta} per round",
            ],
        },
    ),
    Family(
        "status_update",
        "ok",
        26,
        {
            "freelancer": [
                "{deliverable} is done, I've submitted it on the milestone. let me know what you think",
                "first draft of the {deliverable} is up in the files tab",
                "Update: about {pct}% of the {deliverable} is done, the rest by {day}",
                "the staging site is updated, same address as last week. the checkout page loads much faster now",
                "mock-ups for the {n} main screens are attached, two options each",
                "prototype is clickable now, tap through from the welcome screen to checkout",
                "finished the {deliverable}, just polishing the {element}. will submit {day}",
                "small delay on the {deliverable}, still waiting for your copy text. on track for {day} if it comes today",
                "uploaded v{n} of the {deliverable} 👆",
                "Good morning, I have completed the {deliverable} and attached the final files. Please check and revise if needed.",
                "the dashboard now pulls live numbers, the revenue chart and the churn table both work",
                "landing page is responsive now, checked it on my phone and a tablet",
                "done with the {deliverable}. wrote a short readme so your team can maintain it",
                "Long update, sorry! The {deliverable} is basically there: the main flows work, I fixed the date picker bug you found, and the export keeps the column order now. Still missing: the {element} and a last pass on mobile. I expect to submit {day}.",
                "the onboarding emails are written, 5 in total, all in one doc with the subject lines",
                "data is cleaned, about 3.2k duplicates removed. the summary sheet explains every change",
                "recorded a short walkthrough of the prototype, it's attached to the milestone",
                "brand guidelines pdf is 18 pages: colours, type, logo spacing, do's and don'ts",
            ],
            "client": [
                "Uploaded the brand fonts and the copy for the {deliverable} to the files",
                "we approved the mock-ups internally, go ahead with the build",
                "released the milestone for the {deliverable}, thanks!",
                "I funded the second milestone just now",
                "the team reviewed the {deliverable}, two small comments coming later today",
                "sent the login for the test account by the secure note like you asked",
                "our developer merged your branch, looks fine on our side",
            ],
        },
        {"pct": ["40", "60", "75", "90"], "n": ["2", "3", "4", "5"]},
    ),
    Family(
        "own_circumstances",
        "ok",
        22,
        {
            "client": [
                "sorry for the silence, I was {away}. back now and will review {day}",
                "im travelling to {city} next week so replies might be slow",
                "our office moves to a new building on {wd}, we might be offline for a day",
                "I've had the flu all week, apologies. will look at the {deliverable} tomorrow",
                "we're closed for the holidays from the 23rd, will approve the milestone when we're back",
                "my daughter was born on saturday!! so i will be slow for a bit 😅",
                "on a site visit at our warehouse all day, will check the files tonight",
                "we're repainting the shop this weekend so the product photos will come monday",
                "I'm at a trade fair in {city} until thursday, reply when I can",
                "stuck at the airport, flight cancelled. will call you when I get home",
                "we are doing inventory count in the store today, I answer you in evening",
                "Hi! Really sorry for the slow replies this week. My father was in hospital and I was going back and forth between work and the ward. He is home now and fine. I'll go through the {deliverable} tonight and send feedback tomorrow morning.",
            ],
            "freelancer": [
                "heads up, I'm on holiday from the 20th to the 27th, the {deliverable} will be delivered before I leave",
                "power cut in my area today, working from a cafe so replies might be slow",
                "I am having fever since two days, I will update you {day} about the {deliverable}",
                "moving flats this weekend so offline sat-sun, back monday",
                "flying to {city} tomorrow for a family wedding, laptop comes with me",
                "Ramadan starts this week so my hours shift later, deadlines unchanged",
                "my kid is home sick so I'm working evenings this week, no change to the dates",
                "doctor's appointment at {time}, back online after",
                "internet is down at home, the technician comes {day}. using my phone hotspot for now",
                "national holiday here on {wd}, I'll be off but the {deliverable} is still on track",
            ],
        },
        {"away": ["in hospital with my dad", "at a conference", "on leave", "sick", "travelling"]},
    ),
    Family(
        "logistics",
        "ok",
        20,
        {
            "client": [
                "can we do a quick call {wd} at {time} {tz}?",
                "what timezone are you in again? I'm on {tz}",
                "please send the logos as {imgfmt}, the jpgs look blurry on print",
                "can you export the report as {docfmt} so our accountant can open it",
                "meeting moved to {time}, same video link as before",
                "let's keep the weekly sync on {wd}s",
                "what's the biggest file I can upload here? the raw footage is 3gb",
                "Can you please join the call 10 minutes early, my colleague also join",
                "who should I add to the shared drive, just you or your designer too?",
                "our office is closed on friday, so any call would need to be before thursday 5pm {tz}",
                "just so you know I'm travelling this month, so it's {tz} for me now",
            ],
            "freelancer": [
                "do you need the files as {fmt} or {fmt2}?",
                "I'll put the figma link in the files section",
                "Is it ok if I send the recordings in batches?",
                "I'm on {tz}, so your morning is my evening. I'll answer first thing",
                "could we move our call to {time}? I have a clash",
                "for the handover I'll record a 10 minute screen video instead of a meeting",
                "which email should I invite to the repository?",
                "I will send the invoice through the platform after the milestone is released, correct?",
                "can you share the brand colours as hex codes?",
                "Do you prefer updates here in the thread or a weekly summary?",
                "zoom or google meet?",
            ],
        },
    ),
    Family(
        "feedback_revision",
        "ok",
        22,
        {
            "client": [
                "can you make the {element} {change}? otherwise love it",
                "the {element} feels too {adj}, could we try something {adj2}?",
                "2 small changes on the {deliverable}: the {element} and the spacing in the footer",
                "not quite what we had in mind, the whole thing should feel more {adj2}",
                "requested changes on the milestone, mostly the {element}",
                "typo in the hero section, 'recieve' should be 'receive'",
                "love the second option! only the {element} needs to be {change}",
                "Our CEO wants the {element} {change}. sorry, last change I promise",
                "the numbers in the dashboard don't match our export for march, can you check?",
                "hmm. not convinced by the {element}. can we see 2 alternatives",
                "The text is too long for mobile, could you shorten the intro to two lines",
                "this is close. {element} {change} and we're done 👌",
                "Overall this is great, I showed it to the team and they liked the direction. A few notes: the {element} feels a bit {adj}, the second section is too long, and could we use real product names instead of lorem ipsum? Otherwise good to go.",
            ],
            "freelancer": [
                "changed the {element} as you asked, let me know if it works better now",
                "do you want me to keep the old {element} as an option?",
                "I made it {change}, but I think the first version reads better. your call",
                "fixed the chart labels and the date filter, please have another look",
                "I addressed all 6 comments, the list is in the files",
            ],
        },
        {
            "change": ["a bit bigger", "less busy", "darker", "more playful", "in our blue"],
            "adj": ["corporate", "busy", "dark", "childish", "plain"],
            "adj2": ["friendly", "premium", "minimal", "bold", "warm"],
        },
    ),
    Family(
        "thanks",
        "ok",
        12,
        {
            "client": [
                "thank you so much, this is perfect!",
                "great work on the {deliverable} 🙌 released the milestone",
                "thanks for the quick turnaround",
                "much appreciated, the team loved the {deliverable}",
                "Thank you {name}, very happy with the result, will hire again",
                "cheers, that's exactly it",
            ],
            "freelancer": [
                "thanks for releasing the payment! pleasure working with you",
                "thank you for the clear brief, it made this easy",
                "thanks for the kind review on my profile, it means a lot",
                "Thank you very much for your trust and patience 🙏",
                "thanks! glad the {deliverable} works for you",
                "ty for the quick feedback",
            ],
        },
    ),
    Family(
        "physical_subject",
        "ok",
        20,
        {
            "client": [
                "for the plumber's website, can we add a page for emergency call-outs and boiler repairs?",
                "I'll send you photos of the {product} we already have, can you retouch them for the shop",
                "the restaurant menu design needs the new dishes: lamb tagine and the lentil soup",
                "the cleaning company site needs a booking form for home cleaning visits",
                "can you write product descriptions for our hand-made {product}",
                "our removals client wants the quote calculator to ask for the number of rooms",
                "we'll print the flyers ourselves at the local print shop, just send a print-ready pdf",
                "I'll take the photos of the cafe interior myself tomorrow and upload them",
                "for the kitchen drawing, the back wall is 3.2m, I measured it yesterday",
                "the delivery tracking screen in the app should show the driver on a map",
                "5 blog posts for our catering business about wedding menus please",
                "could you design the label for our olive oil bottles? the printer in Italy needs it by the 10th",
                "for the garage's google ads, focus on brake repairs and MOT",
                "we need a 3D render of the bathroom renovation so our customer sees it before we build it",
                "our courier brings the fabric samples to our office, I'll scan them and send them to you",
                "design the sign for our bakery window, our sign guy will install it",
                "translate the assembly instructions for our flat-pack desk into German please",
                "the dog walking app should let owners pick a walker and a time slot",
            ],
            "freelancer": [
                "edited the construction site timelapse, the crane part is sped up 4x",
                "for the moving company landing page I used photos of vans from the stock library you picked",
            ],
        },
    ),
    Family(
        "sensitive_ok",
        "ok",
        8,
        {
            "client": [
                "for the security audit, you have written permission to test our own staging server, scope doc is attached",
                "the clinic's sexual health FAQ needs a section on STI testing, plain language please",
                "write the email asking our real customers to leave an honest review after delivery",
                "we bought the theme last year, can you customise it to our colours and add the blog layout",
                "for the staff training, make a short guide showing how phishing emails usually look",
                "our exam prep app needs 100 practice questions for the driving theory test",
            ],
            "freelancer": [
                "the wordpress theme you already bought is fine, I'll only adjust the header and the product grid",
                "for the pharmacy site I kept the medicine names exactly as on the leaflets you sent",
            ],
        },
    ),
]

BAD_FAMILIES = [
    Family(
        "physical_request",
        "excluded.physical",
        17,
        {
            "client": [
                "since you're in {city} too, any chance you could swing by the office {day} and get the printer talking to the wifi again?",
                "small favour outside the website stuff: can you pick up a parcel from the post office for me? I'll add it to the milestone",
                "we need someone to hand out flyers at the market on saturday, you in? same rate",
                "could you come over and mount the TV and run the cables, it's only an hour",
                "our cleaner quit, could you do the office on fridays? I'll make it a milestone",
                "would you drive the samples to our client in {city}? we pay the fuel",
                "need an extra pair of hands moving the stock boxes to the new unit next week, can I add it here",
                "can you be our photographer at the wedding on the 14th? in person obviously 😄",
                "could you cook for the launch party? 30 people, we buy the ingredients",
                "can you check on my mum twice a week, just make sure she is eating. I pay through the contract",
                "the server rack in our basement needs re-cabling, can you come in {day}",
                "pls assemble the 12 desks in the new office, instructions are in the box lol",
                "you said you're handy, the bathroom tap at the studio is leaking, can u have a look in person",
                "can you stand at our booth at the trade fair for 2 days and talk to visitors",
                "the sign you designed needs painting on the shop window itself, can you come and do it",
                "Dear {name}, please come to our shop {day} and install the new cash register and cameras physically. Kindly confirm",
                "so the website's done 🎉 one more thing, totally different: we open the new shop on the 3rd and need someone to put up shelves and price tags the day before. you're local and we trust you, can I add a milestone for that?",
            ],
        },
    ),
    Family(
        "physical_offer",
        "excluded.physical",
        6,
        {
            "freelancer": [
                "btw I also do house cleaning on weekends if you need it, could put it on this contract",
                "I live 10 minutes from your shop, I can come and install the cameras and the router myself for an extra milestone",
                "I can deliver the printed banners to your door myself, just add 40 for petrol",
                "if you want I can be the DJ at your launch night, I'll add it as milestone 3",
                "my brother and I do removals, happy to move your office furniture next week, just add it here",
                "bring the laptop to my place and I'll open it up and fix the fan, add it as a milestone",
            ],
        },
    ),
    Family(
        "off_the_shelf",
        "excluded.off_the_shelf",
        5,
        {
            "client": [
                "do you have a ready-made booking plugin you could just sell me? don't need anything custom",
                "can you get us 20 windows keys cheaper than retail? add it to the milestone",
                "send me the template you made for your other client as it is, I'll pay for a copy, no changes needed",
            ],
            "freelancer": [
                "I have a spare premium theme licence, you can buy it off me and I'll list it as a milestone",
                "my cousin resells design software subscriptions at half price, want me to add 10 seats to the contract?",
            ],
        },
    ),
    Family(
        "off_platform_payment",
        "banned.fraudulent",
        11,
        {
            "client": [
                "the fee here is eating my margin. can we settle the last milestone by bank transfer directly? I'll send my details",
                "let's close this contract and I'll pay you the rest on paypal friends and family, saves us both",
                "just cancel milestone 2 and I'll send the amount in USDT, quicker for me",
                "can you mark it as refunded and I pay you the real amount through revolut?",
                "Hey, quick admin thing. Our finance team has trouble with card payments on this site, they'd rather wire it straight from the company account. Can you send me your bank details and we just mark the milestone as done here?",
                "For next projects we do outside this site, I pay you cash through western union, ok?",
                "I can fund only 100 here, the other 700 I send direct to your account, is fine?",
            ],
            "freelancer": [
                "if you pay me directly on wise I can give you 10% off",
                "next projects let's do them outside of here, my rate drops by the fee amount 😉",
                "no need to fund the milestone, send it to my bank and I start today",
                "The platform is holding my payout, please pay me via payoneer and then we close the contract",
            ],
        },
    ),
    Family(
        "fraud_scheme",
        "banned.fraudulent",
        9,
        {
            "client": [
                "need an email that looks like it comes from {brand} asking customers to re-confirm their card details, for 'security'",
                "make the login page look exactly like {brand}'s, we'll send people the link by text",
                "can you edit this bank statement so the balance shows 25k? it's only for a visa application",
                "I will send some payments to your account, keep 10% and forward the rest to my supplier",
                "we need invoices from a company that doesn't exist yet, with dates from last year, for the tax office",
                "got a list of card numbers, need a script that checks which ones still work on small purchases",
                "write a text pretending to be the parcel company, saying a customs fee is due, with our payment link",
                "set up a giveaway page where people pay the shipping for a phone they will never get",
                "make payslips for 6 months with a higher salary, the bank wants them for the mortgage",
            ],
        },
    ),
    Family(
        "fake_reviews",
        "banned.misleading",
        10,
        {
            "client": [
                "can you write 30 five-star reviews for our shop on google from different 'customers'? vary the names",
                "we need testimonials for the landing page, just make them up, nobody checks",
                "post a few reviews on our competitor's page saying the food made you sick",
                "need 5k followers on the new instagram by launch, buy them wherever is cheapest",
                "leave ratings on the app store from a bunch of accounts, 4 and 5 stars mixed so it looks natural",
                "add some happy customer quotes with stock photos next to them, we don't have real ones yet",
                "can u make like 20 trustpilot accounts and review us? add it to the milestone",
                "the launch went a bit quiet. could you ask a few friends to put nice reviews on the product page? they don't need to buy it, I'll add a small milestone for your time",
            ],
            "freelancer": [
                "I can also boost your listing with 50 verified-looking reviews, small extra milestone",
                "I have a team that upvotes and rates products, want some 5 stars for the launch week?",
            ],
        },
    ),
    Family(
        "coursework",
        "banned.misleading",
        5,
        {
            "client": [
                "my nephew's dissertation is due friday, could you write chapters 2 to 4? he hands it in under his name",
                "write my 2000 word essay on Macbeth, it goes through turnitin so make it original",
                "i need the capstone project code done, i present it as mine next week so comment it like a student",
                "do my statistics assignment for module 3, the uni portal closes sunday",
                "Please write my master thesis literature review, I will submit with my name. Make it sounds not AI",
            ],
        },
    ),
    Family(
        "disinformation",
        "banned.misleading",
        5,
        {
            "client": [
                "make a video of our mayor saying the lines in the script, with his face and voice, it's for the campaign",
                "write articles saying the vaccine causes infertility, signed as if from doctors",
                "edit the clip so it looks like the rival CEO says he is selling the company",
                "a news-style story that the competitor's factory was shut down for health violations (it wasn't)",
                "run 40 pages that share the same fake story about the election date being moved",
            ],
        },
    ),
    Family(
        "account_access",
        "banned.illegal",
        5,
        {
            "client": [
                "can you get into my ex's instagram? i just need to see the messages",
                "the old developer won't answer, can you get into his gmail and find our server password?",
                "write a small program that runs on people's pcs and sends us their saved passwords",
                "track where this girl goes from her phone number, I just want to know who she meets",
                "our competitor's admin panel has a weak login, could you get in and download their customer list",
            ],
        },
    ),
    Family(
        "exam_sitting",
        "banned.illegal",
        2,
        {
            "client": [
                "could you log in as me and do the online exam on thursday? it's proctored by webcam but we can work around it",
                "my certification test is remote, you take it with my account and I'll pay the bonus if I pass",
            ],
        },
    ),
    Family(
        "illegal_goods",
        "banned.illegal",
        3,
        {
            "client": [
                "we sell 'plant food' 😉 online, need the shop to take crypto only and ship discreetly",
                "build a page for selling unregistered handguns, no paperwork, payment on delivery",
                "I need a scan of a driving licence with my photo and another name, it's for a rental",
            ],
        },
    ),
    Family(
        "piracy",
        "banned.illegal",
        2,
        {
            "client": [
                "crack the licence check on the editing software so we don't pay for 15 seats",
                "rip the paid course videos from the other site and put them on our platform for subscribers",
            ],
        },
    ),
    Family(
        "sexual",
        "banned.sexual",
        3,
        {
            "client": [
                "the character art needs a fully explicit nsfw version for our patreon tier",
                "write steamy stories, the more graphic the better, ten a week",
                "can you run the chat account as 'Mia' and flirt sexually with the paying subscribers",
            ],
        },
    ),
]

TYPOS = {
    "tomorrow": "tomorow",
    "definitely": "definately",
    "because": "becuase",
    "please": "pls",
    "really": "realy",
    "which": "wich",
    "thanks": "thx",
    "you": "u",
    "just": "jsut",
    "changes": "chnages",
    "today": "todya",
    "milestone": "milestome",
    "would": "woudl",
    "could": "cuold",
}
EMOJI = ["🙂", "🙏", "👍", "😅", "🙌", "😊", "🤞"]
GREETINGS = ["hi {name}, ", "hey ", "Hello {name}! ", "Good morning, ", "Dear {name}, ", "hiya, "]
STYLES = ["plain", "plain", "plain", "lower", "typo", "emoji", "greet", "terse"]


def _fill(template: str, rng: random.Random, family: Family) -> str:
    values: dict[str, str] = {
        "name": rng.choice(NAMES),
        "city": rng.choice(CITIES),
        "day": rng.choice(DAYS),
        "wd": rng.choice(WEEKDAYS),
        "imgfmt": rng.choice(["PNG", "SVG", "EPS", "vector PDF"]),
        "docfmt": rng.choice(["xlsx", "PDF", "CSV", "docx"]),
        "delta": rng.choice(["$120", "150 eur", "£80", "another 200", "90 usd"]),
        "time": rng.choice(TIMES),
        "tz": rng.choice(TZS),
        "deliverable": rng.choice(DELIVERABLES),
        "extra": rng.choice(EXTRAS),
        "element": rng.choice(ELEMENTS),
        "product": rng.choice(PRODUCTS),
        "brand": rng.choice(BRANDS),
    }
    fmt, fmt2 = rng.sample(FORMATS, 2)
    values.update({"fmt": fmt, "fmt2": fmt2})
    values.update(_prices(rng))
    for slot, options in family.slots.items():
        values[slot] = rng.choice(options)
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    return template.format(**{name: values[name] for name in names})


def _style(text: str, rng: random.Random) -> str:
    style = rng.choice(STYLES)
    if style == "lower":
        return text.lower().replace("'", "")
    if style == "typo":
        words = [w for w in TYPOS if re.search(rf"\b{w}\b", text)]
        for word in rng.sample(words, min(2, len(words))):
            text = re.sub(rf"\b{word}\b", TYPOS[word], text, count=1)
        return text
    if style == "emoji":
        return f"{text} {rng.choice(EMOJI)}"
    if style == "greet" and not re.match(r"(?i)(dear|hi|hey|hello|good morning)\b", text):
        greeting = rng.choice(GREETINGS).format(name=rng.choice(NAMES))
        return greeting + text[:1].lower() + text[1:]
    if style == "terse":
        return text.rstrip(".!?").replace(", ", " ").replace("please ", "")
    return text


def _family_rows(family: Family, rng: random.Random) -> list[dict[str, str]]:
    pairs = [(sender, t) for sender, ts in family.templates.items() for t in ts]
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    order: list[tuple[str, str]] = []
    attempts = 0
    while len(rows) < family.count:
        attempts += 1
        if attempts > 5000:
            raise RuntimeError(f"not enough distinct messages for {family.kind}")
        if not order:
            order = pairs[:]
            rng.shuffle(order)
        sender, template = order.pop()
        filled = _fill(template, rng, family)
        if filled.lower() in seen:
            continue
        seen.add(filled.lower())
        text = _style(filled, rng)
        rows.append(
            {
                "id": f"msg-ho3-{family.kind}-{len(rows) + 1:03d}",
                "title": "",
                "description": text,
                "policy": family.policy,
                "kind": family.kind,
                "sender": sender,
            }
        )
    return rows


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    rows: list[dict[str, str]] = []
    for family in OK_FAMILIES + BAD_FAMILIES:
        rows.extend(_family_rows(family, rng))
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
