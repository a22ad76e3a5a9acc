"""Writing a parse's claims: new ones created, ones seen before updated in place (their status
and history untouched), vanished ones deleted or, if reviewed, marked superseded."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from django.utils import timezone

from .. import extraction, panel_counts
from ..extraction import ClaimDraft
from ..models import (
    CORRECTED_COLUMNS,
    Claim,
    ClaimCorrection,
    ClaimLocation,
    CorrectionField,
    Location,
    ParseStatus,
    Report,
    Source,
    SourceKind,
    Topic,
    search_text,
)
from ..registry.sources import create_unreviewed


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
            source = create_unreviewed(name, kind=kind, note="Found by the parser.")
            if source is None:
                return None
            self.by_name[folded] = source
        return self.by_name[folded]


def _ids(keys) -> set[int]:
    return {int(k) for k in keys if k and str(k).isdigit()}


# The fields a parse writes on a claim seen before (its status, credibility and history stay).
PARSED_FIELDS = [
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
    "unplaced_places",
    "search_text",
    "superseded_at",
    "updated_at",
]


SPLIT_PREFIX = "split:"  # claims an analyst split off: the extractor never produces them


def _kept_columns(corrected: set[str]) -> set[str]:
    """The columns of a claim an analyst corrected: a re-parse leaves them as they are."""
    kept = {column for field in corrected for column in CORRECTED_COLUMNS.get(field, ())}
    if CorrectionField.MERGED_INTO in corrected:
        kept.add("superseded_at")  # merged into another claim: it stays out of the list
    return kept


def _retire(claim: Claim, corrected: set[str], now: datetime) -> None:
    """A claim the new parse no longer produces: kept (superseded) if analysts touched it,
    left alone if an analyst made it, deleted otherwise."""
    if claim.fingerprint.startswith(SPLIT_PREFIX):
        return
    if corrected or claim.history.exists():
        if claim.superseded_at is None:
            claim.superseded_at = now
            claim.save(update_fields=["superseded_at", "updated_at"])
    else:
        claim.delete()


def write_claims(report_id: int, token: uuid.UUID, drafts: list[ClaimDraft]) -> bool:
    """Store a parse's claims in bulk: new ones created, ones seen before updated in place (their
    status and history untouched, the fields analysts corrected kept), vanished ones deleted or,
    if reviewed or corrected, marked superseded."""
    report = Report.objects.select_for_update().get(pk=report_id)
    if report.parse_status != ParseStatus.PARSING or report.parse_token != token:
        return False  # someone else finished or took this report meanwhile: their result stands
    # The dashboard's counts move with the report's claims, in this transaction; the claims are
    # locked first, so that a review meanwhile is counted once (by itself, after this commits).
    list(Claim.objects.select_for_update().filter(report=report).values_list("pk", flat=True))
    with panel_counts.kept(lambda: Claim.objects.filter(report=report).values_list("pk", flat=True)):
        _write(report, drafts)
    return True


def _write(report: Report, drafts: list[ClaimDraft]) -> None:
    existing = {c.fingerprint: c for c in Claim.objects.filter(report=report)}
    corrections = ClaimCorrection.objects.corrected_fields(c.pk for c in existing.values())
    sources = _Sources(drafts)
    now = timezone.now()
    seen: set[str] = set()
    new_claims: list[Claim] = []
    changed_claims: list[Claim] = []
    links: list[tuple[Claim, ClaimDraft]] = []
    for draft in drafts:
        source = sources.resolve(draft.source_key, draft.source_name, draft.source_kind)
        if source is None:
            continue
        fingerprint = _unique_fingerprint(draft, seen)
        values = _claim_values(draft, source, sources, report, now)
        claim = existing.get(fingerprint)
        if claim is None:
            claim = Claim(report=report, fingerprint=fingerprint, created_at=now, **values)
            new_claims.append(claim)
        else:
            _update_parsed(claim, values, corrections.get(claim.pk, set()))
            changed_claims.append(claim)
        links.append((claim, draft))
    Claim.objects.bulk_create(new_claims)
    if changed_claims:
        Claim.objects.bulk_update(changed_claims, PARSED_FIELDS)
        _unlink_places_and_topics(changed_claims, corrections)
    _link_places_and_topics(links, corrections)
    _retire_vanished(existing, seen, corrections, now)
    _mark_parsed(report, len(seen), now)


def _unique_fingerprint(draft: ClaimDraft, seen: set[str]) -> str:
    """The draft's fingerprint, numbered when an earlier draft of this parse has it too."""
    fingerprint = base = draft.fingerprint()
    n = 1
    while fingerprint in seen:
        n += 1
        fingerprint = f"{base[:60]}#{n}"
    seen.add(fingerprint)
    return fingerprint


MAX_UNPLACED = 20  # unknown place names kept per claim


def _claim_values(
    draft: ClaimDraft, source: Source, sources: _Sources, report: Report, now: datetime
) -> dict[str, Any]:
    cited = None
    if draft.cited_source_key or draft.cited_source_name:
        cited = sources.resolve(draft.cited_source_key, draft.cited_source_name)
    return {
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
        "timeline_date": draft.event_start or report.reference_date,
        "figures": [f.as_dict() for f in draft.figures],
        "unplaced_places": [name[:200] for name in dict.fromkeys(draft.unplaced)][:MAX_UNPLACED],
        "search_text": search_text(draft.statement or draft.sentence, draft.sentence, source.name),
        "superseded_at": None,
        "updated_at": now,
    }


def _update_parsed(claim: Claim, values: dict[str, Any], corrected: set[str]) -> None:
    """A claim seen before takes the parse's values, except the columns an analyst corrected;
    its search text follows the statement and source it keeps."""
    kept = _kept_columns(corrected)
    for field, value in values.items():
        if field not in kept:
            setattr(claim, field, value)
    if kept & {"statement", "source"}:
        claim.search_text = search_text(claim.statement, claim.sentence, claim.source.name)


def _unlink_places_and_topics(claims: list[Claim], corrections: dict[int, set[str]]) -> None:
    """Drop the places and topics the parse will write again (not those analysts corrected)."""
    replaced = [c for c in claims if CorrectionField.PLACES not in corrections.get(c.pk, set())]
    ClaimLocation.objects.filter(claim__in=replaced).delete()
    replaced = [c for c in claims if CorrectionField.TOPICS not in corrections.get(c.pk, set())]
    Claim.topics.through.objects.filter(claim__in=replaced).delete()


def _link_places_and_topics(links: list[tuple[Claim, ClaimDraft]], corrections: dict[int, set[str]]) -> None:
    """The claims' places and topics, those the registry knows, in two bulk inserts; a claim
    whose places or topics an analyst corrected keeps them."""
    drafts = [draft for _, draft in links]
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
    place_rows, topic_rows = [], []
    for claim, draft in links:
        corrected = corrections.get(claim.pk, set())
        placed: set[int] = set()
        for mention in draft.places if CorrectionField.PLACES not in corrected else ():
            pk = int(mention.key) if mention.key.isdigit() else None
            if pk in known_places and pk not in placed:
                placed.add(pk)
                place_rows.append(ClaimLocation(claim=claim, location_id=pk, mention=mention.text[:200]))
        for pk in (
            sorted(_ids(draft.topic_keys) & known_topics) if CorrectionField.TOPICS not in corrected else ()
        ):
            topic_rows.append(Claim.topics.through(claim_id=claim.pk, topic_id=pk))
    ClaimLocation.objects.bulk_create(place_rows)
    Claim.topics.through.objects.bulk_create(topic_rows)


def _retire_vanished(
    existing: dict[str, Claim], seen: set[str], corrections: dict[int, set[str]], now: datetime
) -> None:
    """Claims this parse no longer finds: deleted, or superseded when analysts reviewed or
    corrected them; claims analysts split off stay."""
    for fingerprint, claim in existing.items():
        if fingerprint not in seen:
            _retire(claim, corrections.get(claim.pk, set()), now)


def _mark_parsed(report: Report, claim_count: int, now: datetime) -> None:
    report.parse_status = ParseStatus.PARSED
    report.parse_error = ""
    report.parse_token = None
    report.parser_version = extraction.PARSER_VERSION
    report.parsed_at = now
    report.status_changed_at = now
    report.claim_count = claim_count
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
