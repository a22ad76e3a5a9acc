"""A registry straight from a registry file (the shipped claims/data/registry.json format).

The worker reads the registry from the database; benchmarks and tests that exercise the extractor
alone read the same file without one. Keys are the entries' positions, as the database's would be ids.
A place row may carry the imported gazetteer's fields (`origin`, `population`, `admin1`: see
claims/registry/geonames.py), so a file with the imported places in it reads like the database.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .types import PlaceEntry, Registry, SourceEntry, TopicEntry

SHIPPED_FILE = Path(__file__).resolve().parent.parent / "data" / "registry.json"


def registry_from_data(data: dict[str, Any]) -> Registry:
    sources = tuple(
        SourceEntry(
            key=str(i),
            name=row["name"],
            kind=row.get("kind", "other"),
            country=row.get("country", ""),
            aliases=tuple(row.get("aliases", ())),
        )
        for i, row in enumerate(data.get("sources", []), 1)
    )
    places = tuple(
        PlaceEntry(
            key=str(i),
            name=row["name"],
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            kind=row.get("kind", "settlement"),
            precision=row.get("precision", "exact"),
            aliases=tuple(row.get("aliases", ())),
            radius_km=row.get("radius_km"),
            country=row.get("country", ""),
            imported=row.get("origin") == "imported",
            population=int(row.get("population") or 0),
            admin1=row.get("admin1", ""),
        )
        for i, row in enumerate(data.get("places", []), 1)
    )
    topics = tuple(
        TopicEntry(key=str(i), name=row["name"], terms=tuple(row.get("terms", ())))
        for i, row in enumerate(data.get("topics", []), 1)
    )
    return Registry(sources=sources, places=places, topics=topics)


def load_registry_file(path: Path | str = SHIPPED_FILE) -> Registry:
    return registry_from_data(json.loads(Path(path).read_text(encoding="utf-8")))
