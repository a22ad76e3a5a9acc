"""A report's author (a channel, a ministry's feed, the source an API caller names) speaks the
sentences nobody else in the report is said to speak, when they carry a claim.

Pure function calls on texts written for these tests, with the shipped registry.
"""

from dataclasses import replace
from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.shipped import load_registry_file

DAY = date(2024, 12, 18)  # a Wednesday

POST = (
    "About 200 North Korean soldiers were killed near Sudzha on Tuesday. "
    "Glory to the defenders! "
    "What will Moscow do next? "
    "Thank you for reading and for sharing this channel with your friends. "
    "The Kremlin denied that Russian units had withdrawn."
)


@pytest.fixture(scope="module")
def registry():
    return load_registry_file()


def source(registry, prefix):
    return next(s for s in registry.sources if s.name.startswith(prefix))


def test_without_an_author_unattributed_sentences_give_no_claim(registry):
    claims = extract(POST, DAY, registry)
    assert [(c.source_name, c.stance) for c in claims] == [("Kremlin", "denies")]


def test_the_author_speaks_the_factual_sentences_nobody_else_speaks(registry):
    hur = source(registry, "HUR")
    claims = extract(POST, DAY, registry, author=hur)
    assert [(c.source_name, c.stance) for c in claims] == [(hur.name, "asserts"), ("Kremlin", "denies")]
    first = claims[0]
    assert first.source_key == hur.key
    assert [(f.value, f.unit, f.qualifier) for f in first.figures] == [(200, "killed", "about")]
    assert [p.text for p in first.places] == ["Sudzha"]
    assert (first.event_start, first.date_precision) == (date(2024, 12, 17), "day")
    assert POST[first.start : first.end] == first.sentence


def test_questions_slogans_and_chatter_are_not_the_authors_claims(registry):
    claims = extract(POST, DAY, registry, author=source(registry, "HUR"))
    said = " ".join(c.sentence for c in claims)
    for sentence in ("Glory to the defenders!", "What will Moscow do next?", "Thank you for reading"):
        assert sentence not in said


def test_the_author_can_deny_in_its_own_words(registry):
    text = "We reject the claims of Russian propagandists that North Korean units left the Kursk region."
    claims = extract(text, DAY, registry, author=source(registry, "HUR"))
    assert [(c.source_name, c.stance) for c in claims] == [(source(registry, "HUR").name, "denies")]


def test_a_news_outlets_narration_stays_narration(registry):
    outlet = replace(source(registry, "HUR"), key="outlet", name="Some Wire", kind="media")
    claims = extract(POST, DAY, registry, author=outlet)
    assert [c.source_name for c in claims] == ["Kremlin"]


def test_an_author_unknown_to_the_registry_still_speaks(registry):
    channel = replace(source(registry, "HUR"), key="9999", name="Frontline Digest", kind="other")
    claims = extract(
        "Two North Korean soldiers were captured in the Kursk region.", DAY, registry, author=channel
    )
    assert [(c.source_key, c.source_name) for c in claims] == [("9999", "Frontline Digest")]
