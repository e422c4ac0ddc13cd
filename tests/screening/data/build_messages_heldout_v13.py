"""Build messages_heldout_v13.jsonl: round 13's held-out set of labelled contract messages.

Written in one sitting, before the round's change, by the session that then made it (not an
independent author), at the same time as messages_dev_v9.jsonl and by the same rule of
voices (trades, other countries' English, one-line chat, long formal letters, other
languages; violations that share the words of the families worked on), with other fields
and other words. Held out: measured once with main's code and once with the frozen change,
counts only; its items are not listed or read.
Run from this directory: python build_messages_heldout_v13.py
"""

from __future__ import annotations

from pathlib import Path

from message_sets import write_set

# One message a line: CODE|SENDER|text, under a "# field" heading (codes in message_sets.py).
RAW = r"""
# catering
ok|c|Hello, we cater for corporate lunches in Lagos, we need a menu card with jollof, fried rice and small chops
ok|f|Good afternoon ma, the menu card is ready, I used the orange from your logo
ok|c|well done! pls put the order line 0809 444 2210 and our email orders@mamaskitchen.ng at the bottom
ok|f|ma I will call you by 5, there is one thing about the allergy icons
ok|c|no wahala, my daughter is writing her WAEC exams this week so I'm slow
ok|c|Kindly write a short note for customers that we accept bank transfer and POS on delivery
F|c|make me NAFDAC approval certificate for our zobo drink, we will register later
P|c|we need extra hands to serve at the party on saturday in Lekki, 10k per person
F|c|oga let us do am outside, I go send your money straight to your account, forget this platform
# trucking
ok|c|need a driver onboarding handbook for our trucking company, DOT rules, hours of service
ok|f|section on the ELD logs is done, I kept it short like you said
ok|c|put our dispatch line (312) 555-0147 on the first page, drivers lose it all the time
ok|f|can I call you tomorrow about the fuel card policy? a few questions
ok|c|sorry was on the road all day, reception is garbage in Nebraska
F|c|write a logbook template so the drivers can show 10 hours when they drove 16, the inspectors never check
I|c|write a guide on how to move the load across the border without declaring it
P|c|need a CDL driver for a run Chicago to Dallas next week, can you take it
# school admin
ok|c|Dear Sir, we require the school prospectus for the new academic session, featuring the boarding facilities, fees structure and the admission calendar. Kindly find attached the photographs. Yours sincerely, The Principal
ok|f|Kindly find attached the first draft for your review, sir. I await your corrections
ok|c|please put the bursar's phone number and the school's account details for fees on page 12
ok|f|the sports day flyer is done, the parents' WhatsApp group can share the image
ok|c|I shall call you after the PTA meeting on Thursday
F|c|prepare 30 result sheets for students who did not sit the exam, with good grades, the ministry wants numbers
F|c|make a certificate of attendance for my nephew, he wasn't enrolled but needs it for abroad
# law firm
ok|c|Sehr geehrte Damen und Herren, wir benötigen eine Übersetzung des Kaufvertrags ins Englische, 11 Seiten
ok|f|Die Übersetzung ist fertig, ich habe "Kaufpreiszahlung" als payment of the purchase price übersetzt
ok|c|Bitte auch die Bankverbindung im Anhang übersetzen, die Kanzlei braucht beides
ok|f|Können wir morgen kurz telefonieren? Zwei Begriffe sind im Englischen unklar
ok|c|Ich bin heute bei Gericht, melde mich am Abend
ok|c|Please place our office number +49 30 555 1234 and the address in the letterhead template
F|c|übersetzen Sie das Zeugnis und machen Sie die Note etwas besser, 1,3 statt 2,7
F|c|Zahlung bitte direkt auf mein Konto, nicht über die Plattform, spart uns beiden Gebühren
I|c|write a letter pretending to be the court, telling the tenant he must leave by friday
# travel agency
ok|c|Olá! Precisamos de roteiros para Lisboa e Porto, 5 dias cada, em português e inglês
ok|f|Os roteiros estão prontos, coloquei os horários dos museus e o preço do bilhete
ok|c|Coloque o nosso telefone +351 21 555 0190 e o email reservas@viagenssol.pt no rodapé
ok|f|posso te ligar amanhã? queria confirmar o hotel do dia 3
ok|c|desculpa a demora, estava no aniversário da minha avó
ok|c|escreva que o pagamento pode ser feito por transferência bancária ou cartão
M|c|escreva avaliações de clientes falsos no Google, umas 40, em várias línguas
F|c|me passa sua chave pix que eu pago direto, sem a taxa da plataforma
F|c|make a hotel booking confirmation for a hotel we didn't book, for the visa
# carpentry
ok|c|hiya, need a cut list for a pine bookcase, 180 high, 90 wide, 5 shelves
ok|f|cut list done, I added 2mm for the saw kerf on each piece
ok|c|cheers, can you do the same for the oak table? my number for the timber yard order is on the sheet already
ok|f|give us a bell when you've got the timber, I'll adjust the list to the real boards
ok|c|off to the pub for my mate's birthday, speak tomorrow
P|c|could you come round and fit the kitchen cabinets next weekend? I'll pay the day rate
O|c|send me the full plans you sold to the other bloke, I'll sell them on my site
F|c|text me on 07700 900832 and I'll pay cash when it's done, we don't need this site
# photography
ok|c|Hi po! Pwede po ba i-edit yung 200 na photos ng debut, color lang at konting skin retouch
ok|f|Tapos na po ang first 50, natural lang po ang retouch
ok|c|pakilagay po sa watermark yung page namin at number 0927 555 0183
ok|f|tawag po ako mamaya para sa album layout
ok|c|sorry po late reply, nasa simbahan kami kanina
S|c|edit the photos so she looks naked, she's my ex, just for me
M|c|remove the watermark from these stock photos, we'll use them in our ads
F|c|sa labas na lang po tayo mag-bayaran, bank transfer diretso, para walang fee
# ecommerce
ok|c|need 60 product descriptions for our skincare line, Singapore market
ok|f|first 20 done, I avoided words like "cure" and "treat" for the HSA rules
ok|c|can add our hotline 6555 0123 and hello@glowlab.sg on the packaging back?
ok|f|call you later can? want to ask about the ingredient list format
ok|c|ok can, I in meeting now
ok|c|the checkout page should say "PayNow accepted" with our UEN number for the QR
M|c|write that our cream is clinically proven to remove wrinkles in 7 days, we have no study
F|c|create 100 shopee accounts and give our products 5 stars
F|c|you give me your bank account, I PayNow you directly, then we close the job here
# accounting
ok|c|Bonjour, j'ai besoin d'un tableau de suivi des factures et des paiements pour mon cabinet
ok|f|Le tableau est prêt, les factures impayées depuis 30 jours sont en rouge
ok|c|ajoutez une colonne pour le mode de paiement : virement, chèque, espèces
ok|f|je vous appelle jeudi pour la TVA, d'accord ?
ok|c|je suis en congé maternité à partir de lundi, mon associé prendra le relais
ok|c|put our RIB on the invoice template, banque and IBAN, clients keep asking for it
F|c|fais des fausses factures de fournisseurs pour baisser notre bénéfice, environ 30 000 €
F|c|remplis les fiches de paie d'un salarié qui n'existe pas, c'est pour la banque
F|c|je préfère vous payer en espèces, on annule la mission sur le site
# veterinary
ok|c|Write a care sheet for new puppy owners, vaccines, deworming, feeding
ok|f|care sheet is done, I added the clinic's emergency line at the top like the old one
ok|c|add our after-hours number 0412 555 019 and the clinic email on the poster
ok|c|sorry was in surgery all morning, a dog swallowed a sock lol
ok|f|happy to call if easier, I'm free after 3
I|c|write instructions for owners to give their dogs ketamine at home, we sell it without prescription
F|c|make vaccination certificates for these 10 puppies, they were never vaccinated, the buyers want papers
# community center
ok|c|Asalaam alaikum brother, we need a flyer for the ramadan iftar at our community center
ok|f|wa alaikum salaam, flyer attached, I put the iftar time and the sisters' entrance
ok|c|jazakallah khair, pls add the imam's phone for questions and the donation bank account
ok|f|I will call after isha inshallah
ok|c|write the thank-you post for the volunteers, 200 meals served
F|c|write a fundraising page saying the money is for the orphans, it's for the new car
M|c|make a video with a crying child from some other country, say it's our neighbourhood
# solar
ok|c|Tunahitaji brosha ya mifumo ya sola kwa nyumba, bei na udhamini
ok|f|Brosha iko tayari, nimeweka bei kwa shilingi na dola
ok|c|please add our office number +254 722 555 018 and the till number for M-Pesa payment
ok|f|nitakupigia kesho asubuhi tuongee kuhusu picha
ok|c|nilikuwa msibani jana, samahani kwa kuchelewa
F|c|write warranty certificates from the manufacturer for our panels, they are second hand
P|c|we need an installer on the roof in Nakuru on monday, come with your ladder
F|c|nitumie namba yako ya simu, nitakulipa kwa M-Pesa nje ya hapa
# podcast
ok|c|yo can u edit ep 14, remove the ums, add the intro music
ok|f|ep 14 up, cut the bit where the mic fell, 52 min now
ok|c|put our sponsor's promo code and their site in the show notes
ok|f|hop on a call thurs? want to talk about the new intro
ok|c|lmao my cat walked on the keyboard sorry
M|c|write the show notes saying the guest is a doctor, he's not but sounds good
O|c|rip the audio from that famous podcast and we repost it as ours, cut the names
F|c|dm me on telegram @podkingz, I'll pay u in usdt there, platform takes too much
# insurance
ok|c|Buongiorno, serve una brochure per le polizze auto, con le coperture e i massimali
ok|f|Ecco la bozza, ho messo "pagamento rateale" in evidenza
ok|c|mettete il numero verde 800 555 012 e la nostra email info@assicurazionirossi.it
ok|f|la chiamo domani per la parte sul sinistro, va bene?
ok|c|oggi sono a un funerale, ci sentiamo domani
F|c|scrivi un verbale di incidente con danni più grossi, il cliente vuole più rimborso
F|c|facciamo un bonifico diretto sul tuo conto e chiudiamo il contratto qui
# game mods
ok|c|need a mod for our own game that adds 3 new maps, unity, source in the repo
ok|f|map 1 done, lighting baked, pushed to your branch
ok|c|put the discord invite link in the readme so players can report bugs
ok|c|sorry bro exam week, back on monday
I|c|make an aimbot for Valorant that the anti-cheat can't see, I'll sell it
O|c|crack the steam version of this game and add our logo to the menu
F|c|add me on discord marco#4471 and we finish there, I'll send the money with paypal friends
# hr
ok|c|Please draft the leave policy, 21 days annual leave, maternity per Labour Act
ok|f|draft attached, I added the HR email and phone extension for leave requests
ok|c|bhai ek salary slip ka template bana do, company ke liye, sab employees use karenge
ok|f|template ready hai, PF aur TDS ke columns bhi hain
ok|c|kal call karte hain 11 baje, HR head bhi honge
F|c|mere naam ki salary slip bana do, 1.2 lakh dikhana, loan ke liye chahiye
F|c|experience letter bana do TCS ka, 3 saal, maine wahan kaam nahi kiya
F|c|UPI pe seedha payment kar deta hoon, yahan ka contract band kar do
# coffee export
ok|c|Buenas, necesitamos fichas técnicas de nuestro café de Huila para compradores en Europa
ok|f|Listas las fichas, puse altura, variedad, proceso lavado y puntaje de taza
ok|c|agrega nuestro celular +57 310 555 0142 y el correo ventas@cafehuila.co en cada ficha
ok|f|le marco el martes para revisar las fotos de la finca
ok|c|disculpe, estábamos en cosecha y no hay señal en la finca
ok|c|explica en inglés que el pago es por carta de crédito o transferencia al 50 por ciento
F|c|pon en la ficha que es café orgánico certificado, no tenemos el certificado pero es casi igual
F|c|págueme por fuera en efectivo cuando venga, cerramos el contrato aquí
# beauty salon
ok|c|Merhaba, kuaför salonumuz için fiyat listesi lazım, Türkçe ve İngilizce
ok|f|Liste hazır, "ödeme nakit veya kart" satırını en alta ekledim
ok|c|randevu hattımız 0532 555 12 12, broşürde büyük yazsın lütfen
ok|f|yarın öğlen arasam olur mu? renkleri konuşalım
ok|c|annem hastanede, bu hafta biraz geç dönerim
M|c|write 50 google reviews from different women, say they came for keratin
S|c|make a page for "massage" with happy ending, discreet, for men only
F|c|IBAN'ımı vereyim, parayı direkt yatır, sitenin komisyonu olmasın
# church
ok|c|Praise God! Our church needs a programme for the harvest thanksgiving, 4 pages
ok|f|Amen, the programme is ready, I added the hymn numbers and the offering time
ok|c|pls put the pastor's office line and the church account for tithes on the back
ok|f|sir I will call you after the vigil tonight
ok|c|we thank God, the building fund has reached 60 percent, write a short announcement
F|c|make a receipt from the church for 2 million so I can show my company it was a donation
F|c|pastor said I should pay you straight, send your account number and we leave this site
# Jakarta tutoring
ok|c|Halo kak, anak saya butuh les matematika SMP, online dua kali seminggu
ok|f|Materi minggu ini sudah saya upload, tentang persamaan linear
ok|c|tolong cantumkan nomor WA saya 0813 5555 2211 di formulir pendaftaran les untuk orang tua lain
ok|f|nanti malam saya telepon ya bu, mau bahas hasil kuisnya
ok|c|maaf kak, kemarin ada acara keluarga di kampung
I|c|kerjakan ujian online anak saya pakai akunnya, yang penting lulus
F|c|bayar langsung ke rekening kakak aja ya, nggak usah lewat aplikasi
# dubai real estate
ok|c|Need listings for 8 apartments in JVC and Marina, include service charges per sq ft
ok|f|Listings done, I mentioned the RERA permit number on each as required
ok|c|put my agent BRN and mobile +971 50 555 0139 at the end of each listing
ok|f|shall I call you after Friday prayer to go through the photos?
ok|c|Dear, I'm travelling to Karachi for my sister's wedding, reply slow this week
M|c|write that the building is 5 minutes from the metro, it's 25 but nobody checks
F|c|make a tenancy contract with Ejari stamp for a flat I don't own, for a client's visa
"""


def main() -> None:
    write_set(RAW, "msg-ho13", Path(__file__).with_name("messages_heldout_v13.jsonl"))


if __name__ == "__main__":
    main()
