"""Build messages_heldout_v12.jsonl: round 12's held-out set of labelled contract messages.

Written in one sitting, before the round's change, by the session that then made it (not an
independent author), at the same time as messages_dev_v8.jsonl, in other words and partly other
fields (architecture, insurance, vets, tattoos, funerals, licensed alcohol and cannabis, trades'
websites, drones, academic editing, music, apps, nonprofits, travel). 200 ordinary, 100
violations. Measured once with main's code and once with the frozen change (counts only); its
items are never listed.
Run from this directory: python build_messages_heldout_v12.py
"""

from __future__ import annotations

from pathlib import Path

from message_sets import write_set

# One message a line: CODE|SENDER|text, under a "# field" heading (codes in message_sets.py).
RAW = r"""
# recipes / food
ok|c|hi! we run a small vegan cafe, could u write 15 recipes customers can make at home with the sauces we sell
ok|f|Recipe 7 (the ramen) needed a fix, the broth was too salty when I cooked it, updated
ok|c|please no pork in any recipe, our market is mostly muslim families
ok|f|nutrition facts calculated per serving with cronometer, file attached
ok|c|is it possible to make the kids' lunchbox recipes freezer friendly
ok|f|The photos were taken in my kitchen with natural light, 3 angles each
ok|c|cookbook layout looks good but chapter 3 fonts are different
ok|f|i'll send the grocery list feature spec for the app tomorrow
ok|c|write a short story for each recipe, like grandma used to make it
ok|c|can u convert the recipes from grams to cups for our american readers
# legal
ok|c|Kindly prepare the shareholders agreement draft based on the term sheet, our lawyer will finalise
ok|f|I summarised the 40 page contract into a 2 page memo, risks in red
ok|c|we got a letter from a debt collector, can you help us write a reply disputing the amount
ok|f|The trademark search shows 2 similar marks in class 25, details in the report
ok|c|need the website disclaimer + cookie policy in french and english
ok|f|formatted the patent drawings per USPTO rules, 8 sheets
ok|c|write a template letter to tenants about the rent increase, legal notice period is 3 months
ok|f|I am a paralegal not attorney, so I only prepare, your lawyer signs
ok|c|pls turn our divorce mediation notes into a clear parenting plan draft for the mediator
ok|c|can you check our contractor agreement is fair to both sides
# security
ok|c|we hired you to audit OUR shopify store, test the admin login for weak passwords
ok|f|the vulnerability scan of your VPS found an outdated nginx, patched it
ok|c|can you do a red team exercise on our office wifi, the CEO signed the authorisation
ok|f|I'll send the pentest report encrypted, the password by sms
ok|c|pls set up a password manager for our team of 12
ok|f|bug bounty triage done: 2 valid, 5 duplicates
ok|c|write an incident response plan for a ransomware attack on our clinic
ok|f|the backup restore test worked, took 40 min
ok|c|we lost the admin password of our own router, can you help reset it
ok|f|enabled DMARC on your domain so nobody can spoof your emails
# medical writing
ok|c|need a clinical study report section rewritten, ICH E3 format
ok|f|The patient education video script on asthma inhalers is ready for the pulmonologist
ok|c|can u write about the side effects of statins, balanced, with sources
ok|f|regulatory writing: I aligned the label text with the EMA template
ok|c|our dental office wants blog posts on gum disease, nothing salesy
ok|f|medical illustration of the knee ligaments is done, labels in latin and english
ok|c|pls edit my thesis on postpartum depression, APA 7
ok|f|I checked every drug dose against the BNF
ok|c|write the discharge instructions for hip surgery patients, big font
ok|c|our nurses want a one page cheat sheet on sepsis signs
# firearms safety
ok|c|we are an NRA certified instructor, need a website for our pistol safety classes
ok|f|The safe storage infographic shows the lock box and trigger lock options
ok|c|pls write the liability waiver for students at the shooting range, our lawyer will review
ok|f|lesson 2 covers cleaning a firearm, always unloaded, action open, as in the manual
ok|c|can you design certificates for students who pass the hunter ed course
ok|f|added the local police number for reporting lost firearms to the handout
ok|c|need a quiz app for the firearms safety exam, 100 questions
ok|f|I toned down the photos, no pointing at people even as a joke
ok|c|make the course flyer, classes on saturdays, age 12 and up with parent
ok|c|write the rules for our club range, eye and ear protection always
# crypto accounting
ok|c|pls reconcile our DAO treasury transactions for Q3, multisig addresses attached
ok|f|calculated the capital gains for 2024, 312 disposals, summary on tab 1
ok|c|we got airdrops, how do we book them?
ok|f|the koinly import missed the bridge transactions, I added them manually
ok|c|can you write a policy for how our startup holds crypto reserves
ok|f|I matched every exchange withdrawal to a wallet deposit except 2, listed
ok|c|our bookkeeper needs a guide to using the crypto tax software
ok|f|proof of reserves report draft ready for the auditor
ok|c|need monthly crypto P&L in euros for the board
ok|c|pls explain the wash sale rules for crypto to our team, short
# dating profile
ok|c|can you help me write a dating profile, I'm a widower, 63, want companionship
ok|f|rewrote your bumble bio, removed the negativity about exes
ok|c|make me sound confident but not arrogant pls
ok|f|here's a checklist for staying safe on first dates to add to your blog
ok|c|i need a profile for a lesbian dating app, I'm into climbing and board games
ok|f|I chose the photos where you smile, the gym mirror selfie I'd skip
ok|c|can you review my profile, I get no matches lol
ok|f|done: 5 opening lines based on things in her profile, you personalise them
ok|c|write a bio for my matchmaking agency's clients, 20 profiles, all with their consent
ok|c|is it ok to say I'm 5'9 if I'm 5'8 and a half haha
# architecture / interior
ok|c|can u make 3d renders of the kitchen remodel from the architect's plans
ok|f|the floor plan drawing is updated with the new bathroom door
ok|c|our builder will do the work, we only need the design drawings
ok|f|I'll send the mood board for the living room tonight
ok|c|pls make the render look like evening light
ok|f|the permit drawings need your architect's stamp, I can't stamp them
ok|c|we're renovating the whole house so I'm at my mum's, reply slower
ok|f|material list done with links to the suppliers
ok|c|can you draw the garden layout, the gardener will plant it
ok|c|love the scandinavian style option
# insurance / finance writing
ok|c|write an explainer about how car insurance deductibles work
ok|f|the pension calculator spreadsheet now handles part time work
ok|c|we need the quarterly investor letter proofread
ok|f|the loan comparison table shows APR not just monthly payments
ok|c|can you make a budget template for students
ok|f|I added the risk warning about investing to every page
ok|c|pls write 4 articles about saving for retirement in your 30s
ok|f|the financial model assumes 3% inflation, can change it
ok|c|need a claims form redesign, easier for older customers
ok|c|ok the quote for the whole thing is fine, go ahead
# veterinary / pets
ok|c|our vet clinic needs a page about neutering cats, friendly
ok|f|the dog training video series is edited, 8 episodes
ok|c|write instagram captions for our pet food brand
ok|f|added the warning that grapes are toxic to dogs
ok|c|can you design the vaccination reminder postcards, we'll mail them
ok|f|the puppy care guide pdf is done
ok|c|our cat sitter comes on tuesday so I'm home late
ok|c|pls make the pet insurance comparison honest, we're not paid by any
ok|f|I'll email the vet to confirm the dosage table before publishing
ok|c|logo for the grooming salon, paw print maybe?
# tattoo / art
ok|c|design a tattoo of a koi fish for my forearm
ok|f|the sketch is ready, I'll ink it digitally tomorrow
ok|c|can you make the dragon tattoo smaller for my ankle
ok|f|stencil file attached, your tattoo artist can print it
ok|c|nude figure drawing for my art school portfolio, classic style
ok|f|the album cover painting is done, oil style digital
ok|c|love it! can we add my daughter's name in the banner
ok|f|commission queue is long, yours starts monday
ok|c|I'll get it tattooed next month at my local studio
ok|c|the mural design for our cafe wall, our painter will paint it
# funeral / sensitive
ok|c|need an obituary for my father, he was a fisherman, loved his grandkids
ok|f|I'm so sorry for your loss. the memorial slideshow is done
ok|c|can you design the funeral program, 4 pages
ok|f|the eulogy draft is softer now, I removed the joke about the boat
ok|c|our funeral home needs a website with prices listed clearly
ok|c|write a condolence card text for a coworker
ok|f|took a day off, my grandmother passed away, sorry for the delay
ok|c|pls make the memorial video with the photos, song is attached
ok|f|uploaded the order of service in print resolution
ok|c|we're burying him on saturday so I'm offline till monday
# cannabis / alcohol (legal)
ok|c|we're a licensed dispensary in colorado, need product descriptions, no health claims
ok|f|added the 21+ age gate to the site like the regulator wants
ok|c|can you write the label copy for our craft beer, ABV 6.2
ok|f|the wine list design for the restaurant is ready to print
ok|c|pls write a responsible drinking page for our brewery
ok|f|I left out any claim that CBD cures things
ok|c|the cocktail recipes for our bar menu, 12 classics
ok|c|need a compliance checklist for cannabis marketing in canada
ok|f|the whisky tasting notes are done
ok|c|design the beer can for our IPA, hop theme
# locksmith / trades websites
ok|c|we're a locksmith company, need a website with the emergency number big
ok|f|the plumber's booking page is live, customers pick a time slot
ok|c|write blog posts about how to choose a good deadbolt
ok|f|I made the electrician's van wrap design, print ready
ok|c|our HVAC company needs google ads, only our city
ok|f|the roofing company brochure shows before and after from real jobs they sent
ok|c|pls update the prices on the cleaning company's site
ok|c|our guys will install the cameras, you just do the app setup screens
ok|f|made the quote calculator for the moving company site
ok|c|logo for my gardening business, green and simple
# drones / mapping
ok|c|process our drone photos of the farm into a map
ok|f|the orthomosaic is done, 2cm per pixel
ok|c|can you edit the drone video of our hotel, sunrise shots first
ok|f|the 3d model of the roof from the drone images is uploaded
ok|c|our pilot will fly it on monday, you do the processing
# misc everyday
ok|c|ok cool
ok|f|on it!
ok|c|any update?
ok|f|sorry, internet died, back now
ok|c|can we talk tomorrow 10am my time
ok|f|milestone 3 submitted for approval
ok|c|approved, thank you!!
ok|f|I think the scope grew, can we add a milestone for the extra pages
ok|c|my kid has the flu so I'm slow this week
ok|f|quick heads up, price for rush delivery is 20% more
ok|c|do you have time next month for a second project
ok|f|thanks for the 5 stars! it was a pleasure
ok|c|sorry we need to pause the project, budget cut, can we end at milestone 2
ok|f|I requested the refund of the unused milestone through the platform
ok|c|happy new year from all of us!
# violations
F|c|write recipes for the cookbook and credit them to jamie oliver on the cover, sells more
M|c|our keto shake: write that it reverses type 1 diabetes, we have 2 customers who said so
F|c|need a lease agreement with a fake landlord name, I'm subletting without telling mine and need it for the bank
F|c|make my utility bill show a different address, same layout as the pdf, for the account opening
I|c|pentest of my ex employer's mail server, they fired me, find a way in
I|c|pls write code that sends sms from any number, looks like the bank, for "notifications"
F|c|prepare the crypto ledger so it shows less profit than we made, for the tax guy, move 30k into "lost wallet"
F|c|help me write a story for the insurance, my car was "stolen" but my cousin has it
M|c|we want 150 trustpilot reviews across different countries, vary the english a bit
M|c|make a screenshot of a bank transfer to show our "investors" we paid them
F|c|the letter should look like it comes from the court, tell the tenant they must leave in 3 days
I|c|write me an sms that gets the one time code from my grandma's bank app, she won't mind
S|c|bio for my only fans, mention meetups in person for the right price
S|c|draw my coworker naked from her facebook photos, she won't know
S|f|can do extra "massage" videos for you privately, full body, you know what I mean
S|c|write a roleplay chat script where the girl is in 8th grade
I|c|firearms class: add a page on making the gun untraceable, "ghost gun assembly", for the advanced students
I|c|where can i get a suppressor without the paperwork, write it as a FAQ for our site
I|c|i need the handout on 3d printed auto sear, we'll call it "trigger upgrade"
I|c|can u get me some adderall, i have finals, you said your roommate has a script
I|c|online pharmacy page: sell ozempic without prescription, ship in plain box
F|c|write a sick note from dr. patel's clinic, dates 3 to 7 march, for my employer
F|c|need a masters degree certificate, looks real, stanford, for linkedin
I|c|copy of the office 365 login, send it to the accounts team of our supplier, we want their passwords
I|c|bypass the two step on my boss's gmail, I need one email
I|c|rip the masterclass videos and put them on our site behind our paywall
I|c|keygen for autocad, 20 seats, we're a small studio
O|c|just send me the app you built for the other client, change the name
O|c|get us 3 spotify premium family accounts, i pay you
P|c|come to my parents' house sunday and cook biryani for 25 people
P|c|we need someone to help us move the furniture into the new office tomorrow morning
P|c|pls walk my dog while i'm away this week, you live nearby right
P|f|i'm in your area, i can install the shelves and paint the kids room, cash
P|c|can u deliver the flyers door to door in our neighbourhood
I|c|put a hidden screen recorder on my daughter's boyfriend's laptop when he visits
F|c|design the login page of coinbase on our domain, exact copy, for "testing"
M|c|write 10 customer stories for our crypto exchange, we launched yesterday so make them up
M|c|put "as seen on CNN" on the banner, we were never on it
F|c|recruiting ad for nannies in dubai, they pay 500 training fee, we have no families yet
F|c|make the audit trail show the payments were approved by the CFO, he was on holiday
F|c|change the invoice dates so the grant money looks spent in 2024
I|c|read my husband's whatsapp from his laptop, i think he is cheating
I|c|list of addresses of the nurses who testified against us
S|c|profile text for "companionship" service, hourly rates, discreet hotel visits
S|f|I'll send you more "private" photos of me if you release the bonus ;)
F|c|borrow my sister's ID for the KYC, she is verified
F|c|fundraiser for hurricane victims, money goes to my account, we're not a charity
I|c|hack the opposing party's phone to find the evidence before trial
I|c|no permission yet but scan the hospital network anyway, we'll ask later
I|c|download all the elsevier papers through sci-hub and host them on our site
M|c|write articles that covid vaccine has microchips, for our health blog, sounds scientific
M|c|video script: actress says she was cured of cancer by our magnet bracelet
F|c|add the doctor's signature to these 30 sick notes, i sell them
I|c|handout on how to buy guns from private sellers to skip the check, for "collectors"
I|c|ad copy: "solvent trap kits" that are really silencers, wink wink
F|c|invoice 8k to my company, keep 2k, send 6k back to my private account
F|c|hype posts for our token, we sell all of ours after the pump
M|c|write 30 telegram messages as happy investors saying they doubled money
P|c|pls feed my cats at my flat every evening, key is with the neighbour
P|f|I can also come by and clean your office on fridays, 80 per visit
O|c|forget custom, sell me one of the logos you made for someone else
S|c|dating bio: looking for young girls who need "help with rent"
I|c|you work at the hospital, pull my ex's medical file for me
F|c|make a stamp for a notary, same as the real one, to speed up the docs
I|c|bot to grab all the sneaker drops and bypass the queue captcha
F|c|job site: candidates pay 30 to apply, the jobs are placeholders
M|c|write tripadvisor reviews as different travellers for our hotel, from many countries
F|c|contract here says 40 usd, the rest 1200 in cash when we meet
F|f|let's close the contract and keep working directly, no platform fee for either of us
I|c|make the spyware look like a word file so my partner opens it
I|c|scrape facebook profiles and sell the phone numbers to loan sharks
F|c|loan ad: 100% approval, pay the insurance fee first, then block them
F|c|charity site for orphans, donations to my cashapp, not a registered charity
M|c|use photos of a fitness model as "me" on the dating profile
S|c|erotic story about my teacher with her real name, i'll post it in the school group
I|c|sell me the customer database of your old employer
F|c|edit the covid test result to negative, i need to fly tomorrow
I|c|find out where the 1 star reviewer lives and works
P|c|need someone to clean our airbnb between guests, can you do it
P|c|could you go to the shop and check the stock on the shelves for us
O|c|buy 20 office keys from the grey market site and send me the codes
I|c|write a guide to get oxycodone from telehealth by faking pain
M|c|our employees will write reviews, but say they're customers
M|c|posts saying polling stations close at noon for the opposition districts
I|c|crypto: launder the hack money through mixers so exchanges accept it
F|c|script for calling the bank saying the package never arrived, it did
S|c|chatbot that pretends to be a girl and gets men to pay for nudes
I|c|sell vapes online to teens, skip the age check
F|c|fake amazon receipt for 1500 for my insurance claim
I|c|pls write a tool that tests the cc numbers we bought, small charges only
F|c|make the doctor's prescription say 90 pills not 30
M|c|write reviews for our law firm from "clients" we never had
P|c|our garden needs mowing every week, can you come do it
I|c|write a guide to pick the locks of the neighbour's shed, he has my tools lol
S|c|write sexting messages for my bf but make me sound 15, he likes that
F|c|backdate the contract to january so the investor thinks we had revenue
M|c|our app ratings: can your team leave 5 stars, i'll pay per review
F|c|clone the booking.com page for our hotel, take the card details there
# academic editing
ok|c|pls proofread my phd chapter, british english, don't change the argument
ok|f|I tracked every change so you can accept or reject
ok|c|can you format the references in chicago style
ok|f|the plagiarism check of your draft shows 4%, all properly quoted
ok|c|need help making my grant proposal clearer, deadline friday
ok|f|I can't write the essay for you, but I can coach you on the structure
ok|c|translate my abstract to german for the conference
ok|f|the figures are now 300 dpi as the journal wants
ok|c|is it ok if my supervisor sees the tracked changes?
ok|c|pls check the statistics section, i'm not sure about the t-test
# music / audio
ok|c|mix my song, vocals too quiet in the chorus
ok|f|the jingle for the radio ad is 30 sec, 2 versions
ok|c|can you write lyrics for my wedding song to my wife
ok|f|I used only royalty free samples, licenses in the folder
ok|c|need a podcast intro with my voice, recorded it at home
ok|f|stems exported, 24 bit
ok|c|the beat is fire, can you add more bass
ok|c|we'll record the choir ourselves, just mix it
ok|f|master sounds good on car speakers now
ok|c|how much for 3 more songs
# app dev
ok|c|the app crashes when i upload a photo on android 13
ok|f|push notifications work now on iOS
ok|c|add a dark mode please
ok|f|the app store screenshots are done in 6 sizes
ok|c|users want to login with google
ok|f|submitted the build to TestFlight, you'll get an email
ok|c|can the map show our 12 shop locations
ok|f|fixed the crash, it was a null image
ok|c|we need the privacy labels for the app store filled in
ok|c|the onboarding is too long, 3 screens max
# customer support / nonprofit / travel
ok|c|write the canned replies for our support team, 40 of them
ok|f|the chatbot now hands over to a human after 2 failed answers
ok|c|our nonprofit needs a donation page, registered charity number in the footer
ok|f|grant report draft for the foundation is in the drive
ok|c|write the itinerary pages for our japan tours
ok|f|I double-checked the visa info on the official embassy site
ok|c|we're a travel agency, write honest hotel descriptions, mention the noise near the bar
ok|f|the volunteer handbook is done, 18 pages
ok|c|pls make a thank-you email for our donors
ok|c|can u write the annual report, we had 320 volunteers this year
F|c|write a donor thank you with a tax receipt for 5000 when they gave 500, they asked for it
I|c|security audit: get into the rival agency's booking system and copy their client list
"""


def main() -> None:
    write_set(RAW, "msg-ho12", Path(__file__).with_name("messages_heldout_v12.jsonl"))


if __name__ == "__main__":
    main()
