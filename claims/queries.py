"""Read-side aggregations for the dashboard: the map per place, the timeline per day, the facet
counts of the filter bar and the change stamp the dashboard polls.

Every function answers with a fixed number of queries whatever the number of claims: rows are
grouped in the database, and only the groups travel. The groups are cached per filter and per
change stamp, so repeated views cost the stamp's few index lookups until something changes.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Exists, F, Field, Max, Model, OuterRef, Q, QuerySet, Sum
from django.db.models.functions import Coalesce, Lower, TruncDate

from .filters import ALL_TOPICS, ClaimFilter, _bbox
from .models import (
    NO_DAY,
    Claim,
    ClaimCorrection,
    ClaimLocation,
    ClaimQuerySet,
    Location,
    PanelCount,
    Reliability,
    Report,
    Source,
    Status,
    StatusChange,
    Topic,
)

# The order statuses are stacked and listed in, everywhere.
STATUS_ORDER = [Status.CONFIRMED, Status.DENIED, Status.DISPUTED, Status.UNVERIFIED]
MIXED = "mixed"

# Areas without a radius of their own are drawn this wide (km).
DEFAULT_AREA_RADIUS_KM = {"region": 100.0, "area": 150.0, "country": 300.0}
MAX_MAP_PLACES = 5000


@dataclass(frozen=True)
class Scope:
    """A filter with its topic resolved once, so each panel spends no query on it."""

    flt: ClaimFilter
    topic: Topic | None
    unknown_topic: bool = False

    @cached_property
    def stamp(self) -> str:
        """The change stamp, read once per request whichever panels use it."""
        return change_stamp()

    @classmethod
    def of(cls, flt: ClaimFilter) -> Scope:
        topic = flt.resolved_topic()
        return cls(flt, topic, unknown_topic=topic is None and flt.topic not in ("", ALL_TOPICS))

    def claims(self, *, sort: bool = True, **changes: Any) -> ClaimQuerySet:
        """The filtered claims; `changes` override filter fields (sources=[] for a facet)."""
        if self.unknown_topic:
            return Claim.objects.none()
        flt = replace(self.flt, **changes) if changes else self.flt
        return flt.apply(topic=self.topic, sort=sort)

    def grouped(self, **changes) -> QuerySet[Claim]:
        """The filtered claims for GROUP BY counts. The topic is a join here rather than the
        EXISTS of `ClaimFilter.apply`: SQLite groups 100,000 claims about four times faster that
        way, while EXISTS stays the better plan for the sorted, paginated list."""
        if self.unknown_topic:
            return Claim.objects.none()
        flt = replace(self.flt, **changes) if changes else self.flt
        qs = flt.apply(topic=None, sort=False)
        return qs.filter(topics=self.topic) if self.topic is not None else qs


# ---------------------------------------------------------------------------------------------
# The counts kept as claims change (claims/panel_counts.py): the panels read them for the
# filters they cover - the topic, and the statuses; the timeline also its dates; the filter bar
# all but text, window, box, stance and place - and group the claims themselves otherwise.


def _counted(scope: Scope, panel: str, *, sources: bool = False, dates: bool = False):
    """The stored counts of `panel` under the scope's topic and statuses, or None when the filter
    asks for something they do not hold (`sources`/`dates`: the caller handles those)."""
    flt = scope.flt
    if not settings.PANEL_COUNTS or scope.unknown_topic:
        return None
    if flt.q or flt.window or flt.bbox or flt.stances or flt.places:
        return None
    if (flt.sources and not sources) or ((flt.date_from or flt.date_to) and not dates):
        return None
    rows = PanelCount.objects.filter(panel=panel, topic=scope.topic.pk if scope.topic else 0, n__gt=0)
    if flt.statuses:
        rows = rows.filter(status__in=flt.statuses)
    if flt.date_from or flt.date_to:
        rows = rows.exclude(day=NO_DAY)
        if flt.date_from:
            rows = rows.filter(day__gte=flt.date_from)
        if flt.date_to:
            rows = rows.filter(day__lte=flt.date_to)
    return rows


def cached(
    panel: str, scope: Scope, compute: Callable[[], object], *, extra: str = "", stamp: str | None = None
):
    """`compute()` once per panel, filter and data state. The key holds the change stamp, so a new
    claim, a re-parse or a review makes every panel compute afresh; the timeout bounds what the
    stamp cannot see (an administrator deleting a claim, renaming a place)."""
    stamp = stamp if stamp is not None else scope.stamp
    raw = f"{panel}|{scope.flt.querystring()}|{scope.topic.pk if scope.topic else '-'}|{extra}|{stamp}"
    key = "claims-panel:" + hashlib.sha256(raw.encode()).hexdigest()
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=settings.PANEL_CACHE_SECONDS)
    return value


# ---------------------------------------------------------------------------------------------
# Map


def parse_view(value: str | None) -> tuple[float, float, float, float] | None:
    """The map's visible box (south,west,north,east); None when absent or nonsense."""
    return _bbox(value, [])


def place_status(counts: dict[str, int]) -> str:
    present = [s for s in STATUS_ORDER if counts.get(s)]
    return present[0] if len(present) == 1 else MIXED


def map_places(scope: Scope, view: tuple[float, float, float, float] | None = None) -> dict:
    """One entry per place with claims under the filter (inside `view` if given): where it is,
    how many claims, how many per status, and the status colour of its marker; and how many
    places are off the view, per side. The counts per place and status, and the places they
    name, are read once for every view (panning reuses them from the cache); the view's answer
    is cached encoded by the page (`pages.dashboard.cached_json`)."""

    def count_per_place_and_status():
        counted = _counted(scope, PanelCount.Panel.PLACE)
        if counted is not None:
            return list(counted.values_list("key", "status", "n"))
        rows = scope.grouped().filter(locations__isnull=False)
        return list(rows.values_list("locations__id", "status").annotate(n=Count("id")).order_by())

    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for place_id, status, n in cached("map", scope, count_per_place_and_status):
        counts[place_id][status] = n
    gazetteer = _gazetteer(sorted(counts))
    in_view = [p for p in gazetteer if view is None or _sees(view, p[2], p[3])]
    in_view.sort(key=lambda p: -sum(counts[p[0]].values()))
    places = []
    for pk, name, lat, lon, kind, precision, radius_km in in_view[:MAX_MAP_PLACES]:
        is_area = kind in DEFAULT_AREA_RADIUS_KM
        statuses = counts[pk]
        places.append(
            {
                "id": pk,
                "name": name,
                "lat": lat,
                "lon": lon,
                "kind": kind,
                "precision": precision,
                "area": is_area,
                "radius_km": (radius_km or DEFAULT_AREA_RADIUS_KM[kind]) if is_area else None,
                "count": sum(statuses.values()),
                "statuses": statuses,
                "status": place_status(statuses),
            }
        )
    places.sort(key=lambda p: (-p["count"], p["name"]))
    outside = _outside(view, gazetteer, counts) if view else {}
    return {"places": places, "truncated": len(in_view) > MAX_MAP_PLACES, "outside": outside}


def _gazetteer(ids: list[int]) -> list[tuple]:
    """`_places(ids)`, kept per list of places and their last edit rather than per change stamp:
    while workers add claims at places already on the map, the stamp moves at every claim and
    the places do not (2,000 of them: the larger part of a cold map)."""
    edited = Location.objects.aggregate(last=Max("updated_at"))["last"]
    key = "claims-gazetteer:" + hashlib.sha256(f"{ids}|{edited}".encode()).hexdigest()
    places = cache.get(key)
    if places is None:
        places = _places(ids)
        cache.set(key, places, timeout=settings.PANEL_CACHE_SECONDS)
    return places


def _places(ids: list[int]) -> list[tuple]:
    """The places with claims, as (pk, name, latitude, longitude, kind, precision, radius_km)."""
    fields = ("pk", "name", "latitude", "longitude", "kind", "precision", "radius_km")
    out: list[tuple] = []
    for i in range(0, len(ids), 900):  # SQLite caps the parameters of one statement
        out += Location.objects.filter(pk__in=ids[i : i + 900]).values_list(*fields)
    return out


def _lon_offset(view: tuple[float, float, float, float], lon: float) -> tuple[float, float]:
    """How far east of the view's middle a longitude is (-180..180), and the view's half-width."""
    _south, west, _north, east = view
    width = (east - west) % 360 or (360 if east != west else 0)
    middle = west + width / 2
    return (lon - middle + 180) % 360 - 180, width / 2


def _sees(view: tuple[float, float, float, float], lat: float, lon: float) -> bool:
    south, _west, north, _east = view
    offset, half = _lon_offset(view, lon)
    return south <= lat <= north and abs(offset) <= half


def _outside(view, points, counts) -> dict[str, dict]:
    """Places with claims off the map, per side of the view ("n", "ne", "e" ... "nw"): how many
    places and claims, and the box that holds them (so the map can go there)."""
    south, _west, north, _east = view
    sides: dict[str, dict] = {}
    for pk, _name, lat, lon, *_rest in points:
        if _sees(view, lat, lon):
            continue
        offset, half = _lon_offset(view, lon)
        side = ("n" if lat > north else "s" if lat < south else "") + (
            "e" if offset > half else "w" if offset < -half else ""
        )
        entry = sides.setdefault(side, {"places": 0, "claims": 0, "box": [lat, lon, lat, lon]})
        entry["places"] += 1
        entry["claims"] += sum(counts[pk].values())
        box = entry["box"]
        box[:] = [min(box[0], lat), min(box[1], lon), max(box[2], lat), max(box[3], lon)]
    return sides


def claims_at(scope: Scope, place_id: int, limit: int = 10) -> dict:
    """The claims at one place under the filter, newest event first: what a marker's popup lists."""
    place = Location.objects.filter(pk=place_id).only("pk", "name").first()
    if place is None:
        return {"place": None, "claims": [], "total": 0}
    claims = scope.claims(sort=False).filter(locations=place)
    rows = (
        claims.select_related("source")
        .only("pk", "statement", "status", "stance", "timeline_date", "source__name", "source__reliability")
        .order_by(F("timeline_date").desc(nulls_last=True), "-pk")[:limit]
    )
    return {
        "place": {"id": place.pk, "name": place.name},
        "total": claims.count(),
        "claims": [
            {
                "id": c.pk,
                "status": c.status,
                "status_label": c.get_status_display(),
                "source": c.source.name,
                "reliability": c.source.reliability,
                "statement": c.statement.strip().splitlines()[0][:200] if c.statement.strip() else "",
                "date": c.timeline_date.isoformat() if c.timeline_date else None,
                "url": c.get_absolute_url(),
            }
            for c in rows
        ],
    }


# ---------------------------------------------------------------------------------------------
# Timeline


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def choose_unit(first: date, last: date) -> str:
    """Bins that grow with the span: days up to two months, weeks up to a year, then months."""
    span = (last - first).days
    if span <= 62:
        return "day"
    if span <= 366:
        return "week"
    return "month"


MIN_SPAN_DAYS = 14  # one busy day must not fill the whole chart


def _padded(first: date, last: date) -> tuple[date, date]:
    """At least MIN_SPAN_DAYS shown, the data in the middle."""
    missing = MIN_SPAN_DAYS - 1 - (last - first).days
    if missing <= 0:
        return first, last
    before = missing // 2
    return first - timedelta(days=before), last + timedelta(days=missing - before)


MAX_RANGES = 200


def _ranges(scope: Scope) -> list[dict]:
    """Claims about a span of days (a week, a month, "between 1 and 5 November"), grouped by
    span and status: the timeline draws them as spans, not as their first day."""
    rows = (
        scope.grouped()
        .filter(event_start__isnull=False, event_end__gt=F("event_start"))
        .values_list("event_start", "event_end", "status")
        .annotate(n=Count("id"))
        .order_by("-n", "event_start")[:MAX_RANGES]
    )
    return [
        {"start": start.isoformat(), "end": end.isoformat(), "status": status, "count": n}
        for start, end, status, n in rows
    ]


def _buckets(first: date, last: date, unit: str) -> list[tuple[date, date]]:
    out = []
    if unit == "day":
        day = first
        while day <= last:
            out.append((day, day))
            day += timedelta(days=1)
    elif unit == "week":
        start = _week_start(first)
        while start <= last:
            out.append((start, start + timedelta(days=6)))
            start += timedelta(days=7)
    else:
        start = _month_start(first)
        while start <= last:
            nxt = _next_month(start)
            out.append((start, nxt - timedelta(days=1)))
            start = nxt
    return out


def _bucket_key(day: date, unit: str) -> date:
    if unit == "day":
        return day
    return _week_start(day) if unit == "week" else _month_start(day)


REPORT_DAY = Coalesce(TruncDate("report__published_at"), TruncDate("report__received_at"))


def _timeline_rows(counted) -> list[tuple]:
    """(day, status, claims, of which dated by the event) from the stored counts."""
    cells: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for day, status, by_event, n in counted.values_list("day", "status", "by_event", "n"):
        cell = cells[(None if day == NO_DAY else day, status)]
        cell[0] += n
        cell[1] += n if by_event else 0
    return [(day, status, n, dated) for (day, status), (n, dated) in cells.items()]


def _count_per_day_and_status(scope: Scope, basis: str) -> list[tuple]:
    """(day, status, claims, of which dated by the event): by the report's day one grouped query;
    by the event the stored counts when they cover the filter, else one grouped query."""
    if basis == "report":
        rows = scope.grouped().annotate(day=REPORT_DAY).values_list("day", "status")
        return [(day, status, n, 0) for day, status, n in rows.annotate(n=Count("id")).order_by()]
    counted = _counted(scope, PanelCount.Panel.TIMELINE, dates=True)
    if counted is not None:
        return _timeline_rows(counted)
    return list(
        scope.grouped()
        .values_list("timeline_date", "status")
        .annotate(n=Count("id"), by_event=Count("event_start"))
        .order_by()
    )


def timeline(scope: Scope, basis: str = "event") -> dict:
    """Claims per day (week, month for long spans) per status, by the date of the event (falling
    back to the report's date, kept apart as "report") or, with basis="report", by the day the
    report was published; bucketed here; spans of days listed apart."""
    rows = cached(f"timeline-{basis}", scope, lambda: _count_per_day_and_status(scope, basis))
    per_day: dict[date, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    undated = total = by_report = 0
    for day, status, n, by_event in rows:
        total += n
        if day is None:
            undated += n
            continue
        cell = per_day[day][status]
        kind = "report" if basis == "report" else "event"
        if basis == "report":
            cell[kind] = n
            continue
        if by_event:
            cell["event"] = by_event
        if n - by_event:
            cell["report"] = n - by_event
            by_report += n - by_event
    flt = scope.flt
    days = sorted(per_day)
    empty = {"unit": "day", "buckets": [], "total": total, "undated": undated, "by_report": by_report}
    empty |= {"basis": basis, "ranges": []}
    if basis == "report":
        first, last = (days[0], days[-1]) if days else (None, None)
    else:
        first = flt.date_from or (days[0] if days else None)
        last = flt.date_to or (days[-1] if days else None)
    if first is None or last is None:
        return empty
    if not (flt.date_from and flt.date_to and basis == "event"):
        first, last = _padded(first, last)
    unit = choose_unit(first, last)
    counts: dict[date, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for day, statuses in per_day.items():
        key = _bucket_key(day, unit)
        for status, kinds in statuses.items():
            cell = counts[key][status]
            for kind, n in kinds.items():
                cell[kind] = cell.get(kind, 0) + n
    buckets = []
    for start, end in _buckets(first, last, unit):
        bucket = counts.get(start, {})
        buckets.append(
            {
                "start": start.isoformat(),
                "end": end.isoformat(),
                "total": sum(sum(k.values()) for k in bucket.values()),
                "counts": {s: dict(bucket[s]) for s in STATUS_ORDER if s in bucket},
            }
        )
    ranges = cached("timeline-ranges", scope, lambda: _ranges(scope)) if basis == "event" else []
    return empty | {"unit": unit, "buckets": buckets, "ranges": ranges}


# ---------------------------------------------------------------------------------------------
# Facets of the filter bar


@dataclass(frozen=True)
class SourceLabel:
    """What the filter bar shows of a source; plain data, cheap to cache."""

    pk: int
    name: str
    reliability: str
    reviewed: bool

    def get_reliability_display(self) -> str:
        return Reliability(self.reliability).label


@dataclass
class Facets:
    total: int  # claims under the whole filter
    # (pk, name, reliability, reviewed, count, selected): counts under every filter but the sources.
    # Plain tuples: this object is cached, and tuples are what unpickles fastest.
    source_rows: tuple[tuple, ...]
    statuses: dict[str, int]  # counts under every filter but the statuses

    @property
    def sources(self) -> list[dict]:
        """{source, count, selected} for the template (built only when its cache misses)."""
        return [
            {"source": SourceLabel(pk, name, grade, reviewed), "count": count, "selected": selected}
            for pk, name, grade, reviewed, count, selected in self.source_rows
        ]


def facets(scope: Scope) -> Facets:
    """The list's total and the filter bar's counts, cached per filter and data state."""
    return cached("facets-view", scope, lambda: _facets(scope))


def _facets(scope: Scope) -> Facets:
    """From one grouped query (claims per source and status, under every filter but those two,
    itself cached across source and status choices) and one query for the sources' names."""
    flt = scope.flt

    def count_per_source_and_status():
        grid = replace(scope, flt=replace(flt, sources=[], statuses=[]))
        counted = _counted(grid, PanelCount.Panel.SOURCE)
        if counted is not None:
            return list(counted.values_list("key", "status", "n"))
        return list(
            scope.grouped(sources=[], statuses=[])
            .values_list("source_id", "status")
            .annotate(n=Count("id"))
            .order_by()
        )

    # Keyed without the source and status choices: ticking them reuses the same grid.
    grid = cached(
        "facets",
        replace(scope, flt=replace(flt, sources=[], statuses=[], sort="-event")),
        count_per_source_and_status,
        stamp=scope.stamp,
    )
    source_ok = set(flt.sources).__contains__ if flt.sources else (lambda _: True)
    status_ok = set(flt.statuses).__contains__ if flt.statuses else (lambda _: True)
    per_source: dict[int, int] = defaultdict(int)
    per_status: dict[str, int] = defaultdict(int)
    total = 0
    for source_id, status, n in grid:
        if status_ok(status):
            per_source[source_id] += n
        if source_ok(source_id):
            per_status[status] += n
        if status_ok(status) and source_ok(source_id):
            total += n
    selected = set(flt.sources)
    shown = {pk for pk, n in per_source.items() if n} | selected
    rows = [
        (pk, name, grade, reviewed, per_source.get(pk, 0), pk in selected)
        for pk, name, grade, reviewed in Source.objects.filter(pk__in=shown).values_list(
            "pk", "name", "reliability", "reviewed"
        )
    ]
    # Busiest first; not selected-first, so options do not jump while the analyst ticks them.
    rows.sort(key=lambda row: (-row[4], row[1].casefold()))
    return Facets(total=total, source_rows=tuple(rows), statuses=dict(per_status))


def places_with_claims() -> QuerySet:
    """(id, name) of the places any current claim names, for the place chooser. One query,
    run only when the template's cache of the chooser misses: over the map's kept counts (a
    place counted for every topic), else over the claims' places."""
    if settings.PANEL_COUNTS:
        counted = PanelCount.objects.filter(panel=PanelCount.Panel.PLACE, topic=0, n__gt=0)
        named = Q(pk__in=counted.values("key"))
    else:
        named = Q(
            Exists(
                ClaimLocation.objects.filter(location_id=OuterRef("pk"), claim__superseded_at__isnull=True)
            )
        )
    return Location.objects.filter(named).order_by(Lower("name"), "pk").values_list("pk", "name")


# ---------------------------------------------------------------------------------------------
# Change stamp


def _column(model: type[Model], name: str) -> str:
    field = model._meta.get_field(name)
    assert isinstance(field, Field) and field.column
    return field.column


def change_stamp() -> str:
    """Changes whenever a claim is added, re-parsed or reviewed, or a source or place is edited
    (their names and grades show in the panels): the newest of each, in one statement."""
    q = connection.ops.quote_name
    newest = (
        (Claim, "id"),
        (StatusChange, "id"),
        (ClaimCorrection, "id"),
        (Report, "parsed_at"),
        (Source, "updated_at"),
        (Location, "updated_at"),
    )
    # Names from the models, quoted; nothing from a request reaches this statement.
    sql = "SELECT " + ", ".join(  # noqa: S608
        f"(SELECT MAX({q(_column(model, field))}) FROM {q(model._meta.db_table)})"  # noqa: S608
        for model, field in newest
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        newest_values = "|".join(str(value or 0) for value in cursor.fetchone())
    return hashlib.sha256(newest_values.encode()).hexdigest()[:20]


# ---------------------------------------------------------------------------------------------
# What the filter leaves out


@dataclass(frozen=True)
class LeftOut:
    """Claims one part of the filter hides, and the filter without that part (one click)."""

    part: str
    why: str
    count: int
    query: str


def _parts(flt: ClaimFilter, topic: Topic | None) -> list[tuple[str, str, dict]]:
    """(part, why its claims are hidden, the filter fields that drop it) for each active part."""
    parts: list[tuple[str, str, dict[str, Any]]] = [
        ("topic", f"outside the topic “{topic.name}”" if topic else "", {"topic": ""}),
        ("sources", "from other sources", {"sources": []}),
        ("statuses", "with another status", {"statuses": []}),
        ("stances", "with another stance", {"stances": []}),
        ("places", "at other places or none", {"places": []}),
        ("dates", "outside these event dates", {"date_from": None, "date_to": None}),
        ("q", f"not matching “{flt.q}”", {"q": ""}),
        ("window", "reported earlier", {"window": ""}),
        ("bbox", "outside the map's view", {"bbox": None}),
    ]
    active = {
        "topic": topic is not None,
        "sources": bool(flt.sources),
        "statuses": bool(flt.statuses),
        "stances": bool(flt.stances),
        "places": bool(flt.places),
        "dates": bool(flt.date_from or flt.date_to),
        "q": bool(flt.q),
        "window": bool(flt.window),
        "bbox": bool(flt.bbox),
    }
    return [part for part in parts if active[part[0]]]


def _total(scope: Scope) -> int:
    """Claims under the filter: summed from the filter bar's kept counts when they cover it
    (every filter but text, window, box, stance, place and dates), else counted."""
    counted = _counted(scope, PanelCount.Panel.SOURCE, sources=True)
    if counted is None:
        return scope.claims(sort=False).count()
    if scope.flt.sources:
        counted = counted.filter(key__in=scope.flt.sources)
    return counted.aggregate(total=Sum("n"))["total"] or 0


def left_out(scope: Scope, total: int) -> list[LeftOut]:
    """For each part of the filter, how many more claims there are without it: nothing is hidden
    without the page saying so. One count per active part, cached per filter and data state."""
    if scope.unknown_topic:
        return []

    def compute() -> list[LeftOut]:
        out = []
        for part, why, changes in _parts(scope.flt, scope.topic):
            relaxed = replace(scope.flt, **changes)
            topic = None if part == "topic" else scope.topic
            n = _total(Scope(relaxed, topic)) - total
            if n > 0:
                out.append(LeftOut(part, why, n, relaxed.querystring()))
        return out

    return cached("left-out", scope, compute, extra=str(total))
