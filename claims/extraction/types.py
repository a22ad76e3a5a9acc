"""What goes into the extractor and what comes out of it. Plain data: no Django, no database.

The service layer builds a `Registry` from the database (sources, places, topics) and hands it
to `extract()` together with the report's text and reference date; the extractor answers with
`ClaimDraft`s that the service turns into rows.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class SourceEntry:
    key: str  # stable identity in the registry (the database id as text, or a name for new sources)
    name: str
    kind: str = "other"
    country: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceEntry:
    key: str
    name: str
    lat: float
    lon: float
    kind: str = "settlement"  # settlement, region, facility, country, area
    precision: str = "exact"  # exact, near, region
    aliases: tuple[str, ...] = ()
    radius_km: float | None = None
    country: str = ""
    # An imported gazetteer entry (GeoNames): matched only where the text plainly names a place,
    # and never where a curated entry has the same name.
    imported: bool = False
    population: int = 0
    admin1: str = ""  # first-level region code ("RU.41"): of the place, or of the region itself


@dataclass(frozen=True)
class TopicEntry:
    key: str
    name: str
    terms: tuple[str, ...] = ()


@dataclass
class Registry:
    """Everything the extractor knows about the world. Matchers are compiled once per registry."""

    sources: tuple[SourceEntry, ...] = ()
    places: tuple[PlaceEntry, ...] = ()
    topics: tuple[TopicEntry, ...] = ()
    _compiled: Any | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class FigureDraft:
    value: float
    unit: str
    qualifier: str = ""  # about, at_least, up_to, more_than, less_than, nearly, range, exact
    value_max: float | None = None  # the upper end of a range
    text: str = ""  # the words the figure was read from

    def as_dict(self) -> dict[str, Any]:
        value = int(self.value) if float(self.value).is_integer() else self.value
        out = {"value": value, "unit": self.unit, "qualifier": self.qualifier or None, "text": self.text}
        if self.value_max is not None:
            out["value_max"] = int(self.value_max) if float(self.value_max).is_integer() else self.value_max
        return out


@dataclass(frozen=True)
class PlaceMention:
    key: str  # PlaceEntry.key
    text: str  # the words in the report that named it


@dataclass
class ClaimDraft:
    sentence: str  # exactly text[start:end]
    start: int
    end: int
    statement: str
    source_key: str | None  # a SourceEntry.key, or None when the source is new to the registry
    source_name: str  # the registry name, or the actor's name as written for a new source
    stance: str = "asserts"  # asserts, confirms, denies, does_not_deny
    source_kind: str = "other"  # a guess for new sources
    cited_source_key: str | None = None
    cited_source_name: str = ""
    places: list[PlaceMention] = field(default_factory=list)
    # Names the text plainly gives a place that no gazetteer knows, as written: for an analyst to place.
    unplaced: list[str] = field(default_factory=list)
    event_start: date | None = None
    event_end: date | None = None
    date_precision: str = ""  # day, week, month, range or ""
    date_text: str = ""
    figures: list[FigureDraft] = field(default_factory=list)
    topic_keys: list[str] = field(default_factory=list)

    def fingerprint(self) -> str:
        """Identity within a report that survives re-parses: who, and what sentence."""
        who = (self.source_name or "").casefold()
        what = " ".join(self.sentence.split()).casefold()
        return hashlib.sha256(f"{who}\x1f{what}".encode("utf-8", "surrogatepass")).hexdigest()
