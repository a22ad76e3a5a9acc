"""Place names no gazetteer knows: kept on the claim without coordinates, for an analyst to place.

Pure function calls on short texts written for these tests, with the shipped registry.
"""

from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.output import UNPLACED, claim_as_json
from claims.extraction.shipped import load_registry_file

DAY = date(2024, 12, 20)


@pytest.fixture(scope="module")
def registry():
    return load_registry_file()


def unplaced(text, registry):
    return [name for c in extract(text, DAY, registry) for name in c.unplaced]


@pytest.mark.parametrize(
    "text, names",
    [
        ("The Russian Defence Ministry said its units took the village of Zabrodskoye in the Kursk region.",
        ["Zabrodskoye"]),
        ("Budanov said North Korean soldiers were fighting near Ulanok.", ["Ulanok"]),
        ("Budanov said North Korean soldiers were fighting near Sudzha, Ulanok and Malaya Ulanovka.",
        ["Ulanok", "Malaya Ulanovka"]),
        ("The Pentagon said the settlements of Zabrodskoye, Ulanok and Zelenyi Shlyakh were retaken.",
        ["Zabrodskoye", "Ulanok", "Zelenyi Shlyakh"]),
        ("В Минобороны России заявили, что подразделения освободили село Кругленькое.", ["Кругленькое"]),
        ("У ГУР заявили, що північнокорейські військові воюють біля населених пунктів Уланок, Заброди.",
        ["Уланок", "Заброди"]),
    ],
)  # fmt: skip
def test_an_unknown_name_where_the_text_plainly_names_a_place_is_kept(text, names, registry):
    assert unplaced(text, registry) == names


@pytest.mark.parametrize(
    "text",
    [
        "Budanov said 3,000 North Korean soldiers were in Kursk.",  # known: a place with coordinates
        "Budanov said 3,000 North Korean soldiers arrived, according to Smithfield.",  # a person or body
        "Budanov said in Telegram posts that 3,000 North Korean soldiers had arrived in Kursk.",
        "Budanov said in Kimball's words that 3,000 North Korean soldiers had arrived in Kursk.",
        "Budanov said North Korean soldiers wrote letters home in Hebrew.",  # a language
        "Budanov said the war between Ukraine and Wagnerites would go on near Kursk.",  # after a country
        "Budanov said Mr. Zabrodsky had arrived in Kursk with 3,000 North Korean soldiers.",
    ],
)
def test_a_capitalized_word_that_is_no_place_is_not_kept(text, registry):
    assert unplaced(text, registry) == []


def test_an_unknown_place_is_in_the_claim_s_json_without_coordinates(registry):
    text = "Budanov said 3,000 North Korean soldiers were fighting near Ulanok in the Kursk region."
    (draft,) = extract(text, DAY, registry)
    places = claim_as_json(draft, registry)["places"]
    assert [(p["name"], p["lat"], p["precision"]) for p in places if p["precision"] == UNPLACED] == [
        ("Ulanok", None, UNPLACED)
    ]
    assert any(p["lat"] is not None for p in places)  # the Kursk region keeps its coordinates


def test_an_unknown_place_belongs_to_the_claim_that_names_it(registry):
    text = (
        "Budanov said North Korean soldiers were fighting near Ulanok, "
        "while Zelensky said 12,000 North Korean troops were in Kursk."
    )
    by_source = {c.source_name: c.unplaced for c in extract(text, DAY, registry)}
    assert by_source.get("HUR (Ukrainian military intelligence)") == ["Ulanok"]
    assert by_source.get("Volodymyr Zelensky") == []
