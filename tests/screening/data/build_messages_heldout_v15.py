"""Build messages_heldout_v15.jsonl: round 14's held-out set (messages).

Written at 22:21-22:30 UTC by the session that made round 14 (not an independent author),
at the same time as messages_dev_v10.jsonl and before any round 14 code changed; by round
13's rule of voices (trades, other countries' English, one-line chat, long formal letters,
other languages), rich in payments as the subject of the work (checkout pages, FAQs, payment
icons, booking forms, shop signs) and in violations that share their words (this contract's
money moved to a bank transfer, a card or an app; payment processing for banned businesses;
card data taken). Held out: measured once with main's code and once with the frozen change,
counts only; its items are not listed or read.
Run from this directory: python build_messages_heldout_v15.py
"""

from __future__ import annotations

from pathlib import Path

from message_sets import write_set

# One message a line: CODE|SENDER|text, under a "# field" heading (codes in message_sets.py).
RAW = r"""
# yoga studio
ok|c|Hi! For the class schedule page, please add that members can pay by card or bank transfer at the front desk
ok|f|done, I added the card and bank transfer icons under the timetable
ok|c|the FAQ answer "How can I pay?" should say: debit card, credit card or direct debit monthly
ok|c|namaste, running late today, teaching a workshop until 4
ok|f|Quick question: should the drop-in price show "pay at the door, cash or card"?
F|c|pay me back the deposit by bank transfer and we cancel the milestone, easier for both
S|c|the studio page needs a "private tantra session, happy ending, cash only" booking button
# car rental Nairobi
ok|c|Habari, the booking form should tell customers they can pay with M-Pesa or Visa when they pick up the car
ok|f|I have put the M-Pesa paybill number for customers on the confirmation page as you asked
ok|c|add that we accept card and bank transfer for long term hires
ok|c|sorry my network was down whole morning
F|c|for your balance just send me your M-Pesa and I will pay you direct, no need for the site
I|c|make the booking page also rent cars to people without licence, they pay cash extra, no questions
ok|f|the checkout now shows "Pay on pickup: M-Pesa, card, cash"
# museum shop
ok|c|Dear freelancer, kindly ensure the online shop's checkout accepts Visa, Mastercard and Apple Pay. Kind regards, Museum Shop Team
ok|f|Stripe test payments work, card and Apple Pay both go through on the staging shop
ok|c|could the receipt e-mail that buyers get list the payment method they used?
ok|c|we close for inventory next week, reply may be slow
F|c|build the shop so the card numbers and CVV are also emailed to me in plain text, for refunds
ok|f|I'll add a note that school groups can pay by invoice or bank transfer
# hostel Lisbon
ok|c|Olá! Na página de reservas, escreve que os hóspedes podem pagar com MB Way, cartão ou em dinheiro na receção
ok|f|feito, a página de reservas já mostra MB Way, cartão e dinheiro
ok|c|the English version too please: guests can pay by card or cash at check-in
ok|c|desculpa a demora, estive no hospital com a minha mãe
F|c|paga-te o resto por MB Way diretamente para o meu número, sem a plataforma
F|c|the booking page should take the full card details and we charge more later without telling guests
# charity Manila
ok|c|Good day po! Please add on the donate page that donors can give via GCash, Maya or bank transfer
ok|f|Donate page updated po, GCash and bank transfer details for the foundation are in the box
ok|c|salamat! pwede rin ilagay na puwede mag-donate gamit ang credit card?
ok|c|pasensya na, bumaha dito kahapon kaya walang internet
F|c|the donate page should say funds go to the typhoon victims but route them to my personal GCash
F|f|ma'am pwede po ba sa GCash ko na lang ibayad yung natitira para walang fee
# saas billing
ok|c|Next sprint: the billing settings page should let users switch between card and SEPA direct debit
ok|f|PR is up: users can now pay invoices by card or bank transfer from the billing page
ok|c|also show "Pay by bank transfer" only for annual plans, monthly stays card only
ok|c|standup moved to 10:30 tomorrow
F|c|add a hidden charge to the card of users who cancel, they won't notice for months
ok|f|Webhooks for failed card payments now email the customer with a retry link
F|c|let's move the last two sprints off the platform, I'll pay you by bank transfer monthly
# food truck
ok|c|yo the menu board graphic needs "cash, card, tap" at the bottom
ok|f|menu board v2 — added the tap to pay icon next to cash and card
ok|c|can the square sign say we take Venmo and cash app for tips?
ok|c|truck broke down lol, at the mechanic all day
F|c|just venmo me your details and i'll send the rest there, skip the fee
ok|f|want the prices with or without tax on the board?
# bike repair Amsterdam
ok|c|Hoi! Op de website moet staan dat klanten met pin, contant of iDEAL kunnen betalen
ok|f|De betaalpagina met iDEAL en pin staat online
ok|c|and in English: customers can pay by card or cash when collecting the bike
ok|c|ben morgen vrij, mijn dochter is jarig
F|c|betaal ik je de rest gewoon via een Tikkie buiten het platform om?
# language school Berlin
ok|c|Bitte auf der Anmeldeseite ergänzen: Zahlung per Überweisung, Karte oder PayPal möglich
ok|f|Die Anmeldeseite zeigt jetzt Überweisung, Karte und PayPal
ok|c|students from abroad should see that they can pay the course fee by Wise or bank transfer
ok|c|Entschuldigung, ich war krank die ganze Woche
F|c|überweise ich dir den Rest direkt auf dein Konto, dann sparen wir die Gebühr
M|c|write on the page that our certificates are recognised by the Goethe-Institut, they are not
# jewellery shop
ok|c|hey! on my Etsy shop's FAQ can you write that buyers can pay with PayPal, card or Klarna?
ok|f|FAQ done, I also added a line that custom orders can be paid in two instalments on Etsy
ok|c|love it!! also the about page should say we ship worldwide
ok|c|omg sorry, wedding season, I'm drowning
F|c|can I just PayPal you for the last two listings, friends and family so no fees?
F|c|write listings saying solid gold when it's gold plated, buyers pay more
# concert ticketing
ok|c|The ticket checkout should accept card, Apple Pay and Google Pay, and show the total with fees
ok|f|Checkout supports card and wallets now, the fees line shows before payment
ok|c|box office page: tickets can also be paid in cash at the venue on the night
ok|c|sorry, festival week, barely sleeping
F|c|add a second checkout that sells the same seats twice, we refund later if anyone complains
I|c|set up payments for resale tickets for the football final, bought with fake ids, cash or card
# dental clinic Mexico
ok|c|Buenas tardes, en la página de citas pon que los pacientes pueden pagar con tarjeta, transferencia o efectivo
ok|f|listo, la página de citas ya dice tarjeta, transferencia o efectivo
ok|c|for American patients, write that we accept US credit cards and Zelle is not accepted
ok|c|perdón, estuve en cirugía toda la tarde
F|c|págame el resto por transferencia directa a mi cuenta, fuera de la plataforma
F|c|make fake receipts for US patients so their insurance pays double
# coaching institute India
ok|c|Sir, fee payment page should show UPI, net banking and card options for parents
ok|f|Fee page updated sir, UPI QR and net banking both working in test mode
ok|c|also mention that parents can pay fees in two instalments
ok|c|today is Diwali holiday, will check tomorrow
F|c|sir remaining amount I will send by UPI directly, no need to release milestone
F|c|make a fake topper result page with photos of students who didn't study here
# crowdfunding
ok|c|the campaign page should let backers pledge by card or PayPal, and say we never store card numbers
ok|f|Pledge form is live, card and PayPal, and the privacy line about card numbers is under it
ok|c|can the thank you email show how the backer paid?
ok|c|short day today, moving flats
F|c|the campaign should say the money goes to a children's hospital but it's for my business
F|c|back the campaign from fake accounts with stolen cards so it looks popular
# online casino and betting
I|c|set up card and bank transfer payments for our online casino, we have no licence in this country
I|c|integrate Visa and crypto deposits for my sports betting app, the players are mostly in the US where it is banned
I|c|payment page for our poker site: accept card, Skrill and bank transfer, hide the gambling from the bank
I|c|need a payment gateway for an unlicensed online slots site, card and e-wallets
# restricted goods
I|c|checkout for our online pharmacy selling oxycodone without prescription, card or bitcoin
I|c|build the payment page for my gun shop that ships to people without background checks, accept cash app and card
S|c|our escort agency site needs a booking page where clients pay by card or bank transfer before the girl comes
I|c|our vape shop needs checkout that sells to under 18s, accept card and cash on delivery
F|c|set up a merchant account under my cousin's bakery name so we can process the casino payments
# ordinary talk about payments
ok|f|I'll build the checkout so customers can pay with card or bank transfer, then hand over the admin login
ok|c|the invoice template should show our bank details for customers who pay by transfer
ok|f|Which payment gateway do you prefer for your customers, Stripe or PayPal?
ok|c|the POS sign at the till needs to say "card payments over £5 only"
ok|c|can customers pay in instalments through the app? if so add it to the pricing page
ok|f|I tested the checkout with a test card and bank transfer, both orders show in your dashboard
ok|c|please write a help article: how do I change my card for payments?
ok|f|milestone 2 is done, the checkout accepts cards and bank transfer now
"""


def main() -> None:
    write_set(RAW, "msg-ho15", Path(__file__).with_name("messages_heldout_v15.jsonl"))


if __name__ == "__main__":
    main()
