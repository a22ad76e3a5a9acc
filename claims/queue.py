"""The parse and import queues, as the services see them.

Services hand work to Celery through this module, by task name, so that services never import
`claims.tasks` (which imports the services): the dependency runs one way, tasks -> services ->
queue. Without a broker (`CELERY_TASK_ALWAYS_EAGER`, a single-user `make run`) the work runs in a
thread of this process instead.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable
from datetime import UTC, datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from .models import ParseStatus, Report

log = logging.getLogger(__name__)

PARSE_TASK = "claims.tasks.parse_report"
IMPORT_TASK = "claims.tasks.run_import_job"
GROUP_TASK = "claims.tasks.group_report"
EXPORT_TASK = "claims.tasks.run_export_job"
# The services the tasks above call, for running them beside the request when there is no broker.
PARSE_SERVICE = "claims.parsing.service.parse_report"
IMPORT_SERVICE = "claims.intake.jobs.run_import_job"
GROUP_SERVICE = "claims.propositions.service.group_report"
EXPORT_SERVICE = "claims.export_jobs.run_export_job"


class TransientError(Exception):
    """Worth retrying: the database or broker was briefly unavailable."""


class BrokerDown(Exception):
    """The broker failed a moment ago: not tried again yet (see `BrokerBreaker`)."""


class BrokerBreaker:
    """A circuit breaker in front of the broker, per process.

    Once a send fails, the broker counts as down for `BROKER_CIRCUIT_SECONDS`: sends fail at once,
    without a connection attempt, so a submission is stored as waiting without holding its web
    worker. After that one send tries again (and closes the circuit when it gets through)."""

    def __init__(self) -> None:
        self.open_until = 0.0
        self._lock = threading.Lock()

    def is_open(self) -> bool:
        return time.monotonic() < self.open_until

    def trip(self) -> None:
        with self._lock:
            self.open_until = time.monotonic() + settings.BROKER_CIRCUIT_SECONDS

    def reset(self) -> None:
        self.open_until = 0.0


breaker = BrokerBreaker()


def send(task_name: str, *args, countdown: float | None = None) -> None:
    """Put a task on the broker (to run `countdown` seconds from now, if given); raises BrokerDown
    while the breaker is open, else whatever the broker client raises when it is down."""
    from dashboard.celery import app

    if breaker.is_open():
        raise BrokerDown("The broker failed less than BROKER_CIRCUIT_SECONDS ago.")
    try:
        # Nobody waits for these results: no result-backend subscription, which would retry while
        # Redis is down and keep the submitter waiting.
        app.send_task(task_name, args=list(args), retry=False, ignore_result=True, countdown=countdown)
    except Exception:
        breaker.trip()
        raise
    breaker.reset()


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
        # Said once per outage and web process (when the breaker trips), not once per report.
        level = logging.DEBUG if isinstance(exc, BrokerDown) else logging.WARNING
        log.log(level, "Could not enqueue report %s (it waits for the broker): %s", report_id, exc)
        Report.objects.filter(pk=report_id, parse_status=ParseStatus.QUEUED).update(enqueued_at=None)
        return False
    if not stamped:
        Report.objects.filter(pk=report_id).update(enqueued_at=timezone.now())
    return True


class _GroupingSchedule:
    """When the grouping task this process last scheduled will run (monotonic seconds). A report
    committed well before then needs no task of its own: that task takes every waiting report
    (propositions.service.group_waiting). Should it be lost, the sweeper finds the reports."""

    MARGIN = 0.5  # seconds: a commit this close to the task's start may be missed by it

    def __init__(self) -> None:
        self.due = 0.0
        self.lock = threading.Lock()

    def needs_task(self, delay: float) -> bool:
        """Whether to schedule a task now (and if so, note when it runs)."""
        with self.lock:
            now = time.monotonic()
            if delay > 0 and now < self.due - self.MARGIN:
                return False
            self.due = now + delay
            return True

    def forget(self) -> None:
        with self.lock:
            self.due = 0.0


grouping_schedule = _GroupingSchedule()


def enqueue_grouping(report_id: int) -> None:
    """Group a report's claims into propositions once the caller's transaction commits, by a task
    that runs GROUPING_DELAY_SECONDS later and takes every report waiting then, in batches; one
    such task per delay and process. When the broker is unreachable nothing is lost: the report's
    `grouped_at` stays behind its `parsed_at`, and the sweeper enqueues it again."""

    def enqueue() -> None:
        if settings.CELERY_TASK_ALWAYS_EAGER:
            run_in_background(import_string(GROUP_SERVICE), report_id)
            return
        delay = settings.GROUPING_DELAY_SECONDS
        if not grouping_schedule.needs_task(delay):
            return
        try:
            send(GROUP_TASK, report_id, countdown=delay or None)
        except Exception as exc:  # broker unreachable (or the breaker open)
            grouping_schedule.forget()
            # Said once per outage and process (when the breaker trips), not once per report.
            level = logging.DEBUG if isinstance(exc, BrokerDown) else logging.WARNING
            log.log(level, "Could not enqueue grouping of report %s (delayed): %s", report_id, exc)

    transaction.on_commit(enqueue)


def continue_grouping() -> None:
    """Another grouping task at once, for the reports a task left waiting (it groups a bounded
    number). If the broker is away, the sweeper finds them."""
    try:
        send(GROUP_TASK, 0)
    except Exception as exc:
        log.warning("Could not enqueue more grouping (the sweeper will): %s", exc)


def _enqueue_job(task: str, service: str, job_id: int) -> None:
    """Hand a job to a worker once the caller's transaction commits; without a broker (or when it
    is unreachable), run it beside the request."""

    def enqueue() -> None:
        if not settings.CELERY_TASK_ALWAYS_EAGER:
            try:
                send(task, job_id)
                return
            except Exception as exc:  # broker unreachable
                log.warning("Could not enqueue %s %s, running it here: %s", task, job_id, exc)
        run_in_background(import_string(service), job_id)

    transaction.on_commit(enqueue)


def enqueue_import(job_id: int) -> None:
    _enqueue_job(IMPORT_TASK, IMPORT_SERVICE, job_id)


def enqueue_export(job_id: int) -> None:
    _enqueue_job(EXPORT_TASK, EXPORT_SERVICE, job_id)


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

    thread = threading.Thread(target=run, daemon=True)
    _background.add(thread)
    thread.start()


# Threads run_in_background started (a weak set: a finished thread drops out once released).
_background: weakref.WeakSet[threading.Thread] = weakref.WeakSet()


def join_background(timeout: float) -> bool:
    """Wait up to `timeout` seconds for every background job of this process to end (a test's
    database is flushed only after the jobs that use it). True when none is left running."""
    deadline = time.monotonic() + timeout
    for thread in list(_background):
        thread.join(max(0.0, deadline - time.monotonic()))
    return not any(thread.is_alive() for thread in list(_background))


def broker_client():
    """A Redis client on the broker with the short connect timeout, or None for another broker."""
    import redis

    url = settings.CELERY_BROKER_URL
    if not url.startswith(("redis://", "rediss://", "unix://")):
        return None
    timeout = settings.BROKER_CONNECT_TIMEOUT
    return redis.Redis.from_url(url, socket_connect_timeout=timeout, socket_timeout=timeout)


# A key the broker keeps as long as it keeps its queues: set when first seen missing, it is lost
# exactly when queued messages are (a Redis restarted without persistence, a flushed database).
QUEUE_SINCE_KEY = "claims:queue-since"


def broker_answers() -> bool:
    client = broker_client()
    if client is None:
        return True  # another broker: Celery's own connection says more than a ping would
    try:
        return bool(client.ping())
    except Exception:  # redis ConnectionError, TimeoutError, OSError ...
        return False
    finally:
        client.close()


def queue_since():
    """Since when the broker holds its queues: a report enqueued before that moment and still
    queued lost its message. None when the broker does not answer."""
    client = broker_client()
    if client is None:
        return None
    try:
        client.set(QUEUE_SINCE_KEY, timezone.now().timestamp(), nx=True)
        since = float(client.get(QUEUE_SINCE_KEY))
    except Exception:  # redis ConnectionError, TimeoutError, OSError ...
        return None
    finally:
        client.close()
    breaker.reset()
    return datetime.fromtimestamp(since, UTC)
