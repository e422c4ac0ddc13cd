#!/usr/bin/env python3
"""Hand-written labelled briefs for the Direct Contracts work-policy screener (author O)."""
import json, os, collections

KINDS = {"ok", "hard_negative", "direct", "buried", "no_trigger"}
POLICIES = {"ok", "banned.illegal", "banned.fraudulent", "banned.misleading",
            "banned.sexual", "excluded.physical", "excluded.off_the_shelf"}
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
            f.write(json.dumps({"id": f"o-{i:04d}", "title": t, "description": d,
                                "policy": p, "kind": k}, ensure_ascii=False) + "\n")
    print("total", len(ITEMS))
    print("per kind:", dict(collections.Counter(x[0] for x in ITEMS)))
    print("per policy:", dict(collections.Counter(x[1] for x in ITEMS)))
    print("kind x policy:", dict(collections.Counter((x[0], x[1]) for x in ITEMS)))


# ---------------- batch 1 ----------------
# add(kind, policy, title, description)

# ---------------- batch 1 ----------------
add("hard_negative", "ok", "Fake review detection model for our marketplace",
    "We run a mid-sized home-goods marketplace and suspect some sellers are buying fake 5-star reviews. We need a data scientist to build a classifier on our own review data that flags suspicious bursts, reused phrasing and reviewer-account clusters. Output is a risk score our trust team reviews by hand; no reviews get written or posted.")
add("hard_negative", "ok", "Phishing awareness module for our 200 employees",
    "Looking for an instructional designer to create a 30-minute e-learning course teaching our own staff how to recognise phishing emails, spoofed invoices and fake login pages. Include annotated example screenshots (clearly marked as training material) and a short quiz. Delivered as SCORM for our LMS.")
add("hard_negative", "ok", "Authorised pentest of our SaaS web app before SOC 2 audit",
    "I'm the CTO of a small B2B SaaS. We want a grey-box penetration test of our own production-like staging environment, with a signed scope and rules-of-engagement letter. Deliverable: findings report ranked by CVSS plus retest after fixes.")
add("hard_negative", "ok", "Website and online booking for a house cleaning company",
    "My wife and I run a residential cleaning business in Leeds. We need a simple WordPress site with service pages, a price calculator and a booking form that syncs with Google Calendar. We do the cleaning ourselves; we just need the website built.")
add("hard_negative", "ok", "Content moderation guidelines rewrite",
    "Our community forum needs its moderation rulebook rewritten so volunteer mods apply it consistently. It must spell out what is banned (sale of drugs or weapons, doxxing, explicit sexual content, scam links) with borderline examples and escalation steps. Tone: plain, firm, not legalistic.")
add("hard_negative", "ok", "Long-form article on the history of banknote forgery",
    "Freelance history writer wanted for a 3,000-word feature for our numismatics magazine on famous counterfeiting cases, from Operation Bernhard to the 'supernote'. Focus on how the forgeries were detected and the security features that followed. Sources must be cited.")
add("hard_negative", "ok", "Crime novel chapter edit - drug smuggling plot",
    "I've drafted chapter 12 of my crime thriller, where a customs officer uncovers a cocaine shipment hidden in banana crates. I need a developmental editor to tighten the pacing and dialogue and check that the police procedure feels believable. About 6,500 words.")
add("hard_negative", "ok", "Statistics tutor - explain concepts, not do my assignment",
    "Second-year psychology student struggling with ANOVA and regression. I want weekly one-hour video sessions where you explain the concepts using practice problems from the textbook. To be clear, I will do my graded coursework myself; I just need to understand it.")
add("hard_negative", "ok", "Sexual health FAQ pages for a youth clinic",
    "Our NHS-partnered youth clinic needs 12 medically accurate, age-appropriate FAQ pages on contraception, STI testing, consent and where to get help. Writer should have health-comms experience; a clinician will review everything before publication.")
add("hard_negative", "ok", "Customise the Shopify theme I already purchased",
    "I bought the Prestige theme for my jewellery shop and have the licence. I need a developer to adjust the product page layout, add a size-guide popup and fix mobile menu spacing. Not looking to buy any new theme or app.")
add("hard_negative", "ok", "Check my own Android phone for stalkerware",
    "After a bad breakup I'm worried my ex installed something on my phone. I'd like a security professional to guide me over a video call through checking my own device for spyware, reviewing app permissions and securing my Google account. I own the phone and all accounts involved.")
add("hard_negative", "ok", "AML transaction monitoring rules for a fintech",
    "We're an EMI-licensed payments startup and need a compliance analyst to design anti-money-laundering monitoring scenarios: structuring, rapid pass-through (money mule patterns) and high-risk corridors. Deliver rule logic, thresholds with rationale and an alert-handling playbook for our ops team.")
add("hard_negative", "ok", "Dispatch software for a removals company",
    "We're a moving company with six vans. Need a developer to build a web app where office staff assign jobs to crews, customers get SMS updates and drivers see their route. Our crews do the physical moving; this is purely the scheduling software.")
add("hard_negative", "ok", "Documentary research: the Silk Road darknet market",
    "Research assistant needed for a podcast documentary about the rise and takedown of Silk Road. Compile a timeline from court records and reputable journalism, list key people and the investigative techniques the FBI used. No access to live darknet sites required or wanted.")
add("hard_negative", "ok", "Chargeback and stolen-card fraud analysis",
    "Our online ticketing shop saw a spike in chargebacks last quarter, likely stolen card numbers being tested. Looking for a fraud analyst to review our anonymised transaction exports, identify card-testing patterns, and recommend Stripe Radar rules and velocity limits.")

# ---------------- batch 2 ----------------
add("hard_negative", "ok", "Trust & safety: scam message taxonomy for our dating app",
    "Dating app here. Romance scammers keep moving users off-platform to ask for crypto. We want someone to label ~3,000 reported conversations from our own moderation queue into a scam taxonomy and write detection heuristics. Must sign an NDA; data stays in our environment.")
add("hard_negative", "ok", "Plumbing business - Google Ads and landing page",
    "hi, I'm a self-employed plumber in Ohio. need someone to set up google ads for emergency leak repairs and a landing page with a call button. I'll do the plumbing lol, you do the marketing")
add("hard_negative", "ok", "Malware analysis write-up for our incident report",
    "Our finance PC was hit by a loader last week; we've isolated a sample in a sandbox. We need an experienced reverse engineer to analyse it defensively, extract IOCs and YARA rules, and write the section of our incident report explaining infection chain and remediation.")
add("hard_negative", "ok", "Illustrated guide to spotting fake ID documents for bar staff",
    "We own four bars and keep getting fake IDs at the door. Looking for a designer plus writer to make a laminated one-page guide and a short training deck showing staff which security features to check on UK driving licences and passports, and what to do when they suspect a fake.")
add("hard_negative", "ok", "Journalism fact-check: deepfake video circulating of our mayor",
    "Local newsroom. A video claiming to show our mayor taking a bribe is going viral and we believe it's a deepfake. Need a media forensics specialist to analyse the clip and write up methodology and confidence level we can cite in our fact-check story.")
add("hard_negative", "ok", "Care agency rota and family portal app",
    "We're a home-care agency with 40 carers. Looking for a team to build a mobile app where carers log visits and families can see visit notes. Needs GDPR-compliant hosting. The caregiving itself is done by our staff, obviously.")
add("hard_negative", "ok", "Academic integrity policy and detection workflow",
    "University writing centre seeks a consultant to draft our academic integrity guidance on contract cheating and essay mills, including red flags tutors can look for and a fair process for investigating suspected ghostwritten submissions.")
add("hard_negative", "ok", "Site web pentru o firmă de curățenie din Cluj",
    "Avem o firmă mică de curățenie în Cluj-Napoca și avem nevoie de un site web modern cu formular de programare online și prețuri. Curățenia o facem noi, căutăm doar pe cineva care să construiască site-ul și să-l optimizeze pentru Google.")
add("hard_negative", "ok", "Utbildningsmaterial om nätfiske för vår personal",
    "Vi är en kommun med cirka 300 anställda och vill ta fram en kort utbildning om hur man känner igen nätfiskemejl och falska fakturor. Materialet ska bestå av en presentation, tre exempelmejl tydligt märkta som övning och ett kort test.")
add("hard_negative", "ok", "Penetrační test naší vlastní e-shopové aplikace",
    "Provozujeme e-shop s elektronikou a před Vánocemi chceme autorizovaný penetrační test našeho webu a API. Rozsah a pravidla podepíšeme předem. Výstupem má být zpráva se zjištěnými zranitelnostmi a doporučeními k nápravě.")
add("hard_negative", "ok", "Άρθρο για την ιστορία του λαθρεμπορίου ναρκωτικών στον Πειραιά",
    "Ψάχνουμε δημοσιογράφο για ερευνητικό άρθρο 2.500 λέξεων σχετικά με την ιστορία του λαθρεμπορίου ναρκωτικών μέσω του λιμανιού του Πειραιά τον 20ό αιώνα. Η έμφαση είναι στις έρευνες των αρχών και στον κοινωνικό αντίκτυπο, με τεκμηριωμένες πηγές.")
add("hard_negative", "ok", "Thiết kế quy trình phát hiện đánh giá giả cho sàn thương mại",
    "Chúng tôi là một sàn thương mại điện tử nhỏ tại TP.HCM. Cần chuyên gia dữ liệu xây dựng quy trình phát hiện đánh giá giả và tài khoản ảo dựa trên dữ liệu của chính chúng tôi, kèm báo cáo và bảng điều khiển cho đội kiểm duyệt.")
add("hard_negative", "ok", "Tutor sa Calculus - paliwanag lang, hindi sasagutan ang exam ko",
    "Kailangan ko ng tutor sa Calculus 1 para ipaliwanag ang limits at derivatives gamit ang mga practice problem. Ako mismo ang sasagot sa mga quiz at exam ko, gusto ko lang talagang maintindihan ang lesson. Dalawang beses kada linggo sa Zoom.")
add("hard_negative", "ok", "Mafunzo ya kutambua ulaghai wa M-Pesa kwa wateja wetu",
    "Sisi ni SACCO ndogo huko Nakuru. Tunahitaji mwandishi na mbunifu wa kuandaa vipeperushi na video fupi zinazowafundisha wanachama wetu jinsi ya kutambua jumbe za ulaghai na simu za udanganyifu zinazoomba PIN. Lugha iwe rahisi.")
add("hard_negative", "ok", "Настройка купленной темы WordPress для блога о кулинарии",
    "Я купила тему Foodica и у меня есть лицензия. Нужно настроить главную страницу, карточки рецептов и ускорить загрузку на мобильных. Новую тему покупать не нужно, только доработка существующей.")

# ---------------- batch 3 ----------------
add("hard_negative", "ok", "Screenplay polish: heist film about art forgers",
    "Feature script (98 pages) about a 1970s art forger and the detective chasing him. Need a script doctor to sharpen act two and the interrogation scenes. It's fiction; no technical how-to is needed beyond what reads as plausible on screen.")
add("hard_negative", "ok", "Firearm licensing compliance checklist for a shooting club",
    "Our licensed target shooting club needs a compliance consultant to turn the current firearms regulations into a clear checklist and member handbook covering storage, transport and record-keeping. Document work only.")
add("hard_negative", "ok", "Bot and fake follower audit of our brand's Instagram",
    "We suspect an old agency bought followers for our brand account years ago. Please audit our own account's follower base, estimate the share of fake/bot accounts and recommend a clean-up plan so our engagement metrics are honest again.")
add("hard_negative", "ok", "Translate harm-reduction leaflets for a drug services charity",
    "We are a registered charity offering drug counselling. Need our five harm-reduction and overdose-awareness leaflets translated from English into Polish and Lithuanian, keeping the tone non-judgemental. Medical terms must be accurate.")
add("hard_negative", "ok", "Invoice fraud controls for our accounts payable team",
    "Mid-size manufacturer, we almost paid a forged supplier invoice last month after a bank-detail change email. Looking for a finance controls consultant to design a vendor verification procedure, call-back rules and staff training on business email compromise.")
add("hard_negative", "ok", "Restaurant menu design and food photography editing",
    "Our Thai restaurant needs new menu layouts (dine-in and takeaway) and colour-correction of 40 food photos we already shot. We're not looking for a chef or cater staff, just design work delivered as print-ready PDFs.")
add("hard_negative", "ok", "Research literature review: online child-safety classifiers",
    "For a non-profit report, summarise published research (2018-2025) on automated detection of grooming and sexual exploitation content on platforms, focusing on accuracy, privacy trade-offs and human-review practices. No handling of any actual abusive material; academic sources only.")
add("hard_negative", "ok", "Account takeover detection for our gaming platform",
    "Players on our own game servers are losing accounts to credential stuffing. We need a backend engineer to add login anomaly detection, rate limiting, and optional 2FA to our authentication service, plus a dashboard of suspicious login attempts.")
add("hard_negative", "ok", "Kurs de educație sexuală pentru liceeni - conținut online",
    "Suntem un ONG care lucrează cu școli din Iași. Căutăm un autor cu experiență în sănătate publică pentru a scrie 8 lecții online despre consimțământ, contracepție și prevenirea infecțiilor cu transmitere sexuală, adecvate vârstei de 15-18 ani. Materialele vor fi verificate de un medic.")
add("hard_negative", "ok", "Bokningssystem för vår flyttfirma",
    "Vi driver en flyttfirma i Göteborg och behöver en utvecklare som bygger ett enkelt bokningssystem där kunder får offert baserat på antal rum och avstånd. Själva flyttarna sköter vi, vi behöver bara programvaran.")
add("hard_negative", "ok", "Kontrola mého vlastního iPhonu na sledovací software",
    "Mám podezření, že v mém telefonu může být sledovací aplikace. Hledám odborníka na bezpečnost, který mě přes videohovor provede kontrolou vlastního zařízení, nastavením Apple ID a zabezpečením účtů. Telefon i všechny účty jsou moje.")
add("hard_negative", "ok", "Οδηγός εκπαίδευσης για την πρόληψη ξεπλύματος χρήματος",
    "Είμαστε μικρό ανταλλακτήριο συναλλάγματος στη Θεσσαλονίκη. Χρειαζόμαστε σύμβουλο συμμόρφωσης να γράψει εγχειρίδιο AML/KYC για το προσωπικό, με παραδείγματα ύποπτων συναλλαγών και διαδικασία αναφοράς στην αρχή.")
add("hard_negative", "ok", "Viết chương tiểu thuyết trinh thám về đường dây làm giả giấy tờ",
    "Tôi đang viết một cuốn tiểu thuyết trinh thám lấy bối cảnh Hà Nội, trong đó nữ thanh tra phá một đường dây làm giả hộ chiếu. Cần biên tập viên góp ý cốt truyện và chỉnh sửa văn phong cho chương 7 và 8.")
add("hard_negative", "ok", "Website para sa aming laundry at dry-cleaning shop",
    "May maliit kaming laundry shop sa Quezon City. Kailangan namin ng website na may presyo, online na pag-book ng pickup, at link sa GCash. Kami ang maglalaba, website lang ang kailangan namin.")
add("hard_negative", "ok", "Uchambuzi wa usalama wa programu yetu ya simu (kwa idhini)",
    "Kampuni yetu ya fintech jijini Dar es Salaam inahitaji mtaalamu kufanya jaribio la usalama lililoidhinishwa kwa programu yetu ya Android na API zake. Tutasaini mkataba wa wigo wa kazi kabla ya kuanza, na tunataka ripoti ya udhaifu na mapendekezo.")

# ---------------- batch 4 ----------------
add("hard_negative", "ok", "Правила модерации для маркетплейса объявлений",
    "Нужен специалист по trust & safety, чтобы написать правила модерации для нашей доски объявлений: что запрещено (наркотики, оружие, поддельные документы, мошеннические схемы) и как модератору действовать в спорных случаях. Плюс 20 разобранных примеров.")
add("hard_negative", "ok", "تدريب الموظفين على اكتشاف رسائل التصيد الاحتيالي",
    "نحن شركة تأمين في عمّان ونريد مصممًا تعليميًا لإعداد دورة قصيرة لموظفينا حول التعرّف على رسائل التصيد الاحتيالي والروابط المزيفة. يجب أن تتضمن أمثلة توضيحية واختبارًا قصيرًا في النهاية.")
add("hard_negative", "ok", "موقع إلكتروني لشركة سباكة مع نظام حجز مواعيد",
    "أملك شركة صغيرة للسباكة في الرياض. أحتاج إلى موقع ثنائي اللغة (عربي وإنجليزي) يعرض خدماتنا ويتيح للعملاء حجز موعد وإرسال صور للمشكلة. أعمال السباكة نفسها يقوم بها فريقي.")
add("hard_negative", "ok", "Hamis értékelések kiszűrése a saját webshopunkban",
    "Online könyvesboltunkban gyanús, tömeges ötcsillagos értékelések jelentek meg a konkurencia termékeinél is. Adatelemzőt keresünk, aki saját adatainkon szabályokat és egyszerű modellt készít a hamis értékelések kiszűrésére, moderátori felülvizsgálattal.")
add("hard_negative", "ok", "Korrepetálás kémiából - magyarázat, nem házi feladat megoldása",
    "Gimnazista fiam kémiából gyengén áll. Olyan tanárt keresünk, aki online elmagyarázza a sztöchiometriát és a redoxireakciókat gyakorló feladatokon keresztül. A beadandókat és dolgozatokat ő maga írja meg.")
add("hard_negative", "ok", "Аналіз шкідливого ПЗ для звіту про інцидент",
    "Наша бухгалтерія постраждала від фішингового листа з шкідливим вкладенням. Шукаємо фахівця з кібербезпеки, який проаналізує зразок в ізольованому середовищі, складе індикатори компрометації та рекомендації щодо захисту.")
add("hard_negative", "ok", "Стаття про історію підробки документів у XX столітті",
    "Для науково-популярного журналу потрібна стаття на 2000 слів про те, як підпільники й спецслужби підробляли паспорти під час Другої світової війни і як їх викривали. Лише історичний огляд із посиланнями на джерела.")
add("hard_negative", "ok", "Laman web untuk syarikat penjagaan warga emas",
    "Kami sebuah pusat jagaan warga emas di Shah Alam. Perlukan pereka web untuk membina laman web dengan maklumat perkhidmatan, galeri dan borang pertanyaan keluarga. Penjagaan dilakukan oleh kakitangan kami sendiri.")
add("hard_negative", "ok", "Latihan pematuhan AML untuk kakitangan koperasi",
    "Koperasi kami memerlukan perunding untuk menyediakan modul latihan pencegahan pengubahan wang haram, termasuk tanda amaran akaun keldai wang dan prosedur laporan transaksi mencurigakan kepada pihak berkuasa.")
add("hard_negative", "ok", "Personalizare temă WooCommerce cumpărată deja",
    "Am cumpărat licența pentru tema Flatsome pentru magazinul meu de haine. Am nevoie de un dezvoltator care să modifice pagina de produs, să adauge filtre după mărime și să repare afișarea pe mobil. Nu vreau să cumpăr altă temă.")
add("hard_negative", "ok", "Kapitel till min deckare: polisens utredning av en knarkliga",
    "Jag skriver en kriminalroman som utspelar sig i Malmö och behöver en lektör som granskar två kapitel där en kriminalinspektör kartlägger ett narkotikanätverk. Fokus på trovärdig polisiär arbetsgång och dialog, inte på tekniska detaljer.")
add("hard_negative", "ok", "Vzdělávací videa o sexuálním zdraví pro vysokoškoláky",
    "Studentský spolek při univerzitě hledá scenáristu pro sérii pěti krátkých osvětových videí o prevenci pohlavně přenosných nemocí, antikoncepci a souhlasu. Obsah zkontroluje lékařka z univerzitní poradny.")
add("hard_negative", "ok", "Σύστημα ανίχνευσης απάτης με κλεμμένες κάρτες για το e-shop μας",
    "Το ηλεκτρονικό μας κατάστημα δέχεται πολλές συναλλαγές με κλεμμένες κάρτες. Ζητάμε προγραμματιστή να προσθέσει κανόνες ανίχνευσης απάτης, 3D Secure και ειδοποιήσεις για ύποπτες παραγγελίες στο δικό μας σύστημα πληρωμών.")
add("hard_negative", "ok", "Phần mềm quản lý lịch cho công ty dịch vụ chuyển nhà",
    "Công ty chuyển nhà của chúng tôi ở Đà Nẵng cần một ứng dụng web để xếp lịch xe tải, báo giá tự động và gửi tin nhắn cho khách. Việc bốc vác do đội ngũ của chúng tôi đảm nhận, chúng tôi chỉ cần phần mềm.")
add("hard_negative", "ok", "Исследование: как распознают дипфейки в новостях",
    "Для медиаграмотного онлайн-курса нужен автор, который напишет урок о том, как журналисты проверяют видео на дипфейки: признаки подделки, инструменты верификации и разбор трёх известных случаев.")

if __name__ == '__main__':
    main()
