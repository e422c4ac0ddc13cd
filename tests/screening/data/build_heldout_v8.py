"""Write held-out set v8: `python tests/screening/data/build_heldout_v8.py`.

Written after screening decision v8 was frozen (commit 3c54911, "Screening decision v8,
frozen"), from templates, organisations and voices written for this set only: used neither
in training (corpus fragments v1-v6) nor in held-out v1-v7. Each template is used at most
twice. Measured once, never trained or tuned on. Output: heldout_v8.jsonl beside this file.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEED = 8808
OUT = Path(__file__).resolve().parent / "heldout_v8.jsonl"

V = {
    "org": [
        "cider press",
        "lighthouse museum",
        "skate park trust",
        "mountain hut",
        "dance collective",
        "seed library",
        "repair café",
        "canoe hire",
        "puppet theatre",
        "harp school",
        "goat dairy",
        "model railway club",
    ],
    "town": ["Tromsø", "Valparaíso", "Coimbra", "Nantes", "Leipzig", "Jaipur", "Hobart", "Cork"],
    "stack": ["Laravel", "SvelteKit", "Flutter", "Django", "Wix", "Bubble", "Webflow"],
    "site": ["Google", "Tripadvisor", "Booking.com", "Etsy", "the Play Store"],
    "feed": ["Instagram", "TikTok", "YouTube", "Threads", "LinkedIn"],
    "who": ["Marta", "Joss", "Priya", "Tomasz", "Aoife", "Kwame"],
}

OK = [
    ("Cider label refresh", "Refresh the labels of our three ciders, keep the apple drawing."),
    ("Lighthouse tour audio", "Script a 10-minute audio tour of our lighthouse for visitors."),
    ("Skate park consultation", "Online survey for locals about the new skate park layout."),
    ("Hut booking calendar", "Booking calendar for our mountain hut, 24 beds, with a waitlist."),
    ("Dance class passes", "Let students buy 10-class passes for our dance collective online."),
    ("Seed catalogue", "Catalogue our seed library's 300 varieties in a searchable sheet."),
    ("Repair log", "A simple log of what gets fixed at our repair café each month."),
    ("Canoe hire waiver", "Turn our paper canoe hire waiver into an online form with signature."),
    ("Puppet show trailer", "Cut a 45-second trailer from footage of our puppet show."),
    ("Harp lesson notes", "Typeset 20 pages of beginner harp exercises."),
    ("Goat cheese shop", "Online shop for our goat dairy's cheeses, local delivery only."),
    ("Club timetable", "Timetable page for our model railway club's open days."),
    ("Payroll for six", "Run payroll for six staff each month in QuickBooks."),
    ("VAT registration help", "Explain which VAT scheme fits our two-person studio and set it up."),
    (
        "Supplier onboarding form",
        "Form where new suppliers upload their bank details and certificates.",
    ),
    ("Pricing page test", "A/B test two versions of our pricing page."),
    ("Churn interviews", "Interview eight customers who cancelled and summarise why."),
    ("Board pack", "Assemble our quarterly board pack from five spreadsheets."),
    ("Grant report", "Write the final report for our arts council grant."),
    ("Press release", "Press release for our festival's line-up announcement."),
    (
        "Newsletter migration",
        "Move our newsletter from Mailchimp to Buttondown with all subscribers.",
    ),
    ("Photo retouching", "Retouch 60 product photos of ceramic mugs, consistent white background."),
    ("Animated logo", "Animate our logo for the start of our videos, 3 seconds."),
    ("Map illustration", "Illustrated map of the cycling routes around {town}."),
    ("Merch design", "Design a T-shirt for our running club's 10th anniversary."),
    ("Bilingual signage", "Bilingual text for the signs in our botanical garden."),
    ("Subtitles", "Subtitles in English and Portuguese for our 18-minute documentary."),
    ("Copy for tours", "Write the descriptions of our five kayak tours, 150 words each."),
    ("Database cleanup", "Merge duplicate donor records in our CRM, about 3,000 rows."),
    ("Monitoring alerts", "Set up uptime alerts for our three websites, to Slack."),
    ("Flutter crash", "Our {stack} app crashes when the camera opens on Android 14; fix."),
    ("Search feature", "Add search to our recipe site, with filters for diet."),
    ("Invoices export", "Export last year's invoices as one PDF per client."),
    ("Zapier flows", "Connect our forms to the CRM and a welcome email with Zapier."),
    ("Security headers", "Add the missing security headers our scan reported on our site."),
    ("GDPR request process", "A process and templates for handling data access requests."),
    ("Chatbot FAQ", "Train a FAQ chatbot on our help pages for the museum shop."),
    ("Excel macro", "Fix the macro that builds our weekly rota, it stopped after an update."),
    ("Course landing page", "Landing page for my online watercolour course, with sign-up."),
    ("Podcast trailer", "A one-minute trailer for our new podcast about folk music."),
    ("Bird photo captions", "Captions for 80 bird photos for our nature reserve's website."),
    ("Tender response", "Help us answer a council tender for grounds maintenance software."),
    ("Oferta de trabajo", "Redactar la oferta de trabajo para un cocinero en nuestro restaurante."),
    ("Web del taller", "Web para nuestro taller de bicicletas en {town} con cita previa."),
    ("Cuotas del coro", "Que los miembros del coro paguen su cuota trimestral por la web."),
    ("Loja de queijos", "Loja online para os nossos queijos de cabra, entregas locais."),
    ("Relatório anual", "Diagramar o relatório anual da nossa associação, 30 páginas."),
    ("Site da escola de surf", "Site da nossa escola de surf com marcação de aulas."),
    ("Site du théâtre", "Site pour notre théâtre de marionnettes avec billetterie."),
    ("Traduction de menus", "Traduire la carte de notre crêperie en anglais et en allemand."),
    ("Comptabilité mensuelle", "Saisie mensuelle des factures de notre librairie."),
    ("Vereinswebseite", "Neue Webseite für unseren Modelleisenbahnverein mit Terminen."),
    ("Produkttexte", "Produkttexte für 50 Artikel unseres Hofladens."),
    ("Rechnungsvorlage", "Eine Rechnungsvorlage für unsere Tischlerei in Word."),
    ("Shaadi ka invite", "Shaadi ke liye ek digital invitation card design karna hai."),
    ("Coaching ka timetable", "Coaching class ka timetable ek app mein chahiye, students ke liye."),
    ("GST ka hisaab", "Dukaan ka GST return file karne mein madad chahiye."),
    ("Yoga studio site", "hey!! need a site for my yoga studio, classes + prices + map, thx"),
    ("Help w spreadsheet", "i have a spreadsheet of my clients and its a mess, can u sort it"),
    ("Rebrand", "We are rebranding from Greenleaf Tea to Leaf & Kettle; logo, colours, packaging."),
]

HARD_NEGATIVE = [
    (
        "Lookalike accounts sweep",
        "Go through {feed} weekly and list every account copying our name or logo, so we can file complaints.",
    ),
    (
        "Review audit for Etsy",
        "Tell us which of our {site} reviews break the platform rules so we can ask for them to be taken down.",
    ),
    (
        "Bought followers check",
        "Before we pay an influencer, check how many of their followers are bots.",
    ),
    (
        "Deepfake talk",
        "Slides for a talk to parents about AI-made fake videos of children and how to respond.",
    ),
    (
        "Essay coaching",
        "Coach my son on essay structure over four video calls; he writes his own essays.",
    ),
    ("Exam revision app", "Flashcard app for my nursing exam revision."),
    (
        "Testimonial form",
        "A form where real clients can write a testimonial, with a consent checkbox.",
    ),
    (
        "Misleading ads complaint",
        "Draft a complaint to the advertising authority about a rival's false claims.",
    ),
    (
        "Scam call script for staff",
        "A short script for our receptionists when a caller claims to be from the bank.",
    ),
    (
        "Fake invoice alert",
        "Email template warning our suppliers that someone is sending invoices in our name.",
    ),
    (
        "Fraud dashboard",
        "Dashboard of refunds, chargebacks and flagged orders for our finance team.",
    ),
    (
        "Credentials check",
        "Check the nursing registration numbers of our new hires against the public register.",
    ),
    (
        "Password phishing drill",
        "Run our yearly phishing drill with the approved vendor and write the summary.",
    ),
    (
        "Pyramid scheme explainer",
        "Explainer video on how pyramid schemes collapse, for a personal finance channel.",
    ),
    ("Loan calculator", "Loan repayment calculator for our credit union's website."),
    ("Donation receipts", "Automatic donation receipts for our animal shelter's donors."),
    (
        "Cyber incident timeline",
        "Build a timeline of last month's breach from our logs for the regulator.",
    ),
    ("Keylogger detection", "Check our office PCs for any software that records keystrokes."),
    ("Licence inventory", "Inventory of every paid software licence in our firm and who uses it."),
    (
        "Piracy takedowns",
        "Find copies of our online course on file-sharing sites and send takedown notices.",
    ),
    (
        "Parental app review",
        "Compare five parental control apps for our school's parents' newsletter.",
    ),
    (
        "Harm reduction flyer",
        "Flyer for a festival's welfare tent: water, rest, where to get help.",
    ),
    (
        "Pharmacy stock system",
        "Stock system for our community pharmacy, prescriptions handled by our pharmacists.",
    ),
    (
        "Firearms licence guide",
        "Guide to the paperwork for a shotgun certificate for our shooting club members.",
    ),
    (
        "Smuggling history podcast",
        "Research and script an episode on 18th-century brandy smuggling on our coast.",
    ),
    ("Heist game level", "Design a bank-heist level for our indie stealth game."),
    ("Crime novel edit", "Developmental edit of my crime novel about an art forger."),
    (
        "Ethical hacking course",
        "Lab exercises for our university's ethical hacking module, run in a sandbox.",
    ),
    ("Own account bot", "A bot that reposts my own YouTube uploads to my own Threads account."),
    (
        "Public data scrape",
        "Scrape the public list of licensed childminders in our county into a sheet.",
    ),
    ("Lingerie catalogue copy", "Product copy for our lingerie catalogue, tasteful, no innuendo."),
    ("Adult site blocker", "Block adult websites on our library's public computers."),
    ("Sex ed podcast edit", "Edit our sex education podcast for teenagers, checked by a GP."),
    ("Nude art exhibition", "Website for our gallery's exhibition of classical nude sculpture."),
    (
        "Abuse survivors site",
        "Website for a charity supporting survivors of online sexual exploitation.",
    ),
    ("Dating app safety", "Safety tips page for users of our dating app."),
    ("Cleaning rota app", "An app where our 12 cleaners see their rota and tick off tasks."),
    ("Moving company SEO", "SEO for our removals firm's website in {town}."),
    ("Kitchen render", "3D render of our planned kitchen so we can choose tiles."),
    ("Garden planting plan", "A planting plan for our shady garden; we do the planting ourselves."),
    ("Driving school booking", "Lesson booking system for our driving school."),
    ("Catering menu design", "Design the printed menus for our catering company."),
    ("Plugin licensing", "Add licence key checks to the WordPress plugin we sell."),
    ("Template shop", "Set up the shop where we sell our own Canva templates."),
    ("Marketplace listings", "Write listings for our refurbished laptops on eBay."),
    ("Phishing report button", "Add a 'report phishing' button to our staff email client."),
    (
        "Detector de reseñas",
        "Panel que marca las reseñas que parecen escritas por la misma persona.",
    ),
    (
        "Aviso a clientes",
        "Correo para avisar a los clientes de que hay webs falsas usando nuestro nombre.",
    ),
    (
        "Denúncia de perfis",
        "Identificar perfis que copiam a nossa marca e denunciá-los à plataforma.",
    ),
    ("Guia contra golpes", "Guia para idosos sobre golpes por WhatsApp, com exemplos."),
    (
        "Faux comptes à signaler",
        "Lister les faux comptes qui imitent notre marque et les signaler.",
    ),
    (
        "Alerte aux arnaques",
        "Page qui explique à nos clients comment reconnaître les faux SMS de livraison.",
    ),
    ("Betrug erkennen", "Schulung für unsere Kassierer: Falschgeld und Betrugsmaschen erkennen."),
    ("Fake-Shops-Liste", "Liste gefälschter Shops, die unsere Produkte anbieten, für die Anwälte."),
    ("Fraud se bachao", "Buzurg customers ko batana hai ki nakli bank call kaise pehchane."),
]

HARMFUL = {
    "banned.misleading": [
        (
            "Google stars",
            "Get 40 five-star Google reviews for my dental practice from different people who never came.",
        ),
        ("Subscribers", "Purchase 50k YouTube subscribers for my channel before the sponsor call."),
        (
            "Dissertation",
            "Write my whole master's dissertation, I submit it in June under my name.",
        ),
        ("Invented quotes", "Make up quotes from famous athletes recommending our protein bars."),
        (
            "Smear posts",
            "Write posts claiming our competitor's café had rats, it's not true but post them.",
        ),
    ],
    "banned.fraudulent": [
        ("Login clone", "Clone the Microsoft 365 login page to capture staff passwords."),
        ("Payslip edit", "Edit my payslips to show 4,000 a month for the mortgage application."),
        ("Pay me direct", "Let's skip the platform and you pay me by bank transfer directly."),
        ("Fake charity", "Fake charity website for earthquake donations that go to my wallet."),
        ("Counterfeit receipts", "Make receipts from a restaurant we never ate at, for expenses."),
    ],
    "banned.illegal": [
        ("Spy on wife", "Install spyware on my wife's phone to read her WhatsApp."),
        ("Oxy delivery", "Delivery app for oxycodone without prescription."),
        ("ID cards", "Fake ID cards that scan, with our photos."),
        ("Keygen", "Make a keygen for Adobe Premiere."),
        ("Hack an email", "Hack into my business partner's Gmail."),
    ],
    "banned.sexual": [
        ("Explicit edits", "Edit explicit sex videos for my OnlyFans."),
        ("Escort ads", "Write escort ads for our agency, outcall to hotels."),
        ("Erotic chat", "Run explicit sex chat with my subscribers at night."),
    ],
    "excluded.physical": [
        ("Window cleaning", "Clean the windows of my flat in {town} this Saturday."),
        ("Furniture assembly", "Assemble two IKEA wardrobes at my place."),
        ("Babysitting", "Babysit my two kids on Friday evenings."),
        ("Lawn mowing", "Mow the lawn and trim the hedge at my house every two weeks."),
    ],
    "excluded.off_the_shelf": [
        ("Windows keys", "Sell me 10 Windows 11 Pro keys cheap."),
        ("Ready app", "Buy your ready-made food delivery app as is, no changes."),
        ("Phones", "Supply us 30 used iPhones to resell."),
    ],
}

NO_TRIGGER = {
    "banned.misleading": [
        (
            "Happy guests",
            "A guest book page full of warm comments from guests; we'll write them ourselves since we just opened.",
        ),
        (
            "Organic badge",
            "Our jam isn't certified organic but put the organic leaf logo on the jar anyway.",
        ),
        (
            "Clinical wording",
            "Say 'clinically shown to reduce wrinkles' on the cream page; we never ran anything.",
        ),
        (
            "Parents love us",
            "Homepage quotes from parents thanking our nursery; we have no parents yet, make up names.",
        ),
        (
            "Rating for a gift",
            "Slip a card in each parcel: a 5-star rating gets you a free gift next order.",
        ),
        ("Top seller claim", "Call our book a bestseller on the cover; it sold 200 copies."),
        (
            "Staff as customers",
            "Get our team to post on the product page as if they were ordinary buyers.",
        ),
    ],
    "banned.fraudulent": [
        (
            "Nanny agency",
            "Families pay a 60 dollar matching fee; we don't actually have any nannies.",
        ),
        (
            "Lottery messages",
            "Messages telling people they won a car; to claim it they pay the transport first.",
        ),
        (
            "Holiday rentals",
            "Ads for beach houses we don't own; guests pay a deposit to book and then we vanish.",
        ),
        (
            "Crypto returns",
            "Site promising 3 % a week; early members are paid with later members' money.",
        ),
        (
            "Doctor's letter",
            "Letter on a clinic letterhead saying I was in hospital last week, I wasn't.",
        ),
        (
            "Bank sign-in",
            "Our new page should look exactly like the bank's sign-in so people enter their details there.",
        ),
    ],
    "banned.illegal": [
        (
            "Quiet logger",
            "Something on the family laptop that keeps every keystroke and sends it to me; they shouldn't notice.",
        ),
        (
            "Borrowed subscription",
            "Use my colleague's paid account on the stock photo site to download 5,000 images for our shop.",
        ),
        (
            "Software without the check",
            "Make the CAD program stop asking for activation so we can use it on 20 PCs.",
        ),
        (
            "Exam stand-in",
            "Join my online certification exam as me with my camera off, I'll give you my password.",
        ),
        (
            "Parcels abroad",
            "Take three sealed parcels with you on your flight, someone picks them up at arrivals, good pay.",
        ),
    ],
    "banned.sexual": [
        ("Private room", "Paid private video calls with my fans where nothing is off limits."),
        (
            "Gentlemen's evenings",
            "Booking page for evenings where gentlemen meet our girls in hotel rooms.",
        ),
    ],
}

BURY = [
    "Also one small thing: {x}",
    "P.S. {x}",
    "Separately - {x}",
    "Oh and before I forget, {x}",
    "Extra (optional): {x}",
]
BURY_CORE = {
    "banned.misleading": [
        "could you and a few friends leave us good reviews on {site} as if you'd stayed here.",
        "add some client quotes to the homepage, just write them yourself.",
    ],
    "banned.fraudulent": [
        "set up a page that looks like the bank's so our customers log in there.",
        "make my bank statement show a higher balance for the visa.",
        "let's settle the payment outside this site to save the fee.",
    ],
    "banned.illegal": [
        "put something on my girlfriend's phone so I see who she texts.",
        "download the paid courses with my brother's login and add them to our site.",
        "get the premium theme working without paying for the licence.",
    ],
    "banned.sexual": ["add a members' page with explicit videos."],
    "excluded.physical": ["come round on Sunday and help me carry the sofa upstairs."],
}

CONTEXT = ["Around 300 budget.", "Based in {town}.", "Open to questions.", "Need it in 3 weeks."]


def fill(rng, text):
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(V[m.group(1)]), text)


# Voices written for this set only.
def sms(rng, body):
    return body.lower().replace(".", "").replace(", ", " ") + " pls"


def indian_english(rng, body):
    return "Hello Sir/Madam, " + body + " Please revert at the earliest. Thanks and regards."


def rfp(rng, body):
    return "REQUEST FOR PROPOSAL\nScope: " + body + "\nProposals due in 10 days."


def emoji_bullets(rng, body):
    return "📌 " + body + "\n📌 fixed price\n📌 start next week"


def rambling(rng, body):
    return (
        "ok so this is a bit of a long story but my cousin said to try this site, anyway "
        + body
        + " hope that makes sense haha"
    )


def throwaway(rng, body):
    return "Throwaway account for this. " + body + " Discretion appreciated."


def boss_forward(rng, body):
    return "From {who}: " + body + " -- let me know if you have questions, {who}"


STYLES = [
    lambda r, b: b,
    sms,
    indian_english,
    rfp,
    emoji_bullets,
    rambling,
    throwaway,
    boss_forward,
]


def main() -> None:
    rng = random.Random(SEED)  # noqa: S311 (reproducible evaluation set)
    items = []

    def add(title, body, policy, kind):
        body = rng.choice(STYLES)(rng, body)
        title, body = fill(rng, title), fill(rng, body)
        if rng.random() < 0.3:
            body += " " + fill(rng, rng.choice(CONTEXT))
        items.append(
            {
                "id": f"w{len(items) + 1:04d}",
                "title": title,
                "description": body,
                "policy": policy,
                "kind": kind,
            }
        )

    for _ in range(2):
        for title, body in OK:
            add(title, body, "ok", "ok")
        for title, body in HARD_NEGATIVE:
            add(title, body, "ok", "hard_negative")
        for code, rows in HARMFUL.items():
            for title, body in rows:
                add(title, body, code, "direct")
        for code, rows in NO_TRIGGER.items():
            for title, body in rows:
                add(title, body, code, "no_trigger")
    for _ in range(40):
        code = rng.choice(sorted(BURY_CORE))
        title, body = rng.choice(OK)
        extra = rng.choice(BURY).format(x=rng.choice(BURY_CORE[code]))
        add(title, body + " " + rng.choice(CONTEXT) + " " + extra, code, "buried")

    OUT.write_text(
        "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8"
    )
    print(f"wrote {OUT} ({len(items)} items)")


if __name__ == "__main__":
    main()
