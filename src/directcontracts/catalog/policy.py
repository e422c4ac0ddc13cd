"""The parts of the work policy that never change with the catalog: what is never allowed.

Shown on /categories/ and in GET /api/v1/categories; the screening codes are the ones
the screener returns, so a refusal message and this page always use the same words.
"""

from __future__ import annotations

NEVER_ALLOWED = [
    {
        "code": "excluded.off_the_shelf",
        "title": "Off-the-shelf products",
        "description": (
            "Buying or selling something already made: pre-made software, scripts, themes "
            "or templates, licences, keys and subscriptions, accounts, ready-made goods. "
            "Commissioned work on a product you already own (customising a theme you "
            "bought) is fine."
        ),
    },
    {
        "code": "excluded.physical",
        "title": "Largely physical tasks",
        "description": (
            "Work that is mostly done in person: cooking, cleaning, moving, deliveries, "
            "repairs, construction, care, driving, events. Knowledge work for such "
            "businesses (a cleaning company's website, a cooking blog) is fine."
        ),
    },
]

BANNED = [
    {
        "code": "banned.illegal",
        "title": "Illegal work",
        "description": (
            "Drugs, weapons, unauthorised access to accounts or systems, malware, piracy, "
            "forged identity documents, sitting exams for others, stalking, violence."
        ),
    },
    {
        "code": "banned.fraudulent",
        "title": "Fraudulent work",
        "description": (
            "Phishing, scams, forged financial documents, stolen cards, money mules, and "
            "taking payment outside the platform's escrow."
        ),
    },
    {
        "code": "banned.misleading",
        "title": "Misleading work",
        "description": (
            "Fake reviews, ratings and testimonials, bought followers, disinformation, "
            "deepfakes of real people, coursework written for someone to submit as their own."
        ),
    },
    {
        "code": "banned.sexual",
        "title": "Sexually explicit content",
        "description": (
            "Pornography, explicit erotica or artwork, sexual chat and sexual services. "
            "Sexual-health education is fine."
        ),
    },
]
