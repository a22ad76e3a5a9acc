"""What the import commands print: a progress bar on a terminal, a summary everywhere."""

from __future__ import annotations

import time
from pathlib import Path

from django.core.management.base import CommandError

from ..intake import jobs
from ..intake.rows import ImportRejected
from ..models import ImportJob, Source
from ..registry.sources import find_source


def source_option(value: str) -> Source | None:
    """The source a command's --source names; none when it is empty; an error when unknown."""
    if not value:
        return None
    source = find_source(value)
    if source is None:
        raise CommandError(f"No source {value!r}.")
    return source


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CommandError(f"Cannot read {path}: {exc.strerror}.") from None


class ProgressBar:
    """`[#####.....] 512/1024 reports` redrawn in place; silent when output is not a terminal."""

    MIN_INTERVAL = 0.1  # seconds between redraws

    def __init__(self, stream, width: int = 30):
        self.stream = stream
        self.width = width
        self.enabled = stream.isatty()
        self.last = 0.0

    def __call__(self, job: ImportJob) -> None:
        if not self.enabled or (
            time.monotonic() - self.last < self.MIN_INTERVAL and job.processed < job.total
        ):
            return
        self.last = time.monotonic()
        done = int(self.width * job.processed / job.total) if job.total else self.width
        self.stream.write(
            f"\r[{'#' * done}{'.' * (self.width - done)}] {job.processed}/{job.total} reports"
            f" ({job.created} new, {job.duplicates} already here, {job.rejected} rejected)",
            ending="",
        )
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("")


def run_import(command, data: bytes, **options) -> ImportJob:
    """Create and run an import job in this process, printing progress and the outcome."""
    try:
        job = jobs.create_import_job(data, **options)
    except ImportRejected as exc:
        for row in exc.rows[:50]:
            command.stderr.write(f"  {row.label}: {row.reason}")
        if len(exc.rows) > 50:
            command.stderr.write(f"  ... and {len(exc.rows) - 50} more")
        raise CommandError(exc.message) from None
    bar = ProgressBar(command.stdout)
    jobs.run_import_job(job.pk, progress=bar)
    bar.close()
    job.refresh_from_db()
    for note in job.notes:
        command.stdout.write(note)
    for row in job.rejected_rows:
        command.stderr.write(f"  rejected {row['label']}: {row['reason']}")
    summary = (
        f"{job.created} new report(s), {job.duplicates} already here, {job.rejected} rejected"
        + (f", {job.skipped} skipped (not reports)" if job.skipped else "")
        + "."
    )
    if job.state == ImportJob.State.FAILED:
        raise CommandError(f"{job.error} So far: {summary}")
    command.stdout.write(command.style.SUCCESS(summary) if not job.rejected else summary)
    return job
