"""Nothing about one situation lives in the code: a made-up situation works with only its own
registry file (its sources, places and topic), and the shipped registry's names mean nothing there."""

from datetime import date
from pathlib import Path

import pytest

from claims.extraction import extract
from claims.extraction.shipped import load_registry_file, registry_from_data

REGISTRY = Path(__file__).parent / "data" / "madeup-situation.json"


@pytest.fixture(scope="module")
def registry():
    return load_registry_file(REGISTRY)


def read(text, registry):
    places = {p.key: p.name for p in registry.places}
    return [
        (
            c.source_name,
            c.stance,
            sorted((f.value, f.unit) for f in c.figures),
            sorted(places[p.key] for p in c.places),
            bool(c.topic_keys),
        )
        for c in extract(text, date(2031, 5, 14), registry)
    ]


def test_its_own_sources_places_figures_and_topic_are_read(registry):
    text = "Minister Oskar Varn said 40 drones and 3 boats crossed the Grey Strait towards Port Alder."
    assert read(text, registry) == [
        (
            "Zemlandian Defence Ministry",
            "asserts",
            [(3, "ships"), (40, "drones")],
            ["Grey Strait", "Port Alder"],
            True,
        )
    ]


def test_a_denial_and_a_confirmation_in_its_own_words(registry):
    text = (
        "The Coastal Watch Agency confirmed that 12 drones were shot down near Port Alder. "
        "The Zemlandian military dismissed the reports as fabricated."
    )
    got = read(text, registry)
    assert [(source, stance) for source, stance, *_ in got] == [
        ("Coastal Watch Agency", "confirms"),
        ("Zemlandian Defence Ministry", "denies"),
    ]
    assert got[0][2] == [(12, "drones")]


def test_names_of_the_first_situation_are_not_known_here(registry):
    text = "Zelensky said North Korean troops were in the Kursk region."
    got = read(text, registry)
    assert all(source != "Volodymyr Zelensky" for source, *_ in got)
    assert all(places == [] for _s, _st, _f, places, _t in got)


def test_an_unknown_speaker_of_this_situation_becomes_a_new_source(registry):
    text = "Admiral Jorun Tesk told reporters that 25 drones had been launched from Varesia."
    got = read(text, registry)
    assert [(source, figures) for source, _st, figures, _p, _t in got] == [("Jorun Tesk", [(25, "drones")])]


@pytest.mark.parametrize(
    "speaker",
    [
        "The Zemlandian defence minister",
        "Zemlandia's defence minister",
        "Zemlandian Defence Minister Ada Kell",
    ],
)
def test_the_head_of_a_registry_body_speaks_for_it(speaker, registry):
    text = f"{speaker} said 40 drones crossed the Grey Strait towards Port Alder."
    assert [r[0] for r in read(text, registry)] == ["Zemlandian Defence Ministry"]


@pytest.mark.parametrize(
    "speaker, body",
    [
        ("The mayor of Port Alder", "Port Alder city authorities"),
        ("Port Alder's mayor", "Port Alder city authorities"),
        ("The Grey Coast governor", "Grey Coast Regional Military Administration"),
        ("The US secretary of state", "US Department of State"),
    ],
)
def test_a_title_names_the_body_it_heads(speaker, body):
    data = {
        "sources": [
            {"name": "Port Alder city authorities", "kind": "government", "aliases": []},
            {"name": "Grey Coast Regional Military Administration", "kind": "government", "aliases": []},
            {"name": "US Department of State", "kind": "government", "aliases": ["State Department"]},
        ],
        "places": [{"name": "Port Alder", "kind": "settlement", "latitude": 10.0, "longitude": 10.0}],
        "topics": [],
    }
    text = f"{speaker} said 12 people were killed in the shelling."
    assert [c.source_name for c in extract(text, date(2031, 5, 14), registry_from_data(data))] == [body]


@pytest.mark.parametrize(
    "first, then, source",
    [
        (
            "The Red Hand Front said it fired 12 rockets at Port Alder.",
            "The rebels said 3 boats were sunk.",
            "Red Hand Front",
        ),
        (
            "The Red Hand Front said it fired 12 rockets at Port Alder.",
            "The militants said 3 boats were sunk.",
            "Red Hand Front",
        ),
        (
            "Alder Shipping Lines said 12 rockets hit its tanker.",
            "The shipping firm said 3 sailors were hurt.",
            "Alder Shipping Lines",
        ),
        (
            "Alder Shipping Lines said 12 rockets hit its tanker.",
            "The operator said 3 sailors were hurt.",
            "Alder Shipping Lines",
        ),
        (
            "Port Alder Police said 12 rockets hit the harbour.",
            "Police said 3 sailors were hurt.",
            "Port Alder Police",
        ),
        (
            "The Varesian Air Force said 12 drones were launched.",
            "According to the air force, 9 were shot down.",
            "Varesian Air Force",
        ),
        (
            "The Coast Institute said 12 drones were launched.",
            "The think tank said 9 were shot down.",
            "Coast Institute",
        ),
    ],
)
def test_a_follow_on_sentence_names_the_body_by_what_it_is(first, then, source):
    data = {
        "sources": [
            {"name": "Red Hand Front", "kind": "military", "aliases": []},
            {"name": "Alder Shipping Lines", "kind": "other", "aliases": []},
            {"name": "Port Alder Police", "kind": "government", "aliases": []},
            {"name": "Varesian Air Force", "kind": "military", "aliases": []},
            {"name": "Coast Institute", "kind": "other", "aliases": []},
        ],
        "places": [{"name": "Port Alder", "kind": "settlement", "latitude": 10.0, "longitude": 10.0}],
        "topics": [],
    }
    claims = extract(f"{first} {then}", date(2031, 5, 14), registry_from_data(data))
    assert [(c.source_name, c.sentence) for c in claims][-1] == (source, then)


STRAIT_ACCOUNT = (
    "The Coastal Watch Agency said drones crossed the Grey Strait on Monday night. "
    "It said the drones struck a fuel depot near the shore.\n\n"
)


def test_an_event_already_told_in_a_new_paragraph_keeps_the_reports_topic(registry):
    text = STRAIT_ACCOUNT + "The Varesian government said the attack had damaged two warehouses."
    claims = extract(text, date(2031, 5, 14), registry)
    assert [c.source_name for c in claims][-1] == "Varesian government"
    assert claims[-1].topic_keys == claims[0].topic_keys != []


def test_a_new_event_in_a_new_paragraph_does_not_take_the_reports_topic(registry):
    text = STRAIT_ACCOUNT + "The Varesian government said an explosion had damaged two warehouses in town."
    claims = extract(text, date(2031, 5, 14), registry)
    assert [c.source_name for c in claims][-1] == "Varesian government"
    assert claims[-1].topic_keys == []


def test_the_destruction_told_with_its_day_sets_the_day_of_the_claims_about_it(registry):
    """ "destruction" is an event: the day its sentence gives is the scene's day, and a later claim
    on the topic that gives no day of its own happened on it."""
    text = (
        "The Coastal Watch Agency said the destruction of the drone base at Port Alder today "
        "endangers the whole coast.\n\n"
        "The Varesian government said Zemlandian drones had been launched from the base for weeks."
    )
    claims = extract(text, date(2031, 5, 14), registry)
    assert [c.source_name for c in claims] == ["Coastal Watch Agency", "Varesian government"]
    assert claims[1].event_start == date(2031, 5, 14)
