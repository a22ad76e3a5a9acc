"""A battery of event dates in many wordings: made-up sentences in the style of wire agencies,
ministries, Telegram channels and local news, about several wars, in English, Russian and Ukrainian.

Each case gives the sentence, the day the report was published and what an analyst expects: the
first time phrase the sentence resolves to (start, end, precision), or the event date of the claim
the extractor draws from it.
"""

from datetime import date
from functools import cache
from pathlib import Path

import pytest

from claims.extraction import extract
from claims.extraction.dates import find_times
from claims.extraction.shipped import load_registry_file

WED = date(2025, 3, 12)  # a Wednesday
SUN = date(2024, 10, 13)  # a Sunday
MON = date(2023, 11, 6)  # a Monday
THU = date(2024, 10, 17)  # a Thursday

REGISTRIES = Path(__file__).resolve().parents[1] / "corpus" / "registries"


def day(d):
    return (d, d, "day")


EN_PHRASES = [
    # weekdays, bare and modified
    ("Drones struck a fuel depot in Port Sudan on Monday, the army said.", WED, day(date(2025, 3, 10))),
    ("RSF fighters shelled the market in El Fasher last Tuesday.", WED, day(date(2025, 3, 11))),
    ("Early on Sunday, an Israeli strike hit a school in Gaza City.", WED, day(date(2025, 3, 9))),
    ("A Houthi missile hit the tanker on Saturday evening.", SUN, day(date(2024, 10, 12))),
    ("Monday's strike on Kharkiv killed four people.", WED, day(date(2025, 3, 10))),
    ("The convoy was ambushed near Menaka on Friday.", WED, day(date(2025, 3, 7))),
    ("Shelling resumed along the line of contact on Wednesday.", WED, day(date(2025, 3, 12))),
    # a weekday after the published day: past unless the sentence looks ahead
    ("The talks on a truce in Khartoum will resume on Friday.", WED, day(date(2025, 3, 14))),
    ("Border guards are expected to withdraw on Thursday.", WED, day(date(2025, 3, 13))),
    # days and nights relative to the published day
    ("Russia launched 90 drones at Ukraine overnight, the air force said.", WED, day(WED)),
    ("Yesterday an airstrike killed 12 people in Idlib.", WED, day(date(2025, 3, 11))),
    ("This morning a mortar round fell on a clinic in Omdurman.", WED, day(WED)),
    ("Artillery hit the village late on Tuesday night.", WED, day(date(2025, 3, 11))),
    ("Two shells landed near Stepanakert earlier today.", MON, day(MON)),
    ("The day before yesterday, troops entered the town.", WED, day(date(2025, 3, 10))),
    (
        "North Korea fired two ballistic missiles into the East Sea early on Thursday, Seoul said.",
        THU,
        day(THU),
    ),
    ("Azerbaijani forces shelled a village near Lachin the previous day.", WED, day(date(2025, 3, 11))),
    ("Gunmen stormed the base at Djibo on Tuesday 11 March 2025.", WED, day(date(2025, 3, 11))),
    # quotes, brackets, time of day, parts of a day, ordinals before and after the month
    ('"The strike on Sunday killed five," the governor of Sumy said.', WED, day(date(2025, 3, 9))),
    ("Drones hit the port on 11 March at 04:30 local time.", WED, day(date(2025, 3, 11))),
    ("Before dawn Friday, rockets hit the camp in Rafah.", WED, day(date(2025, 3, 7))),
    ("Friday's pre-dawn attack killed two in Hodeidah.", WED, day(date(2025, 3, 7))),
    ("The attack on Saturday (March 8) killed two.", WED, day(date(2025, 3, 8))),
    ("Drones hit the port in the early hours of 11 March.", WED, day(date(2025, 3, 11))),
    ("Drones hit the port on 11th March.", WED, day(date(2025, 3, 11))),
    ("Drones hit the port on March 11th, 2024.", WED, day(date(2024, 3, 11))),
    # named days, with and without a year, in every order
    ("The dam was hit on Oct. 3, officials said.", SUN, day(date(2024, 10, 3))),
    ("The dam was hit on 3 October, officials said.", SUN, day(date(2024, 10, 3))),
    ("The dam was hit on October 3rd, officials said.", SUN, day(date(2024, 10, 3))),
    ("The dam was hit on the 3rd of October.", SUN, day(date(2024, 10, 3))),
    ("The base near Tal Afar was attacked on 9 January 2025.", WED, day(date(2025, 1, 9))),
    ("The base was attacked on January 9, 2024.", WED, day(date(2024, 1, 9))),
    ("Fighting broke out on Dec. 28.", WED, day(date(2024, 12, 28))),
    ("Militants stormed the checkpoint on Sept. 30.", SUN, day(date(2024, 9, 30))),
    ("The strike happened on the 14th, the ministry said.", WED, day(date(2025, 2, 14))),
    ("The strike happened on the 5th, the ministry said.", WED, day(date(2025, 3, 5))),
    # ranges: the first day
    (
        "Clashes raged from 1 to 3 October around Kadugli.",
        SUN,
        (date(2024, 10, 1), date(2024, 10, 3), "range"),
    ),
    ("Clashes raged Oct. 8-10 around Kadugli.", SUN, (date(2024, 10, 8), date(2024, 10, 10), "range")),
    (
        "Between Sunday and Monday the town was shelled.",
        WED,
        (date(2025, 3, 9), date(2025, 3, 10), "range"),
    ),
    # periods: a week, a month, a year
    (
        "Last week, gunmen killed 30 villagers in Burkina Faso.",
        WED,
        (date(2025, 3, 3), date(2025, 3, 9), "week"),
    ),
    (
        "At the weekend, drones hit two power stations.",
        WED,
        (date(2025, 3, 8), date(2025, 3, 9), "range"),
    ),
    ("Earlier this month, the militia seized the airport.", WED, (date(2025, 3, 1), WED, "range")),
    ("In March, the army retook the bridge.", WED, (date(2025, 3, 1), date(2025, 3, 31), "month")),
    ("The front barely moved in 2022.", WED, (date(2022, 1, 1), date(2022, 12, 31), "range")),
    ("Three days ago a drone hit the hospital.", WED, day(date(2025, 3, 9))),
    # a night between two named days is the second one, the morning it ended on
    ("On the night of March 11-12, drones hit the port.", WED, day(date(2025, 3, 12))),
    ("Overnight from 11 to 12 March, drones hit Hodeidah.", WED, day(date(2025, 3, 12))),
    ("Russia attacked Kyiv overnight on Tuesday.", WED, day(date(2025, 3, 11))),
    # time of day, weekday with a date, dotted and ISO dates
    ("At 03:40 on 11 March, drones hit the port.", WED, day(date(2025, 3, 11))),
    ("At 3.40am Tuesday, a shell hit the hospital.", WED, day(date(2025, 3, 11))),
    ("Drones hit the port Tuesday, the navy said.", WED, day(date(2025, 3, 11))),
    ("The attack came on Tuesday, March 11.", WED, day(date(2025, 3, 11))),
    ("Drones struck the port on 11.03.2025.", WED, day(date(2025, 3, 11))),
    ("Drones struck the port on 2025-03-11.", WED, day(date(2025, 3, 11))),
    ("Drones hit the port on Mar 11th.", WED, day(date(2025, 3, 11))),
    ("In the early hours of Sunday, drones hit Odesa.", WED, day(date(2025, 3, 9))),
    ("On Monday and Tuesday, drones hit the port.", WED, (date(2025, 3, 10), date(2025, 3, 11), "range")),
    (
        "Between 1 and 3 March, Russia launched 500 drones.",
        WED,
        (date(2025, 3, 1), date(2025, 3, 3), "range"),
    ),
]
RU_PHRASES = [
    ("В ночь на 15 октября беспилотники атаковали Белгород.", THU, day(date(2024, 10, 15))),
    ("В ночь на вторник ВСУ атаковали Курск.", WED, day(date(2025, 3, 11))),
    ("Вчера в Донецке погибли двое мирных жителей.", WED, day(date(2025, 3, 11))),
    ("Позавчера ракета попала в склад.", WED, day(date(2025, 3, 10))),
    ("В прошлую пятницу хуситы атаковали судно.", WED, day(date(2025, 3, 7))),
    ("На выходных обстрелы усилились.", WED, (date(2025, 3, 8), date(2025, 3, 9), "range")),
    ("Удар был нанесен 3 октября, сообщили в штабе.", SUN, day(date(2024, 10, 3))),
    ("Бои шли с 1 по 3 октября.", SUN, (date(2024, 10, 1), date(2024, 10, 3), "range")),
    ("В ночь с 14 на 15 октября по городу выпустили 20 ракет.", THU, day(date(2024, 10, 15))),
    ("Удар нанесли 14-го числа.", WED, day(date(2025, 2, 14))),
    ("Этой ночью дроны атаковали Курскую область.", WED, day(WED)),
    ("Ночью беспилотники атаковали Белгород, сообщил губернатор.", WED, day(WED)),
    ("Сегодня утром обстрел повредил подстанцию.", WED, day(WED)),
    ("В марте армия заняла мост.", WED, (date(2025, 3, 1), date(2025, 3, 31), "month")),
    ("В 2022 году фронт почти не двигался.", WED, (date(2022, 1, 1), date(2022, 12, 31), "range")),
    ("В ночь с 11 по 12 марта дроны атаковали Курск.", WED, day(date(2025, 3, 12))),
    ("Вечером 11 марта дроны атаковали порт.", WED, day(date(2025, 3, 11))),
    ("Утром в понедельник ракета попала в дом.", WED, day(date(2025, 3, 10))),
    ("Во вторник вечером ракета попала в дом.", WED, day(date(2025, 3, 11))),
    ("Удар нанесен 11.03.2025 по селу.", WED, day(date(2025, 3, 11))),
    ("Удар нанесли 11 марта 2024 г. по складу.", WED, day(date(2024, 3, 11))),
    ("Удар нанесли 11-го марта по складу.", WED, day(date(2025, 3, 11))),
    ("На прошлой неделе ракета попала в дом.", WED, (date(2025, 3, 3), date(2025, 3, 9), "week")),
]
UK_PHRASES = [
    ("Минулої ночі росіяни атакували Одесу дронами.", WED, day(WED)),
    ("У неділю ворог обстріляв Херсон.", WED, day(date(2025, 3, 9))),
    ("15 жовтня ракета влучила в підстанцію.", THU, day(date(2024, 10, 15))),
    ("Учора окупанти обстріляли Нікополь.", WED, day(date(2025, 3, 11))),
    ("У ніч проти 28 серпня ворог випустив 600 дронів.", WED, day(date(2024, 8, 28))),
    ("У ніч на суботу ворог атакував Київ.", WED, day(date(2025, 3, 8))),
    ("Цієї ночі сили ППО збили 40 дронів.", WED, day(WED)),
    ("Напередодні ворог обстріляв Нікополь з артилерії.", WED, day(date(2025, 3, 11))),
    ("Вночі ворог атакував Одесу ударними дронами.", WED, day(WED)),
    ("Бої тривали з 1 по 3 жовтня.", SUN, (date(2024, 10, 1), date(2024, 10, 3), "range")),
    ("У минулу п'ятницю ворог атакував порт.", WED, day(date(2025, 3, 7))),
    ("На вихідних обстріли посилилися.", WED, (date(2025, 3, 8), date(2025, 3, 9), "range")),
    ("У березні армія звільнила міст.", WED, (date(2025, 3, 1), date(2025, 3, 31), "month")),
    ("2 березня ракета влучила в будинок.", WED, day(date(2025, 3, 2))),
    ("11 березня близько 04:30 дрони атакували порт.", WED, day(date(2025, 3, 11))),
    ("Ракета влучила в будинок 2-го березня.", WED, day(date(2025, 3, 2))),
    ("Уночі 12 березня дрони атакували Одесу.", WED, day(WED)),
    ("У ніч з 11 на 12 березня дрони атакували Одесу.", WED, day(WED)),
    ("У понеділок увечері ракета влучила в будинок.", WED, day(date(2025, 3, 10))),
    ("Минулого тижня ракета влучила в будинок.", WED, (date(2025, 3, 3), date(2025, 3, 9), "week")),
    ("Наприкінці лютого ракета влучила в будинок.", WED, (date(2025, 2, 21), date(2025, 2, 28), "range")),
]


@pytest.mark.parametrize(
    "lang, text, published, expected",
    [("en", *c) for c in EN_PHRASES] + [("ru", *c) for c in RU_PHRASES] + [("uk", *c) for c in UK_PHRASES],
)
def test_the_first_time_phrase_resolves(lang, text, published, expected):
    times = find_times(text, published, lang=lang)
    assert times, f"no time in {text!r}"
    t = times[0]
    assert (t.start, t.end, t.precision) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire line was drawn on 3/10.",  # 3 October or March 10: skip
        "Casualties rose 10/12 per cent.",
        "The brigade's 14th battalion held the line.",
        "Engineers may repair the line soon.",
    ],
)
def test_no_day_is_guessed_where_the_text_does_not_pin_one(text):
    assert [t for t in find_times(text, WED) if t.precision == "day"] == []


@cache
def _registry(name=None):
    return load_registry_file(REGISTRIES / f"{name}.json") if name else load_registry_file()


def _event_dates(text, published, registry=None):
    return [c.event_start for c in extract(text, published, _registry(registry))]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the day someone spoke is not the day the event happened
        (
            "Speaking on Tuesday, Oleh Syniehubov said the strike on the power plant happened on Sunday.",
            WED,
            date(2025, 3, 9),
        ),
        (
            "Ukraine's Air Force said on Tuesday that Russian drones struck Odesa on Sunday.",
            WED,
            date(2025, 3, 9),
        ),
        (
            "On Wednesday the Interior Ministry said 14 people were killed in a strike on Kharkiv overnight.",
            WED,
            WED,
        ),
        # a day before a trailing "according to X" is the claim's own
        (
            "Russian drones hit the port in Odesa on Sunday, according to Oleh Kiper, who said the "
            "strike killed two people.",
            WED,
            date(2025, 3, 9),
        ),
        # a dateline is the day of the report, not the event
        (
            "KYIV, March 12 (Reuters) - Russian missiles struck Kharkiv on Monday, "
            "the Kharkiv governor said.",
            WED,
            date(2025, 3, 10),
        ),
        (
            "KHARKIV, Ukraine, March 12 (AP) — A Russian drone hit a school in Kharkiv overnight, "
            "the Kharkiv mayor said.",
            WED,
            WED,
        ),
        # the event's own day, whatever else the sentence names
        (
            "Oleh Syniehubov said the strike on Kharkiv happened on March 9, "
            "days before talks in Jeddah on March 11.",
            WED,
            date(2025, 3, 9),
        ),
        (
            "Повітряні сили повідомили, що у ніч проти 12 березня ворог атакував Харків 40 дронами.",
            WED,
            WED,
        ),
        (
            "Минобороны России заявило во вторник, что в воскресенье ракеты поразили склад в Харькове.",
            WED,
            date(2025, 3, 9),
        ),
    ],
)
def test_the_claim_is_dated_by_the_event_not_by_the_speech(text, published, expected):
    assert expected in _event_dates(text, published, "air-strikes-ukraine")


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a claim naming no time of its own, or only the day it was said, happened on the scene's day
        (
            "Russia launched 90 drones and eight missiles at Ukraine overnight, Ukraine's Air Force said. "
            "The Interior Ministry said four people were killed in the missile strike on Kharkiv.",
            WED,
            [WED, WED],
        ),
        (
            "KYIV, March 12 (Reuters) - Russian missiles struck Kharkiv on Monday, killing five people. "
            "Oleh Syniehubov said 20 people were wounded.",
            WED,
            [date(2025, 3, 10)],
        ),
        (
            "Russian drones struck Odesa on Sunday. Oleh Kiper said on Tuesday that the death toll "
            "had risen to nine.",
            WED,
            [date(2025, 3, 9)],
        ),
        (
            "On Tuesday, Ukraine's Air Force confirmed that Russian missiles struck Kharkiv on Sunday. "
            "Oleh Syniehubov said 12 people were killed in the missile strike.",
            WED,
            [date(2025, 3, 9), date(2025, 3, 9)],
        ),
        (
            "In a statement issued on Tuesday, Ukraine's Air Force said Russia fired 120 drones at "
            "Ukraine on Sunday.",
            WED,
            [date(2025, 3, 9)],
        ),
        (
            "Ukraine's Air Force said Russia fired 120 drones at Ukraine on the night of March 11-12.",
            WED,
            [WED],
        ),
        # a second claim in the sentence, with no time in its own part, shares the sentence's day
        (
            "Oleh Syniehubov said 12 people were killed when missiles hit Kharkiv on Sunday, while the "
            "Russian Defence Ministry claimed it had struck military sites.",
            WED,
            [date(2025, 3, 9), date(2025, 3, 9)],
        ),
        # a count that names no topic term of its own is a count of the scene
        (
            "Russia pounded Kyiv with missiles and drones on Tuesday, officials said.\n\n"
            "The Kyiv City Military Administration said 12 people were wounded.",
            WED,
            [date(2025, 3, 11)],
        ),
        # a night ends on the day the sentence names before it, else on the report's day
        (
            "Ukraine's Air Force said on Tuesday that Russia launched 90 drones at Ukraine overnight.",
            WED,
            [date(2025, 3, 11)],
        ),
        (
            "Повітряні сили у вівторок повідомили, що минулої ночі ворог запустив по Україні 90 дронів.",
            WED,
            [date(2025, 3, 11)],
        ),
        (
            "Russia launched 90 drones at Ukraine overnight, days after missiles struck Kharkiv on "
            "Monday, Ukraine's Air Force said.",
            WED,
            [WED],
        ),
        # "the day before", "напередодні": the day before the sentence's other day
        (
            "Oleh Kiper said on Tuesday that Russian drones hit the port in Odesa the day before.",
            WED,
            [date(2025, 3, 10)],
        ),
        (
            "Повітряні сили у вівторок повідомили, що напередодні ворог запустив по Україні 90 дронів.",
            WED,
            [date(2025, 3, 10)],
        ),
        # what was said before the scene's day is about something else
        (
            "Russian drones struck Odesa on Sunday. Last year, Oleh Kiper said drones had hit the port "
            "40 times.",
            WED,
            [None],
        ),
    ],
)
def test_claims_without_a_day_of_their_own_take_the_scene_s_day(text, published, expected):
    assert _event_dates(text, published, "air-strikes-ukraine")[-len(expected) :] == expected
