"""Figures: value, unit and qualifier; ranges, number words, thousands separators; no dates or ordinals."""

import re
from datetime import date
from pathlib import Path

import pytest

import claims.extraction.figures as stage
from claims.extraction import extract
from claims.extraction.figures import find_figures, unit_category
from claims.extraction.lexicon import LANGUAGES, concept
from claims.extraction.shipped import load_registry_file


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
        ("one service member had been killed in the strike", "killed"),
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


def test_a_possessive_or_a_trade_between_number_and_noun_keeps_the_figure():
    # "своїх" declines like an adjective; engineers are counted as workers in every language
    assert read("направила 13 000 своїх військовослужбовців", "uk") == [(13000, "soldiers", "exact", None)]
    assert read("понад 500 своїх дронів", "uk") == [(500, "drones", "more_than", None)]
    assert read("приблизно 1000 бойових інженерів прибули", "uk") == [(1000, "workers", "about", None)]
    assert read("около 1000 военных инженеров", "ru") == [(1000, "soldiers", "about", None)]
    assert read("прибыли около 400 инженеров", "ru") == [(400, "workers", "about", None)]
    assert read("about 1,000 combat engineers arrived", "en") == [(1000, "workers", "about", None)]


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


# --- The figures stage over the per-language lexicons (claims/extraction/lexicon/<lang>/numbers.py) ---

QUALIFIER_KINDS = {"about", "up_to", "at_least", "more_than", "less_than", "nearly"}


def read(text, lang):
    return [(f.value, f.unit, f.qualifier, f.value_max) for f in find_figures(text, lang=lang)]


def first(text, lang):
    found = find_figures(text, lang=lang)
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    "lang, text, unit, category",
    [
        # personnel
        ("en", "The convoy carried 400 troops to the coast", "soldiers", "personnel"),
        ("ru", "К границе перебросили 400 военнослужащих", "soldiers", "personnel"),
        ("uk", "До кордону перекинули 400 військових", "soldiers", "personnel"),
        ("en", "A unit of 35 officers stayed behind", "officers", "personnel"),
        ("ru", "В штабе остались 35 офицеров", "officers", "personnel"),
        ("uk", "У штабі залишилися 35 офіцерів", "officers", "personnel"),
        ("en", "The ferry evacuated 900 civilians", "people", "personnel"),
        ("ru", "Паром вывез 900 мирных жителей", "people", "personnel"),
        ("uk", "Пором вивіз 900 мешканців", "people", "personnel"),
        ("en", "The plant hired 70 workers last spring", "workers", "personnel"),
        # casualties
        ("en", "Officials reported 14 dead after the shelling", "killed", "casualties"),
        ("ru", "После обстрела 14 человек погибли", "killed", "casualties"),
        ("uk", "Після обстрілу 14 людей загинули", "killed", "casualties"),
        ("en", "Medics treated 22 wounded at the station", "wounded", "casualties"),
        ("ru", "Медики помогли 22 раненым", "wounded", "casualties"),
        ("uk", "Лікарі допомогли 22 пораненим", "wounded", "casualties"),
        ("en", "Nine sailors are still missing", "missing", "casualties"),
        ("ru", "Девять моряков пропали без вести", "missing", "casualties"),
        ("uk", "Дев'ять моряків зникли безвісти", "missing", "casualties"),
        ("en", "The exchange freed 95 prisoners", "prisoners", "casualties"),
        ("ru", "В ходе обмена освободили 95 пленных", "prisoners", "casualties"),
        ("uk", "Під час обміну звільнили 95 полонених", "prisoners", "casualties"),
        ("en", "The brigade suffered 600 casualties", "killed_or_wounded", "casualties"),
        ("ru", "Потери бригады составили 600 военных", "killed_or_wounded", "casualties"),
        ("uk", "Втрати бригади сягнули 600 військових", "killed_or_wounded", "casualties"),
        # equipment
        ("en", "The army received 31 tanks", "tanks", "equipment"),
        ("ru", "Армия получила 31 танк", "tanks", "equipment"),
        ("uk", "Армія отримала 31 танк", "tanks", "equipment"),
        ("en", "It lost 4 helicopters in a week", "helicopters", "equipment"),
        ("ru", "За неделю она потеряла 4 вертолета", "helicopters", "equipment"),
        ("uk", "За тиждень вона втратила 4 гелікоптери", "helicopters", "equipment"),
        ("en", "Six aircraft took off", "aircraft", "equipment"),
        ("ru", "Взлетели шесть самолетов", "aircraft", "equipment"),
        ("en", "Two ships left port", "ships", "equipment"),
        ("uk", "Із порту вийшли два кораблі", "ships", "equipment"),
        ("en", "The column had 120 armoured vehicles", "vehicles", "equipment"),
        ("en", "They sent 18 howitzers", "artillery", "equipment"),
        # munitions
        ("en", "The attack used 64 drones", "drones", "munitions"),
        ("ru", "В атаке участвовали 64 беспилотника", "drones", "munitions"),
        ("uk", "В атаці брали участь 64 дрони", "drones", "munitions"),
        ("ru", "Над областью заметили 64 шахеда", "drones", "munitions"),
        ("en", "It fired 12 cruise missiles", "missiles", "munitions"),
        ("ru", "Было выпущено 12 крылатых ракет", "missiles", "munitions"),
        ("uk", "Було випущено 12 крилатих ракет", "missiles", "munitions"),
        ("en", "Gunners fire 5,000 shells a day", "shells", "munitions"),
        ("ru", "Артиллеристы тратят 5000 снарядов в день", "shells", "munitions"),
        ("uk", "Артилеристи витрачають 5000 снарядів на день", "shells", "munitions"),
        # distance
        ("en", "The line moved 15 kilometres west", "km", "distance"),
        ("ru", "Линия сдвинулась на 15 километров", "km", "distance"),
        ("uk", "Лінія зсунулася на 15 кілометрів", "km", "distance"),
        ("uk", "Колона стоїть за 15 км від міста", "km", "distance"),
        # money
        ("en", "The fund pledged 200 million dollars", "usd", "money"),
        ("en", "The fund pledged €200 million", "eur", "money"),
        ("ru", "Фонд выделил 200 млн долларов", "usd", "money"),
        ("ru", "Ремонт обойдётся в 3 млрд рублей", "rub", "money"),
        ("uk", "Фонд виділив 200 млн гривень", "uah", "money"),
        # other
        ("en", "Forces entered 3 villages", "settlements", "other"),
    ],
)
def test_each_unit_category_in_each_language(lang, text, unit, category):
    figure = first(text, lang)
    assert (figure.unit, unit_category(figure.unit)) == (unit, category)


@pytest.mark.parametrize(
    "lang, text, qualifier",
    [
        ("en", "about 250 soldiers", "about"),
        ("en", "roughly 250 soldiers", "about"),
        ("ru", "около 250 солдат", "about"),
        ("ru", "примерно 250 солдат", "about"),
        ("uk", "близько 250 солдатів", "about"),
        ("uk", "приблизно 250 солдатів", "about"),
        ("en", "up to 250 soldiers", "up_to"),
        ("en", "as many as 250 soldiers", "up_to"),
        ("ru", "до 250 солдат", "up_to"),
        ("uk", "до 250 солдатів", "up_to"),
        ("en", "at least 250 soldiers", "at_least"),
        ("ru", "не менее 250 солдат", "at_least"),
        ("ru", "по меньшей мере 250 солдат", "at_least"),
        ("uk", "щонайменше 250 солдатів", "at_least"),
        ("uk", "принаймні 250 солдатів", "at_least"),
        ("en", "more than 250 soldiers", "more_than"),
        ("en", "over 250 soldiers", "more_than"),
        ("ru", "более 250 солдат", "more_than"),
        ("ru", "свыше 250 солдат", "more_than"),
        ("uk", "понад 250 солдатів", "more_than"),
        ("uk", "більше ніж 250 солдатів", "more_than"),
        ("en", "fewer than 250 soldiers", "less_than"),
        ("ru", "менее 250 солдат", "less_than"),
        ("uk", "менше 250 солдатів", "less_than"),
        ("en", "nearly 250 soldiers", "nearly"),
        ("ru", "почти 250 солдат", "nearly"),
        ("uk", "майже 250 солдатів", "nearly"),
        ("en", "250 soldiers", "exact"),
        ("ru", "250 солдат", "exact"),
        ("uk", "250 солдатів", "exact"),
    ],
)
def test_each_qualifier_in_each_language(lang, text, qualifier):
    assert read(text, lang) == [(250, "soldiers", qualifier, None)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "between 40 and 60 drones", (40, "drones", "range", 60)),
        ("en", "from 40 to 60 drones", (40, "drones", "range", 60)),
        ("en", "7 to 9 thousand troops", (7000, "soldiers", "range", 9000)),
        ("ru", "от 40 до 60 дронов", (40, "drones", "range", 60)),
        ("ru", "7-9 тысяч военных", (7000, "soldiers", "range", 9000)),
        ("uk", "від 40 до 60 дронів", (40, "drones", "range", 60)),
        ("uk", "7–9 тисяч військових", (7000, "soldiers", "range", 9000)),
    ],
)
def test_ranges_in_each_language(lang, text, expected):
    assert read(text, lang) == [expected]


@pytest.mark.parametrize(
    "lang, text, value, unit",
    [
        ("ru", "в район прибыли 3 тыс. военных", 3000, "soldiers"),
        ("ru", "в район прибыли 12 тысяч военных", 12000, "soldiers"),
        ("ru", "в район прибыли полторы тысячи военных", 1500, "soldiers"),
        ("ru", "в район прибыли две тысячи военных", 2000, "soldiers"),
        ("ru", "в район прибыли трёх тысяч военнослужащих", 3000, "soldiers"),
        ("ru", "ущерб составил 1,5 млн долларов", 1_500_000, "usd"),
        ("uk", "до району прибули 12 тис. військових", 12000, "soldiers"),
        ("uk", "до району прибули півтори тисячі військових", 1500, "soldiers"),
        ("uk", "до району прибули чотирьох тисяч бійців", 4000, "soldiers"),
        ("uk", "до району прибули двоє офіцерів", 2, "officers"),
        ("en", "the ship brought twelve thousand shells", 12000, "shells"),
        ("en", "the ship brought a dozen tanks", 12, "tanks"),
        ("en", "the ship brought 1.5 million shells", 1_500_000, "shells"),
        ("en", "the ship brought 10k shells", 10000, "shells"),
        ("en", "a loan of $2.5bn was agreed", 2_500_000_000, "usd"),
        ("en", "the front moved 25km", 25, "km"),
    ],
)
def test_numbers_written_every_way(lang, text, value, unit):
    figure = first(text, lang)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("ru", "более 10 тысяч военных", [(10000, "soldiers", "more_than", None)]),
        ("uk", "до 12 тис. військових", [(12000, "soldiers", "up_to", None)]),
        ("ru", "свыше 300 военных погибли", [(300, "killed", "more_than", None)]),
        ("uk", "понад 300 військових загинули", [(300, "killed", "more_than", None)]),
        ("ru", "в плен взяты 7 солдат", [(7, "prisoners", "exact", None)]),
        ("uk", "у полон потрапили 7 солдатів", [(7, "prisoners", "exact", None)]),
        (
            "ru",
            "8 военных погибли, ещё 20 были ранены",
            [(8, "killed", "exact", None), (20, "wounded", "exact", None)],
        ),
        (
            "uk",
            "8 військових загинули, ще 20 були поранені",
            [(8, "killed", "exact", None), (20, "wounded", "exact", None)],
        ),
        ("ru", "число убитых и раненых превысило 900", [(900, "killed_or_wounded", "exact", None)]),
        ("uk", "кількість загиблих зросла до 19 людей", [(19, "killed", "up_to", None)]),
    ],
)
def test_russian_and_ukrainian_counts_and_casualties(lang, text, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Overnight the enemy sent 120 missiles and 90 drones",
            [(120, "missiles", "exact", None), (90, "drones", "exact", None)],
        ),
        (
            "Air defence shot down 80 of 100 drones",
            [(80, "drones", "exact", None), (100, "drones", "exact", None)],
        ),
        ("80 drones were shot down before dawn", [(80, "drones", "exact", None)]),
        (
            "They launched 45 drones; 38 were intercepted",
            [(45, "drones", "exact", None), (38, "drones", "exact", None)],
        ),
        ("Washington approved $1.5 billion in aid", [(1_500_000_000, "usd", "exact", None)]),
        ("The column was 40 km from the river", [(40, "km", "exact", None)]),
        (
            "The raid killed 12 people and injured 30",
            [(12, "killed", "exact", None), (30, "wounded", "exact", None)],
        ),
        ("Two soldiers who had been captured were released", [(2, "prisoners", "exact", None)]),
        ("around 900 of their soldiers were killed or wounded", [(900, "killed_or_wounded", "about", None)]),
        ("officials put the death toll at 41", [(41, "killed", "exact", None)]),
        ("it launched six anti-ship missiles", [(6, "missiles", "exact", None)]),
    ],
)
def test_english_counts_of_weapons_money_and_distance(text, expected):
    assert read(text, "en") == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Dozens of soldiers were killed"),
        ("en", "Hundreds of soldiers crossed the river"),
        ("en", "Thousands of drones have been launched since spring"),
        ("ru", "Десятки военных погибли"),
        ("ru", "Тысячи военных переброшены к границе"),
        ("uk", "Сотні військових перекинуто"),
        ("uk", "Тисячі дронів запущено"),
    ],
)
def test_vague_plurals_are_not_figures(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Troops arrived in 2023 and left in 2024"),
        ("en", "On 24 February 2022 troops crossed the border"),
        ("en", "The 5th brigade and the 2nd battalion held the line"),
        ("en", "It was the 3rd time soldiers were seen there"),
        ("en", "A KN-23 missile hit the town"),
        ("en", "the 30-day truce held"),
        ("ru", "В 2024 году военные прибыли в регион"),
        ("ru", "Военные 3-й бригады отошли"),
        ("uk", "У 2024 році військові прибули до регіону"),
        ("uk", "Бійці 47-ї бригади відійшли"),
    ],
)
def test_years_dates_and_ordinals_are_never_figures(lang, text):
    assert read(text, lang) == []


def test_excluded_spans_hold_no_figures():
    text = "On 3 March 40 soldiers arrived"
    assert read(text, "en") == [(40, "soldiers", "exact", None)]
    assert find_figures(text, [(0, 10)], lang="en")[0].value == 40
    assert find_figures(text, [(0, 16)], lang="en") == []


def test_cyrillic_text_is_read_in_its_own_language_when_no_language_is_given():
    assert figs("близько 2 тисяч військових") == [(2000, "soldiers", "about", None)]
    assert figs("около 2 тысяч военных") == [(2000, "soldiers", "about", None)]


def test_sentences_without_numbers_yield_nothing_and_the_word_set_is_honoured():
    text = "The ministry said the soldiers were killed near the village"
    assert find_figures(text, (), {"the", "ministry"}) == []
    assert find_figures(text) == []
    # A number with no counted word anywhere in the sentence is skipped before any tokenizing.
    assert find_figures("Talks lasted 3 hours on Friday") == []


def test_unit_category_covers_every_unit_of_every_lexicon():
    categories = {"personnel", "casualties", "equipment", "munitions", "distance", "money", "other"}
    for lang in LANGUAGES:
        lexicon = concept(lang, "numbers")
        units = {*lexicon.COUNTED_NOUNS.values(), *lexicon.CASUALTY_WORDS.values()}
        assert {unit_category(u) for u in units} <= categories
        assert all(u in lexicon.UNIT_CATEGORIES for u in units), lang
    assert unit_category("something else") == "other"


NUMBERS_CONSTANTS = (
    "NUMBER_WORDS", "SCALES", "SUFFIX_SCALES", "FRACTIONS", "ONE_BEFORE_SCALE", "HALVES", "NUMBER_JOINERS",
    "VAGUE", "QUALIFIERS", "QUALIFIERS_AFTER", "SIZE_WORDS", "RANGE_JOINERS", "RANGE_OPENERS", "PARTITIVES",
    "MORE_WORDS", "BASELINE_WORDS", "PART_PRONOUNS", "COUNTED_NOUNS", "MODIFIERS", "ADJECTIVE_ENDINGS",
    "CASUALTY_WORDS", "INTERCEPT_WORDS", "LINK_WORDS", "CLAUSE_BREAKS", "RELATIVES", "TALLY_WORDS",
    "COUNT_NOUNS", "YEAR_WORDS", "UNIT_CATEGORIES", "MULTIPLIER_BEFORE", "MULTIPLIER_AFTER", "MORE_BEFORE",
    "VAGUE_BEFORE", "AGE_WORDS", "CALIBRE_WORDS", "DISPLACEMENT_WORDS", "SPLIT_JOINERS", "SPLIT_FOLLOWERS",
)  # fmt: skip


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_defines_the_same_numbers_constants(lang):
    lexicon = concept(lang, "numbers")
    assert lexicon.__name__.endswith(f".{lang}.numbers")
    defined = {name for name in vars(lexicon) if name.isupper() and not name.startswith("_")}
    assert defined == set(NUMBERS_CONSTANTS)
    assert set(lexicon.QUALIFIERS.values()) <= QUALIFIER_KINDS


def test_the_stage_holds_no_words_of_any_language():
    source = Path(stage.__file__).read_text(encoding="utf-8")
    code = "\n".join(line.split("#")[0] for line in source.splitlines())
    code = re.sub(r'"""[\s\S]*?"""', "", code)  # docstrings may quote examples
    for lang in LANGUAGES:
        lexicon = concept(lang, "numbers")
        names = {*lexicon.UNIT_CATEGORIES, *lexicon.UNIT_CATEGORIES.values()}  # identifiers, not words
        tables = (lexicon.COUNTED_NOUNS, lexicon.CASUALTY_WORDS, lexicon.QUALIFIERS, lexicon.NUMBER_WORDS)
        for table in tables:
            for word in table:
                if len(word) > 3 and word.isalpha() and word not in names:
                    assert f'"{word}"' not in code, word


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("ru", "около тысячи военных погибли", [(1000, "killed", "about", None)]),
        ("uk", "близько тисячі військових загинули", [(1000, "killed", "about", None)]),
        ("uk", "з них приблизно тисячу — загиблими", [(1000, "killed", "about", None)]),
        ("ru", "прибыли 800 военнослужащих-строителей", [(800, "soldiers", "exact", None)]),
        (
            "en",
            "They sent 60 drones; 52 were shot down and 8 were lost to jamming",
            [(60, "drones", "exact", None), (52, "drones", "exact", None), (8, "drones", "exact", None)],
        ),
        (
            "en",
            "They hit 9 tanks, 4 were destroyed outright",
            [(9, "tanks", "exact", None), (4, "tanks", "exact", None)],
        ),
        ("en", "the 1950-53 war killed many", []),
        ("en", "an MQ9 drone was downed", []),
        (
            "en",
            "officials put the death toll at 20, including five medics",
            [(20, "killed", "exact", None), (5, "people", "exact", None)],
        ),
    ],
)
def test_lone_scales_compounds_and_bare_numbers(lang, text, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize(
    "lang, text, value, unit",
    [
        ("en", "Jets carried out four airstrikes on targets near the port.", 4, "strikes"),
        ("en", "Missiles were fired at 15 Ukrainian regions overnight.", 15, "regions"),
        ("en", "Drones hit 12 facilities in the region.", 12, "sites"),
        ("uk", "Пошкодження виявили у 33 місцях.", 33, "sites"),
        ("ru", "Армия нанесла 12 ударов по целям в трёх регионах.", 12, "strikes"),
    ],
)
def test_strikes_regions_and_sites_are_counted(lang, text, value, unit):
    found = find_figures(text, lang=lang)
    assert (found[0].value, found[0].unit, unit_category(unit)) == (value, unit, "other")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("the strike damaged 41 energy infrastructure facilities", "en", [(41, "sites")]),
        ("drones hit two power plants and four substations overnight", "en", [(2, "sites"), (4, "sites")]),
        ("it may ship 20 to 30 pieces of military equipment", "en", [(20, "vehicles"), (30, "vehicles")]),
        ("at least five innocent passengers have died", "en", [(5, "killed")]),
        ("nine sailors remain unaccounted for", "en", [(9, "missing")]),
        ("another six had not been seen since the blast", "en", [(6, "missing")]),
        ("постраждали 23 людини, ще семеро вважаються зниклими", "uk", [(23, "wounded"), (7, "missing")]),
        ("пострадали 15 человек, еще восьмеро считаются пропавшими", "ru", [(15, "wounded"), (8, "missing")]),
    ],
)
def test_counted_nouns_modifiers_and_casualty_words_of_strikes_and_shipping(text, lang, expected):
    got = [(f.value, f.unit) for f in find_figures(text, lang=lang)]
    got += [(f.value_max, f.unit) for f in find_figures(text, lang=lang) if f.value_max]
    assert sorted(got) == sorted(expected)


def test_n_of_them_counts_in_the_unit_of_the_figure_before_it():
    text = "The rebels fired nine cruise missiles; four of them were aimed at the tanker"
    assert [(f[0], f[1]) for f in figs(text)] == [(9, "missiles"), (4, "missiles")]
    assert [(f[0], f[1]) for f in figs("Forty drones were launched, 12 of which hit fields")] == [
        (40, "drones"),
        (12, "drones"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Президент Володимир Зеленський заявив, що в Курській області воюють північнокорейські військові. "
        "За його словами, у боях загинули понад 40 з них.",
        "Президент Владимир Зеленский заявил, что в Курской области воюют северокорейские военные. "
        "По его словам, в боях погибли более 40 из них.",
    ],
)
def test_a_sentence_opening_with_his_words_carries_on_the_speakers_figures(text):
    claims = extract(text, date(2024, 12, 1), load_registry_file())
    counted = [c for c in claims if any(f.value == 40 for f in c.figures)]
    assert [c.source_name for c in counted] == ["Volodymyr Zelensky"]
    assert counted[0].statement.startswith(("У боях", "В боях"))


@pytest.mark.parametrize(
    "text",
    [
        "За останніми даними Генштабу ЗСУ, у Курській області загинули 30 північнокорейських військових.",
        "По последним данным Генштаба ВСУ, в Курской области погибли 30 северокорейских военных.",
    ],
)
def test_an_adjective_inside_according_to_data_still_names_the_source(text):
    claims = extract(text, date(2024, 12, 1), load_registry_file())
    assert [f.value for c in claims for f in c.figures] == [30]


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon estimates that 9,000 North Korean soldiers are now in Russia.",
        "The NIS notes that 9,000 North Korean soldiers are now in Russia.",
    ],
)
def test_a_verb_in_the_third_person_before_that_gives_the_claim_its_figure(text):
    claims = extract(text, date(2024, 12, 1), load_registry_file())
    assert [(f.value, f.unit) for c in claims for f in c.figures] == [(9000, "soldiers")]


def test_a_sentence_opening_with_n_more_carries_on_the_speakers_figures():
    text = (
        "HUR said four North Korean soldiers were captured near Sudzha. "
        "At least two other North Korean soldiers were wounded."
    )
    claims = extract(text, date(2024, 12, 1), load_registry_file())
    assert [(c.source_name, [f.value for f in c.figures]) for c in claims] == [
        ("HUR (Ukrainian military intelligence)", [4]),
        ("HUR (Ukrainian military intelligence)", [2]),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # counted nouns of any kind of thing a war report counts
        ("Iran has sold 1,700 unmanned aerial vehicles", [(1700, "drones")]),
        ("the rebels fired 14 anti-ship missiles at two tankers", [(14, "missiles"), (2, "ships")]),
        ("three destroyers and a frigate escorted 40 container ships", [(3, "ships"), (40, "ships")]),
        ("the air force flew 35 sorties against 60 targets", [(35, "sorties"), (60, "sites")]),
        ("jets dropped 700 guided aerial bombs and 50 glide bombs", [(700, "bombs"), (50, "bombs")]),
        ("rescuers recovered 23 bodies and evacuated 17 minors", [(23, "killed"), (17, "people")]),
        ("the strike left 200,000 households without power", [(200_000, "households")]),
        ("14 apartment blocks and 5 schools were damaged", [(14, "buildings"), (5, "buildings")]),
        (
            "the convoy brought 2,000 artillery shells and 40 air defence systems",
            [(2000, "shells"), (40, "air_defence")],
        ),
        ("the tanker carried 25 crew members and 3,000 tonnes of grain", [(25, "people"), (3000, "tonnes")]),
        ("8 aid workers and 12 medics were among them", [(8, "workers"), (12, "people")]),
        ("300 instructors and 50 technicians were sent", [(300, "officers"), (50, "workers")]),
        ("the militia detained 19 seafarers and 30 insurgents", [(19, "people"), (30, "soldiers")]),
        # a model's designation between the number and its noun
        ("Russia launched 8 Kh-101 missiles and 6 Tu-95 bombers", [(8, "missiles"), (6, "aircraft")]),
        ("two S-300 launchers and 4 F-16 jets", [(2, "launchers"), (4, "aircraft")]),
    ],
)
def test_counted_nouns_of_every_kind_of_thing(text, expected):
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The rebels said more than 30 enemy forces had been wounded.", [(30, "wounded", "more_than")]),
        ("Police said one woman was killed in the strike.", [(1, "killed", "exact")]),
        ("Officials said three girls were wounded.", [(3, "wounded", "exact")]),
    ],
)
def test_forces_women_and_girls_are_counted(text, expected):
    assert [(f.value, f.unit, f.qualifier) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("від 50 до 100 одиниць власної техніки", "uk"),
        ("от 50 до 100 единиц собственной техники", "ru"),
        ("from 50 to 100 pieces of military equipment", "en"),
    ],
)
def test_units_of_equipment_count_vehicles_across_an_adjective(text, lang):
    got = [(f.value, f.unit, f.value_max) for f in find_figures(text, lang=lang)]
    assert got == [(50, "vehicles", 100)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("150 боевых столкновений", "ru"),
        ("150 бойових зіткнень", "uk"),
        ("150 combat clashes", "en"),
        ("произошло 150 боев", "ru"),
        ("відбулося 150 боїв", "uk"),
    ],
)
def test_combat_clashes_are_counted(text, lang):
    got = [(f.value, f.unit) for f in find_figures(text, lang=lang)]
    assert got == [(150, "clashes")]
    assert unit_category("clashes") == "other"
