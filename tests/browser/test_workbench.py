"""The analyst's workbench in a real browser: nothing hidden silently, corrections, words, the
keyboard, the timeline, saved views, error pages in the layout, and axe-core's accessibility run."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.support.browser import log_in, rows, wait_for_panels

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page) -> list[str]:
    """axe-core, from node_modules (no CDN), evaluated in the page; serious and critical only."""
    if not AXE.exists():
        pytest.fail("node_modules/axe-core is missing: run make setup (npm ci).")
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")
    result = page.evaluate(
        "async () => { const r = await axe.run(document, {resultTypes: ['violations']});"
        " return JSON.stringify(r.violations); }"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} - {[n['target'] for n in v['nodes']][:3]}"
        for v in json.loads(result)
        if v["impact"] in ("serious", "critical")
    ]


def test_a_topic_filter_says_what_it_leaves_out_and_one_click_shows_it(page, live_server, scenario, viewer):
    from tests.support.factories import make_claim

    make_claim(statement="Off topic claim")  # no topic
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    expect(rows(page)).to_have_count(5)  # every topic by default
    page.goto(f"/?topic={scenario.topic.slug}")
    wait_for_panels(page)
    expect(rows(page)).to_have_count(4)
    note = page.locator("#left-out li[data-part=topic]")
    expect(note).to_have_text(re.compile(r"1 claim outside the topic .North Korean troops in Russia. – show"))
    note.get_by_role("link", name="show").click()
    wait_for_panels(page)
    expect(rows(page)).to_have_count(5)


def test_keys_move_through_the_list_and_set_a_verdict_after_asking(page, live_server, scenario, analyst):
    log_in(page, live_server, analyst)
    page.goto("/")
    wait_for_panels(page)
    page.keyboard.press("?")
    expect(page.locator("#key-help")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#key-help")).to_be_hidden()
    page.keyboard.press("j")
    page.keyboard.press("j")
    second = rows(page).nth(1)
    expect(second).to_be_focused()
    page.keyboard.press("k")
    first = rows(page).nth(0)
    expect(first).to_be_focused()
    claim_id = first.get_attribute("data-claim")
    page.keyboard.press("p")
    prompt = first.locator(".key-confirm")
    expect(prompt).to_contain_text("Mark this claim Disputed?")
    page.keyboard.press("Enter")  # the focused "Yes"
    row = page.locator(f"#claim-row-{claim_id}")
    expect(row.locator(".status-badge")).to_have_text(re.compile("Disputed"))
    from claims.models import Claim

    assert Claim.objects.get(pk=claim_id).history.get().to_value == "disputed"
    expect(row).to_be_focused()
    page.keyboard.press("/")
    expect(page.locator("#filter-q")).to_be_focused()


def test_a_stale_row_refuses_a_keyboard_verdict(page, live_server, scenario, analyst):
    page.log.allow(r"status of 409 .*/review/")
    log_in(page, live_server, analyst)
    page.goto("/")
    wait_for_panels(page)
    first = rows(page).nth(0)
    from claims.models import Claim

    claim = Claim.objects.get(pk=first.get_attribute("data-claim"))
    claim.review(by=analyst, credibility=2)  # someone else, meanwhile
    first.focus()
    page.keyboard.press("c")
    page.keyboard.press("Enter")
    expect(page.locator(f"#claim-row-{claim.pk}")).to_contain_text("changed by someone else")
    assert Claim.objects.get(pk=claim.pk).status != "confirmed"


def test_timeline_bars_are_reachable_by_keyboard_with_whole_number_ticks(page, live_server, scenario, viewer):
    log_in(page, live_server, viewer)
    page.goto("/")
    wait_for_panels(page)
    labels = page.locator("#timeline .grid + text.axis-label, #timeline text.axis-label[text-anchor=end]")
    for text in labels.all_text_contents():
        assert re.fullmatch(r"\d+", text), text
    page.locator("#timeline-basis-report").check()
    caption = page.locator("#timeline-caption")
    expect(caption).to_contain_text(re.compile(r"4 claims, per \w+, by the day reported"))
    page.locator("#timeline-basis-event").check()
    expect(page.locator("#timeline-caption")).not_to_contain_text("reported")
    bar = page.locator("#timeline .bar[tabindex='0']")
    bar.focus()
    page.keyboard.press("ArrowRight")
    expect(page.locator("#timeline .bar:focus")).to_have_attribute("data-index", "1")
    start = page.locator("#timeline .bar[data-index='1']").get_attribute("data-start")
    page.keyboard.press("Enter")
    expect(page.locator("#filter-from")).to_have_value(start)
    wait_for_panels(page)
    expect(page.locator("#timeline .brush")).to_have_attribute("visibility", "visible")
    expect(page.locator("#timeline .brush-handle")).to_have_count(2)


def test_an_analyst_corrects_the_stance_and_a_place_on_the_claim_page(page, live_server, scenario, analyst):
    claim = scenario.claims["arrived"]
    log_in(page, live_server, analyst)
    page.goto(f"/claims/{claim.pk}/")
    page.locator("#claim-correct summary").first.click()
    page.locator("#correct-stance").select_option("does_not_deny")
    page.locator("#correct-cited_source").fill("Kremlin")
    page.locator("#correct-add_place").fill("Seoul")
    page.get_by_role("button", name="Save corrections").click()
    expect(page.locator(".history")).to_contain_text("About whom: nobody → Kremlin")
    expect(page.locator(".messages")).to_contain_text("3 corrections saved.")  # the date untouched
    expect(page.locator(".stance-line")).to_contain_text("won't confirm or deny what Kremlin says")
    expect(page.locator(".history")).to_contain_text("Stance: Says → Won't confirm or deny")
    expect(page.locator(".history")).to_contain_text("Places: Kursk → Kursk, Seoul")
    expect(page.locator("#claim-topics")).to_contain_text("North Korean troops in Russia")


def test_a_name_no_gazetteer_knows_waits_on_the_claim_page_until_an_analyst_places_it(
    page, live_server, scenario, analyst
):
    from claims.models import Claim

    claim = scenario.claims["arrived"]
    Claim.objects.filter(pk=claim.pk).update(unplaced_places=["Ulanok"])
    log_in(page, live_server, analyst)
    page.goto(f"/claims/{claim.pk}/")
    expect(page.locator("#claim-unplaced")).to_contain_text("not on the map: Ulanok")
    page.locator("#claim-correct summary").first.click()
    page.locator("#correct-place_name").fill("Ulanok")
    page.locator("#correct-latitude").fill("51.2")
    page.locator("#correct-longitude").fill("35.1")
    page.get_by_role("button", name="Save corrections").click()
    expect(page.locator(".history")).to_contain_text("Places: Kursk → Kursk, Ulanok")
    expect(page.locator("#claim-unplaced")).to_have_count(0)
    expect(
        page.locator("#claim-map .leaflet-marker-icon, #claim-map path.leaflet-interactive")
    ).not_to_have_count(0)


def test_saving_the_current_view_gives_a_readable_url(page, live_server, scenario, analyst):
    log_in(page, live_server, analyst)
    page.goto("/")
    wait_for_panels(page)
    page.locator("#status-denied").check()
    wait_for_panels(page)
    page.locator("#save-view-name").fill("Kremlin denials")
    page.locator("#save-view button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/\?status=denied$"))
    expect(page.locator(".messages")).to_contain_text("/views/kremlin-denials/")
    expect(rows(page)).to_have_count(1)


def test_a_viewers_403_and_a_404_are_pages_of_the_app(page, live_server, viewer):
    page.log.allow(r"status of 40[34]")
    log_in(page, live_server, viewer)
    page.goto("/import/")
    expect(page.locator("h1")).to_have_text("You may not do this")
    expect(page.locator(".topbar")).to_be_visible()
    page.goto("/claims/999999/")
    expect(page.locator("h1")).to_have_text("Nothing here")
    expect(page.locator(".topbar")).to_be_visible()


@pytest.mark.parametrize("where", ["dashboard", "claim", "report"])
def test_axe_finds_no_serious_violations(page, live_server, scenario, analyst, where):
    log_in(page, live_server, analyst)
    claim = scenario.claims["region"]
    if where == "claim":  # with a name not on the map, as the parser leaves some
        from claims.models import Claim

        Claim.objects.filter(pk=claim.pk).update(unplaced_places=["Ulanok"])
    url = {"dashboard": "/", "claim": f"/claims/{claim.pk}/", "report": f"/reports/{claim.report_id}/"}[where]
    page.goto(url)
    if where == "dashboard":
        wait_for_panels(page)
    assert axe_violations(page) == []
