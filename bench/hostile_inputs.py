"""Families of hostile input, of bounded size, fed to every entry point in process.

For each entry point: the worst CPU time of this process over the family (the faster of two
tries, so a first call's warm-up is not counted), the time of an ordinary input for
comparison, and every answer of 500 or more (or exception). Nothing is asserted: the tests
assert the bounds and refusals (tests/screening/test_linear_time.py,
tests/contracts/test_statements.py, tests/core/test_admin_site.py, ...).

    .venv/bin/python bench/hostile_inputs.py [--only screening,api,...]

Runs on a fresh in-memory SQLite database (made here; nothing else is touched). Another
checkout's code is measured with PYTHONPATH=/that/checkout/src and this same script.
Families: screening, circumvention, helpcenter, pdf, api, pages, admin, headers, forms,
and the Trust & Safety half's text processors, each fed 100 KB (HOSTILE_CHARS) whatever the
field's own limit (the limit is checked after, or by a caller, so the processor must be
linear on its own): discretion (trust/discretion.py's reporter-name check, hostile names
and reasons), notices (the notice_body template tag), verify (taking apart a pasted request,
and the whole check), flags (the website-name pattern, the details' check), texts (Get Help
and "what was missing" feedback checks, the Help Center search page at 100 KB).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directcontracts.settings")
os.environ["DATABASE_URL"] = "sqlite:///:memory:"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' factories

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

EMOJI = "\U0001faf0"  # transliterates to 42 characters


def shapes(limit: int) -> dict[str, str]:
    """Hostile texts of exactly `limit` characters (or nearly)."""

    def fill(unit: str) -> str:
        return (unit * (limit // max(len(unit), 1) + 1))[:limit]

    return {
        "one letter": fill("a"),
        "spaced letters": fill("a "),
        "dotted letters": fill("a."),
        "digits": fill("7"),
        "spaced digits": fill("1 "),
        "at signs": fill("a@"),
        "plus signs": fill("+1"),
        "cyrillic words": fill("Иванова "),
        "cjk": fill("王"),
        "spaced cjk": fill("王 "),
        "arabic words": fill("محمد "),
        "hangul": fill("김 "),
        "devanagari": fill("राम "),
        "combining marks": fill("a\u0301\u0302\u0303"),
        "zero-width": fill("a\u200b"),
        "emoji": fill(EMOJI),
        "spaced emoji": fill(EMOJI + " "),
        "mapped emoji": fill("\U0001f51e"),  # " adult explicit "
        "two emoji": fill(EMOJI + "\U0001f600"),
        "ligature": fill("\ufdfd"),
        "mixed scripts": fill("aа"),
        "legal forms": fill("Acme Ltd "),
        "initials": fill("J. "),
        "random": "".join(chr(0x21 + (i * 7919) % 0x2FDE) for i in range(limit)),
        "words": fill("design the website "),
    }


HOSTILE_CHARS = 100_000  # the bounded size every newer text processor is fed


def cpu_ms(fn: Callable[[], Any], tries: int = 2) -> tuple[float, Any]:
    """The fastest of `tries` runs, in CPU milliseconds, and the last result (or exception)."""
    best, result = float("inf"), None
    for _ in range(tries):
        start = time.process_time()
        try:
            result = fn()
        except Exception as error:  # noqa: BLE001 - reported, not raised
            result = error
        best = min(best, (time.process_time() - start) * 1000)
    return best, result


class Family:
    def __init__(self, name: str):
        self.name, self.worst, self.normal, self.errors = name, (0.0, ""), 0.0, []

    def run(self, label: str, fn: Callable[[], Any], *, normal: bool = False) -> None:
        ms, result = cpu_ms(fn)
        if normal:
            self.normal = max(self.normal, ms)
        elif ms > self.worst[0]:
            self.worst = (ms, label)
        status = getattr(result, "status_code", None)
        # A DomainError is the processor's own refusal (too long, a control character), a
        # 4xx: an answer, not a failure.
        from directcontracts.core.errors import DomainError

        refused = isinstance(result, DomainError)
        if (isinstance(result, Exception) and not refused) or (
            status is not None and status >= 500
        ):
            self.errors.append(f"{label}: {status or repr(result)[:120]}")

    def report(self) -> None:
        ms, label = self.worst
        print(f"{self.name:<14} worst {ms:8.1f} ms ({label[:70]})  normal {self.normal:6.1f} ms")
        for error in self.errors[:8]:
            print(f"{'':<14} 500/exception: {error}")
        if len(self.errors) > 8:
            print(f"{'':<14} ... {len(self.errors) - 8} more")


# --- Families without the database ------------------------------------------------------


def screening(f: Family) -> None:
    from directcontracts.screening import engine, messages

    normal = "Design and build a five-page website for the bakery with a contact form. " * 10
    f.run(
        "normal", lambda: engine.screen_work(title="Bakery site", description=normal), normal=True
    )
    for name, text in shapes(10_000).items():
        f.run(f"work: {name}", lambda t=text: engine.screen_work(title=t[:200], description=t))
        f.run(f"message: {name}", lambda t=text: messages.screen_message_text(t))


def circumvention(f: Family) -> None:
    from directcontracts.circumvention import matcher

    f.run(
        "normal",
        lambda: matcher.profile_from_record(
            {
                "id": "1",
                "name": "Nora Newclient",
                "email": "nora@example.org",
                "phone": "+44 20 7946 0958",
            }
        ),
        normal=True,
    )
    for field, limit in (("name", 150), ("email", 254), ("phone", 40), ("company", 150)):
        for name, text in shapes(limit).items():
            f.run(
                f"{field}: {name}",
                lambda fl=field, t=text: matcher.profile_from_record({"id": "1", fl: t}),
            )
    freq = matcher.Frequencies()
    for name, text in shapes(150).items():
        a = matcher.profile_from_record({"id": "1", "name": text, "company": text})
        b = matcher.profile_from_record({"id": "2", "name": text[::-1], "company": text})
        f.run(f"compare: {name}", lambda a=a, b=b: matcher.compare(a, b, freq))


def helpcenter_markdown(f: Family) -> None:
    from directcontracts.helpcenter.markdown import MAX_BODY_CHARS, render_markdown

    f.run(
        "normal",
        lambda: render_markdown("## Escrow\n\nMoney is *held* until [approval](/help/).\n" * 50),
        normal=True,
    )
    extra = {
        "nested quotes": ">" * MAX_BODY_CHARS,
        "nested lists": "".join(" " * i + "- a\n" for i in range(0, 2000)),
        "open links": "[a](" * (MAX_BODY_CHARS // 4),
        "emphasis": "*a_" * (MAX_BODY_CHARS // 3),
        "backticks": "`" * MAX_BODY_CHARS,
        "table": "|a" * (MAX_BODY_CHARS // 4) + "\n" + "|-" * (MAX_BODY_CHARS // 4),
    }
    for name, text in {**shapes(MAX_BODY_CHARS), **extra}.items():
        f.run(f"markdown: {name}", lambda t=text: render_markdown(t))


# --- The database and the people ------------------------------------------------------


class World:
    def __init__(self) -> None:
        import pytest
        from tests.accounts.factories import FreelancerFactory, StaffFactory
        from tests.accounts.helpers import sign_in_staff
        from tests.contracts.factories import funded_milestone

        from directcontracts.accounts.services import create_api_token
        from directcontracts.core import clock

        self.patch = pytest.MonkeyPatch()
        self.freelancer = FreelancerFactory(email="fiona@example.com", full_name="Fiona Freelancer")
        from datetime import UTC, datetime

        clock.freeze(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
        self.contract, self.client_user, self.milestone = funded_milestone(
            self.freelancer, self.patch, clock
        )
        clock.reset()
        self.tokens = {
            "freelancer": create_api_token(user=self.freelancer, name="bench")[1],
            "client": create_api_token(user=self.client_user, name="bench")[1],
        }
        self.staff = StaffFactory(
            email="root@example.com",
            is_superuser=True,
            groups=["support", "trust_safety", "finance"],
        )
        self.browsers = {
            "anonymous": Client(),
            "freelancer": Client(),
            "client": Client(),
            "staff": Client(),
        }
        self.browsers["freelancer"].force_login(self.freelancer)
        self.browsers["client"].force_login(self.client_user)
        sign_in_staff(self.browsers["staff"], self.staff)

    def bearer(self, role: str) -> dict[str, str]:
        return {"HTTP_AUTHORIZATION": f"Bearer {self.tokens[role]}"}


def helpcenter_search(f: Family, w: World) -> None:
    from directcontracts.helpcenter.search import MAX_QUERY_CHARS, search_articles

    f.run("normal", lambda: search_articles("escrow release"), normal=True)
    for name, text in shapes(MAX_QUERY_CHARS).items():
        f.run(f"search: {name}", lambda t=text: search_articles(t))
    for name, text in shapes(MAX_QUERY_CHARS).items():
        f.run(
            f"page: {name}", lambda t=text: w.browsers["anonymous"].get("/help/search/", {"q": t})
        )


def pdf(f: Family, w: World) -> None:
    from directcontracts.contracts import statements
    from directcontracts.contracts.models import Contract, Milestone

    f.run("normal", lambda: statements.build_statement(w.contract), normal=True)
    for name, text in shapes(200).items():
        # What a person can store: no word over 60 characters (services.check_title).
        title = " ".join(text[i : i + 60] for i in range(0, 200, 60))[:200]
        Contract.objects.filter(pk=w.contract.pk).update(title=title, client_name=title[:150])
        Milestone.objects.filter(pk=w.milestone.pk).update(title=title)
        w.contract.refresh_from_db()
        w.milestone.refresh_from_db()
        f.run(f"statement: {name}", lambda: statements.build_statement(w.contract))
        f.run(f"receipt: {name}", lambda: statements.build_receipt(w.milestone))


def api(f: Family, w: World) -> None:
    c, cid, mid = Client(), w.contract.pk, w.milestone.pk
    f.run("normal", lambda: c.get("/api/v1/contracts", **w.bearer("freelancer")), normal=True)
    huge = "9" * 5000
    queries = [
        "limit=1" + "0" * 100, "offset=" + huge, "offset=-1", "limit=-1", "limit=0", "limit=1e400",
        "offset=99999999999999999999999", "cursor=" + "A" * 1000, "cursor=" + huge, "q=" + "a" * 100,
        "state=" + "x" * 5000, "unread=" + huge,
    ]  # fmt: skip
    lists = [
        "/api/v1/contracts", f"/api/v1/contracts/{cid}/events", f"/api/v1/contracts/{cid}/messages",
        "/api/v1/notifications", "/api/v1/payouts", "/api/v1/disputes", "/api/v1/flags",
        "/api/v1/help/search",
    ]  # fmt: skip
    for path in lists:
        for q in queries:
            f.run(
                f"GET {path}?{q[:30]}", lambda p=f"{path}?{q}": c.get(p, **w.bearer("freelancer"))
            )
    for path in (
        f"/api/v1/contracts/{huge}", "/api/v1/contracts/99999999999999999999999",
        f"/api/v1/contracts/{cid}/milestones/99999999999999999999999",
        "/api/v1/invitations/" + "A" * 5000, "/api/v1/help/articles/" + "a" * 5000,
        f"/api/v1/contracts/quote?amount_minor={huge}&currency=USD",
        "/api/v1/contracts/quote?amount_minor=1e400&currency=USD",
    ):  # fmt: skip
        f.run(f"GET {path[:60]}", lambda p=path: c.get(p, **w.bearer("client")))
    bodies = {
        "deep arrays": "[" * 100_000 + "]" * 100_000,
        "deep objects": '{"a":' * 5000 + "1" + "}" * 5000,
        "huge integer": '{"title":"x","amount_minor":' + huge + "}",
        "1e400": '{"title":"x","amount_minor":1e400}',
        "NaN": '{"title":"x","amount_minor":NaN}',
        "duplicate keys": '{"title":"x","title":"y"}',
        "huge array": '{"milestones":['
        + ",".join(['{"title":"a","amount_minor":1}'] * 20_000)
        + "]}",
        "not UTF-8": b"\xff\xfe{}",
        "top-level list": "[]",
    }
    posts = [
        "/api/v1/contracts", f"/api/v1/contracts/{cid}/messages", "/api/v1/flags", "/api/v1/verify",
        "/api/v1/webhook-endpoints", "/api/v1/tokens", "/api/v1/accounts",
        f"/api/v1/contracts/{cid}/proposals", f"/api/v1/contracts/{cid}/milestones/{mid}/disputes",
        "/api/v1/payouts", "/api/v1/payout-methods", f"/api/v1/contracts/{cid}/feedback",
    ]  # fmt: skip
    for path in posts:
        for name, body in bodies.items():
            data = body.encode() if isinstance(body, str) else body
            f.run(
                f"POST {path} {name}",
                lambda p=path, d=data: c.post(
                    p, d, content_type="application/json", **w.bearer("client")
                ),
            )


PAGE_QUERIES = [
    {"page": "9" * 5000}, {"page": "-1"}, {"page": "1e400"}, {"page": "1" + "0" * 100},
    {"q": "a " * 50}, {"q": "%" * 100}, {"state": "x" * 5000}, {"view": "x", "order": "x", "assignee": "9" * 5000},
    {"next": "//evil.example/" + "a" * 3000}, {"t": "A" * 5000}, {"kind": "message", "id": "9" * 5000},
    {"article": "a" * 5000}, {"topic": "x" * 5000, "contract": "9" * 5000, "details": "d" * 5000},
    {"priority": "x", "source": "s" * 5000}, {"before": "9" * 5000}, {"activity_before": "-1"},
]  # fmt: skip


def pages(f: Family, w: World) -> None:
    cid, mid = w.contract.pk, w.milestone.pk
    f.run("normal", lambda: w.browsers["freelancer"].get(f"/contracts/{cid}/"), normal=True)
    paths = [
        "/", "/contracts/", f"/contracts/{cid}/", f"/contracts/{cid}/thread/", f"/contracts/{cid}/activity/",
        "/notifications/", "/disputes/", "/earnings/", "/billing/", "/help/", "/help/search/", "/verify/",
        "/support/new/", "/support/requests/", "/support/staff/", "/trust/", "/trust/flag/", "/trust/my-flags/",
        "/staff/disputes/", "/staff/chargebacks/", "/help/staff/feedback/", "/accounts/sign-in/",
        f"/contracts/{cid}/milestones/{mid}/dispute/", f"/contracts/{cid}/statement.pdf",
        "/invitations/" + "A" * 2000 + "/", "/trust/cases/" + "A" * 2000 + "/", "/support/requests/" + "A" * 2000 + "/",
    ]  # fmt: skip
    for path in paths:
        for role in ("anonymous", "freelancer", "staff"):
            for query in PAGE_QUERIES:
                label = f"{role} {path[:40]} {next(iter(query))}"
                f.run(label, lambda b=w.browsers[role], p=path, q=query: b.get(p, q))


def admin_lists(f: Family, w: World) -> None:
    from django.contrib import admin

    staff = w.browsers["staff"]
    f.run("normal", lambda: staff.get("/admin/contracts/contract/", {"q": "bakery"}), normal=True)
    for model in admin.site._registry:
        url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        for query in (
            {"q": " ".join(["ab"] * 2000)},
            {"q": "x" * 5000},
            {"o": "99.-7.x"},
            {"p": "9" * 5000},
            {"zz__gt": "1"},
        ):
            f.run(f"{url} {next(iter(query))}", lambda u=url, q=query: staff.get(u, q))


def headers(f: Family, w: World) -> None:
    c = Client()
    f.run("normal", lambda: c.get("/help/"), normal=True)
    cases = {
        "huge cookie": {"HTTP_COOKIE": "a=" + "b" * 8000},
        "many cookies": {"HTTP_COOKIE": "; ".join(f"c{i}=v" for i in range(2000))},
        "odd host": {"HTTP_HOST": "evil.example:99999"},
        "long host": {"HTTP_HOST": "a" * 5000},
        "forwarded for": {"HTTP_X_FORWARDED_FOR": ",".join(["1.2.3.4"] * 2000)},
        "request id": {"HTTP_X_REQUEST_ID": "x" * 5000},
        "accept language": {"HTTP_ACCEPT_LANGUAGE": ",".join(["en-GB;q=0.9"] * 2000)},
        "content length": {"CONTENT_LENGTH": "9" * 5000},
    }
    for name, extra in cases.items():
        f.run(f"help: {name}", lambda e=extra: c.get("/help/", **e))
        f.run(
            f"api: {name}",
            lambda e=extra: c.get("/api/v1/contracts", **{**w.bearer("client"), **e}),
        )
    key = {"HTTP_IDEMPOTENCY_KEY": "k" * 5000}
    path = f"/api/v1/contracts/{w.contract.pk}/milestones/{w.milestone.pk}/approve"
    f.run(
        "idempotency key",
        lambda: c.post(
            path, "{}", content_type="application/json", **{**w.bearer("client"), **key}
        ),
    )


def forms(f: Family, w: World) -> None:
    anon, fl = Client(), w.browsers["freelancer"]
    f.run(
        "normal",
        lambda: anon.post("/accounts/sign-in/", {"email": "a@example.com", "password": "x"}),
        normal=True,
    )
    emails = {
        "absurd length": "a" * 240 + "@example.com",
        "unicode": "ñandú@exämple.com",
        "many dots": "a" + "." * 200 + "@x.com",
        "idn long": "a@" + ".".join(["ä" * 60] * 4),
        "at signs": "@" * 254,
        "quoted": '"' + "a@" * 100 + '"@x.com',
    }
    for name, email in emails.items():
        f.run(
            f"sign-in {name}",
            lambda e=email: anon.post("/accounts/sign-in/", {"email": e, "password": "x"}),
        )
        f.run(
            f"sign-up {name}",
            lambda e=email: anon.post(
                "/accounts/sign-up/",
                {"full_name": "N", "email": e, "password": "a-long-passphrase-7"},
            ),
        )
    for name, text in shapes(150).items():
        data = {
            "client_name": text, "client_email": "c@example.org", "title": text[:200],
            "description": text * 60, "category": "web-development", "currency": "USD",
        }  # fmt: skip
        f.run(f"new contract: {name}", lambda d=data: fl.post("/contracts/new/", d))
    from django.core.files.uploadedfile import SimpleUploadedFile

    cid = w.contract.pk
    for name, filename in {
        "control characters": "a\x00b\x1b.txt",
        "path parts": "../../etc/passwd.txt",
        "long name": "a" * 5000 + ".txt",
        "emoji name": EMOJI * 100 + ".txt",
        "no extension": "README",
        "lying type": "logo.png",
    }.items():
        upload = SimpleUploadedFile(filename, b"plain text\n", content_type="image/png")
        f.run(
            f"message file: {name}",
            lambda u=upload: Client().post(
                f"/api/v1/contracts/{cid}/messages/with-files",
                {"body": "see the file", "files": u},
                **w.bearer("client"),
            ),
        )


# --- The Trust & Safety half: text processors fed 100 KB --------------------------------


def _site() -> str:
    return settings.BASE_URL.rstrip("/") + "/"


def discretion(f: Family) -> None:
    """reason_names_reporter: a reporter's name (chosen by that reporter, up to 150
    characters) becomes patterns run over the reason a reviewer typed."""
    from directcontracts.accounts.models import User
    from directcontracts.trust.discretion import _first_match

    def person(name: str) -> User:
        return User(email="carl.client@example.com", full_name=name)

    carl = person("Carl Client")
    f.run(
        "normal",
        lambda: _first_match("Repeated off-platform payment requests. " * 40, carl),
        normal=True,
    )
    names = {
        **shapes(150),
        "many short words": "Abc " * 37,
        "apostrophes": "O'" * 75,
        "hyphens": "-a" * 75,
        "spaces only": " " * 150,
    }
    reasons = {
        **shapes(HOSTILE_CHARS),
        "almost the name": ("Carl Clien" + " " * 3) * (HOSTILE_CHARS // 13),
        "many spaces between words": "Abc" + " " * (HOSTILE_CHARS - 6) + "Abd",
        "capitals": "ABC " * (HOSTILE_CHARS // 4),
    }
    for name_label, name in names.items():
        who = person(name)
        for reason_label in ("one letter", "spaced letters", "many spaces between words"):
            reason = reasons[reason_label]
            f.run(
                f"name {name_label} / reason {reason_label}",
                lambda r=reason, p=who: _first_match(r, p),
            )
    for reason_label, reason in reasons.items():
        for name_label in ("spaced letters", "many short words"):
            who = person(names[name_label])
            f.run(
                f"reason {reason_label} / name {name_label}",
                lambda r=reason, p=who: _first_match(r, p),
            )


def notices(f: Family) -> None:
    """notice_body: a notice's words (a reviewer's reason, a message excerpt) as HTML, with
    every address of this site in them a link."""
    from directcontracts.notifications.templatetags.notices import notice_body

    site = _site()
    f.run(
        "normal",
        lambda: notice_body(f"Your warning. Open it on the contract page: {site}contracts/7/\n"),
        normal=True,
    )

    def fill(unit: str) -> str:
        return (unit * (HOSTILE_CHARS // len(unit) + 1))[:HOSTILE_CHARS]

    crafted = {
        "site addresses": fill(site),
        "spaced site addresses": fill(site + " "),
        "labelled addresses": fill(f"Open it: {site}x "),
        "address then trailing": site + ")" * (HOSTILE_CHARS - len(site)),
        "trailing between addresses": fill(site + ")" * 50),
        "protocol-relative": fill(site + "/"),
        "colons": fill(": "),
        "sentence ends": fill(". "),
        "sentence ends then address": fill(". ") + site,
        "lines": fill("a\n"),
        "html": fill("<script>&\"'"),
    }
    for name, text in {**shapes(HOSTILE_CHARS), **crafted}.items():
        f.run(name, lambda t=text: notice_body(t))


def verify(f: Family, w: World) -> None:
    """Check a request: the pasted text taken apart (parsing.take_apart cuts at its limit,
    so it is fed 100 KB), and the whole check at the limit (verify_text refuses more)."""
    from directcontracts.verification.parsing import MAX_TEXT_CHARS, take_apart
    from directcontracts.verification.services import verify_text

    f.run(
        "normal", lambda: verify_text("Pay here: https://example.com/pay?t=dcv1.abc"), normal=True
    )

    def fill(unit: str, limit: int) -> str:
        return (unit * (limit // len(unit) + 1))[:limit]

    crafted = {
        "code prefixes": "DC ",
        "long code words": "DC" + "7" * 997 + " ",
        "code dashes": "DC-7K3Q-",
        "schemes": "http://",
        "links": "http://a.b/c ",
        "long link": "http://" + "a." * 500 + "/?t=" + "x" * 200 + " ",
        "tokens": "dcv1.",
        "token words": "dcv1." + "A" * 995 + " ",
        "www": "www.",
        "punycode hosts": "http://xn--" + "a" * 60 + ".com/ ",
        "query": "http://a.b/?" + "t=1&" * 200 + " ",
        "backslashes": "\\",
    }
    for name, unit in crafted.items():
        hostile = fill(unit, HOSTILE_CHARS)
        at_limit = fill(unit, MAX_TEXT_CHARS)
        f.run(f"take apart: {name}", lambda t=hostile: take_apart(t))
        f.run(f"check: {name}", lambda t=at_limit: verify_text(t))
    for name, text in shapes(HOSTILE_CHARS).items():
        f.run(f"take apart: {name}", lambda t=text: take_apart(t))
        f.run(f"check: {name}", lambda t=text[:MAX_TEXT_CHARS]: verify_text(t))


def flag_texts(f: Family, w: World) -> None:
    """Flag as Inappropriate: the website-name pattern (a nested repeat, bounded by a
    lookahead and by target_id_of's 253 characters) and the details' check."""
    from directcontracts.trust.flags import HOST_NAME, _clean_details, target_id_of

    f.run("normal", lambda: HOST_NAME.match("pay-directcontracts.example.com"), normal=True)
    hosts = {
        "labels without a top level": "a." * 126 + "-",
        "long labels": ("a" * 61 + ".") * 4 + "-",
        "hyphen runs": ("a" + "-" * 60 + "a.") * 4 + "1",
        "dots": "." * 253,
        "digits": "1." * 126 + "1",
    }
    for name, host in {**shapes(HOSTILE_CHARS), **hosts}.items():
        f.run(f"host as typed: {name}", lambda h=host: HOST_NAME.match(h))
        f.run(
            f"host as stored: {name}",
            lambda h=host: HOST_NAME.match(target_id_of("domain", h)),
        )
    for name, text in shapes(HOSTILE_CHARS).items():
        f.run(f"details: {name}", lambda t=text: _clean_details(t))


def texts(f: Family, w: World) -> None:
    """Get Help requests and "What was missing?" feedback: their text checks at 100 KB, and
    the Help Center search page with a 100 KB query."""
    from directcontracts.helpcenter.text import control_character_message
    from directcontracts.support.tickets import clean_text

    f.run(
        "normal", lambda: w.browsers["anonymous"].get("/help/search/", {"q": "escrow"}), normal=True
    )
    for name, text in shapes(HOSTILE_CHARS).items():
        f.run(
            f"ticket: {name}",
            lambda t=text: clean_text(
                t, label="Description", max_chars=HOSTILE_CHARS, multiline=True
            ),
        )
        f.run(
            f"feedback: {name}",
            lambda t=text: control_character_message(t, multiline=True),
        )
        f.run(
            f"search page: {name}",
            lambda t=text: w.browsers["anonymous"].get("/help/search/", {"q": t}),
        )


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", default="", help="comma-separated families")
    args = parser.parse_args(list(argv) if argv is not None else None)
    only = set(filter(None, args.only.split(",")))
    logging.disable(logging.CRITICAL)
    setup_test_environment()
    settings.ALLOWED_HOSTS = ["testserver"]
    settings.SECURE_SSL_REDIRECT = False
    settings.MEDIA_ROOT = tempfile.mkdtemp()
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    # Every hostile text is to reach the screener, not the hourly limit on messages.
    settings.MESSAGES_PER_HOUR = 10**6
    connection.creation.create_test_db(verbosity=0)
    plain = {
        "screening": screening,
        "circumvention": circumvention,
        "markdown": helpcenter_markdown,
        "discretion": discretion,
        "notices": notices,
    }
    with_world = {
        "helpcenter": helpcenter_search, "pdf": pdf, "api": api, "pages": pages,
        "admin": admin_lists, "headers": headers, "forms": forms,
        "verify": verify, "flags": flag_texts, "texts": texts,
    }  # fmt: skip
    world = World() if not only or only & set(with_world) else None
    for name, run in {**plain, **with_world}.items():
        if only and name not in only:
            continue
        family = Family(name)
        if name in plain:
            run(family)
        else:
            run(family, world)
        family.report()


if __name__ == "__main__":
    main()
