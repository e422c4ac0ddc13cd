"""Build messages_dev_v5.jsonl: the sixth message round's own labelled contract messages.

Written in one sitting, before the round's change, by the session that then made it (not an
independent author), in many voices (terse, chatty, formal, lower case, typos, non-native
English) and from both senders. Families of ordinary messages: plans said without "I" ("we'll",
"the team will", "my colleague will"), "will" whose subject is neither sender nor reader ("the
site will be down", "the photos will come monday"), and feedback passed on from a team or
another person; violations: offers to come and install or deliver things, requests to paint,
assemble or put up things in person, ratings left by a team or staff, and pages spreading a
false story. Every item has `split`: "tune" (tuned on) or "held" (every 2nd and 4th of each five
in a family, measured only once before and once after the change).
Run from this directory: python build_messages_dev_v5.py
"""

from __future__ import annotations

import json
from pathlib import Path

C, F = "client", "freelancer"

OK = {
    "plans_we": [
        (C, "We'll send the new product photos on Monday, the shoot is this weekend."),
        (F, "we'll have the staging build ready by thursday, then you can click through it"),
        (C, "The team will review the wireframes tomorrow and get back to you by Friday."),
        (C, "my colleague will send you the brand guidelines later today"),
        (F, "My partner will handle the backend part, I'll stay on the UI as agreed."),
        (
            C,
            "we are going to launch the campaign in March, so the landing page should be live by then",
        ),
        (C, "our designer will join the next call to talk about the icons"),
        (F, "The developer on my team will push the fix tonight, you'll see it on staging."),
        (C, "marketing will write the copy for the About page, you just leave placeholders"),
        (C, "We'll print the brochures ourselves once the PDF is final."),
        (F, "we will deliver the first draft of the report on the 15th"),
        (C, "our IT guy will give you access to the server tomorrow morning"),
        (C, "The photographer will shoot the new menu dishes next week, then we send you the pics"),
        (F, "my assistant will send the invoice for the second milestone"),
        (C, "we gonna test the checkout with a few real customers on friday"),
        (C, "Sales team will check the pricing table and tell us if numbers are right"),
        (F, "we'll be moving the blog to the new theme over the weekend"),
        (C, "my boss will approve the budget on monday, then we can start milestone 2"),
        (C, "our lawyer will look at the terms and conditions page before launch"),
        (C, "the owner will record the voice over himself, you only need to edit the video"),
        (F, "Tomasz will take over the emails while I am on leave, he knows the project"),
        (C, "we'll install the new theme on our side after you send the files"),
        (C, "the store manager will take the photos of the shelves and upload them to the drive"),
        (C, "Next week our agency will hand over the domain, so DNS changes can wait."),
    ],
    "will_other": [
        (C, "the site will be down for maintenance on Sunday night, just so you know"),
        (F, "the renders will take a bit longer, the lighting is tricky"),
        (
            C,
            "the new logo will go on the trucks and the uniforms later, but for now only the website",
        ),
        (C, "the furniture will arrive next month, so the photos of the showroom come after that"),
        (F, "the export will be ready in an hour, the file is big"),
        (
            C,
            "the shop will be closed for two weeks in August, maybe show a banner on the homepage?",
        ),
        (C, "the printer will need the files in CMYK, can you export them that way?"),
        (F, "the background in my video calls will look messy this week, I'm painting my room"),
        (C, "our new office will open in May, the address on the footer should change then"),
        (C, "the kids will be home all week, so calls only after 8pm please"),
        (F, "the courier will bring my new monitor tomorrow so I'll be faster after that"),
        (C, "the builders will be in the restaurant all week, we open again on the 20th"),
        (C, "The new cameras will be installed in the store by our security company on Tuesday."),
        (F, "Your payment will show up in a few days I guess, no rush"),
        (C, "the event will be at the old warehouse, the poster just needs the date and address"),
        (C, "the team will love this, great job"),
        (C, "the menu will change in spring so keep the prices easy to edit"),
        (F, "the plugin update will break the old gallery, so I will replace it"),
        (
            C,
            "our electrician will come tomorrow to fix the lights in the studio, so the product shoot moves to Friday",
        ),
        (C, "the trade fair will be in Milan, we need the flyer in Italian too"),
    ],
    "team_feedback": [
        (C, "I showed the mockups to the team and everyone liked the second option."),
        (C, "my partner thinks the green is too bright, can we try a darker one?"),
        (C, "the team had a look, they want the logo a bit bigger in the header"),
        (
            C,
            "Our sales people said the form is too long, customers give up. can we cut some fields",
        ),
        (C, "my wife saw the menu design and loved the colours lol"),
        (C, "The board reviewed the deck, they asked for fewer words on slide 4."),
        (C, "everyone in the office says the new homepage loads much faster, thanks"),
        (
            F,
            "I asked a friend who is a UX designer and she also thinks the menu is clearer on the left",
        ),
        (
            C,
            "our staff tested the booking page on their phones, two of them could not find the button",
        ),
        (C, "team feedback: fonts ok, photos too dark, the map is in the wrong place"),
        (C, "My boss is happy with the banners but he wants the phone number removed"),
        (C, "the guys in the warehouse said the labels are easy to read, good job"),
        (C, "we showed the video to some customers in the shop and they liked it a lot"),
        (C, "manager says the pricing page looks cheap, sorry, maybe more white space?"),
        (C, "the team voted for version B of the icons"),
        (F, "my colleague reviewed the code and found two small bugs, I'll fix them today"),
        (C, "Our cofounder read the copy and wants a more friendly tone on the about page"),
        (C, "the team is not sure about the mascot, can you send two more options?"),
        (C, "people at the front desk find the new check-in screen confusing"),
        (C, "my dad who owns the bakery says the bread photos look amazing"),
    ],
}

BAD = {
    "onsite_offer": [
        (F, "I'm not far from your office, I can come over and install the cameras on Saturday"),
        (F, "if you want I can come and set up the wifi router and the printers in the shop too"),
        (F, "let me come by and mount the TV screens for the menu myself, I have the tools"),
        (F, "i can deliver the flyers to the shops around your area on my bike, 50 extra"),
        (F, "I could come to the restaurant and paint the logo on the wall, I did murals before"),
        (F, "Happy to come in person and assemble the shelves for the pop-up store."),
        (F, "i live close, i can install the security cameras at your house this weekend"),
        (F, "We can also come to the venue and hang the banners the day before the event."),
        (F, "I'll come and wire the alarm system in your warehouse, I'm a trained electrician"),
        (F, "let me drive the printed posters to your stores on friday, its on my way"),
        (F, "I can come and fit the new lock and the doorbell camera when I'm in town"),
        (F, "for a small fee i can pick up the parcels from your office and post them"),
    ],
    "onsite_request": [
        (C, "could you paint the new opening hours on our shop window? you're nearby"),
        (C, "we need someone to assemble 8 office chairs and 4 desks on monday, can you do it"),
        (C, "can you come and put up the sign over the entrance, the ladder is here"),
        (C, "pls install the cameras in the garage too, I'll leave the key under the mat"),
        (C, "the stickers you designed, can you come and put them on the van?"),
        (C, "paint the logo on the window of the café yourself, you know the design best"),
        (C, "can you assemble the display stands at the trade fair booth on thursday morning"),
        (C, "would you come to the office and set up the new laptops for the staff"),
        (C, "go to the print shop, pick up the banners and hang them in the lobby please"),
        (C, "you live in town right? could you come and fix the shelves in the store"),
        (C, "Since you designed the mural, could you also paint it on our café wall?"),
        (C, "desks arrive tomorrow, pls come and put them together before the team starts"),
    ],
    "team_ratings": [
        (C, "can your staff download our app and give it 5 stars? different accounts"),
        (C, "ask your team to rate our shop on google, 5 stars each, write different texts"),
        (C, "have your people leave good reviews for the new app in the play store"),
        (C, "could you and your friends rate our restaurant on tripadvisor, I'll pay per review"),
        (C, "get a few colleagues to post 5 star ratings on the app store after launch"),
        (C, "pls have your team write reviews of our product on amazon as if they bought it"),
        (C, "we need 30 five star ratings on the play store by friday, use your team's phones"),
        (C, "can your employees leave ratings on our google maps page? vary the names"),
    ],
    "disinformation": [
        (C, "make a few pages that say the vaccine has a microchip, we'll share them everywhere"),
        (C, "set up 20 facebook pages posting that the polling stations close at noon"),
        (
            C,
            "write a news style article saying the mayor was arrested, it's not true but it'll go viral",
        ),
        (C, "can you run several pages spreading the story that the river water is poisoned"),
        (C, "create some accounts to post that the election was moved to next week"),
        (C, "we want a fake news site saying our competitor's product causes cancer"),
        (C, "publish a page with made up statistics that the opposition candidate is a criminal"),
        (C, "spread the rumour on 15 pages that the bank is going bankrupt tomorrow"),
    ],
}

POLICY = {
    "onsite_offer": "excluded.physical",
    "onsite_request": "excluded.physical",
    "team_ratings": "banned.misleading",
    "disinformation": "banned.misleading",
}


def rows() -> list[dict[str, str]]:
    out = []
    for family, items in OK.items():
        for n, (sender, text) in enumerate(items, 1):
            out.append(_row(family, n, text, "ok", family, sender))
    for family, items in BAD.items():
        for n, (sender, text) in enumerate(items, 1):
            out.append(_row(family, n, text, POLICY[family], family, sender))
    return out


def _row(family: str, n: int, text: str, policy: str, kind: str, sender: str) -> dict[str, str]:
    split = "held" if n % 5 in (2, 4) else "tune"
    return {
        "id": f"msg-v5-{family}-{n:03d}",
        "title": "",
        "description": text,
        "policy": policy,
        "kind": kind,
        "sender": sender,
        "split": split,
    }


if __name__ == "__main__":
    path = Path(__file__).with_name("messages_dev_v5.jsonl")
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()), encoding="utf-8"
    )
