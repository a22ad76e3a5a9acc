"""What only a browser shows: the import page counting live, and the API docs rendering."""

import pytest

from claims.intake import jobs
from tests.support.browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.timeout(120)]


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
    assert not [m for m in page.log.problems(page) if "Content Security Policy" in m or m.startswith("CSP")]
