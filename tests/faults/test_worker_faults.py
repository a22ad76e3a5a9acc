"""Faults survived, with real worker processes and a real (private) Redis.

Reports never depend on the broker alone: their state is in the database, and the sweeper
(run here by Celery beat inside the worker) re-enqueues what got stuck.
"""

import signal
import threading
import time

import pytest
from django.db import close_old_connections

from claims.intake import service as intake
from claims.models import Claim, ParseStatus, Report, StaleClaimError, Status, StatusChange
from tests.support.factories import make_claim
from tests.support.processes import wait_until as wait_for

pytestmark = [pytest.mark.worker, pytest.mark.timeout(240)]

SCRIPTED = "tests.support.extractors.scripted"
TEXT = "Kremlin | denies | Nothing was sent to Kursk.\nNIS (South Korea) | asserts | 3,000 soldiers left."


@pytest.fixture(autouse=True)
def scripted_extractor(settings, registry):
    settings.CLAIMS_EXTRACTOR = SCRIPTED


def worker_env(redis_url, **extra):
    return {"REDIS_URL": redis_url, "CLAIMS_EXTRACTOR": SCRIPTED, **{k: str(v) for k, v in extra.items()}}


def status_of(report_id):
    return Report.objects.get(pk=report_id).parse_status


def claim_count(report_id):
    return Claim.objects.filter(report_id=report_id).count()


def test_a_worker_killed_mid_parse_still_ends_with_the_report_parsed_once(private_redis, start_worker):
    first = start_worker(env=worker_env(private_redis.url))
    report = intake.submit_report(text="[[sleep 4]]\n" + TEXT).report
    wait_for(lambda: status_of(report.pk) == ParseStatus.PARSING, 30, message="the parse to start")
    first.stop(sig=signal.SIGKILL)  # the whole worker, main process and children, mid-parse
    assert status_of(report.pk) == ParseStatus.PARSING

    started = time.monotonic()
    start_worker(
        env=worker_env(private_redis.url, CLAIMS_STUCK_AFTER_SECONDS=3, CLAIMS_SWEEP_EVERY_SECONDS=1),
        beat=True,
    )
    wait_for(
        lambda: status_of(report.pk) == ParseStatus.PARSED,
        60,
        message="the sweeper and a new worker to finish",
    )
    assert time.monotonic() - started < 60
    assert claim_count(report.pk) == 2
    assert Report.objects.get(pk=report.pk).parse_attempts == 2


def test_a_report_submitted_while_redis_is_down_is_kept_and_parsed_once_redis_is_back(
    private_redis, start_worker
):
    private_redis.kill()
    began = time.monotonic()
    submission = intake.submit_report(text=TEXT)
    assert time.monotonic() - began < 10  # the submitter is not kept waiting
    assert submission.created and not submission.enqueued  # the submitter is told parsing is delayed
    report = Report.objects.get(pk=submission.report.pk)
    assert report.parse_status == ParseStatus.QUEUED and report.enqueued_at is None

    private_redis.start()
    start_worker(
        env=worker_env(private_redis.url, CLAIMS_STUCK_AFTER_SECONDS=2, CLAIMS_SWEEP_EVERY_SECONDS=1),
        beat=True,
    )
    wait_for(
        lambda: status_of(report.pk) == ParseStatus.PARSED,
        60,
        message="the report to be parsed after Redis returned",
    )
    assert claim_count(report.pk) == 2


def test_no_report_is_left_unparsed_when_redis_restarts_with_jobs_queued(private_redis, start_worker):
    reports = [intake.submit_report(text=f"{TEXT}\nHUR | asserts | Report {i}.").report for i in range(5)]
    assert private_redis.queue_length() == 5
    private_redis.kill()  # no persistence: the five messages are lost
    private_redis.start()
    assert private_redis.queue_length() == 0
    start_worker(
        env=worker_env(private_redis.url, CLAIMS_STUCK_AFTER_SECONDS=2, CLAIMS_SWEEP_EVERY_SECONDS=1),
        beat=True,
    )
    ids = [r.pk for r in reports]
    wait_for(
        lambda: Report.objects.filter(pk__in=ids, parse_status=ParseStatus.PARSED).count() == 5,
        90,
        message="all five reports to be parsed after the restart",
    )
    assert all(claim_count(pk) == 3 for pk in ids)


def test_the_same_task_delivered_many_times_to_two_workers_gives_one_set_of_claims(
    private_redis, start_worker
):
    from claims.tasks import parse_report

    env = worker_env(private_redis.url)
    start_worker(concurrency=2, env=env, name="dup-a")
    start_worker(concurrency=2, env=env, name="dup-b")
    report = intake.submit_report(text="[[sleep 1]]\n" + TEXT, enqueue=False).report
    for _ in range(6):
        parse_report.delay(report.pk)
    wait_for(lambda: status_of(report.pk) == ParseStatus.PARSED, 60, message="the report to be parsed")
    # Let the other deliveries run to completion: nothing left queued or unacknowledged.
    wait_for(
        lambda: private_redis.queue_length() == 0 and not private_redis.client().hlen("unacked"),
        60,
        message="every delivery to be acknowledged",
    )
    assert claim_count(report.pk) == 2
    assert Report.objects.get(pk=report.pk).parse_attempts == 1


def test_a_failing_parse_fails_that_report_and_the_worker_goes_on(private_redis, start_worker):
    start_worker(env=worker_env(private_redis.url))
    bad = intake.submit_report(text="[[raise]]").report
    good = intake.submit_report(text=TEXT).report
    wait_for(lambda: status_of(good.pk) == ParseStatus.PARSED, 60, message="the good report to be parsed")
    bad = Report.objects.get(pk=bad.pk)
    assert bad.parse_status == ParseStatus.FAILED
    assert "scripted extractor failure" in bad.parse_error
    assert claim_count(good.pk) == 2


@pytest.mark.django_db(transaction=True)
def test_two_analysts_reviewing_the_same_claim_at_once_one_wins_and_the_other_is_told(analyst, viewer):
    claim = make_claim()
    version = claim.version
    outcomes: dict[str, str] = {}
    barrier = threading.Barrier(2)

    def review(user, status):
        close_old_connections()
        try:
            barrier.wait(5)
            Claim.objects.get(pk=claim.pk).review(by=user, status=status, expected_version=version)
            outcomes[user.username] = "applied"
        except StaleClaimError:
            outcomes[user.username] = "refused"
        finally:
            close_old_connections()

    threads = [
        threading.Thread(target=review, args=(analyst, Status.CONFIRMED)),
        threading.Thread(target=review, args=(viewer, Status.DENIED)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes.values()) == ["applied", "refused"]
    winner = next(name for name, outcome in outcomes.items() if outcome == "applied")
    history = list(StatusChange.objects.filter(claim=claim))
    assert len(history) == 1 and history[0].changed_by.username == winner
    claim.refresh_from_db()
    assert claim.status == history[0].to_value and claim.version == version + 1
