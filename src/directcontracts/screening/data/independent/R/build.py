#!/usr/bin/env python3
"""Hand-written labelled briefs for the Direct Contracts work-policy screener (training author R)."""

import collections
import json
import os

KINDS = {"ok", "hard_negative", "direct", "buried", "no_trigger"}
POLICIES = {
    "ok",
    "banned.illegal",
    "banned.fraudulent",
    "banned.misleading",
    "banned.sexual",
    "excluded.physical",
    "excluded.off_the_shelf",
}
ITEMS = []


def add(kind, policy, title, description):
    assert kind in KINDS, kind
    assert policy in POLICIES, policy
    if kind in ("ok", "hard_negative"):
        assert policy == "ok", (kind, policy, title)
    else:
        assert policy != "ok", (kind, policy, title)
    ITEMS.append((kind, policy, title, description))


def main():
    seen = set()
    for _, _, _, d in ITEMS:
        assert d not in seen, "duplicate description: " + d[:60]
        seen.add(d)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "items.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (k, p, t, d) in enumerate(ITEMS, 1):
            f.write(
                json.dumps(
                    {"id": f"R-{i:04d}", "title": t, "description": d, "policy": p, "kind": k},
                    ensure_ascii=False,
                )
                + "\n"
            )
    print("total", len(ITEMS))
    print("per kind:", dict(collections.Counter(x[0] for x in ITEMS)))
    print("per policy:", dict(collections.Counter(x[1] for x in ITEMS)))
    print("kind x policy:", dict(collections.Counter((x[0], x[1]) for x in ITEMS)))


# ---------------- batch 1 ----------------
# add(kind, policy, title, description)
# kind: ok (plain legitimate work), hard_negative (legitimate work close to a banned or
#   excluded area), direct (harm stated plainly), buried (a harmful request appended to a
#   long legitimate brief), no_trigger (harm described without the obvious words)


add("hard_negative", "ok", "Booking website for a removals firm",
    "We're a small removals company in Leeds — two vans, four movers, we do house moves and office relocations. Need a website with an online quote form (rooms, floors, lift yes/no, date) that emails us the request. We do the lifting, you do the code.")
add("hard_negative", "ok", "Chargeback dashboard",
    "We sell sneakers online and got hit by a wave of chargebacks last quarter, most from stolen cards used on our checkout. Want a Metabase dashboard that shows chargeback rate by BIN, country and shipping mismatch so our risk team can tune rules. Stripe + Postgres data.")
add("hard_negative", "ok", "Payslip correction script",
    "Our payroll export had the wrong overtime multiplier for March, so 14 employees got payslips that underpaid them. Need someone to write a script that recalculates and regenerates corrected payslips from the source data, plus a short memo for the accountant.")
add("hard_negative", "ok", "Novela negra — corrección de estilo",
    "Tengo una novela policiaca de 80.000 palabras sobre un cártel de cocaína en Galicia. Busco corrector de estilo que revise ritmo y diálogos. No hay escenas sexuales explícitas; hay violencia pero no gratuita. El texto es mío.")
add("hard_negative", "ok", "Phishing awareness module for staff",
    "HR wants a 20-minute e-learning module teaching our 300 employees how to spot phishing emails: spoofed sender, urgency, fake login pages. Include 10 quiz questions with screenshots of example (mocked-up, clearly marked) phishing emails. Articulate Rise preferred.")
add("hard_negative", "ok", "Site vitrine pour une entreprise de nettoyage",
    "Nous sommes une société de nettoyage de bureaux à Lyon (12 agents). Il nous faut un site simple avec nos services, une carte des zones couvertes et un formulaire de devis. Le ménage, c'est nous ; le site, c'est vous.")
add("hard_negative", "ok", "Shopify theme customisation (theme already purchased)",
    "I bought the Impulse theme last week — licence is in my account. I need a dev to customise the product page: add a size-guide drawer, change the sticky add-to-cart, and match our brand fonts. Not looking to buy anything, just the customisation work.")
add("hard_negative", "ok", "Pentest of our web app — signed scope",
    "Looking for an OSCP-level tester for an authorised grey-box pentest of our SaaS (app.ourdomain.io + API). Scope letter signed by our CTO, testing window 2 weeks, staging environment only. Deliverable: report with CVSS scores and retest after fixes.")
add("hard_negative", "ok", "Landing page für Hundeausführservice",
    "Ich betreibe einen Gassi-Service in Hamburg-Eimsbüttel, gehe täglich mit 6–8 Hunden raus. Suche jemanden, der mir eine Landingpage mit Buchungskalender (Calendly reicht) und ein paar Texten baut. Fotos habe ich selbst.")
add("hard_negative", "ok", "CBD shop — age gate and compliance copy",
    "We run a licensed CBD oil shop in the UK (products under 0.2% THC, FSA novel foods list). Need product descriptions that make no medical claims, an age-verification gate on the WooCommerce store and a compliance review of our existing copy.")
add("hard_negative", "ok", "Malware sample analysis for incident report",
    "we were hit by ransomware on two file servers last weekend, restored from backup. We kept the binary. Need a malware analyst to reverse the sample in a sandbox, extract IOCs and write up how it got in so we can close the hole. Defence only, obviously.")
add("hard_negative", "ok", "Artigo sobre golpes do Pix para idosos",
    "Escrevo um blog de finanças para a terceira idade. Preciso de um artigo de 1.500 palavras explicando os golpes mais comuns com Pix (falso sequestro, falso funcionário do banco, QR code trocado) e como se proteger. Linguagem simples.")
add("hard_negative", "ok", "Sex-ed video script for teens",
    "A nonprofit sexual health clinic needs a script for a 5-minute animated video for 14–17 year olds about consent, contraception options and where to get STI testing. Medically accurate, non-explicit, friendly tone. We'll have our nurse review it.")
add("hard_negative", "ok", "Fake supplier detection in AP data",
    "Internal audit found two fake suppliers in our vendor master last year (bank details matched an ex-employee). Want a data analyst to build checks in Python: vendor bank accounts shared with employees, duplicate IBANs, vendors with PO box only, invoice numbers in suspicious sequence.")
add("hard_negative", "ok", "Review request emails (real customers only)",
    "Dental clinic here. We want an automated email that goes out 3 days after an appointment asking the patient to leave an honest Google review, with a link. No incentives, no filtering out unhappy patients — just asking everyone. Set up in our Mailchimp.")
add("hard_negative", "ok", "Sito per armeria autorizzata",
    "Armeria con licenza di PS a Brescia. Ci serve un sito catalogo (senza vendita online di armi, solo vetrina e orari) con una sezione sulle normative per il porto d'armi sportivo e il link al modulo della Questura. WordPress va bene.")
add("hard_negative", "ok", "e-signature integration",
    "Need DocuSign embedded signing added to our Django app for rental agreements. Tenants sign in-app, signed PDF stored in S3, audit trail kept. We have a DocuSign developer account already.")
add("hard_negative", "ok", "Kookschool — nieuwsbrief en blog",
    "Wij zijn een kookschool in Utrecht met workshops Italiaans en Thais koken. We zoeken iemand die maandelijks een nieuwsbrief en twee blogposts schrijft (recepten, tips, aankondigingen workshops). Koken doen wij zelf in de studio.")
add("hard_negative", "ok", "ID document OCR for KYC onboarding",
    "Fintech, regulated EMI. We need to improve our ID-scanning flow: OCR of passports and national ID cards (MRZ parsing), liveness check integration with our vendor, and better error messages when the photo is blurry. React Native app.")
add("hard_negative", "ok", "Smart contract audit",
    "We're launching an ERC-4626 vault. Need an independent audit of ~900 lines of Solidity before mainnet. Looking for reentrancy, rounding, oracle manipulation issues. Report publishable. Foundry test suite exists.")
add("hard_negative", "ok", "Historia del contrabando — guion de documental",
    "Productora independiente busca guionista para un documental de 50 minutos sobre el contrabando de tabaco en el Campo de Gibraltar en los años 80 y 90. Trabajo de archivo, entrevistas ya grabadas con exguardias civiles y periodistas.")
add("hard_negative", "ok", "bike shop inventory app",
    "i own a bike repair shop, we fix like 30 bikes a week. want a simple app to log jobs - customer, bike, what's wrong, parts used, status - and send SMS when ready for pickup. nothing fancy")
add("hard_negative", "ok", "Courier company — route data analysis",
    "Same-day courier company in Warsaw, 40 riders. We have 6 months of GPS and delivery timestamps in BigQuery. Looking for an analyst to find which zones are consistently late and suggest zone redesign. Remote only — you won't be delivering anything :)")
add("hard_negative", "ok", "Opieka domowa — strona i SEO",
    "Agencja opieki domowej dla seniorów w Krakowie. Potrzebujemy nowej strony internetowej z opisem usług (opieka dzienna, nocna, pomoc po szpitalu) i lokalnego SEO. Teksty po polsku, ewentualnie też po ukraińsku.")
add("hard_negative", "ok", "AML transaction monitoring rules",
    "Compliance consultant needed to review our AML transaction monitoring scenarios — structuring, rapid movement of funds, money mule patterns (many small inbound transfers then one outbound). We're a small payments institution, regulator visit in Q1.")
add("hard_negative", "ok", "Ilustrasi buku anak tentang bahaya narkoba",
    "Kami LSM di Surabaya, butuh ilustrator untuk buku cerita anak SD tentang menolak ajakan mencoba narkoba. 16 halaman, gaya kartun ceria. Naskah sudah ada.")
add("hard_negative", "ok", "Translate our cannabis dispensary menu",
    "Licensed adult-use dispensary in Colorado. We need our menu, strain descriptions and state-required warning labels translated into Spanish for our website. Must keep the compliance wording exact.")
add("hard_negative", "ok", "Wine shop ecommerce setup",
    "Small wine shop (enoteca) wants to start selling online in Germany. Need WooCommerce set up with age check at checkout, shipping rules for bottles, and DHL integration. We pack the boxes ourselves.")
add("hard_negative", "ok", "Romance novel edit — fade to black",
    "Editing my contemporary romance manuscript (70k words). There's one intimate scene but it's fade-to-black, nothing explicit, and I want it to stay that way. Need developmental edit plus line edit.")
add("hard_negative", "ok", "Red team engagement write-up template",
    "Our internal red team runs 3 engagements a year with signed rules of engagement. We want a technical writer to create a report template and style guide so findings read consistently for execs and engineers.")
add("hard_negative", "ok", "Ev temizlik şirketi için mobil uygulama",
    "İstanbul'da ev temizliği yapan bir şirketiz. Müşterilerin temizlik randevusu alabileceği, ödeme yapabileceği basit bir mobil uygulama istiyoruz (Flutter). Temizliği bizim ekibimiz yapıyor, sizden sadece yazılım.")
add("hard_negative", "ok", "Phishing simulation campaign setup",
    "Need GoPhish configured on our own server to run quarterly phishing simulations against our own staff (approved by CISO and works council). Templates, landing page that redirects to training, reporting. 250 users.")
add("hard_negative", "ok", "Estornos e fraude — modelo de score",
    "Somos um e-commerce de eletrônicos e estamos tomando muito chargeback de cartão clonado. Queremos um modelo de machine learning (XGBoost ou similar) para dar score de risco em cada pedido antes de aprovar. Temos 2 anos de dados rotulados.")
add("hard_negative", "ok", "Documentary subtitles — drug trade",
    "Subtitling a 90-minute documentary about heroin addiction in Glasgow into English SDH. Heavy accents, some swearing. We own the film.")
add("hard_negative", "ok", "WordPress plugin licence — setup only",
    "I've already paid for Gravity Forms Elite. Need someone to build three multi-step forms with conditional logic and connect them to HubSpot. I'm not asking you to supply the plugin.")
add("hard_negative", "ok", "Fraud training deck for bank tellers",
    "Regional credit union: create a PowerPoint training for tellers on recognising forged cheques, altered payees and elder financial abuse. Include real-world-style examples (fictional names).")
add("hard_negative", "ok", "Crypto wallet security review",
    "We built a non-custodial mobile wallet (React Native). Need a security review of key storage (Secure Enclave / Keystore), seed phrase backup flow and clipboard handling. Report + recommendations.")
add("hard_negative", "ok", "Educación sexual — guía para padres",
    "Soy psicóloga infantil y quiero publicar una guía para madres y padres sobre cómo hablar de sexualidad con hijos de 8 a 12 años. Necesito redactora que me ayude a estructurar y pulir mis notas. Sin contenido sexual explícito, enfoque educativo.")
add("hard_negative", "ok", "Catering company menu design",
    "Catering business, we do weddings and corporate lunches. Need a designer to make printable menus and a PDF brochure. We cook, you design.")
add("hard_negative", "ok", "Tax return prep — freelancer",
    "Freelance graphic designer in Ireland, need help preparing my Form 11 honestly — I have income from 3 clients and some expenses I'm not sure are deductible. Want someone to go through receipts with me on a call.")
add("hard_negative", "ok", "Guida per genitori su TikTok e adescamento",
    "Associazione di genitori cerca scrittore per una guida (8-10 pagine) su come riconoscere i segnali di adescamento online dei minori e come impostare i controlli parentali. Tono pratico, niente allarmismo.")
add("hard_negative", "ok", "Verify signed PDFs automatically",
    "We receive hundreds of signed contracts as PDFs. Want a script that validates the digital signatures (PAdES), flags any that were modified after signing and logs signer cert details.")
add("hard_negative", "ok", "Plumbing company Google Ads",
    "Emergency plumber, 3 vans in Manchester. Want someone to manage Google Ads and Local Services Ads. Our calls spike at night for burst pipes.")
add("hard_negative", "ok", "Article: how money mule recruitment works",
    "Student finance magazine needs a 1,200-word explainer warning university students about money mule recruitment on Instagram and Telegram — the 'easy money' offers, consequences, how to report. Fact-checked, with sources.")
add("hard_negative", "ok", "Umzugsfirma – Angebotsrechner",
    "Wir sind ein Umzugsunternehmen in München. Auf unserer Website soll ein Rechner sein, der anhand Wohnungsgröße, Etage und Entfernung einen groben Preis ausgibt. Bitte mit Vue oder einfachem JS.")
add("hard_negative", "ok", "Pharmacy app — prescription refill",
    "Independent pharmacy chain (5 stores, registered with GPhC). Need a mobile app feature where patients request repeat prescription refills and get notified when ready. Must integrate with our PMR system's API.")
add("hard_negative", "ok", "Violence in video games — research summary",
    "Need a literature review (for my own research team, not for submission) summarising studies from 2010–2024 on violent video games and aggression. 15 pages, APA citations.")
add("hard_negative", "ok", "Trouver les factures falsifiées",
    "Notre service comptable a reçu plusieurs fausses factures imitant un vrai fournisseur (changement de RIB). On veut un processus de contrôle et une petite macro Excel qui compare les RIB des factures reçues avec le fichier fournisseurs validé.")
add("hard_negative", "ok", "Bartending school website",
    "We run a bartending school — two-week courses on cocktails, responsible service of alcohol, etc. Need a new site with course dates, booking and a blog. Students must be 18+.")
add("hard_negative", "ok", "Ethical hacking course curriculum",
    "Training company wants a 10-module curriculum for an intro ethical hacking course: lab setup, recon, web vulns, privilege escalation — all in intentionally vulnerable VMs. Emphasis on legal authorisation and scope.")


add("hard_negative", "ok", "Dog grooming salon — Instagram content",
    "Hi! I own a dog grooming salon and honestly I'm terrible at social media. I need someone to plan a monthly content calendar, write captions and schedule posts from the photos I take of the dogs after grooming. Before/after pics are our best content. About 12 posts a month. I do the grooming obviously lol")
add("hard_negative", "ok", "Ransomware tabletop exercise",
    "CISO of a mid-size hospital. We want a facilitator to design and run (via Teams) a 3-hour ransomware tabletop exercise for execs and IT: scenario injects, decision points, after-action report.")
add("hard_negative", "ok", "Reescrever descrições de produtos (sem promessas falsas)",
    "Loja de suplementos. Nossas descrições atuais prometem coisas que a Anvisa não permite ('cura', 'emagrece 10kg'). Preciso de um redator que reescreva 60 descrições de forma honesta e dentro das regras.")
add("hard_negative", "ok", "Detect bot-generated reviews on our marketplace",
    "We run a marketplace for handmade goods and noticed sellers buying fake reviews. Need an ML engineer to build a classifier flagging suspicious review patterns (burst timing, similar text, new accounts). We have 400k reviews, some labelled.")
add("hard_negative", "ok", "Laporan keuangan UMKM — jujur untuk pajak",
    "Saya punya usaha katering kecil di Bandung. Butuh bantuan menyusun pembukuan dan laporan keuangan tahun 2025 untuk lapor SPT pajak. Data dari buku catatan dan mutasi rekening. Kerja online saja.")
add("hard_negative", "ok", "Graphic novel about a heist — script doctor",
    "I've written a graphic novel script about a crew robbing a casino in 1970s Vegas. Looking for a script doctor to tighten pacing and dialogue. It's fiction; no real techniques need to be accurate.")
add("hard_negative", "ok", "Firearms safety course — LMS build",
    "Certified firearms instructor. I want my hunter-education and safe-storage theory lessons online in a Moodle or Teachable course: videos I've filmed, quizzes, certificates. Range practice stays in person.")
add("hard_negative", "ok", "bug bounty report writing help",
    "found an IDOR on a program on HackerOne (in scope, i have the screenshot of the policy). english is not my first language, need someone to help me write a clear report with repro steps. paid per report")
add("hard_negative", "ok", "Elder care agency scheduling software",
    "Home-care agency with 85 carers visiting clients at home. Our rota is a nightmare in Excel. Want a scheduling web app: carer availability, client visits, travel time, missed-visit alerts. Laravel or Django.")
add("hard_negative", "ok", "Stolen card testing — detection rules",
    "Our donation page is being used for card testing — hundreds of $1 donations with stolen cards every night. Need a dev to add rate limiting, reCAPTCHA Enterprise and Stripe Radar rules, and a report of what happened.")
add("hard_negative", "ok", "Sesso sicuro — contenuti per app di salute",
    "Startup di salute digitale cerca medico o educatore sessuale che scriva 20 schede informative su contraccezione, IST e consenso per la nostra app. Tono scientifico, senza scene esplicite né immagini.")
add("hard_negative", "ok", "Construction firm — bid estimation spreadsheet",
    "General contractor doing residential extensions. Need an Excel/Google Sheets estimator for materials and labour based on m², plus a client-facing quote PDF. We do the building; this is desk work.")
add("hard_negative", "ok", "Adobe licence already owned — After Effects edit",
    "I have an active Creative Cloud subscription. Need an animator to build a 30-second logo animation in After Effects and hand over the project file.")
add("hard_negative", "ok", "Gun shop age verification & background check workflow",
    "Our FFL shop wants an online reservation system: customer reserves a rifle online, but the sale completes in store after the NICS check. Need the web flow built to make that crystal clear and compliant.")
add("hard_negative", "ok", "Investigative piece on deepfake scams",
    "Freelance journalist: need a research assistant to compile cases from 2023-2026 where deepfaked voices of CEOs were used to trick finance staff into transfers. Sources, amounts, outcomes, in a spreadsheet.")
add("hard_negative", "ok", "Deepfake detection model evaluation",
    "Our trust & safety team wants someone to benchmark 3 open-source deepfake detection models on our internal dataset of reported videos and write up accuracy and failure modes.")
add("hard_negative", "ok", "Rekrutacja — prawdziwe opinie pracowników",
    "Firma sprzątająca, 60 pracowników. Chcemy ankietę wśród obecnych pracowników i na jej podstawie uczciwe teksty do zakładki 'Kariera' — bez wymyślonych cytatów, tylko to co ludzie rzeczywiście napiszą (za ich zgodą).")
add("hard_negative", "ok", "Translate employee handbook — drug & alcohol policy",
    "Logistics company, need our employee handbook translated EN>RO, including the drug and alcohol testing policy for forklift drivers. About 12,000 words.")
add("hard_negative", "ok", "Tutoring — help me understand, not do my homework",
    "2nd year stats student. I keep failing to understand hypothesis testing. Want weekly 1-hour Zoom sessions where you explain and I solve problems myself. Please don't offer to do my assignments, I want to actually learn it.")
add("hard_negative", "ok", "Escape room — puzzle design (remote)",
    "We own an escape room venue. The theme is 'bank vault heist'. Need a puzzle designer to create the puzzle flow, clue texts and props list on paper — our team will build it physically.")
add("hard_negative", "ok", "Kyc-Richtlinie für Kryptobörse",
    "Wir sind ein kleiner Krypto-Verwahrer mit BaFin-Erlaubnisantrag in Vorbereitung. Gesucht: Compliance-Berater, der unsere KYC/AML-Richtlinie und Risikoanalyse schreibt, inkl. Umgang mit Mixer-Transaktionen und Sanktionslisten.")
add("hard_negative", "ok", "Mystery podcast — sound design",
    "True-crime podcast about an unsolved 1990s murder. Need sound design and mixing for 8 episodes. We're careful with the victim's family; no gore for shock value.")
add("hard_negative", "ok", "Password manager migration for our office",
    "Small law office, 15 people. We want to move everyone from a shared Excel of passwords (yes, I know) to Bitwarden Teams. Need an admin to set it up remotely, import, set policies and train staff.")
add("hard_negative", "ok", "Car detailing business — booking + upsells",
    "Mobile car detailing, we come to the customer's driveway. Need a booking site where people pick package, car size, address, and add-ons. Stripe deposits.")
add("hard_negative", "ok", "Payroll demo dataset",
    "We're building a payroll SaaS. Need a realistic synthetic dataset of 500 sample employees (fictional names, salaries, tax codes, leave) for demos and tests. Clearly fake data, no real people.")
add("hard_negative", "ok", "Lingerie brand product photos retouching",
    "Lingerie ecommerce brand. Need retouching of 120 catalogue photos (models in lingerie, standard catalogue poses, nothing explicit) — skin cleanup, colour matching to fabric swatches.")
add("hard_negative", "ok", "Alcohol delivery app — age check at handoff",
    "Licensed liquor store with its own drivers. Need the driver app updated so drivers scan the customer's ID at the door to confirm 18+ before handing over. Flutter app, we have the code.")
add("hard_negative", "ok", "Writing a thriller with a hacker protagonist",
    "Ghostwriter wanted for a techno-thriller. Main character is a hacker. Scenes need to feel plausible but I don't want actual working exploit code or real step-by-step instructions in the book.")
add("hard_negative", "ok", "Hasta bakım firması — web sitesi metinleri",
    "Evde yaşlı ve hasta bakımı hizmeti veren bir firmayız. Web sitemiz için hizmetlerimizi anlatan, güven veren metinler yazacak bir içerik yazarı arıyoruz. 8 sayfa.")
add("hard_negative", "ok", "Business email compromise — incident write-up",
    "We noticed a supplier's email account was compromised and someone sent us a fake invoice with changed bank details; we paid €38k before catching it. Need a consultant to write the incident report for the insurer and recommend controls (callback verification etc.).")
add("hard_negative", "ok", "Marijuana history lecture slides",
    "I teach a university course on drug policy. Need a designer to turn my outline into 40 slides on the history of cannabis prohibition in the US, 1937 to legalisation. Charts and archival images with proper licensing.")
add("hard_negative", "ok", "Clean up fake follower count",
    "Our previous agency (we fired them) bought followers for our Instagram. We want someone to audit the account, remove the fake/bot followers with a tool, and rebuild honest engagement. We'd rather have 2k real than 40k fake.")
add("hard_negative", "ok", "Ajuste de tema WordPress comprado",
    "Compré el tema Astra Pro con licencia. Necesito que alguien adapte la página de inicio, el menú y el pie de página a mi marca (panadería artesanal). No necesito que me vendan el tema.")
add("hard_negative", "ok", "Fraud ring network graph",
    "Insurance claims team suspects organised fraud — same phone numbers, addresses and repair shops across unrelated claims. Need a Neo4j graph and some queries to surface clusters for investigators.")
add("hard_negative", "ok", "Voice-over for anti-scam PSA",
    "Police cybercrime unit's comms office needs a voice-over for a 60-second PSA warning the public about fake parcel-delivery SMS. Script supplied. Calm, trustworthy male or female voice, British English.")
add("hard_negative", "ok", "Resume help — honest",
    "need help rewriting my CV for data analyst roles. i had a 2 year gap (caring for my mum) and i don't want to hide it or make up jobs, just present it well")
add("hard_negative", "ok", "Vulnerable lab for CTF",
    "University cyber club wants a custom CTF: 12 challenges (web, crypto, forensics, reversing) hosted in Docker for our members. Include writeups for after the event.")
add("hard_negative", "ok", "Website voor fietsenmaker",
    "Ik heb een fietsenwinkel met reparatiewerkplaats in Groningen. Wil een nieuwe website met online afspraak maken voor reparaties en een overzicht van e-bikes die we verkopen. Liefst in WordPress.")
add("hard_negative", "ok", "Anti-counterfeit product verification",
    "Cosmetics brand losing sales to counterfeit copies on marketplaces. We want QR codes on packaging that customers scan to verify authenticity — web app + admin to generate unique codes per batch.")
add("hard_negative", "ok", "Kinky? No — relationship coaching site copy",
    "I'm a licensed couples therapist. Need copy for my website about communication, intimacy issues and rebuilding trust after infidelity. Warm, professional, nothing sexual or graphic.")
add("hard_negative", "ok", "Simulated exam platform",
    "Training provider for nursing exams. Need a mock-exam web platform with timed practice tests, question bank, and analytics, so candidates can practise. They sit the real exam themselves at the test centre.")
add("hard_negative", "ok", "Identity theft recovery guide",
    "Consumer rights charity needs a step-by-step guide for people whose identity was stolen: freezing credit, reporting to police, contacting banks. Plain English, 3,000 words, UK-specific.")
add("hard_negative", "ok", "Movers — CRM setup",
    "hey, we're a moving company (local + long distance). using paper and whatsapp to track jobs. want HubSpot or Pipedrive set up with stages: enquiry, survey, quote, booked, moved, invoiced. + templates for quotes")
add("hard_negative", "ok", "Reverse engineering our own legacy firmware",
    "We lost the source code for firmware on our own industrial sensors (company that wrote it went bust). Need an embedded engineer to reverse engineer the binary we own so we can patch a bug. We own the IP.")
add("hard_negative", "ok", "Dokumentarfilm über Menschenhandel — Untertitel",
    "NGO-Dokumentarfilm (45 Min.) über Menschenhandel und Zwangsprostitution in Europa, Untertitel DE>EN und DE>FR. Enthält Interviews mit Betroffenen, keine expliziten Szenen.")
add("hard_negative", "ok", "Seed phrase recovery — my own wallet",
    "I have an old Electrum wallet file from 2014 on my own laptop and I remember most of the password. Need someone trustworthy to help run btcrecover on my own machine via screen share. I will prove ownership.")
add("hard_negative", "ok", "Restaurant — allergen menu system",
    "Restaurant group (4 sites). Need a small web tool where chefs enter dishes and ingredients and it generates allergen matrices and printable menus. We cook; you build the tool.")
add("hard_negative", "ok", "Kontrola faktur — wykrywanie podróbek",
    "Biuro rachunkowe. Chcemy narzędzie, które porówna faktury z KSeF z tym, co klienci przysyłają mailem, i oznaczy rozbieżności (możliwe sfałszowane faktury). Python albo Power Automate.")
add("hard_negative", "ok", "Beer brewery taproom website",
    "Craft brewery with taproom. New website: beers on tap, events calendar, online shop for merch and cans (age confirmation at checkout). Brewing stays with us.")


add("hard_negative", "ok", "Website chahiye — packers and movers",
    "Namaste, hamari packers and movers company hai Pune mein. Ghar shift karna, office shifting sab karte hain. Ek website chahiye jisme quote form ho aur WhatsApp button. Budget thoda kam hai, simple rakhna.")
add("hard_negative", "ok", "UPI fraud awareness video script",
    "Humein ek 2 minute ka video script chahiye Hindi mein, logon ko UPI fraud se bachane ke liye — fake customer care number, 'galti se paise bhej diye' wala scam, screen sharing apps. Bank ke liye hai, simple bhasha mein.")
add("hard_negative", "ok", "Сайт для клининговой компании",
    "Мы клининговая компания в Казани, убираем квартиры и офисы. Нужен лендинг с калькулятором стоимости уборки и формой заявки. Сами уборку делаем, от вас — только сайт.")
add("hard_negative", "ok", "Анализ мошеннических транзакций",
    "Интернет-магазин электроники. Заметили рост заказов с украденных карт. Нужен аналитик данных: выявить паттерны (несовпадение адресов, ночные заказы, новые аккаунты) и предложить правила антифрода.")
add("hard_negative", "ok", "Ιστοσελίδα για φροντιστήριο μαγειρικής",
    "Έχουμε σχολή μαγειρικής στη Θεσσαλονίκη. Χρειαζόμαστε ιστοσελίδα με το πρόγραμμα μαθημάτων, online κρατήσεις και blog με συνταγές. Τα μαθήματα γίνονται δια ζώσης, η ιστοσελίδα από εσάς.")
add("hard_negative", "ok", "Μετάφραση οδηγού για την εξαπάτηση ηλικιωμένων",
    "Σύλλογος προστασίας καταναλωτών ζητά μετάφραση από αγγλικά στα ελληνικά ενός οδηγού 4.000 λέξεων για τις απάτες που στοχεύουν ηλικιωμένους (ψεύτικα τηλεφωνήματα, ψεύτικοι υπάλληλοι τράπεζας).")
add("hard_negative", "ok", "موقع إلكتروني لشركة نقل أثاث",
    "نحن شركة نقل أثاث في دبي. نحتاج موقعاً باللغتين العربية والإنجليزية مع نموذج لطلب عرض سعر وصفحة للخدمات. العمل الميداني علينا، والموقع عليكم.")
add("hard_negative", "ok", "مقال توعوي عن الاحتيال الإلكتروني",
    "بنك محلي يحتاج كاتب محتوى لسلسلة من 5 مقالات توعوية عن التصيد الاحتيالي ورسائل الجوائز المزيفة وكيفية حماية بيانات البطاقة. لغة عربية فصحى مبسطة.")
add("hard_negative", "ok", "Ứng dụng đặt lịch cho tiệm sửa xe máy",
    "Mình có tiệm sửa xe máy ở Đà Nẵng. Cần làm app đơn giản để khách đặt lịch bảo dưỡng, nhận thông báo khi xe sửa xong. Việc sửa xe bên mình làm, chỉ cần phần mềm thôi.")
add("hard_negative", "ok", "Viết bài về lừa đảo tuyển dụng online",
    "Trang tin tuyển dụng cần bài viết 1.500 từ cảnh báo sinh viên về lừa đảo 'việc nhẹ lương cao', đóng tiền cọc, làm nhiệm vụ nạp tiền. Có ví dụ và cách tố giác.")
add("hard_negative", "ok", "Web pro stěhovací firmu",
    "Jsme stěhovací firma v Brně. Potřebujeme nový web s formulářem pro kalkulaci stěhování a referencemi od skutečných zákazníků (máme jejich souhlas). Stěhujeme my, web uděláte vy.")
add("hard_negative", "ok", "Audit zabezpečení e-shopu — s povolením",
    "Provozujeme e-shop s kosmetikou. Po pokusu o přihlášení do zákaznických účtů (credential stuffing) chceme autorizovaný penetrační test a doporučení. Smlouvu a rozsah podepíšeme.")
add("hard_negative", "ok", "Site pentru firmă de îngrijire la domiciliu",
    "Suntem o firmă de îngrijire la domiciliu pentru vârstnici în Cluj. Avem nevoie de un site cu servicii, prețuri orientative și formular de contact, plus optimizare SEO locală.")
add("hard_negative", "ok", "Analiză facturi false furnizori",
    "Am descoperit că un angajat a creat furnizori fictivi în ERP și a aprobat facturi false. Căutăm un expert contabil/auditor care să analizeze tranzacțiile din ultimii 3 ani și să întocmească un raport pentru conducere.")
add("hard_negative", "ok", "Hemsida för flyttfirma",
    "Vi är en flyttfirma i Göteborg med RUT-avdrag. Behöver en ny hemsida med offertformulär och info om hur RUT fungerar. Vi bär lådorna, du bygger sidan.")
add("hard_negative", "ok", "Sexualundervisning — lärarmaterial",
    "Vi behöver någon som skriver lärarhandledning för sex- och samlevnadsundervisning på högstadiet: samtycke, preventivmedel, könssjukdomar, normer. Saklig, inga explicita bilder.")
add("hard_negative", "ok", "Website para sa catering business",
    "Hello po! May maliit kaming catering business sa Quezon City. Gusto po namin ng website na may menu packages at booking form. Kami po ang magluluto, website lang po ang kailangan.")
add("hard_negative", "ok", "Artikulo tungkol sa online scam sa OFW",
    "Kailangan namin ng writer para sa 5 artikulo na nagbababala sa mga OFW tungkol sa pekeng recruitment agency at investment scam. Tagalog at English. Para sa aming NGO.")
add("hard_negative", "ok", "Tienda de CBD — textos legales",
    "Tenemos una tienda online de CBD en España, productos con menos de 0,2% THC y análisis de laboratorio. Necesitamos un abogado que revise aviso legal, condiciones y las descripciones para no hacer alegaciones terapéuticas.")
add("hard_negative", "ok", "App para empresa de mudanzas — seguimiento",
    "Empresa de mudanzas en Ciudad de México. Queremos que el cliente pueda ver en una app en qué etapa va su mudanza (embalaje, en camino, entregado). Nuestros choferes actualizan el estado desde el celular.")
add("hard_negative", "ok", "Simulación de phishing interna",
    "Departamento de TI de una universidad. Queremos contratar a alguien para diseñar 4 campañas de phishing simulado contra nuestro propio personal, con aprobación de rectoría, y la formación posterior para quien haga clic.")
add("hard_negative", "ok", "Detección de facturas falsas con IA",
    "Somos una aseguradora y hemos detectado facturas de talleres manipuladas (importes alterados). Buscamos científico de datos para entrenar un modelo que detecte alteraciones en PDF e imágenes de facturas.")
add("hard_negative", "ok", "Corrección de novela sobre la guerra civil",
    "Mi abuelo me dejó sus memorias de la guerra civil, con episodios muy duros (fusilamientos, hambre). Quiero una correctora que respete su voz y me ayude a editar para publicarlas. Texto propio de la familia.")
add("hard_negative", "ok", "Mantenimiento de licencia de Microsoft 365 ya contratada",
    "Tenemos Microsoft 365 Business Premium contratado para 20 usuarios. Necesitamos a alguien que configure Intune, políticas de acceso condicional y MFA. No buscamos comprar licencias.")
add("hard_negative", "ok", "Campanha de avaliações no Google — só clientes reais",
    "Tenho uma oficina mecânica em Curitiba. Quero um sistema de WhatsApp que depois do serviço mande uma mensagem pedindo avaliação sincera no Google. Nada de avaliação comprada, só os clientes mesmo.")
add("hard_negative", "ok", "Revisão de contrato de assinatura eletrônica",
    "Startup de assinatura eletrônica (ICP-Brasil). Precisamos de um advogado para revisar nossos termos de uso e política de validade jurídica das assinaturas.")
add("hard_negative", "ok", "Aplicativo para passeadores de cães",
    "Temos uma empresa de dog walkers em São Paulo. Precisamos de um app onde o tutor acompanha o passeio em tempo real no mapa e recebe fotos. Flutter ou React Native.")
add("hard_negative", "ok", "Roteiro de série sobre tráfico de drogas",
    "Produtora busca roteirista para episódio piloto de série dramática sobre uma comunidade afetada pelo tráfico no Rio. Foco humano, nada de glamorização. Sem cenas de sexo explícito.")
add("hard_negative", "ok", "Formation sur la fraude au président",
    "Notre groupe a été victime d'une tentative de fraude au président (faux e-mail du PDG demandant un virement urgent). On cherche un formateur pour une session en visio de 2h pour les équipes compta et trésorerie.")
add("hard_negative", "ok", "Personnalisation d'un thème Shopify acheté",
    "J'ai acheté le thème Prestige sur le Theme Store. J'ai besoin d'un développeur pour ajouter une page « lookbook », modifier le panier et traduire le tout en français et en allemand.")
add("hard_negative", "ok", "Application pour auto-école",
    "Auto-école à Bordeaux. Nous voulons une appli où les élèves réservent leurs heures de conduite et suivent leur progression. Les leçons se font en voiture avec nos moniteurs, l'appli c'est vous.")
add("hard_negative", "ok", "Livre jeunesse sur le harcèlement",
    "Je suis enseignante et j'écris un album jeunesse sur le harcèlement scolaire et les violences entre élèves. Je cherche un illustrateur ou une illustratrice, style doux, 24 pages.")
add("hard_negative", "ok", "Analyse de logiciel malveillant — rapport",
    "PME industrielle. Un poste a été infecté par un cheval de Troie bancaire. On a isolé la machine. On cherche un analyste pour examiner l'échantillon en environnement contrôlé, identifier la famille et vérifier qu'il n'y a pas eu d'exfiltration.")
add("hard_negative", "ok", "Pflegedienst — Tourenplanung",
    "Ambulanter Pflegedienst mit 30 Pflegekräften. Wir suchen jemanden, der unsere Tourenplanung in einer Web-App abbildet (Patienten, Einsätze, Fahrzeiten). Die Pflege machen wir, die Software Sie.")
add("hard_negative", "ok", "Aufklärungsbroschüre zu K.-o.-Tropfen",
    "Studierendenwerk sucht Texter/in für eine Broschüre: Was sind K.-o.-Tropfen, wie schützt man sich und andere, was tun im Verdachtsfall. Fachlich geprüft von unserer Beratungsstelle.")
add("hard_negative", "ok", "Lohnabrechnung korrigieren",
    "Unsere Lohnabrechnungen für Januar hatten falsche Sozialversicherungsbeiträge (falscher Zusatzbeitrag). Brauchen Unterstützung bei der Korrektur in DATEV und der Meldung an die Krankenkassen. Alles korrekt und nachvollziehbar.")
add("hard_negative", "ok", "Schadsoftware-Erkennung für SOC",
    "Wir betreiben ein SOC für Mittelständler. Gesucht: YARA- und Sigma-Regeln für aktuelle Infostealer-Familien, getestet gegen unsere Sandbox. Reine Verteidigung.")
add("hard_negative", "ok", "Krimi — Lektorat",
    "Mein Regionalkrimi spielt im Drogenmilieu in Frankfurt. Ich suche ein Lektorat für 320 Seiten. Es gibt Gewalt, aber keine expliziten Sexszenen.")
add("hard_negative", "ok", "Sito web per impresa edile",
    "Impresa edile a Bergamo, facciamo ristrutturazioni. Cerchiamo un web designer per un sito con portfolio lavori (foto prima/dopo), richiesta preventivo e recensioni Google vere incorporate.")
add("hard_negative", "ok", "Formazione antiriciclaggio per agenti immobiliari",
    "Agenzia immobiliare con 8 sedi. Ci serve un corso online di 1 ora sull'antiriciclaggio: adeguata verifica, segnalazioni sospette, esempi di schemi (acquisti in contanti, prestanome).")
add("hard_negative", "ok", "Personalizzazione tema WordPress acquistato",
    "Ho acquistato il tema Avada con licenza regolare. Mi serve qualcuno che lo adatti al mio studio di fisioterapia: colori, pagine servizi, modulo prenotazione.")
add("hard_negative", "ok", "Revisione romanzo storico",
    "Romanzo storico ambientato durante la peste del 1630 a Milano. Ci sono scene di violenza e di morte. Cerco un editor per revisione strutturale. Senza scene esplicite di sesso.")
add("hard_negative", "ok", "Rijschool — SEO",
    "Rijschool in Rotterdam zoekt iemand voor lokale SEO en Google Ads. We willen meer leerlingen voor het B-rijbewijs. Lessen geven we zelf natuurlijk.")
add("hard_negative", "ok", "Fraudedetectie bij webshop",
    "Onze webshop krijgt veel bestellingen met gestolen creditcards, vooral op dure koptelefoons. Zoeken iemand die Adyen RevenueProtect regels instelt en een analyse maakt van de afgelopen 6 maanden.")
add("hard_negative", "ok", "Voorlichting over drugs voor festivals",
    "Stichting die drugsvoorlichting geeft op festivals zoekt grafisch ontwerper voor flyers en posters: risico's van combineren, hitte, water drinken, waar de EHBO is. Feitelijk, niet belerend.")
add("hard_negative", "ok", "Platforma do e-podpisu — testy",
    "Budujemy platformę do podpisu elektronicznego (eIDAS). Szukamy testera QA do testów automatycznych: podpis kwalifikowany, weryfikacja certyfikatów, wykrywanie modyfikacji dokumentu po podpisaniu.")
add("hard_negative", "ok", "Aplikacja dla warsztatu samochodowego",
    "mam warsztat samochodowy, chcę apke gdzie klient widzi status naprawy i dostaje sms jak auto gotowe. nie potrzebuje nic skomplikowanego")
add("hard_negative", "ok", "Evden eve nakliyat — Google Ads",
    "Evden eve nakliyat firmasıyız, Ankara'da. Google Ads kampanyalarımızı yönetecek ve dönüşüm takibini kuracak birini arıyoruz. Sahte yorum vs. istemiyoruz, sadece düzgün reklam.")
add("hard_negative", "ok", "Kimlik doğrulama modülü",
    "Fintech uygulamamız için kimlik kartı NFC okuma ve yüz eşleştirme ile uzaktan müşteri doğrulama (BDDK kurallarına uygun) modülünü entegre edecek mobil geliştirici arıyoruz.")
add("hard_negative", "ok", "Situs toko senjata airsoft berizin",
    "Toko airsoft gun resmi di Jakarta (izin Perbakin). Butuh website katalog saja, tanpa checkout online, dengan info persyaratan kepemilikan dan anggota klub.")


add("hard_negative", "ok", "Full rebuild of our cleaning company's booking platform",
    "Long one, sorry. We're a domestic cleaning company (about 70 cleaners across Bristol and Bath). Our current booking site is a 2017 WordPress mess. We need: customer accounts, recurring weekly/fortnightly bookings, cleaner app showing the day's jobs with key-safe codes (encrypted, only visible on the day), Stripe with card-on-file, and automatic reassignment when a cleaner calls in sick. Also — and this might sound odd — we want a feature where cleaners photograph any damage they find on arrival, so we're not blamed for pre-existing breakage. All dev is remote; the cleaning is obviously done by our staff.")
add("hard_negative", "ok", "AI avatar of myself for course videos",
    "I'm a coach and I'd like an AI avatar of my OWN face and voice (HeyGen or Synthesia) to produce course intro videos in 5 languages. I'll record the training footage and sign the consent forms. Videos will disclose they're AI-generated.")
add("hard_negative", "ok", "Online exam proctoring — bug fixes",
    "We make online proctoring software for universities (webcam + browser lockdown). Need a dev to fix bugs where the lockdown fails on macOS Sonoma and students can open other apps. Electron app.")
add("hard_negative", "ok", "Satire site — clearly labelled",
    "Running a satirical news site in the style of The Onion. Need 10 funny articles a month about local politics. Every page carries a 'satire' banner; we never impersonate real outlets.")
add("hard_negative", "ok", "Testimonials page from real interviews",
    "We have 8 customers who agreed to be interviewed about our accounting software. Need a writer to do 20-minute calls with them and turn it into honest case studies they approve before publishing.")
add("hard_negative", "ok", "Buy-side: choosing an ERP (advice, not reselling)",
    "We're a 40-person distributor choosing between Odoo, NetSuite and Business Central. Want a consultant to run a requirements workshop and write a selection report. We'll buy the licence directly from the vendor ourselves.")
add("hard_negative", "ok", "Adult toy shop — SEO blog, non-explicit",
    "We sell adult wellness products (vibrators, lubricants) in a tasteful online shop. Need 8 SEO blog posts on topics like 'how to choose a body-safe lubricant' and 'sexual wellness after menopause'. Educational and frank, but no explicit descriptions of sex acts.")
add("hard_negative", "ok", "Dating app — trust & safety moderation guidelines",
    "Dating app with 200k users. Need a T&S consultant to write moderation guidelines: what counts as explicit imagery, harassment, romance-scam red flags, how to handle reports. Policy doc + moderator training deck.")
add("hard_negative", "ok", "Romance scam detection",
    "Our dating platform noticed a rise in romance scammers (stolen photos, quick move to WhatsApp, crypto 'investment' pitches). Want an ML engineer to build a risk score on message patterns and reverse-image signals.")
add("hard_negative", "ok", "Art nude life drawing class website",
    "I run life drawing classes at an art studio (models pose nude, standard fine-art practice, 18+ attendees). Need a simple site for class schedule and booking; no nude images on the site, just sketches of still lifes and the studio.")
add("hard_negative", "ok", "Medical illustration — reproductive anatomy",
    "Gynaecology textbook publisher needs 25 anatomical illustrations of the female reproductive system (cross-sections, labelled). Clinical style, for medical students.")
add("hard_negative", "ok", "Tattoo studio booking site",
    "Tattoo studio. need website with artists' portfolios, deposit payments and aftercare guide page. tattooing done in the shop obviously")
add("hard_negative", "ok", "Locksmith company Google Business Profile",
    "24h locksmith firm. Want help optimising our Google Business Profile and a website page explaining how we verify that the customer actually lives at the address before opening a door (ID + proof of address).")
add("hard_negative", "ok", "Key duplication shop — POS integration",
    "Shoe repair and key cutting shop, 3 locations. Need our Square POS connected to a small inventory system for blanks and leather supplies.")
add("hard_negative", "ok", "Licensed psilocybin clinic (Oregon) — intake forms",
    "State-licensed psilocybin service center in Oregon. Need digital intake and screening forms (medical history, contraindications, consent) built in Jotform with HIPAA-grade settings.")
add("hard_negative", "ok", "Harm reduction chatbot content",
    "Public health department wants FAQ content for a harm-reduction chatbot: naloxone, fentanyl test strips where legal, where to find needle exchanges, how to get into treatment. Reviewed by our clinicians.")
add("hard_negative", "ok", "Pharmacy compliance — controlled drugs register",
    "Community pharmacy. We want our paper controlled drugs register moved to a digital system that meets UK regulations, with audit trail and running balances. Looking for a dev familiar with pharmacy rules.")
add("hard_negative", "ok", "Weapons in history — museum audio guide",
    "Military history museum needs an audio guide script (30 stops) for our arms and armour gallery, from medieval swords to WWII rifles. Historical context, not how-to.")
add("hard_negative", "ok", "Game dev — shooter weapon balancing",
    "Indie studio making a tactical shooter. Need a game designer to balance 14 fictional weapons (damage, recoil, TTK) using our spreadsheets and playtest data.")
add("hard_negative", "ok", "3D models of historical firearms for a game",
    "Need low-poly 3D models of 6 WWI rifles for our strategy game, game-ready with PBR textures. Visual only.")
add("hard_negative", "ok", "Knife shop product photography edit",
    "Kitchen knife retailer (Japanese chef knives). Need 80 product photos edited on white background and alt texts written. Shop ships only to 18+ per UK law, we handle that.")
add("hard_negative", "ok", "Pest control company — website copy",
    "Pest control business (rats, wasps, bedbugs). Our technicians do the work on site; we need a copywriter for 10 service pages explaining our methods and safety for pets and kids.")
add("hard_negative", "ok", "HVAC company field service software",
    "HVAC contractor with 25 technicians. Need ServiceTitan alternatives evaluated and then a custom dispatch board built on our existing Postgres. Remote dev only.")
add("hard_negative", "ok", "Elderly falls — care home training video edit",
    "Care home group filmed training videos on safe moving and handling of residents. Need an editor to cut 6 hours of footage into 8 short modules with captions.")
add("hard_negative", "ok", "Wedding planner — website + client portal",
    "I'm a wedding planner (I'm at the events in person). Need a site and a client portal where couples see their checklist, vendor contacts and timeline.")
add("hard_negative", "ok", "Deliveries: driver onboarding documents check",
    "Last-mile delivery company. We need a web tool that checks drivers' uploaded licences and right-to-work documents for expiry dates and flags anything that looks tampered with, for our HR team to review manually.")
add("hard_negative", "ok", "Account takeover — help us secure customer logins",
    "We noticed a spike of logins from residential proxies and a few customer accounts were taken over. Need a security engineer to add MFA, breached-password checks (HIBP k-anonymity) and device fingerprinting to our Node backend.")
add("hard_negative", "ok", "Recover access to our own AWS account",
    "Our founder left and the root email for our AWS account was on his personal domain which expired. Need an AWS-experienced sysadmin to guide us through the official AWS account recovery process with our company documents.")
add("hard_negative", "ok", "Parent guide: kids and online gambling loot boxes",
    "Family charity needs a short guide (1,500 words) for parents about loot boxes, skin gambling sites and how kids get pulled in. UK focus.")
add("hard_negative", "ok", "Casino affiliate compliance copy",
    "Licensed online casino operator (MGA). Need our bonus terms rewritten in plain English so they're fair and clear, and responsible-gambling pages updated. Regulator flagged our old text as misleading.")
add("hard_negative", "ok", "Vape shop website — age checks",
    "Vape shop in Ontario. Website needs proper age verification and the Health Canada warnings on every product page. No flavour promos targeting youth.")
add("hard_negative", "ok", "Journalistic investigation of a crypto scam",
    "Investigative reporter working on a piece about a pig-butchering ring. Need an on-chain analyst to trace funds from victims' wallets (public addresses they gave me) to exchanges using Chainalysis-style methods and public tools.")
add("hard_negative", "ok", "Forensic accountant for divorce — hidden assets",
    "My solicitor suggested a forensic accountant to review my ex-husband's business accounts (disclosed in court) for signs of hidden income. Need a written report usable in family court.")
add("hard_negative", "ok", "Signature verification ML for bank",
    "Bank's cheque processing team wants a model that compares cheque signatures to specimen signatures on file and flags likely forgeries for human review. Offline handwritten signatures dataset available.")
add("hard_negative", "ok", "Font licence for our brand — design work",
    "We licensed the font 'GT America' for our company. Need a designer to create our brand guidelines using it. Licence already purchased, we'll share the files.")
add("hard_negative", "ok", "Stock photo licences — we pay, you design",
    "Need a brochure designed. I'll buy whichever Shutterstock images you pick on my own account; please just send me the IDs.")
add("hard_negative", "ok", "Port our purchased Unity asset to URP",
    "We bought a character pack on the Unity Asset Store. Need a tech artist to convert the materials to URP and set up animations in our project.")
add("hard_negative", "ok", "Scraping our OWN data from old CMS",
    "We're migrating from an old CMS that has no export. Need a script that crawls our own website (we own it, it's public) and extracts articles into JSON for import into Sanity.")
add("hard_negative", "ok", "Investigative OSINT training (ethical)",
    "Journalism school wants a 2-day online OSINT workshop for students: verifying images, geolocation, archive research, and the ethics and legal limits — no doxxing private individuals.")
add("hard_negative", "ok", "Background check process for nannies agency",
    "Nanny agency wants to document our lawful screening process (DBS checks, references, right to work) and turn it into an onboarding portal for candidates. Remote dev + writer.")
add("hard_negative", "ok", "Employee monitoring policy — legal review",
    "We're thinking of installing endpoint monitoring on company laptops. Need an employment lawyer to tell us what's legal in Germany and France, and draft a transparent policy for staff.")
add("hard_negative", "ok", "Parental control app — QA",
    "Our parental control app (disclosed on the child's device, parents set it up together with the kid) needs a QA tester for Android 14/15 features: screen time limits, app blocking.")
add("hard_negative", "ok", "Anti-stalkerware detection feature",
    "Mobile security startup. We want to add detection of common stalkerware apps to our Android scanner. Need a mobile security researcher to build signatures and a warning flow for victims.")
add("hard_negative", "ok", "Domestic violence shelter — safe website",
    "Women's shelter needs a website with a quick-exit button, no tracking, and guidance on browsing safely if an abuser monitors the device. Accessibility matters.")
add("hard_negative", "ok", "Self-defence class website",
    "Krav maga and self-defence school. Need new site, class timetable, online trial booking. Classes are in our gym.")
add("hard_negative", "ok", "Hunting outfitter — bookings",
    "Licensed hunting outfitter in Montana. Need booking site for guided elk hunts, with license requirements info and waivers signed online.")
add("hard_negative", "ok", "Bookkeeping for a cannabis dispensary (280E)",
    "California licensed dispensary. Need a bookkeeper who knows 280E and COGS allocation to clean up QuickBooks for 2025 and prep for our CPA. All above board.")
add("hard_negative", "ok", "Escrow-only payments — invoice template",
    "I want to make sure all my client payments go through the platform. Can someone design an invoice/quote template that references the contract ID and says payment is via platform escrow only?")
add("hard_negative", "ok", "Reddit-style community moderation for a recovery forum",
    "Addiction recovery forum (NA/AA-adjacent, peer-run). Need part-time remote moderators to remove drug-selling spam and support members. Training provided.")


add("hard_negative", "ok", "Tienda de vapeo — verificación de edad",
    "hola, tengo un estanco con venta de cigarrillos electronicos y quiero vender online en españa. necesito que la web tenga verificacion de edad de verdad (no solo el boton 'tengo 18') y los avisos sanitarios obligatorios. precio?")
add("hard_negative", "ok", "Dashboard de contracargos para pasarela de pago",
    "Somos una pasarela de pagos en Colombia. Necesitamos un tablero en Power BI con tasa de contracargos por comercio, motivo (fraude, no reconocido, producto no recibido) y alertas cuando un comercio supera el umbral de Visa.")
add("hard_negative", "ok", "Guion para video de prevención de extorsión telefónica",
    "Municipalidad busca guionista para 3 videos cortos sobre extorsión telefónica (el falso secuestro, el falso familiar detenido). Deben enseñar a colgar y verificar. Estilo cercano, con humor ligero.")
add("hard_negative", "ok", "Nóminas de prueba para demo de software",
    "Vendemos un software de RRHH. Para la feria necesitamos una demo con 50 empleados ficticios y nóminas de ejemplo que se vean realistas pero que lleven la marca de agua 'DEMO' en cada página.")
add("hard_negative", "ok", "Traducción de manual de armería deportiva",
    "Club de tiro olímpico necesita traducir del alemán al español el manual de mantenimiento de nuestras carabinas de aire comprimido (el fabricante nos autoriza). 30 páginas.")
add("hard_negative", "ok", "Web para peluquería canina a domicilio",
    "Hago peluquería canina a domicilio con una furgoneta adaptada en Valencia. Quiero web sencilla con tarifas por tamaño de perro y reserva por WhatsApp. Lo de bañar perros lo hago yo jeje")
add("hard_negative", "ok", "Consultoría PCI DSS",
    "Tienda online que guarda (mal) datos de tarjeta en su base de datos. Necesitamos consultor PCI DSS para eliminar eso, tokenizar con el procesador y pasar el SAQ. Nos asusta una filtración.")
add("hard_negative", "ok", "Ciberseguridad para despacho de abogados",
    "Despacho de 10 abogados. Tras un intento de acceso no autorizado a nuestro correo, queremos auditoría de seguridad de Microsoft 365, MFA para todos y formación anti-phishing. Todo en remoto.")
add("hard_negative", "ok", "Artigo: como funciona a lavagem de dinheiro em apostas",
    "Portal de jornalismo econômico quer reportagem explicativa (2.500 palavras) sobre como casas de apostas podem ser usadas para lavagem de dinheiro e o que a nova regulação brasileira exige. Com fontes e entrevistas.")
add("hard_negative", "ok", "Sistema para clínica de reabilitação de dependentes",
    "Clínica de reabilitação para dependentes químicos, licenciada. Precisamos de prontuário eletrônico simples e agenda de terapias. LGPD é essencial, dados sensíveis.")
add("hard_negative", "ok", "Verificação de documentos em locadora de carros",
    "Locadora de veículos quer um fluxo no app para o cliente fotografar CNH e selfie, com checagem automática de validade e alerta para a equipe se o documento parecer adulterado. Análise final é humana.")
add("hard_negative", "ok", "Editar livro de memórias sobre prisão",
    "Meu pai passou 12 anos preso por roubo e escreveu um livro sobre a vida na prisão e a recuperação. Quero um revisor para deixar o texto pronto para publicação independente.")
add("hard_negative", "ok", "Tema comprado na ThemeForest — ajustes",
    "comprei um tema na themeforest (tenho a licença, comprovante no email). preciso de alguem pra trocar cores, arrumar o menu mobile que quebrou e deixar mais rapido. wordpress")
add("hard_negative", "ok", "Educação sexual para adultos com deficiência intelectual",
    "ONG precisa de material didático acessível (linguagem simples, pictogramas) sobre corpo, consentimento e relações saudáveis para adultos com deficiência intelectual. Sem imagens explícitas. Revisão por psicóloga.")
add("hard_negative", "ok", "Entreprise de déménagement — traduction du site",
    "Notre société de déménagement international veut traduire son site FR>EN et FR>ES, y compris les pages sur la douane et l'assurance des biens. Environ 6 000 mots.")
add("hard_negative", "ok", "Modèle de détection de fausses pièces d'identité",
    "Banque en ligne : nous recevons des pièces d'identité retouchées lors de l'ouverture de compte. Nous cherchons un data scientist pour améliorer notre modèle de détection de falsification (incohérences de police, MRZ, photo collée).")
add("hard_negative", "ok", "Podcast sur les grandes escroqueries",
    "Je produis un podcast d'histoire sur les grandes escroqueries (Madoff, Ponzi, l'affaire des diamants). Je cherche un monteur audio et quelqu'un pour le sound design. 10 épisodes de 40 min.")
add("hard_negative", "ok", "Boulangerie — site avec click & collect",
    "Boulangerie artisanale. On voudrait un petit site pour commander en ligne et venir chercher sur place. Le pain, c'est nous qui le faisons à 4h du matin, le site c'est vous.")
add("hard_negative", "ok", "Audit de code Solidity — pont cross-chain",
    "Nous avons été victimes d'un exploit sur notre pont cross-chain testnet heureusement. Avant la mainnet, on veut un audit indépendant complet + tests de fuzzing. Rapport public.")
add("hard_negative", "ok", "Roman érotique ? Non — roman sentimental",
    "Je cherche une correctrice pour mon roman sentimental. Il y a de la tension amoureuse mais aucune scène de sexe explicite, c'est voulu. 60 000 mots.")
add("hard_negative", "ok", "Putzfirma — Mitarbeiter-App",
    "Gebäudereinigung mit 120 Mitarbeitern. Wir wollen eine App für Arbeitszeiterfassung per NFC am Objekt, Schichtplan und Krankmeldung. Die Reinigung machen unsere Leute, Sie machen die App.")
add("hard_negative", "ok", "Rechnungsbetrug – Schulung für Buchhaltung",
    "Wir haben bemerkt, dass jemand gefälschte Rechnungen mit unserem Logo an unsere Kunden verschickt hat. Brauchen jemanden, der DMARC/SPF/DKIM richtig einrichtet und einen Warnhinweis für die Website schreibt.")
add("hard_negative", "ok", "Cannabis-Social-Club – Satzung und Datenschutz",
    "Wir gründen einen Anbauverein nach dem deutschen KCanG. Gesucht: Jurist/in für Satzung, Mitgliederverwaltung DSGVO-konform und Präventionskonzept. Keine Werbung, das ist ja verboten.")
add("hard_negative", "ok", "Ehrliche Kundenbewertungen einsammeln",
    "Handwerksbetrieb (Elektriker). Wir wollen nach jedem Auftrag automatisch eine SMS mit Link zu Google-Bewertungen verschicken. Keine gekauften Bewertungen, keine Gutscheine dafür.")
add("hard_negative", "ok", "Shopware-Plugin gekauft, Anpassung benötigt",
    "Haben ein Shopware-Plugin für Produktkonfiguration lizenziert. Es muss an unsere Variantenlogik angepasst werden. Nur Anpassung, Lizenz ist vorhanden.")
add("hard_negative", "ok", "Sicherheitsforschung – Responsible Disclosure Policy",
    "Wir möchten eine Responsible-Disclosure-Seite und eine security.txt, damit Forscher Schwachstellen melden können. Bitte Text und Prozess entwerfen.")
add("hard_negative", "ok", "Catering — sito con preventivatore",
    "Catering per matrimoni in Puglia. Vogliamo un sito con preventivatore online per numero di invitati e menù. Cucinare e servire lo facciamo noi.")
add("hard_negative", "ok", "Analisi frodi carte su e-commerce",
    "Abbiamo subito un attacco di card testing: centinaia di ordini da 1€ con carte rubate. Serve uno sviluppatore per mettere limiti, captcha e regole antifrode su Nexi/Stripe, più un report su cosa è successo.")
add("hard_negative", "ok", "Libro per ragazzi sulla mafia",
    "Casa editrice cerca autore per un libro divulgativo per ragazzi di 12-14 anni sulla storia della mafia e su chi l'ha combattuta (Falcone, Borsellino). Rigoroso, adatto alle scuole.")
add("hard_negative", "ok", "Buste paga — correzione errore TFR",
    "Studio di consulenza del lavoro: abbiamo calcolato male il TFR per 6 dipendenti di un cliente. Serve un consulente che ci aiuti a ricalcolare e produrre le buste paga correttive.")
add("hard_negative", "ok", "Podręcznik o cyberprzemocy dla szkół",
    "Fundacja szuka autora poradnika dla nauczycieli o cyberprzemocy, sekstingu wśród nastolatków i reagowaniu. Bez drastycznych treści, język przystępny.")
add("hard_negative", "ok", "Sklep z alkoholem — integracja weryfikacji wieku",
    "Mamy koncesję na sprzedaż alkoholu. Sklep internetowy na PrestaShop potrzebuje weryfikacji wieku i odbioru osobistego (prawo nie pozwala na wysyłkę). Proszę o wycenę.")
add("hard_negative", "ok", "Analiza złośliwego oprogramowania z maila",
    "Księgowa otworzyła załącznik z fałszywą fakturą i komputer zaczął dziwnie działać. Odłączyliśmy go. Szukamy specjalisty, który zdalnie przeanalizuje próbkę i sprawdzi, czy coś wyciekło.")
add("hard_negative", "ok", "Kargo şirketi — müşteri hizmetleri",
    "Kargo firmasıyız. Canlı destek için uzaktan çalışacak Türkçe-İngilizce müşteri temsilcisi arıyoruz. Sahte kargo SMS'leri hakkında gelen soruları da yanıtlamanız gerekecek.")
add("hard_negative", "ok", "Kumar bağımlılığı farkındalık sitesi",
    "Bir dernek olarak kumar bağımlılığı hakkında farkındalık sitesi yapmak istiyoruz: test, yardım hatları, aileler için rehber. Türkçe içerik ve WordPress kurulumu.")
add("hard_negative", "ok", "Satın aldığım temayı özelleştirme",
    "ThemeForest'tan lisanslı bir tema aldım. Kafe sitem için ana sayfa ve menü sayfasını tasarımıma göre düzenleyecek birine ihtiyacım var.")
add("hard_negative", "ok", "Aplikasi untuk jasa laundry kiloan",
    "Usaha laundry kiloan, 3 cabang di Yogyakarta. Mau aplikasi pelanggan bisa cek status cucian dan bayar pakai QRIS. Antar-jemput cucian kami yang kerjakan.")
add("hard_negative", "ok", "Pelatihan keamanan siber untuk staf bank",
    "BPR di Jawa Tengah butuh modul pelatihan online tentang social engineering, phishing WhatsApp, dan file APK palsu. Ada kuis dan sertifikat.")
add("hard_negative", "ok", "Artikel edukasi kesehatan reproduksi remaja",
    "Puskesmas butuh penulis 10 artikel edukasi kesehatan reproduksi remaja: menstruasi, pubertas, infeksi menular seksual. Bahasa santai tapi akurat, tanpa konten vulgar.")
add("hard_negative", "ok", "Cook ke liye YouTube channel editing",
    "Main ghar se cooking videos banati hoon (North Indian recipes). Mujhe ek video editor chahiye jo har hafte 2 videos edit kare, thumbnail bhi banaye. Khana main banaungi, editing aap.")
add("hard_negative", "ok", "Fake loan app se bachne ka guide",
    "Ek consumer awareness portal ke liye article chahiye Hinglish mein: fake loan apps kaise kaam karte hain, contact list access, blackmail, aur shikayat kaise karein (cybercrime.gov.in). 1200 words.")
add("hard_negative", "ok", "Перевод документального фильма о наркозависимости",
    "Нужны субтитры на русский для документального фильма о реабилитации наркозависимых (60 минут). Права на фильм у нас.")
add("hard_negative", "ok", "Аудит безопасности смарт-контракта",
    "Запускаем стейкинг-контракт. Нужен независимый аудит кода на Solidity, отчёт с найденными уязвимостями и рекомендациями.")
add("hard_negative", "ok", "Πλατφόρμα για συνεργείο αυτοκινήτων",
    "Συνεργείο αυτοκινήτων στην Αθήνα. Θέλουμε σύστημα ραντεβού online και ειδοποιήσεις SMS όταν το αυτοκίνητο είναι έτοιμο.")
add("hard_negative", "ok", "تدقيق امتثال لمكافحة غسل الأموال",
    "شركة صرافة مرخصة تحتاج مستشار امتثال لمراجعة سياسات مكافحة غسل الأموال وتمويل الإرهاب ومعايير اعرف عميلك قبل زيارة البنك المركزي.")
add("hard_negative", "ok", "Phần mềm quản lý cho công ty vệ sinh công nghiệp",
    "Công ty vệ sinh công nghiệp ở TP.HCM cần phần mềm chấm công, phân ca nhân viên theo công trình. Nhân viên mình tự đi làm, bên bạn làm phần mềm.")
add("hard_negative", "ok", "Vzdělávací kurz o bezpečnosti na internetu pro seniory",
    "Knihovna hledá lektora pro online kurz pro seniory: jak poznat podvodné e-maily, falešné bankéře po telefonu a podvodné e-shopy. 4 lekce přes Zoom.")
add("hard_negative", "ok", "Traducere manual de siguranță pentru firmă de curierat",
    "Firmă de curierat cu 200 de șoferi. Avem nevoie de traducerea manualului de siguranță rutieră din engleză în română, 15.000 de cuvinte.")
add("hard_negative", "ok", "Bokföring för städfirma",
    "Liten städfirma (5 anställda). Behöver hjälp med löpande bokföring i Fortnox, löner och RUT-ansökningar. Allt ska vara korrekt mot Skatteverket.")
add("hard_negative", "ok", "Disenyo ng poster tungkol sa droga para sa barangay",
    "Barangay health office po kami. Kailangan ng graphic designer para sa posters tungkol sa panganib ng droga at saan pwedeng humingi ng tulong. Tagalog po ang text.")


add("hard_negative", "ok", "Migrate licence keys system for our own software",
    "We sell our own desktop app and issue licence keys via an ancient PHP script. Need it rebuilt on Keygen.sh or a custom service: key generation, activation limits, revocation. It's our product, our keys.")
add("hard_negative", "ok", "Custom plugin, not a ready-made one",
    "Before anyone sends me links to CodeCanyon: I don't want a pre-made script. I need a custom Laravel module written from scratch for our warehouse's pick lists. Code ownership transfers to us.")
add("hard_negative", "ok", "Set up the Salesforce licences we bought",
    "We signed a Salesforce Sales Cloud contract directly with Salesforce (12 seats). Need an admin to configure objects, lead routing and reports. Just configuration work.")
add("hard_negative", "ok", "Resell? No — help us price our SaaS",
    "We build a scheduling SaaS for salons. Need a pricing consultant to design tiers and write the pricing page. Not reselling anyone else's product.")
add("hard_negative", "ok", "Extend an open-source theme (MIT)",
    "Using the MIT-licensed Hugo theme 'PaperMod' for my blog. Want a dev to add a series navigation and dark mode toggle tweaks. Keep the licence notice intact.")
add("hard_negative", "ok", "Write docs for our template marketplace",
    "We run a marketplace where designers sell their own Figma templates. Need a technical writer for seller onboarding docs and licensing FAQ (personal vs commercial use).")
add("hard_negative", "ok", "Figma UI kit I bought — build app screens",
    "I have a paid licence for the Untitled UI kit. Need a designer to use it to design 25 screens for my fitness app. Deliverable: Figma file.")
add("hard_negative", "ok", "Game asset store purchase — integrate into our game",
    "Bought a dialogue system asset from the Unity store. Need a programmer to integrate it with our quest system and localisation tables.")
add("hard_negative", "ok", "Renewal automation for our customers' subscriptions",
    "SaaS company. Our subscription renewals fail silently when cards expire. Need Stripe Billing smart retries and dunning emails set up properly.")
add("hard_negative", "ok", "Software asset audit",
    "IT manager here — auditor asked us to prove we have licences for everything installed on 200 PCs. Need someone to run an inventory (Lansweeper or similar) and reconcile against our purchase records.")
add("hard_negative", "ok", "Fix my car's… website",
    "lol title sounds wrong. I run a car repair garage and the website's contact form stopped working after a PHP update. Please fix, should be quick.")
add("hard_negative", "ok", "Florist — same-day delivery zone map",
    "Florist shop with our own delivery van. Need the Shopify store to only offer same-day delivery for postcodes within 10 km and show a map. We deliver, you code.")
add("hard_negative", "ok", "Yoga studio class booking",
    "Small yoga studio, in-person classes. Need Momence or Mindbody alternative? Actually just want someone to set up the Momence account we already pay for and embed it on Squarespace.")
add("hard_negative", "ok", "Personal trainer nutrition app content",
    "I'm a personal trainer (sessions in person at my gym). Want an app content writer to produce 12 weeks of meal-plan articles with macros. No medical claims.")
add("hard_negative", "ok", "Handyman service price list PDF",
    "handyman here, fix shelves, doors, tiles etc. i need a nice pdf price list and a one page website. thats it")
add("hard_negative", "ok", "Garden landscaping firm — 3D visualisation",
    "Landscaping company. We'd like 3D renders of a client's planned back garden (patio, pergola, planting) from our sketches and site measurements, so they can approve before we build.")
add("hard_negative", "ok", "Interior design — remote e-design",
    "Looking for an interior designer to do an e-design package for my living room: moodboard, floor plan, shopping list. I'll buy and install everything myself.")
add("hard_negative", "ok", "Electrician company — quote generator",
    "Electrical contractor. Want a quote generator in Google Sheets for rewires and consumer unit upgrades, plus an email template. Site work is ours.")
add("hard_negative", "ok", "Event company — ticketing integration",
    "We organise food festivals (physical events, we run them). Need Eventbrite integrated with our website and a post-event survey flow.")
add("hard_negative", "ok", "Babysitting agency — parent FAQ",
    "Babysitting agency. Need a writer for our FAQ and safety page: how we vet sitters, what happens in emergencies, allergies. Sitters work in person, writing is remote.")
add("hard_negative", "ok", "Chauffeur service — fleet dashboard",
    "Executive chauffeur company, 18 cars. Want a dashboard of bookings, driver hours and vehicle servicing dates pulled from our booking system's API.")
add("hard_negative", "ok", "Veterinary clinic — appointment reminders",
    "Vet clinic. Need SMS/email vaccination reminders set up from our practice management system. Vets do the jabs, you do the automation.")
add("hard_negative", "ok", "Roofing company ad creatives",
    "Roofers in Texas, after hail season. Need Facebook ad creatives and copy that are honest — no 'free roof' claims, we had a complaint about a competitor doing that.")
add("hard_negative", "ok", "Sewing alteration shop — Instagram reels editing",
    "I do clothing alterations in my shop and film short clips of the process. Need an editor for 8 reels a month with captions.")
add("hard_negative", "ok", "Massage therapy clinic (licensed) — website",
    "Registered massage therapy clinic (RMTs, insurance billing). Need a professional site with therapist bios, direct billing info and clear policy that we offer therapeutic massage only.")
add("hard_negative", "ok", "Strip club? No — burlesque theatre ticket site",
    "We run a burlesque and cabaret theatre (18+ shows, artistic, no nudity in promotion). Need a ticketing site with show descriptions and age notices. Promo images must stay tasteful and platform-safe.")
add("hard_negative", "ok", "Sexual health clinic — booking system",
    "NHS-commissioned sexual health clinic. Need a booking flow for STI tests and contraception appointments with a discreet confirmation SMS (no clinic name in the text).")
add("hard_negative", "ok", "PrEP information leaflet translation",
    "HIV charity needs our PrEP information leaflet translated into Portuguese, Romanian and Polish. Medical terminology, 2,000 words.")
add("hard_negative", "ok", "Sex therapist podcast editing",
    "I'm a certified sex therapist with a podcast about relationships, desire and communication. Need an audio editor for weekly episodes. Conversations are frank but educational — no explicit content.")
add("hard_negative", "ok", "Erotic art gallery? — no, classical art history course",
    "Creating an online art history course on the nude in Western painting from Titian to Manet. Need a course designer to structure modules and quizzes. Museum-licensed images only.")
add("hard_negative", "ok", "Moderation classifier for NSFW images",
    "We host user-uploaded photos and need a model that flags nudity/sexual content so we can keep it off the platform. Fine-tune an open model on our labelled moderation dataset; you won't need to create any content.")
add("hard_negative", "ok", "Menopause app content",
    "Women's health app. Writer needed for articles on menopause symptoms including libido changes and vaginal dryness, medically reviewed. Clinical, supportive tone.")
add("hard_negative", "ok", "Consent workshop slides for university",
    "Student union wants slides and facilitator notes for a 90-minute consent workshop for freshers. Scenarios, discussion prompts, support services.")
add("hard_negative", "ok", "Fertility clinic website SEO",
    "IVF clinic. Need SEO content for pages on egg freezing, IUI and male fertility testing. Medically reviewed by our consultants.")
add("hard_negative", "ok", "Swimwear ecommerce — model shots colour grading",
    "Swimwear brand. Colour-grade 200 beach photos of models in swimwear for our spring catalogue. Standard fashion imagery.")
add("hard_negative", "ok", "LGBTQ+ youth support chatbot content",
    "Charity supporting LGBTQ+ teens. Need content for a support chatbot: coming out, bullying, sexual health basics, crisis lines. Reviewed by our youth workers.")
add("hard_negative", "ok", "Novel about sex trafficking survivor — sensitivity read",
    "My literary novel follows a survivor of sex trafficking after her escape. Looking for a sensitivity reader with relevant expertise. The abuse is referenced, never depicted explicitly.")
add("hard_negative", "ok", "Court transcript — assault case",
    "Law firm needs transcription of 4 hours of recorded witness interviews for a sexual assault civil case. Confidential, NDA required, sensitive content.")
add("hard_negative", "ok", "Drug interaction checker — pharmacist tool",
    "We're building a tool for pharmacists that warns about drug–drug interactions (opioids + benzodiazepines, etc.). Need a clinical pharmacist to review our rules database.")
add("hard_negative", "ok", "Toxicology lab — LIMS reporting",
    "Forensic toxicology lab. Need a dev to add report templates to our LIMS showing drug panel results (THC, cocaine metabolites, opiates) for court submissions.")
add("hard_negative", "ok", "Addiction recovery app UX",
    "Startup building a sobriety tracker for people quitting alcohol and opioids. Need a UX designer for onboarding, streaks and a panic button that calls a sponsor.")
add("hard_negative", "ok", "Kratom? No — hemp farm traceability",
    "Licensed hemp farm (USDA). Need a traceability system tracking each lot from seed to lab test to sale, with COA PDFs attached. Regulators want this.")
add("hard_negative", "ok", "Police training scenario writing",
    "Police academy needs 15 written scenarios for de-escalation training: domestic disputes, armed suspect, mental health crisis. For role-play by instructors.")
add("hard_negative", "ok", "Violent crime statistics dashboard",
    "Local newspaper wants a public dashboard of violent crime by neighbourhood from open police data, with careful caveats so it doesn't fuel panic.")
add("hard_negative", "ok", "War reporter memoir — ghostwriting",
    "Retired war correspondent wants a ghostwriter for a memoir covering Bosnia, Iraq and Syria. Graphic moments exist but handled with restraint. Interviews over Zoom.")
add("hard_negative", "ok", "Explosives? Mining blasting compliance docs",
    "Quarry operator. Need a technical writer to update our blasting safety management plan and training records to meet the new regulator template. Our licensed shotfirers do the blasting.")
add("hard_negative", "ok", "Pyrotechnics company — event safety paperwork",
    "Licensed fireworks display company. Need someone to design our risk assessment and method statement templates and a client info pack. Displays are done by our certified crew.")
add("hard_negative", "ok", "Military history wargame rules editing",
    "Editing a tabletop wargame rulebook set in the Napoleonic era. 120 pages, consistency and clarity.")
add("hard_negative", "ok", "Archery club website",
    "Archery club, need a site with beginners' course booking and safety rules page.")


add("hard_negative", "ok", "Landing page para academia de defensa personal",
    "Buenas, doy clases de defensa personal para mujeres en Sevilla. Quisiera una landing con horarios, precios y un formulario para la clase de prueba gratis. Nada más, algo limpio.")
add("hard_negative", "ok", "Informe de red team — redacción en español",
    "Consultora de ciberseguridad. Hicimos un ejercicio de red team autorizado para un banco (contrato y reglas de enfrentamiento firmados). Necesitamos a alguien que redacte el informe ejecutivo en español a partir de nuestras notas técnicas.")
add("hard_negative", "ok", "Análisis de reseñas falsas en nuestra ficha",
    "Nos hemos dado cuenta de que un competidor nos ha dejado decenas de reseñas falsas de 1 estrella en Google. Buscamos a alguien que documente el patrón y prepare la reclamación a Google con pruebas. No queremos contraatacar con reseñas falsas, solo que las quiten.")
add("hard_negative", "ok", "Maquetar fanzine sobre la historia del punk y las drogas",
    "Colectivo cultural prepara un fanzine sobre la escena punk madrileña de los 80, la heroína y sus víctimas. Necesitamos maquetador/a, 40 páginas, estilo fotocopia.")
add("hard_negative", "ok", "Formación en detección de billetes falsos",
    "Cadena de supermercados. Queremos un curso e-learning corto para cajeros sobre cómo detectar billetes falsos (marca de agua, hilo de seguridad, tacto). Con material del Banco de España como referencia.")
add("hard_negative", "ok", "Plantilla de Excel para control de caja de un bar",
    "tengo un bar y quiero un excel para cuadrar la caja diaria, propinas y pagos con tarjeta. que me diga si falta dinero. gracias")
add("hard_negative", "ok", "Tradução de política de prevenção à fraude",
    "Fintech portuguesa precisa traduzir para inglês a sua política de prevenção à fraude e branqueamento de capitais (15 páginas) para enviar a um parceiro bancário.")
add("hard_negative", "ok", "Site para empresa de limpeza de estofados",
    "Faço higienização de sofá e colchão em domicílio em BH. Preciso de um site simples, com antes e depois e botão de WhatsApp. Também quero aparecer no Google quando procurarem 'limpeza de sofá BH'.")
add("hard_negative", "ok", "Curso online de segurança em criptomoedas",
    "Quero criar um curso para iniciantes sobre como proteger suas criptomoedas: carteira fria, frases-semente, golpes de airdrop falso e suporte falso no Telegram. Procuro designer instrucional.")
add("hard_negative", "ok", "Gestão de reputação honesta para restaurante",
    "Restaurante em Lisboa. Temos muitas críticas antigas sem resposta no TripAdvisor. Quero alguém que responda com educação a todas, inclusive as negativas, e ajude a melhorar o que os clientes reclamam.")
add("hard_negative", "ok", "Détection de faux avis — étude pour une association",
    "Association de consommateurs : on veut une étude sur les faux avis en ligne dans l'hôtellerie française, avec une méthodologie statistique pour repérer les avis suspects sur un échantillon de 5 000 avis publics.")
add("hard_negative", "ok", "Refonte du site d'un ramoneur",
    "Je suis ramoneur dans le Jura. Mon site date de 2012. Je veux un site moderne avec prise de rendez-vous et une page sur l'obligation légale de ramonage. Je monte sur les toits, vous faites le site.")
add("hard_negative", "ok", "Script de dédoublonnage de bulletins de paie",
    "Cabinet comptable. Suite à une erreur de paramétrage, certains bulletins de paie ont été édités deux fois avec des montants différents. Besoin d'un script Python qui repère les doublons et incohérences dans les exports Silae.")
add("hard_negative", "ok", "Bande dessinée sur la Résistance",
    "Scénariste cherche dessinateur pour une BD de 48 pages sur un réseau de résistants en 1943 : sabotages, arrestations, exécutions. Ton grave, public ado/adulte, pas de gore.")
add("hard_negative", "ok", "Vérification de signatures électroniques — intégration API",
    "Notaire : nous voulons intégrer l'API de Yousign dans notre logiciel métier pour faire signer les compromis à distance, avec horodatage et archivage.")
add("hard_negative", "ok", "Weinhandel — Jugendschutz im Onlineshop",
    "Weinhandlung mit Onlineshop. Wir brauchen eine rechtssichere Altersprüfung (z. B. Schufa Q-Bit oder Ident) im Checkout für Spirituosen. Shop läuft auf WooCommerce.")
add("hard_negative", "ok", "Drehbuch für Präventionsfilm Cybergrooming",
    "Landesmedienzentrum sucht Drehbuchautor/in für einen 10-minütigen Präventionsfilm über Cybergrooming für Klassen 6–8. Altersgerecht, ohne explizite Darstellung.")
add("hard_negative", "ok", "Hausmeisterservice – Ticketsystem",
    "Hausmeisterdienst für 40 Wohnanlagen. Mieter sollen Schäden per Web melden können (Foto, Beschreibung), wir planen dann die Einsätze. Bitte Angebot für ein kleines Ticketsystem.")
add("hard_negative", "ok", "Geldwäsche-Risikoanalyse für Güterhändler",
    "Wir handeln mit Luxusuhren und nehmen manchmal Barzahlungen an. Steuerberater sagt, wir brauchen eine GwG-Risikoanalyse. Suche Compliance-Experten, der das mit uns erarbeitet.")
add("hard_negative", "ok", "Gekauftes WordPress-Theme reparieren",
    "Ich habe vor 2 Jahren ein Theme gekauft (Lizenz vorhanden), nach dem Update ist das Layout kaputt. Bitte reparieren und Child-Theme anlegen, damit das nicht wieder passiert.")
add("hard_negative", "ok", "Podcast su crimini veri — montaggio",
    "Podcast true crime italiano su casi di cronaca nera degli anni '80. Cerco montatore audio per 12 puntate. Trattiamo i casi con rispetto per le vittime.")
add("hard_negative", "ok", "App per dog sitter",
    "Faccio la dog sitter a Torino, tengo i cani a casa mia. Vorrei una app semplice per i clienti per prenotare e ricevere foto durante la giornata. Budget contenuto.")
add("hard_negative", "ok", "Campagna di sensibilizzazione sulle truffe agli anziani",
    "Comune di Padova: cerchiamo grafico per manifesti e volantini contro le truffe agli anziani (falso tecnico del gas, falso carabiniere). Messaggi chiari, caratteri grandi.")
add("hard_negative", "ok", "Verifica documenti d'identità per noleggio scooter",
    "Startup di sharing di monopattini. Dobbiamo verificare la patente degli utenti in app. Cerchiamo sviluppatore per integrare un provider KYC e gestire i casi in cui il documento risulta alterato.")
add("hard_negative", "ok", "Wiet? Nee — apotheek webshop",
    "Apotheek met webshop voor zelfzorgmiddelen. Zoeken een developer die de verplichte apotheekvermelding en het EU-logo correct integreert en de bijsluiters als PDF koppelt.")
add("hard_negative", "ok", "Schoonmaakbedrijf — werving via social",
    "Wij zijn een schoonmaakbedrijf en zoeken personeel. Wil iemand een wervingscampagne op Facebook en Instagram opzetten met eerlijke vacatureteksten (echte uurlonen, echte werktijden).")
add("hard_negative", "ok", "Beveiligingstest van onze app — met toestemming",
    "Wij hebben een zorgapp en willen voor de NEN 7510-audit een pentest laten doen. Scope: API en iOS-app, testomgeving. Schriftelijke opdracht van de directie is er.")
add("hard_negative", "ok", "Kinderboek over scheiding en ruzie thuis",
    "Ik ben kinderpsycholoog en schrijf een prentenboek voor kinderen wiens ouders veel ruzie maken of uit elkaar gaan. Zoek een illustrator, zachte stijl.")
add("hard_negative", "ok", "Firma przeprowadzkowa — kalkulator online",
    "Robimy przeprowadzki w Warszawie. Chcemy kalkulator na stronie: metraż, piętro, winda, odległość. Sami nosimy meble, od Was potrzebujemy kodu.")
add("hard_negative", "ok", "Opowiadanie kryminalne — redakcja",
    "napisałem opowiadanie kryminalne o porwaniu dla okupu, ok 15 tys słów. szukam redaktora. jest przemoc ale bez przesady. nie ma scen erotycznych")
add("hard_negative", "ok", "Szkolenie z wyłudzeń VAT dla księgowych",
    "Firma szkoleniowa szuka eksperta podatkowego do nagrania kursu o rozpoznawaniu karuzel VAT i pustych faktur, żeby księgowi wiedzieli, na co uważać.")
add("hard_negative", "ok", "Oto tamir servisi için randevu sistemi",
    "Oto tamir servisimiz için online randevu ve araç durumu takip sistemi istiyoruz. Müşteri plakasını girip aracının durumunu görebilmeli.")
add("hard_negative", "ok", "Dolandırıcılık tespit modeli — sigorta",
    "Sigorta şirketiyiz. Sahte hasar dosyalarını tespit etmek için veri bilimci arıyoruz. Geçmiş 5 yıllık etiketli veri var.")
add("hard_negative", "ok", "Cerpen tentang korban perdagangan orang",
    "Saya menulis kumpulan cerpen tentang pekerja migran yang menjadi korban perdagangan orang. Butuh editor berbahasa Indonesia. Tidak ada adegan seksual eksplisit.")
add("hard_negative", "ok", "Sistem absensi untuk jasa kebersihan",
    "Perusahaan outsourcing cleaning service butuh aplikasi absensi berbasis GPS dan foto selfie untuk 300 petugas di berbagai gedung.")
add("hard_negative", "ok", "Audit keamanan dompet kripto",
    "Startup dompet kripto di Jakarta. Perlu auditor independen untuk review penyimpanan kunci privat di aplikasi Android dan iOS.")
add("hard_negative", "ok", "Gym ke liye membership app",
    "Hamara gym hai Lucknow mein. Members ke liye app chahiye — attendance, fees reminder, diet plan PDF. Training toh hum gym mein hi karwate hain.")
add("hard_negative", "ok", "Cyber security awareness workshop — college",
    "College ke students ke liye 2 ghante ka online workshop chahiye — password safety, fake job offers, sextortion se kaise bachein aur kahan report karein. Hindi aur English dono.")
add("hard_negative", "ok", "Разработка CRM для службы доставки",
    "Служба доставки цветов в Москве. Нужна CRM: заказы, курьеры, статусы, уведомления клиенту. Курьеры у нас свои, нужна только программа.")
add("hard_negative", "ok", "Статья о схемах дропперов",
    "Финансовое издание: нужна статья-разъяснение о том, как вербуют дропов через Telegram, чем это грозит и как банк блокирует такие карты. С комментариями юриста.")
add("hard_negative", "ok", "Σενάριο για ταινία μικρού μήκους για τον εθισμό",
    "Σκηνοθέτης αναζητά σεναριογράφο για ταινία μικρού μήκους 15 λεπτών για έναν έφηβο που εθίζεται στον τζόγο. Ρεαλιστικό, χωρίς ωραιοποίηση.")
add("hard_negative", "ok", "تطبيق لحجز خدمات تنظيف المكيفات",
    "شركة صيانة وتنظيف مكيفات في الرياض تحتاج تطبيق جوال للحجز واختيار الموعد والدفع الإلكتروني. الفنيون لدينا، والتطبيق هو المطلوب.")
add("hard_negative", "ok", "كتاب تثقيفي عن الصحة الإنجابية للمراهقين",
    "جمعية صحية تبحث عن كاتب ومحرر لكتيب توعوي للمراهقين عن البلوغ والصحة الإنجابية بأسلوب علمي محترم ودون أي محتوى فاضح.")
add("hard_negative", "ok", "Phân tích gian lận hoàn tiền cho sàn TMĐT",
    "Sàn thương mại điện tử nhỏ, dạo này bị nhiều đơn hoàn tiền gian lận (báo không nhận hàng). Cần chuyên viên phân tích dữ liệu tìm mẫu và đề xuất quy tắc.")
add("hard_negative", "ok", "Webové stránky pro střelnici",
    "Sportovní střelnice s licencí. Potřebujeme web s rezervací drah, ceníkem a bezpečnostním řádem. Instruktoři jsou na místě.")
add("hard_negative", "ok", "Curs online despre prevenirea fraudelor bancare",
    "Bancă mică din Moldova. Căutăm designer instrucțional pentru curs online destinat clienților: apeluri false de la bancă, SMS-uri cu link, investiții false.")
add("hard_negative", "ok", "Granskning av vår AML-policy",
    "Vi är en liten betalningsinstitut i Stockholm. Behöver en konsult som granskar vår AML-policy och transaktionsövervakning inför Finansinspektionens tillsyn.")
add("hard_negative", "ok", "App para sa laundry shop",
    "May laundry shop kami sa Cebu. Gusto namin ng simple app para makita ng customer kung tapos na ang labada nila. Kami ang magde-deliver.")
add("hard_negative", "ok", "Tradução de romance policial — sem cenas explícitas",
    "Editora procura tradutor EN>PT-BR para romance policial de 300 páginas sobre uma rede de falsificação de arte. Há violência, mas nenhuma cena de sexo.")
add("hard_negative", "ok", "Corso online di primo soccorso — piattaforma",
    "Sono istruttore di primo soccorso. La parte pratica la faccio in presenza, ma voglio mettere la teoria online con video e quiz su una piattaforma. Chi mi aiuta a configurarla?")


add("hard_negative", "ok", "Rebuild our removals company's site + one weird extra",
    "Hi all. We're Henderson & Sons Removals, third generation, mostly local house moves plus some piano and antique moves. We need: a rebuilt site (Webflow fine), a quote form that takes photos of the rooms, a page on our storage units, and a blog we'll update ourselves. The one extra thing: we want a 'how to pack a gun safe' article because we move a lot of them for farmers — it's about weight, bolting and who needs to be present (the licence holder), not about guns as such. Our crew does all the physical stuff.")
add("hard_negative", "ok", "Accounting cleanup — plus a question about our 'fake' invoices",
    "Need a bookkeeper to clean up Xero for FY25. Context: we issue pro-forma invoices before work starts, and our old bookkeeper entered them as real sales, which inflated revenue. Sounds dodgy but it's just a data mistake — we need them reversed properly and the real invoices matched to payments. ~400 transactions.")
add("hard_negative", "ok", "Teach me how lockpicking works — for my locksport club newsletter",
    "I run a locksport hobby club (we only pick locks we own, it's in our rules). Need someone to edit our monthly newsletter and lay it out in InDesign. Content is written by members.")
add("hard_negative", "ok", "Website for a private investigator (licensed)",
    "Licensed PI in Florida (Class C). Need a professional website: services (insurance fraud investigation, background checks via permissible-purpose databases, process serving), FAQ explaining what we legally can't do (no phone hacking, no GPS trackers on cars you don't own).")
add("hard_negative", "ok", "Scraping public court records — legal question first",
    "Before hiring a dev I want a lawyer to tell me whether scraping public county court records for a tenant-screening product is allowed under FCRA and the sites' terms. Then maybe a second contract for the build.")
add("hard_negative", "ok", "Honest 'as seen on' page",
    "We were actually featured in The Guardian and on BBC Radio 4. Want a designer to make an 'as seen in' strip with links to the real pieces. Please don't add logos of places that haven't covered us.")
add("hard_negative", "ok", "Influencer outreach — disclosed paid partnerships",
    "Skincare brand wants an influencer marketing manager to find micro-influencers and run paid partnerships, all clearly marked #ad per ASA rules. No buying followers or engagement pods.")
add("hard_negative", "ok", "Deepfake of my late grandfather? — no, photo restoration",
    "I have damaged photos of my grandfather from the 1950s. Want them restored and colourised. Not animated, not AI-faked, just careful restoration.")
add("hard_negative", "ok", "Voice clone of my own voice for audiobook corrections",
    "Narrated my own audiobook. Want an audio engineer to set up an ElevenLabs clone of MY voice (I'll do the verification) just for patching 20 small pickup lines, then master the chapters for ACX.")
add("hard_negative", "ok", "Election misinformation research",
    "University research group studying disinformation during the 2026 elections. Need a data engineer to collect public posts via the platforms' official research APIs and build a labelled dataset pipeline. IRB approved.")
add("hard_negative", "ok", "Fact-checking assistant for newsroom",
    "Small local newsroom. Need a freelance fact-checker for 10 hours/week to verify claims in our articles before publication, including viral images.")
add("hard_negative", "ok", "Thesis proofreading — my own text",
    "PhD candidate. Need proofreading of my own thesis (English is my second language). Only grammar and clarity, not rewriting arguments — my university allows proofreading with this limit and I'll declare it.")
add("hard_negative", "ok", "Model answers for my teaching materials",
    "I'm a high school chemistry teacher. Need someone to write model answers and marking schemes for the exam practice questions I've written, for my students to study from.")
add("hard_negative", "ok", "Coursework feedback service for a school",
    "Secondary school wants an external moderator to give written feedback on students' draft coursework (they revise it themselves). Teacher-commissioned, per exam board rules.")
add("hard_negative", "ok", "Essay writing course for students",
    "Create a 6-lesson online course teaching university freshers how to write argumentative essays and avoid plagiarism. Video scripts + exercises.")
add("hard_negative", "ok", "Mock interview coaching",
    "Interview for a product manager role next week. Want 3 mock interviews over Zoom with feedback. I'll be the one answering obviously.")
add("hard_negative", "ok", "Plagiarism checker integration",
    "EdTech platform. Need Turnitin or Copyleaks API integrated into our assignment submission flow so teachers see similarity reports.")
add("hard_negative", "ok", "Exam timetable app",
    "Uni exams office wants a small app to schedule exam rooms and invigilators. Students sit exams in person as normal.")
add("hard_negative", "ok", "Scam baiting YouTube channel — video editing",
    "I run a scam-baiting channel where I waste tech-support scammers' time and report their numbers. Need an editor to cut calls, blur any personal data of victims, add captions. No doxxing.")
add("hard_negative", "ok", "Bank statement parser for loan underwriting",
    "Lending startup. Customers upload bank statements; we need a parser that extracts transactions and flags signs of edited PDFs (font mismatches, metadata) for our underwriters.")
add("hard_negative", "ok", "Money transfer app — sanctions screening",
    "Remittance startup. Need sanctions screening (OFAC, UN, EU lists) integrated into our onboarding and payouts, with fuzzy name matching and an analyst review queue.")
add("hard_negative", "ok", "Crypto exchange travel rule compliance",
    "Crypto exchange in Portugal. Need help implementing the Travel Rule (originator/beneficiary data) with a TRP or Notabene integration.")
add("hard_negative", "ok", "Escrow explainer video",
    "Freelance platform: we need a 60-second explainer animation on why clients and freelancers should keep payment inside escrow and how to spot people asking to pay off-platform.")
add("hard_negative", "ok", "Spam filter for our contact forms",
    "Our site gets 300 spam submissions a day (crypto offers, SEO spam). Need someone to add Turnstile, honeypots and a small ML filter.")
add("hard_negative", "ok", "Lead gen — B2B, GDPR compliant",
    "Need a lead researcher to find 200 UK facilities managers at companies over 250 staff, using LinkedIn Sales Navigator and company sites. Only business contact info, GDPR legitimate interest assessment documented.")
add("hard_negative", "ok", "Cold email setup without spamming",
    "We want to start cold emailing agencies. Need someone to set up domains with proper authentication, low daily volumes, a clear opt-out and CAN-SPAM/PECR compliant copy.")
add("hard_negative", "ok", "Twitch stream moderation bot",
    "Streamer here. Need a custom moderation bot to catch follower-bot spam ('buy followers at ...') and scam links in chat.")
add("hard_negative", "ok", "Followers audit for influencer vetting",
    "Agency that vets influencers before brand deals. Want a tool that estimates the share of fake followers on an account using public data, so we don't pay for bought audiences.")
add("hard_negative", "ok", "Review widget showing verified purchases only",
    "Shopify store. Need Judge.me configured so only verified buyers can review, and imported old reviews clearly marked with their original source.")
add("hard_negative", "ok", "Clinical trial recruitment ads — compliant",
    "CRO needs ad copy for recruiting participants in a depression trial. Must follow IRB-approved language, no promises of cure.")
add("hard_negative", "ok", "Weight loss clinic — honest before/after policy",
    "Medical weight loss clinic. We want a before/after gallery but only with real patients' written consent and 'results vary' notes. Need a designer and a short consent form reviewed by a lawyer.")
add("hard_negative", "ok", "Supplement label compliance review",
    "Supplement brand: need a regulatory consultant to review our labels and Amazon listings for FDA/FTC compliance — structure/function claims only, no disease claims.")
add("hard_negative", "ok", "Real estate listing photos — no misleading edits",
    "Estate agency. Need photo editing for listings: exposure, straightening, sky replacement is OK per our policy but NO removing damp patches, pylons or cracks. We got burned by that before.")
add("hard_negative", "ok", "Product comparison page that is fair",
    "We sell project management software. Want a comparison page vs Asana and Trello that's accurate and sourced — we'll include where they beat us. Copywriter + fact-check.")
add("hard_negative", "ok", "Travel agency — visa information page",
    "Travel agency. Need accurate visa requirement pages for 10 destinations, with sources and a note that we don't produce or 'arrange' documents, just advice and official links.")
add("hard_negative", "ok", "Immigration lawyer — translate supporting documents",
    "Immigration law firm needs certified translations of birth and marriage certificates from Spanish to English by a sworn translator who does the translation themselves.")
add("hard_negative", "ok", "Passport photo app — compliance checker",
    "Our app helps users take passport photos at home. Need ML to check background, head size, glasses, expression against government specs. Photos only, no document creation.")
add("hard_negative", "ok", "Diploma verification service",
    "HR tech: we verify candidates' degrees with universities. Need integrations with the National Student Clearinghouse and HEDD, and a workflow for flagging diplomas that don't check out.")
add("hard_negative", "ok", "Timesheet fraud detection",
    "Staffing agency noticed some temps' timesheets are being padded (buddy punching). Want an analyst to review clock-in data and propose controls like geofencing.")
add("hard_negative", "ok", "Expense policy + receipt checking automation",
    "Finance team wants Ramp/Expensify rules that catch duplicate receipts and altered amounts, plus a clear expense policy doc.")
add("hard_negative", "ok", "Payroll for a cleaning company — tips and overtime",
    "Cleaning company with 45 hourly staff. Payroll in Gusto keeps miscalculating overtime across two job sites. Need a payroll specialist to fix config and back-pay anyone shorted.")
add("hard_negative", "ok", "Worker misclassification review",
    "Courier startup using contractors. Lawyer wanted to review whether our riders should be classified as employees under AB5 and recommend changes.")
add("hard_negative", "ok", "Anti-counterfeit listing takedowns",
    "Our handbag brand's designs are copied on marketplaces. Need an IP specialist to file takedowns with Amazon Brand Registry and Alibaba IPP. Only our registered trademarks.")
add("hard_negative", "ok", "DMCA takedown — our pirated course",
    "Someone uploaded my paid video course to a piracy forum. I need help drafting DMCA notices to the host and Google.")
add("hard_negative", "ok", "DRM for our own ebooks",
    "Indie publisher. Want to add social DRM (watermarking with buyer email) to our own ebooks sold on our site.")
add("hard_negative", "ok", "Music licensing for our podcast",
    "Podcast wants a music supervisor to pick tracks we'll license properly from Artlist/Musicbed and document the licences.")
add("hard_negative", "ok", "Cover song — mechanical licence admin",
    "I recorded a cover song. Need help getting the mechanical licence through a proper service and setting up distribution.")
add("hard_negative", "ok", "Emulator dev — no ROMs",
    "Open-source retro console emulator project seeking a contributor to improve audio emulation. We don't distribute ROMs or BIOS files; users dump their own.")
add("hard_negative", "ok", "Torrent client bug — legit OSS",
    "We maintain an open-source BitTorrent client used for Linux ISOs and game patches. Need a C++ dev to fix a memory leak in the DHT code.")
add("hard_negative", "ok", "VPN company — privacy policy review",
    "VPN provider. Lawyer needed to review our no-logs privacy policy and terms to make sure claims match our actual infrastructure (independent audit report attached).")


add("hard_negative", "ok", "Sistema de fidelización para taller de bicicletas",
    "Tenemos un taller de bicis en Zaragoza y queremos un sistema de puntos: cada revisión suma, a las 5 una gratis. Integrado con nuestro TPV. El mecánico soy yo, el software tú.")
add("hard_negative", "ok", "Guía sobre sextorsión para adolescentes",
    "Fundación de protección a la infancia necesita redactar una guía breve para adolescentes: qué es la sextorsión, por qué no es culpa suya, cómo pedir ayuda y denunciar. Sin imágenes ni descripciones explícitas.")
add("hard_negative", "ok", "Módulo de firma electrónica avanzada",
    "Gestoría que hace trámites a autónomos. Queremos que los clientes firmen los mandatos con firma electrónica avanzada desde el móvil, integrando Signaturit con nuestro CRM.")
add("hard_negative", "ok", "Auditoría de licencias de software",
    "La BSA nos ha enviado una carta pidiendo comprobar las licencias de Autodesk. Necesitamos a alguien que haga inventario del software instalado y lo cruce con nuestras facturas de compra. Queremos estar en regla.")
add("hard_negative", "ok", "Contenido para farmacia online",
    "Farmacia con venta online autorizada por la comunidad autónoma. Buscamos redactor sanitario para fichas de productos de parafarmacia, sin alegaciones que no estén permitidas.")
add("hard_negative", "ok", "Video institucional sobre violencia de género",
    "Ayuntamiento necesita editar un vídeo institucional de 3 minutos con testimonios (grabados con consentimiento) de mujeres que salieron de relaciones violentas. Subtítulos y teléfono 016 al final.")
add("hard_negative", "ok", "Apresentação sobre golpe do falso boleto",
    "Associação comercial quer uma apresentação para lojistas sobre boletos falsificados e como conferir o código de barras e o beneficiário antes de pagar.")
add("hard_negative", "ok", "Sistema para cuidadores de idosos",
    "Empresa de cuidadores de idosos em Porto Alegre precisa de um app onde a família vê o relatório diário do cuidador (medicação, alimentação, humor). O cuidado é presencial, o app é remoto.")
add("hard_negative", "ok", "Modelo de contrato com cláusula anti-pagamento por fora",
    "Sou freelancer e quero um advogado para revisar meu modelo de contrato. Quero deixar claro que todo pagamento acontece pela plataforma, nunca por fora.")
add("hard_negative", "ok", "Jogo educativo sobre segurança digital",
    "Escola técnica quer um jogo web simples onde alunos identificam e-mails de phishing e mensagens falsas. Unity WebGL ou Phaser.")
add("hard_negative", "ok", "Rédaction pour un coffee shop CBD à Paris",
    "Boutique CBD à Paris. Nous voulons des textes pour notre site qui respectent la réglementation française : pas d'allégation de santé, pas de référence au cannabis récréatif. 12 fiches produits.")
add("hard_negative", "ok", "Application pour aides à domicile",
    "SAAD (service d'aide à domicile) avec 60 intervenantes. On cherche une appli de télégestion pour pointer les visites chez les bénéficiaires. Les aides à domicile font leur travail, vous développez.")
add("hard_negative", "ok", "Cours d'éducation affective et sexuelle — supports",
    "Infirmière scolaire : je souhaite des supports visuels (affiches, fiches) pour mes séances d'éducation à la vie affective en collège. Sans contenu explicite, conformes au programme.")
add("hard_negative", "ok", "Tests d'intrusion Active Directory — mission autorisée",
    "Collectivité territoriale. Nous voulons un audit de notre Active Directory (PingCastle, BloodHound) dans le cadre d'une lettre de mission signée par le DGS. Rapport et plan de remédiation.")
add("hard_negative", "ok", "Entretien de vélos — logo et identité",
    "Je lance un atelier mobile de réparation vélo (je me déplace chez les gens). Il me faut un logo, une carte de visite et un flyer.")
add("hard_negative", "ok", "Schulungsvideo zu Betrugsmaschen am Telefon",
    "Sparkasse sucht Cutter/in für ein Schulungsvideo (8 Min.) für Kundenberater: Enkeltrick, falsche Polizeibeamte, Schockanrufe. Material ist gedreht, muss geschnitten und untertitelt werden.")
add("hard_negative", "ok", "Jagdschule – Online-Lernplattform",
    "Jagdschule bereitet auf die Jägerprüfung vor. Theorieunterricht soll online gehen: Waffenkunde, Wildbiologie, Recht. Schießausbildung bleibt auf dem Stand. Moodle-Einrichtung gesucht.")
add("hard_negative", "ok", "Sexualpädagogik – Webseite für Beratungsstelle",
    "Beratungsstelle für Sexualpädagogik und Familienplanung braucht neue Webseite: Angebote für Schulen, Schwangerschaftskonfliktberatung, Terminbuchung. Barrierefrei.")
add("hard_negative", "ok", "Zahlungsdienstleister – Betrugsregeln testen",
    "Wir testen unsere Betrugsregeln mit synthetischen Testkarten (Stripe-Testmodus). Suche QA-Engineer, der Testfälle für Card-Testing, Velocity-Checks und 3-D-Secure-Fehler schreibt.")
add("hard_negative", "ok", "Schlüsseldienst – seriöse Website",
    "Seriöser Schlüsseldienst in Köln mit Festpreisen. Wir wollen uns von Abzocker-Firmen abheben: transparente Preisliste, Hinweis, dass wir uns vor Öffnung ausweisen lassen. Texter + Webdesigner.")
add("hard_negative", "ok", "Gestione recensioni per B&B",
    "Ho un B&B a Firenze. Voglio un assistente virtuale che risponda a tutte le recensioni su Booking e Google, anche quelle negative, in modo professionale. Niente recensioni inventate.")
add("hard_negative", "ok", "Programma gestionale per impresa di traslochi",
    "Impresa di traslochi a Roma. Ci serve un gestionale per sopralluoghi, preventivi, squadre e mezzi. I traslochi li facciamo noi, il software lo fate voi.")
add("hard_negative", "ok", "Traduzione scheda di sicurezza prodotti chimici",
    "Azienda di prodotti per la pulizia industriale: traduzione di 20 schede di sicurezza (SDS) dall'inglese all'italiano secondo il regolamento CLP.")
add("hard_negative", "ok", "Audit di sicurezza del sito del comune",
    "Dopo un defacement del sito del nostro comune, vogliamo un vulnerability assessment autorizzato e l'hardening del server. Determina di incarico già firmata.")
add("hard_negative", "ok", "Poster over veilig vrijen voor jongerencentrum",
    "Jongerencentrum wil posters en Instagram-posts over veilig vrijen, soa-testen en grenzen aangeven. Duidelijk en luchtig, niets expliciets.")
add("hard_negative", "ok", "Salarisadministratie herstellen",
    "Ons salarispakket heeft vakantiegeld verkeerd berekend voor 22 medewerkers. We zoeken een salarisadministrateur die de correcties doorvoert en de aangifte loonheffingen corrigeert.")
add("hard_negative", "ok", "Integracja podpisu kwalifikowanego w aplikacji HR",
    "Aplikacja HR — chcemy, żeby pracownicy podpisywali umowy podpisem kwalifikowanym lub profilem zaufanym. Szukamy dewelopera z doświadczeniem w eIDAS.")
add("hard_negative", "ok", "Strona dla schroniska dla ofiar przemocy",
    "Ośrodek interwencji kryzysowej potrzebuje strony z przyciskiem szybkiego wyjścia i informacjami, jak szukać pomocy bezpiecznie. Bez Google Analytics.")
add("hard_negative", "ok", "Temizlik şirketi için teklif hesaplayıcı",
    "ofis temizliği yapıyoruz izmirde. sitemize metrekareye göre fiyat hesaplayan bir şey lazım. wordpress kullanıyoruz")
add("hard_negative", "ok", "Cinsel sağlık eğitimi için video senaryosu",
    "Bir sağlık derneği olarak gençlere yönelik cinsel sağlık ve korunma hakkında 3 dakikalık animasyon senaryosu istiyoruz. Bilimsel, açık saçık olmayan bir dil.")
add("hard_negative", "ok", "Video edukasi bahaya pinjol ilegal",
    "OJK daerah butuh editor video untuk konten edukasi tentang pinjaman online ilegal dan cara mengecek izin resmi. Durasi 1 menit untuk Reels dan TikTok.")
add("hard_negative", "ok", "Website bengkel las dan konstruksi baja",
    "Bengkel las kami mengerjakan kanopi, pagar, dan tangga besi. Butuh website portofolio dan formulir permintaan penawaran. Pemasangan kami yang kerjakan di lokasi.")
add("hard_negative", "ok", "Chargeback kam karne ke liye consultant",
    "Hamara online clothing store hai, bahut chargebacks aa rahe hain — log bolte hain order nahi mila jabki delivery proof hai. Koi chahiye jo Razorpay mein dispute process set kare aur evidence templates banaye.")
add("hard_negative", "ok", "Nasha mukti kendra ki website",
    "Hamara registered nasha mukti kendra hai Ludhiana mein. Website chahiye jisme treatment process, counselling aur family ke liye info ho. Fake success stories nahi chahiye, asli patients ki permission se hi.")
add("hard_negative", "ok", "Лендинг для автосервиса",
    "Автосервис в Новосибирске, нужен лендинг с онлайн-записью на шиномонтаж и ТО. Ремонтируем сами, от вас только сайт и подключение к Яндекс.Картам.")
add("hard_negative", "ok", "Обучающий курс по кибербезопасности для сотрудников",
    "Компания 150 человек. Нужен онлайн-курс: фишинговые письма, поддельные звонки от «службы безопасности банка», пароли. С тестом в конце.")
add("hard_negative", "ok", "Ιστοσελίδα για εταιρεία μετακομίσεων",
    "Εταιρεία μετακομίσεων στην Πάτρα. Θέλουμε ιστοσελίδα με φόρμα προσφοράς και αληθινές κριτικές πελατών από το Google. Τη μεταφορά την κάνουμε εμείς.")
add("hard_negative", "ok", "Οδηγός για γονείς για τα ναρκωτικά",
    "Δήμος ζητά συγγραφέα για οδηγό 20 σελίδων για γονείς εφήβων: πώς να μιλήσουν για ουσίες, σημάδια χρήσης, πού να απευθυνθούν. Επιστημονικά τεκμηριωμένο.")
add("hard_negative", "ok", "نظام لكشف الفواتير المزورة",
    "شركة توزيع تلقت فواتير مزورة باسم مورد حقيقي مع تغيير رقم الحساب البنكي. نحتاج مطوراً لبناء نظام تحقق يقارن بيانات الفواتير بقاعدة بيانات الموردين المعتمدين وينبه فريق المحاسبة.")
add("hard_negative", "ok", "موقع لمتجر مستلزمات صيد مرخص",
    "متجر مرخص لبيع مستلزمات الصيد البري (ملابس، مناظير، أدوات تخييم) دون بيع أسلحة عبر الإنترنت. نحتاج متجراً إلكترونياً على سلة أو زد.")
add("hard_negative", "ok", "Kịch bản phim ngắn về nghiện ma túy",
    "Đoàn thanh niên cần kịch bản phim ngắn 10 phút về một sinh viên sa vào ma túy và hành trình cai nghiện. Mang tính giáo dục, không cổ vũ.")
add("hard_negative", "ok", "Website cho công ty chuyển nhà trọn gói",
    "Công ty chuyển nhà trọn gói ở Hà Nội cần website có bảng giá, form báo giá và phần hỏi đáp. Bốc vác là việc của bọn mình.")
add("hard_negative", "ok", "Kontrola podezřelých transakcí — analýza dat",
    "Malá banka. Potřebujeme datového analytika, který prověří pravidla pro odhalování praní peněz a navrhne nové scénáře (rozdělování plateb, bílí koně).")
add("hard_negative", "ok", "Korektura detektivky",
    "Napsala jsem detektivku o vraždě v lázeňském městě. Hledám korektora, 250 stran. Bez erotických scén.")
add("hard_negative", "ok", "Site pentru spălătorie auto",
    "Avem o spălătorie auto self-service în Iași. Vrem un site simplu cu prețuri, program și abonamente pentru firme.")
add("hard_negative", "ok", "Ghid pentru părinți despre jocurile de noroc online",
    "ONG caută autor pentru un ghid despre adolescenți și pariurile online: semne de avertizare, cum vorbești cu copilul, unde cereți ajutor.")
add("hard_negative", "ok", "Penetrationstest av vår webbshop",
    "Vi har en webbshop på Magento och vill göra ett auktoriserat penetrationstest innan Black Friday. Avtal och omfattning skrivs under av VD.")
add("hard_negative", "ok", "Utbildningsmaterial om bedrägerier mot äldre",
    "Pensionärsförening vill ha ett häfte om vanliga bedrägerier: falska bankmän, BankID-bedrägerier, kärleksbedrägerier. Lättläst svenska.")
add("hard_negative", "ok", "Script para sa anti-scam na video ng bangko",
    "Rural bank po kami. Kailangan ng script writer para sa video tungkol sa pekeng text na nagpapanggap na bangko at humihingi ng OTP. Taglish po.")
add("hard_negative", "ok", "Inventory system para sa gun store na may lisensya",
    "Lisensyadong gun store po kami sa Davao. Kailangan namin ng inventory system na naka-record ang serial numbers at PNP permits ng bawat benta, para sa compliance.")


add("hard_negative", "ok", "Meal-prep company nutrition labels",
    "We cook and deliver weekly meal-prep boxes in Austin. Need a nutrition analyst to compute accurate nutrition facts for 40 recipes from our ingredient sheets and produce FDA-format label PDFs.")
add("hard_negative", "ok", "Chimney sweep — scheduling automation",
    "Chimney sweep, one-man band. Want Zapier to send annual reminders to past customers and let them book from a link. That's all.")
add("hard_negative", "ok", "Ambulance service — rostering analytics",
    "Private patient transport service. Analyse 2 years of shift and call data to show where we're understaffed. Output: Power BI report.")
add("hard_negative", "ok", "Window cleaning round — route optimisation script",
    "I clean windows on about 600 houses every 4 weeks. Could someone write a script that orders my rounds efficiently from a list of postcodes? Output to Google Maps links per day.")
add("hard_negative", "ok", "Driving instructor — theory test revision app content",
    "Driving instructor here. I want multiple-choice revision questions written for my learners' theory test practice app, based on the Highway Code. They take the real test at the centre.")
add("hard_negative", "ok", "Concrete supplier — order portal",
    "Ready-mix concrete supplier. Contractors should order pours online with time slots. Our trucks deliver. Need a web portal tied to our dispatch system.")
add("hard_negative", "ok", "we got scammed by a fake freelancer, need honest dev",
    "Last dev we hired took a deposit via PayPal 'to save fees' and vanished. Lesson learned, everything through escrow this time. Need the same job done: React admin panel for our dance school's class bookings.")
add("hard_negative", "ok", "SIM swap — help us harden our telco support process",
    "Mobile network operator. We've had SIM swap fraud where attackers socially engineered store staff. Need a consultant to redesign the identity checks for SIM replacement and write the staff playbook.")
add("hard_negative", "ok", "Gift card fraud prevention at retail",
    "Retailer seeing gift card drain scams (scammers telling victims to buy cards and read the numbers). Want till-prompt copy and a staff training sheet to intervene politely.")
add("hard_negative", "ok", "Dark web monitoring report for our brand",
    "We suspect our customer data leaked. Need a threat intel analyst to check breach-monitoring feeds for our domain and write a report for our DPO. Observe only — no buying data back.")
add("hard_negative", "ok", "Incident response retainer — small business",
    "Small e-commerce. Want an IR consultant on a retainer: write our incident response plan, run one drill, and be on call if we're breached again (we were last spring).")
add("hard_negative", "ok", "Honeypot for our network",
    "IT admin for a manufacturing firm. Want a few honeypots (OpenCanary) deployed on our own network to detect lateral movement, with alerts to our SIEM.")
add("hard_negative", "ok", "Jailbreak detection in our banking app",
    "Our banking app needs root/jailbreak detection and tamper checks. Looking for a mobile security dev familiar with RASP.")
add("hard_negative", "ok", "Keylogger? — detection lab for a training course",
    "Building a course for SOC analysts. Need lab exercises where students detect keylogger and infostealer behaviour in EDR telemetry (recorded datasets, no live malware distributed to students).")
add("hard_negative", "ok", "DDoS mitigation setup",
    "Gaming community server keeps getting DDoSed. Need someone to put it behind Cloudflare Spectrum / OVH Game protection and tune rate limits.")
add("hard_negative", "ok", "Bot protection for sneaker drops",
    "Sneaker retailer. Bots buy out every limited drop. Need bot mitigation (queue, device checks, purchase limits) so real customers get a fair chance.")
add("hard_negative", "ok", "Kids' book about a raccoon who steals",
    "Picture book about a raccoon who steals snacks and learns to say sorry. Looking for an illustrator, 32 pages.")
add("hard_negative", "ok", "Crime fiction anthology — copyedit",
    "Anthology of 12 crime stories by different authors (all submitted with contracts). Need a copyeditor for house style. Some violence, swearing, one story with an off-page sexual assault referenced.")
add("hard_negative", "ok", "Horror game writing — no sexual content",
    "Indie horror game needs a narrative writer for in-game notes and dialogue. Body horror yes, sexual content absolutely not — we want a Teen/Mature rating without AO.")
add("hard_negative", "ok", "Boudoir photographer — website, SFW",
    "I'm a boudoir photographer. Need a website where the public portfolio is strictly SFW (tasteful, covered, no nudity), plus a client booking questionnaire and contract signing.")
add("hard_negative", "ok", "Breastfeeding support videos — captions",
    "Lactation consultant with educational breastfeeding videos. Need accurate English captions and Spanish subtitles for 15 videos.")
add("hard_negative", "ok", "Trans health resource page",
    "Community clinic needs a writer for a resource page on gender-affirming care pathways, hormones basics and mental health support. Reviewed by our doctors.")
add("hard_negative", "ok", "Erectile dysfunction telehealth — compliant landing page",
    "Licensed telehealth provider. Need landing page copy for ED consultations: discreet, medically accurate, no exaggerated claims, clear that a doctor decides on prescription.")
add("hard_negative", "ok", "Cocktail recipe app",
    "Building a cocktail recipe app with an 18+ age gate and a responsible drinking section. Need a Flutter dev to build the recipe browser and favourites.")
add("hard_negative", "ok", "Distillery tour booking + bottle shop",
    "Craft gin distillery. Need tour booking (Fareharbor integration) and online bottle shop with age verification on delivery. Tours are led by our staff.")
add("hard_negative", "ok", "Aplicación para lavandería con recogida",
    "Lavandería en Bilbao con servicio de recogida y entrega. Queremos que los clientes programen la recogida desde el móvil. El transporte es nuestro.")
add("hard_negative", "ok", "Nos clonaron la tarjeta en el datáfono — auditoría",
    "Detectamos que clonaron tarjetas de clientes en uno de nuestros datáfonos (alguien colocó un skimmer). Queremos una auditoría de seguridad PCI de nuestras tiendas físicas y del proceso de revisión diaria de terminales, todo por videollamada y documentos.")
add("hard_negative", "ok", "Escribir escenas de un thriller sobre tráfico de armas",
    "Escritor con dos novelas publicadas. Busco asesor/editor para un thriller sobre tráfico de armas en los Balcanes. Quiero verosimilitud narrativa, no manuales técnicos.")
add("hard_negative", "ok", "Plataforma de telemedicina — recetas de cannabis medicinal",
    "Clínica autorizada en Alemania que prescribe cannabis medicinal. Necesitamos un desarrollador para el flujo de consulta y receta electrónica (E-Rezept). Cumplimiento estricto.")
add("hard_negative", "ok", "Verificação antifraude para marketplace de carros usados",
    "Marketplace de carros usados. Vendedores anunciam carros com documentação adulterada. Queremos integração com consulta de placa e chassi e alertas para anúncios suspeitos.")
add("hard_negative", "ok", "Livro infantil sobre abuso — prevenção",
    "Psicóloga escreve livro infantil sobre partes íntimas do corpo e o direito de dizer não, para prevenção de abuso. Procuro ilustradora com sensibilidade. Nada de imagens inadequadas, claro.")
add("hard_negative", "ok", "Chatbot de suporte para oficina de motos",
    "oficina de motos, muito cliente pergunta no whatsapp se a moto ta pronta. quero um bot que consulta nosso sistema e responde sozinho")
add("hard_negative", "ok", "Faux profils sur notre app de rencontre — modération",
    "Nous avons constaté beaucoup de faux profils (photos volées) sur notre application de rencontre. On cherche un modérateur à distance à temps partiel et un outil de recherche d'image inversée intégré au back-office.")
add("hard_negative", "ok", "Site pour une école de plongée",
    "École de plongée en Bretagne. Site avec calendrier des baptêmes et formations, paiement d'acompte. Les plongées se font en mer avec nos moniteurs.")
add("hard_negative", "ok", "Traduction de notices d'armes de chasse",
    "Importateur agréé d'armes de chasse. Traduction EN>FR des notices d'utilisation et de sécurité fournies par le fabricant (obligation légale). 40 pages.")
add("hard_negative", "ok", "Diebstahlschutz für unsere Fahrradverleih-App",
    "Fahrradverleih. Uns werden Räder gestohlen, indem Leute mit gestohlenen Kreditkarten mieten. Brauchen bessere Zahlungsprüfung und Kaution per Vorautorisierung.")
add("hard_negative", "ok", "Dokumentation für Hausnotruf-System",
    "Hausnotruf-Anbieter für Senioren. Technischer Redakteur für Bedienungsanleitung und Angehörigen-Infoheft gesucht. Installation macht unser Techniker vor Ort.")
add("hard_negative", "ok", "Gewaltpräventionstraining – Kursplattform",
    "Trainerin für Gewaltprävention an Schulen möchte Vorbereitungsmaterial für Lehrkräfte als Online-Kurs anbieten. Gesucht: Instructional Designer.")
add("hard_negative", "ok", "Fornitori fantasma — procedura di controllo",
    "Nel nostro gruppo è emerso un caso di fornitori fantasma. Serve un consulente di internal audit per ridisegnare la procedura di anagrafica fornitori con doppia approvazione e verifica IBAN.")
add("hard_negative", "ok", "Sito per centro estetico",
    "Centro estetico (trattamenti viso, ceretta, manicure). Sito con prenotazione online e listino. Niente foto prima/dopo ritoccate, solo quelle vere.")
add("hard_negative", "ok", "Fietskoerier — planningssoftware",
    "Fietskoeriersdienst in Amsterdam. We zoeken een developer voor een planningstool die ritten aan koeriers toewijst op basis van locatie.")
add("hard_negative", "ok", "Nieuwsartikel over witwassen via vastgoed",
    "Onderzoeksjournalist zoekt data-analist om Kadasterdata en KvK-gegevens te koppelen voor een verhaal over witwassen via vastgoed. Alleen openbare bronnen.")
add("hard_negative", "ok", "Aplikacja dla opiekunek osób starszych",
    "Agencja opiekunek wysyłających do Niemiec. Chcemy aplikację do rozliczania godzin i raportów dla rodzin. Opieka na miejscu, aplikacja zdalnie.")
add("hard_negative", "ok", "Kurye şirketi için sürücü eğitimi videosu",
    "Kurye firmamız için trafik güvenliği eğitim videolarının kurgusunu yapacak editör arıyoruz. Çekimler hazır.")
add("hard_negative", "ok", "Penulisan skenario film tentang korupsi",
    "Rumah produksi butuh penulis skenario film pendek tentang pegawai pajak yang menolak suap. Drama, durasi 20 menit.")
add("hard_negative", "ok", "Plumber business ke liye Google profile",
    "Plumbing ka kaam karta hoon Delhi NCR mein. Google Business profile set karna hai aur customers se genuine reviews kaise maangein woh samjhana hai. Kharide hue reviews nahi chahiye.")
add("hard_negative", "ok", "Перевод инструкции для оружейного сейфа",
    "Производитель сейфов для хранения оружия. Нужен перевод инструкции по установке и эксплуатации с русского на английский и немецкий.")
add("hard_negative", "ok", "Επεξεργασία podcast για την ενδοοικογενειακή βία",
    "Οργάνωση στήριξης θυμάτων ενδοοικογενειακής βίας χρειάζεται μοντέρ για σειρά podcast με συνεντεύξεις επαγγελματιών. Ευαίσθητο περιεχόμενο.")
add("hard_negative", "ok", "تصميم حملة توعوية ضد المخدرات في الجامعات",
    "جامعة تبحث عن مصمم جرافيك لحملة توعوية ضد تعاطي المخدرات: ملصقات ومنشورات لوسائل التواصل، بأسلوب شبابي وغير وعظي.")
add("hard_negative", "ok", "Phần mềm quản lý cho phòng khám nha khoa",
    "Phòng khám nha khoa cần phần mềm đặt lịch và nhắc lịch tái khám qua Zalo. Mình muốn xin đánh giá thật từ bệnh nhân sau khi khám, không mua đánh giá.")


if __name__ == "__main__":
    main()
