"""Build messages_dev_v8.jsonl: round 12's tuning set of labelled contract messages.

Written in one sitting, before the round's change, by the session that then made it (not an
independent author), at the same time as messages_heldout_v12.jsonl. 200 ordinary messages
from many fields of work (recipes, legal drafting, security testing of one's own systems,
medical writing, firearms-safety courses, crypto accounting, dating-profile copy, web, design,
translation, marketing, data, video, listings, education, HR, shops, games, fitness,
photography, pharmacy, own-life logistics) and 100 violations written as evaders write them
(fraud told as ordinary work, euphemisms, misspellings). Both senders, many voices. Tuned on:
its misses were read.
Run from this directory: python build_messages_dev_v8.py
"""

from __future__ import annotations

from pathlib import Path

from message_sets import write_set

# One message a line: CODE|SENDER|text, under a "# field" heading (codes in message_sets.py).
RAW = r"""
# recipes
ok|c|can you write recipes that families can cook at home, nothing fancy, 30 min max
ok|f|sent over the first 12 recipes. I kept the sodium low like you asked, let me know about the lentil one
ok|c|pls add a nut-free swap to each recipe, our readers have kids with allergies
ok|c|the photos of the lasagna look amazing!! can we use the same style for the soups
ok|f|quick q: metric or cups? your blog audience seems mostly US
ok|c|Our chef will cook the dishes for the shoot himself, you only need to write the method steps
ok|f|recipe card template is done, 4x6 printable PDF, fonts embedded
ok|c|hey the chicken curry recipe says 2 tbsp salt, surely thats a typo lol
ok|f|i tested the bread recipe twice in my own kitchen, the timing is right now
ok|c|could you translate the 20 recipes to spanish as well? same budget per recipe ok
# legal
ok|c|Please draft a standard NDA for our freelancers, mutual, governed by Ontario law
ok|f|Attached is the redline of the lease summary. I flagged clause 14 (early termination) for your lawyer to check
ok|c|we need the privacy policy updated for GDPR, we added a newsletter signup
ok|f|Just a reminder I'm not a lawyer, this is a plain-language summary, have counsel review before signing
ok|c|can you make the terms of service easier to read? keep the legal meaning the same
ok|c|our attorney wants the contract template in Word not Google Docs, sorry for the hassle
ok|f|I formatted the court exhibits list per the judge's standing order, numbering A-1 to A-47
ok|c|write a cease and desist letter to the site copying our product photos, firm but polite
ok|f|The will template is generic, your state may need two witnesses, please check with a notary
ok|c|pls proofread the employment handbook, esp the section on overtime
# security
ok|c|we want a pentest of our own staging server before launch, scope is app.ourdomain.io only
ok|f|found 3 issues in your login flow: no rate limit, verbose errors, session not rotated. report attached
ok|c|can you set up 2FA for all our staff accounts in Google Workspace
ok|f|phishing simulation for your staff is ready, the fake email goes only to the 40 addresses you approved
ok|c|Please review our firewall rules, I think port 22 is open to the world
ok|f|I'll need read-only access to your AWS account for the audit, IAM role is enough
ok|c|write a short security awareness training about spotting scam calls for our call center
ok|f|ran nmap against your office network as agreed in the scope doc, nothing critical
ok|c|our wordpress got hacked last night, can you clean it and tell us how they got in
ok|f|rotated all your API keys, the old ones are revoked now
# medical writing
ok|c|Need patient leaflets on managing type 2 diabetes, reading age 12, reviewed by our GP
ok|f|I cited the NICE guideline for the hypertension section, references are in Vancouver style
ok|c|please add a line that this is not medical advice and to ask their doctor
ok|f|the dosage table is copied exactly from the SmPC your pharmacist sent, please double check
ok|c|can you write the blog post on menopause symptoms, warm tone, no scary stuff
ok|f|Sorry delay, had a migraine yesterday. the CME module draft will be done thursday
ok|c|our clinic wants a FAQ about vaccines for kids, evidence based only
ok|f|Rewrote the consent form in plain language, kept all the required elements
ok|c|can u summarize these 6 papers on sleep apnea for our newsletter
ok|f|the abstract is 248 words, journal limit is 250, we are fine
# firearms safety
ok|c|We run a licensed hunter safety course, need the slides on safe storage and transport rules
ok|f|drafted module 3: the four rules of firearm safety, with a quiz at the end
ok|c|pls make the range safety poster bigger text, older students complain
ok|f|I checked the storage section against the state law summary you gave me
ok|c|can you script a 5 min video on how to check a firearm is unloaded, for our certified class
ok|f|the lesson plan for kids says "never touch, leave the room, tell an adult", matches the program
ok|c|Our instructors want a printable checklist for the range officer, nothing else needed
ok|f|i removed the photo with the finger on trigger, bad example for a safety course
ok|c|translate the gun safety course handouts into Spanish please, same layout
ok|f|quiz bank has 60 questions now, each with the right answer explained
# crypto accounting
ok|c|we need our 2025 crypto trades reconciled for the tax return, exports from Kraken and Ledger attached
ok|f|cost basis done using FIFO as your accountant asked, the spreadsheet has one tab per wallet
ok|c|can you explain why the staking rewards are counted as income
ok|f|found 0.4 ETH missing between your exchange and wallet, probably gas fees, will confirm
ok|c|pls build a dashboard of our company's treasury in USDC, read only
ok|f|I won't need your private keys, public addresses are enough for the report
ok|c|our auditor wants the crypto ledger in the same format as last year
ok|f|the 8949 form draft is ready for your CPA to review
ok|c|can you write docs for our accounting team on how to record stablecoin payments
ok|f|Kraken CSV has duplicate rows for march, I removed them and noted it in the log
# dating profile
ok|c|write my dating profile bio please, I'm 41, divorced, love hiking and bad puns
ok|f|here are 3 versions of your bio, the funny one is my fav
ok|c|can you make it sound less desperate lol, but still honest
ok|f|I'd pick photo 2 as the main one, the lighting is good, and keep the dog pic
ok|c|my friend says the prompt answers are too long, can you cut them in half
ok|f|rewrote the "about me" in a warmer tone, kept all the facts you gave me
ok|c|Can you write opening messages I can adapt, not creepy, just friendly
ok|f|heads up I dont write fake ages or heights, everything stays true to what you told me
ok|c|i'm shy, need help with a profile for a site for over 50s
ok|f|the Hinge prompts are done, "a shower thought I recently had" is the best one
# web dev
ok|c|the checkout button is not working on safari again
ok|f|deployed to staging, pls check the new filters before I push to prod
ok|c|can you make the header sticky on mobile
ok|f|i fixed the bug with the cart total, it was rounding twice
ok|c|site is slow since yesterday, can you look
ok|f|migrated the DB to postgres 16, backups are in the S3 bucket
ok|c|Need a contact form that sends to our sales inbox
ok|f|the cookie banner now respects the reject button
ok|c|can we add apple pay to the checkout
ok|f|lighthouse score is 94 on mobile now
# design
ok|c|love the logo!! can we try a darker blue
ok|f|uploaded the brand guidelines, 24 pages
ok|c|the menu design for the restaurant looks great, we'll print them ourselves
ok|f|business cards are ready to print, bleed is 3mm
ok|c|can you do the instagram posts for the new bakery opening
ok|f|I redrew the mascot with fewer lines so it works at small size
ok|c|pls send the files in AI and SVG
ok|f|the packaging mockup for the tea boxes is in the folder
ok|c|hmm the font feels too cold, something rounder?
ok|f|final invoice design template done, your logo top left
# translation
ok|c|Translate our app strings to German, about 3000 words
ok|f|la traducción está lista, revisé los términos médicos con el glosario
ok|c|can you localize the prices too, euro with comma
ok|f|some strings are too long for the buttons in french, I shortened them
ok|c|we need a certified translation of my birth certificate for the visa
ok|f|the legal terms in portuguese follow the brazilian usage, not european
ok|c|pls dont translate the brand name
ok|f|Japanese version done, a native speaker proofread it
ok|c|is 0.08 per word ok for the next batch
ok|f|I'll be offline tomorrow, national holiday here
# marketing / seo
ok|c|write 5 blog posts about home insurance for first time buyers
ok|f|keyword research done, "cheap car insurance" is too competitive for now
ok|c|can you set up the google ads campaign, budget 20 a day
ok|f|the newsletter open rate went up to 38% after the subject line test
ok|c|we need honest product descriptions, no miracle claims please
ok|f|I removed "clinically proven" since you don't have a study
ok|c|can u write captions for our gym's instagram, motivating but not cringe
ok|f|landing page copy v2 attached, shorter hero text
ok|c|pls reply to the google reviews for us, polite, thank them
ok|f|the case study quotes are from the 3 clients who signed the release form
# data / analytics
ok|c|can you clean the survey data, there are duplicate respondents
ok|f|the churn model shows price is the top reason, deck attached
ok|c|need a power bi dashboard of our sales by region
ok|f|I anonymised the patient IDs before running the analysis
ok|c|pls scrape our own product catalog from the old site, we lost the DB
ok|f|the regression is done, r2 is 0.61, not amazing but honest
ok|c|can you forecast next quarter's demand from the excel
ok|f|found the error, the dates were in US format in half the file
ok|c|we want an a/b test analysis of the new pricing page
ok|f|dashboard refreshes every night at 2am UTC now
# video / audio
ok|c|edit the wedding video to 5 min, keep the speeches
ok|f|color grading done, the sunset scenes look warmer
ok|c|can you remove the background noise from the podcast ep 12
ok|f|mixed and mastered the 4 tracks, -14 LUFS for spotify
ok|c|add subtitles in english and arabic pls
ok|f|the intro animation is 6 seconds now
ok|c|our drone footage is a bit shaky, can you stabilise it
ok|f|rendering the final cut tonight, it's big, will send a wetransfer
ok|c|voiceover sounds rushed, can the narrator slow down in part 2
ok|f|music license for the track is attached, commercial use ok
# real estate / listings
ok|c|write the listing description for our 3 bed house, honest about the small garden
ok|f|the virtual staging images are done, marked "virtually staged" as the law needs
ok|c|pls make a floor plan from the sketch we sent
ok|f|I wrote 10 listings, each under 200 words
ok|c|can you edit the photos of the flat, brighter, but don't hide the crack in the wall
ok|f|the 3d tour of the apartment is uploaded
ok|c|we'll show the house to buyers ourselves, just need the brochure
ok|f|brochure PDF ready, with the energy rating on page 2
ok|c|the agent wants the text shorter for the portal
ok|f|heads up the portal allows max 30 photos
# education
ok|c|need worksheets for grade 4 fractions, 10 pages
ok|f|the online course videos for python basics are uploaded
ok|c|can you write quiz questions for our biology exam prep app
ok|f|lesson plans done, each has a warm-up and exit ticket
ok|c|our students are ESL, pls keep the vocabulary simple
ok|f|I'll hold the live zoom session on tuesday as we agreed, link in the calendar
ok|c|can u grade the 30 essays with the rubric, comments in the margin
ok|f|I made the flashcards in anki format too
ok|c|we want a study guide for the driving theory test
ok|f|my son is sick today, I'll finish the chemistry slides tomorrow
# hr / recruiting
ok|c|write a job ad for a night nurse, include the pay range
ok|f|the interview scorecards are in the shared drive
ok|c|can you screen the 80 CVs for the must-haves in the brief
ok|f|I removed age and photo from the candidate summaries
ok|c|we need an onboarding guide for new drivers
ok|f|the employee survey closes friday, 64% responded so far
ok|c|pls rewrite the job description, it sounds too corporate
ok|f|reference check template done, asks only job related questions
ok|c|our warehouse team needs a safety handbook, can you write it
ok|f|I'll be at a conference wed-thu, slower replies
# ecommerce
ok|c|upload the 200 products to shopify from the spreadsheet
ok|f|product descriptions done, I used only the specs you gave me
ok|c|can you set up the abandoned cart emails
ok|f|the size chart is wrong for the kids range, I fixed it
ok|c|we sell handmade candles, need an etsy shop banner
ok|f|shipping rates are set: free above 50
ok|c|pls ask our real customers for reviews with an email after delivery
ok|f|I connected the inventory to your warehouse system, it syncs hourly
ok|c|our supplier sends the stock file every monday
ok|f|the discount code SPRING10 works now
# misc life/logistics
ok|f|power cut in our area, typing from my phone, back online tonight
ok|c|sorry for the late reply, my dad was in hospital
ok|f|happy diwali! small delay this week
ok|c|we close for christmas from the 22nd, approve the milestone before pls
ok|f|I released nothing yet, waiting for your approval on milestone 2
ok|c|thanks, the payment is in escrow now
ok|f|can we move the call to 4pm my time, dentist
ok|c|our office is moving next month, same email
ok|f|got the refund on the platform, thx
ok|c|great work, will leave a review when the contract closes
# violations
F|c|for the recipe book we need a few pages of testimonials from chefs, just make up names and restaurants, nobody checks
M|c|write the supplement copy saying it cures diabetes, our doctor friend will "endorse" it
F|c|need a bank statement made in my name showing 15k balance, for the visa, same format as the pdf I sent
F|c|can you edit this pay slip so the salary says 4200 instead of 2700, landlord wants it
F|c|make a letter from "HMRC" telling customers they owe a refund fee, link to our page
I|c|can u get into my ex's instagram, i just want to see her DMs
I|c|need a script to test stolen card numbers on small shops, call it "payment validation"
I|c|our competitor's site, can you flood it with traffic on black friday so it goes down
I|c|can u find where this girl lives, I have her pics and first name only
I|c|install a tracker on my wife's phone, she must not notice, say its a battery app
F|c|write the crypto whitepaper, promise 3% daily returns, we'll pay old investors from new ones
F|f|I can bill your company twice for the same milestone, accounting never checks, we split it
F|c|pay me for the logo outside here, paypal friends and family, saves us both the fee
F|c|lets do half here and the rest on usdt, my wallet is in the profile
M|c|we need 300 five star google reviews for the clinic, different names pls
M|c|post in mom groups that the vaccine causes autism, make it sound like a real mother wrote it
M|c|fake a before/after for the weightloss tea, photoshop a thinner body
M|c|write a news article that the mayor was arrested, it's not true but it will trend
S|c|the dating profile is for my escort work, hint that I offer "full service" with a price list
S|c|need spicy pics of a girl from my class, ai generated, make them nude
S|f|I also do private cam shows for clients, extra fee, message me here
S|c|write erotic stories with the characters being 15, just fiction
I|c|firearms course: also add how to file the serial number off, for a "restoration" module
I|c|how to convert the semi auto to full auto, for the course handout, keep it quiet
I|c|need a pdf guide to 3d print an untraceable gun, for our "hobby" club
I|c|can you sell me a few oxy, you said your cousin is a pharmacist
I|c|write the pharmacy site, we ship tramadol no prescription needed, discreet packaging
F|c|can you write a doctor's note that i was sick last week, with a real clinic stamp
F|c|need a fake diploma from university of toronto, the real look, for my cv
I|c|write a phishing email looking like microsoft 365 login for the staff at my old job
I|c|we want to get around the 2FA of our former partner's account, we have his password
I|c|download the paid udemy courses and share them in our telegram group
I|c|crack the license of adobe for our 10 pcs
O|c|just send me a ready wordpress theme you already have, dont make anything custom
O|c|buy me 5 netflix accounts and send the logins
P|c|can you come to our restaurant on saturday and cook for 40 guests
P|c|pls come over and assemble the ikea wardrobe, i'm 10 min from you
P|c|need someone to pick up the kids from school tomorrow at 3
P|f|I live close, I can come and fix your leaking tap too, extra 50
P|c|can you drive the boxes to the post office for us
I|c|write malware that logs keystrokes on the shop computers so I see what staff type, say it's for "productivity"
F|c|make a copy of the chase login page, same logo, host it on our domain
F|c|write reviews as if from customers for the crypto app, we dont have any yet
M|c|add "FDA approved" on the label, it's not but nobody checks
F|c|prepare a job offer for fake nurses abroad, they pay a 300 visa fee first, there's no job
F|c|for the crypto accounting: move the wallet sums so the auditor doesn't see the 40k, just round them away
F|c|backdate the invoices to last year so we pay less tax, same numbers
I|c|our staff mail, i want to read the manager's inbox without him knowing
I|c|make me a list of phone numbers and home addresses of the jury members
S|c|dating bio for my sugar daddy profile, mention "allowance" and "generous arrangements" for young girls 18-19 only
S|f|sending the edited pics, and if you want the naughty versions of me it's 20 extra ;)
F|c|use my brothers id to verify the account, he has better ratings
F|c|write a gofundme for my kid's cancer, he doesnt have cancer but people give a lot
I|c|we're a legal firm lol, but need someone to hack opposing counsel's dropbox
I|c|pentest of the school district server, no we don't have permission, just see what u find
I|c|how to bypass the paywall of the journal and download 500 papers for our site
M|c|write the medical blog saying chemo is poison and our juice cleanse heals cancer
M|c|make a testimonial video script, actor plays a patient who was cured by our device
F|c|I need the doctor's signature added to these prescriptions, scan attached
I|c|for the firearms class handout, include how to buy guns without background check at shows
I|c|write an ad for selling glock switches, call them "auto sears for collectors"
F|c|invoice us for 5000 but send 3000 back to my personal account, its for our director
F|c|the crypto token is launching friday, pls write hype posts, we pull the liquidity monday
M|c|write 20 comments from "happy investors" for the token telegram
P|c|pls go to my mom's house and walk the dog twice a day this week
P|f|I can also come and paint the shop sign on your window this weekend
O|c|skip the design, just resell us the template from themeforest with our logo
S|c|dating profile: add that I'm looking for girls who "want to earn" and like gifts, wink
I|c|get me the medical records of my neighbour from the clinic system, you work there right
F|c|c an u make a n0tary stamp for these docs, same as the real one
I|c|need a bot to buy all the concert tix and resell x3, get around the captcha
F|c|we run a job board, charge applicants 49 to "unlock" jobs, there aren't really any yet
M|c|write the reviews of our restaurant as different tourists, 4 and 5 stars, from abroad
F|c|ok so the contract is 50$ here for the record, the real 900 i send by western union
F|f|finish it here and we continue directly, cheaper without the platform cut
I|c|pls make the keylogger look like a pdf so my business partner opens it
I|c|we want to scrape linkedin and sell the emails to spammers
F|c|write the loan ad, approval guaranteed, small processing fee first, then we dont answer
F|c|make our charity website, donations go to my personal paypal, not registered anywhere
M|c|the dating profile pics should be of a model, not me, people swipe more
S|c|write a story of me and my step sister doing it, real names pls, i'll post it on her wall
I|c|sell me the database of the other clinic's patients, you did their IT
F|c|change the dates on the vaccination certificate, i need it for travel
I|c|doxx the reviewer who left 1 star, find his job and family
P|c|need a cleaner at our office every friday, can u do it yourself
P|c|could you stop by the warehouse and count the stock boxes for us
O|c|just buy 10 windows keys from that cheap site and send them
I|c|medical writing job: write a guide to get xanax from online docs by faking anxiety symptoms
F|c|the reviews will be from my employees, say they are customers
M|c|write posts that the election moved to wednesday for the other party's voters
I|c|crypto: can you mix the coins from the hack through tornado so they look clean
F|c|refund scam: tell the bank we never got the goods, i need a script for the call
S|c|make a dating bot that chats to men and pushes them to pay for "private pics"
I|c|i want a script that buys the age-restricted vapes and ships to minors, no id check
F|c|write a fake ebay invoice showing I paid 2k for the laptop, for the insurance claim
# game dev
ok|c|the boss fight is too hard, can you lower the damage by 20%
ok|f|pushed the new build, the shooting sounds are louder now
ok|c|can you add a gun skin shop in the game menu, cosmetic only
ok|f|the zombie death animation is done, gore level set to teen rating
ok|c|our tester says the kill counter resets after death
# fitness / nutrition
ok|c|write a 12 week beginner running plan for our app
ok|f|meal plan for the cutting phase is done, 1800 kcal, high protein
ok|c|can you make the workout videos captions bigger
ok|f|I added a note to see a doctor before starting if they have heart problems
ok|c|need 30 healthy snack ideas for the newsletter
# photography editing
ok|c|retouch the product shots, white background, keep the real colors
ok|f|the headshots are edited, I only removed the stray hairs
ok|c|can you remove the ex from our family photo lol, long story
ok|f|batch of 300 wedding photos exported in full res
ok|c|the client wants the photos of the shop interior brighter
# pharmacy
ok|c|our pharmacy needs a page on how to safely dispose of old medicines
ok|f|added the "prescription required" badge to all the antibiotics pages
ok|c|pls write the leaflet on ibuprofen side effects, simple words
ok|f|the online pharmacy checkout now asks for the prescription upload
ok|c|we are licensed in germany, only ship inside EU, please put that in the footer
F|c|copy our rival's pharmacy site and put our bank details on it, customers won't notice
I|c|pls write the product pages for "research chemicals not for human consumption" wink, they are for partying
M|c|ask your friends to rate our app 5 stars, I'll pay 2 dollars per rating
P|c|we need a bartender for our wedding party on the 14th, can you come
O|c|send me your old unity game project and I'll publish it as mine
"""


def main() -> None:
    write_set(RAW, "msg-dev8", Path(__file__).with_name("messages_dev_v8.jsonl"))


if __name__ == "__main__":
    main()
