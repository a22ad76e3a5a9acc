"""Workflows that span models: take in a report, parse it, re-parse, sweep, review.

Views, API endpoints, Celery tasks and management commands all call these functions; none of
them holds workflow logic of its own.
"""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, IntegrityError, OperationalError, transaction
from django.db.models import Count, F, Max, Q
from django.utils import timezone
from django.utils.module_loading import import_string

from . import extraction
from .cleaning import clean_line, clean_text, web_url
from .extraction import ClaimDraft, PlaceEntry, Registry, SourceEntry, TopicEntry
from .models import (
    Channel,
    Claim,
    ClaimLocation,
    Location,
    ParseStatus,
    Report,
    Source,
    SourceKind,
    Topic,
    content_hash,
)

log = logging.getLogger(__name__)


class TransientError(Exception):
    """Worth retrying: the database or broker was briefly unavailable."""


class ReportRejected(ValueError):
    """The submitted report cannot be stored; the message says why, for the submitter."""


# ---------------------------------------------------------------------------------------------
# Taking in reports


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


def submit_report(
    *,
    text: str,
    title: str = "",
    url: str = "",
    outlet: str = "",
    published_at: datetime | date | None = None,
    channel: str = Channel.WEB,
    source_hint: Source | None = None,
    submitted_by=None,
    is_html: bool | None = None,
    received_at: datetime | None = None,
    enqueue: bool = True,
) -> Submission:
    """Store a report (or find the same content already stored) and queue it for parsing."""
    text = clean_report_text(text, is_html=is_html)
    url = clean_line(url)
    if url and not web_url(url):
        raise ReportRejected("The report's URL is not a web address (http or https).")
    if len(url) > 2000:
        raise ReportRejected("The report's URL is longer than 2,000 characters.")
    if isinstance(published_at, date) and not isinstance(published_at, datetime):
        published_at = datetime(published_at.year, published_at.month, published_at.day, 12, tzinfo=UTC)
    if published_at is not None and timezone.is_naive(published_at):
        published_at = timezone.make_aware(published_at, UTC)
    existing = find_duplicate(text)
    if existing is not None:
        return Submission(existing, created=False, enqueued=existing.enqueued_at is not None)
    report = Report(
        title=clean_line(title)[:500],
        text=text,
        url=url,
        outlet=clean_line(outlet)[:200],
        published_at=published_at,
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
        return Submission(existing, created=False, enqueued=existing.enqueued_at is not None)
    state = {"enqueued": False}
    if enqueue:

        def after_commit() -> None:
            state["enqueued"] = enqueue_parse(report.pk, stamped=True)

        transaction.on_commit(after_commit)
    # Outside a transaction on_commit ran already; inside one, the outcome is known only later.
    return Submission(report, created=True, enqueued=state["enqueued"])


def enqueue_parse(report_id: int, *, stamped: bool = False) -> bool:
    """Hand a report to the workers. False when the broker is unreachable (nothing is lost:
    the report stays queued in the database and the sweeper enqueues it again). `stamped`: the
    caller already set `enqueued_at` when it stored the report."""
    from .tasks import parse_report as parse_task

    if settings.CELERY_TASK_ALWAYS_EAGER:
        # No broker (single-user `make run` without Redis): parse beside the request.
        Report.objects.filter(pk=report_id).update(enqueued_at=timezone.now())
        run_in_background(parse_report, report_id)
        return True
    try:
        parse_task.apply_async(args=[report_id], retry=False)
    except Exception as exc:  # kombu OperationalError, redis ConnectionError, OSError ...
        log.warning("Could not enqueue report %s (parsing delayed): %s", report_id, exc)
        Report.objects.filter(pk=report_id, parse_status=ParseStatus.QUEUED).update(enqueued_at=None)
        return False
    if not stamped:
        Report.objects.filter(pk=report_id).update(enqueued_at=timezone.now())
    return True


def run_in_background(job, *args) -> None:
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

    threading.Thread(target=run, daemon=True).start()


# ---------------------------------------------------------------------------------------------
# The registry the extractor reads


_registry_cache: dict[str, object] = {}
_registry_lock = threading.Lock()


def _registry_stamp() -> tuple:
    parts = []
    for model in (Source, Location, Topic):
        agg = model.objects.aggregate(n=Count("id"), last=Max("updated_at"))
        parts.append((agg["n"], agg["last"].isoformat() if agg["last"] else ""))
    return tuple(parts)


def build_registry() -> Registry:
    sources = tuple(
        SourceEntry(
            key=str(s.pk), name=s.name, kind=s.kind, country=s.country, aliases=tuple(s.aliases or ())
        )
        for s in Source.objects.order_by("pk")
    )
    places = tuple(
        PlaceEntry(
            key=str(p.pk),
            name=p.name,
            lat=p.latitude,
            lon=p.longitude,
            kind=p.kind,
            precision=p.precision,
            aliases=tuple(p.aliases or ()),
            radius_km=p.radius_km,
            country=p.country,
        )
        for p in Location.objects.order_by("pk")
    )
    topics = tuple(
        TopicEntry(key=str(t.pk), name=t.name, terms=tuple(t.terms or ()))
        for t in Topic.objects.order_by("pk")
    )
    return Registry(sources=sources, places=places, topics=topics)


def current_registry() -> Registry:
    """The registry as the database has it now; rebuilt only when sources, places or topics change."""
    stamp = _registry_stamp()
    with _registry_lock:
        if _registry_cache.get("stamp") == stamp:
            return _registry_cache["registry"]  # type: ignore[return-value]
        registry = build_registry()
        _registry_cache.update(stamp=stamp, registry=registry)
        return registry


# ---------------------------------------------------------------------------------------------
# Parsing


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
            written = _write_claims(report_id, token, drafts)
    except OperationalError as exc:
        _release(report_id, token)
        raise TransientError(str(exc)) from exc
    except (DatabaseError, ValueError) as exc:
        log.exception("Could not store the claims of report %s", report_id)
        _fail(
            report_id, token, f"The claims of this report could not be stored ({type(exc).__name__}: {exc})."
        )
        return "failed"
    return "parsed" if written else "skipped"


class _Sources:
    """Resolves drafts' sources: registry keys in one query, new actors created unreviewed."""

    def __init__(self, drafts: list[ClaimDraft]):
        keys = {int(k) for d in drafts for k in (d.source_key, d.cited_source_key) if k and k.isdigit()}
        self.by_key = {str(pk): s for pk, s in Source.objects.in_bulk(keys).items()} if keys else {}
        self.by_name: dict[str, Source] = {}

    def resolve(self, key: str | None, name: str, kind: str = SourceKind.OTHER) -> Source | None:
        if key and key in self.by_key:
            return self.by_key[key]
        name = " ".join((name or "").split())[:200]
        if not name:
            return None
        folded = name.casefold()
        if folded not in self.by_name:
            source = Source.objects.filter(name__iexact=name).first()
            if source is None:
                kind = kind if kind in SourceKind.values else SourceKind.OTHER
                source, _ = Source.objects.get_or_create(
                    name=name, defaults={"kind": kind, "reviewed": False, "notes": "Found by the parser."}
                )
            self.by_name[folded] = source
        return self.by_name[folded]


def _ids(keys) -> set[int]:
    return {int(k) for k in keys if k and str(k).isdigit()}


def _write_claims(report_id: int, token: uuid.UUID, drafts: list[ClaimDraft]) -> bool:
    """Store a parse's claims in bulk: new ones created, ones seen before updated in place (their
    status and history untouched), vanished ones deleted or, if reviewed, marked superseded."""
    report = Report.objects.select_for_update().get(pk=report_id)
    if report.parse_status != ParseStatus.PARSING or report.parse_token != token:
        return False  # someone else finished or took this report meanwhile: their result stands
    existing = {c.fingerprint: c for c in Claim.objects.filter(report=report)}
    sources = _Sources(drafts)
    known_places = set(
        Location.objects.filter(pk__in=_ids(m.key for d in drafts for m in d.places)).values_list(
            "pk", flat=True
        )
    )
    known_topics = set(
        Topic.objects.filter(pk__in=_ids(k for d in drafts for k in d.topic_keys)).values_list(
            "pk", flat=True
        )
    )
    reference = report.reference_date
    now = timezone.now()
    seen: set[str] = set()
    new_claims: list[Claim] = []
    changed_claims: list[Claim] = []
    links: list[tuple[Claim, ClaimDraft]] = []
    fields = [
        "source",
        "cited_source",
        "sentence",
        "char_start",
        "char_end",
        "statement",
        "stance",
        "event_start",
        "event_end",
        "date_precision",
        "date_text",
        "timeline_date",
        "figures",
        "superseded_at",
        "updated_at",
    ]
    for draft in drafts:
        source = sources.resolve(draft.source_key, draft.source_name, draft.source_kind)
        if source is None:
            continue
        fingerprint = base = draft.fingerprint()
        n = 1
        while fingerprint in seen:
            n += 1
            fingerprint = f"{base[:60]}#{n}"
        seen.add(fingerprint)
        cited = None
        if draft.cited_source_key or draft.cited_source_name:
            cited = sources.resolve(draft.cited_source_key, draft.cited_source_name)
        values = {
            "source": source,
            "cited_source": cited if cited != source else None,
            "sentence": draft.sentence,
            "char_start": draft.start,
            "char_end": draft.end,
            "statement": draft.statement or draft.sentence,
            "stance": draft.stance,
            "event_start": draft.event_start,
            "event_end": draft.event_end,
            "date_precision": draft.date_precision,
            "date_text": (draft.date_text or "")[:200],
            "timeline_date": draft.event_start or reference,
            "figures": [f.as_dict() for f in draft.figures],
            "superseded_at": None,
            "updated_at": now,
        }
        claim = existing.get(fingerprint)
        if claim is None:
            claim = Claim(report=report, fingerprint=fingerprint, created_at=now, **values)
            new_claims.append(claim)
        else:
            for field, value in values.items():
                setattr(claim, field, value)
            changed_claims.append(claim)
        links.append((claim, draft))
    Claim.objects.bulk_create(new_claims)
    if changed_claims:
        Claim.objects.bulk_update(changed_claims, fields)
        ClaimLocation.objects.filter(claim__in=changed_claims).delete()
        Claim.topics.through.objects.filter(claim__in=changed_claims).delete()
    place_rows, topic_rows = [], []
    for claim, draft in links:
        placed: set[int] = set()
        for mention in draft.places:
            pk = int(mention.key) if mention.key.isdigit() else None
            if pk in known_places and pk not in placed:
                placed.add(pk)
                place_rows.append(ClaimLocation(claim=claim, location_id=pk, mention=mention.text[:200]))
        for pk in sorted(_ids(draft.topic_keys) & known_topics):
            topic_rows.append(Claim.topics.through(claim_id=claim.pk, topic_id=pk))
    ClaimLocation.objects.bulk_create(place_rows)
    Claim.topics.through.objects.bulk_create(topic_rows)
    for fingerprint, claim in existing.items():
        if fingerprint in seen:
            continue
        if claim.history.exists():
            if claim.superseded_at is None:
                claim.superseded_at = now
                claim.save(update_fields=["superseded_at", "updated_at"])
        else:
            claim.delete()
    report.parse_status = ParseStatus.PARSED
    report.parse_error = ""
    report.parse_token = None
    report.parser_version = extraction.PARSER_VERSION
    report.parsed_at = now
    report.status_changed_at = now
    report.claim_count = len(seen)
    report.save(
        update_fields=[
            "parse_status",
            "parse_error",
            "parse_token",
            "parser_version",
            "parsed_at",
            "status_changed_at",
            "claim_count",
        ]
    )
    return True


def request_reparse(reports, *, enqueue: bool = True) -> int:
    """Queue reports again (after the registry or the parser changed). Analysts' decisions on
    claims the new parse still produces are kept. Reports being parsed right now are left alone."""
    ids = list(reports.exclude(parse_status=ParseStatus.PARSING).values_list("pk", flat=True))
    if not ids:
        return 0
    with transaction.atomic():
        Report.objects.filter(pk__in=ids).exclude(parse_status=ParseStatus.PARSING).update(
            parse_status=ParseStatus.QUEUED,
            parse_token=None,
            status_changed_at=timezone.now(),
            enqueued_at=None,
        )
        if enqueue:
            transaction.on_commit(lambda: [enqueue_parse(pk) for pk in ids])
    return len(ids)


def outdated_reports():
    return Report.objects.exclude(parser_version=extraction.PARSER_VERSION)


def sweep_stuck_reports(older_than_seconds: int | None = None) -> int:
    """Re-enqueue reports stuck in queued or parsing (a lost message, a killed worker, Redis down)."""
    age = settings.CLAIMS_STUCK_AFTER_SECONDS if older_than_seconds is None else older_than_seconds
    cutoff = timezone.now() - timedelta(seconds=age)
    stuck_parsing = list(
        Report.objects.filter(parse_status=ParseStatus.PARSING, status_changed_at__lt=cutoff).values_list(
            "pk", "parse_token"
        )
    )
    rescued = [
        pk
        for pk, token in stuck_parsing
        if Report.objects.filter(pk=pk, parse_status=ParseStatus.PARSING, parse_token=token).update(
            parse_status=ParseStatus.QUEUED, parse_token=None, status_changed_at=timezone.now()
        )
    ]
    stuck_queued = rescued + list(
        Report.objects.filter(parse_status=ParseStatus.QUEUED, status_changed_at__lt=cutoff)
        .filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=cutoff))
        .values_list("pk", flat=True)
    )
    enqueued = 0
    for pk in stuck_queued:
        enqueued += enqueue_parse(pk)
    return enqueued


# ---------------------------------------------------------------------------------------------
# Reviewing


def _evidence_url(value) -> str:
    url = clean_line(value)
    if url and not web_url(url):
        raise ValidationError({"evidence_url": "The evidence link is not a web address (http or https)."})
    if len(url) > 2000:
        raise ValidationError({"evidence_url": "The evidence link is longer than 2,000 characters."})
    return url


def review_claim(
    claim: Claim, *, by, status=None, credibility=None, note="", evidence_url="", expected_version=None
):
    """An analyst's verdict on a claim; raises StaleClaimError if someone else changed it first."""
    return claim.review(
        by=by,
        status=status,
        credibility=credibility,
        note=clean_text(note).strip(),
        evidence_url=_evidence_url(evidence_url),
        expected_version=expected_version,
    )
