"""Parsing one queued report: take it, run the extractor, store its claims.

Safe to run twice or concurrently (a conditional update takes the report; the claims are written
under the parse's token), so a duplicate delivery or a second worker does nothing.
"""

from __future__ import annotations

import logging
import uuid

from django.conf import settings
from django.db import DatabaseError, OperationalError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.module_loading import import_string

from ..extraction import ClaimDraft, Registry
from ..models import ParseStatus, Report
from ..queue import TransientError, enqueue_grouping
from ..registry.snapshot import current_registry
from .store import write_claims

log = logging.getLogger(__name__)


def claim_for_parsing(report_id: int) -> uuid.UUID | None:
    """Take a queued report for this worker. None if it is not queued (done, or another worker has it)."""
    token = uuid.uuid4()
    taken = Report.objects.filter(pk=report_id, parse_status=ParseStatus.QUEUED).update(
        parse_status=ParseStatus.PARSING,
        parse_token=token,
        status_changed_at=timezone.now(),
        parse_attempts=F("parse_attempts") + 1,
    )
    return token if taken else None


def _release(report_id: int, token: uuid.UUID) -> None:
    Report.objects.filter(pk=report_id, parse_token=token, parse_status=ParseStatus.PARSING).update(
        parse_status=ParseStatus.QUEUED, parse_token=None, status_changed_at=timezone.now()
    )


def _fail(report_id: int, token: uuid.UUID, reason: str) -> None:
    Report.objects.filter(pk=report_id, parse_token=token, parse_status=ParseStatus.PARSING).update(
        parse_status=ParseStatus.FAILED,
        parse_error=reason[:2000],
        parse_token=None,
        status_changed_at=timezone.now(),
        parsed_at=timezone.now(),
    )


def run_extractor(report: Report, registry: Registry) -> list[ClaimDraft]:
    """The report's claims; its source hint (a feed's, a channel's, the API caller's) is the
    author of what nobody else in it is said to say."""
    # The extractor is a setting so that fault tests can run a worker with one that misbehaves.
    extract = import_string(settings.CLAIMS_EXTRACTOR)
    hint = str(report.source_hint_id) if report.source_hint_id else None
    author = next((s for s in registry.sources if s.key == hint), None) if hint else None
    return extract(report.text, report.reference_date, registry, author=author)


def parse_report(report_id: int) -> str:
    """Parse one queued report into claims. Safe to run twice or concurrently: one set of claims.

    Returns what happened: parsed, failed, or skipped (not queued: done already, or taken).
    Raises TransientError when the database is briefly unavailable, after putting the report back.
    """
    try:
        token = claim_for_parsing(report_id)
    except OperationalError as exc:
        raise TransientError(str(exc)) from exc
    if token is None:
        return "skipped"
    try:
        report = Report.objects.get(pk=report_id)
        registry = current_registry()
    except OperationalError as exc:
        _release(report_id, token)
        raise TransientError(str(exc)) from exc
    try:
        drafts = run_extractor(report, registry)
    except Exception as exc:
        log.exception("Extractor failed on report %s", report_id)
        _fail(report_id, token, f"The extractor could not read this report ({type(exc).__name__}: {exc}).")
        return "failed"
    try:
        with transaction.atomic():
            written = write_claims(report_id, token, drafts)
    except OperationalError as exc:
        _release(report_id, token)
        raise TransientError(str(exc)) from exc
    except (DatabaseError, ValueError) as exc:
        log.exception("Could not store the claims of report %s", report_id)
        _fail(
            report_id, token, f"The claims of this report could not be stored ({type(exc).__name__}: {exc})."
        )
        return "failed"
    if not written:
        return "skipped"
    enqueue_grouping(report_id)
    return "parsed"
