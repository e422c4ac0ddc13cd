"""English fragments for the training corpus, written by hand for this project.

Each entry is (title, description) with slots filled by compose.py: {biz} {city} {site}
{social} {tech} {product} {n} {N} {deadline} {budget} {person}.
"""

# --- Ordinary legitimate work ---------------------------------------------------------------
OK = [
    (
        "Landing page for our {biz}",
        "Build a responsive one-page site for our {biz} in {city} with opening hours, a menu of services and a contact form.",
    ),
    (
        "{tech} dashboard for our {product}",
        "We need an admin dashboard in {tech} showing signups, churn and revenue charts from our REST API.",
    ),
    (
        "Logo refresh",
        "Refresh the logo of our {biz}: keep the shape, modernise the type, deliver SVG and PNG.",
    ),
    (
        "Fix a checkout bug",
        "Orders with more than {n} items fail at checkout in our {tech} shop. Debug it, add a regression test and deploy.",
    ),
    (
        "Monthly newsletter copy",
        "Write a friendly monthly newsletter for our {biz}: news, one tip, one offer. About 400 words.",
    ),
    (
        "Translate our website into Spanish",
        "Translate about {N} words of product pages from English to Spanish, keep the tone casual.",
    ),
    (
        "Bookkeeping for a small business",
        "Reconcile our bank feed in Xero every month and prepare the VAT return for our {biz}.",
    ),
    (
        "Explainer video",
        "A 60-second animated explainer for our {product}, script included, voice-over in English.",
    ),
    (
        "SEO audit",
        "Audit the SEO of our {biz} website, list the top fixes and rewrite the meta descriptions.",
    ),
    (
        "Data cleaning in Python",
        "Deduplicate and standardise {N} rows of customer records, output a clean CSV and the notebook.",
    ),
    (
        "Podcast editing",
        "Edit {n} episodes of our interview podcast: remove ums, level the audio, add intro music.",
    ),
    (
        "Mobile app prototype",
        "Clickable Figma prototype for our {product}, about {n} screens, iOS and Android.",
    ),
    (
        "Write product descriptions",
        "Write {n} product descriptions for our online {biz} shop, 80-120 words each.",
    ),
    (
        "Migrate to PostgreSQL",
        "Move our {tech} app from MySQL to PostgreSQL with zero downtime and a rollback plan.",
    ),
    (
        "Social media calendar",
        "Plan a month of {social} posts for our {biz}: captions, hashtags and a posting schedule.",
    ),
    (
        "Pitch deck design",
        "Design a 12-slide pitch deck for our {product} seed round, using our brand colours.",
    ),
    (
        "Resume and LinkedIn rewrite",
        "Rewrite my CV and LinkedIn profile for product manager roles in {city}.",
    ),
    (
        "Illustrations for a children's book",
        "Twelve full-page watercolour-style illustrations for a picture book about a brave snail.",
    ),
    (
        "Grant application help",
        "Help our {biz} nonprofit write a grant application to a city arts fund, about 3,000 words.",
    ),
    (
        "Excel model for cash flow",
        "Build a 24-month cash-flow model in Excel for our {biz} with scenarios.",
    ),
    (
        "Wedding video edit",
        "Edit our wedding footage into a 5-minute highlight film and a full ceremony cut.",
    ),
    (
        "API integration",
        "Connect our {product} to Stripe billing and send receipts through Postmark.",
    ),
    (
        "Legal review of terms",
        "Review the terms of service of our {product} for GDPR issues and suggest edits.",
    ),
    (
        "Voice-over in German",
        "Record a German voice-over for a 3-minute training video, script provided.",
    ),
    (
        "Brand photography retouching",
        "Retouch {n} product photos for our {biz}: white background, consistent shadows.",
    ),
    (
        "Chatbot for customer support",
        "Build a support chatbot that answers FAQs from our help center articles.",
    ),
    (
        "Accessibility fixes",
        "Fix the accessibility issues axe finds on our {tech} site and document them.",
    ),
    (
        "Market research report",
        "Research the market for {product}s in {city}: competitors, prices, audience.",
    ),
    (
        "Write a user manual",
        "Write the user manual for our {product}, about {n} pages with screenshots.",
    ),
    (
        "Math tutoring",
        "Weekly online tutoring in algebra for my 14-year-old, one hour on Tuesdays.",
    ),
    (
        "Recipe blog posts",
        "Write {n} recipe posts for my food blog with SEO titles and step photos briefs.",
    ),
    (
        "3D render of a kitchen",
        "Photorealistic 3D renders of a kitchen design from our floor plan, three angles.",
    ),
    (
        "Unity game prototype",
        "Prototype a 2D puzzle game in Unity with five levels and a level editor.",
    ),
    ("Email automation", "Set up welcome and abandoned-cart flows in Klaviyo for our {biz} shop."),
    (
        "Data analysis of survey",
        "Analyse our survey of {N} respondents in R and write a short report with charts.",
    ),
    (
        "Website speed optimisation",
        "Our {tech} site loads in 6 seconds; get it under 2 and explain what you changed.",
    ),
    (
        "Proofread a novel manuscript",
        "Proofread my 80,000-word fantasy manuscript for typos and consistency.",
    ),
    ("Online course slides", "Design slides for a 6-module online course about personal finance."),
    (
        "Shopify theme customisation",
        "Customise our purchased Shopify theme: new header, product badges, size guide.",
    ),
    (
        "Set up Google Workspace",
        "Set up Google Workspace for our team of {n}, migrate mailboxes from Outlook.",
    ),
    (
        "Write job descriptions",
        "Write {n} job descriptions for engineering roles at our {product} startup.",
    ),
    ("Music for a video game", "Compose 5 loopable chiptune tracks for our indie platformer."),
    (
        "Virtual assistant for inbox",
        "Remote virtual assistant to sort my inbox and schedule meetings, 10 hours a week.",
    ),
    ("Infographic design", "Turn our annual report figures into two infographics for {social}."),
    (
        "Kubernetes deployment",
        "Move our three services to Kubernetes with Helm charts and CI on GitHub Actions.",
    ),
    (
        "Interior design moodboard",
        "Online moodboard and shopping list for a Scandinavian living room, remote only.",
    ),
    (
        "Legal translation",
        "Certified translation of a commercial lease from Portuguese to English.",
    ),
    (
        "Architecture drawings",
        "AutoCAD drawings for a small extension to our house, for the planning application.",
    ),
    ("Business plan", "Write a business plan for a {biz} in {city} with a three-year forecast."),
    ("WordPress plugin", "Custom WordPress plugin that lists our events from a Google Sheet."),
]

# --- Hard negatives: legitimate work that names something harmful ------------------------
HARD_NEGATIVE = {
    "misleading": [
        (
            "Fake review detector",
            "Build a classifier that flags fake reviews on our {site} listings using text and account signals.",
        ),
        (
            "Review moderation guidelines",
            "Write moderation guidelines for our marketplace: what counts as a paid or fake review and how to remove it.",
        ),
        (
            "Ask customers for reviews",
            "Set up an email that asks our real customers to leave an honest review on {site} after delivery.",
        ),
        (
            "Bot follower audit",
            "Audit our {social} account, list the bot followers and remove them so our stats are honest.",
        ),
        (
            "Respond to reviews",
            "Write polite replies to our {n} most recent {site} reviews, including the negative ones.",
        ),
        (
            "Research on astroturfing",
            "Literature review on astroturfing and review manipulation for my master's thesis, with citations.",
        ),
        (
            "User personas",
            "Create three fictional customer personas for our UX workshop, clearly marked as fictional.",
        ),
        (
            "Testimonials page",
            "Design a testimonials page using the {n} quotes our real clients sent us, with their permission.",
        ),
        (
            "Fact-checking service",
            "Fact-check {n} viral claims about our industry and write short debunks with sources.",
        ),
        (
            "Disinformation research dashboard",
            "Dashboard that tracks disinformation narratives on {social} for a newsroom.",
        ),
        (
            "Deepfake detection",
            "Evaluate three deepfake detection models on our video dataset and report accuracy.",
        ),
        (
            "Satire newsletter",
            "Write a weekly satire newsletter about office life, clearly labelled as satire.",
        ),
        (
            "Essay feedback",
            "Give feedback on my essay drafts: structure, argument and grammar. I write and submit it myself.",
        ),
        (
            "Statistics tutoring",
            "Tutor me in statistics so I can do my own homework; explain the concepts, no doing the graded work.",
        ),
        (
            "Proofreading a thesis",
            "Proofread my PhD thesis for grammar and citation format before I submit it.",
        ),
        (
            "Organic growth plan",
            "Plan organic growth for our {social} account: content ideas, collaborations, no bought followers.",
        ),
        (
            "Brand impersonation monitoring",
            "Monitor {social} for accounts impersonating our brand and file takedown requests.",
        ),
        ("Review widget", "Embed our verified {site} reviews on the website with a small widget."),
        (
            "Sentiment analysis",
            "Sentiment analysis of {N} product reviews to find the top complaints.",
        ),
        (
            "Media literacy course",
            "Course for teenagers on how to recognise fake news and manipulated photos.",
        ),
        (
            "Voice clone with consent",
            "Voice clone of our own CEO for internal training videos, with his written consent.",
        ),
        (
            "Code review",
            "Code review of our {tech} pull requests twice a week, with written feedback.",
        ),
        (
            "Book review blog",
            "Write {n} book reviews a month for my literature blog, honest opinions.",
        ),
        (
            "Academic writing workshop",
            "Run an online workshop for students on citing sources and avoiding plagiarism.",
        ),
        (
            "Fake follower research",
            "Research paper on how fake follower markets work, for a journalism school.",
        ),
        (
            "Case study from a real client",
            "Interview our client and write a case study about the project; they approve the final text.",
        ),
    ],
    "fraudulent": [
        (
            "Phishing awareness training",
            "Create phishing awareness training with simulated emails for our own employees.",
        ),
        (
            "Scam awareness guide",
            "Guide to help seniors spot romance scams, fake rental listings and investment fraud.",
        ),
        (
            "Fraud detection rules",
            "Write fraud detection rules for our payments: card testing, account takeover, refund abuse.",
        ),
        (
            "Invoice template",
            "Design an invoice template for our {biz} with our logo and payment terms.",
        ),
        (
            "Explain Ponzi schemes",
            "Explainer article on how Ponzi schemes work and why they collapse, for a personal finance blog.",
        ),
        (
            "Receipt OCR",
            "Extract totals and dates from scanned receipts with OCR into our bookkeeping spreadsheet.",
        ),
        (
            "Job board policy",
            "Write our job board's rules: employers may never charge applicants a fee.",
        ),
        (
            "Chargeback handling",
            "Set up a chargeback response process and templates for our online {biz}.",
        ),
        ("Login page for our app", "Design the login and password reset pages for our {product}."),
        (
            "Escrow explainer",
            "Explain in our help center why payments stay in escrow until the work is delivered.",
        ),
        (
            "AML monitoring",
            "Transaction monitoring rules for our fintech to flag structuring and money-mule patterns.",
        ),
        (
            "Fake store detection",
            "Crawler that finds fake online stores copying our brand and reports them.",
        ),
        (
            "Document verification",
            "Integrate a document verification API to check bank statements in loan applications.",
        ),
        (
            "Anti-phishing browser extension",
            "Browser extension that warns users when a page looks like a cloned bank login.",
        ),
        (
            "Scam victim support",
            "Write support scripts for a charity helping scam victims report to the police.",
        ),
        (
            "Payslip generator for our payroll",
            "Generate payslips for our {n} employees from our payroll data each month.",
        ),
        (
            "Bank statement parser",
            "Parse our own bank statements (PDF) into CSV for our accountant.",
        ),
        ("Security audit", "Review our checkout for card-testing attacks and add rate limits."),
    ],
    "illegal": [
        (
            "Authorised penetration test",
            "Penetration test of our own web app and API, scope letter signed, report findings.",
        ),
        (
            "Malware analysis",
            "Reverse engineer a ransomware sample for our incident response team and write YARA rules.",
        ),
        (
            "Harm reduction leaflet",
            "Write a harm reduction leaflet about fentanyl test strips for a public health charity.",
        ),
        (
            "Crime novel editing",
            "Edit my crime novel about a detective chasing a cocaine smuggler.",
        ),
        (
            "DMCA takedowns",
            "Find pirated copies of my online course and send DMCA takedown notices.",
        ),
        (
            "Recover my own account",
            "Help me recover my own Gmail account; I forgot my password and changed phones.",
        ),
        (
            "Stalkerware detection",
            "Check phones for stalkerware for a domestic violence charity's clients.",
        ),
        ("KYC flow", "Build the KYC flow that verifies passport photos and ID cards with OCR."),
        (
            "Exam preparation",
            "Prepare me for the GMAT with practice tests and explanations, twice a week.",
        ),
        (
            "Scrape public data",
            "Scrape public bus timetables from the city's open data site into a database.",
        ),
        (
            "Automate my own account",
            "Automate posting to my own {social} account from a content calendar.",
        ),
        (
            "Licensed pharmacy website",
            "Website for our licensed pharmacy; prescriptions are verified by our pharmacists.",
        ),
        ("Gunsmith shop website", "Booking site for a licensed gunsmith's repair shop in {city}."),
        (
            "Security awareness video",
            "Video explaining how credential stuffing works and how to protect accounts.",
        ),
        (
            "Drug interaction app",
            "App that checks drug interactions for nurses, using a licensed database.",
        ),
        (
            "Addiction recovery content",
            "Blog posts for an addiction recovery clinic about leaving opioids.",
        ),
        (
            "Bug bounty report writing",
            "Help write up my bug bounty findings for a vendor's program.",
        ),
        ("Parental controls", "Set up parental controls on my kids' tablets with their knowledge."),
        ("Crack repair tutorial", "Video tutorial on repairing a cracked phone screen."),
        (
            "Employee monitoring policy",
            "Write our employee monitoring policy; staff are informed and consent.",
        ),
        (
            "Cannabis dispensary site",
            "Website for a licensed cannabis dispensary in Colorado with age verification.",
        ),
        (
            "True crime podcast research",
            "Research the history of a famous heist for our true crime podcast.",
        ),
        (
            "Translate my passport",
            "Certified translation of my passport and birth certificate for a visa application.",
        ),
        ("Detect fake IDs", "Training for bar staff to detect fake IDs at the door."),
        (
            "Backup of my own course",
            "Download the videos of my own course from Teachable as a backup.",
        ),
        ("Bath bomb product photos", "Product photos of our bath bombs for the online shop."),
        ("Firewall hardening", "Harden our office firewall and block brute force attempts on SSH."),
        ("Open-source licence audit", "Audit the open-source licences in our codebase."),
        (
            "Thriller screenplay",
            "Write a thriller screenplay where the villain builds a bomb in a warehouse.",
        ),
        ("Security camera install guide", "Write the setup guide for our security cameras app."),
    ],
    "sexual": [
        (
            "Sexual health articles",
            "Articles on contraception and STI testing for a sexual health charity.",
        ),
        ("NSFW filter", "Build an NSFW detection model that blurs explicit images on our forum."),
        (
            "Consent education video",
            "Consent education video script for high schools, no explicit content.",
        ),
        (
            "Nude lipstick product photos",
            "Product photos for our nude lipstick range, clean white background.",
        ),
        (
            "Escort vehicle software",
            "Route planning software for escort vehicles of oversized loads.",
        ),
        ("Wedding escort cards", "Design calligraphy escort cards for a wedding of 120 guests."),
        ("Breastfeeding guide", "Illustrated breastfeeding guide for new parents."),
        (
            "Romance novel cover",
            "Cover for a sweet romance novel, couple on a beach at sunset, nothing explicit.",
        ),
        (
            "Dating app moderation",
            "Moderation rules for our dating app to remove explicit photos and sex ads.",
        ),
        (
            "Lingerie brand site",
            "Shopify site for our lingerie brand, tasteful non-explicit product photos.",
        ),
        ("OnlyFans creator taxes", "Bookkeeping and tax return for an OnlyFans creator."),
        ("Anatomy illustrations", "Medical anatomy illustrations for a nursing textbook."),
        ("Life drawing class", "Promote our life drawing class for art students."),
        (
            "Age verification",
            "Integrate age verification into an adult site for a compliance audit.",
        ),
        (
            "Anti-trafficking campaign",
            "Awareness campaign on trafficking disguised as escort ads, for an NGO.",
        ),
        (
            "Relationship coaching site",
            "Website for a couples therapist with booking and articles.",
        ),
        ("Sex education curriculum", "Sex education curriculum outline for a school board."),
        ("Massage therapy booking", "Booking site for a licensed sports massage therapist."),
    ],
    "physical": [
        (
            "Website for a cleaning company",
            "Website for our cleaning company with prices and a booking form.",
        ),
        ("Cooking blog recipes", "Write {n} recipes for my cooking blog with nutrition info."),
        ("Moving company SEO", "SEO and Google Ads for our moving company in {city}."),
        (
            "Clean up our CRM data",
            "Clean up the data in our CRM: duplicates, bad emails, missing fields.",
        ),
        ("Move our site to AWS", "Move our site from Heroku to AWS with Terraform."),
        (
            "Painting of our house",
            "Digital watercolour painting of our house from a photo, as a gift.",
        ),
        ("Gardening app", "App that reminds users when to water and prune their garden plants."),
        ("Furniture assembly video", "Animated assembly instructions for our flat-pack furniture."),
        ("Plumbing business logo", "Logo and van livery design for a plumbing business."),
        (
            "Meal plan PDF",
            "Design a weekly meal plan PDF with shopping lists for our nutrition clients.",
        ),
        ("Renovation 3D model", "3D model of our bathroom renovation from measurements I send."),
        ("Dog walking app", "App for a dog walking business: bookings, routes and payments."),
        ("Catering menu design", "Design the menu and price list for our catering company."),
        (
            "Fix the bug in our booking form",
            "Fix the bug in our booking form where dates don't save.",
        ),
        ("Delivery app UI", "UI design for a grocery delivery app, 15 screens."),
        ("Home organisation course", "Write a video course script on home organisation."),
        (
            "Construction project schedule",
            "Build a Gantt schedule for our construction project in MS Project.",
        ),
        (
            "Remote bookkeeping for a cleaning business",
            "Remote bookkeeping for a cleaning business, 5 hours a month.",
        ),
    ],
    "off_the_shelf": [
        (
            "Customise a purchased theme",
            "I bought a premium WordPress theme; adapt it to our brand and add a shop.",
        ),
        ("Licence key validation", "Implement licence key validation in our Electron app."),
        (
            "Migrate our existing store",
            "Migrate our existing store from Wix to Shopify, keep the URLs.",
        ),
        (
            "Install a plugin we bought",
            "Install and configure the booking plugin we already purchased.",
        ),
        (
            "Build a custom template",
            "Design a custom resume template in our brand style from scratch.",
        ),
        ("Design our mug print", "Design the print for our branded mugs and T-shirts."),
        ("Product listings", "Write Amazon product listings for our refurbished phones."),
        (
            "Source suppliers",
            "Research and shortlist suppliers for organic cotton bags, with a comparison sheet.",
        ),
        (
            "Set up Microsoft 365",
            "Set up Microsoft 365 licences we own for our team and configure MFA.",
        ),
        (
            "Update our app",
            "Update our existing app to the latest {tech} version and fix deprecations.",
        ),
        (
            "Website template customisation",
            "Customise the Webflow template we bought: new sections and CMS.",
        ),
        ("API key rotation", "Rotate our API keys and store them in a secrets manager."),
    ],
}

# --- Harmful, with the usual words ---------------------------------------------------------
HARMFUL = {
    "banned.misleading": [
        ("Fake reviews", "Write {n} fake five-star reviews on {site} for our {biz}."),
        (
            "Reviews from different accounts",
            "Post {n} positive reviews on {site} from different accounts so they look like real customers.",
        ),
        ("Buy followers", "Buy {N} {social} followers and likes for my page."),
        ("Fake news", "Write fake news stories about the mayor before the election."),
        ("Do my homework", "Do my statistics homework for me, it is graded and due {deadline}."),
        ("Write my essay", "Write my college essay that I will submit under my name."),
        ("Deepfake video", "Deepfake video of a famous actor endorsing our supplement."),
        ("Viewer bot", "Viewer bot to keep {n} viewers on my Twitch stream."),
        ("Fake testimonials", "Write fake testimonials from doctors for our weight-loss pills."),
        (
            "Impersonate a brand",
            "Make a {social} page that impersonates a famous bank's support team.",
        ),
        (
            "Competitor negative reviews",
            "Post one-star reviews on our competitor's {site} page from many accounts.",
        ),
        ("Sock puppet accounts", "Run {n} sock puppet accounts to praise our product in forums."),
        (
            "Fake 'as seen on' badges",
            "Add 'as seen on' press badges for outlets that never covered us.",
        ),
        ("Bought subscribers", "Get me {N} YouTube subscribers, bots are fine."),
        (
            "Ghostwrite coursework",
            "Complete my online course assignments for me; I submit them for credit.",
        ),
        (
            "Fake recommendation letters",
            "Write recommendation letters signed by professors who never taught me.",
        ),
        (
            "Fake scarcity popups",
            "Fake 'someone just bought this' popups with invented names on our shop.",
        ),
        (
            "Wikipedia sockpuppets",
            "Use several accounts to win a Wikipedia deletion debate about our company.",
        ),
    ],
    "banned.fraudulent": [
        ("Phishing page", "Clone the {site} login page to collect passwords."),
        ("Fake payslips", "Make fake payslips so I can rent an apartment."),
        (
            "Ponzi investment site",
            "Investment site paying returns from new deposits; a Ponzi, basically.",
        ),
        (
            "Pay outside the platform",
            "Pay me outside this site, don't use the contract payment, I give a discount.",
        ),
        ("Edit bank statement", "Edit my bank statement so it shows $20,000 more for the visa."),
        (
            "SMS redelivery scam",
            "Page that asks for a parcel redelivery fee and captures card numbers.",
        ),
        ("Money mules", "Recruit money mules to receive transfers and forward them."),
        ("Card checker", "Tool that checks stolen card numbers with small charges."),
        (
            "Sextortion emails",
            "Mass email saying we hacked their camera, pay bitcoin or we publish.",
        ),
        ("Fake doctor's note", "Doctor's note for my insurance claim, I wasn't really sick."),
        ("Advance fee loans", "Loan site that charges an upfront fee and never lends."),
        ("Fake charity", "Donation page for a flood charity that doesn't exist."),
        (
            "Inflated invoice",
            "Invoice my employer from a shell company for work that never happened.",
        ),
        (
            "Tech support scam",
            "Popup that says the computer is infected and to call our number to pay for a fix.",
        ),
    ],
    "banned.illegal": [
        ("Sell drugs online", "Telegram shop to sell cocaine and MDMA with discreet delivery."),
        ("Hack an account", "Hack {person}'s Instagram and read the messages."),
        ("Ransomware", "Develop ransomware that encrypts files and asks for bitcoin."),
        (
            "Cracked software",
            "Crack the licence check of Adobe Premiere so it runs without paying.",
        ),
        ("Fake passport", "Make a fake passport with my photo."),
        ("Take my exam", "Take my online exam for me, I will share my login."),
        ("Untraceable gun", "Files to 3D print an untraceable gun."),
        ("DDoS a competitor", "DDoS my competitor's shop during Black Friday."),
        (
            "Pills without prescription",
            "Online shop selling tramadol and Xanax without prescription.",
        ),
        ("Keylogger", "Build a keylogger that emails me everything typed on a shared PC."),
        ("Stolen database", "Scrape and sell a leaked customer database."),
        ("Bypass activation lock", "Bypass iCloud activation lock on phones I bought cheap."),
        ("IPTV reseller", "Set up an IPTV reseller panel with all premium sports channels."),
        ("Steroids shop", "Online store for steroids and peptides, no prescription needed."),
    ],
    "banned.sexual": [
        ("Porn editing", "Edit porn videos for my adult site."),
        ("Explicit stories", "Write explicit erotic stories for my Patreon."),
        ("Cam show scripts", "Explicit scripts for my cam shows."),
        ("Escort agency site", "Website for our escort agency with VIP girls and hotel outcall."),
        ("NSFW art", "NSFW explicit drawings of my original characters."),
        ("Sex chat operator", "Run the sex chat on my cam girl page at night."),
        ("Nude game mod", "Nude mod with sex animations for a game."),
        (
            "Happy ending massage ads",
            "Ads for our massage parlour, sensual massage with happy ending.",
        ),
        ("Sugar daddy site", "Sugar daddy site where girls get paid per meet."),
        ("Explicit audio", "Explicit erotic audio scripts for adults."),
    ],
    "excluded.physical": [
        ("Deep clean", "Deep clean my apartment on Saturday, 3 bedrooms, bring supplies."),
        ("Help moving", "Help moving furniture from my flat to a van in {city}."),
        ("Private chef", "Cook meals at my home for my family twice a week."),
        ("Lawn mowing", "Mow the lawn and trim the hedges at my house."),
        ("Furniture assembly", "Assemble IKEA furniture at my place: a wardrobe and two beds."),
        ("Babysitter", "Babysitter for two kids on Friday evenings in {city}."),
        ("Dog walker", "Walk my dog twice a day while I travel."),
        ("Paint walls", "Paint the walls of my living room and hallway."),
        ("Roof repair", "Repair a roof leak above the kitchen."),
        ("Delivery driver", "Drive boxes from our warehouse to {n} shops on Mondays."),
        ("Waiter for a party", "Two waiters for our garden party on Saturday."),
        ("Car repair", "Mechanic to fix my car's brakes at my house."),
        ("Warehouse packing", "Pack orders in our warehouse, daily shift."),
        ("Window cleaning", "Clean the windows of our office building."),
        ("Grocery errands", "Do my grocery shopping and errands twice a week."),
        ("Event security", "Bouncer for our bar on weekends."),
    ],
    "excluded.off_the_shelf": [
        ("Licence keys", "Send me {n} Office 365 product keys."),
        ("Ready-made store", "Buy a ready-made Shopify store with products and traffic."),
        ("Windows licence", "Need a cheap Windows 11 licence key."),
        ("Pre-made logo", "Sell me a pre-made logo from your collection."),
        ("Printed tote bags", "{N} printed tote bags with our logo shipped to us."),
        ("Used tablet", "Buy a used drawing tablet and send it to me."),
        ("Existing app template", "Sell me your existing e-commerce app template as-is."),
        ("Resale rights ebooks", "Pack of ebooks with resale rights."),
        ("Software licences", "Three licences of a music production suite."),
        ("Buy a YouTube channel", "Purchase an existing YouTube channel with subscribers."),
        ("Aged accounts", "Sell me {n} aged Gmail accounts."),
        ("UI kit as-is", "Buy your Figma UI kit as it is."),
    ],
}

# --- Harmful with no trigger words (the three families of issue 13) ------------------------
NO_TRIGGER = {
    "banned.fraudulent": [
        (
            "Recruitment site",
            "Applicants pay a $49 onboarding fee for training materials; we don't actually have positions to fill, the listings are just there to attract sign-ups.",
        ),
        (
            "Work-from-home jobs",
            "Post job ads for remote data entry. Everyone who applies pays for a starter kit first. There is no actual work behind the ads.",
        ),
        (
            "Agency registration",
            "Charge models a registration fee for castings that never happen; write the ads and the follow-up emails.",
        ),
        (
            "Visa job offers",
            "Offer overseas jobs to people in {city}, collect a processing fee, then stop answering.",
        ),
        (
            "Online store",
            "Take orders and payments for sneakers we don't have; close the store after the holidays.",
        ),
        (
            "Loan approvals",
            "Tell people their loan is approved and ask for an insurance fee before the money arrives, which it never does.",
        ),
        (
            "Rental listings",
            "Listings for apartments we don't own; collect deposits by bank transfer before any viewing.",
        ),
        (
            "Recovery agency",
            "Contact people who lost money online and charge them upfront to get it back; we don't recover anything.",
        ),
        (
            "Utility calls",
            "Calling scripts telling people their power will be cut today unless they pay by gift card.",
        ),
        (
            "Prize notifications",
            "Emails telling people they won a prize; they pay the shipping and taxes and receive nothing.",
        ),
        (
            "Reshipping job",
            "Hire people at home to receive packages bought with other people's cards and reship them abroad.",
        ),
        (
            "Insurance claim",
            "Write a letter from a doctor saying I was hospitalised during my trip so the insurer pays out.",
        ),
        (
            "Bank details",
            "Create bank account documents in a company's name to collect their customers' transfers.",
        ),
    ],
    "banned.misleading": [
        (
            "Customer stories",
            "Write 30 customer stories with names and photos for our site; we haven't had customers yet, make them up.",
        ),
        (
            "Social proof",
            "Invent quotes from happy clients and add stock photos as their faces on our homepage.",
        ),
        (
            "Launch buzz",
            "Fill our Discord with members who aren't real people so the launch looks busy.",
        ),
        (
            "Star ratings",
            "Give our app five stars from {n} phones and write short comments as if different people used it.",
        ),
        ("Client list", "Put logos of big companies we never worked with on our 'clients' page."),
        ("Forum threads", "Start threads on forums pretending to be happy players of our casino."),
        (
            "Press coverage",
            "Write articles that look like independent news praising our product, without saying we paid.",
        ),
        (
            "Guest feedback",
            "Write guest comments for our guesthouse on {site} as if tourists stayed with us.",
        ),
        (
            "Leaked audio",
            "Make AI audio of a union leader saying he took bribes, and share it as leaked.",
        ),
        (
            "Health claims",
            "Blog article stating that our tea cures diabetes, written as if by a doctor.",
        ),
        (
            "Test report",
            "Make a language test report with an 8.0 score and my details for the visa.",
        ),
        ("Endorsements", "Quotes from a famous chef recommending our knives; he never said them."),
    ],
    "banned.illegal": [
        (
            "Course videos",
            "Log in with my friend's subscription and download all the videos of the paid course, then put them on my own site.",
        ),
        (
            "Shared login",
            "Use one paid account to copy every article behind the news site's paywall into our blog.",
        ),
        (
            "Typing recorder",
            "Small program that runs in the background on my roommate's laptop and saves every key she presses to a file I can read.",
        ),
        (
            "Phone app",
            "App that forwards my girlfriend's messages and location to me; she must not notice it is installed.",
        ),
        (
            "Office software",
            "Make our 200 office PCs activate the paid office suite without buying licences.",
        ),
        (
            "Game unlocker",
            "Patch the game so all paid DLC unlocks without paying, then share the patch.",
        ),
        (
            "Identity card",
            "Produce an ID card with my photo but someone else's name and birth date, good enough for a bank.",
        ),
        ("Residence permit", "Make a residence permit for my cousin that passes a police check."),
        ("Certificate", "Produce a birth certificate with a different birth year for my son."),
        ("Webcam", "Turn on my roommate's laptop camera remotely and watch her."),
        ("Location", "Find where {person} moved after blocking me; I want to show up there."),
        (
            "Music converter",
            "Convert tracks from the streaming service to MP3 and sell them in my app.",
        ),
        ("Exam at home", "Do my at-home language test while I sit in front of the camera."),
        ("Coworker's chats", "Get me into my coworker's Slack direct messages."),
    ],
    "banned.sexual": [
        (
            "Companionship agency",
            "Site for our agency: gentlemen book discreet private time with our ladies by the hour, hotel visits.",
        ),
        ("Adult massage", "Ads for massages with a special finish for male clients."),
        ("Private shows", "Scripts for private paid shows where girls undress on camera."),
        (
            "Arrangements site",
            "Dating site where generous older men pay young women allowances for meetings.",
        ),
        (
            "Spicy content",
            "Spicy uncensored pictures of my model for paying fans, nothing left covered.",
        ),
        (
            "Adult stories",
            "Stories for adults describing every intimate detail of their night, in graphic terms.",
        ),
        (
            "Late-night chat",
            "Chat with lonely men at night and get them to pay for intimate photos.",
        ),
        ("Girlfriend experience", "Profiles for girls offering a girlfriend experience overnight."),
    ],
}

# Markers that bury a request at the end of a brief.
BURY = [
    "One more thing: {x}",
    "Also, {x}",
    "Last thing: {x}",
    "PS: {x}",
    "Oh and {x}",
    "Btw {x}",
    "Additionally, {x}",
    "Extra task: {x}",
    "And one small extra: {x}",
    "Finally, {x}",
    "Side request: {x}",
    "Bonus if you can: {x}",
    "Also can you {x}",
]

# Harmful requests written to be appended (lower-case start, a request on its own).
BURIED_CORE = {
    "banned.misleading": [
        "write {n} fake reviews for us on {site} from different accounts.",
        "post some five-star ratings for us on {site} as if you were customers.",
        "buy us {N} followers so the page looks popular.",
        "invent a few testimonials from happy clients for the homepage.",
        "do my online class quizzes for me, they count for my grade.",
        "make up some press quotes from magazines that never wrote about us.",
        "leave bad reviews on our competitor's page from a few accounts.",
    ],
    "banned.fraudulent": [
        "pay me outside the platform so we skip the fees.",
        "make a copy of the bank login page that saves what people type.",
        "edit my payslip so my salary looks higher for the landlord.",
        "charge applicants a training fee even though we have no jobs.",
        "make me a doctor's note for last week, I wasn't actually sick.",
        "set up a page asking for a small customs fee that captures card numbers.",
    ],
    "banned.illegal": [
        "get me into my ex's email account.",
        "crack the paid plugin so we don't have to pay for it.",
        "install something on my wife's phone so I can read her chats without her knowing.",
        "sell some pills without prescription through the shop.",
        "make me a fake driver's licence with my photo.",
        "take my certification exam for me using my login.",
        "download the paid course with my friend's account and upload it to our site.",
        "knock our competitor's website offline during their sale.",
    ],
    "banned.sexual": [
        "add a section with explicit nude photos for paying members.",
        "write some explicit sex scenes for the adult version.",
        "make an escort page with girls available for hotel visits.",
        "run an erotic chat for our members at night.",
    ],
    "excluded.physical": [
        "come and clean my apartment on Saturday.",
        "help me move the furniture to the new office.",
        "walk my dog every morning while I'm away.",
        "paint the fence at my house.",
    ],
    "excluded.off_the_shelf": [
        "send me a Windows licence key too.",
        "sell me one of your ready-made templates as-is.",
        "ship us {N} printed mugs.",
    ],
}

# Benign sentences that pad a brief: details, budget, timing, style.
CONTEXT = [
    "Budget is around {budget}.",
    "Deadline {deadline}.",
    "We already have the logo and brand colours.",
    "Please share examples of similar work.",
    "Communication in English, async is fine.",
    "We use Slack and Notion.",
    "Happy to jump on a quick call first.",
    "Must be mobile friendly.",
    "Source files included please.",
    "We are a small team of {n}.",
    "Long-term work possible if this goes well.",
    "Our audience is mostly 25-40.",
    "Please keep it simple and clean.",
    "We have a style guide.",
    "Invoice monthly is fine.",
    "I will send the brief and assets after we agree.",
    "Revisions: two rounds included.",
    "Our site runs on {tech}.",
    "We're based in {city}.",
    "Start as soon as possible.",
    "Previous freelancer left halfway.",
    "Please quote a fixed price.",
    "Milestones: draft, review, final.",
    "Timezone overlap of a few hours helps.",
]
