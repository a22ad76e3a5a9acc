from datetime import date

import pytest

from claims.intake import service as intake
from claims.models import ParseStatus, Report

pytestmark = pytest.mark.django_db


def test_the_same_content_submitted_twice_is_one_report():
    first = intake.submit_report(text="Seoul said 3,000 soldiers left.", title="One", enqueue=False)
    again = intake.submit_report(text="  Seoul said 3,000\nsoldiers   left. ", title="Two", enqueue=False)
    assert first.created and not again.created
    assert again.report.pk == first.report.pk
    assert Report.objects.count() == 1
    assert Report.objects.get().title == "One"


def test_a_new_report_waits_in_the_queue_with_its_publication_date():
    sub = intake.submit_report(text="Kyiv said so.", published_at=date(2024, 10, 25), enqueue=False)
    report = Report.objects.get(pk=sub.report.pk)
    assert report.parse_status == ParseStatus.QUEUED
    assert report.reference_date == date(2024, 10, 25)
    assert report.content_hash and len(report.content_hash) == 64


@pytest.mark.parametrize("text", ["", "   \n\t ", None])
def test_an_empty_report_is_rejected_with_a_reason(text):
    with pytest.raises(intake.ReportRejected, match="no text"):
        intake.submit_report(text=text, enqueue=False)
    assert Report.objects.count() == 0


def test_a_report_over_the_size_limit_is_rejected(settings):
    settings.REPORT_MAX_CHARS = 100
    with pytest.raises(intake.ReportRejected, match="limit"):
        intake.submit_report(text="word " * 100, enqueue=False)
    assert Report.objects.count() == 0


def test_pasted_html_is_stored_as_its_text():
    sub = intake.submit_report(
        text="<html><body><p>HUR said <b>troops</b> arrived.</p>"
        "<script>alert(1)</script><p>Second.</p></body></html>",
        enqueue=False,
    )
    assert sub.report.text == "HUR said troops arrived.\n\nSecond."


def test_control_characters_and_nul_bytes_do_not_reach_the_database():
    sub = intake.submit_report(text="Troops\x00 arrived\x07 today.", enqueue=False)
    assert "\x00" not in sub.report.text and "\x07" not in sub.report.text
