"""Feeds are fetched from the public internet only: no loopback, private or link-local target,
whether named directly, reached through a redirect or by a DNS answer that changes."""

from __future__ import annotations

import pytest

from claims.intake import feeds
from claims.models import Feed

from .test_ingest_feeds import TWO_ITEMS, FeedServer


@pytest.fixture
def server():
    running = FeedServer()
    yield running
    running.close()


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1"]  # noqa: S104
    + ["fe80::1", "fc00::1", "::ffff:127.0.0.1", "224.0.0.1"],
)
def test_non_public_addresses_are_forbidden(address):
    import ipaddress

    assert feeds.is_forbidden_address(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1::1", "1.1.1.1"])
def test_public_addresses_are_allowed(address):
    import ipaddress

    assert not feeds.is_forbidden_address(ipaddress.ip_address(address))


def test_a_feed_on_a_loopback_address_is_not_fetched(server):
    url = server.serve("/rss", TWO_ITEMS)
    with pytest.raises(feeds.FeedError, match="private or local network"):
        feeds.fetch(url)
    assert server.requests == []


def test_a_name_that_resolves_to_loopback_is_not_fetched(server):
    url = server.serve("/rss", TWO_ITEMS).replace("127.0.0.1", "localhost")
    with pytest.raises(feeds.FeedError, match="private or local network"):
        feeds.fetch(url)
    assert server.requests == []


def test_a_dns_answer_that_changes_after_the_check_is_caught_on_the_socket(server, monkeypatch):
    """The name looked public when checked; the connection then landed on 127.0.0.1."""
    url = server.serve("/rss", TWO_ITEMS)
    monkeypatch.setattr(feeds, "_resolve", lambda host, port: ["93.184.216.34"])
    with pytest.raises(feeds.FeedError, match=r"private or local network \(127\.0\.0\.1\)"):
        feeds.fetch(url)
    assert server.requests == []


def test_a_redirect_to_a_private_address_is_not_followed(server, monkeypatch):
    """The first server counts as public here (127.0.0.1 allowed), its redirect target does not."""
    monkeypatch.setattr(feeds, "is_forbidden_address", lambda ip: str(ip) == "10.0.0.7")
    server.routes["/moved"] = {"status": 302, "body": b"", "headers": {"Location": "http://10.0.0.7/rss"}}
    with pytest.raises(feeds.FeedError, match=r"private or local network \(10\.0\.0\.7\)"):
        feeds.fetch(server.url("/moved"))


def test_the_setting_allows_local_feeds(server, settings):
    settings.FEEDS_ALLOW_PRIVATE_ADDRESSES = True
    assert feeds.fetch(server.serve("/rss", TWO_ITEMS)).status == 200


@pytest.mark.django_db
def test_polling_a_feed_on_a_private_address_fails_with_the_reason(server):
    feed = Feed.objects.create(url=server.serve("/rss", TWO_ITEMS))
    assert feeds.poll_feed(feed).outcome == "failed"
    feed.refresh_from_db()
    assert "private or local network" in feed.last_error
    assert server.requests == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8000/rss", "http://localhost/feed", "https://169.254.169.254/latest/meta-data/"]
    + ["http://[::1]/rss", "http://10.0.0.5/rss", "http://api.localhost/rss"],
)
def test_the_feeds_page_refuses_a_private_address(analyst_client, url):
    response = analyst_client.post("/feeds/", {"url": url, "poll_interval": 900})
    assert response.status_code == 400
    assert "public internet only" in response.content.decode()
    assert not Feed.objects.exists()


@pytest.mark.django_db
def test_a_public_address_is_still_accepted(analyst_client):
    response = analyst_client.post("/feeds/", {"url": "https://93.184.216.34/rss", "poll_interval": 900})
    assert response.status_code == 302
    assert Feed.objects.get().url == "https://93.184.216.34/rss"
