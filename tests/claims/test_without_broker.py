"""`make run` on a machine without Redis: reports are parsed inside the web process."""

from datetime import date

import pytest

from claims import queue
from claims.intake import service as intake
from claims.models import ParseStatus, PropositionMember, Report
from claims.propositions.service import waiting_reports
from tests.support.processes import wait_until as wait_for

SCRIPTED = "tests.support.extractors.scripted"


@pytest.mark.django_db(transaction=True)
def test_without_a_broker_a_submitted_report_is_parsed_in_the_web_process(settings, registry):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.CLAIMS_EXTRACTOR = SCRIPTED
    submission = intake.submit_report(
        text="Kremlin | denies | Nothing was sent.", published_at=date(2024, 10, 25)
    )
    assert submission.enqueued
    wait_for(
        lambda: Report.objects.get(pk=submission.report.pk).parse_status == ParseStatus.PARSED,
        20,
        message="the in-process parse",
    )
    assert Report.objects.get(pk=submission.report.pk).claim_count == 1
    # Grouping follows in its own thread; the report is not done (nor the test) until it has.
    wait_for(
        lambda: not waiting_reports().filter(pk=submission.report.pk).exists(),
        20,
        message="the in-process grouping",
    )
    assert PropositionMember.objects.filter(claim__report=submission.report).count() == 1
    assert queue.join_background(20), "a background job outlived the test"


@pytest.mark.django_db(transaction=True)
def test_a_background_job_that_fails_is_logged_and_leaves_the_process_running(caplog):
    finished = []

    def broken(n):
        finished.append(n)
        raise RuntimeError("boom")

    queue.run_in_background(broken, 7)
    wait_for(lambda: "Background broken(7,) failed" in caplog.text, 10, message="the failure to be logged")
    assert finished == [7]
    assert queue.join_background(10)
