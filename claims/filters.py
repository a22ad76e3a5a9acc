"""The one set of filters behind the dashboard, the map, the timeline, the API and the exports.

Filter state lives in the query string, so every view of the data is a shareable link. Parsing is
lenient: a value that makes no sense is dropped and reported in `errors`, never a server error.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields, replace
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

from django.db.models import Exists, OuterRef, Q
from django.http import QueryDict
from django.utils import timezone

from .cleaning import clean_line
from .models import Claim, ClaimLocation, ClaimQuerySet, Stance, Status, Topic

WINDOWS = {"24h": timedelta(hours=24), "7d": timedelta(days=7), "30d": timedelta(days=30)}
SORTS = {
    "-event": ["-timeline_date", "-id"],
    "event": ["timeline_date", "id"],
    "-report": ["-report__published_at", "-report__received_at", "-id"],
    "report": ["report__published_at", "report__received_at", "id"],
}
DEFAULT_SORT = "-event"
ALL_TOPICS = "all"
MAX_TEXT = 200


def _ints(values: list[str], name: str, errors: list[str]) -> list[int]:
    out = []
    for value in values:
        for part in str(value).split(","):
            part = part.strip()
            if not part:
                continue
            if part.isascii() and part.isdigit() and len(part) < 12:  # "³".isdigit() is True
                out.append(int(part))
            else:
                errors.append(f"Ignored {name}={part[:40]!r}: not an id.")
    return sorted(set(out))


def _choices(values: list[str], allowed, name: str, errors: list[str]) -> list[str]:
    out = []
    for value in values:
        for part in str(value).split(","):
            part = part.strip()
            if not part:
                continue
            if part in allowed:
                out.append(part)
            else:
                errors.append(f"Ignored {name}={part[:40]!r}: not one of {', '.join(allowed)}.")
    return sorted(set(out))


def _date(value: str | None, name: str, errors: list[str]) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        errors.append(f"Ignored {name}={str(value)[:40]!r}: not a date (YYYY-MM-DD).")
        return None


def _bbox(value: str | None, errors: list[str]) -> tuple[float, float, float, float] | None:
    """south,west,north,east in degrees."""
    if not value:
        return None
    try:
        south, west, north, east = (float(x) for x in str(value).split(","))
    except ValueError:
        errors.append("Ignored bbox: expected four numbers south,west,north,east.")
        return None
    south, north = min(south, north), max(south, north)  # given the wrong way round, as dates are
    if not (-90 <= south <= north <= 90) or not (-180 <= west <= 180 and -180 <= east <= 180):
        errors.append("Ignored bbox: out of range.")
        return None
    return south, west, north, east


def param(name: str, doc: str, default: Any = MISSING, *, many: bool = False, max_length: int | None = None):
    """A filter field read from the query parameter `name`: the pages parse it, the API's query
    schema (`api.schemas.ClaimQuery`) is generated from it, with `doc` as its description."""
    metadata = {"param": name, "doc": doc, "max_length": max_length}
    if many:
        return field(default_factory=list, metadata=metadata)
    return field(default=default, metadata=metadata)


@dataclass(frozen=True)
class ClaimFilter:
    """The filter state. Lists: repeat the parameter or separate values with commas."""

    sources: list[int] = param("source", "Source ids.", many=True)
    statuses: list[str] = param("status", ", ".join(Status.values) + ".", many=True)
    stances: list[str] = param("stance", ", ".join(Stance.values) + ".", many=True)
    places: list[int] = param("place", "Place ids.", many=True)
    # a topic slug; "" (or "all", as older links say) means every topic
    topic: str = param("topic", "A topic slug. Default (or `all`): every topic.", "", max_length=200)
    # event dates (the timeline's date)
    date_from: date | None = param("from", "Claims about this day or later.", None)
    date_to: date | None = param("to", "Claims about this day or earlier.", None)
    q: str = param("q", "Text in the statement, sentence or source name.", "", max_length=MAX_TEXT)
    window: str = param("window", "Reports received in the last 24h, 7d or 30d.", "")
    bbox: tuple[float, float, float, float] | None = param(
        "bbox", "south,west,north,east in degrees.", None, max_length=200
    )
    sort: str = param("sort", f"{', '.join(SORTS)} (default: {DEFAULT_SORT}).", DEFAULT_SORT)
    errors: tuple[str, ...] = ()

    @classmethod
    def from_query(cls, query: QueryDict | dict) -> ClaimFilter:
        if not isinstance(query, QueryDict):
            qd = QueryDict(mutable=True)
            for key, value in query.items():
                if isinstance(value, list | tuple):
                    qd.setlist(key, [str(v) for v in value])
                elif value is not None:
                    qd[key] = str(value)
            query = qd
        errors: list[str] = []
        date_from = _date(query.get("from"), "from", errors)
        date_to = _date(query.get("to"), "to", errors)
        if date_from and date_to and date_from > date_to:
            date_from, date_to = date_to, date_from
        window = query.get("window", "")
        if window and window not in WINDOWS:
            errors.append(f"Ignored window={window[:20]!r}: use 24h, 7d or 30d.")
            window = ""
        sort = query.get("sort") or DEFAULT_SORT
        if sort not in SORTS:
            errors.append(f"Ignored sort={sort[:20]!r}.")
            sort = DEFAULT_SORT
        topic = clean_line(query.get("topic"))[:200]
        if topic == ALL_TOPICS:
            topic = ""  # every topic is the default now; "all" is what older links say
        return cls(
            sources=_ints(query.getlist("source"), "source", errors),
            statuses=_choices(query.getlist("status"), Status.values, "status", errors),
            stances=_choices(query.getlist("stance"), Stance.values, "stance", errors),
            places=_ints(query.getlist("place"), "place", errors),
            topic=topic,
            date_from=date_from,
            date_to=date_to,
            q=clean_line(query.get("q"))[:MAX_TEXT],
            window=window,
            bbox=_bbox(query.get("bbox"), errors),
            sort=sort,
            errors=tuple(errors),
        )

    # ------------------------------------------------------------------------------------------

    def resolved_topic(self) -> Topic | None:
        """The topic the filter shows; None for all claims. Every topic is the default: a topic
        filter an analyst did not choose would hide claims they never knew were there."""
        if self.topic in ("", ALL_TOPICS):
            return None
        return Topic.objects.filter(slug=self.topic).first()

    def apply(
        self, qs: ClaimQuerySet | None = None, *, topic: Topic | None | bool = True, sort: bool = True
    ) -> ClaimQuerySet:
        """Filter claims. `topic=True` resolves the topic here; pass a resolved Topic (or None
        for all topics) to save that query."""
        qs = Claim.objects.current() if qs is None else qs
        if topic is True:
            topic = self.resolved_topic()
            if topic is None and self.topic not in ("", ALL_TOPICS):
                return qs.none()  # an unknown topic shows nothing rather than everything
        if isinstance(topic, Topic):
            qs = qs.filter(
                Exists(Claim.topics.through.objects.filter(claim_id=OuterRef("pk"), topic_id=topic.pk))
            )
        if self.sources:
            qs = qs.filter(source_id__in=self.sources)
        if self.statuses:
            qs = qs.filter(status__in=self.statuses)
        if self.stances:
            qs = qs.filter(stance__in=self.stances)
        if self.places:
            qs = qs.filter(
                Exists(ClaimLocation.objects.filter(claim_id=OuterRef("pk"), location_id__in=self.places))
            )
        if self.date_from:
            qs = qs.filter(timeline_date__gte=self.date_from)
        if self.date_to:
            qs = qs.filter(timeline_date__lte=self.date_to)
        if self.q:
            # search_text is casefolded when written: a casefolded query finds any script in any case
            # on every database (SQLite's own case folding is ASCII only).
            qs = qs.filter(search_text__contains=self.q.casefold())
        if self.window:
            qs = qs.filter(report__received_at__gte=timezone.now() - WINDOWS[self.window])
        if self.bbox:
            south, west, north, east = self.bbox
            box = Q(location__latitude__gte=south, location__latitude__lte=north)
            if west <= east:
                box &= Q(location__longitude__gte=west, location__longitude__lte=east)
            else:  # the box crosses the antimeridian
                box &= Q(location__longitude__gte=west) | Q(location__longitude__lte=east)
            qs = qs.filter(Exists(ClaimLocation.objects.filter(box, claim_id=OuterRef("pk"))))
        if sort:
            qs = qs.order_by(*SORTS[self.sort])
        return qs

    # ------------------------------------------------------------------------------------------

    def to_params(self) -> list[tuple[str, str]]:
        """The filter as query-string pairs (only what differs from the defaults)."""
        params: list[tuple[str, str]] = []
        params += [("source", str(s)) for s in self.sources]
        params += [("status", s) for s in self.statuses]
        params += [("stance", s) for s in self.stances]
        params += [("place", str(p)) for p in self.places]
        if self.topic:
            params.append(("topic", self.topic))
        if self.date_from:
            params.append(("from", self.date_from.isoformat()))
        if self.date_to:
            params.append(("to", self.date_to.isoformat()))
        if self.q:
            params.append(("q", self.q))
        if self.window:
            params.append(("window", self.window))
        if self.bbox:
            params.append(("bbox", ",".join(f"{v:.4f}" for v in self.bbox)))
        if self.sort != DEFAULT_SORT:
            params.append(("sort", self.sort))
        return params

    def querystring(self, **changes) -> str:
        """The query string of this filter with some fields changed: f.querystring(places=[3])."""
        return urlencode((replace(self, **changes) if changes else self).to_params())


# The query parameters, by name, with the filter field each one fills (its metadata: "doc", "max_length").
PARAMETERS = {f.metadata["param"]: f for f in fields(ClaimFilter) if "param" in f.metadata}
