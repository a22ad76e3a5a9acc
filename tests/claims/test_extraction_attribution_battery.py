"""A battery of short made-up sentences: who says it, and with what stance, in any wording.

Speakers in every position, titles, unnamed speakers, anaphors, stances and the reporting outlet's
own notes, in English, Russian and Ukrainian, about several wars (Sudan, Gaza, Yemen, Nagorno-
Karabakh, the Sahel, Syria, Ukraine, Korea). The registry is made up here: nothing of the shipped
one is needed. Each case is what an analyst expects the extractor to give: (source, stance) pairs.
"""

from datetime import date

import pytest

from tests.support import made_up
from tests.support.made_up import made_up_registry

DAY = date(2025, 3, 12)

SOURCES = [
    ("Rapid Support Forces", "military", ["RSF"]),
    ("Sudanese Armed Forces", "military", ["SAF", "Sudan's army", "the Sudanese army"]),
    ("Israel Defense Forces", "military", ["IDF", "Israeli military", "Israel's military"]),
    ("Hamas", "armed_group", []),
    ("Gaza Health Ministry", "government", ["the health ministry in Gaza", "Gaza's health ministry"]),
    ("Houthis", "armed_group", ["Ansar Allah", "Yahya Saree"]),
    ("Azerbaijani Defence Ministry", "government", ["Azerbaijan's defence ministry"]),
    ("Armenian Defence Ministry", "government", ["Armenia's defence ministry"]),
    ("Malian Armed Forces", "military", ["FAMa", "Mali's army", "the Malian army"]),
    ("Syrian Observatory for Human Rights", "ngo", ["SOHR"]),
    ("Ukrainian Air Force", "military",
     ["Air Force of Ukraine", "Yurii Ihnat", "Повітряні сили", "Юрій Ігнат"]),
    ("Russian Ministry of Defence", "government",
     ["Russian Defence Ministry", "Минобороны России", "Міноборони Росії"]),
    ("South Korean Joint Chiefs of Staff", "military", ["JCS", "Joint Chiefs of Staff"]),
    ("Reuters", "media", []),
    ("AFP", "media", ["Agence France-Presse"]),
    ("Kremlin", "government", ["Dmitry Peskov", "Peskov", "Кремль", "Песков"]),
    ("Maersk", "company", []),
]  # fmt: skip
PLACES = [
    ("El Fasher", 13.63, 25.35), ("Khartoum", 15.5, 32.56), ("Rafah", 31.29, 34.25),
    ("Hodeidah", 14.8, 42.95), ("Lachin", 39.64, 46.55), ("Kidal", 18.44, 1.41), ("Idlib", 35.93, 36.63),
    ("Kharkiv", 49.99, 36.23), ("Yellow Sea", 36.0, 123.0),
]  # fmt: skip
TERMS = """drone drones missile missiles shelling strike strikes attack killed дрон дронов ракет обстрел
удар дронів обстріл""".split()


@pytest.fixture(scope="module")
def registry():
    return made_up_registry(SOURCES, PLACES, TERMS)


def said(text, registry):
    return made_up.said(text, registry, DAY)


RSF, SAF, IDF = "Rapid Support Forces", "Sudanese Armed Forces", "Israel Defense Forces"
AZ, AM, MALI = "Azerbaijani Defence Ministry", "Armenian Defence Ministry", "Malian Armed Forces"
AIR, RU_MOD, KREMLIN = "Ukrainian Air Force", "Russian Ministry of Defence", "Kremlin"
A, C, D, N = "asserts", "confirms", "denies", "does_not_deny"

POSITIONS = [
    ("The RSF said it had shot down two army drones over El Fasher.", [(RSF, A)]),
    ("Two army drones were shot down over El Fasher, the RSF said.", [(RSF, A)]),
    ("Two army drones were shot down over El Fasher, said the RSF.", [(RSF, A)]),
    ("According to the RSF, two army drones were shot down over El Fasher.", [(RSF, A)]),
    ("Two army drones were shot down over El Fasher, according to the RSF.", [(RSF, A)]),
    ("Sudan's army said in a statement on Telegram that its drones struck RSF positions near Khartoum.",
     [(SAF, A)]),
    ("In a statement, the Sudanese army said its drones struck RSF positions near Khartoum.", [(SAF, A)]),
    ("The RSF, in a statement posted on X, said it had taken El Fasher after heavy shelling.", [(RSF, A)]),
    ("The IDF, citing intelligence, said Hamas fired rockets from Rafah before the strike.", [(IDF, A)]),
    ("The IDF's spokesman Avichay Adraee said troops struck a Hamas position in Rafah.", [(IDF, A)]),
    ("Avichay Adraee, spokesman for the IDF, said troops struck a Hamas position in Rafah.", [(IDF, A)]),
    ("It was reported by the health ministry in Gaza that 40 people were killed in strikes on Rafah.",
     [("Gaza Health Ministry", A)]),
    ("Hamas claimed a missile attack on Israeli troops near Rafah.", [("Hamas", A)]),
    ("Hamas alleged that Israeli strikes killed 12 people in Rafah.", [("Hamas", A)]),
    ("The Houthis insisted that their missiles hit a ship off Hodeidah.", [("Houthis", A)]),
    ("Azerbaijan's defence ministry warned that Armenian drones were massing near Lachin.", [(AZ, A)]),
    ("Mali's army says jihadists attacked its base near Kidal and killed 10 soldiers.", [(MALI, A)]),
    ("The Malian army on Sunday claimed that drones killed 20 militants near Kidal.", [(MALI, A)]),
    ("FAMa reported that 20 militants were killed in a drone strike near Kidal.", [(MALI, A)]),
    ("The Houthis said Tuesday they fired a missile at a ship off Hodeidah.", [("Houthis", A)]),
    ("The Houthis have claimed responsibility for the missile attack on a ship off Hodeidah.",
     [("Houthis", A)]),
    ("Yahya Saree, the Houthi military spokesman, said a missile hit a ship off Hodeidah.", [("Houthis", A)]),
    ("SOHR said 15 fighters were killed in strikes on Idlib.", [("Syrian Observatory for Human Rights", A)]),
    ("15 fighters were killed in strikes on Idlib, according to the Syrian Observatory for Human Rights.",
     [("Syrian Observatory for Human Rights", A)]),
    ("Russia launched 40 drones at Kharkiv overnight, Air Force spokesman Yurii Ihnat told AFP.", [(AIR, A)]),
    ("The JCS said North Korea fired two ballistic missiles into the Yellow Sea.",
     [("South Korean Joint Chiefs of Staff", A)]),
    ("North Korea fired two missiles into the Yellow Sea, South Korea's Joint Chiefs of Staff said.",
     [("South Korean Joint Chiefs of Staff", A)]),
    ('"Our drones destroyed three RSF vehicles near El Fasher," said Sudan\'s army.', [(SAF, A)]),
    ("The health ministry in Gaza says 40 people were killed in strikes on Rafah.",
     [("Gaza Health Ministry", A)]),
    ("The Gaza health ministry said on Monday that 40 people were killed\nin strikes on Rafah.",
     [("Gaza Health Ministry", A)]),
    ("KHARTOUM, March 11 (Reuters) - The RSF said its drones struck army positions near Khartoum.",
     [(RSF, A)]),
    ("Defence Minister Zakir Hasanov said Armenian drones attacked positions near Lachin.",
     [("Zakir Hasanov", A)]),
    ("SOHR put the number of fighters killed in Idlib at 15.", [("Syrian Observatory for Human Rights", A)]),
    ("Gaza's health ministry put the death toll from the strikes on Rafah at 40.",
     [("Gaza Health Ministry", A)]),
    # what is counted may be casualties, losses or the dead; an auxiliary may follow an estimate
    ("Sudan's army puts RSF casualties near Khartoum at 300.", [(SAF, A)]),
    ("Hamas's own figures had put the dead in Rafah at 40 after the strike.", [("Hamas", A)]),
    ("The army put its troops near Khartoum on high alert after the drone strike, the RSF said.", [(RSF, A)]),
]  # fmt: skip

UNNAMED = [
    ("An official told Reuters that the missile strike killed 12 soldiers near Khartoum.",
     [("Officials (unnamed)", A)]),
    ("A senior US official said the Houthis fired three missiles at a ship off Hodeidah.",
     [("US officials (unnamed)", A)]),
    ("Officials in Kyiv said Russian drones struck Kharkiv overnight.",
     [("Ukrainian officials (unnamed)", A)]),
    ("A military source said 20 drones were launched at Kharkiv overnight.",
     [("Military sources (unnamed)", A)]),
    ("Two people familiar with the matter said the strike in Rafah killed a Hamas commander.",
     [("Sources (unnamed)", A)]),
    ("Medical sources in Gaza said 20 people were killed in a strike on Rafah.", [("Sources (unnamed)", A)]),
    ("Witnesses said shelling killed 10 people in El Fasher.", [("Witnesses (unnamed)", A)]),
    ("A source in the security services said drones attacked Kharkiv.", [("Sources (unnamed)", A)]),
    ("Источник сообщил, что дроны атаковали Харьков.", [("Sources (unnamed)", A)]),
    ("Источник в силовых структурах сообщил, что дроны атаковали Харьков.", [("Sources (unnamed)", A)]),
    ("Джерело в силових структурах повідомило, що дрони атакували Харків.", [("Sources (unnamed)", A)]),
]  # fmt: skip

ANAPHORS = [
    ("Armenia's defence ministry issued a statement on Tuesday. "
     "The ministry's spokeswoman said Azerbaijani drones attacked positions near Lachin.", [(AM, A)]),
    ("Maersk reported damage to a vessel off Hodeidah. "
     "The company said in a statement that a missile struck its ship.", [("Maersk", A)]),
    ("Hamas fighters clashed with Israeli troops in Rafah. An IDF spokesman said 5 militants were killed.",
     [(IDF, A)]),
    ("The RSF said its drones struck El Fasher. It added that 30 soldiers were killed in the attack.",
     [(RSF, A), (RSF, A)]),
    ("Azerbaijan's defence ministry said Armenian drones attacked Lachin. "
     "The ministry later denied that its troops shelled the town.", [(AZ, A), (AZ, D)]),
]  # fmt: skip

STANCES = [
    ("The IDF acknowledged that a strike in Rafah had killed civilians.", [(IDF, C)]),
    ("The IDF admitted that a strike in Rafah had killed civilians.", [(IDF, C)]),
    ("The IDF confirmed the strike in Rafah.", [(IDF, C)]),
    ("The Malian army acknowledged that a drone strike near Kidal killed civilians.", [(MALI, C)]),
    ("Armenia's defence ministry denied that its drones attacked positions near Lachin.", [(AM, D)]),
    ("Armenia's defence ministry rejected the reports of a drone attack as fake.", [(AM, D)]),
    ("Armenia's defence ministry dismissed the reports of a drone attack near Lachin.", [(AM, D)]),
    ("The RSF has repeatedly denied targeting civilians in El Fasher with drones.", [(RSF, D)]),
    ('The RSF dismissed as "propaganda" the reports of drone attacks on El Fasher.', [(RSF, D)]),
    ('Armenia\'s defence ministry called the claim of a drone attack near Lachin "disinformation".',
     [(AM, D)]),
    ('Azerbaijan\'s defence ministry said the claims of drone attacks near Lachin were "not true".',
     [(AZ, D)]),
    ("The Kremlin said the reports of a missile strike on Kharkiv were false.", [(KREMLIN, D)]),
    ("A spokesperson for the RSF said its fighters had not been involved in the attack in El Fasher.",
     [(RSF, D)]),
    ("The Kremlin refused to comment on the drone strike in Kharkiv.", [(KREMLIN, N)]),
    ("The IDF declined to confirm or deny the strike in Rafah.", [(IDF, N)]),
    ("The Kremlin neither confirmed nor denied the drone strike in Kharkiv.", [(KREMLIN, N)]),
    ("Asked about the drone strike in Kharkiv, Peskov said he had nothing to add.", [(KREMLIN, N)]),
    ("Peskov said the drone strike in Kharkiv was a question for the defence ministry.", [(KREMLIN, N)]),
    ("The IDF said it had no knowledge of a strike in Rafah.", [(IDF, N)]),
    ("The IDF said it was checking the reports of a strike in Rafah.", [(IDF, N)]),
    ('Israel\'s military said it was "not aware" of a strike in Rafah.', [(IDF, N)]),
    ("The IDF said it had seen no evidence of a drone attack from Rafah.", [(IDF, N)]),
    ("The IDF could not confirm claims that a strike hit Rafah.", [(IDF, N)]),
    ("The IDF could not independently verify the figures of 40 killed in strikes on Rafah.", [(IDF, N)]),
]  # fmt: skip

SILENCE: list[tuple[str, list[tuple[str, str]]]] = [
    ("The Israeli military did not respond to a request for comment on the strike in Rafah.", []),
    ("The Sudanese army has not commented on the attack in El Fasher.", []),
    ("The RSF could not be reached for comment on the drone attack.", []),
    ("Neither the RSF nor the army has commented on the drone attack in El Fasher.", []),
    ("The RSF did not immediately respond to a request for comment on the drone attack.", []),
    ("The Houthis have not claimed the attack on the ship off Hodeidah.", []),
    ("Hamas has yet to claim the attack on Israeli troops near Rafah.", []),
    ("The Houthis have not yet claimed the missile attack on the ship off Hodeidah.", []),
]  # fmt: skip

# The report's outlet checking what it relays is its own note, not a stance on the event
# (the corpus guide: a report's silence is no stance; an outlet's claim is one only in its own name).
OUTLET_NOTES = [
    ("Reuters could not independently verify the RSF's claim that it killed 30 soldiers in El Fasher.",
     [(RSF, A)]),
    ("AFP was unable to verify the figures of 40 killed in strikes on Rafah.", []),
    ("Reuters was not able to confirm the report of a drone strike in Kharkiv.", []),
    ("The RSF says its drones struck El Fasher airport; Reuters was not able to confirm the claim.",
     [(RSF, A)]),
    ("The figures, released by the RSF, could not be independently verified.", []),
]  # fmt: skip

CYRILLIC = [
    ("Минобороны России заявило, что дроны атаковали Харьков.", [(RU_MOD, A)]),
    ("Как сообщает Минобороны России, ночью сбиты 40 дронов над Харьковом.", [(RU_MOD, A)]),
    ("Песков отказался комментировать удар по Харькову.", [(KREMLIN, N)]),
    ("Кремль не подтвердил удар по Харькову.", [(KREMLIN, N)]),
    ("Песков опроверг сообщения об ударе по Харькову.", [(KREMLIN, D)]),
    ("В Кремле отказались комментировать удар дронов по Харькову.", [(KREMLIN, N)]),
    ("Представитель Минобороны России Игорь Конашенков заявил, что уничтожены 20 дронов.", [(RU_MOD, A)]),
    ("Песков назвал сообщения об ударе по Харькову фейком.", [(KREMLIN, D)]),
    ("Повітряні сили заявили, що росіяни запустили 40 дронів по Харкову.", [(AIR, A)]),
    ("За словами Юрія Ігната, росіяни запустили 40 дронів по Харкову.", [(AIR, A)]),
    ("Про удар дронів по Харкову повідомили в Повітряних силах.", [(AIR, A)]),
    ("Міноборони Росії спростувало удар по Харкову.", [(RU_MOD, D)]),
    ("У Кремлі відмовилися коментувати удар дронів по Харкову.", [(KREMLIN, N)]),
    ("Речник Повітряних сил Юрій Ігнат повідомив, що росіяни запустили 40 дронів.", [(AIR, A)]),
    ("Як повідомляє Reuters, дрони атакували Харків.", [("Reuters", A)]),
    ("Міноборони Росії не підтвердило удар по Харкову.", [(RU_MOD, N)]),
    ("Юрій Ігнат відмовився коментувати удар по Харкову.", [(AIR, N)]),
    ("Джерело в Міноборони Росії повідомило, що дрони атакували Харків.", [(RU_MOD, A)]),
    ("Reuters не удалось независимо проверить сообщения об ударе по Харькову.", []),
]  # fmt: skip


@pytest.mark.parametrize(
    "text, expected", POSITIONS + UNNAMED + ANAPHORS + STANCES + SILENCE + OUTLET_NOTES + CYRILLIC
)
def test_the_analyst_gets_the_source_and_stance_they_expect(text, expected, registry):
    assert said(text, registry) == expected
