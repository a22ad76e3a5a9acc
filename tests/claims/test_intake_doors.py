"""The same report sent through every door - the web form, an upload, the API, a feed, a Telegram
export and a bulk file - is stored the same way and parsed into the same claims."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.intake import feeds, jobs
from claims.models import Channel, Feed, ImportJob, Report
from claims.parsing import service as parsing
from tests.support.api import Api

pytestmark = pytest.mark.django_db

TEXT = (
    "South Korea's spy agency said on 25 October that 3,000 North Korean soldiers had arrived "
    "in Kursk. Ukraine's military intelligence said the troops were moved by ship."
)
URL = "https://example.org/news/1"
NOON = 1729944000  # 2024-10-26 12:00 UTC: what a bare publication date means
PUBLISHED = "2024-10-26"


def through_form(client, api):
    data = {"text": TEXT, "url": URL, "published": PUBLISHED, "title": "", "outlet": ""}
    assert client.post(reverse("report-new"), data).status_code == 302


def through_upload(client, api):
    upload = SimpleUploadedFile("report.txt", TEXT.encode(), content_type="text/plain")
    data = {"file": upload, "url": URL, "published": PUBLISHED, "title": "", "outlet": ""}
    assert client.post(reverse("report-new"), data).status_code == 302


def through_api(client, api):
    answer = api.post("/api/reports", {"text": TEXT, "url": URL, "published": PUBLISHED})
    assert answer.status_code in (200, 202), answer.content


def through_feed(client, api, monkeypatch):
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item>'
        f"<guid>entry-1</guid><link>{URL}</link><description>{TEXT}</description>"
        "<pubDate>Sat, 26 Oct 2024 12:00:00 GMT</pubDate></item></channel></rss>"
    ).encode()
    monkeypatch.setattr(feeds, "fetch", lambda url, **kw: feeds.Fetched(status=200, body=rss))
    feed = Feed.objects.create(url="https://feeds.example.org/rss")
    result = feeds.poll_feed(feed)
    assert (result.created + result.already, result.rejected) == (1, 0), result.error


def _import(kind: str, data: bytes) -> None:
    job = jobs.create_import_job(data, kind=kind, filename=f"reports.{kind}")
    assert jobs.run_import_job(job.pk) == ImportJob.State.DONE
    job.refresh_from_db()
    assert (job.created + job.duplicates, job.rejected) == (1, 0), job.rejected_rows


def through_telegram(client, api):
    post = {"id": 7, "type": "message", "date_unixtime": str(NOON), "text": TEXT}
    export = {"id": 1001, "name": "Some Channel", "type": "public_channel", "messages": [post]}
    _import(ImportJob.Kind.TELEGRAM, json.dumps(export).encode())


def through_bulk(client, api):
    row = {"text": TEXT, "url": URL, "published": PUBLISHED}
    _import(ImportJob.Kind.JSONL, json.dumps(row).encode() + b"\n")


DOORS: dict[str, Callable[..., None]] = {
    Channel.WEB: through_form,
    Channel.FILE: through_upload,
    Channel.API: through_api,
    Channel.FEED: through_feed,
    Channel.TELEGRAM: through_telegram,
    "bulk": through_bulk,
}


def send(door: str, client, api, monkeypatch) -> None:
    function = DOORS[door]
    if function is through_feed:
        function(client, api, monkeypatch)
    else:
        function(client, api)


@pytest.fixture
def doors(analyst_client, analyst, monkeypatch, settings):
    from api.models import ApiToken

    settings.CELERY_TASK_ALWAYS_EAGER = False
    api = Api(analyst_client, ApiToken.issue(analyst, "tests")[1])
    return lambda door: send(door, analyst_client, api, monkeypatch)


def stored_and_parsed() -> tuple:
    report = Report.objects.get()
    assert parsing.parse_report(report.pk) == "parsed"
    claims = sorted(
        (c.sentence, c.stance, c.source.name, c.event_start) for c in report.claims.select_related("source")
    )
    return report.text, report.published_at, claims


@pytest.mark.parametrize("door", list(DOORS))
def test_the_same_report_through_every_door_is_stored_and_parsed_alike(doors, door, registry):
    doors(Channel.API)
    expected = stored_and_parsed()
    Report.objects.all().delete()
    doors(door)
    assert stored_and_parsed() == expected
    assert expected[2], "the report has claims to compare"


def test_a_report_sent_through_every_door_is_stored_once(doors, registry):
    for door in [Channel.API, *DOORS]:
        doors(door)
    report = Report.objects.get()
    assert report.channel == Channel.API  # the first door; the others found it
    assert report.imported_items.count() == 2  # the feed entry and the Telegram post point to it
