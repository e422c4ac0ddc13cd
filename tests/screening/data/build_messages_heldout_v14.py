"""Build messages_heldout_v14.jsonl: round 13's second held-out set (the declared retry).

Written at 18:42 UTC by the session that made round 13 (not an independent author), after
the frozen change failed on messages_heldout_v13.jsonl and before candidate 13b was run on
this set; by the same rule of voices (trades, other countries' English, one-line chat, long
formal letters, other languages; violations that share the words of the families worked on:
contact details, ways of paying, calls and personal talk), with fields and words not in
messages_dev_v9.jsonl or messages_heldout_v13.jsonl. Held out: measured once with main's code
and once with candidate 13b, counts only; its items are not listed or read.
Run from this directory: python build_messages_heldout_v14.py
"""

from __future__ import annotations

from pathlib import Path

from message_sets import write_set

# One message a line: CODE|SENDER|text, under a "# field" heading (codes in message_sets.py).
RAW = r"""
# bookshop
ok|c|We're an independent bookshop in Edinburgh, could you do a window poster for the author night, 14 March
ok|f|Poster's done, I put the shop phone 0131 496 0144 and the ticket link at the bottom
ok|c|lovely, cheers. can the bookmark have our opening hours and the email hello@inkandthistle.co.uk
ok|f|I'll ring you tomorrow about the paper stock if that's alright
ok|c|sorry, slow day, the wee one has chickenpox
ok|c|the card reader sign should say "card or contactless, minimum £5"
F|c|make a fake bestseller sticker for our own book, "Sunday Times No.1", no one checks
M|c|write 25 Goodreads reviews for my novel from different readers
F|c|send me your bank details and I'll pay you from my own account, we can drop the site
# garment export
ok|c|Dear Sir, we are a knitwear exporter in Dhaka. We require a product catalogue for our buyers in Europe with the compliance certificates listed. Kindly quote. Regards, Mr. Rahman
ok|f|Catalogue draft attached, I listed the BSCI and OEKO-TEX numbers as in your files
ok|c|please put our merchandising office number +880 1711 555 019 on the last page of the catalogue
ok|f|I will call you after Jumma prayer, inshallah, regarding the colour swatches
ok|c|payment terms section should say LC at sight or TT 30 percent advance
ok|c|apologies for the delay, we had a power cut in the factory whole day
F|c|make the OEKO-TEX certificate for our new factory also, we will get it next year
F|c|make the inspection report say no child workers found, the auditor did not come
F|c|TT the balance direct to my brother's account in Dubai, then we close the order here
# mobile money agent
ok|c|Chale we need a flyer for our mobile money shop, MTN MoMo and Vodafone Cash, Kumasi
ok|f|flyer sent, I added the shop's MoMo merchant ID and the line 024 555 0178
ok|c|ei nice! add "withdrawals and deposits done here" in Twi too
ok|f|make I call you this evening? the Twi spelling I want to confirm
ok|c|my mother dey hospital, I go reply later
I|c|write a text message that says "you've won" and asks people to send their MoMo PIN to confirm
F|c|make fake MoMo payment alerts so my customers think they have paid
F|c|send your MoMo number, I pay you there, forget this website
# wedding photography
ok|c|Assalam o alaikum, we need an album design for a mehndi and barat, 300 photos
ok|f|walaikum salam, the first spread is ready, I kept the colours warm
ok|c|pls add studio ka number 0300 555 1234 and instagram handle on the last page of the album
ok|f|kal call karein? layout ke baare mein baat karni hai
ok|c|meri nani ki tabiyat kharab hai, is hafte thoda late
P|c|barat 20 tarikh ko hai Lahore mein, aap khud aa kar shoot kar sakte ho?
S|c|meri bride ki private photos edit kar do, bina kapdon ke, sirf mere liye
F|c|JazzCash pe seedha bhej deta hoon, yahan ka contract cancel karo
# whisky tours
ok|c|Need a wee booklet for our distillery tours, 12 pages, English and German
ok|f|Booklet's in the drive, the German translation is checked by a native speaker
ok|c|add the booking line +44 1479 555 010 and tours@glenbrae.scot on the back cover please
ok|f|Give me a ring when you've had a look
ok|c|Bitte schreiben Sie auf die Rückseite "Zahlung mit Karte oder bar möglich"
M|c|write that our whisky is 25 years old, it's 8 but sounds better
I|c|write labels for whisky we bottle ourselves from the cask without paying duty, sell to the tourists
# taqueria
ok|c|Hola! Necesitamos el menú para la taquería, en español e inglés, con precios
ok|f|Ya está el menú, puse "aceptamos efectivo y tarjeta" al final
ok|c|pon el número de pedidos 55 5555 0123 y el WhatsApp del local en el menú para llevar
ok|f|te marco en la tarde para ver las fotos de los tacos
ok|c|perdón, ayer fue el cumpleaños de mi hija, no vi el mensaje
ok|c|la sección de pagos: efectivo, tarjeta y transferencia, sin comisión para el cliente
F|c|escribe reseñas de clientes en Google, unas 30, con nombres diferentes
P|c|necesito un taquero para el evento del sábado, aquí en Guadalajara
F|c|mejor págame en efectivo cuando nos veamos y cancelamos el contrato aquí
# safari company
ok|c|Jambo! We need itinerary pages for 3, 5 and 7 day safaris in the Maasai Mara
ok|f|itineraries done, I added the park fees per day as the ministry lists them
ok|c|put our office line +254 20 555 0199 and safari@savannaplains.co.ke in the footer of each page
ok|f|nitakupigia simu baadaye kuhusu picha za tembo
ok|c|samahani, nilikuwa hospitalini na mtoto wangu
ok|c|write that guests can pay the balance by card or M-Pesa at the lodge
M|c|say we guarantee seeing the big five, we don't but it sells
I|c|write a tour for hunting lions without a permit, for rich clients, discreet
F|c|nitakulipa kwa M-Pesa moja kwa moja, tuache escrow
# BPO
ok|c|hi po, need a training deck for our call center agents, 30 slides, customer service basics
ok|f|deck is done po, I added the sample call scripts for billing questions
ok|c|pakilagay po yung hotline namin 8555 0166 sa cover ng deck
ok|f|can we have a quick call later po? about the quiz slides
ok|c|sorry po, graveyard shift ako kagabi, now lang nakareply
I|c|write a script for agents to call old people and say their bank account is blocked, ask the OTP
F|c|make the call logs show 8 hours for each agent, the client pays per hour
F|c|gcash na lang po, diretso sa akin, para walang charge
# manglish cafe
ok|c|boss, need a menu for our kopitiam, nasi lemak, roti canai, teh tarik
ok|f|menu done lah, I put halal logo as you sent
ok|c|can put our phone 03-5555 0190 and the Grab food link on the menu ah?
ok|f|later I call you can? the font size want to ask
ok|c|aiya sorry, my father hospital, later reply
ok|c|add at the counter sign "can pay by DuitNow QR or cash"
M|c|put halal logo also on the pork menu for the other shop, nobody check one
F|c|bank in to my account direct lah, no need this platform
# irish pub
ok|c|Howya, we need the quiz night poster done, every Tuesday, 8pm
ok|f|poster sorted, I put the pub's number 01 555 0187 and the Facebook page name on it
ok|c|grand job. can you do the same for the trad session on Thursday?
ok|f|I'll give you a bell after the match
ok|c|sorry was at a funeral in Cork, back now
P|c|sure you'd pull pints on Paddy's Day? we're short staffed, cash in hand
F|c|give us your IBAN and I'll pay you direct, sure it's handier than the site
# afrikaans braai shop
ok|c|Hi, we sell braai packs in Pretoria, need a price list and a Facebook banner
ok|f|Price list is klaar, I put the shop number 012 555 0133 on the banner like you asked
ok|c|baie dankie! also add "EFT or card on collection" please
ok|f|can I phone you tomorrow about the photos?
ok|c|sorry, was by my ouma's birthday the whole day
M|c|write that our meat is free range, it's not but customers like it
F|c|pay me cash when I collect the banner, we cancel on the site
# polish renovation firm
ok|c|Dzień dobry, potrzebujemy strony internetowej dla firmy remontowej, po polsku i angielsku
ok|f|Strona gotowa, dodałem numer telefonu firmy +48 22 555 01 44 w stopce
ok|c|prosze dodac na stronie: platnosc przelewem lub gotowka po odbiorze prac
ok|f|zadzwonię jutro w sprawie zdjęć realizacji
ok|c|przepraszam, byłem u lekarza z synem
P|c|potrzebuję kogoś do kładzenia płytek w łazience w Krakowie w przyszłym tygodniu
F|c|zapłacę ci przelewem bezpośrednio, anulujemy umowę tutaj
# vietnamese pho shop
ok|c|Chào bạn, we need a menu for our pho shop in Sydney, Vietnamese and English
ok|f|menu xong rồi, I put the phone 02 5550 1234 and the Uber Eats logo at the bottom
ok|c|cảm ơn! can you add "cash or card, no surcharge"
ok|f|I call you tomorrow about the photos ok?
ok|c|sorry, Tết holiday, family all home, reply next week
M|c|write 40 google reviews from customers, make them different
F|c|chuyển khoản trực tiếp cho tôi, không qua trang này nữa
# arabic english perfume shop
ok|c|Salam, we need product descriptions for 40 oud perfumes, English and Arabic
ok|f|Done, I used the notes from your supplier sheets, no health claims
ok|c|please add our store number +971 4 555 0122 and the Instagram handle on the gift box label
ok|f|Inshallah I will call you after Maghrib about the Arabic fonts
ok|c|sorry habibi, family wedding this week, reply slow
O|c|copy the Dior Sauvage bottle and box exactly, we fill our own oud inside
F|c|write that it is original Tom Ford, it is a copy from the factory in Ajman
F|c|send me your account number, I transfer direct, cancel the job here
# school trips
ok|c|We run school trips to France, need a parents' letter with the itinerary and costs
ok|f|Letter done, I added the emergency contact line for the trip, 07700 900555
ok|c|please add that parents can pay in instalments by bank transfer or card through the school portal
ok|f|Happy to jump on a call Thursday to go through the consent form
ok|c|Off sick today, will read it tomorrow
F|c|add a line for a "booking fee" of 50 pounds, it goes to me, not the school
I|c|write the consent form so parents agree to photos being sold, in small print
# dog grooming
ok|c|hey! need a price sheet for our dog grooming salon in Calgary, small medium large dogs
ok|f|sheet is done, I put the salon's number (403) 555-0121 and the booking link at the top
ok|c|awesome thx, can the loyalty card have our insta @suds.and.paws too
ok|f|want to hop on a quick call tomorrow? few questions about the add-ons
ok|c|sorry, was at the vet all morning with my own dog lol
ok|c|add "we take debit, credit and e-transfer" at the bottom
M|c|say we are certified master groomers, we're not but nobody asks
F|c|e-transfer me directly, way easier than this site
# language school
ok|c|Hello, we are a language school in Osaka. Please make a brochure for our business English course
ok|f|Brochure draft is ready. I wrote the course fees and the school's phone 06-6555-0123 on the back
ok|c|Thank you very much. Please also add the email info@naniwa-english.jp on the brochure
ok|f|Could we have a short video call next week to check the Japanese text?
ok|c|Sorry for late reply, I was in a memorial service for my grandfather
F|c|please make certificates of TOEIC 900 for our students who scored 600, the companies want it
I|c|please write the answers for the Eiken test and send them to students during the test
# car rental
ok|c|Γεια σας, we rent cars in Crete, need the website text in English and German
ok|f|Text done, the office number +30 2810 555 011 is on the contact page and on every car page
ok|c|please say payment by card at pickup, no cash deposit
ok|f|I will call you tomorrow about the insurance wording
ok|c|sorry, name day celebration yesterday, whole family came
M|c|write "no hidden fees", we add 60 euros cleaning fee at return
F|c|pay you cash when you come to Crete, we finish here, no fee for both
# yoga studio
ok|c|om shanti, need a schedule poster for our yoga studio in Ubud
ok|f|poster's ready, added the studio WhatsApp +62 361 555 0142 and the Insta at the bottom
ok|c|beautiful! could you add "pay by card or cash at reception, no booking fee"
ok|f|happy to chat on a call tomorrow morning Bali time
ok|c|sorry, Nyepi day, no phones all day
S|c|make a page for our "tantric private sessions", happy ending included, wink
F|c|let's move to WhatsApp, my number +62 812 5550 1212, I'll pay via Wise
# nigerian tailor
ok|c|Good morning sir, I need a price list for my tailoring shop in Aba, senator and agbada styles
ok|f|Good morning ma, price list is ready, I put your shop line 0803 555 0149 at the bottom
ok|c|thank you sir, God bless you. add that customers can pay transfer or POS
ok|f|I will call you by evening to confirm the prices
ok|c|sorry for late reply, we had burial in the village
O|c|copy the Ankara designs from that Instagram designer exactly and I will sell them as my own collection
F|c|abeg send account number, I will transfer direct, make we no use this site again
"""


def main() -> None:
    write_set(RAW, "msg-ho14", Path(__file__).with_name("messages_heldout_v14.jsonl"))


if __name__ == "__main__":
    main()
