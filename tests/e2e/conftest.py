"""Browser tests: Playwright (Python) driving Debian's Chromium against the live server.

Every page a test visits is checked with axe-core; serious or critical violations fail it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
# Playwright's own waits time out after 30 s, but a script evaluation (axe-core) or a
# live-server thread that stops answering can wait for ever; one CI run hung for over ten
# minutes in a browser test. Past this many seconds the test fails with every thread's stack.
E2E_TEST_TIMEOUT_SECONDS = 300

# Playwright's sync API runs an event loop in this thread; the ORM calls that tests make
# between page actions are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/e2e" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)
            item.add_marker(pytest.mark.timeout(E2E_TEST_TIMEOUT_SECONDS))
    if not Path(CHROMIUM).exists() and os.environ.get("CI") != "true":
        skip = pytest.mark.skip(
            reason="Debian's Chromium is not installed (apt-get install -y chromium)"
        )
        for item in items:
            if "e2e" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def _established_freelancers(settings):
    settings.NEW_ACCOUNT_HOLD_DAYS = 0


@pytest.fixture
def new_page(browser, live_server, seeded_defaults):
    """Open pages in fresh browser contexts (one per party); closed after the test."""
    contexts = []

    def make(width: int = 1280, height: int = 900):
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": width, "height": height}
        )
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


def check_accessibility(page, name: str) -> None:
    """Run axe-core on the page; fail on serious or critical violations; keep a screenshot."""
    from axe_playwright_python.sync_playwright import Axe

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    results = Axe().run(page)
    blocking = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v.get("impact") in {"serious", "critical"}
    ]
    assert not blocking, f"accessibility violations on {name}:\n" + "\n".join(blocking)
