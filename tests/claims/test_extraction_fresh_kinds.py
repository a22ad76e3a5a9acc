"""Kinds of fault found on reports new to the corpus (read as the extractor's first sight of them),
fixed by kind and checked here on made-up sentences of several wars: a participle opening a
sentence is no speaker ("Speaking on state television, X said"), an evasive answer is a non-answer,
a toll raised to a number reports it.
"""

from datetime import date

import pytest

from tests.support import made_up
from tests.support.made_up import made_up_registry

DAY = date(2025, 5, 7)
SOURCES = [
    ("Sudanese Ministry of Defence", "government", ["Defense Minister Yassin Ibrahim Yassin", "Yassin"]),
    ("Sudanese Armed Forces", "military", ["Sudan's army", "SAF"]),
    ("Kremlin", "government", ["Dmitry Peskov", "Peskov"]),
    ("Gaza Health Ministry", "government", ["Gaza's health ministry"]),
    ("Houthis", "military", ["Yahya Saree", "Saree"]),
]
PLACES = [
    ("El Fasher", 13.63, 25.35),
    ("Kursk", 51.73, 36.19),
    ("Rafah", 31.29, 34.25),
    ("Hodeidah", 14.8, 42.95),
]
TERMS = "drone drones troops strike strikes killed dead toll attack missile ship".split()
A, N = "asserts", "does_not_deny"
SDN, GAZA = "Sudanese Ministry of Defence", "Gaza Health Ministry"

CASES = [
    ("Speaking on state television, Yassin said RSF drones struck El Fasher.", [(SDN, A)]),
    ("Asked about the strike, Saree said a missile hit a ship off Hodeidah.", [("Houthis", A)]),
    ("Responding to the reports, Peskov said drones were shot down near Kursk.", [("Kremlin", A)]),
    ("A Kremlin spokesman answered evasively when asked about troops in Kursk.", [("Kremlin", N)]),
    ("Peskov sidestepped a question about North Korean troops in Kursk.", [("Kremlin", N)]),
    ("Gaza's health ministry raised the death toll of the Rafah strike to 45.", [(GAZA, A)]),
]  # fmt: skip


@pytest.fixture(scope="module")
def registry():
    return made_up_registry(SOURCES, PLACES, TERMS)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_fresh_kinds(text, expected, registry):
    assert made_up.said(text, registry, DAY) == expected
