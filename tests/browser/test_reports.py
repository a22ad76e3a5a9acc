"""Submitting a report and following its parse live, in a real browser."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.support.browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]


def test_the_report_page_follows_the_parse_live(page, live_server, viewer):
    from django.utils import timezone

    from claims.models import ParseStatus, Report
    from tests.support.factories import make_claim, make_report

    text = "Kyiv said on Monday that North Korean troops arrived in Kursk."
    report = make_report(text=text, title="Troops in Kursk", enqueued_at=timezone.now())
    log_in(page, live_server, viewer)
    page.goto(f"/reports/{report.pk}/")
    page.evaluate("window.__samePage = true")
    expect(page.locator("#report-status")).to_contain_text("Waiting for a parser")

    Report.objects.filter(pk=report.pk).update(parse_status=ParseStatus.PARSING)
    expect(page.locator("#report-status")).to_contain_text("A parser is reading", timeout=10_000)

    claim = make_claim(report=report, statement="North Korean troops arrived in Kursk")
    claim.char_start, claim.char_end = text.index("North"), len(text)
    claim.save()
    Report.objects.filter(pk=report.pk).update(
        parse_status=ParseStatus.PARSED, claim_count=1, parsed_at=timezone.now()
    )
    expect(page.locator("#report-status")).to_contain_text("1 claim found", timeout=10_000)
    expect(page.locator(f'#report-body a[href="/claims/{claim.pk}/"]').first).to_be_visible()
    expect(page.locator("#report-body .text-body a.claim-mark")).to_have_text(
        "North Korean troops arrived in Kursk."
    )
    assert page.evaluate("window.__samePage") is True
    assert page.log.problems(page) == []


def test_an_analyst_submits_a_report_and_lands_on_its_page(page, live_server, analyst):
    log_in(page, live_server, analyst)
    page.goto("/")
    page.click("text=Submit a report")
    page.fill("#id_title", "Pasted statement")
    page.fill("#id_text", "The SBU said North Korean soldiers were seen near Sudzha.")
    page.fill("#id_published", "2024-11-04")
    page.click(".report-form button[type=submit]")
    expect(page.locator("h1")).to_have_text("Pasted statement")
    expect(page.locator("#report-status")).to_be_visible()
    expect(page.locator(".report-meta")).to_contain_text("published 4 Nov 2024")
    assert page.log.problems(page) == []


def test_an_upload_of_the_wrong_type_is_refused_with_a_message(page, live_server, analyst, tmp_path):
    page.log.allow(r"status of 400 .*/reports/new/")  # the refusal this test provokes
    log_in(page, live_server, analyst)
    page.goto("/reports/new/")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4 not text")
    page.set_input_files("#id_file", str(pdf))
    page.click(".report-form button[type=submit]")
    expect(page.locator(".form-row.has-error")).to_contain_text(".pdf is not accepted")
    assert [p for p in page.log.problems(page) if "400 (Bad Request)" not in p] == []
