"""A battery of WHICH day goes to a claim: made-up reports (our own words, several wars, en/ru/uk)
where the sentence names more than one time, or none of the event's own.

The day someone spoke is not the day of the event, unless the event is said to be going on then
("said on Thursday its fighters were battling troops"); a dateline is the day of the report; a day
that belongs to another event in the sentence is not this claim's; a night ends on the morning
after it; a vague period, a state of affairs or a day that cannot be resolved gives no day; a
claim that names no time of its own takes the day of the scene the report set.

Each case gives the report (its last sentence is the claim looked at), the day it was published
and the day expected of the last claim drawn (None: no day; a vague period may still be kept as a
span of the claim, with its own precision, but it is no event date).
"""

from datetime import date

import pytest

from claims.extraction import extract
from tests.support.made_up import made_up_registry

WED = date(2025, 3, 12)  # a Wednesday
THU = date(2024, 10, 17)  # a Thursday
MON = date(2023, 11, 6)  # a Monday

REGISTRY = made_up_registry(
    [
        ("Sudanese Armed Forces", "military", ["the Sudanese army", "Sudan's army", "the army"]),
        ("Rapid Support Forces", "armed_group", ["RSF", "the RSF"]),
        ("Houthis", "armed_group", ["the Houthis", "Yahya Saree"]),
        ("Israel Defense Forces", "military", ["the Israeli military", "the IDF", "ЦАХАЛ", "ЦАГАЛ"]),
        ("Hezbollah", "armed_group", ["Хезболла", "Хезболла"]),
        (
            "Ukrainian Air Force", "military",
            ["Ukraine's Air Force", "the air force", "Повітряні сили", "ВВС Украины"],
        ),
        (
            "Russian Ministry of Defence", "government",
            ["the Russian Defence Ministry", "Минобороны России", "Міноборони Росії"],
        ),
        ("Azerbaijani Ministry of Defence", "government", ["Azerbaijan's defence ministry"]),
        ("Armenian Ministry of Defence", "government", ["Armenia's defence ministry"]),
        ("Tigray People's Liberation Front", "armed_group", ["the TPLF"]),
        ("Myanmar junta", "government", ["the junta"]),
        ("Malian army", "military", ["Mali's army"]),
        ("Syrian Observatory for Human Rights", "ngo", ["the Syrian Observatory", "the Observatory"]),
        ("Kharkiv governor", "government", ["Oleh Syniehubov", "Синєгубов", "Синегубов"]),
    ],
    [
        ("El Fasher", 13.63, 25.35), ("Omdurman", 15.64, 32.48), ("Hodeidah", 14.8, 42.95),
        ("Kharkiv", 49.99, 36.23), ("Odesa", 46.48, 30.72), ("Aita al-Shaab", 33.1, 35.33),
        ("Lachin", 39.64, 46.55), ("Mekelle", 13.5, 39.47), ("Sagaing", 21.88, 95.98),
        ("Menaka", 15.92, 2.4), ("Idlib", 35.93, 36.63), ("Харків", 49.99, 36.23), ("Харьков", 49.99, 36.23),
    ],
    [
        "attack", "attacked", "strike", "struck", "drone", "drones", "missile", "missiles", "shelling",
        "shelled", "airstrike", "fighting", "clashes", "battling", "fighters", "troops", "tank",
        "ракета", "ракети", "дрон", "дрони", "обстріл", "обстрел", "бой", "бої", "бои", "удар",
    ],
)  # fmt: skip


def last_claim(text: str, published: date | None):
    claims = extract(text, published, REGISTRY)
    assert claims, text
    return claims[-1]


def last_date(text: str, published: date | None):
    """The day of the last claim's event; a period (a week, a month, a stretch) is no day."""
    claim = last_claim(text, published)
    return claim.event_start if claim.date_precision == "day" else None


# the day someone spoke is not the event's; the event's own day wins, before or after the speech
SPOKEN_VS_EVENT = [
    ("The Sudanese army said on Tuesday that drones struck Omdurman on Sunday.", WED, date(2025, 3, 9)),
    ("On Tuesday, the RSF said its fighters shelled El Fasher on Monday.", WED, date(2025, 3, 10)),
    (
        "Yahya Saree said on Monday the Houthis attacked a tanker off Hodeidah on Saturday.",
        WED,
        date(2025, 3, 8),
    ),
    ("Drones struck Omdurman on Sunday, the Sudanese army said on Tuesday.", WED, date(2025, 3, 9)),
    (
        "Azerbaijan's defence ministry said on Wednesday that Armenian troops shelled Lachin on Monday.",
        THU,
        date(2024, 10, 14),
    ),
    (
        "The Israeli military said on Tuesday it struck Hezbollah sites in Aita al-Shaab on March 9.",
        WED,
        date(2025, 3, 9),
    ),
    (
        "Ukraine's Air Force said on Tuesday that Russia launched 90 drones at Odesa on the night of "
        "March 9-10.",
        WED,
        date(2025, 3, 10),
    ),
    (
        "Повітряні сили у вівторок повідомили, що в неділю ворог атакував Одесу дронами.",
        WED,
        date(2025, 3, 9),
    ),
    (
        "Минобороны России заявило во вторник, что в понедельник ракеты поразили склад в Харькове.",
        WED,
        date(2025, 3, 10),
    ),
    ("Міноборони Росії в понеділок заявило, що ракети вдарили по Харкову в суботу.", WED, date(2025, 3, 8)),
]

# a day said is the event's day when the event is said to be going on then
ONGOING_WHEN_SAID = [
    (
        "Hezbollah said on Tuesday that its fighters were battling Israeli troops in Aita al-Shaab.",
        WED,
        date(2025, 3, 11),
    ),
    (
        "The RSF said on Monday that its fighters were attacking army positions in El Fasher.",
        WED,
        date(2025, 3, 10),
    ),
    ("The TPLF said on Tuesday that heavy fighting was under way near Mekelle.", WED, date(2025, 3, 11)),
    ("The junta said on Sunday that its troops were battling rebels in Sagaing.", WED, date(2025, 3, 9)),
    ("Fighters were battling troops in Aita al-Shaab, Hezbollah said on Tuesday.", WED, date(2025, 3, 11)),
    ("Mali's army said on Monday that clashes were ongoing near Menaka.", WED, date(2025, 3, 10)),
    ("The Houthis said on Monday that they were attacking a ship off Hodeidah.", WED, date(2025, 3, 10)),
    ("Повітряні сили заявили в понеділок, що ворог атакує Одесу дронами.", WED, date(2025, 3, 10)),
    (
        "Хезболла заявила у вівторок, що її бійці ведуть бої з ізраїльськими військами.",
        WED,
        date(2025, 3, 11),
    ),
    ("Минобороны России заявило в понедельник, что бои идут на окраинах Харькова.", WED, date(2025, 3, 10)),
]

# what the speaker says had happened, or what is, with only the day it was said: no day
NO_DAY_BUT_THE_SPEECH = [
    ("The Sudanese army said on Tuesday that drones had struck Omdurman.", WED, None),
    ("The Israeli military said on Monday that its troops are stationed in Aita al-Shaab.", WED, None),
    ("Mali's army said on Monday that its troops are deployed around Menaka.", WED, None),
    ("The junta said on Sunday it was investigating the attack in Sagaing.", WED, None),
    (
        "The Sudanese army said on Monday it was questioning two RSF fighters captured near El Fasher.",
        WED,
        None,
    ),
    ("The RSF said on Monday that it was going to attack El Fasher.", WED, None),
    ("The IDF said on Tuesday that it was checking reports of a strike in Aita al-Shaab.", WED, None),
    ("Armenia's defence ministry said on Monday that Azerbaijani troops had shelled Lachin.", WED, None),
    ("Минобороны России заявило во вторник, что войска находятся под Харьковом.", WED, None),
]

# a dateline is the day of the report, never the event's
DATELINES = [
    (
        "KHARTOUM, March 12 (Reuters) - Drones struck Omdurman on Monday, the Sudanese army said.",
        WED,
        date(2025, 3, 10),
    ),
    (
        "BEIRUT, March 12 (AFP) - The Israeli military said it struck Hezbollah sites in Aita al-Shaab.",
        WED,
        None,
    ),
    (
        "ADDIS ABABA, Oct 17 (Reuters) - The TPLF said drones attacked Mekelle the previous day.",
        THU,
        date(2024, 10, 16),
    ),
    ("March 11 (Reuters) - RSF drones struck Omdurman, the Sudanese army said.", WED, None),
    (
        "Oct 16 (AP) — Azerbaijan's defence ministry said Armenian troops shelled Lachin on Monday.",
        THU,
        date(2024, 10, 14),
    ),
    (
        "KYIV, March 12 (AP) — Russia attacked Odesa with drones overnight, Ukraine's Air Force said.",
        WED,
        WED,
    ),
]

# a day that belongs to another event (a talk, an earlier strike, the edge of a stretch of time)
ANOTHER_EVENT_S_DAY = [
    (
        "Syniehubov said missiles struck Kharkiv on Monday, days before talks in Jeddah on March 14.",
        WED,
        date(2025, 3, 10),
    ),
    (
        "The Houthis attacked a tanker off Hodeidah on Sunday, a week after a truce began on March 2, "
        "Yahya Saree said.",
        WED,
        date(2025, 3, 9),
    ),
    # a day inside a phrase about another event (after, following, in response to) is that event's
    (
        "Israeli jets struck Aita al-Shaab, days after Hezbollah fired rockets at a tank on Friday, the IDF "
        "said.",
        WED,
        None,
    ),
    ("The RSF said it shelled El Fasher, following Sunday's army airstrike on Omdurman.", WED, None),
    (
        "Yahya Saree said the Houthis attacked a tanker in response to the strike on Hodeidah on Monday.",
        WED,
        None,
    ),
    (
        "Синєгубов повідомив, що ракети вдарили по Харкову після того, як у неділю дрони атакували Одесу.",
        WED,
        None,
    ),
    (
        "Синегубов сообщил, что дроны атаковали Харьков в ответ на удар по Одессе в воскресенье.",
        WED,
        None,
    ),
    # ... but not a time of day after "after", nor an opening "After ..."
    (
        "Yahya Saree said the Houthis attacked a tanker shortly after midnight on Monday.",
        WED,
        date(2025, 3, 10),
    ),
    # a speaker trailing the event, then a clause of its own: the day is still the event's
    (
        "The Houthis fired missiles at a tanker off Hodeidah on Monday, the IDF said, a day after Israeli "
        "jets struck the port.",
        WED,
        date(2025, 3, 10),
    ),
    (
        "RSF drones struck Omdurman overnight, the Sudanese army said, as fighting spread north.",
        WED,
        WED,
    ),
    (
        "Минувшей ночью дроны атаковали Харьков, сообщил Синегубов, добавив, что ранены трое.",
        WED,
        WED,
    ),
    # "since Monday": the stretch of time starts on the event's day
    (
        "Since Monday, the RSF has shelled El Fasher every night, the Sudanese army said.",
        WED,
        date(2025, 3, 10),
    ),
    ("The Observatory said shelling of Idlib has continued since March 1.", WED, date(2025, 3, 1)),
    (
        "The junta said the attack in Sagaing came on Monday, a day after a ceasefire offer.",
        WED,
        date(2025, 3, 10),
    ),
]

# nights: dated by the morning they end; relative days resolved on the day they lean on
NIGHTS_AND_RELATIVE_DAYS = [
    ("Russia attacked Odesa with 40 drones overnight, Ukraine's Air Force said.", WED, WED),
    (
        "Ukraine's Air Force said on Tuesday that Russia attacked Odesa with 40 drones overnight.",
        WED,
        date(2025, 3, 11),
    ),
    (
        "The Houthis fired two missiles at a ship off Hodeidah late on Monday night, the IDF said.",
        WED,
        date(2025, 3, 10),
    ),
    (
        "Yesterday, RSF drones struck a power station in Omdurman, the Sudanese army said.",
        WED,
        date(2025, 3, 11),
    ),
    (
        "The Sudanese army said on Monday that the RSF shelled El Fasher the day before.",
        WED,
        date(2025, 3, 9),
    ),
    (
        "Повітряні сили повідомили, що у ніч на 11 березня ворог атакував Одесу 40 дронами.",
        WED,
        date(2025, 3, 11),
    ),
    ("Минувшей ночью дроны атаковали Харьков, сообщил Синегубов.", WED, WED),
    ("Вчора ракети вдарили по Харкову, повідомив Синєгубов.", WED, date(2025, 3, 11)),
    (
        "Минобороны России заявило во вторник, что накануне ракеты поразили склад в Харькове.",
        WED,
        date(2025, 3, 10),
    ),
]

# a night named by its evening and its morning is dated by the morning; ", adding" speaks when
# its lead does, so the night before it stays the event's
NIGHTS_BY_WEEKDAY = [
    (
        "RSF drones attacked Omdurman on the night of Monday into Tuesday, the Sudanese army said.",
        WED,
        date(2025, 3, 11),
    ),
    (
        "У ніч з понеділка на вівторок ворог атакував Одесу дронами, повідомили Повітряні сили.",
        WED,
        date(2025, 3, 11),
    ),
    ("В ночь с понедельника на вторник дроны атаковали Харьков, сообщил Синегубов.", WED, date(2025, 3, 11)),
    ("Дроны атаковали Харьков в ночь на вторник, сообщил Синегубов.", WED, date(2025, 3, 11)),
    (
        "Russia attacked Odesa with 120 drones overnight, Ukraine's Air Force said on Tuesday, adding that "
        "80 had been shot down.",
        WED,
        date(2025, 3, 11),
    ),
]

# vague periods, undated reports: no day
VAGUE = [
    ("The Sudanese army said drones struck Omdurman last week.", WED, None),
    ("The Houthis said they attacked ships off Hodeidah over the weekend.", WED, None),
    ("The TPLF said drones attacked Mekelle in late February.", WED, None),
    ("The Observatory said airstrikes hit Idlib between January and March.", WED, None),
    ("The RSF said its fighters shelled El Fasher earlier this month.", WED, None),
    ("Yahya Saree said the Houthis attacked a tanker on Monday.", None, None),
    ("Повітряні сили повідомили, що минулого тижня ворог атакував Одесу дронами.", WED, None),
    ("Минобороны России заявило, что в конце февраля ракеты поразили склад в Харькове.", WED, None),
]

# ranges: the first day
RANGES = [
    ("The Sudanese army said fighting raged in El Fasher from 3 to 5 March.", WED, date(2025, 3, 3)),
    (
        "Azerbaijan's defence ministry said Armenian troops shelled Lachin on October 10-12.",
        THU,
        date(2024, 10, 10),
    ),
    ("Повітряні сили повідомили, що з 3 по 5 березня ворог атакував Одесу дронами.", WED, date(2025, 3, 3)),
]

# a claim naming no time of its own takes the scene's day; one said before it does not
SCENE = [
    (
        "RSF drones struck a power station in Omdurman on Monday. The Sudanese army said five "
        "people were killed in the attack.",
        WED,
        date(2025, 3, 10),
    ),
    (
        "Hezbollah said on Tuesday that its fighters were battling Israeli troops in Aita al-Shaab. "
        "The fighters were engaged in heavy clashes in the village, the group said.",
        WED,
        date(2025, 3, 11),
    ),
    (
        "Russia attacked Kharkiv with missiles overnight. Oleh Syniehubov said 12 people were wounded "
        "in the missile strike.",
        WED,
        WED,
    ),
    (
        "The Houthis attacked a tanker off Hodeidah on Sunday. Last year, Yahya Saree said the "
        "Houthis had attacked 40 ships.",
        WED,
        None,
    ),
    # what will happen is not on the scene's day
    (
        "RSF drones struck a power station in Omdurman on Monday. The Sudanese army said the RSF will "
        "strike its positions in El Fasher.",
        WED,
        None,
    ),
    (
        "Ракети вдарили по Харкову в понеділок. Синєгубов повідомив, що ворог і далі буде атакувати місто.",
        WED,
        None,
    ),
    (
        "Ракети вдарили по Харкову в понеділок. Синєгубов повідомив, що внаслідок удару поранено 12 людей.",
        WED,
        date(2025, 3, 10),
    ),
]

# a day counted forward ("a day later", "наступного дня") from the scene's day, or back from the
# sentence's own day ("two days earlier")
COUNTED_FROM_ANOTHER_DAY = [
    (
        "RSF drones struck a power station in Omdurman on Sunday. Two days later, RSF fighters shelled "
        "El Fasher, the Sudanese army said.",
        WED,
        date(2025, 3, 11),
    ),
    (
        "Ракети вдарили по Харкову в понеділок. Наступного дня дрони атакували Одесу, "
        "повідомили Повітряні сили.",
        WED,
        date(2025, 3, 11),
    ),
    (
        "Дроны атаковали Харьков в понедельник. На следующий день ракеты ударили по Одессе, "
        "сообщил Синегубов.",
        WED,
        date(2025, 3, 11),
    ),
    ("The next day, drones hit Odesa, Ukraine's Air Force said.", WED, None),
    (
        "Azerbaijan's defence ministry said on Wednesday that Armenian troops shelled Lachin two days "
        "earlier.",
        THU,
        date(2024, 10, 14),
    ),
]

# a later paragraph may set a scene of its own: a claim naming no time takes the day of the
# sentence just before it in its paragraph, not the report's first scene
LOCAL_SCENE = [
    (
        "RSF drones struck a power station in Omdurman on Sunday, the Sudanese army said.\n\n"
        "On Tuesday, RSF fighters shelled a market in El Fasher. The army said nine people were killed "
        "in the shelling.",
        WED,
        date(2025, 3, 11),
    ),
    (
        "Повітряні сили повідомили, що в неділю ворог атакував Одесу дронами.\n\n"
        "У вівторок ракети вдарили по Харкову. Синєгубов повідомив, що внаслідок удару поранено 12 людей.",
        WED,
        date(2025, 3, 11),
    ),
    (
        "Минобороны России заявило, что в воскресенье ракеты поразили склад в Харькове.\n\n"
        "Во вторник дроны атаковали Харьков. Синегубов сообщил, что в результате удара погибли двое.",
        WED,
        date(2025, 3, 11),
    ),
]

CASES = (
    SPOKEN_VS_EVENT + ONGOING_WHEN_SAID + NO_DAY_BUT_THE_SPEECH + DATELINES + ANOTHER_EVENT_S_DAY
    + NIGHTS_AND_RELATIVE_DAYS + NIGHTS_BY_WEEKDAY + VAGUE + SCENE + LOCAL_SCENE + COUNTED_FROM_ANOTHER_DAY
)  # fmt: skip


def test_the_battery_is_wide():
    assert len(CASES) + len(RANGES) >= 60


@pytest.mark.parametrize("text, published, expected", RANGES)
def test_a_range_of_days_gives_its_first_day(text, published, expected):
    assert last_claim(text, published).event_start == expected


@pytest.mark.parametrize("text, published, expected", CASES)
def test_the_claim_gets_its_event_s_day(text, published, expected):
    assert last_date(text, published) == expected
