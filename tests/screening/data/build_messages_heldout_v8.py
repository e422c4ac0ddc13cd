"""Build messages_heldout_v8.jsonl: an independent held-out set of contract-thread messages.

Who and when: written by helper E (an AI assistant session acting as an independent author,
started by the coordinator of Direct Contracts) on 2026-12-06. Every message below was written
one by one for this set in this file; nothing was fetched, copied from another set, or
assembled from templates or slot lists by a program.

What was read: src/directcontracts/catalog/policy.py (the policy codes and their wording),
src/directcontracts/catalog/data/default_catalog.json (category names only), README.md (what
the product does, and its paragraphs on screening titles, descriptions and thread messages),
and ONE line of tests/screening/data/messages_heldout_v6.jsonl (for the line format).
What was NOT read: anything under src/directcontracts/screening/, docs/screening.md, any
other file under tests/screening/, the bench/eval_* scripts, any other messages_* set or its
build script, other helpers' worktrees. The screener was never run on this set.

Emphasis (v8): authors from many countries. About a third of the messages (roughly 80 of 240,
spread over both sides and every family) are not in English or are mixed (Spanish,
Portuguese, French, German, Italian, Indonesian, Hindi/Urdu in Latin letters, Tagalog-English,
Nigerian pidgin, Ghanaian English, Arabic and Russian in Latin letters);
the rest are English of many registers (one-liners, emojis, long polite business letters,
agency project managers, first-time clients unsure how escrow works). Many ordinary messages
mention money, banks, payment apps, phone numbers or calls in a way that keeps the money in
escrow and the talk about the work; the violations cover the same topics crossing the line,
often politely or indirectly (numbers spelled out, "the green app", "the usual way", "on the
side", "the middleman", "drop your digits"), in each of those languages. Regional English
(Indian, Nigerian, Ghanaian, Filipino) is counted as English; pidgin and Taglish as mixed.

Families (kind), 240 lines, 160 ok and 80 violations:
  money_payment   45 ok, 30 banned.fraudulent (paying or being paid outside escrow)
  contact_calls   30 ok, 20 banned.fraudulent (contact details shared to move off the platform)
  work_scope      45 ok, 30 violations: banned.illegal 8, banned.misleading 7,
                  banned.sexual 4, banned.fraudulent 4, excluded.off_the_shelf 4,
                  excluded.physical 3
  escrow_process  40 ok (status updates, reviews, first-time clients asking how it works)

Labels that could be argued, and how I decided them:
- Moving contact off the platform has no code of its own in policy.py. README says such a
  message is held like a request to pay outside escrow, and the purpose of both is to take the
  paid relationship out of escrow, so both are labelled banned.fraudulent ("taking payment
  outside the platform's escrow" is in its wording).
- A phone number, e-mail address or WhatsApp number that is the client's BUSINESS content to
  put on the site or app (a support line for the footer, a contact-form address, a booking
  button, a help-section number) is ok: it is the work, not a way to reach a party. Every
  number and address in the set is made up (the UK one is in a range kept for drama).
- Mentions of payment apps or banks that keep the money in the platform are ok: a payout that
  reached the freelancer's GCash or bank through the platform's payout, a bank blocking the
  card used on the funding page, a bank transfer made to fund escrow, a platform bonus, an
  invoice downloaded from the contract, a client recalling that a past freelancer elsewhere was
  paid by bank transfer.
- A client merely asking to pay by bank transfer/ACH/PayPal instead of escrow is a violation
  even if asked innocently (the brief's "asks to pay outside escrow"); "PayPal is not offered
  on the funding page, I'll use the card" is ok.
- Offering to do the NEXT project "without the middleman" for a lower rate is a violation: it
  proposes taking the future payment outside escrow, even though nothing is paid yet.
- Cash in person for the rest of a contract is a violation (outside escrow), not a physical task.
- Video calls "here"/on the platform, rescheduling calls, audio files uploaded to the thread,
  and a new colleague joining the thread are ok. Asking for a number or a social account to
  talk elsewhere is a violation even without a number in the message.
- Alarming-sounding but ordinary work is ok: "kill the old checkout", a leak "killing" a
  worker, a pentest of the client's own server with written authorisation, a phishing-awareness
  training module for the client's own staff, an article warning bank customers about phone
  scams, a deepfake-DETECTION model, a found SQL injection reported with a fix, translating a
  licensed hunting shop's firearm safety manual, weapon icons for a 16+ game, packaging for a
  licensed CBD brand, verbatim transcription of a police interview for a law firm, a sex-
  education brochure, subtitles that mark swearing as [explicit], kitchen knives copy.
- Physical businesses are ok when the work is knowledge work (booking page for a cleaning
  firm, calculator for movers, CV of a plumber, a car repair shop's site, catering landing
  page) and when the client does the physical errand (printing flyers, the carpenter fitting
  the kitchen from the freelancer's CAD files). A product video shot by the freelancer in their
  own studio with shipped samples is creative work (ok). Coming to the office to run cables
  and mount a TV, cleaning a flat before tenants arrive, and delivering parcels by motorbike are
  excluded.physical.
- Customising a theme or plugin the client bought is ok; selling a ready-made app's source,
  spare licence keys, a boilerplate zip "as-is, no support", and a 50k-follower Instagram
  account are excluded.off_the_shelf (buying an account is named there; it also misleads, but
  the account purchase is the thing asked).
- Proofreading a thesis chapter for grammar (the supervisor knows) and tutoring before an exam
  are ok; writing a whole master's thesis or research paper to hand in is banned.misleading;
  sitting someone's proctored exam is banned.illegal (policy.py lists it under illegal).
- Testimonials shown with the consent of real customers are ok; invented testimonials for a
  business with no customers yet are banned.misleading.
- Forged payslips for a loan and a money-mule request are banned.fraudulent (forged financial
  documents, money mules); a forged driving licence scan is banned.illegal (forged identity
  documents); running cards "from a friend" through a shop before they are blocked is
  banned.fraudulent (stolen cards).
- Future work offered "through this site" / "through here", a tax form uploaded to the thread,
  and a PO number for the invoice are ok; a freelancer's details hidden in the README or the
  last page of an uploaded PDF "for the next phases" is a violation (contact hidden in a file).
- Recovering the client's OWN store through the vendor's official recovery process is ok;
  getting into an ex-partner's account is banned.illegal.

Output: one JSON object a line, fields id ("msg-ho8-<kind>-NNN"), title (""), description,
policy, kind, sender. Order within each kind and in the file is a fixed shuffle
(random.Random(SEED)); running the script again writes the same bytes.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

SEED = 8_2026_12_06
OUT = Path(__file__).with_name("messages_heldout_v8.jsonl")

C = "client"
F = "freelancer"
OK = "ok"
FRAUD = "banned.fraudulent"
ILLEGAL = "banned.illegal"
MISLEADING = "banned.misleading"
SEXUAL = "banned.sexual"
SHELF = "excluded.off_the_shelf"
PHYSICAL = "excluded.physical"

MONEY_PAYMENT = [
    # ordinary: money, banks and apps, with the money staying in escrow
    (
        C,
        OK,
        "My bank blocked the card when I tried to fund milestone 2, apparently they flag foreign merchants. I called them, it should be fine tomorrow and I'll fund it then.",
    ),
    (
        F,
        OK,
        "No rush on the funding, I'll start the wireframes once the milestone shows as funded.",
    ),
    (C, OK, "just funded milestone 3 👍"),
    (
        C,
        OK,
        "Marta, the second milestone is in escrow now. Ping me when you start on the translations.",
    ),
    (
        F,
        OK,
        "Oi! Vi que o pagamento do marco 1 foi liberado, muito obrigado. Já comecei a parte do checkout.",
    ),
    (
        C,
        OK,
        "Is it normal that the money shows as 'funding pending'? I paid by bank transfer through the funding page about an hour ago.",
    ),
    (
        F,
        OK,
        "Good afternoon sir, please I have submitted the milestone since Tuesday, kindly help me to review it when you are less busy so the payment can release. God bless.",
    ),
    (
        C,
        OK,
        "Bonjour, ma banque a refusé le paiement (plafond dépassé). Je réessaie lundi avec une autre carte, désolé pour le retard.",
    ),
    (
        F,
        OK,
        "Thanks for releasing! The payout already landed in my account, faster than I expected.",
    ),
    (
        C,
        OK,
        "Can you do it cheaper? Our budget for the whole thing is around 1,200 and your quote is 1,800.",
    ),
    (
        F,
        OK,
        "I can drop to 1,500 if we remove the blog templates from milestone 2. I'll edit the milestone amounts here so you can accept the change.",
    ),
    (
        C,
        OK,
        "Bhai payment escrow mein daal diya hai, ab kaam start kar do please. Deadline 20 tarikh hai.",
    ),
    (
        F,
        OK,
        "Hi po! Na-receive ko na yung payout sa GCash ko, thank you so much po. Next milestone na tayo 😊",
    ),
    (
        C,
        OK,
        "Luca, logo milestone funded. Our corporate card sometimes acts up, so if it still shows pending tomorrow tell me.",
    ),
    (
        C,
        OK,
        "our finance team only pays on the 15th and the 30th, so milestone 4 gets funded on the 30th. hope that's ok",
    ),
    (
        F,
        OK,
        "Submitted milestone two a few minutes ago. Any revisions, send them via request changes and I'll handle them over the weekend.",
    ),
    (C, OK, "I released the first milestone. Great work on the onboarding screens!! 🎉"),
    (
        F,
        OK,
        "Quick question: the fee shown on my side is higher than I expected. Is the platform fee taken from my part or added to yours?",
    ),
    (
        C,
        OK,
        "PayPal isn't an option on the funding page in my country, it seems. I'll use the card, that's fine.",
    ),
    (
        F,
        OK,
        "Salam ya akhi, shukran 3al payment. Insha'Allah the next part will be ready by Sunday.",
    ),
    (C, OK, "Privet! Oplatil vtoroi etap, vse cherez escrow. Zhdu maket k pyatnice."),
    (
        F,
        OK,
        "I know the quote says EUR but my payout currency is GBP. The platform converts it at release, so nothing for you to do.",
    ),
    (
        C,
        OK,
        "Chale, the mobile money option didn't work on the funding page so I used my Visa. It should show now. Let me know.",
    ),
    (
        C,
        OK,
        "I requested a refund of milestone 3 since we dropped that part. Can you confirm on your end so it goes back through escrow?",
    ),
    (
        F,
        OK,
        "Sure, I agree to the refund for the analytics milestone, we never started it. Send the request and I'll accept.",
    ),
    (
        C,
        OK,
        "Dear Ms. Okafor, thank you for the detailed proposal. Before I fund the first milestone I would like to understand one thing: if the design is not what we expect, is the money returned to us, or does it go to you regardless? I have not used an escrow service before and my director will certainly ask me.",
    ),
    (
        F,
        OK,
        "Good question! The money stays in escrow until you release it. If you're not happy you can request changes, and if we can't agree there is a dispute process where the platform looks at it. Nothing comes to me until you approve or the review period ends.",
    ),
    (
        C,
        OK,
        "Oye, el banco me cobró comisión por cambio de moneda al financiar el hito. ¿Sabes si se puede pagar en pesos desde la plataforma?",
    ),
    (
        F,
        OK,
        "No pressure: fund the next milestone only after you've approved the prototype, I don't need anything in advance.",
    ),
    (
        C,
        OK,
        "Sorry for the late funding. Payroll day and the company account was frozen for 24h for a 'security review' lol. All sorted now.",
    ),
    (
        F,
        OK,
        "Could you split the last milestone in two? 600 for the API and 400 for the docs. Easier for both of us to review.",
    ),
    (
        C,
        OK,
        "Ich habe den Meilenstein jetzt freigegeben. Die Rechnung lade ich mir aus der Plattform herunter, oder schickst du eine separate?",
    ),
    (
        F,
        OK,
        "The invoice PDF is under the contract's documents, with your company VAT number on it. Let me know if your accountant needs anything else.",
    ),
    (
        C,
        OK,
        "Est-ce que je peux ajouter un bonus sur la plateforme ? Vous avez fini avant la date prévue et je voudrais vous remercier.",
    ),
    (
        F,
        OK,
        "Sir one thing, is the milestone funded or still pending? On my side it is still showing 'awaiting funding'.",
    ),
    (
        C,
        OK,
        "tbh I was scared to send money to a stranger online but the escrow thing makes sense now. funded",
    ),
    (
        F,
        OK,
        "Abeg no vex, I no fit finish am today, network wahala for my area. I go submit tomorrow morning latest. The money still dey escrow, no worry.",
    ),
    (
        C,
        OK,
        "Our accounts payable needs a W-8BEN from you before we release anything. Can you upload it here in the thread as a file?",
    ),
    (
        F,
        OK,
        "Sir, pwede po ba i-release na yung milestone 1? Na-approve niyo na daw po sabi ni Ma'am Joy kanina sa meeting niyo.",
    ),
    (
        C,
        OK,
        "Scusa il ritardo, la banca mi ha bloccato il bonifico verso la piattaforma per controlli antiriciclaggio. Dovrebbe sbloccarsi entro due giorni.",
    ),
    (
        C,
        OK,
        "Just so you know, I won't be able to approve before Monday, I'm travelling. The review period covers that, right?",
    ),
    (
        F,
        OK,
        "Terima kasih bu, dananya sudah masuk escrow. Saya mulai desain logonya hari ini, draft pertama hari Kamis.",
    ),
    (
        C,
        OK,
        "What happens to the money if you get sick and can't finish? Asking because my last freelancer vanished with half the budget (that was on another site, paid by bank transfer, never again).",
    ),
    (
        F,
        OK,
        "If I can't finish, the unfunded milestones get cancelled and anything funded but not delivered is refunded to you through the platform. That's the point of escrow 🙂",
    ),
    (
        C,
        OK,
        "Sorry, the card is not going through, my bank wants an SMS confirmation and the SMS never arrives. I will try with another card tomorrow.",
    ),
    # violations: the money leaves escrow
    (
        F,
        FRAUD,
        "Honestly the platform takes a big cut from both of us. For the next milestone you could send it straight to me and we split what we save, 50/50. Up to you.",
    ),
    (
        C,
        FRAUD,
        "I'd rather not fund the whole thing up front here. I can send half now through Wise to your personal account and the rest after, let me know your details.",
    ),
    (
        F,
        FRAUD,
        "Para el siguiente hito, si te parece, me haces una transferencia directa y así nos ahorramos la comisión. Te paso mi CBU por aquí.",
    ),
    (
        F,
        FRAUD,
        "Se preferir, pode me mandar por Pix, cai na hora e ninguém cobra taxa. Minha chave é o meu CPF, te mando em seguida.",
    ),
    (
        C,
        FRAUD,
        "Pour la suite je préfère vous régler par virement directement, c'est plus simple pour notre comptabilité. Envoyez-moi votre RIB.",
    ),
    (
        F,
        FRAUD,
        "Wenn du magst, kannst du mir die restlichen 800 € auch direkt überweisen, dann fällt die Gebühr weg. Die IBAN schicke ich dir gern.",
    ),
    (
        C,
        FRAUD,
        "We know each other by now, so the rest I can pay you off the site with a normal transfer. Just message me your IBAN.",
    ),
    (
        F,
        FRAUD,
        "For the next milestone can you transfer straight to my BCA account instead, so nothing gets deducted? I'll send the account number.",
    ),
    (
        F,
        FRAUD,
        "Sir agar aap direct UPI kar do toh fees bach jayegi, aapka bhi fayda mera bhi. Escrow mein sirf pehla milestone rakhte hain.",
    ),
    (
        F,
        FRAUD,
        "Ma'am, pwede po bang sa GCash niyo na lang ipadala yung bayad sa next phase? Mas mabilis po kasi, at walang kaltas.",
    ),
    (
        F,
        FRAUD,
        "Boss, to make am easy, you fit just send the balance to my bank for Naija, I go give you the account number. This site dey charge too much abeg.",
    ),
    (
        C,
        FRAUD,
        "I'll release 1 here so the site is happy and we do 2 and 3 between us, ok? I trust you.",
    ),
    (
        F,
        FRAUD,
        "Could you set milestone 2 to $50 and send the other $450 as a gift on PayPal? Friends & family, so no fees.",
    ),
    (
        C,
        FRAUD,
        "My company can't fund escrow, policy thing. Can I just pay your invoice directly by ACH like our other vendors?",
    ),
    (
        F,
        FRAUD,
        "Mozhno oplatit napryamuyu na kartu Tinkoff, bez komissii ploshchadki. Nomer karty skinu otdelnym soobshcheniem.",
    ),
    (
        F,
        FRAUD,
        "Ya habibi, law te7ebb ib3at el floos 3ala Western Union 3ala esmi, as2al w arkhas men el site.",
    ),
    (
        C,
        FRAUD,
        "Let's close this contract here after milestone 1 and continue privately, I'll pay you weekly in USDT, much easier for both of us.",
    ),
    (
        F,
        FRAUD,
        "For the remaining amount, if it's ok, please settle it the usual way my long-term clients do, outside of here. I'll explain the details once you say yes.",
    ),
    (
        C,
        FRAUD,
        "Please the escrow thing is delaying. I fit send you MoMo direct for the remaining balance? Just drop your number.",
    ),
    (
        F,
        FRAUD,
        "I have an invoice from my own company, you can pay it through a Stripe link and I'll just mark the milestones complete here so the contract closes clean.",
    ),
    (
        C,
        FRAUD,
        "¿Te puedo pagar por Bizum lo que falta? Es que por la plataforma tarda días en llegarte y a mí me cobran más.",
    ),
    (
        F,
        FRAUD,
        "To dodge the fees, how about we put a symbolic 1 € on the milestone and you send me the rest through Revolut?",
    ),
    (C, FRAUD, "bro skip the escrow for the small fixes, I'll just zelle you 100 each time"),
    (
        F,
        FRAUD,
        "After this project, if you want to hire me again, we can do it without the middleman. I'll give you a better rate since there's no commission.",
    ),
    (
        C,
        FRAUD,
        "Can we settle the rest in cash? I'm in Cologne next week anyway, I'll hand it to you in person.",
    ),
    (
        F,
        FRAUD,
        "Bu, kalau boleh bayarnya lewat OVO atau Dana aja langsung ke saya, ga usah lewat sini. Lebih cepet cair.",
    ),
    (
        F,
        FRAUD,
        "Bhai jaan, aap JazzCash ya Easypaisa pe bhej dein, yahan se nikalne mein hafte lag jaate hain. Number main alag se de deta hun.",
    ),
    (
        F,
        FRAUD,
        "Simple trick: I refund the escrow to you from my side, you pay me the same amount by bank transfer, and we both skip the 10%. Win win.",
    ),
    (
        C,
        FRAUD,
        "Can I release only the first milestone here and pay you the rest on the side? Works out cheaper for me.",
    ),
    (
        C,
        FRAUD,
        "Preferirei pagarti con PayPal direttamente, la carta sul sito non mi ispira fiducia. Mi dai la tua mail PayPal?",
    ),
]

CONTACT_CALLS = [
    # ordinary: calls on the platform, business contact details that are the work itself
    (C, OK, "can we do a video call here on Friday? 3pm my time (CET)"),
    (
        F,
        OK,
        "Friday 3pm CET works. I'll prepare the clickable prototype so we can go through it screen by screen.",
    ),
    (
        C,
        OK,
        "I'm not a phone person, can we keep everything in writing here? Easier for me to look back later.",
    ),
    (
        F,
        OK,
        "Perfecto, hacemos la llamada por aquí el jueves. Te comparto pantalla para revisar los textos del menú.",
    ),
    (
        C,
        OK,
        "Desculpa, não consegui entrar na chamada de vídeo hoje, meu filho estava doente. Remarcamos pra amanhã às 10?",
    ),
    (
        F,
        OK,
        "Just so you know, I'd like to keep all our communication in this thread, it protects both of us if anything goes wrong 🙂",
    ),
    (
        C,
        OK,
        "The support number needs to go in the footer of every page: +44 20 7946 0321. And the office address from the contact page of the old site.",
    ),
    (
        F,
        OK,
        "Footer updated with the support number and office address you sent. I also made the number a tap-to-call link for mobile users.",
    ),
    (
        C,
        OK,
        "Können wir morgen kurz per Videocall hier im Vertrag sprechen? Ich möchte die Farbvarianten gemeinsam durchgehen.",
    ),
    (
        F,
        OK,
        "I'd rather we write here, my written English is a lot better than my spoken English 😅",
    ),
    (
        C,
        OK,
        "Call pe baat kar lete hain kya? Platform wala video call chalega, bas mera mic thoda kharab hai.",
    ),
    (
        F,
        OK,
        "Sorry po, brownout dito samin kaya di ako naka-join sa call. Pwede po ba bukas ulit, same time?",
    ),
    (
        C,
        OK,
        "Good morning ma. I tried to call you through the platform this morning but it didn't connect. Kindly let me know a better time.",
    ),
    (
        C,
        OK,
        "My assistant Priya will answer day-to-day questions in the thread from now on, she's been added to our company account.",
    ),
    (
        F,
        OK,
        "Metto il numero WhatsApp del ristorante sul pulsante 'Prenota' come mi hai chiesto? Uso il link standard, così si apre la chat dal telefono del cliente.",
    ),
    (C, OK, "Don't email me the files, my inbox is a disaster. Upload them here please!"),
    (
        F,
        OK,
        "If you want a meeting we can do a video call here on Wednesday, I'll get the presentation ready.",
    ),
    (
        C,
        OK,
        "Davaite sozvonimsya zdes v chate po video v ponedelnik, obsudim strukturu bazy dannyh.",
    ),
    (F, OK, "Ok ya basha, call bokra el sa3a 5 hena fel platform. Ana ha3mel share screen."),
    (
        C,
        OK,
        "The contact form on the site should send to info@ourbakery.example, not to my personal address. Can you change that?",
    ),
    (
        F,
        OK,
        "Done: the contact form now goes to the info@ address. I tested it with a dummy message, check that inbox.",
    ),
    (
        C,
        OK,
        "Sorry I missed our call slot, back-to-back meetings. Let's reschedule, any time Wednesday after 2pm EST.",
    ),
    (
        F,
        OK,
        "Please I have seen your message. I will be offline tomorrow because of the public holiday, but I will reply here first thing on Tuesday.",
    ),
    (
        C,
        OK,
        "Our agency has a new project manager, Julien. He'll be writing to you in this thread from Monday.",
    ),
    (
        F,
        OK,
        "Could we record the walkthrough call? I'd like to write up the meeting notes afterwards and post them here.",
    ),
    (
        C,
        OK,
        "I won't be reachable this week (surgery), my colleague has access to the company account and can approve milestones.",
    ),
    (
        F,
        OK,
        "Could you send me a voice recording explaining the flow? If talking is easier than typing, just upload the audio file here.",
    ),
    (
        C,
        OK,
        "Te dejo el número de atención al cliente que tiene que salir en la app, en la sección Ayuda: 900 123 456.",
    ),
    (
        F,
        OK,
        "The test number for the SMS sandbox is in .env.example, I didn't put the real one in the repo.",
    ),
    (C, OK, "No calls please, I'm in an open-plan office. Writing here suits me better."),
    # violations: contact details to continue elsewhere
    (
        F,
        FRAUD,
        "It's easier to talk on the green app, my number is plus nine two three zero zero, one two three four five six seven.",
    ),
    (
        C,
        FRAUD,
        "search my name on LinkedIn, same as here, and message me there. we can discuss the bigger project privately",
    ),
    (F, FRAUD, "tg same username as here minus the underscore. faster replies there 😉"),
    (
        F,
        FRAUD,
        "Escríbeme al wasap y lo hablamos mejor: seis uno dos, tres cuatro cinco, seis siete ocho.",
    ),
    (C, FRAUD, "Me chama no zap que eu te explico melhor, 11 9 8765 4321. Aqui demora demais."),
    (
        F,
        FRAUD,
        "Ajoutez-moi sur WhatsApp, mon numéro c'est zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.",
    ),
    (
        C,
        FRAUD,
        "Better write to my private mail: firstname dot lastname at gmx dot de, then we can talk about the follow-up jobs.",
    ),
    (
        F,
        FRAUD,
        "Hit me up on Insta, same name as here with 'design' at the end, we can agree things better there.",
    ),
    (F, FRAUD, "Kak boleh minta nomor WA nya? Biar komunikasi lebih gampang, di sini suka delay."),
    (
        F,
        FRAUD,
        "Sir kindly share your WhatsApp number, I will explain by voice note there, typing here takes too much time.",
    ),
    (
        F,
        FRAUD,
        "Add niyo na lang po ako sa FB, same name and picture. Doon na lang tayo mag-usap para mabilis.",
    ),
    (C, FRAUD, "Abeg send me your digits make I call you direct, this chat dey slow."),
    (
        F,
        FRAUD,
        "Napishite mne v telege, nik tot zhe, chto i zdes. Tam udobnee obsudit detali i oplatu.",
    ),
    (
        F,
        FRAUD,
        "Kallemni 3ala el what's, el raqam yebda2 be sefr wa7ed... hab3atlak ba2i el raqam fel message el gaya.",
    ),
    (
        C,
        FRAUD,
        "my personal email is john dot harlow at proton dot me. send the files there and let's keep the rest between us",
    ),
    (
        F,
        FRAUD,
        "I've put my contact card in the README of the repo 😉 for anything urgent use that instead of the platform.",
    ),
    (
        C,
        FRAUD,
        "Would you mind giving me a number where I can reach you outside this site? We have a lot of work coming and I'd rather deal with you directly.",
    ),
    (
        F,
        FRAUD,
        "Skype: live colon ana underscore designs. ping me there whenever, I'm always online.",
    ),
    (
        C,
        FRAUD,
        "Please do you have WhatsApp? Drop it, I want to add you to our team group so we talk there.",
    ),
    (
        F,
        FRAUD,
        "Check the last page of the PDF I uploaded, my details are there. Easier to continue outside for the next phases.",
    ),
]

WORK_SCOPE = [
    # ordinary work, including requests that only sound alarming
    (
        C,
        OK,
        "We need to kill the old checkout flow completely and redirect everything to the new one. No legacy fallback.",
    ),
    (
        F,
        OK,
        "The memory leak was killing the worker every few hours. Fixed it, deploying to staging now.",
    ),
    (
        C,
        OK,
        "Please shoot the product video so the bottles look premium. We'll courier you 6 bottles for the shoot in your studio.",
    ),
    (
        C,
        OK,
        "Our cleaning company needs a booking page where customers choose rooms and hours. Think of it like a checkout for cleaning slots.",
    ),
    (
        C,
        OK,
        "Necesitamos un blog de recetas de cocina con buscador por ingredientes. Las fotos de los platos las hacemos nosotros.",
    ),
    (
        F,
        OK,
        "Terminei o tema que você comprou no ThemeForest: troquei as cores, as fontes e criei a página de cardápio.",
    ),
    (
        C,
        OK,
        "Can you do a penetration test of our own staging server? I've attached the signed authorisation from our CTO and the scope document.",
    ),
    (
        C,
        OK,
        "On aimerait une brochure d'éducation à la santé sexuelle pour les lycéens, ton neutre et médical, relue par notre infirmière scolaire.",
    ),
    (
        C,
        OK,
        "Für unser Umzugsunternehmen brauchen wir einen Kostenrechner auf der Website: Zimmeranzahl, Stockwerk, Entfernung.",
    ),
    (
        F,
        OK,
        "I'll write the phishing-awareness module for your staff: five realistic sample emails with the red flags highlighted, for internal training only.",
    ),
    (
        C,
        OK,
        "Please add a reviews section to the product page that pulls our real Trustpilot reviews through their API.",
    ),
    (
        C,
        OK,
        "Ci serve la traduzione del manuale di sicurezza per le armi da caccia del nostro negozio autorizzato. Solo testo, 40 pagine.",
    ),
    (
        F,
        OK,
        "The competitor price tracker is running. It only reads public product pages and respects robots.txt.",
    ),
    (
        C,
        OK,
        "Humare dental clinic ke liye appointment app chahiye, patient apna slot khud book kar sake. Design simple rakhna.",
    ),
    (
        F,
        OK,
        "Tapos na po yung subtitles ng documentary, kasama na yung mga mura ng interviewees, naka-mark po as [explicit] sa SRT.",
    ),
    (
        C,
        OK,
        "Please we need flyers for our church harvest thanksgiving. The printing we will do ourselves at the press in Ikeja.",
    ),
    (
        C,
        OK,
        "I lost the phone with my 2FA app and I'm locked out of my own Shopify store. Can you walk me through Shopify's official recovery steps?",
    ),
    (
        C,
        OK,
        "Write a short story for our anthology, theme 'the heist'. Some violence is fine, it's for adults, but nothing graphic.",
    ),
    (
        F,
        OK,
        "Attaching the retouched photos of your kitchen renovation for the portfolio page. I removed the power cables and brightened the cabinets.",
    ),
    (
        C,
        OK,
        "Nuzhno napisat statyu o tom, kak moshenniki obmanyvayut pensionerov po telefonu, dlya sayta nashego banka, chtoby predupredit klientov.",
    ),
    (C, OK, "3ayzeen logo gedeed lel mat3am, w design lel menu. El tab3a ehna hanetsarraf fiha."),
    (
        C,
        OK,
        "Can you migrate our customer accounts from WooCommerce to Shopify? About 3,000 users, they'll need a password reset email.",
    ),
    (
        F,
        OK,
        "For the escape room website I used a 'bomb countdown' timer on the homepage, tell me if it's too much.",
    ),
    (
        C,
        OK,
        "We sell kitchen knives, Japanese steel. Need product descriptions for 40 SKUs, SEO optimised.",
    ),
    (
        C,
        OK,
        "Could you lay out the customer reviews we got by email as quotes on the homepage? First names only, the customers agreed.",
    ),
    (
        F,
        OK,
        "Sales analysis done. Heads up: there's a weird spike in February, looks like a loading error. Shall we drop it?",
    ),
    (
        C,
        OK,
        "Preciso de um tutor de estatística pra me explicar regressão antes da prova, não pra fazer a prova por mim kkk",
    ),
    (
        C,
        OK,
        "Can you proofread my thesis chapter? Only grammar and clarity, my supervisor knows I'm using an editor.",
    ),
    (
        F,
        OK,
        "Finished the CAD drawings for the kitchen. Your carpenter does the fitting, I'm only supplying the files.",
    ),
    (
        C,
        OK,
        "We bought a Figma plugin licence for the team, can you build our design system with it?",
    ),
    (
        C,
        OK,
        "Mas, tolong bikin video animasi 30 detik untuk jasa laundry kami. Voice over bahasa Jawa ya.",
    ),
    (
        C,
        OK,
        "our game has guns and zombies (rated 16+), need 20 more weapon icons in the same pixel art style",
    ),
    (
        F,
        OK,
        "Your pitch deck is ready. I used exactly the numbers you gave, didn't add any assumptions of my own.",
    ),
    (
        C,
        OK,
        "We need someone to manage our Instagram page, post 3 times a week and reply to comments. No buying followers o, we want real people.",
    ),
    (
        F,
        OK,
        "I found a SQL injection in the login form while testing your app. I didn't touch any data, here's the fix and a short report.",
    ),
    (
        C,
        OK,
        "Puoi aggiornare il CV di mio marito in inglese? Ha 20 anni di esperienza come idraulico, gli serve per candidarsi in Irlanda.",
    ),
    (
        C,
        OK,
        "Could you design the packaging for our CBD oil? We're licensed in Colorado, and every label needs the state warning text.",
    ),
    (
        F,
        OK,
        "Ma'am, okay na po yung landing page ng catering business ninyo, nilagay ko na yung menu at pricing.",
    ),
    (
        C,
        OK,
        "We'd like an online first-aid course for parents, short videos and a quiz at the end.",
    ),
    (
        C,
        OK,
        "Sdelaite, pozhaluista, redizain sayta nashego avtoservisa. Remont mashin my delaem sami, nuzhen tolko sayt.",
    ),
    (F, OK, "The deepfake detection model is trained, 94% on the held-out clips. Report attached."),
    (
        C,
        OK,
        "Please transcribe the police interview recording for our law firm. It's evidence in a case, so verbatim including pauses.",
    ),
    (
        F,
        OK,
        "I customised the WordPress theme you bought and set up a child theme so updates won't overwrite anything.",
    ),
    (
        C,
        OK,
        "need a bot that auto-replies to customers on our own WhatsApp Business account, using the official API",
    ),
    (
        C,
        OK,
        "Mumkin te3mel translation lel contract men English lel Arabic? Da 3a2d igar sha2a, mesh 3ayzeen ay ghalta.",
    ),
    # violations: work the policy bans or excludes
    (
        C,
        ILLEGAL,
        "I need to get into my ex's Instagram to read her messages. I know her email, you figure out the rest. Paying double.",
    ),
    (
        C,
        ILLEGAL,
        "Need someone to take my nephew's online exam on Saturday, logged in as him. It's camera-proctored but people say it can be done.",
    ),
    (
        C,
        ILLEGAL,
        "can you make a scan of a driving licence with my photo but a different name? it's for a car rental, nothing shady",
    ),
    (
        C,
        ILLEGAL,
        "Tem como fazer um app que fica escondido no celular da minha esposa e me manda a localização e as conversas dela?",
    ),
    (
        F,
        ILLEGAL,
        "I can also get around the activation on that CAD software so your team doesn't need to buy seats, just say the word.",
    ),
    (
        C,
        ILLEGAL,
        "Mi serve un programmino che, installato sul PC del mio socio, mi mandi tutto quello che digita. Lui non deve saperlo.",
    ),
    (
        C,
        ILLEGAL,
        "Bhai ek college ki website hai, uske result database mein thode marks badalne hain. Kar sakte ho? Achha paisa dunga.",
    ),
    (
        C,
        ILLEGAL,
        "Nuzhno skachat vse sezony seriala i vylozhit na nash sait, chtoby lyudi smotreli besplatno, s nashei reklamoi.",
    ),
    (
        C,
        MISLEADING,
        "We need 60 five-star Google reviews spread over the next two months, different names and writing styles so it looks natural.",
    ),
    (
        C,
        MISLEADING,
        "Tu peux écrire mon mémoire de master en entier ? Je le rendrai sous mon nom, personne ne vérifie vraiment.",
    ),
    (
        C,
        MISLEADING,
        "Can you bump our TikTok by 20k followers before launch? Main thing is the number goes up first.",
    ),
    (
        C,
        MISLEADING,
        "Mach bitte ein Video, in dem unser Bürgermeister sagt, dass er zurücktritt. Stimme und Gesicht müssen echt wirken.",
    ),
    (
        F,
        MISLEADING,
        "Also, for the app store launch I can arrange a few hundred ratings from my network's devices, all 5 stars of course.",
    ),
    (
        C,
        MISLEADING,
        "I need someone to write testimonials from 'happy customers' for my new business. We don't have customers yet but it's to build trust.",
    ),
    (
        C,
        MISLEADING,
        "Pwede po bang ikaw na gumawa ng buong research paper ko? Ipapasa ko po sa prof namin, due na sa Friday.",
    ),
    (
        C,
        SEXUAL,
        "Looking for explicit erotic chapters for my paid subscribers, the more graphic the better. 10k words a month.",
    ),
    (
        C,
        SEXUAL,
        "Quiero ilustraciones de desnudos explícitos de personajes de anime para vender en mi Patreon.",
    ),
    (
        C,
        SEXUAL,
        "need someone to do flirty sexual roleplay chats with the members of our adult site, night shifts",
    ),
    (
        C,
        SEXUAL,
        "Cerco una ragazza per chat erotiche in videochiamata con i miei clienti, pagamento al minuto.",
    ),
    (
        C,
        FRAUD,
        "Build a login page that looks exactly like Chase's, same logo and same feel in the URL. We'll send the link to a list we have.",
    ),
    (
        C,
        FRAUD,
        "I need three payslips showing a higher salary than mine so the bank approves the loan. Same template as my company's.",
    ),
    (
        C,
        FRAUD,
        "I have some cards from a friend, I need a small shop website to run them through before they get blocked.",
    ),
    (
        C,
        FRAUD,
        "3ayez had ye2bal flos 3ala 7esabo w yeba3atha le 7esab tani, we'll give him 10% kol mara.",
    ),
    (
        C,
        SHELF,
        "Do you have a ready-made food delivery app source code you can just sell me? I don't need changes, just the files and the rights.",
    ),
    (C, SHELF, "Got any spare Windows licence keys? We need 15 for the office."),
    (
        F,
        SHELF,
        "Instead of building it, I can sell you my existing SaaS boilerplate as it is, 300 for the zip, no support.",
    ),
    (
        C,
        SHELF,
        "Bhai koi purana Instagram account hai 50k followers wala? Kharidna hai, niche fashion.",
    ),
    (
        C,
        PHYSICAL,
        "Can you come to our office Saturday and set up the printers, run the network cables and mount the TV in the meeting room?",
    ),
    (
        C,
        PHYSICAL,
        "Could you also clean the flat before the tenants arrive? It's in Lyon, 3rd arrondissement.",
    ),
    (
        C,
        PHYSICAL,
        "Sekalian mas, bisa tolong antar barang dari gudang ke pelanggan di Bekasi pakai motor? Dibayar per titik.",
    ),
]

ESCROW_PROCESS = [
    (C, OK, "hi, first time using this. do I pay now or after you finish?"),
    (
        F,
        OK,
        "You fund each milestone before I start it, the money sits in escrow, and you release it when you're happy with the delivery.",
    ),
    (
        C,
        OK,
        "Hi Daniel, hope your week is going well. Following our kickoff, a summary of the action items: (1) you'll share the sitemap by Wednesday, (2) we'll send the brand assets and copy deck by Thursday, (3) milestone 1 covers the homepage and two inner templates. Our client has asked for an extra round of revisions on the homepage; if that affects the timeline, please propose an updated due date on the milestone and I'll get it approved internally. Many thanks, Sophie (Project Manager, Northlight Agency)",
    ),
    (F, OK, "sent v2 🙏"),
    (C, OK, "👀 looking now"),
    (C, OK, "approved ✅"),
    (
        F,
        OK,
        "Hey! Uploaded the final version with the changes you asked for. If it all looks right you can approve the milestone.",
    ),
    (C, OK, "Looks gorgeous!!! Just change the shade of blue on the button and send it again."),
    (
        F,
        OK,
        "Milestone 2 delivered. Source file is in the zip, fonts included.",
    ),
    (
        C,
        OK,
        "Sorry for the late reply, we were at a trade fair all week. I'll look at the delivery first thing tomorrow.",
    ),
    (
        F,
        OK,
        "Ho caricato le bozze. Fammi sapere se preferisci la versione A o la B, poi finalizzo.",
    ),
    (
        C,
        OK,
        "Mas, revisinya masih kurang sesuai. Saya request changes ya, detailnya ada di file PDF.",
    ),
    (
        F,
        OK,
        "Ji sir, changes kar diye hain. Homepage ka banner bhi naya laga diya, check kar lijiye.",
    ),
    (
        C,
        OK,
        "Grabe ang ganda! Pero pwede po bang i-adjust yung font size sa mobile? Medyo maliit po.",
    ),
    (
        F,
        OK,
        "Good evening sir. I have uploaded the corrected version. I remain grateful for your patience. Kindly review and revert.",
    ),
    (C, OK, "Thank you, everything is excellent. I accept the work, the stage can be closed."),
    (F, OK, "Tamam, ana 3adelt el colors zay ma 2olt. Law fi 7aga tanya 2olli."),
    (
        C,
        OK,
        "what's the difference between 'request changes' and opening a dispute? I just want a couple of fixes, not a fight lol",
    ),
    (
        F,
        OK,
        "Request changes is the normal one, it just sends it back to me with your notes. A dispute is only if we really can't agree.",
    ),
    (
        C,
        OK,
        "If I don't click anything during the review period, what happens? I'm away from the 12th to the 20th.",
    ),
    (
        F,
        OK,
        "If the review period ends without an answer, the milestone is released automatically. Since you're away, I'll submit after the 20th instead.",
    ),
    (
        C,
        OK,
        "Dear Mr. Haddad, I hope this message finds you well. On behalf of our board, I would like to thank you for the quality of the annual report layout. We have one small request before final approval: the chairman's photograph on page 3 should be replaced with the new portrait we uploaded yesterday. Once that is done, we will approve the milestone without delay. Kind regards, Margaret Lindqvist, Company Secretary",
    ),
    (
        C,
        OK,
        "Team update: I'm handing this account to my colleague Tomás from Monday. He has full access to the contract and can approve milestones. Please keep everything in this thread so nothing gets lost in the handover.",
    ),
    (F, OK, "Heads up: I'll be offline Dec 24-26. Milestone 3 is still on track for the 30th."),
    (C, OK, "can u add one more milestone for the newsletter template? same price as the blog one"),
    (
        F,
        OK,
        "Added 'Newsletter template' as milestone 5 for 250. Accept it when you're ready and fund it whenever suits you.",
    ),
    (
        C,
        OK,
        "Perdona la pregunta de novato, ¿cuándo te pagan a ti exactamente? ¿Cuando yo apruebo o cuando termina el contrato?",
    ),
    (
        F,
        OK,
        "Oi! Quando você aprova, o valor do marco é liberado pra mim. O contrato continua ativo pros próximos marcos.",
    ),
    (
        C,
        OK,
        "Je ne comprends pas bien le système de séquestre, c'est la première fois. L'argent est-il bloqué chez vous ou chez la plateforme ?",
    ),
    (
        F,
        OK,
        "Das Geld liegt bei der Plattform, nicht bei mir. Ich bekomme es erst, wenn du den Meilenstein freigibst.",
    ),
    (
        C,
        OK,
        "Ok got it. So if I'm not satisfied I can ask for changes before paying? Perfect.",
    ),
    (
        C,
        OK,
        "Herh this design paa, it's fire 🔥🔥 Approving now. My sister will also hire you for her boutique logo, through this site.",
    ),
    (
        F,
        OK,
        "Sorry sir, one day late because of a power cut in my area. The file is uploaded now.",
    ),
    (
        C,
        OK,
        "I'm going to be honest, this isn't what I asked for. The brief said minimal and this is very busy. Requesting changes with notes.",
    ),
    (F, OK, "Totally fair, I over-designed it. Stripping it back today, new version tomorrow."),
    (
        C,
        OK,
        "Dobryi den. Ya vpervye rabotayu cherez takuyu sistemu. Esli ya nazhmu 'release', eto uzhe nelzya otmenit?",
    ),
    (
        F,
        OK,
        "Sir tension mat lijiye, release se pehle aap jitni baar chahe changes maang sakte hain.",
    ),
    (
        C,
        OK,
        "Our procurement team asks whether the contract PDF counts as a purchase order. They need a PO number on the invoice, ours is PO-22817.",
    ),
    (F, OK, "Sige po, ilalagay ko po yung PO number sa invoice. Salamat po sa pasensya!"),
    (
        C,
        OK,
        "Thank you for everything, Amara. Leaving you a review now, and I'll invite you to the next phase through here.",
    ),
]

FAMILIES = {
    "money_payment": MONEY_PAYMENT,
    "contact_calls": CONTACT_CALLS,
    "work_scope": WORK_SCOPE,
    "escrow_process": ESCROW_PROCESS,
}


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    rows: list[dict[str, str]] = []
    for kind, items in FAMILIES.items():
        order = list(items)
        rng.shuffle(order)
        for n, (sender, policy, text) in enumerate(order, start=1):
            rows.append(
                {
                    "id": f"msg-ho8-{kind}-{n:03d}",
                    "title": "",
                    "description": text,
                    "policy": policy,
                    "kind": kind,
                    "sender": sender,
                }
            )
    rng.shuffle(rows)
    return rows


def check(rows: list[dict[str, str]]) -> None:
    ids = [r["id"] for r in rows]
    texts = [r["description"].strip().lower() for r in rows]
    assert len(rows) == 240, len(rows)
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(texts)) == len(texts), "duplicate texts"
    ok = sum(r["policy"] == OK for r in rows)
    assert ok == 160, ok
    assert len(rows) - ok == 80, ok
    for r in rows:
        assert r["sender"] in (C, F), r


def main() -> None:
    rows = build()
    check(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for line in OUT.read_text(encoding="utf-8").splitlines():
        json.loads(line)
    print(f"wrote {len(rows)} lines to {OUT.name}")
    print("per kind and policy:")
    for (kind, policy), n in sorted(Counter((r["kind"], r["policy"]) for r in rows).items()):
        print(f"  {kind:15} {policy:24} {n}")
    print("per policy:")
    for policy, n in sorted(Counter(r["policy"] for r in rows).items()):
        print(f"  {policy:24} {n}")
    print("per sender:", dict(Counter(r["sender"] for r in rows)))


if __name__ == "__main__":
    main()
