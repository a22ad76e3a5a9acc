"""User text never becomes HTML: not in the list, the claim page, the report page or map tooltips."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import expect

from tests.support.browser import log_in, pin, wait_for_panels

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]


def test_claim_text_with_markup_shows_as_text_and_fires_no_dialog(page, live_server, scenario, viewer):
    from claims.models import Claim, ClaimLocation
    from tests.support.factories import make_place, make_report, make_source

    evil = "<img src=x onerror=alert(1)>"
    text = f"Intro. Troops {evil} moved. End."
    sentence = f"Troops {evil} moved."
    report = make_report(text=text, title=f"<script>alert(2)</script>{evil}")
    claim = Claim.objects.create(
        report=report,
        source=make_source(f"Source {evil}"),
        fingerprint="xss",
        sentence=sentence,
        char_start=text.index(sentence),
        char_end=text.index(sentence) + len(sentence),
        statement=f"Statement {evil}",
        timeline_date=date(2024, 10, 30),
    )
    claim.topics.add(scenario.topic)
    place = make_place(f"Place {evil}", 55.0, 60.0)
    ClaimLocation.objects.create(claim=claim, location=place, mention=evil)

    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    expect(page.locator(f"#claim-row-{claim.pk} .statement")).to_have_text(f"Statement {evil}")
    # The map tooltip shows the place name as text.
    pin(page, place).hover()
    expect(page.locator(".leaflet-tooltip")).to_contain_text(f"Place {evil}")
    page.click("#source-dropdown summary")
    expect(page.locator("#source-options")).to_contain_text(f"Source {evil}")

    page.goto(f"/claims/{claim.pk}/")
    page.wait_for_selector("#claim-map[data-state=ready]")
    expect(page.locator("#claim-mark")).to_have_text(sentence)
    page.locator("#claim-map .pin").hover()
    expect(page.locator(".leaflet-tooltip")).to_contain_text(f"Place {evil}")
    expect(page.locator(".leaflet-tooltip")).to_contain_text(f"“{evil}”")

    page.goto(f"/reports/{report.pk}/")
    expect(page.locator("h1")).to_have_text(f"<script>alert(2)</script>{evil}")
    page.wait_for_load_state("networkidle")  # anything the page would load or run has run
    assert page.locator("img[src=x]").count() == 0
    assert page.log.dialogs == []
    assert page.log.problems(page) == []
