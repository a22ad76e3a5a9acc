"""Words of speech that report nobody's words: "state" as a noun ("the Russian state must pay"),
"answer" after a modal of obligation ("must answer for the strike", "должна ответить"): what
someone ought to do is no report, and the state or country named there is no speaker. The one who
does speak keeps the claim. Several wars; the shipped registry for the home one, a made-up one else.
"""

from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.shipped import load_registry_file
from tests.support.made_up import made_up_registry

DAY = date(2025, 5, 20)


@pytest.fixture(scope="module")
def shipped():
    return load_registry_file()


@pytest.fixture(scope="module")
def sudan():
    sources = [("United Nations", "international", ["UN"]), ("Rapid Support Forces", "military", ["RSF"])]
    return made_up_registry(sources, [("El Fasher", 13.63, 25.35)], "killings killed shelled strike".split())


def speakers(text, registry):
    return [(c.source_name, c.stance) for c in extract(text, DAY, registry)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Zelensky said on Tuesday that the Russian state must pay for its strikes on Kharkiv.",
         [("Volodymyr Zelensky", "asserts")]),
        ("The Kremlin said the Ukrainian state would answer for the incursion into the Kursk region.",
         [("Kremlin", "asserts")]),
        ("Peskov said Ukraine must answer for the attacks on the Kursk region.", [("Kremlin", "asserts")]),
    ],
)  # fmt: skip
def test_a_state_or_an_obligation_is_no_speaker_home(text, expected, shipped):
    assert speakers(text, shipped) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Sudanese state must explain the killings in El Fasher, the UN said.",
         [("United Nations", "asserts")]),
        ("Officials state that El Fasher was shelled overnight.", [("Officials (unnamed)", "asserts")]),
    ],
)  # fmt: skip
def test_a_state_or_an_obligation_is_no_speaker_elsewhere(text, expected, sudan):
    assert speakers(text, sudan) == expected
