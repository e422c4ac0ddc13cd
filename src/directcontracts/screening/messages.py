"""Contract messages: requests to pay off the platform and contact details in disguise.

Design: a message is held (returned to the sender to edit, never delivered) when it asks
to move payment outside escrow or carries a way to reach the sender elsewhere. People
hide contact details from filters, so the text is first folded (normalize.fold: NFKC,
invisible characters, homoglyphs, other scripts) and then:

1. number words in several languages and digit emoji become digits, so
   "five five five 0 one 2 3..." and keycap digits read as a phone number;
2. "name AT yahoo dot com", "name [at] gmail (dot) com" become e-mail addresses;
3. messenger names next to a handle or number ("WhatsApp me", "telegram @x") count.

Pure functions, no Django.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from directcontracts.screening.normalize import fold

NUMBER_WORDS = {
    # English, Spanish, Portuguese, French, German, Italian.
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
    "siete": "7", "ocho": "8", "nueve": "9",
    "um": "1", "dois": "2", "quatro": "4", "sete": "7", "oito": "8", "nove": "9",
    "zéro": "0", "un": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "sept": "7",
    "huit": "8", "neuf": "9",
    "null": "0", "eins": "1", "zwei": "2", "drei": "3", "vier": "4", "funf": "5", "fuenf": "5",
    "sechs": "6", "sieben": "7", "acht": "8", "neun": "9",
    "due": "2", "tre": "3", "quattro": "4", "cinque": "5", "sei": "6", "sette": "7", "otto": "8",
}  # fmt: skip
_NUMBER_WORD = re.compile(r"\b(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b")
# A digit, possibly followed by separators, repeated: "+1 (555) 010-2030", "5 5 5 0 1".
_DIGIT_RUN = re.compile(r"\+?\d(?:[\s().\-/_*|,]{0,3}\d){6,}")
_DATE = re.compile(r"^\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}$")
_MONEY_BEFORE = re.compile(r"([$€£¥]|usd|eur|gbp|brl|inr|r\$)\s*$")
_MONEY_AFTER = re.compile(
    r"^\s*([$€£¥]|usd|eur|gbp|brl|inr|dollars?|euros?|reais|k\b|words|hours|hrs)"
)

_PHONE_CONTEXT = re.compile(
    r"\b(call|phone|tel|text|sms|ring|cell|mobile|whats ?app|telegram|signal|viber|number|contact|"
    r"reach|telefone|telefono|celular|movil|ligue|llama|appelle|anrufen|handy|numero|nummer)\b"
)
# E-mail addresses are found from their "at" (an "@", "(at)", " at ", "arroba" ...): the
# local part before it and the domain after it are read from bounded windows, so every
# pattern here is matched against at most a few hundred characters per "at" and the whole
# search stays linear in the message (issue 11: an unbounded `[\w.+-]*` before the "at"
# was quadratic on "a.a.a.a...").
_AT = r"(?:@|\(at\)|\[at\]|\{at\}|<at>|\bat\b|\barroba\b|\bchez\b)"
_AT_ANCHOR = re.compile(_AT)
_DOT = r"(?:\.|\(dot\)|\[dot\]|\{dot\}|<dot>|\bdot\b|\bponto\b|\bpunto\b|\bpoint\b|\bpunkt\b)"
_TLD = r"(?:com|net|org|io|co|me|info|biz|de|fr|es|it|pt|br|uk|nl|in|ru|app|dev)\b"
_LABEL = r"[a-z0-9-]{1,63}"
_PLAIN_DOMAIN = re.compile(r"[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[a-z]{2,24}\b")
_SPOKEN_DOMAIN = re.compile(
    rf"\s{{0,3}}{_LABEL}(?:\s{{0,3}}{_DOT}\s{{0,3}}{_LABEL}){{0,6}}\s{{0,3}}{_DOT}\s{{0,3}}{_TLD}"
)
_MAIL_PROVIDER = re.compile(
    r"\s{0,3}(gmail|yahoo|hotmail|outlook|icloud|proton(mail)?|gmx|aol|live|yandex|mail)\b"
)
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.+-")
_LOCAL_MAX = 64
_DOMAIN_WINDOW = 400
_MESSENGER = re.compile(
    r"\b(whats ?app|wa\.me|telegram|t\.me|signal|skype|wechat|viber|discord|snapchat|snap|insta|instagram|"
    r"kik|line id|facebook|fb|messenger|linkedin)\b"
)
_MESSENGER_CONTACT = re.compile(
    r"(@[a-z0-9_.]{3,}|\b(me|add me|dm|text|message|msg|contact|reach|find|hit me|handle|id|user(name)?|"
    r"number|no\.?|chame|llamame|escribeme|ecris|schreib)\b)"
)
# Where money goes outside escrow: a payment service or the sender's own account.
_PAY_TARGET = (
    r"paypal|venmo|cash ?app|zelle|wise|revolut|western union|moneygram|crypto|bitcoin|btc|usdt|"
    r"ethereum|eth|pix|iban|swift|bank transfer|wire transfer|transferencia|bizum|skrill|payoneer|"
    r"gift ?cards?|my (bank )?account|(to|into) (my|your|his|her|our) (crypto |btc |bitcoin |eth |usdt )?wallet|"
    # Round 9: crypto exchanges and coins, and wallets named as a channel.
    r"binance|coinbase|kraken|bybit|okx|kucoin|usdc|tether|metamask|trust wallet|litecoin|ltc|"
    r"solana|dogecoin|alipay|upi|gcash|m-?pesa"
)
# Round 4: "send"/"envie"/"manda" is how people deliver work too ("I'll send the files directly
# to your printer", "sending the prototype directly after the call"), so with them "directly"
# asks to pay outside escrow only when what is sent is money.
# Currencies named after a sum, shared by a sum sent (`_MONEY`) and a sum left (`_AMOUNT`).
_CURRENCY = r"usd|eur|gbp|dollars?|euros?"
_MONEY = (
    r"money|payment|payments|funds|cash|balance|deposit|amount|the rest(?! of)|the fee|dinheiro|"
    rf"dinero|pagamento|pago|argent|geld|[$€£]\s?\d+|\d+\s?({_CURRENCY}|reais)"
)
_AMOUNT = rf"[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?({_CURRENCY}|bucks)?"
# Too little to be a milestone's price: a single unit, or "a token/symbolic amount".
_NOMINAL_SUM = (
    r"[$€£]\s?\d(\.\d\d)?\b|\b\d(\.\d\d)? ?(usd|eur|gbp|dollars?|euros?|bucks?|cents?)\b|"
    r"\ba (dollar|euro|buck|cent)\b|\b(a |the )?(token|symbolic|minimum|tiny) (amount|sum|deposit)\b"
)
# Round 8: money for this work moving outside escrow, said without "pay ... directly".
# A sum with its currency ("the remaining 2 pages" is work, "the remaining $300" money).
_SUM = rf"[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?({_CURRENCY}|bucks)"
# What is left of the price, said as money: "the balance", "the real amount", "the remaining
# $500". "The rest", "the other half" may be files ("the rest will follow separately"), so they
# count only after a verb of paying or before a channel that only money takes (`_CHANNEL`).
_MONEY_LEFT = (
    r"the balance|the (real|actual|full) (amount|price|sum)|the final payment|"
    rf"the remaining ({_SUM}|amount|sum|payment|balance|money)\b|"
    r"the rest of the (money|payment|price|amount|fee)"
)
_LEFT = (
    r"the rest(?! of)|the remainder(?! of)|the other half(?! of)|the difference|the last part|"
    r"the remaining(?! (files|work|pages|screens|items|photos|icons))"
)
_PAYS = r"pay|pays|paying|paid|settle|transfer|wire|give you|send you|send me"
# Only money goes these ways.
_CHANNEL = (
    r"direct (bank )?transfer|in cash|by cash|(by|via) (bank )?transfer|by wire|"
    r"(to|into) my (bank|account)|not (in|through) escrow|without escrow|skip (the )?escrow"
)
# Round 9: a company's own way of paying its suppliers, which is not this platform.
_OWN_SYSTEM = (
    r"(our|my|your|the company s|a) (own )?((supplier|vendor|procurement|purchasing|payroll|"
    r"accounts payable|erp|invoicing|billing|company) )?(portal|system|payroll|erp)\b"
)
# How it moves instead: another channel, or kept out of sight.
_ELSEWHERE = (
    rf"{_CHANNEL}|separately|privately|personally|directly|outside|on the side|"
    r"off (the )?(platform|site)|wire (it |you )?|"
    # Round 9: the buyer's own systems for paying suppliers ("through our supplier portal",
    # "via our procurement system", "through payroll"); not "the platform's billing page".
    rf"(through|via|in|on|using|with) {_OWN_SYSTEM}"
)
# Round 9: the platform named as the end of a phrase ("skip the site", "not go through the
# platform this time"), not as a thing on it ("the site header", "the platform logo").
_ENDS = r"(?=\s*($|[,.!?;:)]|for\b|this\b|any ?more\b|again\b|next\b|from\b|and\b))"
# Payment services people use as verbs.
_PAY_VERBS = r"wise|venmo|zelle|paypal|revolut|cash ?app|pix|bizum|payoneer"
_OFF_PLATFORM = [
    re.compile(p)
    for p in (
        r"\b(pay|pays|paid|paying|payment|transfer|wire|pagar|pague|pagamento|payer|virement|zahlen|"
        r"uberweisen|bezahlen)\b"
        rf".{{0,50}}\b({_PAY_TARGET}|directly|direct)\b",
        rf"\b(send|sending|envie|manda)\b.{{0,50}}\b({_PAY_TARGET})\b",
        rf"\b(send|sending|envie|manda)\b.{{0,30}}({_MONEY})\b.{{0,30}}\b(directly|direct)\b",
        r"\b(outside|off|fuera|fora|en dehors|ausserhalb)\b (of )?(the |this |de la |da |du )?"
        r"(platform|site|app|plataforma|plateforme|escrow|contract)\b",
        r"\b(avoid|skip|save on|bypass|evitar|eviter|umgehen)\b (the )?(platform |service )?"
        r"(fees?|commission|escrow|taxas?|comision|comisiones|frais)\b",
        # Round 4: "no fee for the extra revision" is a price, not an ask to skip the
        # platform's fees ("no fees", "sem taxas", "no commission for the platform" still are).
        r"\b(no|sem|sin)\b (the )?(platform |service )?"
        r"(fees?|commission|escrow|taxas?|comision|comisiones|frais)\b"
        r"(?! (for|on|para|por|pour) (?!(the |this |a |la |el )?"
        r"(platform|site|app|plataforma|plateforme|escrow|service)\b))",
        r"\b(cancel|close|end) (the |this )?contract\b.{0,40}\b(pay|paid|payment|deal)\b",
        # What is left of the price paid another way: "the rest in cash", "the other 700 direct".
        # A part of the work sent directly ("the rest of the files directly to the printer") and
        # a shop's own "cash on delivery" are not money changing hands between the parties.
        r"\b(rest|remainder|remaining|balance|other half|difference)\b.{0,20}\b(in|by|with) cash\b",
        rf"\b(rest|remainder|remaining|balance|other|difference)\b (of the )?({_AMOUNT}|money|amount|"
        r"payment|sum) (direct|directly|outside|privately|in person|on the side)\b",
        r"\bcash\b.{0,15}\b(in hand|when we meet|when i see you|in person|on the side|"
        r"under the table)\b",
        # A token sum in escrow to keep the contract looking used: "fund only 1 usd here".
        rf"\b(fund|deposit|escrow)\w*\b.{{0,20}}\b(only|just)\b.{{0,20}}({_NOMINAL_SUM})",
        # Round 8: what is left of the price (`_LEFT`) moved another way (`_ELSEWHERE`), in
        # either order: "I pay you the real amount separately", "a direct bank transfer for
        # the rest", "the balance I can wire you separately". "The rest of the files directly"
        # is work ("rest" followed by "of"), and "pay the rest when the last milestone is
        # approved" stays in escrow.
        rf"\b({_MONEY_LEFT}).{{0,40}}\b({_ELSEWHERE})",
        rf"\b({_ELSEWHERE}).{{0,40}}\b({_MONEY_LEFT})",
        rf"\b({_PAYS})\b.{{0,20}}\b({_LEFT})\b.{{0,40}}\b({_ELSEWHERE})",
        rf"\b({_LEFT})\b.{{0,30}}\b({_CHANNEL})",
        rf"\b({_CHANNEL}) (for|of) ({_LEFT})\b",
        # A payment service as a verb: "Wise me the balance", "venmo you tonight", "zelle me
        # the rest". "my Wise account", "payouts to my PayPal" are not verbs.
        rf"\b({_PAY_VERBS}) (me|you|u|us|him|her|them)\b",
        # Escrow set aside: "easier than funding escrow", "instead of the milestone", "so we
        # don't need escrow", "save us both the fee", "goes around the platform".
        r"\b(instead of|rather than|easier than|cheaper than|faster than|simpler than)"
        r" (funding |using |paying (into |through |via )?|going through |a |the )*"
        r"(escrow|the platform|the site|milestones?|here)\b",
        r"\b(don'?\s?t|do not|no|never|won'?\s?t) (need|use|want|go through|bother with) (the )?"
        r"(escrow|milestones?)\b",
        r"\bsaves? (us|you|me|everyone|both)( both| all| of us)? (the )?(platform |service )?"
        r"(fees?|commission|cut)\b",
        r"\b(around|past|outside) (the )?(platform|site|escrow)\b",
        r"\bpay(s|ing)? (you|u|me|him|her)( in)? cash\b",
        # Round 9 (families of money moved off the platform, however worded).
        # The price split between the platform and another channel: "half here, half on
        # binance", "40% here and the other 60 on coinbase", "half via the site and half via
        # usdt". "Half the mockups are done here, the other half on Friday" names no channel.
        r"\b(half|part|some|\d+ ?%|\d+ percent)( of it)? (here|(on|via|through|in) (the |this )?"
        r"(site|platform|escrow))\b.{0,40}\b(half|part|rest|remainder|other|\d+ ?%?)\b.{0,15}"
        rf"\b(on|via|through|by|in|with|over|to) (the |my |your )?({_PAY_TARGET})\b"
        r"(?! (button|checkout|integration|option|logo|icon|plugin|api|sdk|page))",
        # Carrying on after the contract ends, between the two or billed by the sender: "end
        # here and do the maintenance month-to-month between us", "once this milestone closes
        # let's keep working between us", "close it here and I'll bill you myself".
        r"\b((end|close|wrap up|stop|finish|cancel) (it here|things here|here|(the |this |our )"
        r"(contract|project|milestone|job))|(the|this|our) (contract|project|milestone|job) "
        r"(ends|closes|is (done|over|finished|closed)))\b"
        r".{0,80}\b(between us|between the two of us|between ourselves|privately|off (the )?"
        r"(platform|site)|outside|(bill|invoice) (you|u|your company|you guys)|"
        r"on a retainer|month to month|month-to-month|monthly invoices?)\b",
        # Money or upkeep settled "between us" in the same clause ("we can sort the payment
        # between us"); "Between us, the payment page needs work" confides, it arranges nothing.
        r"\b(pay|paid|payment|invoice|invoices|invoicing|bill|billing|retainer|monthly|"
        r"maintenance)\b[^.,;!?]{0,60}\b(between us|between the two of us|between ourselves)\b",
        # The sender's own bills instead of the platform's: "I'll bill you myself", "I invoice
        # your company directly", "send monthly invoices by email".
        r"\b(bill|invoice)(s|d)? (you|u|your company|you guys|us|our company) (myself|ourselves|"
        r"directly|privately|by e-?mail|via e-?mail)\b",
        r"\b(send|email|e-mail|mail)\b (you |u )?(the |my |our )?monthly invoices?\b",
        # The platform itself set aside: "finance would rather not go through the platform",
        # "we can't use the platform for the next phase", "just email me the PO and we skip
        # the site", "pay my invoices ... instead of through here".
        r"\b(rather not|prefer(s|red)? not to|prefer not|would prefer not to|don'?t want to|"
        r"do not want to|not allowed to|no longer)\b( to)? (go|run|pay|put|process|do|keep|book|"
        rf"use)\b.{{0,25}}\b(through|via|on|use|using)? ?(the |this )(platform|site|escrow){_ENDS}",
        r"\b(can'?t|cannot|can not|won'?t) (use|go through) (the |this )(platform|site|escrow)"
        r" (for|from) (the next|next|future|phase|the rest|this project|new|now on)\b",
        rf"\b(skip|skipping|drop|dropping|leave|leaving) (the |this )(platform|site|escrow){_ENDS}",
        r"\binstead of (going )?(through|via) (here|the platform|the site|escrow)\b",
        # Paid or billed through the buyer's own systems: "bill us through our procurement
        # system", "settle it via our vendor portal".
        rf"\b(pay|paid|paying|payment|bill|billed|billing|invoice|invoiced|settle|settled|transfer)"
        rf"\b.{{0,40}}\b(through|via|in|on|using) {_OWN_SYSTEM}",
    )
]


# Why a message was held, in the words staff read (the kinds stay the data).
KIND_WORDS = {
    "off_platform_payment": "asks to pay outside Direct Contracts",
    "contact_details": "shares contact details to continue elsewhere",
}


@dataclass(frozen=True)
class MessageVerdict:
    held: bool
    kinds: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"held": self.held, "kinds": list(self.kinds), "reasons": list(self.reasons)}


def _numbers_as_digits(text: str) -> str:
    text = _NUMBER_WORD.sub(lambda m: NUMBER_WORDS[m.group(1)], text)
    # "5 5 5" and "five-five-five" are handled by the digit-run pattern's separators.
    return text


def _phone_numbers(folded: str) -> list[tuple[str, int, int]]:
    text = _numbers_as_digits(folded)
    found = []
    for match in _DIGIT_RUN.finditer(text):
        raw = match.group(0)
        digits = re.sub(r"\D", "", raw)
        if len(digits) < 7 or len(digits) > 15 or _DATE.match(raw.strip()):
            continue
        before = text[max(0, match.start() - 6) : match.start()]
        after = text[match.end() : match.end() + 10]
        if _MONEY_BEFORE.search(before) or _MONEY_AFTER.match(after):
            continue
        # A plain grouped amount ("1,500,000") is not a phone number.
        if re.fullmatch(r"\d{1,3}(,\d{3})+", raw):
            continue
        # Without a word like "call" or "WhatsApp" nearby, a short run is more likely a
        # count or an id than a phone number.
        context = text[max(0, match.start() - 40) : match.start()]
        if len(digits) < 10 and not _PHONE_CONTEXT.search(context) and not raw.startswith("+"):
            continue
        found.append((digits, match.start(), match.end()))
    return found


def find_phone_numbers(folded: str) -> list[str]:
    return [digits for digits, _, _ in _phone_numbers(folded)]


def _local_part_before(text: str, at: int) -> str:
    """The e-mail local part ending just before position `at` (up to three spaces
    between), or "" when there is none. Scans at most 67 characters to the left."""
    end = at
    while end > 0 and at - end < 3 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and end - start < _LOCAL_MAX and text[start - 1] in _LOCAL_CHARS:
        start -= 1
    while start < end and not text[start].isalnum():
        start += 1
    return text[start:end]


def find_emails(folded: str) -> list[str]:
    return [address for address, _, _ in _emails(folded)]


def _emails(folded: str) -> list[tuple[str, int, int]]:
    found = []
    for anchor in _AT_ANCHOR.finditer(folded):
        local = _local_part_before(folded, anchor.start())
        if not local:
            continue
        window = folded[anchor.end() : anchor.end() + _DOMAIN_WINDOW]
        touching = anchor.group(0) == "@" and folded[anchor.start() - 1] in _LOCAL_CHARS
        plain = _PLAIN_DOMAIN.match(window) if touching else None
        domain = plain or _SPOKEN_DOMAIN.match(window) or _MAIL_PROVIDER.match(window)
        if domain:
            address = f"{local}{anchor.group(0)}{domain.group(0)}"
            found.append((address, anchor.start() - len(local), anchor.end() + domain.end()))
    return found


def find_messenger_handles(folded: str) -> list[str]:
    return [name for name, _, _ in _messenger_handles(folded)]


def _messenger_handles(folded: str) -> list[tuple[str, int, int]]:
    found = []
    for match in _MESSENGER.finditer(folded):
        window = folded[max(0, match.start() - 25) : match.end() + 30]
        if _MESSENGER_CONTACT.search(window):
            found.append((match.group(0), match.start(), match.end()))
    return found


# Round 10 (text check): contact details that do not move the conversation anywhere.
#
# (a) A refusal or negation of a messenger ("please don't message my personal WhatsApp",
# "no need for Telegram, the thread is fine", "I never use Signal for work"): the negation
# must govern the messenger, in the same clause and without a handle given with it; "don't
# email, WhatsApp me", "don't hesitate to WhatsApp me" and "why not Telegram?" still count.
_NEGATION = re.compile(
    r"(?<!\bwhy )\b(don'?t|do not|dont|never|no need (to|for)|no|not|won'?t|will not|can'?t|"
    r"cannot|stop|avoid|rather not|without)\b"
    r"(?! (hesitate|forget|be shy|be afraid|mind|worry|wait|delay)\b)"
)
_CLAUSE_BREAK = re.compile(r"[,.;:!?\n()\"]|\b(but|instead|just|only|rather|so|and|then|use|try)\b")
_HANDLE = re.compile(r"@[a-z0-9_.]{3,}")
# (b) A warning about a fake message, page or caller ("got an e-mail saying 'release your
# escrow at directcontracts-pay.co' - looks fake, ignore it"): the address quoted is the
# scammer's, not the sender's. (c) The client's business details for the deliverable ("is
# +254 ... the right number for the footer?", "put the shop's e-mail on the flyer"): they are
# the work's content. Neither counts when the message also invites contact with the sender
# ("call me", "WhatsApp me", "my number is") anywhere in it.
_WARNING = re.compile(
    r"\b(fake|phishing|phish|scam|scams|scammer|scammers|spoof(ed)?|impersonat\w*|look-?alike|"
    r"suspicious|fraudulent|not (from|by) (us|me|the platform|direct ?contracts)|"
    r"(don'?t|do not|never) (click|reply|open)|ignore (it|this|them))\b"
)
_DELIVERABLE_PLACE = re.compile(
    r"\b(footer|header|contact (us )?page|contact section|contact form|about page|landing page|"
    r"flyers?|leaflets?|brochures?|posters?|banners?|business cards?|letterhead|e-?mail signature|"
    r"signature block|menu|menus|packaging|labels?|stickers?|invoice template|(google|business|"
    r"maps) (profile|listing)|listing|"
    # Round 13: more places of the work, and the same places in the languages threads use
    # ("on the title block of every sheet", "in the press kit", "on the booking confirmation
    # email", "en el pie de cada pagina", "sur l'etiquette", "auf der Visitenkarte").
    r"listings|title block|press kit|cover page|(pdf|book|album|magazine) cover|order form|"
    r"(booking|order|registration|sign-?up|donation|product|checkout|error|settings|home) "
    r"(page|form|button|screen)|(booking|order) confirmation|confirmation (e-?mail|page|sms)|"
    r"(invitation|invite|wedding|greeting|loyalty|gift|recipe|rsvp|thank-?you) cards?|"
    r"(to|on|onto) the cards?|(each|every) (page|sheet|listing|card|flyer)|watermark|"
    r"show notes|readme|price list|catalogue|catalog|prospectus|care sheet|programme|"
    r"pie de (la |cada )?pagina|encabezado|etiquetas?|folletos?|volantes?|carteles?|"
    r"tarjetas?( de visita)?|rodape|cabecalho|cartaz|folhetos?|panfletos?|cartoes|cartao|"
    r"embalagem|pied de page|en-tete|etiquettes?|affiches?|depliants?|cartes? de visite|"
    r"emballage|fusszeile|kopfzeile|impressum|briefkopf|visitenkarten?|etiketten?|plakat|"
    r"kontaktseite|speisekarte|verpackung|pie di pagina|intestazione|etichett[ae]|volantin[oi]|"
    r"locandina|bigliett[oi] da visita|confezione|brosur|spanduk|formulir|kartu nama|kemasan|"
    r"undangan|kartvizit|afis|etiket|brosha|bango)\b"
)
_INVITATION = re.compile(
    r"\b(call|text|ring|message|msg|whats ?app|telegram|signal|email|e-mail|mail|write( to)?|"
    r"reach|contact|ping|dm|add|hit|find|buzz|skype|wechat|viber)( me| u| me up)\b|"
    r"\bme (on|at|via|through)\b|"
    r"\bmy (personal |private |own )?(whats ?app|telegram|signal|number|phone|cell|mobile|"
    r"e-?mail|skype|wechat|viber|insta\w*|handle|id|contact)\b|"
    # Round 13: the same invitations in the languages whose places of the work are read above
    # ("llamame al ...", "appelle-moi", "ruf mich an", "mi numero", "nomor saya", "numaram").
    r"\b(llamame|escribeme|mandame|contactame|hablame|ligue-me|me liga|me chama|chama-me|"
    r"appelle-moi|appelez-moi|ecris-moi|ecrivez-moi|contacte-moi|contactez-moi|ruf mich|"
    r"schreib mir|schreiben sie mir|kontaktier(e|en sie) mich|chiamami|scrivimi|contattami|"
    r"tawagan mo ako|i-?text mo ako|i-?message mo ako|hubungi saya|telepon saya|chat saya|"
    r"nipigie|niandikie|beni ara|bana yaz|bana ulas)\b|"
    r"\b(mi|mis|meu|minha|mon|ma|mes|mein|meine|il mio|la mia|mio|mia|aking|ko)( personal| "
    r"privado| pessoal| perso| private| privat[ae]?| personale)? (numero|celular|movil|telefono|"
    r"telefone|correo|email|e-mail|mail|whats ?app|telegram|portable|handynummer|nummer|handy|"
    r"cellulare|numer[oa])\b|"
    r"\b(nomor|no hp|no wa|wa|email|kontak)( wa| hp)? (saya|aku|gue)\b|"
    r"\b(numaram|telefonum|namba yangu|simu yangu|numero ko|number ko)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n](\s|$)")


def _sentence_around(folded: str, start: int, end: int) -> str:
    before = folded[max(0, start - 120) : start]
    after = folded[end : end + 120]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    stop = _SENTENCE_END.search(after)
    if stop:
        after = after[: stop.start()]
    return before + folded[start:end] + after


def _negated_messenger(folded: str, start: int, end: int) -> bool:
    if _HANDLE.search(folded[start : end + 30]):
        return False
    clause = folded[max(0, start - 40) : start]
    breaks = list(_CLAUSE_BREAK.finditer(clause))
    if breaks:
        clause = clause[breaks[-1].end() :]
    return bool(_NEGATION.search(clause))


def _not_an_attempt(folded: str, start: int, end: int) -> bool:
    if _INVITATION.search(folded):
        return False
    if _WARNING.search(folded):
        return True
    return bool(_DELIVERABLE_PLACE.search(_sentence_around(folded, start, end)))


def business_details_for_the_work(sentence: str, message: str) -> bool:
    """Whether a sentence of a message gives contact details only as the client's business
    details for the work itself ((c) above): it carries some, each in a sentence naming a place
    of the work (`_DELIVERABLE_PLACE`), and the message invites no contact with its sender
    (`_INVITATION`) anywhere. For the work check (`engine.places_business_details`), which
    reads the same sentences."""
    folded = fold(sentence)
    found = _emails(folded) + _phone_numbers(folded) + _messenger_handles(folded)
    if not found or _INVITATION.search(fold(message)):
        return False
    return all(
        _DELIVERABLE_PLACE.search(_sentence_around(folded, start, end)) for _, start, end in found
    )


def find_contact_details(folded: str) -> list[str]:
    """Contact details that would move the conversation elsewhere: e-mail addresses, phone
    numbers and messenger handles, less the ones a message warns about, refuses, or gives as
    the client's business details for the work itself."""
    found = [
        found
        for found, start, end in _emails(folded) + _phone_numbers(folded)
        if not _not_an_attempt(folded, start, end)
    ]
    found += [
        name
        for name, start, end in _messenger_handles(folded)
        if not _negated_messenger(folded, start, end) and not _not_an_attempt(folded, start, end)
    ]
    return found


# Round 10 (text check): what reads like an ask but is not one. Each is checked on the text
# around a match, never on the whole message, so a real ask elsewhere in it still counts.
#
# "No fee" said of a way of paying on the platform ("bank debit adds no fee, card adds 3.4 %",
# "the card option has no fee"): the fee is a surcharge the method does not add. Only a bare
# "no fee(s)" after such a verb is read so; "no platform fee", "no commission", "there's no
# fee" (a pitch for paying around the platform) still count.
_NO_FEE_RULE = next(
    i for i, r in enumerate(_OFF_PLATFORM) if r.pattern.startswith(r"\b(no|sem|sin)\b")
)
_FEE_OF_A_METHOD = re.compile(
    r"\b(adds?|added|charges?|charged|carr(y|ies)|costs?|has|have|had|comes? with)\s+$"
)
# The escrow questions of a first-time user ("I thought I pay and you get it directly"): a
# belief about how paying works, said without a proposal ("I thought we could pay you
# directly" proposes, so a modal between the belief and "directly" keeps it held). Only for
# "directly"/"direct": a named service ("I thought I'd pay on PayPal") still counts.
_DIRECTLY_RULES = tuple(
    i for i, r in enumerate(_OFF_PLATFORM) if r.pattern.endswith(r"directly|direct)\b")
)
_BELIEF = re.compile(
    r"\b(i|we) (thought|assumed|expected|believed|figured|imagined|was under the impression|"
    r"were under the impression)\b(?P<rest>[^.!?;\n]*)$"
)
_MODAL = re.compile(
    r"\b(could|can|would|might|should|will|shall|d|ll|let s|let's|lets|maybe|instead|rather|"
    r"save|skip|avoid|cheaper)\b"
)


# Round 14 (payments as the subject of the work): "on the checkout page write that customers
# can pay by bank transfer or card", "the donate page: donors can give via GCash or bank
# transfer", "write the terms: payment is due within 14 days by bank transfer" name how a
# business's customers pay, which is the work (a checkout, an FAQ, a sign), not this
# contract's money moved out of escrow. A match of the two rules that find a way of paying
# beside paying or sending (`_PAYMENT_RULES`) is not an ask when its sentence names payers
# who are not the parties (`_OTHER_PAYERS`: customers, guests, donors, parents...) or the
# place in the work where paying is described (`_PAYMENT_WORK`, `_DELIVERABLE_PLACE`), and
# nothing of payment between the parties (`_BETWEEN_THE_PARTIES`: "pay you", "my PayPal",
# "I'll transfer", the rest, the balance, the milestone, escrow, the fee, directly). "Can I
# pay you the rest by bank transfer instead" and "customers pay me by PayPal" are still held;
# every other rule is read as before.
_PAYMENT_RULES = (0, 1)
_OTHER_PAYERS = re.compile(
    r"\b(customers?|clients|guests|buyers|shoppers|users|members|subscribers|patients|students|"
    r"parents|donors|backers|visitors|tenants|attendees|diners|passengers|riders|fans|players|"
    r"families|trade customers|clientes|hospedes|huespedes|pacientes|alunos|alumnos|compradores|"
    r"usuarios|socios|padres|pais|eleves|acheteurs|kunden|gaste|teilnehmer|klanten|gasten|"
    r"pelanggan|pembeli|tamu|orang tua|donatur|peserta|mga customer|mga bisita|wateja|wageni)\b"
)
_PAYMENT_WORK = re.compile(
    r"\b(checkout|check-out|cart|payment (page|methods?|options?|section|screen|step|form|icons?|"
    r"gateway|integration|settings|terms)|pay(ment)? button|billing (page|settings|screen)|"
    r"pricing page|faq|terms|t&c|terms and conditions|(donate|donation|giving|fee|tuition|"
    r"registration|booking|order|ticket|event|product|upgrade|pledge) (page|form|screen|box)|"
    r"stripe|sandbox|test mode|test card|(the|our|my|a) (site|website|web|app|shop|store|sign|"
    r"menu|footer|till)|(add|say|write|mention|put|show|list|translate|traduce|escribe|pon|"
    r"escreve|ecris|schreib|tulis|ilagay)\w* (that|que|dass|bahwa|na)|should (say|show|read)|"
    r"en la (web|pagina)|na pagina|sur la page|auf der (seite|website)|op de (website|site)|"
    r"di halaman|halaman|pagina|seite|page)\b"
)
_BETWEEN_THE_PARTIES = re.compile(
    r"\b(pay|pays|paid|paying|send|sending|transfer|transferring|wire|give|pago|pague|pagar|paie|"
    r"paye|bezahle|uberweise|bayar|betaal)\w*( you| u| me| us| ya| te| ti| vous| voce| kamu| "
    r"kakak| dir| mir| je)\b|"
    r"\b(te|ti|vous|voce|kamu|dir|mir|je|ik) (pago|pague|paie|paye|bezahle|uberweise|bayar|"
    r"betaal|transfer)\w*\b|"
    r"\b(my|your|ur|mi|tu|meu|teu|mon|ton|mein|dein|mijn)( own| personal| private| bank)? "
    r"(bank|account|paypal|wallet|card|details|number|iban|revolut|wise|gcash|upi|venmo|zelle|"
    r"cuenta|conta|compte|konto|rekening|m-?pesa|mb way|tikkie)\b|"
    r"\brekening (saya|kakak|kamu)\b|"
    r"\b(i|we)( ?'?(ll|d)| will| can| could| would| shall| must)? (pay|send|transfer|wire)\b|"
    r"\b(the rest|rest|the balance|balance|remaining|remainder|half|milestones?(?! ?\d)|escrow|fees?|"
    r"commission|platform|contract|directly|direct(?! debit)|privately|separately|outside|"
    r"resto|solde|sisa|restbetrag|saldo|directamente|diretamente|directement|direkt|langsung|"
    r"natitira|friends and family)\b"
)


def payments_as_the_work(sentence: str) -> bool:
    """Whether a (folded) sentence that names paying in some way describes how a business's
    customers pay, as the content of the work, and not payment between the parties."""
    if _BETWEEN_THE_PARTIES.search(sentence):
        return False
    return bool(
        _OTHER_PAYERS.search(sentence)
        or _PAYMENT_WORK.search(sentence)
        or _DELIVERABLE_PLACE.search(sentence)
    )


def _not_an_ask(index: int, folded: str, match: re.Match[str]) -> bool:
    if index in _PAYMENT_RULES and payments_as_the_work(
        _sentence_around(folded, match.start(), match.end())
    ):
        return True
    before = folded[max(0, match.start() - 80) : match.start()]
    if index == _NO_FEE_RULE:
        a_fee = re.fullmatch(r"no fees?", match.group(0))
        return bool(a_fee) and bool(_FEE_OF_A_METHOD.search(before))
    if index in _DIRECTLY_RULES and re.search(r"\bdirect(ly)?$", match.group(0)):
        belief = _BELIEF.search(before)
        if belief is None:
            return False
        return not _MODAL.search(belief.group("rest") + match.group(0))
    return False


def find_off_platform_payment(folded: str) -> list[str]:
    found = []
    for index, regex in enumerate(_OFF_PLATFORM):
        asks = [m for m in regex.finditer(folded) if not _not_an_ask(index, folded, m)]
        if asks:
            found.append(asks[0].group(0))
    return found


def screen_message_text(text: str) -> MessageVerdict:
    folded = fold(text)
    kinds: list[str] = []
    reasons: list[str] = []
    payment = find_off_platform_payment(folded)
    if payment:
        kinds.append("off_platform_payment")
        reasons.append(
            f"It asks to pay outside Direct Contracts (\u201c{payment[0][:60]}\u201d): payments must "
            "go through escrow, which is what protects both of you."
        )
    contacts = find_contact_details(folded)
    if contacts:
        kinds.append("contact_details")
        reasons.append(
            "It shares contact details to continue elsewhere (e-mail, phone or messenger)."
        )
    return MessageVerdict(held=bool(kinds), kinds=kinds, reasons=reasons)


def reasons_in_sentences(reasons: Iterable[str]) -> str:
    """Hold reasons as one run of sentences for a notice: each reason is trimmed of its own
    closing punctuation and ends with exactly one stop, so that joined reasons never read
    ".;" or ".." whether there are one, two or three of them."""
    sentences = []
    for reason in reasons:
        text = reason.strip().rstrip(".;:, ")
        if not text:
            continue
        text = text[0].upper() + text[1:]
        sentences.append(text if text.endswith(("?", "!")) else f"{text}.")
    return " ".join(sentences)
