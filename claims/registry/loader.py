"""The shipped registry (known sources, the gazetteer, topics) and imports that grow it.

Loading is an upsert by name: new entries are created, aliases and terms are merged, and what an
analyst changed (a source's grade, a place's coordinates) is never overwritten.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from ..models import Location, LocationKind, Precision, Reliability, Source, SourceKind, Topic, clean_aliases

SHIPPED_REGISTRY = Path(__file__).resolve().parent.parent / "data" / "registry.json"


@dataclass
class LoadCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def __str__(self) -> str:
        return f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged"


def _merge_aliases(obj, field: str, new: list[str]) -> bool:
    merged = clean_aliases([*getattr(obj, field), *new])
    if merged != getattr(obj, field):
        setattr(obj, field, merged)
        return True
    return False


def _check_choice(value, choices, what: str, name: str):
    if value not in choices:
        raise ValueError(f"{what} {value!r} of {name!r} is not one of: {', '.join(choices)}")
    return value


def upsert_source(row: dict, counts: LoadCounts) -> Source:
    name = " ".join(str(row["name"]).split())
    source = Source.objects.filter(name__iexact=name).first()
    if source is None:
        source = Source.objects.create(
            name=name,
            kind=_check_choice(row.get("kind", "other"), SourceKind.values, "kind", name),
            country=row.get("country", ""),
            aliases=clean_aliases(row.get("aliases", [])),
            reliability=_check_choice(row.get("reliability", "F"), Reliability.values, "reliability", name),
            notes=row.get("notes", ""),
            reviewed=bool(row.get("reviewed", True)),
        )
        counts.created += 1
    else:
        _update_names(source, "aliases", row.get("aliases", []), counts)
    return source


def _update_names(obj: Source | Location | Topic, field: str, names: list, counts: LoadCounts) -> None:
    """An entry already there learns the row's new names (aliases, terms); counted either way."""
    if _merge_aliases(obj, field, names):
        obj.save()
        counts.updated += 1
    else:
        counts.unchanged += 1


def upsert_place(row: dict, counts: LoadCounts) -> Location:
    name = " ".join(str(row["name"]).split())
    place = Location.objects.filter(name__iexact=name).first()
    if place is None:
        lat, lon = float(row["latitude"]), float(row["longitude"])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(f"coordinates of {name!r} are out of range: {lat}, {lon}")
        radius = row.get("radius_km")
        place = Location.objects.create(
            name=name,
            latitude=lat,
            longitude=lon,
            kind=_check_choice(row.get("kind", "settlement"), LocationKind.values, "kind", name),
            precision=_check_choice(row.get("precision", "exact"), Precision.values, "precision", name),
            aliases=clean_aliases(row.get("aliases", [])),
            radius_km=float(radius) if radius not in (None, "") else None,
            country=row.get("country", ""),
        )
        counts.created += 1
    else:
        _update_names(place, "aliases", row.get("aliases", []), counts)
    return place


def upsert_topic(row: dict, counts: LoadCounts) -> Topic:
    name = " ".join(str(row["name"]).split())
    topic = Topic.objects.filter(name__iexact=name).first()
    if topic is None:
        topic = Topic.objects.create(
            name=name,
            slug=row.get("slug") or slugify(name)[:200],
            description=row.get("description", ""),
            terms=clean_aliases(row.get("terms", [])),
            is_default=bool(row.get("is_default", False))
            and not Topic.objects.filter(is_default=True).exists(),
        )
        counts.created += 1
    else:
        _update_names(topic, "terms", row.get("terms", []), counts)
    return topic


@transaction.atomic
def load_registry(data: dict) -> dict[str, LoadCounts]:
    """Load {"sources": [...], "places": [...], "topics": [...]}; all or nothing."""
    if not isinstance(data, dict):
        raise ValueError("A registry file is a JSON object with sources, places and topics lists.")
    counts = {"sources": LoadCounts(), "places": LoadCounts(), "topics": LoadCounts()}
    for key, upsert in (("sources", upsert_source), ("places", upsert_place), ("topics", upsert_topic)):
        rows = data.get(key, [])
        if not isinstance(rows, list):
            raise ValueError(f"{key!r} must be a list.")
        for i, row in enumerate(rows, 1):
            if not isinstance(row, dict) or not row.get("name"):
                raise ValueError(f"{key} entry {i} has no name.")
            try:
                upsert(row, counts[key])
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{key} entry {i} ({row.get('name')!r}): {exc}") from exc
    _link_parents(data.get("sources", []))
    return counts


def _link_parents(rows: list[dict]) -> None:
    """A source's "parent" (the body it speaks for), by name; set only where none is set yet, so an
    analyst's choice stands."""
    for row in rows:
        parent_name = " ".join(str(row.get("parent") or "").split())
        if not parent_name:
            continue
        parent = Source.objects.filter(name__iexact=parent_name).first()
        if parent is None:
            raise ValueError(f"source {row['name']!r}: parent {parent_name!r} is not a source")
        source = Source.objects.get(name__iexact=" ".join(str(row["name"]).split()))
        if source.parent_id is None and source.pk != parent.pk:
            source.parent = parent
            source.save(update_fields=["parent", "updated_at"])


def load_shipped_registry() -> dict[str, LoadCounts]:
    return load_registry(json.loads(SHIPPED_REGISTRY.read_text(encoding="utf-8")))


PLACE_COLUMNS = ["name", "latitude", "longitude", "kind", "precision", "aliases", "radius_km", "country"]


@transaction.atomic
def import_places_csv(text: str) -> LoadCounts:
    """Grow the gazetteer from CSV (columns as PLACE_COLUMNS; aliases separated by ';')."""
    reader = csv.DictReader(io.StringIO(text))
    missing = {"name", "latitude", "longitude"} - set(reader.fieldnames or [])
    if missing:
        raise ValueError(f"The CSV lacks the column(s): {', '.join(sorted(missing))}.")
    counts = LoadCounts()
    for line, row in enumerate(reader, 2):
        try:
            upsert_place(
                {
                    **{k: v for k, v in row.items() if k and v not in (None, "")},
                    "aliases": (row.get("aliases") or "").split(";"),
                },
                counts,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"line {line}: {exc}") from exc
    return counts
