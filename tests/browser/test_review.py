"""Reviewing claims in a real browser: the change shows at once in badge, map colour and history."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.support.browser import log_in, pin, rows, wait_for_panels

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]


def test_an_analyst_confirms_a_claim_and_sees_badge_map_colour_and_history_change(
    page, live_server, scenario, analyst
):
    log_in(page, live_server, analyst)
    page.goto("/")
    wait_for_panels(page)
    claim = scenario.claims["seoul"]
    row = page.locator(f"#claim-row-{claim.pk}")
    expect(row.locator(".status-badge")).to_have_text(re.compile("Denied"))
    expect(pin(page, scenario.seoul)).to_have_attribute("data-status", "denied")
    denied_colour = pin(page, scenario.seoul).evaluate("el => getComputedStyle(el).backgroundColor")

    row.locator("button.review-open").click()
    row.locator(f"#review-{claim.pk}-status_1").check()  # Confirmed
    row.locator(f"#review-{claim.pk}-credibility").select_option("2")
    row.locator(f"#review-{claim.pk}-note").fill("Geolocated video")
    row.locator("button[type=submit]").click()

    expect(row.locator(".status-badge")).to_have_text(re.compile("Confirmed"))
    expect(row.locator("form")).to_have_count(0)
    expect(pin(page, scenario.seoul)).to_have_attribute("data-status", "confirmed")
    wait_for_panels(page)
    confirmed_colour = pin(page, scenario.seoul).evaluate("el => getComputedStyle(el).backgroundColor")
    assert confirmed_colour != denied_colour
    assert confirmed_colour == page.evaluate(
        "(() => { const d = document.createElement('div'); d.style.color = "
        "getComputedStyle(document.documentElement).getPropertyValue('--status-confirmed'); "
        "document.body.append(d); const c = getComputedStyle(d).color; d.remove(); return c; })()"
    )
    expect(page.locator("#status-count-confirmed")).to_have_text("1")

    page.goto(f"/claims/{claim.pk}/")
    history = page.locator(".history")
    expect(history).to_contain_text("Denied → Confirmed")
    expect(history).to_contain_text(analyst.username)
    expect(history).to_contain_text("Geolocated video")
    assert page.log.problems(page) == []


def test_an_analyst_reviews_on_the_claim_page(page, live_server, scenario, analyst):
    log_in(page, live_server, analyst)
    claim = scenario.claims["arrived"]
    page.goto(f"/claims/{claim.pk}/")
    page.wait_for_selector("#claim-map[data-state=ready]")
    expect(page.locator("#claim-mark")).to_have_text(claim.sentence)
    panel = page.locator("#claim-review")
    panel.locator(f"#review-{claim.pk}-status_3").check()  # Disputed
    panel.locator(f"#review-{claim.pk}-evidence_url").fill("https://example.org/evidence")
    panel.locator("button[type=submit]").click()
    expect(page.locator("#claim-review .status-badge")).to_have_text(re.compile("Disputed"))
    expect(page.locator("#claim-review .history a.evidence")).to_have_attribute(
        "href", "https://example.org/evidence"
    )
    expect(page.locator("#claim-map .pin")).to_have_attribute("data-status", "disputed")
    assert page.log.problems(page) == []


def test_a_second_analyst_working_on_a_stale_page_is_refused(page, live_server, scenario, analyst):
    page.log.allow(r"status of 409 .*/review/")  # the refusal this test provokes
    log_in(page, live_server, analyst)
    claim = scenario.claims["fought"]
    page.goto(f"/claims/{claim.pk}/")
    claim.review(by=analyst, status="denied", note="someone else, meanwhile")
    page.locator(f"#review-{claim.pk}-status_1").check()
    page.locator("#claim-review button[type=submit]").click()
    expect(page.locator("#claim-review .error")).to_contain_text("changed by someone else")
    expect(page.locator("#claim-review .status-badge")).to_have_text(re.compile("Denied"))
    # The browser logs the refused request (409); nothing else may go wrong.
    assert [p for p in page.log.problems(page) if "409 (Conflict)" not in p] == []


def test_a_viewer_sees_no_review_controls(page, live_server, scenario, viewer):
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    expect(rows(page)).to_have_count(4)
    expect(page.locator("button.review-open")).to_have_count(0)
    page.goto(f"/claims/{scenario.claims['arrived'].pk}/")
    expect(page.locator("#claim-review")).to_be_visible()
    expect(page.locator("form.review-form")).to_have_count(0)
    expect(page.locator("text=Save review")).to_have_count(0)
    assert page.log.problems(page) == []
