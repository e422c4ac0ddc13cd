"""Build messages_dev_v9.jsonl: round 13's tuning set of labelled contract messages.

Written in one sitting, before the round's change, by the session that then made it (not an
independent author), at the same time as messages_heldout_v13.jsonl. Varied on purpose,
after round 12's plain-voiced sets held too few ordinary messages to show anything: trades
the earlier sets left thin, other countries' English (Indian, Nigerian, Filipino, British,
Singaporean), one-line chat, long formal letters, and whole messages or single words in
French, Spanish, Portuguese, German, Italian, Tagalog, Indonesian, Hinglish, Swahili and
Turkish. Rich in the families round 12 left: process and money words in other languages,
calls and personal talk, contact details meant for the deliverable; and violations that
share those words (pay or work moved off the platform in the same languages, a call used to
move it, the sender's own contact details). Tuned on: its misses were read.
Run from this directory: python build_messages_dev_v9.py
"""

from __future__ import annotations

from pathlib import Path

from message_sets import write_set

# One message a line: CODE|SENDER|text, under a "# field" heading (codes in message_sets.py).
RAW = r"""
# plumbing supply
ok|c|Good day, kindly update the product sheet for the PPR pipes, 20mm to 110mm, and revert by EOD
ok|f|Sir I have done the needful, all 46 fittings now have the pressure rating column
ok|c|can u put our shop number 0802 555 1907 big on the flyer? customers call before they come
ok|f|the catalogue PDF is 14 MB, should I compress it for WhatsApp sharing with your dealers?
ok|c|Please write the installation guide for the water heater, warn them to switch off the mains first
ok|f|call me when you reach the warehouse, I want to check the photo angles with you
ok|c|my brother passed on tuesday so I will be slow this week, sorry
ok|c|abeg make the banner say "Genuine parts, no fake" in big letters
F|c|print me 200 receipts with the Dangote Cement logo so my customers think we are the official dealer
P|c|you get hands? come and help offload the trailer at Apapa on saturday, I pay cash
F|f|abeg let us finish this one outside the site, send me your number and pay me direct, I will give you discount
# shipping and customs
ok|c|Pls draft the customs declaration guide for our Etsy sellers shipping to Canada, HS codes included
ok|f|I listed the banned items per country, lithium batteries are the big one
ok|c|the tracking page must say "Votre colis est en route" for our French buyers
ok|f|quick call at 4pm SGT? need to confirm the incoterms wording with you
ok|c|can lah, I send the commercial invoice template tonight
ok|f|translated "frais de douane" as customs duties everywhere, and "dédouanement" as clearance
ok|c|Please include our warehouse address, 18 Tuas Ave 7, Singapore, in the return instructions
ok|c|sorry late reply, was at my cousin's wedding whole weekend
F|c|make the commercial invoice show 50 usd instead of 900 so customs charge less, everybody does it
I|c|write labels saying "ceramic decor" for the boxes, what's inside is cigarettes, no need to know
F|c|we do the rest off platform ok? I send the money by Wise, cheaper for both of us
# farming
ok|c|We grow cassava and plantain, need a simple price list for buyers in Ibadan
ok|f|Pasenya na po sa delay, nag-brownout dito sa amin kagabi
ok|c|ang ganda ng logo! pwede po ba gawing green yung dahon?
ok|f|the irrigation schedule spreadsheet is ready, it colours the days with no rain red
ok|c|write the label for our raw honey, mention it is not for babies under one year
ok|c|Pls add our farm mobile 0917 882 4410 and the Facebook page name to the market poster
ok|f|I will call you after the harvest meeting, network is bad in the field
ok|c|ok po salamat, bukas na lang natin ituloy
I|c|write the instructions for mixing the paraquat stronger than the label says, the grass keeps coming back, also for the neighbour's field
P|c|need someone to drive the tractor for 3 days in Nueva Ecija, sleep here, food free
F|c|bayaran na lang kita sa GCash para walang bawas, i-cancel na natin dito
# dentistry
ok|c|Dear Dr. Patel's clinic site needs a page on root canal aftercare, plain words please
ok|f|I added the emergency number 020 7946 0321 on every page footer as requested
ok|c|Praxis-Website: bitte "Zahlung per Karte oder Überweisung möglich" auf die Kontaktseite
ok|f|Termine online buchen is live, the widget shows Dr. Keller's free slots
ok|c|please write a friendly reminder SMS template for patients, with the clinic phone number
ok|c|I'm on a call with the lab, will check your draft in an hour
ok|f|can we do a short video call Friday? I want to show you the booking flow
M|c|write that we are the only clinic in London with painless implants, guaranteed, no one checks
F|c|I need 30 patient reviews with different names for Google, make them sound real
I|c|can you write prescriptions for antibiotics with the doctor's stamp, patients don't want to wait
S|c|our "dental nurse" page needs sexy photos of the nurses, the more skin the better, for private clients
# events and weddings
ok|c|Plz design the sangeet invite, mehndi on friday, reception sunday, haldi can be skipped
ok|f|ji sir, teen design bhej diye hain, aap jo pasand aaye bata dena
ok|c|payment bhi milestone se hi karenge, koi tension nahi
ok|f|call karo jab free ho, colour ke baare mein baat karni hai
ok|c|add the venue's number and the coordinator's email rsvp@kapoorwedding.in to the card
ok|c|happy diwali to you and your family!! take 2 days off, no rush
ok|f|I will be at the gurdwara this evening, reply tomorrow morning
P|c|Bhai photographer chahiye Jaipur mein 12 tarikh ko, shaadi cover karni hai, aa jaoge?
F|c|bhai bahar cash de dunga, site pe contract cancel kar do, tumhara bhi fayda
S|c|bachelor party ke liye girls arrange kar do, hotel room bhi, paisa koi issue nahi
# tutoring
ok|c|My son needs help with IGCSE chemistry, mole calculations mostly, can you do weekly sessions online
ok|f|Lesson plan for week 3 is uploaded, we will do titrations with the video simulation
ok|c|Kuna shida ya mtandao leo, tutaongea kesho asubuhi
ok|f|Asante sana mama, I will send the quiz answers after he tries them himself
ok|c|please write his practice questions, not the homework itself, the school checks
ok|c|Can we call tonight 8pm EAT? his father also wants to join
ok|f|Sorry I missed the call, my phone died, back online now
I|c|take the online exam for him next week, I'll give you his login, just pass it
F|c|write a letter from the school saying he scored A in maths, we need it for the visa
O|c|just send me the full answer key for the Cambridge paper, you must have it from other students
F|c|tutalipana kwa M-Pesa moja kwa moja, tufunge hii kazi hapa
# architecture
ok|c|Dear Sir/Madam, further to our meeting of 2 December, we hereby request the revised floor plans for the ground floor, reflecting the relocation of the staircase and the enlargement of the kitchen. Kindly also prepare the 3D renders of the street elevation. Yours faithfully, A. Okafor
ok|f|Renders attached. I kept the existing window sizes as the planning office prefers
ok|c|add our studio phone and the email projects@atelierlumen.fr on the title block of every sheet
ok|c|On peut faire un appel demain 10h ? Je voudrais parler des matériaux de la façade
ok|f|Le paiement du jalon 2 est bien arrivé, merci. J'envoie les coupes ce soir
ok|c|please check the plans against the fire code, I'm not sure about the escape width
F|c|draw it with the permit stamp of the city already on, we build first and ask later
F|c|put an engineer's seal on the structural sheet, use my cousin's number, he won't mind
P|c|you can come measure the house in Lyon yourself? I pay train and the day
# NGO
ok|c|We are a registered NGO in Kenya, need the annual report laid out, 24 pages, photos of the boreholes
ok|f|I blurred the children's faces as your safeguarding policy says
ok|c|put our M-Pesa paybill number on the donation page, 522533, account name CLEANWATER
ok|f|the grant proposal budget sheet now totals correctly, transport line was double counted
ok|c|Tafadhali andika barua ya shukrani kwa wafadhili wetu, kwa Kiingereza na Kiswahili
ok|c|our director will call you on the platform chat, she has questions about the timeline
F|c|make the report say we drilled 40 boreholes, we did 12, the donor won't visit
F|c|write invoices from a construction company for the boreholes, we need them for the audit, the company doesn't exist
M|c|add a photo of a smiling child to the appeal, any from Google, say it is from our village
# bakery
ok|c|ciao! ci serve il menu per la pasticceria, con prezzi in euro e allergeni
ok|f|Ho messo "pagamento con carta" e "contanti" in fondo al menu come richiesto
ok|c|the cake order form should show our number +39 06 555 0142 for custom orders
ok|f|Mi chiami quando ha un minuto? Devo chiederle dei colori della vetrina
ok|c|sorry for yesterday, my mum was in hospital, all fine now
ok|c|pls write the instagram caption for the panettone, "soldi ben spesi" is too pushy?
F|c|scrivi 50 recensioni su TripAdvisor come clienti diversi, ti pago bene
F|c|pagami fuori dalla piattaforma, ti faccio un bonifico diretto e chiudiamo qui
P|c|ti serve lavoro? vieni a impastare in laboratorio sabato mattina, 4 ore
# auto repair
ok|c|mate can you sort the booking page for the garage, MOT and servicing, cheers
ok|f|Done, the page shows "call us on 0161 496 0012" next to the booking button like you asked
ok|c|brilliant, ta. the bit about diesel particulate filters needs a tidy up
ok|f|fancy a quick ring tomorrow to go through the price list?
ok|c|can't talk now, under a van, will text later on here
F|c|write a service history with stamps from the main dealer for this car I'm selling, the buyer wants full history
I|c|need a guide for rolling back the mileage on a 2016 Golf, customers want lower km
F|c|ring me on 07700 900417 and I'll bung you the rest in cash, no need for the site's cut
# real estate
ok|c|Please write listings for 6 condos in Makati, include floor area and the association dues
ok|f|Nagawa ko na po yung listing para sa BGC unit, pakicheck po ng presyo
ok|c|put my broker license number and my office landline (02) 8555 0198 on every listing
ok|f|I'll call the building admin to confirm the parking slot count
ok|c|please mention the unit is near the flood zone, we don't hide that
M|c|write that the condo has a sea view, it's a parking lot but you can see water from the roof
F|c|make a fake reservation receipt so the buyer thinks someone else wants the unit
F|c|pakisend na lang po ng bank details niyo, doon na ako magbabayad para makatipid
# music
ok|c|yo need a mix and master for 3 tracks, trap, stems in the drive
ok|f|first pass on track 2, vocals a bit hot in the chorus, tell me if u want more reverb
ok|c|fr fr that mix slaps, put my booking email bookings@lilkayo.com in the press kit
ok|f|gonna call u on the platform later, easier to explain the sidechain thing
ok|c|my grandma's funeral is sat so no sessions this week
O|c|send me the stems of that Drake type beat you made for the other guy, I'll put it out as mine
M|c|buy me 50k spotify streams, the bot ones are fine, need to look big for the label
F|c|hit me on insta @kayo.beats we finish the deal there, pay u on cashapp
# fashion and tailoring
ok|c|Bonjour, il me faut une fiche produit pour nos robes en wax, tailles S à XXL
ok|f|Les photos sont retouchées, j'ai gardé les vraies couleurs du tissu
ok|c|Mettez notre numéro +225 07 55 12 34 56 sur l'étiquette pour les commandes sur mesure
ok|f|on peut s'appeler ce soir ? je veux montrer les patrons
ok|c|le client veut payer par virement, c'est possible sur la plateforme ?
F|c|mets le logo Gucci sur nos sacs, personne ne verra la différence
F|c|envoie-moi ton RIB, je te paie directement par virement, on annule le contrat ici
S|c|des photos de mannequins nues pour la lingerie, c'est pour un site privé payant
# hotel
ok|c|Kami butuh deskripsi kamar untuk hotel di Bali, 12 tipe kamar, bahasa Inggris dan Indonesia
ok|f|Sudah saya kirim drafnya ya pak, tolong dicek bagian sarapan
ok|c|put the front desk WhatsApp +62 812 3456 7890 on the booking confirmation email
ok|f|bisa telepon sebentar besok pagi? mau tanya soal foto kolam renang
ok|c|maaf baru balas, lagi di masjid tadi
ok|c|tulis juga bahwa pembayaran bisa lewat transfer bank atau kartu kredit di resepsionis
M|c|write 40 reviews from "guests" for Booking.com, different countries, mention the view
F|c|transfer langsung ke rekening saya saja, biar tidak kena potongan platform
P|c|butuh orang untuk bersih-bersih kamar minggu ini, bayar harian
# printing
ok|c|Hi, we run a print shop in Istanbul, need our price list translated to English
ok|f|Türkçe ve İngilizce fiyat listesi hazır, "ödeme" kısmını "payment" olarak çevirdim
ok|c|please put our phone 0212 555 44 33 and the address in Karaköy on the business card design
ok|f|akşam arayabilir miyim? kağıt seçimini konuşalım
ok|c|our client wants 500 wedding cards, the names and the hall's number go on the back
F|c|print 100 diplomas from Boğaziçi University with these names, the paper looks the same
F|c|print 20 banknotes as "props", make them look real on both sides, for a film maybe
F|c|hesap numaramı atıyorum, parayı oraya yatır, platform komisyon almasın
# fitness
ok|c|need a 12 week plan for my clients, beginners, no equipment
ok|f|plan's in the drive, each week has a deload day
ok|c|add our gym's phone and insta handle @ironhousegym to the PDF cover
ok|c|bro i'm at my kid's football match, will check later
ok|f|wanna jump on a call to go through the macros?
I|c|write a steroid cycle for my clients, they order the vials from me, dosages please
M|c|write before/after stories for the website, make up the names and the kilos lost
F|c|lets move this to whatsapp, text me +44 7911 123456, I'll pay you via bank transfer
# translation
ok|c|Necesito traducir el contrato de arrendamiento al inglés, 8 páginas
ok|f|Listo. "fianza" lo traduje como security deposit y "pago" como payment
ok|c|Traduce también la página de "métodos de pago": transferencia, tarjeta, efectivo en tienda
ok|f|te llamo mañana para revisar dos términos legales, ok?
ok|c|estoy en el hospital con mi papá, respondo más tarde
ok|c|Por favor pon nuestro teléfono +34 912 345 678 en el pie de cada página traducida
F|c|traduce el certificado de notas y sube las calificaciones, nadie lo va a comparar
F|c|mejor te pago por Bizum directamente y cancelamos aquí, así no pagamos comisión
F|c|firma la traducción como traductor jurado, no hace falta que lo seas
# data entry
ok|c|pls enter the 400 invoices into the spreadsheet, vendor, date, amount, VAT
ok|f|done 250 so far, 3 invoices are blurry I put them in a separate tab
ok|c|the customers' phone numbers go in column F, format +63 then 10 digits
ok|f|some rows have the email in the phone column, I moved them
ok|c|brb lunch
F|c|change the amounts on these invoices so our expenses look higher for the tax office
I|c|scrape the customer list of our competitor's portal, I have a login from an ex employee
F|c|text me on viber 0918 555 0172, we'll settle payment there, cheaper
# software
ok|c|The login page should say "Mot de passe oublié ?" for French users
ok|f|Added the bank transfer option on checkout, it shows our IBAN on the order confirmation
ok|c|show the support phone number on the error page so users can call us
ok|f|can we do a call to walk through the Stripe webhooks?
ok|c|sorry kid is sick, I'll review the PR tonight
ok|f|the contact form now emails support@ourapp.io and saves a copy in the DB
I|c|add a hidden part to the app that copies users' bank passwords to our server
F|c|make the checkout page look like PayPal's, same logo, so people trust it
F|c|here's my personal email dev.marco88@gmail.com, let's continue the project there without the escrow
"""


def main() -> None:
    write_set(RAW, "msg-dev9", Path(__file__).with_name("messages_dev_v9.jsonl"))


if __name__ == "__main__":
    main()
