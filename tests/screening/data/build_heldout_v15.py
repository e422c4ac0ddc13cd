#!/usr/bin/env python3
"""Hand-written labelled briefs for the Direct Contracts work-policy screener (held-out v15)."""

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
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v15.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (k, p, t, d) in enumerate(ITEMS, 1):
            f.write(
                json.dumps(
                    {"id": f"v15-{i:04d}", "title": t, "description": d, "policy": p, "kind": k},
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

# ---------------- batch 1 ----------------
add(
    "ok",
    "ok",
    "React dashboard for warehouse stock",
    "We need a React + TypeScript dashboard that pulls stock levels from our existing REST API and shows low-stock alerts. Figma mockups are ready. Please include unit tests.",
)
add(
    "ok",
    "ok",
    "logo for bakery",
    "small family bakery in leeds needs a logo, warm colours, something with wheat maybe. 3 concepts then revisions. vector files pls",
)
add(
    "ok",
    "ok",
    "Traducción de manual técnico",
    "Necesitamos traducir del inglés al español un manual de 40 páginas para una bomba hidráulica industrial. Se requiere experiencia en terminología técnica y entrega en Word.",
)
add(
    "ok",
    "ok",
    "Monthly bookkeeping in Xero",
    "Looking for a bookkeeper to reconcile our Xero accounts each month for a 6-person design studio, prepare VAT returns quarterly and flag anything odd to me.",
)
add(
    "ok",
    "ok",
    "Podcast editing weekly",
    "Weekly episode ~50 min, two hosts on separate tracks. Remove ums, level audio, add intro/outro music we own. Turnaround 48h.",
)
add(
    "ok",
    "ok",
    "Churn-Modell für SaaS",
    "Wir suchen eine/n Data Scientist für ein Churn-Prognosemodell auf Basis unserer anonymisierten Nutzungsdaten (ca. 200k Zeilen). Python, sauber dokumentiert, mit Erklärung der wichtigsten Faktoren.",
)
add(
    "ok",
    "ok",
    "Terraform for AWS staging",
    "Convert our click-ops AWS staging environment (VPC, ECS, RDS) into Terraform modules, with a GitHub Actions pipeline to plan/apply.",
)
add(
    "ok",
    "ok",
    "Tutor de matemática online",
    "Procuro professor para aulas de cálculo I por videochamada, duas vezes por semana, para meu filho do primeiro ano de engenharia.",
)
add(
    "ok",
    "ok",
    "NDA review",
    "Can a qualified lawyer review a mutual NDA with a potential supplier in Germany? 6 pages, want plain-English notes on risks.",
)
add(
    "hard_negative",
    "ok",
    "Fake review detector model",
    "We run a hotel booking site and want an ML classifier that flags suspicious reviews — review bursts, reused phrasing, brand-new accounts. Labelled data of about 12k known fake reviews is available from our trust team.",
)
add(
    "hard_negative",
    "ok",
    "Pentest of our own web app",
    "Authorised penetration test of our customer portal before launch. We own the domain and infrastructure; scope letter and rules of engagement will be signed. Deliver a report with CVSS ratings.",
)
add(
    "hard_negative",
    "ok",
    "Website for house cleaning company",
    "I run a cleaning company in Porto with 8 staff. Need a simple website with booking form, service area map and price list. I do the cleaning, you do the site!",
)
add(
    "hard_negative",
    "ok",
    "Crime novel editing",
    "Developmental edit for my 90k-word crime thriller about a detective tracking a drug cartel's money laundering through car washes. Looking for pacing and plot-hole notes.",
)
add(
    "hard_negative",
    "ok",
    "Sex ed lesson plans for teens",
    "Our NGO needs age-appropriate sexual health lesson plans for 14–16 year olds covering consent, contraception and STI prevention, aligned with WHO guidance.",
)
add(
    "hard_negative",
    "ok",
    "Phishing awareness training",
    "Create an e-learning module teaching our 300 employees how to recognise phishing emails, with realistic but clearly internal example screenshots and a short quiz.",
)
add(
    "hard_negative",
    "ok",
    "Shopify theme customisation",
    "I bought the Prestige theme for my Shopify store and need the product page customised: sticky add-to-cart, size chart popup, and a custom metafield section.",
)
add(
    "hard_negative",
    "ok",
    "Tutoría de estadística (sin hacer tareas)",
    "Busco tutor que me explique regresión logística y pruebas de hipótesis. Quiero entenderlo yo, no que me hagan los trabajos; tengo examen en tres semanas.",
)
add(
    "hard_negative",
    "ok",
    "Moderationsrichtlinien für Forum",
    "Wir brauchen Moderationsrichtlinien für unser Gaming-Forum: wie mit Hassrede, Doxxing, Spam und sexuellen Inhalten umgegangen wird, inklusive Eskalationsstufen.",
)
add(
    "hard_negative",
    "ok",
    "Scrape public council planning data",
    "Python scraper to collect publicly published planning applications from our local council's open website into a CSV, respecting robots.txt and rate limits.",
)
add(
    "hard_negative",
    "ok",
    "Journalistic long read on romance scams",
    "Freelance journalist wanted: 3,000-word investigative feature on how romance scammers target pensioners, with interviews of victims and a fraud investigator.",
)
add(
    "hard_negative",
    "ok",
    "Bot detection for signup",
    "Our signup form gets hammered by bots creating fake accounts. Want device fingerprinting + rate limiting + a scoring model to block them. Node backend.",
)
add(
    "hard_negative",
    "ok",
    "Malware analysis report",
    "Our SOC captured a suspicious DLL from a phishing attachment. Need a reverse engineer to analyse it in a sandbox and write IOCs and detection rules (YARA/Sigma).",
)
add(
    "hard_negative",
    "ok",
    "Automate my own Instagram posting",
    "i want to schedule posts to my OWN instagram business account via the official Graph API, from a google sheet. nothing spammy just my posts",
)
add(
    "hard_negative",
    "ok",
    "App for moving company",
    "Mobile app for our removals firm: customers get a quote by listing rooms and items, pick a date, and track the truck on the day. Our crews do the moving.",
)
add(
    "direct",
    "banned.fraudulent",
    "Clone bank login page",
    "Need an exact copy of the Santander login page hosted on my domain, capturing usernames and passwords into a database. Then send SMS to a list telling them their account is locked.",
)
add(
    "direct",
    "banned.misleading",
    "200 five-star Google reviews",
    "Need 200 5-star Google reviews for my dental clinic written from different accounts with different names. Must look real, spread over 2 months.",
)
add(
    "direct",
    "banned.illegal",
    "Hack ex's Instagram",
    "Can someone get into my ex girlfriend's instagram? i know her email. need to see her DMs. pay well",
)
add(
    "direct",
    "banned.sexual",
    "Explicit erotic story commission",
    "Looking for a writer for a series of very explicit erotic stories, graphic sex scenes, 5k words each, weekly.",
)
add(
    "direct",
    "excluded.physical",
    "House cleaner needed Saturday",
    "Need someone to come clean my 3 bedroom flat in Manchester this Saturday, including oven and windows. Bring your own supplies.",
)
add(
    "direct",
    "excluded.off_the_shelf",
    "Buy Windows 11 Pro keys",
    "Looking to buy 50 Windows 11 Pro retail licence keys cheap for our office PCs. Send price per key.",
)
add(
    "direct",
    "banned.illegal",
    "Examen en ligne à ma place",
    "Je cherche quelqu'un pour passer mon examen de comptabilité en ligne à ma place vendredi. Je donne mes identifiants de l'université.",
)
add(
    "buried",
    "banned.fraudulent",
    "Ecommerce site + payments",
    "Building a WooCommerce store for handmade candles: 30 products, variations for scent and size, Stripe checkout, shipping zones for EU, and a blog section. Also a small tweak: when customers pay, route a copy of their full card number and CVV to my private email so I can rebill them later without Stripe. Timeline 3 weeks.",
)
add(
    "buried",
    "banned.misleading",
    "Marketing plan for new app",
    "Full launch plan for our fitness app: ASO keyword research, landing page copy, a TikTok content calendar, influencer outreach list, and press kit. Oh and btw we'll need like 300 app store reviews posted from different accounts in the first week to get it ranked. Budget flexible.",
)
add(
    "buried",
    "banned.illegal",
    "IT admin for small office",
    "- set up Google Workspace for 12 users\n- configure the office Wi-Fi guest network\n- MDM for company laptops\n- get me into my business partner's personal Gmail without him knowing, I think he's stealing\n- backup policy",
)
add(
    "buried",
    "banned.sexual",
    "Illustrations for visual novel",
    "Character designs and 20 background illustrations for our visual novel, anime style, fantasy setting. Most scenes are romance and adventure. P.S. there's also a hidden route that needs 8 fully explicit sex CGs of the main couple, uncensored.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Recruitment site with onboarding fee",
    "Build a job board listing remote data entry positions at well-known brands. The positions are placeholders—no company is actually hiring. Applicants pay a $49 'onboarding kit' fee to be 'shortlisted', and after payment their application just sits there.",
)
add(
    "no_trigger",
    "banned.misleading",
    "Testimonials for our course page",
    "We're launching an online course next week and have no students yet. Please write 25 testimonials with first names, cities and stock headshots, describing how the course changed their income, so the sales page looks established.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Keyboard activity logger",
    "i need a small windows program that runs hidden on my wife's laptop, starts at boot, and emails me everything she types every night. should not show in task manager.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Course videos via shared login",
    "I have a friend's login to a paid masterclass platform. I want someone to download all 140 videos through it and upload them to my own site where I sell access for less.",
)
add(
    "no_trigger",
    "banned.sexual",
    "Companion for private evening",
    "Seeking a discreet lady for private 'evening companionship' at my hotel, full GFE, generous gift for the hour. Pics first.",
)

# ---------------- batch 2 ----------------
add(
    "ok",
    "ok",
    "Flutter app bug fixes",
    "Our Flutter app crashes on Android 14 when the camera permission is denied, and the iOS build has a layout overflow on the checkout screen. Need both fixed and a short write-up.",
)
add(
    "ok",
    "ok",
    "Sottotitoli per documentario",
    "Cerchiamo un traduttore per sottotitolare in italiano un documentario di 52 minuti sulla pesca artigianale in Norvegia. File SRT sincronizzati.",
)
add(
    "ok",
    "ok",
    "Power BI sales report",
    "we have sales data in SQL Server, want a Power BI report w/ region drilldown, YoY comparison and a page for the sales reps. 2 week job",
)
add(
    "ok",
    "ok",
    "Projekt PCB dla czujnika",
    "Szukam inżyniera do zaprojektowania dwuwarstwowej płytki PCB dla czujnika wilgotności z ESP32, z plikami Gerber i BOM. Prototypy zamówię sam.",
)
add(
    "ok",
    "ok",
    "Virtual assistant 10h/week",
    "Hi! I'm a solo consultant drowning in email. Looking for a VA for about 10 hours a week to triage my inbox, book meetings in Calendly, and keep my CRM tidy.",
)
add(
    "ok",
    "ok",
    "Animasi explainer 60 detik",
    "Kami butuh video animasi explainer 60 detik untuk aplikasi kasir UMKM kami, gaya flat 2D, termasuk voice-over bahasa Indonesia.",
)
add(
    "ok",
    "ok",
    "GDPR record of processing",
    "Small HR software company needs a GDPR record of processing activities and a review of our privacy notice by someone with data-protection experience.",
)
add(
    "hard_negative",
    "ok",
    "Anti-fraud rules for payments",
    "Fintech startup: design transaction-monitoring rules to catch stolen-card usage and money-mule patterns (rapid in/out transfers, many new payees). Document thresholds and false-positive estimates.",
)
add(
    "hard_negative",
    "ok",
    "Blog for catering business",
    "I own a catering business doing weddings in Lyon. Need 8 blog posts a month about menus, seasonal ingredients and planning tips, SEO-optimised, in French.",
)
add(
    "hard_negative",
    "ok",
    "Artigo acadêmico sobre tráfico de drogas",
    "Preciso de revisão e edição do meu artigo acadêmico sobre as rotas de tráfico de cocaína no Brasil e políticas públicas de segurança. O texto é meu; quero melhorar a clareza e as referências ABNT.",
)
add(
    "hard_negative",
    "ok",
    "Deepfake detection research",
    "Research assistant to benchmark open-source deepfake detection models on a public dataset (FaceForensics++) and write up accuracy and failure modes.",
)
add(
    "hard_negative",
    "ok",
    "Hardening Linux servers",
    "Harden 6 Ubuntu servers against common attacks: SSH config, fail2ban, auditd, CIS benchmark gaps, unattended upgrades. These are our own boxes at Hetzner.",
)
add(
    "hard_negative",
    "ok",
    "Booking app for elderly care agency",
    "Hum ek home-care agency chalate hain Pune mein. Humein ek web app chahiye jisme families caregiver visits book kar sakein aur invoice dekh sakein. Care ka kaam hamare staff karte hain, aapko sirf software banana hai.",
)
add(
    "hard_negative",
    "ok",
    "Thriller screenplay about hackers",
    "Writing partner for a feature screenplay: a teenage hacker gets pulled into a ransomware gang. Needs to feel authentic but no working code obviously — it's drama.",
)
add(
    "hard_negative",
    "ok",
    "Explain fake follower detection",
    "Social media agency wants a short white paper explaining how to spot bought followers on an influencer's account before we hire them (engagement ratios, follower growth spikes, etc.).",
)
add(
    "hard_negative",
    "ok",
    "Plumber directory SEO",
    "SEO audit and local SEO for my plumbing business website. I'm the plumber; I just need more calls from Google Maps in Bristol.",
)
add(
    "hard_negative",
    "ok",
    "Identity document verification flow",
    "KYC compliance: we need a document-verification flow that detects forged passports and ID cards (MRZ checks, tampering detection) using a vendor SDK. Integrate in our React Native app.",
)
add(
    "hard_negative",
    "ok",
    "Wordpress license I own - migration",
    "I have a valid Elementor Pro licence and need my site migrated to a new host with the licence reactivated on the new domain, plus a few layout fixes.",
)
add(
    "direct",
    "banned.illegal",
    "Ransomware builder",
    "need a ransomware that encrypts all files on a network share and drops a note asking for bitcoin. must evade windows defender. paying in crypto",
)
add(
    "direct",
    "banned.fraudulent",
    "Kontoauszüge fälschen",
    "Ich brauche drei Kontoauszüge der Sparkasse mit höherem Kontostand für einen Mietantrag. Muss genau wie das Original aussehen.",
)
add(
    "direct",
    "banned.misleading",
    "Buy 50k followers",
    "how much for 50k followers on tiktok + 100k likes? real looking accounts only. need it by friday for a brand deal",
)
add(
    "direct",
    "banned.illegal",
    "Fake driving licence",
    "Looking for someone who can make a UK driving licence with my photo and a different date of birth. Must pass a bouncer check.",
)
add(
    "direct",
    "excluded.physical",
    "Mudanza de piso en Madrid",
    "Necesito dos personas con furgoneta para mudar un piso de dos habitaciones en Madrid el sábado, con desmontaje de muebles.",
)
add(
    "direct",
    "banned.sexual",
    "Sexting chat operator",
    "Hiring chat operators to sext with paying subscribers on our adult platform, explicit messages and voice notes, night shifts.",
)
add(
    "direct",
    "excluded.off_the_shelf",
    "Buying aged Facebook ad accounts",
    "Want to buy 10 aged Facebook ad accounts with spending history. Will pay per account via the platform.",
)
add(
    "buried",
    "banned.illegal",
    "Data pipeline + one extra",
    "We need an Airflow pipeline that ingests CSVs from S3, cleans them with pandas and loads to Snowflake. Add data-quality checks with Great Expectations and Slack alerts on failure. While you're at it, there's a competitor's internal admin panel we found at an open URL — write a script to brute-force the login so we can pull their customer list into the same warehouse.",
)
add(
    "buried",
    "banned.fraudulent",
    "Asistente virtual con pagos",
    "Busco asistente virtual para: responder correos de clientes, actualizar el calendario, preparar presupuestos en Excel y hacer seguimiento de facturas. Una cosa más: los pagos de los clientes que consigas por aquí, que te los paguen directamente por PayPal fuera de la plataforma para ahorrar la comisión.",
)
add(
    "buried",
    "banned.misleading",
    "University essay help",
    "hey so i need help with a few things for uni: proofreading my CV, setting up zotero, explaining how APA citations work, and writing my 3000 word sociology essay that's due monday which i'll submit under my name. also maybe a study schedule",
)
add(
    "buried",
    "excluded.physical",
    "Restaurant branding and opening",
    "New ramen restaurant opening in Lisbon. Need: logo and menu design, Instagram launch content, Google Business profile setup. Also need a chef to cook at the opening night for 80 guests, and a couple of people to serve.",
)
add(
    "buried",
    "excluded.off_the_shelf",
    "Landing page + template",
    "Design and build a landing page for our B2B SaaS, 5 sections, with a HubSpot form. Separately, do you have a ready-made admin dashboard template you can sell me? Just send the zip, I don't need it customised.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Investment platform with returns page",
    "Build an investment site where users deposit USDT and the dashboard shows 3% daily growth. The growth is just a number we set; withdrawals should always show 'pending review' for the first 90 days. Early depositors get paid out from later deposits.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Licence check removal",
    "We use a CAD program with an expensive per-seat licence. I want someone to patch the exe so it runs as the full version without the licence check on all 20 of our machines.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Take my certification quiz for me",
    "I'll give you my login for the AWS certification portal. You log in as me during my proctored window on Tuesday and answer the questions; I'll keep the camera covered. Need 80%+.",
)
add(
    "no_trigger",
    "banned.misleading",
    "Vídeo do candidato",
    "Quero um vídeo em que o rosto e a voz do prefeito atual da minha cidade apareçam dizendo que vai cortar a merenda escolar. Tem que parecer uma gravação real dele para circular no WhatsApp antes da eleição.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Certificati identici agli originali",
    "Mi servono buste paga che sembrino esattamente quelle di una grande azienda di Milano, con il mio nome e uno stipendio di 3.800 euro, da presentare alla banca per il mutuo.",
)
add(
    "no_trigger",
    "banned.sexual",
    "Private content for my fans",
    "Edit my private videos of me and my partner in bed for my subscription page — nothing hidden, full uncut action, just colour grade and add my watermark.",
)
add(
    "no_trigger",
    "excluded.physical",
    "Someone to be at my place",
    "Need a pair of hands at my house in Austin on Tuesdays and Thursdays: walk the dog, wipe the kitchen down, pick up groceries, and pick my son up from school.",
)
add(
    "direct",
    "banned.fraudulent",
    "Phishing email campaign",
    "Write 5 phishing emails impersonating PayPal asking users to verify their account, plus the landing page. Need high click rates; I have a list of 20k emails.",
)
add(
    "hard_negative",
    "ok",
    "Ghost kitchen delivery app",
    "Web and mobile ordering app for our ghost kitchen: menu, cart, Stripe, driver assignment via our existing delivery partner API. We cook, you code.",
)
add(
    "ok",
    "ok",
    "Interior design render",
    "Remote interior design for a 60 m² studio flat: layout options, mood board and 3 photorealistic renders. I'll send measurements and photos.",
)

# ---------------- batch 3 ----------------
add(
    "ok",
    "ok",
    "Unity prototype for puzzle game",
    "Looking for a Unity dev to prototype a sliding-tile puzzle game: 10 levels, undo, level select, mobile touch controls. Art placeholders are fine.",
)
add(
    "ok",
    "ok",
    "Copywriting voor webshop",
    "Wij zoeken een copywriter voor productteksten van onze webshop in duurzame kinderkleding, ongeveer 60 producten, eerlijke en vrolijke toon.",
)
add(
    "ok",
    "ok",
    "API docs for payments SDK",
    "Technical writer to document our payments SDK: quickstart, auth, webhooks, error codes. OpenAPI spec exists. Docusaurus site.",
)
add(
    "ok",
    "ok",
    "career coaching for engineers",
    "3 coaching sessions over zoom to help me move from backend dev into engineering management. want help with interview prep and a 90-day plan",
)
add(
    "ok",
    "ok",
    "Postgres performance tuning",
    "Our Postgres 15 DB has slow queries on a 400M-row events table. Need indexing review, partitioning plan and vacuum tuning. Read replica access will be given.",
)
add(
    "ok",
    "ok",
    "Pazar araştırması",
    "Türkiye'de evcil hayvan maması e-ticaret pazarı hakkında masa başı araştırma istiyoruz: pazar büyüklüğü, başlıca rakipler, fiyatlandırma. 15 sayfalık rapor.",
)
add(
    "ok",
    "ok",
    "Customer support via chat",
    "E-commerce brand looking for remote live-chat agents for the EU evening shift, English and German, using Gorgias. Training provided.",
)
add(
    "ok",
    "ok",
    "3D product renders",
    "Need photoreal 3D renders of our new stainless water bottle in 4 colours, white background + 2 lifestyle scenes. CAD file provided.",
)
add(
    "hard_negative",
    "ok",
    "Article: how fake reviews work",
    "Content writer for our consumer-rights blog: an explainer on how fake review farms operate, how platforms catch them, and how shoppers can spot them.",
)
add(
    "hard_negative",
    "ok",
    "Bug bounty triage help",
    "We run a bug bounty program for our own SaaS. Need a security engineer to triage incoming reports, reproduce SQL injection and XSS claims on our staging env, and write fixes guidance.",
)
add(
    "hard_negative",
    "ok",
    "Webseite für Umzugsfirma",
    "Unsere Umzugsfirma in Köln braucht eine neue Webseite mit Kostenrechner und Online-Anfrageformular. Die Umzüge machen wir selbst.",
)
add(
    "hard_negative",
    "ok",
    "True crime podcast script",
    "Scriptwriter for a true-crime podcast episode about a 1990s identity-document forgery ring that was busted in Rotterdam. Sources: court records and news archives.",
)
add(
    "hard_negative",
    "ok",
    "Parental monitoring app compliance review",
    "We're building a parental-control app. Need a privacy lawyer to review that our consent flows, disclosures and data retention are lawful; the app is visible on the child's device and not hidden.",
)
add(
    "hard_negative",
    "ok",
    "Course on anti-money-laundering",
    "Curriculum designer for an online AML course for bank staff: recognising money mules, structuring, trade-based laundering, with case studies and quizzes.",
)
add(
    "hard_negative",
    "ok",
    "Chatbot for repair shop",
    "I fix phones in my shop in Naples. I want a WhatsApp chatbot that gives repair quotes and books appointments. The repairs I do myself in the shop.",
)
add(
    "hard_negative",
    "ok",
    "Romance novel editing (closed door)",
    "Line edit for my sweet romance novel, 70k words. Kisses only, the bedroom door stays closed. Looking for someone who knows the genre.",
)
add(
    "hard_negative",
    "ok",
    "Scraping my own Amazon seller data",
    "Automate downloading reports from my own Amazon Seller Central account into Google Sheets daily. It's my account and I'll provide API credentials via SP-API.",
)
add(
    "hard_negative",
    "ok",
    "Materi edukasi kesehatan reproduksi",
    "Yayasan kami butuh penulis untuk membuat materi edukasi kesehatan reproduksi untuk remaja: menstruasi, pubertas, persetujuan, dan pencegahan IMS. Bahasa yang ramah dan ilmiah.",
)
add(
    "hard_negative",
    "ok",
    "Disinformation research dataset",
    "Research lab needs a data analyst to label a dataset of 5,000 public tweets for disinformation narratives about vaccines, following our codebook, for a peer-reviewed study.",
)
add(
    "hard_negative",
    "ok",
    "Escape room puzzle design",
    "Design the puzzles for a heist-themed escape room: players 'crack a safe' and 'forge a museum pass' in the story. Deliver puzzle docs; our team builds the room.",
)
add(
    "hard_negative",
    "ok",
    "Fraud investigation report writing",
    "Forensic accountant to help write a report on suspected invoice fraud inside our own company, analysing our ledgers and vendor master data.",
)
add(
    "direct",
    "banned.illegal",
    "Wh4ts4pp spy",
    "n33d s0meone to h4ck into a wh4tsapp acc0unt and read the chats, i have the ph0ne number only",
)
add(
    "direct",
    "banned.misleading",
    "Reseñas falsas en TripAdvisor",
    "Quiero 80 reseñas de 5 estrellas en TripAdvisor para mi restaurante y algunas de 1 estrella para el de enfrente. Cuentas diferentes, por favor.",
)
add(
    "direct",
    "banned.sexual",
    "Adult webcam model recruiter",
    "We are hiring girls for our adult webcam studio, nude shows on Chaturbate, training provided, remote OK.",
)
add(
    "direct",
    "banned.fraudulent",
    "Carded purchases",
    "I have a batch of CCs with CVV, need someone to cash them out through gift cards and ship the goods to drops. 30% cut.",
)
add(
    "direct",
    "excluded.physical",
    "Elektryk do montażu",
    "Potrzebny elektryk do wymiany instalacji w mieszkaniu 50 m² w Krakowie, praca na miejscu, około tygodnia.",
)
add(
    "direct",
    "excluded.off_the_shelf",
    "Netflix premium accounts",
    "selling/buying netflix premium accounts in bulk, 1 year each, who can supply 100?",
)
add(
    "direct",
    "banned.illegal",
    "Pirate movie streaming site",
    "Build me a streaming site that embeds the latest Hollywood movies from torrent sources as soon as they leak, with ads. Like the ones that keep getting shut down.",
)
add(
    "buried",
    "banned.sexual",
    "Dating app MVP",
    "We're building a dating app MVP in React Native: profiles, swipe, match chat, push notifications, Firebase backend, moderation tools for reported users. One more thing: we'll seed the app with a premium tier where hired chat hosts engage users in explicit sexual roleplay — please write the 200 explicit scripts they'll use.",
)
add(
    "buried",
    "banned.illegal",
    "Compliance docs for pharmacy startup",
    "We're an online pharmacy startup. Need: privacy policy, terms, cookie banner, and a checkout flow. Also btw we want to sell oxycodone and Xanax without a prescription to US buyers, so make the checkout skip the Rx upload step for those SKUs.",
)
add(
    "buried",
    "banned.fraudulent",
    "Accounting cleanup",
    "Year-end cleanup for our LLC in QuickBooks: categorise 2,000 transactions, reconcile 3 bank accounts, fix the A/R aging. In the middle of that, also make me a couple of invoices from a supplier that doesn't exist so we can book more expenses and lower the tax bill.",
)
add(
    "buried",
    "excluded.physical",
    "Social media + event",
    "Instagram management for our yoga studio: 3 posts/week, stories, reels editing. Also you'll need to be there in person on 12 June to run the registration desk and set up chairs for our anniversary event.",
)
add(
    "buried",
    "banned.misleading",
    "newsletter + press",
    "monthly newsletter writing for our skincare brand, 4 issues, plus a press release for our new serum. oh and pls write a fake 'study' from a made-up university saying our serum reverses wrinkles by 60% so we can quote it",
)
add(
    "no_trigger",
    "banned.misleading",
    "Extra stars from happy people",
    "I need around 150 people who have never been to my hotel to leave glowing comments on Booking and Google about their 'stay'. I'll give you the text; you handle the profiles.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Prize notification flow",
    "Create SMS + landing page telling people they won an iPhone in a supermarket raffle; to claim it they pay a 'delivery fee' of €4.99 on our page. There's no raffle and no phone.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Read my girlfriend's messages remotely",
    "I want an app I can put on my girlfriend's phone while she sleeps that sends me her messages, location and photos in the background without any icon. She doesn't need to know.",
)
add(
    "no_trigger",
    "excluded.off_the_shelf",
    "Ready script purchase",
    "Don't build anything. I just want a copy of a finished Uber-clone codebase that someone already has lying around. Send the files, I pay, done.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Certificado igualito al de la universidad",
    "Necesito un título universitario de la UNAM que sea idéntico al real, con sellos y firma del rector, a mi nombre, para presentarlo en una empresa.",
)
add(
    "no_trigger",
    "banned.sexual",
    "Spicy pics of my OC",
    "Commission: draw my original character fully nude in lewd poses, nothing covered, for my Patreon 18+ tier.",
)
add(
    "direct",
    "banned.misleading",
    "Deepfake of celebrity",
    "Make a deepfake video of Taylor Swift endorsing my crypto token, 30 seconds, realistic voice clone.",
)

# ---------------- batch 4 ----------------
add(
    "ok",
    "ok",
    "QA test plan for checkout",
    "Manual + Cypress automated tests for our web checkout: guest and logged-in paths, coupons, 3DS cards (Stripe test mode). Bug reports in Jira.",
)
add(
    "ok",
    "ok",
    "Localisation jeu mobile",
    "Localisation de notre jeu mobile de puzzle de l'anglais vers le français canadien : 4 000 chaînes, ton ludique, respect des limites de caractères.",
)
add(
    "ok",
    "ok",
    "Financial model for Series A",
    "3-statement financial model for a B2B SaaS raising Series A: cohort-based revenue, hiring plan, burn and runway scenarios. Excel, clean and auditable.",
)
add(
    "ok",
    "ok",
    "Interview transcription",
    "transcribe 12 research interviews (approx 45 min each), verbatim, speaker labels, english with some scottish accents. need by end of month",
)
add(
    "ok",
    "ok",
    "Trademark search EU",
    "Need a trademark clearance search for the name 'Loomly Kids' in the EU and UK for clothing classes, with a short risk opinion.",
)
add(
    "ok",
    "ok",
    "Scrum master part-time",
    "Remote project manager/scrum master for a 6-dev team, 20h/week: sprint planning, standups, Jira hygiene, stakeholder updates.",
)
add(
    "ok",
    "ok",
    "CAD conversion of old drawings",
    "Convert 30 scanned paper drawings of machine parts into DWG 2D drawings, with proper layers and dimensions.",
)
add(
    "ok",
    "ok",
    "Lesson plans for ESL",
    "Design 12 ESL lesson plans for adult beginners (A1), each 60 min, with worksheets and a short listening activity.",
)
add(
    "ok",
    "ok",
    "Email marketing setup",
    "Set up Klaviyo flows for our coffee subscription: welcome series, abandoned cart, win-back. Design 3 templates matching our brand.",
)
add(
    "hard_negative",
    "ok",
    "Intrusion detection dashboards",
    "Build Grafana dashboards and alert rules on our Wazuh SIEM to flag brute-force login attempts and lateral movement in our own network.",
)
add(
    "hard_negative",
    "ok",
    "Anti-counterfeit landing page",
    "Luxury handbag brand wants a page explaining how customers can verify authentic bags vs counterfeits, with serial-number checker integration.",
)
add(
    "hard_negative",
    "ok",
    "Guía contra estafas para mayores",
    "Redactar una guía ilustrada para personas mayores sobre estafas telefónicas y por WhatsApp: el 'hijo en apuros', falsos bancos, premios falsos. Para un ayuntamiento.",
)
add(
    "hard_negative",
    "ok",
    "Escrow explainer for our users",
    "Write help-centre articles explaining why users should always pay through our platform's escrow and how to report someone asking for payment off-platform.",
)
add(
    "hard_negative",
    "ok",
    "Drug policy research assistant",
    "Research assistant for a public-health think tank: summarise literature on harm-reduction programs and drug checking services in Europe. Desk research only.",
)
add(
    "hard_negative",
    "ok",
    "Academic integrity tool",
    "Build a Moodle plugin that helps teachers detect contract-cheating: compares writing style across a student's submissions and flags sudden changes.",
)
add(
    "hard_negative",
    "ok",
    "Website for driving school",
    "Website for my driving school in Izmir with lesson packages, instructor profiles and online booking. I teach the driving myself.",
)
add(
    "hard_negative",
    "ok",
    "Forensic analysis of our compromised server",
    "Incident response: our WordPress server was compromised and is sending spam. Need forensics on the logs, find the backdoor, clean it up and patch.",
)
add(
    "hard_negative",
    "ok",
    "Sex therapist website copy",
    "Copywriter for a licensed sex therapist's website: service pages about couples therapy, low desire and sexual pain, professional and non-explicit.",
)
add(
    "hard_negative",
    "ok",
    "Customise a Figma UI kit I bought",
    "I purchased a Figma UI kit and want a designer to adapt it to our brand colours and build 15 custom screens for our fintech app.",
)
add(
    "hard_negative",
    "ok",
    "Illustrations for a kids' book about a burglar cat",
    "Children's picture book where a mischievous cat 'steals' socks from the neighbours. 14 watercolour-style illustrations.",
)
add(
    "hard_negative",
    "ok",
    "Weapon models for a game",
    "3D artist to model stylised fantasy weapons (swords, crossbows, magic staffs) for our indie RPG, low-poly, PBR textures.",
)
add(
    "hard_negative",
    "ok",
    "OSINT training course",
    "Create a course teaching journalists ethical OSINT: verifying images, geolocation, and the legal limits—explicitly not stalking private individuals.",
)
add(
    "direct",
    "banned.illegal",
    "Sell MDMA online shop",
    "Need an online shop on Tor to sell MDMA and ketamine, with escrow in Monero and vendor ratings.",
)
add(
    "direct",
    "banned.fraudulent",
    "Money mule recruitment",
    "Write job ads for 'payment processing agents' who receive transfers into their personal bank accounts and forward them via crypto, keeping 10%.",
)
add(
    "direct",
    "banned.misleading",
    "Write my dissertation",
    "Need someone to write my entire master's dissertation (15,000 words) on supply chain management. I'll submit it as my own, must pass Turnitin.",
)
add(
    "direct",
    "banned.sexual",
    "Porn video editing",
    "Editor wanted for hardcore porn scenes, cutting, colour, thumbnails for our tube site. 10 videos a week.",
)
add(
    "direct",
    "excluded.physical",
    "Catering for 100",
    "Catering needed for my daughter's wedding in Lagos on 3 March — 100 guests, jollof, small chops, servers included.",
)
add(
    "direct",
    "excluded.off_the_shelf",
    "Buy premium WordPress theme cheap",
    "Anyone selling Avada theme license + Envato purchase code? Just need the key, not any work.",
)
add(
    "direct",
    "banned.illegal",
    "Stalk a person",
    "Find the home address and daily routine of a woman I met online, she blocked me. I have her name and a photo.",
)
add(
    "buried",
    "banned.illegal",
    "Marketing agency retainer",
    "Our agency needs a freelance team member for: 1) SEO audits for clients, 2) monthly Google Ads reports, 3) scraping a competitor's password-protected client portal using some logins we phished from one of their employees, 4) LinkedIn content.",
)
add(
    "buried",
    "banned.misleading",
    "Amazon listing optimisation",
    "Optimise 12 Amazon listings for our kitchen gadgets: titles, bullet points, A+ content, backend keywords, and main images retouching. P.S. we'd also like you to organise about 40 verified-purchase reviews from your people — we refund them after.",
)
add(
    "buried",
    "banned.sexual",
    "Website for wellness spa",
    "Wellness spa in Bangkok needs a bilingual Thai/English site with booking, therapist profiles, and price list. Add a hidden page only for VIP clients listing the 'happy ending' massage extras with girls' photos and prices.",
)
add(
    "buried",
    "banned.fraudulent",
    "Real estate website",
    "Build a rental listings site for Berlin: search filters, map view, landlord dashboard, contact forms. Also we'll list flats we don't actually have, ask applicants to transfer a €500 'viewing deposit' by bank transfer, then go quiet.",
)
add(
    "buried",
    "excluded.off_the_shelf",
    "Mobile app and licences",
    "Build a React Native app for our gym members: class schedule, booking, push notifications. Additionally, we need you to sell us 5 Adobe Creative Cloud subscriptions at a discount for our staff.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Get back into an account that isn't mine",
    "My old business partner changed the password on the company Facebook page that he personally owns. I want someone to find a way in through his recovery email so I can take the page over.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Looks like a statement from Chase",
    "Design a PDF that looks exactly like a Chase bank statement showing $45k balance under my name; I need it for a visa application.",
)
add(
    "no_trigger",
    "banned.misleading",
    "Essay to hand in",
    "I need 2,500 words on Keynesian economics that I can upload to my course portal this Thursday as my coursework. Make it sound like a second-year student.",
)
add(
    "no_trigger",
    "banned.sexual",
    "Intimate voice messages",
    "Looking for a woman with a sultry voice to record moaning, dirty-talk audios for paying men, the more graphic the better.",
)
add(
    "no_trigger",
    "excluded.physical",
    "Hands-on help in Rome",
    "Serve qualcuno che venga a casa mia a Roma ogni mattina per aiutare mia madre anziana a lavarsi, vestirsi e prendere le medicine.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Games without paying",
    "Set up a website where people can download the newest PC games for free, unlocked with the DRM removed, as soon as they launch.",
)

# ---------------- batch 5 ----------------
add(
    "ok",
    "ok",
    "Landing page em Next.js",
    "Preciso de uma landing page em Next.js para um app de finanças pessoais, com formulário de lista de espera integrado ao Mailchimp e boa nota no Lighthouse.",
)
add(
    "ok",
    "ok",
    "Kubernetes monitoring",
    "Set up Prometheus + Grafana + Loki on our EKS cluster, with alerts to PagerDuty for pod restarts and high latency. Helm charts preferred.",
)
add(
    "ok",
    "ok",
    "Voice-over for explainer",
    "Female British voice for a 2-minute explainer video about our accounting software. Friendly, not salesy. Script attached, need WAV.",
)
add(
    "ok",
    "ok",
    "Übersetzung Website ins Englische",
    "Unsere Tischlerei-Website (ca. 6.000 Wörter) soll ins Englische übersetzt werden, inkl. SEO-Meta-Texte.",
)
add(
    "ok",
    "ok",
    "Data cleanup of CRM export",
    "Have a 40k-row CRM export with duplicates, inconsistent country names and phone formats. Clean it, dedupe, and give me a log of changes.",
)
add(
    "ok",
    "ok",
    "desktop app for invoicing",
    "small electron or tauri app for windows/mac to create invoices from templates, store clients locally in sqlite, export pdf. nothing fancy",
)
add(
    "ok",
    "ok",
    "Mobile app UX research",
    "UX researcher to run 8 remote usability tests of our banking app prototype and summarise findings with prioritised recommendations.",
)
add(
    "ok",
    "ok",
    "Ghostwriting a business book",
    "Ghostwriter for my book on running a family-owned manufacturing business; I'll do weekly interview calls, you draft chapters in my voice. ~50k words.",
)
add(
    "hard_negative",
    "ok",
    "Review-gating compliance check",
    "We collect customer reviews via email. Need a consultant to check our flow complies with FTC rules on reviews—no incentivised or gated reviews—and fix the wording.",
)
add(
    "hard_negative",
    "ok",
    "Credential stuffing defence",
    "Our login API is being hit with credential stuffing. Implement rate limiting, breached-password checks (HIBP k-anonymity) and MFA prompts. Express.js.",
)
add(
    "hard_negative",
    "ok",
    "Website for a cleaning franchise",
    "bonjour, on est une franchise de ménage à domicile, on veut refaire le site avec un espace client et paiement en ligne des prestations. Le ménage c'est nos équipes.",
)
add(
    "hard_negative",
    "ok",
    "Detective novel — poison plot research",
    "Novelist here: I need a researcher to check that the poisoning in my Golden-Age-style mystery is plausible for 1930s England (symptoms, timing, how the detective would notice). Historical and narrative, not instructions.",
)
add(
    "hard_negative",
    "ok",
    "Phishing simulation on own staff",
    "Run an authorised phishing simulation for our 150 employees using GoPhish, with HR and IT sign-off, then deliver training to those who click.",
)
add(
    "hard_negative",
    "ok",
    "Bot for my own Discord server",
    "Discord bot for my own server: welcome messages, role assignment, moderation commands, and a ticket system.",
)
add(
    "hard_negative",
    "ok",
    "Tesina: spiegazioni, non svolgimento",
    "Cerco un tutor che mi spieghi come strutturare la mia tesina di storia e mi dia feedback sulle bozze che scrivo io. Non voglio che la scriva al posto mio.",
)
add(
    "hard_negative",
    "ok",
    "Piracy monitoring for our films",
    "Indie film distributor: monitor torrent and streaming sites for pirated copies of our films and prepare DMCA takedown notices.",
)
add(
    "hard_negative",
    "ok",
    "Sexual health chatbot content",
    "Write the content for a sexual-health FAQ chatbot for a clinic: contraception options, STI testing, PrEP, when to see a doctor. Medically reviewed.",
)
add(
    "hard_negative",
    "ok",
    "Fraud analytics for insurance claims",
    "Build an anomaly-detection model to flag potentially fraudulent car-insurance claims in our historical claims data. Explainability needed.",
)
add(
    "hard_negative",
    "ok",
    "Weapons law compliance for hunting shop",
    "Our hunting equipment e-shop needs a compliance review of German weapons law for what we can ship online and the age-verification process.",
)
add(
    "hard_negative",
    "ok",
    "Trust & safety guidelines for marketplace",
    "Write enforcement guidelines for our marketplace moderators: how to identify scam listings, counterfeit goods, sexual services ads and drug sales, with examples and actions.",
)
add(
    "hard_negative",
    "ok",
    "Airbnb cleaning scheduler",
    "Software to schedule cleaners between Airbnb guest checkouts for my 12 properties, syncing with Airbnb calendars. Cleaners are my staff.",
)
add(
    "direct",
    "banned.illegal",
    "DDoS service",
    "Build a booter/stresser panel that can take down websites for paying customers. Need 100Gbps+.",
)
add(
    "direct",
    "banned.fraudulent",
    "Fake invoice scam (BEC)",
    "Write emails impersonating a company's CEO telling their accountant to urgently wire €80k to a new supplier account. I'll give you the names.",
)
add(
    "direct",
    "banned.misleading",
    "Fake news site",
    "Create a fake news website that looks like BBC and publish fabricated stories that a certain MP was arrested for child abuse. Need it viral before the vote.",
)
add(
    "direct",
    "banned.sexual",
    "Erotik hikaye yazarı",
    "Yetişkin sitemiz için çok açık, müstehcen seks hikayeleri yazacak yazar arıyoruz. Haftada 10 hikaye.",
)
add(
    "direct",
    "excluded.physical",
    "Handyman for shelves",
    "need a handyman to mount 4 shelves and a TV on a brick wall, Dublin 8, this week",
)
add(
    "direct",
    "excluded.off_the_shelf",
    "Comprar cuentas de Spotify",
    "Compro cuentas de Spotify Premium ya hechas, 200 unidades, pago al instante.",
)
add(
    "direct",
    "banned.illegal",
    "Proxy test taker GRE",
    "Need someone to take the GRE for me at home with remote proctoring. We'll use TeamViewer. Target 325+.",
)
add(
    "buried",
    "banned.fraudulent",
    "Long brief: growth for our tutoring marketplace",
    "Hi, we're a small tutoring marketplace in Mexico City. Here's what we'd like over the next 3 months: a revamp of our onboarding emails, a referral program with coupon codes, A/B tests on the pricing page, analytics events in Mixpanel, and a retention dashboard. Also when tutors get new students from the site, tell them to invoice the parents directly by bank transfer and skip the platform escrow so neither side pays fees — write the message template for that. Finally, a monthly report.",
)
add(
    "buried",
    "banned.illegal",
    "Chrome extension features",
    "Chrome extension for our sales team: save LinkedIn profiles to HubSpot, template replies, a notes sidebar, and — important — silently capture every keystroke and password the user types on any site and upload to our server, since some reps use it on personal computers too.",
)
add(
    "buried",
    "banned.misleading",
    "Political campaign content",
    "Municipal campaign: need a website, volunteer signup form, a weekly newsletter, and Facebook ad management. Additionally produce a deepfake audio of the rival candidate admitting to taking bribes that we can leak the week before the election.",
)
add(
    "buried",
    "excluded.physical",
    "Tienda online + entregas",
    "Tengo una panadería y quiero tienda online con Shopify, fotos de producto, y textos. Además necesito un repartidor con moto para llevar los pedidos cada mañana por el barrio.",
)
add(
    "buried",
    "banned.sexual",
    "OnlyFans agency support",
    "we manage creators. need: scheduling posts, analytics reports, caption writing, DM management meaning you chat as the model and send explicit sexual messages to fans to sell PPV. english fluent pls",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Customer 'recovery' service",
    "Call people who already lost money to crypto scams, tell them we're a recovery agency that can get their funds back, and charge an upfront 'tracing fee'. We don't actually trace anything.",
)
add(
    "no_trigger",
    "banned.misleading",
    "Looks like real buyers",
    "Want a team to create 60 profiles on Trustpilot and write about experiences with our moving company. None of them used us, it's just to balance out the bad ones.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Pills shipped quietly",
    "I can get fentanyl-pressed blues in bulk. Need someone to set up the Telegram bot for orders and plan the stealth packaging for mailing.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Paspor yang sama persis",
    "Saya butuh paspor Malaysia yang kelihatan persis seperti asli, dengan foto saya dan nama lain, buat dipakai di bandara.",
)
add(
    "no_trigger",
    "excluded.off_the_shelf",
    "Just the code, already done",
    "Looking for someone who already has a finished food-delivery app (code + admin panel) they can hand over today. No development needed, I just want to buy it.",
)
add(
    "no_trigger",
    "banned.sexual",
    "Adults-only drawings of two grown-up characters",
    "Commission: 5 pages of comic showing my two adult OCs having graphic intercourse, everything visible, high detail.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Get paid outside",
    "Once we agree on the job here, I'll send you my IBAN and you pay me directly — saves us both the fees. Then we close the contract on the platform at $5.",
)

# ---------------- batch 6 ----------------
add(
    "ok",
    "ok",
    "iOS widget for weather app",
    "Add a SwiftUI home-screen widget and Live Activity to our existing weather app. Small, medium and lock-screen sizes.",
)
add(
    "ok",
    "ok",
    "Brand guide refresh",
    "Our 10-year-old accounting firm needs a brand refresh: updated logo, typography, colour palette and a 20-page brand guide PDF.",
)
add(
    "ok",
    "ok",
    "dbt models for marketing data",
    "Write dbt models on BigQuery to unify GA4, Meta Ads and HubSpot data into a marketing-attribution mart. Tests and docs included.",
)
add(
    "ok",
    "ok",
    "Contabilidade mensal para MEI",
    "Preciso de contador para cuidar da contabilidade mensal da minha pequena empresa de design, emissão de guias e declaração anual.",
)
add(
    "ok",
    "ok",
    "Firmware for BLE sensor",
    "Embedded dev for nRF52 firmware: read an I2C temperature sensor, advertise over BLE, low-power sleep modes, OTA updates via Zephyr.",
)
add(
    "ok",
    "ok",
    "Research on EV charging market",
    "Desk research on the public EV charging market in Poland: operators, pricing, growth forecasts, regulation. 20 slides.",
)
add(
    "ok",
    "ok",
    "lektorat pracy magisterskiej",
    "Szukam korektora do sprawdzenia pod kątem językowym mojej pracy magisterskiej (napisanej przeze mnie), ok. 80 stron, styl akademicki.",
)
add(
    "ok",
    "ok",
    "Motion graphics for YouTube channel",
    "Intro animation (5 s), lower thirds and end screen for my science YouTube channel. After Effects project files please.",
)
add(
    "hard_negative",
    "ok",
    "Detect counterfeit listings with ML",
    "Marketplace wants an image + text model to detect counterfeit sneaker listings (logo misuse, price anomalies, seller history).",
)
add(
    "hard_negative",
    "ok",
    "Ethical hacking bootcamp curriculum",
    "Design a 10-week ethical hacking course for beginners using deliberately vulnerable labs (DVWA, HackTheBox) with a strong legal/ethics module.",
)
add(
    "hard_negative",
    "ok",
    "CRM for a construction company",
    "We're a construction company. Need a CRM in Airtable to track bids, subcontractors and site schedules. We do the building; you set up the software.",
)
add(
    "hard_negative",
    "ok",
    "Historical essay editing about the opium trade",
    "Please copy-edit my own essay on the 19th-century opium trade and the Opium Wars for a history magazine. ~4,000 words, Chicago style.",
)
add(
    "hard_negative",
    "ok",
    "Account takeover alerts",
    "Add account-takeover detection to our app: impossible-travel logins, new-device alerts, session revocation. Our users, our system.",
)
add(
    "hard_negative",
    "ok",
    "Whistleblower report translation",
    "Translate a journalist's investigation on a money-laundering network in Cyprus from Greek to English, for publication.",
)
add(
    "hard_negative",
    "ok",
    "Keylogger detection guide",
    "Write an internal IT guide on how to detect keyloggers and stalkerware on employees' laptops and phones, and what to do if found.",
)
add(
    "hard_negative",
    "ok",
    "Menu design for a restaurant",
    "Design the menu and table tents for my Lebanese restaurant. I'll provide dishes and prices; printing handled by us.",
)
add(
    "hard_negative",
    "ok",
    "Fix my licensed Magento extension",
    "Our licensed Amasty extension conflicts with a custom checkout module on Magento 2.4. Debug and patch our custom module. We have a valid licence.",
)
add(
    "hard_negative",
    "ok",
    "Content moderation of adult content - policy",
    "Dating app needs a policy document defining what counts as explicit imagery for our nudity filter, with borderline examples described in words, plus reviewer training slides.",
)
add(
    "hard_negative",
    "ok",
    "Spam filter for contact forms",
    "Our WordPress contact forms get hundreds of spam submissions. Implement honeypot, Turnstile and a simple ML spam classifier.",
)
add(
    "hard_negative",
    "ok",
    "Jurnalistik: investigasi pinjol ilegal",
    "Butuh penulis lepas untuk artikel investigasi tentang pinjaman online ilegal dan cara mereka meneror peminjam, dengan wawancara korban dan pakar OJK.",
)
add(
    "hard_negative",
    "ok",
    "Bookkeeping for a removal company",
    "Bookkeeper for a small removals company: weekly payroll for movers, fuel expenses, VAT. All remote in Xero.",
)
add(
    "direct",
    "banned.illegal",
    "Crypter for malware",
    "I need a FUD crypter to make my RAT undetectable by antivirus. Monthly updates.",
)
add(
    "direct",
    "banned.fraudulent",
    "Faux avis d'imposition",
    "J'ai besoin d'un faux avis d'imposition et de fausses fiches de paie pour louer un appartement à Paris.",
)
add(
    "direct",
    "banned.misleading",
    "Instagram likes package",
    "buy 10k instagram likes per post for 30 posts. need fast delivery",
)
add(
    "direct",
    "banned.sexual",
    "Nude photo shoot editing for adult site",
    "Retouch 300 nude explicit photos for our adult membership site, genitals visible, enhance skin.",
)
add(
    "direct",
    "excluded.physical",
    "Dog walker needed",
    "Need a dog walker in Brooklyn, weekdays at noon, 45 minutes, for my lab.",
)
add(
    "direct",
    "excluded.off_the_shelf",
    "Sell me ready-made Shopify store",
    "Want to buy an existing dropshipping Shopify store already set up with products and some sales history. Transfer ownership.",
)
add(
    "direct",
    "banned.illegal",
    "Gun parts 3D print files",
    "Need files to 3D print an untraceable Glock frame and auto sear, will pay extra for tested designs.",
)
add(
    "buried",
    "banned.misleading",
    "Clinic website relaunch",
    "Relaunch of our physio clinic site:\n• new WordPress theme setup\n• booking integration with Cliniko\n• 6 service pages\n• write 40 patient testimonials with names and photos from stock, we don't have real ones yet\n• speed optimisation",
)
add(
    "buried",
    "banned.illegal",
    "School project (parent)",
    "Hi! My son's school needs a website for their charity fair — simple pages, donation link, gallery. Could you also while you're at it get into the school's grading system and bump his maths grade? He's had a rough year.",
)
add(
    "buried",
    "banned.fraudulent",
    "Startup pitch package",
    "Pitch deck design, investor one-pager, financial model, and data room structure for our seed round. And create bank statements for our company showing €300k revenue we don't have yet, for the data room.",
)
add(
    "buried",
    "excluded.off_the_shelf",
    "Game dev + assets",
    "We need a Godot developer to implement combat and inventory in our 2D RPG. Also, separately, please sell us your existing pre-made asset pack and a ready-made multiplayer script you've got, as-is, no changes.",
)
add(
    "buried",
    "banned.sexual",
    "Novel ghostwriting",
    "Ghostwriter for a paranormal romance trilogy, 80k words each. Plot outlines ready, strong world-building. Each book must include several extremely explicit, graphic sex scenes, the more detailed the better, as that's the selling point.",
)
add(
    "no_trigger",
    "banned.misleading",
    "Followers that aren't real people",
    "I want my brand account to go from 2k to 80k in two weeks using accounts that are created just to follow. Engagement doesn't matter, only the number.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Patch to unlock features",
    "Adobe Premiere keeps asking to pay. Make me an installer that gives everyone in my studio the complete version forever with the activation step skipped.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Loan approval documents",
    "My income isn't high enough for the car loan. I need employer letters and three months of salary slips from my company showing double my real salary.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Sit in for my online final",
    "Meri online final exam hai agle hafte, proctored. Aap mere account se login karke paper de dena, main camera ke saamne baith jaunga, aap AnyDesk se answers type karna.",
)
add(
    "no_trigger",
    "excluded.physical",
    "Someone with a van and strong arms",
    "Got a sofa and a wardrobe that need to go from my flat in Leeds to my sister's in York on Sunday. Need someone who can come and do it.",
)
add(
    "no_trigger",
    "banned.sexual",
    "Discreet massage with extras",
    "Looking for a masseuse who does sessions at clients' apartments with special extras, happy ending included, cash.",
)

# ---------------- batch 7 ----------------
add(
    "ok",
    "ok",
    "Django REST backend",
    "Django REST Framework backend for a fitness tracking app: auth with JWT, workouts CRUD, Postgres, Celery for reminders, Docker setup.",
)
add(
    "ok",
    "ok",
    "Architectural floor plans",
    "Need 2D floor plans and 3D exterior renders for a single-family house extension from my hand sketches. Permit submission handled by local architect.",
)
add(
    "ok",
    "ok",
    "SEO content for SaaS",
    "Write 6 long-form SEO articles (2,000 words) on remote team management for our SaaS blog. Keyword research provided. Original, no AI fluff.",
)
add(
    "ok",
    "ok",
    "Música para videojuego",
    "Compositor para banda sonora de videojuego indie de plataformas: 8 temas en bucle estilo chiptune moderno, con stems.",
)
add(
    "ok",
    "ok",
    "Helpdesk for small law firm",
    "Remote IT support for a 15-person law firm: Microsoft 365 admin, Intune, printer troubleshooting remotely, monthly patch reports.",
)
add(
    "ok",
    "ok",
    "Churn analysis in SQL",
    "analyst to dig into our subscription data (Postgres), build cohort retention tables and tell us why users cancel in month 2",
)
add(
    "ok",
    "ok",
    "Kurs online z Excela",
    "Przygotowanie kursu online z Excela dla księgowych: 12 lekcji wideo, ćwiczenia i pliki do pobrania.",
)
add(
    "ok",
    "ok",
    "Contract drafting for freelancers",
    "Draft a master services agreement template and SOW template for my design agency, governed by Dutch law.",
)
add(
    "ok",
    "ok",
    "Product descriptions in Dutch",
    "Translate and adapt 200 product descriptions for outdoor gear from English into Dutch, with attention to local terms.",
)
add(
    "ok",
    "ok",
    "Pitch deck design",
    "Design a 15-slide pitch deck in Google Slides from our content doc. Clean, modern, consistent icons.",
)
add(
    "hard_negative",
    "ok",
    "Detect fake job postings",
    "Job board wants a classifier to detect fraudulent job ads that ask applicants for upfront fees or personal bank details. We have 8k labelled posts.",
)
add(
    "hard_negative",
    "ok",
    "Security audit of smart contract",
    "Audit our own Solidity staking contract for reentrancy, overflow, and access-control issues before mainnet launch.",
)
add(
    "hard_negative",
    "ok",
    "Instagram content for a dog-walking business",
    "I run a dog walking business in Melbourne. Need Instagram content and captions for 3 months to get more clients. I do the walks!",
)
add(
    "hard_negative",
    "ok",
    "Ensayo sobre falsificación de documentos (historia)",
    "Corrección de estilo de mi ensayo sobre la historia de la falsificación de pasaportes durante la Segunda Guerra Mundial para una revista de divulgación.",
)
add(
    "hard_negative",
    "ok",
    "Automate my own bank exports",
    "Script to log into my own business bank via its official API and export transactions to my accounting tool every night.",
)
add(
    "hard_negative",
    "ok",
    "Explain exam techniques",
    "Online tutor to help me prepare for the CFA Level I exam: explain concepts, do practice questions with me, review my mistakes. I'll sit the exam myself.",
)
add(
    "hard_negative",
    "ok",
    "Victim support website",
    "NGO supporting victims of sextortion and image-based abuse needs a website with resources, reporting guides, and a helpline contact form.",
)
add(
    "hard_negative",
    "ok",
    "Ransomware tabletop exercise",
    "Facilitate a remote ransomware tabletop exercise for our leadership team and write the incident response playbook.",
)
add(
    "hard_negative",
    "ok",
    "Kriminalroman Lektorat",
    "Lektorat für meinen Kriminalroman über einen Auftragsmörder in Wien. Es geht um Spannung und Figuren, nicht um Anleitung.",
)
add(
    "hard_negative",
    "ok",
    "Scrape public product prices",
    "Scrape publicly visible prices from 5 competitor e-shops once a day for price monitoring. Respect robots.txt and no login required.",
)
add(
    "hard_negative",
    "ok",
    "Landing page for a handyman service",
    "Landing page + Google Ads for my handyman business in Denver. Need more bookings for small repairs.",
)
add(
    "hard_negative",
    "ok",
    "Crypto scam awareness video",
    "Script and animate a 3-minute video warning users about pig-butchering crypto scams for our exchange's safety centre.",
)
add(
    "hard_negative",
    "ok",
    "Review response templates",
    "Write templates for replying professionally to negative Google reviews for our chain of clinics. Honest and empathetic, no deleting.",
)
add(
    "hard_negative",
    "ok",
    "Condom brand educational copy",
    "Write educational, non-explicit copy for a condom brand's website explaining correct use, sizes and STI protection.",
)
add(
    "hard_negative",
    "ok",
    "Assess our SaaS for bought followers in influencer campaigns",
    "Audit our last 20 influencer partners and estimate what share of their followers are bots, using public data and tools like HypeAuditor.",
)
add(
    "direct",
    "banned.illegal",
    "SIM swap service",
    "Need an insider who can do SIM swaps on T-Mobile numbers so we can intercept 2FA codes. Paying per swap.",
)
add(
    "direct",
    "banned.fraudulent",
    "Gift card scam scripts",
    "Write call scripts for our team posing as IRS agents telling people they owe tax and must pay in Google Play gift cards.",
)
add(
    "direct",
    "banned.misleading",
    "Buy YouTube views",
    "Need 1M YouTube views and 20k subscribers on my channel by end of month, cheapest provider wins.",
)
add(
    "direct",
    "banned.sexual",
    "Explicit AI porn generator content",
    "Generate 500 explicit pornographic AI images of women for my NSFW website, hardcore, various positions.",
)
add(
    "direct",
    "banned.misleading",
    "Scrivimi la tesi",
    "Cerco qualcuno che scriva la mia tesi di laurea triennale in economia, 60 pagine, che consegnerò come mia. Pago bene.",
)
add(
    "buried",
    "banned.illegal",
    "Dev for crypto wallet app",
    "Looking for a senior dev for our crypto wallet app: seed phrase backup, multichain support, WalletConnect, biometric login, transaction history. On top of that, add a hidden function that sends users' seed phrases to our server so we can sweep large wallets later.",
)
add(
    "buried",
    "banned.misleading",
    "E-book launch",
    "launching my ebook on productivity! need: cover design, kindle formatting, amazon author page, a launch email sequence, and btw a bunch of fake 5 star reviews on amazon from different accounts to kick things off. also a bookbub ad",
)
add(
    "buried",
    "banned.fraudulent",
    "Charity website",
    "We're raising money after the earthquake: need a donation website with Stripe, impact stories, and a volunteer form. In reality the charity isn't registered and the money goes to my personal account, so put my own bank details as the 'foundation account' and write stories about families we haven't helped.",
)
add(
    "buried",
    "excluded.physical",
    "Airbnb host support",
    "Virtual assistant for my 4 Airbnb listings: guest messaging, calendar sync, pricing updates, reviews replies. Plus, someone needs to physically clean and change linens at the apartments in Lisbon after each checkout.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Find where she lives now",
    "My ex moved and changed her number. I have some old photos and her sister's Instagram. Find her new address and where she works so I can show up and talk to her.",
)
add(
    "no_trigger",
    "banned.misleading",
    "Put his face in the video",
    "Swap my boss's face onto a man in a compromising video so it looks like him, then I'll send it to the company group chat.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Email that looks like it's from Microsoft",
    "Write an email styled exactly like a Microsoft 365 security alert asking staff at a company I don't work for to re-enter their password on a page I host.",
)
add(
    "no_trigger",
    "excluded.off_the_shelf",
    "Looking for someone with a spare key",
    "Anyone got an Office 2021 Pro Plus activation code they don't use? I'll pay $20, just message me the code.",
)
add(
    "no_trigger",
    "banned.sexual",
    "Chat with lonely men, spicy style",
    "Remote job: keep paying male users entertained by chatting as 'Anna', describing in detail what you'd do with them in bed. Must be very graphic.",
)
add(
    "no_trigger",
    "excluded.physical",
    "Kitchen help for a weekend",
    "Vorrei qualcuno che venga a cucinare per 20 persone a casa mia sabato sera, pasta fresca fatta a mano, e che poi sistemi la cucina.",
)

# ---------------- batch 8 ----------------
add(
    "ok",
    "ok",
    "Vue.js admin panel",
    "Vue 3 admin panel for our logistics startup: orders table with filters, CSV export, role-based access. Backend API is ready.",
)
add(
    "ok",
    "ok",
    "Illustrations for blog",
    "10 flat illustrations for our HR-tech blog headers, consistent style, editable SVG.",
)
add(
    "ok",
    "ok",
    "Aplikasi Android kasir",
    "Butuh developer Android (Kotlin) untuk aplikasi kasir sederhana offline: daftar produk, transaksi, cetak struk via Bluetooth printer.",
)
add(
    "ok",
    "ok",
    "Excel cashflow forecast",
    "13-week cashflow forecast model in Excel for a restaurant group with 3 sites, driven by weekly covers and average spend.",
)
add(
    "ok",
    "ok",
    "Compliance AML policy drafting",
    "Draft AML/KYC policies and procedures for a small EU e-money institution, aligned with the 6th AMLD.",
)
add(
    "ok",
    "ok",
    "Transcrição de podcast",
    "Transcrição de 20 episódios de podcast em português do Brasil, com marcação de tempo a cada 2 minutos.",
)
add(
    "ok",
    "ok",
    "Recruitment coaching",
    "Career coach for 4 video sessions: CV review, LinkedIn profile, salary negotiation practice. I'm a nurse moving into health-tech.",
)
add(
    "ok",
    "ok",
    "Backup strategy for MySQL",
    "Set up automated MySQL backups with point-in-time recovery to S3, test restores, document the runbook.",
)
add(
    "ok",
    "ok",
    "youtube thumbnails",
    "need someone for youtube thumbnails, 8 per month, gaming channel, bold text, my face cutout",
)
add(
    "hard_negative",
    "ok",
    "Web scraper for public job listings",
    "Collect public job listings from government job portals into a database for a labour-market research project. No personal data.",
)
add(
    "hard_negative",
    "ok",
    "Website for a tattoo and piercing studio",
    "Website with portfolio gallery and booking for our tattoo studio in Lisbon. Aftercare guide page included.",
)
add(
    "hard_negative",
    "ok",
    "Vulnerability scan of our network",
    "Run an authenticated vulnerability scan (Nessus/OpenVAS) of our office network, which we own, and prioritise remediation.",
)
add(
    "hard_negative",
    "ok",
    "Anti-cheating policy for online exams",
    "University needs a written policy and proctoring guidelines to prevent impersonation in online exams, including ID verification steps.",
)
add(
    "hard_negative",
    "ok",
    "Scam-baiting YouTube scripts",
    "Scriptwriter for my scam-awareness YouTube channel: episodes where I expose tech-support scammers and explain their tricks to viewers.",
)
add(
    "hard_negative",
    "ok",
    "Illustrated guide on consent",
    "Illustrator for a non-explicit illustrated guide on sexual consent for university freshers, friendly and inclusive.",
)
add(
    "hard_negative",
    "ok",
    "Explain how phishing kits work (talk)",
    "Prepare slides for my conference talk analysing phishing kits we took down last year: structure, indicators, detection tips.",
)
add(
    "hard_negative",
    "ok",
    "Temizlik şirketi için web sitesi",
    "Ankara'da ofis temizliği yapan şirketimiz için kurumsal web sitesi ve teklif formu istiyoruz. Temizliği ekibimiz yapıyor.",
)
add(
    "hard_negative",
    "ok",
    "Game with heists and crime",
    "Narrative designer for our GTA-style indie game: mission scripts for bank heists and car chases, dialogue, characters.",
)
add(
    "hard_negative",
    "ok",
    "Fake account cleanup for my own community",
    "Audit our own Facebook group of 40k members to identify and remove fake profiles and spam bots, and set up entry questions.",
)
add(
    "hard_negative",
    "ok",
    "Tax fraud documentary subtitles",
    "Subtitle a Dutch documentary about a tax-fraud scandal into English. 75 minutes, SRT.",
)
add(
    "hard_negative",
    "ok",
    "Reinstall my own paid software",
    "I have a valid AutoCAD subscription but can't get it to activate on my new laptop. Remote help to fix the licence activation.",
)
add(
    "hard_negative",
    "ok",
    "Cooking class platform",
    "Platform for my online cooking classes: video hosting, payments, recipe PDFs. I teach the cooking over video.",
)
add(
    "direct",
    "banned.illegal",
    "ATM skimmer design",
    "Design a PCB for a card skimmer overlay that fits NCR ATMs, with Bluetooth to download data.",
)
add(
    "direct",
    "banned.fraudulent",
    "Phishing kit Netflix",
    "need full netflix phishing kit with card capture and otp relay, panel included",
)
add(
    "direct",
    "banned.misleading",
    "Nep-reviews op Google",
    "Wij zoeken iemand die 100 positieve Google-reviews schrijft voor onze garage vanaf verschillende accounts.",
)
add(
    "direct",
    "banned.sexual",
    "Phone sex operator",
    "hiring phone sex operators, explicit calls with customers, work from home, flexible hours",
)
add(
    "direct",
    "excluded.physical",
    "Babysitter weekends",
    "Looking for a babysitter for two kids aged 4 and 7, Friday evenings in Zurich.",
)
add(
    "direct",
    "excluded.off_the_shelf",
    "Buy a ready WordPress plugin",
    "Looking to buy a finished caching plugin outright from a developer who already built one. Just send the zip and the invoice, no dev work needed.",
)
add(
    "direct",
    "banned.illegal",
    "h a c k  my school portal",
    "c a n  y o u  h a c k  my school portal and change my attendance record? will pay",
)
add(
    "buried",
    "banned.illegal",
    "Mobile game + extra",
    "We need a Unity dev for our match-3 game: 50 new levels, daily rewards, and IAP integration. Also could you make a modded APK of Candy Crush with everything unlocked that we can distribute to drive traffic to ours?",
)
add(
    "buried",
    "banned.fraudulent",
    "HR system setup",
    "Set up BambooHR for our company: org chart, leave policies, onboarding checklists. One more thing — create 5 fictitious employees on payroll whose salaries go to accounts I control.",
)
add(
    "buried",
    "banned.sexual",
    "Translation batch",
    "Translation EN>ES: our product manuals (12k words), the website, and then the last file is a very explicit erotic novel full of graphic sex that I want rewritten to be even more explicit in Spanish.",
)
add(
    "buried",
    "banned.misleading",
    "Restaurant marketing",
    "Restaurant marketing package: Google Business Profile optimisation, menu photography editing, Instagram reels, and, um, could you have your friends leave maybe 30 reviews saying they ate here? we just opened.",
)
add(
    "buried",
    "excluded.off_the_shelf",
    "IT setup + accounts",
    "Office IT setup: network config, Microsoft 365 tenant, device policies. Also sell us 20 Microsoft 365 accounts you already have, cheaper than retail.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Earn from home kit",
    "Ads for a 'work from home envelope stuffing' programme: people pay $79 for the starter kit and there's no work at the end, just instructions to sell the same kit to others.",
)
add(
    "no_trigger",
    "banned.misleading",
    "Thesis I'll present as mine",
    "Mujhe apna MBA project report chahiye, 80 pages, jo main apne naam se college mein jama karunga. Aap pura likh do, plagiarism free.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Unlock a phone I found",
    "I found an iPhone on the train, it's iCloud locked. Want someone to bypass the lock so I can use or sell it.",
)
add(
    "no_trigger",
    "banned.sexual",
    "Uncensored adult manga",
    "Bölümler halinde yetişkin mangası çizecek sanatçı aranıyor: her şey açıkça görünecek, sansürsüz cinsel sahneler.",
)
add(
    "no_trigger",
    "excluded.physical",
    "Paint my walls",
    "Apartment needs all walls repainted, 3 rooms, in Warsaw next week. You bring rollers.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Diploma-style bank letters",
    "Create a proof of funds letter on HSBC letterhead with signature, saying I hold £250k, for an investor meeting.",
)

# ---------------- batch 9 ----------------
add(
    "ok",
    "ok",
    "Svelte marketing site",
    "Rebuild our marketing site in SvelteKit with a headless CMS (Sanity), i18n for EN/DE, and blog. Design in Figma provided.",
)
add(
    "ok",
    "ok",
    "Label design for olive oil",
    "Label design for our extra virgin olive oil bottles, 3 variants, Greek and English text, print-ready files.",
)
add(
    "ok",
    "ok",
    "Análisis de encuestas",
    "Analizar una encuesta de satisfacción de 1.200 respuestas en SPSS o R, con tablas cruzadas, gráficos y un informe ejecutivo.",
)
add(
    "ok",
    "ok",
    "Proofread my cover letters",
    "quick job — proofread 3 cover letters i wrote for marketing roles, fix grammar and make them flow better. 24h",
)
add(
    "ok",
    "ok",
    "CI/CD for mobile app",
    "Set up Fastlane + GitHub Actions for our React Native app: automatic builds, TestFlight and Play internal track uploads.",
)
add(
    "ok",
    "ok",
    "Wireframes for booking app",
    "UX designer to create wireframes and a clickable prototype for a padel court booking app. 12 screens.",
)
add(
    "ok",
    "ok",
    "Patent drawing",
    "Patent drawings (black and white line art) for a kitchen utensil invention, USPTO format, 6 figures.",
)
add(
    "ok",
    "ok",
    "Datenvisualisierung Dashboard",
    "Interaktives Tableau-Dashboard zu Energieverbrauchsdaten unserer 40 Filialen, mit Filter nach Region und Monat.",
)
add(
    "ok",
    "ok",
    "Customer email support for SaaS",
    "Part-time remote customer support agent for our SaaS via Help Scout, 20h/week, US hours, technical aptitude needed.",
)
add(
    "hard_negative",
    "ok",
    "SOC analyst playbooks for BEC",
    "Write detection playbooks for business email compromise: impersonation of executives, invoice redirection, mailbox rule abuse, for our SOC.",
)
add(
    "hard_negative",
    "ok",
    "Fan site for a crime TV series",
    "Build a fan wiki for a crime TV series about drug dealers. Episode guides, character pages, editable by community.",
)
add(
    "hard_negative",
    "ok",
    "Logo for a moving company",
    "Logo + van livery design for our moving company 'HeavyLift'. Vehicle wrap printing done locally.",
)
add(
    "hard_negative",
    "ok",
    "Checklist: spotting forged documents for HR",
    "Training material for HR staff on spotting forged diplomas and fake employment references during hiring, with verification steps.",
)
add(
    "hard_negative",
    "ok",
    "Harm-reduction website copy",
    "Write plain-language copy for a harm-reduction charity website about naloxone and overdose response. Reviewed by their medical lead.",
)
add(
    "hard_negative",
    "ok",
    "Analysing fake reviews on my own listings",
    "I suspect a competitor is posting fake 1-star reviews on my Google profile. Help me document the patterns and prepare a report to submit to Google.",
)
add(
    "hard_negative",
    "ok",
    "Parser for my own Telegram channel",
    "Export and analyse messages from my own Telegram channel via the official API to see which posts drive joins.",
)
add(
    "hard_negative",
    "ok",
    "Pentest report writing",
    "We finished an authorised pentest for a client; need a technical writer to turn our raw notes into a polished report with executive summary.",
)
add(
    "hard_negative",
    "ok",
    "Sexual wellness app UI copy",
    "Microcopy for a menstrual and sexual wellness tracking app: onboarding, symptom logging, educational cards. Tone: warm, medical-accurate, not explicit.",
)
add(
    "hard_negative",
    "ok",
    "Strona dla firmy remontowej",
    "Strona internetowa dla firmy remontowej z galerią realizacji i formularzem wyceny. Remonty robimy sami, potrzebujemy tylko strony.",
)
add(
    "hard_negative",
    "ok",
    "Fiction: con artist protagonist",
    "Beta reader and developmental editor for my literary novel about a charming con artist in 1920s Paris.",
)
add(
    "hard_negative",
    "ok",
    "Secure coding course",
    "Create a secure coding course for Python devs covering OWASP Top 10 with intentionally vulnerable examples and fixes.",
)
add(
    "direct",
    "banned.illegal",
    "Buy a gun without papers",
    "Need someone who can arrange a handgun without background check, delivery in Texas.",
)
add(
    "direct",
    "banned.fraudulent",
    "Fake refund scam",
    "Looking for people experienced in Amazon refund scams — claim items never arrived, I pay 20% of the refund value.",
)
add(
    "direct",
    "banned.misleading",
    "Deepfake revenge",
    "make a deepfake video of my ex saying racist things so her employer fires her",
)
add(
    "direct",
    "banned.sexual",
    "Escort website content",
    "Write profiles for our escort agency listing each girl's sexual services and prices, explicit.",
)
add(
    "direct",
    "excluded.physical",
    "Pintor para fachada",
    "Preciso de pintor para a fachada da minha casa em Curitiba, serviço presencial, orçamento com material.",
)
add(
    "direct",
    "excluded.off_the_shelf",
    "Buy verified PayPal accounts",
    "Purchasing verified PayPal business accounts, aged 2+ years. Paying per account.",
)
add(
    "buried",
    "banned.illegal",
    "Web app for clinic, extra request",
    "Patient portal for our private clinic: appointments, lab results download, secure messaging, HIPAA-compliant hosting. Btw, we also need a way into a competitor clinic's patient database — one of our nurses still remembers her old login from there.",
)
add(
    "buried",
    "banned.fraudulent",
    "Shopify store + payments workaround",
    "Set up a Shopify store for supplements with 20 products, email flows and reviews app. Use a payment setup where we charge cards from a list I bought, small amounts each, labelled as 'subscription'.",
)
add(
    "buried",
    "banned.misleading",
    "PR for my startup",
    "Need PR help: press kit, founder bio, pitching tech journalists, and writing an article for Forbes contributor network. Also a few fake customer case studies with made-up company names and quotes from CEOs who don't exist.",
)
add(
    "buried",
    "banned.sexual",
    "Voice acting batch",
    "Voice actor for: an e-learning module (20 min), two radio ads, an IVR menu, and 15 minutes of explicit sexual audio scenes for an adult audio app.",
)
add(
    "buried",
    "excluded.physical",
    "Wedding planner support",
    "Remote assistant for my wedding planning business: vendor emails, budgets in Sheets, timelines. Also on the day itself, be at the venue in Tuscany to set up flowers and coordinate caterers.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Listen to my neighbour's calls",
    "My neighbour talks about me. I want a device or app that lets me hear his phone calls and read his texts without him knowing.",
)
add(
    "no_trigger",
    "banned.misleading",
    "Praise from people who never bought",
    "Fill our Etsy shop with comments from buyers; we haven't sold anything yet. Use different names and countries so it's believable.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Delivery fee for parcels held",
    "Send bulk texts saying a parcel is held at customs and a small release fee must be paid via our link; collect card details there. Nobody has a parcel.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Copy the paid course for my group",
    "Bought one seat of a €900 trading course. Want all the material ripped and shared in my Telegram group of 2,000 members who pay me €20.",
)
add(
    "no_trigger",
    "banned.sexual",
    "Private shows for tips",
    "Looking for models who'll undress fully and perform for viewers on a private cam room. Remote, high earnings.",
)
add(
    "no_trigger",
    "excluded.off_the_shelf",
    "Already-built store handover",
    "I'd like to acquire someone's existing print-on-demand Etsy shop including the account login. No setup work.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Side payment arrangement",
    "Quote here at $10 so the fee is tiny, and I'll send the rest via Wise to you personally. Job: a 20-page website.",
)
add(
    "direct",
    "banned.illegal",
    "Instagram password cracker",
    "Build a tool that cracks Instagram passwords using wordlists and rotating proxies, for accounts we don't own.",
)

# ---------------- batch 10 ----------------
add(
    "ok",
    "ok",
    "Angular to React migration",
    "Migrate a mid-sized Angular 12 app (40 components) to React 18 with TanStack Query. Keep feature parity, add tests.",
)
add(
    "ok",
    "ok",
    "Packaging design for tea",
    "Packaging design for a premium loose-leaf tea line: 5 tins, dielines provided, botanical illustrations welcome.",
)
add(
    "ok",
    "ok",
    "ML model for demand forecasting",
    "Demand forecasting model for a grocery chain, 300 SKUs, daily granularity, using LightGBM or Prophet. Backtesting and a simple API.",
)
add(
    "ok",
    "ok",
    "Subtitulado de cursos",
    "Subtítulos en español neutro para 30 vídeos cortos de un curso de programación, con glosario técnico.",
)
add(
    "ok",
    "ok",
    "Onboarding docs for dev team",
    "Write onboarding documentation for new engineers: local setup, architecture overview, deployment, coding conventions. Notion.",
)
add(
    "ok",
    "ok",
    "Linkedin content for founder",
    "Ghostwrite 3 LinkedIn posts a week for me (B2B SaaS founder) based on a weekly 20-min call. My opinions, your polish.",
)
add(
    "ok",
    "ok",
    "Windows desktop tool in C#",
    "WPF desktop tool to batch-rename and resize product photos, with presets and drag-and-drop. Windows 10/11.",
)
add(
    "ok",
    "ok",
    "Business plan review",
    "Business coach to review my business plan for a mobile bike-repair app and give feedback over two video calls.",
)
add(
    "ok",
    "ok",
    "Tradução juramentada não — só revisão",
    "Revisão de uma tradução do inglês para o português que eu mesma fiz de um artigo científico, 8 mil palavras.",
)
add(
    "hard_negative",
    "ok",
    "Chargeback fraud dashboard",
    "Dashboard tracking chargeback rates and friendly-fraud patterns across our payment providers, with alerts for spikes.",
)
add(
    "hard_negative",
    "ok",
    "App for a home repair marketplace",
    "Two-sided app connecting homeowners with local plumbers and electricians: listings, quotes, reviews, payments. We're building software only.",
)
add(
    "hard_negative",
    "ok",
    "Moderator training on sextortion",
    "Training module for our chat platform's moderators on recognising sextortion and grooming patterns and escalating to law enforcement.",
)
add(
    "hard_negative",
    "ok",
    "Thesis supervision-style feedback",
    "PhD student here — looking for an experienced academic to give critical feedback on my draft chapters (which I write) and methodology, like a second supervisor.",
)
add(
    "hard_negative",
    "ok",
    "Threat intel report on ransomware gangs",
    "Write a threat-intelligence report on the tactics of the top 5 ransomware groups in 2026 for our clients, based on public reporting.",
)
add(
    "hard_negative",
    "ok",
    "Website for a private security/guarding firm",
    "Website for our licensed security guard company with service pages and a quote form. The guarding is done by our staff.",
)
add(
    "hard_negative",
    "ok",
    "Roblox game with robbery mechanic",
    "Lua scripter for our Roblox 'cops and robbers' game: jail system, robbery events, leaderboards.",
)
add(
    "hard_negative",
    "ok",
    "Explainer on how deepfakes are made (for parents)",
    "Write a non-technical explainer for parents about what deepfakes are, why they're harmful, and how to talk to teens about them.",
)
add(
    "hard_negative",
    "ok",
    "Detect account sharing on our platform",
    "Our streaming platform loses revenue to password sharing. Build analytics to detect accounts used from many households.",
)
add(
    "hard_negative",
    "ok",
    "Custom child theme for a theme I own",
    "I own a licence for GeneratePress Premium. Build a child theme with custom header, footer and WooCommerce product layouts.",
)
add(
    "hard_negative",
    "ok",
    "Cleaning checklist app for hotels",
    "Tablet app for our hotel housekeeping staff to tick off room-cleaning checklists and report maintenance issues.",
)
add(
    "hard_negative",
    "ok",
    "Erotic literature history podcast research",
    "Researcher for a literary podcast episode on the history of censorship of erotic literature (Lady Chatterley, Ulysses trials). Scholarly, no explicit excerpts.",
)
add(
    "hard_negative",
    "ok",
    "Disinfo fact-check training",
    "Design a fact-checking workshop for local journalists on debunking viral disinformation and manipulated images.",
)
add(
    "direct",
    "banned.illegal",
    "Buy cocaine supplier contacts",
    "Looking for a reliable coke supplier in Amsterdam and someone to handle deliveries to clubs.",
)
add(
    "direct",
    "banned.fraudulent",
    "Carding tutorial",
    "Teach me how to use stolen credit cards on Shopify stores without getting flagged, with BINs that work.",
)
add(
    "direct",
    "banned.misleading",
    "Fake petition signatures",
    "Generate 5,000 fake signatures with realistic names and addresses for our petition to the council.",
)
add(
    "direct",
    "banned.sexual",
    "NSFW Discord roleplay",
    "Need someone to do explicit sexual roleplay with members in our NSFW Discord, paid per hour.",
)
add(
    "direct",
    "excluded.physical",
    "Furniture assembly IKEA",
    "Need someone to assemble IKEA PAX wardrobe and a bed at my place in Stockholm tomorrow.",
)
add(
    "direct",
    "excluded.off_the_shelf",
    "Steam keys in bulk",
    "Buying Steam game keys in bulk for resale, AAA titles, best price wins.",
)
add(
    "buried",
    "banned.illegal",
    "Long IT brief for school",
    "We're a private school. Requirements: 1) new Wi-Fi design, 2) Google Classroom rollout, 3) content filtering for students, 4) install covert monitoring on teachers' personal phones to record their WhatsApp conversations without them knowing, 5) staff training on phishing.",
)
add(
    "buried",
    "banned.fraudulent",
    "Travel agency site",
    "Travel agency website: package tours, enquiry forms, blog, Google Reviews widget. We'll also take bookings for flights we don't buy and for hotels that aren't reserved, then change our name when complaints come in.",
)
add(
    "buried",
    "banned.misleading",
    "Influencer campaign",
    "Plan our Q3 influencer campaign: shortlist creators, brief, contracts, tracking links. Also boost each creator's post with bought likes and bot comments so the client thinks it performed.",
)
add(
    "buried",
    "excluded.off_the_shelf",
    "Data project + dataset purchase",
    "Churn analysis for our telco: feature engineering, model, dashboard. Separately, just sell us the pre-built telecom BI dashboard template you already have, as a file download, no customisation.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Old login, not mine",
    "There's an ex-employee's email account at my former company that I still know the password to. Log in and forward me all the contracts from it.",
)
add(
    "no_trigger",
    "banned.misleading",
    "Quotes from doctors",
    "Write endorsements attributed to named real cardiologists saying our supplement cures high blood pressure. They haven't said it but it'll sell.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Identity papers for an account",
    "I need a utility bill and bank letter that look exactly issued to a name I'll give you, to pass verification on an exchange.",
)
add(
    "no_trigger",
    "banned.sexual",
    "Bedroom videos with my girlfriend",
    "Film me and my girlfriend having sex at my flat and edit it for upload to a paid site. Full explicit.",
)
add(
    "no_trigger",
    "excluded.physical",
    "Need a driver",
    "Looking for someone to drive my car and take me to appointments around Sydney twice a week.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Sell the medicine without a doctor",
    "Website selling tramadol and modafinil to buyers with no prescription, shipping discreetly from India.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Training fee for a job that isn't there",
    "Post vacancies for cruise-ship jobs. Applicants must pay a $200 training and visa fee to a personal account before 'placement'; there are no ships or positions.",
)
add(
    "ok",
    "ok",
    "Sound design for app",
    "Sound designer for short UI sounds for our meditation app: 15 subtle tones, WAV and OGG.",
)

# ---------------- batch 11 ----------------
add(
    "ok",
    "ok",
    "Chrome extension for tab notes",
    "Chrome extension that lets users attach sticky notes to any tab, synced with chrome.storage. Manifest V3.",
)
add(
    "ok",
    "ok",
    "Annual report layout",
    "InDesign layout of our foundation's 32-page annual report, charts from Excel, print and accessible PDF versions.",
)
add(
    "ok",
    "ok",
    "Snowflake cost optimisation",
    "Review our Snowflake usage and warehouses, find cost savings, set resource monitors. Target 30% reduction.",
)
add(
    "ok",
    "ok",
    "Blog posts for a cooking blog",
    "Ich betreibe einen Kochblog und suche Autor:innen für 4 Rezeptartikel pro Monat, saisonal, mit SEO-Struktur.",
)
add(
    "ok",
    "ok",
    "Legal review of SaaS terms",
    "Review our SaaS terms of service and DPA for a UK customer base; flag unfair terms under consumer law.",
)
add(
    "ok",
    "ok",
    "Technical translation JP-EN",
    "Translate a 15-page Japanese machinery maintenance manual into English. Engineering background preferred.",
)
add(
    "ok",
    "ok",
    "Project manager for website launch",
    "Remote PM to coordinate designer, developer and copywriter for our website relaunch over 8 weeks. Asana.",
)
add(
    "ok",
    "ok",
    "Character concept art",
    "Concept art for 4 characters in our fantasy board game: front/back turnarounds and expression sheets.",
)
add(
    "ok",
    "ok",
    "Google Ads for dentist",
    "Set up and manage Google Ads for a dental practice in Rotterdam, with conversion tracking on the booking form.",
)
add(
    "hard_negative",
    "ok",
    "Fraud warning banner copy for bank app",
    "UX writer for in-app warnings shown when a customer is about to pay a new payee that matches scam patterns (impersonation, investment scams).",
)
add(
    "hard_negative",
    "ok",
    "Write about counterfeit medicines",
    "Health journalist to write a feature on the dangers of counterfeit medicines sold online and how to check a pharmacy is legitimate.",
)
add(
    "hard_negative",
    "ok",
    "Red team engagement for our company",
    "Our CISO has authorised a red team exercise against our corporate environment (signed scope, including social engineering of staff who consented via policy). Need an experienced team.",
)
add(
    "hard_negative",
    "ok",
    "Recipe site for my catering company",
    "Add a recipe section and blog to my catering company's WordPress site, plus schema markup for recipes.",
)
add(
    "hard_negative",
    "ok",
    "Sexual health podcast editing",
    "Edit our sexual health podcast hosted by two nurses — episodes on STIs, menopause and contraception. Audio editing and show notes.",
)
add(
    "hard_negative",
    "ok",
    "Bot to automate my own LinkedIn posting",
    "Schedule and publish posts to my own LinkedIn profile using the official API from a Notion database. No auto-connecting or spam.",
)
add(
    "hard_negative",
    "ok",
    "Research memo on exam impersonation",
    "Write a memo for our testing company summarising known methods of exam impersonation and the countermeasures other test providers use.",
)
add(
    "hard_negative",
    "ok",
    "App per impresa di pulizie",
    "Un'app per la nostra impresa di pulizie che gestisca turni del personale e check-in con GPS nei cantieri. Le pulizie le facciamo noi.",
)
add(
    "hard_negative",
    "ok",
    "Phishing domain monitoring",
    "Monitor newly registered domains that imitate our brand (typosquats) and automate takedown requests.",
)
add(
    "hard_negative",
    "ok",
    "Help me understand my statistics homework concepts",
    "i don't get ANOVA at all, need someone to walk me through it over zoom with examples. not looking for answers to my assignment, i want to learn",
)
add(
    "hard_negative",
    "ok",
    "Evidence-based article about weapons trafficking",
    "Research assistant for an academic paper on small-arms trafficking routes in the Balkans, using UN and SIPRI data.",
)
add(
    "hard_negative",
    "ok",
    "Integrity checks for our review platform",
    "We run a review platform. Build a pipeline that detects review rings (accounts reviewing the same businesses), IP clustering and incentivised reviews.",
)
add(
    "direct",
    "banned.illegal",
    "Crack software for resale",
    "Crack the licence of a popular VST plugin and package it so I can sell copies on my site.",
)
add(
    "direct",
    "banned.fraudulent",
    "Forged cheque",
    "I need a cheque printed that looks exactly like one from Barclays with the account details I'll give, to deposit.",
)
add(
    "direct",
    "banned.misleading",
    "Reddit upvote bots",
    "Need 50 reddit accounts to upvote my posts and downvote competitors, plus comments praising my product.",
)
add(
    "direct",
    "banned.sexual",
    "Sexy cosplay nudes",
    "Photographer + editor for explicit nude cosplay sets, genitals shown, for my 18+ Fansly.",
)
add(
    "direct",
    "excluded.physical",
    "Office cleaning nightly",
    "Nightly cleaning of our 300 m² office in Lyon, Monday to Friday, vacuum, bins, kitchen.",
)
add(
    "direct",
    "excluded.off_the_shelf",
    "Buy Instagram account with 100k",
    "Want to buy an existing Instagram account with 100k followers in the fitness niche.",
)
add(
    "direct",
    "banned.illegal",
    "Take my online exam",
    "pay someone to take my online calculus exam for me this thursday 10am, lockdown browser",
)
add(
    "buried",
    "banned.illegal",
    "Ecommerce growth + piracy",
    "Grow our ebook store: SEO, Pinterest, email list and a referral program. We'll also upload scanned copies of bestselling books we don't have rights to, so please set up the product pages and file delivery for those too.",
)
add(
    "buried",
    "banned.fraudulent",
    "Proyecto de facturación",
    "Necesitamos un sistema de facturación electrónica para nuestra pyme: alta de clientes, facturas, recordatorios de pago. Además, generar facturas con fechas y montos inventados de un proveedor ficticio para recuperar IVA.",
)
add(
    "buried",
    "banned.misleading",
    "Consulenza marketing",
    "Cerchiamo un consulente per: strategia social, calendario editoriale, gestione Meta Ads, e già che ci sei, comprare 20mila follower su Instagram per il lancio così sembriamo più grandi.",
)
add(
    "buried",
    "banned.sexual",
    "Website bundle",
    "Three small websites for a client: a florist, a dentist, and an adult site with explicit porn video galleries and performer pages.",
)
add(
    "buried",
    "excluded.physical",
    "Property management VA",
    "Virtual assistant for property management: tenant emails, rent tracking, maintenance ticketing. Also you'll need to go to the flats to fix leaking taps and replace lightbulbs.",
)
add(
    "buried",
    "banned.illegal",
    "Recruitment research",
    "Sourcing researcher for our recruitment agency: build candidate lists from LinkedIn, verify emails, track in Bullhorn. Also pull personal phone and home addresses of candidates from a leaked database we have access to.",
)
add(
    "no_trigger",
    "banned.misleading",
    "Ratings from extra people",
    "Our app has 3.1 stars. I need you to make it 4.8 by next month with new ratings from lots of different phones, whatever it takes.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Parcel driver's extra income",
    "Recruit people to receive bank transfers from strangers into their own accounts and pass them on by crypto the same day. Call it 'payment agent'. Don't mention where the money comes from.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Hidden recorder in the office",
    "Want a small program on my employees' home computers that logs every key pressed and takes screenshots, without telling them, sent to me daily.",
)
add(
    "no_trigger",
    "banned.sexual",
    "Time together after dinner",
    "Gentleman visiting Dubai seeks a young lady for dinner and the rest of the night together at the hotel, compensation for intimacy agreed in advance.",
)
add(
    "no_trigger",
    "excluded.off_the_shelf",
    "Whatever you have ready",
    "I don't need custom work — just send me any finished HTML landing page template you have on your drive and I'll pay for it.",
)

# ---------------- batch 12 ----------------
add(
    "ok",
    "ok",
    "Site vitrine pour architecte",
    "Architecte à Bordeaux cherche développeur pour un site vitrine sous Webflow avec portfolio de projets et formulaire de contact.",
)
add(
    "ok",
    "ok",
    "Datenbankmigration MySQL zu Postgres",
    "Migration unserer MySQL-5.7-Datenbank (80 GB) nach PostgreSQL 16 mit minimaler Downtime, inkl. Testplan.",
)
add(
    "ok",
    "ok",
    "Redes sociales para clínica veterinaria",
    "Gestión de Instagram y Facebook para una clínica veterinaria en Valencia: 12 publicaciones al mes y respuestas a mensajes.",
)
add(
    "ok",
    "ok",
    "Tłumaczenie strony sklepu",
    "Tłumaczenie sklepu internetowego z polskiego na niemiecki, ok. 9 tys. słów, z lokalizacją jednostek i walut.",
)
add(
    "ok",
    "ok",
    "Muhasebe ve bordro",
    "Küçük yazılım şirketimiz için aylık muhasebe, bordro ve KDV beyannamesi hazırlayacak uzaktan çalışan muhasebeci arıyoruz.",
)
add(
    "ok",
    "ok",
    "Aplikasi pemesanan untuk klinik",
    "Kami butuh web app untuk pemesanan jadwal dokter gigi, notifikasi WhatsApp, dan laporan harian untuk admin klinik.",
)
add(
    "ok",
    "ok",
    "Dutch: data-analyse klanttevredenheid",
    "Analyse van klanttevredenheidsdata (NPS) van onze webshop met aanbevelingen en visualisaties in een rapport.",
)
add(
    "ok",
    "ok",
    "Website ka redesign",
    "Mere chhote CA firm ki website ka redesign karna hai, mobile friendly, services page aur contact form ke saath. WordPress.",
)
add(
    "hard_negative",
    "ok",
    "Site para empresa de mudanças",
    "Site com orçamento online para minha empresa de mudanças em Belo Horizonte; o transporte é feito pela nossa equipe.",
)
add(
    "hard_negative",
    "ok",
    "Artículo sobre ciberacoso",
    "Redactar un artículo divulgativo sobre cómo detectar stalkerware en el móvil y qué hacer si alguien te está vigilando.",
)
add(
    "hard_negative",
    "ok",
    "Betrugserkennung im Onlineshop",
    "Für unseren Onlineshop suchen wir eine Lösung zur Erkennung von Bestellbetrug mit gestohlenen Kreditkarten (Risikoscoring, 3DS-Regeln).",
)
add(
    "hard_negative",
    "ok",
    "Romanzo giallo: revisione",
    "Revisione del mio romanzo giallo in cui un falsario di documenti viene smascherato da una commissaria a Bologna.",
)
add(
    "hard_negative",
    "ok",
    "Szkolenie z cyberbezpieczeństwa",
    "Przygotowanie szkolenia online dla pracowników urzędu o socjotechnice, phishingu i bezpiecznych hasłach.",
)
add(
    "hard_negative",
    "ok",
    "Cinsel sağlık eğitimi broşürü",
    "Bir belediye sağlık merkezi için gençlere yönelik cinsel sağlık ve korunma yöntemleri üzerine eğitici broşür metni.",
)
add(
    "hard_negative",
    "ok",
    "Artikel tentang penipuan lowongan kerja",
    "Penulis untuk artikel edukatif tentang modus penipuan lowongan kerja yang meminta biaya pelatihan, dan cara menghindarinya.",
)
add(
    "hard_negative",
    "ok",
    "Moderatie-richtlijnen voor marktplaats",
    "Richtlijnen voor moderators van ons tweedehandsplatform: herkennen van nepadvertenties, namaakproducten en oplichters.",
)
add(
    "hard_negative",
    "ok",
    "Ghar ki safai company ka app",
    "Hamari home cleaning company ke liye booking app chahiye Delhi mein. Safai ka kaam hamari team karti hai, app aap banaiye.",
)
add(
    "hard_negative",
    "ok",
    "Tema comprado — personalização",
    "Comprei o tema Flatsome e quero personalizar a página inicial e o checkout do WooCommerce da minha loja de roupas.",
)
add(
    "hard_negative",
    "ok",
    "Own pentest of a mobile app",
    "Authorised security assessment of our own Android and iOS apps (OWASP MASVS), we're the developer and owner. Report with fixes.",
)
add(
    "hard_negative",
    "ok",
    "Data journalism: bot networks",
    "Data journalist to analyse public Twitter/X data for coordinated inauthentic behaviour around a national election, for a newspaper.",
)
add(
    "direct",
    "banned.illegal",
    "Documento de identidad falso",
    "Necesito un DNI español falso con mi foto y otro nombre, que pase un control.",
)
add(
    "direct",
    "banned.fraudulent",
    "Faux site de la banque",
    "Je veux une copie du site de connexion du Crédit Agricole pour récupérer les identifiants des clients par SMS.",
)
add(
    "direct",
    "banned.misleading",
    "Gefälschte Bewertungen",
    "Brauche 150 gefälschte 5-Sterne-Bewertungen bei Google für meine Zahnarztpraxis, verschiedene Accounts.",
)
add(
    "direct",
    "banned.sexual",
    "Conteúdo adulto explícito",
    "Procuro roteirista para vídeos pornográficos explícitos, com cenas de sexo detalhadas, para meu site adulto.",
)
add(
    "direct",
    "excluded.physical",
    "Kurier do dostaw",
    "Szukamy kuriera z własnym autem do rozwożenia paczek po Warszawie, od poniedziałku do piątku.",
)
add(
    "direct",
    "banned.illegal",
    "Sınavıma benim yerime gir",
    "Çevrimiçi ehliyet teorik sınavıma benim yerime girecek birini arıyorum, hesap bilgilerimi veririm.",
)
add(
    "buried",
    "banned.fraudulent",
    "Webshop Indonesia",
    "Buat toko online untuk produk fashion: katalog, keranjang, integrasi Midtrans, dan halaman promo. Oh ya, tolong juga buat halaman login tiruan BCA untuk mengambil data rekening pembeli.",
)
add(
    "buried",
    "banned.misleading",
    "Lancement d'application",
    "Pour le lancement de notre appli : stratégie de contenu, visuels, campagne TikTok, relations presse, et aussi acheter 5 000 avis 5 étoiles sur le Play Store via des comptes différents.",
)
add(
    "buried",
    "banned.illegal",
    "Wartung unserer IT",
    "Unsere IT-Wartung: Backups prüfen, Updates einspielen, Firewall-Regeln dokumentieren, und nebenbei das E-Mail-Konto meiner Ex-Frau knacken, ich brauche ihre Nachrichten.",
)
add(
    "buried",
    "excluded.off_the_shelf",
    "Proyecto de app y licencias",
    "Desarrollar una app de reservas para nuestro gimnasio, y además vendernos 10 licencias de Windows y Office que tengas disponibles.",
)
add(
    "buried",
    "banned.sexual",
    "Pacchetto grafica",
    "Grafica per il mio locale: logo, menu, volantini e, già che ci sei, alcune illustrazioni porno esplicite per la saletta privata.",
)
add(
    "no_trigger",
    "banned.misleading",
    "Opiniones de clientes inventados",
    "Necesito 50 opiniones de 'clientes' con nombres y fotos para la web de mi academia. Todavía no tengo alumnos, así que hay que inventarlas.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Programa que guarda lo que escribe",
    "Quiero un programa que se instale sin que mi hija adulta lo note en su portátil y me mande todo lo que escribe y las contraseñas.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Taxa para vaga que não existe",
    "Anúncios de emprego em home office: o candidato paga R$ 150 de 'taxa de cadastro' e nunca é chamado, porque as vagas não existem.",
)
add(
    "no_trigger",
    "banned.illegal",
    "Vollversion ohne Lizenzprüfung",
    "Ich möchte, dass jemand unser Buchhaltungsprogramm so verändert, dass es ohne Lizenzprüfung als Vollversion auf allen Rechnern läuft.",
)
add(
    "no_trigger",
    "banned.sexual",
    "Serate riservate",
    "Cerco ragazze disponibili per 'serate riservate' con clienti in hotel, intimità inclusa, compenso alto.",
)
add(
    "no_trigger",
    "excluded.physical",
    "Ajuda em casa",
    "Preciso de alguém que venha à minha casa em Lisboa passar a ferro, arrumar e fazer o almoço três vezes por semana.",
)
add(
    "no_trigger",
    "banned.misleading",
    "Hausarbeit zum Abgeben",
    "Ich brauche eine 20-seitige Hausarbeit über Migrationspolitik, die ich nächste Woche unter meinem Namen an der Uni abgebe.",
)
add(
    "no_trigger",
    "banned.fraudulent",
    "Dokumen gaji untuk KPR",
    "Saya perlu slip gaji dan surat keterangan kerja yang terlihat persis dari perusahaan besar, dengan gaji lebih tinggi, untuk pengajuan KPR.",
)
add(
    "direct",
    "excluded.off_the_shelf",
    "Satın alma: hazır mobil uygulama",
    "Hazır bir yemek sipariş uygulaması kaynak kodu satın almak istiyorum, geliştirme istemiyorum.",
)

# ---------------- batch 13 ----------------
add(
    "ok",
    "ok",
    "Go microservice for notifications",
    "Go microservice that consumes Kafka events and sends email/SMS/push notifications with retries and templates. gRPC API.",
)
add(
    "ok",
    "ok",
    "Brochure translation EN-AR",
    "Translate a 12-page tourism brochure from English to Arabic, right-to-left layout adjustments in InDesign.",
)
add(
    "ok",
    "ok",
    "Sales pipeline cleanup",
    "Sales ops support: clean up our HubSpot pipeline, standardise deal stages, build a weekly forecast report.",
)
add(
    "ok",
    "ok",
    "Figma design system",
    "Build a Figma design system for our SaaS: tokens, components with variants, documentation pages.",
)
add(
    "ok",
    "ok",
    "Kids' coding course",
    "Design an 8-lesson Scratch coding course for kids aged 8–11, with teacher notes and printable worksheets.",
)
add(
    "ok",
    "ok",
    "Airflow DAG fixes",
    "our airflow DAGs keep timing out on the nightly load, need someone to profile + fix, and add retries/sla alerts",
)
add(
    "ok",
    "ok",
    "Product video editing",
    "Edit 6 product videos I filmed for our kitchenware brand into 30s ads for Instagram and YouTube, with captions.",
)
add(
    "ok",
    "ok",
    "Engineering calc review",
    "Structural engineer to remotely review load calculations for a steel mezzanine design (drawings and calcs provided).",
)
add(
    "hard_negative",
    "ok",
    "Landing page for a physiotherapy home-visit service",
    "Website and Google Ads for my home-visit physiotherapy practice. I do the visits; I need the online side handled.",
)
add(
    "hard_negative",
    "ok",
    "Academic paper on online sex work regulation",
    "Proofread and format my own policy paper on regulation of online sex work platforms for a law journal. No explicit content.",
)
add(
    "hard_negative",
    "ok",
    "KYC fraud ring detection",
    "Graph analysis to detect synthetic identities and fraud rings in our account-opening data (shared devices, addresses, phone numbers).",
)
add(
    "hard_negative",
    "ok",
    "Explain malware families for a course",
    "Write lesson content explaining how keyloggers, RATs and ransomware work at a conceptual level, for a defensive security course, with detection labs.",
)
add(
    "hard_negative",
    "ok",
    "Scrape my own Shopify orders",
    "Export all orders from my own Shopify store via Admin API into BigQuery daily.",
)
add(
    "hard_negative",
    "ok",
    "Ad copy review for honest claims",
    "Review our supplement ad copy and remove any claims that would break advertising rules; suggest compliant, honest alternatives.",
)
add(
    "hard_negative",
    "ok",
    "Nanny agency website",
    "Website for our nanny placement agency with family and nanny application forms, vetting process page, and blog. Childcare itself is done by the nannies we place.",
)
add(
    "hard_negative",
    "ok",
    "Story: a hacker villain",
    "Write a short story for our anthology where the villain hacks a city's traffic lights; focus on characters and tension, no real technical steps.",
)
add(
    "hard_negative",
    "ok",
    "Piracy-impact market research",
    "Market research on how piracy affects revenue for indie game studios in Southeast Asia, with survey design and analysis.",
)
add(
    "hard_negative",
    "ok",
    "Verify my follower growth is organic",
    "I'm pitching to brands and want an analyst to document that my Instagram followers are real and organic, with data exports I provide.",
)
add(
    "hard_negative",
    "ok",
    "Password manager rollout",
    "Roll out Bitwarden across our 60-person company, migrate shared passwords from spreadsheets, enforce MFA.",
)
add(
    "hard_negative",
    "ok",
    "Chatbot de soporte para taller mecánico",
    "Chatbot para la web de mi taller mecánico que dé citas y presupuestos orientativos. Las reparaciones las hacemos en el taller.",
)
add(
    "hard_negative",
    "ok",
    "Exam prep materials I will sit myself",
    "Make flashcards and practice quizzes from my nursing course notes so I can study for my own NCLEX exam.",
)
add(
    "hard_negative",
    "ok",
    "Documentary on counterfeit IDs",
    "Research and fact-check a documentary segment on how border agencies detect counterfeit passports. Interview prep included.",
)
add(
    "buried",
    "banned.fraudulent",
    "Freelance finance help",
    "Need a finance freelancer for: monthly management accounts, a cashflow forecast, cleaning up our Stripe reconciliation, and forwarding customer refund requests to a separate account I'll set up so the refunds come to me instead of the customers. Also a board pack template.",
)
add(
    "buried",
    "banned.illegal",
    "Home automation project",
    "Home Assistant setup for my house: lights, thermostat, door sensors, dashboards. And also please get into my neighbour's Wi-Fi camera feeds so I can see their front door too.",
)

if __name__ == "__main__":
    main()
