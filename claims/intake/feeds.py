"""RSS and Atom feeds: fetch with a conditional request, parse, take in the new entries once.

`fetch` and `parse_feed` are plain functions (no database). `poll_feed` and `poll_due_feeds` are
the services the Celery beat task and `manage.py poll_feeds` call. A feed that fails (cannot be
reached, answers an error, is not a feed) keeps its error in `last_error` and is tried again
later, waiting longer after each failure in a row; the other feeds are polled all the same.
"""

from __future__ import annotations

import hashlib
import http.client
import ipaddress
import logging
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import feedparser
from django.conf import settings
from django.utils import timezone

from ..models import Channel, Feed, ImportedItem
from .rows import ReportRow, check_url
from .service import ReportRejected, submit_row

log = logging.getLogger(__name__)

FETCH_TIMEOUT_SECONDS = 20
MAX_BACKOFF = timedelta(hours=12)
LEASE = timedelta(minutes=5)  # a feed being polled is not picked up by a second poller meanwhile
USER_AGENT = "claims-tracker/0.1 (feed poller)"


class FeedError(Exception):
    """The feed could not be fetched or read; the message says why, for the analyst."""


# ---------------------------------------------------------------------------------------------
# Fetching and parsing (no database)


@dataclass
class Fetched:
    status: int  # 200, or 304 when the feed did not change since the ETag/Last-Modified we sent
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""
    content_type: str = ""


# ---------------------------------------------------------------------------------------------
# Feeds come from the public internet: an address on a private, loopback or link-local network
# (the metadata service at 169.254.169.254, a database on localhost) is refused, checked once
# when the name is resolved and again on the connected socket, so a DNS answer that changes in
# between does not get through. FEEDS_ALLOW_PRIVATE_ADDRESSES switches it off (an intranet feed,
# the tests' local feed server).


def is_forbidden_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def _refuse(host: str, ip) -> FeedError:
    return FeedError(
        f"The feed's address {host[:100]!r} is on a private or local network ({ip}): "
        "feeds are fetched from the public internet only."
    )


def _resolve(host: str, port: int) -> list[str]:
    return [str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


def check_public_host(url: str) -> None:
    """FeedError if the URL's host is, or resolves to, a non-public address. A name that does
    not resolve passes: the fetch then fails with its own, clearer error."""
    if settings.FEEDS_ALLOW_PRIVATE_ADDRESSES:
        return
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        addresses = _resolve(host, port)
    except (OSError, UnicodeError, ValueError):
        return
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if is_forbidden_address(ip):
            raise _refuse(host, ip)


def literal_private_host(url: str) -> str:
    """Why the address is refused without looking it up (an IP literal or localhost), or ""."""
    if settings.FEEDS_ALLOW_PRIVATE_ADDRESSES:
        return ""
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return f"{host} is this machine"
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return ""
    return f"{ip} is a private or local address" if is_forbidden_address(ip) else ""


def _check_peer(sock, host: str) -> None:
    ip = ipaddress.ip_address(sock.getpeername()[0].split("%", 1)[0])
    if is_forbidden_address(ip):
        sock.close()
        raise _refuse(host, ip)


class _PublicHTTPConnection(http.client.HTTPConnection):
    def connect(self):
        super().connect()
        _check_peer(self.sock, self.host)


class _PublicHTTPSConnection(http.client.HTTPSConnection):
    def connect(self):
        super().connect()
        if not self._tunnel_host:  # type: ignore[attr-defined]  # http.client's, not in typeshed  # through a proxy the peer is the proxy, checked by name above
            _check_peer(self.sock, self.host)


class _PublicHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        connection = http.client.HTTPConnection if req.has_proxy() else _PublicHTTPConnection
        return self.do_open(connection, req)


class _PublicHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(_PublicHTTPSConnection, req, context=self._context)  # type: ignore[attr-defined]


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not newurl.lower().startswith(("http://", "https://")):
            raise FeedError(f"The feed redirects to {newurl[:100]!r}, which is not a web address.")
        check_public_host(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener():
    if settings.FEEDS_ALLOW_PRIVATE_ADDRESSES:
        return urllib.request.build_opener(_HttpOnlyRedirects)
    return urllib.request.build_opener(_HttpOnlyRedirects, _PublicHTTPHandler, _PublicHTTPSHandler)


def fetch(url: str, *, etag: str = "", last_modified: str = "", timeout: float | None = None) -> Fetched:
    """GET the feed, sending If-None-Match / If-Modified-Since. Raises FeedError."""
    timeout = timeout or FETCH_TIMEOUT_SECONDS
    if not url.lower().startswith(("http://", "https://")):
        raise FeedError("A feed's address starts with http:// or https://.")
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
        "text/xml;q=0.8, */*;q=0.5",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    limit = settings.UPLOAD_MAX_BYTES
    check_public_host(url)
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 (scheme checked above)
    try:
        with _opener().open(request, timeout=timeout) as response:
            body = response.read(limit + 1)
            if len(body) > limit:
                raise FeedError(f"The feed is larger than {limit / 1_048_576:.0f} MB.")
            return Fetched(
                status=response.status,
                body=body,
                etag=response.headers.get("ETag", "") or "",
                last_modified=response.headers.get("Last-Modified", "") or "",
                content_type=response.headers.get("Content-Type", "") or "",
            )
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(
                status=304,
                etag=exc.headers.get("ETag", "") or etag,
                last_modified=exc.headers.get("Last-Modified", "") or last_modified,
            )
        raise FeedError(f"The feed answered HTTP {exc.code} ({exc.reason}).") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError | socket.timeout):
            raise FeedError(f"The feed did not answer within {timeout:.0f} seconds.") from None
        raise FeedError(f"The feed cannot be reached ({reason}).") from None
    except TimeoutError:
        raise FeedError(f"The feed did not answer within {timeout:.0f} seconds.") from None
    except (OSError, ValueError) as exc:  # connection reset, malformed URL, bad status line ...
        raise FeedError(f"The feed cannot be read ({type(exc).__name__}: {exc}).") from None


@dataclass
class FeedEntry:
    guid: str
    title: str
    link: str
    text: str
    is_html: bool | None
    published: datetime | None


@dataclass
class ParsedFeed:
    title: str
    entries: list[FeedEntry]


def _when(entry) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                year, month, day, hour, minute, second = value[:6]
                return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
            except (TypeError, ValueError):
                continue
    return None


def _entry(entry) -> FeedEntry | None:
    title = " ".join(str(entry.get("title") or "").split())
    body, is_html = "", None
    for content in entry.get("content") or []:
        if content.get("value"):
            body, is_html = content["value"], "html" in (content.get("type") or "")
            break
    if not body and entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        body, is_html = entry["summary"], "html" in (detail.get("type") or "")
    text = body or title
    if not text.strip():
        return None
    try:
        link = check_url(entry.get("link"))
    except ValueError:
        link = ""
    guid = str(entry.get("id") or link or "").strip()
    if not guid:
        guid = "sha256:" + hashlib.sha256(f"{title}\n{text}".encode("utf-8", "replace")).hexdigest()
    return FeedEntry(
        guid=guid[:500], title=title, link=link, text=text, is_html=is_html, published=_when(entry)
    )


def parse_feed(body: bytes) -> ParsedFeed:
    """The feed's title and its entries, oldest first. FeedError if the body is not RSS/Atom."""
    parsed = feedparser.parse(body)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise FeedError(
            "The address does not serve an RSS or Atom feed" + (f" ({problem})." if problem else ".")
        )
    entries = [e for e in (_entry(raw) for raw in parsed.entries) if e is not None]
    entries.sort(key=lambda e: e.published or datetime.min.replace(tzinfo=UTC))
    return ParsedFeed(title=" ".join(str(parsed.feed.get("title") or "").split()), entries=entries)


# ---------------------------------------------------------------------------------------------
# Services


def add_feed(
    url: str, *, default_source=None, title: str = "", poll_interval: int = 900, created_by=None
) -> Feed:
    """Register a feed; ValueError with a reason if the address is not one."""
    try:
        url = check_url(url)
    except ValueError as exc:
        raise ValueError(f"The feed's address: {exc}.") from None
    if not url:
        raise ValueError("Give the feed's address.")
    private = literal_private_host(url)
    if private:
        raise ValueError(f"The feed's address: {private}; feeds are fetched from the public internet only.")
    if Feed.objects.filter(url=url).exists():
        raise ValueError("This feed is registered already.")
    return Feed.objects.create(
        url=url,
        title=" ".join((title or "").split())[:300],
        default_source=default_source,
        poll_interval=max(60, int(poll_interval)),
        created_by=created_by if getattr(created_by, "pk", None) else None,
    )


@dataclass
class PollResult:
    feed_id: int
    outcome: str  # "new", "unchanged", "failed"
    created: int = 0
    already: int = 0
    rejected: int = 0
    error: str = ""


def entry_row(feed: Feed, entry: FeedEntry) -> ReportRow:
    return ReportRow(
        label=f"entry {entry.guid[:80]!r}",
        text=entry.text,
        title=entry.title,
        url=entry.link,
        outlet=feed.title,
        published=entry.published.isoformat() if entry.published else None,
        is_html=entry.is_html,
        origin=(Channel.FEED, str(feed.pk), entry.guid, ""),
    )


def _ingest(feed: Feed, entries: list[FeedEntry]) -> PollResult:
    result = PollResult(feed.pk, "new")
    seen = set(
        ImportedItem.objects.filter(
            channel=Channel.FEED, scope=str(feed.pk), item_id__in=[e.guid for e in entries]
        ).values_list("item_id", flat=True)
    )
    for entry in entries:
        if entry.guid in seen:
            result.already += 1
            continue
        try:
            submission = submit_row(
                entry_row(feed, entry), channel=Channel.FEED, source_hint=feed.default_source
            )
        except ReportRejected as exc:
            result.rejected += 1
            result.error = f"Entry {entry.guid[:80]!r} was not taken in: {exc}"
            continue
        seen.add(entry.guid)
        if submission.created:
            result.created += 1
        else:
            result.already += 1
    return result


def poll_feed(feed: Feed, *, now: datetime | None = None) -> PollResult:
    """Fetch one feed and take in its new entries; on failure, note the error and the next try."""
    now = now or timezone.now()
    try:
        fetched = fetch(feed.url, etag=feed.etag, last_modified=feed.last_modified)
        if fetched.status == 304:
            result = PollResult(feed.pk, "unchanged")
        else:
            parsed = parse_feed(fetched.body)
            if parsed.title and not feed.title:
                feed.title = parsed.title[:300]
            result = _ingest(feed, parsed.entries)
        # Remember the validators only once the entries are stored: a crash re-fetches them.
        feed.etag = fetched.etag[:500]
        feed.last_modified = fetched.last_modified[:100]
    except FeedError as exc:
        result = PollResult(feed.pk, "failed", error=str(exc))
    except Exception as exc:
        log.exception("Polling feed %s failed", feed.pk)
        result = PollResult(feed.pk, "failed", error=f"Internal error while polling ({type(exc).__name__}).")
    feed.last_polled_at = now
    if result.outcome == "failed":
        feed.failures += 1
        feed.last_error = result.error[:2000]
        wait = min(timedelta(seconds=feed.poll_interval) * 2 ** min(feed.failures - 1, 10), MAX_BACKOFF)
        feed.next_poll_at = now + wait
        feed.last_result = (
            f"Failed ({feed.failures} in a row); next try {feed.next_poll_at:%Y-%m-%d %H:%M} UTC."
        )
    else:
        feed.failures = 0
        feed.last_error = ""
        feed.last_success_at = now
        feed.next_poll_at = now + timedelta(seconds=feed.poll_interval)
        feed.entries_ingested += result.created
        if result.outcome == "unchanged":
            feed.last_result = "Not modified since the last poll."
        else:
            feed.last_result = (
                f"{result.created} new, {result.already} already here"
                + (f", {result.rejected} rejected ({result.error})" if result.rejected else "")
                + "."
            )[:500]
    feed.save(
        update_fields=[
            "title",
            "etag",
            "last_modified",
            "last_polled_at",
            "last_success_at",
            "last_error",
            "last_result",
            "failures",
            "next_poll_at",
            "entries_ingested",
        ]
    )
    return result


def poll_due_feeds(*, force: bool = False, budget_seconds: float = 200.0) -> list[PollResult]:
    """Poll every active feed whose next poll is due (every active feed with `force`).

    Each feed is taken with a conditional update, so two pollers never fetch the same feed at
    once; feeds left over when the time budget runs out are polled on the next run."""
    started = time.monotonic()
    now = timezone.now()
    due = Feed.objects.filter(active=True)
    if not force:
        due = due.filter(next_poll_at__lte=now)
    results = []
    for feed in due.select_related("default_source").order_by("next_poll_at", "pk"):
        if time.monotonic() - started > budget_seconds:
            break
        taken = Feed.objects.filter(pk=feed.pk, next_poll_at=feed.next_poll_at).update(
            next_poll_at=timezone.now() + LEASE
        )
        if not taken:
            continue
        results.append(poll_feed(feed))
    return results
