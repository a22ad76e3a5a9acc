"""Grouping reports in batches: a worker's grouping task takes the reports waiting beside its own
and groups them in one pass, with the same outcome as one after another, for fewer queries; the
tasks of the reports it took then do nothing, and `regroup` marks reports as waiting again."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, Proposition, PropositionMember, Report, Topic
from claims.parsing import service as parsing
from claims.propositions import counts, service

from .test_propositions import parsed, scripted  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db

TEXTS = [
    "HUR (Ukrainian military intelligence) | asserts | North Korean troops were sent to Kursk.\n"
    "Kremlin | denies | Nothing was sent to Kursk, no troops at all.",
    "NATO | confirms | North Korean troops were sent to Kursk, NATO said.\n"
    "NIS (South Korea) | asserts | About 100 North Korean soldiers were killed in Kursk.",
    "US Department of Defense | asserts | Some North Korean soldiers were killed in fighting in Kursk.\n"
    "Kremlin | denies | Nothing was sent to Kursk, no troops at all.",
    "Volodymyr Zelensky | asserts | Two North Korean soldiers were captured in Kursk.",
]


def partition() -> set[frozenset[str]]:
    """Which claims (by source and sentence) share a proposition."""
    groups: dict[int, set[str]] = {}
    for prop_id, source, sentence in PropositionMember.objects.values_list(
        "proposition_id", "claim__source__name", "claim__sentence"
    ):
        groups.setdefault(prop_id, set()).add(f"{source}: {sentence}")
    return {frozenset(group) for group in groups.values()}


def test_a_batch_groups_its_reports_as_one_after_another_would(scripted):  # noqa: F811
    reports = [parsed(text) for text in TEXTS]
    for report in reports:
        service.group_report(report.pk)
    one_by_one = partition()
    assert len(one_by_one) > 1 and any(len(group) > 1 for group in one_by_one)

    PropositionMember.objects.all().delete()
    Proposition.objects.all().delete()
    assert service.group_reports([r.pk for r in reports]) == len(reports)
    assert partition() == one_by_one
    assert counts.stored_counts() == counts.fresh_counts()


def test_the_task_takes_the_waiting_reports_and_their_own_tasks_then_do_nothing(scripted):  # noqa: F811
    first, *others = [parsed(text) for text in TEXTS]
    assert service.group_waiting(first.pk, batch=3, most=1) == "grouped 3 reports"
    grouped = set(Report.objects.filter(grouped_at__isnull=False).values_list("pk", flat=True))
    assert grouped == {first.pk, others[0].pk, others[1].pk}  # the oldest parses after its own
    assert service.group_waiting(others[2].pk) == "grouped"
    assert service.group_waiting(others[0].pk) == "skipped"  # a batch took it, and none waits
    assert not service.waiting_reports().exists()
    assert PropositionMember.objects.count() == sum(len(t.splitlines()) for t in TEXTS)


def test_one_task_groups_every_waiting_report_batch_after_batch(scripted, monkeypatch):  # noqa: F811
    reports = [parsed(text) for text in TEXTS]
    went_on = []
    monkeypatch.setattr(service, "continue_grouping", lambda: went_on.append(True))
    assert service.group_waiting(0, batch=2) == "grouped 4 reports"  # no report of its own
    assert not service.waiting_reports().exists() and not went_on
    for report in reports:
        Report.objects.filter(pk=report.pk).update(grouped_at=None)
    assert service.group_waiting(reports[0].pk, batch=1, most=3) == "grouped 3 reports"
    assert went_on == [True]  # a report left: another task goes on with it


def test_a_report_parsed_again_waits_for_grouping_again(scripted):  # noqa: F811
    report = parsed(TEXTS[0])
    service.group_waiting(report.pk)
    assert service.group_waiting(report.pk) == "skipped"  # a duplicate delivery
    Report.objects.filter(pk=report.pk).update(parse_status="queued")
    assert parsing.parse_report(report.pk) == "parsed"
    assert service.waiting_reports().filter(pk=report.pk).exists()
    assert service.group_waiting(report.pk) == "grouped"


def test_grouping_a_batch_costs_far_fewer_queries_than_its_reports_one_by_one(scripted):  # noqa: F811
    service.group_report(parsed(TEXTS[0]).pk)
    single = parsed(TEXTS[1])
    with CaptureQueriesContext(connection) as one:
        service.group_report(single.pk)
    batch = [parsed(f"{TEXTS[i % len(TEXTS)]} Copy {i}.").pk for i in range(8)]
    with CaptureQueriesContext(connection) as eight:
        service.group_reports(batch)
    assert len(eight.captured_queries) < 2 * len(one.captured_queries)


def test_regroup_marks_the_reports_waiting_and_queues_them(scripted, monkeypatch):  # noqa: F811
    from claims.management.commands import regroup

    reports = [parsed(text) for text in TEXTS[:2]]
    service.group_reports([r.pk for r in reports])
    queued: list[int] = []
    monkeypatch.setattr(regroup, "enqueue_grouping", queued.append)
    call_command("regroup", "--all", stdout=io.StringIO())
    assert queued == [r.pk for r in reports]
    assert service.waiting_reports().count() == 2
    assert service.group_waiting(queued[0]) == "grouped 2 reports"
    assert service.group_waiting(queued[1]) == "skipped"


def test_claims_another_worker_grouped_meanwhile_are_planned_again_as_they_now_stand(
    scripted,  # noqa: F811
    monkeypatch,
):
    service.group_report(parsed(TEXTS[0]).pk)
    report = parsed(TEXTS[1])
    real_plan = service._plan
    plans = []

    def plan_while_another_worker_groups(reports, *candidates):
        state = real_plan(reports, *candidates)
        plans.append(state)
        if len(plans) == 1:  # between this worker's plan and its lock, another groups the report
            monkeypatch.setattr(service, "_plan", real_plan)
            service.group_report(report.pk)
            monkeypatch.setattr(service, "_plan", plan_while_another_worker_groups)
        return state

    monkeypatch.setattr(service, "_plan", plan_while_another_worker_groups)
    service.group_report(report.pk)
    assert len(plans) == 2 and plans[0].joined  # planned again under the lock ...
    assert not plans[1].joined  # ... from the claims as the other worker left them: all placed
    assert PropositionMember.objects.filter(claim__report=report).count() == 2
    assert counts.stored_counts() == counts.fresh_counts()


def test_while_another_workers_batch_runs_a_task_leaves_the_waiting_reports_to_it(
    scripted,  # noqa: F811
    settings,
):
    import uuid
    from datetime import timedelta

    from django.utils import timezone

    mine, theirs = parsed(TEXTS[0]), parsed(TEXTS[1])
    Report.objects.filter(pk=theirs.pk).update(grouping_token=uuid.uuid4(), grouping_since=timezone.now())
    # Another worker's loop holds a batch: this task leaves every waiting report to that loop
    # (it looks again after each batch), its own and the others.
    assert service.group_waiting(theirs.pk) == "skipped"
    assert service.group_waiting(mine.pk) == "skipped"
    assert service.waiting_reports().count() == 2

    long_ago = timezone.now() - timedelta(seconds=settings.CLAIMS_STUCK_AFTER_SECONDS + 1)
    Report.objects.filter(pk=theirs.pk).update(grouping_since=long_ago)  # that worker died
    assert service.group_waiting(theirs.pk) == "grouped 2 reports"
    theirs.refresh_from_db()
    assert theirs.grouping_token is None and theirs.grouping_since is None


def test_reports_a_batch_took_are_grouped_even_when_its_own_was_taken_meanwhile(
    scripted,  # noqa: F811
    monkeypatch,
):
    import uuid

    from django.db.models.query import QuerySet
    from django.utils import timezone

    mine, other = parsed(TEXTS[0]), parsed(TEXTS[1])
    real_exists = QuerySet.exists

    def exists_then_another_worker_takes_mine(self):
        found = real_exists(self)
        monkeypatch.setattr(QuerySet, "exists", real_exists)
        Report.objects.filter(pk=mine.pk).update(grouping_token=uuid.uuid4(), grouping_since=timezone.now())
        return found

    monkeypatch.setattr(QuerySet, "exists", exists_then_another_worker_takes_mine)
    assert service.group_waiting(mine.pk) == "grouped"  # the other report, which it took
    assert not service.waiting_reports().filter(pk=other.pk).exists()
    assert service.waiting_reports().filter(pk=mine.pk).exists()  # left to the worker that took it


def test_a_batch_that_fails_lets_its_reports_be_taken_again_at_once(scripted, monkeypatch):  # noqa: F811
    from django.db import OperationalError

    from claims.queue import TransientError

    report = parsed(TEXTS[0])

    def database_gone(*args):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(service, "_group", database_gone)
    with pytest.raises(TransientError):
        service.group_waiting(report.pk)
    assert Report.objects.get(pk=report.pk).grouping_token is None
    monkeypatch.undo()
    assert service.group_waiting(report.pk) == "grouped"  # the retry


def test_a_process_schedules_one_grouping_task_per_delay_however_many_reports_it_parses(
    settings, monkeypatch, django_capture_on_commit_callbacks
):
    from claims import queue

    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.GROUPING_DELAY_SECONDS = 2
    sent = []
    monkeypatch.setattr(queue, "send", lambda task, *args, countdown=None: sent.append((args, countdown)))
    monkeypatch.setattr(queue, "grouping_schedule", queue._GroupingSchedule())
    clock = [1000.0]
    monkeypatch.setattr(queue.time, "monotonic", lambda: clock[0])

    with django_capture_on_commit_callbacks(execute=True):
        for report_id in (1, 2, 3):
            queue.enqueue_grouping(report_id)
    assert sent == [((1,), 2)]  # the task due in 2 s takes the other two as well
    clock[0] += 1.6  # too close to that task's start to be sure it sees the commit
    with django_capture_on_commit_callbacks(execute=True):
        queue.enqueue_grouping(4)
    assert sent[-1] == ((4,), 2)

    def broker_down(*args, **kwargs):
        raise ConnectionError("broker down")

    monkeypatch.setattr(queue, "send", broker_down)
    clock[0] += 5
    with django_capture_on_commit_callbacks(execute=True):
        queue.enqueue_grouping(5)  # not sent: the sweeper will find it
    monkeypatch.setattr(queue, "send", lambda task, *args, countdown=None: sent.append((args, countdown)))
    with django_capture_on_commit_callbacks(execute=True):
        queue.enqueue_grouping(6)  # a failed send schedules nothing: the next report sends again
    assert sent[-1] == ((6,), 2)


def test_a_report_a_batch_could_not_group_is_freed_for_the_next_task(scripted, monkeypatch):  # noqa: F811
    first, second = parsed(TEXTS[0]), parsed(TEXTS[1])
    real_group_reports = service.group_reports

    def meanwhile_second_is_queued_for_a_new_parse(report_ids, then=None):
        Report.objects.filter(pk=second.pk).update(parse_status="queued")
        return real_group_reports(report_ids, then)

    monkeypatch.setattr(service, "group_reports", meanwhile_second_is_queued_for_a_new_parse)
    assert service.group_waiting(first.pk) == "grouped"
    second.refresh_from_db()
    assert second.grouped_at is None and second.grouping_token is None  # not grouped, not held
    assert not service._batch_running()  # so the next task is not held back


def test_a_loop_takes_each_next_batch_inside_the_transaction_that_wrote_the_last(scripted, monkeypatch):  # noqa: F811
    """Batch after batch, the loop asks for the write lock once per batch: the next batch is taken
    as the last one's transaction ends (on SQLite every lock taken apart waits behind the parsing
    workers); between batches the loop holds one, so no second loop starts meanwhile."""
    reports = [parsed(text) for text in TEXTS]
    real_take, takes = service._take, []
    outer = len(connection.atomic_blocks)  # the test's own transaction

    def take(first, batch):
        token, taken = real_take(first, batch)
        takes.append((len(connection.atomic_blocks) > outer, len(taken), service._batch_running()))
        return token, taken

    monkeypatch.setattr(service, "_take", take)
    assert service.group_waiting(reports[0].pk, batch=1) == f"grouped {len(reports)} reports"
    # The first outside any transaction, each later one inside the one before it (the last finds
    # nothing left), and every batch held from the moment it is taken.
    assert [inside for inside, _, _ in takes] == [False] + [True] * len(reports)
    assert [n for _, n, _ in takes] == [1] * len(reports) + [0]
    assert all(held for _, n, held in takes if n)
    assert not service.waiting_reports().exists() and not service._batch_running()
    assert not Report.objects.filter(grouping_token__isnull=False).exists()


def test_a_batch_over_several_topics_reads_their_candidates_and_writes_their_members_at_once(scripted):  # noqa: F811
    service.group_report(parsed(TEXTS[0]).pk)
    batch = [parsed(TEXTS[1]).pk, parsed(TEXTS[3]).pk]
    other = Topic.objects.create(name="Another war", slug="another-war")
    for claim in Claim.objects.filter(report_id=batch[1]):
        claim.topics.set([other])
    assert len(service._by_scope(batch)) == 2, "claims of two topics"
    with CaptureQueriesContext(connection) as ctx:
        service.group_reports(batch)
    sql = [query["sql"] for query in ctx.captured_queries]
    members = PropositionMember._meta.db_table
    assert sum("ROW_NUMBER()" in s for s in sql) == 1
    assert sum(s.startswith(f'INSERT INTO "{members}"') for s in sql) == 1
    assert sum(s.startswith(f'INSERT INTO "{Proposition._meta.db_table}"') for s in sql) <= 1
    assert PropositionMember.objects.filter(claim__report_id__in=batch).count() == 3
    assert counts.stored_counts() == counts.fresh_counts()
