"""Imported gazetteer places (GeoNames) are found where a text plainly names a place, and nowhere
else: curated entries win, words and people's names stay words, and of two places of one name the
one in the region the report names wins."""

from dataclasses import replace
from datetime import date

import pytest

from claims.extraction import PlaceEntry, Registry, extract
from claims.extraction.index import lexicon_words
from claims.extraction.shipped import load_registry_file


def imported(key, name, lat, lon, population, admin1, aliases=(), kind="settlement"):
    return PlaceEntry(
        key=key,
        name=f"{name}, {admin1}" if kind == "settlement" else name,
        lat=lat,
        lon=lon,
        kind=kind,
        precision="exact" if kind == "settlement" else "region",
        aliases=(name, *aliases),
        imported=True,
        population=population,
        admin1=admin1,
    )


IMPORTED = (
    imported("g-vorozhba", "Vorozhba", 51.17, 34.23, 6809, "UA.21", ("Ворожба",)),
    imported("g-sudzha", "Sudzha", 51.19, 35.27, 6940, "RU.41", ("Суджа",)),
    imported("g-novo-donetsk", "Novoselivka", 48.2, 37.9, 600, "UA.05", ("Новоселівка",)),
    imported("g-novo-kharkiv", "Novoselivka", 49.9, 36.6, 2500, "UA.07", ("Новоселівка",)),
    imported("g-tver", "Tver", 56.86, 35.9, 403_726, "RU.77", ("Тверь",)),
    imported("g-vladimir", "Vladimir", 56.13, 40.4, 345_373, "RU.83", ("Владимир",)),
    imported("g-ola", "Ola", 59.58, 151.29, 6000, "RU.44"),
    imported("g-soldiers", "Soldiers", 50.0, 40.0, 900, "RU.86"),
    imported("g-myrne", "Myrne", 47.0, 35.0, 2000, "UA.26", ("Мирное", "Мирне")),
    imported("g-huliaipole", "Huliaipole", 47.66, 36.26, 13_000, "UA.26", ("Гуляйполе",)),
    imported("g-orikhiv", "Orikhiv", 47.57, 35.78, 14_000, "UA.26", ("Орехов", "Оріхів")),
    imported("g-feodosiya", "Feodosiya", 45.03, 35.38, 68_562, "UA.11", ("Феодосия",)),
    imported("g-biliyivka", "Biliyivka", 48.14, 37.74, 4_000, "UA.05"),
    imported("g-zaporizke", "Zaporizke", 47.9, 34.7, 900, "UA.04", ("Запорізьке", "Запорожское")),
    imported("g-star", "Star'", 53.3, 34.3, 5_000, "RU.10", ("Star",)),
    imported("g-holovne", "Holovne", 51.3, 24.6, 1_000, "UA.02", ("Головне",)),
    imported("g-novocherkassk", "Novocherkassk", 47.4, 40.1, 170_000, "RU.61", ("Новочеркасск",)),
    imported("g-aleksandriya", "Aleksandriya", 45.09, 43.25, 2_000, "RU.70"),
    imported("r-tver", "Tver Oblast", 57.0, 34.9, 1_200_000, "RU.77", ("Тверская область",), "region"),
)


@pytest.fixture(scope="module")
def registry():
    shipped = load_registry_file()
    places = tuple(replace(p, admin1="UA.05") if p.name == "Donetsk region" else p for p in shipped.places)
    return Registry(sources=shipped.sources, places=places + IMPORTED, topics=shipped.topics)


def place_keys(text, registry) -> list[str]:
    claims = extract(text, date(2024, 10, 30), registry)
    return [p.key for c in claims for p in c.places]


def key_of(registry, name) -> str:
    return next(p.key for p in registry.places if p.name == name and not p.imported)


def test_an_imported_village_is_found_after_a_preposition_of_place(registry):
    assert place_keys("HUR said 300 North Korean soldiers arrived in Vorozhba.", registry) == ["g-vorozhba"]
    text = "HUR said North Korean troops shelled the village of Vorozhba on Monday."
    assert place_keys(text, registry) == ["g-vorozhba"]


def test_an_imported_village_is_found_in_russian_after_a_settlement_noun(registry):
    text = "Как заявили в ГУР, 300 солдат КНДР прибыли в село Ворожба."
    assert "g-vorozhba" in place_keys(text, registry)


def test_a_small_imported_place_without_a_preposition_is_not_a_place(registry):
    text = "HUR said Vorozhba residents reported 300 North Korean soldiers."
    assert "g-vorozhba" not in place_keys(text, registry)


def test_a_lower_case_word_is_never_an_imported_place(registry):
    text = "Как заявили в ГУР, 300 солдат КНДР прибыли, но это ворожба."
    assert "g-vorozhba" not in place_keys(text, registry)


def test_a_curated_place_wins_over_an_imported_one_of_the_same_name(registry):
    keys = place_keys("HUR said 300 North Korean soldiers were fighting near Sudzha.", registry)
    assert keys == [key_of(registry, "Sudzha")]


def test_names_shorter_than_four_letters_and_lexicon_words_are_not_places(registry):
    assert "soldiers" in lexicon_words()
    text = "HUR said 300 North Korean Soldiers were seen in Ola."
    keys = place_keys(text, registry)
    assert "g-ola" not in keys and "g-soldiers" not in keys


def test_a_large_place_needs_no_preposition_but_a_person_is_not_a_place(registry):
    text = "The Russian Defence Ministry said Tver was attacked by 30 drones."
    assert place_keys(text, registry) == ["g-tver"]
    text = "Vladimir Putin said 3,000 North Korean soldiers had arrived in Kursk."
    assert "g-vladimir" not in place_keys(text, registry)


def test_of_two_places_of_one_name_the_one_in_the_region_named_wins(registry):
    text = "HUR said 300 North Korean soldiers were seen in Novoselivka, Donetsk Oblast."
    assert "g-novo-donetsk" in place_keys(text, registry)


def test_a_region_named_elsewhere_in_the_report_decides_too(registry):
    text = (
        "Fighting continued across the Donetsk region this week.\n\n"
        "HUR said 300 North Korean soldiers were seen in Novoselivka."
    )
    assert place_keys(text, registry) == ["g-novo-donetsk"]


def test_without_a_region_the_larger_place_of_one_name_wins(registry):
    text = "HUR said 300 North Korean soldiers were seen in Novoselivka."
    assert place_keys(text, registry) == ["g-novo-kharkiv"]


def test_an_imported_region_is_found_by_its_name_and_its_spellings(registry):
    for spelling in ("Tver Oblast", "the Tver region", "Тверской области"):
        text = f"HUR said 300 North Korean soldiers were seen in {spelling}."
        assert place_keys(text, registry) == ["r-tver"], spelling


@pytest.mark.parametrize(
    "text",
    [
        "Как заявили в ГУР, бои идут в районе Гуляйполя.",
        "Як повідомили в ГУР, бої тривають в районі Гуляйполя.",
        "HUR said North Korean soldiers were seen in the area of Huliaipole.",
        "HUR said North Korean soldiers were seen on the outskirts of Huliaipole.",
    ],
)
def test_an_imported_place_after_a_preposition_and_a_part_of_it_is_a_place(registry, text):
    assert "g-huliaipole" in place_keys(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        "Как заявили в ГУР, бои идут в районе Гуляйполя и Орехова.",
        "HUR said North Korean soldiers were seen near Huliaipole and Orikhiv.",
        "HUR said North Korean soldiers were seen near Sudzha, Huliaipole and Orikhiv.",
    ],
)
def test_an_imported_place_listed_after_a_place_is_a_place(registry, text):
    assert "g-orikhiv" in place_keys(text, registry)


def test_an_imported_name_after_a_word_that_is_no_place_is_still_no_place(registry):
    text = "HUR said Huliaipole residents and Orikhiv residents reported shelling."
    assert place_keys(text, registry) == []


def test_a_settlement_noun_of_a_locality_announces_an_imported_place(registry):
    text = "Як повідомили в ГУР, бої тривають біля населених пунктів Гуляйполе та Оріхів."
    assert {"g-huliaipole", "g-orikhiv"} <= set(place_keys(text, registry))


@pytest.mark.parametrize(
    "text, key",
    [
        ("HUR said a Russian landing ship was sunk near Feodosia.", "g-feodosiya"),
        ("HUR said a Russian landing ship was sunk near Feodosiya.", "g-feodosiya"),
        ("HUR said North Korean soldiers were seen near Biliivka.", "g-biliyivka"),
    ],
)
def test_an_imported_place_is_found_under_the_spellings_news_english_gives_it(registry, text, key):
    assert key in place_keys(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        "Як повідомили в ГУР, на Запорізькому напрямку відбулося 10 боїв.",
        "Как заявили в ГУР, на Запорожском направлении произошло 10 боев.",
    ],
)
def test_a_sector_named_after_a_town_is_no_village_of_a_similar_name(registry, text):
    assert "g-zaporizke" not in place_keys(text, registry)


def test_the_village_itself_is_still_found(registry):
    text = "Як повідомили в ГУР, бої тривають біля села Запорізьке."
    assert "g-zaporizke" in place_keys(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        # the first word of a longer name: a ship's, a firm's
        "CENTCOM said three North Korean missiles were aimed at Star Nasia near the Kursk region.",
        # an adjective before another: a body's name
        "У ГУР заявили, що 12 північнокорейських солдатів служили в Головному розвідувальному бюро.",
        # a ship named after a town
        "Kyiv said the landing ship Novocherkassk was hit while carrying North Korean troops.",
    ],
)
def test_a_name_that_only_begins_or_names_something_else_is_no_imported_place(text, registry):
    assert not {"g-star", "g-holovne", "g-novocherkassk"} & set(place_keys(text, registry))


def test_the_village_of_the_same_name_is_still_a_place(registry):
    text = "У ГУР заявили, що 12 північнокорейських солдатів загинули в селі Головне."
    assert "g-holovne" in place_keys(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        "У Генштабі заявили, що крейсер «Москва» затонув біля Одеси.",
        "Kyiv said the cruiser Moscow sank near Odesa after a missile strike.",
    ],
)
def test_a_ship_named_after_a_city_is_not_that_city(text, registry):
    names = [p.text for c in extract(text, date(2024, 10, 30), registry) for p in c.places]
    assert names and not any(n.strip("«»") in ("Москва", "Moscow") for n in names)


def test_a_small_namesake_far_from_every_place_the_report_names_is_left_for_an_analyst(registry):
    """The village the Kursk report names is too small for the gazetteer; its namesake 700 km away
    is not it: the name stays on the claim, unplaced."""
    text = (
        "The Russian Defence Ministry said North Korean troops helped retake the settlements of "
        "Aleksandriya and Ulanok in the Kursk region."
    )
    claims = extract(text, date(2024, 10, 30), registry)
    assert "g-aleksandriya" not in {p.key for c in claims for p in c.places}
    assert [n for c in claims for n in c.unplaced] == ["Aleksandriya", "Ulanok"]


def test_a_small_place_is_placed_where_the_report_names_nothing_else(registry):
    text = "The Russian Defence Ministry said drones hit the village of Aleksandriya."
    assert place_keys(text, registry) == ["g-aleksandriya"]


def test_the_before_a_bare_town_s_name_makes_it_a_ship(registry):
    text = "The Russian Defence Ministry said Ukrainian aircraft fired missiles at the Novocherkassk."
    assert place_keys(text, registry) == []
