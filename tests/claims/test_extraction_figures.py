"""Figures: value, unit and qualifier; ranges, number words, thousands separators; no dates or ordinals."""

import pytest

from claims.extraction.figures import find_figures


def figs(text):
    return [(f.value, f.unit, f.qualifier, f.value_max) for f in find_figures(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3,000 North Korean soldiers arrived", [(3000, "soldiers", "exact", None)]),
        ("3 000 North Korean soldiers arrived", [(3000, "soldiers", "exact", None)]),
        ("3.000 soldiers arrived", [(3000, "soldiers", "exact", None)]),
        ("10k troops are in Russia", [(10000, "soldiers", "exact", None)]),
        ("1.5 million shells were sent", [(1_500_000, "shells", "exact", None)]),
        ("six officers were among them", [(6, "officers", "exact", None)]),
        ("twenty-five servicemen", [(25, "soldiers", "exact", None)]),
        ("about four thousand soldiers", [(4000, "soldiers", "about", None)]),
        ("at least 100 North Korean soldiers", [(100, "soldiers", "at_least", None)]),
        ("up to 8,000 troops", [(8000, "soldiers", "up_to", None)]),
        ("more than 1,000 additional troops", [(1000, "soldiers", "more_than", None)]),
        ("nearly 8,000 North Korean soldiers", [(8000, "soldiers", "nearly", None)]),
        ("between 1,000 and 3,000 North Korean troops", [(1000, "soldiers", "range", 3000)]),
        ("some 10,000 to 12,000 troops", [(10000, "soldiers", "range", 12000)]),
        ("11,000-12,000 soldiers", [(11000, "soldiers", "range", 12000)]),
    ],
)
def test_each_way_of_writing_a_figure_parses(text, expected):
    assert figs(text) == expected


def test_a_total_with_its_parts_gives_each_figure_its_own_unit():
    text = "about 12,000 North Korean soldiers, including 500 officers and 3 generals"
    assert figs(text) == [
        (12000, "soldiers", "about", None),
        (500, "officers", "exact", None),
        (3, "generals", "exact", None),
    ]


@pytest.mark.parametrize(
    "text, unit",
    [
        ("50 North Korean soldiers were killed", "killed"),
        ("47 were wounded in the strike", "wounded"),
        ("about 30 North Korean troops were killed or wounded", "killed_or_wounded"),
        ("Ukraine captured two North Korean soldiers", "prisoners"),
        ("2,000 wounded North Korean soldiers were flown home", "wounded"),
        ("at least three servicemen went missing", "missing"),
        ("North Korea suffered 4,700 casualties", "killed_or_wounded"),
        ("the forces lost about 4,000 soldiers", "killed_or_wounded"),
        ("a platoon of 18 soldiers deserted", "soldiers"),
    ],
)
def test_casualty_words_set_the_unit(text, unit):
    assert [f[1] for f in figs(text)] == [unit]


def test_killed_and_wounded_in_one_phrase_give_two_figures():
    assert figs("300 soldiers had been killed and some 2,700 wounded") == [
        (300, "killed", "exact", None),
        (2700, "wounded", "about", None),
    ]


def test_a_count_named_before_its_number_keeps_its_unit():
    assert figs("estimates put the number of North Korean soldiers in Russia at 11,000") == [
        (11000, "soldiers", "exact", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "the first soldiers arrived on November 1",
        "the troops trained in 2024 and moved in October 2024",
        "the 84th tactical group took part",
        "a 30-day ceasefire was proposed",
        "it was 10 a.m. when 3 things happened",
    ],
)
def test_dates_years_ordinals_and_unit_less_numbers_are_not_figures(text):
    assert figs(text) == []


def test_russian_and_ukrainian_figures():
    assert figs("близько 11 000 військовослужбовців") == [(11000, "soldiers", "about", None)]
    assert figs("втратили вбитими й пораненими близько чотирьох тисяч осіб") == [
        (4000, "killed_or_wounded", "about", None)
    ]
    assert figs("около трех тысяч военнослужащих") == [(3000, "soldiers", "about", None)]


def test_a_figure_remembers_the_words_it_was_read_from():
    (figure,) = find_figures("Officials said some 1,500 special forces troops left Wonsan.")
    assert figure.text.startswith("1,500") and figure.as_dict()["value"] == 1500


def test_one_of_a_group_is_not_a_count():
    assert figs("One of the men carried a Russian military ID") == []


def test_ukrainian_prisoners_and_casualties_after_the_number():
    assert figs("Україна взяла в полон двох північнокорейських солдатів") == [(2, "prisoners", "exact", None)]
    assert figs("втратили близько 4 тисяч осіб вбитими та пораненими") == [
        (4000, "killed_or_wounded", "about", None)
    ]


def test_n_more_counts_in_the_unit_of_the_figure_before_it():
    text = "three North Korean soldiers were captured on October 30 and two more on November 2"
    assert [(f[0], f[1]) for f in figs(text)] == [(3, "prisoners"), (2, "prisoners")]
