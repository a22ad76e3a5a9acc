"""`manage.py load_gazetteer`: the imported GeoNames places written to the database beside the
curated ones. Idempotent: places already imported (by GeoNames id, or region code) are left as they
are, analysts' edits included; a curated place is never overwritten or duplicated - an imported
place that matches one by name and distance is left out, and a curated region learns its GeoNames
region code (when it has none) so that places can be told apart by the region a report names.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from ..models import Location, Origin
from . import geonames

_FIELDS = ("latitude", "longitude", "kind", "precision", "radius_km", "country", "admin1", "population")


@dataclass
class GazetteerCounts:
    created: int = 0
    existing: int = 0
    curated_kept: int = 0
    regions: int = 0
    settlements: int = 0

    def __str__(self) -> str:
        return (
            f"{self.created} created ({self.regions} regions, {self.settlements} places), "
            f"{self.existing} already here, {self.curated_kept} left to the curated entry of the same place"
        )


def _curated_rows() -> list[dict]:
    rows = Location.objects.filter(origin=Origin.CURATED).values(
        "pk", "name", "aliases", "latitude", "longitude", "kind", "admin1"
    )
    return [dict(row) for row in rows]


def _existing_keys() -> tuple[set[int], set[str], set[str]]:
    imported = Location.objects.filter(origin=Origin.IMPORTED)
    ids = {i for i in imported.values_list("geonames_id", flat=True) if i is not None}
    regions = set(imported.filter(kind="region").values_list("admin1", flat=True))
    names = {n.casefold() for n in Location.objects.values_list("name", flat=True)}
    return ids, regions, names


def _new_location(row: dict, names: set[str]) -> Location:
    name = row["name"][:200]
    if name.casefold() in names:
        name = f"{name[:180]} ({row.get('geonames_id') or row['admin1']})"
    names.add(name.casefold())
    return Location(
        name=name,
        aliases=row["aliases"],
        origin=Origin.IMPORTED,
        geonames_id=row.get("geonames_id"),
        **{f: row.get(f) for f in _FIELDS},
    )


@transaction.atomic
def load_gazetteer(cities: list[dict] | None = None, names: dict | None = None) -> GazetteerCounts:
    counts = GazetteerCounts()
    rows, twins = geonames.gazetteer_rows(_curated_rows(), cities, names)
    counts.curated_kept = len(twins)
    for row, curated in twins:
        if row["kind"] == "region" and not curated["admin1"]:
            place = Location.objects.get(pk=curated["pk"])
            place.admin1 = row["admin1"]
            place.save(update_fields=["admin1", "updated_at"])
    ids, regions, names_taken = _existing_keys()
    new = []
    for row in rows:
        known = row["geonames_id"] in ids if row.get("geonames_id") else row["admin1"] in regions
        if known:
            counts.existing += 1
            continue
        new.append(_new_location(row, names_taken))
        counts.regions += row["kind"] == "region"
        counts.settlements += row["kind"] != "region"
    Location.objects.bulk_create(new, batch_size=1000)
    counts.created = len(new)
    return counts
