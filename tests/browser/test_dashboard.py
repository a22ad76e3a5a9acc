"""The dashboard in a real browser: what only a browser shows (scripts, CSP, map, timeline, HTMX)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from playwright.sync_api import expect

from tests.support.browser import log_in, pin, rows, wait_for_panels

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]


def test_the_dashboard_loads_on_one_screen_without_console_errors(page, live_server, scenario, viewer):
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    expect(rows(page)).to_have_count(4)
    # One marker per place, each with its claim count; the region is also drawn as an area.
    expect(page.locator(".pin")).to_have_count(3)
    expect(pin(page, scenario.kursk)).to_have_text(re.compile(r"^2"))
    expect(page.locator("path.area")).to_have_count(1)
    # The timeline draws bars with axis labels and says which claims are dated by their report.
    assert page.locator("#timeline svg .bar").count() >= 10
    assert page.locator("#timeline svg text.axis-label").count() >= 4
    expect(page.locator("#timeline-caption")).to_contain_text("1 dated by the report only")
    # Map, timeline and list share one screen at 1366x768: the page itself does not scroll.
    assert page.evaluate("document.documentElement.scrollHeight <= window.innerHeight + 1")
    for selector in ("#map", "#timeline", "#claim-list"):
        box = page.locator(selector).bounding_box()
        assert box["height"] > 80 and box["y"] + 60 < 768, selector
    assert page.log.problems(page) == []


def test_the_dashboard_is_usable_on_a_narrow_screen(page, live_server, scenario, viewer):
    log_in(page, live_server, viewer)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/")
    wait_for_panels(page)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert page.locator("#map").bounding_box()["width"] > 300
    expect(rows(page)).to_have_count(4)
    assert page.log.problems(page) == []


def test_logging_in_through_the_form_leads_to_the_dashboard(page, live_server, scenario, viewer, password):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login/\?next=/$"))
    page.fill("#id_username", viewer.username)
    page.fill("#id_password", "wrong")
    page.click("button[type=submit]")
    expect(page.locator(".error")).to_contain_text("did not match")
    page.fill("#id_username", viewer.username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    wait_for_panels(page)
    expect(page.locator(".who")).to_contain_text(viewer.username)
    assert page.log.problems(page) == []


def test_choosing_a_source_filters_list_map_and_timeline_and_back_undoes_it(
    page, live_server, scenario, viewer
):
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    page.evaluate("window.__samePage = true")
    page.click("#source-dropdown summary")
    page.check(f"#source-{scenario.hur.pk}")
    expect(page).to_have_url(re.compile(rf"\?source={scenario.hur.pk}(&|$)"))
    expect(rows(page)).to_have_count(2)
    expect(page.locator("#claim-list")).not_to_contain_text("Kremlin")
    # The map and the timeline follow the same filter.
    expect(page.locator("#map")).to_have_attribute("data-claims", "2")
    expect(page.locator(".pin")).to_have_count(1)
    expect(page.locator("#timeline")).to_have_attribute("data-total", "2")
    expect(page.locator("#source-summary")).to_have_text("1 selected")
    assert page.evaluate("window.__samePage") is True  # no full reload
    # The whole state is in the URL: Back shows the unfiltered view again.
    page.go_back()
    expect(page).to_have_url(re.compile(r"/$"))
    wait_for_panels(page)
    expect(rows(page)).to_have_count(4)
    expect(page.locator(".pin")).to_have_count(3)
    assert page.log.problems(page) == []


def test_a_marker_click_filters_by_place(page, live_server, scenario, viewer):
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    pin(page, scenario.seoul).click()
    expect(page).to_have_url(re.compile(rf"place={scenario.seoul.pk}"))
    expect(rows(page)).to_have_count(1)
    expect(rows(page).first).to_contain_text("no troops left from Korea")
    expect(page.locator("#filter-place")).to_have_value(str(scenario.seoul.pk))
    expect(page.locator("#timeline")).to_have_attribute("data-total", "1")
    assert page.log.problems(page) == []


def test_clicking_a_timeline_bar_sets_the_event_dates(page, live_server, scenario, viewer):
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    page.locator('#timeline .bar[data-start="2024-10-25"]').click()
    expect(page).to_have_url(re.compile(r"from=2024-10-25&to=2024-10-25"))
    expect(rows(page)).to_have_count(1)
    expect(rows(page).first).to_contain_text("troops fought near Kursk")
    expect(page.locator("#filter-from")).to_have_value("2024-10-25")
    # Dragging across bars picks a range.
    page.click("#timeline-clear")
    expect(rows(page)).to_have_count(4)
    wait_for_panels(page)
    first = page.locator('#timeline .bar[data-start="2024-10-23"] .bar-hit').bounding_box()
    last = page.locator('#timeline .bar[data-start="2024-11-02"] .bar-hit').bounding_box()
    page.mouse.move(first["x"] + 2, first["y"] + 20)
    page.mouse.down()
    page.mouse.move(last["x"] + 2, last["y"] + 20, steps=5)
    page.mouse.up()
    expect(page).to_have_url(re.compile(r"from=2024-10-23&to=2024-11-02"))
    expect(rows(page)).to_have_count(3)
    assert page.log.problems(page) == []


def test_only_what_the_map_shows_filters_by_the_visible_box(page, live_server, scenario, viewer):
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    page.check("#only-view")
    expect(page).to_have_url(re.compile(r"bbox="))
    expect(rows(page)).to_have_count(4)
    wait_for_panels(page)
    # Zoom in on Kursk with the mouse wheel: Seoul leaves the view, and the list.
    box = pin(page, scenario.kursk).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(2):
        before = page.url
        page.mouse.wheel(0, -100)
        expect(page).not_to_have_url(before)  # the zoom ended and the filter took the new box
    expect(rows(page).filter(has_text="Korea")).to_have_count(0)
    expect(rows(page)).to_have_count(3)  # Kursk and the Kursk region stay
    expect(page.locator(f'.pin[data-place-id="{scenario.seoul.pk}"]')).to_have_count(0)
    assert page.log.problems(page) == []


def test_without_tiles_markers_and_areas_work_and_a_note_says_so(page, live_server, scenario, viewer, tiles):
    tiles["mode"] = "fail"
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    expect(page.locator("#tiles-note")).to_be_visible()
    expect(page.locator(".pin")).to_have_count(3)
    expect(page.locator("path.area")).to_have_count(1)
    pin(page, scenario.kursk).click()
    expect(rows(page)).to_have_count(2)


def test_tiles_that_load_leave_no_note(page, live_server, scenario, viewer):
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    expect(page.locator("#map")).to_have_attribute("data-tiles", "loaded")
    expect(page.locator("#tiles-note")).to_be_hidden()


def test_new_claims_from_the_workers_appear_without_a_reload(page, live_server, scenario, viewer, settings):
    from claims.models import ClaimLocation
    from tests.support.factories import make_claim

    settings.DASHBOARD_POLL_SECONDS = 1
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    page.evaluate("window.__samePage = true")
    fresh = make_claim(statement="Fresh claim from a worker", timeline_date=date(2024, 10, 24))
    fresh.topics.add(scenario.topic)
    ClaimLocation.objects.create(claim=fresh, location=scenario.seoul)
    expect(page.locator(f"#claim-row-{fresh.pk}")).to_be_visible(timeout=10_000)
    expect(pin(page, scenario.seoul)).to_have_text(re.compile(r"^2"))
    expect(page.locator("#timeline")).to_have_attribute("data-total", "5")
    assert page.evaluate("window.__samePage") is True
    assert page.log.problems(page) == []
