"""Read-side aggregations for the dashboard: the map per place, the timeline per day, the facet
counts of the filter bar and the change stamp the dashboard polls.

Every function answers with a fixed number of queries whatever the number of claims: rows are
grouped in the database, and only the groups travel.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta

from django.db.models import BooleanField, Count, Exists, ExpressionWrapper, Max, OuterRef, Q, QuerySet

from .filters import ALL_TOPICS, ClaimFilter, _bbox
from .models import Claim, ClaimLocation, Location, Report, Source, Status, StatusChange, Topic

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

    @classmethod
    def of(cls, flt: ClaimFilter) -> Scope:
        topic = flt.resolved_topic()
        return cls(flt, topic, unknown_topic=topic is None and flt.topic not in ("", ALL_TOPICS))

    def claims(self, *, sort: bool = True, **changes) -> QuerySet[Claim]:
        """The filtered claims; `changes` override filter fields (sources=[] for a facet)."""
        if self.unknown_topic:
            return Claim.objects.none()
        flt = replace(self.flt, **changes) if changes else self.flt
        return flt.apply(topic=self.topic, sort=sort)


# ---------------------------------------------------------------------------------------------
# Map


def parse_view(value: str | None) -> tuple[float, float, float, float] | None:
    """The map's visible box (south,west,north,east); None when absent or nonsense."""
    return _bbox(value, [])


def _in_box(prefix: str, box: tuple[float, float, float, float]) -> Q:
    south, west, north, east = box
    q = Q(**{f"{prefix}latitude__gte": south, f"{prefix}latitude__lte": north})
    if west <= east:
        q &= Q(**{f"{prefix}longitude__gte": west, f"{prefix}longitude__lte": east})
    else:  # the box crosses the antimeridian
        q &= Q(**{f"{prefix}longitude__gte": west}) | Q(**{f"{prefix}longitude__lte": east})
    return q


def place_status(counts: dict[str, int]) -> str:
    present = [s for s in STATUS_ORDER if counts.get(s)]
    return present[0] if len(present) == 1 else MIXED


def map_places(scope: Scope, view: tuple[float, float, float, float] | None = None) -> dict:
    """One entry per place with claims under the filter (inside `view` if given): where it is,
    how many claims, how many per status, and the status colour of its marker. One query."""
    claim_ids = scope.claims(sort=False).values("pk")
    rows = ClaimLocation.objects.filter(claim__in=claim_ids)
    if view:
        rows = rows.filter(_in_box("location__", view))
    rows = (
        rows.values(
            "location_id",
            "location__name",
            "location__latitude",
            "location__longitude",
            "location__kind",
            "location__precision",
            "location__radius_km",
            "claim__status",
        )
        .annotate(n=Count("claim_id"))
        .order_by()
    )
    places: dict[int, dict] = {}
    for row in rows:
        place = places.get(row["location_id"])
        if place is None:
            kind = row["location__kind"]
            is_area = kind in DEFAULT_AREA_RADIUS_KM
            radius = row["location__radius_km"]
            if is_area and not radius:
                radius = DEFAULT_AREA_RADIUS_KM[kind]
            place = places[row["location_id"]] = {
                "id": row["location_id"],
                "name": row["location__name"],
                "lat": row["location__latitude"],
                "lon": row["location__longitude"],
                "kind": kind,
                "precision": row["location__precision"],
                "area": is_area,
                "radius_km": radius,
                "count": 0,
                "statuses": {},
            }
        place["statuses"][row["claim__status"]] = row["n"]
        place["count"] += row["n"]
    out = sorted(places.values(), key=lambda p: (-p["count"], p["name"]))
    truncated = len(out) > MAX_MAP_PLACES
    for place in out[:MAX_MAP_PLACES]:
        place["status"] = place_status(place["statuses"])
    return {"places": out[:MAX_MAP_PLACES], "truncated": truncated}


# ---------------------------------------------------------------------------------------------
# Timeline


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def choose_unit(first: date, last: date) -> str:
    span = (last - first).days
    if span <= 120:
        return "day"
    if span <= 2 * 366:
        return "week"
    return "month"


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


def timeline(scope: Scope) -> dict:
    """Claims per day (week, month for long spans) by the date of the event, falling back to
    the report's date, per status; each status split into dated by the event ("event") or only
    by the report ("report"). One query: grouped per day in the database, bucketed here."""
    dated_by_event = ExpressionWrapper(Q(event_start__isnull=False), output_field=BooleanField())
    rows = (
        scope.claims(sort=False)
        .annotate(by_event=dated_by_event)
        .values("timeline_date", "status", "by_event")
        .annotate(n=Count("id"))
        .order_by()
    )
    per_day: dict[date, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    undated = total = by_report = 0
    for row in rows:
        total += row["n"]
        if row["timeline_date"] is None:
            undated += row["n"]
            continue
        kind = "event" if row["by_event"] else "report"
        if kind == "report":
            by_report += row["n"]
        cell = per_day[row["timeline_date"]][row["status"]]
        cell[kind] = cell.get(kind, 0) + row["n"]
    flt = scope.flt
    days = sorted(per_day)
    first = flt.date_from or (days[0] if days else None)
    last = flt.date_to or (days[-1] if days else None)
    if first is None or last is None:
        return {"unit": "day", "buckets": [], "total": total, "undated": undated, "by_report": by_report}
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
        cell = counts.get(start, {})
        buckets.append(
            {
                "start": start.isoformat(),
                "end": end.isoformat(),
                "total": sum(sum(k.values()) for k in cell.values()),
                "counts": {s: dict(cell[s]) for s in STATUS_ORDER if s in cell},
            }
        )
    return {"unit": unit, "buckets": buckets, "total": total, "undated": undated, "by_report": by_report}


# ---------------------------------------------------------------------------------------------
# Facets of the filter bar


def source_facets(scope: Scope) -> list[dict]:
    """Sources with claims under every filter but the source filter itself, with their counts,
    plus the selected sources even when they have none. Two queries."""
    counts = dict(
        scope.claims(sort=False, sources=[])
        .values_list("source_id")
        .annotate(n=Count("id"))
        .order_by()
        .values_list("source_id", "n")
    )
    selected = set(scope.flt.sources)
    sources = Source.objects.filter(pk__in=set(counts) | selected).only(
        "pk", "name", "reliability", "reviewed"
    )
    out = [{"source": s, "count": counts.get(s.pk, 0), "selected": s.pk in selected} for s in sources]
    out.sort(key=lambda f: (not f["selected"], -f["count"], f["source"].name.casefold()))
    return out


def status_facets(scope: Scope) -> dict[str, int]:
    """Claim counts per status under every filter but the status filter. One query."""
    rows = scope.claims(sort=False, statuses=[]).values_list("status").annotate(n=Count("id")).order_by()
    return dict(rows.values_list("status", "n"))


def places_with_claims() -> QuerySet[Location]:
    """The places any current claim names, for the place chooser. One query."""
    return (
        Location.objects.filter(
            Exists(
                ClaimLocation.objects.filter(location_id=OuterRef("pk"), claim__superseded_at__isnull=True)
            )
        )
        .only("pk", "name")
        .order_by("name")
    )


# ---------------------------------------------------------------------------------------------
# Change stamp


def change_stamp() -> str:
    """Changes whenever a claim is added, re-parsed or reviewed. Three small queries."""
    claim = Claim.objects.aggregate(m=Max("id"))["m"] or 0
    review = StatusChange.objects.aggregate(m=Max("id"))["m"] or 0
    parsed = Report.objects.aggregate(m=Max("parsed_at"))["m"]
    return f"{claim}-{review}-{parsed.isoformat() if parsed else 0}"
