"""Third round of hand-written fragments (issue 13, screening v5): ordinary work from trades
the earlier rounds never named, so that plain words ("orders", "customers", "page",
"accounts") stop reading as harm; legitimate work close to each banned or excluded area in
new phrasings (measuring, blocking, teaching, licensed practice, fiction, QA); harm with no
trigger word in new shapes; and frames (how people open and close a brief) that are
applied to every kind of item alike, so that a voice is never evidence of harm.

Written after decision v4 was frozen and after reading held-out v1-v4's aggregate figures
and failures (v1-v4 are therefore not clean for the model trained with these; held-out v5
is written after v5 is frozen). Nothing here copies the shared dev set.
"""

OK_V5 = [
    ("Order status page", "A page where our customers type an order number and see its status."),
    (
        "Customer accounts area",
        "Customer accounts on our {product} site: sign-in, orders, invoices.",
    ),
    ("Returns form", "Online returns form for our {biz}: reason, photos, label by email."),
    ("Loyalty card app", "Digital loyalty card for our {biz}: stamps, rewards, push reminders."),
    ("Parish newsletter", "Monthly newsletter template for our parish, easy to edit in Canva."),
    ("Allotment waiting list", "A small web form and spreadsheet for our allotment waiting list."),
    (
        "Choir sheet music archive",
        "Catalogue our choir's sheet music in Airtable with a search view.",
    ),
    ("Tide table widget", "A widget for our sailing club site that shows today's tides."),
    ("Ferry timetable PDF", "Redesign our ferry timetable PDF so it reads well on phones."),
    ("Beekeeping course notes", "Edit and lay out my beekeeping course notes, 40 pages."),
    ("Library opening hours bot", "A chatbot that answers questions about library opening hours."),
    ("Farm shop price labels", "Printable price label templates for our farm shop."),
    (
        "Orchestra programme notes",
        "Programme notes for our orchestra's spring concert, 1,200 words.",
    ),
    ("Museum audio guide", "Write and record a 12-stop audio guide script for our local museum."),
    ("Podcast show notes", "Show notes and timestamps for {n} episodes of our gardening podcast."),
    ("Vet clinic intake form", "Digital intake form for new patients at our {biz}."),
    ("Wedding seating chart tool", "A drag-and-drop seating chart for our wedding planning site."),
    ("Fleet maintenance tracker", "Spreadsheet to track services and MOT dates for our 14 vans."),
    ("Sales tax setup", "Configure sales tax rules for our Shopify store in three states."),
    ("Bank reconciliation", "Reconcile six months of bank transactions in Xero for our {biz}."),
    ("Payroll spreadsheet", "Monthly payroll spreadsheet for 9 staff with holiday accrual."),
    ("Cap table model", "Build a cap table model for our seed round with two scenarios."),
    ("Investor update", "Edit our quarterly investor update so it is shorter and clearer."),
    ("Supplier comparison", "Compare five packaging suppliers on price, minimums and lead time."),
    ("Survey analysis", "Analyse our member survey (600 answers) and write a two-page summary."),
    ("Heat map of visits", "Heat map of store visits by hour from our till data."),
    ("Inventory sync", "Keep stock levels in sync between our shop and our {tech} backend."),
    ("CSV import fix", "Our CSV import drops rows with accents; find and fix the bug."),
    ("Slow checkout", "Our checkout takes 8 seconds; profile it and make it faster."),
    ("Accessibility fixes", "Fix the contrast and keyboard issues an accessibility audit found."),
    ("Password reset emails", "Password reset emails from our app land in spam; fix SPF and DKIM."),
    ("Two-factor sign-in", "Add two-factor sign-in with an authenticator app to our portal."),
    ("Backups", "Set up nightly encrypted backups of our database to S3, with a restore test."),
    ("Server move", "Move our {tech} app from a VPS to a managed host with no downtime."),
    ("Docker setup", "Dockerise our {tech} app so new developers can run it in one command."),
    ("Unit tests", "Write unit tests for our billing module, aim for 80 % coverage."),
    ("API documentation", "Document our public API with examples in three languages."),
    ("Mobile app store listing", "Screenshots and store text for our app's App Store listing."),
    ("Game sound effects", "Forty sound effects for a cosy farming game: tools, animals, UI."),
    ("Pixel art tiles", "Pixel art tileset for a dungeon level, 16x16, 120 tiles."),
    ("Children's book illustrations", "Twelve watercolour illustrations for a picture book."),
    ("Album cover", "Album cover artwork for our folk band's second record."),
    ("Music mixing", "Mix and master four songs recorded at home, acoustic."),
    ("Video subtitles", "Subtitles in English and Spanish for six training videos."),
    ("Wedding video edit", "Edit raw wedding footage into a 5-minute highlight film."),
    ("Product photos retouching", "Retouch 60 product photos: white background, consistent light."),
    ("Real estate floor plans", "Redraw 10 scanned floor plans as clean 2D plans."),
    ("Interior mood board", "Mood board and colour scheme for our café's new interior."),
    ("Garden design plan", "A planting plan drawing for a small courtyard garden, remote."),
    (
        "Kitchen renovation render",
        "3D render of our kitchen renovation from the architect's plans.",
    ),
    ("Recipe costing", "Cost every recipe on our menu and suggest prices."),
    ("Meal plan PDF", "A four-week vegetarian meal plan PDF with shopping lists."),
    ("Fitness app copy", "Onboarding copy for our fitness app, friendly and short."),
    ("Online yoga schedule", "Class schedule and booking page for our online yoga classes."),
    ("Tutoring website", "Website for my maths tutoring with prices and a contact form."),
    ("Lesson slides", "Slides for {n} history lessons on the industrial revolution, year 9."),
    ("Quiz questions", "Write 200 multiple-choice pub quiz questions with answers."),
    ("Exam revision cards", "Revision flashcards for GCSE biology from my teacher's notes."),
    (
        "Scholarship essay feedback",
        "Give feedback on my scholarship essay draft; I will rewrite it.",
    ),
    ("CV redesign", "Redesign my CV in two pages, keep the content."),
    ("LinkedIn profile", "Rewrite my LinkedIn summary and headline, I'm a nurse moving into UX."),
    ("Cover letter edit", "Proofread my cover letter for a lab technician job."),
    ("Legal template review", "Review our freelance contract template for plain language."),
    ("Privacy policy", "Write a privacy policy for our newsletter and contact form."),
    ("Terms of sale", "Terms of sale for our online ceramics shop, UK customers."),
    ("Trademark search", "Search existing trademarks for our new brand name in the EU."),
    ("Grant application", "Help write a grant application for our community garden."),
    ("Fundraising page", "Copy and images for our crowdfunding page for a youth football club."),
    ("Charity annual review", "Design an 8-page annual review for our charity."),
    ("Event registration", "Registration form and badges for a 300-person conference."),
    ("Volunteer rota", "Shared volunteer rota with reminders for our food bank."),
    ("Church website", "Update our church website: service times, events, sermons page."),
    ("Town council minutes", "Turn meeting recordings into clear minutes, twice a month."),
    ("Transcription", "Transcribe eight interviews, about 6 hours of audio, for my thesis."),
    ("Data entry", "Type 400 handwritten survey forms into a spreadsheet."),
    ("Research assistant", "Find and summarise 30 papers on urban heat islands."),
    ("Market sizing", "Estimate the market size for electric cargo bikes in {city}."),
    ("Competitor review", "Review five competitors' pricing pages and summarise what they do."),
    ("Customer interviews", "Run and summarise ten customer interviews over video."),
    ("Help center articles", "Write 20 help center articles for our booking software."),
    ("Support macros", "Write canned replies for our support team's most common questions."),
    ("Email automation", "Welcome email sequence of five emails for new subscribers."),
    ("Google Ads setup", "Set up and run a Google Ads campaign for our {biz}, 3 months."),
    ("Social media calendar", "Content calendar for our {social} account, 12 posts a month."),
    ("Influencer brief", "Write a brief for the creators we sponsor, with disclosure rules."),
    ("Brand photography plan", "Plan a brand photo shoot: shot list, props, styling notes."),
    ("Packaging design", "Packaging design for our new tea range, three flavours."),
    ("Label design", "Label design for our craft gin, matching our brand colours."),
    ("Menu design", "Design our new menu with allergens clearly marked."),
    ("Signage design", "Design the wayfinding signs for our coworking space (files only)."),
    ("Map for a trail", "Illustrated map of a walking trail for our tourism office."),
    ("Logo refresh", "Refresh our 20-year-old logo without losing recognition."),
    ("Pitch deck", "Design a 12-slide pitch deck from our notes."),
    ("Financial model", "Three-year financial model for a small bakery chain."),
    ("Excel macros", "Automate our weekly Excel report with a macro."),
    ("Power BI dashboard", "Sales dashboard in Power BI from our CRM export."),
    ("SQL report", "SQL query for monthly active customers by region."),
    (
        "Web scraping of public prices",
        "Collect public prices of 200 products from our own supplier's catalogue.",
    ),
    (
        "Machine learning forecast",
        "Forecast weekly demand for our {product} from two years of sales.",
    ),
    ("Chat widget", "Add a live chat widget to our site and route it to our support inbox."),
    ("WordPress update", "Update WordPress and plugins on our site and fix what breaks."),
    ("Website speed", "Improve our site's Core Web Vitals on mobile."),
    ("Domain and email", "Move our domain and email to a new provider."),
    ("Translation of app strings", "Translate 1,800 app strings into Portuguese and Italian."),
    ("Technical translation", "Translate a machine manual from German into English."),
    ("Localisation review", "Check our French website for awkward translations."),
    ("Voice-over", "Warm female voice-over for a 90-second explainer video."),
    ("Explainer animation", "60-second animated explainer for our booking app."),
    ("Course video editing", "Edit 14 course videos: cuts, captions, intro and outro."),
    ("Photo restoration", "Restore and colourise five old family photos."),
    ("Genealogy research", "Research my family tree from parish records online."),
    ("Book formatting", "Format my novel for Kindle and print."),
    ("Book cover", "Cover design for a cosy mystery novel."),
    ("Developmental edit", "Developmental edit of my 80,000-word fantasy novel."),
    ("Song lyrics", "Write lyrics for a birthday song for my grandmother."),
    ("Speech writing", "Write a five-minute best man's speech from my notes."),
    ("Poster for a play", "Poster for our amateur theatre's spring play."),
    ("Calligraphy files", "Digital calligraphy of 40 names for place cards."),
    ("CAD drawing", "Turn a hand sketch of a shelf bracket into a CAD drawing for laser cutting."),
    ("PCB layout", "PCB layout for a small sensor board from our schematic."),
    ("Arduino code", "Arduino code for a greenhouse temperature and humidity logger."),
    ("Structural calculation", "Structural calculations for a timber pergola, stamped drawings."),
    ("Energy report", "Energy efficiency report for our office from the meter data."),
]

# area -> (title, body): legitimate work that names a harm from the outside.
HARD_NEGATIVE_V5 = {
    "misleading": [
        (
            "Fake follower estimate",
            "Estimate what share of an influencer's followers are bots before we sponsor them.",
        ),
        (
            "Review authenticity report",
            "Report on which of our product reviews look bought, so we can report them.",
        ),
        ("Bot traffic analysis", "Analyse our web traffic and separate bot visits from real ones."),
        (
            "Deepfake awareness talk",
            "Slides for a talk to pensioners on how deepfake calls work and how to hang up.",
        ),
        ("Fact-check database", "A database of debunked claims for our newsroom's fact-checkers."),
        (
            "Academic integrity policy",
            "Write our college's academic integrity policy: contract cheating is banned.",
        ),
        (
            "Essay feedback",
            "Mark my practice essay and explain the grade; I write the final one myself.",
        ),
        (
            "Test users for QA",
            "Create test user accounts with made-up names in our staging app for QA.",
        ),
        (
            "Persona cards",
            "Design persona cards of invented customers for a UX workshop, labelled as fictional.",
        ),
        (
            "Satire sketch",
            "Write a clearly labelled satire sketch about a fake news anchor for our comedy night.",
        ),
        (
            "Review request emails",
            "Emails asking real customers, after delivery, to leave an honest review.",
        ),
        (
            "Engagement audit",
            "Audit our {social} engagement and tell us which likes come from bot networks.",
        ),
    ],
    "fraudulent": [
        (
            "Scam warning page",
            "A page for our bank's customers listing current scam texts and what to do.",
        ),
        (
            "Phishing training",
            "Phishing awareness training for our staff with a quiz, approved by IT.",
        ),
        (
            "Fraud rules engine",
            "Rules that flag card payments from new accounts with mismatched countries.",
        ),
        (
            "Scam victims helpline",
            "Website for a helpline that supports people who lost money to scams.",
        ),
        (
            "Invoice fraud checklist",
            "Checklist for our accounts team to spot fake supplier invoices.",
        ),
        ("Chargeback workflow", "Chargeback and dispute workflow for our online shop."),
        (
            "Forged certificate detection",
            "Tool that checks if an uploaded certificate matches the issuer's register.",
        ),
        (
            "Money laundering training",
            "Anti-money-laundering training slides for new bank tellers.",
        ),
        (
            "True crime episode",
            "Research notes for a podcast episode about a famous Ponzi scheme trial.",
        ),
        (
            "Refund for cancelled orders",
            "Automate refunds for orders we can't ship because of stock outs.",
        ),
    ],
    "illegal": [
        (
            "Drug policy brief",
            "Policy brief on harm reduction services for a city health department.",
        ),
        ("Pharmacy website", "Website for our licensed pharmacy with prescription upload."),
        (
            "Malware lab write-up",
            "Analyse a ransomware sample in our lab for a security firm and write a report.",
        ),
        ("Pentest report", "Penetration test of our own web app with a signed scope letter."),
        (
            "Lock-picking novel",
            "Proofread a heist novel where the crew picks locks and forges IDs.",
        ),
        ("Weapons law summary", "Summarise firearm transport laws for a hunting club newsletter."),
        (
            "Software licence audit",
            "Audit our company's software licences and remove unlicensed copies.",
        ),
        ("DRM-free shop", "Online shop for my own DRM-free ebooks."),
        ("Spyware check", "Check my phone for stalkerware; I think my ex installed something."),
        (
            "Exam prep course",
            "Online prep course for the driving theory test with practice quizzes.",
        ),
    ],
    "sexual": [
        (
            "Sex education videos",
            "Animated sex education videos for teenagers, approved by the school.",
        ),
        ("Adult site blocker", "Router setting and app that blocks adult sites for our kids."),
        ("Lingerie shop photos", "Product photo edits for our lingerie shop, catalogue style."),
        ("Romance novel edit", "Line edit of a romance novel, closed-door, no explicit scenes."),
        ("Content moderation guide", "Guide for moderators on removing nudity from our art forum."),
        (
            "Sexual health clinic site",
            "Website for a sexual health clinic: testing, booking, advice.",
        ),
        (
            "Dating app safety copy",
            "Safety tips copy for our dating app: meeting in public, reporting.",
        ),
    ],
    "physical": [
        (
            "Cleaning company bookings",
            "Booking system for our cleaning company with recurring visits.",
        ),
        ("Removals quote tool", "Online quote calculator for a removals firm based on rooms."),
        ("Catering menu design", "Design the menu cards for our catering business."),
        ("Plumbing firm SEO", "SEO for our plumbing firm's website in {city}."),
        ("Gardening video course", "Edit a video course on pruning fruit trees."),
        ("Home care rota software", "Rota software for a home care agency's 40 carers."),
        (
            "Building survey report layout",
            "Lay out our building survey reports in a clean template.",
        ),
    ],
    "off_the_shelf": [
        ("Theme customisation", "Customise the premium theme we bought to match our brand."),
        ("Licence management", "Dashboard to track which staff have which software licences."),
        ("Template setup", "Set up the Notion template we purchased for our team."),
        ("Shop for my prints", "Online shop for the art prints I make myself."),
        ("Plugin configuration", "Configure our booking plugin and connect it to our calendar."),
    ],
}

# code -> (title, body): harm said without the usual words.
NO_TRIGGER_V5 = {
    "banned.fraudulent": [
        (
            "Loan website",
            "Site for quick loans: people pay an approval fee up front, and the loan is never paid out.",
        ),
        (
            "Coupon extension",
            "Browser extension that quietly swaps in our affiliate code on every purchase.",
        ),
        (
            "Rental listings",
            "List flats we don't own, take holding deposits by transfer, then stop replying.",
        ),
        (
            "Charity appeal",
            "Appeal for a flood charity that doesn't exist; donations go to my account.",
        ),
        (
            "Supplier invoices",
            "Send invoices to companies for services we never provided; many just pay.",
        ),
        (
            "Ticket resale",
            "Sell concert tickets we don't have and delete the page after the payouts.",
        ),
        (
            "Investment club",
            "Members' returns are paid from the deposits of newer members; write the brochure.",
        ),
    ],
    "banned.misleading": [
        (
            "Ratings boost",
            "Friends and family leave five stars on our page; I refund their orders after.",
        ),
        (
            "Happy clients page",
            "Page of client stories with names and photos we picked from a stock site.",
        ),
        ("Award badge", "Put an 'award-winning' badge on our site; we never entered anything."),
        ("Thesis", "I need my dissertation written start to finish; I'll submit it under my name."),
        ("Online test help", "Be on a call with me during my online exam and feed me the answers."),
        ("Comments wave", "Post hundreds of comments praising our bill from many different names."),
    ],
    "banned.illegal": [
        (
            "Typing recorder",
            "Small program for the office PCs that saves everything staff type, without telling them.",
        ),
        (
            "Shared login",
            "Get the course videos through a friend's paid login and upload them to our site.",
        ),
        (
            "Passport template",
            "Editable passport template that looks like the real thing, any name.",
        ),
        ("Free software", "Give me a copy of the design suite that works without paying, patched."),
        (
            "Parcels",
            "Pick up parcels for me at the border and don't ask what's in them; cash only.",
        ),
    ],
    "banned.sexual": [
        ("Private shows", "Manage bookings for my private after-dark video shows for paying men."),
        ("Adult stories", "Very graphic bedroom stories for my paid subscribers, no limits."),
        ("Companion agency", "Website for our agency where gentlemen book girls for the night."),
    ],
}

# How people open and close a brief, in registers the earlier rounds lacked. Applied to
# every kind of item alike (compose.py), so that none of them is evidence of harm.
FRAMES = [
    ("so um, ", " anyway that's it really"),
    ("Hiya! ", " Ta!"),
    ("To whom it may concern, ", " Yours faithfully."),
    ("Ticket #4471: ", ""),
    ("Brief: ", " Deadline: {deadline}."),
    ("Context: small team, first project here. ", ""),
    ("", " (posting for my boss)"),
    ("", " Budget is {budget}, negotiable."),
    ("Looking for a freelancer. ", " Please include a rough quote."),
    ("Re: project. ", " Best, {person}"),
    ("okay so ", " lmk"),
    ("Good afternoon, ", " Kind regards."),
    ("Hola! (English is fine) ", ""),
    ("Quick favour: ", " thanks a million"),
    ("Our needs: ", " Questions welcome."),
    ("", " Sorry for the long message, I'm not good at this."),
    ("Project summary - ", " - end of summary."),
    ("Job: ", " Start asap."),
]
