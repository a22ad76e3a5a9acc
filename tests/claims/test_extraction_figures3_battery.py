"""A third battery of made-up sentences on figures (several wars; English, Russian, Ukrainian): a
number whose noun is left out after a comma, an apposition or a verb of flight ("about 18 million,
need aid", "displaced about 12 million", "из них 41 тыс. уже выехали"), a toll split across a
sentence ("41 dead, 30 civilians in Kadugli and 11 in Dilling"), numbers in words and vague ones
("two dozen", "полтора десятка"; "a few hundred", "несколько тысяч" are no figures), ranges and
qualifiers ("at most", "не более чем", "не менш ніж", "щонайбільше", "більш як"), refugees and
displaced people, aid convoys, money, areas ("1,000 square kilometres", "кв. км"), ships by their
kind, and numbers that count nothing of the claim: ages ("aged 5 and 7"), clock times ("at
04:30"), ordinals of units, calibres, ratings. Each case: (value, unit, qualifier, upper end of a
range)."""

from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.figures import find_figures
from tests.support.made_up import made_up_registry


def figs(text, lang="en"):
    return [(f.value, f.unit, f.qualifier, f.value_max) for f in find_figures(text, lang=lang)]


E = "exact"

ENGLISH = [
    # a number whose noun is left out: after a comma, in an apposition, after a verb of flight
    (
        "More than half of Yemen's 34 million people, about 18 million, need food aid.",
        [(34_000_000, "people", E, None), (18_000_000, "people", "about", None)],
    ),
    (
        "Half of Gaza's 2.1 million residents, roughly a million, shelter in Rafah.",
        [(2_100_000, "people", E, None), (1_000_000, "people", "about", None)],
    ),
    (
        "The war has killed tens of thousands of people and displaced about 12 million.",
        [(12_000_000, "people", "about", None)],
    ),
    ("Fighting in North Kivu displaced 300,000 in a month.", [(300_000, "people", E, None)]),
    ("Some 2 million have fled Sudan since the war began.", [(2_000_000, "people", "about", None)]),
    (
        "180,000 people must leave the border area; 121,000 have already been evacuated.",
        [(180_000, "people", E, None), (121_000, "people", E, None)],
    ),
    (
        "Russia fired 4,000 drones in March, 120 of them on a single night.",
        [(4000, "drones", E, None), (120, "drones", E, None)],
    ),
    # a toll split across the sentence
    (
        "The committee gave a toll of 41 dead, 30 civilians in Kadugli and 11 in Dilling.",
        [(41, "killed", E, None), (30, "killed", E, None), (11, "killed", E, None)],
    ),
    (
        "Strikes killed 31 people across Lebanon, 20 in the south and 11 in the Bekaa.",
        [(31, "killed", E, None), (20, "killed", E, None), (11, "killed", E, None)],
    ),
    (
        "Medics counted 19 dead: 12 in Khan Younis and 7 in Rafah.",
        [(19, "killed", E, None), (12, "killed", E, None), (7, "killed", E, None)],
    ),
    ("Russia sent 40 drones at Kyiv and 15 at Odesa.", [(40, "drones", E, None), (15, "drones", E, None)]),
    (
        "The army said 23 soldiers were killed, 15 of them in Sennar.",
        [(23, "killed", E, None), (15, "killed", E, None)],
    ),
    (
        "Russia launched 810 drones and 13 missiles; 54 drones and nine missiles hit their targets.",
        [
            (810, "drones", E, None),
            (13, "missiles", E, None),
            (54, "drones", E, None),
            (9, "missiles", E, None),
        ],
    ),
    (
        "Of the 120 drones launched overnight, 95 were shot down and 20 were lost to jamming.",
        [(120, "drones", E, None), (95, "drones", E, None), (20, "drones", E, None)],
    ),
    # near misses: a number with a noun of its own keeps it; a day after a toll is no part of it
    (
        "Five soldiers were killed near Gao and 40 civilians fled to Niger.",
        [(5, "killed", E, None), (40, "people", E, None)],
    ),
    ("The strike killed 4 people, Reuters reported on 12 May.", [(4, "killed", E, None)]),
    ("Three ships were hit in the strait in 2024.", [(3, "ships", E, None)]),
    ("The strike killed 12 people, 3 days after the truce began.", [(12, "killed", E, None)]),
    ("Two civilians were killed, 40 km from the front.", [(2, "killed", E, None), (40, "km", E, None)]),
    (
        "Kim sent 11,000 troops in 2024 and 3,000 in 2025.",
        [(11_000, "soldiers", E, None), (3000, "soldiers", E, None)],
    ),
    # numbers in words; vague ones are no figures
    ("Two dozen drones struck Odesa overnight.", [(24, "drones", E, None)]),
    ("One hundred and twenty fighters surrendered in Idlib.", [(120, "soldiers", E, None)]),
    ("A few hundred soldiers crossed into Chad.", []),
    ("Several thousand troops massed near Sumy.", []),
    ("Several hundred thousand people fled Khartoum.", []),
    ("A couple of hundred Wagner fighters left Mali.", []),
    # ranges and qualifiers
    (
        "Between 11,000 and 12,000 North Korean troops are in Kursk.",
        [(11_000, "soldiers", "range", 12_000)],
    ),
    ("At most 50 peacekeepers remain in Naqoura.", [(50, "people", "up_to", None)]),
    ("A maximum of 300 trucks may enter Gaza each day.", [(300, "vehicles", "up_to", None)]),
    ("Well over 1,000 people were detained in Tehran.", [(1000, "people", "more_than", None)]),
    # money, aid, areas, settlements, ships, displaced people
    ("Qatar pledged $50m for Gaza's reconstruction.", [(50_000_000, "usd", E, None)]),
    ("Britain will send £100m in aid to Sudan.", [(100_000_000, "gbp", E, None)]),
    ("The EU approved a €2.5bn loan to Kyiv.", [(2_500_000_000, "eur", E, None)]),
    ("Aid worth 300 million dollars reached Aden.", [(300_000_000, "usd", E, None)]),
    ("Three aid convoys reached El Fasher this week.", [(3, "convoys", E, None)]),
    (
        "Ukrainian troops pushed 12 km deep along a 40 km wide front.",
        [(12, "km", E, None), (40, "km", E, None)],
    ),
    ("Kyiv says it holds 1,000 square kilometres of Russian land.", [(1000, "km2", E, None)]),
    ("Gaza covers just 141 square miles.", [(141, "mi2", E, None)]),
    ("The junta has lost control of 86 townships.", [(86, "settlements", E, None)]),
    ("Some 1.2 million IDPs live in camps in Idlib.", [(1_200_000, "people", "about", None)]),
    (
        "Over 7 million internally displaced persons live in Sudan.",
        [(7_000_000, "people", "more_than", None)],
    ),
    # numbers that count nothing of the claim: ages, clock times, units, calibres, ratings
    ("Fighters of the 155th brigade deserted in France.", []),
    ("A 12-year-old boy was among the dead in Jenin.", []),
    ("Two children aged 5 and 7 were killed in Rafah.", [(2, "killed", E, None)]),
    ("Two men, aged 19 and 23, were shot dead in Tulkarm.", [(2, "killed", E, None)]),
    ("At 04:30 air defences shot down 12 drones over Kyiv.", [(12, "drones", E, None)]),
    ("The strike hit at 3:40 a.m., killing 4 people.", [(4, "killed", E, None)]),
    ("A girl, 7, was killed in Khan Younis.", []),
    ("Kim Jong Un, 41, inspected the new drones.", []),
    ("The Houthis downed 14 MQ-9 drones over Yemen.", [(14, "drones", E, None)]),
    ("Pyongyang shipped shells of 152 mm calibre.", []),
    ("The 3rd Assault Brigade took 40 prisoners near Avdiivka.", [(40, "prisoners", E, None)]),
    ("Russia controls about 20% of Ukraine.", [(20, "percent", "about", None)]),
    ("Air defences shot down 90% of the 120 drones.", [(90, "percent", E, None), (120, "drones", E, None)]),
]

RUSSIAN = [
    # без существительного: после запятой, «из них», после глагола бегства
    (
        "Эвакуировать предстоит 60 тыс. человек, из них 41 тыс. уже выехали.",
        [(60_000, "people", E, None), (41_000, "people", E, None)],
    ),
    (
        "Война унесла жизни десятков тысяч человек и вынудила бежать около 12 млн.",
        [(12_000_000, "people", "about", None)],
    ),
    ("Из Судана бежали более 3 млн беженцев.", [(3_000_000, "people", "more_than", None)]),
    ("В Армению прибыли около полутора тысяч беженцев.", [(1500, "people", "about", None)]),
    # потери, разбитые по местам
    (
        "Погибли 57 человек: 32 в Эль-Фашире и 25 в Замзаме.",
        [(57, "killed", E, None), (32, "killed", E, None), (25, "killed", E, None)],
    ),
    (
        "Погиб 31 человек, 20 на юге Ливана и 11 в долине Бекаа.",
        [(31, "killed", E, None), (20, "killed", E, None), (11, "killed", E, None)],
    ),
    ("Погибли 12 человек, 3 дня спустя обстрел повторился.", [(12, "killed", E, None)]),
    (
        "ВСУ выпустили 40 дронов по Курску и 15 по Белгороду.",
        [(40, "drones", E, None), (15, "drones", E, None)],
    ),
    (
        "Запущено 810 дронов и 13 ракет, 54 дрона и девять ракет попали в цели.",
        [
            (810, "drones", E, None),
            (13, "missiles", E, None),
            (54, "drones", E, None),
            (9, "missiles", E, None),
        ],
    ),
    # числа словами; неопределённые — не цифры
    ("Несколько тысяч военных КНДР прибыли в Курск.", []),
    ("Десятки тысяч человек бежали из Хартума.", []),
    ("Полтора десятка дронов атаковали Херсон.", [(15, "drones", E, None)]),
    ("Два десятка ракет выпущено по Харькову.", [(20, "missiles", E, None)]),
    # диапазоны и уточнения
    ("В Газе погибли от 11 до 12 тысяч человек.", [(11_000, "killed", "range", 12_000)]),
    ("Не более чем 300 грузовиков в день въезжают в Газу.", [(300, "vehicles", "less_than", None)]),
    ("Максимум 50 миротворцев остаются в Накуре.", [(50, "people", "up_to", None)]),
    ("Потери КНДР составили от 3 до 4 тыс. человек.", [(3000, "killed_or_wounded", "range", 4000)]),
    # деньги, помощь, площади, населённые пункты, суда
    ("Ущерб составил свыше 1,5 млрд долларов.", [(1_500_000_000, "usd", "more_than", None)]),
    ("Катар выделил $50 млн на восстановление Газы.", [(50_000_000, "usd", E, None)]),
    ("ЕС одобрил кредит в 2,5 млрд евро.", [(2_500_000_000, "eur", E, None)]),
    ("Три гуманитарных конвоя прибыли в Эль-Фашер.", [(3, "convoys", E, None)]),
    (
        "Войска продвинулись на 12 км вглубь на участке шириной 40 км.",
        [(12, "km", E, None), (40, "km", E, None)],
    ),
    ("Под контролем ВСУ оказалось более 1000 кв. км территории.", [(1000, "km2", "more_than", None)]),
    ("Площадь зоны составляет 1 300 квадратных километров.", [(1300, "km2", E, None)]),
    ("ВСУ заняли 28 населённых пунктов области.", [(28, "settlements", E, None)]),
    ("Хуситы атаковали два танкера и сухогруз.", [(2, "ships", E, None)]),
    # не цифры утверждения: возраст, время, номера частей, калибры
    ("Около 05:30 были сбиты 12 беспилотников.", [(12, "drones", E, None)]),
    ("Бойцы 155-й бригады морской пехоты отступили.", []),
    ("Погибли двое детей в возрасте 5 и 7 лет.", [(2, "killed", E, None)]),
    ("Погибла 12-летняя девочка.", []),
    ("Пхеньян поставил снаряды калибра 152 мм.", []),
]

UKRAINIAN = [
    (
        "Евакуювати планують 20 тис. людей, з них 12 тис. уже виїхали.",
        [(20_000, "people", E, None), (12_000, "people", E, None)],
    ),
    (
        "Війна вбила десятки тисяч людей і змусила втекти близько 12 млн.",
        [(12_000_000, "people", "about", None)],
    ),
    ("Понад 2 млн біженців залишили Судан.", [(2_000_000, "people", "more_than", None)]),
    ("До Дніпра прибули понад 300 тисяч переселенців.", [(300_000, "people", "more_than", None)]),
    (
        "Загинули 57 людей: 32 в Ель-Фашері та 25 у Замзамі.",
        [(57, "killed", E, None), (32, "killed", E, None), (25, "killed", E, None)],
    ),
    (
        "Загинула 31 людина, 20 на півдні Лівану й 11 у долині Бекаа.",
        [(31, "killed", E, None), (20, "killed", E, None), (11, "killed", E, None)],
    ),
    (
        "Росія запустила 40 дронів по Харкову і 15 по Сумах.",
        [(40, "drones", E, None), (15, "drones", E, None)],
    ),
    (
        "Ворог запустив 810 дронів і 13 ракет, 54 дрони та дев'ять ракет влучили.",
        [
            (810, "drones", E, None),
            (13, "missiles", E, None),
            (54, "drones", E, None),
            (9, "missiles", E, None),
        ],
    ),
    ("Кілька тисяч військових КНДР прибули на Курщину.", []),
    ("Десятки тисяч людей залишили Хартум.", []),
    ("Півтора десятка дронів атакували Херсон.", [(15, "drones", E, None)]),
    ("Два десятки ракет випущено по Одесі.", [(20, "missiles", E, None)]),
    (
        "Від 10 до 12 тисяч військових КНДР перебувають у Курській області.",
        [(10_000, "soldiers", "range", 12_000)],
    ),
    ("Не менш ніж 20 цивільних загинули в Хан-Юнісі.", [(20, "killed", "at_least", None)]),
    ("Щонайбільше 300 вантажівок на день заїжджають до Гази.", [(300, "vehicles", "up_to", None)]),
    ("Більш як 40 людей поранено в Сумах.", [(40, "wounded", "more_than", None)]),
    ("До 2 тис. миротворців залишаються на півдні Лівану.", [(2000, "people", "up_to", None)]),
    ("Втрати КНДР становлять від 3 до 4 тисяч осіб.", [(3000, "killed_or_wounded", "range", 4000)]),
    ("Збитки перевищують 1,5 млрд гривень.", [(1_500_000_000, "uah", E, None)]),
    ("Три гуманітарні конвої прибули до Ель-Фашера.", [(3, "convoys", E, None)]),
    (
        "ЗСУ просунулися на 12 км углиб на ділянці завширшки 40 км.",
        [(12, "km", E, None), (40, "km", E, None)],
    ),
    ("Під контролем ЗСУ перебуває понад 1000 кв. км території.", [(1000, "km2", "more_than", None)]),
    ("Площа зони — 1300 квадратних кілометрів.", [(1300, "km2", E, None)]),
    ("Окупанти захопили 12 сіл.", [(12, "settlements", E, None)]),
    ("Хусити атакували два танкери та суховантаж.", [(2, "ships", E, None)]),
    ("Близько 05:30 сили ППО збили 12 дронів.", [(12, "drones", E, None)]),
    ("Бійці 47-ї окремої механізованої бригади тримають оборону.", []),
    ("Загинув 45-річний чоловік.", []),
    ("Загинули двоє дітей віком 5 і 7 років.", [(2, "killed", E, None)]),
    ("Снаряди калібру 155 мм надійшли з Пхеньяна.", []),
]


@pytest.mark.parametrize("text, expected", ENGLISH)
def test_english_figures_of_the_third_battery(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text, expected", RUSSIAN)
def test_russian_figures_of_the_third_battery(text, expected):
    assert figs(text, "ru") == expected


@pytest.mark.parametrize("text, expected", UKRAINIAN)
def test_ukrainian_figures_of_the_third_battery(text, expected):
    assert figs(text, "uk") == expected


# Through the whole extractor, with a registry made up here: the claim carries the figures.
DAY = date(2025, 4, 12)
SOURCES = [
    ("United Nations", "international", ["UN", "ООН"]),
    ("El Fasher Resistance Committee", "other", ["the resistance committee"]),
    ("Ukrainian Air Force", "military", ["Ukraine's air force", "Повітряні сили"]),
    ("Kursk regional authorities", "government", ["Смирнов"]),
]
PLACES = [("El Fasher", 13.63, 25.35), ("Kadugli", 11.01, 29.72), ("Курск", 51.73, 36.19)]
TERMS = "killed dead displaced drones missiles погибли дронов эвакуировать".split()

REPORTS = [
    (
        "The UN said that about 18 million of Sudan's 46 million people, roughly 40%, need aid.",
        {(18_000_000, "people", "about"), (46_000_000, "people", E), (40, "percent", "about")},
    ),
    (
        "The resistance committee said 41 people were killed, 30 in El Fasher and 11 in Kadugli.",
        {(41, "killed", E), (30, "killed", E), (11, "killed", E)},
    ),
    (
        "Ukraine's air force said Russia sent 810 drones and 13 missiles; 54 drones and nine missiles hit.",
        {(810, "drones", E), (13, "missiles", E), (54, "drones", E), (9, "missiles", E)},
    ),
    (
        "Смирнов сообщил, что эвакуировать предстоит 60 тыс. человек, из них 41 тыс. уже выехали.",
        {(60_000, "people", E), (41_000, "people", E)},
    ),
    (
        "Повітряні сили повідомили, що о 04:30 над Києвом збито 12 дронів.",
        {(12, "drones", E)},
    ),
]


@pytest.fixture(scope="module")
def registry():
    return made_up_registry(SOURCES, PLACES, TERMS)


@pytest.mark.parametrize("text, expected", REPORTS)
def test_claims_carry_the_figures_an_analyst_reads(text, expected, registry):
    claims = extract(text, DAY, registry)
    assert claims, text
    assert {(f.value, f.unit, f.qualifier) for c in claims for f in c.figures} == expected
