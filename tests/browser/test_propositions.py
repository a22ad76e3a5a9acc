"""Propositions in a real browser, on the demo data: the dashboard lists them with sources on both
sides, a proposition's page shows voices, estimates, map and suggested status, and analysts merge
two propositions and move a claim out, with history."""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from claims.models import Proposition
from claims.propositions import queries
from tests.support.browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.timeout(240)]


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo")
    both = [p for p in queries.proposition_list() if p.asserting_sources and p.denying_sources]
    return both


def test_the_dashboard_lists_propositions_and_a_page_shows_both_sides_estimates_and_a_suggestion(
    page, live_server, demo, viewer
):
    log_in(page, live_server, viewer)
    page.goto("/?view=propositions")
    for prop in demo[:3]:
        row = page.locator(f"#proposition-{prop.pk}")
        expect(row.locator(".asserting")).not_to_have_text("0")
        expect(row.locator(".denying")).not_to_have_text("0")
    series = next(p for p in demo if "1,500" in " ".join(_labels(p)))
    page.locator(f"#proposition-{series.pk} a").click()
    expect(page.locator("h1.proposition-title")).to_be_visible()
    expect(page.locator("#independent-line")).to_have_text(re.compile(r"asserted by \d+ independent sources"))
    expect(page.locator(".voice.stance-denies").first).to_be_visible()
    points = page.locator(".estimate-points")
    for figure in ("1,500", "3,000", "8,000", "10,000", "12,000"):
        expect(points).to_contain_text(figure)
    expect(page.locator(".estimate-chart svg circle").first).to_be_visible()
    expect(page.locator("#suggestion .status-badge")).to_have_text(re.compile("disputed|confirmed"))
    expect(page.locator("#claim-map")).to_be_visible()


def _labels(prop: Proposition) -> list[str]:
    verdict = queries.assessment(queries.members_of(prop))
    return [f"{lo:,.0f}" for points in verdict.series.values() for _, lo, *_ in points]


def test_an_analyst_merges_two_propositions_and_moves_a_claim_out(page, live_server, demo, analyst):
    target, other = demo[0], demo[1]
    log_in(page, live_server, analyst)
    page.goto(f"/propositions/{target.pk}/")
    page.locator("#merge-form input[name=other]").fill(str(other.pk))
    page.locator("#merge-form button[type=submit]").click()
    expect(page.locator("body")).to_contain_text(f"Proposition {other.pk} merged into this one")
    expect(page.locator("body")).to_contain_text("Merged")
    target.refresh_from_db()
    assert target.claim_count == len(queries.members_of(target))
    page.goto(f"/propositions/{other.pk}/")  # a merged proposition leads to the one it went into
    expect(page).to_have_url(re.compile(f"/propositions/{target.pk}/$"))

    member = page.locator(".voice").first
    claim_id = int(member.get_attribute("id").removeprefix("member-"))
    member.locator("form.move-out button").click()
    expect(page.locator("body")).to_contain_text("The claim now stands in proposition")
    expect(page.locator(f"#member-{claim_id}")).to_have_count(0)
    expect(page.locator("body")).to_contain_text("Claim moved out")
    assert Proposition.objects.get(members__claim_id=claim_id).pk != target.pk
