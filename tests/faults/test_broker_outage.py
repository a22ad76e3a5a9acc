"""Redis killed and restarted while reports keep coming in, with a real worker: submissions do not
wait on the dead broker (the circuit breaker stores them as waiting at once), and when it is back
every report - those stored while it was down and those whose messages died with it - is parsed,
once, without waiting for the sweeper's cutoff. The figures are printed and written to
test-output/broker-outage.json."""

from __future__ import annotations

import json
import statistics
import time

import pytest
from django.urls import reverse

from claims.models import Claim, ParseStatus, Report
from tests.support.processes import OUTPUT, wait_until

pytestmark = [pytest.mark.worker, pytest.mark.timeout(300)]

SCRIPTED = "tests.support.extractors.scripted"


@pytest.fixture(autouse=True)
def scripted_extractor(settings, registry):
    settings.CLAIMS_EXTRACTOR = SCRIPTED


def text(n: int) -> str:
    # A little work per report, so that messages are still queued when Redis dies.
    return f"[[sleep 0.05]]\nKremlin | denies | Nothing was sent to Kursk, statement {n}.\n"


def submit(client, n: int) -> float:
    began = time.perf_counter()
    response = client.post(reverse("report-new"), {"text": text(n)})
    elapsed = time.perf_counter() - began
    assert response.status_code == 302, response.content[:300]
    return elapsed


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def test_a_broker_outage_neither_stalls_submissions_nor_loses_or_doubles_a_report(
    private_redis, start_worker, analyst_client, settings
):
    # Sweeper cutoffs far away: recovery must not come from the sweeper.
    settings.CLAIMS_STUCK_AFTER_SECONDS = 3600
    env = {"REDIS_URL": private_redis.url, "CLAIMS_EXTRACTOR": SCRIPTED, "CLAIMS_STUCK_AFTER_SECONDS": "3600"}
    start_worker(env=env)
    up = [submit(analyst_client, n) for n in range(40)]

    private_redis.kill()  # kill -9, no persistence: whatever was still queued is gone
    down = [submit(analyst_client, n) for n in range(40, 120)]
    waiting = Report.objects.filter(parse_status=ParseStatus.QUEUED, enqueued_at__isnull=True).count()
    assert waiting >= 80, "reports submitted while Redis is down are stored as waiting"
    page = analyst_client.get(Report.objects.order_by("-pk").first().get_absolute_url())
    assert b"waiting" in page.content.lower() or b"delayed" in page.content.lower()

    private_redis.start()  # the same port: the worker reconnects by itself
    back = time.monotonic()
    wait_until(
        lambda: not Report.objects.exclude(parse_status=ParseStatus.PARSED).exists(),
        90,
        0.2,
        "every report to be parsed after Redis came back",
    )
    recovery = time.monotonic() - back

    reports = Report.objects.count()
    claims = Claim.objects.count()
    figures = {
        "reports": reports,
        "submit_p95_ms_redis_up": round(p95(up) * 1000, 1),
        "submit_p95_ms_redis_down": round(p95(down) * 1000, 1),
        "submit_max_ms_redis_down": round(max(down) * 1000, 1),
        "waiting_while_down": waiting,
        "seconds_to_all_parsed_after_return": round(recovery, 1),
        "claims": claims,
    }
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "broker-outage.json").write_text(json.dumps(figures, indent=2))
    print("\nbroker outage:", figures)
    assert reports == 120, "0 lost, 0 duplicated reports"
    assert claims == 120, "one claim per report: none lost, none doubled"
    assert figures["submit_p95_ms_redis_down"] <= 100
    assert recovery <= 60


def test_beat_requeues_waiting_and_lost_reports_only_when_the_broker_answers(private_redis, settings):
    from datetime import timedelta

    from django.utils import timezone

    from claims.parsing.requeue import requeue_waiting_reports
    from tests.support.factories import make_report

    settings.CLAIMS_STUCK_AFTER_SECONDS = 3600
    waiting = make_report(parse_status=ParseStatus.QUEUED, enqueued_at=None)
    lost = make_report(parse_status=ParseStatus.QUEUED, enqueued_at=timezone.now() - timedelta(hours=1))
    private_redis.kill()
    assert requeue_waiting_reports() == 0
    private_redis.start()  # started after `lost` was enqueued: its message died with the old Redis
    assert requeue_waiting_reports() == 2
    assert private_redis.queue_length("parsing") == 2
    assert Report.objects.get(pk=waiting.pk).enqueued_at is not None
    # Enqueued since the broker came back: its message is there.
    make_report(parse_status=ParseStatus.QUEUED, enqueued_at=timezone.now())
    assert requeue_waiting_reports() == 0  # and nothing twice
    assert Report.objects.filter(pk=lost.pk, parse_status=ParseStatus.QUEUED).exists()
