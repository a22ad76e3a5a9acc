from datetime import UTC, datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from claims.models import Channel, ParseStatus, Report
from tests.support.factories import make_claim, make_report

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}
TEXT = "Ukraine's military intelligence said on Monday that North Korean troops arrived in Kursk."


def upload(name, content: bytes):
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


# ---------------------------------------------------------------------------------------------
# Submitting


def test_an_analyst_pastes_a_report_and_lands_on_its_page(analyst_client, analyst):
    response = analyst_client.post(
        reverse("report-new"),
        {
            "title": "Troops in Kursk",
            "text": TEXT,
            "url": "https://example.org/a",
            "outlet": "Example News",
            "published": "2024-10-28",
        },
    )
    report = Report.objects.get()
    assert response.status_code == 302 and response["Location"] == report.get_absolute_url()
    assert (report.title, report.outlet, report.url, report.submitted_by) == (
        "Troops in Kursk",
        "Example News",
        "https://example.org/a",
        analyst,
    )
    assert report.published_at.date().isoformat() == "2024-10-28"
    assert report.channel == Channel.WEB and report.parse_status == ParseStatus.QUEUED


def test_an_analyst_uploads_a_text_file(analyst_client):
    response = analyst_client.post(reverse("report-new"), {"file": upload("statement.txt", TEXT.encode())})
    report = Report.objects.get()
    assert response.status_code == 302
    assert report.text == TEXT and report.title == "statement.txt" and report.channel == Channel.FILE


def test_an_html_upload_becomes_text(analyst_client):
    html = f"<html><body><script>evil()</script><p>{TEXT}</p></body></html>".encode()
    analyst_client.post(reverse("report-new"), {"file": upload("page.html", html)})
    report = Report.objects.get()
    assert "North Korean troops arrived in Kursk" in report.text
    assert "<p>" not in report.text and "evil()" not in report.text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("report.pdf", b"%PDF-1.4", ".pdf is not accepted: upload a .txt, .md or .html file."),
        ("noextension", b"text", "A file without extension is not accepted"),
        ("latin1.txt", "Kursk: café".encode("latin-1"), "not valid UTF-8 text"),
        ("binary.txt", b"abc\x00def", "binary data"),
    ],
)
def test_a_bad_upload_is_refused_with_a_clear_message(analyst_client, name, content, message):
    response = analyst_client.post(reverse("report-new"), {"file": upload(name, content)})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Report.objects.exists()


def test_an_oversize_upload_is_refused_with_413(analyst_client, settings):
    settings.UPLOAD_MAX_BYTES = 1000
    response = analyst_client.post(reverse("report-new"), {"file": upload("big.txt", b"a" * 5000)})
    assert response.status_code == 413
    assert "too large" in response.content.decode()
    assert not Report.objects.exists()


def test_an_oversize_request_is_refused_before_it_is_read(analyst_client, settings):
    settings.UPLOAD_MAX_BYTES = 1000
    body = b"x" * 10
    response = analyst_client.generic(
        "POST",
        reverse("report-new"),
        body,
        content_type="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH=str(5 * 1024 * 1024),
    )
    assert response.status_code == 413


def test_text_and_file_together_or_neither_are_refused(analyst_client):
    both = analyst_client.post(reverse("report-new"), {"text": TEXT, "file": upload("a.txt", b"other")})
    neither = analyst_client.post(reverse("report-new"), {"title": "Empty"})
    assert both.status_code == 400 and "not both" in both.content.decode()
    assert neither.status_code == 400 and "Paste the report" in neither.content.decode()
    assert not Report.objects.exists()


def test_a_bad_url_is_refused(analyst_client):
    response = analyst_client.post(reverse("report-new"), {"text": TEXT, "url": "javascript:alert(1)"})
    assert response.status_code == 400 and "http:// or https://" in response.content.decode()


def test_text_the_service_rejects_gets_its_reason(analyst_client, settings):
    settings.REPORT_MAX_CHARS = 30
    response = analyst_client.post(reverse("report-new"), {"text": TEXT})
    assert response.status_code == 400 and "the limit is 30" in response.content.decode()


def test_the_same_text_twice_leads_to_the_earlier_report(analyst_client):
    first = analyst_client.post(reverse("report-new"), {"text": TEXT})
    second = analyst_client.post(reverse("report-new"), {"text": "  " + TEXT.upper()}, follow=True)
    assert Report.objects.count() == 1
    assert second.redirect_chain[-1][0] == first["Location"]
    assert "submitted before" in second.content.decode()


def test_viewers_may_not_submit_reports(viewer_client):
    assert viewer_client.get(reverse("report-new")).status_code == 403
    assert viewer_client.post(reverse("report-new"), {"text": TEXT}).status_code == 403
    assert not Report.objects.exists()


def test_submitting_needs_the_csrf_token(analyst):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(analyst)
    assert client.post(reverse("report-new"), {"text": TEXT}).status_code == 403
    assert not Report.objects.exists()


# ---------------------------------------------------------------------------------------------
# Following the parse


def test_a_report_that_never_reached_the_queue_says_parsing_is_delayed(viewer_client):
    report = make_report(text=TEXT)  # enqueued_at is None
    html = viewer_client.get(report.get_absolute_url()).content.decode()
    assert "Parsing is delayed" in html
    assert 'hx-trigger="every 2s"' in html


def test_a_queued_report_polls_its_status_until_parsed(viewer_client):
    report = make_report(text=TEXT, enqueued_at=timezone.now())
    page = viewer_client.get(report.get_absolute_url()).content.decode()
    assert "Waiting for a parser" in page and "Parsing is delayed" not in page

    Report.objects.filter(pk=report.pk).update(parse_status=ParseStatus.PARSING)
    polled = viewer_client.get(report.get_absolute_url(), **HX)
    html = polled.content.decode()
    assert html.lstrip().startswith('<section id="report-status"') and "<html" not in html
    assert "A parser is reading" in html and 'hx-trigger="every 2s"' in html
    assert "HX-Retarget" not in polled

    claim = make_claim(report=report, statement="Troops arrived in Kursk")
    claim.char_start, claim.char_end = TEXT.index("North"), len(TEXT)
    claim.save()
    Report.objects.filter(pk=report.pk).update(
        parse_status=ParseStatus.PARSED, claim_count=1, parsed_at=datetime(2024, 10, 28, tzinfo=UTC)
    )
    done = viewer_client.get(report.get_absolute_url(), **HX)
    html = done.content.decode()
    assert done["HX-Retarget"] == "#report-body"
    assert html.lstrip().startswith('<div id="report-body"')
    assert "1 claim found" in html and "hx-trigger" not in html
    assert f'href="{claim.get_absolute_url()}"' in html
    # The claim is highlighted inside the text.
    assert "North Korean troops arrived in Kursk.</a>" in html


def test_a_failed_parse_shows_its_reason(viewer_client):
    report = make_report(text=TEXT, parse_status=ParseStatus.FAILED, parse_error="The extractor gave up.")
    html = viewer_client.get(report.get_absolute_url()).content.decode()
    assert "Failed" in html and "The extractor gave up." in html and "hx-trigger" not in html


def test_the_report_list_shows_parse_status_and_filters_by_it(viewer_client):
    make_report(text="one", title="Parsed one", parse_status=ParseStatus.PARSED)
    make_report(text="two", title="Failed one", parse_status=ParseStatus.FAILED)
    html = viewer_client.get(reverse("report-list")).content.decode()
    assert "Parsed one" in html and "Failed one" in html
    html = viewer_client.get(reverse("report-list"), {"status": "failed"}).content.decode()
    assert "Failed one" in html and "Parsed one" not in html


def test_report_text_is_never_html(viewer_client):
    report = make_report(text="<img src=x onerror=alert(1)> said someone.", title="<b>t</b>")
    html = viewer_client.get(report.get_absolute_url()).content.decode()
    assert "<img src=x" not in html and "<b>t</b>" not in html


@pytest.mark.django_db
def test_pasted_text_over_the_request_limit_gets_the_forms_413_not_a_bare_400(analyst_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    response = analyst_client.post(reverse("report-new"), {"text": "Troops arrived. " * 200})
    assert response.status_code == 413
    assert b"too large" in response.content and b"<form" in response.content
