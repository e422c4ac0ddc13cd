"""Writes messages_heldout_v2.jsonl: written before any code change of its round, never tuned on."""

import json

rows = []


def add(kind, policy, sender, text):
    rows.append((kind, policy, sender, text))


C, F = "client", "freelancer"
ok = "ok"
# client's own circumstances
for t in [
    "im at the dentist tomorow morning so ill reply to the logo options after lunch",
    "ive been stuck at the warehouse all day doing stocktake, will check the banners tonight",
    "sorry for late reply, we were moving the shop to new place this week. site looks good!",
    "My husband is painting the living room this weekend so I might be slow to answer, carry on with the checkout page.",
    "We have builders in the office till Wednesday, very noisy lol. Designs are fine, go ahead.",
    "i am travel to Madrid for the trade fair next week, please send invoice template before",
    "our plumber come tomorrow so the cafe is closed, good time to push the new menu page live",
    "Just got back from visiting our supplier in Porto. Can we add their logo to the partners section?",
    "We're renovating the bakery in March. The opening-hours banner should say 'closed for works'.",
    "Our courier picks up the orders at 4pm every day, can the shop page say order by 3pm for same day dispatch?",
    "im moving flat on saturday so wont be online, the copy edits can wait till monday",
    "we just hired a new cleaner for the studio and shes great haha. anyway the font looks better now",
    "Kids are off school this week so I'm working from home, send the revised wireframes whenever.",
    "My mum is in hospital so I'm driving up to see her, sorry if I'm slow. The colours are approved.",
    "We had a flood in the basement last night!! nothing lost but I'm dealing with insurance, will review tmrw",
    "Photographer is coming to the restaurant thursday to shoot the dishes, I'll upload the pictures to the shared folder.",
]:
    add("client_own", ok, C, t)
# freelancer's own circumstances
for t in [
    "Heads up: we're moving office next week, so I might be offline Tuesday. The API docs will be ready Friday.",
    "im at a conference in Berlin till thursday, ill push the fix when im back at the hotel",
    "Sorry for the delay, our electricity was cut for the whole day because of storm. I will send the mockups tonight.",
    "I'm visiting family in Lagos over christmas, the milestone 2 files will be delivered before I fly.",
    "we were at a workshop all morning, the staging link is updated now",
    "My laptop went in for repair at the shop, using my backup machine, no delays expected.",
    "ive got the movers coming to my flat tomorrow so i'll start the logo work wednesday",
    "I'll be travelling by train most of Monday but I can answer messages on my phone.",
    "Our team is at the client site of another customer on Friday, so the call is better on Thursday.",
    "The building is doing fire alarm test today so I may drop off the call for few minutes.",
    "Quick update: I've set up the print-ready PDFs, your printer just needs to use CMYK.",
    "I'll be in the office late tonight finishing the animations, expect them by morning.",
]:
    add("freelancer_own", ok, F, t)
# ordinary logistics
for t in [
    ("ok sounds good, can we do the call at 3 instead of 2?", C),
    ("Could you send the invoice for milestone 1 please?", C),
    ("I've uploaded the brand guidelines and the old logo files to the shared drive.", C),
    ("thx! pls use the darker green for the buttons", C),
    ("When will the homepage draft be ready? Our launch is on the 15th.", C),
    (
        "I've delivered the source files, please mark the milestone complete when you've checked them.",
        F,
    ),
    ("Can you give me access to the hosting panel so I can deploy?", F),
    ("Attached the revised quote, the extra page adds two days.", F),
    ("no worries, take your time", C),
    ("Please can you resize the banner for instagram stories too", C),
]:
    add("logistics", ok, t[1], t[0])
# conversational on-site requests (client)
for t in [
    "since youre local could you pop round and help set up the stall at the market saturday?",
    "btw our office needs a deep clean before the inspection, can you do that too",
    "Could you also come to the shop and install the new shelves? Happy to pay extra.",
    "im away next week, can u feed my cats and water the plants while im gone",
    "would you be able to drive our samples to the expo in Birmingham on Friday?",
    "Need someone to hand out flyers at the station on Monday morning, interested?",
    "can you come and fix the wifi router at our office, its in the basement",
    "We need a babysitter for friday night, could you watch the kids?",
    "pls paint the shopfront sign this weekend, i'll buy the paint",
    "Can you help us carry the furniture up to the new office on Sunday?",
    "my garden needs mowing, could you come by thursday?",
]:
    add("onsite_request", "excluded.physical", C, t)
# freelancer offering physical work
for t in [
    "I can also come to your shop on Saturday and install the shelving myself.",
    "If you want, I'll drive over and clean the office after hours for an extra fee.",
    "happy to pick up your kids from school on tuesdays too if that helps",
    "i can come in person and do the network cabling at your office next week",
]:
    add("freelancer_offer", "excluded.physical", F, t)
# banned work asked briefly/conversationally
for t in [
    ("can you write us 50 five star reviews for google", "banned.misleading"),
    ("could you hack into my competitor's email and get their price list", "banned.illegal"),
    ("make me a fake bank statement showing 20k", "banned.fraudulent"),
    ("need a copy of a uk passport with my photo on it, can u do", "banned.fraudulent"),
    ("can you find where my ex lives and her new number", "banned.illegal"),
    (
        "Could you also make a few fake customer testimonials with stock photos?",
        "banned.misleading",
    ),
    ("get me some weed for the launch party lol", "banned.illegal"),
    ("write an essay for my exam tomorrow and I'll submit it as mine", "banned.fraudulent"),
]:
    add("banned_request", t[1], C, t[0])
with open("tests/screening/data/messages_heldout_v2.jsonl", "w") as f:
    n = {}
    for kind, policy, sender, text in rows:
        n[kind] = n.get(kind, 0) + 1
        f.write(
            json.dumps(
                {
                    "id": f"msg-ho2-{kind}-{n[kind]:03d}",
                    "title": "",
                    "description": text,
                    "policy": policy,
                    "kind": kind,
                    "sender": sender,
                }
            )
            + "\n"
        )
print(len(rows), n)
