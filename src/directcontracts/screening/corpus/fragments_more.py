"""More hand-written fragments (second round, issue 13): a broader picture of ordinary work
in many trades and more legitimate work close to each banned or excluded area, so that
unusual but honest briefs are not mistaken for harm. Same shapes as fragments_en.

Written after the first held-out evaluation (held-out v1 is therefore no longer clean
for the model trained with these; held-out v2 was written after this model was frozen).
Nothing here paraphrases the shared dev set."""

OK_MORE = [
    (
        "Hotel revenue report",
        "Weekly revenue and occupancy report for our {biz} from the PMS export.",
    ),
    (
        "Zapier automations",
        "Connect our forms, CRM and invoicing with Zapier so nothing is typed twice.",
    ),
    (
        "Brand voice guide",
        "Write a brand voice guide with do's and don'ts and ten example rewrites.",
    ),
    (
        "Dentist appointment reminders",
        "SMS appointment reminders for our dental clinic through our booking system.",
    ),
    (
        "Physics simulation",
        "Python simulation of heat flow in a metal plate, with plots, for my lab course notes.",
    ),
    ("Flutter bug fixes", "Fix five crashes reported in our Flutter app's Crashlytics."),
    ("Winery tour page", "Tour booking page for our winery with seasonal prices."),
    ("Hiring pipeline in Notion", "Set up a hiring pipeline in Notion with stages and templates."),
    ("Course landing page copy", "Sales page copy for my online pottery course."),
    ("Pricing page A/B test", "Design and analyse an A/B test of our pricing page."),
    ("Map illustrations", "Illustrated map of our town's craft trail for tourists."),
    ("Chatbot intents", "Write the intents and answers for our support chatbot, 60 questions."),
    ("Annual report layout", "Lay out our nonprofit's 24-page annual report in InDesign."),
    ("Real estate listing copy", "Listing descriptions for 15 apartments, accurate and warm."),
    (
        "GDPR data map",
        "Map the personal data our {product} stores and where, for our privacy notice.",
    ),
    ("Logo animation", "Animate our logo for video intros, 3 seconds, with sound."),
    (
        "Churn analysis",
        "Analyse why customers cancel our {product} subscriptions, SQL and a short deck.",
    ),
    ("Bilingual menu", "Translate our restaurant menu into English and German."),
    (
        "Spreadsheet cleanup",
        "Tidy a messy inventory spreadsheet: formulas, validation, a summary tab.",
    ),
    ("Wedding website", "Simple wedding website with RSVP form and travel tips."),
    ("Storybook components", "Document our React components in Storybook with usage notes."),
    ("Press release", "Write a press release announcing our new {biz} location in {city}."),
    ("Grant budget", "Budget spreadsheet and justification for a research grant application."),
    ("Home page hero illustration", "Hero illustration for our {product} home page, flat style."),
    (
        "Mentoring for junior developer",
        "Weekly mentoring calls for a junior developer on our team.",
    ),
    ("Sales deck refresh", "Refresh our sales deck: fewer words, clearer charts, our new colours."),
    (
        "Restaurant reservation system",
        "Set up an online reservation system for our restaurant with deposits for groups.",
    ),
    ("Inventory forecasting", "Forecast stock for our {biz} from two years of sales data."),
    ("Song mixing", "Mix and master three songs for our band's EP."),
    (
        "Tax residency research",
        "Research tax residency rules for a freelancer moving to {city}, with sources.",
    ),
    ("Kids' coding club", "Plan ten lessons of a Scratch coding club for 9-year-olds."),
    ("Tenant handbook", "Write a friendly handbook for tenants of our student housing."),
    ("Clinic FAQ", "Write FAQs for a fertility clinic's website, reviewed by our doctors."),
    ("Probate paperwork help", "Organise probate paperwork and a timeline for our family, remote."),
    ("Museum audio guide", "Script a 20-stop audio guide for a small maritime museum."),
    ("Farm shop website", "Website for our farm shop with weekly veg box orders."),
    ("Event photography edit", "Edit photos from our charity gala, 300 images, colour and crops."),
    (
        "Warehouse WMS config",
        "Configure our warehouse management system's pick routes and reports.",
    ),
    (
        "Construction bid documents",
        "Prepare bid documents and a bill of quantities for a school refurbishment.",
    ),
    ("Bakery Instagram", "Plan and write captions for our bakery's Instagram for a month."),
    ("Legal contract review", "Review a supplier contract for our {biz} and flag risky clauses."),
    ("Fitness programme PDF", "Design a 12-week fitness programme PDF for my coaching clients."),
    ("Choir sheet music", "Engrave sheet music for 8 choir arrangements in MuseScore."),
    ("Subtitles in French", "French subtitles for our 40-minute documentary."),
    (
        "Farm drone mapping",
        "Process drone images of our fields into NDVI maps; we fly the drone ourselves.",
    ),
]

HARD_NEGATIVE_MORE = {
    "misleading": [
        (
            "Review authenticity score",
            "Score each {site} review for authenticity and show suspicious clusters on a map.",
        ),
        (
            "House rules for our community",
            "House rules for our Discord: no bought followers, no fake giveaways, no sock puppets.",
        ),
        (
            "Paid-review disclosure copy",
            "Write the disclosure text for influencers we pay, so every sponsored post is labelled.",
        ),
        (
            "Essay writing course",
            "Teach a six-week course on essay writing for first-year students.",
        ),
        (
            "Rating prompt timing",
            "Decide when our app asks happy users to rate it, honest prompts only.",
        ),
        (
            "Misinformation classifier",
            "Train a classifier that labels health misinformation for our fact-checkers.",
        ),
    ],
    "fraudulent": [
        (
            "Card testing alerts",
            "Alert when many small card payments fail in a row on our checkout.",
        ),
        (
            "Fake invoice awareness",
            "Email to our suppliers warning about fake invoices sent in our name.",
        ),
        (
            "Prohibited items page",
            "Write our marketplace's prohibited items page: counterfeit goods and fake documents are banned.",
        ),
        ("Refund abuse analysis", "Analyse refund requests for abuse patterns and propose rules."),
        ("Scam report form", "Form where users report scam messages, routed to our trust team."),
    ],
    "illegal": [
        (
            "Defence lawyer articles",
            "Articles for a criminal defence lawyer on drug charges and court procedure.",
        ),
        (
            "Forensic report formatting",
            "Format a forensic toxicology report on overdose cases for court.",
        ),
        (
            "Hospital opioid audit",
            "Dashboard that audits opioid dispensing in our hospital pharmacy.",
        ),
        (
            "Public data scraper",
            "Scrape the public company register into a spreadsheet for market research.",
        ),
        (
            "Automate my own posting",
            "Automate posting to my own {social} and Mastodon accounts from RSS.",
        ),
        (
            "Heist novel proofread",
            "Proofread my heist novel; in one chapter the crew forges documents.",
        ),
        ("Password reset flow", "Build a secure password reset flow for our users."),
        (
            "Software asset inventory",
            "Inventory which licences we own and flag unlicensed installs to remove.",
        ),
    ],
    "sexual": [
        (
            "Urology clinic copy",
            "Clinical website copy for a urology clinic, including erectile dysfunction.",
        ),
        ("Sex therapist practice site", "Calm, professional website for a licensed sex therapist."),
        (
            "Moderation of explicit uploads",
            "Review queue tool so moderators remove explicit uploads fast.",
        ),
        (
            "Romance manuscript edit",
            "Developmental edit of a romance novel, closed-door, nothing explicit.",
        ),
    ],
    "physical": [
        (
            "Moving company comic",
            "Illustrate a funny comic about moving day for a removals company's ads.",
        ),
        (
            "Renovation timelapse animation",
            "3D animation of a kitchen renovation for a contractor's website.",
        ),
        ("Cleaning spray video script", "Script a 30-second ad for our eco cleaning spray."),
        ("Cake illustrations", "Illustrate our signature cakes for the bakery's website."),
        ("Gardening course editing", "Edit a video gardening course we filmed in our garden."),
        (
            "Handyman booking site",
            "Booking website for a handyman business with a price calculator.",
        ),
    ],
    "off_the_shelf": [
        (
            "Licence server for our app",
            "Build the licence server for our desktop app: activation, seats, renewals.",
        ),
        (
            "Marketplace for used bikes",
            "Build a marketplace where people sell used bikes to each other.",
        ),
        ("Packaging design", "Design packaging for our phone accessories."),
    ],
}
