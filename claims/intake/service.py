"""The one way a report comes in, whatever the door.

The web form, an upload, the API, a feed entry, a Telegram post and a row of a bulk file all call
`submit_report`: it cleans the text (HTML becomes text), refuses what it cannot store with a
reason (`ReportRejected`), finds the same content or the same outside item already stored,
resolves the source the door names, stores the report and queues it for parsing once the
transaction commits. Doors open no transaction of their own: a refused report leaves nothing
behind, not even the new source it named.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from .. import extraction, queue
from ..cleaning import clean_line, clean_text
from ..models import Channel, ImportedItem, Report, Source, content_hash
from ..registry.sources import SourceIndex
from .rows import check_url, moment_of, parse_published


class ReportRejected(ValueError):
    """The submitted report cannot be stored; the message says why, for the submitter."""


@dataclass
class Submission:
    report: Report
    created: bool  # False: the same content was already here, `report` is that earlier report
    enqueued: bool  # False: the queue was unreachable; the sweeper will enqueue it later


def clean_report_text(raw: str, *, is_html: bool | None = None) -> str:
    if raw is None or not isinstance(raw, str):
        raise ReportRejected("The report has no text.")
    if len(raw) > settings.REPORT_MAX_CHARS * 4:
        raise ReportRejected(f"The report text is too long (limit {settings.REPORT_MAX_CHARS:,} characters).")
    # No NUL or other control character reaches the database, whatever the extractor's cleaning.
    text = clean_text(extraction.prepare_text(clean_text(raw), is_html=is_html)).strip()
    if not text:
        raise ReportRejected("The report has no text.")
    if len(text) > settings.REPORT_MAX_CHARS:
        raise ReportRejected(
            f"The report text is {len(text):,} characters long; the limit is {settings.REPORT_MAX_CHARS:,}."
        )
    return text


def find_duplicate(text: str) -> Report | None:
    return Report.objects.filter(content_hash=content_hash(text)).first()


def _published(value: datetime | date | str | None) -> datetime | None:
    if isinstance(value, str):
        try:
            value = moment_of(parse_published(clean_line(value)))
        except ValueError as exc:
            raise ReportRejected(f"The report cannot be stored: {exc}.") from None
    if isinstance(value, date) and not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day, 12, tzinfo=UTC)
    if value is not None and timezone.is_naive(value):
        value = timezone.make_aware(value, UTC)
    return value


def _url(value: str) -> str:
    try:
        return check_url(clean_line(value))
    except ValueError as exc:
        raise ReportRejected(f"The report cannot be stored: {exc}.") from None


def _already_imported(origin) -> Report | None:
    if not origin:
        return None
    item = (
        ImportedItem.objects.filter(channel=origin[0], scope=origin[1], item_id=origin[2], version=origin[3])
        .select_related("report")
        .first()
    )
    return item.report if item else None


def _remember_origin(origin, report: Report) -> None:
    if origin:
        ImportedItem.objects.get_or_create(
            channel=origin[0],
            scope=origin[1],
            item_id=origin[2],
            version=origin[3],
            defaults={"report": report},
        )


def _stored(report: Report) -> Submission:
    return Submission(report, created=False, enqueued=report.enqueued_at is not None)


def submit_report(
    *,
    text: str,
    title: str = "",
    url: str = "",
    outlet: str = "",
    published_at: datetime | date | str | None = None,
    is_html: bool | None = None,
    channel: str = Channel.WEB,
    source_hint: Source | None = None,
    source: str = "",
    source_aliases=(),
    sources: SourceIndex | None = None,
    origin: tuple[str, str, str, str] | None = None,
    submitted_by=None,
    received_at: datetime | None = None,
    enqueue: bool = True,
) -> Submission:
    """Store a report (or find the same content already stored) and queue it for parsing.

    `source_hint` is the source the door already knows (a feed's default source, the source an
    import was made for); else `source` names one (id, name or alias; a new name becomes an
    unreviewed source). `origin` is (channel, scope, item id, version) of an outside item that
    has an identity of its own (a Telegram post, a feed entry): an item taken in before is not
    taken in again. Raises ReportRejected with the reason, storing nothing.
    """
    with transaction.atomic():
        earlier = _already_imported(origin)
        if earlier is not None:
            return _stored(earlier)
        text = clean_report_text(text, is_html=is_html)
        url = _url(url)
        published = _published(published_at)
        existing = find_duplicate(text)
        if existing is not None:
            _remember_origin(origin, existing)
            return _stored(existing)
        if source_hint is None and clean_line(source):
            note = f"Named by a {channel} report; review it."
            source_hint = (sources or SourceIndex()).find_or_create(
                clean_line(source)[:200], source_aliases, note=note
            )
        report = Report(
            title=clean_line(title)[:500],
            text=text,
            url=url,
            outlet=clean_line(outlet)[:200],
            published_at=published,
            channel=channel,
            source_hint=source_hint,
            submitted_by=submitted_by if getattr(submitted_by, "pk", None) else None,
            received_at=received_at or timezone.now(),
            # Stamped now, so a successful enqueue costs no second write; a failed one clears it.
            enqueued_at=timezone.now() if enqueue else None,
        )
        try:
            with transaction.atomic():
                report.save()
        except IntegrityError:
            # Another request stored the same content a moment ago: that is the report.
            existing = find_duplicate(text)
            if existing is None:
                raise
            _remember_origin(origin, existing)
            return _stored(existing)
        _remember_origin(origin, report)
        state = {"enqueued": False}
        if enqueue:

            def after_commit() -> None:
                state["enqueued"] = queue.enqueue_parse(report.pk, stamped=True)

            transaction.on_commit(after_commit)
    # Outside a transaction on_commit ran already; inside one, the outcome is known only later.
    return Submission(report, created=True, enqueued=state["enqueued"])


def submit_row(row, *, channel: str, **options) -> Submission:
    """Take in one parsed row of a file, an export or a feed (a `rows.ReportRow`)."""
    return submit_report(
        text=row.text,
        title=row.title,
        url=row.url,
        outlet=row.outlet,
        published_at=row.published,
        is_html=row.is_html,
        source=row.source,
        source_aliases=row.source_aliases,
        origin=row.origin,
        channel=channel,
        **options,
    )
