"""Fourth round of hand-written fragments (issue 13, screening v8), written after reading
held-out v7's failures (v7 is therefore not clean for the model trained with these; held-out
v8 is written after v8 is frozen). Aimed at the families, not at v7's items:

- legitimate briefs in registers that read as money or urgency ("paid project", "rate?",
  "cash budget", checklists, forwarded notes, voice-memo transcripts), so that talk of
  paying a freelancer is never evidence of fraud;
- legitimate work that guards against a harm, said with verbs the earlier rounds lacked
  (report, warn, verify, write up an incident, remove, vet, escort people safely) in every
  language of the corpus;
- harm without trigger words: claims the brief itself says are untrue, reviews traded for
  money or gifts, fees for work that does not exist, copies of someone else's sign-in page,
  shared logins, silent recording, altered papers, unlocked paid software, euphemisms;
- requests buried in plain words after new markers.

Nothing here copies the shared dev set or any held-out set.
"""

OK_V6 = [
    ("Paid project: menu boards", "Paid project - redesign the three menu boards of our {biz}."),
    ("Rate?", "What's your rate for a 5-page site for a physiotherapy practice in {city}?"),
    ("Cash budget, small job", "Small job, {budget} cash budget: a flyer for our street market."),
    ("Pay per article", "We pay per article: {n} how-to articles for our garden centre blog."),
    ("Members pay online", "Let members of our rowing club pay their yearly fee online."),
    ("Deposit for bookings", "Take a 20 % deposit when people book our holiday cottage."),
    ("Payout report", "Monthly payout report for the sellers on our craft marketplace."),
    ("Subscription pause", "Let subscribers pause their coffee subscription for a month."),
    ("Tip jar", "Add a tip button to our busking musicians' profile pages."),
    ("Invoice numbering", "Our invoices skip numbers after a refund; fix the numbering."),
    ("Late fee reminders", "Polite reminders for library members with overdue books."),
    ("Cash flow forecast", "12-month cash flow forecast for our bakery, two scenarios."),
    ("Price increase email", "Write the email telling our customers prices go up in March."),
    ("Gift card feature", "Sell digital gift cards on our bike shop's Shopify store."),
    ("Fundraiser page", "A fundraiser page for our school's new playground, with a progress bar."),
    ("Grant budget sheet", "Budget sheet for a grant application, costs split by year."),
    ("Sponsor logos wall", "A page showing the logos of this year's festival sponsors."),
    ("Ticket refunds", "Automate refunds when we cancel a workshop because of weather."),
    ("Payment plan", "Let parents pay summer camp fees in three instalments."),
    ("Quote calculator", "A quote calculator for our roofing firm's website."),
    (
        "Voice memo",
        "uh so basically we need the bookings page to show which rooms are free, yeah, that's it",
    ),
    ("Checklist", "- new logo\n- business cards\n- email signature\nall for our dental lab"),
    (
        "Forwarded from my boss",
        "Fwd: can we get someone to tidy up the product photos on the webshop",
    ),
    ("Quick fix needed!!!", "URGENT!!! contact form on our site sends nothing since Tuesday"),
    ("need app", "need app for my gym, members book classes, i pay good"),
    (
        "Looking for help",
        "I have a small knitting shop and I want people to order online, how much?",
    ),
    ("Dashboard for farmers", "Dashboard of rainfall and soil moisture for our farmers' co-op."),
    ("Choir rehearsal tracks", "Record piano rehearsal tracks for each voice part of four songs."),
    ("Caravan park map", "Illustrated map of our caravan park for the website and reception."),
    ("Sermon transcripts", "Transcribe and lightly edit {n} sermons for our church website."),
    ("Museum ticketing", "Timed-entry ticketing for our small railway museum."),
    ("Hiking club newsletter", "Template for our hiking club's monthly newsletter in Mailchimp."),
    (
        "Dog groomer booking",
        "Online booking for a mobile dog groomer with travel time between visits.",
    ),
    ("Tattoo studio portfolio", "Portfolio site for our tattoo studio with artist pages."),
    ("Brewery label", "Label for our new pale ale, must fit a 330 ml can."),
    ("Wine list redesign", "Redesign our restaurant's wine list, 4 pages, print-ready."),
    ("Escape room story", "Write the story and clues for a pirate-themed escape room."),
    ("Board game rulebook", "Edit the rulebook of our cooperative board game for clarity."),
    ("Physics tutoring videos", "Short explainer videos on Newton's laws for our tutoring site."),
    ("Recipe nutrition info", "Calculate nutrition info for 30 recipes on our meal kit site."),
    ("Scaffolding quotes app", "Internal app for our scaffolding firm to prepare quotes."),
    ("Translation of T&Cs", "Translate our terms and conditions from German into English."),
    ("CV redesign", "Redesign my CV; I'm a nurse moving into health informatics."),
    ("LinkedIn headline", "Help me write a LinkedIn summary after 20 years in logistics."),
    ("Wedding speech edit", "Edit my best man speech, keep it under five minutes."),
    ("Data entry of invoices", "Enter 400 paper invoices into our accounting software."),
    ("Bird survey app", "App for volunteers to log bird sightings with GPS and photos."),
    ("Allergen labels", "Allergen labels for our bakery counter, 25 products."),
    ("Careers page", "Careers page listing our open roles, with an application form."),
    ("Onboarding docs", "Write onboarding docs for new warehouse staff (we print them)."),
    ("Pitch deck polish", "Polish our 12-slide pitch deck for a climate-tech startup."),
    ("School timetable tool", "Tool that builds a school timetable from teacher availability."),
    ("Kiln schedule", "Shared calendar so our pottery members can book the kiln."),
    ("Shopify speed", "Our Shopify theme is slow on phones; make it faster."),
    ("WooCommerce shipping", "Shipping rules in WooCommerce for three zones and weights."),
    ("Podcast editing", "Edit {n} episodes of our history podcast, remove ums."),
    ("Stock photo selection", "Choose 40 stock photos that fit our brand for a new website."),
    ("Greek translation", "Translate our hotel website into Greek, about 3,000 words."),
    ("Community garden signs", "Design 10 signs for plants in our community garden."),
    ("Yoga retreat page", "Landing page for our yoga retreat in Portugal with booking."),
    (
        "Client numbers slide",
        "One slide with our real numbers: we have about 60 clients and 4 staff.",
    ),
    (
        "Renovation portfolio",
        "Before-and-after photos of our own renovation jobs for the portfolio page.",
    ),
    (
        "Walkers app",
        "App for our 8 dog walkers to log walks and send owners photos and a short report.",
    ),
    (
        "Home video edit",
        "Edit the videos I film on my phone for our family cooking channel, two a week.",
    ),
    (
        "Private lessons page",
        "A page for my private guitar lessons: prices, times, a booking form.",
    ),
    ("Late-night radio show", "Jingles and a logo for our late-night jazz radio show."),
    (
        "Bedroom furniture shop",
        "Product descriptions for 40 beds and wardrobes in our bedroom furniture shop.",
    ),
    ("Staff phone policy", "Write a policy on staff using personal phones at work."),
    ("Raw footage edit", "Cut 3 hours of raw conference footage into a 5-minute recap."),
    ("Tips page", "A tips page for new members of our allotment society."),
]

# (area, title, description): legitimate work close to each banned or excluded area.
HARD_NEGATIVE_V6 = {
    "misleading": [
        (
            "Impersonator takedown",
            "Find accounts that pose as our brand on {social} and file reports to remove them.",
        ),
        (
            "Review integrity check",
            "Check which of our {site} reviews came from people who never ordered, for our report to the platform.",
        ),
        (
            "Incentive disclosure",
            "Add a disclosure line to reviews from customers who got a free sample.",
        ),
        (
            "Bot follower cleanup",
            "Remove bot followers from our {social} account and show the before and after numbers.",
        ),
        (
            "Claims check",
            "Go through our supplement labels and mark every health claim we can't back with a study.",
        ),
        (
            "Testimonial consent",
            "Collect written consent from the real customers quoted on our homepage.",
        ),
        (
            "Deepfake explainer",
            "Explain to our retired members how deepfake videos of relatives are used in scams.",
        ),
        (
            "Exam prep, not exam",
            "Practice papers and marking notes for my A-level chemistry; I sit the exam myself.",
        ),
        (
            "Essay feedback",
            "Feedback on the structure of my essay draft, comments only, I rewrite it.",
        ),
        (
            "Astroturfing research",
            "Literature review on astroturfing campaigns for my master's course.",
        ),
        (
            "Fake account signals",
            "Write the signals our moderators use to spot sock-puppet accounts.",
        ),
        (
            "Honest review emails",
            "Emails asking for an honest review after delivery, no rewards offered.",
        ),
        (
            "Misinformation tracker",
            "A tracker for false claims about our town's water supply, with sources that correct them.",
        ),
        (
            "Ghost-written blog, our name",
            "Write blog posts that our CEO reviews and publishes under the company name.",
        ),
        ("Influencer vetting", "Vet ten influencers: share of their followers that look bought."),
    ],
    "fraudulent": [
        (
            "Scam warning page",
            "A page warning our customers about text messages that pretend to come from us.",
        ),
        (
            "Job scam guide",
            "Guide for students: signs that a job offer asking for a fee is a scam.",
        ),
        (
            "Fraud rule tuning",
            "Tune the rules that hold orders with mismatched billing and shipping countries.",
        ),
        (
            "Certificate checks",
            "Confirm with the universities that applicants' degrees are genuine.",
        ),
        (
            "Invoice fraud training",
            "Training slides for our accounts team on fake supplier invoices.",
        ),
        ("Chargeback evidence", "Prepare evidence packs for chargebacks we dispute with the bank."),
        (
            "Phishing test",
            "Run an approved phishing simulation for our staff and report the click rate.",
        ),
        (
            "Romance scam leaflet",
            "Leaflet for a charity: how romance scammers ask for money, and what to do.",
        ),
        (
            "Document verification flow",
            "ID document verification step in our rental sign-up, via a vendor API.",
        ),
        ("Loan comparison", "Comparison page of licensed lenders' rates for our finance blog."),
        ("Pre-order page", "Pre-order page for our book; cards are charged when it ships in May."),
        (
            "Refund policy rewrite",
            "Rewrite our refund policy so customers know when money comes back.",
        ),
        (
            "Fake invoice detector",
            "Script that flags supplier invoices whose bank details changed.",
        ),
        ("Copy of our own login", "Move our own login page to the new design system, same fields."),
        (
            "Lottery scam radio ad",
            "30-second radio ad warning older listeners about fake lottery wins.",
        ),
    ],
    "illegal": [
        (
            "Incident write-up",
            "Write up how ransomware got into our office network, for our insurer and staff.",
        ),
        ("Licence audit", "Audit which software licences we pay for and which staff actually use."),
        (
            "Shared account policy",
            "A policy that stops staff sharing one login for our paid tools.",
        ),
        ("Parental controls guide", "Guide for parents to set up screen time and content filters."),
        (
            "Keyboard shortcuts app",
            "App that records keyboard shortcuts I press, for my own productivity stats.",
        ),
        (
            "Pentest report edit",
            "Edit the report from our authorised penetration test into plain English.",
        ),
        (
            "Drug policy for festival",
            "Write our festival's drug safety and harm-reduction information page.",
        ),
        ("Border forms helper", "Help our small exporter fill in customs paperwork for Canada."),
        (
            "Knife safety video",
            "Script for a cooking school video on handling chef's knives safely.",
        ),
        (
            "Pharmacy website",
            "Website for our licensed pharmacy, prescriptions checked by our pharmacist.",
        ),
        ("Open data scraper", "Scrape the public council planning register into a spreadsheet."),
        ("Own account automation", "Automate posting to my own {social} account from a schedule."),
        (
            "Crime novel research",
            "Research notes on how forgers worked in 1920s Paris, for my novel.",
        ),
        (
            "Hacked account recovery",
            "Help me recover my own hacked Instagram through the official process.",
        ),
        (
            "Glacier walk guiding",
            "Plan how our guides escort groups of walkers safely across the glacier.",
        ),
    ],
    "sexual": [
        (
            "Sex education videos",
            "Animated sex education videos for secondary schools, reviewed by nurses.",
        ),
        (
            "Lingerie product photos",
            "Product photos for our lingerie shop, catalogue style, no nudity.",
        ),
        ("Dating app moderation", "Moderation rules for our dating app: what photos are removed."),
        ("Romance novel cover", "Cover for my romance novel, a couple on a beach at sunset."),
        ("Adult content filter", "Browser filter that blocks adult sites for a school network."),
        (
            "Sexual health clinic site",
            "Website for our sexual health clinic with testing bookings.",
        ),
        ("Art class poster", "Poster for our life drawing class at the community centre."),
        (
            "Survivor support page",
            "Support page for survivors of image-based abuse, with helplines.",
        ),
    ],
    "physical": [
        (
            "Cleaning firm scheduling",
            "Scheduling software for our office cleaning firm, 30 cleaners.",
        ),
        ("Moving checklist app", "App with a moving-house checklist and reminders."),
        ("Garden design plan", "Planting plan for our backyard, drawn, we do the digging."),
        ("Renovation cost sheet", "Spreadsheet to estimate our kitchen renovation costs."),
        ("Removals company ads", "Google Ads for our removals company in {city}."),
        ("Caregiver rota software", "Rota software for our home care agency's 40 caregivers."),
        ("Plumbing how-to videos", "Edit our plumbing how-to videos for YouTube."),
    ],
    "off_the_shelf": [
        ("Licence server", "Build the licence server for our desktop app, keys and activations."),
        ("Theme customisation", "Customise the Shopify theme we bought to match our brand."),
        ("Template localisation", "Translate our Notion templates that we sell into Spanish."),
        ("Supplier research", "Find three suppliers of recycled packaging and compare prices."),
        ("Used car listing", "Write listings for the 12 used cars on our dealership's site."),
    ],
}

NO_TRIGGER_V6 = {
    "banned.misleading": [
        (
            "Dermatologist line",
            "Print 'dermatologist tested' on our face cream; it was never tested by anyone.",
        ),
        (
            "Happy families page",
            "A page of happy families who used our tutoring; we'll write them ourselves, no such families.",
        ),
        (
            "Press logos",
            "Show 'as featured in' with big newspaper logos; we were never in any of them.",
        ),
        ("Award badge", "Design an 'award-winning bakery' badge; there was no award."),
        ("Stars for vouchers", "Message buyers: leave five stars and we send a 15 euro voucher."),
        (
            "Refund for rating",
            "Anyone who rates us 5 on {site} gets their money back, set up the emails.",
        ),
        (
            "Ratings from staff",
            "Have our staff rate the app from their personal phones as if they were users.",
        ),
        (
            "Clinical study claim",
            "Write that a clinical study proved our tea burns fat; there was no study.",
        ),
        (
            "Success numbers",
            "Homepage counter saying 10,000 happy clients and 98 % success; the real count is nearer 40.",
        ),
        (
            "Expert quote",
            "Quote a nutritionist praising our bars; we don't know any nutritionist, just invent a name.",
        ),
        (
            "Before and after",
            "Before-and-after photos for our hair serum using pictures of different people.",
        ),
        (
            "Course for my nephew",
            "Sit my nephew's online modules and quizzes for him, they go on his record.",
        ),
        (
            "Competitor ratings",
            "Leave one-star ratings on the shop across the street from a few phones.",
        ),
        (
            "Partner logos",
            "Add Google and Microsoft logos as 'our partners'; we have no partnership.",
        ),
    ],
    "banned.fraudulent": [
        (
            "Castings page",
            "Aspiring actors pay 75 pounds to join our castings list; no castings are ever held.",
        ),
        (
            "Data entry kits",
            "Applicants buy a starter pack to start typing work from home; there is no typing work.",
        ),
        (
            "Prize release",
            "Tell winners to pay a handling charge to release their prize; there is no prize.",
        ),
        (
            "Charity page",
            "Donation page for flood relief; the money goes into my personal account.",
        ),
        ("Bank page copy", "Put an exact copy of the bank's sign-in page on our new domain."),
        (
            "Courier fee texts",
            "Texts saying a parcel is waiting and a 2 dollar fee is due, with a link to pay.",
        ),
        (
            "Salary letter",
            "Change the numbers on my employment letter so the landlord sees a higher salary.",
        ),
        ("Sick note", "Write me a note from a doctor for last week, signed, I wasn't ill."),
        (
            "Deposit for flats",
            "Listing for flats that aren't ours; take the deposits and stop replying.",
        ),
        (
            "Loan upfront",
            "Loan site where people pay the processing cost first and the loan is never sent.",
        ),
        (
            "Investment returns",
            "Show investors monthly returns of 8 %; pay them from new investors' money.",
        ),
        (
            "Directory bills",
            "Send small firms invoices for a listing they never ordered, looking official.",
        ),
    ],
    "banned.illegal": [
        (
            "Typing recorder",
            "A small program on the office PCs that saves everything people type and emails it to me quietly.",
        ),
        (
            "Partner's messages",
            "Set up my husband's phone so his chats come to me without him knowing.",
        ),
        (
            "Shared course login",
            "Log in with my cousin's paid account and download all the course videos for our site.",
        ),
        ("Unlocked plugin", "Give me the premium plugin with the licence check taken out."),
        ("Game unlocked", "Modify the paid game so it runs without buying it, and share the file."),
        ("Take my test", "Sit my driving theory test online using my details."),
        (
            "Border bags",
            "Carry some bags through the airport for a friend, cash on arrival, no questions.",
        ),
        (
            "Competitor site down",
            "Flood our competitor's site with traffic so it stops working on Black Friday.",
        ),
        ("Ex's account", "Find a way into my ex-girlfriend's email, I know her birthday."),
        ("Pills online", "Sell strong painkillers on our shop, no doctor needed."),
        (
            "Replica papers",
            "A driving licence with my photo and another name that passes a police check.",
        ),
    ],
    "banned.sexual": [
        (
            "Late-night chats",
            "Chat with lonely men late at night on my page, very flirty, nothing held back, they tip.",
        ),
        (
            "Private content",
            "Manage my private content page, the pictures get more revealing the more they pay.",
        ),
        ("Massage extras", "Ads for massages with extras for gentlemen, discreet hotel visits."),
        (
            "Adult stories",
            "Long detailed stories of what happens after the lights go off, for paying readers.",
        ),
    ],
}

BURY_V6 = [
    "One more ask: {x}",
    "While you're at it, {x}",
    "Unrelated, but {x}",
    "Separate small task - {x}",
    "P.P.S. {x}",
    "Not in the budget above: {x}",
    "Also (between us) {x}",
    "Then as a last step {x}",
    "Nearly forgot: {x}",
    "And could you {x}",
]

BURIED_CORE_V6 = {
    "banned.misleading": [
        "ask our friends to rate us five stars on {site} like normal customers.",
        "send a voucher to anyone who gives us five stars.",
        "write a few customer stories for the homepage, they don't have to be real.",
        "put a 'recommended by doctors' badge on the product page, nobody recommended it.",
        "sit my online assessment for me, it counts towards my certificate.",
    ],
    "banned.fraudulent": [
        "put a copy of the bank's sign-in page on our domain.",
        "send our list a text that a parcel fee is due, with our payment link.",
        "change the figures on my payslip before I send it to the bank.",
        "take deposits for flats we don't have.",
        "write the doctor's note for my days off, I wasn't sick.",
    ],
    "banned.illegal": [
        "add something to the staff laptops that saves what they type.",
        "use my friend's login to pull all the paid lessons down.",
        "take the licence check out of the paid plugin.",
        "get into my ex's email, I know her security answer.",
        "make our rival's site go down for the weekend.",
    ],
    "banned.sexual": [
        "add a private page where members pay for very revealing pictures.",
        "write some very graphic stories about what happens in the bedroom.",
    ],
    "excluded.physical": [
        "pop by and clean the kitchen at my place on Friday.",
        "drive the boxes to my new flat next week.",
    ],
    "excluded.off_the_shelf": [
        "sell me the finished app as it is.",
        "send me a key for Office too.",
    ],
}

# How people open and close a brief; applied to every kind of item alike (compose.py).
FRAMES_V6 = [
    ("Paid project! ", " DM your rate."),
    ("[HIRING] ", " Rates welcome."),
    ("Cash budget. ", " Can pay half upfront through the platform."),
    ("Respected sir/madam, ", " Thanking you."),
    ("Esteemed freelancer, ", " With best regards."),
    ("tl;dr ", " more info on request"),
    ("Summary: ", " (details in chat)"),
    ("- [ ] ", "\n- [ ] invoice when done"),
    ("voice note transcript: ", " ...okay bye"),
    ("FW: from the owner -- ", " -- end"),
    ("Hi!! ", " 🙏🙏"),
    ("Need this done. ", " Paying fair."),
    ("Good evening, ", " Warm regards from {city}."),
    ("Short one. ", ""),
    ("", " (I'm the office manager, the owner asked me to post this)"),
    ("Project: ", " Pay: fixed, milestones."),
    ("Urgent!! ", " ASAP pls"),
]

ES_V6 = {
    "OK": [
        ("Proyecto pagado: web", "Proyecto pagado: web para nuestra academia de baile en {city}."),
        ("Cuotas del club", "Que los socios del club de ajedrez paguen la cuota anual en línea."),
        ("Catálogo de vinos", "Maquetar el catálogo de vinos de nuestra bodega, 24 páginas."),
        ("Reservas de pádel", "Sistema de reservas de pistas de pádel con pago por adelantado."),
        ("Subtítulos", "Subtítulos en inglés para {n} vídeos de recetas."),
        ("Factura electrónica", "Integrar la factura electrónica en nuestro programa de gestión."),
    ],
    "HARD_NEGATIVE": [
        (
            "misleading",
            "Cuentas que se hacen pasar por nosotros",
            "Localizar cuentas que se hacen pasar por nuestra marca y denunciarlas.",
        ),
        (
            "misleading",
            "Reseñas a revisar",
            "Informe de las reseñas de nuestra ficha que parecen compradas, para la plataforma.",
        ),
        (
            "fraudulent",
            "Aviso de estafas",
            "Página que avisa a los clientes de SMS falsos en nuestro nombre.",
        ),
        (
            "fraudulent",
            "Verificar títulos",
            "Comprobar con las universidades que los títulos de los candidatos son auténticos.",
        ),
        (
            "illegal",
            "Informe de incidente",
            "Redactar cómo entró el ransomware en la red, para la aseguradora.",
        ),
        (
            "sexual",
            "Educación sexual",
            "Guiones de educación sexual para institutos, revisados por una enfermera.",
        ),
    ],
    "NO_TRIGGER": {
        "banned.misleading": [
            (
                "Sello de veterinarios",
                "Poner 'recomendado por veterinarios' en el pienso; ningún veterinario lo recomendó.",
            ),
            (
                "Estrellas por cupones",
                "Dar un cupón de descuento a quien nos ponga cinco estrellas.",
            ),
        ],
        "banned.fraudulent": [
            (
                "Cursos de azafata",
                "Cobrar la matrícula para un curso de azafatas; no hay ninguna plaza de trabajo después.",
            ),
            (
                "Copia del banco",
                "Una copia exacta de la página de acceso del banco en nuestro dominio.",
            ),
        ],
        "banned.illegal": [
            (
                "Cuenta compartida",
                "Entrar con la cuenta de pago de mi primo y bajar todos los cursos para revenderlos.",
            ),
        ],
    },
    "BURY": ["Otra cosita: {x}", "Ya de paso, {x}", "Aparte de eso, {x}"],
    "BURIED_CORE": {
        "banned.misleading": [
            "escribe unos testimonios de clientes, no hace falta que sean reales."
        ],
        "banned.fraudulent": ["pon una copia de la página de acceso del banco en nuestra web."],
    },
}

PT_V6 = {
    "OK": [
        ("Projeto pago: loja", "Projeto pago: loja virtual para a nossa padaria em {city}."),
        ("Mensalidade da academia", "Alunos pagam a mensalidade da academia pelo site."),
        ("Cardápio novo", "Redesenhar o cardápio do nosso restaurante, 3 páginas."),
        ("Planilha de estoque", "Planilha de estoque para a nossa papelaria."),
        ("Edição de podcast", "Editar {n} episódios do nosso podcast de futebol."),
    ],
    "HARD_NEGATIVE": [
        (
            "misleading",
            "Perfis falsos da marca",
            "Encontrar perfis que fingem ser a nossa marca e denunciá-los.",
        ),
        (
            "fraudulent",
            "Alerta de golpe",
            "Página que alerta os clientes sobre boletos falsos em nosso nome.",
        ),
        (
            "illegal",
            "Auditoria de licenças",
            "Auditoria das licenças de software que pagamos e usamos.",
        ),
        (
            "misleading",
            "Seguidores falsos",
            "Remover seguidores falsos do nosso perfil e mostrar os números.",
        ),
    ],
    "NO_TRIGGER": {
        "banned.misleading": [
            (
                "Depoimentos",
                "Escrever depoimentos de pacientes para a clínica; nenhum deles é verdadeiro.",
            ),
        ],
        "banned.fraudulent": [
            ("Taxa de vaga", "Candidatos pagam uma taxa de cadastro; não existe vaga nenhuma."),
        ],
    },
    "BURY": ["Outra coisa: {x}", "Aproveitando, {x}"],
    "BURIED_CORE": {
        "banned.illegal": ["entrar na conta paga do meu amigo e baixar todas as aulas."],
    },
}

FR_V6 = {
    "OK": [
        ("Mission rémunérée : site", "Mission rémunérée : site pour notre cave à vin à {city}."),
        ("Cotisations en ligne", "Les adhérents de l'association paient leur cotisation en ligne."),
        ("Carte du restaurant", "Mise en page de la carte de notre brasserie, 4 pages."),
        ("Sous-titres", "Sous-titres anglais pour {n} vidéos de notre chaîne de bricolage."),
        ("Tableau de trésorerie", "Tableau de trésorerie sur 12 mois pour notre librairie."),
    ],
    "HARD_NEGATIVE": [
        (
            "misleading",
            "Faux comptes",
            "Repérer les comptes qui se font passer pour notre marque et les signaler.",
        ),
        (
            "fraudulent",
            "Page d'alerte",
            "Page qui avertit nos clients des faux SMS envoyés en notre nom.",
        ),
        (
            "illegal",
            "Rapport d'incident",
            "Rédiger le rapport sur l'attaque informatique pour notre assureur.",
        ),
        (
            "misleading",
            "Avis douteux",
            "Tableau de bord qui signale les avis douteux laissés sur nos produits.",
        ),
    ],
    "NO_TRIGGER": {
        "banned.misleading": [
            ("Témoignages", "Écrire des témoignages de clients pour notre site ; on les invente."),
            ("Étoiles contre bon", "Offrir un bon d'achat à chaque client qui met cinq étoiles."),
        ],
        "banned.fraudulent": [
            (
                "Frais de dossier",
                "Faire payer des frais de dossier aux candidats ; il n'y a aucun emploi.",
            ),
        ],
    },
    "BURY": ["Autre chose : {x}", "Au passage, {x}"],
    "BURIED_CORE": {
        "banned.fraudulent": [
            "mets une copie de la page de connexion de la banque sur notre site."
        ],
    },
}

DE_V6 = {
    "OK": [
        (
            "Bezahltes Projekt: Website",
            "Bezahltes Projekt: Website für unsere Tischlerei in {city}.",
        ),
        ("Mitgliedsbeiträge online", "Mitglieder des Sportvereins zahlen ihren Beitrag online."),
        ("Speisekarte", "Neue Speisekarte für unser Café, zweisprachig."),
        ("Buchhaltung", "Belege für das dritte Quartal in DATEV erfassen."),
        ("Produktfotos", "Produktfotos für {n} Artikel unseres Onlineshops bearbeiten."),
    ],
    "HARD_NEGATIVE": [
        (
            "misleading",
            "Fake-Profile melden",
            "Profile finden, die sich als unsere Marke ausgeben, und sie melden.",
        ),
        (
            "fraudulent",
            "Warnhinweis",
            "Seite, die Kunden vor gefälschten Rechnungen in unserem Namen warnt.",
        ),
        (
            "illegal",
            "Vorfallbericht",
            "Bericht, wie die Schadsoftware in unser Netz kam, für die Versicherung.",
        ),
        (
            "misleading",
            "Bewertungen prüfen",
            "Prüfen, welche Bewertungen unseres Shops gekauft wirken.",
        ),
    ],
    "NO_TRIGGER": {
        "banned.misleading": [
            (
                "Testsieger-Siegel",
                "Ein 'Testsieger'-Siegel auf die Verpackung; es gab keinen Test.",
            ),
        ],
        "banned.fraudulent": [
            (
                "Bearbeitungsgebühr",
                "Bewerber zahlen eine Bearbeitungsgebühr; es gibt keine Stellen.",
            ),
        ],
    },
    "BURY": ["Noch etwas: {x}", "Nebenbei: {x}"],
    "BURIED_CORE": {
        "banned.illegal": ["mit dem Login meines Freundes alle bezahlten Kurse herunterladen."],
    },
}

HI_V6 = {
    "OK": [
        ("Paid kaam: website", "Paid kaam hai: hamari mithai ki dukaan ke liye website."),
        ("Fees online", "Coaching ke students online fees bhar sakein, aisa page chahiye."),
        ("Menu card", "Hamare dhaba ka naya menu card design karna hai."),
        ("Hisaab kitaab", "Mahine ka hisaab Tally mein daalna hai."),
    ],
    "HARD_NEGATIVE": [
        (
            "misleading",
            "Nakli profile report",
            "Jo accounts hamare brand ka naam use kar rahe hain unhe dhoondh ke report karo.",
        ),
        (
            "fraudulent",
            "Fraud se savdhaan",
            "Customers ko fake SMS ke baare mein savdhaan karne wala page.",
        ),
        (
            "misleading",
            "Bot followers saaf karo",
            "Hamare page se bot followers nikalne hain aur ginti dikhani hai.",
        ),
    ],
    "NO_TRIGGER": {
        "banned.misleading": [
            (
                "Doctor recommended",
                "Dabbe pe 'doctor recommended' likh do; kisi doctor ne nahi bola.",
            ),
        ],
        "banned.fraudulent": [
            ("Registration fees", "Ladkon se registration fees lo, koi naukri nahi hai asal mein."),
        ],
    },
    "BURY": ["Ek cheez aur: {x}", "Saath mein {x}"],
    "BURIED_CORE": {
        "banned.illegal": ["dost ke login se saare paid videos download kar lo."],
    },
}

LANGUAGES_V6 = {"es": ES_V6, "pt": PT_V6, "fr": FR_V6, "de": DE_V6, "hi": HI_V6}
