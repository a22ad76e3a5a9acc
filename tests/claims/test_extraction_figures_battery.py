"""A battery of short made-up sentences about many wars, in the words of wire agencies, ministries,
Telegram channels and local news, each with the figures an analyst expects: value, unit, qualifier
and the upper end of a range. Model names, ship names, dates and years are no figures."""

from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.figures import find_figures
from claims.extraction.shipped import load_registry_file


def figs(text, lang="en"):
    return [(f.value, f.unit, f.qualifier, f.value_max) for f in find_figures(text, lang=lang)]


E = "exact"

ENGLISH = [
    # qualifiers and how numbers are written
    ("The RSF shelled the camp, killing at least 20 people.", [(20, "killed", "at_least", None)]),
    ("Some 300 fighters crossed into Chad overnight.", [(300, "soldiers", "about", None)]),
    ("Nearly 500 families fled Kadugli this week.", [(500, "people", "nearly", None)]),
    ("More than 1,000 rebels surrendered in Idlib.", [(1000, "soldiers", "more_than", None)]),
    ("Officials put the toll at 1.5 million displaced people.", [(1_500_000, "people", E, None)]),
    ("Washington pledged $2bn in aid to Kyiv.", [(2_000_000_000, "usd", E, None)]),
    ("The package is worth $1.2 billion.", [(1_200_000_000, "usd", E, None)]),
    ("Brussels approved €50 billion for Ukraine.", [(50_000_000_000, "eur", E, None)]),
    ("Between 10 and 15 soldiers were wounded near Shusha.", [(10, "wounded", "range", 15)]),
    ("10-15 drones circled over the port of Hodeidah.", [(10, "drones", "range", 15)]),
    ("The army lost 300-plus tanks in the first year.", [(300, "tanks", "more_than", None)]),
    ("Kyiv says 300+ drones were launched this week.", [(300, "drones", "more_than", None)]),
    ("Some 40-odd fighters were seen in Gao.", [(40, "soldiers", "about", None)]),
    ("Half a million people fled Rafah.", [(500_000, "people", E, None)]),
    ("Half of the drones were shot down.", []),
    ("Each Shahed costs about $193,000.", [(193_000, "usd", "about", None)]),
    ("Repairs will cost more than $3bn.", [(3_000_000_000, "usd", "more_than", None)]),
    ("Three sailors were killed and four others injured.", [(3, "killed", E, None), (4, "wounded", E, None)]),
    ("Traffic through the canal fell by 50%.", [(50, "percent", E, None)]),
    ("Insurance costs rose 300 per cent.", [(300, "percent", E, None)]),
    ("The drone carries a 50 kg warhead.", [(50, "kg", E, None)]),
    ("Tehran sent two batches of drones to Moscow.", [(2, "batches", E, None)]),
    ("Some 2,000 stranded seafarers remain aboard.", [(2000, "people", "about", None)]),
    ("Two hundred villagers were evacuated from Timbuktu.", [(200, "people", E, None)]),
    ("A dozen tanks were seen on the road to Mopti.", [(12, "tanks", E, None)]),
    ("Half a dozen missiles hit the refinery.", [(6, "missiles", E, None)]),
    (
        "The Houthis launched half a dozen drones at the ship.",
        [
            (6, "drones", E, None),
        ],
    ),
    ("Dozens of civilians were killed in El Fasher.", []),
    ("Hundreds of soldiers deserted in the Sahel.", []),
    ("Up to 8,000 troops may be deployed to Kursk.", [(8000, "soldiers", "up_to", None)]),
    ("About 4,000 people remain missing in Gaza.", [(4000, "missing", "about", None)]),
    ("No fewer than 70 Palestinians were injured.", [(70, "wounded", "at_least", None)]),
    ("Fewer than 50 troops remain at the base.", [(50, "soldiers", "less_than", None)]),
    ("An estimated 12,000 North Korean troops are in Russia.", [(12000, "soldiers", "about", None)]),
    ("Roughly two thousand shells a day hit Bakhmut.", [(2000, "shells", "about", None)]),
    ("Twenty-five paratroopers were taken prisoner.", [(25, "prisoners", E, None)]),
    ("The convoy of 40 trucks reached Rafah.", [(40, "vehicles", E, None)]),
    ("Ukraine received 31 Abrams tanks.", [(31, "tanks", E, None)]),
    ("Israel struck 120 targets across Gaza overnight.", [(120, "sites", E, None)]),
    ("The front line moved 15 km west of Pokrovsk.", [(15, "km", E, None)]),
    ("Shells landed 500 metres from the nuclear plant.", [(500, "metres", E, None)]),
    ("The tanker was attacked 60 nautical miles off Aden.", [(60, "nautical_miles", E, None)]),
    ("Russia fired 1,200 glide bombs last week.", [(1200, "bombs", E, None)]),
    (
        "Three soldiers were killed and seven wounded near Agdam.",
        [(3, "killed", E, None), (7, "wounded", E, None)],
    ),
    (
        "The strike killed 16 people and wounded 35 others.",
        [(16, "killed", E, None), (35, "wounded", E, None)],
    ),
    (
        "45 of 50 drones were shot down, the air force said.",
        [(45, "drones", E, None), (50, "drones", E, None)],
    ),
    ("Air defences destroyed 45 out of 50 drones.", [(45, "drones", E, None), (50, "drones", E, None)]),
    ("Russia launched 90 Shahed-type drones overnight.", [(90, "drones", E, None)]),
    ("Russia launched 90 Geran-2 drones overnight.", [(90, "drones", E, None)]),
    ("Drones: 45, missiles: 6.", [(45, "drones", E, None), (6, "missiles", E, None)]),
    ("Civilians killed — 14.", [(14, "killed", E, None)]),
    ("Killed: 12, wounded: 30.", [(12, "killed", E, None), (30, "wounded", E, None)]),
    ("The death toll rose to 112.", [(112, "killed", E, None)]),
    ("North Korea has shipped more than 100,000 155mm shells.", [(100_000, "shells", "more_than", None)]),
    ("Seoul said 3 million 152mm rounds were delivered.", [(3_000_000, "shells", E, None)]),
    ("Israel said c. 1,200 people were killed.", [(1200, "killed", "about", None)]),
    ("A crew of 25 was held in Hodeidah.", [(25, "people", E, None)]),
    ("Russia massed a force of 30,000 troops near Sumy.", [(30_000, "soldiers", E, None)]),
    ("The navy destroyed four unmanned surface vessels.", [(4, "ships", E, None)]),
    ("The destroyer intercepted 3 ASBMs over the Gulf of Aden.", [(3, "missiles", E, None)]),
    ("The container ship can carry 15,000 TEU.", [(15_000, "containers", E, None)]),
    ("The ship's 23-member crew was evacuated.", [(23, "people", E, None)]),
    ("A 30-day truce began in Khartoum.", []),
    ("The deal is worth USD 50 million.", [(50_000_000, "usd", E, None)]),
    ("The convoy included 200 aid trucks.", [(200, "vehicles", E, None)]),
    (
        "The Houthis fired 6 missiles, of which 4 hit the ship.",
        [(6, "missiles", E, None), (4, "missiles", E, None)],
    ),
    ("At least 12 people — mostly women — were killed.", [(12, "killed", "at_least", None)]),
    ("Two Il-76 cargo flights landed in Tehran.", [(2, "sorties", E, None)]),
    (
        "The ministry put the dead at 14 and the injured at about 60.",
        [(14, "killed", E, None), (60, "wounded", "about", None)],
    ),
    ("Monitors recorded three incidents near the dam.", [(3, "incidents", E, None)]),
    (
        "Staff at the plant fell from 900 to 400 workers.",
        [(900, "workers", E, None), (400, "workers", E, None)],
    ),
    ("Two members of the aid mission were wounded.", [(2, "people", E, None)]),
    ("Three peacekeepers were hurt in Naqoura.", [(3, "wounded", E, None)]),
    ("The vote was 12 to 3 in favour.", []),
    ("About 3,000 pagers exploded across the south.", [(3000, "devices", "about", None)]),
    ("Radar picked up 40 launches from Yemen.", [(40, "launches", E, None)]),
    ("Resolution 1701 ended the 2006 war.", []),
    (
        "The IDF killed 5 Hamas commanders and 20 militants.",
        [(5, "killed", E, None), (20, "killed", E, None)],
    ),
    ("Five soldiers were killed and 20 civilians fled.", [(5, "killed", E, None), (20, "people", E, None)]),
    (
        "Russia killed 3 soldiers and captured 2 officers.",
        [(3, "killed", E, None), (2, "prisoners", E, None)],
    ),
    ("The blast killed 2 medics and 4 police officers.", [(2, "killed", E, None), (4, "killed", E, None)]),
    # not figures: models, ships, calibres, dates, years, ordinals
    ("Pyongyang sent 152-mm shells and KN-23 missiles.", []),
    ("Two Tu-95 bombers took off from Olenya.", [(2, "aircraft", E, None)]),
    ("An S-300 battery was hit near Latakia.", []),
    ("Kyiv asked for more F-16 jets.", []),
    ("A Kh-101 missile struck the dam.", []),
    ("The MV Rubymar sank in the Red Sea.", []),
    ("The war began on 24 February 2022.", []),
    ("In 2023 the RSF took Nyala.", []),
    ("The 84th brigade held the line.", []),
    ("The 2020 war over Karabakh lasted 44 days.", []),
    ("Resolution 2334 was adopted by the council.", []),
    ("Fighters of the 47th Mechanized Brigade held Avdiivka.", []),
    ("Route 5 was cut near Mahardah.", []),
    ("The M4 highway was closed to trucks.", []),
]

RUSSIAN = [
    (
        "По данным минобороны, сбиты 45 из 50 беспилотников.",
        [(45, "drones", E, None), (50, "drones", E, None)],
    ),
    ("В районе Курска находятся около 3 тыс. военных КНДР.", [(3000, "soldiers", "about", None)]),
    ("Погибли не менее 12 мирных жителей.", [(12, "killed", "at_least", None)]),
    ("Переброшено до 12 тысяч солдат.", [(12000, "soldiers", "up_to", None)]),
    ("Из Хартума эвакуированы полторы тысячи человек.", [(1500, "people", E, None)]),
    ("За сутки уничтожено 15 танков и 30 бронемашин.", [(15, "tanks", E, None), (30, "vehicles", E, None)]),
    ("Ранены более 40 человек.", [(40, "wounded", "more_than", None)]),
    ("Всего сбито 20 ракет Х-101.", [(20, "missiles", E, None)]),
    ("Противник выпустил 1,5 млн снарядов.", [(1_500_000, "shells", E, None)]),
    ("Ущерб оценивается в 2 млрд долларов.", [(2_000_000_000, "usd", E, None)]),
    ("Колонна прошла 30 км.", [(30, "km", E, None)]),
    ("Атаке подверглись от 10 до 15 населенных пунктов.", [(10, "settlements", "range", 15)]),
    ("Десятки человек пострадали при обстреле Газы.", []),
    ("Самолёты Ту-95 и Су-34 поднялись в воздух.", []),
    ("В 2024 году обстрелы усилились.", []),
    ("Сбито два ЗРК С-300.", []),
    ("В плен сдались пятеро военных.", [(5, "prisoners", E, None)]),
    ("КНДР передала более 100 тыс. 152-мм снарядов.", [(100_000, "shells", "more_than", None)]),
    ("Израиль нанес удары по 50 целям в секторе Газа.", [(50, "sites", E, None)]),
    ("Экипаж из 25 человек остается в заложниках.", [(25, "people", E, None)]),
    (
        "Уничтожено 12 танков, 30 ББМ и 5 РСЗО.",
        [(12, "tanks", E, None), (30, "vehicles", E, None), (5, "launchers", E, None)],
    ),
    ("Потери: личный состав — 1 200, танки — 3.", [(1200, "soldiers", E, None), (3, "tanks", E, None)]),
    ("Противник выпустил 50 ракет, из них 40 сбиты.", [(50, "missiles", E, None), (40, "missiles", E, None)]),
    ("Судно водоизмещением 21 тыс. тонн затонуло.", [(21_000, "tonnes", E, None)]),
    ("Россия получила две партии беспилотников.", [(2, "batches", E, None)]),
    ("Самолеты Ил-76 совершили два рейса в Тегеран.", [(2, "sorties", E, None)]),
    ("Тегеран передал Москве около 2400 дронов «Шахед-136».", [(2400, "drones", "about", None)]),
    ("В Крыму находятся несколько десятков иранских инструкторов.", []),
    ("Погибли двое медиков и трое спасателей.", [(2, "killed", E, None), (3, "killed", E, None)]),
    ("Зафиксировано 12 случаев нарушения режима тишины.", [(12, "incidents", E, None)]),
    (
        "Персонал станции сократился с 3 000 до 1 200 сотрудников.",
        [(3000, "workers", E, None), (1200, "workers", E, None)],
    ),
    ("Зафиксировано 12 пусков ракет.", [(12, "launches", E, None)]),
    ("Дроны: 45, ракеты: 6.", [(45, "drones", E, None), (6, "missiles", E, None)]),
    ("Погибших — 12, раненых — 30.", [(12, "killed", E, None), (30, "wounded", E, None)]),
    ("Сбиты 57 из 72 «шахедов».", [(57, "drones", E, None), (72, "drones", E, None)]),
    ("Двести с лишним дронов запущено за неделю.", [(200, "drones", "more_than", None)]),
    ("Каждый «шахед» стоит около $20 тыс.", [(20_000, "usd", "about", None)]),
    ("Судоходство сократилось на 50%.", [(50, "percent", E, None)]),
    ("Погибли трое моряков, еще четверо ранены.", [(3, "killed", E, None), (4, "wounded", E, None)]),
]

UKRAINIAN = [
    ("Сили ППО збили 45 з 50 дронів.", [(45, "drones", E, None), (50, "drones", E, None)]),
    ("Загинули щонайменше 20 цивільних.", [(20, "killed", "at_least", None)]),
    ("Росія перекинула близько 3 тис. військових.", [(3000, "soldiers", "about", None)]),
    ("Поранено понад 40 людей.", [(40, "wounded", "more_than", None)]),
    ("Ворог запустив 90 ударних БпЛА типу «Шахед».", [(90, "drones", E, None)]),
    ("Уночі збито 12 ракет Х-101.", [(12, "missiles", E, None)]),
    ("Під Курськом перебувають до 12 тисяч солдатів КНДР.", [(12000, "soldiers", "up_to", None)]),
    ("Евакуйовано півтори тисячі людей.", [(1500, "people", E, None)]),
    ("Знищено 8 танків і 15 бронемашин.", [(8, "tanks", E, None), (15, "vehicles", E, None)]),
    ("Допомога становить 2 млрд доларів.", [(2_000_000_000, "usd", E, None)]),
    ("Десятки людей постраждали.", []),
    ("У 2022 році почалося повномасштабне вторгнення.", []),
    ("Літаки Ту-95 злетіли з Оленьї.", []),
    ("Від 10 до 15 дронів атакували Одесу.", [(10, "drones", "range", 15)]),
    ("КНДР передала Росії понад 100 тис. 152-мм снарядів.", [(100_000, "shells", "more_than", None)]),
    ("Сили оборони уразили 12 цілей.", [(12, "sites", E, None)]),
    (
        "Втрати ворога: особового складу — 1 410, танків — 9 600.",
        [(1410, "soldiers", E, None), (9600, "tanks", E, None)],
    ),
    ("Ворог запустив 117 БпЛА, з них 83 збито.", [(117, "drones", E, None), (83, "drones", E, None)]),
    ("Судно перевозило 21 тис. тонн добрив.", [(21_000, "tonnes", E, None)]),
    ("Літаки здійснили 40 вильотів.", [(40, "sorties", E, None)]),
    ("Поранено двох лікарів і трьох рятувальників.", [(2, "wounded", E, None), (3, "wounded", E, None)]),
    ("Спостерігачі зафіксували 7 випадків обстрілу.", [(7, "incidents", E, None)]),
    ("Близько двадцяти п'яти тисяч військовослужбовців КНДР.", [(25_000, "soldiers", "about", None)]),
    ("До сорока дронів збито над Дніпром.", [(40, "drones", "up_to", None)]),
    ("Загинули 3 військових, 2 цивільних.", [(3, "killed", E, None), (2, "killed", E, None)]),
    ("Загиблих — 12, поранених — 30.", [(12, "killed", E, None), (30, "wounded", E, None)]),
    ("Двісті з гаком дронів за тиждень.", [(200, "drones", "more_than", None)]),
    ("Обсяг перевезень впав на 50 відсотків.", [(50, "percent", E, None)]),
    ("Збито 20 з 25 «шахедів».", [(20, "drones", E, None), (25, "drones", E, None)]),
]


@pytest.mark.parametrize("text, expected", ENGLISH)
def test_english_figures_read_as_an_analyst_reads_them(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text, expected", RUSSIAN)
def test_russian_figures_read_as_an_analyst_reads_them(text, expected):
    assert figs(text, "ru") == expected


@pytest.mark.parametrize("text, expected", UKRAINIAN)
def test_ukrainian_figures_read_as_an_analyst_reads_them(text, expected):
    assert figs(text, "uk") == expected


BASELINES = [
    (
        "About 12,000 troops are in Russia, up from 10,000 in spring.",
        [(12000, "soldiers"), (10000, "soldiers")],
    ),
    ("Russia fired 90 drones on Monday, compared with 40 a week earlier.", [(90, "drones"), (40, "drones")]),
    ("Сбито 45 беспилотников по сравнению с 30 накануне.", [(45, "drones"), (30, "drones")]),
    ("Збито 45 дронів, порівняно з 30 напередодні.", [(45, "drones"), (30, "drones")]),
    # a number with a noun of its own keeps it
    ("Russia fired 90 drones, compared with 4 missiles.", [(90, "drones"), (4, "missiles")]),
]


@pytest.mark.parametrize("text, expected", BASELINES)
def test_a_number_it_is_compared_with_counts_the_same_thing(text, expected):
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


# Through the whole extractor: datelines, dates and years around the figures are no figures.
REPORTS = [
    ("KYIV, Feb 24 (Reuters) - Ukraine's air force said 45 of 50 drones were shot down overnight.", [45, 50]),
    ("Ukraine's air force said on 24 February 2025 that Russia launched 90 Shahed-type drones.", [90]),
    ("Zelensky said that in 2024 Russia fired some 1.1 million shells.", [1_100_000]),
    ("Повітряні сили ЗСУ повідомили, що в ніч на 24 лютого 2025 року збито 45 з 50 дронів.", [45, 50]),
    ("По данным Генштаба ВСУ, 23.02.2025 за сутки ликвидированы 1 200 военных РФ.", [1200]),
    ("The Pentagon said on Tuesday that half a dozen Tu-95 bombers took off.", [6]),
]


@pytest.mark.parametrize("text, values", REPORTS)
def test_dates_around_figures_are_not_read_as_figures(text, values):
    claims = extract(text, date(2025, 3, 1), load_registry_file())
    assert [f.value for c in claims for f in c.figures] == values
