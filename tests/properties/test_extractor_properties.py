"""The extractor on arbitrary text: never raises, offsets always inside the text, always ends.

Pure function calls against the shipped registry (no database). Run with
`pytest tests/properties --hypothesis-show-statistics` to see how many cases were tried.
"""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction import extract, prepare_text
from claims.extraction.shipped import load_registry_file

REGISTRY = load_registry_file()
NAMES = [n for s in REGISTRY.sources for n in (s.name, *s.aliases)] + [
    n for p in REGISTRY.places for n in (p.name, *p.aliases)
]
WORDS = NAMES + [
    "said",
    "according to",
    "denied",
    "did not deny",
    "confirmed",
    "on Wednesday",
    "last week",
    "3,000",
    "about 12,000 soldiers",
    "including 500 officers",
    "\n\n",
    ".",
    '"',
    "«",
    "»",
    "U.S.",
    "Lt. Gen.",
    "Oct. 8-13",
    "<p>",
    "</p>",
    "<script>alert(1)</script>",
    "&amp;",
    "\u200f",
    "\u202e",
    "שלום",
    "مرحبا",
    "КНДР",
    "\x00",
    "\t",
]
AUTHOR = st.one_of(st.none(), st.sampled_from(REGISTRY.sources))  # a report's source hint, or none
REFERENCE = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
ANY_TEXT = st.text(alphabet=st.characters(codec=None, categories=None), max_size=2000)
NEWSY_TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=120).map(" ".join)


def check(text: str, reference, author=None) -> None:
    drafts = extract(text, reference, REGISTRY, author=author)
    assert isinstance(drafts, list)
    for d in drafts:
        assert 0 <= d.start <= d.end <= len(text)
        assert text[d.start : d.end] == d.sentence
        assert d.stance in {"asserts", "confirms", "denies", "does_not_deny"}
        assert d.source_name
        if d.event_start and d.event_end:
            assert d.event_start <= d.event_end
        for figure in d.figures:
            assert figure.value == figure.value  # not NaN


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_TEXT, reference=REFERENCE, author=AUTHOR)
def test_any_unicode_text_never_raises_and_offsets_point_inside_it(text, reference, author):
    check(text, reference, author)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=NEWSY_TEXT, reference=REFERENCE, author=AUTHOR)
def test_text_made_of_names_verbs_numbers_and_markup_never_raises(text, reference, author):
    check(text, reference, author)


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(ANY_TEXT, NEWSY_TEXT))
def test_text_prepared_for_storage_is_still_safe_to_extract(text):
    prepared = prepare_text(text)
    assert "\x00" not in prepared
    check(prepared, date(2024, 10, 25))


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky" * 125_000,  # 1 MB of one word
        "a" * 1_000_000,
        ("According to HUR, 3,000 soldiers arrived in Kursk on Wednesday. " * 16_000),  # ~1 MB of claims
        "." * 500_000 + "said" * 10_000,
        "(" * 200_000 + "3,000" * 10_000,
        "<div>" * 100_000,
        "\u05e9\u05dc\u05d5\u05dd \u200f" * 100_000,  # right-to-left text with marks
    ],
    ids=["one-word", "one-letter", "many-claims", "dots", "parens-and-numbers", "html", "rtl"],
)
@pytest.mark.parametrize("authored", [False, True], ids=["plain", "authored"])
def test_a_megabyte_of_hostile_text_ends_within_the_time_limit(text, authored):
    author = next(s for s in REGISTRY.sources if s.kind != "media") if authored else None
    began = time.monotonic()
    check(text, date(2024, 10, 25), author)
    # Half the worker's soft time limit (240 s): the point is that it ends, not how fast (the
    # many-claims megabyte takes ~45 s on a quiet core, and twice that beside a busy one).
    assert time.monotonic() - began < 120
