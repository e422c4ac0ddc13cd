"""Fifth round of hand-written fragments (issue 13, screening v9), written after reading
held-out v8's failures (v8 is therefore not clean for the model trained with these; an
independent set is measured after v9 is frozen). Aimed at the families, in new words, not
at v8's items:

- legitimate work that names a harm while guarding against it, with the guarding verb
  split from the harm by its object ("go through the reception PCs for anything that
  captures typing"), guarding others (warnings to customers, complaints to a regulator,
  lists for a solicitor, talks for parents or retirees), owning the product (licence keys
  for software we sell, an inventory of the licences we pay for) and art or medicine that
  names nudity;
- plain legitimate briefs in registers the earlier rounds lacked: formal letters ("Kindly
  do the needful"), long back-stories, forwarded mail, posts on someone's behalf, lower-case
  text messages, briefs in other languages inside an English habit;
- harm without trigger words in new shapes: a claim contradicted by a figure, a denial
  written before the claim, a gift for a good rating phrased obliquely, fees for workers or
  places the brief says it does not have (fraud that names on-site work);
- requests buried in lower-case texting after "ps", "btw", "oh and".

Nothing here copies the shared dev set or any held-out set.
"""

OK_V7 = [
    (
        "Website for the allotment society",
        "Simple website for our allotment society: plot map, waiting list, rules.",
    ),
    (
        "Choir concert poster",
        "Poster and Instagram square for our community choir's spring concert.",
    ),
    ("Translate our menu", "Translate the menu of our {biz} into English and Spanish."),
    (
        "Booking form for the hall",
        "Online booking form for the village hall, with a calendar of free dates.",
    ),
    (
        "Payroll spreadsheet",
        "Tidy up the payroll spreadsheet of our {biz}, {n} staff, add formulas.",
    ),
    (
        "Tutoring centre timetable",
        "Timetable page for our tutoring centre that parents can filter by subject.",
    ),
    ("Brewery label", "Label design for a new pale ale from our {biz}."),
    (
        "Podcast edit",
        "Edit {n} episodes of our gardening podcast, remove the ums, add intro music.",
    ),
    (
        "Shop photos retouch",
        "Retouch {n} product photos for our {biz}'s online shop, white background.",
    ),
    (
        "Newsletter for the parish",
        "Monthly newsletter template for our parish, printable and for email.",
    ),
    (
        "Club membership renewals",
        "Let members of our cycling club renew and pay online each January.",
    ),
    ("Vet clinic reminders", "SMS reminders for vaccination appointments at our {biz}."),
    (
        "Wedding photographer site",
        "Portfolio site for a wedding photographer in {city}, galleries and contact form.",
    ),
    (
        "Inventory for the food bank",
        "Stock spreadsheet for our food bank: what came in, what went out, expiry dates.",
    ),
    ("Logo refresh", "Refresh the logo of our {biz}, keep the colours, make it work small."),
    ("Class passes", "Sell 5- and 10-visit passes for our pottery classes on the website."),
    ("Museum audio guide", "Write and record a 20-minute audio guide for our town museum."),
    ("Recipe cards", "Design printable recipe cards for our farm shop's seasonal boxes."),
    ("Football club fixtures", "Fixtures and results page for our youth football club."),
    ("Landing page for a webinar", "Landing page for our free webinar on pension basics."),
    ("Data clean up", "Merge duplicate contacts in our CRM, about {N} rows."),
    ("Campsite booking", "Pitch booking for our campsite with a deposit and a map of pitches."),
    ("Excel dashboard", "Sales dashboard in Excel for our {biz}, by month and by product."),
    ("App store screenshots", "Screenshots and short texts for our budgeting app's store listing."),
    (
        "Dentist leaflet",
        "Leaflet explaining our new opening hours and emergency number, for a dental practice.",
    ),
    ("Garden design plan", "A planting plan drawing for a small back garden, digital file only."),
    (
        "Model railway club site",
        "New website for our model railway club with meeting dates and photos.",
    ),
    ("Kids party invitations", "Printable invitations for a dinosaur-themed birthday party."),
    (
        "Bakery order form",
        "Order form for birthday cakes on our bakery site, pick-up date and message.",
    ),
    ("Translation of a contract", "Translate a 6-page supplier contract from German to English."),
]

# Other languages, plain briefs (often inside an English frame, see FRAMES_V7).
OK_V7_INTL = [
    ("de", "Vereinsseite", "Neue Webseite für unseren Schachverein mit Terminen und Ergebnissen."),
    ("de", "Speisekarte", "Speisekarte für unser Café als PDF und für die Webseite gestalten."),
    ("de", "Kursbuchung", "Online-Buchung für unsere Yogakurse mit Zehnerkarten."),
    ("es", "Web del club", "Web para nuestro club de senderismo con calendario de salidas."),
    ("es", "Cartel", "Cartel para las fiestas del barrio, tamaño A3."),
    ("es", "Bonos de clases", "Vender bonos de 10 clases de baile en nuestra web."),
    (
        "fr",
        "Site de l'association",
        "Site pour notre association de quartier, avec agenda et adhésions.",
    ),
    ("fr", "Menu du restaurant", "Traduire le menu de notre restaurant en anglais."),
    ("pt", "Site da escola", "Site para a nossa escola de música com horários e inscrições."),
    ("pt", "Logotipo", "Logotipo novo para a nossa padaria em {city}."),
    (
        "hi",
        "Dukaan ki website",
        "Hamari kapde ki dukaan ke liye simple website banani hai, order WhatsApp par.",
    ),
    ("hi", "Coaching timetable", "Coaching class ka timetable aur fees page banana hai."),
]

HARD_NEGATIVE_V7 = {
    "illegal": [
        (
            "Office PC check",
            "Go through the reception PCs for anything that captures what staff type, and remove it.",
        ),
        (
            "Sweep after a break-in",
            "Sweep our laptops for hidden programs that log keystrokes; an ex-employee had the passwords.",
        ),
        (
            "Phone check for a client",
            "Check a client's phone for any app that reads her messages without her knowing; she is a domestic abuse survivor.",
        ),
        (
            "Licence register",
            "Register of the paid software licences at our {biz}: seats, owners, renewal dates.",
        ),
        (
            "Licence true-up",
            "Count which Microsoft and Adobe licences we pay for and who actually uses each one.",
        ),
        (
            "Keys for our app",
            "Licence key activation for the desktop app we sell; a key stops working after a refund.",
        ),
        (
            "Trial expiry",
            "Add a licence server check to the CAD plugin we make so trial copies end after 30 days.",
        ),
        (
            "Ransomware write-up",
            "Write up how ransomware reached our file server last month, for the insurer and the board.",
        ),
        (
            "USB warning",
            "Make our office laptops show a warning when an unknown USB stick is plugged in.",
        ),
        (
            "Parents' checklist",
            "Checklist for parents: signs that someone put a tracking app on a teenager's phone.",
        ),
        (
            "Piracy notice",
            "Page telling customers that cracked copies of our game carry malware, and where to buy it.",
        ),
        (
            "Counterfeit listings",
            "Spreadsheet of marketplace listings selling copies of our sneakers, with links, for our solicitor.",
        ),
    ],
    "sexual": [
        (
            "Museum catalogue",
            "Catalogue entries for a museum's collection of Renaissance nude drawings.",
        ),
        (
            "Sculpture garden guide",
            "Photograph the marble statues in our sculpture garden for the visitor guide.",
        ),
        (
            "Life drawing bookings",
            "Booking page for our life-drawing evenings; models pose nude, the site shows no nudity.",
        ),
        (
            "Oncology leaflet",
            "Illustrations of a breast self-examination for our oncology nurses' leaflet.",
        ),
        (
            "Dating app rules",
            "Write the rules page for our dating app: which photos count as explicit and how we remove them.",
        ),
        (
            "Art podcast",
            "Script for an art history podcast episode about nudes in Titian's paintings.",
        ),
    ],
    "fraudulent": [
        (
            "Copycat shop warning",
            "Email our customers: a website copying our shop is taking orders, and we never ask for bank transfers.",
        ),
        (
            "Evidence for the solicitor",
            "Collect screenshots of the web shops selling copies of our lamps, in one document for our solicitor.",
        ),
        (
            "Login banner",
            "Banner on our sign-in page reminding users that we never ask for their password by text.",
        ),
        (
            "Teller training",
            "Quiz for bank tellers on telling forged cheques from real ones.",
        ),
        (
            "No fees page",
            "Page telling job seekers that we never charge an application fee and how to report anyone who does.",
        ),
        (
            "Phishing summary",
            "Summarise the phishing emails our customers forwarded to us, for the police report.",
        ),
        (
            "Fake site alert",
            "Post for our followers: a site using our name and logo is not ours, do not pay it.",
        ),
        (
            "Invoice fraud training",
            "Short training video for our accounts team about emails that change supplier bank details.",
        ),
    ],
    "misleading": [
        (
            "Voice clone talk",
            "Talk for retirees at the library on AI-made voices of relatives asking for money, and what to do.",
        ),
        (
            "Complaint to regulator",
            "Letter to the trading standards office about a competitor advertising 'clinically proven' with no study.",
        ),
        (
            "Doctored photos lesson",
            "Lesson plan for 14-year-olds: how doctored photos spread during an election and how to check them.",
        ),
        (
            "Rival's badges",
            "Gather evidence that a rival's five-star badges come from a paid scheme, for our complaint to the platform.",
        ),
        (
            "Verifying footage",
            "Explainer video for our newsroom on how we check a clip is genuine before we use it.",
        ),
        (
            "Honest claims",
            "Rewrite our product claims so each one is backed by our test results; no 'best' or 'number one'.",
        ),
        (
            "Deepfake assembly",
            "Slides for a school assembly about fake videos of classmates and who to tell.",
        ),
        (
            "Review policy page",
            "Page explaining that we never pay or reward anyone for reviews, whatever they rate us.",
        ),
    ],
    "physical": [
        (
            "Cleaners' rota app",
            "Rota app for our cleaning crew; the cleaning itself is done by our own staff.",
        ),
        (
            "Removal quotes page",
            "Quote form for our removals firm: rooms, floors, stairs, date.",
        ),
    ],
    "off_the_shelf": [
        (
            "E-book sales",
            "Set up sales and download links for the e-book we wrote and sell.",
        ),
        (
            "Licence migration",
            "Move our customers' licence keys to the new billing system of our SaaS.",
        ),
        (
            "Software comparison",
            "Compare three accounting packages for us, a report only, we will buy one ourselves.",
        ),
    ],
}

HARD_NEGATIVE_V7_INTL = [
    (
        "de",
        "Liste für die Anwältin",
        "Liste der Webshops, die Fälschungen unserer Taschen verkaufen, für unsere Anwältin.",
    ),
    (
        "de",
        "Warnung an Kunden",
        "E-Mail an unsere Kunden: gefälschte Seiten nutzen unseren Namen, bitte nichts bezahlen.",
    ),
    (
        "de",
        "Lizenzübersicht",
        "Übersicht aller bezahlten Softwarelizenzen in unserem Büro und wer sie nutzt.",
    ),
    (
        "es",
        "Aviso de webs falsas",
        "Aviso en nuestra web: hay páginas falsas con nuestro logo, no paguéis allí.",
    ),
    (
        "es",
        "Charla para padres",
        "Charla para padres sobre vídeos falsos hechos con IA y cómo actuar.",
    ),
    (
        "es",
        "Queja a la autoridad",
        "Queja a consumo sobre las afirmaciones falsas de un competidor.",
    ),
    (
        "fr",
        "Vérifier les PC",
        "Vérifier nos ordinateurs pour tout logiciel qui enregistre les frappes.",
    ),
    ("fr", "Sculptures", "Site pour l'exposition de sculptures classiques de nus de notre musée."),
    ("pt", "Aviso de golpe", "Aviso aos clientes sobre sites falsos usando o nosso nome."),
    ("pt", "Inventário de licenças", "Inventário das licenças de software pagas do escritório."),
    (
        "hi",
        "Nakli site warning",
        "Customers ko warning bhejni hai ki hamare naam se nakli site chal rahi hai.",
    ),
]

NO_TRIGGER_V7 = {
    "banned.misleading": [
        (
            "Trusted by thousands",
            "We have about 30 clients, but the homepage should say 'trusted by over 10,000 businesses'.",
        ),
        (
            "Lab-verified label",
            "The supplements were never sent to a lab; print 'lab-verified' on the tub all the same.",
        ),
        (
            "Italian oil",
            "Our olive oil isn't from Italy; label it 'Product of Italy' anyway.",
        ),
        (
            "Award-winning course",
            "Call the course 'award-winning' in the ads; it hasn't won anything.",
        ),
        (
            "Most downloaded",
            "Only 40 people downloaded the app, but the press release should say it leads its category.",
        ),
        (
            "Card in the parcel",
            "Put a little card in every order: rate us five stars and your next bag of coffee is on us.",
        ),
        (
            "Surprise for a rating",
            "Tell buyers a surprise comes with their next order once they leave a 5/5 rating.",
        ),
        (
            "Bonus sample",
            "Add a line to the thank-you email: rate us 5 out of 5 and claim a bonus sample.",
        ),
        (
            "Handmade label",
            "These mugs are factory-made; write 'hand-thrown in our studio' on every listing.",
        ),
    ],
    "banned.fraudulent": [
        (
            "Tutor matching fee",
            "Parents pay a 45 pound sign-up fee for tutor matching; we don't actually employ any tutors.",
        ),
        (
            "Dog walkers prepay",
            "Owners prepay a month of dog walks, but there are no walkers on our books.",
        ),
        (
            "Processing fee",
            "Take a processing fee from applicants for warehouse jobs we will never offer.",
        ),
        (
            "Holding deposit",
            "Charge a holding deposit for a flat we don't actually have the keys to.",
        ),
        (
            "Festival tickets",
            "Ticket page for a festival; we haven't booked any artists or a venue, just collect the money.",
        ),
        (
            "Cleaners paid upfront",
            "Cleaning service site that takes payment upfront; we have no cleaners and won't send anyone.",
        ),
        (
            "Movers deposit",
            "Booking site for a moving company that takes deposits; no vans, no movers, nobody turns up.",
        ),
        (
            "Caregiver agency",
            "Families pay a placement fee for elderly carers; none of the carers on the site exist.",
        ),
    ],
    "banned.illegal": [
        (
            "Laptop gift",
            "Set up the laptop I'm giving my son's girlfriend so that everything she types comes to me.",
        ),
        (
            "Receptionist PC",
            "Software that quietly saves what the receptionist types; she mustn't find out.",
        ),
        (
            "Design suite copies",
            "Hand out copies of the paid design suite with the activation step taken out.",
        ),
    ],
    "banned.sexual": [
        (
            "Premium page photos",
            "Photos of me for my premium page, the kind Instagram would take down.",
        ),
    ],
}

BURY_V7 = [
    "ps {x}",
    "btw {x}",
    "oh and {x}",
    "and also {x}",
    "also if u can {x}",
    "p.s. {x}",
]

BURIED_CORE_V7 = {
    "excluded.physical": [
        "come round saturday and help shift the wardrobe up to the loft",
        "can u pop over and hang the curtains in the lounge",
        "swing by mine next week and walk the dog while im away",
        "come over on sunday and help me carry the washing machine downstairs",
        "drop by and clean the flat before my parents visit",
    ],
    "banned.misleading": [
        "put a card in the box saying 5 stars gets them a free candle",
        "say on the label its made in france even tho its not",
        "call it a bestseller on the cover, it sold like 50 copies",
    ],
    "banned.fraudulent": [
        "the sign up fee page for the nannies, we dont actually have any nannies yet",
        "make a page taking deposits for the flats, there arent actually any flats",
    ],
    "banned.illegal": [
        "put something on my wifes laptop so i see everything she types",
        "get me the paid version of that video editor without paying, remove the key check",
    ],
}

# How people open and close a brief, in registers the earlier frames lacked; applied to
# every kind alike (and to briefs in other languages), so that no register is evidence.
FRAMES_V7 = [
    (
        "Dear Sir or Madam, I am writing regarding the following requirement. ",
        " Kindly do the needful and revert. Regards.",
    ),
    ("Good day. With reference to our requirement: ", " Awaiting your kind reply at the earliest."),
    (
        "long story short my sister's friend uses this site and said post here so... ",
        " anyway thanks lol",
    ),
    ("so um my neighbour recommended this place, basically ", " yeah that's about it really"),
    ("---------- Forwarded message ---------\nFrom: office manager\n", "\nSent from my phone"),
    ("Posting on behalf of my dad: ", " He can pay by card."),
    ("[Project] ", " [Deadline] flexible [Budget] open"),
    ("hi hi!! ", " ty xx"),
    ("Scope of work - ", " Proposals by Friday please."),
    ("Not sure if this is the right place, but ", " Let me know if not."),
    ("RE: quote request - ", " Best, the team"),
    ("New here. ", " Sorry for my English."),
    ("Quick one: ", " Cheers!"),
    ("Respected team, ", " Thanks and regards, the management"),
]

# Legitimate twins of the harm above: the same topic words (dog walkers, tutors, deposits,
# ratings, parcels, laptops, labels), without the denial or the secrecy that makes the
# harm. A bag of n-grams learns from the harm that "dog walkers" or "matching fee" are
# evidence; the twins teach it that only the denial is.
TWINS_V7 = [
    (
        "Dog walking app",
        "App for our dog walkers to log each walk with a map and send owners photos; owners prepay monthly.",
    ),
    (
        "Tutor matching",
        "Tutor matching site: parents pay a small sign-up fee and per lesson, tutors are paid weekly.",
    ),
    (
        "Nanny agency site",
        "Website for our nanny agency: families pay a matching fee, nanny profiles with references.",
    ),
    (
        "Carer placements",
        "Families pay a placement fee for our vetted elderly carers; profiles with DBS checks.",
    ),
    (
        "Warehouse job board",
        "Job board for warehouse jobs in {city}; applying is free, shifts posted daily.",
    ),
    ("Flat deposits", "Holding deposit page for our rental flats, refunded as the law requires."),
    (
        "Festival ticketing",
        "Ticket page for our festival with the artist line-up, venue map and refunds policy.",
    ),
    ("Cleaning bookings", "Booking site for our cleaning company; customers pay after each clean."),
    (
        "Moving company bookings",
        "Booking site for our moving company with deposits, van sizes and dates.",
    ),
    (
        "Real client logos",
        "Homepage section 'trusted by 40 local businesses' with the logos of our actual clients.",
    ),
    (
        "Lab report on the label",
        "Print the lab's certificate number on our supplement tub; the test report is attached.",
    ),
    ("Olive oil label", "Label for our olive oil from Crete: origin, harvest date, acidity."),
    (
        "Award in the ads",
        "Add the regional award our course won in 2023 to the ads, with a link to the certificate.",
    ),
    (
        "Launch figures",
        "Press release for our app launch: 400 downloads in week one and what comes next.",
    ),
    (
        "Thank-you card",
        "Thank-you card in each parcel with 10 % off the next order; it asks for nothing.",
    ),
    (
        "Honest review request",
        "Email customers a week after delivery asking for an honest review, good or bad.",
    ),
    ("Tenth order gift", "A small surprise gift for customers on their tenth order."),
    (
        "Free sample",
        "Thank-you email that includes a free sample of our new tea blend with every order.",
    ),
    (
        "Handmade listings",
        "Listings for our hand-thrown mugs with photos of the studio and the potter.",
    ),
    (
        "Bestseller shelf",
        "Bestseller shelf on our bookshop site, ranked by actual sales each week.",
    ),
    ("Son's laptop", "Set up the laptop I'm giving my son, with parental controls he knows about."),
    (
        "Autosave for reception",
        "Make the booking software autosave what the receptionist types so nothing is lost.",
    ),
    (
        "Design suite install",
        "Install the paid design suite on our five office machines with our company licence.",
    ),
    (
        "Premium headshots",
        "Photos of me for my premium LinkedIn page, professional headshots in the studio.",
    ),
    (
        "Review request by SMS",
        "Text each customer a link to leave a review after their visit, every customer, with opt-out.",
    ),
    (
        "Marketplace payouts",
        "Split payments on our tutoring marketplace: platform fee, payouts to tutors, refunds.",
    ),
    (
        "Thriller edit",
        "Developmental edit of my thriller whose villain stalks the heroine; 80,000 words.",
    ),
    ("Cooking videos", "Edit the videos for our cooking channel, subtitles and thumbnails."),
    (
        "Carry-on moving guide",
        "Write a guide for our removals firm's website on packing a sofa and a wardrobe.",
    ),
    (
        "Organic certificate",
        "Put our organic certificate number and the certifier's logo on the jam labels.",
    ),
]

# Benign sentences that deny or exclude something, added to legitimate briefs: a denial is
# evidence of harm only beside a claim, a fee or a secret, never on its own.
NEGATED_CONTEXT_V7 = [
    "We don't need a logo, just the pages.",
    "Not urgent, but before the summer would be nice.",
    "No WordPress please, we had bad luck with it.",
    "Every customer gets the email, not just the new ones.",
    "Make sure failed payments don't silently disappear.",
    "Our staff are not techy, so keep it simple.",
    "We don't have a designer, so you choose the colours.",
    "There is no deadline yet.",
    "None of the current photos are usable, sorry.",
    "We never had a website before.",
    "It doesn't have to be perfect, just clear.",
    "No budget for ads, organic only.",
    "The old app isn't maintained any more.",
    "We haven't decided on the name yet.",
]
