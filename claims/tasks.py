"""Thin Celery tasks: they take primary keys and call one service each.

Services enqueue these by name through `claims.queue`, so nothing imports this module but Celery.
"""

from typing import Any

from celery import shared_task

from . import export_jobs
from .intake import feeds, jobs
from .parsing import requeue
from .parsing import service as parsing
from .propositions import service as propositions
from .queue import TransientError

# Work on one report: acknowledged after it ran, retried with backoff while the database or the
# broker is briefly away (a TransientError), never run twice to any effect (the services check).
RETRIED: dict[str, Any] = {
    "bind": True,
    "acks_late": True,
    "autoretry_for": (TransientError,),
    "retry_backoff": True,
    "retry_backoff_max": 60,
    "max_retries": 8,
}


@shared_task(**RETRIED)
def parse_report(self, report_id: int) -> str:
    return parsing.parse_report(report_id)


@shared_task(**RETRIED)
def group_report(self, report_id: int) -> str:
    return propositions.group_waiting(report_id)


@shared_task(acks_late=True)
def sweep_stuck_reports() -> int:
    return requeue.sweep_stuck_reports()


@shared_task(acks_late=True)
def requeue_waiting_reports() -> int:
    return requeue.requeue_waiting_reports()


@shared_task(acks_late=True)
def poll_feeds() -> int:
    """Celery beat: poll the feeds that are due. Returns how many were polled."""
    return len(feeds.poll_due_feeds())


@shared_task(acks_late=True)
def run_import_job(job_id: int) -> str:
    return jobs.run_import_job(job_id)


@shared_task(acks_late=True)
def run_alerts() -> dict:
    """Celery beat: notifications for new claims in followed views, and the email digests."""
    from .alerts import service as alerts

    return alerts.run_alerts()


@shared_task(acks_late=True)
def run_export_job(job_id: int) -> str:
    return export_jobs.run_export_job(job_id)


@shared_task(acks_late=True)
def expire_exports() -> int:
    return export_jobs.expire_exports()
