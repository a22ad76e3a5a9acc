"""Exports too large to stream within a request.

Up to EXPORT_STREAM_MAX_CLAIMS claims, an export streams at once (claims.exports.download).
Beyond that it becomes an ExportJob: a worker on the `exports` queue writes the file under
EXPORTS_DIR with its progress on the job, and its owner downloads it from the job's page until
the link expires (EXPORT_LINK_HOURS). A user has at most EXPORT_MAX_CONCURRENT_PER_USER jobs
waiting or running, so nobody ties up the workers, and no web worker ever writes a large export.
"""

from __future__ import annotations

import logging
import os
import secrets
from datetime import timedelta
from pathlib import Path
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import Q
from django.http import QueryDict
from django.utils import timezone

from .exports import FORMATS, RATING
from .filters import ClaimFilter
from .models import ClaimLocation, ExportJob
from .queue import enqueue_export

log = logging.getLogger(__name__)

ACTIVE = [ExportJob.State.PENDING, ExportJob.State.RUNNING]
PROGRESS_EVERY = 1000  # pieces written between two progress updates
# A running job silent this long lost its worker.
STALE_AFTER = timedelta(minutes=10)


class TooManyExports(Exception):
    """The user already has as many exports waiting or running as they may."""


def streams(claim_filter: ClaimFilter) -> bool:
    """Small enough to stream within the request."""
    limit = settings.EXPORT_STREAM_MAX_CLAIMS
    return claim_filter.apply(sort=False)[: limit + 1].count() <= limit


def request_export(kind: str, claim_filter: ClaimFilter, *, user, base_url: str) -> ExportJob:
    """Create the job and hand it to a worker once committed. TooManyExports past the user's limit."""
    if kind not in FORMATS:
        raise ValueError(f"Unknown export {kind!r}")
    with transaction.atomic():
        # One request at a time per user, so that two at once cannot both pass the limit.
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()
        active = ExportJob.objects.filter(created_by=user, state__in=ACTIVE).count()
        if active >= settings.EXPORT_MAX_CONCURRENT_PER_USER:
            raise TooManyExports(
                f"You have {active} exports being written; wait for one to finish "
                f"(at most {settings.EXPORT_MAX_CONCURRENT_PER_USER} at a time)."
            )
        job = ExportJob.objects.create(
            kind=kind, query=claim_filter.querystring(), base_url=base_url, created_by=user
        )
        enqueue_export(job.pk)
    return job


def _total(kind: str, claim_filter: ClaimFilter) -> int:
    claims = claim_filter.apply(sort=False)
    if kind == "geojson":
        places = ClaimLocation.objects.filter(claim__in=claims.values("pk"))
        return places.values("location_id").distinct().count()
    if kind == "claimreview":
        return claims.filter(status__in=list(RATING)).count()
    return claims.count()


def _write(job: ExportJob, claim_filter: ClaimFilter, path: Path) -> int:
    """Write the export to `path`, counting progress on the job; the number of items written."""
    write = FORMATS[job.kind][0]
    pieces = 0
    # SQLite cannot write on the connection whose read of the claims is still open once another
    # writer committed meanwhile ("database is locked"): there the progress shows at the end only.
    progress = connection.vendor != "sqlite"
    with open(path, "w", encoding="utf-8", newline="") as out:
        for piece in write(claim_filter, lambda url: urljoin(job.base_url, url)):
            out.write(piece)
            pieces += 1
            if progress and pieces % PROGRESS_EVERY == 0:
                ExportJob.objects.filter(pk=job.pk).update(
                    processed=min(pieces - 1, job.total), heartbeat_at=timezone.now()
                )
    return max(pieces - 2, 0) if job.kind != "csv" else pieces - 1


def run_export_job(job_id: int) -> str:
    """Write one export job's file (the Celery task's body). Safe to run twice: the job is
    claimed with a conditional update, and only a waiting job is."""
    now = timezone.now()
    claimed = ExportJob.objects.filter(pk=job_id, state=ExportJob.State.PENDING).update(
        state=ExportJob.State.RUNNING, started_at=now, heartbeat_at=now
    )
    if not claimed:
        return "not waiting"
    job = ExportJob.objects.get(pk=job_id)
    claim_filter = ClaimFilter.from_query(QueryDict(job.query))
    job.total = _total(job.kind, claim_filter)
    ExportJob.objects.filter(pk=job.pk).update(total=job.total)
    stem, extension = FORMATS[job.kind][2], FORMATS[job.kind][3]
    directory = Path(settings.EXPORTS_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    filename = f"{stem}-{job.pk}-{secrets.token_hex(8)}.{extension}"
    partial = directory / (filename + ".part")
    try:
        written = _write(job, claim_filter, partial)
        os.replace(partial, directory / filename)
    except Exception as exc:
        partial.unlink(missing_ok=True)
        log.exception("Export %s failed", job.pk)
        ExportJob.objects.filter(pk=job.pk).update(
            state=ExportJob.State.FAILED, error=f"The export failed: {exc}"[:1000], finished_at=timezone.now()
        )
        return "failed"
    finished = timezone.now()
    ExportJob.objects.filter(pk=job.pk).update(
        state=ExportJob.State.DONE,
        processed=written,
        filename=filename,
        size=(directory / filename).stat().st_size,
        finished_at=finished,
        expires_at=finished + timedelta(hours=settings.EXPORT_LINK_HOURS),
    )
    return "done"


def path_of(job: ExportJob) -> Path:
    return Path(settings.EXPORTS_DIR) / job.filename


def expire_exports() -> int:
    """Delete the files of expired links, and fail jobs whose worker went silent. Returns how
    many jobs changed."""
    now = timezone.now()
    changed = 0
    for job in ExportJob.objects.filter(state=ExportJob.State.DONE, expires_at__lt=now):
        path_of(job).unlink(missing_ok=True)
        changed += ExportJob.objects.filter(pk=job.pk, state=ExportJob.State.DONE).update(
            state=ExportJob.State.EXPIRED
        )
    changed += ExportJob.objects.filter(
        Q(state=ExportJob.State.RUNNING, heartbeat_at__lt=now - STALE_AFTER)
        | Q(state=ExportJob.State.PENDING, created_at__lt=now - STALE_AFTER * 6)
    ).update(state=ExportJob.State.FAILED, error="The export was lost (its worker stopped).", finished_at=now)
    return changed
