"""Grouping claims into propositions survives faults, with real worker processes and a real
(private) Redis: a worker killed mid-grouping, the same grouping task delivered many times, and two
workers grouping claims of the same proposition at once. Afterwards every claim stands in exactly
one proposition and no proposition was started twice."""

import signal
import time

import pytest
from django.db import transaction

from claims.intake import service as intake
from claims.models import Claim, ParseStatus, Proposition, PropositionMember, PropositionScope, Report
from claims.parsing import service as parsing
from claims.propositions.grouping import signature
from claims.propositions.service import claim_facts
from tests.support.processes import wait_until as wait_for

pytestmark = [pytest.mark.worker, pytest.mark.timeout(240)]

SCRIPTED = "tests.support.extractors.scripted"
TROOPS = (
    "NIS (South Korea) | asserts | North Korea has sent 3,000 troops to Russia.\n"
    "Kremlin | denies | The Kremlin denied that North Korea has sent troops to Russia.\n"
    "HUR | asserts | Some North Korean soldiers were killed in fighting."
)


@pytest.fixture(autouse=True)
def scripted_extractor(settings, registry):
    settings.CLAIMS_EXTRACTOR = SCRIPTED


def worker_env(redis_url, **extra):
    return {"REDIS_URL": redis_url, "CLAIMS_EXTRACTOR": SCRIPTED, **{k: str(v) for k, v in extra.items()}}


def parsed_report(text: str) -> Report:
    """A report parsed in this process (its grouping task goes to the private Redis, unrun)."""
    report = intake.submit_report(text=text, enqueue=False).report
    parsing.parse_report(report.pk)
    report.refresh_from_db()
    assert report.parse_status == ParseStatus.PARSED
    return report


def grouped(report_ids) -> bool:
    reports = Report.objects.filter(pk__in=report_ids)
    return all(r.grouped_at and r.parsed_at and r.grouped_at >= r.parsed_at for r in reports)


def assert_each_claim_in_one_proposition_and_none_started_twice(report_ids):
    claims = Claim.objects.current().filter(report_id__in=report_ids)
    members = PropositionMember.objects.filter(claim__in=claims)
    assert members.count() == claims.count()  # none lost (and one per claim, by the unique key)
    keys = list(Proposition.objects.filter(claim_count__gt=0).values_list("key", flat=True))
    assert not [k for k in keys if "#" in k], keys  # no proposition started twice
    for prop in Proposition.objects.all():
        assert prop.claim_count == PropositionMember.objects.filter(proposition=prop).count()


def scopes_of(report: Report) -> list[str]:
    return sorted({signature(claim_facts(c)).scope for c in report.claims.all()})


def test_a_worker_killed_mid_grouping_leaves_the_report_to_be_grouped_again(private_redis, start_worker):
    report = parsed_report(TROOPS)
    scopes = scopes_of(report)
    for scope in scopes:
        PropositionScope.objects.get_or_create(key=scope)
    with transaction.atomic():
        # Hold the scope's lock (a write: SQLite has no row locks) so the worker stalls inside.
        PropositionScope.objects.select_for_update().filter(key__in=scopes).update(key=scopes[0])
        first = start_worker(env=worker_env(private_redis.url))
        log = first.log_path
        wait_for(lambda: "group_report" in log.read_text(), 30, message="the worker to take the task")
        time.sleep(1.5)  # inside the task, waiting for the lock
        first.stop(sig=signal.SIGKILL)
    assert not grouped([report.pk])
    start_worker(
        env=worker_env(private_redis.url, CLAIMS_STUCK_AFTER_SECONDS=1, CLAIMS_SWEEP_EVERY_SECONDS=1),
        beat=True,
    )
    wait_for(lambda: grouped([report.pk]), 90, message="the sweeper and a new worker to group the report")
    assert_each_claim_in_one_proposition_and_none_started_twice([report.pk])
    assert Proposition.objects.filter(claim_count__gt=0).count() == 2  # troops sent; soldiers killed


def test_the_same_grouping_task_delivered_many_times_to_two_workers_groups_once(private_redis, start_worker):
    from claims.tasks import group_report

    report = parsed_report(TROOPS)
    private_redis.flush()
    env = worker_env(private_redis.url)
    start_worker(concurrency=2, env=env, name="gdup-a")
    start_worker(concurrency=2, env=env, name="gdup-b")
    for _ in range(6):
        group_report.delay(report.pk)
    wait_for(
        lambda: (
            grouped([report.pk])
            and private_redis.queue_length() == 0
            and not private_redis.client().hlen("unacked")
        ),
        60,
        message="every delivery to run and be acknowledged",
    )
    assert_each_claim_in_one_proposition_and_none_started_twice([report.pk])
    assert Proposition.objects.filter(claim_count__gt=0).count() == 2


def test_two_workers_grouping_claims_of_the_same_proposition_at_once_start_it_once(
    private_redis, start_worker
):
    from claims.tasks import group_report

    reports = [
        parsed_report(f"NIS (South Korea) | asserts | North Korea has sent {n},000 troops to Russia.")
        for n in range(1, 7)
    ]
    private_redis.flush()
    env = worker_env(private_redis.url)
    start_worker(concurrency=2, env=env, name="gsame-a")
    start_worker(concurrency=2, env=env, name="gsame-b")
    ids = [r.pk for r in reports]
    for pk in ids:
        group_report.delay(pk)
    wait_for(lambda: grouped(ids), 60, message="all six reports to be grouped")
    assert_each_claim_in_one_proposition_and_none_started_twice(ids)
    live = Proposition.objects.filter(claim_count__gt=0)
    assert live.count() == 1 and live.get().claim_count == 6
