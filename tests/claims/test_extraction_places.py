"""Places: gazetteer names and aliases, region spellings, areas, Cyrillic stems, no false hits."""

from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.shipped import load_registry_file, registry_from_data


@pytest.fixture(scope="module")
def registry():
    return load_registry_file()


@pytest.fixture(scope="module")
def places_by_key(registry):
    return {p.key: p for p in registry.places}


def place_names(text, registry, places_by_key):
    claims = extract(text, date(2024, 10, 30), registry)
    assert claims, "the test text should give a claim"
    return [places_by_key[p.key].name for p in claims[0].places]


@pytest.mark.parametrize(
    "spelling",
    ["the Kursk region", "Kursk Oblast", "Kursk oblast", "Kursk province", "the Kursk border region"],
)
def test_every_spelling_of_a_region_finds_the_region(spelling, registry, places_by_key):
    text = f"The NIS said North Korean troops had moved into {spelling}."
    assert place_names(text, registry, places_by_key) == ["Kursk region"]


def test_a_town_resolves_to_its_coordinates(registry, places_by_key):
    text = "HUR said North Korean soldiers were fighting near Sudzha."
    (name,) = place_names(text, registry, places_by_key)
    sudzha = next(p for p in registry.places if p.name == name)
    assert (name, round(sudzha.lat, 1), round(sudzha.lon, 1)) == ("Sudzha", 51.2, 35.3)


def test_broad_areas_are_areas_not_points(registry, places_by_key):
    text = (
        "The Pentagon said 3,000 North Korean soldiers had moved to eastern Russia and the Russian Far East."
    )
    names = place_names(text, registry, places_by_key)
    assert names == ["Eastern Russia", "Russian Far East"]
    kinds = {places_by_key[p.key].kind for p in extract(text, date(2024, 10, 30), registry)[0].places}
    assert kinds == {"area"}


def test_a_facility_and_its_region_are_both_found(registry, places_by_key):
    text = "The agency HUR said the units trained at the Sergeyevka training ground in Primorsky Krai."
    assert place_names(text, registry, places_by_key) == ["Sergeyevka training ground", "Primorsky Krai"]


def test_a_capital_that_speaks_is_not_a_place(registry, places_by_key):
    text = "Seoul says Pyongyang has started sending soldiers to Vladivostok."
    assert place_names(text, registry, places_by_key) == ["Vladivostok"]


def test_a_capital_where_something_happens_is_a_place(registry, places_by_key):
    text = "The SBU said two captured North Korean soldiers had been taken to Kyiv."
    assert place_names(text, registry, places_by_key) == ["Kyiv"]


def test_a_country_is_a_place_only_where_something_happens_there(registry, places_by_key):
    text = "Russia's Defence Ministry said North Korea had sent no soldiers to Russia."
    assert place_names(text, registry, places_by_key) == ["Russia"]


def test_a_place_inside_a_source_name_is_not_a_place(registry, places_by_key):
    text = "The Kyiv Post reported that North Korean officers were killed near Donetsk."
    assert place_names(text, registry, places_by_key) == ["Donetsk"]


def test_ordinary_words_are_not_places(registry, places_by_key):
    text = "The Pentagon said reading the far east wind of the sumy marino report would take a kursk minute."
    assert place_names(text, registry, places_by_key) == []


def test_russian_and_ukrainian_declensions_find_the_place(registry, places_by_key):
    ru = "Песков заявил, что в Курской области нет военных КНДР."
    uk = "ГУР повідомило, що північнокорейські військові прибули до Курської області та Суджі."
    assert place_names(ru, registry, places_by_key) == ["Kursk region"]
    assert place_names(uk, registry, places_by_key) == ["Kursk region", "Sudzha"]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking in Kyiv, Zelensky said up to 12,000 North Korean troops were in the Kursk region.",
        "Zelensky said in Kyiv on Monday that 12,000 North Korean troops were in the Kursk region.",
        "KYIV, Ukraine (AP) - Zelensky said 12,000 North Korean troops were in the Kursk region.",
        "Выступая в Киеве, Зеленский заявил, что 12 тысяч военных КНДР находятся в Курской области.",
        "Виступаючи у Києві, Зеленський заявив, що 12 тисяч військових КНДР перебувають у Курській області.",
    ],
)
def test_where_the_speaker_spoke_is_not_where_the_claim_happens(text, registry, places_by_key):
    assert place_names(text, registry, places_by_key) == ["Kursk region"]


def test_a_place_the_claim_is_about_stays_even_after_the_verb(registry, places_by_key):
    text = "Zelensky said troops from North Korea were already in Kyiv's sights near Kursk."
    assert "Kursk" in place_names(text, registry, places_by_key)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Зеленський заявив, що солдати КНДР втекли з кордону з Брянською та Курською областями.",
            ["Bryansk region", "Kursk region"],
        ),
        (
            "Зеленский заявил, что военные КНДР стоят в Брянской, Белгородской и Курской областях.",
            ["Bryansk region", "Belgorod region", "Kursk region"],
        ),
    ],
)
def test_names_joined_to_a_region_share_its_region_noun(text, expected, registry, places_by_key):
    assert place_names(text, registry, places_by_key) == expected


def test_a_joined_word_that_names_no_region_stays_out(registry, places_by_key):
    text = "Зеленский заявил, что военные Северной Кореи и Курской области ушли."
    assert "Bryansk region" not in place_names(text, registry, places_by_key)


def test_an_inflected_two_word_alias_matches_by_lemma_when_its_stems_part_ways():
    """ "у Повітряних силах": the stem of "Повітряні" leads on, but only the lemmas reach "силах"."""
    from claims.extraction import Registry, SourceEntry

    air_force = SourceEntry("af", "Air Force", "military", aliases=("Повітряні сили",))
    claims = extract(
        "У Повітряних силах повідомили, що збили 20 дронів.", date(2024, 10, 30), Registry((air_force,))
    )
    assert [c.source_name for c in claims] == ["Air Force"]


def places_per_claim(text, registry, places_by_key):
    return {
        c.source_name: [places_by_key[p.key].name for p in c.places]
        for c in extract(text, date(2024, 10, 30), registry)
    }


def test_a_count_after_the_scene_of_its_paragraph_happened_where_the_scene_is(registry, places_by_key):
    text = (
        "North Korean soldiers attacked Ukrainian positions near Sudzha overnight. "
        "The SBU said 12 North Korean soldiers were captured in the assault."
    )
    assert places_per_claim(text, registry, places_by_key)["SBU (Security Service of Ukraine)"] == ["Sudzha"]


def test_the_scene_of_another_paragraph_or_another_topic_lends_no_place(registry, places_by_key):
    other_paragraph = (
        "North Korean soldiers attacked Ukrainian positions near Sudzha overnight.\n\n"
        "The SBU said 12 North Korean soldiers were captured in the assault."
    )
    other_topic = (
        "A Ukrainian drone hit an oil depot in the Smolensk region overnight. "
        "The SBU said 12 North Korean soldiers were captured in the assault."
    )
    for text in (other_paragraph, other_topic):
        assert places_per_claim(text, registry, places_by_key)["SBU (Security Service of Ukraine)"] == []


def test_a_claim_naming_its_own_place_keeps_it(registry, places_by_key):
    text = (
        "North Korean soldiers attacked Ukrainian positions near Sudzha overnight. "
        "The SBU said 12 North Korean soldiers were captured near Korenevo."
    )
    assert places_per_claim(text, registry, places_by_key)["SBU (Security Service of Ukraine)"] == [
        "Korenevo"
    ]


def test_a_scene_lends_a_site_not_the_country_or_region_around_it(registry, places_by_key):
    text = (
        "North Korean soldiers attacked Ukrainian positions in the Kursk region overnight. "
        "The SBU said 12 North Korean soldiers were captured in the assault."
    )
    assert places_per_claim(text, registry, places_by_key)["SBU (Security Service of Ukraine)"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The SBU said North Korean instructors had been seen in three Ukrainian regions.", ["Ukraine"]),
        ("HUR said North Korean shells had been fired at Ukrainian cities all week.", ["Ukraine"]),
        ("HUR said North Korean artillery crews had operated from Russian territory.", ["Russia"]),
    ],
)
def test_a_nations_adjective_before_a_place_noun_names_the_country(text, expected, registry, places_by_key):
    assert place_names(text, registry, places_by_key) == expected


def test_a_nations_adjective_before_any_other_noun_names_no_place(registry, places_by_key):
    text = "HUR said Ukrainian officers had questioned a North Korean soldier."
    assert place_names(text, registry, places_by_key) == []


def test_a_pronoun_spelled_like_a_nation_names_no_country():
    data = {
        "sources": [{"name": "NATO", "kind": "international"}],
        "places": [
            {"name": "United States", "latitude": 39.8, "longitude": -98.6, "kind": "country"},
            {"name": "Ukraine", "latitude": 49.0, "longitude": 31.4, "kind": "country"},
        ],
        "topics": [{"name": "Air strikes", "terms": ["drones"]}],
    }
    text = "NATO said the drones that hit Ukrainian cities showed us waters were safe."
    (claim,) = extract(text, date(2025, 1, 10), registry_from_data(data))
    assert [p.text for p in claim.places] == ["Ukrainian"]


def _local_bodies_registry():
    return registry_from_data(
        {
            "sources": [
                {
                    "name": "Vardo regional administration",
                    "kind": "government",
                    "aliases": ["Vardo governor", "Halvorsen"],
                },
                {
                    "name": "Kemi city authorities",
                    "kind": "government",
                    "aliases": ["Kemi mayor", "Lindqvist"],
                },
                {
                    "name": "Nordland Ministry of Defence",
                    "kind": "military",
                    "aliases": ["the defence ministry"],
                },
            ],
            "places": [
                {"name": "Vardo", "latitude": 70.37, "longitude": 31.1, "kind": "settlement"},
                {
                    "name": "Vardo region",
                    "latitude": 70.0,
                    "longitude": 30.0,
                    "kind": "region",
                    "precision": "region",
                },
                {"name": "Kemi", "latitude": 65.74, "longitude": 24.56, "kind": "settlement"},
                {"name": "Tornio", "latitude": 65.85, "longitude": 24.15, "kind": "settlement"},
            ],
            "topics": [{"name": "Border raids", "terms": ["raid", "raids", "drones"]}],
        }
    )


@pytest.mark.parametrize(
    "text, place",
    [
        # a regional body's claim naming no place is about its region, not the city of that name
        ("Halvorsen said three civilians were wounded in the raid overnight.", "Vardo region"),
        # a city's body: the city
        ("Lindqvist said drones had damaged 12 houses in the raid.", "Kemi"),
        # a place of its own wins
        ("Lindqvist said drones had damaged 12 houses in Tornio.", "Tornio"),
    ],
)
def test_a_local_body_s_claim_naming_no_place_is_about_the_place_it_governs(text, place):
    registry = _local_bodies_registry()
    names = {p.key: p.name for p in registry.places}
    (claim,) = extract(text, date(2025, 1, 10), registry)
    assert [names[p.key] for p in claim.places] == [place]


def test_a_body_that_governs_no_place_gets_none():
    (claim,) = extract(
        "The defence ministry said drones had carried out 12 raids overnight.",
        date(2025, 1, 10),
        _local_bodies_registry(),
    )
    assert claim.places == []
