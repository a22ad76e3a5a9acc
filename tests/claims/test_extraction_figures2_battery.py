"""A second battery of made-up sentences (several wars, English, Russian and Ukrainian) for the figures
an analyst expects: people named by their nation ("10,000 North Koreans"), staff and inspectors of a
nuclear plant, its reactors, power lines and generators, counts of repeats ("hit 14 times", not
"three times more"), explosions, litres and hectares, a distance glued to its number ("a 30-km
zone"), tally verbs ("casualties average 1,200 a day") and abbreviations between a number and its
noun ("U.K.-supplied"). Each case: (value, unit, qualifier, upper end of a range)."""

import pytest

from claims.extraction.figures import find_figures


def figs(text, lang="en"):
    return [(f.value, f.unit, f.qualifier, f.value_max) for f in find_figures(text, lang=lang)]


E = "exact"

ENGLISH = [
    # people named by their nation, in the plural
    ("Some 10,000 North Koreans are training in eastern Russia.", [(10_000, "people", "about", None)]),
    ("Seoul said 3,000 North Koreans had been sent to the front.", [(3000, "people", E, None)]),
    ("About 500 Palestinians were detained in Jenin.", [(500, "people", "about", None)]),
    ("Two Israelis were wounded near Metula.", [(2, "wounded", E, None)]),
    ("Four Americans were killed at the Jordan outpost.", [(4, "killed", E, None)]),
    ("In 2024 Russians fired more shells.", []),
    ("The 12 Abrams arrived at the port.", [(12, "tanks", E, None)]),
    ("Kyiv received 20 HIMARS and 31 Leopards.", [(20, "launchers", E, None), (31, "tanks", E, None)]),
    (
        "Two Il-76 transport planes made 20 flights to Tehran.",
        [(2, "aircraft", E, None), (20, "sorties", E, None)],
    ),
    ("Iranian instructors trained 50 Russian drone operators in Crimea.", [(50, "soldiers", E, None)]),
    # a noun before the head noun counts nothing: the head does
    ("The RSF carried out 3 drone strikes on Port Sudan.", [(3, "strikes", E, None)]),
    ("The navy sank five missile boats off Latakia.", [(5, "ships", E, None)]),
    ("Beijing sent 20 Chinese drones to the junta.", [(20, "drones", E, None)]),
    # a nuclear plant: staff, inspectors, reactors, lines, generators
    ("The IAEA said 12 of its inspectors were stationed at the plant.", [(12, "people", E, None)]),
    ("Rosatom sent 500 staff to run the station.", [(500, "workers", E, None)]),
    ("Four power lines were cut by the shelling.", [(4, "power_lines", E, None)]),
    ("The plant's six reactors are in cold shutdown.", [(6, "reactors", E, None)]),
    (
        "Three of the plant's six power units were damaged.",
        [(3, "reactors", E, None), (6, "reactors", E, None)],
    ),
    ("Only 20 diesel generators keep the reactors cool.", [(20, "generators", E, None)]),
    (
        "Only one power line out of four is working.",
        [(1, "power_lines", E, None), (4, "power_lines", E, None)],
    ),
    ("Inspectors heard eight explosions near the cooling pond.", [(8, "explosions", E, None)]),
    ("The last 750 kV line was disconnected.", []),
    # counts of repeats, not multipliers
    ("The Houthis attacked ships at least 14 times since January.", [(14, "times", "at_least", None)]),
    ("Israeli jets struck the camp five times in one week.", [(5, "times", E, None)]),
    ("Russia fires three times more shells than Ukraine.", []),
    ("The new drone is ten times the size of the old one.", []),
    ("Azerbaijan has four times as many tanks as Armenia.", []),
    # quantities and distances
    ("The strike set fire to a depot holding 1.2 million litres of fuel.", [(1_200_000, "litres", E, None)]),
    ("Fires burned 3,000 hectares of farmland in Darfur.", [(3000, "hectares", E, None)]),
    ("The RSF looted 40 tonnes of food aid in El Geneina.", [(40, "tonnes", E, None)]),
    ("The IAEA wants a 30-km safety zone around the plant.", [(30, "km", E, None)]),
    ("Israel demands a 10-kilometre buffer zone in south Lebanon.", [(10, "km", E, None)]),
    ("A 30-day truce began in Khartoum.", []),
    ("The 155-mm shells came from Pyongyang.", []),
    # people and things that had no noun in the lexicon
    ("The junta detained 120 protesters in Mandalay.", [(120, "people", E, None)]),
    ("Gunmen abducted 30 schoolgirls near Kano.", [(30, "people", E, None)]),
    (
        "North Korea sent 50 self-propelled guns and 20 multiple rocket launchers.",
        [(50, "artillery", E, None), (20, "launchers", E, None)],
    ),
    # "another 3,000": more of what the figure before counts
    (
        "Kim sent 11,000 troops in the autumn and another 3,000 in January.",
        [(11_000, "soldiers", E, None), (3000, "soldiers", E, None)],
    ),
    (
        "Russia fired 40 drones, and a further 20 were launched at dawn.",
        [(40, "drones", E, None), (20, "drones", E, None)],
    ),
    ("Seoul believes another 3,000 may follow.", []),
    # a contingent, a force, a unit of so many
    ("North Korea sent a 12,000-strong contingent to Russia.", [(12_000, "soldiers", E, None)]),
    ("Seoul says a contingent of 3,000 has arrived in Primorye.", [(3000, "soldiers", E, None)]),
    ("A force of 5,000 Wagner fighters is in Mali.", [(5000, "soldiers", E, None)]),
    ("A 300-strong unit was flown to Port Sudan.", [(300, "people", E, None)]),
    ("The 1,500-man detachment landed in Vladivostok.", [(1500, "soldiers", E, None)]),
    # abbreviations between a number and its noun
    ("Ukraine fired at least 10 U.K.-supplied Storm Shadow missiles.", [(10, "missiles", "at_least", None)]),
    ("Washington sent 5 U.S. Navy destroyers to the Red Sea.", [(5, "ships", E, None)]),
    # tally verbs between a casualty word and a bare number
    ("Russian casualties now average about 1,200 a day.", [(1200, "killed_or_wounded", "about", None)]),
    ("The dead numbered 40, the Tigray health bureau said.", [(40, "killed", E, None)]),
    ("Losses reached 300 in the first week of the Sahel offensive.", [(300, "killed_or_wounded", E, None)]),
    ("Missiles hit 5 buildings in Kharkiv.", [(5, "buildings", E, None)]),
    ("North Korean casualties exceed 3,000, Seoul says.", [(3000, "killed_or_wounded", E, None)]),
    # a total with no noun of its own counts what the figure before counts
    (
        "Pyongyang sent a further 3,000 troops, bringing the total to about 14,000.",
        [(3000, "soldiers", E, None), (14_000, "soldiers", "about", None)],
    ),
    (
        "Of 40 drones, a total of 35 were downed over Odesa.",
        [(40, "drones", E, None), (35, "drones", E, None)],
    ),
    (
        "Kyiv said the brigade had 300 KIA and 2,700 WIA.",
        [(300, "killed", E, None), (2700, "wounded", E, None)],
    ),
    ("Twelve crew members perished when the dhow sank off Hodeidah.", [(12, "killed", E, None)]),
    ("Three Tigrayan fighters are listed as MIA.", [(3, "missing", E, None)]),
    # unchanged shapes from other wars
    (
        "The Tatmadaw lost some 150 soldiers and three jets.",
        [(150, "killed_or_wounded", "about", None), (3, "aircraft", E, None)],
    ),
    ("Rebels shot down two army helicopters over Kayah.", [(2, "helicopters", E, None)]),
    ("Azerbaijan said 2,908 of its servicemen died in the war.", [(2908, "killed", E, None)]),
    ("Armenia said about 100,000 refugees had arrived from Karabakh.", [(100_000, "people", "about", None)]),
    ("Wagner lost more than 20,000 men in Bakhmut.", [(20_000, "killed_or_wounded", "more_than", None)]),
    ("At least 17 photographers have been killed in Gaza this year.", [(17, "killed", "at_least", None)]),
]

RUSSIAN = [
    ("На станции работают 12 инспекторов МАГАТЭ.", [(12, "people", E, None)]),
    ("Обесточены четыре линии электропередачи.", [(4, "power_lines", E, None)]),
    ("Все шесть энергоблоков остановлены.", [(6, "reactors", E, None)]),
    ("Станцию питают 20 дизельных генераторов.", [(20, "generators", E, None)]),
    ("Наблюдатели слышали восемь взрывов у станции.", [(8, "explosions", E, None)]),
    ("ВСУ обстреляли станцию 14 раз за сутки.", [(14, "times", E, None)]),
    ("Россия выпускает в три раза больше снарядов.", []),
    ("На Курском направлении погибли около 200 северокорейцев.", [(200, "killed", "about", None)]),
    ("В Судане похищены 30 заложников.", [(30, "people", E, None)]),
    ("На станции остался персонал из 3 тыс. сотрудников.", [(3000, "workers", E, None)]),
    ("Хранилище вмещало 5 тыс. литров топлива.", [(5000, "litres", E, None)]),
    ("Пожар уничтожил 300 гектаров леса в Карабахе.", [(300, "hectares", E, None)]),
    ("КНДР направила в Россию контингент из 12 тыс. военных.", [(12_000, "soldiers", E, None)]),
    ("Иран направил в Крым 50 инструкторов.", [(50, "officers", E, None)]),
    (
        "Прибыли еще 3 тыс. военных, общее число достигло 14 тыс.",
        [(3000, "soldiers", E, None), (14_000, "soldiers", E, None)],
    ),
]

UKRAINIAN = [
    ("На станції перебувають четверо інспекторів МАГАТЕ.", [(4, "people", E, None)]),
    ("Пошкоджено три лінії електропередачі.", [(3, "power_lines", E, None)]),
    ("Усі шість енергоблоків зупинені.", [(6, "reactors", E, None)]),
    ("Зафіксовано 8 вибухів поблизу станції.", [(8, "explosions", E, None)]),
    ("Окупанти обстріляли Нікополь 20 разів за добу.", [(20, "times", E, None)]),
    ("Росія випускає у п'ять разів більше снарядів.", []),
    ("Окупанти захопили 30 заручників у Газі.", [(30, "people", E, None)]),
    ("У полон потрапили двоє північнокорейців.", [(2, "prisoners", E, None)]),
    ("Сховище вміщало 2 тисячі літрів пального.", [(2000, "litres", E, None)]),
    ("Станцію живлять 18 дизельних генераторів.", [(18, "generators", E, None)]),
    ("Контингент з 12 тисяч військових КНДР прибув до Курська.", [(12_000, "soldiers", E, None)]),
    ("Пхеньян відправив 200 інструкторів.", [(200, "officers", E, None)]),
    (
        "Втрати ворога становлять близько 4 тисяч убитими та пораненими.",
        [(4000, "killed_or_wounded", "about", None)],
    ),
]


@pytest.mark.parametrize("text, expected", ENGLISH)
def test_english_figures_of_the_second_battery(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text, expected", RUSSIAN)
def test_russian_figures_of_the_second_battery(text, expected):
    assert figs(text, "ru") == expected


@pytest.mark.parametrize("text, expected", UKRAINIAN)
def test_ukrainian_figures_of_the_second_battery(text, expected):
    assert figs(text, "uk") == expected
