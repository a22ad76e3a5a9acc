"""The Celery app, wired the way Celery's Django example does it."""

import logging
import os
import threading

from celery import Celery, bootsteps

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dashboard.settings")

log = logging.getLogger(__name__)

app = Celery("dashboard")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def requeue_waiting_reports() -> None:
    from django.db import connection

    from claims.parsing.requeue import requeue_waiting_reports as requeue

    try:
        count = requeue()
        if count:
            log.info("Broker reachable: %d waiting reports queued again.", count)
    except Exception:
        log.exception("Could not queue waiting reports again")
    finally:
        connection.close()


class RequeueOnConnect(bootsteps.StartStopStep):
    """Each time the worker (re)connects to the broker - at start and after an outage - the
    reports that waited for it are queued at once, not at the sweeper's next cutoff."""

    requires = {"celery.worker.consumer.tasks:Tasks"}

    def start(self, consumer) -> None:
        threading.Thread(target=requeue_waiting_reports, name="requeue-waiting", daemon=True).start()


app.steps["consumer"].add(RequeueOnConnect)
