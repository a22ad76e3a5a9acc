"""Stored XSS, proven in the real browser: script, event-handler and javascript: URL payloads in
every text an analyst, an import or a feed can store are shown as text on every page that shows
them - the dashboard (list, filters, map tooltips), the claim and report pages, sources, feeds,
imports, the admin - and the exports are downloads that run nothing.

Three checks after every page: no dialog fired; the page holds no element or attribute the
payloads would have created (the CSP would block them running, so the markup itself is looked
for, and any CSP violation is reported too); and no link goes to a javascript: or data: URL.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from tests.support.browser import log_in, pin, rows, wait_for_panels

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"
SVG = '"><svg onload=alert(3)>'
EVIL = f"{SCRIPT}{IMG}{SVG}"
JS_URL = "javascript:alert(4)"

INJECTED = """() => {
  const found = [];
  const note = (el) => found.push(el.outerHTML.slice(0, 80));
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) if (/^on/i.test(attr.name)) note(el);
  }
  for (const a of document.querySelectorAll('a[href], area[href]')) {
    if (a.protocol === 'javascript:' || a.protocol === 'data:') note(a);
  }
  for (const f of document.querySelectorAll('form[action], button[formaction]')) {
    const target = f.getAttribute('action') || f.getAttribute('formaction');
    if (/^\\s*(javascript|data):/i.test(target)) note(f);
  }
  for (const el of document.querySelectorAll('iframe, object, embed, img[src="x"], svg[onload]')) note(el);
  for (const s of document.querySelectorAll('script:not([type="application/json"])')) {
    if ((s.textContent || '').includes('alert(')) note(s);
  }
  return found;
}"""


def assert_inert(page, refused: bool = False) -> None:
    """`refused`: the page sent a form the server refused (400), which the console reports."""
    assert page.log.dialogs == [], page.url
    assert page.evaluate(INJECTED) == [], page.url
    problems = page.log.problems(page)
    if refused:
        problems = [p for p in problems if "status of 400 (Bad Request)" not in p]
    assert problems == [], page.url


@dataclass
class Planted:
    topic: object
    source: object
    cited: object
    place: object
    report: object
    failed: object
    claim: object
    feed: object
    bad_feed: object
    job: object


@pytest.fixture
def superuser(transactional_db, django_user_model):
    return django_user_model.objects.create_superuser("root", "root@example.org", "x-long-pass-99")


@pytest.fixture
def planted(transactional_db, superuser) -> Planted:
    """Payloads in every stored text, written straight to the database: whatever path they came
    by (a form, the API, an import, a feed, an old row), this is what the pages must survive."""
    from claims.models import (
        Claim,
        ClaimLocation,
        Feed,
        ImportJob,
        ParseStatus,
        Report,
        Source,
        StatusChange,
        Topic,
    )
    from tests.support.factories import make_place

    topic = Topic.objects.create(name=f"Topic {EVIL}", slug="evil", is_default=True, description=EVIL)
    source = Source.objects.create(
        name=f"Source {EVIL}", aliases=[f"Alias {EVIL}", JS_URL], notes=f"Notes {EVIL}", country=EVIL
    )
    cited = Source.objects.create(name=f"Cited {EVIL}")
    place = make_place(f"Place {EVIL}", 55.75, 37.62, aliases=[EVIL], country=EVIL)
    text = f"Intro {EVIL}. Troops {EVIL} moved. End {JS_URL}."
    sentence = f"Troops {EVIL} moved."
    report = Report.objects.create(
        title=f"Title {EVIL}",
        text=text,
        outlet=f"Outlet {EVIL}",
        url=JS_URL,  # the forms and the API refuse it; an old row may still hold one
        parse_status=ParseStatus.PARSED,
        claim_count=1,
    )
    failed = Report.objects.create(
        title=f"Failed {EVIL}",
        text="Other text.",
        parse_status=ParseStatus.FAILED,
        parse_error=f"Error {EVIL}",
    )
    claim = Claim.objects.create(
        report=report,
        source=source,
        cited_source=cited,
        fingerprint="xss",
        sentence=sentence,
        char_start=text.index(sentence),
        char_end=text.index(sentence) + len(sentence),
        statement=f"Statement {EVIL}",
        stance="confirms",
        date_text=f"Date {EVIL}",
        event_start=date(2024, 10, 30),
        date_precision="day",
        timeline_date=date(2024, 10, 30),
        figures=[{"value": 3, "unit": f"unit {EVIL}", "text": f"figure {EVIL}"}],
    )
    claim.topics.add(topic)
    ClaimLocation.objects.create(claim=claim, location=place, mention=f"Mention {EVIL}")
    claim.review(by=superuser, status="disputed", note=f"Note {EVIL}", evidence_url="https://example.org/ev")
    StatusChange.objects.create(
        claim=claim,
        field="credibility",
        from_value="6",
        to_value="2",
        note=f"Old {EVIL}",
        evidence_url=JS_URL,
    )
    feed = Feed.objects.create(
        url="https://feeds.example.org/rss?q=%3Cscript%3E",
        title=f"Feed {EVIL}",
        default_source=source,
        last_error=f"Failed {EVIL}",
        last_result=f"Result {EVIL}",
    )
    bad_feed = Feed.objects.create(url=JS_URL, title=f"Old feed {EVIL}")
    job = ImportJob.objects.create(
        kind=ImportJob.Kind.JSONL,
        filename=f"file {EVIL}.jsonl",
        state=ImportJob.State.DONE,
        error=f"Job error {EVIL}",
        notes=[f"Note {EVIL}"],
        rejected=1,
        rejected_rows=[{"label": f"line {EVIL}", "reason": f"reason {EVIL}"}],
        created_by=superuser,
    )
    return Planted(topic, source, cited, place, report, failed, claim, feed, bad_feed, job)


# ---------------------------------------------------------------------------------------------
# The pages


def test_the_dashboard_shows_every_payload_as_text_in_list_filters_and_map(
    page, live_server, planted, superuser
):
    log_in(page, live_server, superuser)
    page.goto("/")
    wait_for_panels(page)
    row = page.locator(f"#claim-row-{planted.claim.pk}")
    expect(row.locator(".statement")).to_have_text(f"Statement {EVIL}")
    expect(row.locator(".source a")).to_have_text(f"Source {EVIL}")
    expect(row.locator(".stance")).to_have_text(f"confirms what Cited {EVIL} says")
    expect(row.locator(".places")).to_have_text(f"Place {EVIL}")
    expect(row.locator(".figure")).to_have_text(f"3 unit {EVIL}")
    # Every topic is the default: the planted topic is one of the options, as text.
    topic_option = page.locator(f'#filter-topic option[value="{planted.topic.slug}"]')
    expect(topic_option).to_have_text(f"Topic {EVIL}")
    expect(page.locator("#filter-place option").nth(1)).to_have_text(f"Place {EVIL}")
    page.click("#source-dropdown summary")
    expect(page.locator("#source-options")).to_contain_text(f"Source {EVIL}")
    page.keyboard.press("Escape")

    # The map marker's tooltip, on hover, and a click on it (it filters the list by place).
    pin(page, planted.place).hover()
    expect(page.locator(".leaflet-tooltip")).to_contain_text(f"Place {EVIL}")
    assert_inert(page)
    pin(page, planted.place).click()
    expect(page).to_have_url(re.compile(rf"[?&]place={planted.place.pk}(&|$)"))
    expect(rows(page)).to_have_count(1)
    wait_for_panels(page)
    # The inline review form, opened in the list, holds the payloads as text too.
    row.locator("button.review-open").click()
    expect(row.locator("form.review-form")).to_be_visible()
    assert_inert(page)


def test_the_claim_page_shows_payloads_as_text_and_links_only_web_addresses(
    page, live_server, planted, superuser
):
    log_in(page, live_server, superuser)
    page.goto(f"/claims/{planted.claim.pk}/")
    page.wait_for_selector("#claim-map[data-state=ready]")
    expect(page.locator("h1")).to_have_text(f"Statement {EVIL}")
    expect(page.locator("#claim-mark")).to_have_text(f"Troops {EVIL} moved.")
    expect(page.locator(".report-text .text-body")).to_contain_text(f"Intro {EVIL}.")
    expect(page.locator(".facts-list")).to_contain_text(f"Date {EVIL}")
    expect(page.locator(".facts-list")).to_contain_text(f"“Mention {EVIL}”")
    expect(page.locator(".history")).to_contain_text(f"Note {EVIL}")
    expect(page.locator(".history")).to_contain_text(f"Old {EVIL}")
    # The https evidence is a link; the javascript: one is shown as text, and so is the report's URL.
    expect(page.locator("a.evidence")).to_have_attribute("href", "https://example.org/ev")
    expect(page.locator("span.evidence")).to_have_text(f"evidence: {JS_URL}")
    expect(page.locator(".report-meta .url-text")).to_have_text(JS_URL)
    expect(page.locator(".report-meta a")).to_have_count(0)
    page.locator("#claim-map .pin").hover()
    expect(page.locator(".leaflet-tooltip")).to_contain_text(f"Place {EVIL}")
    expect(page.locator(".leaflet-tooltip")).to_contain_text(f"“Mention {EVIL}”")
    page.locator("#claim-map .pin").click()
    assert_inert(page)


def test_report_pages_show_payloads_as_text(page, live_server, planted, superuser):
    log_in(page, live_server, superuser)
    page.goto("/reports/")
    expect(page.locator("table")).to_contain_text(f"Title {EVIL}")
    expect(page.locator("table")).to_contain_text(f"Outlet {EVIL}")
    assert_inert(page)
    page.goto(f"/reports/{planted.report.pk}/")
    expect(page.locator("h1")).to_have_text(f"Title {EVIL}")
    expect(page.locator(".report-meta")).to_contain_text(f"Outlet {EVIL}")
    expect(page.locator(".report-meta .url-text")).to_have_text(JS_URL)
    expect(page.locator(".text-body a.claim-mark")).to_have_text(f"Troops {EVIL} moved.")
    expect(page.locator(".other-claims")).to_contain_text(f"Statement {EVIL}")
    assert_inert(page)
    page.goto(f"/reports/{planted.failed.pk}/")
    expect(page.locator("#report-status")).to_contain_text(f"Error {EVIL}")
    assert_inert(page)


def test_source_pages_show_payloads_as_text(page, live_server, planted, superuser):
    log_in(page, live_server, superuser)
    page.goto("/sources/")
    expect(page.locator(f"#source-row-{planted.source.pk}")).to_contain_text(f"Source {EVIL}")
    expect(page.locator(f"#source-row-{planted.source.pk}")).to_contain_text(EVIL)  # the country
    assert_inert(page)
    page.goto(f"/sources/{planted.source.pk}/")
    expect(page.locator("h1")).to_have_text(f"Source {EVIL}")
    expect(page.locator(".alias").first).to_have_text(f"Alias {EVIL}")
    expect(page.locator(".alias").nth(1)).to_have_text(JS_URL)
    expect(page.locator(".notes")).to_have_text(f"Notes {EVIL}")
    # The edit form holds them as values, and saving it keeps them as they were.
    expect(page.locator("textarea[name=aliases]")).to_have_value(f"Alias {EVIL}\n{JS_URL}")
    page.click("#source-card button[type=submit]")
    expect(page.locator("#source-card .saved")).to_have_text("Saved.")
    expect(page.locator(".notes")).to_have_text(f"Notes {EVIL}")
    assert_inert(page)


def test_feed_and_import_pages_show_payloads_as_text(page, live_server, planted, superuser):
    log_in(page, live_server, superuser)
    page.goto("/feeds/")
    feed = page.locator(f"#feed-{planted.feed.pk}")
    expect(feed).to_contain_text(f"Feed {EVIL}")
    expect(feed).to_contain_text(f"Failed {EVIL}")
    expect(feed).to_contain_text(f"Result {EVIL}")
    expect(feed.locator("a")).to_have_attribute("href", planted.feed.url)
    old = page.locator(f"#feed-{planted.bad_feed.pk}")
    expect(old).to_contain_text(f"Old feed {EVIL}")
    expect(old.locator("a")).to_have_count(0)
    assert_inert(page)
    page.goto("/import/")
    expect(page.locator(".io-jobs")).to_contain_text(f"file {EVIL}.jsonl")
    assert_inert(page)
    page.goto(f"/import/jobs/{planted.job.pk}/")
    expect(page.locator("h1")).to_contain_text(f"file {EVIL}.jsonl")
    expect(page.locator("#import-progress")).to_contain_text(f"Job error {EVIL}")
    expect(page.locator("#import-progress")).to_contain_text(f"Note {EVIL}")
    expect(page.locator(".io-rejected")).to_have_text(f"line {EVIL}: reason {EVIL}")
    assert_inert(page)


ADMIN_LISTS = ["claim", "report", "source", "location", "topic", "statuschange", "feed", "importjob"]


def test_admin_lists_and_forms_show_payloads_as_text(page, live_server, planted, superuser):
    log_in(page, live_server, superuser)
    for model in ADMIN_LISTS:
        page.goto(f"/admin/claims/{model}/")
        expect(page.locator("#result_list")).to_contain_text(EVIL)
        assert_inert(page)
    page.goto(f"/admin/claims/report/{planted.report.pk}/change/")
    expect(page.locator("input[name=title]")).to_have_value(f"Title {EVIL}")
    expect(page.locator("input[name=url]")).to_have_value(JS_URL)
    assert_inert(page)
    page.goto(f"/admin/claims/claim/{planted.claim.pk}/change/")
    expect(page.locator("textarea[name=statement]")).to_have_value(f"Statement {EVIL}")
    expect(page.locator(".inline-group").last).to_contain_text(f"Note {EVIL}")
    assert_inert(page)
    page.goto(f"/admin/claims/source/{planted.source.pk}/change/")
    expect(page.locator("input[name=name]")).to_have_value(f"Source {EVIL}")
    assert_inert(page)
    page.goto(f"/admin/claims/feed/{planted.bad_feed.pk}/change/")
    expect(page.locator("input[name=url]")).to_have_value(JS_URL)
    assert_inert(page)


# ---------------------------------------------------------------------------------------------
# Exports and data endpoints


def download(page, url: str):
    """Navigate to a URL that answers with an attachment: the browser saves it, shows nothing."""
    with page.expect_download() as info:
        try:
            page.goto(url)
        except PlaywrightError as exc:  # "Download is starting": navigation ends in a download
            assert "Download is starting" in str(exc) or "net::ERR_ABORTED" in str(exc), exc
    return info.value


EXPORTS = [
    ("/exports/claims.csv?topic=all", "text/csv"),
    ("/exports/places.geojson?topic=all", "application/geo+json"),
    ("/exports/claimreview.jsonld?topic=all", "application/ld+json"),
]


def test_exports_are_non_html_downloads_that_run_nothing(page, live_server, planted, superuser):
    from api.models import ApiToken

    log_in(page, live_server, superuser)
    page.goto("/")
    wait_for_panels(page)
    for path, content_type in EXPORTS:
        answer = page.request.get(path)
        assert answer.headers["content-type"].split(";")[0] == content_type
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["content-disposition"].startswith("attachment;")
        saved = download(page, path)
        body = open(saved.path(), encoding="utf-8-sig").read()  # noqa: SIM115
        assert SCRIPT in body and IMG in body  # the payloads travel as data
        assert_inert(page)
    # The JSON exports are JSON: the payloads are strings in them, not markup.
    geojson = json.loads(page.request.get(EXPORTS[1][0]).text())
    assert geojson["features"][0]["properties"]["name"] == f"Place {EVIL}"
    claimreview = json.loads(page.request.get(EXPORTS[2][0]).text())
    review = claimreview["@graph"][0]
    assert review["claimReviewed"] == f"Statement {EVIL}"
    # An address that is not a web address is not handed on as one.
    assert review["itemReviewed"]["appearance"]["url"].startswith("http")
    # The dashboard's own download links.
    for link in page.locator(".downloads a").all():
        with page.expect_download():
            link.click()
    assert_inert(page)

    token = ApiToken.issue(superuser, "xss")[1]
    for path, content_type in EXPORTS:
        answer = page.request.get("/api" + path, headers={"Authorization": f"Bearer {token}"})
        assert answer.status == 200
        assert answer.headers["content-type"].split(";")[0] == content_type
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["content-disposition"].startswith("attachment;")


def test_the_csv_export_does_not_hand_on_a_javascript_url(page, live_server, planted, superuser):
    import csv
    import io

    log_in(page, live_server, superuser)
    text = page.request.get(EXPORTS[0][0]).text().lstrip("\ufeff")
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["statement"] == f"Statement {EVIL}"
    assert row["report_url"] == ""


def test_json_panels_opened_in_the_browser_show_their_text(page, live_server, planted, superuser):
    log_in(page, live_server, superuser)
    for path in ("/panels/map.json?topic=all", "/panels/timeline.json?topic=all", "/api/openapi.json"):
        response = page.goto(path)
        assert response.headers["content-type"].startswith("application/json")
        assert response.headers["x-content-type-options"] == "nosniff"
        assert_inert(page)
    page.goto("/panels/map.json?topic=all")
    expect(page.locator("body")).to_contain_text(f"Place {EVIL}".replace('"', '\\"'))
    assert_inert(page)


# ---------------------------------------------------------------------------------------------
# Reflected input and forms


def test_payloads_in_the_query_string_are_shown_as_text(page, live_server, planted, superuser):
    from urllib.parse import urlencode

    log_in(page, live_server, superuser)
    query = urlencode({"q": EVIL, "source": EVIL, "topic": EVIL, "sort": EVIL, "bbox": EVIL, "from": EVIL})
    page.goto(f"/?{query}")
    wait_for_panels(page)
    expect(page.locator("#filter-q")).to_have_value(EVIL)
    expect(page.locator(".filter-errors")).to_contain_text("<script>alert(1)")
    assert_inert(page)
    page.goto(f"/reports/?{urlencode({'status': EVIL, 'page': EVIL})}")
    assert_inert(page)


def test_a_javascript_next_address_after_login_goes_nowhere(page, live_server, planted, superuser):
    page.goto(f"/login/?next={JS_URL}")
    page.fill("input[name=username]", "root")
    page.fill("input[name=password]", "x-long-pass-99")
    page.click("form button[type=submit], form input[type=submit]")
    expect(page).to_have_url(f"{live_server.url}/")
    assert_inert(page)


def test_javascript_urls_typed_into_forms_are_refused(page, live_server, planted, superuser):
    from claims.models import Report, StatusChange

    page.log.allow(r"status of 400 .*/(review|reports/new)/")  # the refusals this test provokes
    log_in(page, live_server, superuser)
    page.goto(f"/claims/{planted.claim.pk}/")
    before = StatusChange.objects.count()
    page.locator("#claim-review input[value=confirmed]").check()
    page.fill("#claim-review textarea[name=note]", f"Typed {EVIL}")
    page.fill("#claim-review input[name=evidence_url]", JS_URL)
    page.click("#claim-review button[type=submit]")
    expect(page.locator("#claim-review")).to_contain_text(
        "Enter a web address starting with http:// or https://."
    )
    assert StatusChange.objects.count() == before
    assert_inert(page, refused=True)

    page.goto("/reports/new/")
    page.fill("textarea[name=text]", f"Typed report {EVIL} about troops.")
    page.fill("input[name=title]", f"Typed {EVIL}")
    page.fill("input[name=url]", JS_URL)
    page.click("main form button[type=submit]")
    expect(page.locator("main")).to_contain_text("Enter a web address starting with http:// or https://.")
    assert not Report.objects.filter(title__startswith="Typed").exists()
    assert_inert(page, refused=True)

    # Without the URL the same report is stored, its title and text shown as text.
    page.fill("input[name=url]", "")
    page.click("main form button[type=submit]")
    expect(page.locator("h1")).to_have_text(f"Typed {EVIL}")
    assert_inert(page, refused=True)
