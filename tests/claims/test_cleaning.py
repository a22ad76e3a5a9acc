"""Text from outside is cleaned where it is stored and where it is searched: no NUL (PostgreSQL
refuses it), no other control character, no lone surrogate; only web addresses are linked."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims.cleaning import clean_line, clean_text, web_url
from claims.filters import ClaimFilter
from claims.intake import service as intake
from claims.intake.bulk import parse_file
from claims.intake.jobs import create_import_job
from claims.intake.rows import ReportRow
from claims.models import ImportJob, Report
from claims.review import service as review
from tests.support.factories import make_claim


@pytest.mark.parametrize(
    ("raw", "line", "text"),
    [
        ("a\x00b", "a b", "a b"),
        ("  two\n lines\r\n\tand tab ", "two lines and tab", "  two\n lines\r\n\tand tab "),
        ("bell\x07 esc\x1b del\x7f", "bell esc del", "bell  esc  del "),
        ("lone \ud800 surrogate", "lone \ufffd surrogate", "lone \ufffd surrogate"),
        (None, "", ""),
        (42, "42", "42"),
    ],
)
def test_clean_line_and_clean_text(raw, line, text):
    assert clean_line(raw) == line
    assert clean_text(raw) == text


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.org/a", "https://example.org/a"),
        (" HTTP://Example.org ", "HTTP://Example.org"),
        ("javascript:alert(1)", ""),
        (" javascript:alert(1)", ""),
        ("\x01javascript:alert(1)", ""),
        ("JaVaScRiPt:alert(1)", ""),
        ("data:text/html,<script>alert(1)</script>", ""),
        ("//evil.example.org", ""),
        ("ftp://example.org/f", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_only_web_addresses_are_links(url, linked):
    assert web_url(url) == linked


@pytest.mark.django_db
def test_a_submitted_report_stores_no_control_character_in_any_field():
    sub = intake.submit_report(
        text="Troops\x00 arrived\x07 in\x0b Kursk.\ud800",
        title="Ti\x00tle\x1b",
        outlet="\x00Outlet\r\nname",
        url=" https://example.org/a\x00 ",
        enqueue=False,
    )
    report = Report.objects.get(pk=sub.report.pk)
    assert (report.title, report.outlet, report.url) == ("Ti tle", "Outlet name", "https://example.org/a")
    assert "\x00" not in report.text and "\x07" not in report.text and "\ud800" not in report.text
    assert report.text.startswith("Troops arrived in Kursk.")


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "example.org/no-scheme"])
def test_a_report_url_that_is_not_a_web_address_is_refused_by_the_service(url):
    with pytest.raises(intake.ReportRejected, match="not a web address"):
        intake.submit_report(text="Troops arrived.", url=url, enqueue=False)
    assert not Report.objects.exists()


@pytest.mark.django_db
def test_a_review_note_and_evidence_link_are_cleaned_and_checked_by_the_service(analyst):
    claim = make_claim()
    changes = review.review_claim(
        claim,
        by=analyst,
        status="confirmed",
        note=" seen\x00 on video \n",
        evidence_url="https://x.org/v\x00",
    )
    assert (changes[0].note, changes[0].evidence_url) == ("seen  on video", "https://x.org/v")
    with pytest.raises(ValidationError):
        review.review_claim(claim, by=analyst, status="denied", evidence_url="javascript:alert(1)")
    assert claim.history.count() == 1


def test_the_filter_drops_control_characters_from_search_and_topic():
    flt = ClaimFilter.from_query({"q": "a\x00b\x07c", "topic": "\x00troops\x1f"})
    assert (flt.q, flt.topic) == ("a b c", "troops")


@pytest.mark.django_db
def test_a_search_with_a_nul_character_answers_on_every_database(viewer_client):
    """PostgreSQL refuses NUL in a query parameter: the filter must not pass it on."""
    make_claim(statement="Troops arrived")
    for query in ("q=a%00b", "topic=%00", "q=%00&topic=all"):
        assert viewer_client.get(f"{reverse('dashboard')}?{query}").status_code == 200
        assert viewer_client.get(f"{reverse('export-claims-csv')}?{query}").status_code == 200


def test_import_rows_carry_no_control_character():
    row = ReportRow(
        label="line\x001",
        text="Troops\x00 moved.\nNext line.",
        title="T\x00",
        outlet="O\x1b",
        source="HUR\x00",
        source_aliases=["\x00", "ГУР\x07"],
        origin=("telegram", "chat\x00" + "x" * 300, "1", ""),
    )
    assert (row.label, row.text, row.title, row.outlet, row.source) == (
        "line 1",
        "Troops  moved.\nNext line.",
        "T",
        "O",
        "HUR",
    )
    assert row.source_aliases == ["ГУР"]
    assert row.origin[1].startswith("chat x") and len(row.origin[1]) == 200


@pytest.mark.django_db
def test_an_import_file_with_nul_characters_becomes_a_job_postgresql_can_store(analyst):
    data = b'{"text": "Troops\\u0000 moved.", "title": "A\\u0000", "outlet": "\\ud800"}\n'
    job = create_import_job(data, kind=ImportJob.Kind.JSONL, filename="a\x00.jsonl", created_by=analyst)
    job.refresh_from_db()
    assert job.filename == "a .jsonl"
    assert job.payload[0]["text"] == "Troops  moved." and job.payload[0]["title"] == "A"


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_json_nested_too_deeply_is_refused_not_a_crash(fmt):
    from claims.intake.rows import ImportRejected

    deep = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with pytest.raises(ImportRejected, match="nested too deeply"):
        parse_file(deep if fmt == "jsonl" else b"[" + deep + b"]", fmt)


def test_a_telegram_export_nested_too_deeply_is_refused_not_a_crash():
    from claims.intake.rows import ImportRejected
    from claims.intake.telegram import parse_export

    with pytest.raises(ImportRejected, match="nested too deeply"):
        parse_export(b'{"messages": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
