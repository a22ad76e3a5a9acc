"""Every page and form of the dashboard with random, oversize and malformed input: never a 500,
and a refused request stores nothing."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from claims.cleaning import clean_line
from claims.models import Claim, Feed, ImportJob, Report, Source, StatusChange

from .conftest import fuzz_settings, refused_changes_nothing, rolled_back, row_counts, send
from .strategies import any_bytes, form, plain_text, query_string, raw_body, small_text

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def client(client, analyst):
    """An analyst: every form is open to them, so input reaches the deepest code."""
    client.force_login(analyst)
    return client


# ---------------------------------------------------------------------------------------------
# Pages read with a query string: the dashboard, its panels, exports and lists


def get_pages(world) -> dict[str, str]:
    claim, report, source = world["claims"][0], world["report"], world["source"]
    return {
        "dashboard": reverse("dashboard"),
        "map.json": reverse("dashboard-map"),
        "timeline.json": reverse("dashboard-timeline"),
        "changes": reverse("dashboard-changes"),
        "export csv": reverse("export-claims-csv"),
        "export geojson": reverse("export-places-geojson"),
        "export claimreview": reverse("export-claimreview"),
        "report list": reverse("report-list"),
        "report page": reverse("report-detail", args=[report.pk]),
        "claim page": reverse("claim-detail", args=[claim.pk]),
        "source list": reverse("source-list"),
        "source page": reverse("source-detail", args=[source.pk]),
        "feeds page": reverse("feeds"),
        "import page": reverse("import"),
        "import job": reverse("import-job", args=[world["job"].pk]),
    }


GET_PAGES = [
    "dashboard",
    "map.json",
    "timeline.json",
    "changes",
    "export csv",
    "export geojson",
    "export claimreview",
    "report list",
    "report page",
    "claim page",
    "source list",
    "source page",
    "feeds page",
    "import page",
    "import job",
]


@pytest.mark.parametrize("page", GET_PAGES)
def test_pages_answer_any_query_string_without_a_server_error(client, world, page):
    path = get_pages(world)[page]

    @fuzz_settings(60)
    @given(query=query_string, htmx=st.booleans(), map_move=st.booleans())
    @example(query="q=a%00b&topic=all", htmx=False, map_move=False)  # PostgreSQL: no NUL in text
    @example(query="topic=%00&source=%00&bbox=%00", htmx=True, map_move=False)
    def run(query, htmx, map_move):
        headers = {**(HX if htmx else {}), **({"HTTP_X_MAP_MOVE": "1"} if map_move else {})}
        with rolled_back():
            before = row_counts()
            send(client, f"GET {page}", "GET", f"{path}?{query}", **headers)
            assert row_counts() == before  # reading never writes

    run()


# ---------------------------------------------------------------------------------------------
# Forms


def test_the_review_form_takes_any_input_and_keeps_status_and_history_in_step(client, world, analyst):
    claim = world["claims"][1]
    path = reverse("claim-review", args=[claim.pk])
    review = form(
        {
            "status": st.sampled_from(["confirmed", "denied", "disputed", "unverified"]),
            "credibility": st.integers(0, 7).map(str),
            "note": plain_text,
            "evidence_url": st.sampled_from(["https://example.org/v", "javascript:alert(1)", ""]),
            "version": st.sampled_from([str(claim.version), "0", "-1", "99999999999999999999"]),
        }
    )

    @fuzz_settings(150)
    @given(data=review, htmx=st.booleans())
    def run(data, htmx):
        with rolled_back():
            before = row_counts()
            response = send(client, "POST review", "POST", path, data, **(HX if htmx else {}))
            refused_changes_nothing(response, before)
            fresh = Claim.objects.get(pk=claim.pk)
            changes = list(StatusChange.objects.filter(claim=claim).order_by("id"))
            # No half-written review: the claim's status and credibility are its history's last word.
            last_status = next((c.to_value for c in reversed(changes) if c.field == "status"), "unverified")
            last_cred = next((c.to_value for c in reversed(changes) if c.field == "credibility"), "6")
            assert (fresh.status, str(fresh.credibility)) == (last_status, last_cred)
            assert fresh.version == claim.version + (1 if changes else 0)
            for change in changes:
                assert change.note == change.note.strip() and "\x00" not in change.note
                assert change.evidence_url in ("", "https://example.org/v")

    run()


upload = st.builds(
    lambda name, content: SimpleUploadedFile(name, content),
    st.sampled_from(["r.txt", "r.md", "r.html", "r.pdf", "r", "ü.txt", "..txt", "x" * 300 + ".txt"]),
    any_bytes,
)


def test_the_report_form_takes_any_input_and_stores_clean_reports_or_nothing(client, world):
    path = reverse("report-new")
    report_form = form(
        {
            "text": st.sampled_from(
                ["HUR said troops arrived in Kursk on Monday.", "<p>Troops <b>moved</b></p>"]
            ),
            "title": plain_text,
            "url": st.sampled_from(["https://example.org/r", "", "example.org"]),
            "outlet": plain_text,
            "published": st.sampled_from(["2024-10-23", ""]),
            "file": st.one_of(st.none(), st.none(), st.none(), upload),
        }
    )

    @fuzz_settings(150)
    @given(data=report_form)
    def run(data):
        with rolled_back():
            before = row_counts()
            response = send(client, "POST report form", "POST", path, data)
            refused_changes_nothing(response, before)
            if response.status_code == 302:
                report = Report.objects.order_by("-id").first()
                for value in (report.title, report.outlet, report.url):
                    assert value == clean_line(value)
                assert report.text.strip() and "\x00" not in report.text
                assert not report.url or report.url.startswith(("http://", "https://"))

    run()


def test_the_source_form_takes_any_input_and_saves_whole_or_not_at_all(client, world):
    source = world["source"]
    path = reverse("source-edit", args=[source.pk])
    source_form = form(
        {
            "reliability": st.sampled_from(list("ABCDEF")),
            "aliases": plain_text,
            "notes": plain_text,
            "reviewed": st.sampled_from(["on", "true", "false"]),
        }
    )
    columns = ("name", "reliability", "aliases", "notes", "reviewed")

    @fuzz_settings(120)
    @given(data=source_form, htmx=st.booleans())
    def run(data, htmx):
        with rolled_back():
            before = Source.objects.filter(pk=source.pk).values(*columns).get()
            counts = row_counts()
            response = send(client, "POST source form", "POST", path, data, **(HX if htmx else {}))
            refused_changes_nothing(response, counts)
            after = Source.objects.filter(pk=source.pk).values(*columns).get()
            if response.status_code >= 400:
                assert after == before
            assert all(a and "\x00" not in a and len(a) <= 200 for a in after["aliases"])

    run()


def test_the_feed_form_takes_any_input_and_adds_only_web_feeds(client, world):
    path = reverse("feeds")
    feed_form = form(
        {
            "url": st.sampled_from(
                ["https://feeds.example.org/rss", "http://127.0.0.1/rss", "file:///etc/passwd"]
            ),
            "title": plain_text,
            "default_source": st.sampled_from([str(world["source"].pk), ""]),
            "poll_interval": st.integers(60, 10**6).map(str),
        }
    )

    @fuzz_settings(120)
    @given(data=feed_form)
    def run(data):
        with rolled_back():
            before = row_counts()
            response = send(client, "POST feed form", "POST", path, data)
            refused_changes_nothing(response, before)
            for feed in Feed.objects.all():
                assert feed.url.startswith(("http://", "https://")) and "127.0.0.1" not in feed.url
                assert feed.poll_interval >= 60

    run()


good_text = st.sampled_from(
    ["HUR said troops arrived in Kursk.", "Seoul: 3,000 soldiers left.", "<p>Units <b>moved</b></p>"]
)
row_text = st.one_of(good_text, good_text, small_text)
jsonl = st.lists(
    st.one_of(
        st.fixed_dictionaries(
            {"text": row_text},
            optional={
                "title": small_text,
                "url": st.one_of(st.just("https://example.org/r"), small_text),
                "source": small_text,
            },
        ).map(lambda row: json.dumps(row).encode()),
        st.fixed_dictionaries({"text": row_text, "published": small_text}).map(
            lambda row: json.dumps(row).encode()
        ),
        any_bytes,
    ),
    min_size=1,
    max_size=6,
).map(b"\n".join)
csv_file = st.lists(st.tuples(row_text, small_text), min_size=1, max_size=4).map(
    lambda rows: (
        "text,title\n"
        + "\n".join(f'"{t.replace(chr(34), chr(34) * 2)}",{x.replace(",", " ")}' for t, x in rows)
    ).encode("utf-8", "surrogatepass")
)
telegram = st.builds(
    lambda name, chat_id, messages: json.dumps(
        {"name": name, "type": "public_channel", "id": chat_id, "messages": messages}
    ).encode(),
    st.one_of(st.just("Rybar"), st.just("Rybar"), small_text),
    st.one_of(st.integers(), st.integers(), small_text),
    st.lists(
        st.fixed_dictionaries(
            {
                "id": st.one_of(st.integers(1, 10**6), st.integers(1, 10**6), small_text),
                "type": st.just("message"),
                "date": st.one_of(st.just("2024-10-23T10:00:00"), st.just("2024-10-23T10:00:00"), small_text),
                "text": row_text,
            },
            optional={"edited": small_text, "from": small_text},
        ),
        min_size=1,
        max_size=4,
    ),
)
# A file whose name, kind and content agree (then mostly valid rows), or any mix.
matched_file = st.one_of(
    st.tuples(st.just("bulk"), st.sampled_from(["r.jsonl", "r.ndjson"]), jsonl),
    st.tuples(st.just("bulk"), st.just("r.csv"), csv_file),
    st.tuples(st.just("telegram"), st.just("result.json"), telegram),
)
any_file = st.tuples(
    st.sampled_from(["bulk", "telegram", ""]),
    st.sampled_from(["r.jsonl", "r.json", "r.csv", "result.json", "r.bin", "\x00.jsonl"]),
    st.one_of(jsonl, csv_file, telegram, any_bytes),
)


def test_the_import_form_takes_any_file_and_creates_a_clean_job_or_nothing(client, world):
    path = reverse("import")

    @st.composite
    def import_form(draw):
        kind, name, content = draw(st.one_of(matched_file, matched_file, any_file))
        valid = {
            "kind": st.just(kind),
            "file": st.just(SimpleUploadedFile(name, content)),
            "format": st.just(""),
            "strict": st.sampled_from([None, "on"]),
            "username": st.sampled_from([None, "rybar_channel"]),
            "source": st.sampled_from([None, str(world["source"].pk)]),
        }
        return draw(form(valid))

    @fuzz_settings(150)
    @given(data=import_form())
    def run(data):
        with rolled_back():
            before = row_counts()
            response = send(client, "POST import form", "POST", path, data)
            refused_changes_nothing(response, before)
            for job in ImportJob.objects.exclude(pk=world["job"].pk):
                assert job.filename == clean_line(job.filename)
                for row in job.payload:
                    assert "\x00" not in row["text"] and row["title"] == clean_line(row["title"])

    run()


def test_the_login_form_takes_any_input(client, world):
    path = reverse("login")
    login_form = form(
        {
            "username": st.sampled_from(["ann.analyst", "nobody"]),
            "password": plain_text,
        }
    )

    @fuzz_settings(80)
    @given(data=login_form)
    def run(data):
        with rolled_back():
            response = send(Client(), "POST login form", "POST", path, data)
            assert response.status_code in (200, 302) or 400 <= response.status_code < 500

    run()


# ---------------------------------------------------------------------------------------------
# Raw bodies: invalid UTF-8, broken multipart, wrong content types, oversize


def post_pages(world) -> dict[str, str]:
    return {
        "review": reverse("claim-review", args=[world["claims"][1].pk]),
        "report form": reverse("report-new"),
        "source form": reverse("source-edit", args=[world["source"].pk]),
        "feed form": reverse("feeds"),
        "import form": reverse("import"),
        "login": reverse("login"),
        "logout": reverse("logout"),
    }


POST_PAGES = ["review", "report form", "source form", "feed form", "import form", "login", "logout"]


@pytest.mark.parametrize("page", POST_PAGES)
def test_forms_answer_any_raw_body_without_a_server_error(client, world, page):
    path = post_pages(world)[page]

    @fuzz_settings(80)
    @given(body=raw_body, htmx=st.booleans())
    def run(body, htmx):
        content, content_type = body
        with rolled_back():
            before = row_counts()
            response = send(
                client,
                f"POST {page} (raw body)",
                "POST",
                path,
                content,
                content_type=content_type,
                **(HX if htmx else {}),
            )
            refused_changes_nothing(response, before)

    run()


def test_an_oversize_upload_is_refused_with_413_before_it_is_read(client, world, settings):
    big = SimpleUploadedFile("r.txt", b"a" * (settings.UPLOAD_MAX_BYTES + 3 * 1024 * 1024))
    before = row_counts()
    response = send(client, "POST report form", "POST", reverse("report-new"), {"file": big})
    assert response.status_code == 413 and row_counts() == before
