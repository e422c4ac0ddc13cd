"""Our own generator of disguise families and hard negatives (issue 14).

The matcher was built on a handful of disguises; this generator makes the families it was
not built on, from first principles rather than from any shared tool, so that a change is
measured on variation nobody listed in advance. Seeded and reproducible: seed 1 is the
tuning part, seed 2 the held-out part (never looked at while choosing weights).

A population of account holders from many locales (Latin, Cyrillic, Greek, Arabic, Hebrew,
Devanagari, Chinese and Japanese names, with names drawn Zipf-like so that common names are
common), each with a mailbox, maybe a phone, card, device, employer and IPv4 or IPv6 address.

Disguises (the same person; must be flagged): each has a fresh mailbox at another provider
unless the family is about the mailbox, keeps the holder's country, and keeps the one trace
the family is named after, sometimes with the name written differently.

No case takes an identifier that an account already holds (a mailbox, counted as the inbox
it reaches, or a phone line), unless its family keeps the holder's: a namesake may already
hold `john.davis@outlook.com`, and then the disguise moves elsewhere. Such a value is drawn
again from a separate stream, so every case that did not collide is drawn as before.

Hard negatives (another person; must be allowed, review at most rarely): very common
names, colleagues at one company, shared office / carrier networks, similar mailbox names,
similar device ids, a phone number one digit from the holder's, relatives sharing a surname.
"""

from __future__ import annotations

import random
import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# --- Names -----------------------------------------------------------------------------------

# Cyrillic and Greek names are romanised by our own tables with several real schemes, so the
# account may hold one scheme and the disguise another (or the native script).
CYRILLIC = {
    "given_m": "Дмитрий Алексей Сергей Андрей Юрий Михаил Николай Евгений Александр Максим "
    "Владимир Игорь Олег Павел Кирилл".split(),
    "given_f": "Юлия Наталья Екатерина Татьяна Ксения Ольга Анастасия Елена Мария Ирина "
    "Светлана Дарья".split(),
    "surname": "Иванов Смирнов Кузнецов Соколов Попов Лебедев Козлов Новиков Морозов Волков "
    "Соловьёв Васильев Зайцев Павлов Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров "
    "Михайлов Беляев Тарасов Белов Комаров Орлов Киселёв Макаров Андреев Ковалёв Ильин Гусев "
    "Титов Кузьмин Кудрявцев Баранов Куликов Алексеев Степанов Яковлев Жуков Щербаков "
    "Чернов Хохлов Юдин Журавлёв".split(),
}
_CYR_BASE = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y _ e iu ia".split(),
        strict=True,
    )
)
CYRILLIC_SCHEMES: dict[str, dict[str, str]] = {
    "icao": _CYR_BASE,
    "bgn": _CYR_BASE | {"е": "e", "ё": "yo", "й": "y", "ъ": "_", "ю": "yu", "я": "ya"},
    "popular": _CYR_BASE | {"ё": "yo", "й": "y", "х": "h", "ю": "yu", "я": "ya", "ъ": "_"},
    "german": _CYR_BASE
    | {"в": "w", "ж": "sch", "з": "s", "й": "j", "х": "ch", "ц": "z", "ч": "tsch",
       "ш": "sch", "щ": "schtsch", "ю": "ju", "я": "ja", "ё": "jo", "ъ": "_"},
}  # fmt: skip

GREEK = {
    "given_m": "Γιώργος Δημήτρης Κωνσταντίνος Νίκος Γιάννης Χρήστος Παναγιώτης Βασίλης "
    "Θανάσης Μιχάλης Σπύρος Ευάγγελος".split(),
    "given_f": "Μαρία Ελένη Αικατερίνη Βασιλική Σοφία Αγγελική Δέσποινα Ευαγγελία Χριστίνα "
    "Θεοδώρα".split(),
    "surname": "Παπαδόπουλος Βλάχος Αντωνίου Γεωργίου Νικολάου Οικονόμου Καραγιάννης Μαυρίδης "
    "Ιωάννου Δημητρίου Παπαγεωργίου Κωνσταντίνου Χριστοδούλου Αθανασίου Μιχαηλίδης Ζαχαρίου "
    "Θεοδωρόπουλος Ψαρράς Ξενάκης Μπακογιάννης Ντόκος Λαμπράκης".split(),
}
_GR_BASE = dict(
    zip(
        "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς",
        "a v g d e z i th i k l m n x o p r s t y f ch ps o a e i i o y o i y i y s".split(),
        strict=True,
    )
)
# ELOT 743 (official), and the phonetic spelling people use (Yiorgos, Hristos, Bakoyannis).
GREEK_SCHEMES: dict[str, tuple[dict[str, str], dict[str, str]]] = {
    "elot": ({"ου": "ou", "ού": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "μπ": "mp", "ντ": "nt",
              "γγ": "ng", "γκ": "gk", "αυ": "av", "ευ": "ev"}, _GR_BASE | {"υ": "y", "ύ": "y"}),
    "phonetic": ({"ου": "ou", "ού": "ou", "αι": "e", "ει": "i", "εί": "i", "οι": "i", "μπ": "b",
                  "ντ": "d", "γγ": "ng", "γκ": "g", "γι": "yi", "αυ": "av",
                  "ευ": "ev", "χ": "h"}, _GR_BASE | {"υ": "i", "ύ": "i", "η": "i", "ή": "i"}),
}  # fmt: skip

# Scripts without our own table: native form and the Latin spellings people use.
LISTED = {
    "ar": {
        "given_m": [("محمد", "Mohammed Muhammad Mohamed Mohammad"), ("أحمد", "Ahmed Ahmad"),
                    ("علي", "Ali Aly"), ("عمر", "Omar Umar"), ("خالد", "Khaled Khalid"),
                    ("يوسف", "Youssef Yusuf Yousef"), ("حسن", "Hassan Hasan"),
                    ("كريم", "Karim Kareem")],
        "given_f": [("فاطمة", "Fatima Fatimah Fatma"), ("عائشة", "Aisha Aicha Ayesha"),
                    ("مريم", "Maryam Mariam"), ("سارة", "Sara Sarah"), ("ليلى", "Layla Leila"),
                    ("نور", "Nour Noor Nur")],
        "surname": [("حداد", "Haddad"), ("خوري", "Khoury Khouri"), ("منصور", "Mansour Mansur"),
                    ("صالح", "Saleh Salih"), ("ناصر", "Nasser Nasir"), ("حمدان", "Hamdan"),
                    ("عباس", "Abbas"), ("سليمان", "Suleiman Sulaiman Soliman"),
                    ("جابر", "Jaber Jabir"), ("قاسم", "Kassem Qasim Qassem")],
    },
    "he": {
        "given_m": [("דוד", "David Dovid"), ("משה", "Moshe"), ("אברהם", "Avraham Abraham"),
                    ("יעקב", "Yaakov Yakov Jacob"), ("שמואל", "Shmuel Samuel")],
        "given_f": [("שרה", "Sara Sarah"), ("רחל", "Rachel Rahel"), ("לאה", "Leah Lea"),
                    ("מרים", "Miriam Miryam")],
        "surname": [("כהן", "Cohen Kohen Cohn"), ("לוי", "Levi Levy"), ("מזרחי", "Mizrahi Mizrachi"),
                    ("פרץ", "Peretz Perez"), ("ביטון", "Biton Bitton"), ("אזולאי", "Azoulay Azulai"),
                    ("שפירא", "Shapira Shapiro")],
    },
    "hi": {
        "given_m": [("राहुल", "Rahul"), ("अमित", "Amit"), ("सुनील", "Sunil"), ("विजय", "Vijay Vijai"),
                    ("संजय", "Sanjay Sanjai"), ("राजेश", "Rajesh"), ("अजय", "Ajay")],
        "given_f": [("प्रिया", "Priya"), ("अनीता", "Anita Aneeta"), ("सुनीता", "Sunita Suneeta"),
                    ("पूजा", "Pooja Puja"), ("नेहा", "Neha")],
        "surname": [("शर्मा", "Sharma"), ("वर्मा", "Verma Varma"), ("गुप्ता", "Gupta"),
                    ("पटेल", "Patel"), ("कुमार", "Kumar"), ("जोशी", "Joshi"),
                    ("मिश्रा", "Mishra Misra"), ("यादव", "Yadav")],
    },
    "zh": {
        "given_m": [("伟", "Wei"), ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"), ("小明", "Xiaoming")],
        "given_f": [("娜", "Na"), ("静", "Jing"), ("敏", "Min"), ("丽", "Li"), ("秀英", "Xiuying")],
        "surname": [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
                    ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("周", "Zhou"), ("吴", "Wu")],
    },
    "ja": {
        "given_m": [("けんじ", "Kenji"), ("こうじ", "Koji Kouji Kohji"), ("りゅうた", "Ryuta Ryuuta"),
                    ("しゅんいち", "Shunichi Shun'ichi"), ("たろう", "Taro Tarou Taroh")],
        "given_f": [("ゆうこ", "Yuko Yuuko"), ("あきこ", "Akiko"), ("ようこ", "Yoko Youko"),
                    ("めぐみ", "Megumi"), ("さくら", "Sakura")],
        "surname": [("さとう", "Sato Satou Satoh"), ("すずき", "Suzuki"), ("たなか", "Tanaka"),
                    ("おおの", "Ono Ohno Oono"), ("いとう", "Ito Itou Itoh"),
                    ("こばやし", "Kobayashi"), ("やまもと", "Yamamoto")],
    },
}  # fmt: skip
LATIN = {
    "en": ("James John Robert Michael William David Richard Thomas Daniel Matthew",
           "Mary Jennifer Linda Patricia Elizabeth Susan Jessica Sarah Karen Emily",
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore "
           "Martin Jackson Thompson White Harris Clark Lewis Walker Hall Young Allen Wright"),
    "de": ("Thomas Michael Andreas Stefan Christian Markus Jürgen Klaus Lukas Jonas",
           "Sabine Petra Monika Claudia Andrea Julia Anna Katharina Lena Sophie",
           "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer "
           "Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann"),
    "es": ("José Antonio Manuel Francisco Javier Carlos Miguel Alejandro Pablo Sergio",
           "María Carmen Ana Isabel Laura Lucía Marta Cristina Elena Paula",
           "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín "
           "Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero"),
    "pl": ("Piotr Krzysztof Andrzej Tomasz Paweł Marcin Michał Jakub Łukasz Kamil",
           "Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Zofia Natalia",
           "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński "
           "Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski"),
}  # fmt: skip
LOCALES = {  # locale: (country, weight, phone country code, national number length)
    "en": ("US", 22, "+1", 10), "de": ("DE", 12, "+49", 11), "es": ("ES", 10, "+34", 9),
    "pl": ("PL", 8, "+48", 9), "ru": ("RU", 12, "+7", 10), "gr": ("GR", 6, "+30", 10),
    "ar": ("AE", 8, "+971", 9), "he": ("IL", 5, "+972", 9), "hi": ("IN", 8, "+91", 10),
    "zh": ("CN", 5, "+86", 11), "ja": ("JP", 4, "+81", 10),
}  # fmt: skip
MOBILE_START = {"US": "415", "DE": "151", "ES": "6", "PL": "5", "RU": "9", "GR": "69",
                "AE": "5", "IL": "5", "IN": "9", "CN": "13", "JP": "90"}  # fmt: skip
FREE_MAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
             "DE": ["gmail.com", "gmx.de", "web.de", "t-online.de"],
             "ES": ["gmail.com", "hotmail.es", "yahoo.es"], "PL": ["gmail.com", "wp.pl", "onet.pl"],
             "RU": ["mail.ru", "yandex.ru", "gmail.com"], "GR": ["gmail.com", "yahoo.gr"],
             "AE": ["gmail.com", "hotmail.com"], "IL": ["gmail.com", "walla.co.il"],
             "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "CN": ["qq.com", "163.com"],
             "JP": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp"]}  # fmt: skip
COMPANY_WORDS = ("Northern Global Digital Pacific Atlas Vector Summit Blue River Alpine Urban "
                 "Silver Quantum Prime Harbor Crescent Granite Apex Nova Orbit").split()  # fmt: skip
COMPANY_NOUNS = (
    "Logistics Software Consulting Trading Media Labs Systems Foods Design Capital".split()
)
LEGAL = {"US": ["Inc", "LLC", "Corp"], "DE": ["GmbH", "AG", "GmbH & Co. KG"], "ES": ["S.L.", "S.A."],
         "PL": ["Sp. z o.o.", "S.A."], "RU": ["OOO", "AO"], "GR": ["AE", "IKE"], "AE": ["LLC", "FZE"],
         "IL": ["Ltd"], "IN": ["Pvt Ltd", "Ltd"], "CN": ["Co., Ltd", "Ltd"], "JP": ["K.K.", "Co., Ltd"]}  # fmt: skip
HANDLE_A = ("quiet blue lucky sunny happy dark silver swift brave cosmic wild red golden "
            "little crazy lazy mighty noisy polar rapid shy tiny urban violet wise young zen "
            "amber frozen hidden iron jolly kind lunar misty neon odd proud").split()  # fmt: skip
HANDLE_B = ("rider fox wolf star coder panda tiger hawk storm river pixel ninja bear comet "
            "dragon eagle falcon gecko heron koala lemur moose otter parrot raven shark "
            "sparrow turtle viper walrus yeti badger bison cobra dingo ferret gopher").split()  # fmt: skip
DEVICE_MODELS = ["iPhone15,2", "iPhone16,1", "SM-S918B", "Pixel-8", "Win10-Chrome", "Mac-Safari",
                 "Redmi-Note-12", "SM-A546B"]  # fmt: skip

DISGUISE_FAMILIES = (
    "local_part_at_another_domain", "local_part_reshaped", "email_domain_typo",
    "phone_digit_added_or_dropped", "phone_digit_changed", "phone_digits_swapped",
    "name_in_native_script", "name_other_romanisation", "name_swapped_or_initials",
    "name_middle_or_maiden", "company_other_suffix_or_acronym", "ipv6_same_64",
)  # fmt: skip
NEGATIVE_FAMILIES = (
    "common_name", "colleague", "shared_network", "similar_mailbox", "similar_device",
    "phone_neighbour", "relative", "new",
)  # fmt: skip


@dataclass
class Person:
    locale: str
    country: str
    given: str  # as the account writes it
    surname: str
    native: tuple[str, str] | None  # (given, surname) in the native script
    variants: tuple[list[str], list[str]]  # other Latin spellings of given, surname
    middle: str | None
    record: dict


def _zipf(rng: random.Random, items: list, s: float = 1.1):
    weights = [1 / (rank + 1) ** s for rank in range(len(items))]
    return rng.choices(items, weights)[0]


def romanise_cyrillic(word: str, scheme: str) -> str:
    table = CYRILLIC_SCHEMES[scheme]
    out = []
    low = word.lower()
    for i, ch in enumerate(low):
        latin = table.get(ch, ch).replace("_", "")
        if scheme in ("bgn", "popular") and ch == "е" and (i == 0 or low[i - 1] in "аеёиоуыэюяьъ"):
            latin = "ye"
        out.append(latin)
    text = "".join(out)
    if scheme == "popular":
        text = text.replace("iy", "y") if text.endswith("iy") else text
    return text.capitalize()


def romanise_greek(word: str, scheme: str) -> str:
    digraphs, table = GREEK_SCHEMES[scheme]
    low, out, i = word.lower(), [], 0
    while i < len(low):
        pair = low[i : i + 2]
        if pair in digraphs:
            out.append(digraphs[pair])
            i += 2
            continue
        out.append(table.get(low[i], low[i]))
        i += 1
    return "".join(out).capitalize()


# A Latin name written in Cyrillic or Greek the way people transcribe a foreign name (issue 14,
# round 12): by sound, roughly, from the spelling. Rules of our own, longest first; a letter
# not listed is dropped, an h is written only first and doubled letters once; a c before e, i
# or y is an s (round 14: Cindy -> Синди / Σιντι).
_TO_CYRILLIC = (
    ("sch", "ш"), ("tch", "ч"), ("ch", "ч"), ("sh", "ш"), ("th", "т"), ("ph", "ф"),
    ("ck", "к"), ("ce", "се"), ("ci", "си"), ("cy", "си"), ("qu", "кв"), ("oo", "у"), ("ee", "и"), ("ea", "и"), ("ou", "ау"),
    ("ow", "оу"), ("ay", "эй"), ("ey", "ей"), ("wh", "у"), ("kh", "х"), ("zh", "ж"),
    ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"),
    ("h", "х"), ("i", "и"), ("j", "дж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
    ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
    ("v", "в"), ("w", "у"), ("x", "кс"), ("y", "и"), ("z", "з"),
)  # fmt: skip
_TO_GREEK = (
    ("sch", "σ"), ("tch", "τσ"), ("ch", "τσ"), ("sh", "σ"), ("th", "θ"), ("ph", "φ"),
    ("ck", "κ"), ("ce", "σε"), ("ci", "σι"), ("cy", "σι"), ("qu", "κου"), ("oo", "ου"), ("ee", "ι"), ("ea", "ι"), ("ou", "αου"),
    ("ow", "οου"), ("ay", "έι"), ("ey", "έι"), ("wh", "ου"), ("nd", "ντ"), ("mb", "μπ"),
    ("b", "μπ"), ("d", "ντ"), ("g", "γκ"), ("j", "τζ"), ("w", "ου"), ("u", "ου"), ("a", "α"),
    ("c", "κ"), ("e", "ε"), ("f", "φ"), ("h", "χ"), ("i", "ι"), ("k", "κ"), ("l", "λ"), ("m", "μ"), ("n", "ν"),
    ("o", "ο"), ("p", "π"), ("q", "κ"), ("r", "ρ"), ("s", "σ"), ("t", "τ"), ("v", "β"),
    ("x", "ξ"), ("y", "ι"), ("z", "ζ"),
)  # fmt: skip


def transcribe_latin(word: str, script: str) -> str:
    """A Latin-script name word written in Cyrillic ("cyrillic") or Greek ("greek") by sound:
    John -> Джон / Τζον, Williams -> Уилиамс / Ουιλιαμς."""
    table = _TO_CYRILLIC if script == "cyrillic" else _TO_GREEK
    low = re.sub(r"(.)\1+", r"\1", unicodedata.normalize("NFKD", word.lower()))
    low = "".join(ch for ch in low if "a" <= ch <= "z")
    out, i = [], 0
    while i < len(low):
        for latin, other in table:
            if low.startswith(latin, i):
                out.append("" if latin == "h" and i else other)  # h is heard only first
                i += len(latin)
                break
        else:
            i += 1
    text = "".join(out)
    if script == "greek" and text.endswith("σ"):
        text = text[:-1] + "ς"
    return text[:1].upper() + text[1:]


def _latin_forms(rng: random.Random, locale: str) -> tuple[str, str, tuple[str, str] | None, tuple[list[str], list[str]]]:  # fmt: skip
    """(given, surname) as the account writes them, the native form, other spellings."""
    sex = rng.choice("mf")
    if locale in ("ru", "gr"):
        pool = CYRILLIC if locale == "ru" else GREEK
        given = _zipf(rng, pool[f"given_{sex}"])
        surname = _zipf(rng, pool["surname"], 0.9)
        if locale == "ru" and sex == "f":
            surname = surname + "а"
        if locale == "gr" and sex == "f" and surname.endswith("ος"):
            surname = surname[:-2] + "ου"
        schemes = list(CYRILLIC_SCHEMES if locale == "ru" else GREEK_SCHEMES)
        romanise = romanise_cyrillic if locale == "ru" else romanise_greek
        forms_g = [romanise(given, s) for s in schemes]
        forms_s = [romanise(surname, s) for s in schemes]
        first = rng.randrange(len(schemes))
        return forms_g[first], forms_s[first], (given, surname), (forms_g, forms_s)
    if locale in LISTED:
        pool = LISTED[locale]
        native_g, latin_g = _zipf(rng, pool[f"given_{sex}"])
        native_s, latin_s = _zipf(rng, pool["surname"], 0.9)
        forms_g, forms_s = latin_g.split(), latin_s.split()
        return rng.choice(forms_g), rng.choice(forms_s), (native_g, native_s), (forms_g, forms_s)
    males, females, surnames = LATIN[locale]
    given = _zipf(rng, (males if sex == "m" else females).split())
    surname = _zipf(rng, surnames.split(), 0.9)
    return given, surname, None, ([given], [surname])


def _ascii(text: str) -> str:
    from anyascii import anyascii

    return "".join(c for c in anyascii(text).lower() if c in string.ascii_lowercase)


def _mailbox(email: str) -> str:
    """The inbox an address reaches (Gmail ignores dots), so that no two people share one."""
    local, _, domain = email.lower().partition("@")
    return (local.replace(".", "") if domain == "gmail.com" else local) + "@" + domain


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def _local_from_name(rng: random.Random, given: str, surname: str) -> str:
    g, s = _ascii(given) or "x", _ascii(surname) or "y"
    d = _digits(rng, rng.randint(2, 4))
    return rng.choice([
        f"{g}.{s}", f"{g}{s}", f"{g}_{s}", f"{g}{s}_{d}", f"{g}.{s}{d}", f"{g[0]}{s}",
        rng.choice(HANDLE_A) + rng.choice(HANDLE_B) + d, rng.choice(HANDLE_A) + rng.choice(HANDLE_B) + d,
    ])  # fmt: skip


def _company(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(name with legal suffix, domain, the bare name)."""
    words = rng.sample(COMPANY_WORDS, rng.choice([1, 2, 2]))
    bare = " ".join([*words, rng.choice(COMPANY_NOUNS)])
    domain = "".join(w.lower() for w in bare.split()[:2]) + ".example"
    return f"{bare} {rng.choice(LEGAL[country])}", domain, bare


def _ipv4(rng: random.Random) -> str:
    return (
        f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def _ipv6(rng: random.Random, prefix64: str | None = None) -> str:
    prefix = prefix64 or "2a02:" + ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(3))
    return prefix + ":" + ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(4))


def _prefix64(ip: str) -> str:
    return ":".join(ip.split(":")[:4])


def _phone_digits(rng: random.Random, country: str, length: int) -> str:
    start = MOBILE_START[country]
    return start + _digits(rng, length - len(start))


def _format_phone(rng: random.Random, code: str, national: str) -> str:
    style = rng.choice(["e164", "spaced", "national"])
    if style == "e164":
        return code + national
    if style == "spaced":
        return f"{code} {national[:3]} {national[3:6]} {national[6:]}"
    return ("" if code in ("+1", "+86") else "0") + national


class Population:
    def __init__(self, accounts: int, seed: int) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        rng = self.rng
        self.companies = {c: [_company(rng, c) for _ in range(25)] for c in MOBILE_START}
        # Shared networks: offices and mobile carriers' NAT addresses.
        self.carrier_ips = [_ipv4(rng) for _ in range(40)]
        self.people: list[Person] = []
        self.mailboxes: set[str] = set()
        # Phone lines, as (country calling code, national digits): a line is one person's.
        self.phones: set[tuple[str, str]] = set()
        # Redraws an identifier that is already someone's, so that every case that did not
        # collide is drawn exactly as before (the main streams are not shifted by a redraw).
        self.retry = random.Random(seed * 104_729 + 17)
        locales = list(LOCALES)
        weights = [LOCALES[loc][1] for loc in locales]
        for number in range(accounts):
            self.people.append(self.person(rng.choices(locales, weights)[0], f"acc{number:06d}"))
        self.by_id = {p.record["id"]: p for p in self.people}

    def person(self, locale: str, ident: str) -> Person:
        rng = self.rng
        country, _, code, length = LOCALES[locale]
        given, surname, native, variants = _latin_forms(rng, locale)
        middle = None
        if locale in ("en", "de", "es") and rng.random() < 0.3:
            middle = _zipf(rng, LATIN[locale][0].split() + LATIN[locale][1].split())
        employer = rng.choice(self.companies[country]) if rng.random() < 0.35 else None
        if employer and rng.random() < 0.6:
            email = f"{_local_from_name(rng, given, surname)}@{employer[1]}"
        else:
            email = f"{_local_from_name(rng, given, surname)}@{rng.choice(FREE_MAIL[country])}"
        while _mailbox(email) in self.mailboxes:  # a mailbox belongs to one person
            local, _, domain = email.partition("@")
            email = f"{local}{_digits(rng, 2)}@{domain}"
        self.mailboxes.add(_mailbox(email))
        name = (
            f"{given} {surname}"
            if rng.random() < 0.9 or not middle
            else f"{given} {middle} {surname}"
        )
        if native and rng.random() < 0.15:
            name = f"{native[1]} {native[0]}" if locale in ("zh",) else f"{native[0]} {native[1]}"
            if locale == "zh":
                name = native[1] + native[0]
        phone = _phone_digits(rng, country, length) if rng.random() < 0.7 else None
        while phone and (code, phone) in self.phones:
            phone = _phone_digits(self.retry, country, length)
        if phone:
            self.phones.add((code, phone))
        record = {
            "id": ident,
            "email": email,
            "name": name,
            "phone": _format_phone(rng, code, phone) if phone else None,
            "country": country,
            "company": employer[0] if employer else None,
            "payment_fingerprint": f"pf_{rng.getrandbits(64):016x}" if rng.random() < 0.6 else None,
            "device_id": f"{rng.choice(DEVICE_MODELS)}:{rng.getrandbits(64):016x}" if rng.random() < 0.7 else None,
            "ip": (_ipv6(rng) if rng.random() < 0.3 else (rng.choice(self.carrier_ips) if rng.random() < 0.15 else _ipv4(rng))),
            "_phone": phone,
            "_employer": employer,
        }  # fmt: skip
        return Person(locale, country, given, surname, native, variants, middle, record)

    def mailbox_taken(self, email: str) -> bool:
        """Whether an address reaches a mailbox someone already holds."""
        return _mailbox(email) in self.mailboxes

    def phone_taken(self, code: str, national: str) -> bool:
        return (code, national) in self.phones

    def claim_phone(self, code: str, national: str) -> None:
        self.phones.add((code, national))


def _unheld(
    pop: Population, first: str, draw: Callable[[random.Random], str], taken: Callable[[str], bool]
) -> str | None:
    """The value drawn, or when someone already holds it, another drawn from the retry stream
    (None when every draw is taken): an identifier a case invents is never an existing
    account's, unless its family is about sharing it."""
    value = first
    for _ in range(50):
        if not taken(value):
            return value
        value = draw(pop.retry)
    return None


def _fresh_email(rng: random.Random, p: Person, pop: Population | None = None) -> str:
    domains = [
        d for d in [*FREE_MAIL[p.country], "proton.me", "outlook.com"] if d not in p.record["email"]
    ]

    def draw(r: random.Random) -> str:
        return f"{r.choice(HANDLE_A)}{r.choice(HANDLE_B)}{_digits(r, 4)}@{r.choice(domains)}"

    email = draw(rng)
    if pop is None:
        return email
    unheld = _unheld(pop, email, draw, pop.mailbox_taken)
    if unheld is None:
        raise RuntimeError("no free mailbox for a fresh address")
    return unheld


def _other_spelling(rng: random.Random, p: Person) -> str:
    given = rng.choice([g for g in p.variants[0] if g != p.given] or [p.given])
    surname = rng.choice([s for s in p.variants[1] if s != p.surname] or [p.surname])
    return f"{given} {surname}"


def _mutate_phone(rng: random.Random, national: str, how: str) -> str:
    i = rng.randrange(2, len(national) - 1)
    if how == "added":
        return national[:i] + rng.choice(string.digits) + national[i:]
    if how == "dropped":
        return national[:i] + national[i + 1 :]
    if how == "changed":
        return (
            national[:i]
            + rng.choice([d for d in string.digits if d != national[i]])
            + national[i + 1 :]
        )
    while national[i] == national[i + 1] and i > 2:
        i -= 1
    return national[:i] + national[i + 1] + national[i] + national[i + 2 :]


def _typo(rng: random.Random, domain: str) -> str:
    """One slip of the keyboard in the domain: a letter dropped, doubled, swapped with the
    next, replaced by a neighbour key, or a mistyped top-level domain."""
    name, _, tld = domain.rpartition(".")
    how = rng.choice(["drop", "double", "swap", "near", "tld"]) if len(name) > 3 else "tld"
    i = rng.randrange(1, max(len(name) - 1, 2))
    if how == "drop":
        name = name[:i] + name[i + 1 :]
    elif how == "double":
        name = name[:i] + name[i] + name[i:]
    elif how == "swap" and name[i] != name[i + 1]:
        name = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    elif how == "near" and name[i] in KEY_NEIGHBOURS:
        name = name[:i] + rng.choice(KEY_NEIGHBOURS[name[i]]) + name[i + 1 :]
    else:
        tld = {"com": rng.choice(["con", "cm", "co", "comm"]), "de": "d", "ru": "ry"}.get(
            tld, tld + "m"
        )
    return f"{name}.{tld}"


KEY_NEIGHBOURS = {"a": "sq", "e": "wr", "i": "uo", "o": "ip", "m": "n", "n": "mb", "l": "k",
                  "t": "ry", "r": "et", "s": "ad", "h": "gj", "g": "fh", "c": "xv", "y": "tu"}  # fmt: skip


# Share of reshaped local parts that keep the holder's digits (issue 14, fifth round).
# A person who reshapes `jsmith84` into `j.smith84` or `smith.j84` mostly keeps the number:
# it is what made the name theirs (a birth year, a lucky number, the digits the provider
# added when the plain name was taken), and it is the part they remember. Before this
# round the generator always drew fresh digits (1 of 150 reshapes on seed 1 kept the
# holder's digits), a worst case rather than a sample of behaviour. We know of no measured
# rate, so 0.6 is a judgement: "mostly" (above one half), while 40 % of the holders with
# digits still get fresh digits or none, so the worst case stays well represented.
# Holders without digits are unaffected (their reshape has fresh digits or none, as before).
RESHAPE_KEEPS_DIGITS = 0.6


def _digit_runs(local: str) -> str:
    return "".join(c for c in local if c.isdigit())


def keeps_digits(pop: Population, p: Person) -> bool:
    """Whether this holder's reshape keeps their digits: drawn from a stream of its own
    (seeded by the population's seed and the holder), so that the main stream, and with it
    every other case, is drawn exactly as before."""
    stream = random.Random(f"reshape-keeps-digits:{pop.seed}:{p.record['id']}")
    return stream.random() < RESHAPE_KEEPS_DIGITS


def _reshape_local(rng: random.Random, p: Person, keep_digits: bool = False) -> str:
    g, s = _ascii(p.given), _ascii(p.surname)
    local = p.record["email"].split("@")[0]
    kept = _digit_runs(local) if keep_digits else ""
    if rng.random() < 0.5 or not g:
        base = "".join(c for c in local if c.isalpha())
        shape = rng.choice(["{}.{}", "{}_{}", "{}-{}"]).format(base[: len(base) // 2], base[len(base) // 2 :])  # fmt: skip
        fresh = _digits(rng, 2)  # drawn either way, after the shape as before
        return shape + (kept or fresh)
    # The same draws as before whether or not the digits are kept (the main stream is not
    # shifted); kept digits replace the fresh ones, or follow `surname.given`.
    shapes = [f"{g[0]}.{s}{_digits(rng, 2)}", f"{g}{s}{_digits(rng, 4)}", f"{s}.{g}", f"{g}_{s}{_digits(rng, 2)}"]  # fmt: skip
    chosen = rng.choice(range(len(shapes)))
    if not kept:
        return shapes[chosen]
    return [f"{g[0]}.{s}{kept}", f"{g}{s}{kept}", f"{s}.{g}{kept}", f"{g}_{s}{kept}"][chosen]


def disguise(rng: random.Random, p: Person, family: str, pop: Population) -> dict | None:
    """The holder p in the family's disguise; None when the disguise cannot be made (every
    mailbox it would move to is already someone else's)."""
    acc = p.record
    code = LOCALES[p.locale][2]
    out: dict = {"email": _fresh_email(rng, p, pop), "name": acc["name"], "country": acc["country"]}
    if rng.random() < 0.5:
        out["ip"] = _ipv4(rng)
    if rng.random() < 0.4:
        out["device_id"] = f"{rng.choice(DEVICE_MODELS)}:{rng.getrandbits(64):016x}"
    local, _, domain = acc["email"].partition("@")
    if family == "local_part_at_another_domain":
        others = [d for d in [*FREE_MAIL[p.country], "proton.me", "outlook.com", "fastmail.com"] if d != domain]  # fmt: skip
        if not (p.record["_employer"] and domain == p.record["_employer"][1]):
            others = [*others, _ascii(p.surname) + "-family.example"]
        # The same local part where it is still free: a namesake may hold it already.
        moved = _unheld(
            pop,
            f"{local}@{rng.choice(others)}",
            lambda r: f"{local}@{r.choice(others)}",
            pop.mailbox_taken,
        )
        if moved is None:
            return None
        out["email"] = moved
    elif family == "local_part_reshaped":
        keep = keeps_digits(pop, p)
        moved = _unheld(
            pop,
            f"{_reshape_local(rng, p, keep)}@{rng.choice(FREE_MAIL[p.country])}",
            lambda r: f"{_reshape_local(r, p, keep)}@{r.choice(FREE_MAIL[p.country])}",
            pop.mailbox_taken,
        )
        if moved is None:
            return None
        out["email"] = moved
    elif family == "email_domain_typo":
        out["email"] = f"{local}@{_typo(rng, domain)}"
        if pop.mailbox_taken(out["email"]):
            return None
    elif family.startswith("phone_"):
        length = LOCALES[p.locale][3]
        if not acc["_phone"]:
            national = _unheld(
                pop,
                _phone_digits(rng, p.country, length),
                lambda r: _phone_digits(r, p.country, length),
                lambda number: pop.phone_taken(code, number),
            )
            if national is None:
                return None
            pop.claim_phone(code, national)
            acc["_phone"], acc["phone"] = national, _format_phone(rng, code, national)
        national = acc["_phone"]
        how = {"phone_digit_added_or_dropped": rng.choice(["added", "dropped"]),
               "phone_digit_changed": "changed", "phone_digits_swapped": "swapped"}[family]  # fmt: skip
        # Another line than any account's (the holder's own included: a swap of two equal
        # digits changes nothing).
        mutated = _unheld(
            pop,
            _mutate_phone(rng, national, how),
            lambda r: _mutate_phone(r, national, how),
            lambda number: pop.phone_taken(code, number),
        )
        if mutated is None:
            return None
        out["phone"] = _format_phone(rng, code, mutated)
        if rng.random() < 0.6 and acc["ip"]:
            out["ip"] = acc["ip"]  # from the same network
    elif family == "name_in_native_script" and p.native:
        given, surname = p.native
        out["name"] = surname + given if p.locale == "zh" else f"{given} {surname}"
        if any(ord(c) > 0x2000 for c in acc["name"]):
            out["name"] = _other_spelling(rng, p)
    elif family == "name_other_romanisation":
        out["name"] = _other_spelling(rng, p)
    elif family == "name_swapped_or_initials":
        out["name"] = rng.choice([f"{p.surname} {p.given}", f"{p.surname.upper()}, {p.given}",
                                  f"{p.given[0]}. {p.surname}", f"{p.given} {(p.middle or 'J')[0]}. {p.surname}"])  # fmt: skip
    elif family == "name_middle_or_maiden":
        if p.middle and len(acc["name"].split()) == 3:
            out["name"] = f"{p.given} {p.surname}"
        else:
            extra = p.middle or rng.choice(LATIN["en"][0].split() + LATIN["en"][1].split())
            out["name"] = rng.choice(
                [f"{p.given} {extra} {p.surname}", f"{p.given} {p.surname}-{extra}"]
            )
    elif family == "company_other_suffix_or_acronym":
        employer = acc["_employer"] or _company(rng, p.country)
        if not acc["_employer"]:
            acc["_employer"], acc["company"] = employer, employer[0]
        bare = employer[2]
        other = rng.choice([s for s in [*LEGAL[p.country], "Ltd", "Limited", "Inc."] if s not in employer[0]])  # fmt: skip
        acronym = "".join(w[0] for w in bare.split()).upper()
        out["company"] = rng.choice([f"{bare} {other}", f"{acronym} {other}", acronym])
    elif family == "ipv6_same_64":
        ip = acc["ip"] if ":" in (acc["ip"] or "") else _ipv6(rng)
        acc["ip"] = ip
        out["ip"] = _ipv6(rng, _prefix64(ip))
    kept = {
        # The trace each family keeps beyond its own: people who change their mailbox
        # keep their name; the name families keep one personal identifier.
        "name_in_native_script": "one", "name_other_romanisation": "one",
        "name_swapped_or_initials": "one", "name_middle_or_maiden": "one",
    }  # fmt: skip
    if kept.get(family) == "one":
        choice = rng.choice(["payment_fingerprint", "device_id", "phone", "ip"])
        if choice == "phone" and acc["_phone"]:
            out["phone"] = _format_phone(rng, code, acc["_phone"])
        elif choice == "ip" or not acc.get(choice):
            out["ip"] = acc["ip"]
        else:
            out[choice] = acc[choice]
    return out


def negative(rng: random.Random, pop: Population, p: Person, family: str) -> dict | None:
    """Another person close to the holder p in the way the family names (None when the
    family's mailbox or number cannot be made without taking someone's)."""
    other = pop.person(p.locale, "x")
    rec = other.record
    out = {k: rec[k] for k in ("email", "name", "phone", "country", "company", "payment_fingerprint", "device_id", "ip")}  # fmt: skip
    acc = p.record
    if family == "common_name":
        out["name"] = acc["name"]
        out["company"] = None
        out["email"] = _fresh_email(rng, other, pop)
    elif family == "colleague":
        employer = acc["_employer"] or _company(rng, p.country)
        if not acc["_employer"]:
            acc["_employer"], acc["company"] = employer, employer[0]
        out["company"] = employer[0]
        # A mailbox of their own at the employer (a namesake colleague may hold john.smith@).
        email = _unheld(
            pop,
            f"{_local_from_name(rng, other.given, other.surname)}@{employer[1]}",
            lambda r: f"{_local_from_name(r, other.given, other.surname)}@{employer[1]}",
            pop.mailbox_taken,
        )
        if email is None:
            return None
        out["email"] = email
        out["ip"] = acc["ip"]
    elif family == "shared_network":
        out["ip"] = acc["ip"] if rng.random() < 0.5 else rng.choice(pop.carrier_ips)
        if ":" in (acc["ip"] or "") and rng.random() < 0.5:
            out["ip"] = _ipv6(rng, _prefix64(acc["ip"]))  # one office /64
    elif family == "similar_mailbox":
        local, _, domain = acc["email"].partition("@")
        base = "".join(c for c in local if not c.isdigit())
        out["email"] = f"{base}{_digits(rng, 2)}@{rng.choice(FREE_MAIL[p.country])}" if rng.random() < 0.5 else f"{base[:-1] + rng.choice('aeiou')}@{domain}"  # fmt: skip
        # Similar, never the same: not the holder's mailbox (a vowel for the same vowel) nor
        # anyone else's.
        email = _unheld(
            pop,
            out["email"],
            lambda r: (
                f"{base}{_digits(r, 2)}@{r.choice(FREE_MAIL[p.country])}"
                if r.random() < 0.5
                else f"{base[:-1] + r.choice('aeiou')}@{domain}"
            ),  # fmt: skip
            pop.mailbox_taken,
        )
        if email is None:
            return None
        out["email"] = email
    elif family == "similar_device":
        if acc["device_id"]:
            model, _, ident = acc["device_id"].partition(":")
            out["device_id"] = f"{model}:{ident[:10]}{rng.getrandbits(24):06x}"
        else:
            out["device_id"] = f"{rng.choice(DEVICE_MODELS)}:{rng.getrandbits(64):016x}"
    elif family == "phone_neighbour":
        code = LOCALES[p.locale][2]
        national = acc["_phone"] or _phone_digits(rng, p.country, LOCALES[p.locale][3])
        neighbour = _unheld(
            pop,
            _mutate_phone(rng, national, "changed"),
            lambda r: _mutate_phone(r, national, "changed"),
            lambda number: pop.phone_taken(code, number),
        )
        if neighbour is None:
            return None
        out["phone"] = _format_phone(rng, code, neighbour)
    elif family == "relative":
        # A family member: the surname, often the home network or a landline, another first name.
        given = other.given
        while _ascii(given)[:1] == _ascii(p.given)[:1]:
            given = pop.person(p.locale, "x").given
        out["name"] = f"{given} {p.surname}"
        out["ip"] = acc["ip"] if rng.random() < 0.6 else out["ip"]
    return out


PUBLIC_FIELDS = ("id", "email", "name", "phone", "country", "company", "payment_fingerprint", "device_id", "ip")  # fmt: skip


@dataclass(frozen=True)
class Case:
    id: str
    family: str
    match: str | None
    record: dict


def generate(accounts: int = 20_000, seed: int = 1, per_family: int = 150) -> tuple[list[dict], list[Case]]:  # fmt: skip
    """(account records, cases): per_family cases of each disguise and negative family,
    and 4 x per_family genuinely new clients."""
    pop = Population(accounts, seed)
    rng = random.Random(seed * 7919)
    cases: list[Case] = []
    make: list[tuple[str, Callable[[Person], dict | None], bool]] = []
    for family in DISGUISE_FAMILIES:
        make.append((family, lambda p, f=family: disguise(rng, p, f, pop), True))
    for family in NEGATIVE_FAMILIES:
        if family != "new":
            make.append((family, lambda p, f=family: negative(rng, pop, p, f), False))
    number = 0
    for family, build, positive in make:
        made = 0
        while made < per_family:
            p = rng.choice(pop.people)
            if family == "name_in_native_script" and not p.native:
                continue
            if (
                family == "name_other_romanisation"
                and len(set(p.variants[0]) | set(p.variants[1])) <= 2
            ):
                continue
            record = build(p)
            if record is None:  # its disguise would take someone else's mailbox or line
                continue
            number += 1
            record["id"] = f"case{number:06d}"
            cases.append(Case(record["id"], family, p.record["id"] if positive else None, record))
            made += 1
    for _ in range(per_family * 4):
        other = pop.person(rng.choices(list(LOCALES), [v[1] for v in LOCALES.values()])[0], "x")
        number += 1
        record = {k: other.record[k] for k in PUBLIC_FIELDS} | {"id": f"case{number:06d}"}
        cases.append(Case(record["id"], "new", None, record))
    rng.shuffle(cases)
    records = [{k: p.record[k] for k in PUBLIC_FIELDS} for p in pop.people]
    return records, cases


def evaluate(accounts: int = 20_000, seed: int = 1, per_family: int = 150) -> dict:
    """Precision, recall per disguise family, false flags per negative family, review share."""
    from directcontracts.circumvention.matcher import (  # fmt: skip
        ALLOW,
        REVIEW,
        Thresholds,
        build_index,
        profile_from_record,
    )

    records, cases = generate(accounts, seed, per_family)
    index = build_index(records)
    thresholds = Thresholds()
    per: dict[str, list[int]] = {}
    tp = fp = fn = new_reviewed = new_total = 0
    for case in cases:
        result = index.match(profile_from_record(case.record), thresholds)
        flagged = result.decision != ALLOW
        row = per.setdefault(case.family, [0, 0])
        row[0] += 1
        if case.match is not None:
            correct = flagged and result.match == case.match
            row[1] += correct
            tp += correct
            fn += not correct
            fp += flagged and not correct
        else:
            row[1] += flagged
            fp += flagged
            if case.family == "new":
                new_total += 1
                new_reviewed += result.decision == REVIEW
    return {
        "precision": tp / max(tp + fp, 1),
        "recall": tp / max(tp + fn, 1),
        "families": {k: (v[0], v[1]) for k, v in sorted(per.items())},
        "new_clients_reviewed": new_reviewed / max(new_total, 1),
    }
