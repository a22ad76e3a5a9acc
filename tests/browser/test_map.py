"""The dashboard's map in a real browser: the offline basemap when tiles fail, markers that spread
or cluster instead of overlapping, areas as region outlines, a marker's popup with its claims,
and the places off the map counted per side."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.support.browser import log_in, pin, wait_for_panels

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output"


def problems(page) -> list[str]:
    """The page's console errors and CSP violations, less the tile requests a test made fail."""
    return [p for p in page.log.problems(page) if not re.search(r"ERR_FAILED @ https?://[^ ]*tile", p)]


def add_claim(scenario, place, statement, **kw):
    from claims.models import ClaimLocation
    from tests.support.factories import make_claim

    claim = make_claim(statement=statement, source=kw.pop("source", scenario.hur), **kw)
    ClaimLocation.objects.create(claim=claim, location=place)
    claim.topics.add(scenario.topic)
    return claim


@pytest.fixture
def demo(transactional_db):
    """The shipped demo: the registry and its reports, parsed (what `make run` shows)."""
    from claims.demo import load_demo

    load_demo()


def test_without_tiles_the_offline_basemap_draws_countries_regions_and_their_names(
    page, live_server, scenario, viewer, tiles
):
    tiles["mode"] = "fail"
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    expect(page.locator("#map")).to_have_attribute("data-base", "offline")
    expect(page.locator("#map")).to_have_attribute("data-basemap", "ready")
    expect(page.locator("#tiles-note")).to_be_visible()
    # Countries (land, coasts, borders) and first-level regions, under the markers.
    assert page.locator("#map path.basemap-land").count() > 40
    for kind in ("basemap-coast", "basemap-border", "basemap-region-line"):
        expect(page.locator(f"#map path.{kind}")).to_have_count(1)
    # Names label the map when zoomed out: countries first, then regions from zoom 4.
    labels = page.locator("#map .basemap-label-text")
    expect(labels.filter(has_text=re.compile(r"^Russia$"))).to_have_count(1)
    page.evaluate("document.getElementById('map').leafletMap.setView([51.7, 36.2], 5)")
    expect(labels.filter(has_text=re.compile(r"^Kursk$"))).to_have_count(1)
    expect(labels.filter(has_text="Belgorod")).to_have_count(1)
    # The markers still sit on top and work.
    expect(pin(page, scenario.kursk)).to_be_visible()
    assert problems(page) == []


def test_with_tiles_the_tiles_show_and_the_offline_basemap_is_a_layer_to_choose(
    page, live_server, scenario, viewer
):
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    expect(page.locator("#map")).to_have_attribute("data-tiles", "loaded")
    expect(page.locator("#map")).to_have_attribute("data-base", "tiles")
    expect(page.locator("#tiles-note")).to_be_hidden()
    assert page.locator("#map .leaflet-tile-loaded").count() > 0
    page.locator(".leaflet-control-layers").hover()
    page.get_by_label("Offline basemap").check()
    expect(page.locator("#map")).to_have_attribute("data-base", "offline")
    assert page.locator("#map .leaflet-tile").count() == 0
    assert page.locator("#map path.basemap-land").count() > 40
    page.get_by_label("Map tiles").check()
    expect(page.locator("#map")).to_have_attribute("data-base", "tiles")
    assert page.log.problems(page) == []


def test_a_region_is_drawn_as_its_outline_and_an_area_the_basemap_lacks_as_a_light_ring(
    page, live_server, scenario, viewer, tiles
):
    from claims.models import LocationKind
    from tests.support.factories import make_place

    east = make_place("Eastern Russia", 55.0, 125.0, kind=LocationKind.AREA, radius_km=1500)
    add_claim(scenario, east, "HUR: troops moved across eastern Russia")
    tiles["mode"] = "fail"
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    outline = page.locator("#map path.area-outline")
    expect(outline).to_have_count(1)  # the Kursk region, as Natural Earth draws it
    expect(page.locator("#map path.area-circle")).to_have_count(1)  # Eastern Russia: no such region
    # Close up, the outline follows the region's border, corner by corner.
    page.evaluate("document.getElementById('map').leafletMap.setView([51.5, 36.0], 7)")
    wait_for_panels(page)
    assert page.locator("#map path.area-outline").get_attribute("d").count("L") > 40
    assert problems(page) == []


def test_places_that_overlap_spread_apart_with_a_line_to_where_they_are(page, live_server, scenario, viewer):
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    # Kursk and the Kursk region are 25 km apart: one spot at this zoom. Both markers show, apart.
    expect(page.locator("#map")).to_have_attribute("data-spread", "2")
    a = pin(page, scenario.kursk).bounding_box()
    b = pin(page, scenario.region).bounding_box()
    assert abs(a["x"] - b["x"]) >= a["width"] or abs(a["y"] - b["y"]) >= a["height"]
    expect(page.locator("#map path.spread-leg")).to_have_count(2)
    assert page.log.problems(page) == []


def test_many_places_in_one_spot_become_a_cluster_that_zooms_in_when_clicked(
    page, live_server, scenario, viewer
):
    from tests.support.factories import make_place

    # Eight villages around Kursk, a degree apart: one spot when zoomed out, apart at zoom 6.
    around = [(dy, dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx]
    for i, (dy, dx) in enumerate(around):
        place = make_place(f"Village {i}", 51.73 + dy, 36.19 + dx)
        add_claim(scenario, place, f"HUR: shelling reported in village {i}")
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    cluster = page.locator("#map .pin-cluster")
    expect(cluster.first).to_be_visible()
    before = page.evaluate("document.getElementById('map').leafletMap.getZoom()")
    cluster.first.click()
    # A function, not an expression string: polling a string needs eval, which the CSP forbids.
    page.wait_for_function(
        "(before) => document.getElementById('map').leafletMap.getZoom() > before", arg=before
    )
    wait_for_panels(page)
    expect(page.locator("#map .pin-cluster")).to_have_count(0)
    expect(page.locator("#map .pin")).to_have_count(2 + 8)  # Kursk, its region and the villages
    assert page.log.problems(page) == []


def test_a_marker_click_zooms_in_and_opens_a_popup_listing_its_claims(page, live_server, scenario, viewer):
    from claims.models import LocationKind
    from tests.support.factories import make_place

    sudzha = make_place("Sudzha", 51.19, 35.27, kind=LocationKind.SETTLEMENT)
    hostile = add_claim(scenario, sudzha, '<img src=x onerror="window.__xss=1"> troops seen in Sudzha')
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    before = page.evaluate("document.getElementById('map').leafletMap.getZoom()")
    pin(page, scenario.kursk).click()
    popup = page.locator(".place-popup")
    expect(popup).to_be_visible()
    expect(popup.locator(".place-popup-title")).to_have_text("Kursk")
    items = popup.locator(".place-popup-claim")
    expect(items).to_have_count(2)
    first = items.first  # the newest event first
    expect(first.locator(".status-badge")).to_have_text("Unverified")
    expect(first.locator(".place-popup-source")).to_contain_text("HUR")
    expect(first.locator("a.place-popup-statement")).to_have_text("HUR: troops fought near Kursk")
    expect(first.locator("a.place-popup-statement")).to_have_attribute(
        "href", f"/claims/{scenario.claims['fought'].pk}/"
    )
    assert page.evaluate("document.getElementById('map').leafletMap.getZoom()") >= max(7, before)
    # The list follows the marker too (the place filter), as before.
    expect(page).to_have_url(re.compile(rf"place={scenario.kursk.pk}"))
    # A statement is text in the popup, never HTML.
    page.keyboard.press("Escape")
    page.evaluate("document.getElementById('map').leafletMap.setView([51.19, 35.27], 9)")
    wait_for_panels(page)
    page.locator("#filter-place").select_option("")
    wait_for_panels(page)
    pin(page, sudzha).click()
    expect(page.locator(".place-popup .place-popup-statement")).to_have_text(hostile.statement)
    assert page.locator(".place-popup img").count() == 0
    assert page.evaluate("window.__xss") is None
    assert page.log.problems(page) == []


def test_places_off_the_map_are_counted_per_side_and_a_click_brings_them_in(
    page, live_server, scenario, viewer
):
    from tests.support.factories import make_place

    brussels = make_place("Brussels", 50.85, 4.35)
    add_claim(scenario, brussels, "NATO: North Korean troops are in Russia")
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    west = page.locator("#map .offscreen-w")
    expect(west).to_have_text(re.compile(r"1 place · 1 claim$"))
    expect(page.locator("#map-summary")).to_contain_text("1 off the map")
    expect(pin(page, brussels)).to_have_count(0)
    west.click()
    expect(pin(page, brussels)).to_be_visible()
    expect(page.locator("#map .offscreen-badge")).to_have_count(0)
    expect(page.locator("#map")).to_have_attribute("data-outside", "0")
    assert page.log.problems(page) == []


@pytest.mark.parametrize("mode", ["ok", "fail"])
def test_screenshots_of_the_demo_dashboard_with_and_without_tiles(page, live_server, demo, tiles, mode):
    from django.contrib.auth import get_user_model

    tiles["mode"] = mode
    log_in(page, live_server, get_user_model().objects.get(username="viewer"))
    page.set_viewport_size({"width": 1440, "height": 900})
    page.goto("/?topic=all")
    wait_for_panels(page)
    expect(page.locator("#map")).to_have_attribute("data-base", "tiles" if mode == "ok" else "offline")
    expect(page.locator("#map")).to_have_attribute("data-basemap", "ready")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    name = "dashboard-with-tiles.png" if mode == "ok" else "dashboard-without-tiles.png"
    page.screenshot(path=str(SCREENSHOTS / name))
    assert problems(page) == []


def test_with_no_tile_server_configured_the_offline_basemap_is_the_map(
    page, live_server, scenario, viewer, settings
):
    settings.MAP_TILES_URL = ""
    requests = []
    page.on("request", lambda r: requests.append(r.url) if "tile" in r.url else None)
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    expect(page.locator("#map")).to_have_attribute("data-base", "offline")
    expect(page.locator("#map")).to_have_attribute("data-basemap", "ready")
    page.locator(".leaflet-control-layers").hover()
    expect(page.get_by_label("Offline basemap")).to_be_checked()
    expect(page.get_by_label("Map tiles")).to_have_count(0)
    assert requests == []
    assert page.log.problems(page) == []


def test_the_claim_page_map_draws_its_region_on_the_offline_basemap(
    page, live_server, scenario, viewer, tiles
):
    tiles["mode"] = "fail"
    log_in(page, live_server, viewer)
    page.goto(f"/claims/{scenario.claims['region'].pk}/")
    expect(page.locator("#claim-map")).to_have_attribute("data-state", "ready")
    expect(page.locator("#claim-map")).to_have_attribute("data-base", "offline")
    expect(page.locator("#claim-map path.area-outline")).to_have_count(1)
    assert page.locator("#claim-map path.basemap-land").count() > 10
    assert problems(page) == []


def test_a_marker_opens_its_popup_from_the_keyboard(page, live_server, scenario, viewer):
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    marker = page.locator(".leaflet-marker-icon", has=pin(page, scenario.seoul))
    marker.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".place-popup .place-popup-title")).to_have_text("Seoul")
    expect(page.locator(".place-popup .place-popup-claim")).to_have_count(1)
    assert page.log.problems(page) == []
