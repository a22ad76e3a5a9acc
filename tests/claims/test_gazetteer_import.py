"""`load_gazetteer`: imported places beside the curated ones, never over them, idempotent."""

import pytest

from claims.models import Location, Origin
from claims.registry.gazetteer import load_gazetteer
from claims.registry.geonames import place_aliases
from claims.registry.snapshot import build_registry
from tests.support.factories import make_place

pytestmark = pytest.mark.django_db


def city(gid, name, lat, lon, population, admin1="41", cc="RU", alternates=()):
    return {
        "geonameid": gid,
        "name": name,
        "latitude": lat,
        "longitude": lon,
        "countrycode": cc,
        "population": population,
        "admin1code": admin1,
        "alternatenames": list(alternates),
    }


CITIES = [
    city(1, "Kursk", 51.73, 36.19, 448_733, alternates=["Koursk", "Kurs'k", "kurusuku", "Курск", "Курськ"]),
    city(2, "Sudzha", 51.19, 35.27, 6940, alternates=["Sudscha", "Суджа"]),
    city(3, "Korenevo", 51.41, 34.90, 6236, alternates=["Коренёво"]),
    city(4, "Korenevo", 51.60, 36.00, 800),
    city(5, "Kurskiy Rayon", 51.74, 36.20, 9000),  # a section of Kursk
    city(6, "Vorozhba", 51.17, 34.23, 6809, "21", "UA", ["Ворожба"]),
]
NAMES = {"RU.41": ["Kursk Oblast", "Курская область"], "UA.21": ["Sumy Oblast", "Сумська область"]}


def test_aliases_are_the_cyrillic_names_and_plain_transliterations_only():
    aliases = place_aliases("Kursk", ["Koursk", "Kurs'k", "kurusuku", "Курск", "Курськ", "クルスク"])
    assert aliases == ["Kursk", "Kurs'k", "Курск", "Курськ"]
    assert place_aliases("Kyiv", ["Kiev", "Kijów", "Київ", "Киев"]) == ["Kyiv", "Kiev", "Київ", "Киев"]


def test_it_imports_places_and_regions_and_keeps_curated_ones():
    curated = make_place("Sudzha", 51.19, 35.27, aliases=["Суджа"])
    region = make_place("Kursk region", 51.7, 36.0, kind="region", aliases=["Kursk Oblast"])
    counts = load_gazetteer(CITIES, NAMES)
    imported = Location.objects.filter(origin=Origin.IMPORTED)
    assert sorted(imported.values_list("name", flat=True)) == [
        "Korenevo, Kursk Oblast",
        "Korenevo, Kursk Oblast (4)",
        "Kursk, Kursk Oblast",
        "Sumy Oblast",
        "Vorozhba, Sumy Oblast",
    ]
    assert counts.curated_kept == 2 and counts.created == 5
    curated.refresh_from_db()
    region.refresh_from_db()
    assert (curated.origin, curated.aliases, curated.geonames_id) == (Origin.CURATED, ["Суджа"], None)
    assert region.admin1 == "RU.41"  # learnt from the import; nothing else of it changed
    korenevo = Location.objects.get(geonames_id=3)
    assert (korenevo.population, korenevo.admin1) == (6236, "RU.41")
    assert korenevo.aliases == ["Korenevo", "Коренёво"]
    sumy = Location.objects.get(name="Sumy Oblast")
    assert (sumy.kind, sumy.precision, sumy.radius_km) == ("region", "region", 30.0)


def test_running_it_again_changes_nothing():
    load_gazetteer(CITIES, NAMES)
    edited = Location.objects.get(geonames_id=6)
    edited.latitude = 51.2
    edited.save()
    counts = load_gazetteer(CITIES, NAMES)
    assert counts.created == 0 and counts.existing == 7
    assert Location.objects.filter(origin=Origin.IMPORTED).count() == 7
    assert Location.objects.get(geonames_id=6).latitude == 51.2


def test_the_registry_snapshot_carries_the_imported_places():
    load_gazetteer(CITIES, NAMES)
    places = {p.name: p for p in build_registry().places}
    vorozhba = places["Vorozhba, Sumy Oblast"]
    assert vorozhba.imported and vorozhba.population == 6809 and vorozhba.admin1 == "UA.21"
