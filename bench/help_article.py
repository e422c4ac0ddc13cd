"""What a long Help Center article costs a reader's view: the page serves the HTML stored when
the article was saved (`services.publish_article`), so a view renders no Markdown.

Prints, in one run on a throw-away SQLite database, the time to render the article's
Markdown (what each view cost when pages rendered it on view: "before") beside the time of
a whole article page as served now ("after"), each the median of --tries, in ms of wall time.

    .venv/bin/python bench/help_article.py [--chars 50000] [--tries 15]

Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _setup(var_dir: str) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    os.environ["DIRECTCONTRACTS_VAR_DIR"] = var_dir
    os.environ["DATABASE_URL"] = f"sqlite:///{var_dir}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directcontracts.settings")
    os.environ.setdefault("DEBUG", "false")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def long_body(chars: int) -> str:
    """A long article as authors write them: headings, paragraphs, lists, links, a table."""
    block = (
        "## Funding a milestone, step {n}\n\n"
        "Escrow holds the **client's** money until the work is delivered. Read "
        "[how escrow works](https://example.org/help/escrow/) and *when it is released*.\n\n"
        "- The client funds the milestone.\n- The freelancer submits the work.\n"
        "- The client approves, or the review period runs out.\n\n"
        "| Step | Who |\n|---|---|\n| fund | client |\n| release | client |\n\n"
    )
    parts, n = [], 0
    while sum(map(len, parts)) < chars:
        parts.append(block.format(n=n))
        n += 1
    return "".join(parts)[:chars]


def _median_ms(work, tries: int) -> float:
    times = []
    for _ in range(tries):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=50_000)
    parser.add_argument("--tries", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as var_dir:
        _setup(var_dir)
        from django.test import Client

        from directcontracts.helpcenter import services
        from directcontracts.helpcenter.markdown import render_markdown
        from directcontracts.helpcenter.models import Article, Category, Section

        category = Category.objects.create(name="Bench", slug="bench")
        section = Section.objects.create(category=category, name="Bench", slug="bench")
        body = long_body(args.chars)
        article = Article.objects.create(
            section=section,
            slug="long-article",
            title="A long article",
            summary="Long.",
            body=body,
            is_published=True,
        )
        services.publish_article(article=article)
        client = Client()
        url = article.get_absolute_url()
        first = client.get(url, secure=True)
        assert first.status_code == 200, (first.status_code, first.content[:300])
        render = _median_ms(lambda: render_markdown(body), args.tries)
        page = _median_ms(lambda: client.get(url, secure=True), args.tries)
        print(f"article of {len(body)} characters, median of {args.tries}")
        print(f"before (Markdown rendered on each view): {render + page:8.1f} ms a view")
        print(f"after  (stored HTML served):             {page:8.1f} ms a view")


if __name__ == "__main__":
    main()
