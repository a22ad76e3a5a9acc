"""What only a browser shows: the import page counting live, and the API docs rendering."""

import os

import pytest
from django.db import connections
from django.test import Client

from claims.ingest import jobs

pytestmark = [pytest.mark.browser, pytest.mark.timeout(120)]

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def page(monkeypatch, live_server):
    # The sync Playwright API runs an event loop in this thread; the test still uses the ORM.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium", headless=True, args=ARGS
        )
        context = browser.new_context()
        page = context.new_page()
        page.console_messages = []
        page.on("console", lambda message: page.console_messages.append(message.text))
        yield page
        # ORM calls made while Playwright's loop runs get connections of their own: close them,
        # or PostgreSQL keeps a session open on the test database.
        connections.close_all()
        context.close()
        browser.close()


def log_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_the_job_page_counts_the_import_live_without_reloading(page, live_server, analyst):
    log_in(page, live_server, analyst)
    data = b"\n".join(b'{"text": "Report number %d."}' % n for n in range(3))
    job = jobs.create_import_job(data, kind="jsonl", filename="three.jsonl", created_by=analyst)
    page.goto(live_server.url + job.get_absolute_url())
    assert page.locator("#import-progress").get_attribute("data-state") == "pending"
    page.evaluate("window.stillTheSamePage = true")

    jobs.run_import_job(job.pk)

    page.wait_for_selector('#import-progress[data-state="done"]', timeout=15_000)
    assert page.locator(".io-created").inner_text() == "3"
    assert page.evaluate("window.stillTheSamePage") is True  # htmx swapped the fragment in place


def test_the_api_docs_render_from_the_apps_own_files(page, live_server):
    page.goto(live_server.url + "/api/docs")
    page.wait_for_selector(".opblock", timeout=20_000)
    summaries = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/reports" in s for s in summaries) and any("/api/claims" in s for s in summaries)
    assert not [m for m in page.console_messages if "Content Security Policy" in m]
