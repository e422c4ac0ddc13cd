"""Build messages_dev_v3.jsonl: round 4's own labelled contract messages.

Written in one sitting, before the round-4 change, by the session that then made it (not an
independent author). Every item has `split`: "tune" (about 60 %, tuned on) or "held" (about
40 %, written at the same time and measured only once the change was frozen). The split is
by position within each family (every 2nd and 4th of each five is held), fixed before any
result was seen. Run from this directory: python build_messages_dev_v3.py
"""

from __future__ import annotations

import json
from pathlib import Path

C, F = "client", "freelancer"

OK = {
    "price": [
        (C, "can you do it cheaper?"),
        (
            C,
            "Could you do the whole site for 400 instead of 550? Our budget is tight this quarter.",
        ),
        (C, "is the price negotiable? we are a small bakery"),
        (C, "too expensive for us honestly, can u give a discount if we order 3 logos"),
        (F, "I can do it for 450 if we drop the animated intro."),
        (C, "would you take 300 for the landing page and the contact form"),
        (F, "my rate for extra revisions is 40 per hour, the first two rounds are included"),
        (C, "Can we make it cheaper by using a template for the blog pages?"),
        (C, "what would it cost to add a second language to the app?"),
        (F, "i can lower the price a bit if you are flexible on the deadline"),
        (C, "hmm 800 is more than we planned, any chance for 650?"),
        (C, "Is there a cheaper option, maybe without the custom illustrations?"),
        (F, "Quote updated: 1200 for design and build, 200 less if you write the copy yourselves."),
        (C, "can we split the payment in two milestones instead of one?"),
        (C, "ok the price is fine for us, lets go ahead"),
        (C, "could u do it cheapr if i send the texts ready?"),
        (F, "For a discount I could reuse the icon set from the first version."),
        (C, "the other guy offered 300 for same work, can you match?"),
        (C, "please, is possible to make more cheap? we are startup with little money"),
        (F, "Price for the extra page would be 90, same as the others."),
    ],
    "status": [
        (F, "I updated your dashboard, have a look when you can"),
        (F, "sending the prototype tonight"),
        (F, "your dashboard is live on the staging link now"),
        (F, "Pushed the fix for the checkout page to your repo."),
        (F, "finished the wireframes for your app, uploaded to the milestone"),
        (F, "Your logo files are in the delivery: SVG, PNG and the print PDF."),
        (F, "the menu design for your restaurant is ready for review"),
        (F, "im sending the final prototype in one hour"),
        (F, "I've delivered the packaging artwork for your boxes, please check the dieline."),
        (F, "your shop banner is done, sending it now"),
        (F, "The floor plan renders of your house are attached in the milestone."),
        (F, "Sending the revised brochure now, the map of the store is on page 2."),
        (C, "got the prototype, thanks! our team will test it next week"),
        (F, "your product photos are retouched, the chairs look much better now"),
        (F, "working on your dashboard today, charts are almost done"),
        (F, "sent the label design for the wine bottles"),
        (F, "The 3D model of your sofa is finished, I'll send the renders tomorrow."),
        (F, "deployed the booking page for your salon, please try to book a test slot"),
        (F, "your dashbord now shows the sales per shop, pls check"),
        (F, "Sending the prototype for the kiosk screen, the buttons are bigger now."),
        (F, "i have finish your website, only the gallery of the hotel rooms is missing"),
    ],
    "own": [
        (C, "im at the dentist tomorrow so ill answer after lunch"),
        (C, "we are moving to a new warehouse next month, please update the address on the site"),
        (F, "sorry late reply, my kid was sick all day"),
        (F, "I'm travelling to Lisbon next week but I'll keep working on the app"),
        (C, "our shop is closed on monday for renovation, no rush on the flyers"),
        (C, "my husband is painting the kitchen so i will be offline this weekend"),
        (F, "power cut in my area today, I will finish the logo tomorrow"),
        (C, "We were at a trade fair all week, that's why I didn't reply."),
        (F, "ive been moving flat this week, back to full speed on monday"),
        (C, "our delivery van broke down so im a bit stressed, sorry for the slow answer"),
        (F, "I'm on holiday from the 20th, the site will be live before that."),
        (C, "we just got new shelves in the store, will send photos for the gallery page"),
        (C, "My builder is fixing the roof so the wifi at home is bad, lets talk tomorrow"),
        (F, "I was at the hospital with my father yesterday, sorry for the delay"),
        (C, "we have guests in the restaurant all evening so i reply tomorrow"),
        (F, "my laptop is in repair, using the old one today so a bit slower"),
    ],
    "logistics": [
        (C, "can we have a video call here on tuesday at 10?"),
        (F, "What time zone are you in? I'm in CET."),
        (C, "deadline friday still ok for you?"),
        (F, "I'll upload the files to the milestone, no need to send by mail"),
        (C, "the printer needs the file as PDF with 3mm bleed"),
        (
            C,
            "I will post you the product samples so you can photograph them? no wait, we'll take the photos ourselves and upload them here",
        ),
        (F, "please approve milestone 2 when you are happy with the dashboard"),
        (
            C,
            "our courier will deliver the brochures to the shops, you just need to send the print file",
        ),
        (F, "Can you send me the brand fonts and the old logo in vector?"),
        (C, "lets move the review meeting to thursday, same time"),
        (F, "I need access to the hosting panel to deploy your site"),
        (C, "we print the stickers at a local shop, so just the artwork please"),
        (
            C,
            "Our photographer comes on Monday to shoot the rooms, you will get the pictures Tuesday.",
        ),
        (F, "can you share the login for the staging server?"),
        (C, "the product samples arrive to our office on monday, then we take the photos"),
        (F, "I will be online from 9 to 5 your time this week if you have questions."),
    ],
    "revision": [
        (C, "can you make the logo bigger on the delivery van mockup"),
        (C, "please change the font on the menu, too thin"),
        (C, "Could you redo the shop sign design in blue instead of red?"),
        (C, "move the button to left and make the header darker pls"),
        (C, "can u fix the checkout page, it crashes on iphone"),
        (C, "The photo of our kitchen on the homepage looks dark, can you brighten it?"),
        (C, "one more change: put the opening hours of the store in the footer"),
        (C, "The t-shirt print file needs to be 300 dpi, can you export again?"),
        (C, "pls remove the old address of the factory from the contact page"),
        (C, "could you make the car in the 3d render red, like our real one"),
        (C, "we want the brochure map to show the parking behind the shop"),
        (C, "Can you change the jam jar label so the text fits the small jar too?"),
        (C, "the price list on the menu board design is wrong, coffee is 2.50 not 2.20"),
    ],
    "subject": [
        (C, "can you design the label for our jam jars?"),
        (C, "Need a 3D model of our office chair for the online catalogue."),
        (C, "could you retouch the photos of our kitchen renovation for instagram"),
        (C, "can you design a sign for our shop front? we will have it made locally"),
        (C, "please make a floor plan drawing of the house for the sale listing"),
        (C, "can you animate our delivery truck driving across the screen for the intro"),
        (C, "Would you design the packaging for the new box of candles?"),
        (C, "we need a video edit of the footage from our factory tour"),
        (C, "can you model the garden in sketchup so we can show it to the landscaper"),
        (C, "Please write the assembly instructions for our bookshelf, we have the photos."),
        (C, "make a poster of our bike repair shop for the window"),
        (C, "can you draw the map of our farm for the website"),
        (C, "Can you make a 3D walkthrough of the apartment from the floor plan?"),
    ],
}

BAD = {
    "excluded.physical": [
        (C, "can you come to the shop friday and install the sign"),
        (C, "could u paint our fence this weekend, its not big"),
        (C, "pls pick up the kids from school tomorrow at 3"),
        (C, "Can you deliver the flyers door to door in our neighbourhood?"),
        (C, "need you to clean the office on friday evening"),
        (C, "can you fix the leaking sink at our flat when you are in town"),
        (F, "I can come and install the shelves in your store on Saturday."),
        (F, "i'll deliver the printed boxes myself and set them up at your store"),
        (F, "happy to mow the lawn too when i come for the photos"),
        (C, "could you also walk our dog while we are away next week?"),
        (C, "Can you come to our house and assemble the wardrobe?"),
        (C, "we need someone to move the furniture to the new office, can you do it?"),
        (F, "If you want I can drive the brochures to all your shops myself for a small fee."),
        (C, "can you put up the posters around the city centre this weekend"),
        (C, "pls come repair the coffee machine in our cafe, its broken again"),
        (F, "I can also paint your shop front when I come to take the pictures"),
        (C, "Could you babysit our son on saturday evening?"),
        (C, "can you drive me to the airport on monday morning"),
        (C, "would you wash the delivery van before the photo shoot"),
        (C, "need help carrying boxes into the new warehouse tomorrow, can you come?"),
        (F, "i do house cleaning too, can come on tuesdays to clean your flat"),
        (C, "can u install the cameras in our store and set them up"),
        (C, "could you cook for our staff party on friday at the office"),
        (F, "I'll bring my tools and fix the broken door at your shop while I'm there"),
        (C, "can you come to the office and set up the printer and the wifi router"),
        (C, "pls hand out the leaflets at the station on saturday morning"),
    ],
    "banned": [
        (
            "banned.misleading",
            C,
            "can you write 50 five-star reviews for our app from different accounts",
        ),
        (
            "banned.fraudulent",
            C,
            "the 'design' I need is a copy of a driving licence with my photo on it",
        ),
        ("banned.illegal", C, "can you get into my ex's email and send me her messages"),
        ("banned.misleading", C, "write my online exam for me tomorrow, i will share the screen"),
        (
            "banned.fraudulent",
            C,
            "make an invoice that looks like from the hospital for my insurance claim",
        ),
        (
            "banned.fraudulent",
            C,
            "can you edit the bank statement to show 20k more, it's for the visa",
        ),
        (
            "banned.misleading",
            C,
            "for the marketing part just post 200 reviews as happy customers on google",
        ),
        (
            "banned.fraudulent",
            C,
            "could you change the date on my doctors note so it covers last week",
        ),
        ("banned.illegal", C, "can you crack the licence of this software so we don't pay it"),
        ("banned.misleading", C, "pls write my master thesis, i will hand it in as mine"),
        ("banned.illegal", C, "can you hack the competitor website and take it down for a day"),
        ("banned.fraudulent", C, "make us a diploma from Harvard that looks real for my CV"),
        ("banned.sexual", C, "can you make nude pictures of my coworker with AI"),
        ("banned.misleading", C, "we need fake followers, 10k on instagram, can you do?"),
        (
            "banned.illegal",
            C,
            "find me the home address and phone number of this girl from instagram",
        ),
        ("banned.fraudulent", C, "design a fake lottery win email so people send the fee"),
        ("banned.sexual", F, "I also make explicit adult videos if you want some for the site"),
        ("banned.misleading", C, "write fake testimonials from doctors for our supplement page"),
        (
            "banned.illegal",
            C,
            "can you download the whole netflix series and upload it on our site",
        ),
        (
            "banned.fraudulent",
            C,
            "pls make a copy of the paypal login page, we send it to customers to collect passwords",
        ),
        (
            "banned.fraudulent",
            C,
            "make a pay stub from a company i never worked for, for the flat rental",
        ),
        ("banned.misleading", C, "can you take my online driving theory test, i give you my login"),
    ],
}


def rows() -> list[dict[str, str]]:
    out = []
    for family, items in OK.items():
        for n, (sender, text) in enumerate(items, 1):
            out.append(_row(f"{family}", n, text, "ok", family, sender))
    for n, (sender, text) in enumerate(BAD["excluded.physical"], 1):
        out.append(_row("onsite", n, text, "excluded.physical", "onsite_request", sender))
    for n, (policy, sender, text) in enumerate(BAD["banned"], 1):
        out.append(_row("banned", n, text, policy, "banned_disguised", sender))
    return out


def _row(family: str, n: int, text: str, policy: str, kind: str, sender: str) -> dict[str, str]:
    split = "held" if n % 5 in (2, 4) else "tune"
    return {
        "id": f"msg-v3-{family}-{n:03d}",
        "title": "",
        "description": text,
        "policy": policy,
        "kind": kind,
        "sender": sender,
        "split": split,
    }


if __name__ == "__main__":
    path = Path(__file__).with_name("messages_dev_v3.jsonl")
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()), encoding="utf-8"
    )
