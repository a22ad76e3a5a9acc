"""Analysts correcting what the extractor read: source, stance, statement, places, figures, event
date and topics; splitting a claim in two and merging duplicates.

Every change is one `ClaimCorrection` row (who, when, field, old -> new) written in the same
transaction as the change, and bumps the claim's version, so a page loaded before it is refused
like a stale review. A re-parse keeps every corrected field (`claims.parsing.store`).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from .. import panel_counts
from ..cleaning import clean_line, clean_text
from ..models import (
    Claim,
    ClaimCorrection,
    ClaimLocation,
    CorrectionField,
    DatePrecision,
    Location,
    LocationKind,
    Precision,
    Source,
    StaleClaimError,
    Stance,
    Topic,
)
from ..registry.sources import create_unreviewed

SPLIT_PREFIX = "split:"


@dataclass(frozen=True)
class EventDate:
    start: date | None
    end: date | None
    precision: str


# ---------------------------------------------------------------------------------------------
# How each field reads in the history


def _figure_text(figure: dict) -> str:
    from ..templatetags.claims_ui import figure_label

    return figure_label(figure)


def _date_text(value: EventDate) -> str:
    if value.start is None:
        return "not stated"
    span = value.start.isoformat()
    if value.end and value.end != value.start:
        span += f" – {value.end.isoformat()}"
    return f"{span} ({value.precision or 'day'})"


def _event_date(claim: Claim) -> EventDate:
    return EventDate(claim.event_start, claim.event_end, claim.date_precision)


def _names(items) -> str:
    return ", ".join(sorted((item.name for item in items), key=str.casefold)) or "none"


def current_value(claim: Claim, field: str):
    """The claim's present value of a correctable field."""
    if field == CorrectionField.PLACES:
        return list(claim.locations.all())
    if field == CorrectionField.TOPICS:
        return list(claim.topics.all())
    if field == CorrectionField.EVENT_DATE:
        return _event_date(claim)
    return getattr(claim, field)


def describe(field: str, value) -> str:
    """A field's value as the history shows it."""
    if field in (CorrectionField.SOURCE, CorrectionField.CITED_SOURCE):
        return value.name if value is not None else "nobody"
    if field == CorrectionField.STANCE:
        return Stance(value).label
    if field in (CorrectionField.PLACES, CorrectionField.TOPICS):
        return _names(value)
    if field == CorrectionField.FIGURES:
        return "; ".join(_figure_text(f) for f in value) or "none"
    if field == CorrectionField.EVENT_DATE:
        return _date_text(value)
    return str(value)


# ---------------------------------------------------------------------------------------------
# Applying


def _apply(claim: Claim, field: str, value) -> None:
    if field == CorrectionField.PLACES:
        keep = {place.pk for place in value}
        ClaimLocation.objects.filter(claim=claim).exclude(location_id__in=keep).delete()
        present = set(ClaimLocation.objects.filter(claim=claim).values_list("location_id", flat=True))
        ClaimLocation.objects.bulk_create(
            [ClaimLocation(claim=claim, location_id=pk) for pk in sorted(keep - present)]
        )
        # a name the parser could not place is done with once the analyst placed it
        placed = {n.casefold() for place in value for n in (place.name, *place.aliases)}
        claim.unplaced_places = [n for n in claim.unplaced_places if n.casefold() not in placed]
    elif field == CorrectionField.TOPICS:
        claim.topics.set(value)
    elif field == CorrectionField.EVENT_DATE:
        claim.event_start, claim.event_end, claim.date_precision = value.start, value.end, value.precision
        claim.timeline_date = value.start or claim.report.reference_date
    else:
        setattr(claim, field, value)


def _check(field: str, value) -> None:
    if field not in CorrectionField.values or field in (
        CorrectionField.SPLIT,
        CorrectionField.MERGE,
        CorrectionField.MERGED_INTO,
    ):
        raise ValidationError({"field": f"{field!r} cannot be corrected."})
    if field == CorrectionField.STANCE and value not in Stance.values:
        raise ValidationError({"stance": f"Unknown stance {value!r}."})
    if field == CorrectionField.SOURCE and value is None:
        raise ValidationError({"source": "A claim needs a source."})
    if field == CorrectionField.STATEMENT and not str(value).strip():
        raise ValidationError({"statement": "The statement cannot be empty."})
    if field == CorrectionField.EVENT_DATE:
        if value.precision and value.precision not in DatePrecision.values:
            raise ValidationError({"date_precision": f"Unknown precision {value.precision!r}."})
        if value.start and value.end and value.end < value.start:
            raise ValidationError({"event_end": "The event ends before it starts."})


def _locked(claim: Claim, expected_version) -> Claim:
    locked = Claim.objects.select_for_update().select_related("report").get(pk=claim.pk)
    if expected_version is not None and locked.version != int(expected_version):
        raise StaleClaimError(locked, int(expected_version))
    return locked


def _bump(locked: Claim, claim: Claim) -> None:
    locked.version += 1
    locked.save()
    claim.refresh_from_db()


def correct_claim(
    claim: Claim, *, by, changes: dict, note: str = "", expected_version=None
) -> list[ClaimCorrection]:
    """Set the given fields (CorrectionField value -> new value; places and topics as the whole
    new list) and write one history row per field that really changed."""
    for field, value in changes.items():
        _check(field, value)
    note = clean_text(note).strip()
    with transaction.atomic():
        locked = _locked(claim, expected_version)
        now = timezone.now()
        rows = []
        # A corrected place, topic, date or source moves the claim between panel cells.
        with panel_counts.kept(lambda: [claim.pk]):
            for field, value in changes.items():
                old = describe(field, current_value(locked, field))
                new = describe(field, value)
                if old == new:
                    continue
                _apply(locked, field, value)
                rows.append(_row(locked, field, old, new, by, now, note))
            if rows:
                _bump(locked, claim)
        if rows:
            ClaimCorrection.objects.bulk_create(rows)
    return rows


def _row(claim, field, old, new, by, now, note, other=None) -> ClaimCorrection:
    return ClaimCorrection(
        claim=claim,
        field=field,
        from_value=old,
        to_value=new,
        other_claim=other,
        changed_by=by if getattr(by, "pk", None) else None,
        changed_at=now,
        note=note,
    )


# ---------------------------------------------------------------------------------------------
# Split and merge


def split_claim(claim: Claim, *, by, first: str, second: str, note: str = "", expected_version=None) -> Claim:
    """Two claims where the extractor made one: this one keeps `first` as its statement, a new
    claim of the same report, source, stance, date, places and topics gets `second`. The new
    claim is the analyst's: a re-parse never removes it."""
    first, second = clean_text(first).strip(), clean_text(second).strip()
    if not first or not second:
        raise ValidationError({"statement": "Both parts of a split need a statement."})
    counted = [claim.pk]  # and the new claim, once it is there
    with transaction.atomic():
        locked = _locked(claim, expected_version)
        return _split(locked, claim, counted, by=by, first=first, second=second, note=note)


def _split(
    locked: Claim, claim: Claim, counted: list[int], *, by, first: str, second: str, note: str
) -> Claim:
    with panel_counts.kept(lambda: counted):
        now = timezone.now()
        places = list(locked.locations.all())
        topics = list(locked.topics.all())
        new = Claim.objects.get(pk=locked.pk)
        new.pk = None
        new.fingerprint = f"{SPLIT_PREFIX}{locked.pk}:{uuid.uuid4().hex[:12]}"
        new.statement = second
        new.status, new.credibility, new.version = "unverified", 6, 1
        new.created_at = now
        new.superseded_at = None
        new.save()
        counted.append(new.pk)
        ClaimLocation.objects.bulk_create([ClaimLocation(claim=new, location=p) for p in places])
        new.topics.set(topics)
        rows = [
            _row(
                locked,
                CorrectionField.SPLIT,
                locked.statement,
                f"split off #{new.pk}: {second}",
                by,
                now,
                note,
                new,
            ),
            _row(new, CorrectionField.SPLIT, f"part of #{locked.pk}", second, by, now, note, locked),
        ]
        if first != locked.statement:
            rows.append(_row(locked, CorrectionField.STATEMENT, locked.statement, first, by, now, note))
            locked.statement = first
        _bump(locked, claim)
        ClaimCorrection.objects.bulk_create(rows)
    return new


def merge_claims(keep: Claim, duplicate: Claim, *, by, note: str = "", expected_version=None) -> Claim:
    """`duplicate` says what `keep` says: it leaves the list (kept, marked merged, with its own
    history) and `keep` takes over its places and topics."""
    if keep.pk == duplicate.pk:
        raise ValidationError({"duplicate": "A claim cannot be merged with itself."})
    with transaction.atomic():
        locked = _locked(keep, expected_version)
        other = Claim.objects.select_for_update().get(pk=duplicate.pk)
        if other.superseded_at is not None:
            raise ValidationError({"duplicate": f"Claim #{other.pk} is no longer in the list."})
        # The duplicate leaves every panel; the kept claim gains its places and topics.
        with panel_counts.kept(lambda: [keep.pk, duplicate.pk]):
            _merge(locked, other, keep, by=by, note=note)
    return keep


def _merge(locked: Claim, other: Claim, keep: Claim, *, by, note: str) -> None:
    now = timezone.now()
    rows = [
        _row(locked, CorrectionField.MERGE, "", f"#{other.pk}: {other.statement}", by, now, note, other),
        _row(
            other,
            CorrectionField.MERGED_INTO,
            "",
            f"#{locked.pk}: {locked.statement}",
            by,
            now,
            note,
            locked,
        ),
    ]
    present = set(ClaimLocation.objects.filter(claim=locked).values_list("location_id", flat=True))
    ClaimLocation.objects.bulk_create(
        [
            ClaimLocation(claim=locked, location_id=pk, mention=mention)
            for pk, mention in ClaimLocation.objects.filter(claim=other).values_list("location_id", "mention")
            if pk not in present
        ]
    )
    locked.topics.add(*other.topics.all())
    other.superseded_at = now
    other.version += 1
    other.save()
    _bump(locked, keep)
    ClaimCorrection.objects.bulk_create(rows)


# ---------------------------------------------------------------------------------------------
# Reading analysts' input


FIGURE = re.compile(
    r"^(?P<qualifier>about|at least|up to|more than|less than|nearly)?\s*"
    r"(?P<value>\d[\d,. ]*?)(?:\s*[-–]\s*(?P<max>\d[\d,. ]*?))?\s+(?P<unit>\S.*)$",
    re.IGNORECASE,
)


def _number(text: str) -> int | float:
    digits = text.replace(",", "").replace(" ", "")
    return float(digits) if "." in digits else int(digits)


def parse_figures(text: str) -> list[dict]:
    """One figure a line, as analysts write them: "about 12,000 troops", "10,000-12,000 soldiers"."""
    figures = []
    for line in clean_text(text or "").splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        match = FIGURE.match(line)
        if not match:
            raise ValidationError(
                {"figures": f"Not a figure: {line[:60]!r} (write e.g. 'about 12,000 troops')."}
            )
        qualifier = (match["qualifier"] or "").lower().replace(" ", "_")
        figures.append(
            {
                "value": _number(match["value"]),
                "value_max": _number(match["max"]) if match["max"] else None,
                "unit": match["unit"][:60],
                "qualifier": qualifier,
                "text": line[:200],
            }
        )
    return figures


def figures_as_text(figures: list[dict]) -> str:
    return "\n".join(_figure_text(f) for f in figures or [])


def source_named(name: str) -> Source | None:
    """Pick a source by name or alias, or create it unreviewed."""
    return create_unreviewed(clean_line(name), note="Created by an analyst's correction.")


def place_unresolved(
    name: str, latitude: float, longitude: float, kind: str = LocationKind.SETTLEMENT
) -> Location:
    """A name the gazetteer lacks, placed on the map by an analyst: a new gazetteer entry."""
    name = clean_line(name)[:200]
    if not name:
        raise ValidationError({"place_name": "Name the place."})
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise ValidationError({"place_name": "Latitude is -90 to 90, longitude -180 to 180."})
    found = Location.objects.filter(name__iexact=name).first()
    if found is not None:
        return found
    return Location.objects.create(
        name=name,
        latitude=latitude,
        longitude=longitude,
        kind=kind if kind in LocationKind.values else LocationKind.SETTLEMENT,
        precision=Precision.EXACT,
    )


def topics_by_slug(slugs) -> list[Topic]:
    return list(Topic.objects.filter(slug__in=list(slugs)))
