"""Feed polling against feeds served by a local HTTP server started for the test."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from django.utils import timezone

from claims.intake import feeds
from claims.intake import service as intake
from claims.models import Channel, Feed, ImportedItem, Report
from tests.support.factories import make_source


def rss(*items: tuple[str, str, str], title: str = "Example Wire") -> bytes:
    """items: (guid, title, pubDate)"""
    body = "".join(
        f"<item><guid>{guid}</guid><title>{head}</title><link>https://wire.example.org/{guid}</link>"
        f"<description>&lt;p&gt;{head}: according to the Pentagon, troops moved.&lt;/p&gt;</description>"
        f"<pubDate>{date}</pubDate></item>"
        for guid, head, date in items
    )
    channel = f"<channel><title>{title}</title>{body}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Agency</title><id>urn:a</id>
<updated>2024-10-25T10:00:00Z</updated>
<entry><id>urn:a:1</id><title>HUR update</title><link href="https://atom.example.org/1"/>
<updated>2024-10-25T10:00:00Z</updated>
<content type="html">&lt;p&gt;HUR says units arrived.&lt;/p&gt;</content></entry>
</feed>"""


class FeedServer:
    """A real HTTP server on a free port: routes map a path to (status, body, headers)."""

    def __init__(self):
        self.routes: dict[str, dict] = {}
        self.requests: list[tuple[str, dict]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                server.requests.append((self.path, dict(self.headers)))
                route = server.routes.get(self.path, {"status": 404, "body": b"not here"})
                time.sleep(route.get("delay", 0))
                etag, modified = route.get("etag"), route.get("last_modified")
                if (etag and self.headers.get("If-None-Match") == etag) or (
                    modified and self.headers.get("If-Modified-Since") == modified
                ):
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route["status"])
                self.send_header("Content-Type", route.get("type", "application/rss+xml"))
                if etag:
                    self.send_header("ETag", etag)
                if modified:
                    self.send_header("Last-Modified", modified)
                for key, value in route.get("headers", {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(route["body"])

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def serve(self, path: str, body: bytes = b"", status: int = 200, **extra) -> str:
        self.routes[path] = {"status": status, "body": body, **extra}
        return self.url(path)

    def requests_to(self, path: str) -> list[dict]:
        return [headers for p, headers in self.requests if p == path]

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(autouse=True)
def local_feeds_allowed(settings):
    """The feed server of these tests is on 127.0.0.1, which feeds may not use by default."""
    settings.FEEDS_ALLOW_PRIVATE_ADDRESSES = True


@pytest.fixture
def server():
    running = FeedServer()
    yield running
    running.close()


TWO_ITEMS = rss(
    ("w1", "First", "Wed, 23 Oct 2024 10:00:00 GMT"), ("w2", "Second", "Thu, 24 Oct 2024 10:00:00 GMT")
)


# ---------------------------------------------------------------------------------------------
# Fetching and parsing


def test_rss_entries_are_read_oldest_first_with_their_guid_link_date_and_html(server):
    url = server.serve(
        "/rss",
        rss(
            ("b", "Later", "Thu, 24 Oct 2024 10:00:00 GMT"), ("a", "Earlier", "Wed, 23 Oct 2024 10:00:00 GMT")
        ),
    )
    parsed = feeds.parse_feed(feeds.fetch(url).body)
    assert parsed.title == "Example Wire"
    assert [(e.guid, e.link, e.published.isoformat()) for e in parsed.entries] == [
        ("a", "https://wire.example.org/a", "2024-10-23T10:00:00+00:00"),
        ("b", "https://wire.example.org/b", "2024-10-24T10:00:00+00:00"),
    ]
    assert parsed.entries[0].is_html and parsed.entries[0].text.startswith("<p>Earlier")


def test_atom_entries_are_read_with_their_content():
    entry = feeds.parse_feed(ATOM).entries[0]
    assert (entry.guid, entry.link, entry.title) == ("urn:a:1", "https://atom.example.org/1", "HUR update")
    assert "HUR says units arrived." in entry.text


def test_a_page_that_is_not_a_feed_is_an_error():
    with pytest.raises(feeds.FeedError, match="does not serve an RSS or Atom feed"):
        feeds.parse_feed(b"<html><body><p>Welcome</p></body></html>")


def test_the_etag_and_last_modified_are_sent_back_and_304_is_unchanged(server):
    url = server.serve("/rss", TWO_ITEMS, etag='"v1"', last_modified="Wed, 23 Oct 2024 10:00:00 GMT")
    first = feeds.fetch(url)
    assert (first.status, first.etag) == (200, '"v1"')
    again = feeds.fetch(url, etag=first.etag, last_modified=first.last_modified)
    assert again.status == 304 and again.etag == '"v1"'
    sent = server.requests_to("/rss")[-1]
    assert sent["If-None-Match"] == '"v1"' and sent["If-Modified-Since"] == "Wed, 23 Oct 2024 10:00:00 GMT"


@pytest.mark.parametrize(
    ("route", "expected"),
    [
        ({"status": 500, "body": b"boom"}, "HTTP 500"),
        ({"status": 404, "body": b"gone"}, "HTTP 404"),
        ({"status": 200, "body": b"x", "delay": 1.5}, "did not answer within"),
        (
            {"status": 302, "body": b"", "headers": {"Location": "ftp://example.org/feed.xml"}},
            "not a web address",
        ),
    ],
)
def test_a_feed_that_cannot_be_fetched_is_a_feed_error(server, monkeypatch, route, expected):
    monkeypatch.setattr(feeds, "FETCH_TIMEOUT_SECONDS", 0.5)
    server.routes["/bad"] = route
    with pytest.raises(feeds.FeedError, match=expected):
        feeds.fetch(server.url("/bad"))


def test_an_unreachable_feed_is_a_feed_error(server):
    url = server.url("/rss")
    server.close()
    with pytest.raises(feeds.FeedError, match="cannot be reached"):
        feeds.fetch(url)
    server.httpd = type("Closed", (), {"shutdown": lambda s: None, "server_close": lambda s: None})()


# ---------------------------------------------------------------------------------------------
# Polling


@pytest.mark.django_db
def test_polling_ingests_new_entries_once_and_a_failing_feed_does_not_stop_the_others(server):
    source = make_source("US Department of Defense")
    failing = Feed.objects.create(url=server.serve("/broken", b"boom", status=500), poll_interval=600)
    good = Feed.objects.create(url=server.serve("/rss", TWO_ITEMS, etag='"v1"'), default_source=source)
    not_a_feed = Feed.objects.create(
        url=server.serve("/page", b"<html><p>hi</p><p>there</p></html>", type="text/html")
    )
    before = timezone.now()

    results = {r.feed_id: r for r in feeds.poll_due_feeds()}

    assert results[good.pk].created == 2 and results[failing.pk].outcome == "failed"
    reports = Report.objects.order_by("published_at")
    assert [r.title for r in reports] == ["First", "Second"]
    assert {(r.channel, r.source_hint, r.outlet) for r in reports} == {(Channel.FEED, source, "Example Wire")}
    assert reports[0].url == "https://wire.example.org/w1"
    assert reports[0].text == "First: according to the Pentagon, troops moved."

    failing.refresh_from_db()
    assert "HTTP 500" in failing.last_error and failing.failures == 1
    assert failing.next_poll_at >= before + timedelta(seconds=600)
    not_a_feed.refresh_from_db()
    assert "not serve an RSS or Atom feed" in not_a_feed.last_error
    good.refresh_from_db()
    assert (good.etag, good.title, good.last_error, good.entries_ingested) == ('"v1"', "Example Wire", "", 2)
    assert good.last_result == "2 new, 0 already here."


@pytest.mark.django_db
def test_an_unchanged_feed_answers_304_to_its_etag_and_nothing_is_added(server):
    feed = Feed.objects.create(url=server.serve("/rss", TWO_ITEMS, etag='"v1"'))
    feeds.poll_feed(feed)
    result = feeds.poll_feed(Feed.objects.get(pk=feed.pk))
    assert result.outcome == "unchanged"
    assert server.requests_to("/rss")[-1]["If-None-Match"] == '"v1"'
    assert Report.objects.count() == 2
    assert Feed.objects.get(pk=feed.pk).last_result == "Not modified since the last poll."


@pytest.mark.django_db
def test_a_changed_feed_adds_only_its_new_entries(server):
    feed = Feed.objects.create(url=server.serve("/rss", TWO_ITEMS, etag='"v1"'))
    feeds.poll_feed(feed)
    server.serve(
        "/rss",
        rss(
            ("w2", "Second", "Thu, 24 Oct 2024 10:00:00 GMT"),
            ("w3", "Third", "Fri, 25 Oct 2024 10:00:00 GMT"),
        ),
        etag='"v2"',
    )
    result = feeds.poll_feed(Feed.objects.get(pk=feed.pk))
    assert (result.created, result.already) == (1, 1)
    assert sorted(Report.objects.values_list("title", flat=True)) == ["First", "Second", "Third"]
    assert ImportedItem.objects.filter(channel=Channel.FEED, scope=str(feed.pk)).count() == 3


@pytest.mark.django_db
def test_an_entry_edited_by_the_feed_is_not_ingested_twice(server):
    feed = Feed.objects.create(url=server.serve("/rss", TWO_ITEMS))
    feeds.poll_feed(feed)
    server.serve("/rss", TWO_ITEMS.replace(b"troops moved", b"troops moved north"))
    assert feeds.poll_feed(Feed.objects.get(pk=feed.pk)).created == 0
    assert Report.objects.count() == 2


@pytest.mark.django_db
def test_an_entry_already_here_from_elsewhere_points_to_that_report(server):
    earlier = intake.submit_report(
        text="First: according to the Pentagon, troops moved.", enqueue=False
    ).report
    feed = Feed.objects.create(url=server.serve("/rss", TWO_ITEMS))
    result = feeds.poll_feed(feed)
    assert (result.created, result.already) == (1, 1)
    assert ImportedItem.objects.get(item_id="w1").report == earlier


@pytest.mark.django_db
def test_a_failing_feed_waits_longer_after_each_failure_and_recovers(server):
    url = server.serve("/rss", b"boom", status=503)
    feed = Feed.objects.create(url=url, poll_interval=300)
    now = timezone.now()
    feeds.poll_feed(feed, now=now)
    feeds.poll_feed(feed, now=now)
    feed.refresh_from_db()
    assert feed.failures == 2 and feed.next_poll_at == now + timedelta(seconds=600)
    server.serve("/rss", TWO_ITEMS)
    feeds.poll_feed(feed, now=now)
    feed.refresh_from_db()
    assert (feed.failures, feed.last_error, feed.next_poll_at) == (0, "", now + timedelta(seconds=300))
    assert Report.objects.count() == 2


@pytest.mark.django_db
def test_only_due_and_active_feeds_are_polled_unless_forced(server):
    url = server.serve("/rss", TWO_ITEMS)
    later = Feed.objects.create(url=url, next_poll_at=timezone.now() + timedelta(hours=1))
    Feed.objects.create(url=url + "?paused", active=False)
    assert feeds.poll_due_feeds() == []
    assert [r.feed_id for r in feeds.poll_due_feeds(force=True)] == [later.pk]


@pytest.mark.django_db
def test_the_command_polls_and_reports_each_feed(server, capsys):
    Feed.objects.create(url=server.serve("/rss", TWO_ITEMS), title="Wire")
    Feed.objects.create(url=server.serve("/broken", b"", status=500), title="Broken")
    call_command("poll_feeds")
    captured = capsys.readouterr()
    assert "Wire: 2 new, 0 already here" in captured.out
    assert "Broken: failed - The feed answered HTTP 500" in captured.err


def test_the_beat_schedule_polls_feeds_with_a_registered_task(settings):
    import claims.tasks  # noqa: F401  (registers the tasks, as the worker's autodiscovery does)
    from dashboard.celery import app

    entry = settings.CELERY_BEAT_SCHEDULE["poll-feeds"]
    assert entry["task"] in app.tasks


@pytest.mark.worker
@pytest.mark.timeout(180)
def test_a_real_worker_polls_the_feeds(server, start_worker):
    from claims.tasks import poll_feeds

    start_worker(env={"FEEDS_ALLOW_PRIVATE_ADDRESSES": "1"})

    Feed.objects.create(url=server.serve("/rss", TWO_ITEMS, etag='"v1"'))
    Feed.objects.create(url=server.serve("/broken", b"", status=500))
    assert poll_feeds.apply_async(ignore_result=False).get(timeout=60) == 2
    assert Report.objects.filter(channel=Channel.FEED).count() == 2
    # Nothing is due until its interval passes.
    assert poll_feeds.apply_async(ignore_result=False).get(timeout=60) == 0


# ---------------------------------------------------------------------------------------------
# The feeds page


@pytest.mark.django_db
def test_an_analyst_adds_a_feed_with_a_default_source_and_sees_its_errors(analyst_client):
    source = make_source("Kyiv Independent")
    response = analyst_client.post(
        "/feeds/",
        {
            "url": "https://kyiv.example.org/rss",
            "title": "KI",
            "default_source": source.pk,
            "poll_interval": 900,
        },
    )
    assert response.status_code == 302
    feed = Feed.objects.get()
    assert (feed.default_source, feed.title) == (source, "KI")
    Feed.objects.filter(pk=feed.pk).update(last_error="The feed answered HTTP 500 (Internal Server Error).")
    html = analyst_client.get("/feeds/").content.decode()
    assert "The feed answered HTTP 500" in html and "Kyiv Independent" in html


@pytest.mark.django_db
def test_a_feed_address_that_is_not_http_is_refused(analyst_client):
    response = analyst_client.post("/feeds/", {"url": "file:///etc/passwd", "poll_interval": 900})
    assert response.status_code == 400
    assert not Feed.objects.exists()


@pytest.mark.django_db
def test_poll_now_makes_the_feed_due(analyst_client):
    feed = Feed.objects.create(
        url="https://x.example.org/rss", next_poll_at=timezone.now() + timedelta(hours=3)
    )
    analyst_client.post(f"/feeds/{feed.pk}/poll/")
    assert Feed.objects.get(pk=feed.pk).next_poll_at <= timezone.now()


@pytest.mark.django_db
def test_a_viewer_sees_feeds_but_may_not_add_one(viewer_client):
    assert viewer_client.get("/feeds/").status_code == 200
    assert (
        viewer_client.post("/feeds/", {"url": "https://x.example.org/rss", "poll_interval": 900}).status_code
        == 403
    )
    assert not Feed.objects.exists()
