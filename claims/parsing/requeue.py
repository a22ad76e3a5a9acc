"""Queueing reports again: after the registry or the parser changed (re-parse), and when a
message was lost, a worker died or Redis was down (the sweeper)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .. import extraction
from ..models import ParseStatus, Report
from ..queue import enqueue_grouping, enqueue_parse, queue_since


def request_reparse(reports, *, enqueue: bool = True) -> int:
    """Queue reports again (after the registry or the parser changed). Analysts' decisions on
    claims the new parse still produces are kept. Reports being parsed right now are left alone."""
    ids = list(reports.exclude(parse_status=ParseStatus.PARSING).values_list("pk", flat=True))
    if not ids:
        return 0
    with transaction.atomic():
        Report.objects.filter(pk__in=ids).exclude(parse_status=ParseStatus.PARSING).update(
            parse_status=ParseStatus.QUEUED,
            parse_token=None,
            status_changed_at=timezone.now(),
            enqueued_at=None,
        )
        if enqueue:
            transaction.on_commit(lambda: [enqueue_parse(pk) for pk in ids])
    return len(ids)


def outdated_reports():
    return Report.objects.exclude(parser_version=extraction.PARSER_VERSION)


def sweep_stuck_reports(older_than_seconds: int | None = None) -> int:
    """Re-enqueue reports stuck in queued or parsing (a lost message, a killed worker, Redis down)."""
    age = settings.CLAIMS_STUCK_AFTER_SECONDS if older_than_seconds is None else older_than_seconds
    cutoff = timezone.now() - timedelta(seconds=age)
    stuck_parsing = list(
        Report.objects.filter(parse_status=ParseStatus.PARSING, status_changed_at__lt=cutoff).values_list(
            "pk", "parse_token"
        )
    )
    rescued = [
        pk
        for pk, token in stuck_parsing
        if Report.objects.filter(pk=pk, parse_status=ParseStatus.PARSING, parse_token=token).update(
            parse_status=ParseStatus.QUEUED, parse_token=None, status_changed_at=timezone.now()
        )
    ]
    stuck_queued = rescued + list(
        Report.objects.filter(parse_status=ParseStatus.QUEUED, status_changed_at__lt=cutoff)
        .filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=cutoff))
        .values_list("pk", flat=True)
    )
    enqueued = 0
    for pk in stuck_queued:
        enqueued += enqueue_parse(pk)
    _sweep_ungrouped(age)
    return enqueued


def _sweep_ungrouped(age: int, limit: int = 500) -> None:
    """Parsed reports whose grouping task was lost (a killed worker, a broker that was down)."""
    from ..propositions.service import ungrouped_reports

    for pk in ungrouped_reports(age).values_list("pk", flat=True)[:limit]:
        enqueue_grouping(pk)


def requeue_waiting_reports() -> int:
    """Queue again, without waiting for the sweeper's cutoff, the reports stored while the broker
    was down (queued, never enqueued) and those enqueued before the broker's queues began (their
    messages died with a Redis restarted without persistence). Nothing when the broker does not
    answer. A report queued twice is parsed once: the parse claims it with a conditional update."""
    since = queue_since()
    if since is None:
        return 0
    waiting = Report.objects.filter(parse_status=ParseStatus.QUEUED).filter(
        Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=since)
    )
    enqueued = 0
    for pk in waiting.order_by("pk").values_list("pk", flat=True).iterator():
        if not enqueue_parse(pk):
            break  # the broker went away again: the next round goes on
        enqueued += 1
    return enqueued
