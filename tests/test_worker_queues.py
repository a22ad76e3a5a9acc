"""Beyond one machine: two worker nodes, each with its own name, environment and queues, on one
Redis and one database - the layout of N web + M worker hosts in the README. Each kind of work
reaches only the node that consumes its queue."""

from __future__ import annotations

import pytest
from django.conf import settings

from claims import export_jobs
from claims.filters import ClaimFilter
from claims.intake import service as intake
from claims.models import ExportJob, ParseStatus, Report
from tests.conftest import wait_for
from tests.support.factories import make_claim

pytestmark = [pytest.mark.worker, pytest.mark.timeout(240)]

SCRIPTED = "tests.support.extractors.scripted"


def test_two_worker_nodes_consume_only_their_own_queues(start_worker, registry, analyst, settings):
    settings.CLAIMS_EXTRACTOR = SCRIPTED
    settings.EXPORT_STREAM_MAX_CLAIMS = 1
    env = {"CLAIMS_EXTRACTOR": SCRIPTED}
    parser = start_worker(name="node-parsing", queues="parsing,grouping", env={**env, "NODE": "parsing"})
    other = start_worker(
        name="node-other", queues="celery,imports,feeds,exports", env={**env, "NODE": "other"}
    )

    report = intake.submit_report(text="Kremlin | denies | Nothing was sent to Kursk.").report
    wait_for(
        lambda: Report.objects.get(pk=report.pk).parse_status == ParseStatus.PARSED, 60, message="the parse"
    )

    make_claim(statement="One more claim, so the export is large")
    job = export_jobs.request_export("csv", ClaimFilter(topic="all"), user=analyst, base_url="http://t/")
    wait_for(lambda: ExportJob.objects.get(pk=job.pk).state == ExportJob.State.DONE, 60, message="the export")

    parser_log, other_log = parser.log_path.read_text(), other.log_path.read_text()
    assert "claims.tasks.parse_report" in parser_log and "claims.tasks.parse_report[" not in other_log
    assert "claims.tasks.run_export_job[" in other_log and "claims.tasks.run_export_job[" not in parser_log
    for queue in ("parsing", "grouping"):
        assert queue in parser_log
    assert set(settings.CELERY_WORK_QUEUES) <= set(settings.CELERY_TASK_QUEUES)


def test_every_task_is_routed_to_a_declared_queue():
    from dashboard.celery import app

    declared = set(settings.CELERY_TASK_QUEUES)
    for name in sorted(app.tasks):
        if name.startswith("claims."):
            route = app.amqp.router.route({}, name)
            assert route["queue"].name in declared, name
