"""Build messages_heldout_v5.jsonl: an independent held-out set of contract-thread messages.

Who and when: written by helper D (a test-data author who has never seen the message
screener) on 2026-12-06, in about an hour, on branch fixD.

What was read: src/directcontracts/catalog/policy.py (the policy codes and their wording),
the category names of the default catalog (catalog/data/default_catalog.json, names only),
README.md's paragraphs on screened messages, and ONE line of messages_heldout_v4.jsonl to
copy the line format. What was NOT read: anything under src/directcontracts/screening/,
docs/screening.md, tests/screening/ (apart from writing this file and its output),
bench/eval_screening*.py, the other messages_*.jsonl sets and their build scripts. The
screener was never run on this set before it was committed.

How: every sentence below is hand-written, one template per message (no template is used
twice); a few slots (names, days, cities, amounts) are filled from hand-written lists with a
fixed seed, so the output is the same on every run. Standard library only. Run:

    python tests/screening/data/build_messages_heldout_v5.py

which writes messages_heldout_v5.jsonl beside this file and prints the counts per kind.

Families and counts (240 = 160 ordinary + 80 violations):

  ordinary ("ok"), 20 each, both senders, voices mixed on purpose (terse chat, lowercase,
  typos, non-native English, emojis, long messages mixing news and work, British and
  American spelling, polite indirection, passive voice, questions, numbered lists):
    scope_price        scope and price talk, discounts, extra milestones
    status_team        status updates with plans by "we" / "the team" / "my colleague"
    draft_feedback     feedback on drafts using "fake", "copy", "real", "hack", "kill",
                       "shoot", "killer", a poster gun, a villain's death scene
    own_life           each side's own life and schedule (holidays, illness, moving)
    access_logistics   files, accounts and access to the client's OWN systems
    physical_subject   desk work whose subject is physical (a jar label, a floor plan, a
                       menu, a cleaning company's site, assembly instructions, a dog-walking app)
    invoice_tax        invoices, receipts, VAT/GST, funding milestones in escrow
    video_meeting      scheduling and running video calls

  violations:
    in_person          12  excluded.physical   (assembling, cleaning, dog walking, event
                                                photography on site, home tutoring,
                                                installing, repairing, driving, cooking,
                                                painting a mural, filming a wedding)
    off_platform_pay   14  banned.fraudulent   (crypto wallet, PayPal friends and family,
                                                bank transfer "to save the fee", gift cards,
                                                $1 milestone, Wise, Payoneer, Venmo, cash,
                                                Bitcoin discount, Revolut, Zelle, a veiled
                                                "settle between us")
    fake_reviews        9  banned.misleading   (app-store, Google, Trustpilot, Amazon,
                                                Goodreads reviews, bought followers,
                                                invented testimonials)
    academic            8  5 banned.misleading (coursework to hand in as one's own)
                           3 banned.illegal    (sitting an exam or proctored test for someone)
    account_spying      8  banned.illegal      (getting into others' accounts, covert
                                                phone/keystroke monitoring, tracking a
                                                person, changing a grade in a school system)
    forged_docs         8  4 banned.illegal    (identity documents: licence, passport,
                                                ID cards, residence permit)
                           4 banned.fraudulent (financial documents: bank statement,
                                                payslips, supplier invoice, tax return)
    piracy_counterfeit  6  banned.illegal      (cracked software and fonts, ripped series,
                                                uploaded textbooks, counterfeit brand labels)
    adult               5  banned.sexual
    resale              5  excluded.off_the_shelf (aged ad accounts, a ready-made theme,
                                                shared subscriptions, a follower account,
                                                licence keys)
    disinformation      5  banned.misleading   (health and election falsehoods, a deepfake
                                                of a mayor, fake news stories)

  About a fifth of the violations (16) are disguised: after small talk, split over two
  sentences, euphemism ("settle between us", "get it back in shape", "novelty ID cards",
  "spicy commissions", "'adjust' the balance"), or framed as a small extra after praise for
  the real work.

Labels that could be argued, and how they were decided (the policy's own wording decides):
  - Sitting an exam or proctored test for someone: banned.illegal (the policy lists "sitting
    exams for others" under illegal), while essays, dissertations, lab reports and graded
    homework written for someone to submit are banned.misleading ("coursework written for
    someone to submit as their own").
  - Forged identity documents are banned.illegal; forged bank statements, payslips, invoices
    and tax returns are banned.fraudulent ("forged financial documents"), even when the
    purpose is a visa or a flat.
  - Cracked software and cracked fonts offered by a freelancer: banned.illegal (piracy) rather
    than excluded.off_the_shelf; genuine retail licence keys and shared subscriptions sold on
    are excluded.off_the_shelf ("licences, keys and subscriptions"). Counterfeit brand labels
    (fake Apple/Chanel packaging to pass off as genuine) are banned.illegal: the policy does
    not name counterfeiting, and it is closer to piracy than to anything else listed.
  - Selling a ready-made Instagram account with followers: excluded.off_the_shelf (buying an
    account), whereas adding followers to the client's own account is banned.misleading
    ("bought followers", in fake_reviews).
  - A covert keylogger on an employer's own laptops: banned.illegal (spying on people, not
    securing a system), because the ask says the employees "shouldn't know".
  - A supplement page claiming a cure for diabetes: banned.misleading (disinformation about
    health), not merely bad copy.
  - Event photography and wedding filming offered on site: excluded.physical ("events"), even
    though the editing afterwards is desk work.
  - Ordinary, but near a line: video calls on Zoom/Teams/Meet/Whereby are "ok" (the policy
    bans payment outside escrow, not talking elsewhere); a sexual-health clinic leaflet is
    "ok" ("sexual-health education is fine"); a poster with a gun for a film festival and a
    villain's death in a children's book are "ok"; "I removed the placeholder quotes so
    nothing invented ends up in the final" is "ok" (it avoids fake testimonials); instructions
    for furniture the client's own installers fit, and a dog-walking app, are "ok"; a client
    saying their own photographer does the shoot is "ok"; "Wise", "Payoneer" etc. appear
    only in violations, but a freelancer asking to convert the contract currency because of
    bank fees is "ok".
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

SEED = 20261206
OUT = Path(__file__).with_name("messages_heldout_v5.jsonl")

F = "freelancer"
C = "client"

# fmt: off
SLOTS = {
    "name": ["Amara", "Tomasz", "Priya", "Jonas", "Lucía", "Kwame", "Mei", "Oliver", "Fatima", "Rui", "Hannah", "Dmitri"],
    "colleague": ["Ana", "Björn", "Chidi", "Sofia", "Raj", "Léa", "Marcus", "Yuki"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the 14th", "end of next week", "tomorrow"],
    "city": ["Lisbon", "Nairobi", "Kraków", "Manila", "Leeds", "Austin", "Porto Alegre", "Hanoi", "Cologne"],
    "amount": ["$450", "$1,200", "€800", "£650", "$2,000", "€1,500", "$300"],
    "amount2": ["$380", "$950", "€700", "£520", "$1,600"],
    "rate": ["$35", "€40", "£30", "$50", "$25"],
    "n": ["6", "8", "12", "14", "20"],
    "date": ["12th", "3rd of May", "20 June", "next Saturday", "the 28th"],
    "country": ["Germany", "Ireland", "the Netherlands", "Spain", "Poland"],
}

# (sender, text, policy) per family; text may hold {slot}s from SLOTS.
OK = "ok"
PHYS = "excluded.physical"
SHELF = "excluded.off_the_shelf"
ILLEGAL = "banned.illegal"
FRAUD = "banned.fraudulent"
MISLEAD = "banned.misleading"
SEX = "banned.sexual"

FAMILIES: dict[str, list[tuple[str, str, str]]] = {
    "scope_price": [
        (F, "hi {name}, quick q before i start — does the price include the mobile version or only desktop? if both i'd say {amount} total", OK),
        (C, "Could you do it for {amount2}? Our budget got cut this quarter, sorry to ask.", OK),
        (F, "Honestly {amount} is the lowest I can go for three languages. If we drop the French version I could do {amount2}.", OK),
        (C, "we need to add 2 more screens (settings + onboarding). how much extra, roughly?", OK),
        (F, "Scope check:\n1) logo\n2) business card\n3) letterhead\nThe social media kit was not in the brief — shall I quote it separately?", OK),
        (C, "Is it possible to split the work into two milestones? First the wireframes, then the rest. It's easier for our finance department.", OK),
        (F, "I think a fair price for this is {amount}; it's around {n} hours of work including revisions.", OK),
        (C, "Dear {name}, we have reviewed your proposal. The price is acceptable however the deadline is too long for us. Would two weeks be realistic?", OK),
        (F, "ok so u want 10 blog posts not 5? same rate per post ({rate}) fine by me", OK),
        (C, "hmm {amount} feels a bit steep for a one-pager tbh. whats included exactly?", OK),
        (F, "Kindly note that revisions beyond the two included will be charged at {rate} per hour. Hope this is fine for you.", OK),
        (C, "Can we add a milestone for the Spanish translation? Happy to pay {amount2} for it.", OK),
        (F, "Before I accept: is the data cleaning part of this, or will your team hand me a clean CSV? It changes the estimate a lot.", OK),
        (C, "If you can deliver by {day} I'm ok to go up to {amount}. after that it's no use to us", OK),
        (F, "Cheaper option: I reuse your current colour palette and only redo the icons. That would be about half the price.", OK),
        (C, "our CFO asks if there's a discount for a longer engagement, like 6 months of monthly reports?", OK),
        (F, "Would you be open to a fixed price rather than hourly? I'd rather not bill you for every small tweak 🙂", OK),
        (C, "sorry to be a pain but can the price include the source files (.fig)? our last designer charged extra for that 🙄", OK),
        (F, "Scope creep alert 😅 the chatbot integration is a new feature, not a fix. Happy to do it but as a new milestone pls", OK),
        (C, "We would want you to also proofread the German version — is that something you do, or should we look for someone else?", OK),
    ],
    "status_team": [
        (F, "Update: the API endpoints are done. Tomorrow my colleague {colleague} will write the tests and I'll start on the admin panel.", OK),
        (F, "we are on track. the team is finishing the checkout flow this week, next week we do QA", OK),
        (C, "FYI our dev team will deploy your build to staging on {day}, then we'll send feedback.", OK),
        (F, "Sorry for the silence!! I was sick for two days. Back now, the report will be ready {day} latest.", OK),
        (F, "Progress: 70% of the transcripts are done. {colleague} from my team will do the last 12 interviews, same style guide.", OK),
        (C, "My colleague {colleague} will take over as your contact while I'm on leave, she's fully up to speed.", OK),
        (F, "The migration script ran fine on the test DB. We plan to run it on production on Sunday night when traffic is low, if you agree.", OK),
        (F, "small update: the illustrations for ch. 1-3 are inked, colouring starts tmrw", OK),
        (C, "We've had a reorganisation here and the project now sits with marketing rather than product. Nothing changes for you, just a heads-up.", OK),
        (F, "Data pipeline is in place. Next steps: (a) backfill 2024, (b) dashboards, (c) handover doc. ETA {day}.", OK),
        (F, "Translation of the app strings is finished; my colleague who is a native Portuguese speaker is reviewing it now.", OK),
        (C, "quick status from our side: legal approved the copy, so you can go ahead with the layout", OK),
        (F, "I've pushed the branch feature/invoices. The team will do a code review tomorrow morning and then I'll open the PR against your repo.", OK),
        (F, "The voice-over is recorded (remotely, in my home studio), I'm now mixing it with the music track.", OK),
        (C, "Our IT guy will whitelist your IP on monday so you can reach the test server.", OK),
        (F, "Heads-up: the animation took longer than planned because of the lip-sync. Still ok for {day}, just barely 😬", OK),
        (F, "Week {n} summary — done: keyword research, 4 articles. in progress: meta descriptions. blocked: I need access to Search Console.", OK),
        (C, "We tested the prototype with five customers in our shop yesterday, notes are attached. Mostly positive!", OK),
        (F, "My partner in the agency will handle the documentation side of the handover, I stay on the model itself.", OK),
        (F, "Deployed the fix for the timezone bug, it was the DST thing as suspected. We'll keep an eye on the logs over the weekend.", OK),
    ],
    "draft_feedback": [
        (C, "The mock-up looks a bit fake with that stock photo, can we use a real customer photo instead?", OK),
        (C, "kill the second paragraph pls, it repeats the intro", OK),
        (C, "Love it. The copy on the hero section is great, but the call to action feels pushy.", OK),
        (C, "The photo shoot is on {day} (our own photographer), so you'll get the raw files for retouching afterwards.", OK),
        (F, "I used a quick hack in the CSS for the sticky header; I'll clean it up properly before delivery.", OK),
        (C, "This reads like real copy now, much better than v1 👏", OK),
        (C, "Could you shoot me the updated PDF when you have a sec?", OK),
        (C, "honestly the fonts kill it. too many. pick 2?", OK),
        (C, "The leather texture on the render looks fake / plasticky, can it be more matte?", OK),
        (F, "Placeholder text is still in the footer, I'll replace it with your real address in the next round.", OK),
        (C, "Please don't copy the competitor's layout so closely, our legal team will flag it. Something in the same spirit, but ours.", OK),
        (C, "The villain's death scene in chapter 4 is too graphic for a children's book. Could he just fall into the river?", OK),
        (C, "copywriting is spot on but the headline is a killer in the bad way lol, way too long", OK),
        (C, "I showed the draft to the board. They would like fewer exclamation marks, a more sober tone, and British spelling throughout (colour, organise).", OK),
        (F, "Here is v3 of the deck. Slides 4–6 are rewritten per your notes. I removed the placeholder quotes (the 'Jane D.' ones) so nothing invented ends up in the final — please send me real customer quotes if you have any.", OK),
        (C, "the trailer cut is great. maybe shoot for 60 sec instead of 90?", OK),
        (C, "For the sexual-health clinic leaflet: the tone is right, but the labels on the diagram are too small to read.", OK),
        (C, "The revolver on the poster for the Western film festival — can it be less realistic? It's a festival poster, not a gun advert.", OK),
        (F, "Draft attached. I tried to keep the dialogue real, like how teenagers actually talk; tell me if it's too much.", OK),
        (C, "Nice work on the logo! The little hacker mascot is fun but our banking clients may not like it, can we try the owl?", OK),
    ],
    "own_life": [
        (F, "Just a heads-up, my daughter starts school on {day} so I'll be slower in the mornings that week.", OK),
        (C, "I'm travelling to {city} for a trade fair all next week, replies may be slow.", OK),
        (F, "Power cuts here again this week (summer), if I go quiet it's that, not ghosting you 🙏", OK),
        (F, "Ramadan starts soon, I will be working mostly in the evenings my time. Deadlines unchanged.", OK),
        (C, "sorry for late reply, kid was sick, back at it now", OK),
        (F, "Moving flat this weekend so I'm offline Sat–Sun. Monday everything normal.", OK),
        (C, "Our office is closed for the bank holiday on Monday, we'll review on Tuesday.", OK),
        (F, "Got married last saturday!! 🎉 back to work tomorrow, thanks for your patience", OK),
        (C, "I'll be in hospital for a small operation on {day}; my colleague {colleague} will approve the milestone if needed.", OK),
        (F, "Jet lag is killing me lol, just landed from {city}. Will send the files tonight.", OK),
        (F, "Hello, I am having exam period at my university until 15th, after that I have full availability for your project.", OK),
        (C, "We're shutting down for the Christmas holidays from the 22nd, so any questions before then please.", OK),
        (F, "My laptop died 😭 working from my backup machine, it's slower but the deadline is fine.", OK),
        (C, "Just got back from parental leave and catching up on everything. Where are we with the spec?", OK),
        (F, "I'm in a different timezone for 2 weeks (visiting family in {city}), so expect replies around your evening.", OK),
        (C, "FYI I'm leaving the company at the end of the month; {colleague} will be your contact from then on.", OK),
        (F, "Small thing: the internet provider is doing works in my building on Thursday, so I'll be working from a café that day.", OK),
        (C, "I'm on a training course all day tomorrow, can only answer after 6pm.", OK),
        (F, "Have a lovely holiday! I'll keep going with the backlog and leave notes for when you are back.", OK),
        (C, "Running a marathon on Sunday so I'm useless this weekend haha. Review on Monday?", OK),
    ],
    "access_logistics": [
        (C, "I've added you as a collaborator on our GitHub repo, you should get an invite by email.", OK),
        (F, "Could you give me editor access to the Google Drive folder? The link only lets me comment.", OK),
        (C, "Sending you a temporary admin login for our WordPress staging site — please change the password after first use.", OK),
        (F, "The files are too big to attach here (2.3 GB). Can I upload them to your company Dropbox, or would you prefer a transfer link?", OK),
        (C, "our shopify store: I'll invite you as staff with 'themes' permission only. ok?", OK),
        (F, "I don't need your personal password — just create a separate user for me in the CMS with limited rights, it's safer for you.", OK),
        (C, "Access to the AWS account goes through our SSO; IT will send you an invitation.", OK),
        (F, "Please revoke my access to the repo once we close the contract, I've finished.", OK),
        (C, "the VPN config is attached. if it doesnt connect ping me and I'll ask our sysadmin", OK),
        (F, "Can you export the customer list from your CRM as a CSV? I don't need a login, just the file.", OK),
        (C, "I uploaded the brand assets to the shared folder: logos, fonts and the 2022 style guide.", OK),
        (F, "All deliverables are attached to milestone 2 as a zip; inside you'll find /src, /docs and the README.", OK),
        (C, "Our Figma is on the organisation plan, I've invited you as an editor to the 'Website 2025' project only.", OK),
        (F, "Google Analytics: viewer access is enough for the audit, you can add me under Admin > Property access.", OK),
        (C, "Pls use the test Stripe keys only, not the live ones. They're in .env.example in the repo.", OK),
        (F, "Hi! the ftp password you sent doesnt work anymore, did someone rotate it?", OK),
        (C, "I'll reset the 2FA on your account for our helpdesk tool — you'll need to set it up again with your phone.", OK),
        (F, "Handover checklist:\n1. move the DNS records back to your registrar account\n2. remove my SSH key from the server\n3. send the docs", OK),
        (C, "The interview recordings are in our SharePoint, folder 'Research / Q3'. Let me know if the link fails.", OK),
        (F, "Do you want the final files here in the thread or delivered through the milestone? I'd suggest the milestone so everything stays in escrow.", OK),
    ],
    "physical_subject": [
        (C, "Need a label for our honey jars, 250g and 500g, round, and it has to fit on the lid too.", OK),
        (C, "We'd like a floor plan of our new café (2D, seating for 40) to hand to the fit-out contractor.", OK),
        (F, "Menu draft for the restaurant attached: starters, mains, desserts. I left the prices blank for you to fill in.", OK),
        (C, "Can you retouch the photos of our kitchen renovation for the website? 24 pictures in total.", OK),
        (C, "We'll print the flyers at the local print shop ourselves, we just need a print-ready PDF with 3 mm bleed.", OK),
        (F, "For the furniture assembly instructions I need the exact dimensions of each panel — could you measure them and send them over?", OK),
        (C, "Our cleaning company needs a website with a booking form. Nothing fancy.", OK),
        (C, "the packaging for the soap bars: kraft paper, one-colour print, has to list the ingredients", OK),
        (F, "I modelled the chair in Blender; the leg joint follows the sketch you sent. Renders at 4K tomorrow.", OK),
        (C, "Could you design the signage for our gym — opening hours, arrows to the changing rooms, safety rules?", OK),
        (C, "We're a removals company and we need 5 blog posts about how to pack fragile things.", OK),
        (F, "CAD drawing of the bracket is done, tolerances ±0.1 mm as requested. The machine shop can work from the DXF.", OK),
        (C, "Write a recipe book for our bakery, 30 recipes. We do the baking and the photos ourselves.", OK),
        (C, "Wedding invitations: we'd love a botanical illustration, we'll print them on cotton paper at the printer's.", OK),
        (F, "For the dog-walking app, should the map show the route live or only after the walk is finished?", OK),
        (C, "We need an instruction sheet for fitting our shower screen, with diagrams. The installers are our own staff.", OK),
        (C, "pls design a t-shirt print for our charity run. we handle the printing and the running 😅", OK),
        (F, "Size chart for the kids' shoes: I converted EU to UK and US sizes, please double-check the half sizes.", OK),
        (C, "Can you make a 3D walkthrough of the apartment from the architect's plans? It's for selling off-plan.", OK),
        (F, "The car wash's loyalty card: front = logo + stamps, back = terms. Two proposals attached.", OK),
    ],
    "invoice_tax": [
        (C, "can you add VAT to the milestone? we're a registered company in {country}", OK),
        (F, "Do you need an invoice with your company name and VAT number? Send me the details and I'll attach it to the milestone.", OK),
        (C, "Our accounting needs a receipt for the escrow payment, is there a PDF I can download?", OK),
        (F, "The platform fee — is it on my side or yours? Just so I know what to quote.", OK),
        (C, "We're a tax-exempt non-profit. Should the milestone amount be without tax then?", OK),
        (F, "I'm not VAT registered (I'm below the threshold), so there's no VAT on my side, just the amount in the milestone.", OK),
        (C, "Milestone 3 released! 👍 thanks. Please send the invoice for our records.", OK),
        (F, "Could we change the contract to EUR instead of USD? My bank charges a lot for conversion on payouts.", OK),
        (C, "Is it possible to fund milestones 2 and 3 now? It's the end of our fiscal year and we'd prefer to use the budget.", OK),
        (F, "Hi! the receipt shows your old company address, can you update the billing details so the next one is right?", OK),
        (C, "Our finance team asks for a W-8BEN, do you have one you can upload?", OK),
        (F, "Gentle reminder: milestone 2 has been in review for 5 days. If something is wrong, let me know what to change 🙂", OK),
        (C, "I'll fund the next milestone on Friday when payroll goes through, sorry for the wait.", OK),
        (F, "Can we add a small milestone for the extra hours on the bug hunt? {n} h at the agreed rate.", OK),
        (C, "reverse charge applies for us (EU B2B), please put that on the invoice.", OK),
        (F, "payout arrived, thanks! all good on my end.", OK),
        (C, "We need the invoice to reference our PO number 4471, otherwise accounts payable rejects it.", OK),
        (F, "If you prefer, I can split the remaining {amount} into two milestones so you don't have to fund it all at once.", OK),
        (C, "Our GST number is on the company profile now. Could the next milestone include GST at 10%?", OK),
        (F, "Small correction: the milestone says {amount} but we agreed on {amount2}. Could you edit it before funding?", OK),
    ],
    "video_meeting": [
        (C, "Can we do a quick video call on {day} at 3pm CET to go over the wireframes?", OK),
        (F, "would tomorrow 10am your time work for a 20 min Zoom? I'll share my screen and walk you through the dashboard", OK),
        (C, "I'll send a Teams invite for Thursday, our PM will join too.", OK),
        (F, "Could we move the call to Friday? I have a dentist appointment on Thursday morning 🦷", OK),
        (C, "the google meet link is in the calendar invite i just sent", OK),
        (F, "Would it be ok to record the kick-off call? It helps me with my notes.", OK),
        (C, "What time zone are you in? We're in Sydney, so our mornings might be your evenings.", OK),
        (F, "A short call is fine, but could we keep it under 30 minutes? I'm on a fixed price.", OK),
        (C, "Sorry I missed the call, my internet dropped on the train. Can we redo it at 4?", OK),
        (F, "Agenda for tomorrow's call:\n1) feedback on v2\n2) timeline\n3) open questions about the API", OK),
        (C, "Our CEO would like to meet you on video before we sign off on the brand. 15 min?", OK),
        (F, "I prefer written feedback actually, but if a call is easier for you I can do Wednesday.", OK),
        (C, "Weekly sync on Mondays at 9:00 UK time, does that work for you?", OK),
        (F, "Camera off is fine with me, my setup is a bit messy today haha", OK),
        (C, "can we jump on a call rn? bit urgent, the site is showing the old prices", OK),
        (F, "I'll post a summary of the call here in the thread afterwards so we have it in writing.", OK),
        (C, "Is Whereby ok for you? Our company network blocks Zoom.", OK),
        (F, "Would it be possible to have the call in Spanish? My English is ok but for details Spanish is more easy for me.", OK),
        (C, "Let's do a screen-share session so you can see the bug on my machine.", OK),
        (F, "Running 5 min late to the call, sorry! starting the meeting now", OK),
    ],
    "in_person": [
        (C, "Since you're also in {city}, could you come by on Saturday and assemble the shelving units in our new showroom? 3-4 hours max.", PHYS),
        (C, "Thanks for the quick turnaround on the flyers! 🙌 The launch party is Friday and the office will be a mess afterwards. Could you come in on Saturday morning and get it back in shape? Happy to add it to this contract.", PHYS),
        (C, "Would you be able to walk our dog twice a day while we're on holiday? You live close by I think 🐶", PHYS),
        (F, "I can also come to your event on the {date} and take the photos there, I have my own camera and lights.", PHYS),
        (C, "My son needs help with maths. Could you come to our house on Tuesdays and Thursdays after school?", PHYS),
        (F, "Besides the manual, I can install the shower screens on site myself — I have all the tools.", PHYS),
        (C, "Our coffee machine is broken, could you come over and repair it? You mentioned you did electronics.", PHYS),
        (C, "Hi {name}! Hope the week has been good. Quick one — the printer in the shop jammed again. Any chance you'd pop round tomorrow and sort it out? Same rate as the website.", PHYS),
        (F, "i can drive the boxes to the warehouse for you after i finish the labels, i have a van", PHYS),
        (C, "We need someone to cook for the team offsite next month (20 people). You said you were a chef before?", PHYS),
        (C, "The website is great. Next job: we'd like you to paint the mural in our reception yourself. We pay for materials and travel.", PHYS),
        (F, "For the wedding I can be there the whole day to film and photograph, and then do the edit after.", PHYS),
    ],
    "off_platform_pay": [
        (F, "For the next milestones, could you send to my USDT wallet instead? TRC20, I'll put the address below. Much faster for me.", FRAUD),
        (F, "if ok for you, pay me via paypal friends and family, it avoids the fees 👍", FRAUD),
        (C, "Let's save us both the fee: I'll do a direct bank transfer for the rest and we close the contract here.", FRAUD),
        (F, "Could you pay with Amazon gift cards? It is more easy for me to receive in my country.", FRAUD),
        (C, "We could set the milestone to $1 so the platform is happy, and I pay you the real amount separately.", FRAUD),
        (F, "Honestly the fees here are crazy. Wise me the balance and I'll mark it delivered, fine?", FRAUD),
        (C, "Hope you had a good weekend! About the payment — our finance would rather wire you directly, it's cleaner for our books. Just send your IBAN.", FRAUD),
        (F, "Kindly release milestone 1 here, and for milestone 2 kindly send to my Payoneer, I will give you 5% discount.", FRAUD),
        (C, "can I just venmo you for the extra revisions? dont want to make a whole new milestone for $80", FRAUD),
        (F, "Let's keep the contract small on here. The other part we can settle between us, you understand 😉", FRAUD),
        (C, "My cousin will pay you in cash when he's in {city} next week, that's easier than funding escrow.", FRAUD),
        (F, "I accept Bitcoin too, and then I can lower the price by 15%. Let me know which you prefer.", FRAUD),
        (C, "Can you cancel the contract? I'll send you the money on Revolut instead, the escrow takes too long for us.", FRAUD),
        (F, "Please don't fund milestone 3. Zelle works for me, then nobody takes a cut.", FRAUD),
    ],
    "fake_reviews": [
        (C, "After we close, can you write a few 5-star reviews for our app on the App Store from different accounts? We'll give you the logins.", MISLEAD),
        (C, "We need 50 Google reviews for the restaurant, all positive, different names, spread over 2 months so it looks natural.", MISLEAD),
        (F, "I can also add 10k followers to your Instagram, real-looking profiles, it helps a lot with the launch.", MISLEAD),
        (C, "Write some testimonials from 'happy clients' for the landing page. We're new so we don't have real ones yet — just make them believable.", MISLEAD),
        (C, "would you be able to leave a couple of ratings on trustpilot for us? and maybe some bad ones on our competitor 😂", MISLEAD),
        (C, "For the Amazon listing, can you arrange some verified-purchase reviews? We refund the buyers afterwards.", MISLEAD),
        (F, "Package B includes reviews. I have a network of people who rate products, 4.8 average guaranteed.", MISLEAD),
        (C, "Our book launches next week. Could you post reviews on Goodreads under a few different names so the page doesn't look empty?", MISLEAD),
        (C, "Love the landing page! Last thing is the quotes section. Just invent three doctors who recommend the supplement, with photos and titles.", MISLEAD),
    ],
    "academic": [
        (C, "I need a 3000-word essay on Keynesian economics that I can hand in as mine for my module, due the {date}. Must pass Turnitin.", MISLEAD),
        (C, "can u do my online exam on saturday? its 2 hours, I'll give you my student login", ILLEGAL),
        (C, "My dissertation is due in May. I'd like you to write chapters 3 and 4, and I'll submit it under my name.", MISLEAD),
        (C, "Looking for someone to take my proctored certification test for me. Will pay well.", ILLEGAL),
        (C, "Hi! could you do my chemistry lab report? The teacher checks for AI so please write it like a student would.", MISLEAD),
        (C, "Need someone to sit my TOEFL in my place, we look similar enough 😅", ILLEGAL),
        (C, "It's a take-home assignment for my MBA. It's meant to be group work, but I'm the one submitting it, so just write it in my voice please.", MISLEAD),
        (C, "Could you do the programming homework for my CS course? It's graded, I just don't have time this week.", MISLEAD),
    ],
    "account_spying": [
        (C, "My ex changed the password of our shared Instagram. Can you get into it for me? I know her email address.", ILLEGAL),
        (C, "Is it possible to see who my wife is texting? Some app I can put on her phone without her noticing.", ILLEGAL),
        (C, "A competitor left their admin panel exposed. Just get us in and export their customer list.", ILLEGAL),
        (C, "Could you get into my former employee's Gmail? He left and we need what's in there, he won't give the password.", ILLEGAL),
        (C, "I need to know where this person is at all times. I have their phone number — can you track it?", ILLEGAL),
        (F, "I can retrieve the WhatsApp messages of any number, just give me the number and the country.", ILLEGAL),
        (C, "Nice work on the scraper! Next, could you build something that logs the keystrokes on my employees' laptops? They shouldn't know about it.", ILLEGAL),
        (C, "Can you get into the school's grading system and change one grade? Only one, nobody will notice.", ILLEGAL),
    ],
    "forged_docs": [
        (C, "I need a UK driving licence with my photo on it, looking real enough for a car rental.", ILLEGAL),
        (C, "My bank statement is a bit low for the visa. Could you 'adjust' the balance in the PDF a little? Nobody checks closely.", FRAUD),
        (C, "make me 3 payslips from a company, I'll give you the name, for the apartment application", FRAUD),
        (C, "need a passport scan edited with new name and date of birth. pay well", ILLEGAL),
        (F, "I make novelty ID cards, very high quality, they pass the scanner. Any state.", ILLEGAL),
        (C, "Can you create an invoice on our supplier's letterhead showing a higher amount? It's for the insurance claim.", FRAUD),
        (C, "Can you photoshop a residence permit with my details? Just the card, front and back.", ILLEGAL),
        (C, "The tax return for 2023 needs to show more income for the mortgage. Could you redo the PDF so the numbers are different?", FRAUD),
    ],
    "piracy_counterfeit": [
        (F, "I can give you Adobe CC full version, already activated, no subscription needed. Works forever.", ILLEGAL),
        (C, "Could you rip the whole season from the streaming service and put it on our drive for the screens on our buses?", ILLEGAL),
        (C, "We sell phone cases. Could you put the Apple logo and a 'genuine' hologram on the packaging? Customers trust it more.", ILLEGAL),
        (C, "Design labels for our perfume identical to Chanel No 5 — we sell them at markets as the original.", ILLEGAL),
        (F, "For the fonts, no need to buy licences, I have cracked versions of all of them.", ILLEGAL),
        (C, "Please upload the textbook PDFs for the class to a public site, the publisher won't notice.", ILLEGAL),
    ],
    "adult": [
        (C, "We run an adult site and need 20 explicit stories a week, very graphic.", SEX),
        (C, "Can you draw my OC nude? NSFW, explicit please, it's for my private collection.", SEX),
        (C, "I'm looking for someone to chat with my OnlyFans subscribers as me, keep them spending, sexy talk.", SEX),
        (F, "I also do spicy commissions 🔥 fully explicit, if you ever want that instead of the logo lol", SEX),
        (C, "Need a script for an erotic video with explicit scenes, two actors.", SEX),
    ],
    "resale": [
        (F, "I have aged Facebook ad accounts ready to go, $150 each, verified with Business Manager.", SHELF),
        (C, "Honestly we don't need anything built from scratch. If you have a WordPress theme lying around from an older project, we would just buy the file off you as it is.", SHELF),
        (F, "I can sell you a Netflix + Spotify family subscription for a year, cheap.", SHELF),
        (C, "Looking to buy an Instagram account in the fitness niche with 20k+ followers. Can you transfer ownership through here?", SHELF),
        (F, "Windows 11 Pro keys, legit retail, 10 for $90. Want some for the office?", SHELF),
    ],
    "disinformation": [
        (C, "We need articles saying the vaccine causes infertility, scientific-sounding, for our Facebook pages.", MISLEAD),
        (C, "Make a video of the mayor saying he will close the hospital — an AI voice is fine, it's for the campaign.", MISLEAD),
        (C, "write 30 news stories that look like they're from the BBC, about the flood being caused by the government's weather machine", MISLEAD),
        (C, "Could you run a few hundred accounts posting about the candidate's 'criminal record' before the election? Doesn't have to be true, just viral.", MISLEAD),
        (C, "For the product page: say it's clinically proven to cure diabetes. It's not tested but everybody writes that.", MISLEAD),
    ],
}


# fmt: on


def _fill(text: str, rng: random.Random) -> str:
    values = {key: rng.choice(options) for key, options in SLOTS.items()}
    return text.format(**values)


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    rows: list[dict[str, str]] = []
    for kind, items in FAMILIES.items():
        for number, (sender, text, policy) in enumerate(items, start=1):
            rows.append(
                {
                    "id": f"msg-ho5-{kind}-{number:03d}",
                    "title": "",
                    "description": _fill(text, rng),
                    "policy": policy,
                    "kind": kind,
                    "sender": sender,
                }
            )
    return rows


def main() -> None:
    rows = build()
    texts = [row["description"] for row in rows]
    assert len(set(texts)) == len(texts), "duplicate message"
    with OUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    by_kind = Counter(row["kind"] for row in rows)
    by_policy = Counter(row["policy"] for row in rows)
    ordinary = by_policy["ok"]
    print(
        f"{len(rows)} messages: {ordinary} ordinary, {len(rows) - ordinary} violations -> {OUT.name}"
    )
    for kind in FAMILIES:
        policies = Counter(row["policy"] for row in rows if row["kind"] == kind)
        detail = ", ".join(f"{code} {count}" for code, count in sorted(policies.items()))
        print(f"  {kind:20s} {by_kind[kind]:3d}  ({detail})")
    print("per policy:")
    for code, count in sorted(by_policy.items()):
        print(f"  {code:24s} {count:3d}")
    senders = Counter(row["sender"] for row in rows)
    print(f"senders: {dict(sorted(senders.items()))}")


if __name__ == "__main__":
    main()
