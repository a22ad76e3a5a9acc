"""Thin Celery tasks: they take primary keys and call one service each."""

from celery import shared_task

from . import services


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=(services.TransientError,),
    retry_backoff=True,
    retry_backoff_max=60,
    max_retries=8,
)
def parse_report(self, report_id: int) -> str:
    return services.parse_report(report_id)


@shared_task(acks_late=True)
def sweep_stuck_reports() -> int:
    return services.sweep_stuck_reports()


@shared_task(acks_late=True)
def poll_feeds() -> int:
    """Celery beat: poll the feeds that are due. Returns how many were polled."""
    from .ingest import feeds

    return len(feeds.poll_due_feeds())


@shared_task(acks_late=True)
def run_import_job(job_id: int) -> str:
    from .ingest import jobs

    return jobs.run_import_job(job_id)
