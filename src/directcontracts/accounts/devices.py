"""A browser's User-Agent in words for the sessions list ("Firefox on Windows").

Only the families people recognise; the order matters, as browsers name each other in their
User-Agent (Edge and Opera say "Chrome", Chrome says "Safari", everything says "Mozilla").
Anything else reads as the first 60 characters it sent, so nothing is hidden.
"""

from __future__ import annotations

import re

BROWSERS = (
    ("Edge", r"\bEdg(e|A|iOS)?/"),
    ("Opera", r"\bOPR/|\bOpera\b"),
    ("Samsung Internet", r"\bSamsungBrowser/"),
    ("Firefox", r"\bFirefox/|\bFxiOS/"),
    ("Chrome", r"\bChrome/|\bCriOS/|\bChromium/"),
    ("Safari", r"\bVersion/[\d.]+.*\bSafari/"),
)
SYSTEMS = (
    ("iPhone", r"\biPhone\b"),
    ("iPad", r"\biPad\b"),
    ("Android", r"\bAndroid\b"),
    ("ChromeOS", r"\bCrOS\b"),
    ("Windows", r"\bWindows\b"),
    ("macOS", r"\bMac OS X\b|\bMacintosh\b"),
    ("Linux", r"\bLinux\b"),
)
LONGEST_RAW = 60


def device_in_words(user_agent: str) -> str:
    agent = (user_agent or "").strip()
    if not agent:
        return "Unknown browser"
    browser = _first(BROWSERS, agent)
    system = _first(SYSTEMS, agent)
    if browser and system:
        return f"{browser} on {system}"
    if browser or system:
        return browser or f"A browser on {system}"
    return agent if len(agent) <= LONGEST_RAW else agent[: LONGEST_RAW - 1] + "…"


def _first(families: tuple[tuple[str, str], ...], agent: str) -> str:
    return next((name for name, pattern in families if re.search(pattern, agent)), "")
