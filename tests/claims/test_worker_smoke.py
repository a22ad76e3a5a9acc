"""The worker path for real: a Celery worker process on the real Redis."""

from datetime import date

import pytest
from django.utils import timezone

from claims.intake import service as intake
from claims.models import ParseStatus, Report
from claims.queue import queue_since
from claims.tasks import parse_report
from tests.support.processes import wait_until as wait_for

pytestmark = [pytest.mark.worker, pytest.mark.timeout(180)]


def test_a_task_round_trips_through_a_real_worker(registry, celery_worker):
    # Sent by hand below, so marked as handed to the broker: the worker's requeue-on-connect,
    # which may still be running, must not queue it a second time and win the race.
    queue_since()
    report = intake.submit_report(text="Plain narration with no source.", enqueue=False).report
    Report.objects.filter(pk=report.pk).update(enqueued_at=timezone.now())
    result = parse_report.apply_async(args=[report.pk], ignore_result=False)
    assert result.get(timeout=60) == "parsed"
    assert Report.objects.get(pk=report.pk).parse_status == ParseStatus.PARSED
    # Delivered again, the task finds nothing to do.
    assert parse_report.apply_async(args=[report.pk], ignore_result=False).get(timeout=60) == "skipped"


def test_a_submitted_report_is_parsed_by_the_worker_and_its_claims_appear(registry, celery_worker):
    sub = intake.submit_report(
        text="According to the Pentagon, 3,000 North Korean soldiers arrived in Russia.",
        published_at=date(2024, 10, 23),
    )
    assert sub.enqueued
    wait_for(
        lambda: Report.objects.get(pk=sub.report.pk).parse_status == ParseStatus.PARSED,
        60,
        message="the worker to parse the report",
    )
    report = Report.objects.get(pk=sub.report.pk)
    claims = list(report.claims.select_related("source"))
    assert report.claim_count == len(claims) >= 1
    assert claims[0].source.name == "US Department of Defense"
