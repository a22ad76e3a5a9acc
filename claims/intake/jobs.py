"""Import jobs: check a file, then take its rows in, counting as it goes.

`create_import_job` reads and checks the whole file first (file-level problems refuse it with
nothing stored; in strict mode so does any bad row) and stores the rows to import in an
ImportJob. `run_import_job` - called by the Celery task for uploads, directly by the management
commands - submits the rows one by one, writing its counts to the job as it goes, so the
upload page can show a live count and the command a progress bar.

Importing is safe to repeat: a row whose content is already a report, or a Telegram post
already imported, adds nothing and is counted as "already here".
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.db.models import Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from ..cleaning import clean_line
from ..models import Channel, ImportJob, Source
from ..registry.sources import SourceIndex
from . import bulk, telegram
from .rows import MAX_LISTED_ERRORS, ImportRejected, RejectedRow, ReportRow
from .service import ReportRejected, clean_report_text, submit_row

log = logging.getLogger(__name__)

CHANNEL_OF_KIND: dict[str, str] = {
    ImportJob.Kind.TELEGRAM: Channel.TELEGRAM,
    ImportJob.Kind.JSONL: Channel.FILE,
    ImportJob.Kind.JSON: Channel.FILE,
    ImportJob.Kind.CSV: Channel.FILE,
}
PROGRESS_EVERY_SECONDS = 0.5


def check_size(size: int) -> None:
    if size > settings.UPLOAD_MAX_BYTES:
        raise ImportRejected(
            f"The file is {size / 1_048_576:.1f} MB; the limit is "
            f"{settings.UPLOAD_MAX_BYTES / 1_048_576:.0f} MB. Split it and import the parts.",
            status=413,
        )


def _strict_check(rows: list[ReportRow]) -> list[RejectedRow]:
    """What submit_report would refuse, found before anything is stored."""
    problems = []
    for row in rows:
        try:
            clean_report_text(row.text)
        except ReportRejected as exc:
            problems.append(RejectedRow(row.label, str(exc)))
    return problems


def create_import_job(
    data: bytes,
    *,
    kind: str,
    filename: str = "",
    created_by=None,
    source: Source | None = None,
    strict: bool = False,
    username: str = "",
) -> ImportJob:
    """Check a whole file and store its rows as a pending job. ImportRejected (nothing stored)
    when the file cannot be imported: too big, not UTF-8, the wrong shape, or - in strict
    mode - any row that cannot be a report."""
    check_size(len(data))
    max_chars = settings.REPORT_MAX_CHARS
    notes: list[str] = []
    skipped = 0
    if kind == ImportJob.Kind.TELEGRAM:
        export = telegram.parse_export(data, username=username, max_chars=max_chars)
        rows, rejected = export.rows, export.rejected
        skipped = sum(export.skipped.values())
        notes += [f"Skipped {n} {what}." for what, n in sorted(export.skipped.items())]
        notes += [f"Chat {chat.name!r} (id {chat.id})." for chat in export.chats]
        if not rows and not rejected:
            raise ImportRejected("The export holds no post with text. Nothing was imported.")
    elif kind in bulk.FORMATS:
        rows, rejected = bulk.parse_file(data, kind, max_chars)
    else:
        raise ImportRejected(f"Unknown kind of import {kind!r}.")
    if strict:
        rejected = rejected + _strict_check(rows)
        if rejected:
            raise ImportRejected(
                f"{len(rejected)} row(s) cannot be imported, so - all or nothing - nothing was imported. "
                "Fix them and import the file again.",
                rows=rejected,
            )
    return ImportJob.objects.create(
        kind=kind,
        filename=clean_line(filename)[:255],
        strict=strict,
        source=source,
        total=len(rows),
        rejected=len(rejected),
        rejected_rows=[r.as_dict() for r in rejected[:MAX_LISTED_ERRORS]],
        skipped=skipped,
        notes=notes,
        payload=[r.as_dict() for r in rows],
        created_by=created_by if getattr(created_by, "pk", None) else None,
    )


def import_row(row: ReportRow, *, channel: str, sources: SourceIndex, source=None, submitted_by=None) -> str:
    """Take one row in: "created", or "duplicate" when it is already here. Raises ReportRejected."""
    submission = submit_row(
        row, channel=channel, source_hint=source, sources=sources, submitted_by=submitted_by
    )
    return "created" if submission.created else "duplicate"


def run_import_job(job_id: int, progress: Callable[[ImportJob], None] | None = None) -> str:
    """Import a pending job's rows. Returns the job's final state ("skipped" if it was not pending:
    done already, or another worker has it)."""
    now = timezone.now()
    # A pending job, or a running one whose worker was lost (silent for longer than a parse may
    # take): the message is delivered again and the import resumes after its last saved row.
    lost = Q(state=ImportJob.State.RUNNING) & (
        Q(heartbeat_at__lt=now - timedelta(seconds=settings.CLAIMS_STUCK_AFTER_SECONDS))
        | Q(
            heartbeat_at__isnull=True,
            started_at__lt=now - timedelta(seconds=settings.CLAIMS_STUCK_AFTER_SECONDS),
        )
    )
    taken = ImportJob.objects.filter(Q(state=ImportJob.State.PENDING) | lost, pk=job_id).update(
        state=ImportJob.State.RUNNING, started_at=Coalesce("started_at", Value(now)), heartbeat_at=now
    )
    if not taken:
        return "skipped"
    job = ImportJob.objects.select_related("source", "created_by").get(pk=job_id)
    channel = CHANNEL_OF_KIND[job.kind]
    sources = SourceIndex()
    rejected_rows = list(job.rejected_rows)
    last_saved = time.monotonic()

    def save(*fields: str) -> None:
        job.rejected_rows = rejected_rows[:MAX_LISTED_ERRORS]
        ImportJob.objects.filter(pk=job.pk).update(
            **{
                f: getattr(job, f)
                for f in ("processed", "created", "duplicates", "rejected", "rejected_rows")
            },
            **{f: getattr(job, f) for f in fields},
        )
        if progress:
            progress(job)

    try:
        for data in job.payload[job.processed :]:
            row = ReportRow.from_dict(data)
            try:
                outcome = import_row(
                    row, channel=channel, sources=sources, source=job.source, submitted_by=job.created_by
                )
            except ReportRejected as exc:
                job.rejected += 1
                rejected_rows.append(RejectedRow(row.label, str(exc)).as_dict())
            else:
                if outcome == "created":
                    job.created += 1
                else:
                    job.duplicates += 1
            job.processed += 1
            if time.monotonic() - last_saved >= PROGRESS_EVERY_SECONDS:
                save()
                last_saved = time.monotonic()
    except Exception as exc:
        log.exception("Import job %s stopped", job_id)
        job.state = ImportJob.State.FAILED
        job.error = (
            f"The import stopped after {job.processed} of {job.total} rows ({type(exc).__name__}: {exc}). "
            "The rows before it are stored; importing the file again adds only what is missing."
        )[:2000]
    else:
        job.state = ImportJob.State.DONE
    job.finished_at = timezone.now()
    job.payload = []
    if len(rejected_rows) > MAX_LISTED_ERRORS:
        job.notes = [*job.notes, f"Only the first {MAX_LISTED_ERRORS} rejected rows are listed."]
    save("state", "error", "finished_at", "payload", "notes")
    return job.state
