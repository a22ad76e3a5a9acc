"""A second battery of short made-up sentences on precision: a speaker and a reporting verb, but no
claim an analyst would record (guidelines 1, 2 and 10 of ../shared/corpus/README.md) - a pure
evaluation ("a dangerous escalation", "stressed that Crimea is Ukrainian territory"), a call or an
appeal ("urged civilians to leave"), a pledge or a threat ("vowed to respond", "will hold them
accountable"), a bare conditional, thanks and condolences, the speaker's own decision ("announced it
was cutting ties"), a medium's own note ("could not be independently verified"), the narrator's note
of a silence, a question - beside the near-misses that are claims ("said the strike killed 12",
"urged ..., saying 40 were killed"). And restatements (guideline 2): the same source saying the same
thing twice in a report is one claim, while a second sentence with a new number, place or event is a
second one. Several wars; Russian and Ukrainian where the shape exists. A registry made up here. Each
case: the (source, stance) pairs an analyst expects.
"""

from datetime import date

import pytest

from tests.support import made_up
from tests.support.made_up import made_up_registry

DAY = date(2025, 6, 10)

SOURCES = [
    ("United Nations", "international", ["UN", "U.N.", "ООН"]),
    ("Rapid Support Forces", "military", ["RSF"]),
    ("Sudanese Armed Forces", "military", ["SAF", "Sudan's army", "the Sudanese army"]),
    ("Israel Defense Forces", "military", ["IDF", "Israeli military", "Israeli army"]),
    ("Hamas", "military", ["ХАМАС"]),
    ("Hezbollah", "military", ["Хезболла"]),
    ("Houthis", "military", ["Ansar Allah"]),
    ("IAEA", "international", ["International Atomic Energy Agency", "МАГАТЭ", "МАГАТЕ"]),
    ("Armenian Defence Ministry", "government", ["Armenia's defence ministry"]),
    ("Azerbaijani Defence Ministry", "government", ["Azerbaijan's defence ministry"]),
    ("Myanmar junta", "government", ["the junta"]),
    ("Arakan Army", "military", []),
    ("Tigray People's Liberation Front", "military", ["TPLF"]),
    ("Ethiopian government", "government", ["Addis Ababa"]),
    ("Malian Armed Forces", "military", ["FAMa", "the Malian army"]),
    ("Kremlin", "government", ["Dmitry Peskov", "Peskov", "Кремль", "Песков", "Пєсков"]),
    ("Russian Ministry of Defence", "government", ["Минобороны России", "Міноборони Росії"]),
    ("Ukrainian Foreign Ministry", "government",
     ["Ukraine's Foreign Ministry", "МИД Украины", "МЗС України"]),
    ("Ukrainian Air Force", "military", ["Ukraine's air force", "Повітряні сили", "Воздушные силы Украины"]),
    ("Ukrainian government", "government", ["Ukraine", "Kyiv", "Украина", "Україна", "Киев", "Київ"]),
    ("HUR", "intelligence", ["ГУР", "Kyrylo Budanov", "Budanov"]),
    ("North Korea", "government", ["Pyongyang", "KCNA", "КНДР", "Пхеньян"]),
    ("Reuters", "media", []),
    ("AFP", "media", []),
]  # fmt: skip
PLACES = [
    ("El Fasher", 13.63, 25.35), ("Khartoum", 15.5, 32.56), ("Rafah", 31.29, 34.25),
    ("Gaza City", 31.5, 34.47), ("Naqoura", 33.12, 35.14), ("Tyre", 33.27, 35.2), ("Beirut", 33.89, 35.5),
    ("Haifa", 32.79, 34.99), ("Hodeidah", 14.8, 42.95), ("Lachin", 39.64, 46.55), ("Sittwe", 20.15, 92.9),
    ("Kyaukphyu", 19.43, 93.55), ("Mekelle", 13.5, 39.47), ("Kidal", 18.44, 1.41),
    ("Enerhodar", 47.5, 34.65), ("Kharkiv", 49.99, 36.23), ("Crimea", 45.0, 34.0), ("Kursk", 51.73, 36.19),
    ("Харьков", 49.99, 36.23), ("Харків", 49.99, 36.23), ("Курск", 51.73, 36.19), ("Курськ", 51.73, 36.19),
    ("Белгород", 50.6, 36.6), ("Бєлгород", 50.6, 36.6), ("Крым", 45.0, 34.0), ("Крим", 45.0, 34.0),
]  # fmt: skip
TERMS = """drone drones missile missiles rocket rockets shelling shelled strike strikes struck attack killed
wounded airstrike airstrikes fighters soldiers siege дрон дронов дроны удар обстрел обстріл дронів
ракет""".split()


@pytest.fixture(scope="module")
def registry():
    return made_up_registry(SOURCES, PLACES, TERMS)


def said(text, registry):
    return made_up.said(text, registry, DAY)


UN, RSF, SAF, IDF = "United Nations", "Rapid Support Forces", "Sudanese Armed Forces", "Israel Defense Forces"
HEZ, AM, JUNTA, AA = "Hezbollah", "Armenian Defence Ministry", "Myanmar junta", "Arakan Army"
TPLF, ETH, MALI = "Tigray People's Liberation Front", "Ethiopian government", "Malian Armed Forces"
KREMLIN, RU_MOD = "Kremlin", "Russian Ministry of Defence"
UA_MFA, AIR, UA = "Ukrainian Foreign Ministry", "Ukrainian Air Force", "Ukrainian government"
A, C, D, N = "asserts", "confirms", "denies", "does_not_deny"

# A pure evaluation is no claim (guideline 1); one that tells what happened, where or how many is.
EVALUATIONS = [
    ("Ukraine's Foreign Ministry called the shelling of Kharkiv a dangerous escalation.", []),
    ("Armenia's defence ministry said the Azerbaijani attack was a clear act of aggression.", []),
    ("Kyiv stressed that Crimea is Ukrainian territory.", []),
    ("Ukraine's Foreign Ministry stressed that Crimea is an integral part of Ukraine.", []),
    ("The Arakan Army described the junta's airstrikes as war crimes.", []),
    ("Hezbollah said the Israeli aggression would never break the will of the Lebanese people.", []),
    ("The Sudanese army said the RSF's conduct was a disgrace to the nation.", []),
    ("The TPLF said the government's campaign was genocidal and must stop.", []),
    ("The IAEA said it was essential that the plant in Enerhodar keeps enough staff.", []),
    ("Песков заявил, что Россия никогда не забудет помощи КНДР.", []),
    ("МЗС України заявило, що ми ніколи не забудемо наших загиблих.", []),
    ("The UN said the suffering of civilians in El Fasher was unbearable.", []),
    ("The Kremlin said the Western statements were hypocritical.", []),
    ("МИД Украины назвал удар по Харькову военным преступлением.", []),
    ("МЗС України наголосило, що Крим — це українська територія.", []),
    ("МИД Украины подчеркнул, что Крым является неотъемлемой частью Украины.", []),
    # ... near-misses: what happened, told beside the judgement
    ("Armenia's defence ministry said Azerbaijani troops shelled Lachin overnight in a clear act of "
     "aggression.", [(AM, A)]),
    ("Ukraine's Foreign Ministry said Russian drones struck Kharkiv, calling it a dangerous escalation.",
     [(UA_MFA, A)]),
    ("The UN said the siege of El Fasher, which it called unbearable, had killed 40 civilians.", [(UN, A)]),
    ("МИД Украины заявил, что российские дроны ударили по Харькову.", [(UA_MFA, A)]),
    ("Kyiv said two Russian warships were sunk off Crimea, which is Ukrainian territory.", [(UA, A)]),
]  # fmt: skip

# A call or an appeal asks for something to be done; it tells nothing of what was done.
APPEALS = [
    ("The UN urged civilians to leave El Fasher.", []),
    ("The IDF urged residents of southern Lebanon to move north.", []),
    ("Ukraine called on the UN to act.", []),
    ("The Arakan Army called on junta soldiers in Sittwe to surrender.", []),
    ("The IAEA appealed to both sides to stop shelling near Enerhodar.", []),
    ("Hamas demanded an end to the strikes on Rafah.", []),
    ("The IDF told residents of Tyre to evacuate immediately.", []),
    ("The Houthis warned shipping companies to keep away from Hodeidah.", []),
    ("The junta ordered residents of Sittwe to leave the city.", []),
    ("ООН призвала стороны прекратить огонь в Эль-Фашере.", []),
    ("МЗС України закликало ООН відреагувати на удар по Харкову.", []),
    # ... near-misses: the call comes with what happened
    ("The UN urged both sides to stop fighting, saying 40 civilians were killed in El Fasher on Monday.",
     [(UN, A)]),
    ("Ukraine called on the UN to act, saying Russian drones hit Kharkiv overnight.", [(UA, A)]),
    ("The IDF warned that Hezbollah had fired 40 rockets at Naqoura.", [(IDF, A)]),
]  # fmt: skip

# A pledge or a threat tells what the speaker means to do, not what happened.
PLEDGES = [
    ("Hezbollah vowed to respond to the killing of its commander.", []),
    ("The IDF said it would hold Hamas accountable.", []),
    ("Ukraine said Russia would be held accountable for the strike on Kharkiv.", []),
    ("The Houthis threatened to strike ships off Hodeidah.", []),
    ("The Sudanese army pledged to retake El Fasher.", []),
    ("The RSF promised to protect civilians in El Fasher.", []),
    ("The junta said the attack on Sittwe would not go unanswered.", []),
    ("Armenia's defence ministry said it would respond decisively to any provocation.", []),
    ("Kyiv said on Sunday that it was ready to hand captured soldiers over to Pyongyang.", []),
    ("Hezbollah threatened to fire rockets at Haifa if Israel struck Beirut.", []),
    ("Минобороны России пообещало ответить на удар.", []),
    ("Пєсков пообіцяв, що Росія відповість на удар.", []),
    # ... near-misses: the pledge comes with what happened
    ("Hezbollah vowed revenge and said its fighters fired 40 rockets at Naqoura.", [(HEZ, A)]),
    ("The IDF said it struck 12 Hezbollah targets near Tyre and would keep striking.", [(IDF, A)]),
]  # fmt: skip

# A bare condition states nothing (guideline 1); a fact beside it is stated.
CONDITIONS = [
    ("The IAEA warned that if a drone hit the reactor in Enerhodar, it could cause a disaster.", []),
    ("Hezbollah said that if Israel struck Beirut, it would fire rockets at Haifa.", []),
    ("The UN said any attack on El Fasher would be catastrophic for civilians.", []),
    ("The TPLF said that an offensive on Mekelle would be a grave mistake.", []),
    # ... near-miss
    ("The IAEA said a drone hit the training centre in Enerhodar on Sunday.", [("IAEA", A)]),
]  # fmt: skip

# Thanks and condolences tell nothing of the war.
THANKS = [
    ("Kyiv thanked its partners for the air defence systems.", []),
    ("Hamas thanked Hezbollah for its support.", []),
    ("The Kremlin offered condolences to the families of the victims.", []),
    ("The UN expressed its condolences to the families of the peacekeepers.", []),
    ("The Sudanese army paid tribute to its fallen soldiers.", []),
    ("Песков поблагодарил КНДР за поддержку.", []),
    ("МЗС України висловило співчуття родинам загиблих.", []),
    # ... near-misses
    ("Ukraine's Foreign Ministry thanked its partners and said Russian drones struck Kharkiv overnight.",
     [(UA_MFA, A)]),
    pytest.param(
        "The UN expressed condolences and said two peacekeepers were killed near Naqoura on Monday.",
        [(UN, A)],
        marks=pytest.mark.xfail(
            reason="attribution, not this battery's kind: a speaker before a verb that is no cue, then 'and "
            "said', is not found (a looser gap would give 'and said' to the wrong body)",
            strict=True,
        ),
    ),
]  # fmt: skip

# The speaker's own decision is an act, no claim about the war; what it says happened is one.
DECISIONS = [
    ("Ukraine announced it was cutting diplomatic ties with Iran.", []),
    ("The Sudanese army announced it was suspending talks with the RSF.", []),
    ("The Houthis announced they would expand their blockade to the Mediterranean.", []),
    ("The IAEA announced it would send a new team to the plant in Enerhodar.", []),
    ("The junta said it had declared a state of emergency in Sittwe.", []),
    ("The Malian army announced a curfew in Kidal.", []),
    ("Addis Ababa said it had suspended the TPLF's registration as a party.", []),
    ("Кремль заявил, что приостанавливает переговоры с Киевом.", []),
    ("Київ оголосив, що в Харкові запроваджено комендантську годину.", []),
    # ... near-misses
    ("The Sudanese army said the strike killed 12 people in El Fasher.", [(SAF, A)]),
    ("The IDF announced that two soldiers were killed in southern Lebanon.", [(IDF, A)]),
    ("The Houthis announced they had hit a tanker off Hodeidah.", [("Houthis", A)]),
    ("Ukraine's air force announced it had shot down 40 drones over Kharkiv overnight.", [(AIR, A)]),
    ("The junta said it declared a state of emergency in Sittwe after Arakan Army drones struck the port.",
     [(JUNTA, A)]),
    ("Минобороны России заявило, что в Курске введено чрезвычайное положение после удара дронов.",
     [(RU_MOD, A)]),
]  # fmt: skip

# A medium's note on its own work, and the narrator's note of a silence, are no stance
# (guideline 10); an explicit refusal is one.
NOTES = [
    ("Reuters could not independently verify the claim.", []),
    ("The footage could not be independently verified.", []),
    ("AFP was unable to confirm the toll.", []),
    ("The RSF said its drones hit El Fasher airport. Reuters could not independently verify the claim.",
     [(RSF, A)]),
    ("Reuters could not verify the RSF's claim that its drones hit El Fasher airport.", [(RSF, A)]),
    ("The IDF did not respond to a request for comment.", []),
    ("The Kremlin did not immediately respond to a request for comment on the strikes on Kharkiv.", []),
    ("Hamas did not immediately reply to a Reuters request for comment.", []),
    ("There was no immediate comment from the RSF.", []),
    ("В Кремле не ответили на запрос о комментарии.", []),
    ("У Міноборони Росії не відповіли на запит про коментар.", []),
    # ... near-miss
    ("The Houthis declined to comment on the attack on the ship off Hodeidah.", [("Houthis", N)]),
]  # fmt: skip

# A question puts nothing forward; the answer beside it does.
QUESTIONS = [
    ('"Who will answer for the children killed in Kharkiv?" Ukraine\'s Foreign Ministry asked.', []),
    ("The UN asked how many civilians were still trapped in El Fasher.", []),
    ('"Where are our 40 missing soldiers?" the TPLF asked.', []),
    # ... near-miss
    ('"Why hide it? Our drones hit El Fasher airport," the RSF said.', [(RSF, A)]),
]  # fmt: skip

# The same source saying the same thing twice is one claim (guideline 2); a second sentence with
# a new number, a new place or a new event is a second claim.
RESTATEMENTS = [
    ('The RSF said its drones hit El Fasher airport. "Our drones struck the airport in El Fasher," the '
     "RSF said.", [(RSF, A)]),
    ("Hezbollah said it fired 40 rockets at Naqoura. It added that 40 rockets were fired at Naqoura.",
     [(HEZ, A)]),
    ("The IDF said 12 militants were killed in Rafah. An IDF spokesman later repeated that 12 militants "
     "were killed in Rafah.", [(IDF, A)]),
    ('"We shot down 30 drones over Kharkiv," Ukraine\'s air force said. The air force said 30 drones '
     "were downed over Kharkiv.", [(AIR, A)]),
    ("Hamas denied that its fighters fired rockets from Naqoura. Hamas again denied that its fighters "
     "fired rockets from Naqoura.", [("Hamas", D)]),
    ("The UN said 40 people were killed in El Fasher. The UN urged both sides to stop fighting.", [(UN, A)]),
    ("The IDF said its jets struck Tyre. It vowed to keep up the strikes.", [(IDF, A)]),
    ("Минобороны России заявило, что над Курском сбиты 30 дронов. В ведомстве повторили, что над Курском "
     "сбиты 30 дронов.", [(RU_MOD, A)]),
    ("Повітряні сили повідомили, що над Харковом збито 30 дронів. Повітряні сили додали, що над Харковом "
     "збито 30 дронів.", [(AIR, A)]),
    ("Хезболла заявила, что её бойцы обстреляли позиции ЦАХАЛ у границы. «Наши бойцы обстреляли позиции "
     "ЦАХАЛ у границы», — заявили в Хезболле.", [(HEZ, A)]),
    # ... a new proposition by the same source is kept
    ("The RSF said its drones hit El Fasher airport. It added that 12 soldiers were killed in Khartoum.",
     [(RSF, A), (RSF, A)]),
    ("Hezbollah said it fired 40 rockets at Naqoura. It said it also hit a tank near Tyre.",
     [(HEZ, A), (HEZ, A)]),
    ("The IDF said 12 militants were killed in Rafah. The IDF said 3 soldiers were wounded in Gaza City.",
     [(IDF, A), (IDF, A)]),
    ("The junta said its jets struck Sittwe on Monday. It said its jets struck Kyaukphyu on Tuesday.",
     [(JUNTA, A), (JUNTA, A)]),
    ("The IDF said 12 militants were killed in Rafah. It later said 20 militants were killed in Rafah.",
     [(IDF, A), (IDF, A)]),
    ("The IDF said its jets struck Hezbollah sites in Tyre. The IDF said its jets struck Hezbollah sites in "
     "Naqoura.", [(IDF, A), (IDF, A)]),
    ("The RSF said its drones hit El Fasher airport on Monday. The RSF said its drones hit El Fasher airport "
     "on Tuesday.", [(RSF, A), (RSF, A)]),
    ("Hezbollah said its fighters fired rockets at Naqoura. Hezbollah said Israeli jets struck Tyre.",
     [(HEZ, A), (HEZ, A)]),
    ("Минобороны России заявило, что над Курском сбиты 30 дронов. В ведомстве добавили, что в Белгороде "
     "ранены 5 человек.", [(RU_MOD, A), (RU_MOD, A)]),
    ("Повітряні сили повідомили, що над Харковом збито 30 дронів. Повітряні сили додали, що в Харкові "
     "поранено 5 людей.", [(AIR, A), (AIR, A)]),
]  # fmt: skip

CASES = EVALUATIONS + APPEALS + PLEDGES + CONDITIONS + THANKS + DECISIONS + NOTES + QUESTIONS + RESTATEMENTS


def test_the_battery_is_large_enough():
    assert len(CASES) >= 60


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_precision2_battery(registry, text, expected):
    assert said(text, registry) == expected
