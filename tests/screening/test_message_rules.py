"""Sixth round on messages: violations that no rule named (rules v15).

Our own examples, written before the rules (never from the independent message sets): work in
person offered or asked as coming round, getting into another person's account or mail,
secret tracking passed off as analytics, locating a private person, and made-up testimonials
or ratings; both senders, typos, lower case, non-native English. Beside them, hard negatives
that must stay allowed: the client's own plans, security work the client owns, real reviews,
maps of the client's own shops and order tracking.
"""

from __future__ import annotations

import pytest

from directcontracts.screening import engine

CLIENT, FREELANCER = True, False

IN_PERSON = [
    ("I can come by your office on monday and install the security cameras", FREELANCER),
    ("i live nearby, i can drop by and fix the router for you", FREELANCER),
    ("can you stop by the shop tomorrow and paint the sign on the window?", CLIENT),
    ("could you swing by our office and assemble the new desks, its 6 of them", CLIENT),
    ("I'm 10 minutes from you, I can pop over and set up the printer", FREELANCER),
    ("i live 10 min from you so i can come and mount the tv on the wall", FREELANCER),
    ("pls come to our warehouse friday and help deliver the goods by bike", CLIENT),
    ("if you live close, could you drop by and fix our wifi router?", CLIENT),
    ("I am living near to your place, I come and install cameras in your garden", FREELANCER),
    ("can u pop over to the cafe and hang the new menu boards", CLIENT),
    ("Happy to swing by the studio after 5 to assemble the shelves.", FREELANCER),
    ("you are near us right? come over and repaint the sign on our window pls", CLIENT),
    ("i can deliver the parcels by bike around your area, i live nearby", FREELANCER),
    ("Could you stop by our flat and fix the router, it keeps dropping", CLIENT),
    ("we are neighbours almost, i pop over after work and fix ur router ok?", FREELANCER),
    ("could u drop by the bakery tmrw and paint our name on the window glass", CLIENT),
    ("I live 5 min from your office, so i can swing by and put up the shelves", FREELANCER),
    ("im close by, i could come round and put the cameras up for you", FREELANCER),
    ("pls pop round and assemble the ikea desks for our team", CLIENT),
]
ACCOUNT_INTRUSION = [
    ("can you help me get around the two-factor login on my business partner's account?", CLIENT),
    ("i need to read my employee's emails without him knowing", CLIENT),
    ("I can bypass the 2FA on your ex's account, no problem", FREELANCER),
    ("add a hidden keylogger to the app, call it analytics so users dont notice", CLIENT),
    ("pls put a secret tracker in the app for analytics, users should not see it", CLIENT),
    ("Can you get me into my partner's gmail? I want to read her mail", CLIENT),
    ("i want to read my business partners mails, he changed the password", CLIENT),
    ("I know how to skip the two factor sign-in on any instagram account", FREELANCER),
    ("build in a keylogger that records what users type, for analytics only", CLIENT),
    ("we need to get past the 2fa of our former employee's account and read his inbox", CLIENT),
    ("i can install a secret keylogger on your wife's laptop", FREELANCER),
    ("track users location secretly in the app, say its for analytics", CLIENT),
    ("i want to go through my employee's inbox, he use 2fa, can u help bypass", CLIENT),
    ("Put a small keylogger in the app build, we tell users its crash analytics", CLIENT),
    ("help me log in to my employee's outlook, he has the 2fa app", CLIENT),
    ("how do i read my husband's messages without him finding out", CLIENT),
    ("add tracking to the app that users cant see, marketing wants it for analytics", CLIENT),
]
LOCATING = [
    ("can you find where this girl lives from her instagram photos?", CLIENT),
    ("i have a phone number, find me the home address of the person", CLIENT),
    ("I can locate anyone from a phone number, send it over", FREELANCER),
    ("track down this woman from her photos, I need to know where she lives", CLIENT),
    ("pls find out where my ex lives now, i have some pictures of her", CLIENT),
    ("Could you trace this phone number and tell me where the owner is?", CLIENT),
    ("I can work out someone's address from the background of their selfies", FREELANCER),
    ("need to track my ex girlfriend's location from her phone number", CLIENT),
    ("find the address of the guy in these photos, he lives somewhere in Leeds", CLIENT),
    ("can you geolocate this woman from her pictures and tell me her street", CLIENT),
    ("I'll track the location of the number you sent, I'll tell you where he lives", FREELANCER),
    ("who lives at this number? find his home address pls", CLIENT),
    ("this girl posted pics from her balcony, can you figure out where she lives", CLIENT),
    ("can you find this woman's house from the photos she posted", CLIENT),
    ("whats her address? i only have her insta pics", CLIENT),
]
TESTIMONIALS = [
    ("just make up a few testimonials for the landing page, nobody checks", CLIENT),
    ("write 10 customer quotes, just make them up and vary the wording", CLIENT),
    ("can you write some app store ratings from different users, vary the wording", CLIENT),
    ("I can write fake testimonials for you and vary the wording so they look real", FREELANCER),
    ("add five 5-star reviews for the app store, make them up", CLIENT),
    ("we dont have customers yet, invent some quotes from happy clients", CLIENT),
    ("pls write 20 reviews for our app in the play store from different names", CLIENT),
    ("i will make up testimonials from doctors for the homepage", FREELANCER),
    ("Make up some quotes from satisfied customers, change the wording each time", CLIENT),
    ("put some made up customer testimonials on the site, with names and photos", CLIENT),
    ("write ratings for the app store as if from real users", CLIENT),
    ("I can post app store reviews from many accounts for your app", FREELANCER),
    ("ask your team to give our app 5 star ratings on the play store from their phones", CLIENT),
    ("I will invent the reviews myself, different names each one", FREELANCER),
]
# Must stay allowed: the client's own plans, security work the client owns, real reviews, maps
# of the client's own shops, order tracking.
ORDINARY = [
    ("our installer comes tuesday to put up the cameras, you just do the website", CLIENT),
    ("I'll stop by the printer's myself to pick up the flyers", CLIENT),
    ("we will stop by the office on friday and fix the router ourselves", CLIENT),
    ("Please add two-factor sign-in to our app", CLIENT),
    ("penetration test of our own staging server next week, scope attached", CLIENT),
    ("we will ask our real customers for reviews after launch", CLIENT),
    ("can you make a map of our shops for the contact page?", CLIENT),
    ("add a screen to track orders in the app", CLIENT),
    ("our IT guy comes friday to fix the router, so the site may be down", CLIENT),
    ("add analytics to the app with a clear consent banner", CLIENT),
    ("we added 2FA for admin logins, please test the sign-in flow", CLIENT),
    ("please set up password reset emails for our users", CLIENT),
    ("the testimonials are from real clients, I'll send their permission forms", CLIENT),
    ("can you lay out the quotes our customers sent us on the reviews page", CLIENT),
    ("add a store locator so people find the nearest shop", CLIENT),
    ("track the delivery status of each order and show it to the customer", CLIENT),
    ("I'm 10 minutes late to the call, sorry", FREELANCER),
    ("swing by the figma file when you have a minute, I left comments", CLIENT),
    ("a page that asks our customers to rate the app in the app store", CLIENT),
    ("can you write a privacy page that explains what analytics we collect?", CLIENT),
    ("we need a contact form with a phone number field", CLIENT),
    ("please vary the wording of the headlines a little", CLIENT),
    ("I'll swing by and fix the typo on the pricing page tonight", FREELANCER),
    ("add the tracking pixel for marketing, users wont see anything change", CLIENT),
    ("I need to see the employee messages in the admin panel you built", CLIENT),
    ("how do i read my clients messages in the dashboard?", CLIENT),
    ("let our users skip the 2fa code on trusted devices for 30 days", CLIENT),
    ("can you come up with a quote for the extra pages?", CLIENT),
]


def _params(rows: list[tuple[str, bool]]) -> list[object]:
    return [
        pytest.param(text, from_client, id=("client: " if from_client else "freelancer: ") + text)
        for text, from_client in rows
    ]


@pytest.mark.parametrize(("text", "from_client"), _params(IN_PERSON))
def test_work_in_person_offered_or_asked_as_coming_round_is_held(text, from_client):
    assert engine.screen_message_work(text, from_client=from_client).verdict != "allow"


@pytest.mark.parametrize(("text", "from_client"), _params(ACCOUNT_INTRUSION))
def test_getting_into_another_persons_account_mail_or_keystrokes_is_held(text, from_client):
    assert engine.screen_message_work(text, from_client=from_client).verdict != "allow"


@pytest.mark.parametrize(("text", "from_client"), _params(LOCATING))
def test_locating_a_private_person_from_photos_or_a_number_is_held(text, from_client):
    assert engine.screen_message_work(text, from_client=from_client).verdict != "allow"


@pytest.mark.parametrize(("text", "from_client"), _params(TESTIMONIALS))
def test_made_up_testimonials_quotes_or_ratings_are_held(text, from_client):
    assert engine.screen_message_work(text, from_client=from_client).verdict != "allow"


@pytest.mark.parametrize(("text", "from_client"), _params(ORDINARY))
def test_the_clients_own_plans_and_security_work_stay_allowed(text, from_client):
    assert engine.screen_message_work(text, from_client=from_client).verdict == "allow"


def test_a_made_up_testimonial_is_held_in_a_work_brief_too():
    verdict = engine.screen_work(
        title="Landing page",
        description="We have no customers yet, invent quotes from happy clients.",
    )

    assert verdict.verdict != "allow"


def test_a_brief_about_fighting_fake_reviews_is_not_read_as_made_up_testimonials():
    verdict = engine.screen_work(
        title="Fake review detector",
        description="Our marketplace is flooded with fake reviews: bursts of five-star ratings "
        "from new accounts. We want a classifier that flags them for our trust team.",
    )

    assert "misleading.made_up_testimonials" not in " ".join(verdict.reasons)
