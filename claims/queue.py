"""The parse and import queues, as the services see them.

Services hand work to Celery through this module, by task name, so that services never import
`claims.tasks` (which imports the services): the dependency runs one way, tasks -> services ->
queue. Without a broker (`CELERY_TASK_ALWAYS_EAGER`, a single-user `make run`) the work runs in a
thread of this process instead.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from .models import ParseStatus, Report

log = logging.getLogger(__name__)

PARSE_TASK = "claims.tasks.parse_report"
IMPORT_TASK = "claims.tasks.run_import_job"
GROUP_TASK = "claims.tasks.group_report"
# The services the tasks above call, for running them beside the request when there is no broker.
PARSE_SERVICE = "claims.parsing.service.parse_report"
IMPORT_SERVICE = "claims.intake.jobs.run_import_job"
GROUP_SERVICE = "claims.propositions.service.group_report"


class TransientError(Exception):
    """Worth retrying: the database or broker was briefly unavailable."""


def send(task_name: str, *args) -> None:
    """Put a task on the broker; raises whatever the broker client raises when it is down."""
    from dashboard.celery import app

    # Nobody waits for these results: no result-backend subscription, which would retry while
    # Redis is down and keep the submitter waiting.
    app.send_task(task_name, args=list(args), retry=False, ignore_result=True)


def enqueue_parse(report_id: int, *, stamped: bool = False) -> bool:
    """Hand a report to the workers. False when the broker is unreachable (nothing is lost:
    the report stays queued in the database and the sweeper enqueues it again). `stamped`: the
    caller already set `enqueued_at` when it stored the report."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        # No broker (single-user `make run` without Redis): parse beside the request.
        Report.objects.filter(pk=report_id).update(enqueued_at=timezone.now())
        run_in_background(import_string(PARSE_SERVICE), report_id)
        return True
    try:
        send(PARSE_TASK, report_id)
    except Exception as exc:  # kombu OperationalError, redis ConnectionError, OSError ...
        log.warning("Could not enqueue report %s (parsing delayed): %s", report_id, exc)
        Report.objects.filter(pk=report_id, parse_status=ParseStatus.QUEUED).update(enqueued_at=None)
        return False
    if not stamped:
        Report.objects.filter(pk=report_id).update(enqueued_at=timezone.now())
    return True


def enqueue_grouping(report_id: int) -> None:
    """Group a report's claims into propositions once the caller's transaction commits. When the
    broker is unreachable nothing is lost: the report's `grouped_at` stays behind its `parsed_at`,
    and the sweeper enqueues it again."""

    def enqueue() -> None:
        if settings.CELERY_TASK_ALWAYS_EAGER:
            run_in_background(import_string(GROUP_SERVICE), report_id)
            return
        try:
            send(GROUP_TASK, report_id)
        except Exception as exc:  # broker unreachable
            log.warning("Could not enqueue grouping of report %s (delayed): %s", report_id, exc)

    transaction.on_commit(enqueue)


def enqueue_import(job_id: int) -> None:
    """Hand an import job to a worker once the caller's transaction commits; without a broker
    (or when it is unreachable), run it beside the request."""

    def enqueue() -> None:
        if not settings.CELERY_TASK_ALWAYS_EAGER:
            try:
                send(IMPORT_TASK, job_id)
                return
            except Exception as exc:  # broker unreachable
                log.warning("Could not enqueue import job %s, running it here: %s", job_id, exc)
        run_in_background(import_string(IMPORT_SERVICE), job_id)

    transaction.on_commit(enqueue)


def run_in_background(job: Callable, *args) -> None:
    """Run `job(*args)` in a thread of this process, for when no broker takes it: errors are
    logged (the job's own state says what happened), and the thread's connection is closed."""

    def run() -> None:
        from django.db import connection

        try:
            job(*args)
        except Exception:
            log.exception("Background %s%r failed", job.__name__, args)
        finally:
            connection.close()

    threading.Thread(target=run, daemon=True).start()
