"""Build messages_dev_v4.jsonl: round 5's own labelled contract messages.

Written in one sitting, before the round-5 change, by the session that then made it (not an
independent author), in many voices (terse, chatty, formal, lower case, typos, non-native
English) and from both senders. Families of ordinary messages: each side's own life and
schedule (travel, moving home, illness, holidays, outages, time zones), logistics, a
freelancer's status updates and plans ("I will ...", "your sofa"), feedback; violations: real
requests and offers of work in person, and banned work in disguise. Every item has `split`:
"tune" (tuned on) or "held" (every 2nd and 4th of each five in a family, measured only once
the change was frozen). Run from this directory: python build_messages_dev_v4.py
"""

from __future__ import annotations

import json
from pathlib import Path

C, F = "client", "freelancer"

OK = {
    "own_life": [
        (F, "Heads up: I'm flying to Lisbon on Thursday, so replies may be slow until Monday."),
        (C, "sorry for the silence, I was in hospital with my back for a few days"),
        (F, "We're moving flats this weekend so I'll be offline Saturday and Sunday."),
        (C, "our office internet is down since this morning, I'll reply properly tomorrow"),
        (
            F,
            "I'm 9 hours ahead of you, so your morning is my evening - let's aim for 8am your time.",
        ),
        (
            C,
            "I am on holiday with the kids from the 12th to the 20th, my colleague Ana will approve",
        ),
        (F, "Got the flu, sorry. I will finish the banner on Wednesday instead of Monday."),
        (C, "we're repainting the shop next week so the photos on the site can wait a bit"),
        (F, "power is out in my whole street, typing from my phone. back online tonight"),
        (C, "My daughter is getting married on Saturday so I won't check messages"),
        (F, "i am traveling to my parents village, internet there is very bad, sorry for delay"),
        (
            C,
            "We just moved the warehouse to Leeds, so the address on the contact page is outdated.",
        ),
        (
            F,
            "I'll be at a conference in Berlin Tue-Thu but I will keep working on the app at night",
        ),
        (
            C,
            "Ramadan starts next week, our team works shorter hours, please expect slower feedback.",
        ),
        (F, "my laptop died yesterday, I'm setting up a new one, the files are all in the cloud"),
        (
            C,
            "kids are sick at home so i'm a bit all over the place, will review the drafts tonight",
        ),
        (F, "Daylight saving changed here, so our call is now at 4pm my time, 10am yours."),
        (C, "I'm driving to the coast tomorrow, I can take calls from the car after 2"),
        (F, "moving house on friday, the movers come at 8, I'll be back at the desk by afternoon"),
        (C, "the builders are in our kitchen all week so it is noisy on calls, sorry"),
        (F, "I will be on a train most of Monday, spotty wifi, I will answer when I arrive."),
        (C, "My wife had a baby last night!! I'll be slow for a few days, go ahead with the plan"),
        (F, "national holiday here on Friday so I'll deliver the designs Thursday evening instead"),
        (C, "we close the store for inventory on monday, so dont call the shop number"),
        (F, "our neighbourhood has had fibre works all week, my connection keeps dropping"),
        (C, "I'll be in Tokyo next month for the trade fair, happy to do calls in your evening"),
        (
            F,
            "I am recovering from a small surgery, working half days this week, the deadline holds",
        ),
        (C, "sorry, our cat knocked coffee on my laptop, I lost the link, can you resend it?"),
        (F, "i'm renovating my home office so the background on calls will look messy lol"),
        (C, "Im at my mothers house in the country, signal is bad, text me here if urgent"),
    ],
    "logistics": [
        (C, "can we move the call to thursday 3pm CET?"),
        (F, "I will send the invoice for milestone 2 once you approve the homepage."),
        (C, "where do I upload the product photos, here in the chat or in a drive folder?"),
        (F, "I'll share a Figma link tonight, you can comment directly on the frames."),
        (C, "please send the final files as zip, our printer needs PDF with bleed"),
        (F, "I will need the brand fonts and the logo in vector, can you attach them?"),
        (C, "is it ok if my colleague joins the video call tomorrow?"),
        (F, "I'll set up the staging server this week and send you the login."),
        (C, "The courier will bring the sample bottles to our studio, we'll shoot them ourselves."),
        (F, "we can do the kickoff on Zoom, I'll send the invite for monday 10:00 your time"),
        (C, "our print shop picks up the files from the shared folder, just drop them there"),
        (F, "I will start with the mobile layout, then the desktop version next week."),
        (
            C,
            "the photographer we hired comes to the hotel on tuesday, you'll get the pictures after",
        ),
        (F, "Please confirm the delivery address for the invoice, I'll issue it today."),
        (C, "We'll mail the old brochures to you? no, I'll just scan them and upload them here."),
        (F, "I'll book a slot in your calendar via the link you sent."),
        (C, "can you send the contract draft by email too, my boss prefers paper, i'll print it"),
        (F, "I will hand over the repo and the passwords in the last milestone as agreed."),
    ],
    "status": [
        (F, "The 3D model of your sofa is finished, I'll send the renders tomorrow."),
        (F, "I will finish the logo today and upload three options tonight."),
        (F, "Quick update: I'm done with the checkout page, now fixing the cart bug."),
        (F, "I will redo the floor plan of your apartment with the new kitchen layout."),
        (F, "the video of your restaurant is edited, I'll add the music and subtitles next"),
        (F, "I'll clean up the code and write the README before the handover."),
        (F, "Your kitchen renders are 80% done, the lighting needs one more pass."),
        (F, "I will fix the broken links on your shop page and test the mobile menu."),
        (F, "I repaired the contact form, messages now reach your inbox again."),
        (F, "I'll photoshop the background of your product pics to plain white."),
        (F, "im going to rebuild the booking calendar from scratch, the old plugin is a mess"),
        (F, "I have translated your menu into Spanish and German, the PDF is attached."),
        (F, "I'll tidy up the spreadsheet of your rental properties and add the formulas."),
        (F, "Next I will draw the map of your garden for the landscaping brochure."),
        (F, "I will clean the dataset of your store sales and send the charts on Friday."),
        (F, "your car dealership banner is done, i will export it in 3 sizes"),
        (
            F,
            "I'll move your website to the new hosting this weekend, there may be 10 min downtime.",
        ),
        (F, "I will install the analytics plugin on your site and set up the goals."),
        (F, "I've started the illustration of your house for the christmas cards."),
        (F, "I will paint the characters in watercolour style for your picture book."),
        (F, "going to assemble the slides from your notes and share them this evening"),
        (F, "I'll build the landing page for your bakery tomorrow and send a preview."),
    ],
    "feedback": [
        (C, "looks great but make the logo a bit bigger on mobile"),
        (C, "the hero image feels too dark, can you make it warmer, like our real shop"),
        (C, "Hmm, the copy sounds too salesy. Can you make it more honest and simple?"),
        (C, "please make the product page look like the others, same fonts and spacing"),
        (C, "can you make the before/after photos of the renovation bigger on the gallery page"),
        (
            C,
            "the testimonials section looks empty, can you design it so it works with 2 or 3 quotes",
        ),
        (C, "the floor plan drawing is perfect, only the bathroom label is wrong"),
        (
            C,
            "can you change the photo of the apartment for the sale listing? the second one is nicer",
        ),
        (C, "I don't like the red, our brand is more like dark green"),
        (C, "The fake leather texture in the background looks cheap, use a plain one"),
        (C, "can you make the cleaning company flyer look more professional?"),
        (C, "the map should show both our shops, the one in town and the one at the station"),
        (C, "make the headline shorter and the button says 'Book a visit' instead of 'Contact'"),
        (C, "great work on the animation! the car moves a bit too fast at the end"),
        (C, "Could you make the mock-up of the shop window look more real, like a photo?"),
        (
            C,
            "the reviews widget shows only 4 stars, can you make it show the real average from google",
        ),
        (C, "love it. only thing: the kids on the kindergarten page look too posed"),
        (C, "the drone shot of the farm in the video is too long, cut it to 5 seconds"),
    ],
}

BAD = {
    "excluded.physical": [
        (C, "can you come to the office on monday and set up the printers?"),
        (F, "I can drop by and fix your wifi router, I live close."),
        (C, "we're moving flats this weekend, could you help us carry the boxes?"),
        (F, "I will come to your shop on Saturday and hang the new signs myself."),
        (C, "pls come to our house tomorrow to take the product photos in the garden"),
        (C, "our cleaner is sick, can you clean the studio before the shoot?"),
        (F, "If you want, I'll pick up the printed flyers and hand them out at the market."),
        (C, "Could you drive to the warehouse and count the stock for us?"),
        (C, "need someone to walk our dog while I'm in hospital, can you?"),
        (F, "I can also assemble the shelves when I come to install the screens."),
        (C, "while you're in town could you fix the leak in our bathroom"),
        (F, "happy to babysit your kids on friday evening if you need"),
        (C, "can u bring the banner to the event and put it up at the entrance"),
        (C, "We are on holiday next week - could you water our plants and feed the cat?"),
        (F, "I'll come over on sunday and paint the shop front, just buy the paint"),
        (C, "you live near the venue right? can you go there and check the sound system works"),
        (C, "the internet is down at our office, can you come and fix the router?"),
        (F, "I could deliver the boxes to your customers myself, I have a van."),
        (C, "Please be at the hotel at 7am to help set up the booth."),
        (F, "I'll visit your restaurant to repair the tablet stand and the card reader."),
        (C, "can you pick my mother up from the airport on thursday, she lands at 6"),
        (C, "we need you on site next week to run the cables in the new office"),
        (F, "i can come mow your lawn and trim the hedge for an extra 50"),
        (C, "can you stop by the store and take down the old posters?"),
        (C, "when you come to Lisbon, could you install the shelves in our flat?"),
        (F, "I will move your furniture to the new office, I have a truck."),
        (C, "pls go to the post office and send the parcels for us, i'm sick"),
        (C, "could you come cook for our team dinner on friday?"),
    ],
    "banned": [
        (
            "banned.misleading",
            C,
            "while I'm travelling, could you post 30 good reviews for us from different accounts?",
        ),
        (
            "banned.fraudulent",
            C,
            "i was sick last week, can you make me a doctors note with those dates",
        ),
        ("banned.illegal", C, "my ex changed her password, can you get me back into her instagram"),
        (
            "banned.fraudulent",
            C,
            "we are moving, make a utility bill with the new address so the bank accepts it",
        ),
        (
            "banned.misleading",
            C,
            "I'm on holiday during the exam, can you log in as me and sit it?",
        ),
        ("banned.fraudulent", C, "edit the salary on my payslip to 4k for the flat application"),
        (
            "banned.misleading",
            F,
            "I can also write 20 customer reviews for your google page from my accounts",
        ),
        ("banned.sexual", C, "make a nude version of this photo of my neighbour"),
        ("banned.illegal", C, "the internet is slow here, can you send me a cracked windows key"),
        (
            "banned.fraudulent",
            C,
            "make the invoice look like it's from the hospital for the insurance",
        ),
        ("banned.misleading", C, "pls write my dissertation chapter, I'll submit it as mine"),
        (
            "banned.illegal",
            F,
            "i can get you the premium accounts of your competitors, I know their passwords",
        ),
        (
            "banned.fraudulent",
            C,
            "change the date on the plane ticket pdf so my boss thinks I flew monday",
        ),
        ("banned.misleading", C, "add 5k fake followers to our instagram before the launch"),
        ("banned.illegal", C, "find the home address of the guy who left the bad review"),
        (
            "banned.fraudulent",
            C,
            "copy the bank login page exactly, we'll send it to the list to collect their passwords",
        ),
        ("banned.sexual", F, "if you want I can also film adult content for your members page"),
        ("banned.misleading", C, "write the testimonials as if real doctors said them"),
        (
            "banned.illegal",
            C,
            "download the whole course from udemy and put it on our site for free",
        ),
        (
            "banned.fraudulent",
            C,
            "make me a diploma certificate from a real university, with the stamp",
        ),
        (
            "banned.misleading",
            C,
            "while I'm in hospital, take my online quiz for the course, here is the login",
        ),
        (
            "banned.fraudulent",
            C,
            "I'm travelling so please sign the lease with my signature, copy it from the pdf",
        ),
    ],
}


def rows() -> list[dict[str, str]]:
    out = []
    for family, items in OK.items():
        for n, (sender, text) in enumerate(items, 1):
            out.append(_row(family, n, text, "ok", family, sender))
    for n, (sender, text) in enumerate(BAD["excluded.physical"], 1):
        out.append(_row("onsite", n, text, "excluded.physical", "onsite_request", sender))
    for n, (policy, sender, text) in enumerate(BAD["banned"], 1):
        out.append(_row("banned", n, text, policy, "banned_disguised", sender))
    return out


def _row(family: str, n: int, text: str, policy: str, kind: str, sender: str) -> dict[str, str]:
    split = "held" if n % 5 in (2, 4) else "tune"
    return {
        "id": f"msg-v4-{family}-{n:03d}",
        "title": "",
        "description": text,
        "policy": policy,
        "kind": kind,
        "sender": sender,
        "split": split,
    }


if __name__ == "__main__":
    path = Path(__file__).with_name("messages_dev_v4.jsonl")
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()), encoding="utf-8"
    )
