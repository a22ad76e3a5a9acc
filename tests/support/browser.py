"""Headless Chromium (Debian's, driven by Playwright) against pytest-django's live server.

tests/browser/conftest.py makes the fixtures available there; the tests import the helpers
(log_in, rows, pin, wait_for_panels) from here. Every test gets a fresh page that records console
errors, uncaught exceptions, Content-Security-Policy violations and dialogs, and leaves a
screenshot under test-output/browser/.
"""

from __future__ import annotations

import contextlib
import os
import re
import struct
import zlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "browser"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TILE_PATTERN = re.compile(r"^https?://[^/]*tile\.openstreetmap\.org/")

# Records CSP violations the page reports, in addition to the console messages.
WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline'));
});
"""


def _png(width: int = 256, height: int = 256, grey: int = 225) -> bytes:
    """A plain grey PNG, served in place of map tiles (the test machine has no internet)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + bytes([grey]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


TILE = _png()


# Console errors a test may cause on purpose: map tiles it made fail. Anything else fails the test.
ALWAYS_ALLOWED = (re.compile(r"Failed to load resource.*tile\.openstreetmap\.org"),)


@dataclass
class PageLog:
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    # Patterns of console errors this test expects (a 409 it provokes): page.log.allow(r"409").
    allowed: list[re.Pattern] = field(default_factory=list)
    csp: list[str] = field(default_factory=list)

    def allow(self, pattern: str) -> None:
        self.allowed.append(re.compile(pattern))

    def problems(self, page) -> list[str]:
        # Chromium also logs each CSP violation to the console, so none is lost to a navigation.
        with contextlib.suppress(Exception):  # the page is gone: keep what was seen
            self.csp = list(dict.fromkeys(self.csp + page.evaluate("window.__cspViolations || []")))
        found = self.console_errors + self.page_errors + [f"CSP: {v}" for v in self.csp]
        return [p for p in found if not any(a.search(p) for a in (*ALWAYS_ALLOWED, *self.allowed))]


@pytest.fixture(scope="module")
def browser():
    """One Chromium per test module. Stopping Playwright after the module ends its event loop."""
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
    if not Path(executable).exists():
        pytest.fail(f"Chromium not found at {executable}: set CHROMIUM_PATH (make test installs it).")
    # Playwright's sync API keeps an event loop in this thread while it runs; Django refuses ORM
    # calls from a thread with a running loop unless told that it is fine (the tests are not
    # async code). Only while Playwright runs, so it leaks into no other test or subprocess.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def tiles():
    """How map tile requests are answered: "ok" (a grey tile) or "fail" (aborted)."""
    return {"mode": "ok"}


@pytest.fixture
def page(browser, live_server, transactional_db, request, tiles):
    """A fresh browser page. The live server sees only committed rows: transactional_db."""
    context = browser.new_context(viewport={"width": 1366, "height": 768}, base_url=live_server.url)
    context.set_default_timeout(15_000)
    page = context.new_page()
    log = PageLog()
    page.log = log
    page.on(
        "console",
        lambda m: (
            log.console_errors.append(f"{m.text} @ {m.location.get('url')}") if m.type == "error" else None
        ),
    )
    page.on("pageerror", lambda e: log.page_errors.append(str(e)))

    def on_dialog(dialog):
        log.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.add_init_script(WATCH_CSP)

    def tile_route(route):
        if tiles["mode"] == "ok":
            route.fulfill(status=200, content_type="image/png", body=TILE)
        else:
            route.abort()

    page.route(TILE_PATTERN, tile_route)
    yield page
    OUTPUT.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", request.node.name)[:120]
    page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=False)
    problems = log.problems(page)
    context.close()
    if problems:
        pytest.fail("The page logged errors or CSP violations:\n" + "\n".join(problems), pytrace=False)


def log_in(page, live_server, user) -> None:
    """Give the browser a session for `user` (the login form has its own test)."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}]
    )


@dataclass
class Scenario:
    topic: object
    hur: object
    kremlin: object
    kursk: object
    seoul: object
    region: object
    claims: dict


@pytest.fixture
def scenario(transactional_db) -> Scenario:
    """Four claims of two sources at three places (one of them an area), in the default topic."""
    from claims.models import ClaimLocation, LocationKind, Topic
    from tests.support.factories import make_claim, make_place, make_report, make_source

    topic = Topic.objects.create(name="North Korean troops in Russia", slug="nk", is_default=True)
    hur = make_source("HUR", reliability="B")
    kremlin = make_source("Kremlin", reliability="C")
    kursk = make_place("Kursk", 51.73, 36.19)
    seoul = make_place("Seoul", 37.56, 126.97)
    region = make_place("Kursk region", 51.5, 36.0, kind=LocationKind.REGION, radius_km=120)
    report = make_report(text="Report one.", published_at="2024-11-05T10:00:00Z")

    def claim(key, place, **kw):
        c = make_claim(statement=key, **kw)
        ClaimLocation.objects.create(claim=c, location=place)
        c.topics.add(topic)
        return c

    claims = {
        "arrived": claim(
            "HUR: troops arrived in Kursk",
            kursk,
            source=hur,
            timeline_date=date(2024, 10, 23),
            event_start=date(2024, 10, 23),
            date_precision="day",
        ),
        "fought": claim(
            "HUR: troops fought near Kursk",
            kursk,
            source=hur,
            timeline_date=date(2024, 10, 25),
            event_start=date(2024, 10, 25),
            date_precision="day",
        ),
        "seoul": claim(
            "Kremlin: no troops left from Korea",
            seoul,
            source=kremlin,
            status="denied",
            timeline_date=date(2024, 11, 2),
            event_start=date(2024, 11, 2),
            date_precision="day",
        ),
        "region": claim(
            "Kremlin: nothing happens in the region",
            region,
            source=kremlin,
            report=report,
            timeline_date=date(2024, 11, 5),
        ),
    }
    return Scenario(topic, hur, kremlin, kursk, seoul, region, claims)


def rows(page):
    """The rows of the dashboard's claim list."""
    return page.locator("#claim-list article.claim-row")


def pin(page, place):
    """The map marker of a place."""
    return page.locator(f'.pin[data-place-id="{place.pk}"]')


PANELS_CAUGHT_UP = """() => {
  const list = document.getElementById('claim-list');
  return list && ['map', 'timeline'].every((id) => {
    const panel = document.getElementById(id);
    return panel.dataset.state === 'ready' && panel.dataset.query === list.dataset.query;
  });
}"""


def wait_for_panels(page) -> None:
    """The map and the timeline have drawn the data of the filter the list shows."""
    page.wait_for_function(PANELS_CAUGHT_UP)
