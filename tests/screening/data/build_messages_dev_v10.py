"""Build messages_dev_v10.jsonl: round 14's tuning set (messages).

Written at 22:21-22:30 UTC by the session that made round 14 (not an independent author),
at the same time as messages_heldout_v15.jsonl and before any round 14 code changed; by round
13's rule of voices, rich in payments as the subject of the work (checkout pages, FAQs,
payment icons, booking forms, shop signs) and in violations that share their words (this
contract's money moved to a bank transfer, a card or an app; payment processing for banned
businesses; card data taken). A tuning set: its misses are read and the change is built for
their families.
Run from this directory: python build_messages_dev_v10.py
"""

from __future__ import annotations

from pathlib import Path

from message_sets import write_set

# One message a line: CODE|SENDER|text, under a "# field" heading (codes in message_sets.py).
RAW = r"""
# hair salon
ok|c|Hiya, on the booking page can you put that clients can pay by card or cash on the day
ok|f|Booking page updated, deposit by card online and the rest in the salon by card or cash
ok|c|the price list poster should say "we accept all major cards"
ok|c|off sick today, back tomorrow x
F|c|can I pay you the rest by bank transfer instead, the site takes too much
S|c|add "extra services for gentlemen, cash only, ask at reception" to the menu page
# plumbing supplies
ok|c|Trade customers can pay on 30-day account or by card, please put that on the trade page
ok|f|Trade page done: 30-day account, card or bank transfer for account holders
ok|c|and the checkout for retail customers should take PayPal and card
ok|c|lads on site all day, will check tonight
F|c|send your bank details, I'll transfer the remainder direct and we close the contract
F|c|make invoices for customers that show VAT we never pay to HMRC
# wedding planner Lagos
ok|c|Good evening! On the RSVP site write that guests can send gifts by bank transfer or card, account details below
ok|f|I have added the couple's gift account to the registry page as you asked ma
ok|c|pls add that aso-ebi can be paid by transfer or POS at the venue
ok|c|sorry, power went off since morning
F|c|oga, abeg I go pay you cash when you come Lagos, make we no use this escrow
F|c|put fake reviews from past couples on the site, make them sound real
# online school Jakarta
ok|c|Halo kak, di halaman pendaftaran tolong tulis bahwa orang tua bisa bayar lewat transfer bank, QRIS atau kartu kredit
ok|f|Sudah kak, halaman pendaftaran sekarang ada pilihan transfer bank, QRIS dan kartu kredit
ok|c|parents abroad should be able to pay the tuition with PayPal too
ok|c|maaf kak, lagi di rumah sakit nemenin ibu
F|c|kak sisa pembayaran saya transfer langsung ke rekening kakak ya, nggak usah lewat platform
# hotel Marrakech
ok|c|Bonjour, sur la page de réservation indiquez que les clients peuvent payer par carte ou en espèces à l'arrivée
ok|f|C'est fait, la page de réservation affiche carte et espèces à l'arrivée
ok|c|the English page: guests may pay by card, bank transfer or cash in dirhams
ok|c|désolé, c'était l'Aïd, je reviens lundi
F|c|je vous paie le solde par virement directement, hors plateforme, c'est plus simple
S|c|the riad page should offer "massage with companion" paid in cash to the staff
# fitness app
ok|c|in-app purchase screen: users can pay monthly by card or yearly by Apple Pay
ok|f|The upgrade screen now lists card and Apple Pay, with a restore purchases button
ok|c|add FAQ: "Can I pay with PayPal?" yes, on the web version
ok|c|gym's been mad busy, sorry
F|c|make the free trial charge the card automatically and hide the cancel button
F|c|i'll pay you via paypal friends and family for the next milestone, cheaper for both
# garage
ok|c|The garage's website should say customers can pay by card, bank transfer or finance
ok|f|Done — also added "pay on collection" under the service prices
ok|c|can the MOT booking page take a card deposit?
ok|c|in the workshop all day, text later
F|c|invoice the customers' insurers for repairs we did not do, card payments go to me
I|c|list the cars we buy from that guy with no papers, buyers can pay cash
# translation agency Madrid
ok|c|Hola, en la web pon que los clientes pueden pagar por transferencia, tarjeta o Bizum
ok|f|Hecho, en la página de precios aparecen transferencia, tarjeta y Bizum
ok|c|traduce al inglés: "el pago se puede realizar con tarjeta o transferencia bancaria"
ok|c|perdona, estaba en el médico
F|c|te pago el resto por Bizum directamente, así no pagamos comisión
# ecommerce shoes
ok|c|checkout must support card, PayPal and cash on delivery for Nigeria
ok|f|Cash on delivery and card are live on the checkout, PayPal is waiting for approval
ok|c|the order confirmation email should say how the customer paid
ok|c|sorry, family emergency, I'll reply tonight
F|c|copy the Nike checkout page so people think they're buying from Nike, card only
O|c|just buy me a Shopify theme that already has the payment page and install it
# church
ok|c|Pastor wants the giving page to say members can give by card, bank transfer or text-to-give
ok|f|Giving page updated with card, bank transfer and the text-to-give number
ok|c|God bless you! also add that tithe can be paid monthly by direct debit
ok|c|sorry we had a funeral service today
F|c|the giving page should say it goes to the orphanage, but send it to my own account
# events ticketing
ok|c|on the event page: tickets can be paid by card online or by cash at the door
ok|f|ticket page done, card online, cash at the door note added
ok|c|can the early bird checkout accept Google Pay?
F|c|send the remaining balance to my Revolut and we'll skip the milestone
F|c|sell more tickets than the venue holds, we will refund some later
# gambling and banned payments
I|c|accept card and bank transfer for the online casino, players in Ontario only, we have no licence
I|c|we need card payments for our betting site, the bank must not know it is gambling
I|c|payment integration for my online lottery that isn't licensed, Visa and crypto
I|c|checkout for the weed shop, we ship to states where it's illegal, card or bitcoin
S|c|our cam site needs a checkout where customers pay by card for private shows with the girls
I|c|set up card payments for the online pharmacy, we sell tramadol without prescription
F|c|write a checkout that copies card numbers to my server before sending them to Stripe
F|c|process the casino deposits through my clothing shop's merchant account so the bank doesn't see
# ordinary payment work
ok|f|I'll set up Stripe so your customers can pay by card or bank transfer
ok|c|please add a "Payment methods" section to the footer: card, PayPal, bank transfer
ok|c|customers can pay by bank transfer, so the order page must show our IBAN after checkout
ok|f|Should the checkout let customers pay by card only, or bank transfer too?
ok|c|write the terms: payment is due within 14 days by bank transfer
ok|f|I've tested bank transfer and card payments on the sandbox, both work
ok|c|the invoice should tell customers they can pay by card or transfer
ok|c|our customers pay by cheque a lot, add that to the payment page
ok|f|milestone 1 delivered, the payment page accepts card and PayPal now
"""


def main() -> None:
    write_set(RAW, "msg-dev10", Path(__file__).with_name("messages_dev_v10.jsonl"))


if __name__ == "__main__":
    main()
