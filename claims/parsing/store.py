"""Writing a parse's claims: new ones created, ones seen before updated in place (their status
and history untouched), vanished ones deleted or, if reviewed, marked superseded."""

from __future__ import annotations

import uuid

from django.utils import timezone

from .. import extraction, panel_counts
from ..extraction import ClaimDraft
from ..models import Claim, ClaimLocation, Location, ParseStatus, Report, Source, SourceKind, Topic
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
            self.by_name[folded] = create_unreviewed(name, kind=kind, note="Found by the parser.")
        return self.by_name[folded]


def _ids(keys) -> set[int]:
    return {int(k) for k in keys if k and str(k).isdigit()}


def write_claims(report_id: int, token: uuid.UUID, drafts: list[ClaimDraft]) -> bool:
    """Store a parse's claims in bulk: new ones created, ones seen before updated in place (their
    status and history untouched), vanished ones deleted or, if reviewed, marked superseded."""
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
