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
